package org.equicert.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void recordsAreTheSingleGameJsonInInputOrderAndIdenticalAcrossThreadCounts() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        BatchTesting.Run r1 = BatchTesting.run("batch", "nash", "examples/coordination.nfg", "examples/battle-of-the-sexes.nfg", "-o", one.toString());
        BatchTesting.Run r2 = BatchTesting.run("batch", "nash", "examples/coordination.nfg", "examples/battle-of-the-sexes.nfg", "-o", two.toString(),
                "--threads", "2");
        assertEquals(0, r1.code(), r1.err());
        assertEquals(0, r2.code(), r2.err());
        assertTrue(r1.out().contains("  ok                 2"), r1.out());
        String records = Files.readString(one.resolve("results.jsonl"));
        assertEquals(records, Files.readString(two.resolve("results.jsonl")));
        assertEquals(BatchTesting.tree(one.resolve("certificates")), BatchTesting.tree(two.resolve("certificates")));
        List<String> lines = records.lines().toList();
        assertEquals(2, lines.size());
        String[] games = {"coordination", "battle-of-the-sexes"};
        for (int i = 0; i < 2; i++) {
            String line = lines.get(i);
            String prefix = "{\"game\":\"examples/" + games[i] + ".nfg\",\"id\":\"" + games[i]
                    + "\",\"options\":[],\"job\":\"nash\",\"status\":\"ok\",\"exit\":0,\"result\":";
            assertTrue(line.startsWith(prefix), line);
            // the same command on its own, its paths made relative to the batch's output directory
            Path single = tmp.resolve("single-" + i);
            BatchTesting.Run s = BatchTesting.run("nash", "examples/" + games[i] + ".nfg", "--json", "--out", single.toString());
            assertEquals(0, s.code(), s.err());
            String expected = MAPPER.writeValueAsString(MAPPER.readTree(s.out().replace(single.toString(), "certificates/" + games[i])));
            assertEquals(prefix + expected + "}", line);
            JsonNode result = MAPPER.readTree(line).get("result");
            for (JsonNode c : result.get("certificates")) {
                assertTrue(Files.isRegularFile(one.resolve(c.asText())), c.asText());
            }
        }
    }

    @Test
    void resumeSkipsCheckedGamesAndRerunsOneWithACorruptedCertificate() throws IOException {
        Path out = tmp.resolve("out");
        String[] args = {"batch", "nash", "examples/coordination.nfg", "examples/battle-of-the-sexes.nfg", "-o", out.toString()};
        assertEquals(0, BatchTesting.run(args).code());
        String first = Files.readString(out.resolve("results.jsonl"));
        var certificates = BatchTesting.tree(out.resolve("certificates"));

        BatchTesting.Run again = BatchTesting.run(args);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("2 games (0 run, 2 kept from an earlier run)"), again.out());
        assertEquals(first, Files.readString(out.resolve("results.jsonl")));

        Path victim = out.resolve("certificates/battle-of-the-sexes/certificates/battle-of-the-sexes-eq2.smt2");
        Files.writeString(victim, Files.readString(victim).replace("(assert", "(assert (= 0 0))\n(assert"));
        BatchTesting.Run repaired = BatchTesting.run(args);
        assertEquals(0, repaired.code(), repaired.err());
        assertTrue(repaired.out().contains("2 games (1 run, 1 kept from an earlier run)"), repaired.out());
        assertTrue(repaired.err().contains("running examples/battle-of-the-sexes.nfg again: certificates/battle-of-the-sexes/certificates/"
                + "battle-of-the-sexes-eq2.smt2 does not check"), repaired.err());
        assertEquals(first, Files.readString(out.resolve("results.jsonl")));
        assertEquals(certificates, BatchTesting.tree(out.resolve("certificates")));

        Files.delete(out.resolve("certificates/coordination/certificates/coordination-nash-set.smt2"));
        BatchTesting.Run missing = BatchTesting.run(args);
        assertTrue(missing.err().contains("running examples/coordination.nfg again: missing certificates/coordination/certificates/"
                + "coordination-nash-set.smt2"), missing.err());
        assertEquals(first, Files.readString(out.resolve("results.jsonl")));
    }

    @Test
    void manifestGivesPerGameOptionsAndStatuses() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("m"));
        Files.copy(Path.of("examples/coordination.nfg"), dir.resolve("coordination.nfg"));
        Files.writeString(dir.resolve("broken.nfg"), "NFG 1 R \"x\" { \"1\" \"2\" } { 2 2 }\n1 2 3\n");
        Files.writeString(dir.resolve("list.txt"), String.join("\n",
                "# claims to certify",
                "coordination.nfg --profile '1,0;1,0'      # exact Nash",
                "coordination.nfg --profile \"0.5,0.6;1,0\"   # not a profile",
                "",
                "broken.nfg --profile '1,0;1,0'"));
        Path out = tmp.resolve("out");
        BatchTesting.Run r = BatchTesting.run("batch", "certify", dir.resolve("list.txt").toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        List<JsonNode> records = Files.readAllLines(out.resolve("results.jsonl")).stream().map(BatchCommandTest::json).toList();
        assertEquals(3, records.size());
        assertEquals(List.of("coordination", "coordination-2", "broken"), records.stream().map(n -> n.get("id").asText()).toList());
        assertEquals(List.of("ok", "discrepancy", "input-error"), records.stream().map(n -> n.get("status").asText()).toList());
        assertEquals(List.of(0, 1, 2), records.stream().map(n -> n.get("exit").asInt()).toList());
        assertEquals(dir.resolve("coordination.nfg").toString(), records.get(0).get("game").asText());
        assertEquals("[\"--profile\",\"0.5,0.6;1,0\"]", records.get(1).get("options").toString());
        assertTrue(records.get(2).get("result").isNull());
        assertTrue(records.get(2).get("error").asText().startsWith(dir.resolve("broken.nfg") + ":"), records.get(2).toString());
        assertTrue(r.out().contains("  ok                 1\n  discrepancy        1\n  input-error        1"), r.out());
    }

    @Test
    void compareManifestResolvesClaimsAgainstTheManifestDirectory() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("c"));
        Files.copy(Path.of("examples/coordination.nfg"), dir.resolve("coordination.nfg"));
        Files.copy(Path.of("examples/battle-of-the-sexes.nfg"), dir.resolve("bos.nfg"));
        Files.copy(Path.of("examples/battle-of-the-sexes.gambit.txt"), dir.resolve("bos.gambit.txt"));
        Files.writeString(dir.resolve("all.txt"), "1,0;1,0\n0,1;0,1\n1/3,2/3;1/3,2/3\n");
        Files.writeString(dir.resolve("list"), "coordination.nfg --claims all.txt\nbos.nfg --claims=bos.gambit.txt\n");
        Path out = tmp.resolve("out");
        BatchTesting.Run r = BatchTesting.run("batch", "compare", dir.resolve("list").toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        List<JsonNode> records = Files.readAllLines(out.resolve("results.jsonl")).stream().map(BatchCommandTest::json).toList();
        assertEquals(List.of("ok", "discrepancy"), records.stream().map(n -> n.get("status").asText()).toList());
        assertEquals("[\"--claims\",\"" + dir.resolve("bos.gambit.txt") + "\"]", records.get(1).get("options").toString());
        assertNotEquals(0, records.get(1).get("result").size());
    }

    @Test
    void manifestMistakesAreLocatedOnOneLineWithExitTwo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("m"));
        Files.copy(Path.of("examples/coordination.nfg"), dir.resolve("coordination.nfg"));
        String[][] cases = {
            {"coordination.nfg --profile '1,0;1,0'\n  missing.nfg --profile 1", ":2:3: no such game file 'missing.nfg'"},
            {"coordination.nfg --profile '1,0", ":1:28: unterminated single quote"},
            {"coordination.nfg --profile 1,0;1,0 --out x", ":1:36: '--out' is set by the batch itself"},
            {"coordination.nfg --profile 1,0;1,0 --bogus", ":1:18: certify: Unknown option: '--bogus'"},
            {"--profile 1,0;1,0", ":1:1: a manifest line starts with the game file"},
        };
        for (String[] c : cases) {
            Path manifest = dir.resolve("list.txt");
            Files.writeString(manifest, c[0]);
            BatchTesting.Run r = BatchTesting.run("batch", "certify", manifest.toString(), "-o", tmp.resolve("out").toString());
            assertEquals(2, r.code(), c[0]);
            assertEquals("error: " + manifest + c[1], r.err().strip().substring(0, ("error: " + manifest + c[1]).length()), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(tmp.resolve("out").resolve("results.jsonl")));
        }
    }

    @Test
    void usageMistakesAreOneLineWithExitTwo() {
        String out = tmp.resolve("out").toString();
        String[][] cases = {
            {"error: JOB: must be one of nash, certify, compare, symmetric, dynamics, sweep, got 'oracle'", "oracle", "examples/coordination.nfg", "-o", out},
            {"error: --threads must be from 1 to 1024, got 0", "nash", "examples/coordination.nfg", "-o", out, "--threads", "0"},
            {"error: --recheck must be all, sample or none, got 'most'", "nash", "examples/coordination.nfg", "-o", out, "--recheck", "most"},
            {"error: --timeout must be from 1 to 604800 seconds, got 0", "nash", "examples/coordination.nfg", "-o", out, "--timeout", "0"},
            {"error: --args: nash: Unknown option: '--bogus'", "nash", "examples/coordination.nfg", "-o", out, "--args", "--bogus"},
            {"error: nothing.nfg:1:1: no such game file", "nash", "nothing.nfg", "-o", out},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length];
            args[0] = "batch";
            System.arraycopy(c, 1, args, 1, c.length - 1);
            BatchTesting.Run r = BatchTesting.run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(c[0], r.err().strip(), String.join(" ", args));
        }
    }

    @Test
    void directoriesAreScannedRecursivelyInSortedOrderWithUniqueIds() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("games/sub"));
        Files.copy(Path.of("examples/coordination.nfg"), tmp.resolve("games/b.nfg"));
        Files.copy(Path.of("examples/coordination.nfg"), dir.resolve("a.nfg"));
        Files.writeString(dir.resolve("notes.txt"), "not a game");
        List<GameSpec> specs = BatchInputs.read(List.of(tmp.resolve("games"), Path.of("examples/coordination.nfg"),
                Path.of("examples/coordination.nfg")), List.of("--no-certify"), (g, o) -> java.util.Optional.empty());
        assertEquals(List.of("b", "sub-a", "coordination", "coordination-2"), specs.stream().map(GameSpec::id).toList());
        assertEquals(List.of(0, 1, 2, 3), specs.stream().map(GameSpec::index).toList());
        assertEquals(tmp.resolve("games/b.nfg").toString(), specs.get(0).game());
        assertEquals(List.of("--no-certify"), specs.get(3).options());
    }

    private static JsonNode json(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
