package org.equicert.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.bridge.NashSetClaims;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Claim;
import org.equicert.certificate.NashClaim;
import org.equicert.certificate.Verdict;
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
 * and JSON. Shared by {@code nash}, {@code compare} and {@code examples}.
 */
final class NashReport {

    final NormalFormGame game;
    final TwoPlayerNashSet twoPlayer;
    final SupportEquilibria nPlayer;
    final List<String> lines = new ArrayList<>();
    final Map<String, Object> json = new LinkedHashMap<>();
    boolean allChecked = true;
    private final Checker checker = new Checker(Main.VERSION);

    private NashReport(NormalFormGame game, TwoPlayerNashSet twoPlayer, SupportEquilibria nPlayer) {
        this.game = game;
        this.twoPlayer = twoPlayer;
        this.nPlayer = nPlayer;
    }

    /**
     * Solves the game; with a store, certifies each extreme equilibrium and (two players) the
     * completeness of the list.
     */
    static NashReport compute(NormalFormGame game, String baseName, CertificateStore store, int maxBoxes, PrintWriter progress) {
        NashReport r;
        if (game.playerCount() == 2) {
            progress.println("solving: enumerating the vertices of the row player's best-response polytope…");
            r = new NashReport(game, TwoPlayerEnumeration.solve(game), null);
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
            }));
            r.renderNPlayer(baseName, store, progress);
        }
        return r;
    }

    private String certify(CertificateStore store, String name, Claim claim) {
        if (store == null) {
            return "[not certified: --no-certify]";
        }
        Verdict v = checker.check(claim);
        if (!v.accepted()) {
            allChecked = false;
            return "[NOT CERTIFIED: " + v.reason() + "]";
        }
        CertificateStore.Written w = store.store(name, claim, v);
        @SuppressWarnings("unchecked")
        List<String> certs = (List<String>) json.computeIfAbsent("certificates", k -> new ArrayList<String>());
        certs.add(w.certificate().toString());
        return "[certified: " + w.certificate() + "]";
    }

    private void header(String method) {
        lines.add("game:       " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        lines.add("method:     " + method);
        json.put("game", game.title());
        json.put("players", game.playerCount());
        json.put("method", method);
    }

    private void renderTwoPlayer(String baseName, CertificateStore store, PrintWriter progress) {
        TwoPlayerNashSet s = twoPlayer;
        header("vertex enumeration of the best-response polytopes (all extreme equilibria; complete, degenerate games included)");
        lines.add("extreme equilibria: " + s.extremeEquilibria().size());
        List<Object> eqs = new ArrayList<>();
        if (store != null && !s.extremeEquilibria().isEmpty()) {
            progress.println("certifying " + s.extremeEquilibria().size() + " extreme equilibria and the completeness of the list…");
        }
        for (int e = 0; e < s.extremeEquilibria().size(); e++) {
            TwoPlayerNashSet.ExtremeEquilibrium x = s.extremeEquilibria().get(e);
            String cert = certify(store, baseName + "-eq" + (e + 1), NashClaim.nash(PayoffTables.of(game), x.profile().toArray()));
            lines.add(String.format("  %3d  %s   payoffs %s, %s  %s", e + 1, x.profile(), x.payoffs()[0], x.payoffs()[1], cert));
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("profile", profileJson(x.profile()));
            j.put("payoffs", List.of(x.payoffs()[0].toString(), x.payoffs()[1].toString()));
            eqs.add(j);
        }
        json.put("extremeEquilibria", eqs);
        lines.add("components: " + s.components().size());
        List<Object> comps = new ArrayList<>();
        for (int c = 0; c < s.components().size(); c++) {
            TwoPlayerNashSet.Component comp = s.components().get(c);
            List<Integer> members = comp.extremeEquilibria().stream().map(k -> k + 1).toList();
            if (comp.dimension() == 0) {
                lines.add(String.format("  %3d  isolated equilibrium %s", c + 1, members.get(0)));
            } else {
                lines.add(String.format("  %3d  a continuum of dimension %d with extreme equilibria %s", c + 1, comp.dimension(), members));
                for (int k : comp.subsets()) {
                    TwoPlayerNashSet.NashSubset sub = s.subsets().get(k);
                    lines.add("         maximal Nash subset: conv{" + strategies(s.rowStrategies(), sub.rows()) + "} × conv{"
                            + strategies(s.columnStrategies(), sub.columns()) + "} (dimension " + sub.dimension() + ")");
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
        String cert = certify(store, baseName + "-nash-set", NashSetClaims.of(game, s));
        lines.add("complete:   these components are all the Nash equilibria; no other support pair admits one  " + cert);
        json.put("complete", true);
    }

    private void renderNPlayer(String baseName, CertificateStore store, PrintWriter progress) {
        SupportEquilibria s = nPlayer;
        header("support enumeration (" + SupportEnumeration.supportProfiles(game) + " support profiles; exact linear algebra,"
                + " or isolating boxes in exact interval arithmetic)");
        lines.add("isolated equilibria: " + s.isolated().size());
        List<Object> eqs = new ArrayList<>();
        ExpectedUtility eu = new ExpectedUtility(game);
        for (int e = 0; e < s.isolated().size(); e++) {
            SupportEquilibria.Isolated x = s.isolated().get(e);
            Map<String, Object> j = new LinkedHashMap<>();
            if (x.exact().isPresent()) {
                MixedProfile p = x.exact().get();
                String cert = certify(store, baseName + "-eq" + (e + 1), NashClaim.nash(PayoffTables.of(game), p.toArray()));
                List<String> pays = new ArrayList<>();
                for (int i = 0; i < game.playerCount(); i++) {
                    pays.add(eu.payoff(i, p).toString());
                }
                lines.add(String.format("  %3d  %s   payoffs %s  %s", e + 1, p, String.join(", ", pays), cert));
                j.put("profile", profileJson(p));
                j.put("payoffs", pays);
            } else {
                MixedProfile mid = midpoint(x.box());
                Rational regret = eu.maxRegret(mid);
                String cert = certify(store, baseName + "-eq" + (e + 1) + "-midpoint",
                        new NashClaim(PayoffTables.of(game), mid.toArray(), regret));
                lines.add(String.format("  %3d  irrational; isolating box (exactly one solution of its support system, Krawczyk test in exact interval arithmetic):", e + 1));
                for (int i = 0; i < game.playerCount(); i++) {
                    lines.add("         player " + game.players().get(i) + ": " + intervals(x.box()[i]) + "   payoff in " + interval(x.payoffs()[i]));
                }
                lines.add("         a rational point of the box is an ε-Nash equilibrium with ε ≤ " + upperScientific(regret)
                        + " (exact ε in the certificate)  " + cert);
                List<Object> box = new ArrayList<>();
                for (RationalInterval[] row : x.box()) {
                    List<Object> pr = new ArrayList<>();
                    for (RationalInterval iv : row) {
                        pr.add(List.of(iv.lower().toString(), iv.upper().toString()));
                    }
                    box.add(pr);
                }
                j.put("box", box);
            }
            j.put("supports", supportsJson(x.supports()));
            eqs.add(j);
        }
        json.put("isolatedEquilibria", eqs);
        List<Object> cont = new ArrayList<>();
        if (!s.continua().isEmpty()) {
            lines.add("continua (positive-dimensional sets of equilibria, by exact supports): " + s.continua().size());
            for (SupportEquilibria.Continuum c : s.continua()) {
                String cert = certify(store, baseName + "-continuum-" + supportsName(c.supports()), NashClaim.nash(PayoffTables.of(game), c.witness().toArray()));
                lines.add("       supports " + supportsText(c.supports()) + ": dimension " + c.dimension() + ", e.g. " + c.witness() + "  " + cert);
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("supports", supportsJson(c.supports()));
                j.put("dimension", c.dimension());
                j.put("witness", profileJson(c.witness()));
                lines.add("         " + c.description());
                j.put("description", c.description());
                cont.add(j);
            }
        }
        json.put("continua", cont);
        lines.add("components (pieces whose closures meet, merged): " + s.components().size());
        List<Object> comps = new ArrayList<>();
        for (int c = 0; c < s.components().size(); c++) {
            SupportEquilibria.Component comp = s.components().get(c);
            List<Integer> eqNumbers = comp.isolated().stream().map(x -> x + 1).toList();
            List<Integer> contNumbers = comp.continua().stream().map(x -> x + 1).toList();
            lines.add(String.format("  %3d  ", c + 1) + (comp.isIsolatedEquilibrium() ? "isolated equilibrium " + eqNumbers.get(0)
                    : "dimension " + comp.dimension() + ": equilibria " + eqNumbers + ", continua " + contNumbers
                    + (comp.separated() ? "" : " (adjacency to another component not decided)")));
            comps.add(Map.of("isolatedEquilibria", eqNumbers, "continua", contNumbers, "dimension", comp.dimension(), "separated", comp.separated()));
        }
        json.put("components", comps);
        List<Object> unres = new ArrayList<>();
        for (SupportEquilibria.Unresolved u : s.unresolved()) {
            lines.add("UNRESOLVED supports " + supportsText(u.supports()) + ": " + u.reason());
            unres.add(Map.of("supports", supportsJson(u.supports()), "reason", u.reason()));
        }
        json.put("unresolved", unres);
        json.put("complete", s.complete());
        lines.add(s.complete()
                ? "complete:   every support profile was decided (exhaustive enumeration; for more than two players there is no completeness certificate)"
                : "INCOMPLETE: " + s.unresolved().size() + " support profiles were not decided (see above); the list may miss equilibria there");
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
