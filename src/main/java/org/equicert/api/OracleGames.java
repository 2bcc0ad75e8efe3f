package org.equicert.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.equicert.bridge.OracleClaims;
import org.equicert.number.Rational;
import org.equicert.oracle.DependencyPoset;
import org.equicert.oracle.FixedPoints;
import org.equicert.oracle.OracleGame;
import org.equicert.oracle.OracleGameReader;
import org.equicert.oracle.StratifiedPareto;

/**
 * The oracle-game job (seed 002): dependency sets and classes, the equilibrium set as a union of
 * polytopes, and the stratified Pareto optima, each optimum certified ({@code oracle-spo}).
 *
 * <p>Cost: the equilibrium set by exact vertex enumeration of each strategy piece's polytope
 * ({@link FixedPoints}); the optima by {@link StratifiedPareto} (Bernstein branch and bound, at most
 * 4,000 nodes per polytope); one checker run per optimum.
 */
public final class OracleGames {

    private OracleGames() {
    }

    /**
     * Reads the game in {@code file} (equicert's oracle JSON format, within {@link OracleOptions#limits()})
     * and solves it.
     *
     * @throws org.equicert.input.InputFileException for a file that cannot be read or is not a
     *     game, with file, line and column
     * @throws org.equicert.oracle.UnsupportedGameException for a game outside what the solver handles
     */
    public static OracleResult solve(Path file, OracleOptions options) {
        return solve(OracleGameReader.read(file, options.limits()), options);
    }

    /**
     * Solves {@code game}, certifying into {@link OracleOptions#certificates()}.
     *
     * @throws org.equicert.oracle.UnsupportedGameException for a game outside what the solver handles
     */
    public static OracleResult solve(OracleGame game, OracleOptions options) {
        options.progress().report("oracle: " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        return solve(game, options.baseName(), options.certifier());
    }

    /**
     * Solves {@code game} with a certifier shared by several jobs (certificates {@code BASE-spo-K}).
     *
     * @throws org.equicert.oracle.UnsupportedGameException for a game outside what the solver handles
     */
    public static OracleResult solve(OracleGame game, String baseName, Certifier certifier) {
        StratifiedPareto pareto = new StratifiedPareto(game);
        DependencyPoset poset = pareto.poset();
        StratifiedPareto.Result spo = pareto.compute();
        List<Citation> certs = new ArrayList<>();
        for (int k = 0; k < spo.optima().size(); k++) {
            certs.add(certifier.certify(baseName + "-spo-" + (k + 1), OracleClaims.spo(game, spo.optima().get(k))));
        }
        List<OracleResult.DependencySet> dependencies = new ArrayList<>();
        for (int i = 0; i < game.size(); i++) {
            dependencies.add(new OracleResult.DependencySet(i, new ArrayList<>(game.dependencySet(i))));
        }
        List<OracleResult.PlayerClass> classes = new ArrayList<>();
        for (int c = 0; c < poset.classes().size(); c++) {
            TreeSet<Integer> members = poset.classes().get(c);
            classes.add(new OracleResult.PlayerClass(new ArrayList<>(members), poset.isMinimal(c), new ArrayList<>(poset.classesCovered(c))));
        }
        // every oracle-spo checker recomputes the dependency classes from the stated game and requires them to match
        Citation classesCitation = certs.isEmpty()
                ? Citation.notCertified("no stratified Pareto optimum was certified, and only its certificate checks the classes")
                : certs.get(0);
        List<OracleResult.EquilibriumPolytope> set = new ArrayList<>();
        for (FixedPoints.Polytope p : new FixedPoints(game).all()) {
            List<Rational[][]> vertices = new ArrayList<>();
            p.vertices().forEach(v -> vertices.add(FixedPoints.split(game, v)));
            set.add(new OracleResult.EquilibriumPolytope(p.dimension(), vertices));
        }
        List<OracleResult.Optimum> optima = new ArrayList<>();
        for (int k = 0; k < spo.optima().size(); k++) {
            Rational[][] point = spo.optima().get(k).point();
            List<Rational> utilities = new ArrayList<>();
            for (int i = 0; i < game.size(); i++) {
                utilities.add(game.utility(i, point));
            }
            optima.add(new OracleResult.Optimum(point, utilities, certs.get(k)));
        }
        return new OracleResult(game, dependencies,
                Citation.notCertified("read off the strategy maps and utilities; no certificate states it"),
                classes, classesCitation,
                Citation.notCertified("computed from the dependency sets; the certificates check the classes, not their order"),
                set, Citation.notCertified("exact fixed-point computation; the oracle-spo certificates cover only the slices through each optimum"),
                optima, Citation.notCertified("the search is over the polytopes' vertices; that no other point is stratified Pareto optimal"
                        + " is not certified"),
                spo.undecided(), certifier.certificates(), certifier.requested(), spo.undecided().isEmpty() && certifier.allChecked());
    }
}
