package org.equicert.bridge;

import org.equicert.certificate.NashClaim;
import org.equicert.certificate.PayoffTable;
import org.equicert.certificate.RegretClaim;
import org.equicert.number.Rational;

/**
 * The full-table claims the symmetric-optimum job states at single profiles (the optimum, the
 * rounded optimum, critical points, the profile between s and an improving asymmetric profile):
 * exact regrets and (ε-)Nash. Cost: that of the claims' constructors, O(size of the table).
 */
public final class SymmetricProfileClaims {

    private SymmetricProfileClaims() {
    }

    /** "At {@code profile} the regrets per player and action are {@code regrets}" over the full payoff table. */
    public static RegretClaim regret(PayoffTable table, Rational[][] profile, Rational[][] regrets) {
        return new RegretClaim(table, profile, regrets);
    }

    /** "{@code profile} is an ε-Nash equilibrium" (Nash for ε = 0) over the full payoff table. */
    public static NashClaim nash(PayoffTable table, Rational[][] profile, Rational epsilon) {
        return new NashClaim(table, profile, epsilon);
    }
}
