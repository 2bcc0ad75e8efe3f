package org.equicert.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.bridge.SymmetricClaims;
import org.equicert.certificate.Claim;
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
 * Seed 001's job for one common-payoff game: the certified optimum over P-invariant profiles, its
 * exact point, Nash (Theorem 4.0.2), degeneracy (Definition 5.0.3), stability to asymmetric
 * deviations (Theorem 5.0.4), Theorem D.0.3 for the rounded optimum, and the local optima of every
 * support face (Definition 4.0.1).
 *
 * <p>Certified: the optimum's bound (and its point and value when the bound claim states them);
 * Nash at the optimum and at every strict local maximum (a Nash claim, or the algebraic Nash claim
 * at an irrational point such as 2 − √2); Theorem D.0.3's conclusion for the rounded optimum r (an
 * ε-Nash claim at r); and regret claims at the optimum, at the pure profile witnessing
 * (non-)degeneracy, at r, at every rational critical point classified by its regrets, and at the
 * profile s'' between s and the improving asymmetric profile s'. Every other fact carries the
 * reason it is not certified. Games with more than 4096 pure profiles get only count-table claims
 * (when totally symmetric with count-determined payoffs).
 *
 * <p>Cost: that of {@link SymmetricAnalysis#analyze} (branch and bound on the Bernstein form, at
 * most {@code maxPieces} pieces) and {@link LocalOptima#find} (at most 255 faces), plus one checker
 * run per distinct claim.
 */
public final class SymmetricOptima {

    private static final int MAX_FACES = 255;
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

    private SymmetricOptima() {
    }

    /**
     * Parses generators of P in 1-based cycle notation, several separated by ';' (e.g.
     * {@code (1 3)(2 4)}), each checked to be a symmetry of the game. O(generators · profiles).
     *
     * @throws IllegalArgumentException naming the generator that does not parse or is not a symmetry
     */
    public static List<Permutation> generators(NormalFormGame game, String text) {
        List<Permutation> ps = new ArrayList<>();
        for (String part : text.split(";")) {
            Permutation p = Permutation.parseCycles(part.strip(), game.playerCount());
            if (!SymmetryGroup.isSymmetry(game, p)) {
                throw new IllegalArgumentException(p + " is not a symmetry of the game (it does not permute the payoffs),"
                        + " so P is not a subset of Γ(G)");
            }
            ps.add(p);
        }
        return List.copyOf(ps);
    }

    /**
     * Orbits of ⟨P⟩ (0-based players) for the given generators, or, with none, of Γ(G) (one orbit
     * when the game is totally symmetric, found for any number of players).
     *
     * @throws IllegalArgumentException if a generator is not a symmetry of the game, or there are
     *     none and the game is not totally symmetric and has more than {@link SymmetryGroup#MAX_PLAYERS} players
     */
    public static List<List<Integer>> orbits(NormalFormGame game, List<Permutation> generators) {
        int n = game.playerCount();
        if (!generators.isEmpty()) {
            for (Permutation p : generators) {
                if (p.size() != n || !SymmetryGroup.isSymmetry(game, p)) {
                    throw new IllegalArgumentException(p + " is not a symmetry of the game (it does not permute the payoffs),"
                            + " so P is not a subset of Γ(G)");
                }
            }
            return SymmetryGroup.orbits(n, generators);
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
            throw new IllegalArgumentException("the game is not totally symmetric and has more than " + SymmetryGroup.MAX_PLAYERS
                    + " players: give P with --generators");
        }
        return SymmetryGroup.of(game).orbits();
    }

    /**
     * Analyses the game, certifying into {@code options.certificates()} (nothing when empty).
     *
     * @throws IllegalArgumentException if the game is not common-payoff, or P is invalid (see {@link #orbits})
     */
    public static SymmetricResult analyze(NormalFormGame game, SymmetricOptions options) {
        return analyze(game, options, options.certificates().map(Certifier::into).orElseGet(Certifier::disabled));
    }

    /**
     * Analyses the game, certifying with {@code certifier} (for callers sharing one certificate
     * store across jobs); {@code options.certificates()} is ignored.
     *
     * @throws IllegalArgumentException if the game is not common-payoff, or P is invalid (see {@link #orbits})
     */
    public static SymmetricResult analyze(NormalFormGame game, SymmetricOptions options, Certifier certifier) {
        List<List<Integer>> orbits = orbits(game, options.generators());
        if (!game.isCommonPayoff()) {
            throw new IllegalArgumentException("seed 001's results are about common-payoff games; in this game the players' payoffs differ");
        }
        SymmetricUtility utility = SymmetricUtility.of(game, orbits);
        SymmetricAnalysis.Report report = SymmetricAnalysis.analyze(utility, options.tolerance(), options.maxPieces());
        return new Analysis(game, utility, report, new SymmetricCitations(game, utility, options.baseName(), certifier), certifier).result();
    }

    /** One analysis: turns the engine's report into the result's facts, certifying in the order they are stated. */
    private static final class Analysis {

        private final NormalFormGame game;
        private final SymmetricUtility utility;
        private final SymmetricAnalysis.Report report;
        private final SymmetricCitations claims;
        private final Certifier certifier;
        private boolean theoremsHold = true;

        Analysis(NormalFormGame game, SymmetricUtility utility, SymmetricAnalysis.Report report, SymmetricCitations claims,
                Certifier certifier) {
            this.game = game;
            this.utility = utility;
            this.report = report;
            this.claims = claims;
            this.certifier = certifier;
        }

        SymmetricResult result() {
            SymmetricOptimum.Result opt = report.optimum();
            Optional<Rational[][]> exactPoint = report.point().flatMap(SymmetricPoint::exact);
            Optional<Claim> claim = optimumClaim(opt, exactPoint);
            Citation bound = claim.isPresent() ? claims.certify(claims.name("-symmetric-optimum"), claim.get())
                    : Citation.notCertified(SymmetricCitations.TOO_LARGE);
            // the bound claim's witness is the exact point exactly when its value lies in the bracket (as SymmetricClaims chooses it)
            Optional<Rational> witnessValue = exactPoint.map(utility::value)
                    .filter(v -> v.compareTo(opt.lower()) >= 0 && v.compareTo(opt.upper()) <= 0);
            SymmetricResult.Optimum optimum = new SymmetricResult.Optimum(opt.kind(), opt.lower(), witnessValue, opt.upper(), opt.bestPure(), bound);
            Optional<SymmetricResult.OptimalPoint> point = report.point().map(p -> point(p, exactPoint, witnessValue, bound));
            List<List<String>> names = new ArrayList<>();
            for (List<Integer> o : utility.orbits()) {
                names.add(game.actions().get(o.get(0)));
            }
            return new SymmetricResult(game.title(), utility.orbits(), names, optimum, point, theoremsHold, certifier.certificates(),
                    certifier.requested(), theoremsHold && certifier.allChecked());
        }

        private SymmetricResult.OptimalPoint point(SymmetricPoint point, Optional<Rational[][]> exactPoint, Optional<Rational> witnessValue,
                Citation bound) {
            Citation pointCitation;
            Citation valueCitation;
            if (witnessValue.isPresent()) {
                pointCitation = witnessValue.get().equals(report.optimum().upper()) ? bound : Citation.notCertified(NOT_THE_MAXIMISER);
                valueCitation = bound;
            } else if (point.algebraic().isPresent()) {
                pointCitation = Citation.notCertified(ALGEBRAIC_POINT);
                valueCitation = Citation.notCertified(ALGEBRAIC_VALUE);
            } else {
                pointCitation = Citation.notCertified(exactPoint.isPresent() ? "its value is not in the certified bracket" : SymmetricCitations.BOX);
                valueCitation = pointCitation;
            }
            Optional<Rational[][]> profile = exactPoint.map(s -> utility.profile(s).toArray());
            SymmetricResult.Decision nash = decision(report.nash());
            Citation nashCitation = nashCitation(point, profile, nash);
            Citation regrets;
            if (profile.isPresent()) {
                regrets = claims.regret(claims.name("-symmetric-regret"), profile.get());
            } else if (nash == SymmetricResult.Decision.YES && point.support().map(SymmetricOptima::all).orElse(false)) {
                // at a Nash equilibrium no regret is positive and the average regret is 0, so every supported action has regret exactly 0
                regrets = nashCitation.from("Nash equilibrium with every action supported, so every regret is 0");
            } else {
                regrets = irrationalOrBox(point);
            }
            SymmetricResult.Degeneracy degeneracy = degeneracy();
            SymmetricResult.Stability stability = stability(point, exactPoint);
            Optional<SymmetricResult.Robustness> robustness = robustness(point);
            SymmetricResult.LocalOptimaFacts local = localOptima();
            return new SymmetricResult.OptimalPoint(point.describe(), ExactPoints.coordinates(point), pointCitation, report.value(),
                    ExactPoints.value(utility, point), valueCitation, nash, nashCitation, report.regrets(), regrets, degeneracy, stability,
                    robustness, local);
        }

        private Citation nashCitation(SymmetricPoint point, Optional<Rational[][]> profile, SymmetricResult.Decision nash) {
            if (nash == SymmetricResult.Decision.YES && profile.isPresent()) {
                return claims.nash(claims.name("-symmetric-nash"), profile.get());
            }
            if (nash == SymmetricResult.Decision.YES && point.algebraic().isPresent() && point.strategiesInUnknown().isPresent()) {
                return claims.algebraicNash(claims.name("-symmetric-nash"), point);
            }
            if (nash == SymmetricResult.Decision.NO && profile.isPresent()) {
                return claims.regret(claims.name("-symmetric-regret"), profile.get());
            }
            return irrationalOrBox(point);
        }

        private SymmetricResult.Degeneracy degeneracy() {
            SymmetricAnalysis.Degeneracy d = report.degeneracy();
            Citation c = d.witnessProfile()
                    .map(a -> claims.regret(claims.name("-symmetric-degeneracy-regret"), claims.pure(a)))
                    .orElseGet(() -> Citation.notCertified(ALL_SUPPORTED_PROFILES));
            return new SymmetricResult.Degeneracy(d.degenerate(), d.witness(), c);
        }

        private SymmetricResult.Stability stability(SymmetricPoint point, Optional<Rational[][]> exactPoint) {
            SymmetricAnalysis.Stability s = report.stability();
            if (s.stable() == SymmetricAnalysis.Decision.UNDECIDED) {
                return new SymmetricResult.Stability(SymmetricResult.Decision.UNDECIDED, s.reason(), Citation.notCertified(SEARCH),
                        s.improvingProfile(), Optional.empty());
            }
            if (s.stable() == SymmetricAnalysis.Decision.YES) {
                return new SymmetricResult.Stability(SymmetricResult.Decision.YES, s.reason(), Citation.notCertified(THEOREM_504),
                        s.improvingProfile(), Optional.empty());
            }
            SymmetricResult.Gain gain;
            if (s.improvingProfile().isPresent() && exactPoint.isPresent()) {
                Rational[][] after = s.improvingProfile().get();
                gain = new SymmetricResult.Gain(s.gain(), Optional.of(after), claims.gain(utility.profile(exactPoint.get()).toArray(), after));
            } else {
                gain = new SymmetricResult.Gain(s.gain(), Optional.empty(), irrationalOrBox(point));
            }
            return new SymmetricResult.Stability(SymmetricResult.Decision.NO, s.reason(), Citation.notCertified(EXPANSION),
                    s.improvingProfile(), Optional.of(gain));
        }

        /** App. D, Theorem D.0.3, for the optimum rounded to two decimals; empty for irrational optima. */
        private Optional<SymmetricResult.Robustness> robustness(SymmetricPoint point) {
            if (point.exact().isEmpty()) {
                return Optional.empty();
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
            var optimum = utility.profile(point.exact().get());
            var near = utility.profile(rounded);
            PerturbationBounds.StrategyBound b = claims.tooLarge()
                    ? PerturbationBounds.strategy(game, optimum, near, utility.maxRegret(rounded))
                    : PerturbationBounds.strategy(game, optimum, near);
            // the theorem's conclusion "r is bound-Nash" is itself an (ε-)Nash claim at r
            Citation conclusion = !b.holds() ? Citation.notCertified(EXCEEDS)
                    : claims.nash(claims.name("-symmetric-rounded-epsilon-nash"), near.toArray(), b.bound());
            String name = claims.name("-symmetric-rounded-regret");
            Citation largest = claims.tooLarge() ? claims.regret(name, near.toArray()) : claims.largestRegret(name, near.toArray(), b.maxRegret());
            theoremsHold &= b.holds();
            return Optional.of(new SymmetricResult.Robustness(rounded, SymmetricPoint.rational(rounded).describe(), b.distance(), b.bound(),
                    b.maxRegret(), conclusion, largest, Citation.notCertified(PROPOSITION_D02)));
        }

        /** Every critical point per support face, classified (Definition 4.0.1); Nash checked at each local maximum. */
        private SymmetricResult.LocalOptimaFacts localOptima() {
            long faces = 1;
            for (int q = 0; q < utility.orbits().size(); q++) {
                faces *= (1L << utility.actions(q)) - 1;
            }
            if (faces > MAX_FACES) {
                return new SymmetricResult.LocalOptimaFacts(faces, false, List.of(), List.of());
            }
            LocalOptima.Result lo = LocalOptima.find(utility, (int) faces);
            List<SymmetricResult.CriticalPoint> points = new ArrayList<>();
            for (int k = 0; k < lo.points().size(); k++) {
                LocalOptima.Critical c = lo.points().get(k);
                String name = claims.name("-symmetric-critical-" + (k + 1));
                Optional<Rational[][]> profile = c.point().exact().map(s -> utility.profile(s).toArray());
                Citation why;
                if (c.basis() == LocalOptima.Basis.HESSIAN) {
                    why = Citation.notCertified(HESSIAN);
                } else if (profile.isPresent()) {
                    why = claims.regret(name + "-regret", profile.get());
                } else {
                    why = irrationalOrBox(c.point());
                }
                Optional<SymmetricResult.LocalNash> nash = c.kind() == LocalOptima.Kind.STRICT_LOCAL_MAXIMUM
                        ? localNash(c.point(), profile, name + "-nash") : Optional.empty();
                points.add(new SymmetricResult.CriticalPoint(c.point().describe(), ExactPoints.coordinates(c.point()), c.kind(), c.reason(),
                        why, nash));
            }
            return new SymmetricResult.LocalOptimaFacts(faces, true, points, lo.unresolvedFaces());
        }

        /** Theorem 4.0.2 at a strict local maximum: checked exactly, and certified by a Nash claim (rational or algebraic). */
        private Optional<SymmetricResult.LocalNash> localNash(SymmetricPoint point, Optional<Rational[][]> profile, String name) {
            if (profile.isPresent()) {
                boolean large = claims.tooLarge();
                boolean isNash = large ? utility.maxRegret(point.exact().get()).isZero() : claims.isNash(profile.get());
                theoremsHold &= isNash;
                SymmetricResult.NashCheck check = large ? SymmetricResult.NashCheck.ORBIT_TABLE : SymmetricResult.NashCheck.FULL_GAME;
                Citation c = isNash ? claims.nash(name, profile.get()) : claims.regret(name, profile.get());
                return Optional.of(new SymmetricResult.LocalNash(isNash, check, c));
            }
            if (point.algebraic().isPresent() && point.strategiesInUnknown().isPresent()) {
                return Optional.of(new SymmetricResult.LocalNash(true, SymmetricResult.NashCheck.ALGEBRAIC, claims.algebraicNash(name, point)));
            }
            return Optional.empty();
        }

        /**
         * The optimality claim: over the full payoff table for games up to 4096 profiles, through
         * the count table for larger totally symmetric games, else none.
         */
        private Optional<Claim> optimumClaim(SymmetricOptimum.Result opt, Optional<Rational[][]> exactPoint) {
            if (!claims.tooLarge()) {
                return Optional.of(SymmetricClaims.bound(utility, opt, exactPoint));
            }
            if (utility.orbits().size() == 1 && utility.countDetermined()) {
                return Optional.of(SymmetricClaims.countBound(utility, opt, exactPoint));
            }
            return Optional.empty();
        }
    }

    private static Citation irrationalOrBox(SymmetricPoint point) {
        return Citation.notCertified(point.algebraic().isPresent() ? SymmetricCitations.IRRATIONAL : SymmetricCitations.BOX);
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

    /** The engine's decision as the result's. */
    private static SymmetricResult.Decision decision(SymmetricAnalysis.Decision d) {
        return switch (d) {
            case YES -> SymmetricResult.Decision.YES;
            case NO -> SymmetricResult.Decision.NO;
            case UNDECIDED -> SymmetricResult.Decision.UNDECIDED;
        };
    }
}
