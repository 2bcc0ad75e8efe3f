package org.equicert.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of the commands' {@code --json} output, shipped in the jar under
 * {@code org/equicert/report/schema/}: one per command ({@code COMMAND.schema.json}, {@code $id}
 * {@code urn:equicert:schema:COMMAND}) and {@code common.schema.json} ({@code urn:equicert:schema:common}),
 * whose {@code $defs} the others reference: exact rationals ({@code "p/q"}), intervals, real algebraic
 * numbers, profiles, and the stated facts with their citations. A program reading equicert's JSON can
 * validate it with any draft 2020-12 validator that resolves these two ids to the texts returned here.
 */
public final class Schemas {

    /** The commands with a {@code --json} output, each with its schema. */
    public static final List<String> COMMANDS = List.of("nash", "certify", "compare", "symmetric", "sweep", "oracle", "dynamics", "info",
            "check");

    /** The name of the shared definitions, accepted by {@link #text} beside the commands. */
    public static final String COMMON = "common";

    private Schemas() {
    }

    /** The {@code $id} of the schema named {@code name} ({@code urn:equicert:schema:NAME}). */
    public static String id(String name) {
        check(name);
        return "urn:equicert:schema:" + name;
    }

    /**
     * The text of the schema of {@code command}'s JSON output, or of {@link #COMMON}; O(size of the file).
     *
     * @throws IllegalArgumentException if {@code name} is neither a command of {@link #COMMANDS} nor {@code common}
     */
    public static String text(String name) {
        check(name);
        String resource = "schema/" + name + ".schema.json";
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks org/equicert/report/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/equicert/report/" + resource, e);
        }
    }

    private static void check(String name) {
        if (!COMMON.equals(name) && !COMMANDS.contains(name)) {
            throw new IllegalArgumentException("no JSON schema named '" + name + "'; the schemas are " + COMMON + " and " + COMMANDS);
        }
    }
}
