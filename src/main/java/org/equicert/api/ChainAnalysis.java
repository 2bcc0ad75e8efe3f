package org.equicert.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * What {@link LearningDynamics} found about one learning chain of seed 000: the common-payoff chain
 * at a rational base, the same at a decimal α (by enclosures), or the individual-utility chain.
 * Immutable; arrays are copied in and out.
 */
public sealed interface ChainAnalysis permits ChainAnalysis.Common, ChainAnalysis.Alpha, ChainAnalysis.Individual {

    /**
     * The common-payoff chain at a rational base b: its stationary law is the softmax p(a) ∝
     * b^{D(U(a) − u_min)} (seed 000, Lemma 1).
     *
     * @param base b = e^{α/D}
     * @param scale D, the payoffs' common denominator
     * @param uMin the least payoff
     * @param optimum u*, the greatest payoff
     * @param distribution the softmax, one probability per pure profile (game order)
     * @param expectedUtility E_p[U]
     * @param optimalProbability P(optimal profile) under p
     * @param stationary the certificate that p is the chain's unique stationary distribution
     * @param balanceSymbolic the certificate of detailed balance for every α
     * @param balance the certificate of detailed balance at b
     * @param convergence why "v_t → E_p[U]" is not certified
     * @param limit why "α → ∞ gives the uniform law on optimal profiles" is not certified
     * @param round the value at round T, when asked for
     * @param theorem Theorem 1 for ε, when asked for
     */
    record Common(Rational base, int scale, Rational uMin, Rational optimum, Rational[] distribution, Rational expectedUtility,
            Rational optimalProbability, Citation stationary, Citation balanceSymbolic, Citation balance, Citation convergence,
            Citation limit, Optional<RoundValue> round, Optional<TheoremOne> theorem) implements ChainAnalysis {

        /** Copies the distribution. */
        public Common {
            distribution = distribution.clone();
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(uMin, "uMin");
            Objects.requireNonNull(optimum, "optimum");
            Objects.requireNonNull(expectedUtility, "expectedUtility");
            Objects.requireNonNull(optimalProbability, "optimalProbability");
            Objects.requireNonNull(stationary, "stationary");
            Objects.requireNonNull(balanceSymbolic, "balanceSymbolic");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(convergence, "convergence");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(theorem, "theorem");
        }

        /** A copy of the softmax distribution. */
        @Override
        public Rational[] distribution() {
            return distribution.clone();
        }

        /** The citation of a value computed exactly from the certified distribution π. */
        public Citation fromDistribution() {
            return stationary.from("π");
        }
    }

    /**
     * v_T = E[U] at round T from a uniform first round, by exact iteration of the chain.
     *
     * @param round T
     * @param value v_T; empty when the game has more than {@link LearningDynamics#CHAIN_LIMIT} profiles
     * @param citation why it is not certified
     */
    record RoundValue(int round, Optional<Rational> value, Citation citation) {

        /** Checks for null. */
        public RoundValue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * The common-payoff chain at a decimal α: e^{α/D} is enclosed in rational bases [b_lo, b_hi];
     * E[U] and P(optimal) are non-decreasing in α, so their values at α lie between their exact
     * values at the two bases.
     *
     * @param alpha α
     * @param scale D
     * @param lowerBase b_lo (at least 1)
     * @param upperBase b_hi
     * @param lowerExpectedUtility E[U] at b_lo
     * @param upperExpectedUtility E[U] at b_hi
     * @param lowerOptimalProbability P(optimal) at b_lo
     * @param upperOptimalProbability P(optimal) at b_hi
     * @param upperTarget the certified strict upper bound on E[U] at b_hi (E[U] at b_hi plus 10^−digits)
     * @param enclosure why the enclosure of e^{α/D} is not certified
     * @param valueCitation why the enclosure of E_p[U] is not certified
     * @param probabilityCitation why the enclosure of P(optimal) is not certified
     * @param lowerCitation the certificate of E[U] ≥ E(b_lo) at b_lo
     * @param upperCitation the certificate of E[U] &lt; upperTarget at b_hi
     * @param balanceSymbolic the certificate of detailed balance for every α
     */
    record Alpha(Rational alpha, int scale, Rational lowerBase, Rational upperBase, Rational lowerExpectedUtility,
            Rational upperExpectedUtility, Rational lowerOptimalProbability, Rational upperOptimalProbability, Rational upperTarget,
            Citation enclosure, Citation valueCitation, Citation probabilityCitation, Citation lowerCitation, Citation upperCitation,
            Citation balanceSymbolic) implements ChainAnalysis {

        /** Checks for null. */
        public Alpha {
            for (Object x : new Object[] {alpha, lowerBase, upperBase, lowerExpectedUtility, upperExpectedUtility,
                lowerOptimalProbability, upperOptimalProbability, upperTarget, enclosure, valueCitation, probabilityCitation,
                lowerCitation, upperCitation, balanceSymbolic}) {
                Objects.requireNonNull(x, "every field of an alpha analysis is required");
            }
        }
    }

    /**
     * The individual-utility chain (each player re-samples with probability
     * b^{D(u_min,i − U_i(a))}), solved exactly; one entry per closed class.
     *
     * @param base b
     * @param scale D
     * @param transitions the chain's number of transitions
     * @param classes the closed communicating classes, each with its stationary distribution
     * @param stationary the certificate of the unique stationary distribution (one closed class),
     *     or why there is none
     * @param structure why periods, reversibility and the class count are not certified
     * @param payoffs each player's expected payoff under the unique stationary distribution; empty
     *     when there are several closed classes
     * @param convergence why "the round-t law converges to it" is not certified; present only for one
     *     aperiodic closed class
     * @param round the distribution at round T, when asked for
     */
    record Individual(Rational base, int scale, int transitions, List<ClosedClass> classes, Citation stationary, Citation structure,
            List<Rational> payoffs, Optional<Citation> convergence, Optional<RoundDistribution> round) implements ChainAnalysis {

        /** Copies the lists. */
        public Individual {
            Objects.requireNonNull(base, "base");
            classes = List.copyOf(classes);
            Objects.requireNonNull(stationary, "stationary");
            Objects.requireNonNull(structure, "structure");
            payoffs = List.copyOf(payoffs);
            Objects.requireNonNull(convergence, "convergence");
            Objects.requireNonNull(round, "round");
        }

        /** True when the chain has exactly one closed class, hence one stationary distribution. */
        public boolean unique() {
            return classes.size() == 1;
        }

        /** The citation of a value computed exactly from the certified distribution π. */
        public Citation fromDistribution() {
            return stationary.from("π");
        }
    }

    /**
     * A closed communicating class of a chain on pure profiles.
     *
     * @param size its number of profiles
     * @param period its period (1: aperiodic)
     * @param reversible whether its stationary distribution satisfies detailed balance
     * @param distribution its stationary distribution over all profiles (zero outside the class)
     */
    record ClosedClass(int size, int period, boolean reversible, Rational[] distribution) {

        /** Copies the distribution. */
        public ClosedClass {
            distribution = distribution.clone();
        }

        /** A copy of the stationary distribution. */
        @Override
        public Rational[] distribution() {
            return distribution.clone();
        }
    }

    /**
     * The distribution at round T from a uniform first round, by exact iteration.
     *
     * @param round T
     * @param distribution one probability per profile
     * @param citation why it is not certified
     */
    record RoundDistribution(int round, Rational[] distribution, Citation citation) {

        /** Copies the distribution. */
        public RoundDistribution {
            distribution = distribution.clone();
            Objects.requireNonNull(citation, "citation");
        }

        /** A copy of the distribution. */
        @Override
        public Rational[] distribution() {
            return distribution.clone();
        }
    }
}
