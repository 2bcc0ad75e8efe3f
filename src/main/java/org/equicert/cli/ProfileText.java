package org.equicert.cli;

import org.equicert.game.NormalFormGame;
import org.equicert.input.InputLimits;
import org.equicert.input.LimitExceededException;
import org.equicert.number.Rational;

/**
 * Parses a profile written as {@code 0.333333,0.666667;1,0}: players separated by ';', actions by
 * ','. Every number (decimal, integer, p/q) is read as the exact rational it denotes, within
 * {@link InputLimits}. Whether the numbers form probability distributions is not checked here: a
 * profile that is not one is a false claim (see {@link org.equicert.api.ProfileCertification#problems}), not a syntax error.
 */
final class ProfileText {

    private ProfileText() {
    }

    static Rational[][] parse(String text, NormalFormGame game) {
        String[] players = text.split(";", -1);
        if (players.length != game.playerCount()) {
            throw new UserException("--profile has " + players.length + " strategies separated by ';' but the game has "
                    + game.playerCount() + " players");
        }
        Rational[][] r = new Rational[players.length][];
        int column = 1;
        for (int i = 0; i < players.length; i++) {
            String[] entries = players[i].split(",", -1);
            if (entries.length != game.actionCount(i)) {
                throw new UserException("--profile column " + column + ": player " + (i + 1) + "'s strategy has " + entries.length
                        + " entries but the player has " + game.actionCount(i) + " actions " + game.actions().get(i));
            }
            r[i] = new Rational[entries.length];
            for (int a = 0; a < entries.length; a++) {
                try {
                    r[i][a] = InputLimits.parseNumber(entries[a]);
                } catch (LimitExceededException e) {
                    throw new UserException("--profile column " + column + ": " + e.getMessage());
                } catch (NumberFormatException e) {
                    throw new UserException("--profile column " + column + ": '" + InputLimits.excerpt(entries[a])
                            + "' is not a number (use decimals like 0.25 or fractions like 1/4)");
                }
                column += entries[a].length() + 1;
            }
        }
        return r;
    }
}
