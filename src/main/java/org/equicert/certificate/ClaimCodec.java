package org.equicert.certificate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

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
            throw new IllegalArgumentException("claim data is not valid JSON: " + e.getOriginalMessage());
        }
        if (m == null) {
            throw new IllegalArgumentException("claim data is null");
        }
        rejectControlCharacters(m, 0);
        String kind = String.valueOf(m.get("kind"));
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
                case "algebraic-nash":
                    return AlgebraicNashClaim.fromData(m);
                default:
                    throw new IllegalArgumentException("unknown claim kind '" + kind + "'");
            }
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException | ArithmeticException e) {
            throw new IllegalArgumentException("claim data of kind '" + kind + "' is malformed: " + e.getMessage());
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
