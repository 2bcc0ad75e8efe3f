package org.equicert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Claim;
import org.equicert.certificate.Verdict;
import org.equicert.game.NormalFormGame;
import org.equicert.game.symmetry.Permutation;
import org.equicert.game.symmetry.SymmetryGroup;
import org.equicert.number.Rational;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code equicert examples}: the seeds' worked examples, certified. */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = {"Run the seeds' worked examples end to end, certified.",
            "%nRun the seed documents' worked examples end to end, writing every certificate under DIR/certificates and its proof under DIR/proofs. Exit code 0 only if every certificate checked."},
        footer = {"", "Example:", "  equicert examples --out /tmp/run"})
final class ExamplesCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "where certificates/ and proofs/ are written (default: current directory)")
    Path outDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private int failures;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CertificateStore store = new CertificateStore(outDir, Main.VERSION);
        Checker checker = new Checker(Main.VERSION);
        coordination(out, store);
        allEquilibria(out, store);
        chain(out, store, checker);
        partygoers(out);
        out.println();
        out.println(failures == 0 ? "all examples certified" : failures + " example claims FAILED to certify");
        return failures == 0 ? 0 : 1;
    }

    private void coordination(PrintWriter out, CertificateStore store) {
        NormalFormGame g = SeedGames.coordination();
        out.println("== Seed 000: " + g.title());
        out.println("The seed states three Nash equilibria: (high, high), (low, low), and both playing high with 1/3.");
        String[][] cases = {
            {"1,0;1,0", "seed000-high-high"},
            {"0,1;0,1", "seed000-low-low"},
            {"1/3,2/3;1/3,2/3", "seed000-mixed"},
            {"1,0;0,1", "seed000-high-low"},
            {"0.3333,0.6667;0.3333,0.6667", "seed000-decimal"},
        };
        for (String[] c : cases) {
            out.println("-- profile " + c[0]);
            CertifyCommand.Result r = CertifyCommand.certify(g, ProfileText.parse(c[0], g), null, c[1], store);
            for (String line : r.lines.subList(2, r.lines.size())) {
                out.println("   " + line);
            }
            if (!r.allChecked) {
                failures++;
            }
        }
    }

    private void allEquilibria(PrintWriter out, CertificateStore store) {
        NormalFormGame g = SeedGames.coordination();
        out.println();
        out.println("== Seed 000: all Nash equilibria of the coordination game, exact and certified complete");
        NashReport r = NashReport.compute(g, "seed000", store, 20_000, new PrintWriter(java.io.Writer.nullWriter()));
        r.lines.subList(2, r.lines.size()).forEach(l -> out.println("   " + l));
        if (!r.allChecked) {
            failures++;
        }
    }

    private void chain(PrintWriter out, CertificateStore store, Checker checker) {
        NormalFormGame g = SeedGames.coordination();
        out.println();
        out.println("== Seed 000: the learning chain on the coordination game, b = e^alpha = 2, epsilon = 1/10");
        DynamicsReport r = new DynamicsReport(g, store, "seed000");
        r.common(Rational.TWO, 10, Rational.of(1, 10), 12);
        r.lines.forEach(l -> out.println("   " + l));
        if (!r.allChecked) {
            failures++;
        }
        NormalFormGame pd = SeedGames.prisonersDilemma();
        out.println();
        out.println("== Seed 000's extension to general games: " + pd.title() + ", individual utilities, b = 2");
        out.println("   The seed argues the dynamics end in mutual defection: (C, C) is left much more easily than it is reached.");
        DynamicsReport p = new DynamicsReport(pd, store, "seed000-pd");
        p.individual(Rational.TWO, null, 12);
        p.lines.forEach(l -> out.println("   " + l));
        if (!p.allChecked) {
            failures++;
        }
    }

    private void certify(PrintWriter out, CertificateStore store, Checker checker, String name, Claim claim) {
        Verdict v = checker.check(claim);
        if (v.accepted()) {
            CertificateStore.Written w = store.store(name, claim, v);
            out.println("   CERTIFIED " + claim.statement() + "  [" + w.certificate() + "]");
        } else {
            failures++;
            out.println("   NOT CERTIFIED " + claim.statement() + ": " + v.reason());
        }
    }

    private void partygoers(PrintWriter out) {
        NormalFormGame g = SeedGames.partygoers();
        out.println();
        out.println("== Seed 001 App. C: " + g.title());
        SymmetryGroup group = SymmetryGroup.of(g);
        out.println("   |Γ(G)| = " + group.order() + (group.isFullSymmetricGroup() ? " = |S_4|: the game is totally symmetric" : "")
                + "; generators " + group.generators() + "; orbits " + InfoCommand.oneBased(group.orbits()));
        out.println("   (each group reaches every butler except the opposite one, so the common payoff is symmetric");
        out.println("    under every permutation, not only the rotations the paper lists)");
        Permutation rot2 = Permutation.parseCycles("(1 3)(2 4)", 4);
        SymmetryGroup p = SymmetryGroup.generatedBy(4, List.of(rot2));
        out.println("   P = {rotation by two} = " + rot2 + " is a symmetry: " + SymmetryGroup.isSymmetry(g, rot2)
                + "; <P> has order " + p.order() + "; orbits " + InfoCommand.oneBased(p.orbits()));
    }
}
