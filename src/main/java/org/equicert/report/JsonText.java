package org.equicert.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Serialises a rendered result's JSON tree (maps, lists, strings, integers, booleans; exact numbers
 * as strings or {@link ExactJson} objects) as indented JSON text. The one serialiser shared by the
 * CLI and library callers, so both print the same bytes for the same result.
 */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonText() {
    }

    /** The indented JSON text of {@code value}. */
    public static String render(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rendered result holds a value JSON cannot represent: " + e.getOriginalMessage(), e);
        }
    }
}
