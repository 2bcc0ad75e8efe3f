package org.equicert.dynamics;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * Integer softmax weights: for b = p/q and integer exponents e_k ≥ 0 with maximum E, the weight of
 * k is m_k·p^{e_k}·q^{E − e_k} (m_k a multiplicity), proportional to m_k·b^{e_k}. Sums of weights
 * are integer sums — no gcd per addition — so Z and expectations over thousands of terms with
 * huge exponents stay fast; one reduction happens at the end.
 */
final class SoftmaxWeights {

    private final BigInteger p;
    private final BigInteger q;
    private final int maxExponent;
    private final Map<Integer, BigInteger> cache = new HashMap<>();

    SoftmaxWeights(Rational base, int maxExponent) {
        this.p = base.numerator();
        this.q = base.denominator();
        this.maxExponent = maxExponent;
    }

    /** p^e q^(E − e). */
    BigInteger weight(int e) {
        return cache.computeIfAbsent(e, x -> p.pow(x).multiply(q.pow(maxExponent - x)));
    }
}
