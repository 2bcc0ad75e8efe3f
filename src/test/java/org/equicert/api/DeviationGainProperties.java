package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.SeedGames;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The identity behind the symmetric optimum's certified gain ({@link SymmetricCitations#gain}): for s and s' differing in players i
 * and j of a common-payoff game, EU(s') − EU(s) = Σ_b s'_j(b)·r_j(b) − Σ_a s_i(a)·r_i(a) with r the
 * exact regrets at s'' = (s'_i, s_−i) (differential test against direct evaluation).
 */
class DeviationGainProperties {

    @Provide
    Arbitrary<List<Integer>> table() {
        // ties (all zero, all one) make degenerate games
        return Arbitraries.integers().between(-3, 3).edgeCases(c -> c.includeOnly(0, 1, -1)).list().ofSize(27);
    }

    @Provide
    Arbitrary<List<Integer>> weights() {
        // zeros first: pure strategies and unsupported actions are the edge cases
        return Arbitraries.integers().between(0, 3).edgeCases(c -> c.includeOnly(0, 1)).list().ofSize(18);
    }

    @Property(tries = 80)
    void gainFromTheRegretsAtTheMidpointEqualsTheDirectDifference(@ForAll @IntRange(min = 2, max = 3) int players,
            @ForAll("table") List<Integer> table, @ForAll("weights") List<Integer> weights,
            @ForAll @IntRange(min = 0, max = 2) int pair) {
        int[][] pairs = players == 2 ? new int[][] {{0, 1}} : new int[][] {{0, 1}, {0, 2}, {1, 2}};
        int first = pairs[pair % pairs.length][0];
        int second = pairs[pair % pairs.length][1];
        int actions = 3;
        int profiles = (int) Math.pow(actions, players);
        Rational[] u = new Rational[profiles];
        for (int k = 0; k < profiles; k++) {
            u[k] = Rational.of(table.get(k));
        }
        List<String> names = new ArrayList<>();
        List<List<String>> acts = new ArrayList<>();
        Rational[][] pay = new Rational[players][];
        for (int i = 0; i < players; i++) {
            names.add(Integer.toString(i + 1));
            acts.add(List.of("a", "b", "c"));
            pay[i] = u.clone();
        }
        NormalFormGame g = NormalFormGame.of("common", names, acts, pay);
        Rational[][] before = strategies(weights.subList(0, 9), players, actions);
        Rational[][] after = strategies(weights.subList(9, 18), players, actions);
        for (int k = 0; k < players; k++) {
            if (k != first && k != second) {
                after[k] = before[k].clone();
            }
        }
        assertGain(g, before, after, first, second);
    }

    @Example
    void identicalTaxisAtTheSeedsImprovingProfile() {
        // seed 001's identical taxis: a common payoff of 1 when the two taxis serve different groups, else 0
        Rational[] u = {Rational.ZERO, Rational.ONE, Rational.ONE, Rational.ZERO};
        NormalFormGame g = NormalFormGame.of("identical taxis", List.of("1", "2"), List.of(List.of("H", "W"), List.of("H", "W")),
                new Rational[][] {u, u.clone()});
        Rational half = Rational.HALF;
        Rational[][] s = {{half, half}, {half, half}};
        Rational[][] after = {{Rational.of(499, 1000), Rational.of(501, 1000)}, {Rational.of(501, 1000), Rational.of(499, 1000)}};
        assertEquals(Rational.of(1, 500_000), assertGain(g, s, after, 0, 1));
    }

    private static Rational assertGain(NormalFormGame g, Rational[][] before, Rational[][] after, int i, int j) {
        ExpectedUtility eu = new ExpectedUtility(g);
        Rational[][] mid = SymmetricCitations.between(before, after, i);
        Rational[][] r = new Rational[g.playerCount()][];
        for (int k = 0; k < r.length; k++) {
            r[k] = eu.regrets(k, MixedProfile.of(mid));
        }
        Rational direct = eu.payoff(0, MixedProfile.of(after)).subtract(eu.payoff(0, MixedProfile.of(before)));
        Rational fromRegrets = SymmetricCitations.gainFromRegrets(before, after, r, i, j);
        assertEquals(direct, fromRegrets);
        return fromRegrets;
    }

    /** Per player, the weights normalised; all-zero weights give the pure strategy on the first action. */
    private static Rational[][] strategies(List<Integer> w, int players, int actions) {
        Rational[][] s = new Rational[players][actions];
        for (int i = 0; i < players; i++) {
            int total = 0;
            for (int a = 0; a < actions; a++) {
                total += w.get(i * actions + a);
            }
            for (int a = 0; a < actions; a++) {
                s[i][a] = total == 0 ? (a == 0 ? Rational.ONE : Rational.ZERO) : Rational.of(w.get(i * actions + a), total);
            }
        }
        return s;
    }
}
