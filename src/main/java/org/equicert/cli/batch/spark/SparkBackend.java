package org.equicert.cli.batch.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.equicert.cli.batch.Backend;
import org.equicert.cli.batch.FinishedGame;
import org.equicert.cli.batch.GameSpec;
import org.equicert.cli.batch.GameTask;

/**
 * Runs a batch's games as Spark tasks, one game per partition, each through the same
 * {@link GameTask} as the local back end; the finished games (records and certificate bytes) are
 * collected to the driver, which stores them exactly as a local run does, so the results are
 * byte-identical. Spark retries a failed task (up to {@code spark.task.maxFailures}; in local mode
 * give the retries in the master, {@code local[N,F]}), and a game's files come only from its
 * successful attempt, so every game is recorded exactly once.
 */
public final class SparkBackend implements Backend {

    private final String master;

    /**
     * A back end on {@code master} (local[*], local[N,F], spark://…, yarn).
     *
     * @throws IllegalArgumentException if {@code master} is blank
     */
    public SparkBackend(String master) {
        if (master.isBlank()) {
            throw new IllegalArgumentException("--spark needs a master URL, got an empty one");
        }
        this.master = master;
    }

    @Override
    public void run(List<GameSpec> games, GameTask task, Sink sink) {
        if (games.isEmpty()) {
            return;
        }
        SparkConf conf = new SparkConf().setAppName("equicert batch " + task.job()).setMaster(master)
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        List<FinishedGame> done;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            String group = "equicert-batch-" + System.nanoTime();
            sc.setJobGroup(group, "equicert batch " + task.job(), false);
            JavaFutureAction<List<FinishedGame>> action = sc.parallelize(games, games.size()).map(new RunGame(task)).collectAsync();
            while (true) {
                try {
                    done = new ArrayList<>(action.get(500, TimeUnit.MILLISECONDS));
                    break;
                } catch (TimeoutException e) {
                    sink.remoteProgress(completed(sc, group));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Spark gave up on the batch: " + firstLine(e.getCause()), e.getCause());
        }
        done.sort(Comparator.comparingInt(FinishedGame::index));
        for (FinishedGame g : done) {
            sink.finished(g);
        }
    }

    /** Tasks completed so far in the batch's job group. */
    private static int completed(JavaSparkContext sc, String group) {
        int n = 0;
        for (int jobId : sc.statusTracker().getJobIdsForGroup(group)) {
            SparkJobInfo job = sc.statusTracker().getJobInfo(jobId);
            if (job == null) {
                continue;
            }
            for (int stageId : job.stageIds()) {
                SparkStageInfo stage = sc.statusTracker().getStageInfo(stageId);
                if (stage != null) {
                    n += stage.numCompletedTasks();
                }
            }
        }
        return n;
    }

    private static String firstLine(Throwable t) {
        String m = String.valueOf(t == null ? null : t.getMessage());
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }

    /** The Spark function: one game through the task (serialized to the executors). */
    private static final class RunGame implements Function<GameSpec, FinishedGame> {
        private static final long serialVersionUID = 1L;
        private final GameTask task;

        RunGame(GameTask task) {
            this.task = task;
        }

        @Override
        public FinishedGame call(GameSpec spec) {
            return task.execute(spec);
        }
    }
}
