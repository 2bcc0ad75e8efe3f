package org.equicert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.equicert.certificate.CertificateStore;
import org.equicert.report.JsonText;
import picocli.CommandLine.Option;

/** The options shared by commands that certify: where certificates go, and JSON output. */
final class CertificateOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "where certificates/ and proofs/ are written (default: current directory)")
    Path outDir;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    /**
     * The certificate store under {@code --out}, whose directory is created and checked now, so
     * that a bad {@code --out} is reported before any work is done.
     *
     * @throws UserException if {@code --out} is not a directory that can be created and written
     */
    CertificateStore store() {
        return new CertificateStore(OptionValues.writableDirectory("--out", outDir), Main.VERSION);
    }

    /** Prints the JSON (with --json) or the text lines; returns exit code 0 when ok, else 1. */
    int print(PrintWriter out, Object json, List<String> lines, boolean ok) {
        if (this.json) {
            out.println(JsonText.render(json));
        } else {
            lines.forEach(out::println);
        }
        return ok ? 0 : 1;
    }
}
