package org.equicert.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a batch's games on {@code threads} threads of this JVM. A game whose task throws (its
 * environment failed) is recorded with status {@code error}; nothing is retried.
 */
public final class LocalBackend implements Backend {

    private final int threads;

    /**
     * A pool of {@code threads} threads.
     *
     * @throws IllegalArgumentException if {@code threads} is not from 1 to 1024
     */
    public LocalBackend(int threads) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("--threads must be from 1 to 1024, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void run(List<GameSpec> games, GameTask task, Sink sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "equicert-batch-worker", GameTask.STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (GameSpec g : games) {
                futures.add(pool.submit(() -> {
                    FinishedGame done;
                    try {
                        done = task.execute(g);
                    } catch (RuntimeException e) {
                        done = task.failed(g, e);
                    }
                    sink.finished(done);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
