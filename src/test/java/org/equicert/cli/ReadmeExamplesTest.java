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
        for (String token : line.substring("./equicert ".length()).split("\\s+")) {
            String t = token.startsWith("'") && token.endsWith("'") ? token.substring(1, token.length() - 1) : token;
            if (t.contains("*")) {
                Path dir = Path.of(t.substring(0, t.lastIndexOf('/')));
                String suffix = t.substring(t.lastIndexOf('*') + 1);
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.toString().endsWith(suffix)).sorted().forEach(p -> args.add(p.toString()));
                }
                continue;
            }
            args.add(t.endsWith(".nfg") && args.contains("-o") ? scratch.resolve(t).toString() : t);
        }
        String command = args.get(0);
        if (command.equals("certify") || command.equals("dynamics") || command.equals("nash") || command.equals("compare")) {
            args.add("--out");
            args.add(scratch.toString());
        }
        return args;
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
