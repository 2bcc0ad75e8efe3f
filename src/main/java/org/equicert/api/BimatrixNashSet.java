package org.equicert.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * Every Nash equilibrium of a two-player game: the extreme equilibria (each certified Nash), the
 * connected components with their maximal Nash subsets, and the completeness statement backed by
 * the {@code nash-set} certificate.
 *
 * @param extremeEquilibria every extreme equilibrium, sorted
 * @param enumeration backs the count of extreme equilibria (vertex enumeration; not certified)
 * @param components the connected components of the equilibrium set
 * @param structure backs the components and subsets (computed from the vertices; not certified)
 * @param complete the equilibria are exactly the union of the label-defined sets of the maximal
 *     Nash subsets (the {@code nash-set} certificate)
 */
public record BimatrixNashSet(List<NashEquilibrium> extremeEquilibria, Citation enumeration, List<Component> components,
        Citation structure, Completeness complete) implements NashSet {

    /** Copies the lists. */
    public BimatrixNashSet {
        extremeEquilibria = List.copyOf(extremeEquilibria);
        components = List.copyOf(components);
        Objects.requireNonNull(enumeration, "enumeration");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(complete, "complete");
    }

    @Override
    public List<NashEquilibrium> exactEquilibria() {
        return extremeEquilibria;
    }

    @Override
    public Optional<Completeness> completeness() {
        return Optional.of(complete);
    }

    /**
     * A connected component of the equilibrium set.
     *
     * @param extremeEquilibria its extreme equilibria, 0-based indices into
     *     {@link BimatrixNashSet#extremeEquilibria()}
     * @param dimension the largest dimension of its subsets (0 for an isolated equilibrium)
     * @param subsets its maximal Nash subsets
     */
    public record Component(List<Integer> extremeEquilibria, int dimension, List<MaximalSubset> subsets) {

        /** Copies the lists. */
        public Component {
            extremeEquilibria = List.copyOf(extremeEquilibria);
            subsets = List.copyOf(subsets);
            if (extremeEquilibria.isEmpty()) {
                throw new IllegalArgumentException("a component has at least one extreme equilibrium, got none");
            }
        }
    }

    /**
     * A maximal Nash subset conv(rowStrategies) × conv(columnStrategies).
     *
     * @param rowStrategies its extreme row strategies, each a probability per row action
     * @param columnStrategies its extreme column strategies
     * @param dimension the dimension of the product set
     */
    public record MaximalSubset(List<List<Rational>> rowStrategies, List<List<Rational>> columnStrategies, int dimension) {

        /** Deep copies of the strategy lists. */
        public MaximalSubset {
            rowStrategies = rowStrategies.stream().map(List::copyOf).toList();
            columnStrategies = columnStrategies.stream().map(List::copyOf).toList();
        }
    }
}
