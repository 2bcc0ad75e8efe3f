package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.dynamics.MarkovChain;
import org.equicert.dynamics.StationaryAnalysis;
import org.equicert.number.Rational;

/**
 * The checker's closed-class count (Kosaraju, in {@code certificate}) against the producer's
 * (Tarjan, in {@code dynamics}) on generated chains: two independent methods, one answer. Chains
 * are biased to the edges: one state, absorbing states, self-loops only, stated zero-probability
 * transitions (which the checker must ignore), and long paths.
 */
class ChainClassesProperties {

    /** A random chain on {@code states} states, each row uniform over 1 to 3 successors; {@code density} in 0..3 biases the shape. */
    private static List<StationaryClaim.Transition> chain(SplittableRandom rnd, int states, int density) {
        List<StationaryClaim.Transition> out = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            int successors = density == 0 ? 1 : 1 + rnd.nextInt(Math.min(3, density + 1));
            List<Integer> targets = new ArrayList<>();
            for (int k = 0; k < successors; k++) {
                int t = density == 0 ? (rnd.nextBoolean() ? s : Math.min(states - 1, s + 1)) : rnd.nextInt(states);
                if (!targets.contains(t)) {
                    targets.add(t);
                }
            }
            for (int t : targets) {
                out.add(new StationaryClaim.Transition(s, t, Rational.of(1, targets.size())));
            }
            if (rnd.nextInt(4) == 0) {
                out.add(new StationaryClaim.Transition(s, rnd.nextInt(states), Rational.ZERO));
            }
        }
        return out;
    }

    private static int producerCount(int states, List<StationaryClaim.Transition> transitions) {
        List<MarkovChain.Transition> ts = transitions.stream().filter(t -> t.probability().signum() > 0)
                .map(t -> new MarkovChain.Transition(t.from(), t.to(), t.probability())).toList();
        return new StationaryAnalysis(MarkovChain.of(states, ts)).closedClasses().size();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.FIRST)
    void checkerAndProducerCountTheSameClosedClasses(@ForAll @IntRange(min = 1, max = 14) int states, @ForAll @IntRange(min = 0, max = 3) int density,
            @ForAll long seed) {
        List<StationaryClaim.Transition> ts = chain(new SplittableRandom(seed), states, density);
        assertEquals(producerCount(states, ts), ChainClasses.closedClasses(states, ts), ts.toString());
    }

    @Example
    void reducibleChainHasTwoClosedClasses() {
        // 0 <-> 1, 2 absorbing, 3 -> {0, 2}, and a stated zero transition 2 -> 3 that must not join 2 and 3
        List<StationaryClaim.Transition> ts = List.of(new StationaryClaim.Transition(0, 1, Rational.ONE),
                new StationaryClaim.Transition(1, 0, Rational.ONE), new StationaryClaim.Transition(2, 2, Rational.ONE),
                new StationaryClaim.Transition(2, 3, Rational.ZERO), new StationaryClaim.Transition(3, 0, Rational.HALF),
                new StationaryClaim.Transition(3, 2, Rational.HALF));
        assertEquals(2, ChainClasses.closedClasses(4, ts));
    }

    @Example
    void everyAbsorbingStateIsAClass() {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            ts.add(new StationaryClaim.Transition(s, s, Rational.ONE));
        }
        assertEquals(5, ChainClasses.closedClasses(5, ts));
    }

    @Example
    void aPathOfHalfAMillionStatesHasOneClassAndNoStackOverflow() {
        int n = 500_000;
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        for (int s = 0; s + 1 < n; s++) {
            ts.add(new StationaryClaim.Transition(s, s + 1, Rational.ONE));
        }
        ts.add(new StationaryClaim.Transition(n - 1, n - 1, Rational.ONE));
        assertEquals(1, ChainClasses.closedClasses(n, ts));
        ts.set(ts.size() - 1, new StationaryClaim.Transition(n - 1, 0, Rational.ONE));
        assertEquals(1, ChainClasses.closedClasses(n, ts));
    }
}
