package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the checker findings of the fuzz campaign (src/test/resources/fuzz-regressions/, see its
 * README): each certificate is rejected, never accepted, and (but for the one crash) never makes the
 * checker throw or the CLI print a stack trace. The full contract (no throw, clean located messages)
 * is written down but disabled until the certificate package fixes these defects.
 */
class CheckerFuzzFindingsTest {

    private static final Checker CHECKER = new Checker(Main.VERSION);

    private static String text(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/fuzz-regressions", name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"checker-missing-field.smt2", "checker-player-without-name.smt2", "checker-json-too-deep.smt2",
        "checker-json-unbalanced.smt2", "checker-action-index-out-of-range.smt2", "checker-scale-too-large.smt2",
        "checker-variable-index-overflow.smt2", "checker-kind-not-a-string.smt2"})
    void rejectedNeverAcceptedNoStackTrace(String name) throws IOException {
        Verdict v = CHECKER.checkText(text(name));
        assertNotEquals(Verdict.Status.ACCEPTED, v.status(), v.reason());
        FuzzOutcome cli = FuzzTarget.CERTIFICATE_CLI.run(Files.readAllBytes(Path.of("src/test/resources/fuzz-regressions", name)));
        assertTrue(cli.message().startsWith("exit 2: MALFORMED  mutant.smt2") || cli.message().startsWith("exit 1: INVALID  "),
                cli.describe());
        assertFalse(cli.message().contains("\tat "), cli.describe());
    }

    @Test
    void hugeAlgebraicCoefficientIsRejectedWithinTheBudget() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/fuzz-regressions", "checker-huge-algebraic-coefficient.smt2"));
        FuzzOutcome o = FuzzTarget.CERTIFICATE.run(bytes);
        assertEquals(FuzzOutcome.Kind.REJECTED, o.kind(), o.describe());
        assertFalse(o.overAllocated(), o.describe());
        // the same claim re-rendered consistently is refused by the size rule, not checked at great cost
        String data = text("checker-huge-algebraic-coefficient.smt2").lines().filter(l -> l.startsWith("; data: ")).findFirst().orElseThrow()
                .substring("; data: ".length());
        org.equicert.certificate.Claim claim = org.equicert.certificate.ClaimCodec.fromJson(data);
        Verdict v = CHECKER.checkText(org.equicert.certificate.CertificateFile.render(claim, Main.VERSION));
        assertEquals(Verdict.Status.REJECTED, v.status(), v.reason());
        assertTrue(v.reason().contains("a coefficient of p has 3320 bits, more than the checker's limit 512"), v.reason());
    }

    @Test
    void duplicatedOraclePlayerIsNeverAccepted() throws IOException {
        // today checkText throws here (ORACLE_SPO_STATEMENT_CRASH); whatever it does, it must not accept
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/fuzz-regressions", "checker-duplicated-player-throws.smt2"));
        for (FuzzTarget t : new FuzzTarget[] {FuzzTarget.CERTIFICATE, FuzzTarget.CERTIFICATE_CLI}) {
            FuzzOutcome o = t.run(bytes);
            assertTrue(o.kind() != FuzzOutcome.Kind.ACCEPTED && o.kind() != FuzzOutcome.Kind.FALSE_ACCEPT, o.describe());
        }
    }

    @Test
    void duplicatedOraclePlayerIsMalformedWithoutThrowing() throws IOException {
        Verdict v = CHECKER.checkText(text("checker-duplicated-player-throws.smt2"));
        assertEquals(Verdict.Status.MALFORMED, v.status(), v.reason());
    }

    @Test
    void hugeStateCountIsRejectedQuickly() throws IOException {
        long start = System.nanoTime();
        Verdict v = CHECKER.checkText(text("checker-states-exponent-out-of-memory.smt2"));
        assertNotEquals(Verdict.Status.ACCEPTED, v.status(), v.reason());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"checker-payoff-exponent-hang.smt2", "checker-payoff-exponent-large.smt2",
        "checker-count-table-huge-action-count.smt2"})
    void hugePayoffExponentIsRejectedQuicklyAndSmall(String name) throws IOException {
        FuzzOutcome o = FuzzTarget.CERTIFICATE.run(Files.readAllBytes(Path.of("src/test/resources/fuzz-regressions", name)));
        assertTrue(o.kind() == FuzzOutcome.Kind.REJECTED && !o.hang() && !o.overAllocated(), o.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"checker-missing-field.smt2", "checker-player-without-name.smt2", "checker-json-too-deep.smt2",
        "checker-json-unbalanced.smt2", "checker-action-index-out-of-range.smt2", "checker-scale-too-large.smt2",
        "checker-variable-index-overflow.smt2", "checker-kind-not-a-string.smt2"})
    void messagesNameALineAndShowNoInternals(String name) throws IOException {
        Verdict v = CHECKER.checkText(text(name));
        assertTrue(Pattern.compile("\\bline \\d+\\b").matcher(v.reason()).find(), v.reason());
        assertFalse(FuzzTarget.internals(v.reason()), v.reason());
    }

    /** The final 10^6 campaign: junk spliced into the tool line was echoed in the version rule's message. */
    @Test
    void aJunkVersionLineIsRejectedWithoutEchoingIt() throws IOException {
        Verdict v = CHECKER.checkText(text("checker-version-line-junk.smt2"));
        assertEquals(Verdict.Status.REJECTED, v.status(), v.reason());
        assertTrue(v.reason().startsWith("rule 'version': the file says it was written by an unreadable equicert version"), v.reason());
        assertFalse(FuzzTarget.internals(v.reason()), v.reason());
    }
}
