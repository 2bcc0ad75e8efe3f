package org.equicert.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Verdict;
import org.equicert.cli.Main;

/**
 * Re-runs the independent checker on a game's certificates: on the driver for games that ran on
 * Spark ({@code --recheck}), and on a resumed run for games done before, which are skipped only if
 * their record is for the same job, game and options, ended {@code ok} or {@code discrepancy},
 * every certificate path it cites exists, and every certificate file of the game checks.
 * Cost: one checker run (SMTInterpol with proof checking) per certificate file.
 */
public final class CertificateRecheck {

    /** How many games' certificates the driver re-checks. */
    public enum Policy {
        /** Every game's. */
        ALL,
        /** Every tenth game's, by input position (the first included). */
        SAMPLE,
        /** None. */
        NONE;

        /** Whether the game at {@code index} is re-checked. */
        boolean covers(int index) {
            return this == ALL || this == SAMPLE && index % 10 == 0;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Checker checker = new Checker(Main.VERSION);

    /** The first certificate among {@code game}'s files that the checker rejects, with the reason; empty if all check. */
    public Optional<String> rejected(FinishedGame game) {
        for (FinishedGame.GameFile f : game.files()) {
            if (f.path().endsWith(".smt2")) {
                Verdict v = checker.checkText(new String(f.bytes(), StandardCharsets.UTF_8));
                if (!v.accepted()) {
                    return Optional.of("certificates/" + game.id() + "/" + f.path() + ": " + v.reason());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why the earlier record of {@code spec} cannot be kept, or empty if the game can be skipped.
     *
     * @param record the earlier record line
     */
    public Optional<String> staleReason(String record, GameSpec spec, String job, ResultStore store) {
        JsonNode r;
        try {
            r = MAPPER.readTree(record);
        } catch (IOException e) {
            return Optional.of("unreadable record");
        }
        List<String> options = new ArrayList<>();
        r.path("options").forEach(o -> options.add(o.asText()));
        if (!r.path("game").asText().equals(spec.game()) || !r.path("job").asText().equals(job) || !options.equals(spec.options())) {
            return Optional.of("the record is for another game, job or options");
        }
        String status = r.path("status").asText();
        if (!status.equals(GameStatus.OK.label()) && !status.equals(GameStatus.DISCREPANCY.label())) {
            return Optional.of("status " + status + " is run again");
        }
        List<String> cited = new ArrayList<>();
        cite(r.path("result"), "certificates/" + spec.id() + "/", cited);
        for (String path : cited) {
            if (!Files.isRegularFile(store.directory().resolve(path))) {
                return Optional.of("missing " + path);
            }
        }
        Path dir = store.gameDirectory(spec.id());
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> certificates;
        try (Stream<Path> walk = Files.walk(dir)) {
            certificates = walk.filter(p -> p.getFileName().toString().endsWith(".smt2")).sorted().toList();
        } catch (IOException e) {
            return Optional.of("cannot list " + dir);
        }
        for (Path c : certificates) {
            String text;
            try {
                text = Files.readString(c, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Optional.of("cannot read " + c);
            }
            Verdict v = checker.checkText(text);
            if (!v.accepted()) {
                return Optional.of(store.directory().relativize(c) + " does not check: " + v.reason());
            }
        }
        return Optional.empty();
    }

    /** Collects the string values under {@code node} that are paths starting with {@code prefix}. */
    private static void cite(JsonNode node, String prefix, List<String> into) {
        if (node.isTextual() && node.asText().startsWith(prefix) && node.asText().endsWith(".smt2")) {
            into.add(node.asText());
        }
        node.forEach(child -> cite(child, prefix, into));
    }
}
