package org.equicert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure of issue 14, read from the sources: which top-level package may use
 * which, no cycle, nothing outside {@code cli} uses {@code cli}, and no class of a few thousand
 * lines. A reference is an import or a qualified name {@code org.equicert.X} anywhere in the text.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/equicert");
    private static final Pattern REFERENCE = Pattern.compile("org\\.equicert\\.([a-z]+)");

    /** What each top-level package may use besides itself (the layers of STYLE.md and issue 14). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("number", Set.of()),
            Map.entry("draw", Set.of()),
            Map.entry("input", Set.of("number")),
            Map.entry("linalg", Set.of("number")),
            Map.entry("poly", Set.of("number", "linalg")),
            Map.entry("game", Set.of("number", "input", "linalg")),
            Map.entry("dynamics", Set.of("number", "linalg", "game", "input")),
            Map.entry("equilibrium", Set.of("number", "linalg", "poly", "game", "input")),
            Map.entry("symmetric", Set.of("number", "linalg", "poly", "game", "input")),
            Map.entry("oracle", Set.of("number", "linalg", "game", "input")),
            Map.entry("certificate", Set.of("number")),
            Map.entry("bridge", Set.of("number", "linalg", "poly", "game", "input", "dynamics", "equilibrium", "symmetric", "oracle", "certificate")),
            Map.entry("api", Set.of("number", "linalg", "poly", "game", "input", "dynamics", "equilibrium", "symmetric", "oracle", "certificate", "bridge")),
            Map.entry("report", Set.of("number", "linalg", "poly", "game", "input", "dynamics", "equilibrium", "symmetric", "oracle", "certificate", "api",
                    "draw")),
            Map.entry("cli", Set.of("number", "linalg", "poly", "game", "input", "dynamics", "equilibrium", "symmetric", "oracle", "certificate", "api", "report", "draw")));

    /** The source without comments (a Javadoc link is not a dependency); string literals are kept. */
    static String code(String source) {
        StringBuilder b = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != '"') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                b.append(source, i, Math.min(j + 1, source.length()));
                i = j + 1;
            } else if (source.startsWith("//", i)) {
                int j = source.indexOf('\n', i);
                i = j < 0 ? source.length() : j;
            } else if (source.startsWith("/*", i)) {
                int j = source.indexOf("*/", i + 2);
                i = j < 0 ? source.length() : j + 2;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String top = MAIN.relativize(f).getName(0).toString();
                Matcher m = REFERENCE.matcher(code(Files.readString(f)));
                Set<String> used = uses.computeIfAbsent(top, k -> new TreeSet<>());
                while (m.find()) {
                    if (!m.group(1).equals(top)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        uses().forEach((pkg, used) -> {
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                violations.add(pkg + " is a top-level package the layer table does not know");
                return;
            }
            for (String u : used) {
                if (!allowed.contains(u)) {
                    violations.add(pkg + " uses " + u);
                }
            }
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void commentsAreNotDependencies() {
        assertEquals("int x;  \nint y; String s = \"org.equicert.cli // not a comment\";",
                code("int x; /** {@link org.equicert.cli.Main} */ // org.equicert.api\nint y; String s = \"org.equicert.cli // not a comment\";"));
    }

    @Test
    void nothingOutsideCliUsesCli() throws IOException {
        uses().forEach((pkg, used) -> assertTrue(pkg.equals("cli") || !used.contains("cli"), pkg + " uses cli"));
    }

    @Test
    void theLayerTableHasNoCycle() {
        // A topological order exists iff repeatedly removing packages whose uses are all removed empties the table.
        Set<String> removed = new TreeSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
                if (!removed.contains(e.getKey()) && removed.containsAll(e.getValue())) {
                    removed.add(e.getKey());
                    progress = true;
                }
            }
        }
        assertEquals(ALLOWED.keySet(), removed);
    }

    @Test
    void noMainClassIsOverFourHundredAndFiftyLines() throws IOException {
        List<String> large = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long n = Files.readAllLines(f).size();
                if (n > 450) {
                    large.add(MAIN.relativize(f) + " (" + n + " lines)");
                }
            }
        }
        assertEquals(List.of(), large);
    }
}
