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

    /** As {@link #bound}, with an exact optimal point (rational) as the witness when it beats the search's best point. */
    public static SymmetricBoundClaim bound(SymmetricUtility u, SymmetricOptimum.Result r, java.util.Optional<org.equicert.number.Rational[][]> exact) {
        if (exact.isPresent()) {
            org.equicert.number.Rational v = u.value(exact.get());
            if (v.compareTo(r.lower()) >= 0 && v.compareTo(r.upper()) <= 0) {
                return new SymmetricBoundClaim(PayoffTables.of(u.game()), u.orbits(), r.upper(), r.tree(), exact.get(), v);
            }
        }
        return bound(u, r);
    }
}
