package org.equicert.cli.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.equicert.cli.Main;

/** Helpers shared by the batch tests (also those of {@code cli.batch.spark}): running the CLI and reading an output tree. */
public final class BatchTesting {

    /** What a CLI run returned and printed. */
    public record Run(int code, String out, String err) {
    }

    private BatchTesting() {
    }

    /** Runs the CLI in process with {@code args}. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Every file below {@code root}: relative path to content. */
    public static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** {@code count} random GAMUT games (two players, 2 or 3 actions) written under {@code dir}. */
    static List<Path> gamutGames(Path dir, int count) {
        List<Path> games = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve(String.format("g%03d.nfg", i));
            Run r = run("gamut", "--class", i % 3 == 2 ? "CoordinationGame" : "RandomGame", "--players", "2", "--actions",
                    String.valueOf(2 + i % 2), "--seed", String.valueOf(1000 + i), "-o", f.toString());
            if (r.code() != 0) {
                throw new IllegalStateException("gamut failed: " + r.err());
            }
            games.add(f);
        }
        return games;
    }
}
