package org.equicert.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.equicert.number.Rational;

/**
 * The exact obligations of an {@code oracle-spo} claim beyond its SMT part: per class and polytope,
 * the listed vertices are the polytope's vertices ({@link OracleSpoVertices}, within the members'
 * simplices), the anchor gives the point, and every {@link SpoTree} closes: at a leaf {@code lt:K}
 * member K's largest Bernstein coefficient on the sub-simplex is below its utility at the point;
 * at a leaf {@code le} every member's is at most its utility. Bernstein coefficients of a
 * multilinear utility on a simplex with corners Z_1..Z_m are the averages of U over the
 * assignments of corners to the R players whose distribution varies, grouped by multiset
 * (Farouki 2012, §5: the Bernstein form on a simplex bounds the polynomial by its coefficients).
 *
 * <p>Cost per leaf: m^R utility evaluations per member; per tree, linear in its size.
 */
final class OracleSpoReplay {

    private final OracleSpoClaim claim;

    OracleSpoReplay(OracleSpoClaim claim) {
        this.claim = claim;
    }

    /** What fails, in words; empty when every polytope's vertices and trees check. */
    List<String> failures() {
        List<String> f = new ArrayList<>();
        Rational[][] point = claim.point();
        for (int k = 0; k < claim.classes().size(); k++) {
            OracleSpoClaim.ClassPart c = claim.classes().get(k);
            List<Integer> vars = claim.classVariables(c);
            Rational[] target = new Rational[c.members().size()];
            for (int i = 0; i < target.length; i++) {
                target[i] = claim.utility(c.members().get(i), point);
            }
            for (int j = 0; j < c.pieces().size(); j++) {
                OracleSpoClaim.Piece piece = c.pieces().get(j);
                String where = "class " + (k + 1) + " polytope " + (j + 1);
                for (OracleSpoClaim.Row r : piece.constraints()) {
                    if (!vars.containsAll(r.coefficients().keySet())) {
                        f.add(where + ": a constraint mentions a variable outside the class");
                        return f;
                    }
                }
                Optional<List<Rational[]>> recomputed = OracleSpoVertices.of(withSimplices(piece.constraints(), c), vars);
                if (recomputed.isEmpty()) {
                    f.add(where + ": too many constraint subsets for the checker's vertex enumeration");
                    continue;
                }
                if (!OracleSpoVertices.sameSet(recomputed.get(), piece.vertices())) {
                    f.add(where + ": the listed vertices are not the polytope's vertices (the checker finds "
                            + recomputed.get().size() + ")");
                    continue;
                }
                f.addAll(replay(where, c, vars, piece, target));
            }
        }
        return f;
    }

    /**
     * A piece's rows plus, for every member, "its probabilities sum to 1": the checker enumerates the
     * vertices of the piece within the product of the members' simplices (bounded whatever the
     * listed rows are), which contains every point of the class's slice in the piece.
     */
    private List<OracleSpoClaim.Row> withSimplices(List<OracleSpoClaim.Row> rows, OracleSpoClaim.ClassPart c) {
        List<OracleSpoClaim.Row> all = new ArrayList<>(rows);
        for (int p : c.members()) {
            Map<Integer, Rational> ones = new TreeMap<>();
            for (int v = claim.offset(p); v < claim.offset(p + 1); v++) {
                ones.put(v, Rational.ONE);
            }
            OracleSpoClaim.Row simplex = new OracleSpoClaim.Row(ones, OracleSpoClaim.Sense.EQUAL, Rational.ONE);
            if (!all.contains(simplex)) {
                all.add(simplex);
            }
        }
        return all;
    }

    private Rational[][] profile(List<Integer> vars, Rational[] classPoint) {
        Rational[][] prof = claim.point();
        for (int i = 0; i < vars.size(); i++) {
            int v = vars.get(i);
            int p = claim.playerOf(v);
            prof[p][v - claim.offset(p)] = classPoint[i];
        }
        return prof;
    }

    private List<String> replay(String where, OracleSpoClaim.ClassPart c, List<Integer> vars, OracleSpoClaim.Piece piece,
            Rational[] target) {
        List<String> f = new ArrayList<>();
        List<Rational[]> vertices = piece.vertices();
        List<List<Rational[]>> roots = new ArrayList<>();
        if (vertices.isEmpty()) {
            f.add(where + ": no vertices");
            return f;
        }
        if (piece.anchor().isEmpty()) {
            roots.add(vertices);
        } else {
            Rational[] w = piece.anchor().get();
            if (w.length != vertices.size()) {
                f.add(where + ": anchor has the wrong length");
                return f;
            }
            Rational sum = Rational.ZERO;
            Rational[] at = new Rational[vars.size()];
            Arrays.fill(at, Rational.ZERO);
            for (int k = 0; k < w.length; k++) {
                if (w[k].signum() < 0) {
                    f.add(where + ": negative anchor weight");
                    return f;
                }
                sum = sum.add(w[k]);
                for (int i = 0; i < at.length; i++) {
                    at[i] = at[i].add(w[k].multiply(vertices.get(k)[i]));
                }
            }
            Rational[] own = new Rational[vars.size()];
            for (int i = 0; i < own.length; i++) {
                int p = claim.playerOf(vars.get(i));
                own[i] = claim.pointAt(p, vars.get(i) - claim.offset(p));
            }
            if (!sum.equals(Rational.ONE) || !Arrays.equals(at, own)) {
                f.add(where + ": the anchor weights do not give the point");
                return f;
            }
            for (int k = 0; k < w.length; k++) {
                if (w[k].signum() > 0) {
                    List<Rational[]> child = new ArrayList<>(vertices);
                    child.set(k, own);
                    roots.add(child);
                }
            }
        }
        if (roots.size() != piece.trees().size()) {
            f.add(where + ": expected " + roots.size() + " trees, found " + piece.trees().size());
            return f;
        }
        for (int t = 0; t < roots.size(); t++) {
            Optional<String> problem = node(c, vars, roots.get(t), piece.trees().get(t), target);
            if (problem.isPresent()) {
                f.add(where + " tree " + (t + 1) + ": " + problem.get());
            }
        }
        return f;
    }

    private Optional<String> node(OracleSpoClaim.ClassPart c, List<Integer> vars, List<Rational[]> corners, SpoTree tree,
            Rational[] target) {
        if (tree instanceof SpoTree.Split s) {
            int a = s.first();
            int b = s.second();
            if (a >= corners.size() || b >= corners.size()) {
                return Optional.of("bad split split:" + a + ":" + b + " (the simplex has " + corners.size() + " corners)");
            }
            Rational[] mid = new Rational[vars.size()];
            for (int i = 0; i < mid.length; i++) {
                mid[i] = corners.get(a)[i].add(corners.get(b)[i]).multiply(Rational.HALF);
            }
            List<Rational[]> first = new ArrayList<>(corners);
            first.set(b, mid);
            List<Rational[]> second = new ArrayList<>(corners);
            second.set(a, mid);
            Optional<String> p = node(c, vars, first, s.firstHalf(), target);
            return p.isPresent() ? p : node(c, vars, second, s.secondHalf(), target);
        }
        if (tree instanceof SpoTree.Worse w) {
            int k = w.member();
            if (k >= c.members().size()) {
                return Optional.of("bad leaf lt:" + k + " (the class has " + c.members().size() + " members)");
            }
            Rational max = maxCoefficient(c.members().get(k), vars, corners);
            return max.compareTo(target[k]) < 0 ? Optional.empty() : Optional.of("leaf 'lt:" + k + "': "
                    + claim.players().get(c.members().get(k)).name() + " has a Bernstein coefficient " + max
                    + " not below its utility " + target[k]);
        }
        for (int k = 0; k < c.members().size(); k++) {
            Rational max = maxCoefficient(c.members().get(k), vars, corners);
            if (max.compareTo(target[k]) > 0) {
                return Optional.of("leaf 'le': " + claim.players().get(c.members().get(k)).name() + " has a Bernstein coefficient "
                        + max + " above its utility " + target[k]);
            }
        }
        return Optional.empty();
    }

    /** The largest Bernstein coefficient of q's utility on the simplex with these corners. */
    private Rational maxCoefficient(int q, List<Integer> vars, List<Rational[]> corners) {
        List<Rational[][]> profiles = new ArrayList<>();
        corners.forEach(x -> profiles.add(profile(vars, x)));
        Set<Integer> read = new TreeSet<>();
        claim.utilities().get(q).forEach(t -> read.addAll(t.players()));
        List<Integer> varying = new ArrayList<>();
        for (int p : read) {
            for (Rational[][] pr : profiles) {
                if (!Arrays.equals(pr[p], profiles.get(0)[p])) {
                    varying.add(p);
                    break;
                }
            }
        }
        int m = corners.size();
        int r = varying.size();
        Map<String, Rational[]> groups = new TreeMap<>();
        int[] tuple = new int[r];
        while (true) {
            Rational[][] prof = profiles.get(0).clone();
            for (int i = 0; i < r; i++) {
                prof[varying.get(i)] = profiles.get(tuple[i])[varying.get(i)];
            }
            int[] sorted = tuple.clone();
            Arrays.sort(sorted);
            Rational u = claim.utility(q, prof);
            groups.merge(Arrays.toString(sorted), new Rational[] {u, Rational.ONE},
                    (x, y) -> new Rational[] {x[0].add(y[0]), x[1].add(y[1])});
            int i = 0;
            while (i < r && tuple[i] == m - 1) {
                tuple[i] = 0;
                i++;
            }
            if (i == r) {
                break;
            }
            tuple[i]++;
        }
        Rational max = Rational.ZERO;
        boolean first = true;
        for (Rational[] g : groups.values()) {
            Rational avg = g[0].divide(g[1]);
            if (first || avg.compareTo(max) > 0) {
                max = avg;
                first = false;
            }
        }
        return max;
    }
}
