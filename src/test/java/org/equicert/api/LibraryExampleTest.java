package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example, examples/library/CoordinationNash.java, imports only the API and the
 * game reader, compiles without warnings against target/classes and the test class path, and, run
 * in-process, prints the mixed equilibrium of seed 000's coordination game exactly, with checked
 * certificates written to a temporary directory.
 */
class LibraryExampleTest {

    private static final Path EXAMPLE = Path.of("examples", "library", "CoordinationNash.java");

    @Test
    void theExampleImportsOnlyTheApiAndTheGameReader() throws IOException {
        List<String> imports = Files.readAllLines(EXAMPLE).stream().filter(l -> l.startsWith("import org.equicert.")).toList();
        assertTrue(imports.size() >= 2, "imports: " + imports);
        Pattern allowed = Pattern.compile("import org\\.equicert\\.(api\\.[A-Z]\\w*|game\\.io\\.GameFiles);");
        for (String line : imports) {
            assertTrue(allowed.matcher(line).matches(), "not the API or the game reader: " + line);
        }
    }

    @Test
    void theExampleCompilesAndPrintsTheExactMixedEquilibriumWithItsCertificates(@TempDir Path dir) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path out = dir.resolve("out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK (javax.tools compiler)");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-Werror", "-Xlint:all", "-proc:none", "-d", classes.toString(),
                "-cp", mainClasses(), EXAMPLE.toString());
        assertEquals(0, status, "javac: " + diagnostics.toString(StandardCharsets.UTF_8));

        String printed;
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("example.CoordinationNash").getMethod("main", String[].class);
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {"examples/coordination.nfg", out.toString()});
        } finally {
            System.setOut(saved);
        }
        printed = buffer.toString(StandardCharsets.UTF_8);
        List<String> lines = printed.lines().toList();
        assertEquals("mixed equilibrium:", lines.get(1), printed);
        assertEquals("  player 1: high 1/3, low 2/3   payoff 10/3", lines.get(2), printed);
        assertEquals("  player 2: high 1/3, low 2/3   payoff 10/3", lines.get(3), printed);
        Path eq2 = out.resolve("certificates").resolve("coordination-eq2.smt2");
        Path set = out.resolve("certificates").resolve("coordination-nash-set.smt2");
        assertEquals("  certified Nash: " + eq2, lines.get(4), printed);
        assertEquals("complete list: " + set, lines.get(5), printed);
        assertTrue(Files.isRegularFile(eq2) && Files.isRegularFile(set), printed);
        assertEquals(4, lines.stream().filter(l -> l.startsWith("certificate: ")).count(), printed);
        assertEquals("every certificate checked", lines.get(lines.size() - 1), printed);
    }

    /** target/classes and the test class path (surefire's, when it runs the tests through a manifest-only jar). */
    private static String mainClasses() {
        Path classes = Path.of("target", "classes").toAbsolutePath();
        assertTrue(Files.isDirectory(classes.resolve("org").resolve("equicert").resolve("api")), "compile the main classes first");
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return classes + File.pathSeparator + testPath;
    }
}
