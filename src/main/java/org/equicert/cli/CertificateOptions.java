package org.equicert.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options shared by commands that certify: where certificates go, and JSON output. */
final class CertificateOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "where certificates/ and proofs/ are written (default: current directory)")
    Path outDir;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;
}
