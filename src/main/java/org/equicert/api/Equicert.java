package org.equicert.api;

import java.nio.file.Path;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.input.InputLimits;
import org.equicert.number.Rational;

/**
 * The library's front door: the tool version and one entry point per job.
 *
 * <p>Each job takes a game (or a file) and options and returns an immutable result whose facts each
 * carry a {@link Citation}, with the {@link CheckedCertificate}s written in the run. Options say where
 * certificates go (none: every fact is "not certified" and nothing is written). The same results are
 * what the command-line tool renders as text and JSON ({@code org.equicert.report}).
 *
 * <pre>{@code
 * NormalFormGame game = Equicert.readGame(Path.of("examples/coordination.nfg"));
 * NashSetResult nash = Equicert.nashSet(game, NashOptions.defaults().withCertificates(Path.of("out")));
 * }</pre>
 */
public final class Equicert {

    /** The tool version written into and required of every certificate. */
    public static final String VERSION = "0.1.0";

    private Equicert() {
    }

    /**
     * Reads a game: a Gambit {@code .nfg} file or an equicert {@code .json} game, within the default
     * input limits.
     *
     * @throws org.equicert.input.InputFileException with file:line:column when the file is malformed
     */
    public static NormalFormGame readGame(Path file) {
        return GameFiles.read(file, InputLimits.DEFAULT);
    }

    /** Every Nash equilibrium of {@code game}, with certificates ({@code equicert nash}). */
    public static NashSetResult nashSet(NormalFormGame game, NashOptions options) {
        return NashSets.solve(game, options);
    }

    /** Whether a profile is a Nash (or ε-Nash) equilibrium and its exact regrets ({@code equicert certify}). */
    public static ProfileCertificationResult certifyProfile(NormalFormGame game, List<List<Rational>> profile, ProfileOptions options) {
        return ProfileCertification.certify(game, profile, options);
    }

    /** Another solver's list of equilibria (a file in any format {@code compare} reads) against the exact set. */
    public static ComparisonResult compare(NormalFormGame game, Path claims, CompareOptions options) {
        return Comparison.compare(game, claims, options);
    }

    /** Another solver's list of equilibria, already parsed, against the exact set. */
    public static ComparisonResult compare(NormalFormGame game, List<ClaimedProfile> claims, CompareOptions options) {
        return Comparison.compare(game, claims, options);
    }

    /** The certified global symmetric optimum, local optima and stability of seed 001 ({@code equicert symmetric}). */
    public static SymmetricResult symmetricOptimum(NormalFormGame game, SymmetricOptions options) {
        return SymmetricOptima.analyze(game, options);
    }

    /** Seed 000's learning dynamics: stationary law, Theorem 1's α, certified minimal α ({@code equicert dynamics}). */
    public static DynamicsResult dynamics(NormalFormGame game, DynamicsOptions options) {
        return LearningDynamics.analyse(game, options);
    }

    /** Seed 002's cooperative-oracle game: equilibrium sets and stratified Pareto optima ({@code equicert oracle}). */
    public static OracleResult oracle(Path file, OracleOptions options) {
        return OracleGames.solve(file, options);
    }

    /** A game's structure and symmetries ({@code equicert info}). */
    public static GameInfo info(NormalFormGame game) {
        return GameInfo.of(game);
    }
}
