package org.equicert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equicert.api.CertificateChecks;
import org.equicert.certificate.Verdict;
import org.equicert.game.io.GameFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code equicert check FILE.smt2 ... [--game GAME | --oracle GAME.json]}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Re-check certificate files with the independent checker.",
            "%nFor each file the checker reads the claim's data at line 8 of the equicert header, rebuilds the claim, requires "
                + "the file to be byte for byte the certificate it would itself write for that claim, re-does the claim's exact "
                + "obligations, and proves the SMT-LIB unsat in a fresh embedded SMTInterpol whose proof is then checked. Plain "
                + "SMT-LIB without an equicert claim is never accepted. Known-false canaries of every claim kind are checked "
                + "first on every run.",
            "%nFor each file it prints VALID, INVALID (with the rule that failed) or MALFORMED, then the claim in words, what "
                + "it is about and the fingerprint of that game (SHA-256 of the canonical payoff table: same game, same "
                + "fingerprint, whatever the file format or title). With --game, a certificate about any other game is INVALID.",
            "%nExit code 0 if every file is valid, 1 if some file is invalid, 2 if some file is malformed or unreadable."},
        footer = {"", "Examples:", "  equicert check certificates/*.smt2",
            "  equicert check --game examples/coordination.nfg certificates/seed000-*.smt2",
            "  equicert check --oracle examples/oracle/chicken-threshold.json certificates/seed002-chicken-threshold-spo-1.smt2"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "certificate files (.smt2 or .nra.smt2)")
    List<Path> files;

    @Option(names = "--game", paramLabel = "GAME", description = "accept only certificates about this game (.nfg or game .json)")
    Path game;

    @Option(names = "--oracle", paramLabel = "GAME.json", description = "accept only certificates about this oracle game")
    Path oracle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (game != null && oracle != null) {
            throw new UserException("--game and --oracle: give one of them");
        }
        Optional<CertificateChecks.Binding> binding = Optional.empty();
        if (game != null) {
            binding = Optional.of(new CertificateChecks.Binding(CertificateChecks.fingerprint(GameFiles.read(game)), game.toString()));
        } else if (oracle != null) {
            binding = Optional.of(new CertificateChecks.Binding(CertificateChecks.fingerprint(OracleCommand.read(oracle)), oracle.toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        binding.ifPresent(b -> out.println("binding: certificates must be about " + b.fingerprint()));
        int valid = 0;
        int invalid = 0;
        int malformed = 0;
        for (CertificateChecks.Outcome o : CertificateChecks.check(files, binding)) {
            switch (o.status()) {
                case ACCEPTED -> valid++;
                case REJECTED -> invalid++;
                case MALFORMED -> malformed++;
                default -> throw new IllegalStateException("unknown status " + o.status());
            }
            if (o.verdict().isEmpty()) {
                out.println("MALFORMED  " + o.file() + ": " + o.unreadable().orElseThrow());
                continue;
            }
            Verdict v = o.verdict().get();
            out.println(label(v.status()) + o.file());
            if (!v.statement().isEmpty()) {
                out.println("  claim:   " + v.statement());
                out.println("  about:   " + v.fingerprint() + ", titled " + (v.subject().isEmpty() ? "(untitled)" : "\"" + v.subject() + "\""));
            }
            out.println((v.accepted() ? "  proof:   " : "  reason:  ") + v.reason());
        }
        if (files.size() > 1) {
            out.println(valid + " of " + files.size() + " certificates valid" + (invalid > 0 ? ", " + invalid + " invalid" : "")
                    + (malformed > 0 ? ", " + malformed + " malformed or unreadable" : ""));
        }
        return malformed > 0 ? 2 : invalid > 0 ? 1 : 0;
    }

    private static String label(Verdict.Status s) {
        return switch (s) {
            case ACCEPTED -> "VALID      ";
            case REJECTED -> "INVALID    ";
            case MALFORMED -> "MALFORMED  ";
        };
    }
}
