package org.equicert.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.equicert.cli.Deadline;

/**
 * Runs one game of a batch — the same code on a local thread and in a Spark task: a fresh staging
 * directory, the {@link GameJob} within the deadline, then the record and the files written.
 *
 * <p>A record is {@code {"game", "id", "options", "job", "status", "exit", "result"}} plus
 * {@code "error"} when the command reported one; {@code result} is the command's JSON with every
 * occurrence of the staging directory replaced by {@code certificates/ID}, so that certificate
 * paths are relative to the batch's output directory and a run is byte-identical wherever it ran.
 */
public final class GameTask implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Stack size of the threads that run games, as the launcher's -Xss8m gives the single-game commands. */
    static final long STACK_BYTES = 8L << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final String job;
    private final GameJob gameJob;
    private final long timeoutSeconds;

    /**
     * A task running {@code job} through {@code gameJob}.
     *
     * @param timeoutSeconds per-game deadline, 0 for none
     * @throws IllegalArgumentException if the job is unknown or the timeout negative
     */
    public GameTask(String job, GameJob gameJob, long timeoutSeconds) {
        if (!BatchJobs.ALL.contains(job)) {
            throw new IllegalArgumentException("unknown batch job '" + job + "'; use one of " + String.join(", ", BatchJobs.ALL));
        }
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeoutSeconds);
        }
        this.job = job;
        this.gameJob = gameJob;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The job's name. */
    public String job() {
        return job;
    }

    /**
     * Runs the game. Cost: the job's, plus reading back the files it wrote.
     *
     * @throws UncheckedIOException if the staging directory cannot be created or read
     * @throws RuntimeException whatever the {@link GameJob} throws (its environment failed)
     */
    public FinishedGame execute(GameSpec spec) {
        Path staging;
        try {
            staging = Files.createTempDirectory("equicert-batch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            GameJob.Outcome outcome = runWithin(spec, staging);
            if (outcome == null) {
                return new FinishedGame(spec.index(), spec.id(), GameStatus.TIMEOUT,
                        record(spec, GameStatus.TIMEOUT, 3, null, "timed out after " + timeoutSeconds + " s (--timeout)"), List.of());
            }
            GameStatus status = GameStatus.ofExit(outcome.exit());
            JsonNode result = null;
            String error = outcome.error();
            if (!outcome.json().isEmpty()) {
                try {
                    result = relocate(MAPPER.readTree(outcome.json()), staging.toString(), "certificates/" + spec.id());
                } catch (JsonProcessingException e) {
                    status = GameStatus.ERROR;
                    error = "the command's output is not JSON: " + e.getOriginalMessage();
                }
            }
            List<FinishedGame.GameFile> files = status == GameStatus.TIMEOUT ? List.of() : files(staging);
            return new FinishedGame(spec.index(), spec.id(), status, record(spec, status, outcome.exit(), result, error), files,
                    outcome.measurements());
        } finally {
            deleteQuietly(staging);
        }
    }

    /** The record of a game whose task threw: status {@code error} with the exception's message. */
    public FinishedGame failed(GameSpec spec, Throwable e) {
        return new FinishedGame(spec.index(), spec.id(), GameStatus.ERROR,
                record(spec, GameStatus.ERROR, -1, null, "the run failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()), List.of());
    }

    /** The outcome, or null when the deadline passed (the abandoned work is interrupted). */
    private GameJob.Outcome runWithin(GameSpec spec, Path staging) {
        if (timeoutSeconds == 0) {
            return gameJob.run(job, spec, staging);
        }
        try {
            return Deadline.call(() -> gameJob.run(job, spec, staging), timeoutSeconds, "equicert-batch-" + spec.id(), STACK_BYTES).orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + spec.game(), e);
        }
    }

    /** The compact one-line record. */
    String record(GameSpec spec, GameStatus status, int exit, JsonNode result, String error) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("game", spec.game());
        r.put("id", spec.id());
        ArrayNode options = r.putArray("options");
        spec.options().forEach(options::add);
        r.put("job", job);
        r.put("status", status.label());
        r.put("exit", exit);
        r.set("result", result);
        if (!error.isEmpty()) {
            r.put("error", error);
        }
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code node} with {@code from} replaced by {@code to} in every string value. */
    static JsonNode relocate(JsonNode node, String from, String to) {
        if (node.isTextual()) {
            return node.asText().contains(from) ? TextNode.valueOf(node.asText().replace(from, to)) : node;
        }
        if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, relocate(a.get(i), from, to));
            }
        } else if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(relocate(e.getValue(), from, to));
            }
        }
        return node;
    }

    /** Every regular file under {@code dir}, sorted by relative path. */
    private static List<FinishedGame.GameFile> files(Path dir) {
        List<FinishedGame.GameFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString())).toList()) {
                files.add(new FinishedGame.GameFile(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Deletes a directory tree, ignoring failures (a timed-out job may still be writing). */
    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temporary directory
        }
    }
}
