package org.equicert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.equicert.api.DynamicsOptions;
import org.equicert.api.LearningDynamics;
import org.equicert.api.OrbitDynamics;
import org.equicert.api.OrbitDynamicsResult;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.equicert.report.DynamicsRenderer;
import org.equicert.report.JsonText;
import org.equicert.report.Rendered;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert dynamics}: seed 000's learning dynamics, exactly. */
@Command(name = "dynamics", mixinStandardHelpOptions = true,
        description = {"Seed 000's learning dynamics, exactly: chains, stationary laws, Theorem 1.",
            "%nSeed 000's learning dynamics: each round one random player re-samples its action with probability exp(alpha (u_min - U(a))). Computes the exact chain on pure profiles and its stationary distribution (the softmax p ∝ exp(alpha U) for common payoffs, certified by detailed balance; an exact solve for --individual, with reducible or periodic chains reported per closed class), lim v_t = E_p[U], v_t for finite t, Theorem 1's alpha for --epsilon with its bound certified, and the minimal alpha. Give the rationality either as a rational base b = e^(alpha/D) (D: payoffs' common denominator, so all probabilities are rational) or as a decimal alpha (handled by verified enclosures)."},
        footer = {"", "Examples:", "  equicert dynamics examples/coordination.nfg --base 2 --epsilon 1/10 --rounds 10",
            "  equicert dynamics examples/prisoners-dilemma.nfg --base 2 --individual",
            "  equicert dynamics examples/coordination.nfg --alpha 0.5 --simulate 20000 --rounds 30"})
final class DynamicsCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    CertificateOptions options = new CertificateOptions();

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @Parameters(paramLabel = "GAME", arity = "0..1", description = "a Gambit .nfg file or an equicert .json game")
    Path gameFile;

    @Option(names = "--gamut", paramLabel = "C:N:A:S", description = "instead of GAME, a totally symmetric GAMUT game (class:players:actions:seed),"
            + " analysed on orbits of profiles (action counts), e.g. CoordinationGame:100:3:7")
    String gamut;

    static final class Rationality {
        @Option(names = "--base", paramLabel = "B", description = "rational base b = e^(alpha/D) >= 1, e.g. 2 or 3/2")
        String base;

        @Option(names = "--alpha", paramLabel = "A", description = "alpha as a decimal or fraction (common-payoff games)")
        String alpha;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Rationality rationality;

    @Option(names = "--individual", description = "each player uses its own utility and its own u_min (non-common-payoff games)")
    boolean individual;

    @Option(names = "--epsilon", paramLabel = "E", description = "Theorem 1: alpha for E[U] >= u* - E, certified, and the minimal such alpha")
    String epsilon;

    @Option(names = "--rounds", paramLabel = "T", description = "also compute v_T exactly (round T of the generative model)")
    Integer rounds;

    @Option(names = "--simulate", paramLabel = "N", description = "cross-check by N seeded simulated runs of T rounds (default T = 50)")
    Integer simulate;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "simulation seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--digits", paramLabel = "K", defaultValue = "12", description = "decimal digits printed (exact values are always printed too)")
    int digits;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path root = OptionValues.writableDirectory("--out", options.outDir);
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> compute(root, out));
    }

    private int compute(Path root, PrintWriter out) {
        Rendered rendered;
        if (gamut != null) {
            rendered = DynamicsRenderer.render(orbits());
        } else {
            NormalFormGame game = game();
            rendered = DynamicsRenderer.render(LearningDynamics.analyse(game, dynamicsOptions(game, root)));
        }
        if (options.json) {
            out.println(JsonText.render(rendered.json()));
        } else {
            rendered.lines().forEach(out::println);
        }
        return rendered.allChecked() ? 0 : 1;
    }

    private NormalFormGame game() {
        if (gameFile == null) {
            throw new UserException("give a GAME file, or --gamut CLASS:PLAYERS:ACTIONS:SEED");
        }
        return GameFiles.read(gameFile, input.limits());
    }

    /** The job's options from the command line, checked in the order the messages were always given. */
    private DynamicsOptions dynamicsOptions(NormalFormGame game, Path root) {
        if (digits < 1 || digits > 200) {
            throw new UserException("--digits must be from 1 to 200");
        }
        Rational eps = epsilon == null ? null : positive(epsilon, "--epsilon");
        if (rounds != null && rounds < 1) {
            throw new UserException("--rounds must be at least 1");
        }
        if (simulate != null && simulate < 1) {
            throw new UserException("--simulate must be at least 1, got " + simulate);
        }
        DynamicsOptions o;
        if (rationality.alpha != null) {
            Rational alpha;
            try {
                alpha = OptionValues.number("--alpha", rationality.alpha);
            } catch (NumberFormatException e) {
                throw new UserException("--alpha: '" + rationality.alpha + "' is not a number; give a decimal such as 0.5");
            }
            if (alpha.signum() < 0) {
                throw new UserException("--alpha must not be negative");
            }
            if (individual || !game.isCommonPayoff()) {
                throw new UserException("--alpha is supported for common-payoff games; give a rational --base for --individual");
            }
            o = DynamicsOptions.atAlpha(alpha);
        } else {
            Rational base = base();
            if (!individual && !game.isCommonPayoff()) {
                throw new UserException("this game's payoffs are not common; add --individual for the seed's extension to general games");
            }
            o = DynamicsOptions.atBase(base).withIndividual(individual);
            if (simulate != null) {
                o = o.withSimulation(simulate, seed);
            }
        }
        if (eps != null) {
            o = o.withEpsilon(eps);
        }
        if (rounds != null) {
            o = o.withRounds(rounds);
        }
        return o.withDigits(digits).withCertificates(root).withName(CertifyCommand.stem(gameFile));
    }

    private Rational base() {
        Rational base;
        try {
            base = OptionValues.number("--base", rationality.base);
        } catch (NumberFormatException e) {
            throw new UserException("--base: '" + rationality.base + "' is not a number; give a rational such as 2 or 3/2");
        }
        if (base.compareTo(Rational.ONE) < 0) {
            throw new UserException("--base must be at least 1 (alpha >= 0), got " + base);
        }
        return base;
    }

    /** A compact totally symmetric game: Z, E_p[U] and the most likely orbits, exactly. */
    private OrbitDynamicsResult orbits() {
        String[] parts = gamut.split(":");
        if (parts.length != 4) {
            throw new UserException("--gamut takes CLASS:PLAYERS:ACTIONS:SEED, e.g. CoordinationGame:100:3:7");
        }
        int n;
        int m;
        long s;
        try {
            n = Integer.parseInt(parts[1]);
            m = Integer.parseInt(parts[2]);
            s = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            throw new UserException("--gamut: players, actions and seed must be integers, got '" + gamut + "'");
        }
        if (n < 1 || n > 1000 || m < 1 || m > 10) {
            throw new UserException("--gamut: players must be 1..1000 and actions 1..10");
        }
        if (rationality.base == null) {
            throw new UserException("--gamut needs a rational --base");
        }
        return OrbitDynamics.analyse(parts[0], n, m, s, base(), digits);
    }

    private static Rational positive(String text, String option) {
        Rational r;
        try {
            r = OptionValues.number(option, text);
        } catch (NumberFormatException e) {
            throw new UserException(option + ": '" + text + "' is not a number; give a rational such as 1/10");
        }
        if (r.signum() <= 0) {
            throw new UserException(option + " must be positive, got " + text);
        }
        return r;
    }
}
