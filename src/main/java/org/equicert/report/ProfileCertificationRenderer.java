package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.api.ProfileCertificationResult;
import org.equicert.api.Repair;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * Renders a {@link ProfileCertificationResult} as text and as a JSON tree with exact numbers
 * (rationals as {@code "p/q"}, profiles as {@code "1/3,2/3;1,0"}). Cost: linear in the size of the
 * game's action lists.
 */
public final class ProfileCertificationRenderer {

    private ProfileCertificationRenderer() {
    }

    /**
     * The text lines and the JSON tree of {@code result}; {@code allChecked} is the result's
     * {@link ProfileCertificationResult#ok()} (a mixed profile, and no certificate rejected).
     */
    public static Rendered render(ProfileCertificationResult result) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        FactLines facts = new FactLines(lines, result.certificatesRequested());
        NormalFormGame game = result.game();
        String profile = profileText(result.profile());
        json.put("game", game.title());
        json.put("profile", profile);
        facts.context("game:     " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        facts.context("profile:  " + profile + "   (exact value of the input)");
        facts.noteIfNotRequested();
        if (result.notAProfile().isPresent()) {
            ProfileCertificationResult.NotAProfile bad = result.notAProfile().get();
            String what = String.join("; ", bad.problems());
            facts.fact("not a mixed profile: " + what, "not a mixed profile: " + what, bad.citation());
            facts.fact("Nash equilibrium: NO — a profile that is not a probability distribution is not an equilibrium",
                    "not a Nash equilibrium: not a mixed profile", bad.notNash());
            json.put("valid", false);
            json.put("problems", bad.problems());
            json.put("nash", false);
        } else {
            evaluation(facts, json, game, result.evaluation().orElseThrow());
        }
        result.repair().ifPresent(r -> repair(facts, json, r));
        facts.finish(json, NashSetRenderer.paths(result.certificates()));
        return new Rendered(lines, json, facts.tally(), result.ok());
    }

    private static void evaluation(FactLines facts, Map<String, Object> json, NormalFormGame game, ProfileCertificationResult.Evaluation e) {
        json.put("valid", true);
        List<Object> players = new ArrayList<>();
        for (int i = 0; i < game.playerCount(); i++) {
            ProfileCertificationResult.PlayerRegrets pr = e.players().get(i);
            String name = game.players().get(i);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("player", name);
            p.put("expectedPayoff", pr.expectedPayoff().toString());
            Map<String, String> reg = new LinkedHashMap<>();
            StringBuilder sb = new StringBuilder();
            for (int a = 0; a < pr.regrets().size(); a++) {
                String action = game.actions().get(i).get(a);
                reg.put(action, pr.regrets().get(a).toString());
                sb.append(a == 0 ? "" : ", ").append(action).append(" ").append(pr.regrets().get(a));
            }
            p.put("regrets", reg);
            players.add(p);
            facts.fact("player " + name + ": expected payoff " + pr.expectedPayoff(), "player " + name + "'s expected payoff is "
                    + pr.expectedPayoff(), pr.payoffCitation());
            facts.fact("player " + name + ": regret per action: " + sb, "player " + name + "'s regrets per action are " + sb, pr.regretCitation());
        }
        json.put("players", players);
        if (e.nash()) {
            facts.fact("Nash equilibrium: YES", "the profile is a Nash equilibrium", e.nashCitation());
        } else {
            facts.fact("Nash equilibrium: NO — largest gain from deviating is " + e.maxRegret(), "the profile is not a Nash equilibrium;"
                    + " largest gain from deviating " + e.maxRegret(), e.nashCitation());
        }
        json.put("nash", e.nash());
        json.put("maxRegret", e.maxRegret().toString());
        e.epsilon().ifPresent(v -> {
            if (v.holds()) {
                facts.fact(v.epsilon() + "-Nash equilibrium: YES", "the profile is an " + v.epsilon() + "-Nash equilibrium", v.citation());
            } else {
                facts.fact(v.epsilon() + "-Nash equilibrium: NO (max regret " + e.maxRegret() + " > " + v.epsilon() + ")",
                        "the profile is not an " + v.epsilon() + "-Nash equilibrium", v.citation());
            }
            json.put("epsilonNash", v.holds());
        });
    }

    private static void repair(FactLines facts, Map<String, Object> json, Repair repair) {
        if (repair instanceof Repair.NotAttempted n) {
            facts.context("repair:   not attempted (" + n.reason() + ")");
        } else if (repair instanceof Repair.NoEquilibrium n) {
            facts.fact("repair:   no Nash equilibrium has its supports within those of the profile (none of the "
                    + n.extremeEquilibria() + " extreme equilibria of the complete list does, and every equilibrium set"
                    + " within given supports has an extreme point)", "no Nash equilibrium has its supports within those of the profile",
                    n.citation());
            json.put("repair", null);
        } else if (repair instanceof Repair.Found f) {
            String p = f.equilibrium().toString();
            facts.fact("repair:   " + p + " is a Nash equilibrium " + (f.sameSupport() ? "on the same support" : "with supports within the profile's"),
                    p + " is a Nash equilibrium", f.citation());
            json.put("repair", p);
        }
    }

    /** A profile given as lists, as {@code 1/3,2/3;1,0}. */
    static String profileText(List<List<Rational>> profile) {
        return NumberText.profile(profile.stream().map(s -> s.toArray(new Rational[0])).toArray(Rational[][]::new));
    }
}
