package org.equicert.api;

import java.util.Objects;
import org.equicert.game.MixedProfile;

/**
 * The outcome of repairing a profile that is not an exact Nash equilibrium: an exact equilibrium
 * whose supports lie within the profile's (two players), or a certified statement that none exists.
 */
public sealed interface Repair permits Repair.NotAttempted, Repair.NoEquilibrium, Repair.Found {

    /**
     * Not attempted: repair is implemented for two-player games.
     *
     * @param reason why, e.g. "implemented for two-player games"
     */
    record NotAttempted(String reason) implements Repair {
        /** Requires the reason. */
        public NotAttempted {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * No Nash equilibrium has its supports within the profile's: none of the extreme equilibria of
     * the complete list does (the {@code nash-set} certificate).
     *
     * @param extremeEquilibria how many extreme equilibria the complete list has
     * @param citation the {@code nash-set} certificate, or why there is none
     */
    record NoEquilibrium(int extremeEquilibria, Citation citation) implements Repair {
        /** Requires the citation. */
        public NoEquilibrium {
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * An exact equilibrium with supports within the profile's.
     *
     * @param equilibrium the equilibrium
     * @param sameSupport whether its supports are exactly the profile's
     * @param citation its {@code nash} certificate, or why there is none
     */
    record Found(MixedProfile equilibrium, boolean sameSupport, Citation citation) implements Repair {
        /** Requires the parts. */
        public Found {
            Objects.requireNonNull(equilibrium, "equilibrium");
            Objects.requireNonNull(citation, "citation");
        }
    }
}
