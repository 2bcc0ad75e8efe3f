package org.equicert.game.io;

import java.util.List;
import org.equicert.game.NormalFormGame;

/**
 * Writes a game in Gambit's payoff-version {@code .nfg} format with strategy labels; payoffs are
 * written exactly (integers or {@code p/q}), so reading the output gives back an equal game.
 *
 * <p>Cost: O(players · profiles) numbers written.
 */
public final class NfgWriter {

    private NfgWriter() {
    }

    /** {@return the {@code .nfg} text of a game} */
    public static String write(NormalFormGame game) {
        StringBuilder sb = new StringBuilder("NFG 1 R ").append(quote(game.title())).append(" {");
        for (String p : game.players()) {
            sb.append(' ').append(quote(p));
        }
        sb.append(" }\n\n{ ");
        for (List<String> acts : game.actions()) {
            sb.append("{");
            for (String a : acts) {
                sb.append(' ').append(quote(a));
            }
            sb.append(" }\n");
        }
        sb.append("}\n\"\"\n\n");
        for (int idx = 0; idx < game.profileCount(); idx++) {
            for (int i = 0; i < game.playerCount(); i++) {
                sb.append(game.payoff(i, idx)).append(i + 1 < game.playerCount() ? " " : "");
            }
            sb.append(idx + 1 < game.profileCount() ? " " : "\n");
            if ((idx + 1) % 8 == 0 && idx + 1 < game.profileCount()) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
