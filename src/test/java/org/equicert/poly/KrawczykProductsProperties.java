package org.equicert.poly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.linalg.RationalMatrix;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/** The integer Krawczyk products give exactly what rational arithmetic gives. */
class KrawczykProductsProperties {

    private static final int BITS = 96;

    /** Modes: 0 general, 1 mostly zero entries (singular or needing row exchanges), 2 a repeated row, 3 extreme longs. */
    @Property(tries = 300)
    void inverseIsTheExactInverseRoundedDown(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int k,
            @ForAll @IntRange(min = 0, max = 3) int mode) {
        SplittableRandom r = new SplittableRandom(seed);
        Rational[][] m = new Rational[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                m[i][j] = switch (mode) {
                    case 1 -> r.nextInt(3) > 0 ? Rational.ZERO : Rational.of(r.nextInt(-3, 4), r.nextInt(1, 5));
                    case 2 -> i > 0 && r.nextBoolean() ? m[0][j] : Rational.of(r.nextInt(-9, 10), 1000);
                    case 3 -> Rational.of(r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE, r.nextLong(1, Long.MAX_VALUE));
                    default -> Rational.of(r.nextInt(-5000, 5001), 1000).add(Rational.of(r.nextInt(-7, 8), 1L << 40));
                };
            }
        }
        assertEquals(reference(m), KrawczykProducts.inverse(m, BITS).map(Arrays::deepToString));
    }

    @Property(tries = 300)
    void contractionEqualsRationalIntervalArithmetic(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int k,
            @ForAll @IntRange(min = 0, max = 2) int mode) {
        SplittableRandom r = new SplittableRandom(seed);
        Rational unit = Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(BITS));
        Rational[][] y = new Rational[k][k];
        RationalInterval[][] j = new RationalInterval[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                y[a][b] = unit.multiply(Rational.of(new BigInteger(120, new Random(r.nextLong())).subtract(BigInteger.ONE.shiftLeft(119))));
                Rational lo = mode == 1 ? Rational.ZERO : unit.multiply(Rational.of(r.nextLong()));
                Rational hi = lo.add(unit.multiply(Rational.of(r.nextLong(0, Long.MAX_VALUE))));
                j[a][b] = new RationalInterval(lo, mode == 1 ? lo : hi);
            }
        }
        RationalInterval[] x = new RationalInterval[k];
        Rational[] mid = new Rational[k];
        for (int c = 0; c < k; c++) {
            // dyadic ends at depth up to 140 bits (bisection below a 2^−97 midpoint)
            int depth = mode == 2 ? 140 : r.nextInt(0, 60);
            Rational lo = Rational.of(BigInteger.valueOf(r.nextLong(0, 1L << 40)), BigInteger.ONE.shiftLeft(depth + 40));
            Rational width = Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(depth));
            x[c] = new RationalInterval(lo, lo.add(width));
            mid[c] = x[c].midpoint();
        }
        Optional<RationalInterval[]> fast = KrawczykProducts.contraction(y, j, x, mid, BITS);
        assertTrue(fast.isPresent());
        assertArrayEquals(reference(y, j, x, mid), fast.get());
    }

    @Example
    void aBoxWithANonDyadicEndIsLeftToRationalArithmetic() {
        Rational[][] y = {{Rational.ONE}};
        RationalInterval[][] j = {{RationalInterval.point(Rational.ONE)}};
        RationalInterval[] x = {new RationalInterval(Rational.ZERO, Rational.of(1, 3))};
        assertTrue(KrawczykProducts.contraction(y, j, x, new Rational[] {Rational.of(1, 6)}, BITS).isEmpty());
        assertEquals(Optional.empty(), KrawczykProducts.inverse(new Rational[][] {{Rational.ONE, Rational.TWO}, {Rational.HALF, Rational.ONE}}, BITS));
    }

    /** The previous computation: one exact solve per column of the identity, rounded down. */
    private static Optional<String> reference(Rational[][] m) {
        int k = m.length;
        RationalMatrix a = RationalMatrix.of(m);
        if (a.rank() < k) {
            return Optional.empty();
        }
        Rational[][] inv = new Rational[k][k];
        for (int c = 0; c < k; c++) {
            Rational[] e = new Rational[k];
            Arrays.fill(e, Rational.ZERO);
            e[c] = Rational.ONE;
            Rational[] col = a.solution(e).orElseThrow();
            for (int r = 0; r < k; r++) {
                inv[r][c] = RationalInterval.point(col[r]).roundOutward(BITS).lower();
            }
        }
        return Optional.of(Arrays.deepToString(inv));
    }

    private static RationalInterval[] reference(Rational[][] inv, RationalInterval[][] jx, RationalInterval[] x, Rational[] y) {
        int k = x.length;
        RationalInterval[] out = new RationalInterval[k];
        for (int r = 0; r < k; r++) {
            RationalInterval acc = RationalInterval.point(Rational.ZERO);
            for (int c = 0; c < k; c++) {
                RationalInterval m = RationalInterval.point(r == c ? Rational.ONE : Rational.ZERO);
                for (int q = 0; q < k; q++) {
                    m = m.subtract(jx[q][c].scale(inv[r][q]));
                }
                acc = acc.add(m.multiply(x[c].subtract(RationalInterval.point(y[c]))));
            }
            out[r] = acc;
        }
        return out;
    }
}
