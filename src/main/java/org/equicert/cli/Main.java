package org.equicert.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.equicert.input.InputFileException;
import org.equicert.input.LimitExceededException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code equicert} command line. User mistakes (bad files, bad options) print one line and exit
 * with code 2; a claim that fails to check exits with code 1; success is 0.
 */
@Command(name = "equicert",
        mixinStandardHelpOptions = true,
        version = "equicert " + Main.VERSION,
        description = {"Exact, certified solver for finite games.",
            "%nEvery number is exact (rationals, real algebraic numbers); every claim printed as a fact comes with an SMT-LIB certificate re-checked by an embedded SMTInterpol with proof checking."},
        subcommands = {
            InfoCommand.class,
            GamutCommand.class,
            CheckCommand.class,
            CertifyCommand.class,
            NashCommand.class,
            SymmetricCommand.class,
            OracleCommand.class,
            SweepCommand.class,
            CompareCommand.class,
            DynamicsCommand.class,
            BatchCommand.class,
            ExamplesCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Run 'equicert help COMMAND' or 'equicert COMMAND --help' for a command's options and an example."})
public final class Main implements Runnable {

    /** The tool version written into certificates. */
    public static final String VERSION = org.equicert.api.Equicert.VERSION;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = ex;
            if (cause instanceof InputFileException) {
                err.println("error: " + cause.getMessage());
                return 2;
            }
            if (cause instanceof UserException || cause instanceof IllegalArgumentException
                    || cause instanceof NumberFormatException || cause instanceof LimitExceededException) {
                err.println("error: " + cause.getMessage());
                return 2;
            }
            if (cause instanceof UncheckedIOException io) {
                err.println("error: cannot read or write a file: " + io.getCause().getMessage());
                return 2;
            }
            throw ex;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // a safety net: the readers' limits should make this unreachable for any input
            err.println("error: the input is too large for this machine (" + (e instanceof StackOverflowError
                    ? "stack exhausted" : "memory exhausted") + "); reduce the input or raise the JVM's -Xss/-Xmx");
            code = 2;
        }
        out.flush();
        err.flush();
        return code;
    }
}
