package org.equicert.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The dependency structure of seed 002: D_i is player i with everyone its strategy or utility
 * queries; j ≼ i when j ∈ D_i; ≼* is the reflexive–transitive closure. Players equivalent under
 * ≼* form classes, partially ordered by ≼*. A class is minimal when it depends on no other class.
 * In a finite game every class is well-founded (it is finite and, by induction on the order, only
 * queries well-founded classes).
 */
public final class DependencyPoset {

    private final OracleGame game;
    private final boolean[][] reach; // reach[i][j]: j ≼* i
    private final List<TreeSet<Integer>> classes;
    private final int[] classOf;

    /** Computes the poset of a game. */
    public DependencyPoset(OracleGame game) {
        this.game = game;
        int n = game.size();
        reach = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j : game.dependencySet(i)) {
                reach[i][j] = true;
            }
            reach[i][i] = true;
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (reach[i][k]) {
                    for (int j = 0; j < n; j++) {
                        reach[i][j] |= reach[k][j];
                    }
                }
            }
        }
        classOf = new int[n];
        List<TreeSet<Integer>> found = new ArrayList<>();
        Arrays.fill(classOf, -1);
        for (int i = 0; i < n; i++) {
            if (classOf[i] >= 0) {
                continue;
            }
            TreeSet<Integer> c = new TreeSet<>();
            for (int j = 0; j < n; j++) {
                if (reach[i][j] && reach[j][i]) {
                    c.add(j);
                }
            }
            found.add(c);
            for (int j : c) {
                classOf[j] = found.size() - 1;
            }
        }
        // order the classes so that each comes after every class below it
        List<TreeSet<Integer>> ordered = new ArrayList<>();
        boolean[] placed = new boolean[found.size()];
        while (ordered.size() < found.size()) {
            for (int c = 0; c < found.size(); c++) {
                if (placed[c]) {
                    continue;
                }
                boolean ready = true;
                for (int d = 0; d < found.size() && ready; d++) {
                    if (d != c && !placed[d] && below(found.get(d), found.get(c))) {
                        ready = false;
                    }
                }
                if (ready) {
                    placed[c] = true;
                    ordered.add(found.get(c));
                    break;
                }
            }
        }
        classes = List.copyOf(ordered);
        for (int c = 0; c < classes.size(); c++) {
            for (int j : classes.get(c)) {
                classOf[j] = c;
            }
        }
    }

    private boolean below(TreeSet<Integer> lower, TreeSet<Integer> upper) {
        return reach[upper.first()][lower.first()];
    }

    /** The game. */
    public OracleGame game() {
        return game;
    }

    /** True when j ≼* i (i depends on j, possibly indirectly; reflexive). */
    public boolean dependsOn(int i, int j) {
        return reach[i][j];
    }

    /** The classes, each after every class below it (a linear extension of the poset). */
    public List<TreeSet<Integer>> classes() {
        return classes;
    }

    /** The index (in {@link #classes()}) of player i's class. */
    public int classOf(int i) {
        return classOf[i];
    }

    /** The classes directly or indirectly below class c (excluding c). */
    public TreeSet<Integer> classesBelow(int c) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int d = 0; d < classes.size(); d++) {
            if (d != c && below(classes.get(d), classes.get(c))) {
                out.add(d);
            }
        }
        return out;
    }

    /** True when class c depends on no other class. */
    public boolean isMinimal(int c) {
        return classesBelow(c).isEmpty();
    }

    /** The classes immediately below c (covering relation of the poset). */
    public TreeSet<Integer> classesCovered(int c) {
        TreeSet<Integer> below = classesBelow(c);
        TreeSet<Integer> out = new TreeSet<>(below);
        for (int d : below) {
            out.removeAll(classesBelow(d));
        }
        return out;
    }
}
