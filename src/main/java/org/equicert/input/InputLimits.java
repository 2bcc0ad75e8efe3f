package org.equicert.input;

import org.equicert.number.Rational;

/**
 * The limits every reader enforces, so that any input gets an answer or a one-line error in bounded
 * time and memory (policy documented in README.md, section "Limits").
 *
 * <p>Fixed limits, which no legitimate input needs to exceed: a number has at most
 * {@link #MAX_DIGITS} digits and an exponent of absolute value at most {@link #MAX_EXPONENT}; JSON
 * values and strategy expressions nest at most {@link #MAX_NESTING_DEPTH} deep. Adjustable limits
 * (the record components, with command-line overrides): pure profiles of a game
 * ({@code --max-profiles}), bytes of an input file ({@code --max-file-size}), claimed profiles in a
 * claims file ({@code --max-claims}).
 *
 * @param maxProfiles largest number of pure profiles (product of the action counts) of a game read
 * @param maxFileBytes largest input file, in bytes
 * @param maxClaims largest number of claimed profiles in a claims file
 */
public record InputLimits(long maxProfiles, long maxFileBytes, int maxClaims) {

    /** Most digits in one number (integer, decimal or p/q, counting both parts). */
    public static final int MAX_DIGITS = 1000;

    /** Largest absolute value of a decimal exponent ({@code 1e1000} is allowed, {@code 1e1001} not). */
    public static final int MAX_EXPONENT = 1000;

    /** Deepest nesting of JSON arrays/objects and of strategy expressions. */
    public static final int MAX_NESTING_DEPTH = 200;

    /** The defaults: 100,000 profiles, 16 MiB files, 1,000 claims. */
    public static final InputLimits DEFAULT = new InputLimits(100_000L, 16L << 20, 1_000);

    /** Validates the limits. */
    public InputLimits {
        if (maxProfiles < 1 || maxFileBytes < 1 || maxClaims < 1) {
            throw new IllegalArgumentException("limits must be positive: profiles " + maxProfiles + ", file bytes " + maxFileBytes
                    + ", claims " + maxClaims);
        }
    }

    /**
     * Parses an exact rational after checking its size. Cost: linear in the text's length, then
     * {@link Rational#parse} on at most {@link #MAX_DIGITS} digits.
     *
     * @throws LimitExceededException if the number has too many digits or too large an exponent
     * @throws NumberFormatException if the text is not a number
     */
    public static Rational parseNumber(String text) {
        checkNumberSize(text);
        return Rational.parse(text);
    }

    /**
     * Checks a number's size without parsing it: counts its digits and reads its exponent.
     *
     * @throws LimitExceededException if the number has too many digits or too large an exponent
     */
    public static void checkNumberSize(String text) {
        int digits = 0;
        int n = text.length();
        int i = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        if (digits > MAX_DIGITS) {
            throw new LimitExceededException("number '" + excerpt(text) + "' too large: " + digits + " digits (limit "
                    + MAX_DIGITS + " digits per number)");
        }
        if (i < n) {
            int j = i + 1;
            if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            while (j < n && text.charAt(j) == '0') {
                j++;
            }
            int start = j;
            while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            int length = j - start;
            if (length > 9 || (length > 0 && Integer.parseInt(text.substring(start, j)) > MAX_EXPONENT)) {
                throw new LimitExceededException("number '" + excerpt(text) + "' too large: exponent beyond ±" + MAX_EXPONENT
                        + " (limit on the exponent of a number)");
            }
        }
    }

    /** {@return the limits with another profile limit} */
    public InputLimits withMaxProfiles(long value) {
        return new InputLimits(value, maxFileBytes, maxClaims);
    }

    /** {@return the limits with another file-size limit} */
    public InputLimits withMaxFileBytes(long value) {
        return new InputLimits(maxProfiles, value, maxClaims);
    }

    /** {@return the limits with another claims limit} */
    public InputLimits withMaxClaims(int value) {
        return new InputLimits(maxProfiles, maxFileBytes, value);
    }

    /** {@return the text, cut to 24 characters with an ellipsis if longer (for messages)} */
    public static String excerpt(String text) {
        String s = InputFileException.oneLine(text.strip());
        return s.length() <= 24 ? s : s.substring(0, 20) + "…";
    }
}
