package org.equicert.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;
import org.junit.jupiter.api.Test;

/** Seed 000 with expected values derived by hand in the comments. */
class SeedZeroDynamicsTest {

    static Rational r(String s) {
        return Rational.parse(s);
    }

    /** (high, high) 10, (low, low) 5, else 0; Gambit order hh, lh, hl, ll. */
    static NormalFormGame coordination() {
        return NormalFormGame.bimatrix(new long[][] {{10, 0}, {0, 5}}, new long[][] {{10, 0}, {0, 5}});
    }

    @Test
    void coordinationGameAtBaseTwo() {
        // weights 2^10, 2^0, 2^0, 2^5; Z = 1058
        Rational[] expected = {r("512/529"), r("1/1058"), r("1/1058"), r("16/529")};
        LearningChain lc = LearningChain.common(coordination(), Rational.TWO);
        assertArrayEquals(expected, lc.softmax());
        // the chain's own stationary distribution, found without the softmax formula
        List<StationaryAnalysis.ClosedClass> classes = new StationaryAnalysis(lc.chain()).closedClasses();
        assertEquals(1, classes.size());
        assertEquals(1, classes.get(0).period());
        assertTrue(classes.get(0).reversible());
        assertArrayEquals(expected, classes.get(0).distribution());
        // E = (10*1024 + 5*32)/1058
        SoftmaxAnalysis sa = new SoftmaxAnalysis(coordination());
        assertEquals(r("5200/529"), sa.limitValue(Rational.TWO));
        // v_1 = mean payoff 15/4; v_2 after one step from uniform:
        // switch probabilities 2^-U/4 per move; hand computation gives 1949/512
        assertEquals(r("15/4"), sa.value(Rational.TWO, 1));
        Rational v2 = Rational.ZERO;
        Rational[] mu = lc.chain().step(lc.initialDistribution());
        Rational[] u = {r("10"), r("0"), r("0"), r("5")};
        for (int k = 0; k < 4; k++) {
            v2 = v2.add(mu[k].multiply(u[k]));
        }
        assertEquals(v2, sa.value(Rational.TWO, 2));
        // from hh: leaves with prob 2*(1/1024)/4; from lh, hl: leaves w.p. 1/2 to hh or ll; from ll: 2*(1/32)/4
        // mu(hh) = 1/4*(1 - 1/2048) + 2 * 1/4 * 1/4 = ...
        Rational hh = r("1/4").multiply(Rational.ONE.subtract(r("1/2048"))).add(r("1/16")).add(r("1/16"));
        assertEquals(hh, mu[0]);
    }

    @Test
    void theoremOneAlphaAndTheMinimalAlpha() {
        SoftmaxAnalysis sa = new SoftmaxAnalysis(coordination());
        Rational eps = r("1/10");
        // alpha = (2 ln 2 + ln 10 - ln(1/10))/5 = ln(400)/5 = 1.1982929094215963973740894...
        RationalInterval alpha = sa.theoremAlpha(eps, 20);
        assertTrue(alpha.contains(r("1.19829290942159639737408943")), alpha.toString());
        assertEquals(r("400"), sa.theoremRatio(eps));
        // b_lo^5 <= 400 and (b_lo + 10^-6)^5 > 400
        Rational bLo = sa.theoremBaseLowerBound(eps, 6);
        assertTrue(bLo.pow(5).compareTo(r("400")) <= 0);
        assertTrue(bLo.add(r("1/1000000")).pow(5).compareTo(r("400")) > 0);
        assertTrue(sa.limitValue(bLo).compareTo(r("99/10")) >= 0);
        // Minimal alpha: with x = e^{5 alpha}, E = (10x^2 + 5x)/(x^2 + x + 2) = 99/10 iff x^2 - 49x - 198 = 0,
        // so x = (49 + sqrt(3193))/2 and alpha_min = ln(x)/5 = 0.79312533564583742354...
        Rational[] bases = sa.minimalBase(r("99/10"), 12);
        RealAlgebraic x = new RootIsolation(UnivariatePolynomial.ofIntegers(-198, -49, 1)).realRoots().get(1);
        assertEquals("49/2 + (1/2)√3193", x.toString());
        assertTrue(RealAlgebraic.of(bases[0].pow(5)).compareTo(x) < 0, "b_lo^5 below the exact crossing");
        assertTrue(RealAlgebraic.of(bases[1].pow(5)).compareTo(x) > 0, "b_hi^5 above the exact crossing");
        RationalInterval lo = sa.alphaOfBase(bases[0], 14);
        RationalInterval hi = sa.alphaOfBase(bases[1], 14);
        assertTrue(lo.lower().compareTo(r("0.793125335645837423")) < 0 && hi.upper().compareTo(r("0.793125335645837424")) > 0);
        assertTrue(hi.upper().subtract(lo.lower()).compareTo(r("1e-11")) < 0);
    }

    @Test
    void atTheoremOnesAlphaTheStationaryLawIsRational() {
        // e^{5 alpha} = R = 400 (payoffs 0, 5, 10 step by 5 = u* - u'): weights 400^2, 400, 1, 1, Z = 160402.
        SoftmaxAnalysis sa = new SoftmaxAnalysis(coordination());
        SoftmaxAnalysis.ExactBase at = sa.exactTheoremBase(r("1/10")).orElseThrow();
        assertEquals(r("400"), at.base());
        assertEquals(r("1/5"), at.scale());
        Rational[] pi = sa.softmax(at);
        assertEquals(r("160000/160402"), pi[0]);
        assertEquals(r("801000/80201"), sa.expectedUtility(pi));
        assertEquals(r("80000/80201"), sa.optimalProbability(pi));
        // With u* - u' = 5 the step of every payoff, any epsilon gives a rational base: R itself.
        assertEquals(r("400/3"), sa.exactTheoremBase(r("3/10")).orElseThrow().base());
        // Payoffs 3, 1, 0, 0: u* - u' = 2 but the step is 1, so c^2 = R = 4 * 3/epsilon must be a square.
        SoftmaxAnalysis steps = new SoftmaxAnalysis(NormalFormGame.bimatrix(new long[][] {{3, 0}, {0, 1}}, new long[][] {{3, 0}, {0, 1}}));
        assertEquals(r("6"), steps.exactTheoremBase(r("1/3")).orElseThrow().base());
        assertTrue(steps.exactTheoremBase(r("1/10")).isEmpty(), "120 is not a square");
    }

    @Test
    void prisonersDilemmaEndsInMutualDefection() {
        // T=5, R=3, P=1, S=0. Individual switching w.p. 2^{-U_i}/4 per move (u_min,i = 0):
        // CC->DC 1/32, DC->CC 1/128, DC->DD 1/4, DD->DC 1/8; reversible, pi ∝ (1, 4, 4, 8) over (CC, DC, CD, DD).
        NormalFormGame pd = NormalFormGame.bimatrix(new long[][] {{3, 0}, {5, 1}}, new long[][] {{3, 5}, {0, 1}});
        MarkovChain chain = LearningChain.individual(pd, Rational.TWO).chain();
        assertEquals(r("1/32"), chain.probability(0, 1));
        assertEquals(r("1/4"), chain.probability(1, 3));
        List<StationaryAnalysis.ClosedClass> classes = new StationaryAnalysis(chain).closedClasses();
        assertEquals(1, classes.size());
        assertArrayEquals(new Rational[] {r("1/17"), r("4/17"), r("4/17"), r("8/17")}, classes.get(0).distribution());
        // mutual defection (index 3) is the most likely profile
        Rational[] pi = classes.get(0).distribution();
        for (int k = 0; k < 3; k++) {
            assertTrue(pi[3].compareTo(pi[k]) > 0);
        }
    }

    @Test
    void reducibleAndPeriodicChainsAreReportedPerClass() {
        // states 0 <-> 1 (period 2), 2 absorbing, 3 -> {0, 2}
        List<MarkovChain.Transition> ts = List.of(
                new MarkovChain.Transition(0, 1, Rational.ONE), new MarkovChain.Transition(1, 0, Rational.ONE),
                new MarkovChain.Transition(2, 2, Rational.ONE),
                new MarkovChain.Transition(3, 0, Rational.HALF), new MarkovChain.Transition(3, 2, Rational.HALF));
        List<StationaryAnalysis.ClosedClass> classes = new StationaryAnalysis(MarkovChain.of(4, ts)).closedClasses();
        assertEquals(2, classes.size());
        assertArrayEquals(new int[] {0, 1}, classes.get(0).states());
        assertEquals(2, classes.get(0).period());
        assertArrayEquals(new Rational[] {Rational.HALF, Rational.HALF, Rational.ZERO, Rational.ZERO}, classes.get(0).distribution());
        assertArrayEquals(new int[] {2}, classes.get(1).states());
        assertEquals(1, classes.get(1).period());
    }

    @Test
    void nonReversibleChainIsSolvedExactly() {
        // a 3-cycle with laziness: 0->1 w.p. 1/2, 1->2 w.p. 1/3, 2->0 w.p. 1/4 (self loops otherwise);
        // flow balance pi0/2 = pi1/3 = pi2/4 gives pi ∝ (2, 3, 4)
        List<MarkovChain.Transition> ts = List.of(
                new MarkovChain.Transition(0, 1, r("1/2")), new MarkovChain.Transition(0, 0, r("1/2")),
                new MarkovChain.Transition(1, 2, r("1/3")), new MarkovChain.Transition(1, 1, r("2/3")),
                new MarkovChain.Transition(2, 0, r("1/4")), new MarkovChain.Transition(2, 2, r("3/4")));
        StationaryAnalysis.ClosedClass c = new StationaryAnalysis(MarkovChain.of(3, ts)).closedClasses().get(0);
        assertFalse(c.reversible());
        assertArrayEquals(new Rational[] {r("2/9"), r("3/9"), r("4/9")}, c.distribution());
    }
}
