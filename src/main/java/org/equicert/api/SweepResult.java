package org.equicert.api;

import java.util.List;
import java.util.Objects;
import org.equicert.game.GamutGenerator;

/**
 * Seed 001's experiment with certified ground truth: every game's outcome, in the order class,
 * players, actions, index.
 *
 * @param options what was swept
 * @param games one outcome per game
 * @param wallNanos the wall-clock time of the whole sweep
 */
public record SweepResult(SweepOptions options, List<SweepGame> games, long wallNanos) {

    /** Copies the games. */
    public SweepResult {
        Objects.requireNonNull(options, "options");
        games = List.copyOf(games);
    }

    /** True when the checker's replay accepted every game's optimality claim. */
    public boolean allCertified() {
        return games.stream().allMatch(SweepGame::certified);
    }

    /** The games of one class and size, in index order. O(games). */
    public List<SweepGame> cell(GamutGenerator.GameClass c, int players, int actions) {
        return games.stream().filter(g -> g.gameClass() == c && g.players() == players && g.actions() == actions).toList();
    }
}
