package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.number.Rational;

/**
 * The typed subdivision tree across the trust boundary: its data-line encoding round-trips exactly
 * (so the re-render rule accepts only what equicert writes), every malformed edit of a node list is
 * refused when read, and on generated count tables the replay refuses edges and anchors the game
 * does not have, at any index (0, 99, 100, Integer.MAX_VALUE).
 */
class SubdivisionTreeProperties {

    /** Indices biased to the edges: the old code's radix 100 and the int range. */
    private static final int[] INDICES = {0, 1, 2, 3, 99, 100, 101, 9_999, 10_000, Integer.MAX_VALUE};

    private static int index(SplittableRandom rnd) {
        return rnd.nextInt(4) == 0 ? INDICES[rnd.nextInt(INDICES.length)] : rnd.nextInt(4);
    }

    /** A random tree of at most {@code depth} levels; splits join two different vertices. */
    static SubdivisionTree tree(SplittableRandom rnd, int depth) {
        int pick = depth == 0 ? rnd.nextInt(2) : rnd.nextInt(4);
        if (pick == 0) {
            return new SubdivisionTree.Bound();
        }
        if (pick == 1) {
            List<Integer> anchor = new ArrayList<>();
            for (int q = 1 + rnd.nextInt(3); q > 0; q--) {
                anchor.add(index(rnd));
            }
            return new SubdivisionTree.Anchored(anchor);
        }
        int from = index(rnd);
        int to = index(rnd);
        if (to == from) {
            to = from == 0 ? 1 : from - 1;
        }
        return new SubdivisionTree.Split(index(rnd), from, to, tree(rnd, depth - 1), tree(rnd, depth - 1));
    }

    @Property(tries = 200)
    void theEncodingRoundTripsExactly(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int depth) {
        SubdivisionTree t = tree(new SplittableRandom(seed), depth);
        List<List<Object>> data = SubdivisionTreeCodec.toData(t);
        assertEquals(t.preorder().size(), data.size());
        SubdivisionTree back = SubdivisionTreeCodec.fromData(data);
        assertEquals(t, back);
        assertEquals(data, SubdivisionTreeCodec.toData(back));
    }

    @Property(tries = 200)
    @SuppressWarnings("unchecked")
    void everyMalformedEditOfANodeListIsRefused(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int depth,
            @ForAll @IntRange(min = 0, max = 5) int edit) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<List<Object>> data = new ArrayList<>();
        for (List<Object> node : SubdivisionTreeCodec.toData(tree(rnd, depth))) {
            data.add(new ArrayList<>(node));
        }
        int at = rnd.nextInt(data.size());
        List<Object> node = data.get(at);
        switch (edit) {
            case 0 -> data.remove(data.size() - 1); // ends early
            case 1 -> data.add(new ArrayList<>(List.of("bound"))); // unused entry
            case 2 -> node.add(0); // wrong arity (an anchored leaf's arity is the game's: see the replay property)
            case 3 -> {
                Assume.that(node.size() > 1);
                node.set(1 + rnd.nextInt(node.size() - 1), -1); // negative index
            }
            case 4 -> {
                Assume.that(node.get(0).equals("split"));
                node.set(3, node.get(2)); // a loop
            }
            default -> node.set(0, "leaf"); // unknown tag
        }
        Assume.that(!(edit == 2 && node.get(0).equals("anchored")));
        assertThrows(IllegalArgumentException.class, () -> SubdivisionTreeCodec.fromData(data), data::toString);
    }

    @Property(tries = 100)
    void theReplayRefusesEdgesAndAnchorsTheGameDoesNotHave(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int players,
            @ForAll @IntRange(min = 2, max = 4) int actions, @ForAll @IntRange(min = 0, max = 9) int which) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int size = CountTable.countVectors(players, actions).size();
        Rational[] table = new Rational[size];
        Rational max = null;
        for (int p = 0; p < size; p++) {
            table[p] = Rational.of(rnd.nextInt(-9, 10), rnd.nextInt(1, 4));
            max = max == null ? table[p] : max.max(table[p]);
        }
        int missing = INDICES[which] < actions ? actions : INDICES[which];
        SubdivisionTree far = new SubdivisionTree.Split(0, rnd.nextInt(actions), missing, new SubdivisionTree.Bound(), new SubdivisionTree.Bound());
        List<String> f = new ArrayList<>();
        SubdivisionReplay.leafExcesses(BernsteinDomain.ofCounts(players, actions, table), far, max, f);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("does not exist"), f.get(0));
        List<String> g = new ArrayList<>();
        SubdivisionReplay.leafExcesses(BernsteinDomain.ofCounts(players, actions, table), new SubdivisionTree.Anchored(List.of(missing)), max, g);
        assertEquals(1, g.size(), g.toString());
        // the same edge inside the simplex replays, and a Bernstein leaf at the largest coefficient holds with equality
        SubdivisionTree near = new SubdivisionTree.Split(0, 0, actions - 1, new SubdivisionTree.Bound(), new SubdivisionTree.Bound());
        List<String> h = new ArrayList<>();
        List<Rational> q = SubdivisionReplay.leafExcesses(BernsteinDomain.ofCounts(players, actions, table), near, max, h);
        assertTrue(h.isEmpty(), h.toString());
        assertEquals(2, q.size());
        assertTrue(q.stream().allMatch(x -> x.signum() <= 0), q.toString());
        List<Rational> root = SubdivisionReplay.leafExcesses(BernsteinDomain.ofCounts(players, actions, table), new SubdivisionTree.Bound(), max, h);
        assertEquals(List.of(Rational.ZERO), root);
    }

    @Example
    void aSplitOfAVertexWithItselfCannotBeBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SubdivisionTree.Split(0, 100, 100, new SubdivisionTree.Bound(), new SubdivisionTree.Bound()));
        assertTrue(e.getMessage().contains("joins a vertex to itself"), e.getMessage());
        assertFalse(new SubdivisionTree.Split(0, 0, 100, new SubdivisionTree.Bound(), new SubdivisionTree.Bound())
                .equals(new SubdivisionTree.Split(0, 1, 0, new SubdivisionTree.Bound(), new SubdivisionTree.Bound())));
    }

    @Example
    void aDeepTreeIsReadAndWrittenWithoutRecursion() {
        // a chain of 100,000 splits: reading, writing and walking it must not overflow the stack
        List<List<Object>> data = new ArrayList<>();
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            data.add(List.of("split", 0, 0, 1));
            data.add(List.of("bound"));
        }
        data.add(List.of("bound"));
        SubdivisionTree t = SubdivisionTreeCodec.fromData(data);
        assertEquals(2 * n + 1, t.preorder().size());
        assertEquals(data, SubdivisionTreeCodec.toData(t));
    }
}
