package org.equicert.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --timeout SECONDS} for long commands (a picocli mixin any command can adopt). The work
 * runs in a daemon thread that is abandoned at the deadline: what it printed by then stays, and is
 * followed by the line {@code (timed out after N s: partial)}; later output of the abandoned thread
 * is dropped; the exit code is {@link #EXIT_CODE}. Without the option the work runs in the calling
 * thread as before.
 */
final class TimeoutOption {

    /** Exit code of a command stopped by its deadline. */
    static final int EXIT_CODE = 3;

    /** Largest accepted timeout, one week. */
    static final long MAX_SECONDS = 7L * 24 * 3600;

    /** The command's work, writing to the given streams; returns its exit code. */
    interface Work {
        /** Runs; returns the exit code. */
        int run(PrintWriter out, PrintWriter err);
    }

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "stop after SECONDS seconds with exit code 3, keeping the output printed so far (marked partial)")
    Long seconds;

    /**
     * Runs {@code work} with the command's streams, within the deadline if one was given.
     *
     * @throws UserException if the timeout is not from 1 to {@link #MAX_SECONDS}
     */
    int run(PrintWriter out, PrintWriter err, Work work) {
        if (seconds == null) {
            return work.run(out, err);
        }
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new UserException("--timeout must be from 1 to " + MAX_SECONDS + " seconds, got " + seconds);
        }
        Gate gatedOut = new Gate(out);
        Gate gatedErr = new Gate(err);
        Optional<Integer> code;
        try {
            code = Deadline.call(() -> work.run(new PrintWriter(gatedOut, true), new PrintWriter(gatedErr, true)), seconds, "equicert-work", 0,
                    () -> {
                        gatedOut.close();
                        gatedErr.close();
                    });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted");
        }
        if (code.isPresent()) {
            return code.get();
        }
        out.println("(timed out after " + seconds + " s: partial)");
        out.flush();
        err.println("error: timed out after " + seconds + " s (--timeout); the output above is partial");
        err.flush();
        return EXIT_CODE;
    }

    /** Forwards to a writer until closed, then drops everything. */
    private static final class Gate extends Writer {
        private final PrintWriter target;
        private boolean open = true;

        Gate(PrintWriter target) {
            this.target = target;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            if (open) {
                target.write(buffer, offset, length);
            }
        }

        @Override
        public synchronized void flush() {
            if (open) {
                target.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (open) {
                target.flush();
            }
            open = false;
        }
    }
}
