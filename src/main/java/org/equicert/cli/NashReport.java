package org.equicert.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.api.Citation;
import org.equicert.bridge.NashSetClaims;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.NashClaim;
import org.equicert.equilibrium.SupportEnumeration;
import org.equicert.equilibrium.SupportEquilibria;
import org.equicert.equilibrium.TwoPlayerEnumeration;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * Computes every Nash equilibrium of a game, certifies what it can, and renders the result as text
 * and JSON. Shared by {@code nash}, {@code compare} and {@code examples}. Every fact printed cites
 * its certificate or says why it is not certified ({@link Facts}); the last line counts them.
 */
final class NashReport {

    /** Why the structure of a two-player Nash set beyond the nash-set certificate is not certified. */
    private static final String STRUCTURE = "from the enumerated vertices; the nash-set certificate covers the sets, not this";

    /** Why statements of support enumeration (more than two players) are not certified. */
    private static final String ENUMERATION = "support enumeration; for more than two players there is no completeness certificate";
    /** Why isolating boxes are not certified. */
    private static final String KRAWCZYK = "Krawczyk test in exact interval arithmetic; no certificate";

    final NormalFormGame game;
    final TwoPlayerNashSet twoPlayer;
    final SupportEquilibria nPlayer;
    final List<String> lines = new ArrayList<>();
    final Map<String, Object> json = new LinkedHashMap<>();
    final Facts facts;
    /** The statement that the list is complete, in words; null when support profiles were left undecided. */
    String completeness;
    /** What backs {@link #completeness}: the nash-set certificate (two players), else "not certified". */
    Citation completenessCitation;

    private NashReport(NormalFormGame game, TwoPlayerNashSet twoPlayer, SupportEquilibria nPlayer, CertificateStore store) {
        this.game = game;
        this.twoPlayer = twoPlayer;
        this.nPlayer = nPlayer;
        this.facts = new Facts(lines, store);
    }

    /**
     * Solves the game; with a store, certifies each extreme equilibrium and (two players) the
     * completeness of the list.
     */
    static NashReport compute(NormalFormGame game, String baseName, CertificateStore store, int maxBoxes, PrintWriter progress) {
        NashReport r;
        if (game.playerCount() == 2) {
            progress.println("solving: enumerating the vertices of the row player's best-response polytope…");
            r = new NashReport(game, TwoPlayerEnumeration.solve(game), null, store);
            r.renderTwoPlayer(baseName, store, progress);
        } else if (game.playerCount() == 1) {
            throw new UserException("the game has one player: its equilibria are its optimal actions (use 'info')");
        } else {
            long profiles = SupportEnumeration.supportProfiles(game);
            progress.println("solving: " + profiles + " support profiles…");
            long[] last = {System.nanoTime()};
            r = new NashReport(game, null, new SupportEnumeration(game, maxBoxes).solve(done -> {
                if (System.nanoTime() - last[0] > 5_000_000_000L) {
                    last[0] = System.nanoTime();
                    progress.println("  " + done + " of " + profiles + " support profiles done");
                }
            }), store);
            r.renderNPlayer(baseName, store, progress);
        }
        r.facts.finish(r.json);
        return r;
    }

    /** True when no certificate of this report was rejected by the checker. */
    boolean allChecked() {
        return facts.allChecked();
    }

    private void header(String method) {
        facts.context("game:       " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        facts.context("method:     " + method);
        facts.noteIfNotRequested();
        json.put("game", game.title());
        json.put("players", game.playerCount());
        json.put("method", method);
    }

    private void renderTwoPlayer(String baseName, CertificateStore store, PrintWriter progress) {
        TwoPlayerNashSet s = twoPlayer;
        header("vertex enumeration of the best-response polytopes (degenerate games included)");
        facts.fact("extreme equilibria: " + s.extremeEquilibria().size(), Citation.notCertified("vertex enumeration; the nash-set"
                + " certificate does not prove that no vertex is missing"));
        List<Object> eqs = new ArrayList<>();
        if (store != null && !s.extremeEquilibria().isEmpty()) {
            progress.println("certifying " + s.extremeEquilibria().size() + " extreme equilibria and the completeness of the list…");
        }
        for (int e = 0; e < s.extremeEquilibria().size(); e++) {
            TwoPlayerNashSet.ExtremeEquilibrium x = s.extremeEquilibria().get(e);
            Citation cert = facts.certify(baseName + "-eq" + (e + 1), NashClaim.nash(PayoffTables.of(game), x.profile().toArray()));
            facts.fact(String.format("  %3d  %s   payoffs %s, %s", e + 1, x.profile(), x.payoffs()[0], x.payoffs()[1]), cert);
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("profile", profileJson(x.profile()));
            j.put("payoffs", List.of(x.payoffs()[0].toString(), x.payoffs()[1].toString()));
            eqs.add(j);
        }
        json.put("extremeEquilibria", eqs);
        Citation structure = Citation.notCertified(STRUCTURE);
        facts.fact("components: " + s.components().size(), structure);
        List<Object> comps = new ArrayList<>();
        for (int c = 0; c < s.components().size(); c++) {
            TwoPlayerNashSet.Component comp = s.components().get(c);
            List<Integer> members = comp.extremeEquilibria().stream().map(k -> k + 1).toList();
            if (comp.dimension() == 0) {
                facts.fact(String.format("  %3d  isolated equilibrium %s", c + 1, members.get(0)), structure);
            } else {
                facts.fact(String.format("  %3d  a continuum of dimension %d with extreme equilibria %s", c + 1, comp.dimension(), members), structure);
                for (int k : comp.subsets()) {
                    TwoPlayerNashSet.NashSubset sub = s.subsets().get(k);
                    facts.fact("         maximal Nash subset: conv{" + strategies(s.rowStrategies(), sub.rows()) + "} × conv{"
                            + strategies(s.columnStrategies(), sub.columns()) + "} (dimension " + sub.dimension() + ")", structure);
                }
            }
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("extremeEquilibria", members);
            j.put("dimension", comp.dimension());
            List<Object> subs = new ArrayList<>();
            for (int k : comp.subsets()) {
                TwoPlayerNashSet.NashSubset sub = s.subsets().get(k);
                Map<String, Object> sj = new LinkedHashMap<>();
                sj.put("rowStrategies", sub.rows().stream().map(i -> vector(s.rowStrategies().get(i))).toList());
                sj.put("columnStrategies", sub.columns().stream().map(i -> vector(s.columnStrategies().get(i))).toList());
                sj.put("dimension", sub.dimension());
                subs.add(sj);
            }
            j.put("maximalNashSubsets", subs);
            comps.add(j);
        }
        json.put("components", comps);
        completenessCitation = facts.certify(baseName + "-nash-set", NashSetClaims.of(game, s));
        int sets = s.subsets().size();
        completeness = "the Nash equilibria are exactly the union of the " + sets + (sets == 1 ? " set" : " sets")
                + " X × Y cut out by the best-response labels of the maximal Nash subsets; no other support pair admits one";
        facts.fact("complete:   " + completeness, completenessCitation);
        json.put("complete", true);
    }

    private void renderNPlayer(String baseName, CertificateStore store, PrintWriter progress) {
        SupportEquilibria s = nPlayer;
        header("support enumeration (" + SupportEnumeration.supportProfiles(game) + " support profiles; exact linear algebra,"
                + " or isolating boxes in exact interval arithmetic)");
        facts.fact("equilibria isolated within their supports: " + s.isolated().size(), Citation.notCertified(ENUMERATION));
        List<Object> eqs = new ArrayList<>();
        ExpectedUtility eu = new ExpectedUtility(game);
        for (int e = 0; e < s.isolated().size(); e++) {
            SupportEquilibria.Isolated x = s.isolated().get(e);
            Map<String, Object> j = new LinkedHashMap<>();
            if (x.exact().isPresent()) {
                MixedProfile p = x.exact().get();
                Citation cert = facts.certify(baseName + "-eq" + (e + 1), NashClaim.nash(PayoffTables.of(game), p.toArray()));
                List<String> pays = new ArrayList<>();
                for (int i = 0; i < game.playerCount(); i++) {
                    pays.add(eu.payoff(i, p).toString());
                }
                facts.fact(String.format("  %3d  %s   payoffs %s", e + 1, p, String.join(", ", pays)), cert);
                j.put("profile", profileJson(p));
                j.put("payoffs", pays);
            } else {
                MixedProfile mid = midpoint(x.box());
                Rational regret = eu.maxRegret(mid);
                Citation cert = facts.certify(baseName + "-eq" + (e + 1) + "-midpoint", new NashClaim(PayoffTables.of(game), mid.toArray(), regret));
                Citation box = Citation.notCertified(KRAWCZYK);
                facts.fact(String.format("  %3d  an equilibrium in an isolating box (exactly one solution of its support system;"
                        + " no rational solution was found):", e + 1), box);
                for (int i = 0; i < game.playerCount(); i++) {
                    facts.fact("         player " + game.players().get(i) + ": " + intervals(x.box()[i]) + "   payoff in " + interval(x.payoffs()[i]), box);
                }
                facts.fact("         a rational point of the box is an ε-Nash equilibrium with ε ≤ " + upperScientific(regret)
                        + " (exact ε in the certificate)", cert);
                List<Object> box2 = new ArrayList<>();
                for (RationalInterval[] row : x.box()) {
                    List<Object> pr = new ArrayList<>();
                    for (RationalInterval iv : row) {
                        pr.add(List.of(iv.lower().toString(), iv.upper().toString()));
                    }
                    box2.add(pr);
                }
                j.put("box", box2);
            }
            j.put("supports", supportsJson(x.supports()));
            eqs.add(j);
        }
        json.put("isolatedEquilibria", eqs);
        List<Object> cont = new ArrayList<>();
        if (!s.continua().isEmpty()) {
            facts.fact("continua (positive-dimensional sets of equilibria, by exact supports): " + s.continua().size(),
                    Citation.notCertified(ENUMERATION));
            for (SupportEquilibria.Continuum c : s.continua()) {
                Citation cert = facts.certify(baseName + "-continuum-" + supportsName(c.supports()), NashClaim.nash(PayoffTables.of(game), c.witness().toArray()));
                facts.fact("       supports " + supportsText(c.supports()) + ": a set of equilibria of dimension " + c.dimension(),
                        Citation.notCertified("exact linear algebra on the support system; no certificate"));
                facts.fact("         e.g. " + c.witness(), cert);
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("supports", supportsJson(c.supports()));
                j.put("dimension", c.dimension());
                j.put("witness", profileJson(c.witness()));
                facts.fact("         " + c.description(), Citation.notCertified("exact elimination on the support system; no certificate"));
                j.put("description", c.description());
                cont.add(j);
            }
        }
        json.put("continua", cont);
        Citation merged = Citation.notCertified("merged from the pieces above by exact LP and root isolation; no certificate");
        facts.fact("components (pieces whose closures meet, merged): " + s.components().size(), merged);
        List<Object> comps = new ArrayList<>();
        for (int c = 0; c < s.components().size(); c++) {
            SupportEquilibria.Component comp = s.components().get(c);
            List<Integer> eqNumbers = comp.isolated().stream().map(x -> x + 1).toList();
            List<Integer> contNumbers = comp.continua().stream().map(x -> x + 1).toList();
            facts.fact(String.format("  %3d  ", c + 1) + (comp.isIsolatedEquilibrium() ? "isolated equilibrium " + eqNumbers.get(0)
                    : "dimension " + comp.dimension() + ": equilibria " + eqNumbers + ", continua " + contNumbers
                    + (comp.separated() ? "" : " (adjacency to another component not decided)")), merged);
            comps.add(Map.of("isolatedEquilibria", eqNumbers, "continua", contNumbers, "dimension", comp.dimension(), "separated", comp.separated()));
        }
        json.put("components", comps);
        List<Object> unres = new ArrayList<>();
        for (SupportEquilibria.Unresolved u : s.unresolved()) {
            facts.context("UNRESOLVED supports " + supportsText(u.supports()) + ": " + u.reason());
            unres.add(Map.of("supports", supportsJson(u.supports()), "reason", u.reason()));
        }
        json.put("unresolved", unres);
        json.put("complete", s.complete());
        if (s.complete()) {
            completeness = "every support profile was decided (exhaustive enumeration)";
            completenessCitation = Citation.notCertified(ENUMERATION);
            facts.fact("complete:   " + completeness, completenessCitation);
        } else {
            facts.context("INCOMPLETE: " + s.unresolved().size() + " support profiles were not decided (see above); the list may miss equilibria there");
        }
    }

    private static MixedProfile midpoint(RationalInterval[][] box) {
        Rational[][] p = new Rational[box.length][];
        for (int i = 0; i < box.length; i++) {
            p[i] = new Rational[box[i].length];
            Rational sum = Rational.ZERO;
            for (int a = 0; a < p[i].length; a++) {
                p[i][a] = box[i][a].midpoint();
                sum = sum.add(p[i][a]);
            }
            for (int a = 0; a < p[i].length; a++) {
                p[i][a] = p[i][a].divide(sum);
            }
        }
        return MixedProfile.of(p);
    }

    /** An upper bound of a non-negative rational with two significant digits, e.g. 8.1e-30. */
    static String upperScientific(Rational r) {
        if (r.signum() == 0) {
            return "0";
        }
        int exponent = 0;
        Rational x = r;
        while (x.compareTo(Rational.of(10)) >= 0) {
            x = x.divide(Rational.of(10));
            exponent++;
        }
        while (x.compareTo(Rational.ONE) < 0) {
            x = x.multiply(Rational.of(10));
            exponent--;
        }
        return x.toDecimalString(1, RoundingMode.CEILING) + "e" + exponent;
    }

    static String shortRational(Rational r) {
        String s = r.toString();
        return s.length() <= 40 ? s : "≈" + r.toDecimalString(30, RoundingMode.CEILING);
    }

    private static String intervals(RationalInterval[] row) {
        List<String> out = new ArrayList<>();
        for (RationalInterval iv : row) {
            out.add(interval(iv));
        }
        return String.join(", ", out);
    }

    static String interval(RationalInterval iv) {
        if (iv.lower().equals(iv.upper())) {
            return iv.lower().toString();
        }
        return "[" + iv.lower().toDecimalString(12, RoundingMode.FLOOR) + ", " + iv.upper().toDecimalString(12, RoundingMode.CEILING) + "]";
    }

    private static String strategies(List<Rational[]> all, List<Integer> indices) {
        List<String> out = new ArrayList<>();
        for (int i : indices) {
            out.add("(" + String.join(",", vector(all.get(i))) + ")");
        }
        return String.join(", ", out);
    }

    static List<String> vector(Rational[] v) {
        List<String> out = new ArrayList<>();
        for (Rational r : v) {
            out.add(r.toString());
        }
        return out;
    }

    static List<Object> profileJson(MixedProfile p) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < p.playerCount(); i++) {
            out.add(vector(p.strategy(i)));
        }
        return out;
    }

    private List<Object> supportsJson(int[][] supports) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < supports.length; i++) {
            List<String> names = new ArrayList<>();
            for (int a : supports[i]) {
                names.add(game.actions().get(i).get(a));
            }
            out.add(names);
        }
        return out;
    }

    private String supportsText(int[][] supports) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < supports.length; i++) {
            List<String> names = new ArrayList<>();
            for (int a : supports[i]) {
                names.add(game.actions().get(i).get(a));
            }
            out.add("{" + String.join(",", names) + "}");
        }
        return String.join("×", out);
    }

    private static String supportsName(int[][] supports) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < supports.length; i++) {
            sb.append(i == 0 ? "" : "-");
            for (int a : supports[i]) {
                sb.append(a + 1);
            }
        }
        return sb.toString();
    }
}
