package org.equicert.cli.batch.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equicert.api.SweepOptions;
import org.equicert.cli.batch.LocalBackend;
import org.equicert.cli.batch.ResultStore;
import org.equicert.cli.batch.SweepBatch;
import org.equicert.game.GamutGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 20-game sweep batch on Spark local[2] gives the local run's records and tables byte for byte. */
class SweepSparkTest {

    /** RandomGame and CoordinationGame, 2 or 3 players, 2 actions: 2 classes x 2 sizes x 5 games = 20 games. */
    private static final SweepOptions TWENTY = SweepOptions.defaults()
            .withClasses(List.of(GamutGenerator.GameClass.RANDOM, GamutGenerator.GameClass.COORDINATION))
            .withSizes(2, 3, 2, 2).withEffort(5, 3, 300).withThreads(2);

    @TempDir
    Path tmp;

    @Test
    void twentyGamesOnSparkLocalTwoEqualTheLocalRun() throws IOException {
        assertEquals(20, SweepBatch.specs(TWENTY).size());
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        SweepBatch.Done l = SweepBatch.run(TWENTY, local, new LocalBackend(2), 0, new PrintWriter(new StringWriter()), false);
        SweepBatch.Done s = SweepBatch.run(TWENTY, spark, new SparkBackend("local[2]"), 0, new PrintWriter(new StringWriter()), false);
        assertEquals(20, s.summary().ran());
        assertTrue(s.summary().allOk(), s.summary().toString());
        assertTrue(l.aggregate().missing().isEmpty() && s.aggregate().missing().isEmpty());
        assertEquals(Files.readString(local.resolve(ResultStore.RESULTS)), Files.readString(spark.resolve(ResultStore.RESULTS)));
        assertEquals(20, Files.readAllLines(spark.resolve(ResultStore.MEASUREMENTS)).size());
        for (String table : List.of("sweep-tables-3.svg", "sweep-tables-4.svg", "sweep-tables-5.svg", "sweep-tables-6.svg", "sweep-tables-7.svg")) {
            assertEquals(Files.readString(local.resolve(table)), Files.readString(spark.resolve(table)), table);
        }
        // the Markdown and JSON differ only in their times
        assertEquals(Files.readString(local.resolve("sweep.md")).replaceFirst("; wall time [^\n]*", ""),
                Files.readString(spark.resolve("sweep.md")).replaceFirst("; wall time [^\n]*", ""));
        assertEquals(Files.readString(local.resolve("sweep.json")).replaceFirst("\"wallSeconds\" : [0-9.]+", ""),
                Files.readString(spark.resolve("sweep.json")).replaceFirst("\"wallSeconds\" : [0-9.]+", ""));
        assertEquals(Files.readString(local.resolve("sweep.csv")).replaceAll(",[0-9.]+,[0-9.]+\n", "\n"),
                Files.readString(spark.resolve("sweep.csv")).replaceAll(",[0-9.]+,[0-9.]+\n", "\n"));
    }
}
