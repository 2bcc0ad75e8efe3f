package org.equicert.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.equicert.certificate.CertificateFile;
import org.equicert.certificate.Checker;
import org.equicert.certificate.SupportExclusionClaim;
import org.equicert.certificate.Verdict;
import org.equicert.equilibrium.SupportEnumeration;
import org.equicert.equilibrium.SupportEquilibria;
import org.equicert.game.Corpus;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.junit.jupiter.api.Test;

/** Completeness certificates for n-player support enumeration, built from the Farkas multipliers and checked. */
class SupportExclusionCertificateTest {

    private static final Checker CHECKER = new Checker("test");

    private static Verdict certify(String file, int expectedProfiles) throws Exception {
        NormalFormGame g = GameFiles.read(Corpus.file(file));
        long t0 = System.nanoTime();
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        long t1 = System.nanoTime();
        SupportExclusionClaim c = SupportExclusionClaims.of(g, s).orElseThrow();
        long t2 = System.nanoTime();
        Verdict v = CHECKER.check(c);
        long t3 = System.nanoTime();
        String text = CertificateFile.render(c, "test");
        System.out.printf("%s: %d excluded, %d with multipliers; solve %.2f s, claim %.2f s, check %.2f s, %d bytes%n", file,
                s.excluded().size(), c.exclusions().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, text.length());
        assertEquals(expectedProfiles, c.exclusions().size());
        return v;
    }

    @Test
    void theCorpus2x2x2ExclusionsAreCertified() throws Exception {
        Verdict v = certify("contrib/games/2x2x2.nfg", 16);
        assertTrue(v.accepted(), v.reason());
    }

    @Test
    void the8x2x2ExclusionsAreCertified() throws Exception {
        Verdict v = certify("contrib/games/8x2x2.nfg", 2285);
        assertTrue(v.accepted(), v.reason());
    }
}
