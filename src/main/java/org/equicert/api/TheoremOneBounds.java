package org.equicert.api;

import java.util.Optional;
import org.equicert.bridge.ChainClaims;
import org.equicert.dynamics.SoftmaxAnalysis;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * Theorem 1 of seed 000 for one ε, certified: the theorem's α as an enclosure, E[U] ≥ u* − ε at that
 * α (exactly when its base is rational, else at a rational base below it) and the minimal α with the
 * bound, bracketed by exact bisection on the base. Cost: O(digits) softmax evaluations of
 * O(profiles) each for the bisection, and three checker runs. Part of {@link LearningDynamics}.
 */
final class TheoremOneBounds {

    private final LearningDynamics job;
    private final NormalFormGame game;
    private final SoftmaxAnalysis sa;
    private final int digits;

    TheoremOneBounds(LearningDynamics job, NormalFormGame game, SoftmaxAnalysis sa, int digits) {
        this.job = job;
        this.game = game;
        this.sa = sa;
        this.digits = digits;
    }

    /** Theorem 1 for {@code epsilon}, its certificates named {@code theorem1} and {@code minimal-alpha-upper/lower}. */
    TheoremOne apply(Rational epsilon) {
        if (sa.secondBest() == null) {
            return new TheoremOne.AllOptimal(Citation.notCertified("every payoff equals u*; exact arithmetic"));
        }
        Rational target = sa.optimum().subtract(epsilon);
        RationalInterval alphaThm = sa.theoremAlpha(epsilon, digits);
        Optional<SoftmaxAnalysis.ExactBase> exact = sa.exactTheoremBase(epsilon);
        TheoremOne.Attained attained;
        if (exact.isPresent()) {
            SoftmaxAnalysis.ExactBase at = exact.get();
            Rational[] pi = sa.softmax(at);
            Citation cert = job.certify("theorem1", () -> ChainClaims.theoremOne(game, sa.uMin(), at.base(), at.scale(), pi, epsilon));
            attained = new TheoremOne.ExactBase(at.base(), at.scale(), sa.expectedUtility(pi), sa.optimalProbability(pi), cert);
        } else {
            Rational bLo = sa.theoremBaseLowerBound(epsilon, 6);
            Rational[] piLo = sa.softmax(bLo);
            Citation cert = job.certify("theorem1", () -> ChainClaims.theoremOne(game, sa.uMin(), bLo, sa.scale(), piLo, epsilon));
            attained = new TheoremOne.BelowBase(bLo, sa.expectedUtility(piLo), cert);
        }
        return new TheoremOne.Bound(epsilon, target, alphaThm, Citation.notCertified("verified rational enclosure of logarithms; no certificate"),
                attained, minimal(target, alphaThm));
    }

    private TheoremOne.Minimal minimal(Rational target, RationalInterval alphaThm) {
        Rational[] bases = sa.minimalBase(target, digits);
        if (bases[1].equals(Rational.ONE)) {
            Citation cert = job.certify("minimal-alpha-upper", () -> ChainClaims.expectation(game, sa.uMin(), Rational.ONE, sa.scale(),
                    sa.softmax(Rational.ONE), target, true));
            return new TheoremOne.AtZero(sa.limitValue(Rational.ONE), cert);
        }
        RationalInterval lo = sa.alphaOfBase(bases[0], digits + 2);
        RationalInterval hi = sa.alphaOfBase(bases[1], digits + 2);
        RationalInterval alphaMin = new RationalInterval(lo.lower(), hi.upper());
        Citation certHi = job.certify("minimal-alpha-upper", () -> ChainClaims.expectation(game, sa.uMin(), bases[1], sa.scale(),
                sa.softmax(bases[1]), target, true));
        Citation certLo = job.certify("minimal-alpha-lower", () -> ChainClaims.expectation(game, sa.uMin(), bases[0], sa.scale(),
                sa.softmax(bases[0]), target, false));
        RationalInterval ratio = new RationalInterval(alphaThm.lower().divide(alphaMin.upper()), alphaThm.upper().divide(alphaMin.lower()));
        return new TheoremOne.Bracket(bases[0], bases[1], alphaMin,
                Citation.notCertified("from the two bounds below, by monotonicity of E[U] in alpha (theory) and enclosures of log b"),
                ratio, Citation.notCertified("ratio of the two enclosures above"), certLo, certHi);
    }
}
