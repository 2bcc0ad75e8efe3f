package org.equicert.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.equicert.certificate.AlgebraicNashClaim;
import org.equicert.certificate.CertificateFile;
import org.equicert.certificate.Checker;
import org.equicert.certificate.NashClaim;
import org.equicert.certificate.Verdict;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.symmetric.SymmetricAnalysis;
import org.equicert.symmetric.SymmetricUtility;
import org.junit.jupiter.api.Test;

/**
 * From a producer's exact algebraic point to a checked {@code algebraic-nash} certificate: seed
 * 001's partygoers (examples/partygoers.nfg), conversions from independent real algebraic
 * coordinates, and random 2×2×2 games built around a prescribed irrational, fully mixed equilibrium.
 */
class AlgebraicNashCertificateTest {

    private static final Checker CHECKER = new Checker("test");

    /** θ = 2 − √2, the root of x² − 4x + 2 in (1/2, 1]. */
    private static final RealAlgebraic TWO_MINUS_ROOT_TWO = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(2, -4, 1), Rational.HALF, Rational.ONE);

    /** √2 − 1, the root of x² + 2x − 1 in (0, 1]. */
    private static final RealAlgebraic ROOT_TWO_MINUS_ONE = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-1, 2, 1), Rational.ZERO, Rational.ONE);

    private static NormalFormGame partygoers() {
        return GameFiles.read(Path.of("examples", "partygoers.nfg"));
    }

    private static UnivariatePolynomial affine(long c0, long c1) {
        return UnivariatePolynomial.ofIntegers(c0, c1);
    }

    @Test
    void thePartygoersSymmetricOptimumIsCertifiedNashInOneCall() {
        SymmetricUtility u = SymmetricUtility.of(partygoers(), List.of(List.of(0, 1, 2, 3)));
        // every butler: food 1 − θ = √2 − 1, drink θ = 2 − √2
        AlgebraicNashClaim c = AlgebraicProfiles.symmetricNash(u, TWO_MINUS_ROOT_TWO, new UnivariatePolynomial[][] {{affine(1, -1), affine(0, 1)}});
        Verdict v = CHECKER.check(c);
        assertTrue(v.accepted(), v.reason());
        assertEquals(PayoffTables.of(partygoers()), c.table());
        assertTrue(CHECKER.checkText(CertificateFile.render(c, "test")).accepted());
        assertTrue(CHECKER.checkText(CertificateFile.renderNonlinear(c, "test")).accepted());
        // the same point at food θ, drink 1 − θ is no equilibrium
        AlgebraicNashClaim swapped = AlgebraicProfiles.symmetricNash(u, TWO_MINUS_ROOT_TWO,
                new UnivariatePolynomial[][] {{affine(0, 1), affine(1, -1)}});
        assertFalse(CHECKER.check(swapped).accepted());
    }

    @Test
    void theProducersAlgebraicUnknownIsAnAffineImageOfTheClaimsTheta() {
        SymmetricAnalysis.Report r = SymmetricAnalysis.analyze(SymmetricUtility.of(partygoers(), List.of(List.of(0, 1, 2, 3))),
                Rational.of(1, 1_000_000), 100_000);
        assertEquals("(-1 + √2, 2 - √2)", r.point().orElseThrow().describe());
        RealAlgebraic z = r.point().orElseThrow().algebraic().orElseThrow();
        // z is a probability of the point, so both coordinates are affine in it
        assertTrue(AlgebraicProfiles.affineIn(z, ROOT_TWO_MINUS_ONE).isPresent());
        assertTrue(AlgebraicProfiles.affineIn(z, TWO_MINUS_ROOT_TWO).isPresent());
    }

    @Test
    void coordinatesThatAreAffineInOneRootConvert() {
        RealAlgebraic[] butler = {ROOT_TWO_MINUS_ONE, TWO_MINUS_ROOT_TWO};
        AlgebraicProfiles.Conversion conv = AlgebraicProfiles.fromCoordinates(partygoers(), new RealAlgebraic[][] {butler, butler, butler, butler});
        assertTrue(conv.claim().isPresent(), conv.reason());
        assertInstanceOf(AlgebraicNashClaim.class, conv.claim().get());
        assertTrue(CHECKER.check(conv.claim().get()).accepted());
        // 2 − √2 = 1 − (√2 − 1): found with c₁ = −1, c₀ = 1
        assertEquals(UnivariatePolynomial.ofIntegers(1, -1), AlgebraicProfiles.affineIn(ROOT_TWO_MINUS_ONE, TWO_MINUS_ROOT_TWO).orElseThrow());
        // (3 + √2)/7 = (5 − (2 − √2))/7
        RealAlgebraic other = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(7, -42, 49), Rational.of(1, 2), Rational.of(7, 10));
        assertEquals(UnivariatePolynomial.of(Rational.of(5, 7), Rational.of(-1, 7)), AlgebraicProfiles.affineIn(TWO_MINUS_ROOT_TWO, other).orElseThrow());
    }

    @Test
    void rationalPointsBecomeNashClaimsAndUnrelatedRootsAreRefusedWithAReason() {
        RealAlgebraic half = RealAlgebraic.of(Rational.HALF);
        RealAlgebraic[] mix = {half, half};
        AlgebraicProfiles.Conversion rational = AlgebraicProfiles.fromCoordinates(partygoers(), new RealAlgebraic[][] {mix, mix, mix, mix});
        assertInstanceOf(NashClaim.class, rational.claim().orElseThrow());
        assertFalse(CHECKER.check(rational.claim().get()).accepted(), "1/2 each is not Nash in the partygoers game");
        // √3 − 1 is not affine in √2
        RealAlgebraic rootThree = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-2, 2, 1), Rational.HALF, Rational.ONE);
        RealAlgebraic[] a = {ROOT_TWO_MINUS_ONE, TWO_MINUS_ROOT_TWO};
        RealAlgebraic[] b = {rootThree, RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-2, 4, 1), Rational.of(1, 10), Rational.ONE)};
        AlgebraicProfiles.Conversion none = AlgebraicProfiles.fromCoordinates(partygoers(), new RealAlgebraic[][] {a, b, a, a});
        assertTrue(none.claim().isEmpty());
        assertTrue(none.reason().contains("player 2's probability of action 1"), none.reason());
    }

    @Provide
    Arbitrary<Integer> small() {
        return Arbitraries.integers().between(-6, 6).edgeCases(c -> c.includeOnly(-1, 0, 1));
    }

    /**
     * A 2×2×2 game whose fully mixed profile (p, q, r), each an affine function of θ (a root of
     * x² + bx + c), is an equilibrium by construction: each player's payoff difference between its
     * two actions is chosen in the kernel of the two rational equations that make it vanish at the
     * others' probabilities. The checker accepts it; raising one payoff difference by 1 breaks it.
     */
    @Property(tries = 40)
    void everyConstructedIrrationalEquilibriumOfA2x2x2GameIsCertified(@ForAll @IntRange(min = -9, max = 9) int b,
            @ForAll @IntRange(min = -9, max = 9) int c, @ForAll("small") int s1, @ForAll("small") int s2, @ForAll("small") int s3,
            @ForAll("small") int d11, @ForAll("small") int d12, @ForAll @IntRange(min = 1, max = 8) int t) {
        long disc = (long) b * b - 4L * c;
        Assume.that(disc > 0 && Math.round(Math.sqrt(disc)) * Math.round(Math.sqrt(disc)) != disc && s1 != 0 && s2 != 0 && s3 != 0);
        UnivariatePolynomial m = UnivariatePolynomial.ofIntegers(c, b, 1);
        RealAlgebraic theta = new org.equicert.number.RootIsolation(m).realRoots().get(0).refineTo(Rational.of(1, 1 << 20));
        Rational approx = theta.lower();
        // each probability: t_k/10 + s_k·(θ − approx)/100, within 2^-20 of t_k/10 ∈ (0, 1)
        int[] scale = {s1, s2, s3};
        Rational[] centre = {Rational.of(t, 10), Rational.of(10 - t, 10), Rational.of(Math.max(1, (t + 3) % 10), 10)};
        UnivariatePolynomial[] prob = new UnivariatePolynomial[3];
        for (int k = 0; k < 3; k++) {
            Rational slope = Rational.of(scale[k], 100);
            prob[k] = UnivariatePolynomial.of(centre[k].subtract(slope.multiply(approx)), slope);
        }
        Rational[][] payoffs = new Rational[3][8];
        for (int i = 0; i < 3; i++) {
            UnivariatePolynomial x = prob[(i + 1) % 3];
            UnivariatePolynomial y = prob[(i + 2) % 3];
            UnivariatePolynomial one = UnivariatePolynomial.ONE;
            // weights of (x-action, y-action) ∈ {1,2}²: x·y, x·(1−y), (1−x)·y, (1−x)·(1−y), reduced mod m
            UnivariatePolynomial[] w = {x.multiply(y), x.multiply(one.subtract(y)), one.subtract(x).multiply(y),
                one.subtract(x).multiply(one.subtract(y))};
            Rational[][] coeff = new Rational[4][];
            for (int k = 0; k < 4; k++) {
                UnivariatePolynomial red = w[k].remainder(m);
                coeff[k] = new Rational[] {red.coefficient(0), red.coefficient(1)};
            }
            // δ = (d11, d12, δ21, δ22) with Σ δ_k·coeff_k = 0 (two equations): solve for δ21, δ22
            Rational r0 = Rational.of(d11).multiply(coeff[0][0]).add(Rational.of(d12).multiply(coeff[1][0])).negate();
            Rational r1 = Rational.of(d11).multiply(coeff[0][1]).add(Rational.of(d12).multiply(coeff[1][1])).negate();
            Rational det = coeff[2][0].multiply(coeff[3][1]).subtract(coeff[3][0].multiply(coeff[2][1]));
            Assume.that(!det.isZero());
            Rational d21 = r0.multiply(coeff[3][1]).subtract(coeff[3][0].multiply(r1)).divide(det);
            Rational d22 = coeff[2][0].multiply(r1).subtract(r0.multiply(coeff[2][1])).divide(det);
            Rational[] delta = {Rational.of(d11), Rational.of(d12), d21, d22};
            for (int k = 0; k < 8; k++) {
                int[] a = {k & 1, (k >> 1) & 1, (k >> 2) & 1};
                int cell = 2 * a[(i + 1) % 3] + a[(i + 2) % 3];
                // action 2 earns a number depending on the others' actions only, action 1 that plus δ
                Rational base = Rational.of(((long) (k & ~(1 << i)) * 7 + i * 3) % 5 - 2);
                payoffs[i][k] = a[i] == 0 ? base.add(delta[cell]) : base;
            }
        }
        NormalFormGame game = NormalFormGame.of(new int[] {2, 2, 2}, payoffs);
        UnivariatePolynomial[][] profile = new UnivariatePolynomial[3][];
        for (int i = 0; i < 3; i++) {
            profile[i] = new UnivariatePolynomial[] {prob[i], UnivariatePolynomial.ONE.subtract(prob[i])};
        }
        AlgebraicNashClaim claim = AlgebraicProfiles.nash(game, theta, profile);
        Verdict v = CHECKER.check(claim);
        assertTrue(v.accepted(), v.reason() + " " + claim.statement());
        // raise player 1's action-1 payoff where the others play (1, 1): the difference no longer vanishes at θ
        Rational[][] broken = game.payoffTable();
        broken[0][0] = broken[0][0].add(Rational.ONE);
        AlgebraicNashClaim lie = AlgebraicProfiles.nash(NormalFormGame.of(new int[] {2, 2, 2}, broken), theta, profile);
        assertFalse(CHECKER.check(lie).accepted(), lie.statement());
    }

    @Example
    void aTwoByTwoByTwoEquilibriumAtTheGoldenRatioConjugate() {
        // x² + x − 1: θ = (√5 − 1)/2 ≈ 0.618
        everyConstructedIrrationalEquilibriumOfA2x2x2GameIsCertified(1, -1, 1, -2, 3, 1, 2, 4);
    }
}
