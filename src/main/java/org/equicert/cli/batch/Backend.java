package org.equicert.cli.batch;

import java.util.List;

/** Where a batch's games run: a local thread pool or Spark executors. */
public interface Backend {

    /** Receives finished games (possibly from several threads) and progress from remote runs. */
    interface Sink {
        /** One game finished; called once per game. */
        void finished(FinishedGame game);

        /** {@code completed} games have finished remotely but not yet reached {@link #finished}. */
        void remoteProgress(int completed);
    }

    /**
     * Runs every game through {@code task}, handing each result to {@code sink} exactly once.
     *
     * @throws IllegalStateException if the back end itself failed (Spark gave up on a task)
     */
    void run(List<GameSpec> games, GameTask task, Sink sink);
}
