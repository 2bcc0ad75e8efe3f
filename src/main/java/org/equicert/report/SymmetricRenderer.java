package org.equicert.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.equicert.api.GameInfo;
import org.equicert.api.SymmetricResult;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;

/**
 * Renders a {@link SymmetricResult} (seed 001 for one game) as text, one fact per line with its
 * citation, and as JSON. In the JSON, the optimum's value and every exact coordinate are
 * {@link ExactJson#algebraic} numbers ({@code "p/q"}, or polynomial, isolating interval and
 * decimal); the text shows the same numbers in closed form. Cost: linear in the result, plus
 * refining each algebraic number to {@link ExactJson#DIGITS} digits.
 */
public final class SymmetricRenderer {

    private static final String INDENT = "            ";

    private SymmetricRenderer() {
    }

    /** The text lines and JSON tree of the result. */
    public static Rendered render(SymmetricResult r) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        FactLines facts = new FactLines(lines, r.certificatesRequested());
        facts.context("game:       " + (r.title().isEmpty() ? "(untitled)" : r.title()));
        facts.context("orbits:     " + GameInfo.oneBased(r.orbits()) + "  (players in an orbit play the same strategy)");
        facts.noteIfNotRequested();
        json.put("game", r.title());
        json.put("orbits", GameInfo.oneBased(r.orbits()));
        optimum(r, facts, json);
        facts.finish(json, r.certificates().stream().map(c -> c.path().toString()).toList());
        return new Rendered(lines, json, facts.tally(), r.allChecked());
    }

    private static void optimum(SymmetricResult r, FactLines facts, Map<String, Object> json) {
        SymmetricResult.Optimum opt = r.optimum();
        String text = switch (opt.kind()) {
            case PURE -> "optimum:    exactly " + opt.upper() + ", attained by a pure profile";
            case MIXED -> "optimum:    mixed; value in [" + shortRational(opt.shownLower()) + ", " + shortRational(opt.upper()) + "]"
                    + " (a rational mixed profile beats every pure one)";
            default -> "optimum:    value in [" + shortRational(opt.lower()) + ", " + shortRational(opt.upper()) + "]; pure versus mixed"
                    + " NOT decided within the budget (a tie?)";
        };
        facts.fact(text, opt.bound());
        json.put("kind", opt.kind().toString().toLowerCase(Locale.ROOT));
        json.put("lower", ExactJson.rational(opt.shownLower()));
        json.put("upper", ExactJson.rational(opt.upper()));
        json.put("bestPurePayoff", ExactJson.rational(opt.bestPure()));
        if (r.point().isEmpty()) {
            facts.context("point:      not located exactly (only the bracket above is certified)");
            json.put("point", null);
            return;
        }
        SymmetricResult.OptimalPoint p = r.point().get();
        List<String> names = r.actionNames().stream().map(a -> String.join(", ", a)).toList();
        facts.fact("point:      " + p.description() + "   (per orbit, probabilities of " + String.join("; ", names) + ")", p.pointCitation());
        facts.fact("value:      " + p.valueText(), p.valueCitation());
        json.put("point", p.description());
        p.coordinates().ifPresent(c -> json.put("coordinates", coordinates(c)));
        json.put("value", p.value().map(ExactJson::algebraic).orElse(p.valueText()));
        String nash = switch (p.nash()) {
            case YES -> "YES";
            case NO -> "NO — contradicts Theorem 4.0.2";
            case UNDECIDED -> "not decided";
        };
        facts.fact("Nash:       " + nash + " (Theorem 4.0.2)", p.nashCitation());
        json.put("nash", decision(p.nash()));
        facts.fact("regrets:    " + String.join("; ", p.regrets()), p.regretsCitation());
        SymmetricResult.Degeneracy d = p.degeneracy();
        facts.fact("degenerate: " + (d.degenerate() ? "YES" : "no") + " (Definition 5.0.3): " + d.witness(), d.citation());
        json.put("degenerate", d.degenerate());
        stability(p.stability(), facts, json);
        robustness(p.robustness(), facts, json);
        localOptima(p.localOptima(), facts, json);
    }

    private static void stability(SymmetricResult.Stability s, FactLines facts, Map<String, Object> json) {
        json.put("stable", decision(s.stable()));
        json.put("stability", s.reason());
        s.improvingProfile().ifPresent(p -> json.put("improvingProfile", MixedProfile.format(p)));
        switch (s.stable()) {
            case UNDECIDED -> facts.fact("asymmetric: not decided — " + s.reason(), s.citation());
            case YES -> facts.fact("asymmetric: stable — " + s.reason(), s.citation());
            case NO -> {
                facts.fact("asymmetric: UNSTABLE — " + s.reason(), s.citation());
                s.gain().ifPresent(g -> {
                    g.shownProfile().ifPresent(after -> facts.context(INDENT + "s' = " + MixedProfile.format(after) + "  (the two moves applied to s)"));
                    facts.fact(INDENT + "gain: " + g.text(), g.citation());
                });
            }
        }
    }

    private static void robustness(Optional<SymmetricResult.Robustness> robustness, FactLines facts, Map<String, Object> json) {
        if (robustness.isEmpty()) {
            facts.context("App. D:     (Theorem D.0.3 is evaluated for rational optima only)");
            return;
        }
        SymmetricResult.Robustness b = robustness.get();
        facts.fact("App. D:     the optimum rounded to 2 decimals, r = " + b.roundedText() + ", is at total variation δ = "
                + b.distance() + " from it, so Theorem D.0.3 makes r " + shortRational(b.bound()) + "-Nash", b.conclusion());
        facts.fact(INDENT + "r's exact largest regret is " + shortRational(b.maxRegret()) + (b.holds() ? " (within the bound)" : " (EXCEEDS the bound)"),
                b.largest());
        facts.fact(INDENT + "under any ε-perturbation of the payoffs the optimum is 2ε-Nash (Prop. D.0.2)", b.proposition());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("delta", ExactJson.rational(b.distance()));
        d.put("bound", ExactJson.rational(b.bound()));
        d.put("maxRegret", ExactJson.rational(b.maxRegret()));
        json.put("theoremD03", d);
    }

    private static void localOptima(SymmetricResult.LocalOptimaFacts lo, FactLines facts, Map<String, Object> json) {
        if (!lo.enumerated()) {
            facts.context("local optima: not enumerated (" + lo.faces() + " support faces)");
            return;
        }
        facts.context("local optima (Definition 4.0.1), by support face:");
        List<Object> list = new ArrayList<>();
        for (SymmetricResult.CriticalPoint c : lo.points()) {
            String kind = switch (c.kind()) {
                case STRICT_LOCAL_MAXIMUM -> "strict local maximum";
                case NOT_A_LOCAL_MAXIMUM -> "not a local maximum";
                default -> "undecided";
            };
            facts.fact(INDENT + c.description() + ": " + kind + " — " + c.reason(), c.citation());
            c.nash().ifPresent(n -> facts.fact(INDENT + "    " + localNash(n), n.citation()));
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("point", c.description());
            c.coordinates().ifPresent(x -> j.put("coordinates", coordinates(x)));
            j.put("kind", c.kind().toString().toLowerCase(Locale.ROOT));
            j.put("reason", c.reason());
            list.add(j);
        }
        for (int[][] face : lo.unresolvedFaces()) {
            facts.context(INDENT + "UNRESOLVED face with supports " + Arrays.deepToString(face) + " (non-isolated critical points?)");
        }
        json.put("criticalPoints", list);
    }

    private static String localNash(SymmetricResult.LocalNash n) {
        if (!n.nash()) {
            return "Nash: NO — contradicts Theorem 4.0.2";
        }
        return switch (n.check()) {
            case FULL_GAME -> "Nash: YES (Theorem 4.0.2, checked on the full game)";
            case ORBIT_TABLE -> "Nash: YES (Theorem 4.0.2, checked exactly on the orbit payoff table)";
            case ALGEBRAIC -> "Nash: YES (Theorem 4.0.2, the algebraic point checked on the full game)";
        };
    }

    /** true, false, or null when undecided (JSON). */
    private static Boolean decision(SymmetricResult.Decision d) {
        return switch (d) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case UNDECIDED -> null;
        };
    }

    private static List<List<Object>> coordinates(List<List<RealAlgebraic>> c) {
        List<List<Object>> out = new ArrayList<>();
        for (List<RealAlgebraic> row : c) {
            out.add(row.stream().map(ExactJson::algebraic).toList());
        }
        return out;
    }

    /** Small rationals exactly; others as exact fraction with a decimal beside. */
    private static String shortRational(Rational r) {
        String s = r.toString();
        return s.length() <= 16 ? s : s.length() <= 40 ? s + " ≈ " + r.toDecimalString(9) : "≈" + r.toDecimalString(12) + " (exact in --json)";
    }
}
