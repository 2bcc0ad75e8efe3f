package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;

/**
 * The checker's own view of seed 000's chain on pure profiles: one random player re-samples its
 * action, so two profiles are neighbours when they differ in exactly one player's action.
 */
final class ChainStructure {

    /** A neighbour pair k &lt; k' differing only in player i's action. */
    record Edge(int from, int to, int player) {
    }

    private ChainStructure() {
    }

    static List<Edge> neighbourPairs(PayoffTable table) {
        List<Edge> edges = new ArrayList<>();
        for (int k = 0; k < table.profiles(); k++) {
            int stride = 1;
            for (int i = 0; i < table.players(); i++) {
                int a = table.action(k, i);
                for (int b = a + 1; b < table.actions(i); b++) {
                    edges.add(new Edge(k, k + (b - a) * stride, i));
                }
                stride *= table.actions(i);
            }
        }
        return edges;
    }

    /** Failures if the game is not common-payoff or u_min exceeds some payoff. */
    static List<String> commonPayoffFailures(PayoffTable table, Rational uMin) {
        List<String> f = new ArrayList<>();
        for (int i = 1; i < table.players(); i++) {
            for (int k = 0; k < table.profiles(); k++) {
                if (!table.payoff(i, k).equals(table.payoff(0, k))) {
                    f.add("not a common-payoff game: players 1 and " + (i + 1) + " differ at profile " + (k + 1));
                    return f;
                }
            }
        }
        for (int k = 0; k < table.profiles(); k++) {
            if (table.payoff(0, k).compareTo(uMin) < 0) {
                f.add("u_min = " + uMin + " exceeds the payoff " + table.payoff(0, k) + " at profile " + (k + 1));
                break;
            }
        }
        return f;
    }
}
