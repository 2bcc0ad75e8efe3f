package org.equicert.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
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
        footer = {"", "Run 'equicert help COMMAND' or 'equicert COMMAND --help' for a command's options and an example."})
public final class Main implements Runnable {

    /**
     * The subcommands, in the order of the usage text. They are registered in code rather than in
     * the annotation so that a run naming one builds picocli's model of that one only: building all
     * of them costs about 0.07 s of CPU at every start (benchmarks/RESULTS.md, issue 15).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
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
            CommandLine.HelpCommand.class);

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

    /**
     * The command line for these arguments: when the first argument names a subcommand other than
     * help, that subcommand alone; for {@code --version} alone, none; otherwise (usage, help, a
     * misspelt name, which picocli answers with suggestions) every subcommand. Parsing and output
     * are the same either way.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        Class<?> named = null;
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class && (command.name().equals(first) || List.of(command.aliases()).contains(first))) {
                named = c;
            }
        }
        // the version alone prints one line and needs no subcommand
        boolean versionOnly = args.length == 1 && (first.equals("-V") || first.equals("--version"));
        for (Class<?> c : SUBCOMMANDS) {
            if (!versionOnly && (named == null || c == named)) {
                cl.addSubcommand(c);
            }
        }
        return cl;
    }

    /** Runs the CLI with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
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
