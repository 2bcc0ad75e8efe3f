package org.equicert.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A batch's output directory: {@code results.jsonl} and {@code certificates/ID/}, and, for jobs
 * that measure run-dependent values (the sweep's CPU times), {@code measurements.jsonl}: one line
 * {@code {"id", ...the job's measurements}} per game, kept apart so that the records stay
 * byte-identical between runs. Both files are appended as games finish (so an interrupted run can
 * resume) and rewritten in input order at the end; reading keeps the last line of each id and
 * ignores a truncated last line.
 */
public final class ResultStore {

    /** The records file's name. */
    public static final String RESULTS = "results.jsonl";

    /** The measurements file's name. */
    public static final String MEASUREMENTS = "measurements.jsonl";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path out;
    private final Map<String, String> previous;
    private final Map<String, String> previousMeasurements;
    private BufferedWriter appender;
    private BufferedWriter measurementAppender;

    private ResultStore(Path out, Map<String, String> previous, Map<String, String> previousMeasurements) {
        this.out = out;
        this.previous = previous;
        this.previousMeasurements = previousMeasurements;
    }

    /**
     * Opens (creating) an output directory and reads the records of an earlier run.
     *
     * @throws IllegalArgumentException if {@code out} cannot be created or is not a directory
     */
    public static ResultStore open(Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new IllegalArgumentException("-o: cannot create the output directory " + out + " (" + e.getMessage() + ")");
        }
        return new ResultStore(out, byId(out.resolve(RESULTS)), byId(out.resolve(MEASUREMENTS)));
    }

    /** The last line of each id in {@code file} (none if it does not exist). */
    private static Map<String, String> byId(Path file) {
        Map<String, String> lines = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    idOf(line).ifPresent(id -> lines.put(id, line));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("-o: cannot read " + file + " (" + e.getMessage() + ")");
            }
        }
        return lines;
    }

    private static Optional<String> idOf(String line) {
        try {
            JsonNode n = MAPPER.readTree(line);
            return n != null && n.path("id").isTextual() ? Optional.of(n.get("id").asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The output directory. */
    public Path directory() {
        return out;
    }

    /** The earlier run's record of game {@code id}, if any. */
    public Optional<String> previous(String id) {
        return Optional.ofNullable(previous.get(id));
    }

    /** The earlier run's measurements line of game {@code id} ({@code {"id", ...}}), if any. */
    public Optional<String> previousMeasurements(String id) {
        return Optional.ofNullable(previousMeasurements.get(id));
    }

    /** The measurements line stored for {@code game}: its measurements with its id first, or empty if it has none. */
    static String measurementsLine(FinishedGame game) {
        if (game.measurements().isEmpty()) {
            return "";
        }
        try {
            ObjectNode line = MAPPER.createObjectNode();
            line.put("id", game.id());
            line.setAll((ObjectNode) MAPPER.readTree(game.measurements()));
            return MAPPER.writeValueAsString(line);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("the measurements of game " + game.id() + " are not a JSON object: " + game.measurements());
        }
    }

    /** The directory of game {@code id}'s certificates and proofs. */
    public Path gameDirectory(String id) {
        return out.resolve("certificates").resolve(id);
    }

    /** Removes game {@code id}'s certificates before it runs again. */
    public void clear(String id) {
        Path dir = gameDirectory(id);
        if (Files.exists(dir)) {
            GameTask.deleteQuietly(dir);
        }
    }

    /** Writes a finished game's files under its directory and appends its record. */
    public synchronized void save(FinishedGame game) {
        clear(game.id());
        Path dir = gameDirectory(game.id());
        try {
            for (FinishedGame.GameFile f : game.files()) {
                Path target = dir.resolve(f.path());
                Files.createDirectories(target.getParent());
                Files.write(target, f.bytes());
            }
            if (appender == null) {
                appender = Files.newBufferedWriter(out.resolve(RESULTS), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            appender.write(game.record());
            appender.write('\n');
            appender.flush();
            String measured = measurementsLine(game);
            if (!measured.isEmpty()) {
                if (measurementAppender == null) {
                    measurementAppender = Files.newBufferedWriter(out.resolve(MEASUREMENTS), StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
                measurementAppender.write(measured);
                measurementAppender.write('\n');
                measurementAppender.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites {@code results.jsonl} with exactly {@code records}, in that order, atomically. */
    public synchronized void rewrite(List<String> records) {
        rewrite(records, List.of());
    }

    /**
     * Rewrites {@code results.jsonl} with exactly {@code records} and {@code measurements.jsonl} with
     * the non-empty {@code measurements} lines, in that order, atomically (the measurements file is
     * removed when there are none).
     */
    public synchronized void rewrite(List<String> records, List<String> measurements) {
        try {
            if (appender != null) {
                appender.close();
                appender = null;
            }
            if (measurementAppender != null) {
                measurementAppender.close();
                measurementAppender = null;
            }
            replace(RESULTS, records);
            List<String> measured = measurements.stream().filter(m -> !m.isEmpty()).toList();
            if (measured.isEmpty()) {
                Files.deleteIfExists(out.resolve(MEASUREMENTS));
            } else {
                replace(MEASUREMENTS, measured);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void replace(String name, List<String> lines) throws IOException {
        Path target = out.resolve(name);
        Path tmp = Files.createTempFile(out, "." + name, ".tmp");
        StringBuilder text = new StringBuilder();
        lines.forEach(r -> text.append(r).append('\n'));
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
