package org.equicert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each schema rejects a document that differs from a valid one by a regression a program would
 * trip on: a missing key, an extra key, an inexact number, a status outside its enum, a wrong shape.
 */
class JsonSchemaRejectionTest {

    /** A fresh valid document of {@code command}, made by running the CLI with {@code args}. */
    private static JsonNode valid(String command, String... args) {
        JsonSchemaTest.Run r = JsonSchemaTest.cli(args);
        assertTrue(r.code() <= 1, String.join(" ", args) + ": " + r.err());
        JsonSchemaTest.assertValid(command, r.out());
        return SchemaValidator.parse(r.out());
    }

    /** Asserts the mutated copy of {@code doc} is rejected with an error mentioning {@code expected}. */
    private static void rejects(String command, JsonNode doc, String expected, Consumer<ObjectNode> mutation) {
        ObjectNode copy = doc.deepCopy();
        mutation.accept(copy);
        List<String> errors = SchemaValidator.errors(command, copy);
        assertFalse(errors.isEmpty(), command + ": the mutation to '" + expected + "' was accepted: " + copy);
        assertTrue(errors.stream().anyMatch(e -> e.contains(expected)), command + ": expected an error at '" + expected + "', got " + errors);
    }

    private static ObjectNode object(JsonNode n, String... path) {
        JsonNode x = n;
        for (String p : path) {
            x = p.matches("[0-9]+") ? x.get(Integer.parseInt(p)) : x.get(p);
        }
        return (ObjectNode) x;
    }

    @Test
    void nashRejectsADecimalProbabilityAMissingCountAndThreePlayerKeysInATwoPlayerResult(@TempDir Path dir) {
        JsonNode doc = valid("nash", "nash", "examples/coordination.nfg", "--out", dir.toString(), "--json");
        rejects("nash", doc, "/extremeEquilibria/1/profile/0/0", d -> ((ArrayNode) d.at("/extremeEquilibria/1/profile/0")).set(0, "0.333"));
        rejects("nash", doc, "facts", d -> d.remove("facts"));
        rejects("nash", doc, "isolatedEquilibria", d -> d.putArray("isolatedEquilibria"));
        rejects("nash", doc, "/statements/0", d -> object(d, "statements", "0").put("certified", true));
        rejects("nash", doc, "/extremeEquilibria/0/payoffs/0", d -> ((ArrayNode) d.at("/extremeEquilibria/0/payoffs")).set(0, 10));
    }

    @Test
    void nashRejectsAnIsolatingBoxWithAMissingEpsilon() {
        JsonNode doc = valid("nash", "nash", "examples/irrational-2x2x2.nfg", "--no-certify", "--json");
        rejects("nash", doc, "epsilon", d -> object(d, "isolatedEquilibria", "3").remove("epsilon"));
        rejects("nash", doc, "/isolatedEquilibria/3/box/0/0", d -> ((ArrayNode) d.at("/isolatedEquilibria/3/box/0/0")).remove(1));
    }

    @Test
    void certifyRejectsPlayersOnAnInvalidProfileAndARegretAsANumber(@TempDir Path dir) {
        JsonNode doc = valid("certify", "certify", "examples/coordination.nfg", "--profile", "0.3333,0.6667;0.3333,0.6667", "--out", dir.toString(),
                "--json");
        rejects("certify", doc, "problems", d -> d.put("valid", false));
        rejects("certify", doc, "/players/0/regrets/high", d -> object(d, "players", "0", "regrets").put("high", -1));
        rejects("certify", doc, "/maxRegret", d -> d.put("maxRegret", "-1/2"));
    }

    @Test
    void compareRejectsAClaimThatIsAndApproximatesAndAnUnknownKey(@TempDir Path dir) {
        JsonNode doc = valid("compare", "compare", "examples/battle-of-the-sexes.nfg", "--claims", "examples/battle-of-the-sexes.gambit.txt",
                "--out", dir.toString(), "--json");
        rejects("compare", doc, "/claims/0", d -> object(d, "claims", "0").put("approximates", "component 2: x"));
        rejects("compare", doc, "/claims/1", d -> object(d, "claims", "1").put("nash", true));
        rejects("compare", doc, "exact", d -> d.put("exact", true));
    }

    @Test
    void symmetricRejectsAnUnknownKindAnAlgebraicValueWithoutItsPolynomialAndANonBooleanDecision(@TempDir Path dir) {
        JsonNode doc = valid("symmetric", "symmetric", "examples/partygoers.nfg", "--out", dir.toString(), "--json");
        rejects("symmetric", doc, "/kind", d -> d.put("kind", "MIXED"));
        rejects("symmetric", doc, "/value", d -> object(d, "value").remove("polynomial"));
        rejects("symmetric", doc, "/nash", d -> d.put("nash", "YES"));
        rejects("symmetric", doc, "/criticalPoints/0/kind", d -> object(d, "criticalPoints", "0").put("kind", "maximum"));
    }

    @Test
    void oracleRejectsAClassNotWellFoundedAndAnUtilityAsDecimal(@TempDir Path dir) {
        JsonNode doc = valid("oracle", "oracle", "examples/oracle/chicken-threshold.json", "--out", dir.toString(), "--json");
        rejects("oracle", doc, "/classes/0/wellFounded", d -> object(d, "classes", "0").put("wellFounded", false));
        rejects("oracle", doc, "/stratifiedParetoOptima/0/utilities/A", d -> object(d, "stratifiedParetoOptima", "0", "utilities").put("A", "2.0625"));
        rejects("oracle", doc, "/classes/0/covers", d -> object(d, "classes", "0").putArray("covers").add("{A}"));
    }

    @Test
    void sweepRejectsAnUnknownClassAndACountAsAString(@TempDir Path dir) {
        JsonNode doc = valid("sweep", "sweep", "--games", "1", "--players", "2..2", "--actions", "2..2", "--runs", "1", "--threads", "1", "--out",
                dir.toString(), "--json");
        rejects("sweep", doc, "/results/0/class", d -> object(d, "results", "0").put("class", "ZeroSumGame"));
        rejects("sweep", doc, "/results/0/games", d -> object(d, "results", "0").put("games", "1"));
    }

    @Test
    void dynamicsRejectsAVariantMixingTheBaseAndTheAlphaShapes(@TempDir Path dir) {
        JsonNode doc = valid("dynamics", "dynamics", "examples/coordination.nfg", "--base", "2", "--out", dir.toString(), "--json");
        rejects("dynamics", doc, "alpha", d -> d.put("alpha", "1/2"));
        rejects("dynamics", doc, "/distribution/0", d -> ((ArrayNode) d.get("distribution")).set(0, "-1/2"));
        rejects("dynamics", doc, "variant", d -> d.put("variant", "individual"));
    }

    @Test
    void infoRejectsACertifiedFactAndASymmetryWithoutOrbits() {
        JsonNode doc = valid("info", "info", "examples/partygoers.nfg", "--json");
        rejects("info", doc, "/facts/certified", d -> object(d, "facts").put("certified", 1));
        rejects("info", doc, "orbits", d -> object(d, "symmetry").remove("orbits"));
    }

    @Test
    void checkRejectsAValidFileWithoutItsClaimAndAnUnknownStatus(@TempDir Path dir) {
        JsonSchemaTest.Run nash = JsonSchemaTest.cli("nash", "examples/coordination.nfg", "--out", dir.toString());
        assertEquals(0, nash.code(), nash.err());
        JsonNode doc = valid("check", "check", "--json", dir.resolve("certificates/coordination-eq2.smt2").toString());
        rejects("check", doc, "claim", d -> object(d, "files", "0").remove("claim"));
        rejects("check", doc, "/files/0/status", d -> object(d, "files", "0").put("status", "VALID"));
        rejects("check", doc, "/files/0/fingerprint", d -> object(d, "files", "0").put("fingerprint", "sha256:00"));
    }
}
