package org.equicert.game.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.equicert.game.Corpus;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NfgReaderTest {

    static Stream<Path> corpusFiles() {
        return Corpus.allNfg().stream();
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void everyCorpusFileReadsAndRoundTripsExactly(Path file) throws IOException {
        NormalFormGame g = NfgReader.read(file);
        assertTrue(g.profileCount() >= 1);
        NormalFormGame back = NfgReader.parse("written", NfgWriter.write(g));
        assertEquals(g, back);
        assertEquals(g, JsonGameFormat.parse("json", JsonGameFormat.write(g)));
    }

    @Test
    void readsTheOutcomeVersionWithKnownValues() {
        NormalFormGame g = GameFiles.read(Corpus.file("contrib/games/coord4.nfg"));
        assertEquals(List.of(4, 4), Arrays.stream(g.actionCounts()).boxed().toList());
        assertEquals(Rational.of(3), g.payoff(0, new int[] {0, 0}));
        assertEquals(Rational.of(7), g.payoff(1, new int[] {3, 3}));
        assertEquals(Rational.ZERO, g.payoff(0, new int[] {1, 0}));
        NormalFormGame mm = GameFiles.read(Corpus.file("contrib/games/2x2x2.nfg"));
        assertEquals(Rational.of(12), mm.payoff(2, new int[] {0, 0, 0}));
        assertEquals(Rational.of(6), mm.payoff(2, new int[] {0, 1, 1}));
    }

    @Test
    void readsTheOlderDVersionWithDecimalsAndCounts() {
        NormalFormGame g = GameFiles.read(Corpus.file("contrib/games/e04.nfg"));
        assertEquals(3, g.actionCount(0));
        assertEquals(2, g.actionCount(1));
        // payoff list: profile (2,1) is the second pair: -1.000000 2.000000
        assertEquals(Rational.of(-1), g.payoff(0, new int[] {1, 0}));
        assertEquals(Rational.of(2), g.payoff(1, new int[] {1, 0}));
    }

    @Test
    void readsRationalAndExponentNumbers() {
        NormalFormGame g = NfgReader.parse("inline", "NFG 1 R \"t\" { \"A\" \"B\" } { 1 2 }\n 1/3 -2.5e-1 .5 7");
        assertEquals(Rational.of(1, 3), g.payoff(0, 0));
        assertEquals(Rational.of(-1, 4), g.payoff(1, 0));
        assertEquals(Rational.HALF, g.payoff(0, 1));
    }

    private static InputFileException error(String text) {
        return assertThrows(InputFileException.class, () -> NfgReader.parse("bad.nfg", text));
    }

    @Test
    void malformedFilesGetLineAndColumn() {
        InputFileException e = error("NFG 1 R \"t\" { \"A\" \"B\" } { 2 2 }\n1 2 3 4 5 6 7");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("bad.nfg:2:"), e.getMessage());
        assertTrue(e.problem().contains("expected 8"), e.problem());
        e = error("NFG 1 R \"t\" { \"A\" \"B\" } { 2 2 }\n1 2 3 4 5 6 7 8 9");
        assertEquals("bad.nfg:2:17: unexpected '9' after the payoffs (too many payoffs, or trailing text)", e.getMessage());
        e = error("NFG 1 R \"t\" { \"A\" \"B\" } { 1 1 }\n1 x2");
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.problem().contains("bad number 'x2'"));
        e = error("NFG 1 R \"t\" { \"A\" } { { \"x\" \"y } }\n1 2");
        assertEquals("bad.nfg:1:29: unterminated string (missing closing \")", e.getMessage());
        e = error("NFG 1 R \"t\" { \"A\" \"B\" } { 2 2 }\n{ { \"\" 1 } }\n1 1 1 1");
        assertTrue(e.problem().contains("has 1 payoffs; expected 2"), e.problem());
        e = error("NFG 1 R \"t\" { \"A\" \"B\" } { 2 2 }\n{ { \"\" 1 2 } }\n1 1 1 2");
        assertTrue(e.problem().contains("outcome index must be an integer from 0 to 1"), e.problem());
        e = error("GAME 1 R");
        assertEquals(1, e.column());
    }

    @Test
    void invalidUtf8IsRejectedWithItsPosition() {
        byte[] good = "NFG 1 R \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 20);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28; // invalid continuation byte
        InputFileException e = assertThrows(InputFileException.class, () -> NfgReader.parse("bad.nfg", bytes));
        assertEquals(1, e.line());
        assertEquals(13, e.column());
        assertTrue(e.problem().contains("UTF-8"));
    }

    @Test
    void everyTruncationOfRealFilesIsRejectedCleanly() throws IOException {
        for (String name : List.of("contrib/games/coord4.nfg", "contrib/games/e04.nfg", "contrib/games/2x2x2.nfg",
                "catalog/journals/ijgt/nau2004/sec4.nfg")) {
            byte[] full = Files.readAllBytes(Corpus.file(name));
            NormalFormGame whole = NfgReader.parse(name, full);
            String text = new String(full, StandardCharsets.UTF_8).stripTrailing();
            // Only a cut inside the final payoff token can still give a complete file (e.g. -1.000000 -> -1.00).
            int lastTokenStart = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n')) + 1;
            for (int cut = 0; cut < full.length; cut++) {
                byte[] prefix = Arrays.copyOf(full, cut);
                try {
                    NormalFormGame g = NfgReader.parse(name, prefix);
                    assertTrue(cut > lastTokenStart, name + ": truncation at byte " + cut + " was accepted");
                    assertEquals(whole.profileCount(), g.profileCount());
                } catch (InputFileException expected) {
                    assertTrue(expected.line() >= 1 && expected.column() >= 1);
                    assertFalse(expected.problem().isBlank());
                } catch (RuntimeException other) {
                    fail("cut at byte " + cut + " of " + name + " threw " + other);
                }
            }
        }
    }
}
