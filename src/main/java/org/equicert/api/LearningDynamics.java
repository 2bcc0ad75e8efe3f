package org.equicert.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.equicert.bridge.ChainClaims;
import org.equicert.certificate.Claim;
import org.equicert.dynamics.LearningChain;
import org.equicert.dynamics.MarkovChain;
import org.equicert.dynamics.SoftmaxAnalysis;
import org.equicert.dynamics.StationaryAnalysis;
import org.equicert.dynamics.simulation.ChainSimulation;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Enclosures;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * The job for seed 000's learning dynamics on one game: the chain on pure profiles in which one
 * random player re-samples with probability exp(α(u_min − U(a))), its stationary law (the softmax for
 * common payoffs, certified by detailed balance symbolically and at b and as the unique stationary
 * distribution; an exact solve for the individual-utility variant), round values, Theorem 1 and the
 * minimal α, and a simulation cross-check.
 *
 * <p>Cost: the softmax is O(profiles); the chain has O(profiles · Σ actions) transitions; the
 * individual variant solves it by p-adic lifting ({@code linalg.DixonSolver}: one factorisation modulo
 * a word prime, O(profiles³) word operations, then lifting); each certificate is one checker run over
 * the whole table or chain (hence {@link #CERTIFY_LIMIT}, except the individual chain's
 * stationary-unique certificate, which the checker replays in its large-chain form at any size).
 * Reference: seed 000 (Lemma 1, Theorem 1 and its extension to general games).
 */
public final class LearningDynamics {

    /** Profiles above which the (quadratic-size) certificates are not attempted. */
    public static final int CERTIFY_LIMIT = 256;
    /** Profiles above which the full chain is not built (only the softmax is computed). */
    public static final int CHAIN_LIMIT = 200_000;
    /** Profiles above which the chain is not solved exactly or simulated. */
    public static final int SOLVE_LIMIT = 20_000;

    /** Why facts of games above {@link #CERTIFY_LIMIT} profiles are not certified. */
    private static final String TOO_LARGE = "more than " + CERTIFY_LIMIT + " profiles: no certificate is written";
    /** Why round-t values are not certified. */
    private static final String ITERATION = "exact iteration of the chain from the uniform first round; no certificate";

    private final NormalFormGame game;
    private final DynamicsOptions options;
    private final Certifier certifier;

    private LearningDynamics(NormalFormGame game, DynamicsOptions options, Certifier certifier) {
        this.game = game;
        this.options = options;
        this.certifier = certifier;
    }

    /**
     * Analyses {@code game}'s learning chain as {@code options} say, certifying into
     * {@code options.certificates()} when present.
     *
     * @throws IllegalArgumentException if the common-payoff chain (a base without the individual
     *     variant, or a decimal α) is asked for on a game whose payoffs are not common, or the
     *     individual variant on a game of more than {@link #SOLVE_LIMIT} profiles
     */
    public static DynamicsResult analyse(NormalFormGame game, DynamicsOptions options) {
        return analyse(game, options, options.certificates().map(Certifier::into).orElseGet(Certifier::disabled));
    }

    /**
     * As {@link #analyse(NormalFormGame, DynamicsOptions)}, certifying with {@code certifier} (for
     * callers that share one certificate store between jobs); {@code options.certificates()} is
     * ignored. The certifier should be fresh: the result lists all its certificates.
     */
    public static DynamicsResult analyse(NormalFormGame game, DynamicsOptions options, Certifier certifier) {
        if (!options.individual() && !game.isCommonPayoff()) {
            throw new IllegalArgumentException("the softmax chain needs common payoffs, and " + game.title()
                    + "'s are not; ask for the individual variant (seed 000's extension to general games)");
        }
        if (options.individual() && game.profileCount() > SOLVE_LIMIT) {
            throw new IllegalArgumentException("the individual variant solves the chain exactly by p-adic lifting; this game has "
                    + game.profileCount() + " profiles (limit " + SOLVE_LIMIT + ")");
        }
        LearningDynamics job = new LearningDynamics(game, options, certifier);
        Rational value = options.rationality().value();
        ChainAnalysis analysis;
        Optional<DynamicsResult.SimulationCheck> simulation = Optional.empty();
        if (options.rationality().kind() == DynamicsOptions.Rationality.Kind.ALPHA) {
            analysis = job.alpha(value);
        } else {
            analysis = options.individual() ? job.individual(value) : job.common(value);
            if (options.simulation().isPresent()) {
                simulation = Optional.of(job.simulate(options.simulation().get(), value));
            }
        }
        return new DynamicsResult(game, options.digits(), analysis, simulation, certifier.certificates(), certifier.requested(),
                certifier.allChecked());
    }

    /** The citation of a certificate for {@code claim}, or "not certified" above the size limit. */
    Citation certify(String suffix, Supplier<? extends Claim> claim) {
        if (game.profileCount() > CERTIFY_LIMIT) {
            return Citation.notCertified(TOO_LARGE);
        }
        return certifier.certify(options.name() + "-" + suffix, claim.get());
    }

    private ChainAnalysis.Common common(Rational base) {
        SoftmaxAnalysis sa = new SoftmaxAnalysis(game);
        Rational[] pi = sa.softmax(base);
        Citation symbolic = certify("detailed-balance-symbolic", () -> ChainClaims.detailedBalanceSymbolic(game, sa.uMin()));
        Citation balance = certify("detailed-balance", () -> ChainClaims.detailedBalance(game, sa.uMin(), base, sa.scale(), pi));
        Citation stationary = certify("stationary", () -> ChainClaims.stationary(game.title() + ", b = " + base, game,
                LearningChain.common(game, base).chain(), pi, false, base));
        Optional<ChainAnalysis.RoundValue> round = Optional.empty();
        if (options.rounds().isPresent()) {
            int t = options.rounds().getAsInt();
            Optional<Rational> v = game.profileCount() > CHAIN_LIMIT ? Optional.empty() : Optional.of(sa.value(base, t));
            round = Optional.of(new ChainAnalysis.RoundValue(t, v, Citation.notCertified(ITERATION)));
        }
        Optional<TheoremOne> theorem = options.epsilon().map(e -> new TheoremOneBounds(this, game, sa, options.digits()).apply(e));
        return new ChainAnalysis.Common(base, sa.scale(), sa.uMin(), sa.optimum(), pi, sa.expectedUtility(pi), sa.optimalProbability(pi),
                stationary, symbolic, balance,
                Citation.notCertified("convergence theorem for finite irreducible aperiodic chains"),
                Citation.notCertified("theory: the limit of the softmax as alpha -> infinity"), round, theorem);
    }

    private ChainAnalysis.Alpha alpha(Rational alpha) {
        int digits = options.digits();
        SoftmaxAnalysis sa = new SoftmaxAnalysis(game);
        RationalInterval b = Enclosures.exp(alpha.divide(Rational.of(sa.scale())), digits + 4);
        Rational bLo = b.lower().max(Rational.ONE);
        Rational bHi = b.upper();
        Rational euLo = sa.limitValue(bLo);
        Rational euHi = sa.limitValue(bHi);
        Rational pLo = sa.optimalProbability(sa.softmax(bLo));
        Rational pHi = sa.optimalProbability(sa.softmax(bHi));
        Citation lower = certify("alpha-lower", () -> ChainClaims.expectation(game, sa.uMin(), bLo, sa.scale(), sa.softmax(bLo), euLo, true));
        Rational above = euHi.add(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(digits)));
        Citation upper = certify("alpha-upper", () -> ChainClaims.expectation(game, sa.uMin(), bHi, sa.scale(), sa.softmax(bHi), above, false));
        Citation symbolic = certify("detailed-balance-symbolic", () -> ChainClaims.detailedBalanceSymbolic(game, sa.uMin()));
        return new ChainAnalysis.Alpha(alpha, sa.scale(), bLo, bHi, euLo, euHi, pLo, pHi, above,
                Citation.notCertified("verified rational enclosure of exp; no certificate"),
                Citation.notCertified("uses the verified enclosure of e^(alpha/D) and monotonicity in alpha; the bounds at b_lo and b_hi are below"),
                Citation.notCertified("exact at the enclosing bases; no certificate"), lower, upper, symbolic);
    }

    private ChainAnalysis.Individual individual(Rational base) {
        LearningChain lc = LearningChain.individual(game, base);
        MarkovChain chain = lc.chain();
        List<StationaryAnalysis.ClosedClass> found = new StationaryAnalysis(chain).closedClasses();
        Citation stationary = found.size() == 1
                ? certifier.certify(options.name() + "-individual-stationary", ChainClaims.stationary(game.title() + ", individual, b = " + base,
                        game, chain, found.get(0).distribution(), true, base))
                : Citation.notCertified(found.size() + " closed classes: certificates are written for a unique stationary distribution only");
        List<ChainAnalysis.ClosedClass> classes = new ArrayList<>();
        for (StationaryAnalysis.ClosedClass c : found) {
            classes.add(new ChainAnalysis.ClosedClass(c.states().length, c.period(), c.reversible(), c.distribution()));
        }
        List<Rational> payoffs = new ArrayList<>();
        Optional<Citation> convergence = Optional.empty();
        if (found.size() == 1) {
            Rational[] pi = found.get(0).distribution();
            for (int i = 0; i < game.playerCount(); i++) {
                Rational[] u = new Rational[pi.length];
                for (int k = 0; k < pi.length; k++) {
                    u[k] = game.payoff(i, k);
                }
                payoffs.add(StationaryAnalysis.expectation(pi, u));
            }
            if (found.get(0).period() == 1) {
                convergence = Optional.of(Citation.notCertified("convergence theorem for finite chains with one aperiodic closed class"));
            }
        }
        Optional<ChainAnalysis.RoundDistribution> round = Optional.empty();
        if (options.rounds().isPresent()) {
            int t = options.rounds().getAsInt();
            round = Optional.of(new ChainAnalysis.RoundDistribution(t, roundDistribution(lc, chain, t), Citation.notCertified(ITERATION)));
        }
        return new ChainAnalysis.Individual(base, lc.scale(), chain.transitionCount(), classes, stationary,
                Citation.notCertified("exact graph search on the chain; no certificate"), payoffs, convergence, round);
    }

    /** The distribution at round {@code rounds} from the chain's uniform first round; O(rounds · transitions). */
    private static Rational[] roundDistribution(LearningChain lc, MarkovChain chain, int rounds) {
        Rational[] mu = lc.initialDistribution();
        for (int r = 1; r < rounds; r++) {
            mu = chain.step(mu);
        }
        return mu;
    }

    private DynamicsResult.SimulationCheck simulate(DynamicsOptions.Simulation simulation, Rational base) {
        int rounds = options.simulationRounds();
        if (game.profileCount() > SOLVE_LIMIT) {
            return new DynamicsResult.SimulationCheck(simulation.runs(), rounds, simulation.seed(), Optional.empty());
        }
        LearningChain lc = options.individual() ? LearningChain.individual(game, base) : LearningChain.common(game, base);
        MarkovChain chain = lc.chain();
        Rational[] mu = roundDistribution(lc, chain, rounds);
        long[] counts = new ChainSimulation(chain, simulation.seed()).finalStateCounts(simulation.runs(), rounds);
        ChainSimulation.Comparison c = ChainSimulation.compare(counts, mu, 1e-6 / mu.length);
        return new DynamicsResult.SimulationCheck(simulation.runs(), rounds, simulation.seed(), Optional.of(
                new DynamicsResult.SimulationCheck.Comparison(c.worstState(), c.maxDeviation(), c.radius(), mu.length,
                        Citation.notCertified("statistical cross-check in floating point"))));
    }
}
