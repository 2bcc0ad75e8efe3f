package org.equicert.bridge;

import org.equicert.certificate.PayoffTable;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/** Converts producers' game objects into the checker's own data types. */
public final class PayoffTables {

    private PayoffTables() {
    }

    /** The checker's view of a game. */
    public static PayoffTable of(NormalFormGame game) {
        return new PayoffTable(game.title(), game.actionCounts(), game.payoffTable());
    }

    /** A profile as a plain array. */
    public static Rational[][] of(MixedProfile profile) {
        return profile.toArray();
    }
}
