package org.equicert.game;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The shared corpus of real game files (Gambit's collection), read in place from ../shared/corpus. */
public final class Corpus {

    /** The corpus root. */
    public static final Path ROOT = Path.of("..", "shared", "corpus", "gambit");

    private Corpus() {
    }

    /** A file of the corpus; the test is skipped (saying so) if the shared folder is absent. */
    public static Path file(String relative) {
        Path p = ROOT.resolve(relative);
        assumeTrue(Files.exists(p), "shared corpus not found at " + p.toAbsolutePath() + "; skipping");
        return p;
    }

    /** Every .nfg file of the corpus, sorted. */
    public static List<Path> allNfg() {
        assumeTrue(Files.isDirectory(ROOT), "shared corpus not found at " + ROOT.toAbsolutePath() + "; skipping");
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".nfg")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
