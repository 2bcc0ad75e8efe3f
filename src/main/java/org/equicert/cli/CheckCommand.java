package org.equicert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code equicert check FILE.smt2}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Re-check certificate files with the independent checker.",
            "%nCheck certificate files. For an equicert certificate, the checker rebuilds the claim from the file's data line, re-does its exact obligations, verifies the SMT-LIB is exactly that claim's encoding, and proves it unsat in a fresh embedded SMTInterpol whose proof is then checked. A known-false canary claim is checked first on every run. Exit code 0 if all files check, 1 if not."},
        footer = {"", "Example:", "  equicert check certificates/*.smt2"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "certificate files (.smt2)")
    List<Path> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Checker checker = new Checker(Main.VERSION);
        int failed = 0;
        var out = spec.commandLine().getOut();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserException(f + ": no such file");
            } catch (IOException e) {
                throw new UserException(f + ": cannot read (" + e.getMessage() + ")");
            }
            Verdict v = checker.checkText(text);
            out.println((v.accepted() ? "VALID    " : "INVALID  ") + f + ": " + v.reason());
            if (!v.accepted()) {
                failed++;
            }
        }
        if (files.size() > 1) {
            out.println((files.size() - failed) + " of " + files.size() + " certificates valid");
        }
        return failed == 0 ? 0 : 1;
    }
}
