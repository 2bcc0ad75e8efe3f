package org.equicert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.equicert.api.ClaimedProfile;
import org.equicert.api.CompareOptions;
import org.equicert.api.Comparison;
import org.equicert.api.DynamicsOptions;
import org.equicert.api.GameInfo;
import org.equicert.api.LearningDynamics;
import org.equicert.api.NashOptions;
import org.equicert.api.NashSets;
import org.equicert.api.OracleGames;
import org.equicert.api.OracleOptions;
import org.equicert.api.ProfileCertification;
import org.equicert.api.ProfileOptions;
import org.equicert.api.Progress;
import org.equicert.api.SweepOptions;
import org.equicert.api.Sweeps;
import org.equicert.api.SymmetricOptima;
import org.equicert.api.SymmetricOptions;
import org.equicert.cli.Main;
import org.equicert.game.GamutGenerator;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's JSON output validates against its schema ({@link Schemas}), on the examples, through
 * the API and renderers in-process and through the CLI; each schema rejects a mutated document.
 */
class JsonSchemaTest {

    static final Path CORPUS_2X2X2 = Path.of("../shared/corpus/gambit/contrib/games/2x2x2.nfg");

    /** The output of one CLI run. */
    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static void assertValid(String command, String json) {
        List<String> errors = SchemaValidator.errors(command, json);
        assertTrue(errors.isEmpty(), command + " JSON violates its schema: " + errors + "\n" + json);
    }

    static void assertValid(String command, Rendered rendered) {
        assertValid(command, JsonText.render(rendered.json()));
    }

    static String stem(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.lastIndexOf('.'));
    }

    static Stream<Path> normalFormExamples() throws IOException {
        List<Path> games = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            s.filter(p -> p.toString().endsWith(".nfg")).sorted().forEach(games::add);
        }
        assertEquals(9, games.size(), "examples/*.nfg: " + games);
        return games.stream();
    }

    static Stream<Path> oracleExamples() throws IOException {
        List<Path> games = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples/oracle"))) {
            s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("ultimatum")).sorted().forEach(games::add);
        }
        assertEquals(8, games.size(), "examples/oracle/*.json without the ultimatum games: " + games);
        return games.stream();
    }

    // ---- the schemas themselves

    @Test
    void everyCommandHasASchemaThatLoadsWithItsId() {
        for (String c : Schemas.COMMANDS) {
            JsonNode schema = SchemaValidator.parse(Schemas.text(c));
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText(), c);
            assertEquals("urn:equicert:schema:" + c, schema.get("$id").asText(), c);
            assertTrue(schema.has("title") && schema.has("description"), c);
            SchemaValidator.schema(c);
        }
        assertEquals("urn:equicert:schema:common", SchemaValidator.parse(Schemas.text(Schemas.COMMON)).get("$id").asText());
    }

    @Test
    void everySchemaIsValidAgainstTheDraft202012MetaSchema() {
        for (String name : Stream.concat(Stream.of(Schemas.COMMON), Schemas.COMMANDS.stream()).toList()) {
            List<String> errors = SchemaValidator.metaErrors(Schemas.text(name));
            assertTrue(errors.isEmpty(), name + ": " + errors);
        }
    }

    @Test
    void anUnknownSchemaNameIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schemas.text("equilibria"));
        assertTrue(e.getMessage().contains("'equilibria'") && e.getMessage().contains("nash"), e.getMessage());
    }

    @Test
    void commonDefinitionsAcceptCanonicalRationalsAndRefuseOthers() {
        for (String ok : List.of("0", "1", "-1", "1/3", "-2/3", "9223372036854775808", "-9223372036854775808/9223372036854775807")) {
            assertTrue(SchemaValidator.errorsAt("rational", '"' + ok + '"').isEmpty(), ok);
        }
        for (String bad : List.of("-0", "0/3", "3/1", "-3/1", "01", "1/0", "1/-3", "0.5", "1e3", "+1", "1/", "", " 1", "1/03")) {
            assertFalse(SchemaValidator.errorsAt("rational", '"' + bad + '"').isEmpty(), bad);
        }
        assertFalse(SchemaValidator.errorsAt("rational", "1").isEmpty(), "a JSON number is not an exact rational");
        assertTrue(SchemaValidator.errorsAt("probability", "\"2/3\"").isEmpty());
        assertFalse(SchemaValidator.errorsAt("probability", "\"-1/3\"").isEmpty());
        assertFalse(SchemaValidator.errorsAt("probability", "\"2\"").isEmpty());
        assertTrue(SchemaValidator.errorsAt("interval", "[\"-1\", \"1/2\"]").isEmpty());
        assertFalse(SchemaValidator.errorsAt("interval", "[\"-1\", \"1/2\", \"1\"]").isEmpty());
        assertFalse(SchemaValidator.errorsAt("interval", "[\"-1\"]").isEmpty());
    }

    @Test
    void algebraicNumbersOfTheRendererValidate() {
        // 2 - sqrt(2), the partygoers' optimal probability, and its negative
        org.equicert.number.RealAlgebraic x = org.equicert.number.RealAlgebraic.of(
                org.equicert.number.UnivariatePolynomial.of(Rational.of(2), Rational.of(-4), Rational.ONE), Rational.ZERO, Rational.ONE);
        String json = JsonText.render(ExactJson.algebraic(x));
        assertTrue(SchemaValidator.errorsAt("algebraicNumber", json).isEmpty(), json);
        assertTrue(SchemaValidator.errorsAt("exactNumber", json).isEmpty(), json);
        // -2 + sqrt(2), a root of x^2 + 4x + 2 in (-1, 0]
        org.equicert.number.RealAlgebraic y = org.equicert.number.RealAlgebraic.of(
                org.equicert.number.UnivariatePolynomial.of(Rational.of(2), Rational.of(4), Rational.ONE), Rational.of(-1), Rational.ZERO);
        String negative = JsonText.render(ExactJson.algebraic(y));
        assertTrue(negative.contains("\"-0.58578643762690495119…\""), negative);
        assertTrue(SchemaValidator.errorsAt("exactNumber", negative).isEmpty(), negative);
        ObjectNode noDecimal = (ObjectNode) SchemaValidator.parse(json);
        noDecimal.remove("decimal");
        assertFalse(SchemaValidator.errorsAt("exactNumber", noDecimal.toString()).isEmpty());
    }

    // ---- nash

    @ParameterizedTest
    @MethodSource("normalFormExamples")
    void nashOfEveryExampleValidates(Path game) {
        NormalFormGame g = GameFiles.read(game);
        assertValid("nash", NashSetRenderer.render(NashSets.solve(g, NashOptions.defaults().withBaseName(stem(game)))));
    }

    @Test
    void nashWithCertificatesAndIsolatingBoxesValidates(@TempDir Path dir) {
        NormalFormGame g = GameFiles.read(Path.of("examples/irrational-2x2x2.nfg"));
        Rendered r = NashSetRenderer.render(NashSets.solve(g, NashOptions.defaults().withBaseName("irrational").withCertificates(dir)));
        String json = JsonText.render(r.json());
        assertValid("nash", json);
        JsonNode tree = SchemaValidator.parse(json);
        assertTrue(tree.get("isolatedEquilibria").findValue("box") != null, json);
        assertTrue(tree.get("certificates").size() > 0, json);
    }

    @Test
    void nashOfTheCorpusThreePlayerGameValidatesThroughTheCli(@TempDir Path dir) {
        Assumptions.assumeTrue(Files.exists(CORPUS_2X2X2), "the corpus is not beside the repository");
        Run r = cli("nash", CORPUS_2X2X2.toString(), "--out", dir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertValid("nash", r.out());
        assertEquals(9, SchemaValidator.parse(r.out()).get("isolatedEquilibria").size());
    }

    @Test
    void nashCoverageOfTheExcludedSupportProfilesIsInTheSchema(@TempDir Path dir) {
        Assumptions.assumeTrue(Files.exists(CORPUS_2X2X2), "the corpus is not beside the repository");
        Run r = cli("nash", CORPUS_2X2X2.toString(), "--out", dir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertValid("nash", r.out());
        JsonNode coverage = SchemaValidator.parse(r.out()).get("coverage");
        assertEquals(27, coverage.get("supportProfiles").asInt());
        assertEquals(19, coverage.get("excluded").asInt());
        assertEquals(19, coverage.get("linear").asInt());
        assertEquals(3, coverage.get("joint").asInt());
        assertTrue(coverage.get("linearCertified").asBoolean());
        assertEquals(0, coverage.get("algebraic").asInt());
        assertEquals("[1,2,4,5]", coverage.get("pureEquilibria").toString());
        assertEquals(4, coverage.get("mixedSupports").asInt());
        assertFalse(coverage.get("completeCertified").asBoolean());
        ObjectNode without = (ObjectNode) SchemaValidator.parse(r.out());
        without.remove("coverage");
        assertFalse(SchemaValidator.errors("nash", without.toString()).isEmpty(), "coverage is required for more than two players");
        ObjectNode extra = (ObjectNode) SchemaValidator.parse(r.out());
        ((ObjectNode) extra.get("coverage")).put("certifiedEverything", true);
        assertFalse(SchemaValidator.errors("nash", extra.toString()).isEmpty(), "coverage has no other fields");
    }

    // ---- symmetric

    @ParameterizedTest
    @ValueSource(strings = {"coordination", "example-5-0-5", "partygoers", "taxis-identical", "veil-of-ignorance"})
    void symmetricOfTheCommonPayoffExamplesValidates(String name, @TempDir Path dir) {
        NormalFormGame g = GameFiles.read(Path.of("examples/" + name + ".nfg"));
        assertValid("symmetric", SymmetricRenderer.render(SymmetricOptima.analyze(g, SymmetricOptions.defaults().withBaseName(name)
                .withCertificates(dir))));
    }

    @Test
    void symmetricOfTheLargeTaxiGroupsValidatesThroughTheCliWithoutCertificates() {
        Run r = cli("symmetric", "examples/taxis-large-groups.nfg", "--no-certify", "--json");
        assertEquals(0, r.code(), r.err());
        assertValid("symmetric", r.out());
    }

    @Test
    void symmetricPartygoersValueIsAnAlgebraicNumberInTheJson(@TempDir Path dir) {
        Run r = cli("symmetric", "examples/partygoers.nfg", "--out", dir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertValid("symmetric", r.out());
        JsonNode value = SchemaValidator.parse(r.out()).get("value");
        assertEquals("[\"-256\",\"32\",\"1\"]", value.get("polynomial").toString());
        assertEquals("-16 + 16√2", value.get("closedForm").asText());
    }

    // ---- oracle

    @ParameterizedTest
    @MethodSource("oracleExamples")
    void oracleOfEveryFastExampleValidates(Path file, @TempDir Path dir) {
        assertValid("oracle", OracleRenderer.render(OracleGames.solve(file, OracleOptions.defaults().withBaseName(stem(file))
                .withCertificates(dir))));
    }

    @Test
    void oracleWithoutCertificatesValidates() {
        Run r = cli("oracle", "examples/oracle/pd-copy-jailer.json", "--no-certify", "--json");
        assertEquals(0, r.code(), r.err());
        assertValid("oracle", r.out());
    }

    // ---- certify and compare

    @Test
    void certifyValidatesForANonNashProfileWithARepairAnExactEquilibriumAndANonProfile(@TempDir Path dir) {
        NormalFormGame g = GameFiles.read(Path.of("examples/coordination.nfg"));
        ProfileOptions o = ProfileOptions.defaults().withBaseName("coordination").withCertificates(dir);
        Rendered decimal = ProfileCertificationRenderer.render(ProfileCertification.certify(g, profile("3333/10000,6667/10000;3333/10000,6667/10000"), o));
        assertValid("certify", decimal);
        assertEquals("1/3,2/3;1/3,2/3", decimal.json().get("repair"));
        Rendered exact = ProfileCertificationRenderer.render(ProfileCertification.certify(g, profile("1/3,2/3;1/3,2/3"),
                o.withEpsilon(Rational.of(1, 10))));
        assertValid("certify", exact);
        assertEquals(true, exact.json().get("epsilonNash"));
        Rendered invalid = ProfileCertificationRenderer.render(ProfileCertification.certify(g, profile("1/2,3/5;1,0"), o));
        assertValid("certify", invalid);
        assertEquals(false, invalid.json().get("valid"));
    }

    @Test
    void certifyThroughTheCliValidates(@TempDir Path dir) {
        Run r = cli("certify", "examples/battle-of-the-sexes.nfg", "--profile", "0.6667,0.3333;0.3333,0.6667", "--out", dir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertValid("certify", r.out());
    }

    @Test
    void compareValidatesWithMissedComponentsAndInvalidClaims(@TempDir Path dir) {
        NormalFormGame g = GameFiles.read(Path.of("examples/battle-of-the-sexes.nfg"));
        CompareOptions o = CompareOptions.defaults().withBaseName("bos").withCertificates(dir);
        Rendered gambit = ComparisonRenderer.render(Comparison.compare(g, Path.of("examples/battle-of-the-sexes.gambit.txt"), o));
        assertValid("compare", gambit);
        List<ClaimedProfile> claims = List.of(
                new ClaimedProfile("list:1", profile("0,1;0,1")),
                new ClaimedProfile("list:2", profile("2/3,1/3;1/3,2/3")),
                new ClaimedProfile("list:3", profile("1,0;1,0")),
                new ClaimedProfile("list:4", profile("6666667/10000000,3333334/10000000;1/3,2/3")),
                new ClaimedProfile("list:5", profile("3/2,-1/2;1,0")));
        Rendered mixed = ComparisonRenderer.render(Comparison.compare(g, claims, o));
        assertValid("compare", mixed);
        JsonNode tree = SchemaValidator.parse(JsonText.render(mixed.json()));
        assertEquals(false, tree.get("claims").get(4).get("valid").asBoolean(true), tree.toString());
        assertEquals(0, tree.get("missed").size(), tree.toString());
    }

    @Test
    void compareThroughTheCliValidates(@TempDir Path dir) {
        Run r = cli("compare", "examples/battle-of-the-sexes.nfg", "--claims", "examples/battle-of-the-sexes.gambit.txt", "--out", dir.toString(),
                "--json");
        assertEquals(1, r.code(), r.err());
        assertValid("compare", r.out());
    }

    // ---- sweep, dynamics, info

    @Test
    void sweepValidates() throws InterruptedException {
        SweepOptions o = SweepOptions.defaults().withSizes(2, 2, 2, 3).withEffort(1, 2, 200).withThreads(1)
                .withClasses(List.of(GamutGenerator.GameClass.values()));
        String json = JsonText.render(SweepRenderer.json(Sweeps.run(o, Progress.SILENT)));
        assertValid("sweep", json);
        assertEquals(6, SchemaValidator.parse(json).get("results").size());
    }

    @Test
    void dynamicsValidatesInItsFourShapes(@TempDir Path dir) {
        String out = dir.toString();
        List<String[]> runs = List.of(
                new String[] {"dynamics", "examples/coordination.nfg", "--base", "2", "--epsilon", "1/10", "--rounds", "10", "--out", out, "--json"},
                new String[] {"dynamics", "examples/coordination.nfg", "--alpha", "0.5", "--simulate", "50", "--out", out, "--json"},
                new String[] {"dynamics", "examples/prisoners-dilemma.nfg", "--base", "2", "--individual", "--out", out, "--json"},
                new String[] {"dynamics", "--gamut", "CoordinationGame:3:2:1", "--base", "2", "--json"});
        for (String[] args : runs) {
            Run r = cli(args);
            assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
            assertValid("dynamics", r.out());
        }
    }

    @Test
    void dynamicsThroughTheApiValidates(@TempDir Path dir) {
        NormalFormGame coordination = GameFiles.read(Path.of("examples/coordination.nfg"));
        DynamicsOptions base = DynamicsOptions.atBase(Rational.of(3)).withEpsilon(Rational.of(1, 100)).withRounds(3).withSimulation(20, 7)
                .withName("coordination").withCertificates(dir);
        assertValid("dynamics", DynamicsRenderer.render(LearningDynamics.analyse(coordination, base)));
        NormalFormGame pd = GameFiles.read(Path.of("examples/prisoners-dilemma.nfg"));
        assertValid("dynamics", DynamicsRenderer.render(LearningDynamics.analyse(pd, DynamicsOptions.atBase(Rational.of(3, 2)).withIndividual(true))));
    }

    @ParameterizedTest
    @MethodSource("normalFormExamples")
    void infoOfEveryExampleValidates(Path game) {
        assertValid("info", InfoRenderer.render(GameInfo.of(GameFiles.read(game)), game.toString()));
    }

    @Test
    void infoThroughTheCliValidates() {
        Run r = cli("info", "../shared/corpus/gambit/contrib/games/2x2x2.nfg", "--json");
        Assumptions.assumeTrue(Files.exists(CORPUS_2X2X2), "the corpus is not beside the repository");
        assertEquals(0, r.code(), r.err());
        assertValid("info", r.out());
    }

    // ---- check

    @Test
    void checkJsonValidatesForValidInvalidAndMalformedFiles(@TempDir Path dir) throws IOException {
        Run nash = cli("nash", "examples/coordination.nfg", "--out", dir.toString());
        assertEquals(0, nash.code(), nash.err());
        Path good = dir.resolve("certificates/coordination-eq1.smt2");
        Path tampered = dir.resolve("tampered.smt2");
        Files.writeString(tampered, Files.readString(good).replace("(assert", "(assert true)\n(assert"));
        Path plain = dir.resolve("plain.smt2");
        Files.writeString(plain, "(set-logic QF_LRA)\n(check-sat)\n");
        Run r = cli("check", "--json", "--game", "examples/prisoners-dilemma.nfg", good.toString(), tampered.toString(), plain.toString(),
                dir.resolve("missing.smt2").toString());
        assertEquals(2, r.code(), r.err());
        assertValid("check", r.out());
        JsonNode tree = SchemaValidator.parse(r.out());
        assertEquals(List.of("invalid", "invalid", "invalid", "malformed"),
                List.of(status(tree, 0), status(tree, 1), status(tree, 2), status(tree, 3)), r.out());
        assertTrue(tree.get("files").get(0).get("reason").asText().startsWith("rule 'binding'"), r.out());
        Run valid = cli("check", "--json", good.toString());
        assertEquals(0, valid.code(), valid.err());
        assertValid("check", valid.out());
        assertEquals("valid", status(SchemaValidator.parse(valid.out()), 0));
        Run text = cli("check", good.toString());
        assertTrue(text.out().startsWith("VALID      " + good), text.out());
    }

    private static String status(JsonNode tree, int file) {
        return tree.get("files").get(file).get("status").asText();
    }

    static List<List<Rational>> profile(String text) {
        List<List<Rational>> out = new ArrayList<>();
        for (String player : text.split(";")) {
            out.add(Stream.of(player.split(",")).map(Rational::parse).toList());
        }
        return out;
    }
}
