package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NashCommandTest {

    @Test
    void nashListsBattleOfTheSexesWithPayoffsAndCertificates(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("nash", "examples/battle-of-the-sexes.nfg", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("extreme equilibria: 3"));
        assertTrue(r.out().contains("2/3,1/3;1/3,2/3   payoffs 2/3, 2/3  [certified: "), r.out());
        assertTrue(r.out().contains("complete:   the Nash equilibria are exactly the union of the 3 sets X × Y cut out by the best-response labels"
                + " of the maximal Nash subsets; no other support pair admits one  [certified: "), r.out());
        assertTrue(Files.exists(dir.resolve("certificates/battle-of-the-sexes-nash-set.smt2")));
        assertTrue(Files.exists(dir.resolve("proofs/battle-of-the-sexes-nash-set.proof")));
        CliTest.Run check = CliTest.run("check", dir.resolve("certificates/battle-of-the-sexes-nash-set.smt2").toString());
        assertEquals(0, check.code(), check.out() + check.err());
    }

    @Test
    void nashReportsAContinuumAsAContinuum(@TempDir Path dir) throws Exception {
        Path g = dir.resolve("c.nfg");
        // top dominates; against top the column player is indifferent
        Files.writeString(g, "NFG 1 R \"continuum\" { \"1\" \"2\" } { 2 2 }\n1 1 0 0 1 1 0 0\n");
        CliTest.Run r = CliTest.run("nash", g.toString(), "--no-certify", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"dimension\" : 1"), r.out());
        assertFalse(Files.exists(dir.resolve("certificates")));
        CliTest.Run text = CliTest.run("nash", g.toString(), "--no-certify");
        assertTrue(text.out().contains("a continuum of dimension 1 with extreme equilibria [1, 2]"), text.out());
        assertTrue(text.out().contains("maximal Nash subset: conv{(1,0)} × conv{(1,0), (0,1)} (dimension 1)"), text.out());
    }

    @Test
    void nashOnThreePlayersUsesSupportEnumeration() {
        CliTest.Run r = CliTest.run("nash", "../shared/corpus/gambit/contrib/games/2x2x2.nfg", "--no-certify");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("../shared/corpus/gambit/contrib/games/2x2x2.nfg")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("equilibria isolated within their supports: 9"), r.out());
        assertTrue(r.out().contains("2/5,3/5;1/2,1/2;1/3,2/3   payoffs 5/2, 8/3, 3"), r.out());
        assertTrue(r.out().contains("complete:   every support profile was decided"));
    }

    @Test
    void compareReadsGambitLinesAndReportsRegretAndMissedEquilibria(@TempDir Path dir) throws Exception {
        Path claims = dir.resolve("gambit.txt");
        Files.writeString(claims, "NE,1,0,1,0\nNE,0.666667,0.333333,0.333333,0.666667\n");
        CliTest.Run r = CliTest.run("compare", "examples/battle-of-the-sexes.nfg", "--claims", claims.toString(), "--out", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("exactly Nash: yes"));
        // by hand: against y = (0.333333, 0.666667) Opera earns 0.666666 and Football 0.666667; she earns
        // 0.666667·0.666666 + 0.333333·0.666667 = 0.666666333333, so Football gains 0.000000666667
        assertTrue(r.out().contains("exactly Nash: NO — largest regret 666667/1000000000000 ≈ 0.000000666667"), r.out());
        assertTrue(r.out().contains("approximates component 2: the isolated equilibrium 2/3,1/3;1/3,2/3"), r.out());
        assertTrue(r.out().contains("missed:   1 (components of the exact set that no claim is in or approximates):"), r.out());
        assertTrue(r.out().contains("component 3: the isolated equilibrium 0,1;0,1"));
    }

    @Test
    void compareReadsLrsnashOutputAndJsonAndAcceptsACompleteList(@TempDir Path dir) throws Exception {
        Path lrs = dir.resolve("lrs.out");
        Files.writeString(lrs, "*lrsnash:lrslib v.7.1\n2  1/3  2/3  2/3 \n1  2/3  1/3  2/3 \n\n2  0  1  1 \n1  0  1  2 \n\n"
                + "2  1  0  2 \n1  1  0  1 \n\n*Number of equilibria found: 3\n");
        CliTest.Run r = CliTest.run("compare", "examples/battle-of-the-sexes.nfg", "--claims", lrs.toString(), "--out", dir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("missed:   none"));
        Path json = dir.resolve("claims.json");
        Files.writeString(json, "{\"equilibria\": [[[1, 0], [1, 0]], [[\"0\", \"1\"], [0.0, 1.0]], \"2/3,1/3;1/3,2/3\"]}");
        CliTest.Run j = CliTest.run("compare", "examples/battle-of-the-sexes.nfg", "--claims", json.toString(), "--out", dir.toString(), "--json");
        assertEquals(0, j.code(), j.out() + j.err());
        assertTrue(j.out().contains("\"clean\" : true"), j.out());
    }

    @Test
    void compareNamesLineAndColumnOfBadClaims(@TempDir Path dir) throws Exception {
        Path claims = dir.resolve("bad.txt");
        Files.writeString(claims, "NE,1,0,1,0\nNE,0.5,zz,1,0\n");
        CliTest.Run r = CliTest.run("compare", "examples/battle-of-the-sexes.nfg", "--claims", claims.toString(), "--out", dir.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + claims + ":2:8: 'zz' is not a number (decimals like 0.25 or fractions like 1/4)", r.err().strip());
        Files.writeString(claims, "NE,1,0,1\n");
        CliTest.Run count = CliTest.run("compare", "examples/battle-of-the-sexes.nfg", "--claims", claims.toString(), "--out", dir.toString());
        assertEquals(2, count.code());
        assertTrue(count.err().contains(":1:1: NE line has 3 probabilities; the game has 4 actions in all"), count.err());
        Files.writeString(claims, "{\"equilibria\": [[[1, 0], [1, 0]]\n");
        CliTest.Run json = CliTest.run("compare", "examples/battle-of-the-sexes.nfg", "--claims", claims.toString(), "--out", dir.toString());
        assertEquals(2, json.code());
        assertTrue(json.err().contains("bad.txt:2:1: invalid JSON"), json.err());
    }

    @Test
    void aClaimedNonExtremePointOfAContinuumIsIdentified(@TempDir Path dir) throws Exception {
        Path g = dir.resolve("c.nfg");
        Files.writeString(g, "NFG 1 R \"continuum\" { \"1\" \"2\" } { 2 2 }\n1 1 0 0 1 1 0 0\n");
        Path claims = dir.resolve("c.txt");
        Files.writeString(claims, "1,0;0.25,0.75\n");
        CliTest.Run r = CliTest.run("compare", g.toString(), "--claims", claims.toString(), "--out", dir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("is component 1: a continuum of dimension 1"), r.out());
    }
}
