package org.equicert.bridge;

import org.equicert.certificate.SymmetricBoundClaim;
import org.equicert.symmetric.SymmetricOptimum;
import org.equicert.symmetric.SymmetricUtility;

/** The optimality claim for a computed P-invariant optimum. */
public final class SymmetricClaims {

    private SymmetricClaims() {
    }

    /** "EU ≤ upper on every P-invariant profile; the best point found attains lower." */
    public static SymmetricBoundClaim bound(SymmetricUtility u, SymmetricOptimum.Result r) {
        return new SymmetricBoundClaim(PayoffTables.of(u.game()), u.orbits(), r.upper(), r.tree(), r.bestPoint(), r.lower());
    }
}
