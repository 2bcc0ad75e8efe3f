package org.equicert.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Serializes a claim's data to one line of JSON and rebuilds the claim from it. */
public final class ClaimCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
     * @throws IllegalArgumentException if the JSON is not a known claim
     */
    @SuppressWarnings("unchecked")
    public static Claim fromJson(String json) {
        Map<String, Object> m;
        try {
            m = MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("claim data is not valid JSON: " + e.getOriginalMessage());
        }
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
                default:
                    throw new IllegalArgumentException("unknown claim kind '" + kind + "'");
            }
        } catch (ClassCastException | NullPointerException | NumberFormatException e) {
            throw new IllegalArgumentException("claim data of kind '" + kind + "' is malformed: " + e.getMessage());
        }
    }
}
