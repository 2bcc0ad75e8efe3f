package org.equicert.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.equicert.number.Rational;

/**
 * What {@link LearningDynamics#analyse} computes for one game: the rationality, the variant and the
 * optional parts (Theorem 1, a round value, a simulation), and where certificates go.
 *
 * @param rationality how the rationality α is given: a rational base or a decimal α
 * @param individual each player uses its own utility and its own u_min (seed 000's extension to
 *     general games); needs a base
 * @param epsilon Theorem 1's ε (common payoffs at a base): α for E[U] ≥ u* − ε, certified, and the
 *     minimal such α
 * @param rounds T: also compute round T's value (common) or distribution (individual)
 * @param simulation cross-check by seeded simulated runs (at a base only)
 * @param digits decimal digits of printed approximations and of the enclosures' precision, 1..200
 * @param certificates the directory below which {@code certificates/} and {@code proofs/} are
 *     written; empty: nothing is certified (every citation NOT_REQUESTED)
 * @param name the base name of the certificates, e.g. {@code coordination} for
 *     {@code coordination-stationary.smt2}
 */
public record DynamicsOptions(Rationality rationality, boolean individual, Optional<Rational> epsilon, OptionalInt rounds,
        Optional<Simulation> simulation, int digits, Optional<Path> certificates, String name) {

    /** Default printed digits. */
    public static final int DEFAULT_DIGITS = 12;
    /** Rounds simulated when no round count is given. */
    public static final int DEFAULT_SIMULATION_ROUNDS = 50;

    /**
     * The rationality α, given either as a rational base b = e^{α/D} (D: the payoffs' common
     * denominator; every transition probability is then rational) or as α itself (handled by
     * verified enclosures of e^{α/D}).
     *
     * @param kind which of the two {@code value} is
     * @param value the base (at least 1) or α (at least 0)
     */
    public record Rationality(Kind kind, Rational value) {

        /** Which quantity is given. */
        public enum Kind {
            /** b = e^{α/D}, rational. */
            BASE,
            /** α, a rational (typically a decimal). */
            ALPHA
        }

        /**
         * @throws IllegalArgumentException if a base is below 1 or α is negative
         */
        public Rationality {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            if (kind == Kind.BASE && value.compareTo(Rational.ONE) < 0) {
                throw new IllegalArgumentException("the base b = e^(alpha/D) must be at least 1 (alpha >= 0), got " + value);
            }
            if (kind == Kind.ALPHA && value.signum() < 0) {
                throw new IllegalArgumentException("alpha must not be negative, got " + value);
            }
        }

        /** A rational base b ≥ 1. */
        public static Rationality base(Rational base) {
            return new Rationality(Kind.BASE, base);
        }

        /** α ≥ 0. */
        public static Rationality alpha(Rational alpha) {
            return new Rationality(Kind.ALPHA, alpha);
        }
    }

    /**
     * A simulation cross-check: {@code runs} seeded runs of the chain, compared with the exact
     * distribution at the last round.
     *
     * @param runs the number of independent runs, at least 1
     * @param seed the random seed (same seed, same runs)
     */
    public record Simulation(int runs, long seed) {

        /**
         * @throws IllegalArgumentException if {@code runs} is below 1
         */
        public Simulation {
            if (runs < 1) {
                throw new IllegalArgumentException("a simulation needs at least 1 run, got " + runs);
            }
        }
    }

    /**
     * @throws IllegalArgumentException if ε is not positive, rounds below 1, digits outside
     *     1..200, the name blank, or the individual variant is asked for with a decimal α
     */
    public DynamicsOptions {
        Objects.requireNonNull(rationality, "rationality");
        Objects.requireNonNull(epsilon, "epsilon");
        Objects.requireNonNull(rounds, "rounds");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(name, "name");
        if (epsilon.isPresent() && epsilon.get().signum() <= 0) {
            throw new IllegalArgumentException("epsilon must be positive, got " + epsilon.get());
        }
        if (rounds.isPresent() && rounds.getAsInt() < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds.getAsInt());
        }
        if (digits < 1 || digits > 200) {
            throw new IllegalArgumentException("digits must be from 1 to 200, got " + digits);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("the certificates' base name must not be blank");
        }
        if (individual && rationality.kind() == Rationality.Kind.ALPHA) {
            throw new IllegalArgumentException("the individual variant needs a rational base, got alpha = " + rationality.value());
        }
    }

    /**
     * The common-payoff chain at base {@code base}: no Theorem 1, no rounds, no simulation,
     * {@link #DEFAULT_DIGITS} digits, nothing certified, base name {@code game}.
     */
    public static DynamicsOptions atBase(Rational base) {
        return new DynamicsOptions(Rationality.base(base), false, Optional.empty(), OptionalInt.empty(), Optional.empty(),
                DEFAULT_DIGITS, Optional.empty(), "game");
    }

    /** As {@link #atBase} with α given instead of the base. */
    public static DynamicsOptions atAlpha(Rational alpha) {
        return new DynamicsOptions(Rationality.alpha(alpha), false, Optional.empty(), OptionalInt.empty(), Optional.empty(),
                DEFAULT_DIGITS, Optional.empty(), "game");
    }

    /** With the individual-utility variant on or off. */
    public DynamicsOptions withIndividual(boolean individual) {
        return new DynamicsOptions(rationality, individual, epsilon, rounds, simulation, digits, certificates, name);
    }

    /** With Theorem 1 for {@code epsilon}. */
    public DynamicsOptions withEpsilon(Rational epsilon) {
        return new DynamicsOptions(rationality, individual, Optional.of(epsilon), rounds, simulation, digits, certificates, name);
    }

    /** With round {@code t}'s value or distribution. */
    public DynamicsOptions withRounds(int t) {
        return new DynamicsOptions(rationality, individual, epsilon, OptionalInt.of(t), simulation, digits, certificates, name);
    }

    /** With a simulation of {@code runs} runs from {@code seed}. */
    public DynamicsOptions withSimulation(int runs, long seed) {
        return new DynamicsOptions(rationality, individual, epsilon, rounds, Optional.of(new Simulation(runs, seed)), digits,
                certificates, name);
    }

    /** With {@code digits} printed digits. */
    public DynamicsOptions withDigits(int digits) {
        return new DynamicsOptions(rationality, individual, epsilon, rounds, simulation, digits, certificates, name);
    }

    /** Certified, with certificates below {@code root}. */
    public DynamicsOptions withCertificates(Path root) {
        return new DynamicsOptions(rationality, individual, epsilon, rounds, simulation, digits, Optional.of(root), name);
    }

    /** With certificates named {@code name-…}. */
    public DynamicsOptions withName(String name) {
        return new DynamicsOptions(rationality, individual, epsilon, rounds, simulation, digits, certificates, name);
    }

    /** The simulated rounds: the round count when given, else {@link #DEFAULT_SIMULATION_ROUNDS}. */
    public int simulationRounds() {
        return rounds.orElse(DEFAULT_SIMULATION_ROUNDS);
    }
}
