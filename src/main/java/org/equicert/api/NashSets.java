package org.equicert.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicert.bridge.AlgebraicProfiles;
import org.equicert.bridge.NashSetClaims;
import org.equicert.bridge.ProfileClaims;
import org.equicert.bridge.SupportExclusionClaims;
import org.equicert.equilibrium.CorrelatedRelaxation;
import org.equicert.equilibrium.SupportEnumeration;
import org.equicert.equilibrium.SupportEquilibria;
import org.equicert.equilibrium.TwoPlayerEnumeration;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;

/**
 * The Nash-set job: every Nash equilibrium of a finite game, exact, with certificates.
 *
 * <p><b>Two players</b>: vertex enumeration of the best-response polytopes with exact integer
 * pivoting, degenerate games included (Avis, Rosenberg, Savani and von Stengel 2010, "Enumeration
 * of Nash equilibria for two-player games"); each extreme equilibrium is certified Nash and a
 * {@code nash-set} certificate proves that every equilibrium lies in the union of the label-defined
 * sets of the maximal Nash subsets. Cost: exponential in min(m, n) in the worst case (the number of
 * vertices), plus one checker run per extreme equilibrium and one for the set.
 *
 * <p><b>More players</b>: support enumeration (McKelvey and McLennan 1996, §4): rational
 * equilibria exactly and certified, irrational ones as isolating boxes (Krawczyk's test) whose
 * midpoint is certified ε-Nash, continua with a certified witness, undecided supports listed. The
 * excluded support profiles with Farkas multipliers are certified by one {@code nash-support-exclusion}
 * certificate; completeness is certified when that covers every profile but the pure equilibria's.
 * Cost: Π_i (2^{|A_i|} − 1) support profiles, each an exact linear or polynomial system, plus one
 * to n exact LPs per excluded profile.
 *
 * <p>Thread-safe: no shared state; each call uses its own certifier.
 */
public final class NashSets {

    /** Why the count of extreme equilibria is not certified. */
    static final String VERTICES = "vertex enumeration; the nash-set certificate does not prove that no vertex is missing";
    /** Why the structure of a two-player Nash set beyond the nash-set certificate is not certified. */
    static final String STRUCTURE = "from the enumerated vertices; the nash-set certificate covers the sets, not this";
    /** Why statements of support enumeration (more than two players) are not certified. */
    static final String ENUMERATION = "support enumeration; the completeness facts below say which support profiles are certified";
    /** Why support profiles excluded by algebra alone are not certified. */
    static final String ALGEBRAIC = "exact algebra on the nonlinear support system; both linear relaxations (one player's, joint) are"
            + " feasible there, so neither gives a certificate";
    /** Why the equilibria within a mixed support profile are not certified complete. */
    static final String MIXED = "the equilibria within a mixed support profile come from exact algebra or isolating boxes; no certificate";
    /** The completeness statement for more than two players. */
    static final String DECIDED = "every support profile was decided (exhaustive enumeration)";
    /**
     * How the reason of a support profile begins when the support enumeration did not examine it
     * (the time limit ran out, or the thread was interrupted).
     */
    public static final String NOT_EXAMINED = SupportEnumeration.NOT_EXAMINED;
    /** Why the dimension and description of a continuum found by the planar decomposition are not certified. */
    static final String PLANAR = "exact planar cylindrical decomposition of the support system; no certificate";
    /** Why isolating boxes are not certified. */
    static final String KRAWCZYK = "Krawczyk test in exact interval arithmetic; no certificate";

    private NashSets() {
    }

    /**
     * Solves {@code game} and certifies as {@code options} ask.
     *
     * @throws IllegalArgumentException if the game has one player (its equilibria are its optimal actions)
     */
    public static NashSetResult solve(NormalFormGame game, NashOptions options) {
        return solve(game, options, options.certifier());
    }

    /**
     * Solves {@code game}, certifying with {@code certifier} (for several jobs sharing one store);
     * {@link NashOptions#certificates()} is ignored. The result lists only this call's certificates.
     *
     * @throws IllegalArgumentException if the game has one player
     */
    public static NashSetResult solve(NormalFormGame game, NashOptions options, Certifier certifier) {
        if (game.playerCount() < 2) {
            throw new IllegalArgumentException("the game has one player: its equilibria are its optimal actions (use 'info')");
        }
        int before = certifier.certificates().size();
        NashSet set = game.playerCount() == 2 ? twoPlayer(game, options, certifier) : nPlayer(game, options, certifier);
        List<CheckedCertificate> all = certifier.certificates();
        return new NashSetResult(game, set, all.subList(before, all.size()), certifier.allChecked(), certifier.requested());
    }

    private static BimatrixNashSet twoPlayer(NormalFormGame game, NashOptions options, Certifier certifier) {
        options.progress().report("solving: enumerating the vertices of the row player's best-response polytope…");
        TwoPlayerNashSet s = TwoPlayerEnumeration.solve(game);
        if (certifier.requested() && !s.extremeEquilibria().isEmpty()) {
            options.progress().report("certifying " + s.extremeEquilibria().size() + " extreme equilibria and the completeness of the list…");
        }
        List<NashEquilibrium> extreme = new ArrayList<>();
        for (int e = 0; e < s.extremeEquilibria().size(); e++) {
            TwoPlayerNashSet.ExtremeEquilibrium x = s.extremeEquilibria().get(e);
            Citation c = certifier.certify(options.baseName() + "-eq" + (e + 1), ProfileClaims.nash(game, x.profile()));
            extreme.add(new NashEquilibrium(x.profile(), List.of(x.payoffs()), c));
        }
        List<BimatrixNashSet.Component> components = new ArrayList<>();
        for (TwoPlayerNashSet.Component comp : s.components()) {
            List<BimatrixNashSet.MaximalSubset> subsets = new ArrayList<>();
            for (int k : comp.subsets()) {
                TwoPlayerNashSet.NashSubset sub = s.subsets().get(k);
                subsets.add(new BimatrixNashSet.MaximalSubset(strategies(s.rowStrategies(), sub.rows()),
                        strategies(s.columnStrategies(), sub.columns()), sub.dimension()));
            }
            components.add(new BimatrixNashSet.Component(comp.extremeEquilibria(), comp.dimension(), subsets));
        }
        Citation complete = certifier.certify(options.baseName() + "-nash-set", NashSetClaims.of(game, s));
        int sets = s.subsets().size();
        String statement = "the Nash equilibria are exactly the union of the " + sets + (sets == 1 ? " set" : " sets")
                + " X × Y cut out by the best-response labels of the maximal Nash subsets; no other support pair admits one";
        return new BimatrixNashSet(extreme, Citation.notCertified(VERTICES), components, Citation.notCertified(STRUCTURE),
                new Completeness(statement, complete));
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static SupportNashSet nPlayer(NormalFormGame game, NashOptions options, Certifier certifier) {
        long profiles = SupportEnumeration.supportProfiles(game);
        options.progress().report("solving: " + profiles + " support profiles…");
        long[] last = {System.nanoTime()};
        long budget = options.searchLimit().map(NashSets::nanos).orElse(Long.MAX_VALUE);
        SupportEquilibria s = new SupportEnumeration(game, options.maxBoxes()).solve(done -> {
            if (System.nanoTime() - last[0] > 5_000_000_000L) {
                last[0] = System.nanoTime();
                options.progress().report("  " + done + " of " + profiles + " support profiles done");
            }
        }, budget);
        String base = options.baseName();
        ExpectedUtility eu = new ExpectedUtility(game);
        List<SupportNashSet.Isolated> isolated = new ArrayList<>();
        for (int e = 0; e < s.isolated().size(); e++) {
            SupportEquilibria.Isolated x = s.isolated().get(e);
            if (x.exact().isPresent()) {
                MixedProfile p = x.exact().get();
                Citation c = certifier.certify(base + "-eq" + (e + 1), ProfileClaims.nash(game, p));
                isolated.add(new SupportNashSet.Isolated(supports(x.supports()), Optional.of(equilibrium(eu, p, c)), Optional.empty()));
            } else {
                MixedProfile mid = midpoint(x.box());
                Rational regret = eu.maxRegret(mid);
                Citation c = certifier.certify(base + "-eq" + (e + 1) + "-midpoint", ProfileClaims.epsilonNash(game, mid.toArray(), regret));
                List<List<RationalInterval>> box = Arrays.stream(x.box()).map(List::of).toList();
                SupportNashSet.IsolatingBox b = new SupportNashSet.IsolatingBox(box, List.of(x.payoffs()), Citation.notCertified(KRAWCZYK),
                        mid, regret, c);
                isolated.add(new SupportNashSet.Isolated(supports(x.supports()), Optional.empty(), Optional.of(b)));
            }
        }
        List<SupportNashSet.Continuum> continua = new ArrayList<>();
        Set<String> continuumNames = new HashSet<>();
        for (SupportEquilibria.Continuum c : s.continua()) {
            // several continua on one support profile (two arcs of a curve) get distinct certificate names
            String name = base + "-continuum-" + supportsName(c.supports());
            for (int copy = 2; !continuumNames.add(name); copy++) {
                name = base + "-continuum-" + supportsName(c.supports()) + "-" + copy;
            }
            if (c.algebraicWitness().isPresent()) {
                continua.add(algebraicContinuum(game, c, c.algebraicWitness().get(), certifier.certify(name,
                        AlgebraicProfiles.nash(game, c.algebraicWitness().get().theta(), c.algebraicWitness().get().toArray()))));
                continue;
            }
            MixedProfile w = c.witness().orElseThrow();
            Citation witness = certifier.certify(name, ProfileClaims.nash(game, w));
            continua.add(new SupportNashSet.Continuum(supports(c.supports()), c.dimension(),
                    Citation.notCertified("exact linear algebra on the support system; no certificate"), equilibrium(eu, w, witness),
                    c.description(), Citation.notCertified("exact elimination on the support system; no certificate")));
        }
        List<SupportNashSet.Component> components = s.components().stream()
                .map(c -> new SupportNashSet.Component(c.isolated(), c.continua(), c.dimension(), c.separated())).toList();
        List<SupportNashSet.Unresolved> unresolved = s.unresolved().stream()
                .map(u -> new SupportNashSet.Unresolved(supports(u.supports()), u.reason())).toList();
        SupportNashSet.Coverage coverage = coverage(game, s, isolated, profiles, options, certifier);
        Citation enumeration = coverage.completeness().citation().isCertified() ? coverage.completeness().citation()
                : Citation.notCertified(ENUMERATION);
        return new SupportNashSet(profiles, isolated, enumeration, continua, components,
                Citation.notCertified("merged from the pieces above by exact LP and root isolation; no certificate"), unresolved, coverage);
    }

    /** A continuum without rational points, its witness in Q(θ) certified by an {@code algebraic-nash} claim. */
    private static SupportNashSet.Continuum algebraicContinuum(NormalFormGame game, SupportEquilibria.Continuum c,
            SupportEquilibria.AlgebraicProfile w, Citation citation) {
        List<List<RealAlgebraic>> values = new ArrayList<>();
        for (int i = 0; i < game.playerCount(); i++) {
            List<RealAlgebraic> row = new ArrayList<>();
            for (int a = 0; a < game.actionCount(i); a++) {
                row.add(w.probability(i, a));
            }
            values.add(row);
        }
        return new SupportNashSet.Continuum(supports(c.supports()), c.dimension(),
                Citation.notCertified(PLANAR), Optional.empty(),
                Optional.of(new SupportNashSet.AlgebraicWitness(values, w.theta(), w.probabilities(), citation)), c.description(),
                Citation.notCertified(PLANAR));
    }

    /**
     * Certifies the exclusion of every support profile with Farkas multipliers (one
     * {@code nash-support-exclusion} certificate) and states what the completeness rests on: it is
     * certified only when every other profile is pure and holds its certified equilibrium, nothing
     * was excluded by algebra alone and nothing is unresolved.
     */
    private static SupportNashSet.Coverage coverage(NormalFormGame game, SupportEquilibria s, List<SupportNashSet.Isolated> isolated,
            long profiles, NashOptions options, Certifier certifier) {
        long excluded = s.excluded().size();
        long linear = s.excluded().stream().filter(x -> x.farkas().isPresent()).count();
        long joint = s.excluded().stream().filter(x -> x.farkas().filter(CorrelatedRelaxation.Exclusion.class::isInstance).isPresent()).count();
        Citation linearCitation = Citation.notCertified("no excluded support profile has Farkas multipliers");
        if (linear > 0) {
            if (certifier.requested()) {
                options.progress().report("certifying the exclusion of " + linear + " support profiles…");
            }
            linearCitation = certifier.certify(options.baseName() + "-excluded", SupportExclusionClaims.of(game, s).orElseThrow());
        }
        List<Integer> pure = new ArrayList<>();
        Set<String> mixed = new HashSet<>();
        for (int e = 0; e < isolated.size(); e++) {
            SupportNashSet.Isolated x = isolated.get(e);
            if (x.exact().isPresent() && x.supports().stream().allMatch(a -> a.size() == 1)) {
                pure.add(e);
            } else {
                mixed.add(x.supports().toString());
            }
        }
        s.continua().forEach(c -> mixed.add(supports(c.supports()).toString()));
        boolean pureCertified = pure.stream().allMatch(e -> isolated.get(e).exact().orElseThrow().citation().isCertified());
        long algebraic = excluded - linear;
        boolean covered = s.complete() && algebraic == 0 && mixed.isEmpty() && pureCertified && pure.size() + excluded == profiles
                && (linear == 0 || linearCitation.isCertified());
        Citation complete;
        if (covered) {
            String object = (linear > 0 ? "exclusion of the other " + linear + " support profiles; " : "")
                    + (pure.size() == 1 ? "the pure equilibrium certified above, the only profile of its support"
                    : "the " + pure.size() + " pure equilibria certified above, each the only profile of its support");
            complete = (linear > 0 ? linearCitation : isolated.get(pure.get(0)).exact().orElseThrow().citation()).from(object);
        } else if (!certifier.requested()) {
            complete = Citation.notRequested("--no-certify");
        } else {
            List<String> gaps = new ArrayList<>();
            if (algebraic > 0) {
                gaps.add(algebraic + " support profiles excluded by exact algebra (nonlinear) only");
            }
            if (!mixed.isEmpty()) {
                gaps.add(mixed.size() + (mixed.size() == 1 ? " mixed support profile holds" : " mixed support profiles hold")
                        + " listed equilibria (found by exact algebra)");
            }
            if (linear > 0 && !linearCitation.isCertified()) {
                gaps.add("the exclusion certificate was rejected");
            }
            if (!pureCertified) {
                gaps.add("a pure equilibrium's certificate was rejected");
            }
            complete = Citation.notCertified((gaps.isEmpty() ? "support enumeration" : String.join("; ", gaps)) + "; no certificate covers them");
        }
        return new SupportNashSet.Coverage(excluded, linear, joint, linearCitation, algebraic, Citation.notCertified(ALGEBRAIC), pure, mixed.size(),
                Citation.notCertified(MIXED), new Completeness(DECIDED, complete));
    }

    private static NashEquilibrium equilibrium(ExpectedUtility eu, MixedProfile p, Citation c) {
        List<Rational> payoffs = new ArrayList<>();
        for (int i = 0; i < p.playerCount(); i++) {
            payoffs.add(eu.payoff(i, p));
        }
        return new NashEquilibrium(p, payoffs, c);
    }

    /** The box's midpoint with each player's probabilities divided by their sum: a mixed profile. */
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

    private static List<List<Rational>> strategies(List<Rational[]> all, List<Integer> indices) {
        return indices.stream().map(i -> List.of(all.get(i))).toList();
    }

    private static List<List<Integer>> supports(int[][] supports) {
        return Arrays.stream(supports).map(s -> Arrays.stream(s).boxed().toList()).toList();
    }

    /** E.g. {@code 1-1-12}: each player's support as 1-based action digits, players separated by '-'. */
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
