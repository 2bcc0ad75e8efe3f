package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;

/**
 * Exact expected utilities of a mixed profile in a {@link PayoffTable}, computed by the checker's
 * own code, and their SMT-LIB definitions (payoffs {@code u_i_k}, probabilities {@code s_i_a},
 * action payoffs {@code eu_i_a}, expected payoffs {@code eu_i}; indices 1-based).
 */
final class ProfileEncoding {

    private final PayoffTable table;
    private final Rational[][] profile;

    ProfileEncoding(PayoffTable table, Rational[][] profile) {
        this.table = table;
        this.profile = profile;
    }

    /** Shape problems (wrong lengths) that make the claim meaningless; empty if fine. */
    List<String> shapeFailures() {
        List<String> f = new ArrayList<>();
        if (profile.length != table.players()) {
            f.add("profile has " + profile.length + " strategies for " + table.players() + " players");
            return f;
        }
        for (int i = 0; i < profile.length; i++) {
            if (profile[i].length != table.actions(i)) {
                f.add("player " + (i + 1) + "'s strategy has " + profile[i].length + " entries for " + table.actions(i) + " actions");
            }
        }
        return f;
    }

    /** Shape failures, or else distribution failures: what makes the profile not a mixed profile of the game. */
    List<String> validityFailures() {
        List<String> f = shapeFailures();
        if (f.isEmpty()) {
            f.addAll(distributionFailures());
        }
        return f;
    }

    /** Probability-vector obligations: non-negative, sum exactly 1. */
    List<String> distributionFailures() {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < profile.length; i++) {
            Rational sum = Rational.ZERO;
            for (int a = 0; a < profile[i].length; a++) {
                if (profile[i][a].signum() < 0) {
                    f.add("player " + (i + 1) + " action " + (a + 1) + " has negative probability " + profile[i][a]);
                }
                sum = sum.add(profile[i][a]);
            }
            if (!sum.equals(Rational.ONE)) {
                f.add("player " + (i + 1) + "'s probabilities sum to " + sum + ", not 1");
            }
        }
        return f;
    }

    /** Payoff to player i of action a against the others' strategies. */
    Rational actionPayoff(int i, int a) {
        Rational s = Rational.ZERO;
        for (int k = 0; k < table.profiles(); k++) {
            if (table.action(k, i) != a) {
                continue;
            }
            Rational w = Rational.ONE;
            for (int j = 0; j < table.players() && !w.isZero(); j++) {
                if (j != i) {
                    w = w.multiply(profile[j][table.action(k, j)]);
                }
            }
            if (!w.isZero()) {
                s = s.add(w.multiply(table.payoff(i, k)));
            }
        }
        return s;
    }

    /** Player i's expected payoff. */
    Rational expectedPayoff(int i) {
        Rational s = Rational.ZERO;
        for (int a = 0; a < table.actions(i); a++) {
            s = s.add(profile[i][a].multiply(actionPayoff(i, a)));
        }
        return s;
    }

    static String u(int i, int k) {
        return "u_" + (i + 1) + "_" + (k + 1);
    }

    static String s(int i, int a) {
        return "s_" + (i + 1) + "_" + (a + 1);
    }

    static String eu(int i, int a) {
        return "eu_" + (i + 1) + "_" + (a + 1);
    }

    static String eu(int i) {
        return "eu_" + (i + 1);
    }

    static String d(int i, int a) {
        return "d_" + (i + 1) + "_" + (a + 1);
    }

    /** define-fun commands for payoffs, probabilities and expected utilities. */
    String definitions() {
        StringBuilder sb = new StringBuilder();
        sb.append(payoffDefinitions(table));
        sb.append("; the profile: s_<player>_<action>\n");
        for (int i = 0; i < profile.length; i++) {
            for (int a = 0; a < profile[i].length; a++) {
                sb.append("(define-fun ").append(s(i, a)).append(" () Real ").append(Smt.num(profile[i][a])).append(")\n");
            }
        }
        sb.append(expectedPayoffDefinitions(table));
        return sb.toString();
    }

    /** The definitions of the payoff symbols u_i_k as numerals. O(players · profiles). */
    static String payoffDefinitions(PayoffTable table) {
        StringBuilder sb = new StringBuilder();
        sb.append("; payoffs u_<player>_<profile> (profiles in Gambit order, player 1 fastest)\n");
        for (int i = 0; i < table.players(); i++) {
            for (int k = 0; k < table.profiles(); k++) {
                sb.append("(define-fun ").append(u(i, k)).append(" () Real ").append(Smt.num(table.payoff(i, k))).append(")\n");
            }
        }
        return sb.toString();
    }

    /**
     * The definitions of eu_i_a (player i's payoff for action a against the others' strategies
     * s_j_b, a sum over profiles of products of the s symbols and the payoff symbol u_i_k) and of
     * eu_i = Σ_a s_i_a·eu_i_a, for any definitions of the s and u symbols. O(players² · profiles).
     */
    static String expectedPayoffDefinitions(PayoffTable table) {
        StringBuilder sb = new StringBuilder();
        sb.append("; eu_<player>_<action>: payoff of the action against the others' strategies; eu_<player>: expected payoff\n");
        for (int i = 0; i < table.players(); i++) {
            for (int a = 0; a < table.actions(i); a++) {
                List<String> terms = new ArrayList<>();
                for (int k = 0; k < table.profiles(); k++) {
                    if (table.action(k, i) != a) {
                        continue;
                    }
                    List<String> factors = new ArrayList<>();
                    for (int j = 0; j < table.players(); j++) {
                        if (j != i) {
                            factors.add(s(j, table.action(k, j)));
                        }
                    }
                    factors.add(u(i, k));
                    terms.add(Smt.product(factors));
                }
                sb.append("(define-fun ").append(eu(i, a)).append(" () Real ").append(Smt.sum(terms)).append(")\n");
            }
            List<String> terms = new ArrayList<>();
            for (int a = 0; a < table.actions(i); a++) {
                terms.add("(* " + s(i, a) + " " + eu(i, a) + ")");
            }
            sb.append("(define-fun ").append(eu(i)).append(" () Real ").append(Smt.sum(terms)).append(")\n");
        }
        return sb.toString();
    }

    /** Disjuncts saying the profile is not a valid probability profile. */
    List<String> invalidProfileDisjuncts() {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < profile.length; i++) {
            List<String> terms = new ArrayList<>();
            for (int a = 0; a < profile[i].length; a++) {
                r.add("(< " + s(i, a) + " 0.0)");
                terms.add(s(i, a));
            }
            r.add("(not (= " + Smt.sum(terms) + " 1.0))");
        }
        return r;
    }

    /**
     * Disjuncts saying a numeral the certificate uses for eu_i_a differs from its definition
     * (ties the literal coefficients of the linear part to the game).
     */
    List<String> numeralMismatchDisjuncts() {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < table.players(); i++) {
            for (int a = 0; a < table.actions(i); a++) {
                r.add("(not (= " + eu(i, a) + " " + Smt.num(actionPayoff(i, a)) + "))");
            }
        }
        return r;
    }
}
