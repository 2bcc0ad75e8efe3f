package org.equicert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.equicert.api.NashOptions;
import org.equicert.api.NashSets;
import org.equicert.api.OracleGames;
import org.equicert.api.OracleOptions;
import org.equicert.api.SymmetricOptima;
import org.equicert.api.SymmetricOptions;
import org.equicert.game.io.GameFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's {@code --json} prints the very bytes a library caller gets from the API job and the
 * renderer ({@code JsonText.render(Renderer.render(job).json())}), and two fresh JVMs print the same
 * bytes for the same input (no hash order, locale or time in the JSON).
 */
class JsonSameBytesTest {

    private static String cliJson(String... args) {
        JsonSchemaTest.Run r = JsonSchemaTest.cli(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return r.out();
    }

    @Test
    void nashJsonOfTheCliIsTheApisRenderedJson(@TempDir Path dir) {
        String cli = cliJson("nash", "examples/battle-of-the-sexes.nfg", "--out", dir.toString(), "--json");
        String api = JsonText.render(NashSetRenderer.render(NashSets.solve(GameFiles.read(Path.of("examples/battle-of-the-sexes.nfg")),
                NashOptions.defaults().withBaseName("battle-of-the-sexes").withCertificates(dir))).json());
        assertEquals(api + System.lineSeparator(), cli);
        assertTrue(api.contains("battle-of-the-sexes-nash-set.smt2"), api);
    }

    @Test
    void nashJsonOfTheCliIsTheApisRenderedJsonForThreePlayersWithoutCertificates() {
        String cli = cliJson("nash", "examples/irrational-2x2x2.nfg", "--no-certify", "--json");
        String api = JsonText.render(NashSetRenderer.render(NashSets.solve(GameFiles.read(Path.of("examples/irrational-2x2x2.nfg")),
                NashOptions.defaults().withBaseName("irrational-2x2x2"))).json());
        assertEquals(api + System.lineSeparator(), cli);
    }

    @Test
    void symmetricJsonOfTheCliIsTheApisRenderedJson(@TempDir Path dir) {
        String cli = cliJson("symmetric", "examples/partygoers.nfg", "--out", dir.toString(), "--json");
        String api = JsonText.render(SymmetricRenderer.render(SymmetricOptima.analyze(GameFiles.read(Path.of("examples/partygoers.nfg")),
                SymmetricOptions.defaults().withBaseName("partygoers").withCertificates(dir))).json());
        assertEquals(api + System.lineSeparator(), cli);
        assertTrue(api.contains("\"closedForm\" : \"-16 + 16√2\""), api);
    }

    @Test
    void oracleJsonOfTheCliIsTheApisRenderedJson(@TempDir Path dir) {
        Path game = Path.of("examples/oracle/pd-copy-jailer.json");
        String cli = cliJson("oracle", game.toString(), "--out", dir.toString(), "--json");
        String api = JsonText.render(OracleRenderer.render(OracleGames.solve(game, OracleOptions.defaults().withBaseName("pd-copy-jailer")
                .withCertificates(dir))).json());
        assertEquals(api + System.lineSeparator(), cli);
    }

    /** Runs the CLI in a fresh JVM (its own hash seeds) and returns its standard output's bytes. */
    private static byte[] freshJvm(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.language=tr", "-Duser.country=TR", "org.equicert.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the JVM did not finish: " + args[0]);
        assertEquals(0, p.exitValue(), String.join(" ", args));
        return out.toByteArray();
    }

    @Test
    void twoFreshJvmsPrintTheSameJsonBytesAsThisOne(@TempDir Path dir) throws IOException, InterruptedException {
        List<String[]> runs = List.of(
                new String[] {"nash", "examples/irrational-2x2x2.nfg", "--no-certify", "--json"},
                new String[] {"symmetric", "examples/example-5-0-5.nfg", "--no-certify", "--json"},
                new String[] {"oracle", "examples/oracle/movie-or-board-game.json", "--no-certify", "--json"},
                new String[] {"dynamics", "examples/coordination.nfg", "--base", "2", "--rounds", "10", "--simulate", "20", "--out", dir.toString(), "--json"},
                new String[] {"info", "examples/veil-of-ignorance.nfg", "--json"});
        for (String[] args : runs) {
            byte[] first = freshJvm(dir, args);
            byte[] second = freshJvm(dir, args);
            String here = cliJson(args);
            assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8), String.join(" ", args));
            assertEquals(here, new String(first, StandardCharsets.UTF_8), "this JVM versus a fresh one (Turkish locale): " + String.join(" ", args));
        }
    }
}
