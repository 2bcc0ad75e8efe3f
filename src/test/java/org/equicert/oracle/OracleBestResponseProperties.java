package org.equicert.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.equilibrium.TwoPlayerEnumeration;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The seed's remark that two shortsighted best responders play a Nash equilibrium, on random
 * bimatrix games (small payoffs, so many are degenerate): the oracle engine's equilibrium set, found
 * by its own support search, has exactly the extreme equilibria of the two-player vertex
 * enumeration as vertices, every vertex is exactly Nash, and the dimensions agree.
 */
class OracleBestResponseProperties {

    @Provide
    Arbitrary<long[][][]> bimatrix() {
        return Arbitraries.integers().between(2, 3).tuple2().flatMap(t -> {
            int m = t.get1();
            int n = t.get2();
            return Arbitraries.longs().between(-2, 2).array(long[].class).ofSize(2 * m * n).map(v -> {
                long[][][] ab = new long[2][m][n];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        ab[0][i][j] = v[i * n + j];
                        ab[1][i][j] = v[m * n + i * n + j];
                    }
                }
                return ab;
            });
        });
    }

    private static OracleGame oracleGame(long[][] a, long[][] b) {
        int m = a.length;
        int n = a[0].length;
        List<String> rows = new ArrayList<>();
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            rows.add("r" + i);
        }
        for (int j = 0; j < n; j++) {
            cols.add("c" + j);
        }
        Map<List<Integer>, Rational> pa = new LinkedHashMap<>();
        Map<List<Integer>, Rational> pb = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                pa.put(List.of(i, j), Rational.of(a[i][j]));
                pb.put(List.of(i, j), Rational.of(b[i][j]));
            }
        }
        return new OracleGame("random", List.of(
                new OracleGame.Player("R", rows, new OracleGame.BestResponse(), List.of(new OracleGame.UtilityTerm(List.of(0, 1), pa))),
                new OracleGame.Player("C", cols, new OracleGame.BestResponse(), List.of(new OracleGame.UtilityTerm(List.of(0, 1), pb)))));
    }

    @Property(tries = 200)
    void twoBestRespondersPlayExactlyTheNashSet(@ForAll("bimatrix") long[][][] ab) {
        NormalFormGame game = NormalFormGame.bimatrix(ab[0], ab[1]);
        TwoPlayerNashSet nash = TwoPlayerEnumeration.solve(game);
        List<FixedPoints.Polytope> set = new FixedPoints(oracleGame(ab[0], ab[1])).all();
        ExpectedUtility eu = new ExpectedUtility(game);
        Set<List<Rational>> oracleVertices = new HashSet<>();
        for (FixedPoints.Polytope p : set) {
            for (Rational[] v : p.vertices()) {
                oracleVertices.add(Arrays.asList(v));
                assertTrue(eu.isNash(MixedProfile.of(FixedPoints.split(oracleGame(ab[0], ab[1]), v))), Arrays.toString(v));
            }
        }
        Set<List<Rational>> extreme = new HashSet<>();
        for (TwoPlayerNashSet.ExtremeEquilibrium e : nash.extremeEquilibria()) {
            List<Rational> flat = new ArrayList<>(Arrays.asList(e.profile().strategy(0)));
            flat.addAll(Arrays.asList(e.profile().strategy(1)));
            extreme.add(flat);
        }
        assertEquals(extreme, oracleVertices);
        int oracleDimension = set.stream().mapToInt(FixedPoints.Polytope::dimension).max().orElse(-1);
        int nashDimension = nash.subsets().stream().mapToInt(TwoPlayerNashSet.NashSubset::dimension).max().orElse(-1);
        assertEquals(nashDimension, oracleDimension);
    }
}
