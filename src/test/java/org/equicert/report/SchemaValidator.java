package org.equicert.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates JSON text against the schemas of {@link Schemas}, resolving their {@code urn:equicert:schema:*}
 * ids to the texts in the jar only (nothing is fetched). Test support.
 */
final class SchemaValidator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = registry();
    private static final Map<String, Schema> CACHE = new HashMap<>();

    private SchemaValidator() {
    }

    private static SchemaRegistry registry() {
        String prefix = "urn:equicert:schema:";
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas((String iri) -> iri.startsWith(prefix) ? Schemas.text(iri.substring(prefix.length())) : null));
    }

    /** The schema of {@code command}, loaded once. */
    static synchronized Schema schema(String command) {
        return CACHE.computeIfAbsent(command, c -> REGISTRY.getSchema(SchemaLocation.of(Schemas.id(c))));
    }

    /** The violations of {@code json} against {@code command}'s schema, as "location: message"; empty when valid. */
    static List<String> errors(String command, String json) {
        return errors(command, parse(json));
    }

    /** The violations of a parsed document. */
    static List<String> errors(String command, JsonNode json) {
        List<Error> errors = schema(command).validate(json);
        return errors.stream().map(Error::toString).toList();
    }

    /** The violations of {@code json} against the definition {@code name} of the common schema. */
    static List<String> errorsAt(String name, String json) {
        Schema s = REGISTRY.getSchema("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$ref\": \""
                + Schemas.id(Schemas.COMMON) + "#/$defs/" + name + "\"}");
        return s.validate(parse(json)).stream().map(Error::toString).toList();
    }

    /** The violations of a schema's text against the draft 2020-12 meta-schema (bundled with the validator). */
    static List<String> metaErrors(String schemaText) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return meta.validate(parse(schemaText)).stream().map(Error::toString).toList();
    }

    /** The JSON tree of {@code text}. */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }
}
