package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.equicert.api.CertificateChecks;
import org.equicert.api.Equicert;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red-team day 3: attacks on today's new trust surface of the checker — the replayed form of
 * stationary-unique claims above {@link StationaryClaim#SMT_STATE_LIMIT} states, the typed
 * subdivision trees of symmetric-bound claims, the typed terms and trees of oracle SPO claims, and
 * the {@code check --game / --oracle} binding. Every test is one attempt to make a FALSE claim (or a
 * claim about another game) pass; each asserts the verdict is REJECTED or MALFORMED and, where one
 * layer is known to be the one that stops it, that layer's rule. Mutations are made on the claim's
 * data and re-rendered by the checker's own {@link CertificateFile}, so the exact-encoding rule does
 * not hide a semantic hole; data the codec refuses is wrapped in a handmade file (MALFORMED).
 */
class RedTeamDay3Test {

    static final Checker CHECKER = new Checker("test");
    static final ObjectMapper MAPPER = new ObjectMapper();

    // ------------------------------------------------------------------ helpers

    @SuppressWarnings("unchecked")
    static Map<String, Object> shippedData(String file) throws IOException {
        String text = Files.readString(Path.of("certificates", file));
        return MAPPER.readValue(CertificateFile.header(text).orElseThrow().dataJson(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> m) throws IOException {
        return MAPPER.readValue(MAPPER.writeValueAsString(m), Map.class);
    }

    /** The data re-rendered as the checker's own certificate and checked; data the codec refuses is MALFORMED. */
    static Verdict checkData(Map<String, Object> data) throws IOException {
        return checkJson(MAPPER.writeValueAsString(data));
    }

    static Verdict checkJson(String json) {
        Claim claim;
        try {
            claim = ClaimCodec.fromJson(json);
        } catch (RuntimeException e) {
            return CHECKER.checkText(RedTeamTest.handmade(json));
        }
        String text;
        try {
            text = CertificateFile.render(claim, "test");
        } catch (RuntimeException e) {
            // the claim cannot even be rendered; the checker must still refuse the handmade file
            return CHECKER.checkText(RedTeamTest.handmade(json));
        }
        return CHECKER.checkText(text);
    }

    static Verdict mutate(String file, Consumer<Map<String, Object>> edit) throws IOException {
        Map<String, Object> m = copy(shippedData(file));
        edit.accept(m);
        return checkData(m);
    }

    static void refused(Verdict v, String... anyOf) {
        if (Boolean.getBoolean("redteam.log")) {
            String r = v.reason();
            System.out.println("VERDICT " + v.status() + " | " + (r.length() > 160 ? r.substring(0, 160) : r));
        }
        assertNotEquals(Verdict.Status.ACCEPTED, v.status(), "FALSE CLAIM ACCEPTED: " + v.reason());
        if (anyOf.length > 0) {
            assertTrue(Arrays.stream(anyOf).anyMatch(v.reason()::contains), v.status() + ": " + v.reason());
        }
    }

    static void rejected(Verdict v, String... anyOf) {
        assertEquals(Verdict.Status.REJECTED, v.status(), v.reason());
        refused(v, anyOf);
    }

    static void malformed(Verdict v, String... anyOf) {
        assertEquals(Verdict.Status.MALFORMED, v.status(), v.reason());
        refused(v, anyOf);
    }

    static StationaryClaim.Transition tr(int from, int to, Rational p) {
        return new StationaryClaim.Transition(from, to, p);
    }

    /** A cycle block [base, base + size): s → s+1 w.p. 1/2, s → s−1 w.p. 1/6, stay w.p. 1/3 (doubly stochastic). */
    static void cycle(List<StationaryClaim.Transition> ts, int base, int size) {
        for (int l = 0; l < size; l++) {
            ts.add(tr(base + l, base + (l + 1) % size, Rational.HALF));
            ts.add(tr(base + l, base + (l + size - 1) % size, Rational.of(1, 6)));
            ts.add(tr(base + l, base + l, Rational.of(1, 3)));
        }
    }

    /** Uniform on [from, to), zero elsewhere. */
    static Rational[] uniformOn(int states, int from, int to) {
        Rational[] pi = new Rational[states];
        Arrays.fill(pi, Rational.ZERO);
        for (int s = from; s < to; s++) {
            pi[s] = Rational.of(1, to - from);
        }
        return pi;
    }

    static Verdict checkChain(int states, List<StationaryClaim.Transition> ts, Rational[] pi) {
        StationaryClaim c = new StationaryClaim("attack", states, ts, pi);
        return CHECKER.checkText(CertificateFile.render(c, "test"));
    }

    static final String CLOSED = "closed communicating classes";

    // ------------------------------------------------------------------ baselines (the templates are honest)

    @Test
    void baselinesAreAccepted() throws IOException {
        for (String f : List.of("seed001-partygoers-symmetric-optimum.smt2", "seed001-example-5-0-5-symmetric-optimum.smt2",
                "seed001-partygoers-rotation2-symmetric-optimum.smt2", "seed002-movie-or-board-game-spo-2.smt2",
                "seed000-pd-individual-stationary.smt2")) {
            Verdict v = checkData(shippedData(f));
            assertTrue(v.accepted(), f + ": " + v.reason());
        }
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 300);
        assertTrue(checkChain(300, ts, uniformOn(300, 0, 300)).accepted());
    }

    // ------------------------------------------------------------------ 1. replayed stationary claims

    @Test
    void s01TwoClosedClassesPiSupportedOnOne() {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 150);
        cycle(ts, 150, 150);
        rejected(checkChain(300, ts, uniformOn(300, 0, 150)), CLOSED);
    }

    @Test
    void s02TwoClosedClassesBridgedByZeroProbabilityTransitions() {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 150);
        cycle(ts, 150, 150);
        for (int s = 0; s < 150; s++) {
            ts.add(tr(s, s + 150, Rational.ZERO));
            ts.add(tr(s + 150, s, Rational.ZERO));
        }
        rejected(checkChain(300, ts, uniformOn(300, 0, 150)), CLOSED);
    }

    @Test
    void s03BridgesWithCancellingPositiveAndNegativeDuplicates() {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 150);
        cycle(ts, 150, 150);
        for (int s = 0; s < 150; s++) {
            ts.add(tr(s, s + 150, Rational.of(1, 4)));
            ts.add(tr(s, s + 150, Rational.of(-1, 4)));
            ts.add(tr(s + 150, s, Rational.of(1, 4)));
            ts.add(tr(s + 150, s, Rational.of(-1, 4)));
        }
        rejected(checkChain(300, ts, uniformOn(300, 0, 150)), "outside [0, 1]");
    }

    @Test
    void s04BridgeBalancedByAnOverOneSelfLoopAndNegativeEntry() {
        // each row: +1/4 into the other class, self-loop raised above 1, a negative back-edge: rows still sum to 1
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 150);
        cycle(ts, 150, 150);
        ts.add(tr(0, 150, Rational.of(1, 4)));
        ts.add(tr(0, 0, Rational.of(-1, 4)));
        ts.add(tr(150, 0, Rational.of(1, 4)));
        ts.add(tr(150, 150, Rational.of(-1, 4)));
        rejected(checkChain(300, ts, uniformOn(300, 0, 150)), "outside [0, 1]");
    }

    @Test
    void s05OneWayBridgeMakesTheSupportTransient() {
        // A → B only: B is the unique closed class, so pi supported on A is not stationary
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 150);
        cycle(ts, 150, 150);
        ts.set(2, tr(0, 0, Rational.of(1, 6)));
        ts.add(tr(0, 150, Rational.of(1, 6)));
        rejected(checkChain(300, ts, uniformOn(300, 0, 150)), "(pi P) at state");
    }

    @Test
    void s06NegativeMassOnTheSecondClassKeepsTheSumOne() {
        // pi = 1/100 on A (sum 3/2) and -1/300 on B (sum -1/2): stationary, sums to 1, negative and not unique
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 150);
        cycle(ts, 150, 150);
        Rational[] pi = new Rational[300];
        for (int s = 0; s < 300; s++) {
            pi[s] = s < 150 ? Rational.of(1, 100) : Rational.of(-1, 300);
        }
        Verdict v = checkChain(300, ts, pi);
        rejected(v, "negative probability at state 151");
        assertTrue(v.reason().contains(CLOSED), v.reason());
    }

    @Test
    void s07AStateWithoutOutgoingTransitions() {
        // 301 states, the last has no row: an absorbing "hole" (row sums to 0) and its own closed class
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 300);
        Rational[] pi = uniformOn(301, 0, 300);
        Verdict v = checkChain(301, ts, pi);
        rejected(v, "row 301 of the transition matrix sums to 0");
    }

    @Test
    void s08AnIsolatedAbsorbingStateIsASecondClosedClass() {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 300);
        ts.add(tr(300, 300, Rational.ONE));
        rejected(checkChain(301, ts, uniformOn(301, 0, 300)), "2 " + CLOSED);
    }

    @Test
    void s09AtTheLimitPlusOne() {
        // 257 states, the first in replayed form: 128 + 129 in two closed cycles
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 128);
        cycle(ts, 128, 129);
        assertTrue(new StationaryClaim("x", 257, ts, uniformOn(257, 0, 128)).replayed());
        rejected(checkChain(257, ts, uniformOn(257, 0, 128)), CLOSED);
    }

    @Test
    void s10ClosedClassOnlyReachableFromTheLastState() {
        // Kosaraju ordering: state 0 → cycle A on 1..149; cycle B on 150..298; state 299 → both
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        ts.add(tr(0, 1, Rational.ONE));
        cycle(ts, 1, 149);
        cycle(ts, 150, 149);
        ts.add(tr(299, 1, Rational.HALF));
        ts.add(tr(299, 150, Rational.HALF));
        rejected(checkChain(300, ts, uniformOn(300, 1, 150)), "2 " + CLOSED);
    }

    @Test
    void s11TransientStateCarryingMass() {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        ts.add(tr(0, 1, Rational.ONE));
        cycle(ts, 1, 299);
        rejected(checkChain(300, ts, uniformOn(300, 0, 300)), "(pi P) at state 1 ");
    }

    @Test
    void s12MassMovedByAHugeDigitEpsilon() {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 300);
        Rational[] pi = uniformOn(300, 0, 300);
        Rational eps = Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(3000));
        pi[10] = pi[10].add(eps);
        pi[11] = pi[11].subtract(eps);
        rejected(checkChain(300, ts, pi), "(pi P) at state");
    }

    @Test
    void s13StatesFieldWrappingToTheTransitionCount() throws IOException {
        // "states": 2^32 + 300 reads as int 300; the checker must not take the big number for 300
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, 150);
        cycle(ts, 150, 150);
        String text = CertificateFile.render(new StationaryClaim("x", 300, ts, uniformOn(300, 0, 150)), "test");
        Verdict v = CHECKER.checkText(text.replace("\"states\":300,", "\"states\":4294967596,"));
        refused(v);
        Map<String, Object> honest = copy(MAPPER.readValue(ClaimCodec.toJson(new StationaryClaim("x", 300, cycleList(300),
                uniformOn(300, 0, 300))), Map.class));
        honest.put("states", 4294967596L);
        refused(checkData(honest));
    }

    static List<StationaryClaim.Transition> cycleList(int n) {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        cycle(ts, 0, n);
        return ts;
    }

    @Test
    void s14DistributionShorterThanTheStates() throws IOException {
        Map<String, Object> m = copy(MAPPER.readValue(ClaimCodec.toJson(new StationaryClaim("x", 300, cycleList(300),
                uniformOn(300, 0, 300))), Map.class));
        List<?> d = (List<?>) m.get("distribution");
        m.put("distribution", new ArrayList<>(d.subList(0, 299)));
        m.put("states", 299);
        malformed(checkData(m));
    }

    @Test
    void s15TransitionIndicesAsFractionalOrNegativeNumbers() throws IOException {
        for (Object bad : List.of(1.5, -1, 300, 4294967297L, "1")) {
            Map<String, Object> m = copy(MAPPER.readValue(ClaimCodec.toJson(new StationaryClaim("x", 300, cycleList(300),
                    uniformOn(300, 0, 300))), Map.class));
            @SuppressWarnings("unchecked")
            List<List<Object>> ts = (List<List<Object>>) m.get("transitions");
            ts.get(0).set(1, bad);
            refused(checkData(m));
        }
    }

    @Test
    void s16NonCanonicalProbabilitySpellings() throws IOException {
        for (String bad : List.of("2/4", "0.5", "1/2 ", "+1/2", "01/2", "1/02", "-0", "1e0/2")) {
            Map<String, Object> m = copy(MAPPER.readValue(ClaimCodec.toJson(new StationaryClaim("x", 300, cycleList(300),
                    uniformOn(300, 0, 300))), Map.class));
            @SuppressWarnings("unchecked")
            List<List<Object>> ts = (List<List<Object>>) m.get("transitions");
            ts.get(0).set(2, bad);
            String json = MAPPER.writeValueAsString(m);
            // a spelling the codec accepts is re-rendered canonically, so the edited file differs from it
            String honest = CertificateFile.render(ClaimCodec.fromJson(ClaimCodec.toJson(new StationaryClaim("x", 300, cycleList(300),
                    uniformOn(300, 0, 300)))), "test");
            String edited = honest.replace(honest.lines().skip(7).findFirst().orElseThrow(), "; data: " + json);
            refused(CHECKER.checkText(edited));
        }
    }

    // ------------------------------------------------------------------ 1b. stationary claims bound to a game (origin)

    static final String PD = "seed000-pd-individual-stationary.smt2";

    @Test
    void o01OriginGameSwappedForAnother() throws IOException {
        rejected(mutate(PD, m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> g = (Map<String, Object>) ((Map<String, Object>) m.get("origin")).get("game");
            g.put("payoffs", List.of(List.of("10", "0", "0", "5"), List.of("10", "0", "0", "5")));
        }), "not seed 000's learning chain");
    }

    @Test
    void o02OriginBaseBelowOne() throws IOException {
        rejected(mutate(PD, m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) m.get("origin");
            o.put("base", "1/2");
        }), "below 1");
    }

    @Test
    void o03OriginTransitionSplitIntoTwoHalves() throws IOException {
        rejected(mutate(PD, m -> {
            @SuppressWarnings("unchecked")
            List<Object> ts = (List<Object>) m.get("transitions");
            ts.set(0, List.of(0, 0, "15/32"));
            ts.add(1, List.of(0, 0, "15/32"));
        }), "stated twice");
    }

    @Test
    void o04OriginCommonPayoffVariantOfANonCommonGame() throws IOException {
        rejected(mutate(PD, m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) m.get("origin");
            o.put("individual", false);
        }), "common-payoff");
    }

    @Test
    void o05OriginWithADistributionOfAnotherBase() throws IOException {
        rejected(mutate(PD, m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) m.get("origin");
            o.put("base", "3");
        }), "not seed 000's learning chain");
    }

    // ------------------------------------------------------------------ 2. symmetric-bound trees

    static final String PARTY = "seed001-partygoers-symmetric-optimum.smt2";
    static final String EX505 = "seed001-example-5-0-5-symmetric-optimum.smt2";
    static final String ROT2 = "seed001-partygoers-rotation2-symmetric-optimum.smt2";

    @SuppressWarnings("unchecked")
    static List<Object> tree(Map<String, Object> m) {
        return (List<Object>) m.get("tree");
    }

    @Test
    void b01BoundLoweredToTheWitnessValue() throws IOException {
        rejected(mutate(PARTY, m -> m.put("bound", m.get("witnessValue"))), "exceeds the bound");
    }

    @Test
    void b02SplitNamesANonExistentOrbit() throws IOException {
        rejected(mutate(PARTY, m -> tree(m).set(0, List.of("split", 1, 0, 1))), "does not exist");
    }

    @Test
    void b03SplitNamesANonExistentVertex() throws IOException {
        rejected(mutate(PARTY, m -> tree(m).set(0, List.of("split", 0, 0, 2))), "does not exist");
        rejected(mutate(PARTY, m -> tree(m).set(0, List.of("split", 0, 2147483647, 0))), "does not exist");
    }

    @Test
    void b04SplitWithAnInvalidEdgeOrIndexIsMalformed() throws IOException {
        for (List<Object> bad : List.<List<Object>>of(List.of("split", 0, 0, 0), List.of("split", -1, 0, 1), List.of("split", 0, 0, "1"),
                List.of("split", 0, 0, 1.0), List.of("split", 0, 0, 4294967297L), List.of("split", 0, 1), List.of("split", 0, 0, 1, 1),
                List.of("bound", 0), List.of("leaf"), List.of("SPLIT", 0, 0, 1), List.of())) {
            malformed(mutate(PARTY, m -> tree(m).set(0, bad)));
        }
    }

    @Test
    void b05TreeEndsEarlyOrLate() throws IOException {
        malformed(mutate(PARTY, m -> tree(m).remove(tree(m).size() - 1)), "ends early");
        malformed(mutate(PARTY, m -> tree(m).add(List.of("bound"))), "unused entries");
        malformed(mutate(PARTY, m -> tree(m).clear()), "ends early");
        malformed(mutate(PARTY, m -> m.put("tree", List.of("bound"))));
        malformed(mutate(PARTY, m -> m.put("tree", "bound")));
        malformed(mutate(PARTY, m -> m.remove("tree")));
    }

    @Test
    void b06TheWholeTreeReplacedByOneBernsteinLeaf() throws IOException {
        rejected(mutate(PARTY, m -> m.put("tree", List.of(List.of("bound")))), "exceeds the bound");
    }

    @Test
    void b07ReorderedSubtreesBoundTheWrongHalves() throws IOException {
        // swap the first split's two subtrees: leaves end up on halves they do not bound
        rejected(mutate(PARTY, m -> {
            List<Object> t = tree(m);
            List<Object> swapped = new ArrayList<>();
            swapped.add(t.get(0));
            swapped.addAll(t.subList(2, t.size()));
            swapped.add(t.get(1));
            m.put("tree", swapped);
        }), "exceeds the bound");
    }

    @Test
    void b08AnchoredLeafWithWrongArity() throws IOException {
        rejected(mutate(EX505, m -> m.put("tree", List.of(List.of("anchored", 0, 0)))), "anchor vertices for 1 orbits");
        rejected(mutate(ROT2, m -> m.put("tree", List.of(List.of("anchored", 0)))), "anchor vertices for 2 orbits");
        malformed(mutate(EX505, m -> m.put("tree", List.of(List.of("anchored")))), "no anchor");
    }

    @Test
    void b09AnchoredLeafAtAMissingOrWrongVertex() throws IOException {
        rejected(mutate(EX505, m -> m.put("tree", List.of(List.of("anchored", 3)))), "whose simplex has 3 vertices");
        rejected(mutate(EX505, m -> m.put("tree", List.of(List.of("anchored", 1)))), "exceeds the bound");
        rejected(mutate(EX505, m -> m.put("tree", List.of(List.of("anchored", 2)))), "exceeds the bound");
    }

    @Test
    void b10AnchoredLeafWithTheBoundJustBelowTheOptimum() throws IOException {
        rejected(mutate(EX505, m -> {
            m.put("bound", "999999/1000000");
            m.put("witnessValue", "999999/1000000");
        }), "exceeds the bound", "the witness earns");
    }

    @Test
    void b11AnchoredLeafOnASplitPieceThatMissesTheMaximum() throws IOException {
        // split edge (0,1); anchor the half that keeps vertex 1 at vertex 1, whose payoff is 1 too but
        // whose neighbourhood rises to 11/10 toward vertex 2 — the test must fail there
        rejected(mutate(EX505, m -> m.put("tree", List.of(List.of("split", 0, 0, 1), List.of("anchored", 0), List.of("anchored", 1)))));
    }

    @Test
    void b12OrbitsThatAreNoPartition() throws IOException {
        for (List<List<Integer>> bad : List.of(List.of(List.of(0, 2), List.of(1, 3, 3)), List.of(List.of(0, 2), List.of(1)),
                List.of(List.of(0, 2), List.of(1, 4)), List.of(List.<Integer>of(), List.of(0, 1, 2, 3)),
                List.of(List.of(0, 2), List.of(1, -3)))) {
            refused(mutate(ROT2, m -> m.put("orbits", bad)));
        }
        // a coarser partition makes a different (weaker domain) claim with the same witness arity mismatch
        refused(mutate(ROT2, m -> m.put("orbits", List.of(List.of(0, 1, 2, 3)))));
        // orbit indices that wrap around int
        refused(mutate(ROT2, m -> m.put("orbits", List.of(List.of(0, 4294967298L), List.of(1, 3)))));
    }

    @Test
    void b13WitnessNotEarningItsValueOrNotADistribution() throws IOException {
        rejected(mutate(ROT2, m -> m.put("witness", List.of(List.of("1", "0"), List.of("1", "0")))), "the witness earns");
        rejected(mutate(ROT2, m -> m.put("witness", List.of(List.of("2", "-1"), List.of("0", "1")))), "negative probability");
        rejected(mutate(ROT2, m -> m.put("witness", List.of(List.of("1", "0", "0"), List.of("0", "1")))), "not a distribution");
        rejected(mutate(ROT2, m -> m.put("witness", List.of(List.of("1", "0")))), "strategies for 2 orbits");
        rejected(mutate(ROT2, m -> m.put("witnessValue", "9")), "the witness earns");
    }

    @Test
    void b14GameChangedUnderTheSameTree() throws IOException {
        rejected(mutate(ROT2, m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> g = (Map<String, Object>) m.get("game");
            List<List<String>> p = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<String> row = new ArrayList<>(List.of("0", "6", "6", "8", "6", "8", "8", "7", "6", "8", "8", "7", "8", "7", "7", "4"));
                row.set(15, "9");
                p.add(row);
            }
            g.put("payoffs", p);
        }), "exceeds the bound");
        rejected(mutate(ROT2, m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> g = (Map<String, Object>) m.get("game");
            @SuppressWarnings("unchecked")
            List<List<String>> p = (List<List<String>>) g.get("payoffs");
            p.get(3).set(0, "100");
        }), "not common");
    }

    @Test
    void b15HugeOrNonCanonicalNumbers() throws IOException {
        malformed(mutate(ROT2, m -> m.put("bound", "8.0")));
        malformed(mutate(ROT2, m -> m.put("bound", "1e3")));
        // "16/2" matches the codec's digit pattern and reads as 8; re-rendered it is "8", so the edited file is refused
        String honest = CertificateFile.render(ClaimCodec.fromJson(MAPPER.writeValueAsString(shippedData(ROT2))), "test");
        rejected(CHECKER.checkText(honest.replace("\"bound\":\"8\"", "\"bound\":\"16/2\"")), "rule 'exact encoding'");
        rejected(mutate(ROT2, m -> m.put("bound", "7" + "9".repeat(4000) + "/1" + "0".repeat(4000))), "exceeds the bound");
    }

    @Test
    void b16DeepTreeOfUselessSplitsStillEndsInFalseLeaves() throws IOException {
        // 2000 nested splits (first subtree a split again) with a bound below the optimum: deep, still rejected
        Verdict v = mutate(EX505, m -> {
            List<Object> t = new ArrayList<>();
            for (int k = 0; k < 2000; k++) {
                t.add(List.of("split", 0, 1, 2));
            }
            for (int k = 0; k <= 2000; k++) {
                t.add(List.of("bound"));
            }
            m.put("tree", t);
            // the true optimum is 1 (at vertex 0); 99/100 is false, with a witness (1/2, 1/2, 0) earning -7/4
            m.put("bound", "99/100");
            m.put("witness", List.of(List.of("1/2", "1/2", "0")));
            m.put("witnessValue", "-7/4");
        });
        refused(v);
    }

    // ------------------------------------------------------------------ 3. oracle SPO claims

    static final String SPO = "seed002-movie-or-board-game-spo-2.smt2";

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> players(Map<String, Object> m) {
        return (List<Map<String, Object>>) m.get("players");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> pieces(Map<String, Object> m) {
        return (List<Map<String, Object>>) ((List<Map<String, Object>>) m.get("classes")).get(0).get("pieces");
    }

    @SuppressWarnings("unchecked")
    static void editBounds(Map<String, Object> m, java.util.function.UnaryOperator<String> edit) {
        for (Map<String, Object> p : players(m)) {
            for (List<Object> b : (List<List<Object>>) p.get("bounds")) {
                b.set(1, edit.apply((String) b.get(1)));
                b.set(2, edit.apply((String) b.get(2)));
            }
        }
    }

    @Test
    void r01NonCanonicalNumeralsInTerms() throws IOException {
        for (String[] e : new String[][] {{"10.0", "10"}, {"10.0", "10.00"}, {"10.0", "1e1"}, {"10.0", "010.0"}, {"(- 1.0)", "-1.0"},
                {"(/ 1.0 2.0)", "0.5"}, {"(/ 1.0 2.0)", "(/ 2.0 4.0)"}, {"(/ 1.0 2.0)", "(/ 1 2)"}, {"10.0", "(+ 10.0)"},
                {"(/ 1.0 2.0)", "(/ 1.0 0.0)"}}) {
            Verdict v = mutate(SPO, m -> editBounds(m, s -> s.replace(e[0], e[1])));
            malformed(v, "not a linear term of the certificate grammar");
        }
    }

    @Test
    void r02PointThatIsNotStratifiedParetoOptimal() throws IOException {
        refused(mutate(SPO, m -> m.put("point", List.of(List.of("1/2", "1/2"), List.of("1/2", "1/2")))));
    }

    @Test
    void r03PointMovedToTheOtherPureEquilibrium() throws IOException {
        refused(mutate(SPO, m -> m.put("point", List.of(List.of("1", "0"), List.of("1", "0")))));
    }

    @Test
    void r04APolytopeDroppedFromTheCover() throws IOException {
        refused(mutate(SPO, m -> pieces(m).remove(0)));
        refused(mutate(SPO, m -> pieces(m).remove(1)));
    }

    @SuppressWarnings("unchecked")
    static void setTree(Map<String, Object> m, int piece, List<String> tree) {
        ((List<Object>) pieces(m).get(piece).get("trees")).set(0, tree);
    }

    @Test
    void r05TreesThatClaimTheWrongLeaf() throws IOException {
        refused(mutate(SPO, m -> setTree(m, 2, List.of("lt:0"))));
        refused(mutate(SPO, m -> setTree(m, 2, List.of("lt:1"))));
        refused(mutate(SPO, m -> setTree(m, 1, List.of("le"))));
        refused(mutate(SPO, m -> setTree(m, 1, List.of("lt:0"))));
        refused(mutate(SPO, m -> setTree(m, 0, List.of("lt:2"))));
        // control: on piece 0 (the mixed point, utilities 3/2 < 2 and 3/2 < 3) "le" and "lt:1" are also valid
        // proofs of the same true claim, so the checker rightly accepts them
        assertTrue(mutate(SPO, m -> setTree(m, 0, List.of("le"))).accepted());
        assertTrue(mutate(SPO, m -> setTree(m, 0, List.of("lt:1"))).accepted());
    }

    @Test
    void r06MalformedSpoTrees() throws IOException {
        for (List<String> bad : List.of(List.of("split:0:0"), List.of("split:0:1"), List.of("split:0:1", "le"),
                List.of("split:0:1", "le", "le", "le"), List.of("lt:01"), List.of("lt:-1"), List.of("LE"), List.<String>of(),
                List.of("lt:9999999"), List.of("split:0:1 ", "le", "le"))) {
            refused(mutate(SPO, m -> setTree(m, 0, bad)));
        }
    }

    @Test
    void r07PayoffChangedSoThePointIsDominated() throws IOException {
        refused(mutate(SPO, m -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> u = (List<Map<String, Object>>) players(m).get(1).get("utility");
            @SuppressWarnings("unchecked")
            List<String> pay = (List<String>) u.get(0).get("payoffs");
            pay.set(1, "1");
        }));
    }

    @Test
    void r08BoundTermOnAVariableThatDoesNotExist() throws IOException {
        refused(mutate(SPO, m -> editBounds(m, s -> s.replace("x_1_0", "x_5_0"))));
        refused(mutate(SPO, m -> editBounds(m, s -> s.replace("x_1_0", "x_1_2"))));
        refused(mutate(SPO, m -> editBounds(m, s -> s.replace("x_1_0", "x_01_0"))));
        refused(mutate(SPO, m -> editBounds(m, s -> s.replace("x_1_0", "(* x_1_0 x_1_0)"))));
    }

    @Test
    void r09ClaimedVerticesAndConstraintsEdited() throws IOException {
        refused(mutate(SPO, m -> pieces(m).get(0).put("vertices", List.of(List.of("1", "0", "1", "0")))));
        refused(mutate(SPO, m -> {
            @SuppressWarnings("unchecked")
            List<List<Object>> c = (List<List<Object>>) pieces(m).get(2).get("constraints");
            c.remove(c.size() - 1);
        }));
        refused(mutate(SPO, m -> {
            @SuppressWarnings("unchecked")
            List<List<Object>> c = (List<List<Object>>) pieces(m).get(2).get("constraints");
            c.get(c.size() - 1).set(1, ">=");
        }));
    }

    @Test
    void r10ClassMembersEdited() throws IOException {
        refused(mutate(SPO, m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = ((List<Map<String, Object>>) m.get("classes")).get(0);
            c.put("members", List.of(0));
        }));
        // a repeated member is read as the same class (a set) and re-rendered without the repeat: same true claim,
        // so the file with the repeat is refused by the exact encoding
        String honest = CertificateFile.render(ClaimCodec.fromJson(MAPPER.writeValueAsString(shippedData(SPO))), "test");
        rejected(CHECKER.checkText(honest.replace("\"members\":[0,1]", "\"members\":[0,1,1]")), "rule 'exact encoding'");
        refused(mutate(SPO, m -> m.put("classes", List.of())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void r12MixedEquilibriumClaimedSpoWithTheCoverRemoved() throws IOException {
        // (1/2, 1/2) is in the equilibrium set but Pareto dominated by both pure equilibria
        refused(mutate(SPO, m -> {
            m.put("point", List.of(List.of("1/2", "1/2"), List.of("1/2", "1/2")));
            m.put("classes", List.of());
        }));
        refused(mutate(SPO, m -> {
            m.put("point", List.of(List.of("1/2", "1/2"), List.of("1/2", "1/2")));
            pieces(m).forEach(pc -> ((List<Object>) pc.get("trees")).set(0, List.of("le")));
        }));
    }

    @Test
    void r11BestResponderInsteadOfAMap() throws IOException {
        // declare B a best responder (no bounds): a different game with the same three equilibria ((M,M), (B,B),
        // the mixed one at 1/2), in which (Board, Board) is still SPO — a TRUE claim, rightly accepted; what must hold
        // is that it is not taken for the shipped game: its fingerprint differs, so check --oracle refuses it
        Verdict v = mutate(SPO, m -> {
            players(m).get(1).put("bestResponse", true);
            players(m).get(1).put("bounds", List.of());
        });
        assertTrue(v.accepted(), v.reason());
        assertNotEquals(CHECKER.checkText(Files.readString(Path.of("certificates", SPO)).replace("; tool: equicert 0.1.0",
                "; tool: equicert test")).fingerprint(), v.fingerprint());
    }

    @Test
    void r13PointOutsideTheEquilibriumSet() throws IOException {
        // (Movie, Board): A's map sends P(A = Movie) to clamp(1/2 + 10(0 − 1/2)) = 0, not 1
        refused(mutate(SPO, m -> m.put("point", List.of(List.of("1", "0"), List.of("0", "1")))));
        refused(mutate(SPO, m -> m.put("point", List.of(List.of("1", "0", "0"), List.of("0", "1")))));
        refused(mutate(SPO, m -> m.put("point", List.of(List.of("2", "-1"), List.of("0", "1")))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void r14BoundsWithLoAboveHiOrSwapped() throws IOException {
        // lo = 1, hi = 0: the map's equilibrium set is empty, so no point is in it
        refused(mutate(SPO, m -> {
            for (Map<String, Object> p : players(m)) {
                for (List<Object> b : (List<List<Object>>) p.get("bounds")) {
                    b.set(1, "1.0");
                    b.set(2, "0.0");
                }
            }
        }));
        // the bound moved to the other output: P(Board) follows the map instead of P(Movie)
        refused(mutate(SPO, m -> {
            for (Map<String, Object> p : players(m)) {
                ((List<List<Object>>) p.get("bounds")).get(0).set(0, 1);
            }
        }));
        refused(mutate(SPO, m -> ((List<List<Object>>) players(m).get(0).get("bounds")).get(0).set(0, 2)));
    }

    // ------------------------------------------------------------------ 4. check --game / --oracle binding

    static Path write(Path dir, String name, Map<String, Object> data) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, CertificateFile.render(ClaimCodec.fromJson(MAPPER.writeValueAsString(data)), Equicert.VERSION));
        return f;
    }

    static String gameFingerprint(String file) throws IOException {
        return new Checker(Equicert.VERSION).checkText(Files.readString(Path.of("certificates", file))).fingerprint();
    }

    @Test
    void g01CertificateAboutOneGameCheckedAgainstAnother(@TempDir Path dir) throws IOException {
        Path pd = Path.of("certificates", PD);
        Path party = Path.of("certificates", PARTY);
        String coordination = gameFingerprint("seed000-high-high-nash.smt2");
        String ex505 = gameFingerprint(EX505);
        List<CertificateChecks.Outcome> out = CertificateChecks.check(List.of(pd, party),
                Optional.of(new CertificateChecks.Binding(coordination, "coordination")));
        for (CertificateChecks.Outcome o : out) {
            rejected(o.verdict().orElseThrow(), "rule 'binding'");
        }
        rejected(CertificateChecks.check(List.of(party), Optional.of(new CertificateChecks.Binding(ex505, "5.0.5"))).get(0).verdict()
                .orElseThrow(), "rule 'binding'");
        // an oracle certificate checked with --game of a normal-form game, and the reverse
        rejected(CertificateChecks.check(List.of(Path.of("certificates", SPO)), Optional.of(new CertificateChecks.Binding(coordination,
                "coordination"))).get(0).verdict().orElseThrow(), "rule 'binding'");
        rejected(CertificateChecks.check(List.of(party), Optional.of(new CertificateChecks.Binding(gameFingerprint(SPO), "movie")))
                .get(0).verdict().orElseThrow(), "rule 'binding'");
    }

    @Test
    void g02ExplicitChainOfAGameCheckedAgainstThatGame(@TempDir Path dir) throws IOException {
        // the PD chain restated without origin: a chain fingerprint, never the game's
        Map<String, Object> m = copy(shippedData(PD));
        m.remove("origin");
        Path f = write(dir, "chain.smt2", m);
        Verdict v = CertificateChecks.check(List.of(f), Optional.of(new CertificateChecks.Binding(gameFingerprint(PD), "pd"))).get(0)
                .verdict().orElseThrow();
        rejected(v, "rule 'binding'");
    }

    @Test
    void g03SameGameUnderAnotherTitleIsStillThatGameButAnEditedPayoffIsNot(@TempDir Path dir) throws IOException {
        String party = gameFingerprint(PARTY);
        Map<String, Object> m = copy(shippedData(ROT2));
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) m.get("game");
        g.put("title", "Seed 001 App. C partygoers (four robot butlers on a square)");
        Path f = write(dir, "rot2.smt2", m);
        assertTrue(CertificateChecks.check(List.of(f), Optional.of(new CertificateChecks.Binding(party, "party"))).get(0).verdict()
                .orElseThrow().accepted());
        // payoffs scaled by 2 with bound 16: a true claim about ANOTHER game; --game of the original must refuse it
        @SuppressWarnings("unchecked")
        List<List<String>> p = (List<List<String>>) g.get("payoffs");
        for (List<String> row : p) {
            row.replaceAll(x -> Rational.parse(x).multiply(Rational.TWO).toString());
        }
        m.put("bound", "16");
        m.put("witnessValue", "16");
        Path g2 = write(dir, "rot2x2.smt2", m);
        rejected(CertificateChecks.check(List.of(g2), Optional.of(new CertificateChecks.Binding(party, "party"))).get(0).verdict()
                .orElseThrow(), "rule 'binding'");
    }
}
