package org.equicert.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.certificate.SupportExclusionClaim;
import org.equicert.equilibrium.SupportEquilibria;
import org.equicert.equilibrium.SupportRelaxation;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The completeness claim of support enumeration for n players: every excluded support profile that
 * has Farkas multipliers ({@link SupportRelaxation}) becomes one entry of a
 * {@code nash-support-exclusion} claim, with actions and players 1-based. Cost: linear in the
 * number of excluded profiles times the number of actions.
 */
public final class SupportExclusionClaims {

    private SupportExclusionClaims() {
    }

    /** {@return the claim over every excluded profile with multipliers, empty when there is none} */
    public static Optional<SupportExclusionClaim> of(NormalFormGame game, SupportEquilibria set) {
        List<SupportExclusionClaim.Exclusion> list = new ArrayList<>();
        for (SupportEquilibria.Excluded x : set.excluded()) {
            if (x.farkas().isEmpty()) {
                continue;
            }
            SupportRelaxation.Exclusion e = x.farkas().get();
            List<List<Integer>> supports = new ArrayList<>();
            for (int[] s : x.supports()) {
                List<Integer> actions = new ArrayList<>();
                for (int a : s) {
                    actions.add(a + 1);
                }
                supports.add(actions);
            }
            list.add(new SupportExclusionClaim.Exclusion(supports, e.player() + 1, e.reference() + 1, List.<Rational>of(e.multipliers())));
        }
        return list.isEmpty() ? Optional.empty() : Optional.of(new SupportExclusionClaim(PayoffTables.of(game), list));
    }
}
