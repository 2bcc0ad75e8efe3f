package org.equicert.certificate.smt;

import de.uni_freiburg.informatik.ultimate.logic.SMTLIBException;
import de.uni_freiburg.informatik.ultimate.logic.Script;
import de.uni_freiburg.informatik.ultimate.logic.Term;
import de.uni_freiburg.informatik.ultimate.smtinterpol.DefaultLogger;
import de.uni_freiburg.informatik.ultimate.smtinterpol.LogProxy;
import de.uni_freiburg.informatik.ultimate.smtinterpol.option.OptionMap;
import de.uni_freiburg.informatik.ultimate.smtinterpol.proof.MinimalProofChecker;
import de.uni_freiburg.informatik.ultimate.smtinterpol.smtlib2.ParseEnvironment;
import de.uni_freiburg.informatik.ultimate.smtinterpol.smtlib2.SMTInterpol;
import java.io.StringReader;

/**
 * Runs an SMT-LIB script in a <em>fresh</em> SMTInterpol instance with {@code :produce-proofs} and
 * {@code :proof-check-mode} on (set through the API, so certificate files carry no
 * solver-specific options and z3 or cvc5 read them unchanged). After an {@code unsat} answer the
 * proof is fetched and re-checked with SMTInterpol's {@link MinimalProofChecker}.
 *
 * <p>This class is the only place in equicert that touches SMTInterpol.
 */
public final class EmbeddedSmtInterpol {

    private EmbeddedSmtInterpol() {
    }

    /** Runs the script; never throws for a bad script (the result says "error"). */
    public static SmtResult run(String script) {
        DefaultLogger logger = new DefaultLogger();
        logger.setLoglevel(LogProxy.LOGLEVEL_OFF);
        OptionMap options = new OptionMap(logger, true);
        SMTInterpol solver = new SMTInterpol(logger);
        Capturing env = new Capturing(solver, options);
        try {
            solver.setOption(":produce-proofs", Boolean.TRUE);
            solver.setOption(":proof-check-mode", Boolean.TRUE);
            env.parseStream(new StringReader(script), "certificate");
        } catch (SMTLIBException | UnsupportedOperationException e) {
            return new SmtResult("error", false, "", String.valueOf(e.getMessage()));
        } catch (StopParsing stop) {
            // (exit) reached
        }
        if (env.error != null) {
            return new SmtResult("error", false, "", env.error);
        }
        if (env.lastStatus == null) {
            return new SmtResult("error", false, "", "the script has no (check-sat)");
        }
        if (env.lastStatus != Script.LBool.UNSAT) {
            return new SmtResult(env.lastStatus.toString().toLowerCase(java.util.Locale.ROOT), false, "", "");
        }
        try {
            Term proof = solver.getProof();
            boolean ok = new MinimalProofChecker(solver, logger).check(proof);
            return new SmtResult("unsat", ok, proof.toString(), ok ? "" : "the proof did not check");
        } catch (SMTLIBException | UnsupportedOperationException e) {
            return new SmtResult("unsat", false, "", "no proof: " + e.getMessage());
        } finally {
            solver.exit();
        }
    }

    /** Signals the end of the script. */
    private static final class StopParsing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopParsing() {
            super(null, null, false, false);
        }
    }

    /** A parse environment that records answers instead of printing them and never exits the JVM. */
    private static final class Capturing extends ParseEnvironment {
        Script.LBool lastStatus;
        String error;

        Capturing(Script script, OptionMap options) {
            super(script, options);
        }

        @Override
        public void printSuccess() {
        }

        @Override
        public void printUnsupported() {
        }

        @Override
        public void printError(String message) {
            if (error == null) {
                error = message;
            }
        }

        @Override
        public void printResponse(Object response) {
            if (response instanceof Script.LBool) {
                lastStatus = (Script.LBool) response;
            }
        }

        @Override
        public void exitWithStatus(int status) {
            throw new StopParsing();
        }

        @Override
        public void exit() {
            throw new StopParsing();
        }
    }
}
