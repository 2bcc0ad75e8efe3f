package org.equicert.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equicert.api.SweepGame;
import org.equicert.api.SweepOptions;
import org.equicert.api.SweepResult;
import org.equicert.game.GamutGenerator;
import org.equicert.number.Rational;
import org.equicert.report.JsonText;
import org.equicert.report.SweepRenderer;
import org.equicert.symmetric.SymmetricOptimum;

/**
 * Seed 001's sweep as a batch over generated games: the games of a {@link SweepOptions} as
 * {@link GameSpec}s for {@link SweepGameJob}, the exact JSON of one game's outcome (the record's
 * {@code result}), and the aggregation of a batch's records back into a {@link SweepResult} for
 * {@link SweepRenderer}'s Tables 3-7. Cost: linear in the number of games (the aggregation reads
 * the records once; the renderers are O(games · cells)).
 */
public final class SweepBatch {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String PREFIX = "gamut:";

    private SweepBatch() {
    }

    /**
     * One generated game, written {@code gamut:CLASS:N:A:INDEX} in a record's {@code game}.
     *
     * @param gameClass the GAMUT class
     * @param players 2 to {@link SweepOptions#MAX_SIZE}
     * @param actions 2 to {@link SweepOptions#MAX_SIZE}
     * @param index the game's seed within its class and size, from 0
     */
    public record Generated(GamutGenerator.GameClass gameClass, int players, int actions, int index) {

        /** Validates. */
        public Generated {
            if (gameClass == null || players < 2 || players > SweepOptions.MAX_SIZE || actions < 2 || actions > SweepOptions.MAX_SIZE
                    || index < 0) {
                throw new IllegalArgumentException("a generated game needs a class, 2 to " + SweepOptions.MAX_SIZE
                        + " players and actions and an index from 0, got " + gameClass + ", " + players + ", " + actions + ", " + index);
            }
        }

        /**
         * The game named {@code text}.
         *
         * @throws IllegalArgumentException naming {@code text} if it is not {@code gamut:CLASS:N:A:INDEX}
         */
        public static Generated parse(String text) {
            String[] p = text.startsWith(PREFIX) ? text.substring(PREFIX.length()).split(":", -1) : new String[0];
            if (p.length != 4) {
                throw new IllegalArgumentException("a generated game is gamut:CLASS:N:A:INDEX, got '" + text + "'");
            }
            try {
                return new Generated(GamutGenerator.GameClass.parse(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                        Integer.parseInt(p[3]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a generated game is gamut:CLASS:N:A:INDEX with whole numbers, got '" + text + "'");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a generated game is gamut:CLASS:N:A:INDEX: " + e.getMessage() + "; got '" + text + "'");
            }
        }

        /** {@code gamut:CLASS:N:A:INDEX}. */
        public String name() {
            return PREFIX + gameClass.gamutName() + ":" + players + ":" + actions + ":" + index;
        }

        /** The id of its certificates directory and record: {@code CLASS-N2-A3-007}. */
        public String id() {
            return String.format(Locale.ROOT, "%s-N%d-A%d-%03d", gameClass.gamutName(), players, actions, index);
        }
    }

    /**
     * The games of {@code options}, largest (players × actions) first so that the workers stay busy
     * to the end, and otherwise in the tables' order (class, players, actions, index).
     */
    public static List<GameSpec> specs(SweepOptions options) {
        List<Generated> games = new ArrayList<>();
        for (GamutGenerator.GameClass c : options.classes()) {
            for (int n = options.minPlayers(); n <= options.maxPlayers(); n++) {
                for (int a = options.minActions(); a <= options.maxActions(); a++) {
                    for (int k = 0; k < options.games(); k++) {
                        games.add(new Generated(c, n, a, k));
                    }
                }
            }
        }
        games.sort(Comparator.comparingInt(g -> -(g.players() * g.actions())));
        List<String> effort = List.of("--runs", String.valueOf(options.runs()), "--replicator-iterations",
                String.valueOf(options.replicatorIterations()));
        List<GameSpec> specs = new ArrayList<>();
        for (Generated g : games) {
            specs.add(new GameSpec(specs.size(), g.id(), g.name(), effort));
        }
        return specs;
    }

    /**
     * The runs and replicator iterations in a game's options {@code --runs R --replicator-iterations T}.
     *
     * @throws IllegalArgumentException naming the options if they are not of that form
     */
    static int[] effort(List<String> options) {
        if (options.size() == 4 && options.get(0).equals("--runs") && options.get(2).equals("--replicator-iterations")) {
            try {
                int runs = Integer.parseInt(options.get(1));
                int iterations = Integer.parseInt(options.get(3));
                if (runs >= 0 && iterations >= 1) {
                    return new int[] {runs, iterations};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("a sweep game's options are --runs R --replicator-iterations T with R >= 0 and T >= 1, got "
                + options);
    }

    /** The exact, run-independent outcome of one game as compact JSON (no CPU times). */
    public static String toJson(SweepGame g) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("class", g.gameClass().gamutName());
        r.put("players", g.players());
        r.put("actions", g.actions());
        r.put("index", g.index());
        r.put("kind", g.kind().name().toLowerCase(Locale.ROOT));
        r.put("lower", g.lower().toString());
        r.put("upper", g.upper().toString());
        r.put("pieces", g.pieces());
        r.put("certified", g.certified());
        ArrayNode failures = r.putArray("certificateFailures");
        g.certificateFailures().forEach(failures::add);
        r.put("runs", g.runs());
        r.put("replicatorHits", g.replicatorHits());
        r.put("searchHits", g.searchHits());
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sweep game cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The game whose {@link #toJson} is {@code result}, with the given CPU times.
     *
     * @throws IllegalArgumentException if {@code result} lacks a field or holds a bad value
     */
    public static SweepGame fromJson(JsonNode result, long exactNanos, long baselineNanos) {
        for (String field : List.of("class", "players", "actions", "index", "kind", "lower", "upper", "pieces", "certified",
                "certificateFailures", "runs", "replicatorHits", "searchHits")) {
            if (!result.has(field)) {
                throw new IllegalArgumentException("a sweep record's result has no '" + field + "': " + result);
            }
        }
        List<String> failures = new ArrayList<>();
        result.get("certificateFailures").forEach(f -> failures.add(f.asText()));
        return new SweepGame(GamutGenerator.GameClass.parse(result.get("class").asText()), result.get("players").asInt(),
                result.get("actions").asInt(), result.get("index").asInt(),
                SymmetricOptimum.Kind.valueOf(result.get("kind").asText().toUpperCase(Locale.ROOT)), Rational.parse(result.get("lower").asText()),
                Rational.parse(result.get("upper").asText()), result.get("pieces").asInt(), result.get("certified").asBoolean(), failures,
                result.get("runs").asInt(), result.get("replicatorHits").asInt(), result.get("searchHits").asInt(), exactNanos, baselineNanos);
    }

    /**
     * A sweep read back from a batch's output.
     *
     * @param result the games that have an outcome, in the order class, players, actions, index
     * @param missing one line per game without one (timed out or failed): its name and why
     */
    public record Aggregate(SweepResult result, List<String> missing) {
        /** Copies the list. */
        public Aggregate {
            missing = List.copyOf(missing);
        }
    }

    /**
     * The sweep in {@code out}'s {@code results.jsonl} (and CPU times from {@code measurements.jsonl},
     * zero where absent) for {@code options}, with the batch's wall-clock time.
     *
     * @throws IllegalStateException if a record cannot be read
     */
    public static Aggregate aggregate(SweepOptions options, Path out, long wallNanos) {
        Map<String, long[]> times = new HashMap<>();
        List<SweepGame> games = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try {
            Path measured = out.resolve(ResultStore.MEASUREMENTS);
            if (Files.isRegularFile(measured)) {
                for (String line : Files.readAllLines(measured, StandardCharsets.UTF_8)) {
                    JsonNode m = MAPPER.readTree(line);
                    times.put(m.path("id").asText(), new long[] {m.path("exactNanos").asLong(), m.path("baselineNanos").asLong()});
                }
            }
            for (String line : Files.readAllLines(out.resolve(ResultStore.RESULTS), StandardCharsets.UTF_8)) {
                JsonNode r = MAPPER.readTree(line);
                String status = r.path("status").asText();
                if (r.path("result").isObject()) {
                    long[] t = times.getOrDefault(r.path("id").asText(), new long[2]);
                    games.add(fromJson(r.get("result"), t[0], t[1]));
                } else {
                    missing.add(r.path("game").asText() + ": " + status + (r.has("error") ? " (" + r.get("error").asText() + ")" : ""));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the sweep's records in " + out + ": " + e.getMessage(), e);
        }
        games.sort(Comparator.<SweepGame>comparingInt(g -> g.gameClass().ordinal()).thenComparingInt(SweepGame::players)
                .thenComparingInt(SweepGame::actions).thenComparingInt(SweepGame::index));
        return new Aggregate(new SweepResult(options, games, wallNanos), missing);
    }

    /**
     * What {@link #write} wrote.
     *
     * @param markdown the text of {@code sweep.md}
     * @param json the text of {@code sweep.json} without its final line break
     * @param files the files written, in order: CSV, Markdown, JSON, then the charts
     */
    public record Written(String markdown, String json, List<Path> files) {
        /** Copies the list. */
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes {@code sweep.csv}, {@code sweep.md}, {@code sweep.json} and {@code sweep-tables-T.svg}
     * (one per table compared with the paper) into {@code dir}.
     *
     * @throws IOException if a file cannot be written
     */
    public static Written write(Path dir, SweepResult result) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        Path csv = dir.resolve("sweep.csv");
        Files.writeString(csv, SweepRenderer.csv(result));
        files.add(csv);
        String md = SweepRenderer.markdown(result);
        Path mdFile = dir.resolve("sweep.md");
        Files.writeString(mdFile, md);
        files.add(mdFile);
        String jsonText = JsonText.render(SweepRenderer.json(result));
        Path jsonFile = dir.resolve("sweep.json");
        Files.writeString(jsonFile, jsonText + "\n");
        files.add(jsonFile);
        for (int t : SweepRenderer.comparedTables(result)) {
            Path svg = dir.resolve("sweep-tables-" + t + ".svg");
            Files.writeString(svg, SweepRenderer.tableSvg(result, t));
            files.add(svg);
        }
        return new Written(md, jsonText, files);
    }

    /**
     * A sweep batch done.
     *
     * @param summary the batch's tally
     * @param aggregate the sweep read back from the records
     * @param written the tables written
     */
    public record Done(BatchRun.Summary summary, Aggregate aggregate, Written written) {
    }

    /**
     * Runs the sweep of {@code options} as a batch into {@code out} on {@code backend} (resuming an
     * earlier run there), then aggregates the records and writes the tables into {@code out}.
     *
     * @param timeoutSeconds per-game deadline, 0 for none
     * @param err where the batch's resume notes and progress go
     * @param bar whether progress is a bar redrawn in place
     * @throws IllegalStateException if the back end failed (the records so far stay in {@code out})
     * @throws IOException if a table cannot be written
     */
    public static Done run(SweepOptions options, Path out, Backend backend, long timeoutSeconds, PrintWriter err, boolean bar)
            throws IOException {
        ResultStore store = ResultStore.open(out);
        GameTask task = new GameTask(BatchJobs.SWEEP, new SweepGameJob(), timeoutSeconds);
        BatchRun.Summary summary = new BatchRun(store, task, CertificateRecheck.Policy.NONE, options.threads())
                .run(specs(options), backend, err, bar);
        Aggregate aggregate = aggregate(options, out, Math.round(summary.seconds() * 1e9));
        return new Done(summary, aggregate, write(out, aggregate.result()));
    }
}
