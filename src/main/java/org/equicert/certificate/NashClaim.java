package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * "The exact profile s is an ε-Nash equilibrium": no player gains more than ε by any mixed
 * deviation. With ε = 0 this is the Nash equilibrium claim.
 *
 * <p>Linear encoding (DESIGN §1): with the others' strategies fixed, a player's payoff is linear in
 * its own mixed strategy d, so the negation — some player i has d ≥ 0, Σd = 1 and
 * Σ_a d_a·eu_i_a &gt; eu_i + ε — is a QF_LRA query; {@code unsat} proves the claim for every mixed
 * deviation at once.
 */
public final class NashClaim implements Claim {

    private final PayoffTable table;
    private final Rational[][] profile;
    private final Rational epsilon;

    /**
     * A claim about a profile in a game.
     *
     * @param epsilon the allowed gain (zero for an exact Nash equilibrium), not negative
     */
    public NashClaim(PayoffTable table, Rational[][] profile, Rational epsilon) {
        if (epsilon.signum() < 0) {
            throw new IllegalArgumentException("epsilon must not be negative, got " + epsilon);
        }
        this.table = table;
        this.profile = ClaimData.copy(profile);
        this.epsilon = epsilon;
    }

    /** The exact Nash claim (ε = 0). */
    public static NashClaim nash(PayoffTable table, Rational[][] profile) {
        return new NashClaim(table, profile, Rational.ZERO);
    }

    /** The game. */
    public PayoffTable table() {
        return table;
    }

    /** The profile (a copy). */
    public Rational[][] profile() {
        return ClaimData.copy(profile);
    }

    /** ε. */
    public Rational epsilon() {
        return epsilon;
    }

    @Override
    public String kind() {
        return epsilon.isZero() ? "nash" : "epsilon-nash";
    }

    @Override
    public String statement() {
        String p = profileText(profile);
        return epsilon.isZero()
                ? "the profile " + p + " is a Nash equilibrium: no player gains by any mixed deviation"
                : "the profile " + p + " is an " + epsilon + "-Nash equilibrium: no player gains more than " + epsilon + " by any mixed deviation";
    }

    static String profileText(Rational[][] profile) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < profile.length; i++) {
            sb.append(i == 0 ? "" : ";");
            for (int a = 0; a < profile[i].length; a++) {
                sb.append(a == 0 ? "" : ",").append(profile[i][a]);
            }
        }
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
        for (int i = 0; i < table.players(); i++) {
            Rational eu = enc.expectedPayoff(i);
            for (int a = 0; a < table.actions(i); a++) {
                Rational gain = enc.actionPayoff(i, a).subtract(eu);
                if (gain.compareTo(epsilon) > 0) {
                    f.add("player " + (i + 1) + " gains " + gain + " by switching to action " + (a + 1)
                            + (epsilon.isZero() ? "" : " (more than epsilon = " + epsilon + ")"));
                }
            }
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        return encode(false);
    }

    @Override
    public Optional<String> nonlinearSmtLib() {
        return Optional.of(encode(true));
    }

    private String encode(boolean nonlinear) {
        ProfileEncoding enc = new ProfileEncoding(table, profile);
        StringBuilder sb = new StringBuilder();
        sb.append("(set-logic ").append(nonlinear ? "QF_NRA" : "QF_LRA").append(")\n");
        sb.append(enc.definitions());
        sb.append("(define-fun epsilon () Real ").append(Smt.num(epsilon)).append(")\n");
        sb.append("; deviation d_<player>_<action>: any mixed strategy of that player\n");
        for (int i = 0; i < table.players(); i++) {
            for (int a = 0; a < table.actions(i); a++) {
                sb.append("(declare-fun ").append(ProfileEncoding.d(i, a)).append(" () Real)\n");
            }
        }
        List<String> negation = new ArrayList<>(enc.invalidProfileDisjuncts());
        if (!nonlinear) {
            negation.addAll(enc.numeralMismatchDisjuncts());
        }
        for (int i = 0; i < table.players(); i++) {
            List<String> parts = new ArrayList<>();
            List<String> dsum = new ArrayList<>();
            List<String> gain = new ArrayList<>();
            for (int a = 0; a < table.actions(i); a++) {
                String d = ProfileEncoding.d(i, a);
                parts.add("(>= " + d + " 0.0)");
                dsum.add(d);
                String coeff = nonlinear ? ProfileEncoding.eu(i, a) : Smt.num(enc.actionPayoff(i, a));
                gain.add("(* " + coeff + " " + d + ")");
            }
            parts.add("(= " + Smt.sum(dsum) + " 1.0)");
            parts.add("(> " + Smt.sum(gain) + " (+ " + ProfileEncoding.eu(i) + " epsilon))");
            negation.add(Smt.and(parts));
        }
        sb.append(Smt.negatedClaim("negation of the claim: the profile is invalid"
                + (nonlinear ? "" : ", a numeral below misstates a payoff")
                + ", or some player has a deviation gaining more than epsilon", negation));
        return sb.toString();
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = ClaimData.withGame(kind(), table);
        m.put("profile", ClaimData.matrix(profile));
        m.put("epsilon", epsilon.toString());
        return m;
    }

    static NashClaim fromData(Map<String, Object> m) {
        return new NashClaim(ClaimData.game(m), ClaimData.matrix(m.get("profile")), Rational.parse((String) m.get("epsilon")));
    }
}
