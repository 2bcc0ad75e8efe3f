package org.equicert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.equicert.api.Citation;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Claim;
import org.equicert.certificate.NashClaim;
import org.equicert.certificate.RegretClaim;
import org.equicert.equilibrium.SupportEquilibria;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.input.InputLimits;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert compare GAME --claims FILE}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Regression-check another solver's list of equilibria against the exact, complete set.",
            "%nReads the claimed equilibria (Gambit 'NE,…' lines, lrsnash output, profile text such as 0.5,0.5;1,0, or JSON; decimals allowed and read exactly). For each claimed profile: is it exactly a Nash equilibrium, its exact largest regret, and which equilibrium or component it is (exactly, or approximately within --tolerance). Then lists the equilibria and components the claimed list misses. Each claim's Nash verdict and largest regret are certified (a Nash or regret certificate per claim), and for two players the exact set has a completeness certificate; which equilibrium or component a claim matches, and what the list misses, are computed exactly but not certified, and each line says which it is.",
            "%nExit status: 0 when every claim is exactly Nash and nothing is missed, 1 when there are discrepancies, 2 for input errors."},
        footer = {"", "Examples:",
            "  equicert compare examples/battle-of-the-sexes.nfg --claims examples/battle-of-the-sexes.gambit.txt",
            "  lrsnash game.txt > lrs.out && equicert compare game.nfg --claims lrs.out"})
final class CompareCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    CertificateOptions options = new CertificateOptions();

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @Option(names = "--max-claims", paramLabel = "N", description = "read at most N claimed profiles (default: ${DEFAULT-VALUE})")
    int maxClaims = InputLimits.DEFAULT.maxClaims();

    @Parameters(paramLabel = "GAME", description = "a Gambit .nfg file or an equicert .json game")
    Path gameFile;

    @Option(names = "--claims", required = true, paramLabel = "FILE", description = "the other solver's equilibria")
    Path claimsFile;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-6",
            description = "largest coordinate difference for a claim to count as approximating an equilibrium (exact rational; default: ${DEFAULT-VALUE})")
    String toleranceText;

    @Option(names = "--name", paramLabel = "NAME", description = "base name of the certificate files (default: derived from the claims file)")
    String name;

    @Option(names = "--max-boxes", paramLabel = "N", defaultValue = "20000", description = "box budget per polynomial support system (default: ${DEFAULT-VALUE})")
    int maxBoxes;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Rational tolerance = OptionValues.number("--tolerance", toleranceText);
        if (maxClaims < 1) {
            throw new UserException("--max-claims must be at least 1, got " + maxClaims);
        }
        if (tolerance.signum() < 0) {
            throw new UserException("--tolerance must not be negative");
        }
        InputLimits limits = input.limits().withMaxClaims(maxClaims);
        NormalFormGame game = GameFiles.read(gameFile, limits);
        List<ClaimedProfiles.Claimed> claims = ClaimedProfiles.read(claimsFile, game, limits);
        String base = name != null ? name : CertifyCommand.stem(claimsFile);
        CertificateStore store = options.store();
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> {
            Comparison c = new Comparison(game, claims, tolerance, base, store, maxBoxes, err);
            return options.print(out, c.json, c.lines, c.clean);
        });
    }

    /**
     * The comparison itself. Every fact printed cites a certificate or says why it is not
     * certified ({@link Facts}); the last line counts them.
     */
    static final class Comparison {
        final List<String> lines = new ArrayList<>();
        final Map<String, Object> json = new LinkedHashMap<>();
        final Facts facts;
        boolean clean = true;

        Comparison(NormalFormGame game, List<ClaimedProfiles.Claimed> claims, Rational tolerance, String base, CertificateStore store, int maxBoxes,
                PrintWriter progress) {
            facts = new Facts(lines, store);
            NashReport exact = NashReport.compute(game, base + "-exact", store, maxBoxes, progress);
            if (!exact.allChecked()) {
                clean = false;
            }
            ExpectedUtility eu = new ExpectedUtility(game);
            facts.context("game:     " + (game.title().isEmpty() ? "(untitled)" : game.title()));
            facts.noteIfNotRequested();
            facts.context("claims:   " + claims.size());
            json.put("game", game.title());
            int targets = targetCount(exact);
            boolean[] hit = new boolean[targets];
            String against = exact.twoPlayer != null
                    ? "exact comparison with the enumerated extreme equilibria; components are not certified"
                    : "exact comparison with the equilibria found by support enumeration, which has no completeness certificate";
            List<Object> claimJson = new ArrayList<>();
            for (int k = 0; k < claims.size(); k++) {
                ClaimedProfiles.Claimed cl = claims.get(k);
                Rational[][] p = cl.profile();
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("source", cl.where());
                j.put("profile", ProfileText.render(p));
                String head = String.format("  %3d  %s  (%s)", k + 1, ProfileText.render(p), cl.where());
                String problem = validity(p);
                if (problem != null) {
                    clean = false;
                    facts.context(head);
                    facts.fact("       not a mixed profile: " + problem, Citation.notCertified("exact arithmetic on the input"));
                    j.put("valid", false);
                    j.put("problem", problem);
                    Rational[][] normal = normalised(p, tolerance);
                    if (normal != null) {
                        // rounded output: matched after normalisation, still reported as not a distribution
                        int target = identify(exact, MixedProfile.of(normal), false, tolerance);
                        lines.add("       sums within the tolerance of 1: normalised for matching; " + (target >= 0
                                ? "approximates " + targetName(exact, target) : "matches no equilibrium within tolerance " + tolerance));
                        if (target >= 0) {
                            hit[target] = true;
                            j.put("approximates", targetName(exact, target));
                        }
                        j.put("normalised", true);
                    }
                    claimJson.add(j);
                    continue;
                }
                MixedProfile mp = MixedProfile.of(p);
                boolean nash = eu.isNash(mp);
                Rational regret = eu.maxRegret(mp);
                Claim claim;
                if (nash) {
                    claim = NashClaim.nash(PayoffTables.of(game), p);
                } else {
                    Rational[][] regrets = new Rational[game.playerCount()][];
                    for (int i = 0; i < regrets.length; i++) {
                        regrets[i] = eu.regrets(i, mp);
                    }
                    claim = new RegretClaim(PayoffTables.of(game), p, regrets);
                    clean = false;
                }
                Citation cert = facts.certify(base + "-claim" + (k + 1) + (nash ? "-nash" : "-regret"), claim);
                facts.context(head);
                facts.fact("       exactly Nash: " + (nash ? "yes" : "NO — largest regret " + NashReport.shortRational(regret)
                        + " ≈ " + regret.toDecimalString(12)), cert);
                int target = identify(exact, mp, nash, tolerance);
                if (target >= 0) {
                    hit[target] = true;
                    facts.fact("       " + (nash ? "is " : "approximates ") + targetName(exact, target)
                            + (nash ? "" : " (within tolerance " + tolerance + ")"), Citation.notCertified(against));
                    j.put(nash ? "is" : "approximates", targetName(exact, target));
                } else {
                    facts.fact("       matches no equilibrium" + (nash ? "" : " within tolerance " + tolerance), Citation.notCertified(against));
                    clean = false;
                }
                j.put("nash", nash);
                j.put("maxRegret", regret.toString());
                claimJson.add(j);
            }
            json.put("claims", claimJson);
            List<String> missed = new ArrayList<>();
            for (int t = 0; t < targets; t++) {
                if (!hit[t]) {
                    missed.add(targetName(exact, t));
                }
            }
            String unit = exact.twoPlayer != null ? "component" : "equilibrium";
            if (missed.isEmpty()) {
                facts.fact("missed:   none — the claims cover every " + unit + " of the exact set", Citation.notCertified(against));
            } else {
                clean = false;
                facts.fact("missed:   " + missed.size() + " (" + (exact.twoPlayer != null ? "components" : "equilibria")
                        + " of the exact set that no claim is in or approximates):", Citation.notCertified(against));
                for (String m : missed) {
                    facts.fact("       " + m, Citation.notCertified(against));
                }
            }
            json.put("missed", missed);
            if (exact.nPlayer != null && !exact.nPlayer.complete()) {
                facts.context("note:     the exact set is incomplete (undecided support profiles); run 'equicert nash' for details");
                json.put("exactSetComplete", false);
            }
            if (exact.completeness != null) {
                facts.fact("exact set: " + exact.completeness, exact.completenessCitation);
            }
            clean &= facts.allChecked();
            json.put("clean", clean);
            facts.finish(json);
        }

        private static String validity(Rational[][] p) {
            for (int i = 0; i < p.length; i++) {
                Rational s = Rational.ZERO;
                for (Rational x : p[i]) {
                    if (x.signum() < 0) {
                        return "player " + (i + 1) + " has a negative probability " + x;
                    }
                    s = s.add(x);
                }
                if (!s.equals(Rational.ONE)) {
                    return "player " + (i + 1) + "'s probabilities sum to " + s + " ≈ " + s.toDecimalString(12) + ", not 1";
                }
            }
            return null;
        }

        /**
         * The claim with each player's probabilities divided by their sum, when no probability is
         * below −tolerance and every sum is within tolerance of 1 (negatives set to 0 first); else null.
         */
        private static Rational[][] normalised(Rational[][] p, Rational tolerance) {
            Rational[][] out = new Rational[p.length][];
            for (int i = 0; i < p.length; i++) {
                out[i] = new Rational[p[i].length];
                Rational s = Rational.ZERO;
                for (int a = 0; a < p[i].length; a++) {
                    if (p[i][a].compareTo(tolerance.negate()) < 0) {
                        return null;
                    }
                    out[i][a] = p[i][a].max(Rational.ZERO);
                    s = s.add(out[i][a]);
                }
                if (s.subtract(Rational.ONE).abs().compareTo(tolerance) > 0 || s.signum() == 0) {
                    return null;
                }
                for (int a = 0; a < p[i].length; a++) {
                    out[i][a] = out[i][a].divide(s);
                }
            }
            return out;
        }

        /** Targets: components (two players) or isolated equilibria then continua (n players). */
        private static int targetCount(NashReport r) {
            return r.twoPlayer != null ? r.twoPlayer.components().size() : r.nPlayer.isolated().size() + r.nPlayer.continua().size();
        }

        private static String targetName(NashReport r, int t) {
            if (r.twoPlayer != null) {
                TwoPlayerNashSet.Component c = r.twoPlayer.components().get(t);
                if (c.dimension() == 0) {
                    return "component " + (t + 1) + ": the isolated equilibrium "
                            + r.twoPlayer.extremeEquilibria().get(c.extremeEquilibria().get(0)).profile();
                }
                List<String> ex = new ArrayList<>();
                for (int e : c.extremeEquilibria()) {
                    ex.add(r.twoPlayer.extremeEquilibria().get(e).profile().toString());
                }
                return "component " + (t + 1) + ": a continuum of dimension " + c.dimension() + " with extreme equilibria " + ex;
            }
            int iso = r.nPlayer.isolated().size();
            if (t < iso) {
                SupportEquilibria.Isolated e = r.nPlayer.isolated().get(t);
                return "equilibrium " + (t + 1) + ": " + (e.exact().isPresent() ? e.exact().get().toString() : "in the isolating box " + boxText(e.box()));
            }
            SupportEquilibria.Continuum c = r.nPlayer.continua().get(t - iso);
            return "continuum " + (t - iso + 1) + " of dimension " + c.dimension() + ", e.g. " + c.witness();
        }

        private static String boxText(RationalInterval[][] box) {
            List<String> players = new ArrayList<>();
            for (RationalInterval[] row : box) {
                List<String> xs = new ArrayList<>();
                for (RationalInterval iv : row) {
                    xs.add(NashReport.interval(iv));
                }
                players.add(String.join(",", xs));
            }
            return String.join(";", players);
        }

        /** The target the profile is (when Nash) or approximates (within tolerance); −1 if none. */
        private static int identify(NashReport r, MixedProfile p, boolean nash, Rational tolerance) {
            if (r.twoPlayer != null) {
                TwoPlayerNashSet s = r.twoPlayer;
                for (int t = 0; t < s.components().size(); t++) {
                    for (int e : s.components().get(t).extremeEquilibria()) {
                        if (distance(p, s.extremeEquilibria().get(e).profile()).compareTo(nash ? Rational.ZERO : tolerance) <= 0) {
                            return t;
                        }
                    }
                }
                if (nash) {
                    // a non-extreme equilibrium: the component of any extreme equilibrium sharing its best-response structure
                    for (int t = 0; t < s.components().size(); t++) {
                        for (int e : s.components().get(t).extremeEquilibria()) {
                            MixedProfile q = s.extremeEquilibria().get(e).profile();
                            if (interchangeable(r.game, p, q)) {
                                return t;
                            }
                        }
                    }
                }
                return -1;
            }
            SupportEquilibria s = r.nPlayer;
            for (int t = 0; t < s.isolated().size(); t++) {
                SupportEquilibria.Isolated e = s.isolated().get(t);
                if (e.exact().isPresent()) {
                    if (distance(p, e.exact().get()).compareTo(nash ? Rational.ZERO : tolerance) <= 0) {
                        return t;
                    }
                } else if (!nash && boxDistance(p, e.box()).compareTo(tolerance) <= 0) {
                    return t;
                }
            }
            for (int t = 0; t < s.continua().size(); t++) {
                if (nash && sameSupports(p, s.continua().get(t).supports())) {
                    return s.isolated().size() + t;
                }
            }
            return -1;
        }

        /** Whether (p's row, q's column) and (q's row, p's column) are both equilibria: same Nash subset side. */
        private static boolean interchangeable(NormalFormGame g, MixedProfile p, MixedProfile q) {
            ExpectedUtility eu = new ExpectedUtility(g);
            return eu.isNash(MixedProfile.of(new Rational[][] {p.strategy(0), q.strategy(1)}))
                    && eu.isNash(MixedProfile.of(new Rational[][] {q.strategy(0), p.strategy(1)}));
        }

        private static boolean sameSupports(MixedProfile p, int[][] supports) {
            for (int i = 0; i < supports.length; i++) {
                if (!java.util.Arrays.equals(p.support(i), supports[i])) {
                    return false;
                }
            }
            return true;
        }

        private static Rational distance(MixedProfile p, MixedProfile q) {
            Rational d = Rational.ZERO;
            for (int i = 0; i < p.playerCount(); i++) {
                for (int a = 0; a < p.strategy(i).length; a++) {
                    d = d.max(p.probability(i, a).subtract(q.probability(i, a)).abs());
                }
            }
            return d;
        }

        private static Rational boxDistance(MixedProfile p, RationalInterval[][] box) {
            Rational d = Rational.ZERO;
            for (int i = 0; i < box.length; i++) {
                for (int a = 0; a < box[i].length; a++) {
                    Rational x = p.probability(i, a);
                    Rational gap = x.compareTo(box[i][a].lower()) < 0 ? box[i][a].lower().subtract(x)
                            : x.compareTo(box[i][a].upper()) > 0 ? x.subtract(box[i][a].upper()) : Rational.ZERO;
                    d = d.max(gap);
                }
            }
            return d;
        }
    }
}
