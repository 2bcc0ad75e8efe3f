package org.equicert.poly;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.equicert.number.Rational;
import org.equicert.number.UnivariatePolynomial;

/**
 * An immutable sparse polynomial with rational coefficients in a fixed number of variables
 * x0 … x(n−1): a map from exponent vectors to nonzero coefficients.
 *
 * <p>Reference: sparse distributive representation (D. Cox, J. Little and D. O'Shea, <i>Ideals,
 * Varieties, and Algorithms</i>, 4th ed. 2015, §2.2). Cost: sum O(s + t), product O(s·t) terms for
 * s and t terms; evaluation O(t·n) rational operations.
 */
public final class MultivariatePolynomial {

    /** An exponent vector, ordered lexicographically. */
    public record Monomial(int[] exponents) implements Comparable<Monomial> {
        /** Defensive copy; exponents must be non-negative. */
        public Monomial {
            exponents = exponents.clone();
            for (int e : exponents) {
                if (e < 0) {
                    throw new IllegalArgumentException("negative exponent in " + Arrays.toString(exponents));
                }
            }
        }

        /** {@return the exponents (a copy)} */
        @Override
        public int[] exponents() {
            return exponents.clone();
        }

        /** {@return the total degree} */
        public int degree() {
            int d = 0;
            for (int e : exponents) {
                d += e;
            }
            return d;
        }

        @Override
        public int compareTo(Monomial o) {
            return Arrays.compare(exponents, o.exponents);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Monomial && Arrays.equals(exponents, ((Monomial) o).exponents);
        }

        /** The hash code (a copy). */
        @Override
        public int hashCode() {
            return Arrays.hashCode(exponents);
        }
    }

    private final int variables;
    private final TreeMap<Monomial, Rational> terms;

    private MultivariatePolynomial(int variables, TreeMap<Monomial, Rational> terms) {
        this.variables = variables;
        this.terms = terms;
    }

    /** {@return the zero polynomial in n variables} */
    public static MultivariatePolynomial zero(int variables) {
        return new MultivariatePolynomial(variables, new TreeMap<>());
    }

    /** {@return the constant c in n variables} */
    public static MultivariatePolynomial constant(int variables, Rational c) {
        return monomial(variables, c, new int[variables]);
    }

    /** {@return the variable x_i in n variables} */
    public static MultivariatePolynomial variable(int variables, int i) {
        int[] e = new int[variables];
        e[i] = 1;
        return monomial(variables, Rational.ONE, e);
    }

    /** {@return the monomial c·x^e} */
    public static MultivariatePolynomial monomial(int variables, Rational c, int[] exponents) {
        if (exponents.length != variables) {
            throw new IllegalArgumentException("exponent vector of length " + exponents.length + " for " + variables + " variables");
        }
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        if (!c.isZero()) {
            t.put(new Monomial(exponents), c);
        }
        return new MultivariatePolynomial(variables, t);
    }

    /** {@return the number of variables} */
    public int variables() {
        return variables;
    }

    /** {@return the terms, unmodifiable, in lexicographic order of exponents} */
    public Map<Monomial, Rational> terms() {
        return Collections.unmodifiableMap(terms);
    }

    /** {@return true for the zero polynomial} */
    public boolean isZero() {
        return terms.isEmpty();
    }

    /** {@return the total degree; -1 for zero} */
    public int degree() {
        int d = -1;
        for (Monomial m : terms.keySet()) {
            d = Math.max(d, m.degree());
        }
        return d;
    }

    /** {@return {@code this + other}} */
    public MultivariatePolynomial add(MultivariatePolynomial other) {
        sameRing(other);
        TreeMap<Monomial, Rational> t = new TreeMap<>(terms);
        other.terms.forEach((m, c) -> {
            Rational s = t.getOrDefault(m, Rational.ZERO).add(c);
            if (s.isZero()) {
                t.remove(m);
            } else {
                t.put(m, s);
            }
        });
        return new MultivariatePolynomial(variables, t);
    }

    /** {@return {@code c · this}} */
    public MultivariatePolynomial scale(Rational c) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        if (!c.isZero()) {
            terms.forEach((m, a) -> t.put(m, a.multiply(c)));
        }
        return new MultivariatePolynomial(variables, t);
    }

    /** {@return {@code this − other}} */
    public MultivariatePolynomial subtract(MultivariatePolynomial other) {
        return add(other.scale(Rational.MINUS_ONE));
    }

    /** {@return {@code this · other}} */
    public MultivariatePolynomial multiply(MultivariatePolynomial other) {
        sameRing(other);
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        for (Map.Entry<Monomial, Rational> a : terms.entrySet()) {
            for (Map.Entry<Monomial, Rational> b : other.terms.entrySet()) {
                int[] e = a.getKey().exponents();
                int[] f = b.getKey().exponents;
                for (int i = 0; i < e.length; i++) {
                    e[i] += f[i];
                }
                Monomial m = new Monomial(e);
                Rational s = t.getOrDefault(m, Rational.ZERO).add(a.getValue().multiply(b.getValue()));
                if (s.isZero()) {
                    t.remove(m);
                } else {
                    t.put(m, s);
                }
            }
        }
        return new MultivariatePolynomial(variables, t);
    }

    /** {@return the partial derivative with respect to x_i} */
    public MultivariatePolynomial derivative(int i) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        terms.forEach((m, c) -> {
            int[] e = m.exponents();
            if (e[i] > 0) {
                Rational nc = c.multiply(e[i]);
                e[i]--;
                t.merge(new Monomial(e), nc, Rational::add);
            }
        });
        t.values().removeIf(Rational::isZero);
        return new MultivariatePolynomial(variables, t);
    }

    /** {@return the value at a point} */
    public Rational evaluate(Rational[] point) {
        if (point.length != variables) {
            throw new IllegalArgumentException("point of dimension " + point.length + " for " + variables + " variables");
        }
        Rational s = Rational.ZERO;
        for (Map.Entry<Monomial, Rational> term : terms.entrySet()) {
            Rational v = term.getValue();
            int[] e = term.getKey().exponents;
            for (int i = 0; i < e.length && !v.isZero(); i++) {
                if (e[i] > 0) {
                    v = v.multiply(point[i].pow(e[i]));
                }
            }
            s = s.add(v);
        }
        return s;
    }

    /**
     * The univariate polynomial in x_i obtained by fixing the other variables at {@code point}
     * (the entry at i is ignored).
     */
    public UnivariatePolynomial restrict(int i, Rational[] point) {
        Rational[] c = new Rational[Math.max(1, degree() + 1)];
        Arrays.fill(c, Rational.ZERO);
        for (Map.Entry<Monomial, Rational> term : terms.entrySet()) {
            Rational v = term.getValue();
            int[] e = term.getKey().exponents;
            for (int j = 0; j < e.length; j++) {
                if (j != i && e[j] > 0) {
                    v = v.multiply(point[j].pow(e[j]));
                }
            }
            c[e[i]] = c[e[i]].add(v);
        }
        return UnivariatePolynomial.of(c);
    }

    /** {@return true when the polynomial is a constant (zero included)} */
    public boolean isConstant() {
        return degree() <= 0;
    }

    /** {@return the constant term} */
    public Rational constantTerm() {
        return terms.getOrDefault(new Monomial(new int[variables]), Rational.ZERO);
    }

    /** {@return the degree in x_i; -1 for zero. Cost O(terms)} */
    public int degreeIn(int i) {
        int d = -1;
        for (Monomial m : terms.keySet()) {
            d = Math.max(d, m.exponents[i]);
        }
        return d;
    }

    /** {@return whether x_i occurs} */
    public boolean uses(int i) {
        return degreeIn(i) > 0;
    }

    /** {@return the coefficient of x_i^j, a polynomial free of x_i (this = Σ_j coefficient(i, j)·x_i^j)} */
    public MultivariatePolynomial coefficient(int i, int j) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        terms.forEach((m, c) -> {
            if (m.exponents[i] == j) {
                int[] e = m.exponents();
                e[i] = 0;
                t.put(new Monomial(e), c);
            }
        });
        return new MultivariatePolynomial(variables, t);
    }

    /** {@return {@code this^k}, k ≥ 0} */
    public MultivariatePolynomial pow(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative power " + k);
        }
        MultivariatePolynomial r = constant(variables, Rational.ONE);
        for (int q = 0; q < k; q++) {
            r = r.multiply(this);
        }
        return r;
    }

    /**
     * The numerator of this polynomial after substituting x_i = numerator/denominator, cleared by
     * denominator^d with d the degree in x_i: Σ_j c_j·numerator^j·denominator^(d−j). Its sign is
     * that of the substituted value times sign(denominator)^d.
     */
    public MultivariatePolynomial substitute(int i, MultivariatePolynomial numerator, MultivariatePolynomial denominator) {
        int d = degreeIn(i);
        if (d <= 0) {
            return this;
        }
        MultivariatePolynomial r = zero(variables);
        for (int j = 0; j <= d; j++) {
            MultivariatePolynomial c = coefficient(i, j);
            if (!c.isZero()) {
                r = r.add(c.multiply(numerator.pow(j)).multiply(denominator.pow(d - j)));
            }
        }
        return r;
    }

    /**
     * The same polynomial in {@code newVariables} variables, x_v renamed x_{index[v]}; every
     * variable that occurs must have an index ≥ 0.
     */
    public MultivariatePolynomial rename(int[] index, int newVariables) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        terms.forEach((m, c) -> {
            int[] e = new int[newVariables];
            for (int v = 0; v < variables; v++) {
                if (m.exponents[v] > 0) {
                    if (index[v] < 0) {
                        throw new IllegalArgumentException("variable x" + v + " occurs but has no new index");
                    }
                    e[index[v]] += m.exponents[v];
                }
            }
            t.merge(new Monomial(e), c, Rational::add);
        });
        t.values().removeIf(Rational::isZero);
        return new MultivariatePolynomial(newVariables, t);
    }

    /** {@return the univariate polynomial in x_i when no other variable occurs} */
    public UnivariatePolynomial toUnivariate(int i) {
        Rational[] c = new Rational[Math.max(1, degreeIn(i) + 1)];
        Arrays.fill(c, Rational.ZERO);
        terms.forEach((m, a) -> {
            for (int v = 0; v < variables; v++) {
                if (v != i && m.exponents[v] > 0) {
                    throw new IllegalArgumentException("x" + v + " occurs in " + this);
                }
            }
            c[m.exponents[i]] = a;
        });
        return UnivariatePolynomial.of(c);
    }

    /** {@return this polynomial scaled so that its leading term (in lexicographic order) is 1; zero stays zero} */
    public MultivariatePolynomial monic() {
        return terms.isEmpty() ? this : scale(terms.lastEntry().getValue().reciprocal());
    }

    /** {@return the polynomial x_i as a value in a univariate substitution: this with x_i = t, others fixed} */
    public MultivariatePolynomial substituteConstant(int i, Rational value) {
        return substitute(i, constant(variables, value), constant(variables, Rational.ONE));
    }

    private void sameRing(MultivariatePolynomial other) {
        if (other.variables != variables) {
            throw new IllegalArgumentException("polynomials in " + variables + " and " + other.variables + " variables");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultivariatePolynomial && ((MultivariatePolynomial) o).variables == variables
                && ((MultivariatePolynomial) o).terms.equals(terms);
    }

    /** The hash code (a copy). */
    @Override
    public int hashCode() {
        return terms.hashCode() * 31 + variables;
    }

    /** The to string (a copy). */
    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Monomial, Rational> term : terms.descendingMap().entrySet()) {
            Rational c = term.getValue();
            sb.append(sb.length() == 0 ? (c.signum() < 0 ? "-" : "") : (c.signum() < 0 ? " - " : " + "));
            StringBuilder mono = new StringBuilder();
            int[] e = term.getKey().exponents;
            for (int i = 0; i < e.length; i++) {
                if (e[i] > 0) {
                    mono.append(mono.length() == 0 ? "" : "*").append("x").append(i);
                    if (e[i] > 1) {
                        mono.append("^").append(e[i]);
                    }
                }
            }
            Rational a = c.abs();
            if (mono.length() == 0) {
                sb.append(a);
            } else {
                sb.append(a.equals(Rational.ONE) ? "" : a + "*").append(mono);
            }
        }
        return sb.toString();
    }
}
