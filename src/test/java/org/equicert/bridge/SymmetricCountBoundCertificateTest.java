package org.equicert.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.certificate.CertificateFile;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Claim;
import org.equicert.certificate.ClaimCodec;
import org.equicert.certificate.SymmetricCountBoundClaim;
import org.equicert.certificate.Verdict;
import org.equicert.game.NormalFormGame;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricAnalysis;
import org.equicert.symmetric.SymmetricUtility;
import org.junit.jupiter.api.Test;

/**
 * The ten robots of seed 001 §2.1 (3^10 = 59,049 profiles) certified through their count table of
 * 66 entries, on both sides of ε* = (10/9)^9 − 1; forged claims rejected.
 */
class SymmetricCountBoundCertificateTest {

    private static final Checker CHECKER = new Checker("test");
    private static final List<Integer> ALL = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    /** All a pays 1, exactly one b with nine c pays 1 + ε, otherwise 0. */
    private static NormalFormGame robots(Rational epsilon) {
        Map<List<Integer>, Rational> pay = new HashMap<>();
        for (List<Integer> k : SymmetricPayoffs.countVectors(10, 3)) {
            pay.put(k, k.equals(List.of(10, 0, 0)) ? Rational.ONE : k.equals(List.of(0, 1, 9)) ? Rational.ONE.add(epsilon) : Rational.ZERO);
        }
        return SymmetricPayoffs.of(10, 3, pay).toGame("ten robots (epsilon = " + epsilon + ")");
    }

    private static SymmetricCountBoundClaim claim(NormalFormGame g) {
        SymmetricUtility u = SymmetricUtility.of(g, List.of(ALL));
        SymmetricAnalysis.Report r = SymmetricAnalysis.analyze(u, Rational.of(1, 1_000_000), 200_000);
        return SymmetricClaims.countBound(u, r.optimum(), r.point().flatMap(p -> p.exact()));
    }

    /** The claim rebuilt from its data with one entry replaced. */
    private static Claim forged(Claim c, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(c.data());
        m.put(key, value);
        return ClaimCodec.fromJson(toJson(m));
    }

    private static String toJson(Map<String, Object> m) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> tree(SymmetricCountBoundClaim c) {
        return new ArrayList<>((List<List<Object>>) c.data().get("tree"));
    }

    /** The index just past the subtree that starts at {@code i} (splits have two subtrees; other nodes are leaves). */
    private static int subtreeEnd(List<List<Object>> tree, int i) {
        return tree.get(i).get(0).equals("split") ? subtreeEnd(tree, subtreeEnd(tree, i + 1)) : i + 1;
    }

    @Test
    void belowTheSwitchTheOptimumIsAllAWithValueOne() {
        SymmetricCountBoundClaim c = claim(robots(Rational.ONE));
        assertTrue(c.statement().contains("is exactly 1, attained when all play 1,0,0"), c.statement());
        Verdict v = CHECKER.check(c);
        assertTrue(v.accepted(), v.reason());
        assertTrue(CHECKER.checkText(CertificateFile.render(c, "test")).accepted());
        assertTrue(c.nonlinearSmtLib().isPresent(), "an exact optimum of a 66-entry table has a nonlinear statement");
    }

    @Test
    void aboveTheSwitchTheOptimumIsOneBNineC() {
        SymmetricCountBoundClaim c = claim(robots(Rational.TWO));
        // 3 · 10 · (1/10) · (9/10)^9 = 3^10/10^9
        assertEquals("1162261467/1000000000", c.data().get("witnessValue"));
        assertEquals(List.of("0", "1/10", "9/10"), c.data().get("witness"));
        Rational bound = Rational.parse((String) c.data().get("bound"));
        assertTrue(bound.subtract(Rational.parse("1162261467/1000000000")).compareTo(Rational.of(1, 1_000_000)) <= 0);
        Verdict v = CHECKER.check(c);
        assertTrue(v.accepted(), v.reason());
        assertTrue(CHECKER.checkText(CertificateFile.render(c, "test")).accepted());
    }

    @Test
    void justAroundTheSwitchBothSidesAreCertified() {
        Rational star = Rational.of(10, 9).pow(9).subtract(Rational.ONE);
        SymmetricCountBoundClaim below = claim(robots(star.subtract(Rational.of(1, 1000))));
        assertTrue(below.statement().contains("is exactly 1, attained when all play 1,0,0"), below.statement());
        assertTrue(CHECKER.check(below).accepted());
        Rational eps = star.add(Rational.of(1, 1000));
        SymmetricCountBoundClaim above = claim(robots(eps));
        // (1 + ε)(9/10)^9 > 1 once ε > ε*: the witness (0, 1/10, 9/10) beats all-a
        assertEquals(Rational.ONE.add(eps).multiply(Rational.of(9, 10).pow(9)).toString(), above.data().get("witnessValue"));
        assertTrue(CHECKER.check(above).accepted());
    }

    @Test
    void aWrongBoundIsRejected() {
        SymmetricCountBoundClaim c = claim(robots(Rational.TWO));
        // all-a earns 1 and 1 < 3^10/10^9: claiming the optimum is 1 with the same tree must fail
        Claim low = forged(forged(c, "bound", "1"), "witness", List.of("1", "0", "0"));
        Map<String, Object> m = new LinkedHashMap<>(low.data());
        m.put("witnessValue", "1");
        Verdict v = CHECKER.check(ClaimCodec.fromJson(toJson(m)));
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("exceeds the bound"), v.reason());
    }

    @Test
    void aWrongWitnessValueIsRejected() {
        SymmetricCountBoundClaim c = claim(robots(Rational.TWO));
        Verdict v = CHECKER.check(forged(c, "witnessValue", "1162261468/1000000000"));
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("the witness earns 1162261467/1000000000"), v.reason());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAlteredCountTableIsRejected() {
        SymmetricCountBoundClaim c = claim(robots(Rational.ONE));
        List<Object> table = new ArrayList<>();
        for (Object row : (List<Object>) c.data().get("table")) {
            Map<String, Object> r = new LinkedHashMap<>((Map<String, Object>) row);
            if (r.get("counts").equals(List.of(0, 1, 9))) {
                r.put("payoff", "3");
            }
            table.add(r);
        }
        // with u(0,1,9) = 3 the optimum is 3^10/10^9 > 1: the claimed exact optimum 1 is false
        Verdict v = CHECKER.check(forged(c, "table", table));
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("exceeds the bound"), v.reason());
        // rows out of order or missing are refused when the claim is read
        List<Object> swapped = new ArrayList<>((List<Object>) c.data().get("table"));
        swapped.add(0, swapped.remove(1));
        assertThrows(IllegalArgumentException.class, () -> forged(c, "table", swapped));
        assertThrows(IllegalArgumentException.class, () -> forged(c, "table", swapped.subList(1, swapped.size())));
    }

    @Test
    void aTreeThatOmitsABranchIsRejected() {
        SymmetricCountBoundClaim c = claim(robots(Rational.TWO));
        List<List<Object>> full = tree(c);
        int first = full.indexOf(full.stream().filter(t -> t.get(0).equals("split")).findFirst().orElseThrow());
        // replace the root's second child's subtree by a single Bernstein leaf
        int secondChild = subtreeEnd(full, first + 1);
        List<List<Object>> pruned = new ArrayList<>(full.subList(0, secondChild));
        pruned.add(List.of("bound"));
        pruned.addAll(full.subList(subtreeEnd(full, secondChild), full.size()));
        Verdict v = CHECKER.check(forged(c, "tree", pruned));
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("exceeds the bound"), v.reason());
        // a tree cut short, or with an entry after its end, is refused when the claim is read
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class, () -> forged(c, "tree", full.subList(0, full.size() - 1)));
        assertTrue(cut.getMessage().contains("ends early"), cut.getMessage());
        List<List<Object>> longer = new ArrayList<>(full);
        longer.add(List.of("bound"));
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class, () -> forged(c, "tree", longer));
        assertTrue(extra.getMessage().contains("1 unused entries"), extra.getMessage());
        // the data line renders the tree exactly as it was read
        assertEquals(full, forged(c, "tree", full).data().get("tree"));
    }

    @Test
    void anEditedCertificateFileIsRejected() {
        SymmetricCountBoundClaim c = claim(robots(Rational.ONE));
        String text = CertificateFile.render(c, "test");
        String edited = text.replace("\"payoff\":\"2\"", "\"payoff\":\"5/2\"");
        assertFalse(edited.equals(text));
        assertFalse(CHECKER.checkText(edited).accepted());
    }

    @Test
    void theExpandedGameIsTheRobotsGameProfileByProfile() {
        NormalFormGame g = robots(Rational.TWO);
        SymmetricCountBoundClaim c = claim(g);
        assertEquals(59_049, c.expandedProfileCount().intValueExact());
        for (int k = 0; k < g.profileCount(); k++) {
            assertEquals(g.payoff(0, k), c.expandedPayoff(k), "profile " + k);
        }
        assertThrows(IllegalArgumentException.class, () -> c.expandedPayoff(59_049));
    }

    @Test
    void theFingerprintIsThatOfTheExpandedGameAsAFullTable() {
        NormalFormGame g = robots(Rational.ONE);
        SymmetricCountBoundClaim c = claim(g);
        assertEquals(org.equicert.certificate.Fingerprint.of(PayoffTables.of(g)), c.fingerprint());
        // a different table is a different game
        assertFalse(claim(robots(Rational.TWO)).fingerprint().equals(c.fingerprint()));
        assertTrue(CertificateFile.render(c, "test").contains(c.fingerprint()));
    }

    @Test
    void aGameThatIsNotTotallySymmetricGetsNoCountClaim() {
        // one orbit given, but the payoff a1 + 2·a2 + 3·a3 depends on who plays what, not only on counts
        Rational[] u = new Rational[8];
        for (int k = 0; k < 8; k++) {
            u[k] = Rational.of((k & 1) + 2L * (k >> 1 & 1) + 3L * (k >> 2 & 1));
        }
        NormalFormGame g = NormalFormGame.of("cyclic", List.of("1", "2", "3"), List.of(List.of("x", "y"), List.of("x", "y"), List.of("x", "y")),
                new Rational[][] {u, u, u});
        SymmetricUtility su = SymmetricUtility.of(g, List.of(List.of(0, 1, 2)));
        assertFalse(su.countDetermined());
        SymmetricAnalysis.Report r = SymmetricAnalysis.analyze(su, Rational.of(1, 1000), 10_000);
        assertThrows(IllegalArgumentException.class, () -> SymmetricClaims.countBound(su, r.optimum(), java.util.Optional.empty()));
    }
}
