package org.equicert.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The result of {@link ProfileCertification#certify}: the exact profile the input denotes and
 * either why it is not a mixed profile or its exact payoffs, regrets and Nash verdict; then, when it
 * is not Nash, its repair. Every stated fact carries its {@link Citation}. Immutable.
 *
 * @param game the game
 * @param profile the exact probabilities given, per player and action (not necessarily a
 *     probability distribution)
 * @param notAProfile why the input is not a mixed profile; present exactly when {@code evaluation} is empty
 * @param evaluation the exact evaluation of a mixed profile
 * @param repair present when the profile is not an exact Nash equilibrium
 * @param certificates the certificates written in the run, in order
 * @param allChecked false when the checker rejected a claim of this run
 * @param certificatesRequested whether certificates were requested
 */
public record ProfileCertificationResult(NormalFormGame game, List<List<Rational>> profile, Optional<NotAProfile> notAProfile,
        Optional<Evaluation> evaluation, Optional<Repair> repair, List<CheckedCertificate> certificates, boolean allChecked,
        boolean certificatesRequested) {

    /**
     * Deep copies of the lists.
     *
     * @throws IllegalArgumentException unless exactly one of notAProfile and evaluation is present
     */
    public ProfileCertificationResult {
        Objects.requireNonNull(game, "game");
        profile = profile.stream().map(List::copyOf).toList();
        certificates = List.copyOf(certificates);
        Objects.requireNonNull(repair, "repair");
        if (notAProfile.isPresent() == evaluation.isPresent()) {
            throw new IllegalArgumentException("a profile is either evaluated or not a mixed profile, got both or neither");
        }
    }

    /** True when every player's strategy is a probability distribution. */
    public boolean valid() {
        return evaluation.isPresent();
    }

    /** True when the profile is an exact Nash equilibrium. */
    public boolean nash() {
        return evaluation.map(Evaluation::nash).orElse(false);
    }

    /** The exit status's condition: a mixed profile, and no certificate rejected. */
    public boolean ok() {
        return valid() && allChecked;
    }

    /**
     * Why the input is not a mixed profile.
     *
     * @param problems one sentence per problem (a negative probability, a sum other than 1)
     * @param citation backs the problems (exact arithmetic on the input; not certified)
     * @param notNash backs "not a Nash equilibrium" (follows from the problems; not certified)
     */
    public record NotAProfile(List<String> problems, Citation citation, Citation notNash) {
        /** Copies the problems. */
        public NotAProfile {
            problems = List.copyOf(problems);
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(notNash, "notNash");
        }
    }

    /**
     * The exact evaluation of a mixed profile.
     *
     * @param players per player: expected payoff and regret per action
     * @param nash whether it is an exact Nash equilibrium
     * @param maxRegret the largest gain from deviating, exact
     * @param nashCitation the {@code nash} certificate (Nash) or the {@code regret} certificate (not Nash)
     * @param epsilon the ε-Nash verdict, when ε was given
     */
    public record Evaluation(List<PlayerRegrets> players, boolean nash, Rational maxRegret, Citation nashCitation,
            Optional<EpsilonVerdict> epsilon) {
        /** Copies the players. */
        public Evaluation {
            players = List.copyOf(players);
            Objects.requireNonNull(maxRegret, "maxRegret");
            Objects.requireNonNull(nashCitation, "nashCitation");
            Objects.requireNonNull(epsilon, "epsilon");
        }
    }

    /**
     * One player's exact expected payoff and regrets.
     *
     * @param expectedPayoff the expected payoff
     * @param payoffCitation backs it (exact arithmetic; not certified)
     * @param regrets per action, the payoff of the action minus the expected payoff (positive: a gain)
     * @param regretCitation the {@code regret} certificate
     */
    public record PlayerRegrets(Rational expectedPayoff, Citation payoffCitation, List<Rational> regrets, Citation regretCitation) {
        /** Copies the regrets. */
        public PlayerRegrets {
            Objects.requireNonNull(expectedPayoff, "expectedPayoff");
            Objects.requireNonNull(payoffCitation, "payoffCitation");
            regrets = List.copyOf(regrets);
            Objects.requireNonNull(regretCitation, "regretCitation");
        }
    }

    /**
     * Whether the profile is an ε-Nash equilibrium.
     *
     * @param epsilon ε
     * @param holds whether the largest regret is at most ε
     * @param citation the {@code epsilon-nash} certificate (holds) or the {@code regret} certificate
     */
    public record EpsilonVerdict(Rational epsilon, boolean holds, Citation citation) {
        /** Requires the parts. */
        public EpsilonVerdict {
            Objects.requireNonNull(epsilon, "epsilon");
            Objects.requireNonNull(citation, "citation");
        }
    }
}
