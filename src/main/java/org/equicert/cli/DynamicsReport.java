package org.equicert.cli;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.equicert.api.Citation;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Claim;
import org.equicert.certificate.ConcreteDetailedBalanceClaim;
import org.equicert.certificate.DetailedBalanceClaim;
import org.equicert.certificate.PayoffTable;
import org.equicert.certificate.SoftmaxExpectationClaim;
import org.equicert.certificate.StationaryClaim;
import org.equicert.dynamics.LearningChain;
import org.equicert.dynamics.MarkovChain;
import org.equicert.dynamics.SoftmaxAnalysis;
import org.equicert.dynamics.StationaryAnalysis;
import org.equicert.dynamics.simulation.ChainSimulation;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * Runs seed 000's analyses for one game and collects printable lines, JSON, and certificates.
 * Shared by {@code equicert dynamics} and {@code equicert examples}. Every fact printed cites its
 * certificate, or the certificate of the stationary distribution it is computed from, or says why
 * it is not certified ({@link Facts}); {@link #finish} adds the count.
 */
final class DynamicsReport {

    /** Profiles above which the (quadratic-size) SMT certificates are not attempted. */
    static final int CERTIFY_LIMIT = 256;
    /** Profiles above which the full chain is not built (only the softmax is computed). */
    static final int CHAIN_LIMIT = 200_000;

    /** Why facts of games above {@link #CERTIFY_LIMIT} profiles are not certified. */
    private static final String TOO_LARGE = "more than " + CERTIFY_LIMIT + " profiles: no certificate is written";
    /** Why round-t values are not certified. */
    private static final String ITERATION = "exact iteration of the chain from the uniform first round; no certificate";

    final List<String> lines = new ArrayList<>();
    final Map<String, Object> json = new LinkedHashMap<>();
    final Facts facts;
    private final NormalFormGame game;
    private final String name;
    /** False when the simulation disagrees with the exact distribution. */
    private boolean simulationAgrees = true;

    DynamicsReport(NormalFormGame game, CertificateStore store, String name) {
        this.game = game;
        this.facts = new Facts(lines, store);
        this.name = name;
        json.put("game", game.title());
        json.put("profiles", game.profileCount());
    }

    private void context(String line) {
        facts.context(line);
    }

    private void fact(String line, Citation citation) {
        facts.fact(line, citation);
    }

    private static Citation notCertified(String reason) {
        return Citation.notCertified(reason);
    }

    /** The citation of a certificate for {@code claim}, or "not certified" above the size limit. */
    private Citation certify(String suffix, Supplier<Claim> claim) {
        if (game.profileCount() > CERTIFY_LIMIT) {
            return notCertified(TOO_LARGE);
        }
        return facts.certify(name + "-" + suffix, claim.get());
    }

    /** True when no certificate was rejected and a simulation, if run, agreed. */
    boolean allChecked() {
        return simulationAgrees && facts.allChecked();
    }

    /** Ends the report: the summary line, and the statements and counts in the JSON. */
    void finish() {
        facts.finish(json);
    }

    private String describeTop(Rational[] p, int limit) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            order.add(k);
        }
        order.sort(Comparator.comparing((Integer k) -> p[k]).reversed().thenComparing(k -> k));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, order.size()); i++) {
            int k = order.get(i);
            parts.add(game.describe(game.profile(k)) + " " + p[k] + " (≈" + p[k].toDecimalString(6) + ")");
        }
        return String.join(", ", parts) + (order.size() > limit ? ", …" : "");
    }

    private static Map<String, String> interval(RationalInterval i, int digits) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lower", i.lower().toString());
        m.put("upper", i.upper().toString());
        m.put("decimal", i.lower().toDecimalString(digits, RoundingMode.FLOOR) + " .. " + i.upper().toDecimalString(digits, RoundingMode.CEILING));
        return m;
    }

    /** The common-payoff chain at a rational base. */
    void common(Rational base, Integer rounds, Rational epsilon, int digits) {
        SoftmaxAnalysis sa = new SoftmaxAnalysis(game);
        PayoffTable table = PayoffTables.of(game);
        Rational[] pi = sa.softmax(base);
        Rational eu = sa.expectedUtility(pi);
        context("chain:      common payoff, u_min = " + sa.uMin() + ", payoffs in units of 1/D with D = " + sa.scale()
                + ", base b = e^(alpha/D) = " + base);
        json.put("variant", "common");
        json.put("base", base.toString());
        json.put("scale", sa.scale());
        json.put("uMin", sa.uMin().toString());
        json.put("optimum", sa.optimum().toString());
        Citation symbolic = certify("detailed-balance-symbolic", () -> new DetailedBalanceClaim(table, sa.uMin()));
        Citation balance = certify("detailed-balance", () -> new ConcreteDetailedBalanceClaim(table, sa.uMin(), base, sa.scale(), pi));
        Citation stationary = certify("stationary", () -> {
            LearningChain lc = LearningChain.common(game, base);
            List<StationaryClaim.Transition> ts = new ArrayList<>();
            for (MarkovChain.Transition t : lc.chain().transitions()) {
                ts.add(new StationaryClaim.Transition(t.from(), t.to(), t.probability()));
            }
            return new StationaryClaim(game.title() + ", b = " + base, game.profileCount(), ts, pi,
                    Optional.of(new StationaryClaim.Origin(table, false, base)));
        });
        fact("stationary: the softmax p(a) = b^(D(U(a) - u_min))/Z (seed 000, Lemma 1); most likely profiles: " + describeTop(pi, 6),
                stationary);
        fact("            E_p[U] = " + eu + " (≈" + eu.toDecimalString(digits) + "); optimum u* = " + sa.optimum()
                + "; P(optimal profile) = " + sa.optimalProbability(pi) + " (≈" + sa.optimalProbability(pi).toDecimalString(digits) + ")",
                stationary.from("π"));
        fact("lim v_t:    v_t -> E_p[U] as t -> infinity (the chain is irreducible, and aperiodic: every profile has a self-loop)",
                notCertified("convergence theorem for finite irreducible aperiodic chains"));
        json.put("expectedUtility", eu.toString());
        json.put("optimalProbability", sa.optimalProbability(pi).toString());
        List<String> dist = new ArrayList<>();
        for (Rational x : pi) {
            dist.add(x.toString());
        }
        json.put("distribution", dist);
        fact("            detailed balance for every alpha", symbolic);
        fact("            detailed balance at b = " + base, balance);
        fact("            stationary and unique", stationary);
        fact("alpha->inf: the uniform distribution over the optimal profiles; E[U] -> u* = " + sa.optimum(),
                notCertified("theory: the limit of the softmax as alpha -> infinity"));
        if (rounds != null) {
            rounds(base, rounds, digits, sa);
        }
        if (epsilon != null) {
            theoremOne(sa, table, epsilon, digits);
        }
    }

    private void rounds(Rational base, int rounds, int digits, SoftmaxAnalysis sa) {
        if (game.profileCount() > CHAIN_LIMIT) {
            context("v_t:        not computed (more than " + CHAIN_LIMIT + " profiles)");
            return;
        }
        Rational v = sa.value(base, rounds);
        fact("v_" + rounds + ":" + " ".repeat(Math.max(1, 10 - String.valueOf(rounds).length())) + "E[U] at round " + rounds
                + " from a uniform first round = " + v + " (≈" + v.toDecimalString(digits) + ")", notCertified(ITERATION));
        json.put("roundValue", Map.of("round", rounds, "value", v.toString()));
    }

    private void theoremOne(SoftmaxAnalysis sa, PayoffTable table, Rational epsilon, int digits) {
        if (sa.secondBest() == null) {
            fact("Theorem 1:  every profile is optimal, so E[U] = u* for every alpha", notCertified("every payoff equals u*; exact arithmetic"));
            return;
        }
        Rational target = sa.optimum().subtract(epsilon);
        RationalInterval alphaThm = sa.theoremAlpha(epsilon, digits);
        fact("Theorem 1:  epsilon = " + epsilon + ": alpha = (n log|A| + log(u* - u_min) - log epsilon)/(u* - u') in "
                + alphaThm.lower().toDecimalString(digits, RoundingMode.FLOOR) + " .. " + alphaThm.upper().toDecimalString(digits, RoundingMode.CEILING),
                notCertified("verified rational enclosure of logarithms; no certificate"));
        json.put("theoremAlpha", interval(alphaThm, digits));
        Optional<SoftmaxAnalysis.ExactBase> exact = sa.exactTheoremBase(epsilon);
        if (exact.isPresent()) {
            SoftmaxAnalysis.ExactBase at = exact.get();
            Rational[] pi = sa.softmax(at);
            Rational eu = sa.expectedUtility(pi);
            Citation cert = certify("theorem1", () -> SoftmaxExpectationClaim.theoremOne(table, sa.uMin(), at.base(), at.scale(), pi, epsilon));
            String power = at.scale().isInteger() ? "e^(alpha/" + at.scale() + ")" : "e^(" + Rational.ONE.divide(at.scale()) + " alpha)";
            fact("            at Theorem 1's alpha exactly: " + power + " = " + at.base() + " (b^(D(u* - u')) epsilon = |A|^n (u* - u_min)),"
                    + " so the stationary law is rational there", cert);
            fact("            E[U] = " + eu + " (≈" + eu.toDecimalString(digits) + ") >= u* - epsilon = " + target
                    + "; P(optimal profile) = " + sa.optimalProbability(pi), cert);
            json.put("theoremBase", at.base().toString());
            json.put("theoremExpectedUtility", eu.toString());
            json.put("theoremOptimalProbability", sa.optimalProbability(pi).toString());
        } else {
            theoremOneBelow(sa, table, epsilon, digits, target);
        }
        minimalAlpha(sa, table, digits, target, alphaThm);
    }

    private void theoremOneBelow(SoftmaxAnalysis sa, PayoffTable table, Rational epsilon, int digits, Rational target) {
        Rational bLo = sa.theoremBaseLowerBound(epsilon, 6);
        Rational[] piLo = sa.softmax(bLo);
        Rational euLo = sa.expectedUtility(piLo);
        Citation cert = certify("theorem1", () -> SoftmaxExpectationClaim.theoremOne(table, sa.uMin(), bLo, sa.scale(), piLo, epsilon));
        fact("            at b = " + bLo + " <= e^(alpha/D): E[U] ≈ " + euLo.toDecimalString(digits) + " >= u* - epsilon = " + target
                + "; by monotonicity in alpha the bound holds at Theorem 1's alpha", cert);
    }

    private void minimalAlpha(SoftmaxAnalysis sa, PayoffTable table, int digits, Rational target, RationalInterval alphaThm) {
        Rational[] bases = sa.minimalBase(target, digits);
        if (bases[1].equals(Rational.ONE)) {
            Citation cert = certify("minimal-alpha-upper", () -> new SoftmaxExpectationClaim(table, sa.uMin(), Rational.ONE, sa.scale(),
                    sa.softmax(Rational.ONE), target, true));
            fact("minimal:    alpha = 0 already gives E[U] = " + sa.limitValue(Rational.ONE) + " >= " + target, cert);
            json.put("minimalAlpha", "0");
            return;
        }
        RationalInterval lo = sa.alphaOfBase(bases[0], digits + 2);
        RationalInterval hi = sa.alphaOfBase(bases[1], digits + 2);
        RationalInterval alphaMin = new RationalInterval(lo.lower(), hi.upper());
        Citation certHi = certify("minimal-alpha-upper", () -> new SoftmaxExpectationClaim(table, sa.uMin(), bases[1], sa.scale(),
                sa.softmax(bases[1]), target, true));
        Citation certLo = certify("minimal-alpha-lower", () -> new SoftmaxExpectationClaim(table, sa.uMin(), bases[0], sa.scale(),
                sa.softmax(bases[0]), target, false));
        fact("minimal:    the least alpha with E[U] >= u* - epsilon lies in " + alphaMin.lower().toDecimalString(digits, RoundingMode.FLOOR) + " .. "
                + alphaMin.upper().toDecimalString(digits, RoundingMode.CEILING),
                notCertified("from the two bounds below, by monotonicity of E[U] in alpha (theory) and enclosures of log b"));
        fact("            E[U] < " + target + " at b = " + bases[0], certLo);
        fact("            E[U] >= " + target + " at b = " + bases[1], certHi);
        Rational ratioLo = alphaThm.lower().divide(alphaMin.upper());
        Rational ratioHi = alphaThm.upper().divide(alphaMin.lower());
        fact("ratio:      Theorem 1's alpha / minimal alpha in " + ratioLo.toDecimalString(4, RoundingMode.FLOOR) + " .. "
                + ratioHi.toDecimalString(4, RoundingMode.CEILING), notCertified("ratio of the two enclosures above"));
        json.put("minimalAlpha", interval(alphaMin, digits));
        json.put("minimalBase", List.of(bases[0].toString(), bases[1].toString()));
        json.put("theoremOverMinimal", interval(new RationalInterval(ratioLo, ratioHi), 4));
    }

    /**
     * A decimal alpha: e^(alpha/D) is enclosed in rational bases [b_lo, b_hi]; E[U] and P(optimal)
     * are non-decreasing in alpha, so their values at alpha lie between the exact values at the ends.
     */
    void alpha(Rational alpha, int digits) {
        SoftmaxAnalysis sa = new SoftmaxAnalysis(game);
        PayoffTable table = PayoffTables.of(game);
        RationalInterval b = org.equicert.number.Enclosures.exp(alpha.divide(Rational.of(sa.scale())), digits + 4);
        Rational bLo = b.lower().max(Rational.ONE);
        Rational bHi = b.upper();
        Rational euLo = sa.limitValue(bLo);
        Rational euHi = sa.limitValue(bHi);
        json.put("variant", "common");
        json.put("alpha", alpha.toString());
        json.put("baseEnclosure", interval(new RationalInterval(bLo, bHi), digits + 4));
        json.put("expectedUtility", interval(new RationalInterval(euLo, euHi), digits));
        String enclosure = "uses the verified enclosure of e^(alpha/D) and monotonicity in alpha; the bounds at b_lo and b_hi are below";
        fact("chain:      common payoff, alpha = " + alpha + ", D = " + sa.scale() + ", e^(alpha/D) in [" + bLo.toDecimalString(digits + 4, RoundingMode.FLOOR)
                + ", " + bHi.toDecimalString(digits + 4, RoundingMode.CEILING) + "] (verified enclosure)",
                notCertified("verified rational enclosure of exp; no certificate"));
        fact("lim v_t:    E_p[U] in " + euLo.toDecimalString(digits, RoundingMode.FLOOR) + " .. " + euHi.toDecimalString(digits, RoundingMode.CEILING)
                + " (exact at the enclosing bases; E is non-decreasing in alpha)", notCertified(enclosure));
        Rational pLo = sa.optimalProbability(sa.softmax(bLo));
        Rational pHi = sa.optimalProbability(sa.softmax(bHi));
        fact("            P(optimal profile) in " + pLo.toDecimalString(digits, RoundingMode.FLOOR) + " .. " + pHi.toDecimalString(digits, RoundingMode.CEILING),
                notCertified("exact at the enclosing bases; no certificate"));
        fact("            E[U] >= " + euLo.toDecimalString(digits, RoundingMode.FLOOR) + " at b_lo", certify("alpha-lower",
                () -> new SoftmaxExpectationClaim(table, sa.uMin(), bLo, sa.scale(), sa.softmax(bLo), euLo, true)));
        Rational above = euHi.add(Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(digits)));
        fact("            E[U] < " + above.toDecimalString(digits, RoundingMode.CEILING) + " at b_hi", certify("alpha-upper",
                () -> new SoftmaxExpectationClaim(table, sa.uMin(), bHi, sa.scale(), sa.softmax(bHi), above, false)));
        fact("            detailed balance for every alpha", certify("detailed-balance-symbolic", () -> new DetailedBalanceClaim(table, sa.uMin())));
    }

    /** The individual-utility chain (or any chain) by exact stationary analysis. */
    void individual(Rational base, Integer rounds, int digits) {
        LearningChain lc = LearningChain.individual(game, base);
        if (game.profileCount() > 20_000) {
            throw new UserException("the individual variant solves the chain exactly by p-adic lifting; this game has "
                    + game.profileCount() + " profiles (limit 20000)");
        }
        MarkovChain chain = lc.chain();
        json.put("variant", "individual");
        json.put("base", base.toString());
        context("chain:      individual utilities (each player re-samples with probability b^(D(u_min,i - U_i(a)))), b = " + base
                + ", D = " + lc.scale() + ", " + chain.transitionCount() + " transitions");
        List<StationaryAnalysis.ClosedClass> classes = new StationaryAnalysis(chain).closedClasses();
        Citation stationary = classes.size() == 1
                ? facts.certify(name + "-individual-stationary", ((Supplier<Claim>) () -> {
                    List<StationaryClaim.Transition> ts = new ArrayList<>();
                    for (MarkovChain.Transition t : chain.transitions()) {
                        ts.add(new StationaryClaim.Transition(t.from(), t.to(), t.probability()));
                    }
                    return new StationaryClaim(game.title() + ", individual, b = " + base, game.profileCount(), ts, classes.get(0).distribution(),
                            Optional.of(new StationaryClaim.Origin(PayoffTables.of(game), true, base)));
                }).get())
                : notCertified(classes.size() + " closed classes: certificates are written for a unique stationary distribution only");
        String structure = "exact graph search on the chain; no certificate";
        List<Object> cj = new ArrayList<>();
        for (StationaryAnalysis.ClosedClass c : classes) {
            Rational[] pi = c.distribution();
            fact("class:      " + c.states().length + " profiles; its stationary distribution's most likely profiles: " + describeTop(pi, 4), stationary);
            fact("            period " + c.period() + (c.reversible() ? ", reversible" : ", not reversible"), notCertified(structure));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("size", c.states().length);
            m.put("period", c.period());
            m.put("reversible", c.reversible());
            List<String> dist = new ArrayList<>();
            for (Rational x : pi) {
                dist.add(x.toString());
            }
            m.put("distribution", dist);
            cj.add(m);
        }
        json.put("closedClasses", cj);
        if (classes.size() == 1) {
            Rational[] pi = classes.get(0).distribution();
            for (int i = 0; i < game.playerCount(); i++) {
                Rational[] payoffs = new Rational[pi.length];
                for (int k = 0; k < pi.length; k++) {
                    payoffs[k] = game.payoff(i, k);
                }
                Rational v = StationaryAnalysis.expectation(pi, payoffs);
                fact("            player " + game.players().get(i) + "'s expected payoff under it: " + v + " (≈" + v.toDecimalString(digits) + ")",
                        stationary.from("π"));
            }
            fact("            unique stationary distribution", stationary);
            if (classes.get(0).period() == 1) {
                fact("            the round-t distribution converges to it from any start (one closed class, period 1), so these are the long-run payoffs",
                        notCertified("convergence theorem for finite chains with one aperiodic closed class"));
            }
        } else {
            fact("            " + classes.size() + " closed classes: the stationary distribution is not unique; one per class is listed",
                    notCertified(structure));
        }
        if (rounds != null) {
            Rational[] mu = lc.initialDistribution();
            for (int r = 1; r < rounds; r++) {
                mu = chain.step(mu);
            }
            fact("round " + rounds + ":   distribution from a uniform first round: most likely " + describeTop(mu, 4), notCertified(ITERATION));
        }
    }

    /**
     * Simulates N independent runs of T rounds and compares with the exact round-T distribution.
     * Each of the k profiles' frequencies gets Hoeffding's radius at δ/k, so that all k lie within
     * it together with probability at least 1 − δ (union bound), δ = 10^−6.
     */
    void simulate(LearningChain lc, int runs, int rounds, long seed) {
        if (game.profileCount() > 2_000) {
            context("simulate:   skipped (more than 2000 profiles)");
            return;
        }
        MarkovChain chain = lc.chain();
        Rational[] mu = lc.initialDistribution();
        for (int r = 1; r < rounds; r++) {
            mu = chain.step(mu);
        }
        long[] counts = new ChainSimulation(chain, seed).finalStateCounts(runs, rounds);
        ChainSimulation.Comparison c = ChainSimulation.compare(counts, mu, 1e-6 / mu.length);
        boolean ok = c.agrees();
        fact(String.format("simulate:   %d seeded runs of %d rounds (seed %d): largest |frequency - exact round-%d probability| = %.5f at %s;"
                + " Hoeffding bound for all %d profiles at once at confidence 1 - 1e-6: %.5f -> %s", runs, rounds, seed, rounds, c.maxDeviation(),
                game.describe(game.profile(c.worstState())), mu.length, c.radius(), ok ? "agrees" : "DISAGREES"),
                notCertified("statistical cross-check in floating point"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", runs);
        m.put("rounds", rounds);
        m.put("seed", seed);
        m.put("maxDeviation", String.format("%.6f", c.maxDeviation()));
        m.put("hoeffdingRadius", String.format("%.6f", c.radius()));
        m.put("agrees", ok);
        json.put("simulation", m);
        if (!ok) {
            simulationAgrees = false;
        }
    }
}
