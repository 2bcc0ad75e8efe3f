package org.equicert.game.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.Corpus;
import org.equicert.game.GamutGenerator;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.number.Rational;

class NfgProperties {

    /** A random game with awkward rational payoffs, odd names (quotes, backslashes, UTF-8). */
    static NormalFormGame randomGame(long seed, int players) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] counts = new int[players];
        int profiles = 1;
        for (int i = 0; i < players; i++) {
            counts[i] = r.nextInt(1, 4);
            profiles *= counts[i];
        }
        Rational[][] pay = new Rational[players][profiles];
        for (int i = 0; i < players; i++) {
            for (int k = 0; k < profiles; k++) {
                pay[i][k] = Rational.of(r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), r.nextLong(1, 1000));
            }
        }
        NormalFormGame g = NormalFormGame.of(counts, pay);
        List<String> names = new java.util.ArrayList<>();
        List<List<String>> acts = new java.util.ArrayList<>();
        for (int i = 0; i < players; i++) {
            names.add("P\"" + i + "\\ é");
            List<String> a = new java.util.ArrayList<>();
            for (int j = 0; j < counts[i]; j++) {
                a.add("a" + j + (j == 0 ? " \"q\"" : ""));
            }
            acts.add(a);
        }
        return NormalFormGame.of("title \"with\" quotes", names, acts, g.payoffTable());
    }

    @Property(tries = 100)
    void writeThenReadIsTheIdentityOnGeneratedGames(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int players) {
        NormalFormGame g = randomGame(seed, players);
        assertEquals(g, NfgReader.parse("g.nfg", NfgWriter.write(g)));
        assertEquals(g, JsonGameFormat.parse("g.json", JsonGameFormat.write(g)));
        NormalFormGame gamut = GamutGenerator.generate(GamutGenerator.GameClass.RANDOM, players, 2, seed);
        assertEquals(gamut, NfgReader.parse("gamut.nfg", NfgWriter.write(gamut)));
    }

    @Property(tries = 300)
    void randomByteMutationsOfRealFilesNeverCrashOrHang(@ForAll long seed) throws IOException {
        List<Path> files = Corpus.allNfg();
        SplittableRandom r = new SplittableRandom(seed);
        byte[] bytes = Files.readAllBytes(files.get(r.nextInt(files.size())));
        int edits = r.nextInt(1, 4);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = r.nextInt(bytes.length);
            switch (r.nextInt(3)) {
                case 0 -> bytes[at] = (byte) r.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                default -> {
                    byte[] b = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, b, 0, at);
                    b[at] = (byte) "{}\"\\/.-e 0123456789".charAt(r.nextInt(19));
                    System.arraycopy(bytes, at, b, at + 1, bytes.length - at);
                    bytes = b;
                }
            }
        }
        byte[] input = bytes;
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                NfgReader.parse("fuzz.nfg", input);
            } catch (InputFileException expected) {
                assertTrue(expected.line() >= 1 && expected.column() >= 1);
            }
        });
    }
}
