package org.equicert.dynamics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.equicert.linalg.DixonSolver;
import org.equicert.linalg.SparseRationalMatrix;
import org.equicert.number.Rational;

/**
 * Exact stationary analysis of a finite chain: its closed communicating classes, the period of
 * each, and the unique stationary distribution supported on each closed class. Every stationary
 * distribution of the chain is a mixture of these; the chain has a unique one iff there is exactly
 * one closed class. Nothing is averaged silently.
 *
 * <p>Per class: if the class satisfies Kolmogorov's criterion (checked as detailed balance along a
 * spanning tree, then on every edge), π follows from ratios π(j) = π(i)P(i,j)/P(j,i) in time linear
 * in the number of transitions; otherwise π solves π(P − I) = 0, Σπ = 1 by
 * p-adic lifting with exact verification ({@link DixonSolver}: one factorisation modulo a word-size
 * prime, cubic in the class size in word operations, then quadratic per lifting step).
 */
public final class StationaryAnalysis {

    /**
     * One closed communicating class.
     *
     * @param states the class's states, sorted
     * @param period gcd of its cycle lengths (1 = aperiodic)
     * @param reversible true if detailed balance holds on the class
     * @param distribution the stationary distribution over all states, zero outside the class
     */
    public record ClosedClass(int[] states, int period, boolean reversible, Rational[] distribution) {
        /** Defensive copies. */
        public ClosedClass {
            states = states.clone();
            distribution = distribution.clone();
        }

        @Override
        public int[] states() {
            return states.clone();
        }

        @Override
        public Rational[] distribution() {
            return distribution.clone();
        }
    }

    private final MarkovChain chain;

    /** Analysis of a chain. */
    public StationaryAnalysis(MarkovChain chain) {
        this.chain = chain;
    }

    /** The closed classes, ordered by their smallest state. */
    public List<ClosedClass> closedClasses() {
        int n = chain.states();
        int[] comp = components();
        int count = Arrays.stream(comp).max().orElse(-1) + 1;
        boolean[] leaks = new boolean[count];
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < chain.degree(s); k++) {
                int t = chain.successor(s, k);
                if (comp[t] != comp[s]) {
                    leaks[comp[s]] = true;
                }
            }
        }
        List<ClosedClass> out = new ArrayList<>();
        boolean[] done = new boolean[count];
        for (int s = 0; s < n; s++) {
            int c = comp[s];
            if (leaks[c] || done[c]) {
                continue;
            }
            done[c] = true;
            int cls = c;
            int[] members = java.util.stream.IntStream.range(0, n).filter(x -> comp[x] == cls).toArray();
            out.add(analyse(members));
        }
        return out;
    }

    private ClosedClass analyse(int[] members) {
        int n = chain.states();
        int[] local = new int[n];
        Arrays.fill(local, -1);
        for (int i = 0; i < members.length; i++) {
            local[members[i]] = i;
        }
        int period = period(members, local);
        Rational[] pi = reversibleDistribution(members, local);
        boolean reversible = pi != null;
        if (pi == null) {
            pi = solve(members, local);
        }
        Rational[] full = new Rational[n];
        Arrays.fill(full, Rational.ZERO);
        for (int i = 0; i < members.length; i++) {
            full[members[i]] = pi[i];
        }
        return new ClosedClass(members, period, reversible, full);
    }

    /** BFS levels; the period is the gcd of level(u) + 1 − level(v) over edges u → v. */
    private int period(int[] members, int[] local) {
        int[] level = new int[members.length];
        Arrays.fill(level, -1);
        level[0] = 0;
        Deque<Integer> q = new ArrayDeque<>(List.of(members[0]));
        int g = 0;
        while (!q.isEmpty()) {
            int u = q.poll();
            for (int k = 0; k < chain.degree(u); k++) {
                int v = chain.successor(u, k);
                int lv = local[v];
                if (level[lv] < 0) {
                    level[lv] = level[local[u]] + 1;
                    q.add(v);
                } else {
                    g = gcd(g, Math.abs(level[local[u]] + 1 - level[lv]));
                }
            }
        }
        return g == 0 ? 1 : g;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** π by detailed balance along a BFS tree, verified on every edge; null if not reversible. */
    private Rational[] reversibleDistribution(int[] members, int[] local) {
        Rational[] w = new Rational[members.length];
        w[0] = Rational.ONE;
        Deque<Integer> q = new ArrayDeque<>(List.of(members[0]));
        while (!q.isEmpty()) {
            int u = q.poll();
            for (int k = 0; k < chain.degree(u); k++) {
                int v = chain.successor(u, k);
                if (w[local[v]] == null) {
                    Rational back = chain.probability(v, u);
                    if (back.isZero()) {
                        return null;
                    }
                    w[local[v]] = w[local[u]].multiply(chain.probabilityAt(u, k)).divide(back);
                    q.add(v);
                }
            }
        }
        Rational z = Rational.ZERO;
        for (int i = 0; i < members.length; i++) {
            for (int k = 0; k < chain.degree(members[i]); k++) {
                int v = chain.successor(members[i], k);
                Rational lhs = w[i].multiply(chain.probabilityAt(members[i], k));
                Rational rhs = w[local[v]].multiply(chain.probability(v, members[i]));
                if (!lhs.equals(rhs)) {
                    return null;
                }
            }
            z = z.add(w[i]);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i].divide(z);
        }
        return w;
    }

    /**
     * Solves π(P − I) = 0 with the last equation replaced by Σπ = 1, on the class, by p-adic
     * lifting ({@link DixonSolver}): the system keeps the chain's sparsity (one row per state with
     * its in-transitions, plus the row of ones), and the solution is verified exactly.
     */
    private Rational[] solve(int[] members, int[] local) {
        int m = members.length;
        SparseRationalMatrix.Builder a = SparseRationalMatrix.builder(m, m);
        // equation for state j: Σ_i π_i P(i, j) − π_j = 0  (transpose of P − I)
        for (int i = 0; i < m; i++) {
            int s = members[i];
            for (int k = 0; k < chain.degree(s); k++) {
                int t = local[chain.successor(s, k)];
                if (t != m - 1) {
                    a.add(t, i, chain.probabilityAt(s, k));
                }
            }
            if (i != m - 1) {
                a.add(i, i, Rational.MINUS_ONE);
            }
            a.add(m - 1, i, Rational.ONE);
        }
        Rational[] b = new Rational[m];
        Arrays.fill(b, Rational.ZERO);
        b[m - 1] = Rational.ONE;
        return DixonSolver.solve(a.build(), b)
                .orElseThrow(() -> new ArithmeticException("singular stationary system on a closed class"));
    }

    /**
     * The exact expectation Σ_k p_k v_k, summed in integers over the common denominator of p (one
     * gcd per distinct denominator, none per term): linear in the size of p for distributions
     * whose entries share a denominator of thousands of digits.
     */
    public static Rational expectation(Rational[] p, Rational[] values) {
        if (p.length != values.length) {
            throw new IllegalArgumentException(p.length + " probabilities for " + values.length + " values");
        }
        java.math.BigInteger common = java.math.BigInteger.ONE;
        for (Rational x : p) {
            if (!common.equals(x.denominator())) {
                common = common.divide(common.gcd(x.denominator())).multiply(x.denominator());
            }
        }
        java.math.BigInteger valueDenominator = java.math.BigInteger.ONE;
        for (Rational v : values) {
            valueDenominator = valueDenominator.divide(valueDenominator.gcd(v.denominator())).multiply(v.denominator());
        }
        java.math.BigInteger sum = java.math.BigInteger.ZERO;
        for (int k = 0; k < p.length; k++) {
            if (p[k].isZero() || values[k].isZero()) {
                continue;
            }
            java.math.BigInteger scaledP = p[k].numerator().multiply(common.divide(p[k].denominator()));
            java.math.BigInteger scaledV = values[k].numerator().multiply(valueDenominator.divide(values[k].denominator()));
            sum = sum.add(scaledP.multiply(scaledV));
        }
        return Rational.of(sum, common.multiply(valueDenominator));
    }

    private int[] components() {
        int n = chain.states();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        int[] edge = new int[n];
        int counter = 0;
        int comps = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            Deque<Integer> call = new ArrayDeque<>(List.of(root));
            while (!call.isEmpty()) {
                int v = call.peek();
                if (index[v] < 0) {
                    index[v] = low[v] = counter++;
                    stack.push(v);
                    onStack[v] = true;
                }
                if (edge[v] < chain.degree(v)) {
                    int w = chain.successor(v, edge[v]++);
                    if (index[w] < 0) {
                        call.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                call.pop();
                if (!call.isEmpty()) {
                    low[call.peek()] = Math.min(low[call.peek()], low[v]);
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
