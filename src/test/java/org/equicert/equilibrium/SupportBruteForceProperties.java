package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.bridge.AlgebraicProfiles;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.junit.jupiter.api.Test;

/**
 * The n-player Nash set of support enumeration against a brute-force exact method on generated
 * 3-player games (2 or 3 actions each, payoffs −2..2, biased to ties and degenerate games).
 *
 * <p>What the brute force decides, exactly: for every support profile S, every profile whose
 * supports are exactly S and whose probabilities are multiples of 1/d (d ≤ 6 for two actions,
 * d ≤ 4 for three) is tested for being a Nash equilibrium by exact regrets. Every such grid
 * equilibrium must be covered by the reported set (equal to a reported isolated equilibrium, or
 * with the supports of a reported continuum). Conversely every reported exact point, continuum
 * witness and known continuum end is exactly Nash, and an exact point's positive probabilities are
 * exactly its reported supports. A support reported empty therefore has no equilibrium on that
 * grid; the grid does not prove emptiness between its points (the solver does, by exact algebra).
 * A grid equilibrium may lie only in a support profile the solver reports undecided.
 */
class SupportBruteForceProperties {

    /** Ways to generate payoffs, from generic to degenerate. */
    private static final int MODES = 5;

    /**
     * A game of the given shape: mode 0 uniform in −2..2; 1 mostly zero; 2 one player's two
     * actions identical; 3 one player indifferent everywhere; 4 common payoffs.
     */
    static NormalFormGame game(int[] shape, int mode, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        NormalFormGame blank = NormalFormGame.of(shape, zeros(shape));
        int profiles = blank.profileCount();
        Rational[][] p = new Rational[3][profiles];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < profiles; k++) {
                int v = r.nextInt(-2, 3);
                p[i][k] = Rational.of(mode == 1 && r.nextInt(3) > 0 ? 0 : v);
            }
        }
        int who = r.nextInt(3);
        for (int k = 0; k < profiles; k++) {
            int[] prof = blank.profile(k);
            if (mode == 2 && prof[who] == 1) {
                prof[who] = 0;
                p[who][k] = p[who][blank.index(prof)];
            } else if (mode == 3) {
                p[who][k] = Rational.ONE;
            } else if (mode == 4) {
                p[1][k] = p[0][k];
                p[2][k] = p[0][k];
            }
        }
        return NormalFormGame.of(shape, p);
    }

    @Property(tries = 60)
    void supportEnumerationAgreesWithBruteForceOnTheGrid(@ForAll long seed, @ForAll @IntRange(min = 0, max = MODES - 1) int mode,
            @ForAll @IntRange(min = 2, max = 3) int third) {
        check(game(new int[] {2, 2, third}, mode, seed));
    }

    /** Regression cases: a duplicated action and an everywhere-indifferent player (continua on faces). */
    @Example
    void duplicatedAndIndifferentPlayers() {
        check(game(new int[] {2, 2, 3}, 2, 0L));
        check(game(new int[] {2, 2, 3}, 3, Long.MIN_VALUE));
        check(game(new int[] {2, 2, 2}, 4, Long.MAX_VALUE));
    }

    static void check(NormalFormGame g) {
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        ExpectedUtility eu = new ExpectedUtility(g);
        for (SupportEquilibria.Isolated e : s.isolated()) {
            if (e.exact().isPresent()) {
                MixedProfile x = e.exact().get();
                assertTrue(eu.isNash(x), "reported point is not Nash: " + x);
                for (int i = 0; i < 3; i++) {
                    assertArrayEquals(e.supports()[i], x.support(i), "supports of " + x);
                }
            }
        }
        for (SupportEquilibria.Continuum c : s.continua()) {
            if (c.algebraicWitness().isPresent()) {
                checkAlgebraicWitness(g, c);
            } else {
                assertTrue(eu.isNash(c.witness().orElseThrow()), "continuum witness " + c.witness().orElseThrow());
                for (int i = 0; i < 3; i++) {
                    assertArrayEquals(c.supports()[i], c.witness().orElseThrow().support(i));
                }
            }
            c.boundary().forEach(b -> assertTrue(eu.isNash(b), "continuum end " + b));
        }
        List<List<Rational[]>> grids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            grids.add(simplexGrid(g.actionCount(i), g.actionCount(i) == 2 ? 6 : 4));
        }
        for (Rational[] a : grids.get(0)) {
            for (Rational[] b : grids.get(1)) {
                for (Rational[] c : grids.get(2)) {
                    MixedProfile x = MixedProfile.of(new Rational[][] {a, b, c});
                    if (eu.isNash(x)) {
                        assertTrue(covered(s, x) || undecided(s, x), "grid equilibrium " + x + " is in no reported piece");
                    }
                }
            }
        }
    }

    /**
     * An algebraic witness: the independent checker's exact obligations of its {@code algebraic-nash}
     * claim hold (a distribution per player, no player gains), its support is the continuum's, and
     * some probability is irrational (else a rational witness was missed).
     */
    static void checkAlgebraicWitness(NormalFormGame g, SupportEquilibria.Continuum c) {
        SupportEquilibria.AlgebraicProfile w = c.algebraicWitness().orElseThrow();
        assertEquals(List.of(), AlgebraicProfiles.nash(g, w.theta(), w.toArray()).obligationFailures(), "algebraic witness " + w);
        boolean irrational = false;
        for (int i = 0; i < g.playerCount(); i++) {
            for (int a = 0; a < g.actionCount(i); a++) {
                RealAlgebraic x = w.probability(i, a);
                int sign = x.compareTo(RealAlgebraic.of(Rational.ZERO));
                final int action = a;
                assertEquals(Arrays.stream(c.supports()[i]).anyMatch(b -> b == action) ? 1 : 0, sign, "player " + i + " action " + a + ": " + x);
                irrational |= !x.isRational();
            }
        }
        assertTrue(irrational, "an algebraic witness with only rational probabilities: " + w);
    }

    /** Points of the simplex in dimension m − 1 with coordinates multiples of 1/d, d ≤ maxDenominator. */
    static List<Rational[]> simplexGrid(int m, int maxDenominator) {
        List<Rational[]> out = new ArrayList<>();
        for (int d = 1; d <= maxDenominator; d++) {
            int[] c = new int[m];
            fill(out, c, 0, d, d);
        }
        List<Rational[]> distinct = new ArrayList<>();
        for (Rational[] x : out) {
            if (distinct.stream().noneMatch(y -> Arrays.equals(x, y))) {
                distinct.add(x);
            }
        }
        return distinct;
    }

    private static void fill(List<Rational[]> out, int[] c, int pos, int left, int d) {
        if (pos == c.length - 1) {
            c[pos] = left;
            Rational[] x = new Rational[c.length];
            for (int a = 0; a < c.length; a++) {
                x[a] = Rational.of(c[a], d);
            }
            out.add(x);
        } else {
            for (int v = 0; v <= left; v++) {
                c[pos] = v;
                fill(out, c, pos + 1, left - v, d);
            }
        }
    }

    /** Whether x's supports are a support profile reported undecided (the report says it may miss equilibria there). */
    static boolean undecided(SupportEquilibria s, MixedProfile x) {
        for (SupportEquilibria.Unresolved u : s.unresolved()) {
            boolean same = true;
            for (int i = 0; i < u.supports().length; i++) {
                same &= Arrays.equals(u.supports()[i], x.support(i));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** Whether x is a reported exact equilibrium or lies on the supports of a reported continuum. */
    static boolean covered(SupportEquilibria s, MixedProfile x) {
        for (SupportEquilibria.Isolated e : s.isolated()) {
            if (e.exact().isPresent() && e.exact().get().equals(x)) {
                return true;
            }
        }
        for (SupportEquilibria.Continuum c : s.continua()) {
            boolean same = true;
            for (int i = 0; i < c.supports().length; i++) {
                same &= Arrays.equals(c.supports()[i], x.support(i));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * The campaign of issue 16: 150 random games each of 2×2×2 and 2×2×3 with payoffs 0..3 and
     * 150 each with payoffs −2..2 in the five modes above; counts the games left with
     * {@code complete: false}: none for either shape (asserted). The continua without a rational
     * point (a segment at an irrational probability, or a piece of a line over Q(√97)) are continua
     * with an algebraic witness.
     */
    @Test
    void randomGameCampaign() {
        int[][] shapes = {{2, 2, 2}, {2, 2, 3}};
        StringBuilder report = new StringBuilder();
        int[] incomplete = new int[shapes.length];
        java.util.Set<String> reasons = new java.util.TreeSet<>();
        for (int t = 0; t < shapes.length; t++) {
            int[] shape = shapes[t];
            int games = 0;
            long start = System.nanoTime();
            for (int seed = 0; seed < 150; seed++) {
                for (NormalFormGame g : List.of(nonNegative(shape, seed), game(shape, seed % MODES, seed))) {
                    games++;
                    SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
                    if (!s.complete()) {
                        incomplete[t]++;
                        for (SupportEquilibria.Unresolved u : s.unresolved()) {
                            reasons.add("seed " + seed + ": " + u.reason());
                        }
                    }
                }
            }
            report.append(Arrays.toString(shape)).append(": ").append(incomplete[t]).append(" of ").append(games)
                    .append(" games incomplete, ").append((System.nanoTime() - start) / 1_000_000).append(" ms; ");
        }
        System.out.println("issue-16 campaign: " + report + "reasons: " + reasons);
        assertEquals(0, incomplete[0], report.toString());
        assertEquals(0, incomplete[1], report + "reasons: " + reasons);
    }

    /** How the planar decomposition reports a continuum without a rational point. */
    static final String NO_RATIONAL_POINT = "without a rational point found (exact witness";

    /**
     * The 19 games of the campaign that were incomplete before the planar decomposition (one or
     * three degree-2 equations in two unknowns, sign conditions without an interior grid point,
     * singular Krawczyk boxes), each with its exact equilibrium set: every isolated equilibrium,
     * every continuum's supports and dimension, and what stays unresolved. Each also passes the
     * brute-force grid check. Seeds 53, 122 and 143 hold continua without a rational point; their
     * algebraic witnesses are exact (seed 53: p2(1) = 1/2 − √5/10, p3(2) = 1/6; seed 122:
     * p2(1) = −9/10 + √161/10, p3(2) = 1/5; seed 143: two arcs of a conic over Q(√97)).
     */
    @Example
    void previouslyIncompleteCampaignGames() {
        int[][] cases = {{3, 1}, {8, 1}, {18, 1}, {23, 1}, {24, 0}, {28, 1}, {38, 1}, {52, 1}, {53, 1}, {58, 0}, {58, 1}, {73, 1}, {83, 1},
            {98, 1}, {122, 1}, {133, 1}, {138, 1}, {142, 1}, {143, 1}};
        StringBuilder got = new StringBuilder();
        for (int[] c : cases) {
            int[] shape = {2, 2, 3};
            NormalFormGame g = c[1] == 0 ? nonNegative(shape, c[0]) : game(shape, c[0] % MODES, c[0]);
            check(g);
            got.append("seed ").append(c[0]).append('/').append(c[1]).append(": ").append(summary(new SupportEnumeration(g, 20_000).solve())).append('\n');
        }
        assertEquals(EXPECTED_PREVIOUSLY_INCOMPLETE, got.toString());
    }

    /** The exact set of {@link #previouslyIncompleteCampaignGames}, one line per game. */
    private static final String EXPECTED_PREVIOUSLY_INCOMPLETE = """
            seed 3/1: 0,1;0,1;1,0,0; 0,1;1,0;0,0,1; 1,0;1,0;0,1,0; 1,0;1,0;1,0,0; 2/3,1/3;3/5,2/5;1,0,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 2; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 2]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0], [0, 1, 2]] dim 2; continuum [[0, 1], [0], [0, 2]] dim 1; continuum [[0, 1], [0], [1]] dim 1; continuum [[0, 1], [1], [0, 1, 2]] dim 2; continuum [[0, 1], [1], [0, 1]] dim 1; continuum [[0], [0], [0, 1, 2]] dim 2; continuum [[0], [0], [0, 1]] dim 1; continuum [[0], [0], [0, 2]] dim 1; continuum [[1], [0, 1], [0, 1, 2]] dim 2; continuum [[1], [0, 1], [0, 2]] dim 1; continuum [[1], [0, 1], [1, 2]] dim 1; continuum [[1], [0], [0, 1, 2]] dim 2; continuum [[1], [0], [0, 2]] dim 1; continuum [[1], [0], [1, 2]] dim 1; continuum [[1], [1], [0, 1, 2]] dim 2; continuum [[1], [1], [0, 1]] dim 1; continuum [[1], [1], [0, 2]] dim 1
            seed 8/1: 0,1;1,0;0,0,1; 0,1;1,0;0,1,0; 1,0;1,0;0,0,1; 1,0;1,0;1,0,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 2; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 2; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0], [0, 1, 2]] dim 2; continuum [[0, 1], [0], [0, 1]] dim 1; continuum [[0, 1], [0], [2]] dim 1; continuum [[0, 1], [1], [0, 1, 2]] dim 2; continuum [[0, 1], [1], [0, 1]] dim 1; continuum [[0, 1], [1], [1, 2]] dim 1; continuum [[0], [0, 1], [0, 1, 2]] dim 2; continuum [[0], [0, 1], [0, 1]] dim 1; continuum [[0], [0, 1], [1, 2]] dim 1; continuum [[0], [0], [0, 1, 2]] dim 2; continuum [[0], [0], [0, 1]] dim 1; continuum [[0], [0], [0, 2]] dim 1; continuum [[0], [1], [0, 1, 2]] dim 2; continuum [[0], [1], [0, 1]] dim 1; continuum [[0], [1], [1, 2]] dim 1; continuum [[1], [0, 1], [0, 1, 2]] dim 2; continuum [[1], [0, 1], [0, 1]] dim 1; continuum [[1], [0], [0, 1, 2]] dim 2; continuum [[1], [0], [0, 1]] dim 1; continuum [[1], [0], [1, 2]] dim 1
            seed 18/1: 0,1;0,1;0,1,0; 0,1;1,0;1,0,0; 0,1;1/3,2/3;3/5,2/5,0; 1,0;0,1;0,1,0; 1,0;1,0;0,0,1; 1/2,1/2;4/5,1/5;0,1/3,2/3; 1/2,1/2;4/5,1/5;2/3,1/3,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0], [0, 2]] dim 1; continuum [[0, 1], [0], [0]] dim 1; continuum [[0, 1], [0], [2]] dim 1; continuum [[0, 1], [1], [1]] dim 1; continuum [[0], [0, 1], [2]] dim 1
            seed 23/1: 0,1;0,1;0,0,1; 0,1;0,1;0,1,0; 0,1;1,0;1,0,0; 1,0;1,0;0,0,1; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 2; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 2; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0], [0, 1, 2]] dim 2; continuum [[0, 1], [0], [0, 2]] dim 1; continuum [[0], [0, 1], [0, 1, 2]] dim 2; continuum [[0], [0, 1], [1, 2]] dim 1; continuum [[0], [0], [0, 1, 2]] dim 2; continuum [[0], [0], [0, 2]] dim 1; continuum [[0], [0], [1, 2]] dim 1; continuum [[1], [0, 1], [0, 1, 2]] dim 2; continuum [[1], [0, 1], [0, 1]] dim 1; continuum [[1], [0], [0, 1, 2]] dim 2; continuum [[1], [0], [0, 1]] dim 1; continuum [[1], [0], [0, 2]] dim 1; continuum [[1], [1], [0, 1, 2]] dim 2; continuum [[1], [1], [0, 1]] dim 1; continuum [[1], [1], [1, 2]] dim 1
            seed 24/0: 0,1;1/2,1/2;1/2,1/2,0; 1,0;1,0;0,0,1; 1/2,1/2;1,0;1/2,0,1/2; continuum [[1], [0, 1], [0, 1, 2]] dim 1; continuum [[1], [0, 1], [1, 2]] dim 1; continuum [[1], [1], [1, 2]] dim 1
            seed 28/1: 0,1;0,1;1,0,0; 0,1;1,0;0,1,0; 0,1;2/3,1/3;1/2,1/2,0; 1,0;0,1;0,1,0; 1,0;1,0;0,0,1; 1,0;1,0;0,1,0; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0], [1]] dim 1; continuum [[0, 1], [1], [0, 1, 2]] dim 2; continuum [[0, 1], [1], [0, 1]] dim 1; continuum [[0, 1], [1], [0, 2]] dim 1; continuum [[0, 1], [1], [0]] dim 1; continuum [[0], [0, 1], [1]] dim 1; continuum [[0], [0], [1, 2]] dim 1
            seed 38/1: 0,1;0,1;0,0,1; 1,0;1,0;0,0,1; 1,0;1/2,1/2;0,1,0; 1,0;1/2,1/2;1,0,0; 1/4,3/4;0,1;0,1/4,3/4; 2/3,1/3;0,1;1/2,1/2,0; 2/3,1/3;5/9,4/9;1/2,1/2,0; 2/3,1/3;5/9,4/9;4/7,0,3/7; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 2; continuum [[0, 1], [0, 1], [0, 1]] dim 2; continuum [[0, 1], [0, 1], [0, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 2]] dim 1; continuum [[0, 1], [0, 1], [0]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0, 1], [1]] dim 1; continuum [[0, 1], [0], [2]] dim 1; continuum [[0], [0, 1], [0, 1]] dim 1; continuum [[1], [0, 1], [0, 2]] dim 1; continuum [[1], [0, 1], [2]] dim 1
            seed 52/1: 0,1;0,1;0,1,0; 0,1;1,0;0,0,1; 0,1;1,0;1,0,0; 1/3,2/3;0,1;0,2/3,1/3; 1/3,2/3;1/3,2/3;0,1/2,1/2; 1/3,2/3;17/20,3/20;5/8,3/8,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0], [0]] dim 1; continuum [[0, 1], [1], [0, 1, 2]] dim 1; continuum [[0, 1], [1], [0, 1]] dim 1; continuum [[1], [0, 1], [0, 1]] dim 1; continuum [[1], [0], [0, 1, 2]] dim 2; continuum [[1], [0], [0, 1]] dim 1; continuum [[1], [0], [0, 2]] dim 1; continuum [[1], [0], [1, 2]] dim 1; continuum [[1], [1], [0, 1]] dim 1
            seed 53/1: 0,1;0,1;0,0,1; 0,1;1,0;1,0,0; 1,0;1/4,3/4;1/2,1/2,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1 algebraic witness 1/4 + (1/4)√5,3/4 - (1/4)√5;1/2 - (1/10)√5,1/2 + (1/10)√5;7/72 + (5/72)√5,1/6,53/72 - (5/72)√5; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 2]] dim 1; continuum [[0, 1], [0, 1], [0]] dim 1; continuum [[0, 1], [0, 1], [2]] dim 2; continuum [[0, 1], [0], [0]] dim 1; continuum [[0, 1], [1], [2]] dim 1; continuum [[1], [0, 1], [2]] dim 1
            seed 58/0: 0,1;0,1;1,0,0; 0,1;1,0;0,0,1; 1,0;0,1;0,0,1; 2/3,1/3;1/2,1/2;1/11,4/11,6/11; continuum [[0], [1], [1, 2]] dim 1; continuum [[1], [0, 1], [0]] dim 1
            seed 58/1: 0,1;1,0;0,0,1; 1,0;0,1;0,1,0; 1,0;0,1;1,0,0; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0, 1], [2]] dim 1; continuum [[0, 1], [1], [0]] dim 1; continuum [[0], [0, 1], [0, 1, 2]] dim 2; continuum [[0], [0, 1], [0, 1]] dim 2; continuum [[0], [0, 1], [0, 2]] dim 1; continuum [[0], [0, 1], [0]] dim 1; continuum [[0], [0, 1], [1, 2]] dim 1; continuum [[0], [0, 1], [1]] dim 1; continuum [[0], [1], [0, 1]] dim 1; continuum [[1], [0, 1], [2]] dim 1; continuum [[1], [0], [1, 2]] dim 1
            seed 73/1: 0,1;0,1;1/2,0,1/2; 0,1;1,0;0,1,0; 1,0;0,1;0,0,1; 1/2,1/2;2/5,3/5;1,0,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 2; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 2; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 2]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0], [0, 1, 2]] dim 2; continuum [[0, 1], [0], [0, 1]] dim 1; continuum [[0, 1], [1], [0, 1, 2]] dim 2; continuum [[0, 1], [1], [0, 2]] dim 1; continuum [[0], [0, 1], [0, 1, 2]] dim 2; continuum [[0], [0, 1], [0, 1]] dim 1; continuum [[0], [0, 1], [1, 2]] dim 1; continuum [[0], [0], [0, 1, 2]] dim 2; continuum [[0], [0], [0, 1]] dim 1; continuum [[0], [1], [0, 1, 2]] dim 2; continuum [[0], [1], [0, 2]] dim 1; continuum [[0], [1], [1, 2]] dim 1; continuum [[1], [0], [0, 1, 2]] dim 2; continuum [[1], [0], [0, 1]] dim 1; continuum [[1], [0], [1, 2]] dim 1
            seed 83/1: 0,1;1,0;0,1,0; 1,0;0,1;1,0,0; 1,0;1,0;0,0,1; continuum [[0, 1], [0], [0, 1, 2]] dim 2; continuum [[0, 1], [0], [0, 1]] dim 1; continuum [[0, 1], [0], [1, 2]] dim 1; continuum [[0], [0, 1], [0, 1, 2]] dim 2; continuum [[0], [0, 1], [0, 1]] dim 1; continuum [[0], [0, 1], [0, 2]] dim 1; continuum [[0], [0], [0, 1, 2]] dim 2; continuum [[0], [0], [0, 1]] dim 1; continuum [[0], [0], [0, 2]] dim 1; continuum [[0], [0], [1, 2]] dim 1; continuum [[0], [1], [0, 1, 2]] dim 2; continuum [[0], [1], [0, 1]] dim 1; continuum [[0], [1], [0, 2]] dim 1; continuum [[1], [0], [0, 1, 2]] dim 2; continuum [[1], [0], [0, 1]] dim 1; continuum [[1], [0], [1, 2]] dim 1
            seed 98/1: 1,0;1,0;0,0,1; 1,0;1,0;0,1,0; 1,0;1,0;1,0,0; continuum [[0], [0], [0, 1, 2]] dim 2; continuum [[0], [0], [0, 1]] dim 1; continuum [[0], [0], [0, 2]] dim 1; continuum [[0], [0], [1, 2]] dim 1
            seed 122/1: 0,1;0,1;1,0,0; 0,1;1,0;0,1,0; 1,0;0,1;0,1,0; 1,0;1,0;0,0,1; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1 algebraic witness 17/64 - (1/64)√161,47/64 + (1/64)√161;-9/10 + (1/10)√161,19/10 - (1/10)√161;7/100 + (3/100)√161,1/5,73/100 - (3/100)√161; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0, 1], [2]] dim 1; continuum [[0, 1], [0], [1, 2]] dim 1; continuum [[0, 1], [0], [1]] dim 1; continuum [[0, 1], [0], [2]] dim 1; continuum [[0, 1], [1], [0, 2]] dim 1; continuum [[0, 1], [1], [0]] dim 1; continuum [[0, 1], [1], [2]] dim 1; continuum [[0], [1], [1, 2]] dim 1; continuum [[1], [0, 1], [0]] dim 1
            seed 133/1: 0,1;0,1;0,0,1; 1,0;0,1;0,1,0; 1,0;1,0;1,0,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 2; continuum [[0, 1], [0, 1], [0, 2]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0], [0, 1, 2]] dim 2; continuum [[0, 1], [0], [0, 2]] dim 1; continuum [[0, 1], [1], [0, 1, 2]] dim 2; continuum [[0, 1], [1], [0, 2]] dim 1; continuum [[0, 1], [1], [1, 2]] dim 1; continuum [[0], [0, 1], [0, 1, 2]] dim 2; continuum [[0], [0, 1], [0, 1]] dim 1; continuum [[0], [0, 1], [1, 2]] dim 1; continuum [[0], [0], [0, 1, 2]] dim 2; continuum [[0], [0], [0, 1]] dim 1; continuum [[0], [0], [0, 2]] dim 1; continuum [[0], [1], [0, 1, 2]] dim 2; continuum [[0], [1], [0, 1]] dim 1; continuum [[0], [1], [1, 2]] dim 1; continuum [[1], [1], [0, 1, 2]] dim 2; continuum [[1], [1], [0, 2]] dim 1; continuum [[1], [1], [1, 2]] dim 1
            seed 138/1: 0,1;0,1;0,0,1; 1,0;0,1;1,0,0; 1,0;1,0;1,0,0; 1/2,1/2;0,1;1/2,0,1/2; 2/3,1/3;1/3,2/3;1/3,0,2/3; 2/3,1/3;1/3,2/3;1/3,2/3,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 2]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0, 1], [1]] dim 1; continuum [[0, 1], [0, 1], [2]] dim 1; continuum [[0, 1], [0], [0]] dim 1; continuum [[0], [0, 1], [0]] dim 1; continuum [[0], [1], [0, 1]] dim 1; continuum [[1], [0, 1], [2]] dim 1
            seed 142/1: 1,0;3/7,4/7;4/5,0,1/5; 1/2,1/2;1,0;0,1/2,1/2; 1/2,1/2;1/3,2/3;1/2,1/2,0; 1/2,1/2;1/4,3/4;0,2/3,1/3; 2/5,3/5;3/7,4/7;0,1/2,1/2; 5/9,4/9;3/7,4/7;5/8,3/8,0; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0, 1], [0, 1]] dim 1; continuum [[0, 1], [0], [0, 1, 2]] dim 1; continuum [[0, 1], [0], [0, 1]] dim 1; continuum [[0], [0, 1], [0, 1, 2]] dim 1; continuum [[1], [0, 1], [0, 1, 2]] dim 1; continuum [[1], [0, 1], [1]] dim 1
            seed 143/1: 0,1;1,0;1,0,0; 1,0;0,1;0,1,0; box [[0, 1], [0, 1], [0, 1, 2]]; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1 algebraic witness 11/2 - (1/2)√97,-9/2 + (1/2)√97;13/4 - (1/4)√97,-9/4 + (1/4)√97;1/3,107/564 + (5/564)√97,269/564 - (5/564)√97; continuum [[0, 1], [0, 1], [0, 1, 2]] dim 1 algebraic witness 11/2 - (1/2)√97,-9/2 + (1/2)√97;13/4 - (1/4)√97,-9/4 + (1/4)√97;3/5,129/940 - (1/940)√97,247/940 + (1/940)√97; continuum [[0, 1], [0, 1], [0, 2]] dim 1; continuum [[0, 1], [0, 1], [1, 2]] dim 1; continuum [[0, 1], [0, 1], [1]] dim 1; continuum [[0, 1], [0], [0]] dim 1; continuum [[0], [0, 1], [1]] dim 1; continuum [[1], [0, 1], [0, 2]] dim 1; continuum [[1], [0, 1], [0]] dim 1
            """;

    /** A canonical one-line text of an equilibrium set: exact points, boxes, continua, unresolved supports. */
    static String summary(SupportEquilibria s) {
        List<String> parts = new ArrayList<>();
        for (SupportEquilibria.Isolated e : s.isolated()) {
            parts.add(e.exact().map(MixedProfile::toString).orElse("box " + Arrays.deepToString(e.supports())));
        }
        for (SupportEquilibria.Continuum c : s.continua()) {
            parts.add("continuum " + Arrays.deepToString(c.supports()) + " dim " + c.dimension() + c.algebraicWitness().map(w -> {
                List<String> players = new ArrayList<>();
                for (int i = 0; i < w.probabilities().size(); i++) {
                    List<String> row = new ArrayList<>();
                    for (int a = 0; a < w.probabilities().get(i).size(); a++) {
                        row.add(w.probability(i, a).toString());
                    }
                    players.add(String.join(",", row));
                }
                return " algebraic witness " + String.join(";", players);
            }).orElse(""));
        }
        for (SupportEquilibria.Unresolved u : s.unresolved()) {
            parts.add("unresolved " + Arrays.deepToString(u.supports()) + (u.reason().contains(NO_RATIONAL_POINT) ? " (irrational continuum)" : ""));
        }
        java.util.Collections.sort(parts);
        return String.join("; ", parts);
    }

    private static NormalFormGame nonNegative(int[] shape, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        NormalFormGame blank = NormalFormGame.of(shape, zeros(shape));
        Rational[][] p = new Rational[3][blank.profileCount()];
        for (Rational[] row : p) {
            for (int k = 0; k < row.length; k++) {
                row[k] = Rational.of(r.nextInt(4));
            }
        }
        return NormalFormGame.of(shape, p);
    }

    private static Rational[][] zeros(int[] shape) {
        int profiles = 1;
        for (int a : shape) {
            profiles *= a;
        }
        Rational[][] z = new Rational[shape.length][profiles];
        for (Rational[] row : z) {
            Arrays.fill(row, Rational.ZERO);
        }
        return z;
    }
}
