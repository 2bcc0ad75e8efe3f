package org.equicert.cli.batch;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * The per-game work of a batch, the one seam between the batch machinery (inputs, threads, Spark,
 * records, resume) and the solver: run one job on one game, writing certificates under a given
 * directory, and return the single-game command's JSON and exit code.
 *
 * <p>An implementation reports anything about the game itself — wrong input, a claim that fails,
 * even an unexpected exception — in its {@link Outcome}. It throws only when its environment
 * failed; on Spark that fails the task, which Spark retries. Implementations are stateless and
 * serializable, so that Spark can ship them to executors, and safe to call from several threads.
 */
public interface GameJob extends Serializable {

    /**
     * Runs {@code job} on {@code spec}'s game.
     *
     * @param job one of {@link BatchJobs#ALL}
     * @param spec the game and its options
     * @param outDir an empty directory for the command's {@code certificates/} and {@code proofs/}
     * @return the exit code, the JSON printed (empty if none) and the error line (empty if none)
     */
    Outcome run(String job, GameSpec spec, Path outDir);

    /**
     * What the single-game command did.
     *
     * @param exit its exit code (0 ok, 1 a claim did not certify, 2 input error, 3 its own timeout)
     * @param json its standard output: the JSON document, or empty
     * @param error the one-line error it reported (without {@code error: }), or empty
     * @param measurements a compact JSON object of what varies from run to run (CPU times), kept out of
     *     the record so that records stay byte-identical; or empty
     */
    record Outcome(int exit, String json, String error, String measurements) implements Serializable {
        private static final long serialVersionUID = 2L;

        /** Checks non-null text. */
        public Outcome {
            if (json == null || error == null || measurements == null) {
                throw new IllegalArgumentException("json, error and measurements must not be null (use empty text)");
            }
            if (measurements.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("measurements must be one line, got " + measurements.length() + " characters with a line break");
            }
        }

        /** An outcome without measurements. */
        public Outcome(int exit, String json, String error) {
            this(exit, json, error, "");
        }
    }
}
