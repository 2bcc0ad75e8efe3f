package org.equicert.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.bridge.AlgebraicProfiles;
import org.equicert.bridge.PayoffTables;
import org.equicert.bridge.SymmetricClaims;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Claim;
import org.equicert.certificate.NashClaim;
import org.equicert.certificate.Verdict;
import org.equicert.game.NormalFormGame;
import org.equicert.game.symmetry.Permutation;
import org.equicert.game.symmetry.SymmetryGroup;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricAnalysis;
import org.equicert.symmetric.SymmetricOptimum;
import org.equicert.symmetric.SymmetricUtility;

/** Seed 001 for one game: the certified P-invariant optimum and its properties, as text and JSON. */
final class SymmetricReport {

    final List<String> lines = new ArrayList<>();
    final Map<String, Object> json = new LinkedHashMap<>();
    boolean allChecked = true;
    final SymmetricAnalysis.Report report;
    private final Checker checker = new Checker(Main.VERSION);

    /**
     * Orbits of ⟨P⟩ for the given generators (each checked to be a symmetry of the game), or, with
     * none, of Γ(G) (one orbit when the game is totally symmetric, found for any number of players).
     */
    static List<List<Integer>> orbits(NormalFormGame game, String generators) {
        int n = game.playerCount();
        if (generators != null && !generators.isBlank()) {
            List<Permutation> ps = new ArrayList<>();
            for (String part : generators.split(";")) {
                Permutation p;
                try {
                    p = Permutation.parseCycles(part.strip(), n);
                } catch (IllegalArgumentException e) {
                    throw new UserException("--generators: " + e.getMessage());
                }
                if (!SymmetryGroup.isSymmetry(game, p)) {
                    throw new UserException("--generators: " + p + " is not a symmetry of the game (it does not permute the payoffs),"
                            + " so P is not a subset of Γ(G)");
                }
                ps.add(p);
            }
            return SymmetryGroup.orbits(n, ps);
        }
        if (n >= 2) {
            StringBuilder cycle = new StringBuilder("(");
            for (int i = 1; i <= n; i++) {
                cycle.append(i).append(i < n ? " " : ")");
            }
            if (SymmetryGroup.isSymmetry(game, Permutation.parseCycles("(1 2)", n))
                    && SymmetryGroup.isSymmetry(game, Permutation.parseCycles(cycle.toString(), n))) {
                List<Integer> all = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    all.add(i);
                }
                return List.of(all);
            }
        }
        if (n > SymmetryGroup.MAX_PLAYERS) {
            throw new UserException("the game is not totally symmetric and has more than " + SymmetryGroup.MAX_PLAYERS
                    + " players: give P with --generators");
        }
        return SymmetryGroup.of(game).orbits();
    }

    /** Games with more pure profiles than this are not written into certificate files (their data line holds the table). */
    static final int CERTIFICATE_PROFILE_LIMIT = 4096;

    private final boolean tooLarge;

    SymmetricReport(NormalFormGame game, List<List<Integer>> orbits, Rational tolerance, int maxPieces, String baseName, CertificateStore store) {
        tooLarge = game.profileCount() > CERTIFICATE_PROFILE_LIMIT;
        if (!game.isCommonPayoff()) {
            throw new UserException("seed 001's results are about common-payoff games; in this game the players' payoffs differ");
        }
        SymmetricUtility u = SymmetricUtility.of(game, orbits);
        report = SymmetricAnalysis.analyze(u, tolerance, maxPieces);
        SymmetricOptimum.Result opt = report.optimum();
        lines.add("game:       " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        lines.add("orbits:     " + InfoCommand.oneBased(orbits) + "  (players in an orbit play the same strategy)");
        json.put("game", game.title());
        json.put("orbits", InfoCommand.oneBased(orbits));
        java.util.Optional<Rational[][]> exactPoint = report.point().flatMap(p -> p.exact());
        String cert = certify(store, baseName + "-symmetric-optimum", optimumClaim(u, opt, exactPoint));
        Rational lowerShown = exactPoint.map(u::value).filter(v -> v.compareTo(opt.lower()) >= 0).orElse(opt.lower());
        switch (opt.kind()) {
            case PURE -> lines.add("optimum:    exactly " + opt.upper() + ", attained by a pure profile  " + cert);
            case MIXED -> lines.add("optimum:    mixed; value in [" + shortRational(lowerShown) + ", " + shortUpper(opt) + "]"
                    + " (a rational mixed profile beats every pure one)  " + cert);
            default -> lines.add("optimum:    value in [" + shortRational(opt.lower()) + ", " + shortUpper(opt) + "]; pure versus mixed"
                    + " NOT decided within the budget (a tie?)  " + cert);
        }
        json.put("kind", opt.kind().toString().toLowerCase());
        json.put("lower", lowerShown.toString());
        json.put("upper", opt.upper().toString());
        json.put("bestPurePayoff", opt.bestPure().toString());
        if (report.point().isEmpty()) {
            lines.add("point:      not located exactly (only the bracket above is certified)");
            json.put("point", null);
            return;
        }
        var point = report.point().get();
        lines.add("point:      " + point.describe() + "   (per orbit, probabilities of " + actionNames(game, orbits) + ")");
        lines.add("value:      " + report.value());
        json.put("point", point.describe());
        json.put("value", report.value());
        String nashText = report.nash() == null ? "not decided" : report.nash() ? "YES" : "NO";
        String nashCert = "";
        if (point.exact().isPresent() && Boolean.TRUE.equals(report.nash())) {
            Rational[][] profile = u.profile(point.exact().get()).toArray();
            nashCert = "  " + certify(store, baseName + "-symmetric-nash",
                    tooLarge ? Optional.empty() : Optional.of(NashClaim.nash(PayoffTables.of(game), profile)));
        } else if (Boolean.TRUE.equals(report.nash()) && point.algebraic().isPresent() && point.strategiesInUnknown().isPresent()) {
            nashCert = "  " + certify(store, baseName + "-symmetric-nash", tooLarge ? Optional.empty()
                    : Optional.of(AlgebraicProfiles.symmetricNash(u, point.algebraic().get(), point.strategiesInUnknown().get())));
        } else if (Boolean.TRUE.equals(report.nash()) && !point.exact().isPresent()) {
            nashCert = "  (not certified: the point is an isolating box, not an exact algebraic number; regrets decided by interval arithmetic)";
        }
        lines.add("Nash:       " + nashText + " (Theorem 4.0.2); regrets " + String.join("; ", report.regrets()) + nashCert);
        json.put("nash", report.nash());
        lines.add("degenerate: " + (report.degeneracy().degenerate() ? "YES" : "no") + " (Definition 5.0.3): " + report.degeneracy().witness());
        json.put("degenerate", report.degeneracy().degenerate());
        SymmetricAnalysis.Stability s = report.stability();
        String st = s.stable() == null ? "not decided" : s.stable() ? "stable" : "UNSTABLE";
        lines.add("asymmetric: " + st + " — " + s.reason());
        if (!s.gain().isEmpty()) {
            lines.add("            gain: " + s.gain());
        }
        s.improvingProfile().ifPresent(p -> lines.add("            improving profile s' = " + ProfileText.render(p)));
        json.put("stable", s.stable());
        robustness(u, game, point);
        localOptima(u, game, store, baseName);
        json.put("stability", s.reason());
        s.improvingProfile().ifPresent(p -> json.put("improvingProfile", ProfileText.render(p)));
    }

    /** App. D, Theorem D.0.3, for the optimum rounded to two decimals. */
    private void robustness(SymmetricUtility u, NormalFormGame game, org.equicert.symmetric.SymmetricPoint point) {
        Rational[][] star = point.approximation();
        Rational[][] rounded = new Rational[star.length][];
        for (int q = 0; q < star.length; q++) {
            rounded[q] = new Rational[star[q].length];
            Rational total = Rational.ZERO;
            for (int a = 0; a < star[q].length; a++) {
                rounded[q][a] = Rational.of(star[q][a].multiply(Rational.of(100)).add(Rational.HALF).floor(), java.math.BigInteger.valueOf(100));
                total = total.add(rounded[q][a]);
            }
            for (int a = 0; a < star[q].length; a++) {
                rounded[q][a] = rounded[q][a].divide(total);
            }
        }
        if (point.exact().isEmpty()) {
            lines.add("App. D:     (Theorem D.0.3 is evaluated for rational optima only)");
            return;
        }
        org.equicert.symmetric.PerturbationBounds.StrategyBound b = tooLarge
                ? org.equicert.symmetric.PerturbationBounds.strategy(game, u.profile(point.exact().get()), u.profile(rounded), u.maxRegret(rounded))
                : org.equicert.symmetric.PerturbationBounds.strategy(game, u.profile(point.exact().get()), u.profile(rounded));
        lines.add("App. D:     the optimum rounded to 2 decimals is at total variation δ = " + b.distance() + ", so Theorem D.0.3 makes it "
                + shortRational(b.bound()) + "-Nash; its exact largest regret is " + shortRational(b.maxRegret())
                + (b.holds() ? " (within the bound)" : " (EXCEEDS the bound)") + "; under any ε-perturbation of the payoffs the optimum is 2ε-Nash (Prop. D.0.2)");
        json.put("theoremD03", Map.of("delta", b.distance().toString(), "bound", b.bound().toString(), "maxRegret", b.maxRegret().toString()));
        allChecked &= b.holds();
    }

    /** Every critical point per support face, classified (Definition 4.0.1); Nash checked at each local maximum. */
    private void localOptima(SymmetricUtility u, NormalFormGame game, CertificateStore store, String baseName) {
        long faces = 1;
        for (int q = 0; q < u.orbits().size(); q++) {
            faces *= (1L << u.actions(q)) - 1;
        }
        if (faces > 255) {
            lines.add("local optima: not enumerated (" + faces + " support faces)");
            return;
        }
        org.equicert.symmetric.LocalOptima.Result lo = org.equicert.symmetric.LocalOptima.find(u, (int) faces);
        lines.add("local optima (Definition 4.0.1), by support face:");
        List<Object> list = new ArrayList<>();
        org.equicert.game.ExpectedUtility eu = new org.equicert.game.ExpectedUtility(game);
        for (org.equicert.symmetric.LocalOptima.Critical c : lo.points()) {
            String kind = switch (c.kind()) {
                case STRICT_LOCAL_MAXIMUM -> "strict local maximum";
                case NOT_A_LOCAL_MAXIMUM -> "not a local maximum";
                default -> "undecided";
            };
            String nash = "";
            if (c.kind() == org.equicert.symmetric.LocalOptima.Kind.STRICT_LOCAL_MAXIMUM && c.point().exact().isPresent()) {
                boolean isNash = tooLarge ? u.maxRegret(c.point().exact().get()).isZero() : eu.isNash(u.profile(c.point().exact().get()));
                String where = tooLarge ? "checked exactly on the orbit payoff table" : "checked on the full game";
                nash = isNash ? "; Nash: YES (Theorem 4.0.2, " + where + ")" : "; Nash: NO — contradicts Theorem 4.0.2";
                allChecked &= isNash;
            }
            lines.add("            " + c.point().describe() + ": " + kind + " — " + c.reason() + nash);
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("point", c.point().describe());
            j.put("kind", c.kind().toString().toLowerCase());
            j.put("reason", c.reason());
            list.add(j);
        }
        for (int[][] face : lo.unresolvedFaces()) {
            lines.add("            UNRESOLVED face with supports " + java.util.Arrays.deepToString(face) + " (non-isolated critical points?)");
        }
        json.put("criticalPoints", list);
    }

    private static String shortUpper(SymmetricOptimum.Result opt) {
        return shortRational(opt.upper());
    }

    /** Small rationals exactly; others as exact fraction with a decimal beside. */
    private static String shortRational(Rational r) {
        String s = r.toString();
        return s.length() <= 16 ? s : s.length() <= 40 ? s + " ≈ " + r.toDecimalString(9) : "≈" + r.toDecimalString(12) + " (exact in --json)";
    }

    private static String actionNames(NormalFormGame game, List<List<Integer>> orbits) {
        List<String> out = new ArrayList<>();
        for (List<Integer> o : orbits) {
            out.add(String.join(", ", game.actions().get(o.get(0))));
        }
        return String.join("; ", out);
    }

    /**
     * The optimality claim: over the full payoff table for games up to {@link #CERTIFICATE_PROFILE_LIMIT}
     * profiles, through the count table for larger totally symmetric games, else none.
     */
    private java.util.Optional<Claim> optimumClaim(SymmetricUtility u, SymmetricOptimum.Result opt, java.util.Optional<Rational[][]> exactPoint) {
        if (!tooLarge) {
            return Optional.of(SymmetricClaims.bound(u, opt, exactPoint));
        }
        if (u.orbits().size() == 1 && u.countDetermined()) {
            return Optional.of(SymmetricClaims.countBound(u, opt, exactPoint));
        }
        return Optional.empty();
    }

    private String certify(CertificateStore store, String name, java.util.Optional<Claim> candidate) {
        if (store == null) {
            return "[not certified: --no-certify]";
        }
        if (candidate.isEmpty()) {
            return "[not certified: more than " + CERTIFICATE_PROFILE_LIMIT + " pure profiles; computed exactly, no certificate file]";
        }
        Claim claim = candidate.get();
        Verdict v = checker.check(claim);
        if (!v.accepted()) {
            allChecked = false;
            return "[NOT CERTIFIED: " + v.reason() + "]";
        }
        return "[certified: " + store.store(name, claim, v).certificate() + "]";
    }
}
