package org.equicert.equilibrium;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * A linear test that excludes a support profile S = S_1 × … × S_n by relaxing the product
 * distribution σ_1 ⊗ … ⊗ σ_n of an equilibrium to any joint distribution π on S with π(s) &gt; 0 for
 * every s, required to satisfy every player's conditions conditionally on each of the player's own
 * supported actions: for player i, each a' ∈ S_i, a reference action r ∈ S_i and every other action a,
 * Σ_{s ∈ S_{−i}} π(a', s)·(u_i(a, s) − u_i(r, s)) is = 0 when a ∈ S_i and ≤ 0 when a ∉ S_i. The
 * product of an equilibrium's strategies satisfies them (conditioned on a', the others still play
 * σ_{−i}, by independence), so when no such π exists the profile has no equilibrium.
 *
 * <p>It is at least as strong as {@link SupportRelaxation} (whose distribution μ on S_{−i} is any
 * one slice π(a', ·)), and stronger when players mix jointly: the slices of different players
 * share the entries of one π. The constraints are homogeneous, so π &gt; 0 is π ≥ 1 after scaling.
 *
 * <p>Cost: one exact LP feasibility problem in |S| = Π|S_i| variables with Σ_i |S_i|·(|A_i| − 1)
 * constraints, by phase 1 of the simplex method in fraction-free integers (exponential in the worst
 * case; 1–330 ms per support profile of the corpus game 5x4x3).
 *
 * <p>Reference: the relaxation is the correlated-equilibrium polytope restricted to S with the
 * support's indifferences (R. Aumann, "Subjectivity and correlation in randomized strategies",
 * J. Math. Econ. 1 (1974)); products of constraints with variables, linearised, as in the
 * reformulation–linearisation technique (H. Sherali and W. Adams, SIAM J. Discrete Math. 3 (1990)).
 */
public final class CorrelatedRelaxation {

    private final NormalFormGame game;
    private final int[][] supports;

    /**
     * @param supports each player's support (non-empty, increasing 0-based actions)
     */
    CorrelatedRelaxation(NormalFormGame game, int[][] supports) {
        this.game = game;
        this.supports = SupportRelaxation.checkedCopy(game, supports);
    }

    /** {@return true when no positive joint distribution on S satisfies the conditions, so S holds no equilibrium} */
    boolean excludes() {
        return exclusion().isPresent();
    }

    /**
     * Multipliers y[i][q][a] (player i, the q-th action a' of S_i, action a; 0 at the reference r_i,
     * ≥ 0 for a ∉ S_i) whose combination c(s) = Σ_i Σ_a y[i][index of s_i][a]·(u_i(a, s_{−i}) −
     * u_i(r_i, s_{−i})) is ≥ 0 at every s ∈ S and not identically 0: then Σ_s π(s)·c(s) &gt; 0 for
     * every positive π, yet the conditions make it a sum of terms = 0 and ≤ 0. Read off the final
     * phase-1 tableau (the simplex multipliers of the infeasible phase 1) and checked by {@link
     * #proves} before they are returned, so an exclusion never rests on the LP code alone.
     *
     * <p>The reference r_i is the last action of S_i.
     *
     * @param multipliers y[i][q][a], indexed by player, position in the player's support, action
     */
    public record Exclusion(Rational[][][] multipliers) implements SupportEquilibria.LinearExclusion {
        /** Deep defensive copy. */
        public Exclusion {
            multipliers = deepCopy(multipliers);
        }

        /** {@return the multipliers (a deep copy)} */
        @Override
        public Rational[][][] multipliers() {
            return deepCopy(multipliers);
        }

        private static Rational[][][] deepCopy(Rational[][][] y) {
            Rational[][][] out = new Rational[y.length][][];
            for (int i = 0; i < y.length; i++) {
                out[i] = new Rational[y[i].length][];
                for (int q = 0; q < y[i].length; q++) {
                    out[i][q] = y[i][q].clone();
                }
            }
            return out;
        }
    }

    /** {@return Farkas multipliers proving that S holds no equilibrium, when the relaxation is infeasible} */
    Optional<Exclusion> exclusion() {
        int n = game.playerCount();
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += supports[i].length * (game.actionCount(i) - 1);
        }
        List<BigInteger[]> rows = new ArrayList<>();
        boolean[] inequality = new boolean[count];
        int[][] label = new int[count][];
        BigInteger[] scale = new BigInteger[count];
        int[] stride = new int[n];
        int size = 1;
        for (int i = n - 1; i >= 0; i--) {
            stride[i] = size;
            size = Math.multiplyExact(size, supports[i].length);
        }
        int[] profile = new int[n];
        for (int i = 0; i < n; i++) {
            int r = supports[i][supports[i].length - 1];
            for (int q = 0; q < supports[i].length; q++) {
                for (int a = 0; a < game.actionCount(i); a++) {
                    if (a == r) {
                        continue;
                    }
                    // π = 1 + x with x ≥ 0: Σ d_s x_s (= or ≤) −Σ d_s, over the cells s with s_i = a'
                    Rational[] row = new Rational[size + 1];
                    Arrays.fill(row, Rational.ZERO);
                    Rational sum = Rational.ZERO;
                    for (int cell = 0; cell < size; cell++) {
                        if (cell / stride[i] % supports[i].length != q) {
                            continue;
                        }
                        for (int j = 0; j < n; j++) {
                            profile[j] = supports[j][cell / stride[j] % supports[j].length];
                        }
                        profile[i] = a;
                        Rational ua = game.payoff(i, profile);
                        profile[i] = r;
                        Rational d = ua.subtract(game.payoff(i, profile));
                        row[cell] = d;
                        sum = sum.add(d);
                    }
                    row[size] = sum.negate();
                    int index = rows.size();
                    inequality[index] = Arrays.binarySearch(supports[i], a) < 0;
                    label[index] = new int[] {i, q, a};
                    scale[index] = denominatorLcm(row);
                    rows.add(integers(row, scale[index]));
                }
            }
        }
        Optional<BigInteger[]> farkas = farkas(size, rows, inequality);
        if (farkas.isEmpty()) {
            return Optional.empty();
        }
        // u·(scaled row) ≤ 0 on every x column and u·rhs > 0: y = −u·scale on the rows as built
        Rational[][][] y = new Rational[n][][];
        for (int i = 0; i < n; i++) {
            y[i] = new Rational[supports[i].length][game.actionCount(i)];
            for (Rational[] slice : y[i]) {
                Arrays.fill(slice, Rational.ZERO);
            }
        }
        for (int index = 0; index < count; index++) {
            int[] l = label[index];
            y[l[0]][l[1]][l[2]] = Rational.of(farkas.get()[index].multiply(scale[index]).negate());
        }
        Exclusion e = new Exclusion(y);
        if (!proves(e)) {
            throw new ArithmeticException("phase-1 multipliers do not prove the exclusion of " + Arrays.deepToString(supports));
        }
        return Optional.of(e);
    }

    /**
     * Whether {@code e} proves that S holds no equilibrium: the multipliers have the shape of S, are
     * 0 at each reference action and ≥ 0 off the support, and their combination c is ≥ 0 on S with
     * some c(s) &gt; 0. Cost O(|S| · Σ|A_i|).
     */
    boolean proves(Exclusion e) {
        int n = game.playerCount();
        Rational[][][] y = e.multipliers();
        if (y.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int r = supports[i][supports[i].length - 1];
            if (y[i].length != supports[i].length) {
                return false;
            }
            for (Rational[] slice : y[i]) {
                if (slice.length != game.actionCount(i) || !slice[r].isZero()) {
                    return false;
                }
                for (int a = 0; a < slice.length; a++) {
                    if (Arrays.binarySearch(supports[i], a) < 0 && slice[a].signum() < 0) {
                        return false;
                    }
                }
            }
        }
        boolean positive = false;
        for (int[] s : profiles()) {
            Rational c = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                int[] profile = s.clone();
                int r = supports[i][supports[i].length - 1];
                Rational[] slice = y[i][Arrays.binarySearch(supports[i], s[i])];
                profile[i] = r;
                Rational ur = game.payoff(i, profile);
                for (int a = 0; a < slice.length; a++) {
                    if (!slice[a].isZero()) {
                        profile[i] = a;
                        c = c.add(slice[a].multiply(game.payoff(i, profile).subtract(ur)));
                    }
                }
            }
            if (c.signum() < 0) {
                return false;
            }
            positive |= c.signum() > 0;
        }
        return positive;
    }

    /** Every profile of S, fresh arrays. */
    private List<int[]> profiles() {
        List<int[]> out = new ArrayList<>();
        for (int[] s : SupportRelaxation.othersProfiles(supports, 0)) {
            for (int a : supports[0]) {
                int[] p = s.clone();
                p[0] = a;
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Phase 1 of the simplex method in fraction-free integer arithmetic: whether some x ≥ 0 satisfies
     * every row (coefficients of x, then the right-hand side), as an equation or, where {@code
     * inequality} says so, as ≤. Bland's rule (smallest index), which never cycles. Cost: one
     * fraction-free pivot of O(rows · columns) integer operations per step.
     *
     * @param size the number of unknowns x
     * @param rows each row's integer coefficients of x, then its right-hand side
     * @param inequality per row, true for ≤ and false for =
     */
    static boolean feasible(int size, List<BigInteger[]> rows, boolean[] inequality) {
        return farkas(size, rows, inequality).isEmpty();
    }

    /**
     * As {@link #feasible}; when infeasible, Farkas multipliers u (integers, one per row as given)
     * with u·row ≤ 0 on every column of x, u ≤ 0 on the ≤ rows and u·rhs &gt; 0: the simplex
     * multipliers c_B·B⁻¹ of the final phase-1 basis, times det(B), read from the reduced costs of
     * the artificial columns.
     */
    static Optional<BigInteger[]> farkas(int size, List<BigInteger[]> rows, boolean[] inequality) {
        int m = rows.size();
        if (m == 0) {
            return Optional.empty();
        }
        int slacks = 0;
        for (boolean b : inequality) {
            slacks += b ? 1 : 0;
        }
        int artificial = size + slacks;
        int rhs = artificial + m;
        BigInteger[][] t = new BigInteger[m + 1][rhs + 1];
        for (BigInteger[] row : t) {
            Arrays.fill(row, BigInteger.ZERO);
        }
        int[] basis = new int[m];
        int slack = size;
        for (int r = 0; r < m; r++) {
            BigInteger[] row = rows.get(r);
            boolean flip = row[size].signum() < 0;
            for (int c = 0; c < size; c++) {
                t[r][c] = flip ? row[c].negate() : row[c];
            }
            if (inequality[r]) {
                t[r][slack++] = flip ? BigInteger.ONE.negate() : BigInteger.ONE;
            }
            t[r][rhs] = flip ? row[size].negate() : row[size];
            t[r][artificial + r] = BigInteger.ONE;
            basis[r] = artificial + r;
            // objective: minimise the sum of the artificial variables; reduced costs −Σ rows
            for (int c = 0; c < artificial; c++) {
                t[m][c] = t[m][c].subtract(t[r][c]);
            }
            t[m][rhs] = t[m][rhs].subtract(t[r][rhs]);
        }
        IntegerTableau tableau = new IntegerTableau(t, basis);
        while (true) {
            int enter = -1;
            for (int c = 0; c < artificial && enter < 0; c++) {
                if (tableau.signum(m, c) < 0) {
                    enter = c;
                }
            }
            if (enter < 0) {
                if (tableau.signum(m, rhs) == 0) {
                    return Optional.empty();
                }
                // reduced cost of artificial r is det·(1 − u_r); rows entered flipped get −u_r
                BigInteger det = tableau.determinant();
                BigInteger[] u = new BigInteger[m];
                for (int r = 0; r < m; r++) {
                    BigInteger ur = det.subtract(tableau.entry(m, artificial + r));
                    u[r] = rows.get(r)[size].signum() < 0 ? ur.negate() : ur;
                }
                return Optional.of(u);
            }
            int leave = -1;
            for (int r = 0; r < m; r++) {
                if (tableau.signum(r, enter) > 0) {
                    int cmp = leave < 0 ? -1 : tableau.compareRatios(r, leave, enter, rhs);
                    if (cmp < 0 || (cmp == 0 && tableau.basic(r) < tableau.basic(leave))) {
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                // the phase-1 objective is bounded below by 0; an unbounded ray cannot lower it
                throw new IllegalStateException("phase 1 unbounded in column " + enter);
            }
            tableau.pivot(leave, enter);
        }
    }

    /** The least common multiple of the denominators. */
    private static BigInteger denominatorLcm(Rational[] row) {
        BigInteger lcm = BigInteger.ONE;
        for (Rational x : row) {
            BigInteger d = x.denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        return lcm;
    }

    /** The row times {@code scale}, a common multiple of its denominators. */
    private static BigInteger[] integers(Rational[] row, BigInteger scale) {
        BigInteger[] out = new BigInteger[row.length];
        for (int c = 0; c < row.length; c++) {
            out[c] = row[c].numerator().multiply(scale.divide(row[c].denominator()));
        }
        return out;
    }
}
