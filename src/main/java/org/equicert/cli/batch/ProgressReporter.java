package org.equicert.cli.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a batch on standard error: a bar redrawn in place with rate and ETA (on a terminal,
 * or with {@code --progress}), otherwise a plain line every few seconds. Thread-safe.
 */
public final class ProgressReporter implements AutoCloseable {

    /** Seconds between plain progress lines. */
    static final int PLAIN_INTERVAL_SECONDS = 5;

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean bar;
    private final int total;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int done;
    private int remote;
    private long lastDraw;

    /**
     * Starts reporting {@code total} games.
     *
     * @param bar a bar redrawn in place instead of plain lines
     */
    public ProgressReporter(PrintWriter err, boolean bar, int total) {
        this.err = err;
        this.bar = bar;
        this.total = total;
        if (bar || total == 0) {
            this.ticker = null;
        } else {
            this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "equicert-batch-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::plainLine, PLAIN_INTERVAL_SECONDS, PLAIN_INTERVAL_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** One more game finished. */
    public synchronized void advance() {
        done++;
        redraw(done == total);
    }

    /** {@code completed} games finished on remote executors (Spark), not yet collected. */
    public synchronized void remote(int completed) {
        remote = completed;
        redraw(false);
    }

    private int shown() {
        return Math.max(done, remote);
    }

    private synchronized void redraw(boolean force) {
        if (!bar) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int n = shown();
        int filled = total == 0 ? WIDTH : (int) ((long) n * WIDTH / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + status(n) + "   ");
        err.flush();
    }

    private synchronized void plainLine() {
        err.println("batch: " + status(shown()));
        err.flush();
    }

    private String status(int n) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? n / seconds : 0;
        String eta = rate > 0 && n < total ? duration((total - n) / rate) : n >= total ? "0s" : "?";
        return String.format(Locale.ROOT, "%d/%d games  %.2f games/s  ETA %s", n, total, rate, eta);
    }

    /** {@code seconds} as {@code 1h02m}, {@code 4m35s} or {@code 12s}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (bar) {
            redraw(true);
            err.println();
            err.flush();
        }
    }
}
