package org.equicert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.equicert.game.GamutGenerator;
import org.equicert.input.InputFileException;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@link PaperTables}: the shipped values match the seed text line by line, and malformed files are refused at line:column. */
class PaperTablesTest {

    private static final Path SEED = Path.of("../shared/seeds/001_ec409aee7be91e6d.txt");

    @Test
    void theShippedFileHasEveryCellOnceAndTheExtractionsCounts() {
        PaperTables p = PaperTables.load();
        assertEquals(160, p.cells().size());
        assertEquals(60, p.cells().stream().filter(c -> c.status() == PaperTables.Status.PRINTED).count());
        assertEquals(3, p.cells().stream().filter(c -> c.status() == PaperTables.Status.INFERRED).count());
        assertEquals(97, p.cells().stream().filter(c -> c.status() == PaperTables.Status.LOST).count());
        assertEquals(List.of(13, 22, 16), List.of(p.unplaced(5).size(), p.unplaced(6).size(), p.unplaced(7).size()));
        // Table 3a, N = 3, A = 4: 0.59 on line 1200; Table 4a, N = 2, A = 3 lost; Table 3b printed as "0"
        PaperTables.Cell c = p.cell(3, GamutGenerator.GameClass.RANDOM, 3, 4).orElseThrow();
        assertEquals(Optional.of("0.59"), c.printed());
        assertEquals(Optional.of(Rational.of(59, 100)), c.value());
        assertEquals(OptionalInt.of(1200), c.seedLine());
        assertEquals(PaperTables.Status.LOST, p.cell(4, GamutGenerator.GameClass.RANDOM, 2, 3).orElseThrow().status());
        assertEquals(Optional.of(Rational.ZERO), p.cell(3, GamutGenerator.GameClass.COORDINATION, 5, 5).orElseThrow().value());
        assertEquals(Optional.empty(), p.cell(3, GamutGenerator.GameClass.COLLABORATION, 2, 2));
    }

    /** Every value is quoted exactly as the seed's extraction prints it on the line the file names. */
    @Test
    void everyValueIsOnItsSeedLine() throws IOException {
        Assumptions.assumeTrue(Files.exists(SEED), "the seed text " + SEED + " is not here");
        List<String> seed = Files.readAllLines(SEED);
        PaperTables p = PaperTables.load();
        int checked = 0;
        for (PaperTables.Cell c : p.cells()) {
            if (c.printed().isPresent()) {
                assertEquals(c.printed().get(), seed.get(c.seedLine().getAsInt() - 1).strip(), c.toString());
                checked++;
            }
        }
        for (PaperTables.Unplaced u : p.unplaced()) {
            assertEquals(u.printed(), seed.get(u.seedLine() - 1).strip(), u.toString());
            checked++;
        }
        assertEquals(63 + 51, checked);
    }

    private static String shipped() throws IOException {
        try (var in = PaperTables.class.getResourceAsStream("seed001-tables.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Replaces the first line starting with {@code prefix} by {@code line}, and returns the text and that line's number. */
    private static Object[] edit(String text, String prefix, String line) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                lines[i] = line;
                return new Object[] {String.join("\n", lines), i + 1};
            }
        }
        throw new AssertionError("no line " + prefix);
    }

    private static void refused(String text, String prefix, String line, int column, String words) throws IOException {
        Object[] e = edit(text, prefix, line);
        InputFileException x = assertThrows(InputFileException.class, () -> PaperTables.parse("t.csv", (String) e[0]));
        assertTrue(x.getMessage().startsWith("t.csv:" + e[1] + ":" + column + ": "), x.getMessage());
        assertTrue(x.getMessage().contains(words), x.getMessage());
    }

    @Test
    void malformedLinesAreRefusedAtTheirColumn() throws IOException {
        String text = shipped();
        refused(text, "table,", "table,class,players,actions,paper,status", 1, "expected the header");
        // the value field starts at column 18 of "3,RandomGame,2,2,0.36,printed,1189"
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,2,2,0.5,printed,1189", 18, "as printed");
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,2,2,1.50,printed,1189", 18, "at most 1");
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,2,2,-0.36,printed,1189", 18, "as printed");
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,6,2,0.36,printed,1189", 14, "players in 2..5");
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,2,x,0.36,printed,1189", 16, "actions as a whole number");
        refused(text, "3,RandomGame,2,2,", "8,RandomGame,2,2,0.36,printed,1189", 1, "table in 3..7");
        refused(text, "3,RandomGame,2,2,", "3,CollaborationGame,2,2,0.36,printed,1189", 3, "RandomGame or CoordinationGame");
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,2,2,0.36,typed,1189", 23, "expected status");
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,2,2,0.36,printed,", 31, "seed_line as a whole number");
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,2,2,0.36,printed", 1, "7 comma-separated fields");
        refused(text, "3,RandomGame,2,2,", "3,RandomGame,2,2,0.36,lost,", 18, "a lost cell has an empty value");
        refused(text, "3,RandomGame,2,3,", "3,RandomGame,2,2,0.44,printed,1194", 1, "cell 3,RandomGame,2,2 appears twice");
        refused(text, "5,*,*,*,1.00,unplaced,1301", "5,*,2,*,1.00,unplaced,1301", 5, "'*' for class, players and actions");
        refused(text, "5,*,*,*,1.00,unplaced,1301", "5,*,*,*,1.00,unplaced,0", 23, "seed_line in 1..");
    }

    @Test
    void aMissingCellIsNamedAfterTheLastLine() throws IOException {
        String text = shipped();
        String without = text.replace("7,CoordinationGame,5,5,,lost,\n", "");
        int lines = (int) without.chars().filter(ch -> ch == '\n').count();
        InputFileException x = assertThrows(InputFileException.class, () -> PaperTables.parse("t.csv", without));
        assertEquals("t.csv:" + (lines + 1) + ":1: cell 7,CoordinationGame,5,5 is missing; add it (status lost if the paper's value is)", x.getMessage());
        x = assertThrows(InputFileException.class, () -> PaperTables.parse("t.csv", "# only a comment\n"));
        assertEquals("t.csv:2:1: missing the header '" + PaperTables.HEADER + "'", x.getMessage());
        x = assertThrows(InputFileException.class, () -> PaperTables.parse("t.csv", text.replace("\n", "\r\n")));
        assertTrue(x.getMessage().startsWith("t.csv:9:1: expected the header"), x.getMessage());
    }
}
