package org.equicert.equilibrium;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicert.game.NormalFormGame;

/** Test helper: an independent recount of the excluded support profiles and their multipliers. */
public final class ExclusionRecount {

    private ExclusionRecount() {
    }

    /**
     * The support profiles of {@code game} that hold no equilibrium, recomputed after the enumeration
     * (the enumeration itself keeps the multipliers it finds; this is an independent recount for
     * the tests), i.e. every profile (in the
     * order of {@link SupportEnumeration}: support masks counted up, player 1 fastest) that is neither
     * the support of an isolated equilibrium or continuum nor unresolved, each with the multipliers of
     * {@link SupportRelaxation#exclusion()} when they exist. Profiles with an action removed by iterated strict
     * dominance always have multipliers (conditional dominance is a special case). Once the thread is
     * interrupted, the remaining profiles are listed without multipliers.
     *
     * <p>Cost: one to n exact LPs per excluded profile (see the class comment).
     */
    public static List<SupportEquilibria.Excluded> excludedProfiles(NormalFormGame game, List<SupportEquilibria.Isolated> isolated,
            List<SupportEquilibria.Continuum> continua, List<SupportEquilibria.Unresolved> unresolved) {
        Set<String> decided = new HashSet<>();
        isolated.forEach(x -> decided.add(Arrays.deepToString(x.supports())));
        continua.forEach(x -> decided.add(Arrays.deepToString(x.supports())));
        unresolved.forEach(x -> decided.add(Arrays.deepToString(x.supports())));
        int n = game.playerCount();
        int[] masks = new int[n];
        Arrays.fill(masks, 1);
        List<SupportEquilibria.Excluded> out = new ArrayList<>();
        while (true) {
            int[][] supports = new int[n][];
            for (int i = 0; i < n; i++) {
                supports[i] = bits(masks[i], game.actionCount(i));
            }
            if (!decided.contains(Arrays.deepToString(supports))) {
                SupportRelaxation relaxation = new SupportRelaxation(game, supports);
                Optional<SupportEquilibria.LinearExclusion> farkas = Thread.currentThread().isInterrupted() ? Optional.empty()
                        : relaxation.dominance().or(relaxation::exclusion).map(SupportEquilibria.LinearExclusion.class::cast);
                out.add(new SupportEquilibria.Excluded(supports, farkas));
            }
            int i = 0;
            while (i < n && masks[i] == (1 << game.actionCount(i)) - 1) {
                masks[i] = 1;
                i++;
            }
            if (i == n) {
                return out;
            }
            masks[i]++;
        }
    }

    private static int[] bits(int mask, int actions) {
        int[] out = new int[Integer.bitCount(mask)];
        int k = 0;
        for (int b = 0; b < actions; b++) {
            if ((mask >> b & 1) == 1) {
                out[k++] = b;
            }
        }
        return out;
    }

}
