package org.equicert.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.certificate.SupportExclusionClaim;
import org.equicert.equilibrium.CorrelatedRelaxation;
import org.equicert.equilibrium.SupportEquilibria;
import org.equicert.equilibrium.SupportRelaxation;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The completeness claim of support enumeration for n players: every excluded support profile that
 * has Farkas multipliers (one player's, {@link SupportRelaxation}; or joint, {@link
 * CorrelatedRelaxation}) becomes one entry of a {@code nash-support-exclusion} claim, with actions
 * and players 1-based. Cost: linear in the
 * number of excluded profiles times the number of actions.
 */
public final class SupportExclusionClaims {

    private SupportExclusionClaims() {
    }

    /** {@return the claim over every excluded profile with multipliers, empty when there is none} */
    public static Optional<SupportExclusionClaim> of(NormalFormGame game, SupportEquilibria set) {
        List<SupportExclusionClaim.Entry> list = new ArrayList<>();
        for (SupportEquilibria.Excluded x : set.excluded()) {
            if (x.farkas().isEmpty()) {
                continue;
            }
            int[][] s = x.supports();
            List<List<Integer>> supports = new ArrayList<>();
            for (int[] support : s) {
                List<Integer> actions = new ArrayList<>();
                for (int a : support) {
                    actions.add(a + 1);
                }
                supports.add(actions);
            }
            if (x.farkas().get() instanceof SupportRelaxation.Exclusion e) {
                list.add(new SupportExclusionClaim.Exclusion(supports, e.player() + 1, e.reference() + 1, List.<Rational>of(e.multipliers())));
            } else if (x.farkas().get() instanceof CorrelatedRelaxation.Exclusion e) {
                list.add(joint(s, supports, e));
            }
        }
        return list.isEmpty() ? Optional.empty() : Optional.of(new SupportExclusionClaim(PayoffTables.of(game), list));
    }

    /** A joint entry: each player's reference is the last action of its support. */
    private static SupportExclusionClaim.JointExclusion joint(int[][] s, List<List<Integer>> supports, CorrelatedRelaxation.Exclusion e) {
        List<Integer> references = new ArrayList<>();
        for (int[] support : s) {
            references.add(support[support.length - 1] + 1);
        }
        List<List<List<Rational>>> y = new ArrayList<>();
        for (Rational[][] player : e.multipliers()) {
            List<List<Rational>> slices = new ArrayList<>();
            for (Rational[] slice : player) {
                slices.add(List.of(slice));
            }
            y.add(slices);
        }
        return new SupportExclusionClaim.JointExclusion(supports, references, y);
    }
}
