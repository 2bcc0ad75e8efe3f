package org.equicert.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.bridge.ProfileClaims;
import org.equicert.certificate.Claim;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputLimits;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * The comparison job: regression-checks another solver's list of equilibria against the exact,
 * complete set ({@link NashSets}). Per claim: exactly Nash or not and its exact largest regret
 * (a {@code nash} or {@code regret} certificate), and the target of the exact set it is, or
 * approximates within the tolerance (max-norm); then the targets the list misses.
 *
 * <p>Cost: the Nash-set job, plus per claim O(n·|A|·max actions) exact arithmetic, one checker
 * run, and a scan of the exact set's extreme equilibria (two players, with an interchangeability
 * test for a non-extreme equilibrium) or isolated equilibria and continua. Thread-safe.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * Reads the claims in {@code claimsFile} ({@link ClaimedProfiles}) and compares them.
     *
     * @throws org.equicert.input.InputFileException with file:line:column if the file is unreadable or malformed
     */
    public static ComparisonResult compare(NormalFormGame game, Path claimsFile, CompareOptions options) {
        return compare(game, ClaimedProfiles.read(claimsFile, game, InputLimits.DEFAULT), options);
    }

    /**
     * Compares {@code claims} with the exact Nash set of {@code game}.
     *
     * @throws IllegalArgumentException if a claim does not have one entry per player and action, or
     *     the game has one player
     */
    public static ComparisonResult compare(NormalFormGame game, List<ClaimedProfile> claims, CompareOptions options) {
        for (ClaimedProfile c : claims) {
            ProfileCertification.array(game, c.profile());
        }
        NashSetResult exact = NashSets.solve(game, options.nashOptions());
        Certifier certifier = options.certifier();
        boolean clean = exact.allChecked();
        ExpectedUtility eu = new ExpectedUtility(game);
        Rational tolerance = options.tolerance();
        int targets = targetCount(exact.set());
        boolean[] hit = new boolean[targets];
        String against = exact.set() instanceof BimatrixNashSet
                ? "exact comparison with the enumerated extreme equilibria; components are not certified"
                : "exact comparison with the equilibria found by support enumeration, which has no completeness certificate";
        List<ComparisonResult.ClaimVerdict> verdicts = new ArrayList<>();
        for (int k = 0; k < claims.size(); k++) {
            ClaimedProfile cl = claims.get(k);
            Rational[][] p = cl.toArray();
            Optional<String> problem = validity(p);
            if (problem.isPresent()) {
                clean = false;
                Optional<Rational[][]> normal = normalised(p, tolerance);
                Optional<Integer> target = normal.flatMap(q -> identify(game, exact.set(), MixedProfile.of(q), false, tolerance));
                target.ifPresent(t -> hit[t] = true);
                verdicts.add(new ComparisonResult.ClaimVerdict(cl, Optional.of(new ComparisonResult.InvalidClaim(problem.get(),
                        Citation.notCertified("exact arithmetic on the input"), normal.isPresent(), target)), Optional.empty()));
                continue;
            }
            MixedProfile mp = MixedProfile.of(p);
            boolean nash = eu.isNash(mp);
            Claim claim = nash ? ProfileClaims.nash(game, p) : ProfileClaims.regret(game, p);
            clean &= nash;
            Citation cert = certifier.certify(options.baseName() + "-claim" + (k + 1) + (nash ? "-nash" : "-regret"), claim);
            Optional<Integer> target = identify(game, exact.set(), mp, nash, tolerance);
            target.ifPresentOrElse(t -> hit[t] = true, () -> { });
            clean &= target.isPresent();
            verdicts.add(new ComparisonResult.ClaimVerdict(cl, Optional.empty(),
                    Optional.of(new ComparisonResult.EvaluatedClaim(nash, eu.maxRegret(mp), cert, target))));
        }
        List<Integer> missed = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            if (!hit[t]) {
                missed.add(t);
            }
        }
        clean &= missed.isEmpty() && certifier.allChecked();
        return new ComparisonResult(game, exact, tolerance, verdicts, Citation.notCertified(against), missed, clean,
                certifier.certificates(), certifier.allChecked(), certifier.requested());
    }

    private static Optional<String> validity(Rational[][] p) {
        for (int i = 0; i < p.length; i++) {
            Rational s = Rational.ZERO;
            for (Rational x : p[i]) {
                if (x.signum() < 0) {
                    return Optional.of("player " + (i + 1) + " has a negative probability " + x);
                }
                s = s.add(x);
            }
            if (!s.equals(Rational.ONE)) {
                return Optional.of("player " + (i + 1) + "'s probabilities sum to " + s + " ≈ " + s.toDecimalString(12) + ", not 1");
            }
        }
        return Optional.empty();
    }

    /**
     * The claim with each player's probabilities divided by their sum, when no probability is below
     * −tolerance and every sum is within tolerance of 1 (negatives set to 0 first); else empty.
     */
    private static Optional<Rational[][]> normalised(Rational[][] p, Rational tolerance) {
        Rational[][] out = new Rational[p.length][];
        for (int i = 0; i < p.length; i++) {
            out[i] = new Rational[p[i].length];
            Rational s = Rational.ZERO;
            for (int a = 0; a < p[i].length; a++) {
                if (p[i][a].compareTo(tolerance.negate()) < 0) {
                    return Optional.empty();
                }
                out[i][a] = p[i][a].max(Rational.ZERO);
                s = s.add(out[i][a]);
            }
            if (s.subtract(Rational.ONE).abs().compareTo(tolerance) > 0 || s.signum() == 0) {
                return Optional.empty();
            }
            for (int a = 0; a < p[i].length; a++) {
                out[i][a] = out[i][a].divide(s);
            }
        }
        return Optional.of(out);
    }

    private static int targetCount(NashSet set) {
        if (set instanceof BimatrixNashSet s) {
            return s.components().size();
        }
        SupportNashSet s = (SupportNashSet) set;
        return s.isolated().size() + s.continua().size();
    }

    /** The target the profile is (when Nash) or approximates (within tolerance). */
    private static Optional<Integer> identify(NormalFormGame game, NashSet set, MixedProfile p, boolean nash, Rational tolerance) {
        Rational within = nash ? Rational.ZERO : tolerance;
        if (set instanceof BimatrixNashSet s) {
            for (int t = 0; t < s.components().size(); t++) {
                for (int e : s.components().get(t).extremeEquilibria()) {
                    if (distance(p, s.extremeEquilibria().get(e).profile()).compareTo(within) <= 0) {
                        return Optional.of(t);
                    }
                }
            }
            if (nash) {
                // a non-extreme equilibrium: the component of any extreme equilibrium sharing its best-response structure
                for (int t = 0; t < s.components().size(); t++) {
                    for (int e : s.components().get(t).extremeEquilibria()) {
                        if (interchangeable(game, p, s.extremeEquilibria().get(e).profile())) {
                            return Optional.of(t);
                        }
                    }
                }
            }
            return Optional.empty();
        }
        SupportNashSet s = (SupportNashSet) set;
        for (int t = 0; t < s.isolated().size(); t++) {
            SupportNashSet.Isolated e = s.isolated().get(t);
            if (e.exact().isPresent()) {
                if (distance(p, e.exact().get().profile()).compareTo(within) <= 0) {
                    return Optional.of(t);
                }
            } else if (!nash && boxDistance(p, e.box().orElseThrow().probabilities()).compareTo(tolerance) <= 0) {
                return Optional.of(t);
            }
        }
        for (int t = 0; t < s.continua().size(); t++) {
            if (nash && sameSupports(p, s.continua().get(t).supports())) {
                return Optional.of(s.isolated().size() + t);
            }
        }
        return Optional.empty();
    }

    /** Whether (p's row, q's column) and (q's row, p's column) are both equilibria: same Nash subset side. */
    private static boolean interchangeable(NormalFormGame g, MixedProfile p, MixedProfile q) {
        ExpectedUtility eu = new ExpectedUtility(g);
        return eu.isNash(MixedProfile.of(new Rational[][] {p.strategy(0), q.strategy(1)}))
                && eu.isNash(MixedProfile.of(new Rational[][] {q.strategy(0), p.strategy(1)}));
    }

    private static boolean sameSupports(MixedProfile p, List<List<Integer>> supports) {
        for (int i = 0; i < supports.size(); i++) {
            if (!Arrays.equals(p.support(i), supports.get(i).stream().mapToInt(Integer::intValue).toArray())) {
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

    private static Rational boxDistance(MixedProfile p, List<List<RationalInterval>> box) {
        Rational d = Rational.ZERO;
        for (int i = 0; i < box.size(); i++) {
            for (int a = 0; a < box.get(i).size(); a++) {
                Rational x = p.probability(i, a);
                RationalInterval iv = box.get(i).get(a);
                Rational gap = x.compareTo(iv.lower()) < 0 ? iv.lower().subtract(x)
                        : x.compareTo(iv.upper()) > 0 ? x.subtract(iv.upper()) : Rational.ZERO;
                d = d.max(gap);
            }
        }
        return d;
    }
}
