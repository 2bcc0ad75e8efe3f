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
    void orbitsPrintTheirFactsWithReasons() {
        CliTest.Run r = CliTest.run("dynamics", "--gamut", "CoordinationGame:3:2:1", "--base", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("game:       CoordinationGame, 3 players x 2 actions, seed 1 (totally symmetric, common payoff; 4 orbits"), r.out());
        assertTrue(r.out().contains("(not certified: computed on orbits of profiles; certificates are written for full games of at most 256 profiles)"),
                r.out());
        assertTrue(r.out().strip().endsWith("facts: 0 certified, 5 not certified"), r.out());
    }

    @Test
    void optionErrorsNameTheOptionAndExitWithTwo(@TempDir Path dir) {
        CliTest.Run digits = CliTest.run("dynamics", "examples/coordination.nfg", "--base", "2", "--digits", "0", "--out", dir.toString());
        assertEquals(2, digits.code());
        assertEquals("error: --digits must be from 1 to 200", digits.err().strip());
        CliTest.Run simulate = CliTest.run("dynamics", "examples/coordination.nfg", "--base", "2", "--simulate", "0", "--out", dir.toString());
        assertEquals(2, simulate.code());
        assertEquals("error: --simulate must be at least 1, got 0", simulate.err().strip());
        CliTest.Run pd = CliTest.run("dynamics", "examples/prisoners-dilemma.nfg", "--base", "2", "--out", dir.toString());
        assertEquals("error: this game's payoffs are not common; add --individual for the seed's extension to general games", pd.err().strip());
        CliTest.Run alpha = CliTest.run("dynamics", "examples/prisoners-dilemma.nfg", "--alpha", "1", "--individual", "--out", dir.toString());
        assertEquals(2, alpha.code());
        assertEquals("error: --alpha is supported for common-payoff games; give a rational --base for --individual", alpha.err().strip());
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
