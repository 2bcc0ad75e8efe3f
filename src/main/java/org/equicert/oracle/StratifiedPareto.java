package org.equicert.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;

/**
 * Stratified Pareto optima of a finite oracle game, class by class from the minimal ones up (the
 * seed's proof sketch of Theorem 1).
 *
 * <p>A point r' is a stratified Pareto improvement on r for player i when U_i(r') > U_i(r),
 * U_j(r') ≥ U_j(r) for every j ≼* i, and every player j that does not depend on i (i ⋠* j) plays
 * as in r. Players above i's class may then move; since their maps are continuous or convex-valued
 * (best responses, threshold queries) Kakutani's theorem lets them complete any choice of the lower
 * classes to an equilibrium. So r is SPO exactly when, for every class C, the utilities of C are
 * Pareto optimal over the slice of the equilibrium set in which C's players move and everyone C
 * depends on stays put. Candidates are the vertices of each slice's polytopes; each is proved by
 * {@link SpoSearch} on every polytope of the slice, or refuted by an exhibited improvement.
 */
public final class StratifiedPareto {

    /**
     * One polytope's part of a class proof.
     *
     * @param piece the polytope (over all variables, with the slice's fixed players pinned)
     * @param anchor barycentric weights of x* when the star split is used
     * @param trees the branch-and-bound trees (one per star child, or one)
     */
    public record PieceProof(FixedPoints.Polytope piece, Optional<Rational[]> anchor, List<BranchAndBoundTree> trees) {
        /** Copies. */
        public PieceProof {
            Objects.requireNonNull(piece, "piece");
            anchor = anchor.map(Rational[]::clone);
            trees = List.copyOf(trees);
        }

        /** A copy of the anchor. */
        @Override
        public Optional<Rational[]> anchor() {
            return anchor.map(Rational[]::clone);
        }
    }

    /**
     * The proof that class {@code members} cannot improve at the point.
     *
     * @param classIndex index in {@link DependencyPoset#classes()}
     * @param members the class's players, ascending
     * @param pieces one proof per polytope of the slice
     */
    public record ClassProof(int classIndex, List<Integer> members, List<PieceProof> pieces) {
        /** Copies. */
        public ClassProof {
            members = List.copyOf(members);
            pieces = List.copyOf(pieces);
        }
    }

    /**
     * A stratified Pareto optimal point.
     *
     * @param point one distribution per player
     * @param proofs one per class
     */
    public record Optimum(Rational[][] point, List<ClassProof> proofs) {
        /** Copies. */
        public Optimum {
            point = MixedProfile.copyOf(point);
            proofs = List.copyOf(proofs);
        }

        /** A copy of the point. */
        @Override
        public Rational[][] point() {
            return MixedProfile.copyOf(point);
        }
    }

    /**
     * The outcome.
     *
     * @param optima the SPO points found (all of them, unless undecided is non-empty)
     * @param undecided what could not be decided, in words
     */
    public record Result(List<Optimum> optima, List<String> undecided) {
        /** Copies. */
        public Result {
            optima = List.copyOf(optima);
            undecided = List.copyOf(undecided);
        }
    }

    private record Partial(Map<Integer, Rational[]> assigned, List<ClassProof> proofs) {
    }

    private final OracleGame game;
    private final DependencyPoset poset;
    private final FixedPoints fixedPoints;

    /** For a game. */
    public StratifiedPareto(OracleGame game) {
        this.game = game;
        this.poset = new DependencyPoset(game);
        this.fixedPoints = new FixedPoints(game);
    }

    /** Computes the SPO points. */
    public Result compute() {
        List<Partial> partials = List.of(new Partial(new LinkedHashMap<>(), List.of()));
        List<String> undecided = new ArrayList<>();
        for (int c = 0; c < poset.classes().size(); c++) {
            TreeSet<Integer> members = poset.classes().get(c);
            List<Integer> memberList = new ArrayList<>(members);
            List<Partial> next = new ArrayList<>();
            for (Partial partial : partials) {
                Map<Integer, Rational[]> fixed = new LinkedHashMap<>();
                for (var e : partial.assigned().entrySet()) {
                    boolean read = false;
                    for (int m : members) {
                        read |= poset.dependsOn(m, e.getKey());
                    }
                    if (read) {
                        fixed.put(e.getKey(), e.getValue());
                    }
                }
                List<FixedPoints.Polytope> slice = fixedPoints.slice(members, fixed);
                List<Rational[]> candidates = new ArrayList<>();
                for (FixedPoints.Polytope p : slice) {
                    for (Rational[] v : p.vertices()) {
                        if (candidates.stream().noneMatch(w -> Arrays.equals(w, v))) {
                            candidates.add(v);
                        }
                    }
                }
                boolean any = false;
                boolean undecidedHere = false;
                List<Rational[]> utilities = new ArrayList<>();
                candidates.forEach(x -> utilities.add(SpoSearch.utilities(game, memberList, x)));
                for (int k = 0; k < candidates.size(); k++) {
                    Rational[] x = candidates.get(k);
                    if (dominated(utilities.get(k), utilities)) {
                        continue;
                    }
                    Attempt attempt = prove(c, memberList, slice, x, utilities.get(k));
                    if (attempt.proof().isEmpty()) {
                        if (!attempt.refuted()) {
                            undecidedHere = true;
                            undecided.add("class {" + names(members) + "}: could not decide whether "
                                    + describe(x, members) + " is Pareto optimal in its slice");
                        }
                        continue;
                    }
                    any = true;
                    Map<Integer, Rational[]> assigned = new LinkedHashMap<>(partial.assigned());
                    Rational[][] d = FixedPoints.split(game, x);
                    for (int m : members) {
                        assigned.put(m, d[m]);
                    }
                    List<ClassProof> proofs = new ArrayList<>(partial.proofs());
                    proofs.add(attempt.proof().get());
                    next.add(new Partial(assigned, proofs));
                }
                if (!any && !undecidedHere) {
                    undecided.add("class {" + names(members) + "}: no vertex of the equilibrium slice is Pareto optimal;"
                            + " the optimum lies inside a piece (not searched)");
                }
            }
            partials = next;
        }
        List<Optimum> optima = new ArrayList<>();
        for (Partial p : partials) {
            Rational[][] point = new Rational[game.size()][];
            for (int i = 0; i < game.size(); i++) {
                point[i] = p.assigned().get(i);
            }
            optima.add(new Optimum(point, p.proofs()));
        }
        return new Result(optima, undecided);
    }

    /** The poset used. */
    public DependencyPoset poset() {
        return poset;
    }

    /** True when some candidate's utilities are all at least these, one strictly more. */
    private static boolean dominated(Rational[] ux, List<Rational[]> all) {
        for (Rational[] uy : all) {
            boolean geq = true;
            boolean strict = false;
            for (int k = 0; k < ux.length; k++) {
                int c = uy[k].compareTo(ux[k]);
                geq &= c >= 0;
                strict |= c > 0;
            }
            if (geq && strict) {
                return true;
            }
        }
        return false;
    }

    /** A proof for the class, or none; refuted when some polytope exhibits an improvement. */
    private record Attempt(Optional<ClassProof> proof, boolean refuted) {
    }

    private Attempt prove(int c, List<Integer> members, List<FixedPoints.Polytope> slice, Rational[] x, Rational[] target) {
        SpoSearch search = new SpoSearch(game, members, target);
        List<PieceProof> pieces = new ArrayList<>();
        boolean proved = true;
        for (FixedPoints.Polytope p : slice) {
            Optional<Rational[]> anchor = anchor(p, x);
            SpoSearch.Outcome o = search.prove(p.vertices(), anchor);
            if (o.improvement().isPresent()) {
                return new Attempt(Optional.empty(), true);
            }
            proved &= o.proved();
            pieces.add(new PieceProof(p, o.anchor(), o.trees()));
        }
        return new Attempt(proved ? Optional.of(new ClassProof(c, members, pieces)) : Optional.empty(), false);
    }

    /** Barycentric weights of x in the polytope's vertices when x is in it but not a vertex, else empty. */
    static Optional<Rational[]> anchor(FixedPoints.Polytope p, Rational[] x) {
        if (!p.contains(x) || p.vertices().stream().anyMatch(v -> Arrays.equals(v, x))) {
            return Optional.empty();
        }
        int m = p.vertices().size();
        List<Constraint> cs = new ArrayList<>();
        Rational[] ones = new Rational[m];
        Arrays.fill(ones, Rational.ONE);
        cs.add(new Constraint(ones, Constraint.Sense.EQ, Rational.ONE));
        for (int i = 0; i < x.length; i++) {
            Rational[] row = new Rational[m];
            for (int k = 0; k < m; k++) {
                row[k] = p.vertices().get(k)[i];
            }
            cs.add(new Constraint(row, Constraint.Sense.EQ, x[i]));
        }
        Rational[] zero = new Rational[m];
        Arrays.fill(zero, Rational.ZERO);
        return Optional.ofNullable(Constraint.argmax(m, cs, new Affine(zero, Rational.ZERO)));
    }

    private String names(Iterable<Integer> players) {
        List<String> s = new ArrayList<>();
        players.forEach(p -> s.add(game.player(p).name()));
        return String.join(", ", s);
    }

    private String describe(Rational[] x, Iterable<Integer> players) {
        Rational[][] d = FixedPoints.split(game, x);
        List<String> s = new ArrayList<>();
        for (int p : players) {
            s.add(game.player(p).name() + " " + Arrays.toString(d[p]));
        }
        return String.join(", ", s);
    }
}
