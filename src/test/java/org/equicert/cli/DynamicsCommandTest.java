package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamicsCommandTest {

    @Test
    void coordinationAtBaseTwoWithTheoremOneAndSimulation(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("dynamics", "examples/coordination.nfg", "--base", "2", "--epsilon", "1/10", "--rounds", "4",
                "--simulate", "3000", "--out", dir.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("E_p[U] = 5200/529"), r.out());
        assertTrue(r.out().contains("in 1.198292909421 .. 1.198292909422"), r.out());
        assertTrue(r.out().contains("lies in 0.793125335645 .. 0.79312533564"), r.out());
        assertTrue(r.out().contains("at Theorem 1's alpha exactly: e^(5 alpha) = 400"), r.out());
        assertTrue(r.out().contains("E[U] = 801000/80201 (≈9.987406640815) >= u* - epsilon = 99/10; P(optimal profile) = 80000/80201  [certified: "),
                r.out());
        assertTrue(r.out().contains("-> agrees"), r.out());
        assertTrue(Files.exists(dir.resolve("certificates/coordination-theorem1.smt2")));
        assertTrue(Files.exists(dir.resolve("proofs/coordination-minimal-alpha-upper.proof")));
    }

    @Test
    void individualPrisonersDilemmaAsJson(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("dynamics", "examples/prisoners-dilemma.nfg", "--base", "2", "--individual", "--json", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"distribution\" : [ \"1/17\", \"4/17\", \"4/17\", \"8/17\" ]"), r.out());
    }

    @Test
    void alphaIsHandledByVerifiedEnclosures(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("dynamics", "examples/coordination.nfg", "--alpha", "0.5", "--out", dir.toString(), "--digits", "6");
        assertEquals(0, r.code(), r.err() + r.out());
        // E = (10 e^5 + 5 e^2.5)/(e^5 + 2 + e^2.5) = 9.50237003...
        assertTrue(r.out().contains("E_p[U] in 9.502370"), r.out());
    }

    @Test
    void compactSymmetricGamesRunOnOrbits() {
        CliTest.Run r = CliTest.run("dynamics", "--gamut", "RandomGame:30:3:5", "--base", "2", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"orbits\" : 496"), r.out()); // C(32, 2) count vectors
        assertTrue(r.out().contains("\"mostLikelyOrbits\""), r.out());
        assertEquals(2, CliTest.run("dynamics", "--gamut", "RandomGame:30:3", "--base", "2").code());
        assertEquals(2, CliTest.run("dynamics", "--base", "2").code());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliTest.run("dynamics", "examples/prisoners-dilemma.nfg", "--base", "2").code());
        assertEquals(2, CliTest.run("dynamics", "examples/coordination.nfg", "--base", "1/2").code());
        assertEquals(2, CliTest.run("dynamics", "examples/coordination.nfg").code());
        CliTest.Run both = CliTest.run("dynamics", "examples/coordination.nfg", "--base", "2", "--alpha", "1");
        assertEquals(2, both.code());
    }
}
