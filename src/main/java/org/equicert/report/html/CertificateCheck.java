package org.equicert.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.equicert.api.CheckedCertificate;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Verdict;

/**
 * A certificate of a report, re-checked from its file by a fresh independent checker when the
 * report is written (not the verdict the job recorded), with the link a report uses.
 *
 * @param name the certificate's name
 * @param link its path relative to the report's directory, with '/' separators
 * @param status the re-check's verdict
 * @param statement the claim in words, as the checker rebuilt it (empty when it could not)
 * @param reason the checker's reason (the rule that failed, or what the proof showed)
 */
public record CertificateCheck(String name, String link, Verdict.Status status, String statement, String reason) {

    /** Checks for nulls. */
    public CertificateCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(reason, "reason");
    }

    /** VALID, INVALID or MALFORMED, as {@code equicert check} prints it. */
    public String verdictWord() {
        return switch (status) {
            case ACCEPTED -> "VALID";
            case REJECTED -> "INVALID";
            case MALFORMED -> "MALFORMED";
        };
    }

    /**
     * Re-checks each certificate's file with one checker of tool version {@code toolVersion}.
     * Cost: one checker run per file (an SMTInterpol proof and its check), plus the canaries once.
     *
     * @param reportDirectory the directory the report is written to (links are relative to it)
     */
    public static List<CertificateCheck> recheck(List<CheckedCertificate> certificates, Path reportDirectory, String toolVersion) {
        Checker checker = new Checker(toolVersion);
        List<CertificateCheck> out = new ArrayList<>();
        for (CheckedCertificate c : certificates) {
            Verdict v;
            try {
                v = checker.checkText(Files.readString(c.path(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                v = new Verdict(Verdict.Status.MALFORMED, "cannot read the file: " + e.getMessage(), "not run", "", "", "", "");
            }
            out.add(new CertificateCheck(c.name(), link(reportDirectory, c.path()), v.status(), v.statement(), v.reason()));
        }
        return out;
    }

    /** {@code target} relative to {@code directory}, '/'-separated (no absolute path leaks into a report). */
    static String link(Path directory, Path target) {
        Path from = directory.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        Path relative = from.getRoot() != null && from.getRoot().equals(to.getRoot()) ? from.relativize(to) : to.getFileName();
        return relative.toString().replace('\\', '/');
    }
}
