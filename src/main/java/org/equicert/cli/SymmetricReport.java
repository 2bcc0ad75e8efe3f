package org.equicert.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.equicert.api.Citation;
import org.equicert.bridge.AlgebraicProfiles;
import org.equicert.bridge.PayoffTables;
import org.equicert.bridge.SymmetricClaims;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Claim;
import org.equicert.certificate.NashClaim;
import org.equicert.certificate.PayoffTable;
import org.equicert.certificate.RegretClaim;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.game.symmetry.Permutation;
import org.equicert.game.symmetry.SymmetryGroup;
import org.equicert.number.Rational;
import org.equicert.symmetric.LocalOptima;
import org.equicert.symmetric.PerturbationBounds;
import org.equicert.symmetric.SymmetricAnalysis;
import org.equicert.symmetric.SymmetricOptimum;
import org.equicert.symmetric.SymmetricPoint;
import org.equicert.symmetric.SymmetricUtility;

/**
 * Seed 001 for one game: the certified P-invariant optimum and its properties, as text and JSON.
 *
 * <p>Every fact cites a certificate or says why it is not certified ({@link Facts}). Certified:
 * the optimum's bound (and its point and value when the bound claim states them); Nash at the
 * optimum and at every strict local maximum (a Nash claim, or the algebraic Nash claim at an
 * irrational point such as 2 − √2); Theorem D.0.3's conclusion for the rounded optimum r (an
 * ε-Nash claim at r); and regret claims ("the exact regrets of every action at s")
 * at the optimum, at the pure profile witnessing (non-)degeneracy, at the rounded optimum of App. D,
 * at every rational critical point classified by its regrets, and at the profile s'' between s and
 * the improving asymmetric profile s' (player i moved, player j not yet): from those regrets r the
 * gain is the sum EU(s') − EU(s) = Σ_b s'_j(b)·r_j(b) − Σ_a s_i(a)·r_i(a), because s and s' each
 * differ from s'' in one player. Not certified, with the reason: statements from theory (Theorem
 * 5.0.4, Proposition D.0.2, the t²·M expansion for every t), from the signs of a face
 * Hessian, at isolating boxes, and every claim over the full payoff table of a game with more than
 * {@link #CERTIFICATE_PROFILE_LIMIT} profiles (the ten robots: only the optimum is certified there,
 * through the count table). A claim stated twice (the same kind at the same profile) is checked
 * and written once and cited by every line that uses it.
 */
final class SymmetricReport {

    /** Games with more pure profiles than this are not written into certificate files (their data line holds the table). */
    static final int CERTIFICATE_PROFILE_LIMIT = 4096;

    private static final String TOO_LARGE = "more than " + CERTIFICATE_PROFILE_LIMIT
            + " pure profiles: it needs a claim over the full payoff table, which is not written; computed exactly";
    private static final String BOX = "the point is an isolating box, not an exact number; decided by interval arithmetic";
    private static final String IRRATIONAL = "the point is irrational (real algebraic); a regret claim needs a rational profile";
    private static final String HESSIAN = "the signs of the face Hessian; no claim kind states second-order conditions";
    private static final String NOT_THE_MAXIMISER = "the certificate states that this point attains the lower end of the bracket and"
            + " that no P-invariant profile exceeds the upper end; that it is the exact maximiser is from the exact critical-point solve on its face";
    private static final String ALGEBRAIC_POINT = "a critical point located by exact root isolation, with value in the certified bracket;"
            + " no claim kind states an irrational maximiser";
    private static final String ALGEBRAIC_VALUE = "the exact value at the algebraic point; the certificate brackets the optimum,"
            + " and no claim kind states an algebraic expected payoff";
    private static final String ALL_SUPPORTED_PROFILES = "a statement over every profile of supported actions; no single claim states it";
    private static final String THEOREM_504 = "Theorem 5.0.4 applied to the certified non-degeneracy above; no claim kind states"
            + " local optimality among asymmetric profiles";
    private static final String EXPANSION = "that EU changes by exactly t²·M for every small t is exact second-order algebra;"
            + " no claim kind states it for all t";
    private static final String SEARCH = "exact search of the second-order deviations; no claim kind states that none improves";
    private static final String EXCEEDS = "the largest regret exceeds Theorem D.0.3's bound, so no claim states it";
    private static final String PROPOSITION_D02 = "Proposition D.0.2 (theory), a statement about every perturbed game";

    final List<String> lines = new ArrayList<>();
    final Map<String, Object> json = new LinkedHashMap<>();
    final Facts facts;
    /** False once a theorem's check fails (Theorem 4.0.2's Nash test, Theorem D.0.3's bound). */
    private boolean theoremsHold = true;
    final SymmetricAnalysis.Report report;

    private final NormalFormGame game;
    private final SymmetricUtility utility;
    private final String baseName;
    private final boolean tooLarge;
    private final ExpectedUtility expected;
    private PayoffTable table;
    /** Citations of the claims checked so far, by kind and profile, so that each is checked and written once. */
    private final Map<String, Citation> checked = new HashMap<>();

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

    /**
     * Analyses the game and writes the report; with a null store nothing is certified (and the report says so once).
     * Cost: that of {@link SymmetricAnalysis#analyze} and {@link LocalOptima#find}, plus one check per distinct claim.
     */
    SymmetricReport(NormalFormGame game, List<List<Integer>> orbits, Rational tolerance, int maxPieces, String baseName, CertificateStore store) {
        if (!game.isCommonPayoff()) {
            throw new UserException("seed 001's results are about common-payoff games; in this game the players' payoffs differ");
        }
        this.game = game;
        this.baseName = baseName;
        this.tooLarge = game.profileCount() > CERTIFICATE_PROFILE_LIMIT;
        this.expected = new ExpectedUtility(game);
        this.facts = new Facts(lines, store);
        utility = SymmetricUtility.of(game, orbits);
        report = SymmetricAnalysis.analyze(utility, tolerance, maxPieces);
        facts.context("game:       " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        facts.context("orbits:     " + InfoCommand.oneBased(orbits) + "  (players in an orbit play the same strategy)");
        facts.noteIfNotRequested();
        json.put("game", game.title());
        json.put("orbits", InfoCommand.oneBased(orbits));
        optimum();
        facts.finish(json);
    }

    private void optimum() {
        SymmetricOptimum.Result opt = report.optimum();
        Optional<Rational[][]> exactPoint = report.point().flatMap(SymmetricPoint::exact);
        Optional<Claim> claim = optimumClaim(opt, exactPoint);
        Citation bound = claim.isPresent() ? facts.certify(baseName + "-symmetric-optimum", claim.get()) : notCertified(TOO_LARGE);
        // the bound claim's witness is the exact point exactly when its value lies in the bracket (as SymmetricClaims chooses it)
        Optional<Rational> witnessValue = exactPoint.map(utility::value)
                .filter(v -> v.compareTo(opt.lower()) >= 0 && v.compareTo(opt.upper()) <= 0);
        Rational lowerShown = witnessValue.orElse(opt.lower());
        String text = switch (opt.kind()) {
            case PURE -> "optimum:    exactly " + opt.upper() + ", attained by a pure profile";
            case MIXED -> "optimum:    mixed; value in [" + shortRational(lowerShown) + ", " + shortRational(opt.upper()) + "]"
                    + " (a rational mixed profile beats every pure one)";
            default -> "optimum:    value in [" + shortRational(opt.lower()) + ", " + shortRational(opt.upper()) + "]; pure versus mixed"
                    + " NOT decided within the budget (a tie?)";
        };
        facts.fact(text, bound);
        json.put("kind", opt.kind().toString().toLowerCase());
        json.put("lower", lowerShown.toString());
        json.put("upper", opt.upper().toString());
        json.put("bestPurePayoff", opt.bestPure().toString());
        if (report.point().isEmpty()) {
            facts.context("point:      not located exactly (only the bracket above is certified)");
            json.put("point", null);
            return;
        }
        SymmetricPoint point = report.point().get();
        Citation pointCitation;
        Citation valueCitation;
        if (witnessValue.isPresent()) {
            pointCitation = witnessValue.get().equals(opt.upper()) ? bound : notCertified(NOT_THE_MAXIMISER);
            valueCitation = bound;
        } else if (point.algebraic().isPresent()) {
            pointCitation = notCertified(ALGEBRAIC_POINT);
            valueCitation = notCertified(ALGEBRAIC_VALUE);
        } else {
            pointCitation = notCertified(exactPoint.isPresent() ? "its value is not in the certified bracket" : BOX);
            valueCitation = pointCitation;
        }
        facts.fact("point:      " + point.describe() + "   (per orbit, probabilities of " + actionNames() + ")", pointCitation);
        facts.fact("value:      " + report.value(), valueCitation);
        json.put("point", point.describe());
        json.put("value", report.value());
        nashAndRegrets(point, exactPoint);
        degeneracy();
        stability(point, exactPoint);
        robustness(point);
        localOptima();
    }

    private void nashAndRegrets(SymmetricPoint point, Optional<Rational[][]> exactPoint) {
        Optional<Rational[][]> profile = exactPoint.map(s -> utility.profile(s).toArray());
        Boolean nash = report.nash();
        Citation nashCitation;
        if (Boolean.TRUE.equals(nash) && profile.isPresent()) {
            nashCitation = nashClaim(baseName + "-symmetric-nash", profile.get());
        } else if (Boolean.TRUE.equals(nash) && point.algebraic().isPresent() && point.strategiesInUnknown().isPresent()) {
            nashCitation = algebraicNashClaim(baseName + "-symmetric-nash", point);
        } else if (Boolean.FALSE.equals(nash) && profile.isPresent()) {
            nashCitation = regretClaim(baseName + "-symmetric-regret", profile.get());
        } else {
            nashCitation = notCertified(point.algebraic().isPresent() ? IRRATIONAL : BOX);
        }
        String nashText = nash == null ? "not decided" : nash ? "YES" : "NO — contradicts Theorem 4.0.2";
        facts.fact("Nash:       " + nashText + " (Theorem 4.0.2)", nashCitation);
        json.put("nash", nash);
        Citation regrets;
        if (profile.isPresent()) {
            regrets = regretClaim(baseName + "-symmetric-regret", profile.get());
        } else if (Boolean.TRUE.equals(nash) && point.support().map(SymmetricReport::all).orElse(false)) {
            // at a Nash equilibrium no regret is positive and the average regret is 0, so every supported action has regret exactly 0
            regrets = nashCitation.from("Nash equilibrium with every action supported, so every regret is 0");
        } else {
            regrets = notCertified(point.algebraic().isPresent() ? IRRATIONAL : BOX);
        }
        facts.fact("regrets:    " + String.join("; ", report.regrets()), regrets);
    }

    private void degeneracy() {
        SymmetricAnalysis.Degeneracy d = report.degeneracy();
        Citation c = d.witnessProfile()
                .map(a -> regretClaim(baseName + "-symmetric-degeneracy-regret", pure(a)))
                .orElseGet(() -> notCertified(ALL_SUPPORTED_PROFILES));
        facts.fact("degenerate: " + (d.degenerate() ? "YES" : "no") + " (Definition 5.0.3): " + d.witness(), c);
        json.put("degenerate", d.degenerate());
    }

    private void stability(SymmetricPoint point, Optional<Rational[][]> exactPoint) {
        SymmetricAnalysis.Stability s = report.stability();
        json.put("stable", s.stable());
        json.put("stability", s.reason());
        s.improvingProfile().ifPresent(p -> json.put("improvingProfile", ProfileText.render(p)));
        if (s.stable() == null) {
            facts.fact("asymmetric: not decided — " + s.reason(), notCertified(SEARCH));
            return;
        }
        if (s.stable()) {
            facts.fact("asymmetric: stable — " + s.reason(), notCertified(THEOREM_504));
            return;
        }
        facts.fact("asymmetric: UNSTABLE — " + s.reason(), notCertified(EXPANSION));
        if (s.improvingProfile().isPresent() && exactPoint.isPresent()) {
            Rational[][] after = s.improvingProfile().get();
            facts.context("            s' = " + ProfileText.render(after) + "  (the two moves applied to s)");
            facts.fact("            gain: " + s.gain(), gain(utility.profile(exactPoint.get()).toArray(), after));
        } else {
            facts.fact("            gain: " + s.gain(), notCertified(point.algebraic().isPresent() ? IRRATIONAL : BOX));
        }
    }

    /**
     * The citation of EU(s') − EU(s) for profiles differing in two players i &lt; j: the regrets r at
     * s'' = (s'_i, s_−i) give it as Σ_b s'_j(b)·r_j(b) − Σ_a s_i(a)·r_i(a), checked here against the
     * direct evaluation. Cost: two passes over the payoff table plus the check of one regret claim.
     */
    private Citation gain(Rational[][] before, Rational[][] after) {
        if (tooLarge) {
            return notCertified(TOO_LARGE);
        }
        List<Integer> moved = new ArrayList<>();
        for (int k = 0; k < before.length; k++) {
            if (!Arrays.equals(before[k], after[k])) {
                moved.add(k);
            }
        }
        if (moved.size() != 2) {
            throw new IllegalStateException("the improving profile differs from s in " + moved.size() + " players, not 2");
        }
        int i = moved.get(0);
        int j = moved.get(1);
        Rational[][] between = between(before, after, i);
        Rational sum = gainFromRegrets(before, after, regrets(between), i, j);
        Rational direct = expected.payoff(0, MixedProfile.of(after)).subtract(expected.payoff(0, MixedProfile.of(before)));
        if (!sum.equals(direct)) {
            throw new IllegalStateException("EU(s') - EU(s) from the regrets at s'' is " + sum + ", directly " + direct);
        }
        return regretClaim(baseName + "-symmetric-deviation-regret", between).from("regrets r at s'' = " + ProfileText.render(between)
                + " (s' with player " + (j + 1) + " still at s), as s'_" + (j + 1) + "·r_" + (j + 1) + " − s_" + (i + 1) + "·r_" + (i + 1));
    }

    /** s'' = (s'_i, s_−i): {@code before} with player i's strategy taken from {@code after}. */
    static Rational[][] between(Rational[][] before, Rational[][] after, int i) {
        Rational[][] out = new Rational[before.length][];
        for (int k = 0; k < before.length; k++) {
            out[k] = (k == i ? after[k] : before[k]).clone();
        }
        return out;
    }

    /**
     * EU(s') − EU(s) in a common-payoff game, for s and s' that differ only in players i and j, from
     * the exact regrets r at s'' = {@link #between}(s, s', i): since s'' differs from s only in
     * player i and from s' only in player j, EU(s) = EU(s'') + Σ_a s_i(a)·r_i(a) and
     * EU(s') = EU(s'') + Σ_b s'_j(b)·r_j(b). Cost: O(actions of i and j).
     */
    static Rational gainFromRegrets(Rational[][] before, Rational[][] after, Rational[][] regretsBetween, int i, int j) {
        Rational sum = Rational.ZERO;
        for (int b = 0; b < after[j].length; b++) {
            sum = sum.add(after[j][b].multiply(regretsBetween[j][b]));
        }
        for (int a = 0; a < before[i].length; a++) {
            sum = sum.subtract(before[i][a].multiply(regretsBetween[i][a]));
        }
        return sum;
    }

    /** App. D, Theorem D.0.3, for the optimum rounded to two decimals. */
    private void robustness(SymmetricPoint point) {
        if (point.exact().isEmpty()) {
            facts.context("App. D:     (Theorem D.0.3 is evaluated for rational optima only)");
            return;
        }
        Rational[][] star = point.approximation();
        Rational[][] rounded = new Rational[star.length][];
        for (int q = 0; q < star.length; q++) {
            rounded[q] = new Rational[star[q].length];
            Rational total = Rational.ZERO;
            for (int a = 0; a < star[q].length; a++) {
                rounded[q][a] = Rational.of(star[q][a].multiply(Rational.of(100)).add(Rational.HALF).floor(), BigInteger.valueOf(100));
                total = total.add(rounded[q][a]);
            }
            for (int a = 0; a < star[q].length; a++) {
                rounded[q][a] = rounded[q][a].divide(total);
            }
        }
        MixedProfile optimum = utility.profile(point.exact().get());
        MixedProfile near = utility.profile(rounded);
        PerturbationBounds.StrategyBound b = tooLarge
                ? PerturbationBounds.strategy(game, optimum, near, utility.maxRegret(rounded))
                : PerturbationBounds.strategy(game, optimum, near);
        // the theorem's conclusion "r is bound-Nash" is itself an (ε-)Nash claim at r
        Citation conclusion = !b.holds() ? notCertified(EXCEEDS)
                : nashClaim(baseName + "-symmetric-rounded-epsilon-nash", near.toArray(), b.bound());
        facts.fact("App. D:     the optimum rounded to 2 decimals, r = " + SymmetricPoint.rational(rounded).describe() + ", is at total variation δ = "
                + b.distance() + " from it, so Theorem D.0.3 makes r " + shortRational(b.bound()) + "-Nash", conclusion);
        Citation largest = tooLarge ? regretClaim(baseName + "-symmetric-rounded-regret", near.toArray())
                : largestRegret(near.toArray(), b.maxRegret());
        facts.fact("            r's exact largest regret is " + shortRational(b.maxRegret()) + (b.holds() ? " (within the bound)" : " (EXCEEDS the bound)"),
                largest);
        facts.fact("            under any ε-perturbation of the payoffs the optimum is 2ε-Nash (Prop. D.0.2)", notCertified(PROPOSITION_D02));
        json.put("theoremD03", Map.of("delta", b.distance().toString(), "bound", b.bound().toString(), "maxRegret", b.maxRegret().toString()));
        theoremsHold &= b.holds();
    }

    /** The regret claim at {@code profile}, whose statement names its largest regret, after checking that this is {@code claimed}. */
    private Citation largestRegret(Rational[][] profile, Rational claimed) {
        Rational largest = Rational.ZERO;
        for (Rational[] row : regrets(profile)) {
            for (Rational r : row) {
                largest = largest.max(r);
            }
        }
        if (!largest.equals(claimed)) {
            throw new IllegalStateException("largest regret " + claimed + " differs from the regrets' maximum " + largest);
        }
        return regretClaim(baseName + "-symmetric-rounded-regret", profile);
    }

    /** Every critical point per support face, classified (Definition 4.0.1); Nash checked at each local maximum. */
    private void localOptima() {
        long faces = 1;
        for (int q = 0; q < utility.orbits().size(); q++) {
            faces *= (1L << utility.actions(q)) - 1;
        }
        if (faces > 255) {
            facts.context("local optima: not enumerated (" + faces + " support faces)");
            return;
        }
        LocalOptima.Result lo = LocalOptima.find(utility, (int) faces);
        facts.context("local optima (Definition 4.0.1), by support face:");
        List<Object> list = new ArrayList<>();
        for (int k = 0; k < lo.points().size(); k++) {
            LocalOptima.Critical c = lo.points().get(k);
            String kind = switch (c.kind()) {
                case STRICT_LOCAL_MAXIMUM -> "strict local maximum";
                case NOT_A_LOCAL_MAXIMUM -> "not a local maximum";
                default -> "undecided";
            };
            String name = baseName + "-symmetric-critical-" + (k + 1);
            Optional<Rational[][]> profile = c.point().exact().map(s -> utility.profile(s).toArray());
            Citation why;
            if (c.basis() == LocalOptima.Basis.HESSIAN) {
                why = notCertified(HESSIAN);
            } else if (profile.isPresent()) {
                why = regretClaim(name + "-regret", profile.get());
            } else {
                why = notCertified(c.point().algebraic().isPresent() ? IRRATIONAL : BOX);
            }
            facts.fact("            " + c.point().describe() + ": " + kind + " — " + c.reason(), why);
            if (c.kind() == LocalOptima.Kind.STRICT_LOCAL_MAXIMUM) {
                localNash(c.point(), profile, name + "-nash");
            }
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("point", c.point().describe());
            j.put("kind", c.kind().toString().toLowerCase());
            j.put("reason", c.reason());
            list.add(j);
        }
        for (int[][] face : lo.unresolvedFaces()) {
            facts.context("            UNRESOLVED face with supports " + Arrays.deepToString(face) + " (non-isolated critical points?)");
        }
        json.put("criticalPoints", list);
    }

    /** Theorem 4.0.2 at a strict local maximum: checked exactly, and certified by a Nash claim (rational or algebraic). */
    private void localNash(SymmetricPoint point, Optional<Rational[][]> profile, String name) {
        String indent = "                ";
        if (profile.isPresent()) {
            boolean isNash = tooLarge ? utility.maxRegret(point.exact().get()).isZero() : expected.isNash(MixedProfile.of(profile.get()));
            theoremsHold &= isNash;
            String where = tooLarge ? "checked exactly on the orbit payoff table" : "checked on the full game";
            if (isNash) {
                facts.fact(indent + "Nash: YES (Theorem 4.0.2, " + where + ")", nashClaim(name, profile.get()));
            } else {
                facts.fact(indent + "Nash: NO — contradicts Theorem 4.0.2", regretClaim(name, profile.get()));
            }
        } else if (point.algebraic().isPresent() && point.strategiesInUnknown().isPresent()) {
            facts.fact(indent + "Nash: YES (Theorem 4.0.2, the algebraic point checked on the full game)", algebraicNashClaim(name, point));
        }
    }

    /** The regret claim at the profile, checked once per profile. */
    private Citation regretClaim(String name, Rational[][] profile) {
        if (tooLarge) {
            return countRegret(name, profile).orElseGet(() -> notCertified(TOO_LARGE));
        }
        return once("regret " + ProfileText.render(profile), name, () -> new RegretClaim(table(), profile, regrets(profile)));
    }

    /**
     * For a game too large for full-table claims: the count-table regret claim at a profile in which
     * every player plays the same strategy, when the game is totally symmetric with count-determined
     * payoffs; checked once per profile.
     */
    private Optional<Citation> countRegret(String name, Rational[][] profile) {
        if (utility.orbits().size() != 1 || !utility.countDetermined()) {
            return Optional.empty();
        }
        for (Rational[] row : profile) {
            if (!Arrays.equals(row, profile[0])) {
                return Optional.empty();
            }
        }
        String key = "count-regret " + ProfileText.render(new Rational[][] {profile[0]});
        Citation c = checked.get(key);
        if (c == null) {
            c = facts.certify(name, SymmetricClaims.countRegret(utility, profile[0]));
            checked.put(key, c);
        }
        return Optional.of(c);
    }

    /** The Nash claim at the profile, checked once per profile. */
    private Citation nashClaim(String name, Rational[][] profile) {
        return nashClaim(name, profile, Rational.ZERO);
    }

    /** The ε-Nash claim at the profile (the Nash claim for ε = 0), checked once per profile and ε. */
    private Citation nashClaim(String name, Rational[][] profile, Rational epsilon) {
        if (tooLarge) {
            Optional<Citation> regrets = countRegret(name.replace("-nash", "-regret"), profile);
            if (regrets.isPresent() && utility.maxRegret(new Rational[][] {profile[0]}).compareTo(epsilon) <= 0) {
                return regrets.get().from("regrets at every player's strategy: none exceeds " + epsilon);
            }
            return notCertified(TOO_LARGE);
        }
        return once("nash " + epsilon + " " + ProfileText.render(profile), name, () -> new NashClaim(table(), profile, epsilon));
    }

    /** The algebraic Nash claim at an irrational P-invariant point in one unknown, checked once per point. */
    private Citation algebraicNashClaim(String name, SymmetricPoint point) {
        return once("algebraic-nash " + point.describe(), name,
                () -> AlgebraicProfiles.symmetricNash(utility, point.algebraic().get(), point.strategiesInUnknown().get()));
    }

    private Citation once(String key, String name, Supplier<Claim> claim) {
        if (tooLarge) {
            return notCertified(TOO_LARGE);
        }
        Citation c = checked.get(key);
        if (c == null) {
            c = facts.certify(name, claim.get());
            checked.put(key, c);
        }
        return c;
    }

    /** True when every theorem check held and no certificate was rejected. */
    boolean allChecked() {
        return theoremsHold && facts.allChecked();
    }

    private static Citation notCertified(String reason) {
        return Citation.notCertified(reason);
    }

    private PayoffTable table() {
        if (table == null) {
            table = PayoffTables.of(game);
        }
        return table;
    }

    private Rational[][] regrets(Rational[][] profile) {
        MixedProfile p = MixedProfile.of(profile);
        Rational[][] r = new Rational[game.playerCount()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = expected.regrets(i, p);
        }
        return r;
    }

    /** The pure profile with 0-based actions {@code a}, as probabilities. */
    private Rational[][] pure(List<Integer> a) {
        Rational[][] p = new Rational[a.size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new Rational[game.actionCount(i)];
            Arrays.fill(p[i], Rational.ZERO);
            p[i][a.get(i)] = Rational.ONE;
        }
        return p;
    }

    private static boolean all(boolean[][] support) {
        for (boolean[] row : support) {
            for (boolean b : row) {
                if (!b) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Small rationals exactly; others as exact fraction with a decimal beside. */
    private static String shortRational(Rational r) {
        String s = r.toString();
        return s.length() <= 16 ? s : s.length() <= 40 ? s + " ≈ " + r.toDecimalString(9) : "≈" + r.toDecimalString(12) + " (exact in --json)";
    }

    private String actionNames() {
        List<String> out = new ArrayList<>();
        for (List<Integer> o : utility.orbits()) {
            out.add(String.join(", ", game.actions().get(o.get(0))));
        }
        return String.join("; ", out);
    }

    /**
     * The optimality claim: over the full payoff table for games up to {@link #CERTIFICATE_PROFILE_LIMIT}
     * profiles, through the count table for larger totally symmetric games, else none.
     */
    private Optional<Claim> optimumClaim(SymmetricOptimum.Result opt, Optional<Rational[][]> exactPoint) {
        if (!tooLarge) {
            return Optional.of(SymmetricClaims.bound(utility, opt, exactPoint));
        }
        if (utility.orbits().size() == 1 && utility.countDetermined()) {
            return Optional.of(SymmetricClaims.countBound(utility, opt, exactPoint));
        }
        return Optional.empty();
    }
}
