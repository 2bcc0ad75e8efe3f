package org.equicert.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameTaskTest {

    private static final GameSpec SPEC = new GameSpec(4, "slow", "games/slow.nfg", List.of("--max-boxes", "7"));

    /** A job that never finishes on its own. */
    private static final class Sleeper implements GameJob {
        private static final long serialVersionUID = 1L;

        @Override
        public Outcome run(String job, GameSpec spec, Path outDir) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome(0, "{}", "");
        }
    }

    /** A job that writes a certificate citing its directory. */
    private static final class Writer implements GameJob {
        private static final long serialVersionUID = 1L;

        @Override
        public Outcome run(String job, GameSpec spec, Path outDir) {
            try {
                Files.createDirectories(outDir.resolve("certificates"));
                Files.writeString(outDir.resolve("certificates/x.smt2"), "(check-sat)\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Outcome(1, "{\n  \"certificates\" : [ \"" + outDir + "/certificates/x.smt2\" ],\n  \"n\" : 1.50\n}", "");
        }
    }

    @Test
    void aGamePastItsDeadlineIsRecordedAsTimeoutWithoutStalling() {
        long start = System.nanoTime();
        FinishedGame g = new GameTask("nash", new Sleeper(), 1).execute(SPEC);
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "the deadline of 1 s was not kept");
        assertEquals(GameStatus.TIMEOUT, g.status());
        assertEquals("{\"game\":\"games/slow.nfg\",\"id\":\"slow\",\"options\":[\"--max-boxes\",\"7\"],\"job\":\"nash\",\"status\":\"timeout\","
                + "\"exit\":3,\"result\":null,\"error\":\"timed out after 1 s (--timeout)\"}", g.record());
        assertEquals(List.of(), g.files());
    }

    @Test
    void pathsBecomeRelativeToTheOutputDirectoryAndFilesAreReturned() {
        FinishedGame g = new GameTask("compare", new Writer(), 0).execute(SPEC);
        assertEquals(GameStatus.DISCREPANCY, g.status());
        assertEquals("{\"game\":\"games/slow.nfg\",\"id\":\"slow\",\"options\":[\"--max-boxes\",\"7\"],\"job\":\"compare\",\"status\":\"discrepancy\","
                + "\"exit\":1,\"result\":{\"certificates\":[\"certificates/slow/certificates/x.smt2\"],\"n\":1.50}}", g.record());
        assertEquals(1, g.files().size());
        assertEquals("certificates/x.smt2", g.files().get(0).path());
        assertEquals("(check-sat)\n", new String(g.files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void statusFollowsTheExitCode() {
        assertEquals(List.of(GameStatus.OK, GameStatus.DISCREPANCY, GameStatus.INPUT_ERROR, GameStatus.TIMEOUT, GameStatus.ERROR, GameStatus.ERROR),
                List.of(0, 1, 2, 3, 4, -1).stream().map(GameStatus::ofExit).toList());
        for (GameStatus s : GameStatus.values()) {
            assertEquals(s, GameStatus.parse(s.label()));
        }
    }

    @Test
    void badArgumentsNameTheValue() {
        assertEquals("unknown batch job 'oracle'; use one of nash, certify, compare, symmetric, dynamics, sweep",
                assertThrows(IllegalArgumentException.class, () -> new GameTask("oracle", new Sleeper(), 0)).getMessage());
        assertEquals("game id must be letters, digits, '.', '_' or '-' and not start with '.', got '../x'",
                assertThrows(IllegalArgumentException.class, () -> new GameSpec(0, "../x", "g.nfg", List.of())).getMessage());
        assertEquals("a game file path must be relative and inside its directory, got '../x.smt2'",
                assertThrows(IllegalArgumentException.class, () -> new FinishedGame.GameFile("../x.smt2", new byte[0])).getMessage());
    }
}
