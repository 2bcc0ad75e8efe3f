package org.equicert.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.equicert.number.Rational;
import org.equicert.number.UnivariatePolynomial;
import org.junit.jupiter.api.Test;

class MultivariatePolynomialTest {

    @Test
    void arithmeticDerivativeEvaluationAndRestriction() {
        MultivariatePolynomial x = MultivariatePolynomial.variable(2, 0);
        MultivariatePolynomial y = MultivariatePolynomial.variable(2, 1);
        MultivariatePolynomial one = MultivariatePolynomial.constant(2, Rational.ONE);
        // (x + y)^2 - 1
        MultivariatePolynomial p = x.add(y).multiply(x.add(y)).subtract(one);
        assertEquals("x0^2 + 2*x0*x1 + x1^2 - 1", p.toString());
        assertEquals(Rational.of(8), p.evaluate(new Rational[] {Rational.ONE, Rational.TWO}));
        assertEquals(x.add(y).scale(Rational.TWO), p.derivative(0));
        assertEquals(2, p.degree());
        assertEquals(UnivariatePolynomial.ofIntegers(3, 4, 1), p.restrict(0, new Rational[] {Rational.ZERO, Rational.TWO}));
        assertEquals(MultivariatePolynomial.zero(2), p.subtract(p));
    }
}
