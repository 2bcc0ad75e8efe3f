package org.equicert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Claim;
import org.equicert.certificate.NashClaim;
import org.equicert.certificate.PayoffTable;
import org.equicert.certificate.RegretClaim;
import org.equicert.certificate.Verdict;
import org.equicert.equilibrium.SupportRepair;
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
        NormalFormGame game = GameFiles.read(gameFile);
        Rational[][] profile = ProfileText.parse(profileText, game);
        String base = name != null ? name : stem(gameFile);
        Result r = certify(game, profile, epsilonText == null ? null : Rational.parse(epsilonText), base,
                new CertificateStore(options.outDir, Main.VERSION));
        return options.print(spec.commandLine().getOut(), r.json, r.lines, r.allChecked);
    }

    static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    /** Outcome of certification: printable lines, JSON, and whether every attempted certificate checked. */
    static final class Result {
        final List<String> lines = new ArrayList<>();
        final Map<String, Object> json = new LinkedHashMap<>();
        boolean allChecked = true;
        boolean nash;
    }

    /** Certifies a profile and, if it is not Nash, a repair; shared with {@code examples}. */
    static Result certify(NormalFormGame game, Rational[][] profile, Rational epsilon, String baseName, CertificateStore store) {
        Result r = new Result();
        Checker checker = new Checker(Main.VERSION);
        PayoffTable table = PayoffTables.of(game);
        r.json.put("game", game.title());
        r.json.put("profile", ProfileText.render(profile));
        r.lines.add("game:     " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        r.lines.add("profile:  " + ProfileText.render(profile) + "   (exact value of the input)");
        List<String> sums = new ArrayList<>();
        for (int i = 0; i < profile.length; i++) {
            Rational s = Rational.ZERO;
            for (Rational x : profile[i]) {
                s = s.add(x);
            }
            if (!s.equals(Rational.ONE)) {
                sums.add("player " + (i + 1) + "'s probabilities sum to " + s + ", not 1");
            }
        }
        if (!sums.isEmpty()) {
            r.lines.add("not a mixed profile: " + String.join("; ", sums));
            r.json.put("valid", false);
            r.json.put("problems", sums);
        } else {
            r.json.put("valid", true);
            MixedProfile mp = MixedProfile.of(profile);
            ExpectedUtility eu = new ExpectedUtility(game);
            Rational[][] regrets = new Rational[game.playerCount()][];
            List<Object> players = new ArrayList<>();
            for (int i = 0; i < game.playerCount(); i++) {
                regrets[i] = eu.regrets(i, mp);
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
                r.lines.add("player " + game.players().get(i) + ": expected payoff " + eu.payoff(i, mp) + "; regret per action: " + sb);
            }
            r.json.put("players", players);
            boolean isNash = eu.isNash(mp);
            r.nash = isNash;
            Claim claim = isNash ? NashClaim.nash(table, profile) : new RegretClaim(table, profile, regrets);
            String label = isNash ? "Nash equilibrium: YES" : "Nash equilibrium: NO — largest gain from deviating is " + eu.maxRegret(mp);
            String file = certifyAndStore(checker, store, baseName + (isNash ? "-nash" : "-regret"), claim, r);
            r.lines.add(label + "  " + file);
            r.json.put("nash", isNash);
            r.json.put("maxRegret", eu.maxRegret(mp).toString());
            if (epsilon != null) {
                boolean eps = eu.maxRegret(mp).compareTo(epsilon) <= 0;
                if (eps) {
                    String f = certifyAndStore(checker, store, baseName + "-epsilon-nash", new NashClaim(table, profile, epsilon), r);
                    r.lines.add(epsilon + "-Nash equilibrium: YES  " + f);
                } else {
                    r.lines.add(epsilon + "-Nash equilibrium: NO (max regret " + eu.maxRegret(mp) + " > " + epsilon + ")");
                }
                r.json.put("epsilonNash", eps);
            }
            if (isNash) {
                return r;
            }
        }
        repair(game, profile, table, checker, store, baseName, r);
        return r;
    }

    private static void repair(NormalFormGame game, Rational[][] profile, PayoffTable table, Checker checker,
            CertificateStore store, String baseName, Result r) {
        if (game.playerCount() != 2) {
            r.lines.add("repair:   not attempted (implemented for two-player games)");
            return;
        }
        boolean[][] support = new boolean[2][];
        for (int i = 0; i < 2; i++) {
            support[i] = new boolean[profile[i].length];
            for (int a = 0; a < profile[i].length; a++) {
                support[i][a] = profile[i][a].signum() > 0;
            }
        }
        Optional<MixedProfile> fixed = new SupportRepair(game).repair(support[0], support[1]);
        if (fixed.isEmpty()) {
            r.lines.add("repair:   no Nash equilibrium has its supports within those of the profile");
            r.json.put("repair", null);
            return;
        }
        Rational[][] p = fixed.get().toArray();
        String f = certifyAndStore(checker, store, baseName + "-repair-nash", NashClaim.nash(table, p), r);
        r.lines.add("repair:   " + ProfileText.render(p) + " is a Nash equilibrium on the same support  " + f);
        r.json.put("repair", ProfileText.render(p));
    }

    private static String certifyAndStore(Checker checker, CertificateStore store, String name, Claim claim, Result r) {
        Verdict v = checker.check(claim);
        if (!v.accepted()) {
            r.allChecked = false;
            return "[NOT CERTIFIED: " + v.reason() + "]";
        }
        CertificateStore.Written w = store.store(name, claim, v);
        @SuppressWarnings("unchecked")
        List<String> certs = (List<String>) r.json.computeIfAbsent("certificates", k -> new ArrayList<String>());
        certs.add(w.certificate().toString());
        return "[certified: " + w.certificate() + "]";
    }
}
