package org.equicert.game;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.equicert.number.Rational;

/**
 * The three symmetric common-payoff GAMUT classes of Emmons et al. (2022), App. F.1, with exact
 * rational payoffs drawn from a seed.
 *
 * <p>A payoff is drawn for each <em>unordered</em> action profile (multiset of actions), so the
 * game is totally symmetric. "Unif(a, b)" is realised exactly as a uniformly random multiple of
 * 1/100 in [a, b] (GAMUT draws doubles; we keep two decimals so every payoff is an exact
 * rational). Identical seeds give identical games on every machine ({@link SplittableRandom}).
 *
 * <p>Reference: GAMUT (E. Nudelman, J. Wortman, Y. Shoham and K. Leyton-Brown, "Run the GAMUT",
 * AAMAS 2004). Cost: one draw per count vector, C(n + m − 1, m − 1) of them.
 */
public final class GamutGenerator {

    /** The game classes of App. F.1. */
    public enum GameClass {
        /** Def. F.1.1: every payoff from Unif(−100, 100). */
        RANDOM("RandomGame"),
        /** Def. F.1.2: all-equal profiles from Unif(0, 100), others from Unif(−100, 0). */
        COORDINATION("CoordinationGame"),
        /** Def. F.1.3: all-equal profiles pay 100, others from Unif(−100, 99). */
        COLLABORATION("CollaborationGame");

        private final String gamutName;

        GameClass(String gamutName) {
            this.gamutName = gamutName;
        }

        /** GAMUT's name of the class. */
        public String gamutName() {
            return gamutName;
        }

        /**
         * Parses a class name, case-insensitively, with or without the "Game" suffix.
         *
         * @throws IllegalArgumentException listing the valid names
         */
        public static GameClass parse(String name) {
            String n = name.toLowerCase(Locale.ROOT).replace("game", "");
            for (GameClass c : values()) {
                if (c.gamutName.toLowerCase(Locale.ROOT).replace("game", "").equals(n)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown game class '" + name + "'; use RandomGame, CoordinationGame or CollaborationGame");
        }
    }

    private GamutGenerator() {
    }

    /** {@return a game of the class with the given numbers of players and actions, from the seed} */
    public static NormalFormGame generate(GameClass gameClass, int players, int actions, long seed) {
        return symmetric(gameClass, players, actions, seed)
                .toGame(gameClass.gamutName() + " players=" + players + " actions=" + actions + " seed=" + seed);
    }

    /**
     * The same game in compact form: one payoff per count vector, drawn in lexicographic order of
     * count vectors (so the full table and the compact form of a seed are the same game).
     */
    public static SymmetricPayoffs symmetric(GameClass gameClass, int players, int actions, long seed) {
        if (players < 1 || actions < 1) {
            throw new IllegalArgumentException("need at least one player and one action, got " + players + " players, " + actions + " actions");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<List<Integer>, Rational> byCounts = new HashMap<>();
        for (List<Integer> k : SymmetricPayoffs.countVectors(players, actions)) {
            byCounts.put(k, draw(gameClass, k.contains(players), random));
        }
        return SymmetricPayoffs.of(players, actions, byCounts);
    }

    /** A uniformly random multiple of 1/100 in [lo, hi] (integers lo ≤ hi). */
    private static Rational uniform(SplittableRandom random, int lo, int hi) {
        int cents = random.nextInt(lo * 100, hi * 100 + 1);
        return Rational.of(cents, 100);
    }

    private static Rational draw(GameClass c, boolean allEqual, SplittableRandom random) {
        switch (c) {
            case RANDOM:
                return uniform(random, -100, 100);
            case COORDINATION:
                return allEqual ? uniform(random, 0, 100) : uniform(random, -100, 0);
            case COLLABORATION:
                return allEqual ? Rational.of(100) : uniform(random, -100, 99);
            default:
                throw new IllegalStateException("unknown class " + c);
        }
    }
}
