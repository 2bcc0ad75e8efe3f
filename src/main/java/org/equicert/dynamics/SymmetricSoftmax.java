package org.equicert.dynamics;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Combinatorics;
import org.equicert.number.Rational;

/**
 * Seed 000's stationary softmax for a totally symmetric common-payoff game, computed on orbits of
 * profiles (count vectors) instead of profiles: the orbit of counts k holds multinomial(n; k)
 * profiles of equal payoff U(k), so Z = Σ_k multinomial(n; k)·b^{D(U(k) − u_min)}, and the
 * stationary probability of the orbit is that term over Z. Exact, in time polynomial in n for a
 * fixed number of actions (C(n + m − 1, m − 1) orbits).
 */
public final class SymmetricSoftmax {

    private final SymmetricPayoffs game;
    private final Rational uMin;
    private final int scale;

    /** The softmax analysis of a compact symmetric game. */
    public SymmetricSoftmax(SymmetricPayoffs game) {
        this.game = game;
        Rational m = null;
        for (Rational u : game.payoffs().values()) {
            m = m == null ? u : m.min(u);
        }
        this.uMin = m;
        BigInteger lcm = BigInteger.ONE;
        for (Rational u : game.payoffs().values()) {
            BigInteger d = u.subtract(m).denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        this.scale = lcm.intValueExact();
    }

    /** D. */
    public int scale() {
        return scale;
    }

    /** u_min. */
    public Rational uMin() {
        return uMin;
    }

    private int exponent(Rational payoff) {
        return payoff.subtract(uMin).multiply(scale).numerator().intValueExact();
    }

    private int maxExponent() {
        int m = 0;
        for (Rational u : game.payoffs().values()) {
            m = Math.max(m, exponent(u));
        }
        return m;
    }

    /** Integer weights multinomial(n; k)·p^e·q^(E−e) per orbit, for b = p/q. */
    private Map<List<Integer>, BigInteger> weights(Rational base) {
        SoftmaxWeights w = new SoftmaxWeights(base, maxExponent());
        Map<List<Integer>, BigInteger> out = new LinkedHashMap<>();
        for (Map.Entry<List<Integer>, Rational> e : game.payoffs().entrySet()) {
            out.put(e.getKey(), Combinatorics.multinomial(e.getKey()).multiply(w.weight(exponent(e.getValue()))));
        }
        return out;
    }

    /** {@return the stationary probability of each orbit (count vector) at base b} */
    public Map<List<Integer>, Rational> orbitDistribution(Rational base) {
        Map<List<Integer>, BigInteger> w = weights(base);
        BigInteger z = w.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        Map<List<Integer>, Rational> out = new LinkedHashMap<>();
        w.forEach((k, v) -> out.put(k, Rational.of(v, z)));
        return out;
    }

    /**
     * The k most likely orbits with their exact probabilities, most likely first (ties by count
     * vector order). Orbits are ranked by their integer weights, so only k fractions are reduced.
     */
    public List<Map.Entry<List<Integer>, Rational>> mostLikelyOrbits(Rational base, int k) {
        Map<List<Integer>, BigInteger> w = weights(base);
        BigInteger z = w.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        List<Map.Entry<List<Integer>, BigInteger>> order = new java.util.ArrayList<>(w.entrySet());
        order.sort(Map.Entry.<List<Integer>, BigInteger>comparingByValue().reversed());
        List<Map.Entry<List<Integer>, Rational>> out = new java.util.ArrayList<>();
        for (Map.Entry<List<Integer>, BigInteger> e : order.subList(0, Math.min(k, order.size()))) {
            out.add(Map.entry(e.getKey(), Rational.of(e.getValue(), z)));
        }
        return out;
    }

    /** {@return the number of orbits} */
    public int orbitCount() {
        return game.payoffs().size();
    }

    /** {@return the partition function Z = Σ_a b^{D(U(a) − u_min)} over all |A|^n profiles} */
    public Rational partitionFunction(Rational base) {
        BigInteger z = weights(base).values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        return Rational.of(z, base.denominator().pow(maxExponent()));
    }

    /** E_p[U] at base b: u_min + Σ w_k e_k / (D Σ w_k), with integer weights. */
    public Rational expectedUtility(Rational base) {
        Map<List<Integer>, BigInteger> w = weights(base);
        BigInteger z = BigInteger.ZERO;
        BigInteger moment = BigInteger.ZERO;
        for (Map.Entry<List<Integer>, BigInteger> e : w.entrySet()) {
            z = z.add(e.getValue());
            moment = moment.add(e.getValue().multiply(BigInteger.valueOf(exponent(game.payoffs().get(e.getKey())))));
        }
        return uMin.add(Rational.of(moment, z.multiply(BigInteger.valueOf(scale))));
    }
}
