package org.equicert.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * The checker's own minimal view of a normal-form game: action counts and exact payoffs
 * {@code payoffs[player][profile]}, profiles in Gambit order (player 1 fastest). The checker does
 * not import the game package; producers convert their games to this form.
 *
 * @param title a label for messages and certificate headers
 * @param actionCounts actions per player
 * @param payoffs payoffs per player and profile index
 */
public record PayoffTable(String title, int[] actionCounts, Rational[][] payoffs) {

    /** Validates sizes and copies arrays. */
    public PayoffTable {
        actionCounts = actionCounts.clone();
        if (actionCounts.length == 0) {
            throw new IllegalArgumentException("a game needs at least one player");
        }
        long profiles = 1;
        for (int k : actionCounts) {
            if (k < 1) {
                throw new IllegalArgumentException("a player has no action");
            }
            profiles *= k;
        }
        if (payoffs.length != actionCounts.length) {
            throw new IllegalArgumentException("payoffs for " + payoffs.length + " players, expected " + actionCounts.length);
        }
        Rational[][] copy = new Rational[payoffs.length][];
        for (int i = 0; i < payoffs.length; i++) {
            if (payoffs[i].length != profiles) {
                throw new IllegalArgumentException("player " + (i + 1) + " has " + payoffs[i].length + " payoffs, expected " + profiles);
            }
            copy[i] = payoffs[i].clone();
        }
        payoffs = copy;
        title = title == null ? "" : title;
    }

    @Override
    public int[] actionCounts() {
        return actionCounts.clone();
    }

    @Override
    public Rational[][] payoffs() {
        Rational[][] r = new Rational[payoffs.length][];
        for (int i = 0; i < r.length; i++) {
            r[i] = payoffs[i].clone();
        }
        return r;
    }

    /** Number of players. */
    public int players() {
        return actionCounts.length;
    }

    /** Number of pure profiles. */
    public int profiles() {
        return payoffs[0].length;
    }

    /** Actions of player i. */
    public int actions(int player) {
        return actionCounts[player];
    }

    /** Payoff of player i at profile index k. */
    public Rational payoff(int player, int profile) {
        return payoffs[player][profile];
    }

    /** The action of player i in profile index k (player 1 fastest). */
    public int action(int profile, int player) {
        for (int j = 0; j < player; j++) {
            profile /= actionCounts[j];
        }
        return profile % actionCounts[player];
    }

    /** JSON-ready data. */
    Map<String, Object> toData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        List<Integer> counts = new ArrayList<>();
        for (int k : actionCounts) {
            counts.add(k);
        }
        m.put("actions", counts);
        m.put("payoffs", ClaimData.matrix(payoffs));
        return m;
    }

    static PayoffTable fromData(Map<String, Object> m) {
        List<?> counts = (List<?>) m.get("actions");
        int[] c = new int[counts.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = ((Number) counts.get(i)).intValue();
        }
        return new PayoffTable((String) m.get("title"), c, ClaimData.matrix(m.get("payoffs")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PayoffTable && Arrays.equals(actionCounts, ((PayoffTable) o).actionCounts)
                && Arrays.deepEquals(payoffs, ((PayoffTable) o).payoffs);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(payoffs);
    }

    @Override
    public String toString() {
        return "PayoffTable[" + title + " " + Arrays.toString(actionCounts) + "]";
    }
}
