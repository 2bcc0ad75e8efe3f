package org.equicert.certificate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Serializes a claim's data to one line of JSON and rebuilds the claim from it. */
public final class ClaimCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxNumberLength(1000).maxStringLength(50_000_000).build());
        MAPPER.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private ClaimCodec() {
    }

    /** One-line JSON of the claim's data. */
    public static String toJson(Claim claim) {
        try {
            return MAPPER.writeValueAsString(claim.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rebuilds a claim.
     *
     * @throws IllegalArgumentException if the JSON is not a known claim, is malformed, or holds a
     *     string with a control or line-separator character (which could end a comment line)
     */
    @SuppressWarnings("unchecked")
    public static Claim fromJson(String json) {
        Map<String, Object> m;
        try {
            m = MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            for (String internal : new String[] {" (for ", " (start marker", ", from ", "[Source", " at [", "\n"}) {
                int cut = why.indexOf(internal);
                why = cut > 0 ? why.substring(0, cut) : why;
            }
            why = why.replaceAll("\\s+", " ");
            if (why.chars().filter(c -> c == '(').count() > why.chars().filter(c -> c == ')').count()) {
                why = why + ")";
            }
            String column = e.getLocation() == null ? "" : " at column " + (e.getLocation().getColumnNr() + DATA_PREFIX_LENGTH);
            throw new IllegalArgumentException("invalid JSON" + column + ": " + (why.length() > 200 ? why.substring(0, 200) + "…" : why));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getMessage());
        }
        if (m == null) {
            throw new IllegalArgumentException("the data is null, not a JSON object");
        }
        rejectControlCharacters(m, 0);
        rejectNonCanonicalNumbers(m, "");
        if (!(m.get("kind") instanceof String kind)) {
            throw new IllegalArgumentException("field 'kind' is missing or not a string");
        }
        try {
            switch (kind) {
                case "nash":
                case "epsilon-nash":
                    return NashClaim.fromData(m);
                case "regret":
                    return RegretClaim.fromData(m);
                case "detailed-balance-symbolic":
                    return DetailedBalanceClaim.fromData(m);
                case "detailed-balance":
                    return ConcreteDetailedBalanceClaim.fromData(m);
                case "softmax-expectation":
                case "theorem1":
                    return SoftmaxExpectationClaim.fromData(m);
                case "symmetric-bound":
                    return SymmetricBoundClaim.fromData(m);
                case "symmetric-count-bound":
                    return SymmetricCountBoundClaim.fromData(m);
                case "oracle-spo":
                    return OracleSpoClaim.fromData(m);
                case "nash-set":
                    return NashSetClaim.fromData(m);
                case "stationary-unique":
                    return StationaryClaim.fromData(m);
                case "symmetric-count-regret":
                    return SymmetricCountRegretClaim.fromData(m);
                case "algebraic-nash":
                    return AlgebraicNashClaim.fromData(m);
                case "nash-support-exclusion":
                    return SupportExclusionClaim.fromData(m);
                default:
                    throw new IllegalArgumentException("unknown claim kind '" + (kind.length() > 40 ? kind.substring(0, 40) + "…" : kind)
                            + "' (known: " + String.join(", ", Checker.KINDS) + ")");
            }
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException | ArithmeticException e) {
            throw new IllegalArgumentException("claim data of kind '" + kind + "': " + describe(e));
        }
    }

    /** The column offset of the JSON on the data line ({@code "; data: "}). */
    private static final int DATA_PREFIX_LENGTH = 8;

    /**
     * A failure rebuilding or checking claim data, in words for the user: the message of an
     * argument or arithmetic error, and for a missing field, a wrong type or an index out of range
     * a plain description instead of a Java message.
     */
    static String describe(Throwable e) {
        if (e instanceof NullPointerException) {
            return "a required field is missing (or has no value)";
        }
        if (e instanceof ClassCastException) {
            return "a field has the wrong type (a number where a string is expected, or the reverse)";
        }
        if (e instanceof IndexOutOfBoundsException) {
            return "an index in the data is out of range (an action, state, player or variable that does not exist)";
        }
        if (e instanceof StackOverflowError) {
            return "the data is nested too deeply";
        }
        if (e instanceof OutOfMemoryError) {
            return "the data describes an object too large to check on this machine";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    /** Fields holding free text (titles, names, labels, SMT terms), not numbers. */
    private static final Set<String> TEXT_FIELDS = Set.of("title", "label", "name", "outputs", "kind", "bounds", "trees");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9.][0-9.]*([eE][-+]?[0-9]+)?(/[-+]?[0-9.]+([eE][-+]?[0-9]+)?)?");
    private static final Pattern CANONICAL = Pattern.compile("-?(0|[1-9][0-9]*)(/[1-9][0-9]*)?");
    /** The most digits a number in claim data may have. */
    static final int MAX_DIGITS = 100_000;

    /**
     * Numbers in claim data are written as equicert writes them: integers or fractions p/q in
     * lowest terms as JSON strings, JSON integers only for counts and indices. Anything else that
     * looks like a number ({@code 1e9}, {@code 0.5}, {@code 2/4}, a JSON {@code 4e9}) is refused
     * before it is parsed, so no exponent can make the checker expand a huge number.
     */
    private static void rejectNonCanonicalNumbers(Object o, String field) {
        if (TEXT_FIELDS.contains(field)) {
            return;
        }
        if (o instanceof String s) {
            if (s.length() > MAX_DIGITS + 2 && NUMBER_LIKE.matcher(s.substring(0, 50)).matches()) {
                throw new IllegalArgumentException("field '" + field + "': a number with more than " + MAX_DIGITS + " digits");
            }
            if (NUMBER_LIKE.matcher(s).matches() && !CANONICAL.matcher(s).matches()) {
                throw new IllegalArgumentException("field '" + field + "': '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s)
                        + "' is not written as equicert writes numbers (an integer or a fraction p/q, no exponent or decimal point)");
            }
        } else if (o instanceof Number n) {
            if (!(n instanceof Integer)) {
                throw new IllegalArgumentException("field '" + field + "': " + n + " is not a whole number below 2^31");
            }
        } else if (o instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                rejectNonCanonicalNumbers(e.getValue(), String.valueOf(e.getKey()));
            }
        } else if (o instanceof List<?> list) {
            for (Object x : list) {
                rejectNonCanonicalNumbers(x, field);
            }
        }
    }

    private static void rejectControlCharacters(Object o, int depth) {
        if (o instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    throw new IllegalArgumentException("claim data holds a string with control character U+"
                            + String.format("%04X", (int) c));
                }
            }
        } else if (o instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                rejectControlCharacters(e.getKey(), depth + 1);
                rejectControlCharacters(e.getValue(), depth + 1);
            }
        } else if (o instanceof List<?> list) {
            for (Object x : list) {
                rejectControlCharacters(x, depth + 1);
            }
        }
    }
}
