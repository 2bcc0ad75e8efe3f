package org.equicert.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equicert.number.Rational;

/**
 * An immutable finite Markov chain with exact rational transition probabilities, stored sparsely
 * by rows. Rows are validated to be probability vectors (non-negative, summing to exactly 1).
 */
public final class MarkovChain {

    /**
     * One nonzero transition.
     *
     * @param from source state
     * @param to target state
     * @param probability exact probability, in (0, 1]
     */
    public record Transition(int from, int to, Rational probability) {
    }

    private final int states;
    private final int[][] targets;
    private final Rational[][] probabilities;

    private MarkovChain(int states, int[][] targets, Rational[][] probabilities) {
        this.states = states;
        this.targets = targets;
        this.probabilities = probabilities;
    }

    /**
     * A chain from its transitions (zero-probability entries dropped, duplicates summed).
     *
     * @throws IllegalArgumentException if a row is not a probability vector
     */
    public static MarkovChain of(int states, List<Transition> transitions) {
        List<List<Transition>> rows = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            rows.add(new ArrayList<>());
        }
        for (Transition t : transitions) {
            if (t.from() < 0 || t.from() >= states || t.to() < 0 || t.to() >= states) {
                throw new IllegalArgumentException("transition " + t + " outside states 0.." + (states - 1));
            }
            if (t.probability().signum() < 0) {
                throw new IllegalArgumentException("negative transition probability " + t);
            }
            if (t.probability().signum() > 0) {
                rows.get(t.from()).add(t);
            }
        }
        int[][] targets = new int[states][];
        Rational[][] probs = new Rational[states][];
        for (int s = 0; s < states; s++) {
            List<Transition> row = rows.get(s);
            row.sort((a, b) -> Integer.compare(a.to(), b.to()));
            List<Integer> tg = new ArrayList<>();
            List<Rational> pr = new ArrayList<>();
            Rational sum = Rational.ZERO;
            for (Transition t : row) {
                if (!tg.isEmpty() && tg.get(tg.size() - 1) == t.to()) {
                    pr.set(pr.size() - 1, pr.get(pr.size() - 1).add(t.probability()));
                } else {
                    tg.add(t.to());
                    pr.add(t.probability());
                }
                sum = sum.add(t.probability());
            }
            if (!sum.equals(Rational.ONE)) {
                throw new IllegalArgumentException("row " + s + " of the transition matrix sums to " + sum + ", not 1");
            }
            targets[s] = tg.stream().mapToInt(Integer::intValue).toArray();
            probs[s] = pr.toArray(new Rational[0]);
        }
        return new MarkovChain(states, targets, probs);
    }

    /** Number of states. */
    public int states() {
        return states;
    }

    /** States reachable in one step from s (sorted). */
    public int[] successors(int s) {
        return targets[s].clone();
    }

    /** The number of nonzero transitions out of s. */
    public int degree(int s) {
        return targets[s].length;
    }

    /** The k-th successor of s (in increasing order). */
    public int successor(int s, int k) {
        return targets[s][k];
    }

    /** The probability of the k-th transition out of s. */
    public Rational probabilityAt(int s, int k) {
        return probabilities[s][k];
    }

    /** P(s → t). */
    public Rational probability(int s, int t) {
        int i = Arrays.binarySearch(targets[s], t);
        return i >= 0 ? probabilities[s][i] : Rational.ZERO;
    }

    /** All nonzero transitions, by rows. */
    public List<Transition> transitions() {
        List<Transition> r = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            for (int k = 0; k < targets[s].length; k++) {
                r.add(new Transition(s, targets[s][k], probabilities[s][k]));
            }
        }
        return r;
    }

    /** Number of nonzero transitions. */
    public int transitionCount() {
        int c = 0;
        for (int[] t : targets) {
            c += t.length;
        }
        return c;
    }

    /** The distribution after one step: (μP). */
    public Rational[] step(Rational[] mu) {
        Rational[] next = new Rational[states];
        Arrays.fill(next, Rational.ZERO);
        for (int s = 0; s < states; s++) {
            if (mu[s].isZero()) {
                continue;
            }
            for (int k = 0; k < targets[s].length; k++) {
                next[targets[s][k]] = next[targets[s][k]].add(mu[s].multiply(probabilities[s][k]));
            }
        }
        return next;
    }
}
