package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.linalg.FractionFreeElimination;
import org.equicert.linalg.RationalMatrix;
import org.equicert.number.Combinatorics;
import org.equicert.number.Rational;

/**
 * The reverse search of {@link LabelledPolytope} against brute force: every choice of d tight
 * constraints out of d + k is solved exactly, and the feasible solutions are the vertices. On
 * highly degenerate polytopes (entries in {1, 2, 3}, repeated rows, the all-ones matrix) the
 * reverse search must report each vertex exactly once, with the labels of all its tight
 * constraints, and leave the polytope ready to be enumerated again with the same result.
 */
class ReverseSearchProperties {

    @Property(tries = 300)
    void reverseSearchFindsEachVertexOnce(@ForAll @IntRange(min = 1, max = 5) int rows, @ForAll @IntRange(min = 1, max = 5) int dimension,
            @ForAll @IntRange(min = 1, max = 3) int largest, @ForAll boolean repeatRow, @ForAll long seed) {
        Random rnd = new Random(seed);
        BigInteger[][] m = new BigInteger[rows][dimension];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < dimension; c++) {
                m[r][c] = BigInteger.valueOf(1 + rnd.nextInt(largest));
            }
        }
        if (repeatRow && rows > 1) {
            m[rows - 1] = m[0].clone();
        }
        check(m);
    }

    @Example
    void theAllOnesMatrixIsASimplexWithManyBases() {
        BigInteger[][] m = new BigInteger[4][4];
        for (BigInteger[] row : m) {
            Arrays.fill(row, BigInteger.ONE);
        }
        // a simplex: the origin and the four unit points, each apex degenerate (4 tight rows)
        assertEquals(5, check(m));
    }

    @Example
    void aNondegenerateSquareHasFourVertices() {
        BigInteger[][] m = {{BigInteger.ONE, BigInteger.valueOf(2)}, {BigInteger.valueOf(2), BigInteger.ONE}};
        // x + 2y <= 1, 2x + y <= 1: origin, (1/2, 0), (0, 1/2), (1/3, 1/3)
        assertEquals(4, check(m));
    }

    /** Compares both enumerations and returns the number of vertices. */
    private static int check(BigInteger[][] m) {
        int rows = m.length;
        int dimension = m[0].length;
        int[] variableLabels = new int[dimension];
        int[] slackLabels = new int[rows];
        for (int c = 0; c < dimension; c++) {
            variableLabels[c] = c;
        }
        for (int r = 0; r < rows; r++) {
            slackLabels[r] = dimension + r;
        }
        LabelledPolytope polytope = new LabelledPolytope(m, variableLabels, slackLabels);
        List<LabelledPolytope.Vertex> found = polytope.vertices();
        Set<String> seen = new HashSet<>();
        TreeSet<String> ours = new TreeSet<>();
        for (LabelledPolytope.Vertex v : found) {
            String key = key(v.point(), v.labels());
            assertTrue(seen.add(key), "vertex reported twice: " + key);
            ours.add(key);
        }
        assertTrue(found.get(0).isOrigin(), "the origin comes first");
        assertEquals(ours, bruteForce(m));
        // the walk ends where it started: a second enumeration gives the same vertices in the same order
        List<LabelledPolytope.Vertex> again = polytope.vertices();
        assertEquals(found.size(), again.size());
        for (int k = 0; k < found.size(); k++) {
            assertEquals(key(found.get(k).point(), found.get(k).labels()), key(again.get(k).point(), again.get(k).labels()));
        }
        return found.size();
    }

    private static TreeSet<String> bruteForce(BigInteger[][] m) {
        int rows = m.length;
        int dimension = m[0].length;
        TreeSet<String> out = new TreeSet<>();
        for (int[] tight : Combinatorics.kSubsets(dimension + rows, dimension)) {
            Rational[][] a = new Rational[dimension][dimension];
            Rational[] b = new Rational[dimension];
            for (int q = 0; q < dimension; q++) {
                int label = tight[q];
                for (int c = 0; c < dimension; c++) {
                    a[q][c] = label < dimension ? (label == c ? Rational.ONE : Rational.ZERO) : Rational.of(m[label - dimension][c]);
                }
                b[q] = label < dimension ? Rational.ZERO : Rational.ONE;
            }
            Optional<Rational[]> z = FractionFreeElimination.uniqueSolution(RationalMatrix.of(a), b);
            if (z.isEmpty()) {
                continue;
            }
            Rational[] x = z.get();
            BitSet labels = new BitSet();
            boolean feasible = true;
            for (int c = 0; c < dimension; c++) {
                feasible &= x[c].signum() >= 0;
                if (x[c].signum() == 0) {
                    labels.set(c);
                }
            }
            for (int r = 0; r < rows && feasible; r++) {
                Rational row = Rational.ZERO;
                for (int c = 0; c < dimension; c++) {
                    row = row.add(Rational.of(m[r][c]).multiply(x[c]));
                }
                int cmp = row.compareTo(Rational.ONE);
                feasible &= cmp <= 0;
                if (cmp == 0) {
                    labels.set(dimension + r);
                }
            }
            if (feasible) {
                out.add(key(x, labels));
            }
        }
        return out;
    }

    private static String key(Rational[] x, BitSet labels) {
        List<String> parts = new ArrayList<>();
        for (Rational r : x) {
            parts.add(r.toString());
        }
        return parts + " " + labels;
    }
}
