package org.equicert.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.equicert.bridge.AlgebraicProfiles;
import org.equicert.bridge.PayoffTables;
import org.equicert.bridge.SymmetricClaims;
import org.equicert.bridge.SymmetricProfileClaims;
import org.equicert.certificate.Claim;
import org.equicert.certificate.PayoffTable;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricPoint;
import org.equicert.symmetric.SymmetricUtility;

/**
 * The claims of one symmetric-optimum analysis, each checked and written once: a claim stated twice
 * (the same kind at the same profile) is cited by every fact that uses it. Games with more than
 * {@link #CERTIFICATE_PROFILE_LIMIT} pure profiles get no full-table claim; a totally symmetric one
 * with count-determined payoffs gets count-table regret claims at profiles where every player
 * plays the same strategy. Mutable; one instance per analysis. Cost: one checker run per distinct
 * claim, and O(size of the payoff table) per regret computation.
 */
final class SymmetricCitations {

    /** Games with more pure profiles than this are not written into certificate files (their data line holds the table). */
    static final int CERTIFICATE_PROFILE_LIMIT = 4096;

    static final String TOO_LARGE = "more than " + CERTIFICATE_PROFILE_LIMIT
            + " pure profiles: it needs a claim over the full payoff table, which is not written; computed exactly";
    static final String BOX = "the point is an isolating box, not an exact number; decided by interval arithmetic";
    static final String IRRATIONAL = "the point is irrational (real algebraic); a regret claim needs a rational profile";

    private final NormalFormGame game;
    private final SymmetricUtility utility;
    private final String baseName;
    private final Certifier certifier;
    private final boolean tooLarge;
    private final ExpectedUtility expected;
    private final Map<String, Citation> checked = new HashMap<>();
    private Optional<PayoffTable> table = Optional.empty();

    SymmetricCitations(NormalFormGame game, SymmetricUtility utility, String baseName, Certifier certifier) {
        this.game = game;
        this.utility = utility;
        this.baseName = baseName;
        this.certifier = certifier;
        this.tooLarge = game.profileCount() > CERTIFICATE_PROFILE_LIMIT;
        this.expected = new ExpectedUtility(game);
    }

    /** True when the game is too large for claims over its full payoff table. */
    boolean tooLarge() {
        return tooLarge;
    }

    /** The base name followed by {@code suffix}, e.g. {@code partygoers-symmetric-nash}. */
    String name(String suffix) {
        return baseName + suffix;
    }

    /** Checks and writes {@code claim} as {@code name} (not cached). */
    Citation certify(String name, Claim claim) {
        return certifier.certify(name, claim);
    }

    /** The exact payoff of every player at a profile of the full game (common payoff: player 1's). */
    Rational payoff(Rational[][] profile) {
        return expected.payoff(0, MixedProfile.of(profile));
    }

    /** Whether a profile of the full game is a Nash equilibrium, decided exactly. */
    boolean isNash(Rational[][] profile) {
        return expected.isNash(MixedProfile.of(profile));
    }

    /** The regret claim at the profile, checked once per profile. */
    Citation regret(String name, Rational[][] profile) {
        if (tooLarge) {
            return countRegret(name, profile).orElseGet(() -> Citation.notCertified(TOO_LARGE));
        }
        return once("regret " + MixedProfile.format(profile), name, () -> SymmetricProfileClaims.regret(table(), profile, regrets(profile)));
    }

    /** The Nash claim at the profile, checked once per profile. */
    Citation nash(String name, Rational[][] profile) {
        return nash(name, profile, Rational.ZERO);
    }

    /** The ε-Nash claim at the profile (the Nash claim for ε = 0), checked once per profile and ε. */
    Citation nash(String name, Rational[][] profile, Rational epsilon) {
        if (tooLarge) {
            Optional<Citation> regrets = countRegret(name.replace("-nash", "-regret"), profile);
            if (regrets.isPresent() && utility.maxRegret(new Rational[][] {profile[0]}).compareTo(epsilon) <= 0) {
                return regrets.get().from("regrets at every player's strategy: none exceeds " + epsilon);
            }
            return Citation.notCertified(TOO_LARGE);
        }
        return once("nash " + epsilon + " " + MixedProfile.format(profile), name, () -> SymmetricProfileClaims.nash(table(), profile, epsilon));
    }

    /** The algebraic Nash claim at an irrational P-invariant point in one unknown, checked once per point. */
    Citation algebraicNash(String name, SymmetricPoint point) {
        return once("algebraic-nash " + point.describe(), name,
                () -> AlgebraicProfiles.symmetricNash(utility, point.algebraic().get(), point.strategiesInUnknown().get()));
    }

    /** The regret claim at {@code profile}, whose statement names its largest regret, after checking that this is {@code claimed}. */
    Citation largestRegret(String name, Rational[][] profile, Rational claimed) {
        Rational largest = Rational.ZERO;
        for (Rational[] row : regrets(profile)) {
            for (Rational r : row) {
                largest = largest.max(r);
            }
        }
        if (!largest.equals(claimed)) {
            throw new IllegalStateException("largest regret " + claimed + " differs from the regrets' maximum " + largest);
        }
        return regret(name, profile);
    }

    /**
     * The citation of EU(s') − EU(s) for profiles differing in two players i &lt; j: the regrets r at
     * s'' = (s'_i, s_−i) give it as Σ_b s'_j(b)·r_j(b) − Σ_a s_i(a)·r_i(a), checked here against the
     * direct evaluation. Cost: two passes over the payoff table plus the check of one regret claim.
     */
    Citation gain(Rational[][] before, Rational[][] after) {
        if (tooLarge) {
            return Citation.notCertified(TOO_LARGE);
        }
        List<Integer> moved = new ArrayList<>();
        for (int k = 0; k < before.length; k++) {
            if (!Arrays.equals(before[k], after[k])) {
                moved.add(k);
            }
        }
        if (moved.size() != 2) {
            throw new IllegalStateException("the improving profile differs from s in " + moved.size() + " players, not 2");
        }
        int i = moved.get(0);
        int j = moved.get(1);
        Rational[][] between = between(before, after, i);
        Rational sum = gainFromRegrets(before, after, regrets(between), i, j);
        Rational direct = payoff(after).subtract(payoff(before));
        if (!sum.equals(direct)) {
            throw new IllegalStateException("EU(s') - EU(s) from the regrets at s'' is " + sum + ", directly " + direct);
        }
        return regret(name("-symmetric-deviation-regret"), between).from("regrets r at s'' = " + MixedProfile.format(between)
                + " (s' with player " + (j + 1) + " still at s), as s'_" + (j + 1) + "·r_" + (j + 1) + " − s_" + (i + 1) + "·r_" + (i + 1));
    }

    /** s'' = (s'_i, s_−i): {@code before} with player i's strategy taken from {@code after}. */
    static Rational[][] between(Rational[][] before, Rational[][] after, int i) {
        Rational[][] out = new Rational[before.length][];
        for (int k = 0; k < before.length; k++) {
            out[k] = (k == i ? after[k] : before[k]).clone();
        }
        return out;
    }

    /**
     * EU(s') − EU(s) in a common-payoff game, for s and s' that differ only in players i and j, from
     * the exact regrets r at s'' = {@link #between}(s, s', i): since s'' differs from s only in
     * player i and from s' only in player j, EU(s) = EU(s'') + Σ_a s_i(a)·r_i(a) and
     * EU(s') = EU(s'') + Σ_b s'_j(b)·r_j(b). Cost: O(actions of i and j).
     */
    static Rational gainFromRegrets(Rational[][] before, Rational[][] after, Rational[][] regretsBetween, int i, int j) {
        Rational sum = Rational.ZERO;
        for (int b = 0; b < after[j].length; b++) {
            sum = sum.add(after[j][b].multiply(regretsBetween[j][b]));
        }
        for (int a = 0; a < before[i].length; a++) {
            sum = sum.subtract(before[i][a].multiply(regretsBetween[i][a]));
        }
        return sum;
    }

    /** The pure profile with 0-based actions {@code a}, as probabilities. */
    Rational[][] pure(List<Integer> a) {
        Rational[][] p = new Rational[a.size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new Rational[game.actionCount(i)];
            Arrays.fill(p[i], Rational.ZERO);
            p[i][a.get(i)] = Rational.ONE;
        }
        return p;
    }

    /**
     * For a game too large for full-table claims: the count-table regret claim at a profile in which
     * every player plays the same strategy, when the game is totally symmetric with count-determined
     * payoffs; checked once per profile.
     */
    private Optional<Citation> countRegret(String name, Rational[][] profile) {
        if (utility.orbits().size() != 1 || !utility.countDetermined()) {
            return Optional.empty();
        }
        for (Rational[] row : profile) {
            if (!Arrays.equals(row, profile[0])) {
                return Optional.empty();
            }
        }
        String key = "count-regret " + MixedProfile.format(new Rational[][] {profile[0]});
        Citation c = checked.get(key);
        if (c == null) {
            c = certifier.certify(name, SymmetricClaims.countRegret(utility, profile[0]));
            checked.put(key, c);
        }
        return Optional.of(c);
    }

    private Citation once(String key, String name, Supplier<Claim> claim) {
        if (tooLarge) {
            return Citation.notCertified(TOO_LARGE);
        }
        Citation c = checked.get(key);
        if (c == null) {
            c = certifier.certify(name, claim.get());
            checked.put(key, c);
        }
        return c;
    }

    private PayoffTable table() {
        if (table.isEmpty()) {
            table = Optional.of(PayoffTables.of(game));
        }
        return table.get();
    }

    private Rational[][] regrets(Rational[][] profile) {
        MixedProfile p = MixedProfile.of(profile);
        Rational[][] r = new Rational[game.playerCount()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = expected.regrets(i, p);
        }
        return r;
    }
}
