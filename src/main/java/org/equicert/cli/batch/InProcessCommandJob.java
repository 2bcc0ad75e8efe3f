package org.equicert.cli.batch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.cli.Main;

/**
 * The first {@link GameJob}: runs the single-game command in this JVM through a fresh picocli
 * command line ({@link Main#execute}) with {@code --json --out DIR} and captured output streams, so
 * a record holds exactly what {@code equicert JOB GAME OPTIONS --json --out DIR} prints.
 *
 * <p>Thread safety: each call builds its own {@code CommandLine}, command objects and writers; the
 * commands print only to the writers they are given (never to {@code System.out}), and the
 * checker's once-per-JVM canaries are guarded by double-checked locking, so calls run in parallel.
 */
public final class InProcessCommandJob implements GameJob {

    private static final long serialVersionUID = 1L;

    @Override
    public Outcome run(String job, GameSpec spec, Path outDir) {
        List<String> args = new ArrayList<>();
        args.add(job);
        args.add(spec.game());
        args.addAll(spec.options());
        args.add("--json");
        args.add("--out");
        args.add(outDir.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try {
            exit = Main.execute(args.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        } catch (RuntimeException e) {
            return new Outcome(-1, "", "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return new Outcome(exit, exit == 0 || exit == 1 ? out.toString().strip() : "", exit == 0 ? "" : lastError(err.toString()));
    }

    /** The last {@code error: } line of the captured standard error, without the prefix. */
    static String lastError(String err) {
        String found = "";
        for (String line : err.split("\n")) {
            if (line.startsWith("error: ")) {
                found = line.substring("error: ".length()).strip();
            }
        }
        return found;
    }
}
