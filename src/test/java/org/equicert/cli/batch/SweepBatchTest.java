package org.equicert.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equicert.api.Progress;
import org.equicert.api.SweepGame;
import org.equicert.api.SweepOptions;
import org.equicert.api.SweepResult;
import org.equicert.api.Sweeps;
import org.equicert.game.GamutGenerator;
import org.equicert.report.JsonText;
import org.equicert.report.SweepRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep} as a batch over generated games: records, aggregation, resume and the CLI's errors. */
class SweepBatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Two sizes of each class, two games each, few baseline runs: 12 games in a few seconds. */
    private static final SweepOptions SMALL = SweepOptions.defaults().withSizes(2, 3, 2, 2).withEffort(2, 3, 300).withThreads(2);

    @TempDir
    Path tmp;

    @Test
    void theTablesEqualTheDirectSweepExceptTimings() throws Exception {
        SweepResult direct = Sweeps.run(SMALL, Progress.SILENT);
        BatchTesting.Run r = BatchTesting.run("sweep", "--games", "2", "--players", "2..3", "--actions", "2..2", "--runs", "3",
                "--replicator-iterations", "300", "--threads", "2", "--out", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(withoutTimes(SweepRenderer.markdown(direct)), withoutTimes(Files.readString(tmp.resolve("sweep.md"))));
        assertEquals(withoutCsvTimes(SweepRenderer.csv(direct)), withoutCsvTimes(Files.readString(tmp.resolve("sweep.csv"))));
        String json = JsonText.render(SweepRenderer.json(direct)) + "\n";
        assertEquals(json.replaceFirst("\"wallSeconds\" : [0-9.]+", ""),
                Files.readString(tmp.resolve("sweep.json")).replaceFirst("\"wallSeconds\" : [0-9.]+", ""));
        for (int t : SweepRenderer.comparedTables(direct)) {
            assertEquals(SweepRenderer.tableSvg(direct, t), Files.readString(tmp.resolve("sweep-tables-" + t + ".svg")), "table " + t);
        }
        assertTrue(r.out().startsWith(withoutTimes(SweepRenderer.markdown(direct)).lines().findFirst().orElseThrow()), r.out());
        assertEquals(12, Files.readAllLines(tmp.resolve(ResultStore.RESULTS)).size());
        assertEquals(12, Files.readAllLines(tmp.resolve(ResultStore.MEASUREMENTS)).size());
        // the CPU times come back from the measurements: they are not all zero
        assertTrue(Files.readString(tmp.resolve("sweep.csv")).lines().skip(1).anyMatch(l -> !l.endsWith(",0.0000,0.0000")));
    }

    @Test
    void recordsHoldTheExactOutcomeAndNoTimings() throws IOException {
        BatchTesting.Run r = BatchTesting.run("batch", "sweep", "-o", tmp.toString(), "--games", "1", "--players", "3..3", "--actions", "2..2",
                "--classes", "RandomGame", "--runs", "2", "--replicator-iterations", "100");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  ok                 1"), r.out());
        List<String> lines = Files.readAllLines(tmp.resolve(ResultStore.RESULTS));
        assertEquals(1, lines.size());
        SweepGame g = Sweeps.game(GamutGenerator.GameClass.RANDOM, 3, 2, 0, 2, 100);
        assertEquals("{\"game\":\"gamut:RandomGame:3:2:0\",\"id\":\"RandomGame-N3-A2-000\",\"options\":[\"--runs\",\"2\","
                + "\"--replicator-iterations\",\"100\"],\"job\":\"sweep\",\"status\":\"ok\",\"exit\":0,\"result\":" + SweepBatch.toJson(g) + "}",
                lines.get(0));
        assertFalse(lines.get(0).contains("Nanos"), lines.get(0));
        assertTrue(Files.isRegularFile(tmp.resolve("sweep.md")));
        assertFalse(Files.exists(tmp.resolve("certificates")), "a sweep writes no certificate");
    }

    @Test
    void theRecordCodecRoundTripsEveryField() throws IOException {
        for (GamutGenerator.GameClass c : GamutGenerator.GameClass.values()) {
            for (int index = 0; index < 3; index++) {
                SweepGame g = Sweeps.game(c, 2 + index % 2, 2 + index / 2, index, 3, 200);
                SweepGame back = SweepBatch.fromJson(MAPPER.readTree(SweepBatch.toJson(g)), g.exactNanos(), g.baselineNanos());
                assertEquals(g, back);
            }
        }
    }

    @Test
    void generatedNamesRoundTripAndBadOnesAreNamed() {
        for (GamutGenerator.GameClass c : GamutGenerator.GameClass.values()) {
            for (int n : new int[] {2, SweepOptions.MAX_SIZE}) {
                for (int index : new int[] {0, 1, 999, 1000, Integer.MAX_VALUE}) {
                    SweepBatch.Generated g = new SweepBatch.Generated(c, n, 2, index);
                    assertEquals(g, SweepBatch.Generated.parse(g.name()));
                    assertTrue(g.id().matches("[A-Za-z]+-N[0-9]+-A2-[0-9]{3,}"), g.id());
                }
            }
        }
        for (String bad : List.of("", "gamut:", "RandomGame:2:2:0", "gamut:RandomGame:2:2", "gamut:RandomGame:2:2:0:1", "gamut:ZeroSum:2:2:0",
                "gamut:RandomGame:1:2:0", "gamut:RandomGame:2:13:0", "gamut:RandomGame:2:2:-1", "gamut:RandomGame:two:2:0",
                "gamut:RandomGame:2:2:" + Long.MIN_VALUE)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepBatch.Generated.parse(bad), bad);
            assertTrue(e.getMessage().contains("gamut:CLASS:N:A:INDEX") && e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void aBadGameNameIsAnInputErrorRecordNotACrash() {
        GameTask task = new GameTask(BatchJobs.SWEEP, new SweepGameJob(), 0);
        FinishedGame done = task.execute(new GameSpec(0, "x", "gamut:RandomGame:2:2", List.of("--runs", "1", "--replicator-iterations", "1")));
        assertEquals(GameStatus.INPUT_ERROR, done.status());
        assertTrue(done.record().contains("gamut:CLASS:N:A:INDEX"), done.record());
        FinishedGame badOptions = task.execute(new GameSpec(0, "x", "gamut:RandomGame:2:2:0", List.of("--runs", "-1", "--replicator-iterations", "1")));
        assertEquals(GameStatus.INPUT_ERROR, badOptions.status());
        assertEquals("", badOptions.measurements());
    }

    @Test
    void aRerunKeepsEveryGameAndGivesTheSameTables() throws IOException {
        String[] args = {"batch", "sweep", "-o", tmp.toString(), "--games", "2", "--players", "2..2", "--actions", "2..3", "--runs", "2",
            "--replicator-iterations", "200", "--threads", "2"};
        BatchTesting.Run first = BatchTesting.run(args);
        assertEquals(0, first.code(), first.err());
        String records = Files.readString(tmp.resolve(ResultStore.RESULTS));
        String measurements = Files.readString(tmp.resolve(ResultStore.MEASUREMENTS));
        String csv = Files.readString(tmp.resolve("sweep.csv"));
        BatchTesting.Run again = BatchTesting.run(args);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("12 games (0 run, 12 kept from an earlier run)"), again.out());
        assertEquals(records, Files.readString(tmp.resolve(ResultStore.RESULTS)));
        assertEquals(measurements, Files.readString(tmp.resolve(ResultStore.MEASUREMENTS)));
        assertEquals(csv, Files.readString(tmp.resolve("sweep.csv")), "the kept games keep their measured CPU times");
        // more games per size: only the new ones run
        args[5] = "3";
        BatchTesting.Run more = BatchTesting.run(args);
        assertEquals(0, more.code(), more.err());
        assertTrue(more.out().contains("18 games (6 run, 12 kept from an earlier run)"), more.out());
    }

    @Test
    void aTimedOutGameIsLeftOutOfTheTablesAndNamed() throws IOException {
        SweepOptions one = SMALL.withClasses(List.of(GamutGenerator.GameClass.COORDINATION)).withSizes(2, 2, 2, 2);
        List<GameSpec> specs = SweepBatch.specs(one);
        assertEquals(2, specs.size());
        GameTask task = new GameTask(BatchJobs.SWEEP, new SweepGameJob(), 0);
        FinishedGame ok = task.execute(specs.get(0));
        String timedOut = task.record(specs.get(1), GameStatus.TIMEOUT, 3, null, "timed out after 1 s (--timeout)");
        Files.writeString(tmp.resolve(ResultStore.RESULTS), ok.record() + "\n" + timedOut + "\n");
        SweepBatch.Aggregate a = SweepBatch.aggregate(one, tmp, 7);
        assertEquals(List.of("gamut:CoordinationGame:2:2:1: timeout (timed out after 1 s (--timeout))"), a.missing());
        assertEquals(1, a.result().games().size());
        assertEquals(0, a.result().games().get(0).index());
        assertEquals(0L, a.result().games().get(0).exactNanos(), "no measurements file: CPU times are zero");
        assertEquals(7L, a.result().wallNanos());
    }

    @Test
    void userMistakesAreOneLineWithExitTwo() {
        assertOneLine(BatchTesting.run("batch", "sweep", "examples/coordination.nfg", "-o", tmp.toString()), "INPUTS: batch sweep generates its games");
        assertOneLine(BatchTesting.run("batch", "nash", "-o", tmp.toString()), "INPUTS: batch nash needs game files");
        assertOneLine(BatchTesting.run("batch", "nash", "examples/coordination.nfg", "--games", "3", "-o", tmp.toString()),
                "--games is an option of batch sweep only");
        assertOneLine(BatchTesting.run("batch", "sweep", "-o", tmp.toString(), "--players", "1..3"), "--players: a game needs at least 2 players");
        assertOneLine(BatchTesting.run("batch", "sweep", "-o", tmp.toString(), "--classes", "ZeroSum"), "--classes: unknown game class");
        assertOneLine(BatchTesting.run("batch", "sweep", "-o", tmp.toString(), "--recheck", "all"), "--recheck: a sweep writes no certificate");
        assertOneLine(BatchTesting.run("sweep", "--games", "1", "--timeout", "0", "--out", tmp.toString()), "--timeout must be from 1");
        assertOneLine(BatchTesting.run("sweep", "--games", "1", "--threads", "0", "--out", tmp.toString()), "--threads must be from 1 to 1024");
    }

    private static void assertOneLine(BatchTesting.Run r, String start) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().strip().startsWith("error: " + start), r.err());
    }

    private static String withoutTimes(String markdown) {
        return markdown.replaceFirst("; wall time [^\n]*", "");
    }

    private static String withoutCsvTimes(String csv) {
        return csv.replaceAll(",[0-9.]+,[0-9.]+\n", "\n");
    }
}
