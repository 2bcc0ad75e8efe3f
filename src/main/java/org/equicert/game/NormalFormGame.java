package org.equicert.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equicert.number.Rational;

/**
 * An immutable finite n-player normal-form game with an exact rational payoff for every player at
 * every pure profile.
 *
 * <p>Pure profiles are indexed in Gambit's odometer order: player 0's action changes fastest, so
 * profile (a0, a1, …) has index a0 + k0·a1 + k0·k1·a2 + … with k_i the action counts.
 */
public final class NormalFormGame {

    private final String title;
    private final List<String> players;
    private final List<List<String>> actions;
    private final int[] actionCounts;
    private final int[] strides;
    private final int profileCount;
    /** payoffs[player][profileIndex]. */
    private final Rational[][] payoffs;

    private NormalFormGame(String title, List<String> players, List<List<String>> actions, Rational[][] payoffs) {
        this.title = title;
        this.players = players;
        this.actions = actions;
        this.actionCounts = new int[players.size()];
        this.strides = new int[players.size()];
        long count = 1;
        for (int i = 0; i < players.size(); i++) {
            actionCounts[i] = actions.get(i).size();
            strides[i] = (int) count;
            count *= actionCounts[i];
            if (count > Integer.MAX_VALUE / 4) {
                throw new IllegalArgumentException("game too large: more than " + (Integer.MAX_VALUE / 4) + " pure profiles");
            }
        }
        this.profileCount = (int) count;
        this.payoffs = payoffs;
    }

    /**
     * A game from names and a payoff table {@code payoffs[player][profileIndex]} (copied).
     *
     * @throws IllegalArgumentException if counts do not match, or a player has no action
     */
    public static NormalFormGame of(String title, List<String> players, List<List<String>> actions, Rational[][] payoffs) {
        if (players.isEmpty()) {
            throw new IllegalArgumentException("a game needs at least one player");
        }
        if (actions.size() != players.size()) {
            throw new IllegalArgumentException(players.size() + " players but " + actions.size() + " action lists");
        }
        List<List<String>> acts = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).isEmpty()) {
                throw new IllegalArgumentException("player " + (i + 1) + " has no action");
            }
            acts.add(List.copyOf(actions.get(i)));
        }
        NormalFormGame g = new NormalFormGame(title == null ? "" : title, List.copyOf(players), List.copyOf(acts), null);
        if (payoffs.length != players.size()) {
            throw new IllegalArgumentException("payoff table for " + payoffs.length + " players, expected " + players.size());
        }
        Rational[][] copy = new Rational[payoffs.length][];
        for (int i = 0; i < payoffs.length; i++) {
            if (payoffs[i].length != g.profileCount) {
                throw new IllegalArgumentException("player " + (i + 1) + " has " + payoffs[i].length + " payoffs, expected " + g.profileCount);
            }
            copy[i] = payoffs[i].clone();
            for (Rational r : copy[i]) {
                if (r == null) {
                    throw new IllegalArgumentException("missing payoff for player " + (i + 1));
                }
            }
        }
        return new NormalFormGame(g.title, g.players, g.actions, copy);
    }

    /** {@return a game with default names ("1", "2", …) for players and actions} */
    public static NormalFormGame of(int[] actionCounts, Rational[][] payoffs) {
        List<String> ps = new ArrayList<>();
        List<List<String>> as = new ArrayList<>();
        for (int i = 0; i < actionCounts.length; i++) {
            ps.add(Integer.toString(i + 1));
            List<String> a = new ArrayList<>();
            for (int j = 0; j < actionCounts[i]; j++) {
                a.add(Integer.toString(j + 1));
            }
            as.add(a);
        }
        return of("", ps, as, payoffs);
    }

    /** {@return a two-player game from payoff matrices A (row player) and B (column player) of small integers} */
    public static NormalFormGame bimatrix(long[][] a, long[][] b) {
        int m = a.length;
        int n = a[0].length;
        Rational[][] p = new Rational[2][m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                p[0][i + m * j] = Rational.of(a[i][j]);
                p[1][i + m * j] = Rational.of(b[i][j]);
            }
        }
        return of(new int[] {m, n}, p);
    }

    /** {@return the title (may be empty)} */
    public String title() {
        return title;
    }

    /** {@return number of players} */
    public int playerCount() {
        return players.size();
    }

    /** {@return player names} */
    public List<String> players() {
        return players;
    }

    /** {@return action names of each player} */
    public List<List<String>> actions() {
        return actions;
    }

    /** {@return the number of actions of player i} */
    public int actionCount(int player) {
        return actionCounts[player];
    }

    /** {@return the action counts of all players (a copy)} */
    public int[] actionCounts() {
        return actionCounts.clone();
    }

    /** {@return the number of pure profiles} */
    public int profileCount() {
        return profileCount;
    }

    /** {@return the index of a pure profile} */
    public int index(int[] profile) {
        if (profile.length != actionCounts.length) {
            throw new IllegalArgumentException("profile of length " + profile.length + " for " + actionCounts.length + " players");
        }
        int idx = 0;
        for (int i = 0; i < profile.length; i++) {
            if (profile[i] < 0 || profile[i] >= actionCounts[i]) {
                throw new IllegalArgumentException("action " + profile[i] + " out of range for player " + (i + 1));
            }
            idx += profile[i] * strides[i];
        }
        return idx;
    }

    /** {@return the pure profile with the given index} */
    public int[] profile(int index) {
        int[] p = new int[actionCounts.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = index % actionCounts[i];
            index /= actionCounts[i];
        }
        return p;
    }

    /** {@return the stride of player i in the profile index (product of earlier players' action counts)} */
    public int stride(int player) {
        return strides[player];
    }

    /** {@return the payoff to a player at a pure profile} */
    public Rational payoff(int player, int[] profile) {
        return payoffs[player][index(profile)];
    }

    /** {@return the payoff to a player at a profile index} */
    public Rational payoff(int player, int profileIndex) {
        return payoffs[player][profileIndex];
    }

    /** {@return a copy of the payoff table {@code [player][profileIndex]}} */
    public Rational[][] payoffTable() {
        Rational[][] r = new Rational[payoffs.length][];
        for (int i = 0; i < r.length; i++) {
            r[i] = payoffs[i].clone();
        }
        return r;
    }

    /** {@return true if every player receives the same payoff at every profile} */
    public boolean isCommonPayoff() {
        for (int i = 1; i < payoffs.length; i++) {
            if (!Arrays.equals(payoffs[0], payoffs[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@return true if all players have the same number of actions} */
    public boolean hasEqualActionCounts() {
        for (int k : actionCounts) {
            if (k != actionCounts[0]) {
                return false;
            }
        }
        return true;
    }

    /** {@return the smallest payoff of any player at any profile} */
    public Rational minimumPayoff() {
        Rational m = null;
        for (Rational[] row : payoffs) {
            for (Rational r : row) {
                m = m == null ? r : m.min(r);
            }
        }
        return m;
    }

    /** {@return the largest payoff of any player at any profile} */
    public Rational maximumPayoff() {
        Rational m = null;
        for (Rational[] row : payoffs) {
            for (Rational r : row) {
                m = m == null ? r : m.max(r);
            }
        }
        return m;
    }

    /** {@return a human label of a pure profile, e.g. {@code (high, low)}} */
    public String describe(int[] profile) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < profile.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(actions.get(i).get(profile[i]));
        }
        return sb.append(")").toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NormalFormGame)) {
            return false;
        }
        NormalFormGame g = (NormalFormGame) o;
        return title.equals(g.title) && players.equals(g.players) && actions.equals(g.actions)
                && Arrays.deepEquals(payoffs, g.payoffs);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(payoffs) * 31 + actions.hashCode();
    }

    @Override
    public String toString() {
        return "NormalFormGame[" + (title.isEmpty() ? "" : "\"" + title + "\" ") + Arrays.toString(actionCounts) + "]";
    }
}
