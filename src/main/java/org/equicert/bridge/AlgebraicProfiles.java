package org.equicert.bridge;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.equicert.certificate.AlgebraicNashClaim;
import org.equicert.certificate.Claim;
import org.equicert.certificate.NashClaim;
import org.equicert.certificate.PayoffTable;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.symmetric.SymmetricUtility;

/**
 * Turns a producer's exact algebraic point into a Nash claim the checker can replay: an
 * {@link AlgebraicNashClaim} when some probability is irrational, a {@link NashClaim} when all are
 * rational.
 *
 * <p>Three entry points, from the most to the least structured producer data: a profile written as
 * polynomials in one real algebraic number θ ({@link #nash(PayoffTable, RealAlgebraic,
 * UnivariatePolynomial[][])}), the same per orbit of a symmetric analysis ({@link #symmetricNash}),
 * and a profile of independent real algebraic numbers ({@link #fromCoordinates}), which succeeds
 * when every irrational coordinate is a rational affine function c₁·θ + c₀ of the first one.
 */
public final class AlgebraicProfiles {

    private AlgebraicProfiles() {
    }

    /** The result of {@link #fromCoordinates}: a claim, or none and the reason why. */
    public record Conversion(Optional<Claim> claim, String reason) {
    }

    /**
     * "The profile whose probability of action a for player i is profile[i][a](θ) is a Nash
     * equilibrium." The claim states p as the primitive integer multiple of θ's defining
     * polynomial and an isolating interval whose ends are not roots of p; each probability is
     * reduced modulo p.
     */
    public static AlgebraicNashClaim nash(PayoffTable table, RealAlgebraic theta, UnivariatePolynomial[][] profile) {
        UnivariatePolynomial p = theta.polynomial();
        Rational lo;
        Rational hi;
        if (theta.isRational()) {
            Rational r = theta.toRational();
            p = UnivariatePolynomial.linearWithRoot(r);
            lo = r.subtract(Rational.ONE);
            hi = r.add(Rational.ONE);
        } else {
            RealAlgebraic t = theta;
            for (int k = 0; p.signAt(t.lower()) == 0 && k < 10_000; k++) {
                t = t.refine();
            }
            if (p.signAt(t.lower()) == 0) {
                throw new ArithmeticException("could not move the lower end of " + theta + "'s interval off a root");
            }
            lo = t.lower();
            hi = t.upper();
        }
        Rational[][][] s = new Rational[profile.length][][];
        for (int i = 0; i < profile.length; i++) {
            s[i] = new Rational[profile[i].length][];
            for (int a = 0; a < profile[i].length; a++) {
                s[i][a] = profile[i][a].remainder(p).coefficients();
            }
        }
        return new AlgebraicNashClaim(table, integerCoefficients(p), lo, hi, s);
    }

    /** As {@link #nash(PayoffTable, RealAlgebraic, UnivariatePolynomial[][])} for a producer's game. */
    public static AlgebraicNashClaim nash(NormalFormGame game, RealAlgebraic theta, UnivariatePolynomial[][] profile) {
        return nash(PayoffTables.of(game), theta, profile);
    }

    /**
     * The Nash claim of a symmetric analysis's point: every player of orbit o plays
     * orbitStrategies[o], given as polynomials in θ (for example {@code (θ, 1 − θ)} with θ = 2 − √2).
     */
    public static AlgebraicNashClaim symmetricNash(SymmetricUtility u, RealAlgebraic theta, UnivariatePolynomial[][] orbitStrategies) {
        List<List<Integer>> orbits = u.orbits();
        if (orbitStrategies.length != orbits.size()) {
            throw new IllegalArgumentException(orbitStrategies.length + " orbit strategies for " + orbits.size() + " orbits");
        }
        UnivariatePolynomial[][] profile = new UnivariatePolynomial[u.game().playerCount()][];
        for (int q = 0; q < orbits.size(); q++) {
            for (int i : orbits.get(q)) {
                profile[i] = orbitStrategies[q].clone();
            }
        }
        return nash(u.game(), theta, profile);
    }

    /**
     * A Nash claim for a profile of real algebraic probabilities: a {@link NashClaim} when all are
     * rational; an {@link AlgebraicNashClaim} in θ, the first irrational coordinate, when every
     * irrational coordinate x is c₁·θ + c₀ for rationals c₁, c₀; else none, with the reason.
     *
     * <p>The candidate c₁, c₀ come from the first two power sums of the roots of the defining
     * polynomials (an affine map sends the roots of θ's minimal polynomial to those of x's, so the
     * root means map by c₁·m + c₀ and the root variances by c₁²); each candidate is then verified
     * exactly: c₁·θ + c₀ is a root of x's polynomial inside x's isolating interval. Exact, but it
     * finds the relation only when both defining polynomials are the minimal ones (always so for
     * quadratic irrationals); otherwise the conversion reports that it found none.
     */
    public static Conversion fromCoordinates(NormalFormGame game, RealAlgebraic[][] profile) {
        RealAlgebraic theta = null;
        for (RealAlgebraic[] row : profile) {
            for (RealAlgebraic x : row) {
                if (theta == null && !x.isRational()) {
                    theta = x;
                }
            }
        }
        if (theta == null) {
            Rational[][] r = new Rational[profile.length][];
            for (int i = 0; i < profile.length; i++) {
                r[i] = new Rational[profile[i].length];
                for (int a = 0; a < r[i].length; a++) {
                    r[i][a] = profile[i][a].toRational();
                }
            }
            return new Conversion(Optional.of(NashClaim.nash(PayoffTables.of(game), r)), "every probability is rational");
        }
        UnivariatePolynomial[][] s = new UnivariatePolynomial[profile.length][];
        for (int i = 0; i < profile.length; i++) {
            s[i] = new UnivariatePolynomial[profile[i].length];
            for (int a = 0; a < s[i].length; a++) {
                RealAlgebraic x = profile[i][a];
                Optional<UnivariatePolynomial> f = x.isRational() ? Optional.of(UnivariatePolynomial.constant(x.toRational()))
                        : affineIn(theta, x);
                if (f.isEmpty()) {
                    return new Conversion(Optional.empty(), "player " + (i + 1) + "'s probability of action " + (a + 1) + " (" + x
                            + ") is not a rational affine function of " + theta + " that equicert can find; a common primitive element is needed");
                }
                s[i][a] = f.get();
            }
        }
        return new Conversion(Optional.of(nash(game, theta, s)), "every probability is a rational affine function of " + theta);
    }

    /** c₁·X + c₀ with x = c₁·θ + c₀, when the moment candidates verify exactly. */
    static Optional<UnivariatePolynomial> affineIn(RealAlgebraic theta, RealAlgebraic x) {
        if (theta.compareTo(x) == 0) {
            return Optional.of(UnivariatePolynomial.X);
        }
        UnivariatePolynomial pt = theta.polynomial().monic();
        UnivariatePolynomial px = x.polynomial().monic();
        int d = pt.degree();
        if (d < 2 || px.degree() != d) {
            return Optional.empty();
        }
        Rational[] mt = meanAndVariance(pt);
        Rational[] mx = meanAndVariance(px);
        if (mt[1].isZero() || mx[1].isZero()) {
            return Optional.empty();
        }
        Optional<Rational> c1 = squareRoot(mx[1].divide(mt[1]));
        if (c1.isEmpty()) {
            return Optional.empty();
        }
        for (Rational sign : new Rational[] {Rational.ONE, Rational.MINUS_ONE}) {
            Rational a = c1.get().multiply(sign);
            Rational b = mx[0].subtract(a.multiply(mt[0]));
            UnivariatePolynomial image = UnivariatePolynomial.of(b, a);
            if (theta.signOf(x.polynomial().compose(image)) == 0
                    && theta.signOf(image.subtract(UnivariatePolynomial.constant(x.lower()))) > 0
                    && theta.signOf(image.subtract(UnivariatePolynomial.constant(x.upper()))) <= 0) {
                return Optional.of(image);
            }
        }
        return Optional.empty();
    }

    /** The mean and the (complex) variance Σ(r − mean)²/d of the roots of a monic polynomial, by Newton's identities. */
    private static Rational[] meanAndVariance(UnivariatePolynomial monic) {
        int d = monic.degree();
        Rational a1 = monic.coefficient(d - 1);
        Rational a2 = monic.coefficient(d - 2);
        Rational s1 = a1.negate();
        Rational s2 = a1.multiply(a1).subtract(a2.multiply(2));
        Rational mean = s1.divide(Rational.of(d));
        return new Rational[] {mean, s2.divide(Rational.of(d)).subtract(mean.multiply(mean))};
    }

    private static Optional<Rational> squareRoot(Rational r) {
        if (r.signum() <= 0) {
            return Optional.empty();
        }
        BigInteger n = r.numerator().sqrt();
        BigInteger m = r.denominator().sqrt();
        if (!n.multiply(n).equals(r.numerator()) || !m.multiply(m).equals(r.denominator())) {
            return Optional.empty();
        }
        return Optional.of(Rational.of(n, m));
    }

    /** The primitive integer polynomial with the same roots as p (positive leading coefficient). */
    static Rational[] integerCoefficients(UnivariatePolynomial p) {
        Rational[] c = p.coefficients();
        BigInteger lcm = BigInteger.ONE;
        for (Rational x : c) {
            lcm = lcm.divide(lcm.gcd(x.denominator())).multiply(x.denominator());
        }
        BigInteger gcd = BigInteger.ZERO;
        BigInteger[] n = new BigInteger[c.length];
        for (int k = 0; k < c.length; k++) {
            n[k] = c[k].multiply(Rational.of(lcm)).numerator();
            gcd = gcd.gcd(n[k]);
        }
        if (c[c.length - 1].signum() < 0) {
            gcd = gcd.negate();
        }
        Rational[] r = new Rational[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = Rational.of(n[k].divide(gcd));
        }
        return r;
    }
}
