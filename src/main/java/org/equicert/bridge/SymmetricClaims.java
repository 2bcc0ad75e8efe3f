package org.equicert.bridge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.certificate.SubdivisionTree;
import org.equicert.certificate.SymmetricBoundClaim;
import org.equicert.certificate.SymmetricCountBoundClaim;
import org.equicert.certificate.SymmetricCountRegretClaim;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricOptimum;
import org.equicert.symmetric.SymmetricUtility;

/**
 * The optimality claims for a computed P-invariant optimum (seed 001): the engine's result turned
 * into {@code symmetric-bound}, {@code symmetric-count-bound} and {@code symmetric-count-regret}
 * claims, its subdivision tree converted node for node into the checker's {@link SubdivisionTree}.
 * Cost linear in the tree and the count table.
 */
public final class SymmetricClaims {

    private SymmetricClaims() {
    }

    /** "EU ≤ upper on every P-invariant profile; the best point found attains lower." */
    public static SymmetricBoundClaim bound(SymmetricUtility u, SymmetricOptimum.Result r) {
        return new SymmetricBoundClaim(PayoffTables.of(u.game()), u.orbits(), r.upper(), tree(r.tree()), r.bestPoint(), r.lower());
    }

    /** As {@link #bound}, with an exact optimal point (rational) as the witness when it beats the search's best point. */
    public static SymmetricBoundClaim bound(SymmetricUtility u, SymmetricOptimum.Result r, Optional<Rational[][]> exact) {
        if (exact.isPresent()) {
            Rational v = u.value(exact.get());
            if (v.compareTo(r.lower()) >= 0 && v.compareTo(r.upper()) <= 0) {
                return new SymmetricBoundClaim(PayoffTables.of(u.game()), u.orbits(), r.upper(), tree(r.tree()), exact.get(), v);
            }
        }
        return bound(u, r);
    }

    /**
     * The optimality claim through the count table, for a totally symmetric game (one orbit, payoffs
     * determined by action counts): the certificate holds C(N+A−1, A−1) payoffs instead of A^N
     * profiles. The witness is the exact optimal point when it lies in the bracket, else the search's best point.
     *
     * @throws IllegalArgumentException if the utility has more than one orbit or its payoffs are not count-determined
     */
    public static SymmetricCountBoundClaim countBound(SymmetricUtility u, SymmetricOptimum.Result r, Optional<Rational[][]> exact) {
        Rational[] table = countTable(u);
        int players = u.orbits().get(0).size();
        int actions = u.actions(0);
        Rational[] witness = r.bestPoint()[0];
        Rational value = r.lower();
        if (exact.isPresent()) {
            Rational v = u.value(exact.get());
            if (v.compareTo(r.lower()) >= 0 && v.compareTo(r.upper()) <= 0) {
                witness = exact.get()[0];
                value = v;
            }
        }
        return new SymmetricCountBoundClaim(u.game().title(), players, actions, table, r.upper(), tree(r.tree()),
                witness, value);
    }

    /**
     * The exact regrets at the profile in which every player plays x, in a totally symmetric game
     * whose payoffs are determined by action counts, stated over its count table (for games too
     * large for a full-table regret claim).
     *
     * @throws IllegalArgumentException if the utility has more than one orbit or its payoffs are not count-determined
     */
    public static SymmetricCountRegretClaim countRegret(SymmetricUtility u, Rational[] x) {
        Rational[] table = countTable(u);
        int players = u.orbits().get(0).size();
        int actions = u.actions(0);
        return new SymmetricCountRegretClaim(u.game().title(), players, actions, table, x,
                u.regrets(new Rational[][] {x})[0]);
    }

    /**
     * The checker's tree for the engine's subdivision, node for node (same edges, same anchors, same
     * order of halves). Iterative, so trees of any depth convert without recursion.
     */
    public static SubdivisionTree tree(SymmetricOptimum.Subdivision engine) {
        Deque<SymmetricOptimum.Subdivision> order = new ArrayDeque<>();
        Deque<SymmetricOptimum.Subdivision> stack = new ArrayDeque<>();
        stack.push(engine);
        while (!stack.isEmpty()) {
            SymmetricOptimum.Subdivision n = stack.pop();
            order.push(n);
            if (n instanceof SymmetricOptimum.Bisection b) {
                stack.push(b.first());
                stack.push(b.second());
            }
        }
        Map<SymmetricOptimum.Subdivision, SubdivisionTree> built = new IdentityHashMap<>();
        while (!order.isEmpty()) {
            SymmetricOptimum.Subdivision n = order.pop();
            SubdivisionTree t;
            if (n instanceof SymmetricOptimum.Bisection b) {
                t = new SubdivisionTree.Split(b.orbit(), b.from(), b.to(), built.remove(b.first()), built.remove(b.second()));
            } else if (n instanceof SymmetricOptimum.AnchoredLeaf a) {
                t = new SubdivisionTree.Anchored(a.anchor());
            } else {
                t = new SubdivisionTree.Bound();
            }
            built.put(n, t);
        }
        return built.get(engine);
    }

    /** The count table u(k) of a totally symmetric game with count-determined payoffs, in the checker's order. */
    private static Rational[] countTable(SymmetricUtility u) {
        if (u.orbits().size() != 1 || !u.countDetermined()) {
            throw new IllegalArgumentException("a count-table claim needs a totally symmetric game (one orbit, payoffs determined by action counts)");
        }
        List<Rational> table = new ArrayList<>();
        for (int[] k : SymmetricCountBoundClaim.countVectors(u.orbits().get(0).size(), u.actions(0))) {
            table.add(u.coefficient(new int[][] {k}));
        }
        return table.toArray(new Rational[0]);
    }
}
