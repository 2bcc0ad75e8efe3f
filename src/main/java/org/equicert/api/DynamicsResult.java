package org.equicert.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.game.NormalFormGame;

/**
 * Seed 000's learning dynamics on one game, computed exactly and certified: the result of
 * {@link LearningDynamics#analyse}. Immutable.
 *
 * @param game the game analysed
 * @param digits decimal digits of printed approximations (as requested)
 * @param analysis the chain's stationary law and the requested extras
 * @param simulation the simulation cross-check, when requested (at a base)
 * @param certificates the certificates checked and written in the run, in order
 * @param certificatesRequested whether certificates were requested
 * @param certificatesChecked false when the checker rejected a claim of the run
 */
public record DynamicsResult(NormalFormGame game, int digits, ChainAnalysis analysis, Optional<SimulationCheck> simulation,
        List<CheckedCertificate> certificates, boolean certificatesRequested, boolean certificatesChecked) {

    /** Copies the certificate list. */
    public DynamicsResult {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(simulation, "simulation");
        certificates = List.copyOf(certificates);
    }

    /** True when no certificate was rejected and a simulation, if run, agreed (exit status 0). */
    public boolean allChecked() {
        return certificatesChecked && simulation.flatMap(SimulationCheck::comparison).map(SimulationCheck.Comparison::agrees).orElse(true);
    }

    /**
     * Seeded simulated runs of the chain compared with its exact distribution at the last round.
     * Each of the k profiles' frequencies gets Hoeffding's radius at δ/k, so that all k lie within
     * it together with probability at least 1 − δ (union bound), δ = 10^−6. A statistical check in
     * floating point; it states nothing exact.
     *
     * @param runs the number of runs
     * @param rounds the rounds per run (T)
     * @param seed the random seed
     * @param comparison the comparison; empty when skipped (more than
     *     {@link LearningDynamics#SOLVE_LIMIT} profiles)
     */
    public record SimulationCheck(int runs, int rounds, long seed, Optional<Comparison> comparison) {

        /** Checks for null. */
        public SimulationCheck {
            Objects.requireNonNull(comparison, "comparison");
        }

        /**
         * @param worstProfile the profile (game index) with the largest deviation
         * @param maxDeviation the largest |frequency − exact round-T probability|
         * @param radius Hoeffding's radius for all profiles at once
         * @param profiles the number of profiles compared
         * @param citation why the check is not certified
         */
        public record Comparison(int worstProfile, double maxDeviation, double radius, int profiles, Citation citation) {

            /** Checks for null. */
            public Comparison {
                Objects.requireNonNull(citation, "citation");
            }

            /** True when every frequency is within the radius. */
            public boolean agrees() {
                return maxDeviation <= radius;
            }
        }
    }
}
