package org.equicert.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The text forms of a {@link Rational}: the strict parser behind {@link Rational#parse} (integers,
 * fractions, decimals with exponents, exactly) and the decimal and SMT-LIB renderings. Parsing is
 * one pass over the text plus one {@link BigDecimal} or {@link BigInteger} construction, O(n²)
 * digit operations for n digits at worst; an exponent is refused before 10^e is built when
 * |e| exceeds {@link Rational#MAX_DECIMAL_EXPONENT}.
 *
 * <p>Reference: decimal syntax of {@link java.math.BigDecimal#BigDecimal(String)}, restricted.
 */
final class RationalText {

    private RationalText() {
    }

    static Rational parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        int slash = s.indexOf('/');
        try {
            if (slash >= 0) {
                String n = s.substring(0, slash).strip();
                String d = s.substring(slash + 1).strip();
                if (!isInteger(n) || !isInteger(d) || d.startsWith("-") || d.startsWith("+")) {
                    throw new NumberFormatException("not a fraction p/q: '" + text + "'");
                }
                BigInteger den = new BigInteger(d);
                if (den.signum() == 0) {
                    throw new NumberFormatException("zero denominator: '" + text + "'");
                }
                return Rational.of(new BigInteger(n), den);
            }
            if (isInteger(s)) {
                return Rational.of(new BigInteger(s));
            }
            if (!isDecimal(s)) {
                throw new NumberFormatException("not a number: '" + text + "'");
            }
            // Refuse exponents whose exact value has millions of digits (1e999999999 would take
            // hours) before computing it; isDecimal allows at most 9 exponent digits.
            int e = Math.max(s.indexOf('e'), s.indexOf('E'));
            if (e >= 0 && Math.abs(Long.parseLong(s.substring(e + 1))) > Rational.MAX_DECIMAL_EXPONENT) {
                throw new NumberFormatException("decimal exponent out of range (at most " + Rational.MAX_DECIMAL_EXPONENT
                        + " in size): '" + text + "'");
            }
            return fromDecimal(new BigDecimal(s));
        } catch (ArithmeticException e) {
            throw new NumberFormatException("not a number: '" + text + "' (" + e.getMessage() + ")");
        }
    }

    private static boolean isInteger(String s) {
        int i = 0;
        if (s.startsWith("-") || s.startsWith("+")) {
            i = 1;
        }
        if (i >= s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Decimal syntax: [sign] digits [. digits] [e [sign] digits], with digits on one side of the point. */
    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0 || expDigits > 9) {
                return false;
            }
        }
        return i == n;
    }

    /** The exact value of a {@link BigDecimal}: unscaled · 10^(−scale). */
    static Rational fromDecimal(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        if (scale <= 0) {
            return Rational.of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
        }
        return Rational.of(unscaled, BigInteger.TEN.pow(scale));
    }

    /** The value rounded to {@code digits} places after the point in the given direction. */
    static String decimal(Rational x, int digits, RoundingMode mode) {
        BigDecimal n = new BigDecimal(x.numerator());
        return n.divide(new BigDecimal(x.denominator()), digits, mode).toPlainString();
    }

    /** The exact decimal, when the denominator is of the form 2^a 5^b. */
    static Optional<BigDecimal> terminatingDecimal(Rational x) {
        try {
            return Optional.of(new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator())));
        } catch (ArithmeticException nonTerminating) {
            return Optional.empty();
        }
    }

    /** The value as an SMT-LIB real term: {@code 3.0}, {@code (- 3.0)}, {@code (/ 1.0 3.0)}. */
    static String smtLib(Rational x) {
        String n = x.numerator().abs() + ".0";
        String body = x.isInteger() ? n : "(/ " + n + " " + x.denominator() + ".0)";
        return x.signum() < 0 ? "(- " + body + ")" : body;
    }
}
