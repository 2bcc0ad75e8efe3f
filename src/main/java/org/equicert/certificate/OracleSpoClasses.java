package org.equicert.certificate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checker's own computation of the dependency classes of an oracle game stated in an
 * {@code oracle-spo} claim, independent of the producer's {@code oracle.DependencyPoset}: transitive
 * closure of the dependency relation by Warshall's algorithm (Warshall 1962), then mutual
 * reachability. O(n³) for n players.
 */
final class OracleSpoClasses {

    private OracleSpoClasses() {
    }

    /**
     * The dependency classes of the stated game: player i depends on j when j occurs in one of i's
     * utility tables or bound terms (and on itself); the classes are the strongly connected
     * components of that relation. Indices outside the players are ignored.
     */
    static List<Set<Integer>> of(List<OracleSpoClaim.PlayerSpec> players, List<List<OracleSpoClaim.Table>> utilities) {
        int n = players.size();
        boolean[][] reach = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            Set<Integer> d = new TreeSet<>();
            d.add(i);
            utilities.get(i).forEach(t -> d.addAll(t.players()));
            for (OracleSpoClaim.Bound b : players.get(i).bounds()) {
                d.addAll(b.lo().players());
                d.addAll(b.hi().players());
            }
            for (int j : d) {
                if (j >= 0 && j < n) {
                    reach[i][j] = true;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reach[i][j] |= reach[i][k] && reach[k][j];
                }
            }
        }
        List<Set<Integer>> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (seen.contains(i)) {
                continue;
            }
            Set<Integer> c = new TreeSet<>();
            for (int j = 0; j < n; j++) {
                if (reach[i][j] && reach[j][i]) {
                    c.add(j);
                }
            }
            seen.addAll(c);
            out.add(c);
        }
        return out;
    }

}
