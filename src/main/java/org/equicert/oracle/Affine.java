package org.equicert.oracle;

import java.util.Arrays;
import org.equicert.number.Rational;

/**
 * An affine function c·x + d of the game's probability variables.
 *
 * @param coefficients one per variable
 * @param constant d
 */
public record Affine(Rational[] coefficients, Rational constant) {

    /** Defensive copy. */
    public Affine {
        coefficients = coefficients.clone();
    }

    @Override
    public Rational[] coefficients() {
        return coefficients.clone();
    }

    /** The constant function. */
    public static Affine constant(int variables, Rational d) {
        Rational[] c = new Rational[variables];
        Arrays.fill(c, Rational.ZERO);
        return new Affine(c, d);
    }

    /** The variable x_v. */
    public static Affine variable(int variables, int v) {
        Affine a = constant(variables, Rational.ZERO);
        a.coefficients[v] = Rational.ONE;
        return a;
    }

    /** The sum. */
    public Affine plus(Affine o) {
        Rational[] c = new Rational[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = coefficients[i].add(o.coefficients[i]);
        }
        return new Affine(c, constant.add(o.constant));
    }

    /** This minus o. */
    public Affine minus(Affine o) {
        return plus(o.times(Rational.MINUS_ONE));
    }

    /** A multiple. */
    public Affine times(Rational k) {
        Rational[] c = new Rational[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = coefficients[i].multiply(k);
        }
        return new Affine(c, constant.multiply(k));
    }

    /** The value at x. */
    public Rational at(Rational[] x) {
        Rational s = constant;
        for (int i = 0; i < coefficients.length; i++) {
            if (!coefficients[i].isZero()) {
                s = s.add(coefficients[i].multiply(x[i]));
            }
        }
        return s;
    }

    /** True when no variable has a non-zero coefficient. */
    public boolean isConstant() {
        for (Rational c : coefficients) {
            if (!c.isZero()) {
                return false;
            }
        }
        return true;
    }

    /** The constraint this ≥ 0. */
    public Constraint atLeastZero() {
        return new Constraint(coefficients, Constraint.Sense.GE, constant.negate());
    }

    /** The constraint this = 0. */
    public Constraint equalsZero() {
        return new Constraint(coefficients, Constraint.Sense.EQ, constant.negate());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Affine a && Arrays.equals(coefficients, a.coefficients) && constant.equals(a.constant);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients) * 31 + constant.hashCode();
    }
}
