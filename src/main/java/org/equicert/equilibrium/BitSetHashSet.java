package org.equicert.equilibrium;

/**
 * A set of nonempty subsets of {0, …, size−1}, each stored as ⌈size/64⌉ words in one flat
 * open-addressing table: about 16·⌈size/64⌉ bytes per element at the maximal load of one half,
 * against some 100 bytes for a {@link java.util.HashSet} of {@link java.util.BitSet}s.
 *
 * <p>The empty set cannot be an element (all-zero words mark a free slot). Expected O(⌈size/64⌉)
 * per operation.
 *
 * <p>Reference: open addressing with linear probing (D. E. Knuth, <i>The Art of Computer
 * Programming</i> Vol. 3, §6.4, Algorithm L).
 */
final class BitSetHashSet {

    private final int words;
    private long[] table;
    private int capacity;
    private int count;

    /** A set of subsets of {0, …, size−1}. */
    BitSetHashSet(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("universe size " + size + " must be positive");
        }
        this.words = (size + 63) >>> 6;
        this.capacity = 1 << 10;
        this.table = new long[capacity * words];
    }

    /** Number of elements. */
    int size() {
        return count;
    }

    /**
     * Adds the subset given by its words (bit b of word b/64 is element b).
     *
     * @return whether it was absent
     * @throws IllegalArgumentException if the subset is empty or the wrong width
     */
    boolean add(long[] key) {
        if (key.length != words) {
            throw new IllegalArgumentException("key has " + key.length + " words, not " + words);
        }
        boolean empty = true;
        for (long w : key) {
            empty &= w == 0;
        }
        if (empty) {
            throw new IllegalArgumentException("the empty set cannot be stored");
        }
        if (2 * (count + 1) > capacity) {
            grow();
        }
        if (insert(table, capacity, key)) {
            count++;
            return true;
        }
        return false;
    }

    private boolean insert(long[] into, int slots, long[] key) {
        int mask = slots - 1;
        int slot = hash(key) & mask;
        while (true) {
            int base = slot * words;
            boolean free = true;
            boolean same = true;
            for (int w = 0; w < words; w++) {
                long v = into[base + w];
                free &= v == 0;
                same &= v == key[w];
            }
            if (same) {
                return false;
            }
            if (free) {
                System.arraycopy(key, 0, into, base, words);
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        if ((long) capacity * 2 * words > 1 << 30) {
            throw new IllegalStateException("more than " + count + " sets stored");
        }
        int larger = capacity << 1;
        long[] bigger = new long[larger * words];
        long[] key = new long[words];
        for (int s = 0; s < capacity; s++) {
            boolean free = true;
            for (int w = 0; w < words; w++) {
                key[w] = table[s * words + w];
                free &= key[w] == 0;
            }
            if (!free) {
                insert(bigger, larger, key);
            }
        }
        table = bigger;
        capacity = larger;
    }

    private static int hash(long[] key) {
        long h = 0x9E3779B97F4A7C15L;
        for (long w : key) {
            h = (h ^ w) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        h *= 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 32));
    }
}
