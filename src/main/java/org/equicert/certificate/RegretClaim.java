package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * "At the exact profile s, the regret of each player's action a — its payoff against the others'
 * strategies minus the player's expected payoff — is exactly r_i_a." A positive regret certifies
 * that s is not a Nash equilibrium, with the profitable deviation as witness.
 */
public final class RegretClaim implements Claim {

    private final PayoffTable table;
    private final Rational[][] profile;
    private final Rational[][] regrets;

    /** A regret report. */
    public RegretClaim(PayoffTable table, Rational[][] profile, Rational[][] regrets) {
        this.table = table;
        this.profile = ClaimData.copy(profile);
        this.regrets = ClaimData.copy(regrets);
    }

    /** The claimed regrets (a copy). */
    public Rational[][] regrets() {
        return ClaimData.copy(regrets);
    }

    @Override
    public String kind() {
        return "regret";
    }

    @Override
    public String statement() {
        StringBuilder sb = new StringBuilder("at the profile " + NashClaim.profileText(profile) + " the regrets per player and action are ");
        sb.append(NashClaim.profileText(regrets));
        Rational max = Rational.ZERO;
        for (Rational[] row : regrets) {
            for (Rational r : row) {
                max = max.max(r);
            }
        }
        sb.append(max.signum() > 0 ? " (so it is not a Nash equilibrium: the largest gain is " + max + ")" : " (no positive regret)");
        return sb.toString();
    }

    @Override
    public String subject() {
        return table.title();
    }

    @Override
    public List<String> obligationFailures() {
        ProfileEncoding enc = new ProfileEncoding(table, profile);
        List<String> f = enc.validityFailures();
        if (!f.isEmpty()) {
            return f;
        }
        if (regrets.length != table.players()) {
            f.add("regrets given for " + regrets.length + " players");
            return f;
        }
        for (int i = 0; i < table.players(); i++) {
            if (regrets[i].length != table.actions(i)) {
                f.add("player " + (i + 1) + " has " + regrets[i].length + " regrets for " + table.actions(i) + " actions");
                continue;
            }
            Rational eu = enc.expectedPayoff(i);
            for (int a = 0; a < table.actions(i); a++) {
                Rational r = enc.actionPayoff(i, a).subtract(eu);
                if (!r.equals(regrets[i][a])) {
                    f.add("player " + (i + 1) + " action " + (a + 1) + " has regret " + r + ", not " + regrets[i][a]);
                }
            }
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        ProfileEncoding enc = new ProfileEncoding(table, profile);
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append(enc.definitions());
        List<String> negation = new ArrayList<>(enc.invalidProfileDisjuncts());
        for (int i = 0; i < table.players(); i++) {
            for (int a = 0; a < table.actions(i); a++) {
                negation.add("(not (= (- " + ProfileEncoding.eu(i, a) + " " + ProfileEncoding.eu(i) + ") " + Smt.num(regrets[i][a]) + "))");
            }
        }
        sb.append(Smt.negatedClaim("negation of the claim: the profile is invalid or some regret differs from the stated value", negation));
        return sb.toString();
    }

    /** The natural statement, written from this claim's data by separate code (Issue 12). */
    @Override
    public Optional<String> nonlinearSmtLib() {
        return NaturalStatements.regret(data());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = ClaimData.withGame(kind(), table);
        m.put("profile", ClaimData.matrix(profile));
        m.put("regrets", ClaimData.matrix(regrets));
        return m;
    }

    static RegretClaim fromData(Map<String, Object> m) {
        return new RegretClaim(ClaimData.game(m), ClaimData.matrix(m.get("profile")), ClaimData.matrix(m.get("regrets")));
    }
}
