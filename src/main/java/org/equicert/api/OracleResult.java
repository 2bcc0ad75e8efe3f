package org.equicert.api;

import java.util.List;
import java.util.Objects;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;
import org.equicert.oracle.OracleGame;

/**
 * What the oracle-game job ({@link OracleGames#solve}) found about one game, each stated fact with
 * the {@link Citation} that backs it. Immutable (lists copied, arrays copied in and out).
 *
 * @param game the game solved
 * @param dependencySets each player's dependency set D(i), in player order
 * @param dependencyCitation why the dependency sets are stated (read off the game; not certified)
 * @param classes the dependency classes (strongly connected components), bottom-up
 * @param classesCitation the first optimum's certificate, whose checker recomputes the classes
 * @param orderCitation why the order of the classes is stated (computed; not certified)
 * @param equilibriumSet the fixed points of all strategy maps as a union of polytopes
 * @param equilibriumCitation why the equilibrium set is stated (exact computation; not certified)
 * @param optima the stratified Pareto optima found, each with its certificate's citation
 * @param optimaCitation why their number is stated (the search is over vertices; not certified)
 * @param undecided what could not be decided, in words (empty when everything was)
 * @param certificates the certificates the checker accepted and this job wrote, in order
 * @param certificatesRequested whether certificates were requested
 * @param allChecked true when every optimum was decided and no certificate was rejected
 */
public record OracleResult(OracleGame game, List<DependencySet> dependencySets, Citation dependencyCitation, List<PlayerClass> classes,
        Citation classesCitation, Citation orderCitation, List<EquilibriumPolytope> equilibriumSet, Citation equilibriumCitation,
        List<Optimum> optima, Citation optimaCitation, List<String> undecided, List<CheckedCertificate> certificates,
        boolean certificatesRequested, boolean allChecked) {

    /** Copies the lists; no component may be null. */
    public OracleResult {
        Objects.requireNonNull(game, "game");
        dependencySets = List.copyOf(dependencySets);
        Objects.requireNonNull(dependencyCitation, "dependencyCitation");
        classes = List.copyOf(classes);
        Objects.requireNonNull(classesCitation, "classesCitation");
        Objects.requireNonNull(orderCitation, "orderCitation");
        equilibriumSet = List.copyOf(equilibriumSet);
        Objects.requireNonNull(equilibriumCitation, "equilibriumCitation");
        optima = List.copyOf(optima);
        Objects.requireNonNull(optimaCitation, "optimaCitation");
        undecided = List.copyOf(undecided);
        certificates = List.copyOf(certificates);
    }

    /**
     * Player {@code player}'s dependency set: the players whose outputs its strategy map or its
     * utility reads, and itself (seed 002, Definition of D(i)).
     *
     * @param player 0-based player index
     * @param dependencies 0-based player indices, ascending
     */
    public record DependencySet(int player, List<Integer> dependencies) {
        /** Copies. */
        public DependencySet {
            dependencies = List.copyOf(dependencies);
        }
    }

    /**
     * A dependency class: players that depend on each other, directly or through others.
     *
     * @param members 0-based player indices, ascending
     * @param minimal true when it depends on no other class
     * @param covers indices (in {@link OracleResult#classes()}) of the classes directly below it
     */
    public record PlayerClass(List<Integer> members, boolean minimal, List<Integer> covers) {
        /** Copies. */
        public PlayerClass {
            members = List.copyOf(members);
            covers = List.copyOf(covers);
        }
    }

    /**
     * One polytope of the equilibrium set.
     *
     * @param dimension its affine dimension
     * @param vertices its vertices, each one distribution per player
     */
    public record EquilibriumPolytope(int dimension, List<Rational[][]> vertices) {
        /** Copies. */
        public EquilibriumPolytope {
            vertices = vertices.stream().map(MixedProfile::copyOf).toList();
        }

        /** Copies of the vertices. */
        @Override
        public List<Rational[][]> vertices() {
            return vertices.stream().map(MixedProfile::copyOf).toList();
        }
    }

    /**
     * A stratified Pareto optimum.
     *
     * @param point one distribution per player
     * @param utilities each player's exact utility at the point
     * @param citation its {@code oracle-spo} certificate (membership, completeness of each class's
     *     slice, no stratified Pareto improvement), or why there is none
     */
    public record Optimum(Rational[][] point, List<Rational> utilities, Citation citation) {
        /** Copies. */
        public Optimum {
            point = MixedProfile.copyOf(point);
            utilities = List.copyOf(utilities);
            Objects.requireNonNull(citation, "citation");
        }

        /** A copy of the point. */
        @Override
        public Rational[][] point() {
            return MixedProfile.copyOf(point);
        }
    }
}
