package org.equicert.game;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * The worked examples of the seed documents, built from their published definitions, for the
 * {@code examples} job and for library users who want the seeds' games without their files.
 * Cost: each game is built in time linear in its number of profiles.
 */
public final class SeedGames {

    private SeedGames() {
    }

    /** Seed 000: both "high" pays 10 each, both "low" 5 each, otherwise 0. */
    public static NormalFormGame coordination() {
        Rational ten = Rational.of(10);
        Rational five = Rational.of(5);
        Rational zero = Rational.ZERO;
        // Gambit order: (high,high), (low,high), (high,low), (low,low)
        Rational[] u = {ten, zero, zero, five};
        return NormalFormGame.of("Seed 000 coordination game (high/high 10, low/low 5, else 0)", List.of("1", "2"),
                List.of(List.of("high", "low"), List.of("high", "low")), new Rational[][] {u, u});
    }

    /**
     * The Prisoner's Dilemma of seed 000's extension (standard payoffs: T = 5 > R = 3 > P = 1 > S = 0;
     * the seed names the game but gives no numbers).
     */
    public static NormalFormGame prisonersDilemma() {
        // Gambit order: (C,C), (D,C), (C,D), (D,D)
        Rational[] row = {Rational.of(3), Rational.of(5), Rational.ZERO, Rational.ONE};
        Rational[] col = {Rational.of(3), Rational.ZERO, Rational.of(5), Rational.ONE};
        return NormalFormGame.of("Prisoner's Dilemma (R=3, T=5, S=0, P=1)", List.of("1", "2"),
                List.of(List.of("C", "D"), List.of("C", "D")), new Rational[][] {row, col});
    }

    /**
     * Seed 001, App. C: four robot butlers on a square hold food (action 1) or drink (action 2);
     * group j reaches butlers j−1, j, j+1; a group's payoff is 0 without drink, 1 with only drink,
     * 2 with food and drink; the common payoff is the sum over the four groups.
     */
    public static NormalFormGame partygoers() {
        int n = 4;
        Rational[] u = new Rational[16];
        for (int k = 0; k < 16; k++) {
            int[] a = new int[n];
            int x = k;
            for (int i = 0; i < n; i++) {
                a[i] = x % 2;
                x /= 2;
            }
            int total = 0;
            for (int g = 0; g < n; g++) {
                boolean food = false;
                boolean drink = false;
                for (int d = -1; d <= 1; d++) {
                    int b = a[(g + d + n) % n];
                    food |= b == 0;
                    drink |= b == 1;
                }
                total += drink ? (food ? 2 : 1) : 0;
            }
            u[k] = Rational.of(total);
        }
        List<String> acts = List.of("food", "drink");
        return NormalFormGame.of("Seed 001 App. C partygoers (four robot butlers on a square)",
                List.of("1", "2", "3", "4"), List.of(acts, acts, acts, acts), new Rational[][] {u, u, u, u});
    }

    /** A two-player common-payoff game from a matrix u[row][column] with named actions. */
    private static NormalFormGame common(String title, List<String> actions, Rational[][] u) {
        int m = actions.size();
        Rational[] p = new Rational[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                p[i + m * j] = u[i][j];
            }
        }
        return NormalFormGame.of(title, List.of("1", "2"), List.of(actions, actions), new Rational[][] {p, p.clone()});
    }

    /**
     * Seed 001, Table 1b (reconstructed: the table's numbers were lost in extraction): identical taxis,
     * home (H) or work (W); a common payoff of 1 when both trips are made, 0 when both go to the same place.
     */
    public static NormalFormGame taxisIdentical() {
        Rational o = Rational.ONE;
        Rational z = Rational.ZERO;
        return common("Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)", List.of("H", "W"),
                new Rational[][] {{z, o}, {o, z}});
    }

    /** Seed 001, Table 1c (reconstructed): large groups need both taxis; 1 when both serve the same group, else 0. */
    public static NormalFormGame taxisLargeGroups() {
        Rational o = Rational.ONE;
        Rational z = Rational.ZERO;
        return common("Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)", List.of("H", "W"),
                new Rational[][] {{o, z}, {z, o}});
    }

    /** Seed 001, Example 5.0.5 with a given ε: 1 everywhere except (b,b) = (c,c) = −10 and (b,c) = (c,b) = 1 + ε. */
    public static NormalFormGame example505(Rational epsilon) {
        Rational o = Rational.ONE;
        Rational m = Rational.of(-10);
        Rational e = o.add(epsilon);
        return common("Seed 001 Example 5.0.5 (epsilon = " + epsilon + ")", List.of("a", "b", "c"),
                new Rational[][] {{o, o, o}, {o, m, e}, {o, e, m}});
    }

    /**
     * Seed 001, App. A: two robots with private High (value 6) or Low (value 4) need, each with
     * probability 1/2, choose Cautious or Aggressive; both C: a random one gets the resource; one A:
     * it gets it; both A: destroyed. The common payoff (sum of utilities) of contingency plans
     * (action if High, action if Low), averaged over the four type pairs.
     */
    public static NormalFormGame veilOfIgnorance() {
        List<String> plans = List.of("C|H,C|L", "C|H,A|L", "A|H,C|L", "A|H,A|L");
        Rational[][] u = new Rational[4][4];
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                Rational total = Rational.ZERO;
                for (int t1 = 0; t1 < 2; t1++) {
                    for (int t2 = 0; t2 < 2; t2++) {
                        boolean a1 = plans.get(x).charAt(t1 * 4) == 'A';
                        boolean a2 = plans.get(y).charAt(t2 * 4) == 'A';
                        long v1 = t1 == 0 ? 6 : 4;
                        long v2 = t2 == 0 ? 6 : 4;
                        Rational w = !a1 && !a2 ? Rational.of(v1 + v2, 2) : a1 && !a2 ? Rational.of(v1) : !a1 ? Rational.of(v2) : Rational.ZERO;
                        total = total.add(w.multiply(Rational.of(1, 4)));
                    }
                }
                u[x][y] = total;
            }
        }
        return common("Seed 001 App. A: veil of ignorance (plans: action if High need | action if Low need)", plans, u);
    }

    /** Seed 001, §2.1: ten robots; all a pays 1, exactly one b with nine c pays 1 + ε, otherwise 0. */
    public static NormalFormGame tenRobots(Rational epsilon) {
        Map<List<Integer>, Rational> pay = new HashMap<>();
        for (List<Integer> k : SymmetricPayoffs.countVectors(10, 3)) {
            pay.put(k, k.equals(List.of(10, 0, 0)) ? Rational.ONE : k.equals(List.of(0, 1, 9)) ? Rational.ONE.add(epsilon) : Rational.ZERO);
        }
        return SymmetricPayoffs.of(10, 3, pay).toGame("Seed 001 section 2.1: ten robots (epsilon = " + epsilon + ")");
    }
}
