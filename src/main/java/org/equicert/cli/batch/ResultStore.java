package org.equicert.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A batch's output directory: {@code results.jsonl} and {@code certificates/ID/}. Records are
 * appended as games finish (so an interrupted run can resume) and the file is rewritten in input
 * order at the end; reading keeps the last record of each id and ignores a truncated last line.
 */
public final class ResultStore {

    /** The records file's name. */
    public static final String RESULTS = "results.jsonl";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path out;
    private final Map<String, String> previous;
    private BufferedWriter appender;

    private ResultStore(Path out, Map<String, String> previous) {
        this.out = out;
        this.previous = previous;
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
        Map<String, String> previous = new HashMap<>();
        Path results = out.resolve(RESULTS);
        if (Files.isRegularFile(results)) {
            try {
                for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
                    idOf(line).ifPresent(id -> previous.put(id, line));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("-o: cannot read " + results + " (" + e.getMessage() + ")");
            }
        }
        return new ResultStore(out, previous);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites {@code results.jsonl} with exactly {@code records}, in that order, atomically. */
    public synchronized void rewrite(List<String> records) {
        try {
            if (appender != null) {
                appender.close();
                appender = null;
            }
            Path target = out.resolve(RESULTS);
            Path tmp = Files.createTempFile(out, "." + RESULTS, ".tmp");
            StringBuilder text = new StringBuilder();
            records.forEach(r -> text.append(r).append('\n'));
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
