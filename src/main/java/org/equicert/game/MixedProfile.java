package org.equicert.game;

import java.util.Arrays;
import org.equicert.number.Rational;

/**
 * An exact mixed strategy profile: for each player a probability vector over its actions, with
 * non-negative entries summing to exactly 1.
 */
public final class MixedProfile {

    private final Rational[][] probabilities;

    private MixedProfile(Rational[][] probabilities) {
        this.probabilities = probabilities;
    }

    /**
     * A profile from per-player probability vectors (copied).
     *
     * @throws IllegalArgumentException if an entry is negative or a vector does not sum to 1
     */
    public static MixedProfile of(Rational[][] probabilities) {
        Rational[][] copy = new Rational[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            copy[i] = probabilities[i].clone();
            Rational sum = Rational.ZERO;
            for (int a = 0; a < copy[i].length; a++) {
                if (copy[i][a].signum() < 0) {
                    throw new IllegalArgumentException("negative probability " + copy[i][a] + " for player " + (i + 1) + " action " + (a + 1));
                }
                sum = sum.add(copy[i][a]);
            }
            if (!sum.equals(Rational.ONE)) {
                throw new IllegalArgumentException("player " + (i + 1) + "'s probabilities sum to " + sum + ", not 1");
            }
        }
        return new MixedProfile(copy);
    }

    /** {@return the pure profile as a mixed profile of point masses} */
    public static MixedProfile pure(int[] actionCounts, int[] profile) {
        Rational[][] p = new Rational[actionCounts.length][];
        for (int i = 0; i < actionCounts.length; i++) {
            p[i] = new Rational[actionCounts[i]];
            Arrays.fill(p[i], Rational.ZERO);
            p[i][profile[i]] = Rational.ONE;
        }
        return new MixedProfile(p);
    }

    /** {@return the profile in which every player plays the same strategy s} All players must have |s| actions. */
    public static MixedProfile symmetric(int players, Rational[] s) {
        Rational[][] p = new Rational[players][];
        for (int i = 0; i < players; i++) {
            p[i] = s.clone();
        }
        return of(p);
    }

    /** {@return number of players} */
    public int playerCount() {
        return probabilities.length;
    }

    /** {@return the probability that player i plays action a} */
    public Rational probability(int player, int action) {
        return probabilities[player][action];
    }

    /** {@return player i's strategy (a copy)} */
    public Rational[] strategy(int player) {
        return probabilities[player].clone();
    }

    /** {@return all strategies (a copy)} */
    public Rational[][] toArray() {
        return copyOf(probabilities);
    }

    /**
     * {@return a copy of per-player probability vectors, each row copied} For records holding a
     * profile as {@code Rational[][]}: their defensive copies in and out. O(total entries).
     */
    public static Rational[][] copyOf(Rational[][] probabilities) {
        Rational[][] copy = new Rational[probabilities.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = probabilities[i].clone();
        }
        return copy;
    }

    /** {@return the indices of actions player i plays with positive probability} */
    public int[] support(int player) {
        return java.util.stream.IntStream.range(0, probabilities[player].length)
                .filter(a -> probabilities[player][a].signum() > 0).toArray();
    }

    /** {@return true if every player's strategy is a point mass} */
    public boolean isPure() {
        for (int i = 0; i < probabilities.length; i++) {
            if (support(i).length != 1) {
                return false;
            }
        }
        return true;
    }

    /** {@return this profile with player i's strategy replaced} */
    public MixedProfile with(int player, Rational[] strategy) {
        Rational[][] p = toArray();
        p[player] = strategy.clone();
        return of(p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MixedProfile && Arrays.deepEquals(probabilities, ((MixedProfile) o).probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(probabilities);
    }

    /** Renders as {@code 1/3,2/3;1,0} (players separated by ';'); see {@link #format}. */
    @Override
    public String toString() {
        return format(probabilities);
    }

    /**
     * Per-player probability vectors as text, {@code 1/3,2/3;1,0}: players separated by ';', each
     * entry its canonical rational text, separated by ','. The one textual form of a profile used by
     * the CLI, the renderers and citation keys; the vectors need not be distributions. O(total
     * length of the text).
     */
    public static String format(Rational[][] probabilities) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < probabilities.length; i++) {
            sb.append(i == 0 ? "" : ";");
            for (int a = 0; a < probabilities[i].length; a++) {
                sb.append(a == 0 ? "" : ",").append(probabilities[i][a]);
            }
        }
        return sb.toString();
    }
}
