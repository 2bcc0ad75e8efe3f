package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * The checker's own structural checks of a stationary-unique claim's chain: that the stated
 * transitions are seed 000's learning chain of the stated game, and how many closed communicating
 * classes the chain has (one iff its stationary distribution is unique). Independent of the
 * producer's {@code dynamics} code by design.
 */
final class ChainClasses {

    private ChainClasses() {
    }

    /**
     * Rebuilds seed 000's chain from the game: one uniformly random player i re-samples uniformly with
     * probability b^{-D(U(a) - u_min)}, so t(a → a') = b^{-D(U(a) - u_min)}/(n|A_i|) for a' differing
     * in i's action only, where U and u_min are the common payoff and its minimum (player i's own in
     * the individual variant) and D is the least positive integer making every D(U_i(a) - u_min,i)
     * an integer. Requires the stated transitions to be exactly these.
     */
    static List<String> originFailures(StationaryClaim.Origin o, int states, List<StationaryClaim.Transition> transitions) {
        List<String> f = new ArrayList<>();
        PayoffTable g = o.game();
        int n = g.players();
        if (o.base().compareTo(Rational.ONE) < 0) {
            f.add("the base " + o.base() + " is below 1");
            return f;
        }
        if (g.profiles() != states) {
            f.add("the game has " + g.profiles() + " profiles but the chain " + states + " states");
            return f;
        }
        if (!o.individual()) {
            for (int i = 1; i < n; i++) {
                for (int k = 0; k < states; k++) {
                    if (!g.payoff(i, k).equals(g.payoff(0, k))) {
                        f.add("the common-payoff chain needs a common-payoff game; payoffs differ at profile " + (k + 1));
                        return f;
                    }
                }
            }
        }
        Rational[] low = new Rational[n];
        BigInteger scale = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            low[i] = g.payoff(i, 0);
            for (int k = 1; k < states; k++) {
                low[i] = low[i].min(g.payoff(i, k));
            }
            for (int k = 0; k < states; k++) {
                BigInteger d = g.payoff(i, k).subtract(low[i]).denominator();
                scale = scale.divide(scale.gcd(d)).multiply(d);
            }
        }
        Map<Long, Rational> expected = new HashMap<>();
        int[] stride = new int[n];
        for (int i = 0, s = 1; i < n; s *= g.actions(i), i++) {
            stride[i] = s;
        }
        for (int k = 0; k < states; k++) {
            Rational leave = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                int p = o.individual() ? i : 0;
                BigInteger e = g.payoff(p, k).subtract(low[p]).multiply(Rational.of(scale, BigInteger.ONE)).numerator();
                if (e.bitLength() > 24) {
                    f.add("the exponent D(U - u_min) = " + e + " at profile " + (k + 1) + " is too large to check");
                    return f;
                }
                Rational t = Rational.ONE.divide(o.base().pow(e.intValueExact())).divide(Rational.of((long) n * g.actions(i)));
                int own = g.action(k, i);
                for (int b = 0; b < g.actions(i); b++) {
                    if (b != own) {
                        expected.put((long) k * states + k + (long) (b - own) * stride[i], t);
                        leave = leave.add(t);
                    }
                }
            }
            if (leave.compareTo(Rational.ONE) < 0) {
                expected.put((long) k * states + k, Rational.ONE.subtract(leave));
            }
        }
        Map<Long, Rational> stated = new HashMap<>();
        for (StationaryClaim.Transition t : transitions) {
            if (t.probability().signum() != 0 && stated.put((long) t.from() * states + t.to(), t.probability()) != null) {
                f.add("the transition " + (t.from() + 1) + " -> " + (t.to() + 1) + " is stated twice");
                return f;
            }
        }
        expected.values().removeIf(r -> r.signum() == 0);
        if (!expected.equals(stated)) {
            f.add("the stated transitions are not seed 000's learning chain of the stated game at base " + o.base());
        }
        return f;
    }

    /**
     * The number of closed communicating classes (bottom strongly connected components), by
     * Kosaraju's two passes (Sharir, "A strong-connectivity algorithm and its applications in data
     * flow analysis", Comput. Math. Appl. 7 (1981)): a depth-first pass over the transitions records
     * the states in order of finishing; a second pass over the reversed transitions, taking roots
     * in reverse finishing order, labels one component per tree. A component is closed iff no
     * positive transition leaves it. Both passes are iterative, so deep chains cannot overflow the
     * stack. Deliberately written for the checker alone; it shares no code with {@code dynamics}.
     * Cost O(states + transitions) time and memory.
     */
    static int closedClasses(int states, List<StationaryClaim.Transition> transitions) {
        List<StationaryClaim.Transition> positive = transitions.stream().filter(t -> t.probability().signum() > 0).toList();
        int[][] forward = adjacency(states, positive, false);
        int[][] backward = adjacency(states, positive, true);
        int[] finished = finishingOrder(forward);
        int[] label = new int[states];
        Arrays.fill(label, -1);
        int labels = 0;
        int[] pending = new int[states];
        for (int r = states - 1; r >= 0; r--) {
            int root = finished[r];
            if (label[root] >= 0) {
                continue;
            }
            int top = 0;
            pending[top++] = root;
            label[root] = labels;
            while (top > 0) {
                int s = pending[--top];
                for (int from : backward[s]) {
                    if (label[from] < 0) {
                        label[from] = labels;
                        pending[top++] = from;
                    }
                }
            }
            labels++;
        }
        boolean[] open = new boolean[labels];
        for (StationaryClaim.Transition t : positive) {
            if (label[t.from()] != label[t.to()]) {
                open[label[t.from()]] = true;
            }
        }
        int closed = 0;
        for (boolean o : open) {
            closed += o ? 0 : 1;
        }
        return closed;
    }

    /** Per state, its successors (or, reversed, its predecessors) as an array. O(states + transitions). */
    private static int[][] adjacency(int states, List<StationaryClaim.Transition> positive, boolean reversed) {
        int[] degree = new int[states];
        for (StationaryClaim.Transition t : positive) {
            degree[reversed ? t.to() : t.from()]++;
        }
        int[][] out = new int[states][];
        for (int s = 0; s < states; s++) {
            out[s] = new int[degree[s]];
        }
        int[] filled = new int[states];
        for (StationaryClaim.Transition t : positive) {
            int tail = reversed ? t.to() : t.from();
            out[tail][filled[tail]++] = reversed ? t.from() : t.to();
        }
        return out;
    }

    /**
     * The states in the order an iterative depth-first search over {@code successors} finishes
     * them (a state finishes once every successor has been visited). O(states + transitions).
     */
    private static int[] finishingOrder(int[][] successors) {
        int n = successors.length;
        int[] order = new int[n];
        int finished = 0;
        boolean[] seen = new boolean[n];
        int[] path = new int[n];
        int[] next = new int[n];
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            int depth = 0;
            path[depth++] = start;
            seen[start] = true;
            while (depth > 0) {
                int s = path[depth - 1];
                if (next[s] == successors[s].length) {
                    order[finished++] = s;
                    depth--;
                    continue;
                }
                int t = successors[s][next[s]++];
                if (!seen[t]) {
                    seen[t] = true;
                    path[depth++] = t;
                }
            }
        }
        return order;
    }
}
