package org.equicert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.equicert.api.Citation;
import org.equicert.bridge.NashSetClaims;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.NashClaim;
import org.equicert.certificate.PayoffTable;
import org.equicert.certificate.RegretClaim;
import org.equicert.equilibrium.SupportRepair;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert certify GAME --profile P}. */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = {"Certify a claimed equilibrium profile; repair it if it is not exact.",
            "%nCertify a claimed equilibrium profile, e.g. one printed by another solver with decimals. Reports the exact rational profile the text denotes, each player's exact expected payoff and regrets, and whether it is an exact Nash equilibrium. If it is not, looks for an exact equilibrium on the same support (a repair; two-player games). Every statement printed as a fact is certified: the certificate is written under DIR/certificates, its proof under DIR/proofs."},
        footer = {"", "Examples:",
            "  equicert certify examples/coordination.nfg --profile '1,0;1,0'",
            "  equicert certify examples/coordination.nfg --profile '0.3333,0.6667;0.3333,0.6667'"})
final class CertifyCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    CertificateOptions options = new CertificateOptions();

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Parameters(paramLabel = "GAME", description = "a Gambit .nfg file or an equicert .json game")
    Path gameFile;

    @Option(names = "--profile", required = true, paramLabel = "P",
            description = "strategies separated by ';', probabilities by ',' (decimals or fractions), e.g. 0.5,0.5;1,0")
    String profileText;

    @Option(names = "--epsilon", paramLabel = "E", description = "also certify the profile as an E-Nash equilibrium (exact rational)")
    String epsilonText;

    @Option(names = "--name", paramLabel = "NAME", description = "base name of the certificate files (default: derived from the game file)")
    String name;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        NormalFormGame game = GameFiles.read(gameFile, input.limits());
        Rational[][] profile = ProfileText.parse(profileText, game);
        Rational epsilon = epsilonText == null ? null : OptionValues.number("--epsilon", epsilonText);
        if (epsilon != null && epsilon.signum() < 0) {
            throw new UserException("--epsilon must not be negative, got " + epsilonText);
        }
        CertificateStore store = options.store();
        String base = name != null ? name : stem(gameFile);
        Result r = certify(game, profile, epsilon, base, store);
        return options.print(spec.commandLine().getOut(), r.json, r.lines, r.facts.allChecked() && r.valid);
    }

    static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    /**
     * Outcome of certification: printable lines, JSON, whether every attempted certificate checked
     * and whether the profile is a mixed profile at all. Every statement of fact is recorded through
     * {@link #facts}: its line cites a checked certificate or says "(not certified: reason)", and the
     * JSON "statements" array carries {@code "certified": true/false} for it.
     */
    static final class Result {
        final List<String> lines = new ArrayList<>();
        final Map<String, Object> json = new LinkedHashMap<>();
        final Facts facts;
        boolean valid = true;
        boolean nash;

        Result(CertificateStore store) {
            facts = new Facts(lines, store);
        }

        /** A statement backed by {@code citation}. */
        void fact(String line, String statement, Citation citation) {
            facts.fact(line, statement, citation);
        }
    }

    /** Certifies a profile and, if it is not Nash, a repair; shared with {@code examples}. */
    static Result certify(NormalFormGame game, Rational[][] profile, Rational epsilon, String baseName, CertificateStore store) {
        Result r = new Result(store);
        PayoffTable table = PayoffTables.of(game);
        r.json.put("game", game.title());
        r.json.put("profile", ProfileText.render(profile));
        r.facts.context("game:     " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        r.facts.context("profile:  " + ProfileText.render(profile) + "   (exact value of the input)");
        List<String> problems = ProfileText.problems(profile, game);
        if (!problems.isEmpty()) {
            r.valid = false;
            String what = String.join("; ", problems);
            r.fact("not a mixed profile: " + what, "not a mixed profile: " + what,
                    Citation.notCertified("exact arithmetic on the input"));
            r.fact("Nash equilibrium: NO — a profile that is not a probability distribution is not an equilibrium",
                    "not a Nash equilibrium: not a mixed profile",
                    Citation.notCertified("follows from the line above"));
            r.json.put("valid", false);
            r.json.put("problems", problems);
            r.json.put("nash", false);
        } else {
            r.json.put("valid", true);
            MixedProfile mp = MixedProfile.of(profile);
            ExpectedUtility eu = new ExpectedUtility(game);
            Rational[][] regrets = new Rational[game.playerCount()][];
            for (int i = 0; i < game.playerCount(); i++) {
                regrets[i] = eu.regrets(i, mp);
            }
            Citation regretCert = r.facts.certify(baseName + "-regret", new RegretClaim(table, profile, regrets));
            List<Object> players = new ArrayList<>();
            for (int i = 0; i < game.playerCount(); i++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("player", game.players().get(i));
                p.put("expectedPayoff", eu.payoff(i, mp).toString());
                Map<String, String> reg = new LinkedHashMap<>();
                StringBuilder sb = new StringBuilder();
                for (int a = 0; a < regrets[i].length; a++) {
                    reg.put(game.actions().get(i).get(a), regrets[i][a].toString());
                    sb.append(a == 0 ? "" : ", ").append(game.actions().get(i).get(a)).append(" ").append(regrets[i][a]);
                }
                p.put("regrets", reg);
                players.add(p);
                r.fact("player " + game.players().get(i) + ": expected payoff " + eu.payoff(i, mp), "player " + game.players().get(i)
                        + "'s expected payoff is " + eu.payoff(i, mp), Citation.notCertified("exact arithmetic"));
                r.fact("player " + game.players().get(i) + ": regret per action: " + sb, "player " + game.players().get(i)
                        + "'s regrets per action are " + sb, regretCert);
            }
            r.json.put("players", players);
            boolean isNash = eu.isNash(mp);
            r.nash = isNash;
            if (isNash) {
                Citation file = r.facts.certify(baseName + "-nash", NashClaim.nash(table, profile));
                r.fact("Nash equilibrium: YES", "the profile is a Nash equilibrium", file);
            } else {
                r.fact("Nash equilibrium: NO — largest gain from deviating is " + eu.maxRegret(mp), "the profile is not a Nash equilibrium;"
                        + " largest gain from deviating " + eu.maxRegret(mp), regretCert);
            }
            r.json.put("nash", isNash);
            r.json.put("maxRegret", eu.maxRegret(mp).toString());
            if (epsilon != null) {
                boolean eps = eu.maxRegret(mp).compareTo(epsilon) <= 0;
                if (eps) {
                    Citation f = r.facts.certify(baseName + "-epsilon-nash", new NashClaim(table, profile, epsilon));
                    r.fact(epsilon + "-Nash equilibrium: YES", "the profile is an " + epsilon + "-Nash equilibrium", f);
                } else {
                    r.fact(epsilon + "-Nash equilibrium: NO (max regret " + eu.maxRegret(mp) + " > " + epsilon + ")",
                            "the profile is not an " + epsilon + "-Nash equilibrium", regretCert);
                }
                r.json.put("epsilonNash", eps);
            }
        }
        if (!r.nash) {
            repair(game, profile, table, baseName, r);
        }
        r.facts.finish(r.json);
        return r;
    }

    private static void repair(NormalFormGame game, Rational[][] profile, PayoffTable table, String baseName, Result r) {
        if (game.playerCount() != 2) {
            r.facts.context("repair:   not attempted (implemented for two-player games)");
            return;
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
            Citation f = r.facts.certify(baseName + "-nash-set", NashSetClaims.of(game, all));
            r.fact("repair:   no Nash equilibrium has its supports within those of the profile (none of the "
                    + all.extremeEquilibria().size() + " extreme equilibria of the complete list does, and every equilibrium set"
                    + " within given supports has an extreme point)", "no Nash equilibrium has its supports within those of the profile", f);
            r.json.put("repair", null);
            return;
        }
        Rational[][] p = repair.equilibrium().get().toArray();
        boolean same = true;
        for (int i = 0; i < 2; i++) {
            for (int a = 0; a < p[i].length; a++) {
                same &= (p[i][a].signum() > 0) == support[i][a];
            }
        }
        Citation f = r.facts.certify(baseName + "-repair-nash", NashClaim.nash(table, p));
        r.fact("repair:   " + ProfileText.render(p) + " is a Nash equilibrium " + (same ? "on the same support" : "with supports within the profile's"),
                ProfileText.render(p) + " is a Nash equilibrium", f);
        r.json.put("repair", ProfileText.render(p));
    }

}
