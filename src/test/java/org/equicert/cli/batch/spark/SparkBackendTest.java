package org.equicert.cli.batch.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.equicert.cli.batch.BatchInputs;
import org.equicert.cli.batch.BatchRun;
import org.equicert.cli.batch.BatchTesting;
import org.equicert.cli.batch.CertificateRecheck;
import org.equicert.cli.batch.GameJob;
import org.equicert.cli.batch.GameSpec;
import org.equicert.cli.batch.GameStatus;
import org.equicert.cli.batch.GameTask;
import org.equicert.cli.batch.InProcessCommandJob;
import org.equicert.cli.batch.LocalBackend;
import org.equicert.cli.batch.ResultStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark local mode runs the same batch as the local back end, byte for byte, and survives task failures. */
class SparkBackendTest {

    private static final int GAMES = 50;

    /** Games of the failure-injection run. */
    private static final int FEW = 12;

    @TempDir
    static Path tmp;

    static Path games;
    static Path local;

    /** Attempts that failed on purpose (executors are threads of this JVM in local mode). */
    static final AtomicInteger INJECTED = new AtomicInteger();

    @BeforeAll
    static void localRun() {
        games = tmp.resolve("games");
        try {
            Files.createDirectories(games);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < GAMES; i++) {
            Path f = games.resolve(String.format("g%03d.nfg", i));
            BatchTesting.Run r = BatchTesting.run("gamut", "--class", i % 3 == 2 ? "CoordinationGame" : "RandomGame", "--players", "2",
                    "--actions", i % 5 == 4 ? "3" : "2", "--seed", String.valueOf(1000 + i), "-o", f.toString());
            assertEquals(0, r.code(), r.err());
        }
        local = tmp.resolve("local");
        run(local, new LocalBackend(2), new InProcessCommandJob(), CertificateRecheck.Policy.NONE, GAMES);
    }

    private static BatchRun.Summary run(Path out, org.equicert.cli.batch.Backend backend, GameJob job, CertificateRecheck.Policy recheck,
            int count) {
        List<GameSpec> specs = BatchInputs.read(List.of(games), List.of(), (g, o) -> java.util.Optional.empty()).subList(0, count);
        return new BatchRun(ResultStore.open(out), new GameTask("nash", job, 0), recheck, 2)
                .run(specs, backend, new PrintWriter(new StringWriter()), false);
    }

    @Test
    void sparkLocalTwoGivesTheLocalRunByteForByte() throws IOException {
        Path spark = tmp.resolve("spark");
        BatchRun.Summary s = run(spark, new SparkBackend("local[2]"), new InProcessCommandJob(), CertificateRecheck.Policy.SAMPLE, GAMES);
        assertEquals(GAMES, s.ran());
        assertEquals(GAMES, (int) s.counts().get(GameStatus.OK), s.toString());
        assertEquals(Files.readString(local.resolve(ResultStore.RESULTS)), Files.readString(spark.resolve(ResultStore.RESULTS)));
        assertEquals(tree(local.resolve("certificates")), tree(spark.resolve("certificates")));
    }

    @Test
    void failedTasksAreRetriedAndEveryGameIsRecordedOnce() throws IOException {
        Path spark = tmp.resolve("spark-failing");
        INJECTED.set(0);
        BatchRun.Summary s = run(spark, new SparkBackend("local[2,3]"), new FailingFirstAttempt(), CertificateRecheck.Policy.ALL, FEW);
        assertEquals(3, INJECTED.get(), "the injected failures did not happen");
        assertEquals(FEW, (int) s.counts().get(GameStatus.OK), s.toString());
        List<String> lines = Files.readAllLines(spark.resolve(ResultStore.RESULTS));
        assertEquals(FEW, lines.size());
        assertEquals(FEW, lines.stream().map(l -> l.replaceFirst(".*?\"id\":\"([^\"]+)\".*", "$1")).distinct().count());
        assertEquals(Files.readAllLines(local.resolve(ResultStore.RESULTS)).subList(0, FEW), lines);
        Map<String, String> expected = new TreeMap<>(tree(local.resolve("certificates")));
        expected.keySet().removeIf(k -> k.compareTo(String.format("g%03d/", FEW)) >= 0);
        assertEquals(expected, tree(spark.resolve("certificates")));
    }

    /** The real job, except that the first attempts of three tasks throw after writing a stray file (which must not reach OUT). */
    static final class FailingFirstAttempt implements GameJob {
        private static final long serialVersionUID = 1L;
        private final InProcessCommandJob job = new InProcessCommandJob();

        @Override
        public Outcome run(String name, GameSpec spec, Path outDir) {
            Outcome o = job.run(name, spec, outDir);
            TaskContext context = TaskContext.get();
            assertTrue(context != null, "not in a Spark task");
            if (context.attemptNumber() == 0 && (spec.index() == 0 || spec.index() == 5 || spec.index() == FEW - 1)) {
                INJECTED.incrementAndGet();
                try {
                    Files.writeString(outDir.resolve("stray.txt"), "from a failed attempt");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                throw new IllegalStateException("injected failure of task " + context.partitionId() + " attempt 0");
            }
            return o;
        }
    }

    /** The certificate files below {@code root} (see {@link BatchTesting#tree}), at least four per game of the short run. */
    private static Map<String, String> tree(Path root) {
        Map<String, String> files = BatchTesting.tree(root);
        assertTrue(files.size() >= FEW * 4, "too few certificate files: " + files.size());
        return files;
    }
}
