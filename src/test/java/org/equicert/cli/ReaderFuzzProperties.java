package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes every reader in-process, and the certificate checker in-process and through
 * {@code equicert check}, with mutations of valid inputs ({@link FuzzMutations}): each input is read
 * or rejected with one located line, in less than 5 s and allocating less than 512 MB, and nothing
 * else is ever thrown; a certificate is accepted only unmodified or exactly re-rendered. One try is
 * one {@link FuzzCampaign} round (about 9.4 inputs), so 1,120 tries read about 10,500 inputs (about
 * 20 s on a loaded machine). {@code benchmarks/fuzz.sh} runs the same rounds for 10^6 inputs.
 */
class ReaderFuzzProperties {

    private static final int TRIES = 1120;
    private static final AtomicLong ROUNDS = new AtomicLong();
    private static final AtomicLong INPUTS = new AtomicLong();

    /** Fails unless the outcome is proper: answered or rejected with a located line, within time and memory. */
    static void assertProper(FuzzOutcome o, byte[] input) {
        if (!o.ok() && o.knownCheckerDefect().isEmpty()) {
            fail(o.describe() + "\non input:\n" + new String(input, 0, Math.min(input.length, 3000), StandardCharsets.UTF_8));
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void everyReaderAnswersOrGivesOneLocatedLine(@ForAll long roundSeed) {
        ROUNDS.incrementAndGet();
        for (FuzzTarget t : FuzzTarget.values()) {
            if (FuzzCampaign.inRound(t, roundSeed)) {
                byte[] input = FuzzCampaign.input(t, roundSeed);
                assertProper(t.run(input), input);
                INPUTS.incrementAndGet();
            }
        }
    }

    @AfterContainer
    static void atLeastTenThousandInputsWhenThePropertyRanInFull() {
        if (ROUNDS.get() == TRIES) {
            assertTrue(INPUTS.get() >= 10_000, "only " + INPUTS.get() + " fuzz inputs in " + TRIES + " rounds");
        }
    }

    @Example
    void unmutatedSeedsAreAccepted() {
        SplittableRandom r = new SplittableRandom(1);
        for (FuzzTarget t : FuzzTarget.values()) {
            if (t != FuzzTarget.CERTIFICATE && t != FuzzTarget.CERTIFICATE_CLI) {
                FuzzOutcome o = t.run(t.seed(r));
                assertEquals(FuzzOutcome.Kind.ACCEPTED, o.kind(), o.describe());
            }
        }
    }

    @Example
    void unmodifiedCertificatesAreAcceptedInProcessAndThroughTheCli() {
        for (String name : new String[] {"seed000-eq1.smt2", "seed000-eq2.nra.smt2", "seed002-pd-copy-spo-1.smt2"}) {
            byte[] cert = bytes("certificates/" + name);
            FuzzOutcome inProcess = FuzzTarget.CERTIFICATE.run(cert);
            assertEquals(FuzzOutcome.Kind.ACCEPTED, inProcess.kind(), inProcess.describe());
            FuzzOutcome cli = FuzzTarget.CERTIFICATE_CLI.run(cert);
            assertEquals(FuzzOutcome.Kind.ACCEPTED, cli.kind(), cli.describe());
        }
    }

    @Example
    void everyCertificateMutationKindIsRejected() {
        byte[] cert = bytes("certificates/seed000-eq1.smt2");
        String text = new String(cert, StandardCharsets.UTF_8);
        String[] mutants = {
            text.substring(0, text.length() / 2), // truncated
            text.replace("; kind: nash\n", "; kind: nash\n; kind: nash\n"), // a duplicated line
            text.replace("\"kind\":\"nash\"", "\"kind\":\"regret\""), // another kind
            text.replace("\"epsilon\":\"0\"", "\"epsilon\":\"1e999999999999\""), // a grown number
            text.replace("\"profile\":", "\"profile\":" + "[".repeat(300)), // deep nesting
        };
        for (String m : mutants) {
            FuzzOutcome o = FuzzTarget.CERTIFICATE.run(m.getBytes(StandardCharsets.UTF_8));
            assertTrue(o.kind() == FuzzOutcome.Kind.REJECTED || o.knownCheckerDefect().isPresent(), o.describe());
            FuzzOutcome cli = FuzzTarget.CERTIFICATE_CLI.run(m.getBytes(StandardCharsets.UTF_8));
            assertTrue(cli.kind() == FuzzOutcome.Kind.REJECTED || cli.knownCheckerDefect().isPresent(), cli.describe());
        }
    }

    @Example
    void invalidUtf8CertificateIsMalformedWithItsLineAndColumn() {
        // fuzzer finding: `equicert check` said "not UTF-8 text" without saying where
        byte[] cert = bytes("certificates/seed000-eq1.smt2");
        int secondLine = new String(cert, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
        cert[secondLine + 4] = (byte) 0xC3;
        FuzzOutcome o = FuzzTarget.CERTIFICATE_CLI.run(cert);
        assertEquals(FuzzOutcome.Kind.REJECTED, o.kind(), o.describe());
        assertEquals("exit 2: MALFORMED  mutant.smt2: not UTF-8 text, so not an equicert certificate "
                + "(invalid byte sequence at line 2, column 5)", o.message());
    }

    private static byte[] bytes(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
