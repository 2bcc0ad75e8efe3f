package org.equicert.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work in a daemon thread of its own and waits for it until a deadline: the one way both
 * {@code --timeout} and the batch command's per-game timeout stop long work. Work still running at
 * the deadline is interrupted and abandoned (Java cannot stop a thread; the work should heed
 * interruption), and its exceptions reach the caller unwrapped.
 */
public final class Deadline {

    private Deadline() {
    }

    /**
     * The value of {@code work}, or empty when it has not finished within {@code seconds} (the
     * worker is then interrupted); as {@link #call(Callable, long, String, long, Runnable)} with
     * nothing to do before abandoning it.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public static <T> Optional<T> call(Callable<T> work, long seconds, String threadName, long stackBytes) throws InterruptedException {
        return call(work, seconds, threadName, stackBytes, () -> {
        });
    }

    /**
     * The value of {@code work}, or empty when it has not finished within {@code seconds}; then
     * {@code beforeAbandon} runs and the worker is interrupted, in that order.
     *
     * @param work the work; a null value counts as no value
     * @param seconds the time allowed, at least 1
     * @param threadName the name of the worker thread
     * @param stackBytes the worker's stack size, or 0 for the platform default
     * @param beforeAbandon what to do at the deadline before the worker is interrupted (e.g. stop its output)
     * @throws RuntimeException or {@link Error} as thrown by the work; a checked exception of the
     *     work comes wrapped in an {@link IllegalStateException}
     * @throws InterruptedException if the calling thread is interrupted while waiting (the worker
     *     is interrupted too)
     */
    public static <T> Optional<T> call(Callable<T> work, long seconds, String threadName, long stackBytes, Runnable beforeAbandon)
            throws InterruptedException {
        if (seconds < 1) {
            throw new IllegalArgumentException("a deadline needs at least 1 second, got " + seconds);
        }
        FutureTask<T> task = new FutureTask<>(work);
        Thread worker = new Thread(null, task, threadName, stackBytes);
        worker.setDaemon(true);
        worker.start();
        try {
            return Optional.ofNullable(task.get(seconds, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            beforeAbandon.run();
            worker.interrupt();
            return Optional.empty();
        } catch (InterruptedException e) {
            worker.interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error x) {
                throw x;
            }
            throw new IllegalStateException(cause);
        }
    }
}
