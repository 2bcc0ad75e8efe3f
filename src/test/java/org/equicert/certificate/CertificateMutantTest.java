package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicert.number.Rational;
import org.equicert.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The attack suite over every shipped certificate: each one checks, and every mutant of it — an
 * edit of its text, or a falsified claim re-rendered as an honest-looking certificate — is rejected.
 * Seeded, so a failure names a reproducible mutant.
 */
class CertificateMutantTest {

    static final Checker CHECKER = new Checker(Main.VERSION);
    static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Path> shipped() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("certificates"))) {
            return s.filter(p -> p.toString().endsWith(".smt2")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void everyShippedCertificateChecksAndNamesWhatItIsAbout() throws IOException {
        List<Path> files = shipped();
        assertTrue(files.size() >= 40, "certificates/ holds " + files.size() + " files");
        Set<String> kinds = new TreeSet<>();
        for (Path f : files) {
            Verdict v = CHECKER.checkText(Files.readString(f));
            assertTrue(v.accepted(), f + ": " + v.reason());
            assertTrue(v.fingerprint().matches("(game|chain|oracle-game) sha256:[0-9a-f]{64}"), f + ": " + v.fingerprint());
            assertFalse(v.statement().isEmpty(), f.toString());
            kinds.add(ClaimCodec.fromJson(CertificateFile.header(Files.readString(f)).orElseThrow().dataJson()).kind());
        }
        kinds.add(extraEpsilonNash().kind());
        kinds.add(SupportExclusionClaimTest.trueClaim().kind());
        assertTrue(kinds.containsAll(Checker.KINDS), "shipped kinds " + kinds);
    }

    /** Text edits; each returns the edited text (possibly unchanged, which is then skipped). */
    static List<UnaryOperator<String>> textMutations(Random random) {
        List<UnaryOperator<String>> m = new ArrayList<>();
        m.add(t -> withLines(t, random, (lines, i) -> lines.remove(i)));
        m.add(t -> withLines(t, random, (lines, i) -> lines.add(i, lines.get(i))));
        m.add(t -> withLines(t, random, (lines, i) -> {
            if (i + 1 < lines.size()) {
                lines.add(i, lines.remove(i + 1));
            }
        }));
        m.add(t -> t.replace("(check-sat)", "(assert false)\n(check-sat)"));
        m.add(t -> t + "(check-sat)\n");
        m.add(t -> t.replace("(set-logic QF_LRA)", "(set-logic QF_LRA)\n(push 1)"));
        m.add(t -> t.replace("\n; data: ", "\n ; data: "));
        m.add(t -> t.replace("\n; data: ", "\n; note\n; data: "));
        m.add(t -> t.replace("(set-info :status unsat)", "(set-info :status sat)"));
        m.add(t -> t.replaceFirst("; claim: ", "; claim: it is not true that "));
        m.add(t -> t.substring(0, random.nextInt(t.length())));
        m.add(t -> {
            int at = randomDigit(t, random, 0);
            return at < 0 ? t : t.substring(0, at) + (char) ('0' + (t.charAt(at) - '0' + 1 + random.nextInt(9)) % 10) + t.substring(at + 1);
        });
        m.add(t -> {
            int at = randomDigit(t, random, t.indexOf("(set-info"));
            return at < 0 ? t : t.substring(0, at) + (char) ('0' + (t.charAt(at) - '0' + 1 + random.nextInt(9)) % 10) + t.substring(at + 1);
        });
        m.add(t -> {
            String[] ops = {"(< ", "(<= ", "(> ", "(>= ", "(= "};
            String from = ops[random.nextInt(ops.length)];
            int at = t.indexOf(from, t.indexOf("(set-info"));
            return at < 0 ? t : t.substring(0, at) + ops[(java.util.Arrays.asList(ops).indexOf(from) + 1) % ops.length] + t.substring(at + from.length());
        });
        return m;
    }

    interface LineEdit {
        void apply(List<String> lines, int index);
    }

    static String withLines(String text, Random random, LineEdit edit) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        edit.apply(lines, random.nextInt(lines.size() - 1));
        return String.join("\n", lines);
    }

    static int randomDigit(String t, Random random, int from) {
        List<Integer> digits = new ArrayList<>();
        for (int i = Math.max(0, from); i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
                digits.add(i);
            }
        }
        return digits.isEmpty() ? -1 : digits.get(random.nextInt(digits.size()));
    }

    /** No shipped certificate is an ε-Nash claim: one of seed 000's decimal profile joins them here. */
    static NashClaim extraEpsilonNash() {
        Rational[] p = CheckerTest.v("3333/10000", "6667/10000");
        return new NashClaim(CheckerTest.coordination(), new Rational[][] {p, p}, Rational.parse("3333/20000000"));
    }

    /** The texts under attack: every shipped certificate, and the extra ε-Nash and n-player exclusion ones. */
    static Map<String, String> targets() throws IOException {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (Path f : shipped()) {
            texts.put(f.toString(), Files.readString(f));
        }
        texts.put("epsilon-nash (in memory)", CertificateFile.render(extraEpsilonNash(), Main.VERSION));
        texts.put("nash-support-exclusion (in memory)", CertificateFile.render(SupportExclusionClaimTest.trueClaim(), Main.VERSION));
        texts.put("nash-support-exclusion, joint relaxation (in memory)", CertificateFile.render(JointExclusionClaimTest.trueJointClaim(),
                Main.VERSION));
        return texts;
    }

    @Test
    void everyTextMutantOfEveryShippedCertificateIsRejected() throws IOException {
        Random random = new Random(20261125L);
        int mutants = 0;
        for (Map.Entry<String, String> target : targets().entrySet()) {
            String f = target.getKey();
            String text = target.getValue();
            for (UnaryOperator<String> mutation : textMutations(random)) {
                String mutant = mutation.apply(text);
                if (mutant.equals(text)) {
                    continue;
                }
                mutants++;
                Verdict v = CHECKER.checkText(mutant);
                assertFalse(v.accepted(), f + ": a text mutant was accepted:\n" + mutant);
            }
        }
        assertTrue(mutants >= 500, "only " + mutants + " text mutants");
    }

    /**
     * Falsifying edits of a claim's data, by kind. Each makes the claim false by construction (the
     * comment of each case says why), so the re-rendered certificate — consistent text, honest
     * encoding of a false claim — must be rejected.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> falsified(Map<String, Object> data) throws IOException {
        String kind = (String) data.get("kind");
        List<Map<String, Object>> out = new ArrayList<>();
        switch (kind) {
            case "nash", "epsilon-nash" -> {
                // Raise player i's payoff for action a (played with probability < 1) by
                // M = (payoff range + epsilon + 1)/(1 - s_i(a)) at every profile: switching to a now gains more than epsilon.
                Map<String, Object> d = copy(data);
                Map<String, Object> game = (Map<String, Object>) d.get("game");
                List<Integer> actions = (List<Integer>) game.get("actions");
                List<List<String>> payoffs = (List<List<String>>) game.get("payoffs");
                List<List<String>> profile = (List<List<String>>) d.get("profile");
                Rational lo = null;
                Rational hi = null;
                for (List<String> row : payoffs) {
                    for (String x : row) {
                        Rational r = Rational.parse(x);
                        lo = lo == null ? r : lo.min(r);
                        hi = hi == null ? r : hi.max(r);
                    }
                }
                int player = 0;
                int action = 0;
                Rational least = Rational.TWO;
                for (int i = 0; i < profile.size(); i++) {
                    for (int a = 0; a < profile.get(i).size(); a++) {
                        Rational p = Rational.parse(profile.get(i).get(a));
                        if (p.compareTo(least) < 0) {
                            least = p;
                            player = i;
                            action = a;
                        }
                    }
                }
                Rational m = hi.subtract(lo).add(Rational.parse((String) d.get("epsilon"))).add(Rational.ONE)
                        .divide(Rational.ONE.subtract(least));
                int stride = 1;
                for (int j = 0; j < player; j++) {
                    stride *= actions.get(j);
                }
                List<String> row = payoffs.get(player);
                for (int k = 0; k < row.size(); k++) {
                    if ((k / stride) % actions.get(player) == action) {
                        row.set(k, Rational.parse(row.get(k)).add(m).toString());
                    }
                }
                out.add(d);
            }
            case "symmetric-count-regret" -> {
                // Regrets are exact values: any other value is false.
                Map<String, Object> d = copy(data);
                List<String> regrets = (List<String>) d.get("regrets");
                regrets.set(0, Rational.parse(regrets.get(0)).add(Rational.ONE).toString());
                out.add(d);
            }
            case "regret" -> {
                // Regrets are exact values: any other value is false.
                Map<String, Object> d = copy(data);
                List<List<String>> regrets = (List<List<String>>) d.get("regrets");
                regrets.get(0).set(0, Rational.parse(regrets.get(0).get(0)).add(Rational.ONE).toString());
                out.add(d);
            }
            case "detailed-balance-symbolic" -> {
                // u_min above a payoff: the transition "probability" exceeds 1.
                Map<String, Object> d = copy(data);
                d.put("uMin", Rational.parse((String) d.get("uMin")).add(Rational.of(1000)).toString());
                out.add(d);
            }
            case "detailed-balance", "softmax-expectation", "theorem1", "stationary-unique" -> {
                // The stationary distribution is unique (and the softmax is determined): moving mass between two
                // states gives a distribution that is not it.
                Map<String, Object> d = copy(data);
                List<String> pi = (List<String>) d.get("distribution");
                Rational eps = Rational.parse(pi.get(0)).min(Rational.of(1, 1000));
                if (eps.isZero()) {
                    eps = Rational.of(1, 1000);
                }
                pi.set(0, Rational.parse(pi.get(0)).subtract(eps).toString());
                pi.set(1, Rational.parse(pi.get(1)).add(eps).toString());
                out.add(d);
                if (!kind.equals("detailed-balance") && !kind.equals("stationary-unique")) {
                    // E[U] lies between the least and the largest payoff: a bound beyond them in the claimed direction is false.
                    Map<String, Object> b = copy(data);
                    boolean atLeast = (Boolean) b.get("atLeast");
                    b.put("bound", Rational.parse((String) b.get("bound")).add(Rational.of(atLeast ? 1000 : -1000)).toString());
                    out.add(b);
                }
            }
            case "symmetric-bound", "symmetric-count-bound" -> {
                // The witness attains its value exactly, so a bound below it, or another claimed value, is false.
                Map<String, Object> d = copy(data);
                d.put("bound", Rational.parse((String) d.get("witnessValue")).subtract(Rational.of(1, 1000)).toString());
                out.add(d);
                Map<String, Object> w = copy(data);
                w.put("witnessValue", Rational.parse((String) w.get("witnessValue")).add(Rational.of(1, 1000)).toString());
                out.add(w);
            }
            case "nash-set" -> {
                // Each listed maximal Nash subset has equilibria in no other one: dropping one leaves the list incomplete.
                List<Object> sets = (List<Object>) data.get("sets");
                for (int k = 0; k < sets.size() && sets.size() > 1; k++) {
                    Map<String, Object> d = copy(data);
                    ((List<Object>) d.get("sets")).remove(k);
                    out.add(d);
                }
            }
            case "oracle-spo" -> {
                // A listed polytope vertex moved off the polytope: the stated slice is not the one claimed.
                Map<String, Object> d = copy(data);
                List<Map<String, Object>> classes = (List<Map<String, Object>>) d.get("classes");
                List<Map<String, Object>> pieces = (List<Map<String, Object>>) classes.get(0).get("pieces");
                List<List<String>> vertices = (List<List<String>>) pieces.get(0).get("vertices");
                vertices.get(0).set(0, Rational.parse(vertices.get(0).get(0)).add(Rational.of(1, 7)).toString());
                out.add(d);
            }
            case "algebraic-nash" -> {
                // Player 1's probabilities sum to exactly 1 at θ: adding 1/1000 to one of them breaks that.
                Map<String, Object> d = copy(data);
                List<String> first = ((List<List<List<String>>>) d.get("profile")).get(0).get(0);
                if (first.isEmpty()) {
                    first.add("0");
                }
                first.set(0, Rational.parse(first.get(0)).add(Rational.of(1, 1000)).toString());
                out.add(d);
                // p·(x − m) with m a rational point of (lo, hi) that is not a root of p has two roots there, not one.
                Map<String, Object> two = copy(data);
                List<String> p = (List<String>) two.get("polynomial");
                Rational lo = Rational.parse((String) two.get("lo"));
                Rational hi = Rational.parse((String) two.get("hi"));
                Rational m = lo.midpoint(hi);
                Rational value = Rational.ZERO;
                for (int k = p.size() - 1; k >= 0; k--) {
                    value = value.multiply(m).add(Rational.parse(p.get(k)));
                }
                if (value.isZero()) {
                    m = lo.add(m).multiply(Rational.HALF);
                }
                List<String> times = new ArrayList<>();
                for (int k = 0; k <= p.size(); k++) {
                    Rational below = k > 0 ? Rational.parse(p.get(k - 1)) : Rational.ZERO;
                    Rational here = k < p.size() ? Rational.parse(p.get(k)) : Rational.ZERO;
                    times.add(below.subtract(here.multiply(m)).multiply(Rational.of(m.denominator())).toString());
                }
                two.put("polynomial", times);
                out.add(two);
            }
            case "nash-support-exclusion" -> {
                // Each profile's combination c is >= 0 and not identically 0: negated multipliers make some c(s) < 0.
                List<Map<String, Object>> list = (List<Map<String, Object>>) data.get("exclusions");
                for (int k = 0; k < list.size(); k++) {
                    Map<String, Object> d = copy(data);
                    Map<String, Object> e = ((List<Map<String, Object>>) d.get("exclusions")).get(k);
                    e.put("multipliers", negated(e.get("multipliers"))); // joint entries: nested lists, every entry negated
                    out.add(d);
                }
                // The same profile listed twice.
                Map<String, Object> twice = copy(data);
                ((List<Object>) twice.get("exclusions")).add(copy(list.get(0)));
                out.add(twice);
            }
            default -> throw new AssertionError("no falsifying edit for kind " + kind);
        }
        return out;
    }

    /** The multipliers (strings, or lists of them at any depth) negated. */
    @SuppressWarnings("unchecked")
    static Object negated(Object multipliers) {
        if (multipliers instanceof String y) {
            return Rational.parse(y).negate().toString();
        }
        return ((List<Object>) multipliers).stream().map(CertificateMutantTest::negated).toList();
    }

    /**
     * Edits of a bound claim's subdivision tree (preorder node list): the first split's edge moved to
     * a vertex index ≥ 100 that the game does not have (or, without a split, the first anchored leaf's
     * anchor), the first split's edge made a loop (i == j), the last node dropped, a node appended.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> treeMutants(Map<String, Object> data) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        List<List<Object>> tree = (List<List<Object>>) data.get("tree");
        int split = -1;
        int anchored = -1;
        for (int k = tree.size() - 1; k >= 0; k--) {
            split = tree.get(k).get(0).equals("split") ? k : split;
            anchored = tree.get(k).get(0).equals("anchored") ? k : anchored;
        }
        if (split >= 0) {
            Map<String, Object> far = copy(data);
            ((List<List<Object>>) far.get("tree")).get(split).set(3, 100 + (Integer) tree.get(split).get(3));
            out.add(far);
            Map<String, Object> loop = copy(data);
            ((List<List<Object>>) loop.get("tree")).get(split).set(3, tree.get(split).get(2));
            out.add(loop);
        } else if (anchored >= 0) {
            Map<String, Object> far = copy(data);
            ((List<List<Object>>) far.get("tree")).get(anchored).set(1, 100 + (Integer) tree.get(anchored).get(1));
            out.add(far);
        }
        Map<String, Object> shorter = copy(data);
        List<List<Object>> t = (List<List<Object>>) shorter.get("tree");
        t.remove(t.size() - 1);
        out.add(shorter);
        Map<String, Object> longer = copy(data);
        ((List<List<Object>>) longer.get("tree")).add(new ArrayList<>(List.of("bound")));
        out.add(longer);
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTreeMutantOfAShippedBoundCertificateIsRejected() throws IOException {
        int mutants = 0;
        int rendered = 0;
        for (Map.Entry<String, String> target : targets().entrySet()) {
            String text = target.getValue();
            CertificateFile.Header header = CertificateFile.header(text).orElseThrow();
            Map<String, Object> data = MAPPER.readValue(header.dataJson(), Map.class);
            if (!data.get("kind").equals("symmetric-bound") && !data.get("kind").equals("symmetric-count-bound")) {
                continue;
            }
            for (Map<String, Object> d : treeMutants(data)) {
                String json = MAPPER.writeValueAsString(d);
                String mutant = text.replace("; data: " + header.dataJson() + "\n", "; data: " + json + "\n");
                assertFalse(mutant.equals(text));
                Verdict v = CHECKER.checkText(mutant);
                assertFalse(v.accepted(), target.getKey() + ": the tree mutant " + d.get("tree") + " was accepted");
                mutants++;
                Claim claim;
                try {
                    claim = ClaimCodec.fromJson(json);
                } catch (IllegalArgumentException e) {
                    continue; // refused when read: no honest-looking certificate of it exists
                }
                Verdict honest = CHECKER.checkText(CertificateFile.render(claim, header.toolVersion()));
                assertEquals(Verdict.Status.REJECTED, honest.status(), target.getKey() + ": " + d.get("tree") + ": " + honest.reason());
                assertTrue(honest.reason().contains("does not exist") || honest.reason().contains("vertex"), honest.reason());
                rendered++;
            }
        }
        assertTrue(mutants >= 30, "only " + mutants + " tree mutants");
        assertTrue(rendered >= 5, "only " + rendered + " rendered tree mutants");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> data) throws IOException {
        return MAPPER.readValue(MAPPER.writeValueAsString(data), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFalsifiedClaimRenderedAsACertificateIsRejected() throws IOException {
        int mutants = 0;
        Set<String> kinds = new TreeSet<>();
        for (Map.Entry<String, String> target : targets().entrySet()) {
            String f = target.getKey();
            if (f.endsWith(".nra.smt2")) {
                continue;
            }
            String text = target.getValue();
            CertificateFile.Header header = CertificateFile.header(text).orElseThrow();
            Map<String, Object> data = MAPPER.readValue(header.dataJson(), Map.class);
            for (Map<String, Object> d : falsified(data)) {
                Claim claim = ClaimCodec.fromJson(MAPPER.writeValueAsString(d));
                Verdict v = CHECKER.checkText(CertificateFile.render(claim, header.toolVersion()));
                assertFalse(v.accepted(), f + ": the falsified claim " + MAPPER.writeValueAsString(d) + " was accepted");
                assertEquals(Verdict.Status.REJECTED, v.status(), f + ": " + v.reason());
                mutants++;
                kinds.add(claim.kind());
            }
        }
        assertTrue(mutants >= 50, "only " + mutants + " semantic mutants");
        assertTrue(kinds.containsAll(Checker.KINDS), "semantic mutants cover " + kinds);
    }
}
