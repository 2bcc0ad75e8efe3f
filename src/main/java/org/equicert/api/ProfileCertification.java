package org.equicert.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.bridge.NashSetClaims;
import org.equicert.bridge.ProfileClaims;
import org.equicert.equilibrium.SupportRepair;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The profile-certification job: is a claimed profile (typically another solver's decimal output,
 * read exactly) an exact Nash equilibrium? Certifies its exact regrets per action (a {@code regret}
 * certificate), its Nash verdict ({@code nash}), optionally an ε-Nash verdict, and, when it is not
 * Nash, a repair: an exact equilibrium with supports within the profile's, or the {@code nash-set}
 * certificate that there is none (two players; {@link SupportRepair}).
 *
 * <p>Cost: O(n·|A|·max actions) exact arithmetic for the regrets of a game with n players and |A|
 * pure profiles, one checker run per certificate, plus the repair's support system (and, when it
 * has no solution, a two-player vertex enumeration). Thread-safe: no shared state.
 */
public final class ProfileCertification {

    private ProfileCertification() {
    }

    /**
     * Certifies {@code profile} (per player, a probability per action) in {@code game}.
     *
     * @throws IllegalArgumentException if the profile does not have one entry per player and action
     */
    public static ProfileCertificationResult certify(NormalFormGame game, List<List<Rational>> profile, ProfileOptions options) {
        return certify(game, profile, options, options.certifier());
    }

    /**
     * Certifies {@code profile} with {@code certifier} (for several jobs sharing one store);
     * {@link ProfileOptions#certificates()} is ignored. The result lists only this call's certificates.
     *
     * @throws IllegalArgumentException if the profile does not have one entry per player and action
     */
    public static ProfileCertificationResult certify(NormalFormGame game, List<List<Rational>> profile, ProfileOptions options,
            Certifier certifier) {
        Rational[][] p = array(game, profile);
        int before = certifier.certificates().size();
        String base = options.baseName();
        List<String> problems = problems(p, game);
        Optional<ProfileCertificationResult.NotAProfile> notAProfile = Optional.empty();
        Optional<ProfileCertificationResult.Evaluation> evaluation = Optional.empty();
        boolean nash = false;
        if (!problems.isEmpty()) {
            notAProfile = Optional.of(new ProfileCertificationResult.NotAProfile(problems, Citation.notCertified("exact arithmetic on the input"),
                    Citation.notCertified("follows from the line above")));
        } else {
            evaluation = Optional.of(evaluate(game, p, options, certifier));
            nash = evaluation.get().nash();
        }
        Optional<Repair> repair = nash ? Optional.empty() : Optional.of(repair(game, p, base, certifier));
        List<CheckedCertificate> all = certifier.certificates();
        return new ProfileCertificationResult(game, profile, notAProfile, evaluation, repair, all.subList(before, all.size()),
                certifier.allChecked(), certifier.requested());
    }

    /**
     * What keeps {@code p} from being a mixed profile of {@code game}, one sentence per problem (a
     * negative probability, a sum other than 1), exactly; empty if it is one. O(total actions).
     */
    public static List<String> problems(Rational[][] p, NormalFormGame game) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            Rational sum = Rational.ZERO;
            for (int a = 0; a < p[i].length; a++) {
                sum = sum.add(p[i][a]);
                if (p[i][a].signum() < 0) {
                    out.add("player " + (i + 1) + "'s probability of " + game.actions().get(i).get(a) + " is " + p[i][a] + ", negative");
                }
            }
            if (!sum.equals(Rational.ONE)) {
                out.add("player " + (i + 1) + "'s probabilities sum to " + sum + ", not 1");
            }
        }
        return out;
    }

    private static ProfileCertificationResult.Evaluation evaluate(NormalFormGame game, Rational[][] profile, ProfileOptions options,
            Certifier certifier) {
        String base = options.baseName();
        MixedProfile mp = MixedProfile.of(profile);
        ExpectedUtility eu = new ExpectedUtility(game);
        Rational[][] regrets = new Rational[game.playerCount()][];
        for (int i = 0; i < game.playerCount(); i++) {
            regrets[i] = eu.regrets(i, mp);
        }
        Citation regretCitation = certifier.certify(base + "-regret", ProfileClaims.regret(game, profile, regrets));
        List<ProfileCertificationResult.PlayerRegrets> players = new ArrayList<>();
        for (int i = 0; i < game.playerCount(); i++) {
            players.add(new ProfileCertificationResult.PlayerRegrets(eu.payoff(i, mp), Citation.notCertified("exact arithmetic"),
                    List.of(regrets[i]), regretCitation));
        }
        boolean nash = eu.isNash(mp);
        Rational maxRegret = eu.maxRegret(mp);
        Citation nashCitation = nash ? certifier.certify(base + "-nash", ProfileClaims.nash(game, profile)) : regretCitation;
        Optional<ProfileCertificationResult.EpsilonVerdict> eps = options.epsilon().map(e -> {
            boolean holds = maxRegret.compareTo(e) <= 0;
            Citation c = holds ? certifier.certify(base + "-epsilon-nash", ProfileClaims.epsilonNash(game, profile, e)) : regretCitation;
            return new ProfileCertificationResult.EpsilonVerdict(e, holds, c);
        });
        return new ProfileCertificationResult.Evaluation(players, nash, maxRegret, nashCitation, eps);
    }

    private static Repair repair(NormalFormGame game, Rational[][] profile, String base, Certifier certifier) {
        if (game.playerCount() != 2) {
            return new Repair.NotAttempted("implemented for two-player games");
        }
        boolean[][] support = new boolean[2][];
        for (int i = 0; i < 2; i++) {
            support[i] = new boolean[profile[i].length];
            for (int a = 0; a < profile[i].length; a++) {
                support[i][a] = profile[i][a].signum() > 0;
            }
        }
        SupportRepair.Repair repair = new SupportRepair(game).repair(support[0], support[1]);
        if (repair.equilibrium().isEmpty()) {
            TwoPlayerNashSet all = repair.allEquilibria().orElseThrow();
            Citation c = certifier.certify(base + "-nash-set", NashSetClaims.of(game, all));
            return new Repair.NoEquilibrium(all.extremeEquilibria().size(), c);
        }
        MixedProfile found = repair.equilibrium().get();
        Rational[][] p = found.toArray();
        boolean same = true;
        for (int i = 0; i < 2; i++) {
            for (int a = 0; a < p[i].length; a++) {
                same &= (p[i][a].signum() > 0) == support[i][a];
            }
        }
        Citation c = certifier.certify(base + "-repair-nash", ProfileClaims.nash(game, p));
        return new Repair.Found(found, same, c);
    }

    /** The profile as an array, checked against the game's shape. */
    static Rational[][] array(NormalFormGame game, List<List<Rational>> profile) {
        if (profile.size() != game.playerCount()) {
            throw new IllegalArgumentException("the profile has " + profile.size() + " strategies but the game has " + game.playerCount() + " players");
        }
        Rational[][] p = new Rational[profile.size()][];
        for (int i = 0; i < p.length; i++) {
            if (profile.get(i).size() != game.actionCount(i)) {
                throw new IllegalArgumentException("player " + (i + 1) + "'s strategy has " + profile.get(i).size() + " entries but the player has "
                        + game.actionCount(i) + " actions");
            }
            p[i] = profile.get(i).toArray(new Rational[0]);
        }
        return p;
    }

    /** An array profile as immutable lists. */
    static List<List<Rational>> lists(Rational[][] profile) {
        return Arrays.stream(profile).map(List::of).toList();
    }
}
