package org.equicert.api;

import java.util.List;
import java.util.Objects;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;

/**
 * One exact Nash equilibrium of a game, with each player's exact expected payoff and what certifies
 * it (a {@code nash} certificate when certificates were requested).
 *
 * @param profile the equilibrium, exact
 * @param payoffs each player's exact expected payoff at it, in player order
 * @param citation the certificate stating that the profile is a Nash equilibrium, or why there is none
 */
public record NashEquilibrium(MixedProfile profile, List<Rational> payoffs, Citation citation) {

    /**
     * Copies the payoffs.
     *
     * @throws IllegalArgumentException if there is not one payoff per player
     */
    public NashEquilibrium {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(citation, "citation");
        payoffs = List.copyOf(payoffs);
        if (payoffs.size() != profile.playerCount()) {
            throw new IllegalArgumentException("expected " + profile.playerCount() + " payoffs, got " + payoffs.size());
        }
    }

    /** True when every player plays one action with probability 1. */
    public boolean isPure() {
        return profile.isPure();
    }

    /** Player {@code player}'s exact probabilities, in action order (0-based player). */
    public List<Rational> strategy(int player) {
        return List.of(profile.strategy(player));
    }
}
