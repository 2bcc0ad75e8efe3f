package org.equicert.equilibrium;

import java.util.BitSet;
import java.util.List;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;

/**
 * The set of all Nash equilibria of a two-player game, as computed by {@link TwoPlayerEnumeration}.
 *
 * <p>Labels follow Shapley's convention: labels 0..m−1 are the row player's actions, m..m+n−1 the
 * column player's. A row strategy x "has" label i when x_i = 0 and label m+j when column action j is
 * a best response to x; symmetrically for column strategies. An equilibrium is a pair whose labels
 * together cover all m+n.
 *
 * <p>Every maximal Nash subset is a product X × Y of two faces: X the row strategies having all the
 * labels in {@link NashSubset#rowLabels()}, Y the column strategies having all of
 * {@link NashSubset#columnLabels()}; the two label sets together cover all labels. The set of all
 * equilibria is the union of the maximal Nash subsets; components are its connected parts.
 *
 * @param rowStrategies the extreme row strategies (normalized), indexed by the other records
 * @param columnStrategies the extreme column strategies (normalized)
 * @param extremeEquilibria all extreme equilibria, sorted
 * @param subsets the maximal Nash subsets
 * @param components the connected components
 */
public record TwoPlayerNashSet(int rowActions, int columnActions, List<Rational[]> rowStrategies,
        List<Rational[]> columnStrategies, List<ExtremeEquilibrium> extremeEquilibria,
        List<NashSubset> subsets, List<Component> components) {

    /** Defensive copies (strategies are copied in and out). */
    public TwoPlayerNashSet {
        rowStrategies = rowStrategies.stream().map(Rational[]::clone).toList();
        columnStrategies = columnStrategies.stream().map(Rational[]::clone).toList();
        extremeEquilibria = List.copyOf(extremeEquilibria);
        subsets = List.copyOf(subsets);
        components = List.copyOf(components);
    }

    /** {@return the row strategies (a copy)} */
    @Override
    public List<Rational[]> rowStrategies() {
        return rowStrategies.stream().map(Rational[]::clone).toList();
    }

    /** {@return the column strategies (a copy)} */
    @Override
    public List<Rational[]> columnStrategies() {
        return columnStrategies.stream().map(Rational[]::clone).toList();
    }

    /**
     * One extreme equilibrium.
     *
     * @param row index into {@link #rowStrategies()}
     * @param column index into {@link #columnStrategies()}
     * @param profile the profile
     * @param payoffs each player's exact expected payoff
     */
    public record ExtremeEquilibrium(int row, int column, MixedProfile profile, Rational[] payoffs) {
        /** Defensive copy. */
        public ExtremeEquilibrium {
            payoffs = payoffs.clone();
        }

        /** {@return the payoffs (a copy)} */
        @Override
        public Rational[] payoffs() {
            return payoffs.clone();
        }
    }

    /**
     * A maximal Nash subset conv(rows) × conv(columns).
     *
     * @param rows indices of its extreme row strategies
     * @param columns indices of its extreme column strategies
     * @param rowLabels the labels every row strategy of the subset has (defines the face)
     * @param columnLabels the labels every column strategy of the subset has
     * @param dimension the dimension of the product set
     */
    public record NashSubset(List<Integer> rows, List<Integer> columns, BitSet rowLabels, BitSet columnLabels, int dimension) {
        /** Defensive copies. */
        public NashSubset {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            rowLabels = (BitSet) rowLabels.clone();
            columnLabels = (BitSet) columnLabels.clone();
        }

        /** {@return the row labels (a copy)} */
        @Override
        public BitSet rowLabels() {
            return (BitSet) rowLabels.clone();
        }

        /** {@return the column labels (a copy)} */
        @Override
        public BitSet columnLabels() {
            return (BitSet) columnLabels.clone();
        }
    }

    /**
     * A connected component of the equilibrium set.
     *
     * @param subsets indices into {@link #subsets()}
     * @param extremeEquilibria indices into {@link #extremeEquilibria()}
     * @param dimension the largest dimension of its subsets (0 for an isolated equilibrium)
     */
    public record Component(List<Integer> subsets, List<Integer> extremeEquilibria, int dimension) {
        /** Defensive copies. */
        public Component {
            subsets = List.copyOf(subsets);
            extremeEquilibria = List.copyOf(extremeEquilibria);
        }
    }
}
