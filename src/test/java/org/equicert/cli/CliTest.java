package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** A run naming a subcommand builds that one alone; usage, help and unknown names see all 14; the version alone, none. */
    @Test
    void subcommandsAreBuiltOnlyWhenNeeded() {
        assertEquals(java.util.Set.of("nash"), Main.commandLine("nash", "x.nfg").getSubcommands().keySet());
        assertEquals(java.util.Set.of("dynamics"), Main.commandLine("dynamics", "--help").getSubcommands().keySet());
        assertEquals(14, Main.commandLine().getSubcommands().size());
        assertEquals(14, Main.commandLine("help", "nash").getSubcommands().size());
        assertEquals(14, Main.commandLine("nsah").getSubcommands().size());
        assertEquals(0, Main.commandLine("--version").getSubcommands().size());
        assertEquals(14, Main.commandLine("--version", "nash").getSubcommands().size());
        assertEquals("equicert " + Main.VERSION, run("-V").out().strip());
        Run usage = run("--help");
        for (String name : new String[] {"info", "gamut", "check", "certify", "nash", "symmetric", "oracle", "sweep", "compare",
            "dynamics", "batch", "examples", "report", "help"}) {
            assertTrue(usage.out().contains("\n  " + name + " "), name + " missing from the usage:\n" + usage.out());
        }
    }

    @Test
    void infoReportsStructureAndSymmetry() {
        Run r = run("info", "examples/coordination.nfg");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("profiles:    4"));
        assertTrue(r.out().contains("common (every player gets the same payoff)"));
        assertTrue(r.out().contains("|Γ(G)| = 2 (totally symmetric: Γ(G) = S_2)"), r.out());
        Run json = run("info", "examples/partygoers.nfg", "--json");
        assertTrue(json.out().contains("\"order\" : 24"), json.out());
        assertTrue(json.out().contains("\"minPayoff\" : \"0\""));
    }

    @Test
    void badFilesGiveOneLineWithLineAndColumnAndExitCodeTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.nfg");
        Files.writeString(bad, "NFG 1 R \"t\" { \"A\" \"B\" } { 2 2 }\n1 2 3 4 5 6 7 oops");
        Run r = run("info", bad.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + bad + ":2:15: bad number 'oops' for payoff 8 of 8 (use an integer, a decimal such as 1.25 or a fraction such as 3/7)",
                r.err().strip());
        assertFalse(r.err().contains("Exception"));
        Run missing = run("info", dir.resolve("nope.nfg").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"));
        Run badProfile = run("certify", "examples/coordination.nfg", "--profile", "0.5,abc;1,0");
        assertEquals(2, badProfile.code());
        assertTrue(badProfile.err().contains("'abc' is not a number"), badProfile.err());
    }

    @Test
    void gamutWritesAReadableDeterministicGame(@TempDir Path dir) {
        Path a = dir.resolve("a.nfg");
        Path b = dir.resolve("b.json");
        assertEquals(0, run("gamut", "--class", "CoordinationGame", "--players", "3", "--actions", "2", "--seed", "5", "-o", a.toString()).code());
        assertEquals(0, run("gamut", "--class", "coordination", "--players", "3", "--actions", "2", "--seed", "5", "-o", b.toString()).code());
        NormalFormGame ga = GameFiles.read(a);
        NormalFormGame gb = GameFiles.read(b);
        assertEquals(ga, gb);
        assertTrue(ga.isCommonPayoff());
        assertEquals(2, run("gamut", "--class", "Nope", "--players", "3", "--actions", "2").code());
    }

    @Test
    void certifyRepairsADecimalProfileToTheExactMixedEquilibrium(@TempDir Path dir) {
        Run r = run("certify", "examples/coordination.nfg", "--profile", "0.3333,0.6667;0.3333,0.6667", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("profile:  3333/10000,6667/10000;3333/10000,6667/10000"), r.out());
        assertTrue(r.out().contains("Nash equilibrium: NO — largest gain from deviating is 3333/20000000"), r.out());
        assertTrue(r.out().contains("repair:   1/3,2/3;1/3,2/3 is a Nash equilibrium on the same support"), r.out());
        assertTrue(Files.exists(dir.resolve("certificates").resolve("coordination-repair-nash.smt2")));
        assertTrue(Files.exists(dir.resolve("proofs").resolve("coordination-repair-nash.proof")));
        Run check = run("check", dir.resolve("certificates").resolve("coordination-repair-nash.smt2").toString());
        assertEquals(0, check.code());
        assertTrue(check.out().startsWith("VALID"));
    }

    @Test
    void helpTeachesWithAnExample() {
        Run r = run("certify", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Example"));
        assertTrue(run("--help").out().contains("examples"));
    }
}
