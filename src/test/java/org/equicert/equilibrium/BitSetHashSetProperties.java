package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The packed set of bit sets against {@link HashSet} of {@link BitSet}, through several resizes. */
class BitSetHashSetProperties {

    @Property(tries = 60)
    void behavesLikeAHashSetOfBitSets(@ForAll @IntRange(min = 1, max = 200) int size, @ForAll @IntRange(min = 1, max = 5000) int adds,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        BitSetHashSet packed = new BitSetHashSet(size);
        Set<BitSet> plain = new HashSet<>();
        int words = (size + 63) / 64;
        for (int k = 0; k < adds; k++) {
            BitSet s = new BitSet(size);
            // few bits, so that repeats are frequent
            int bits = 1 + rnd.nextInt(3);
            for (int b = 0; b < bits; b++) {
                s.set(rnd.nextInt(Math.min(size, 12)) * (size > 12 ? size / 12 : 1));
            }
            long[] key = Arrays.copyOf(s.toLongArray(), words);
            assertEquals(plain.add(s), packed.add(key), "adding " + s);
            assertEquals(plain.size(), packed.size());
        }
    }

    @Example
    void theEmptySetAndWrongWidthsAreRejected() {
        BitSetHashSet set = new BitSetHashSet(70);
        assertThrows(IllegalArgumentException.class, () -> set.add(new long[2]));
        assertThrows(IllegalArgumentException.class, () -> set.add(new long[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new BitSetHashSet(0));
    }

    @Example
    void highBitsAreDistinct() {
        BitSetHashSet set = new BitSetHashSet(128);
        assertEquals(true, set.add(new long[] {0, Long.MIN_VALUE}));
        assertEquals(true, set.add(new long[] {Long.MIN_VALUE, 0}));
        assertEquals(false, set.add(new long[] {0, Long.MIN_VALUE}));
        assertEquals(2, set.size());
    }
}
