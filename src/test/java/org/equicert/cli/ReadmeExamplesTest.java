package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ./equicert ...} example line of the README runs and exits with 0 — except the
 * {@code compare} example, which shows a list with discrepancies and must exit with 1.
 */
class ReadmeExamplesTest {

    @TempDir
    static Path scratch;

    static Stream<String> examples() throws IOException {
        return Files.readAllLines(Path.of("README.md")).stream()
                .map(String::strip)
                .filter(l -> l.startsWith("./equicert ") && !l.equals("./equicert examples"))
                .collect(Collectors.toList()).stream();
    }

    static List<String> arguments(String line) throws IOException {
        List<String> args = new ArrayList<>();
        for (String token : shellWords(line.substring("./equicert ".length()))) {
            String t = token;
            if (t.contains("*")) {
                Path dir = Path.of(t.substring(0, t.lastIndexOf('/')));
                java.nio.file.PathMatcher glob = dir.getFileSystem().getPathMatcher("glob:" + t.substring(t.lastIndexOf('/') + 1));
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> glob.matches(p.getFileName())).sorted().forEach(p -> args.add(p.toString()));
                }
                continue;
            }
            args.add(t.endsWith(".nfg") && args.contains("-o") ? scratch.resolve(t).toString() : t);
        }
        String command = args.get(0);
        if (command.equals("certify") || command.equals("dynamics") || command.equals("nash") || command.equals("compare")
                || command.equals("symmetric") || command.equals("sweep") || command.equals("oracle")) {
            args.add("--out");
            args.add(scratch.toString());
        }
        return args;
    }

    /** Splits like a shell: whitespace separates words, single quotes group (and are removed). */
    static List<String> shellWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(cur.toString());
        }
        return words;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readmeExampleRuns(String line) throws IOException {
        List<String> args = arguments(line);
        if (args.stream().anyMatch(a -> a.startsWith("../shared"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of(args.get(1))), "shared corpus absent; skipping " + line);
        }
        CliTest.Run r = CliTest.run(args.toArray(new String[0]));
        assertEquals(args.get(0).equals("compare") ? 1 : 0, r.code(), line + "\n" + r.err() + r.out());
        assertTrue(!r.out().isBlank(), line);
    }
}
