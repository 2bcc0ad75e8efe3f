package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
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

    /** The number of closed communicating classes (bottom strongly connected components); O(states + transitions). */
    static int closedClasses(int states, List<StationaryClaim.Transition> transitions) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            adj.add(new ArrayList<>());
        }
        for (StationaryClaim.Transition t : transitions) {
            if (t.probability().signum() > 0) {
                adj.get(t.from()).add(t.to());
            }
        }
        int[] comp = stronglyConnectedComponents(adj);
        int count = Arrays.stream(comp).max().orElse(-1) + 1;
        boolean[] leaves = new boolean[count];
        for (int s = 0; s < states; s++) {
            for (int t : adj.get(s)) {
                if (comp[t] != comp[s]) {
                    leaves[comp[s]] = true;
                }
            }
        }
        int closed = 0;
        for (boolean l : leaves) {
            if (!l) {
                closed++;
            }
        }
        return closed;
    }

    /**
     * Iterative Tarjan; returns the component index of each state. Deliberately the checker's own
     * copy (the producer in {@code dynamics} has another): the checker imports no solver code.
     */
    private static int[] stronglyConnectedComponents(List<List<Integer>> adj) {
        int n = adj.size();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        int counter = 0;
        int comps = 0;
        int[] edgePos = new int[n];
        Deque<Integer> call = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            call.push(root);
            while (!call.isEmpty()) {
                int v = call.peek();
                if (index[v] < 0) {
                    index[v] = low[v] = counter++;
                    stack.push(v);
                    onStack[v] = true;
                }
                if (edgePos[v] < adj.get(v).size()) {
                    int w = adj.get(v).get(edgePos[v]++);
                    if (index[w] < 0) {
                        call.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                call.pop();
                if (!call.isEmpty()) {
                    int parent = call.peek();
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        comp[w] = comps;
                    } while (w != v);
                    comps++;
                }
            }
        }
        return comp;
    }

}
