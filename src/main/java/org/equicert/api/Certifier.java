package org.equicert.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Claim;
import org.equicert.certificate.Verdict;

/**
 * Checks claims with the independent {@link Checker} and stores the accepted ones: the single place
 * where a job turns a claim into a {@link Citation}. One instance per job; not thread-safe.
 *
 * <p>Cost: one checker run per claim (the checker's own cost, typically an SMTInterpol call) plus
 * writing the certificate, its natural statement and its proof.
 */
public final class Certifier {

    private final Optional<CertificateStore> store;
    private final String toolVersion;
    private final List<CheckedCertificate> certificates = new ArrayList<>();
    private Checker checker;
    private boolean allChecked = true;

    private Certifier(Optional<CertificateStore> store, String toolVersion) {
        this.store = store;
        this.toolVersion = toolVersion;
    }

    /** A certifier writing below {@code root} ({@code certificates/} and {@code proofs/}). */
    public static Certifier into(Path root) {
        return new Certifier(Optional.of(new CertificateStore(root, Equicert.VERSION)), Equicert.VERSION);
    }

    /** A certifier for an existing store. */
    public static Certifier into(CertificateStore store) {
        return new Certifier(Optional.of(store), Equicert.VERSION);
    }

    /** A certifier that certifies nothing: every citation is NOT_REQUESTED ({@code --no-certify}). */
    public static Certifier disabled() {
        return new Certifier(Optional.empty(), Equicert.VERSION);
    }

    /** True when certificates are checked and written. */
    public boolean requested() {
        return store.isPresent();
    }

    /**
     * Checks {@code claim} and, when it is accepted, writes its certificate and proof as {@code name}.
     *
     * @return CERTIFIED with the certificate's path; REJECTED with the checker's reason (and
     *     {@link #allChecked()} becomes false); NOT_REQUESTED when disabled
     */
    public Citation certify(String name, Claim claim) {
        if (store.isEmpty()) {
            return Citation.notRequested("--no-certify");
        }
        if (checker == null) {
            checker = new Checker(toolVersion);
        }
        Verdict v = checker.check(claim);
        if (!v.accepted()) {
            allChecked = false;
            return Citation.rejected(v.reason());
        }
        Path path = store.get().store(name, claim, v).certificate();
        certificates.add(new CheckedCertificate(name, path, claim, v));
        return Citation.certified(path.toString());
    }

    /** False once the checker rejected a claim of this job. */
    public boolean allChecked() {
        return allChecked;
    }

    /** The certificates accepted and written so far, in order. */
    public List<CheckedCertificate> certificates() {
        return List.copyOf(certificates);
    }
}
