package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The natural statements of Issue 12: every claim kind has one (symmetric-bound only for exact
 * optima of small games), the shipped {@code NAME.nra.smt2} files are exactly those statements (so
 * the checker accepts them; {@code StoredCertificatesTest} checks them), and z3 finds a model of the
 * natural statement of every known-false canary, while cvc5 (3 s limit) never proves one
 * (skipped when the solver is absent).
 *
 * <p>{@code mvn -B -q test -Dtest=NaturalStatementsTest -Dequicert.writeNatural=true} (re)writes
 * {@code NAME.nra.smt2} beside every shipped certificate whose claim has a natural statement.
 */
class NaturalStatementsTest {

    @Test
    @EnabledIfSystemProperty(named = "equicert.writeNatural", matches = "true")
    void writeNaturalStatementsBesideTheShippedCertificates() throws Exception {
        for (Path f : ExternalSolverTest.certificates()) {
            if (f.toString().endsWith(".nra.smt2")) {
                continue;
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            CertificateFile.Header header = CertificateFile.header(text).orElseThrow();
            Claim claim = ClaimCodec.fromJson(header.dataJson());
            String natural = CertificateFile.renderNonlinear(claim, header.toolVersion());
            if (natural != null) {
                Files.writeString(Path.of(f.toString().replaceFirst("\\.smt2$", ".nra.smt2")), natural, StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void everyCanaryKindHasANaturalStatement() {
        Set<String> kinds = new TreeSet<>();
        for (Checker.Canary canary : Checker.canaries()) {
            if (canary.claim().nonlinearSmtLib().isPresent()) {
                kinds.add(canary.claim().kind());
            }
        }
        Set<String> expected = new TreeSet<>(Checker.KINDS);
        expected.remove("symmetric-bound"); // only for exact optima of small games; the canary states an inexact bound
        expected.remove("symmetric-count-bound"); // likewise
        assertTrue(kinds.containsAll(expected), "natural statements for canary kinds " + kinds);
    }

    @Test
    void everyShippedNaturalStatementIsExactlyItsRendering() throws Exception {
        int natural = 0;
        for (Path f : ExternalSolverTest.certificates()) {
            if (!f.toString().endsWith(".nra.smt2")) {
                continue;
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            CertificateFile.Header header = CertificateFile.header(text).orElseThrow();
            assertEquals(CertificateFile.renderNonlinear(ClaimCodec.fromJson(header.dataJson()), header.toolVersion()), text, f.toString());
            natural++;
        }
        assertTrue(natural >= 37, "only " + natural + " natural statements shipped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"z3", "cvc5"})
    void theNaturalStatementOfEveryCanaryIsNotUnsat(String solver) throws Exception {
        assumeTrue(ExternalSolverTest.onPath(solver), solver + " is not on PATH; skipping");
        Set<String> refuted = new TreeSet<>();
        for (Checker.Canary canary : Checker.canaries()) {
            String natural = CertificateFile.renderNonlinear(canary.claim(), "canary");
            if (natural == null) {
                continue;
            }
            Path tmp = Files.createTempFile("natural-canary", ".smt2");
            try {
                Files.writeString(tmp, natural.replace("(set-info :status unsat)\n", ""), StandardCharsets.UTF_8);
                String out = solver.equals("cvc5") ? ExternalSolverTest.run(solver, "--tlimit=3000", tmp.toString())
                        : ExternalSolverTest.run(solver, "-T:20", tmp.toString());
                String last = out.lines().reduce((a, b) -> b).orElse("");
                assertNotEquals("unsat", last, solver + " proves the false canary " + canary.claim().kind() + ": " + out);
                if (solver.equals("z3")) {
                    assertEquals("sat", last, "z3 on the natural statement of the canary " + canary.claim().kind() + ": " + out);
                }
                refuted.add(canary.claim().kind());
            } finally {
                Files.delete(tmp);
            }
        }
        Set<String> expected = new TreeSet<>(Checker.KINDS);
        expected.remove("symmetric-bound");
        expected.remove("symmetric-count-bound");
        assertEquals(expected, refuted);
    }
}
