package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * Laws of the dynamics job on generated 2×2 common-payoff games, biased to edge cases (0, ±1, ties,
 * all-equal payoffs, base 1). Nothing is certified here (fast); the certified path is in
 * {@link LearningDynamicsTest}.
 */
class LearningDynamicsProperties {

    /** Payoffs biased to 0 and ±1 (ties and degenerate games are frequent), with large ones (±1000: weights 2^±1000). */
    @Provide
    Arbitrary<Long> payoff() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(0L, 1L, -1L)),
                Tuple.of(1, Arbitraries.of(1000L, -1000L)),
                Tuple.of(4, Arbitraries.longs().between(-20, 20)));
    }

    /** Small payoffs biased to 0 and ±1, for Theorem 1 (its bisection on the base costs O(digits) softmax evaluations). */
    @Provide
    Arbitrary<Long> smallPayoff() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(0L, 1L, -1L)),
                Tuple.of(2, Arbitraries.longs().between(-12, 12)));
    }

    /** Bases biased to 1 (alpha = 0, the uniform law) and 2. */
    @Provide
    Arbitrary<Rational> base() {
        return Arbitraries.of(Rational.ONE, Rational.ONE, Rational.TWO, Rational.TWO, Rational.of(3, 2), Rational.of(101, 100));
    }

    private static NormalFormGame common(long a, long b, long c, long d) {
        Rational[] u = {Rational.of(a), Rational.of(b), Rational.of(c), Rational.of(d)};
        return NormalFormGame.of("generated", List.of("1", "2"), List.of(List.of("x", "y"), List.of("x", "y")), new Rational[][] {u, u.clone()});
    }

    @Property(tries = 60)
    void theSoftmaxIsALawWhoseExpectationLiesInThePayoffRange(@ForAll("payoff") long a, @ForAll("payoff") long b,
            @ForAll("payoff") long c, @ForAll("payoff") long d, @ForAll("base") Rational base) {
        NormalFormGame g = common(a, b, c, d);
        ChainAnalysis.Common r = (ChainAnalysis.Common) LearningDynamics.analyse(g, DynamicsOptions.atBase(base)).analysis();
        Rational sum = Rational.ZERO;
        for (Rational p : r.distribution()) {
            assertTrue(p.signum() > 0, "every profile has positive stationary probability");
            sum = sum.add(p);
        }
        assertEquals(Rational.ONE, sum);
        assertTrue(r.expectedUtility().compareTo(g.minimumPayoff()) >= 0 && r.expectedUtility().compareTo(g.maximumPayoff()) <= 0);
        assertTrue(r.optimalProbability().compareTo(Rational.of(1, 4)) >= 0, "the optima are the most likely profiles");
        if (base.equals(Rational.ONE)) {
            assertEquals(Rational.of(1, 4), r.distribution()[0], "alpha = 0 is the uniform law");
        }
    }

    @Property(tries = 8)
    void theoremOnesBoundHoldsAndTheMinimalAlphaIsBelowTheTheorems(@ForAll("smallPayoff") long a, @ForAll("smallPayoff") long b,
            @ForAll("smallPayoff") long c, @ForAll("smallPayoff") long d) {
        NormalFormGame g = common(a, b, c, d);
        Assume.that(!g.minimumPayoff().equals(g.maximumPayoff()));
        Rational epsilon = g.maximumPayoff().subtract(g.minimumPayoff()).divide(Rational.of(10));
        ChainAnalysis.Common r = (ChainAnalysis.Common) LearningDynamics.analyse(g, DynamicsOptions.atBase(Rational.TWO)
                .withEpsilon(epsilon).withDigits(4)).analysis();
        TheoremOne.Bound t = assertInstanceOf(TheoremOne.Bound.class, r.theorem().orElseThrow());
        Rational target = g.maximumPayoff().subtract(epsilon);
        assertEquals(target, t.target());
        if (t.attained() instanceof TheoremOne.ExactBase e) {
            assertTrue(e.expectedUtility().compareTo(target) >= 0);
        } else {
            assertTrue(((TheoremOne.BelowBase) t.attained()).expectedUtility().compareTo(target) >= 0);
        }
        if (t.minimal() instanceof TheoremOne.Bracket m) {
            assertTrue(m.lowerBase().compareTo(m.upperBase()) < 0);
            assertTrue(m.alpha().upper().compareTo(t.alpha().upper()) <= 0, "Theorem 1's alpha is sufficient, so at least the minimal one");
        }
    }

    /** All payoffs equal: every profile is optimal and Theorem 1 is trivial. */
    @Example
    void allEqualPayoffsMakeTheoremOneTrivial() {
        ChainAnalysis.Common r = (ChainAnalysis.Common) LearningDynamics.analyse(common(7, 7, 7, 7),
                DynamicsOptions.atBase(Rational.TWO).withEpsilon(Rational.ONE)).analysis();
        assertInstanceOf(TheoremOne.AllOptimal.class, r.theorem().orElseThrow());
        assertEquals(Rational.of(7), r.expectedUtility());
        assertEquals(Rational.ONE, r.optimalProbability());
    }
}
