package org.equicert.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.equicert.number.Rational;

/**
 * The fingerprint that binds a certificate to what it is about: SHA-256 of a canonical text of the
 * game (or chain, or oracle game), independent of titles, labels and file layout.
 *
 * <p>The canonical text of a normal-form game is {@code equicert-game-v1}, then one line with the
 * action counts, then, for each player in order, one line per pure profile in Gambit order (player 1
 * fastest) holding the payoff in lowest terms ({@code -3/4}); every line ends with {@code \n}. Two
 * files describe the same game exactly when their fingerprints agree, whatever their format, titles
 * or number spellings ({@code 0.5} and {@code 1/2}). Computing it is linear in the size of the table.
 */
public final class Fingerprint {

    /** The prefix of a game fingerprint. */
    public static final String GAME = "game";
    /** The prefix of an explicit chain's fingerprint. */
    public static final String CHAIN = "chain";
    /** The prefix of an oracle game's fingerprint. */
    public static final String ORACLE_GAME = "oracle-game";

    private final MessageDigest digest;
    private final String prefix;

    private Fingerprint(String prefix, String header) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        this.prefix = prefix;
        line(header);
    }

    /** Payoffs of a game given without a table, e.g. expanded from a symmetric count table. */
    @FunctionalInterface
    public interface PayoffFunction {
        /** The payoff of {@code player} at the pure profile with Gambit index {@code profile}. */
        Rational payoff(int player, long profile);
    }

    /** The fingerprint of a payoff table (its title is not part of it). */
    public static String of(PayoffTable table) {
        return ofGame(table.actionCounts(), (player, profile) -> table.payoff(player, (int) profile));
    }

    /**
     * The fingerprint of the game with the given action counts and payoffs, streamed profile by
     * profile (so a game too large to hold as a table can still be fingerprinted).
     */
    public static String ofGame(int[] actionCounts, PayoffFunction payoffs) {
        return ofGameText(actionCounts, (player, profile) -> payoffs.payoff(player, profile).toString());
    }

    /** Payoffs of a game given as their canonical texts ({@link Rational#toString()}). */
    @FunctionalInterface
    public interface PayoffText {
        /** The payoff text of {@code player} at the pure profile with Gambit index {@code profile}. */
        String payoff(int player, long profile);
    }

    /**
     * The same fingerprint as {@link #ofGame}, from payoff texts that the caller already holds (a
     * count table's entries): equal games give equal fingerprints by either route.
     */
    public static String ofGameText(int[] actionCounts, PayoffText payoffs) {
        long profiles = 1;
        StringBuilder counts = new StringBuilder();
        for (int k : actionCounts) {
            profiles = Math.multiplyExact(profiles, k);
            counts.append(counts.length() == 0 ? "" : " ").append(k);
        }
        Fingerprint f = new Fingerprint(GAME, "equicert-game-v1");
        f.line(counts.toString());
        for (int i = 0; i < actionCounts.length; i++) {
            for (long k = 0; k < profiles; k++) {
                f.line(payoffs.payoff(i, k));
            }
        }
        return f.finish();
    }

    /** The fingerprint of an explicit chain: state count, then its transitions sorted by (from, to). */
    static String ofChain(int states, List<StationaryClaim.Transition> transitions) {
        Fingerprint f = new Fingerprint(CHAIN, "equicert-chain-v1");
        f.line(Integer.toString(states));
        transitions.stream()
                .sorted((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(a.to(), b.to()))
                .forEach(t -> f.line(t.from() + " " + t.to() + " " + t.probability()));
        return f.finish();
    }

    /** The fingerprint of an already canonical text (used for oracle games). */
    static String ofCanonicalText(String prefix, String header, List<String> lines) {
        Fingerprint f = new Fingerprint(prefix, header);
        lines.forEach(f::line);
        return f.finish();
    }

    private void line(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private String finish() {
        return prefix + " sha256:" + HexFormat.of().formatHex(digest.digest());
    }
}
