package org.equicert.cli;

import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/** The worked examples of the seed documents, built from their published definitions. */
final class SeedGames {

    private SeedGames() {
    }

    /** Seed 000: both "high" pays 10 each, both "low" 5 each, otherwise 0. */
    static NormalFormGame coordination() {
        Rational ten = Rational.of(10);
        Rational five = Rational.of(5);
        Rational zero = Rational.ZERO;
        // Gambit order: (high,high), (low,high), (high,low), (low,low)
        Rational[] u = {ten, zero, zero, five};
        return NormalFormGame.of("Seed 000 coordination game (high/high 10, low/low 5, else 0)", List.of("1", "2"),
                List.of(List.of("high", "low"), List.of("high", "low")), new Rational[][] {u, u});
    }

    /**
     * The Prisoner's Dilemma of seed 000's extension (standard payoffs: T = 5 > R = 3 > P = 1 > S = 0;
     * the seed names the game but gives no numbers).
     */
    static NormalFormGame prisonersDilemma() {
        // Gambit order: (C,C), (D,C), (C,D), (D,D)
        Rational[] row = {Rational.of(3), Rational.of(5), Rational.ZERO, Rational.ONE};
        Rational[] col = {Rational.of(3), Rational.ZERO, Rational.of(5), Rational.ONE};
        return NormalFormGame.of("Prisoner's Dilemma (R=3, T=5, S=0, P=1)", List.of("1", "2"),
                List.of(List.of("C", "D"), List.of("C", "D")), new Rational[][] {row, col});
    }

    /**
     * Seed 001, App. C: four robot butlers on a square hold food (action 1) or drink (action 2);
     * group j reaches butlers j−1, j, j+1; a group's payoff is 0 without drink, 1 with only drink,
     * 2 with food and drink; the common payoff is the sum over the four groups.
     */
    static NormalFormGame partygoers() {
        int n = 4;
        Rational[] u = new Rational[16];
        for (int k = 0; k < 16; k++) {
            int[] a = new int[n];
            int x = k;
            for (int i = 0; i < n; i++) {
                a[i] = x % 2;
                x /= 2;
            }
            int total = 0;
            for (int g = 0; g < n; g++) {
                boolean food = false;
                boolean drink = false;
                for (int d = -1; d <= 1; d++) {
                    int b = a[(g + d + n) % n];
                    food |= b == 0;
                    drink |= b == 1;
                }
                total += drink ? (food ? 2 : 1) : 0;
            }
            u[k] = Rational.of(total);
        }
        List<String> acts = List.of("food", "drink");
        return NormalFormGame.of("Seed 001 App. C partygoers (four robot butlers on a square)",
                List.of("1", "2", "3", "4"), List.of(acts, acts, acts, acts), new Rational[][] {u, u, u, u});
    }
}
