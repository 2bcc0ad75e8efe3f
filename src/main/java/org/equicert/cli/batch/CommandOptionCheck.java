package org.equicert.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.cli.Main;
import picocli.CommandLine;

/**
 * Parses a game's command line with the single-game command's own picocli model, without running
 * it, so that an unknown or misspelt option in a manifest is reported before the batch starts.
 */
final class CommandOptionCheck implements BatchInputs.OptionCheck {

    private final String job;

    CommandOptionCheck(String job) {
        this.job = job;
    }

    @Override
    public Optional<String> problem(String game, List<String> options) {
        for (String o : options) {
            String name = o.contains("=") ? o.substring(0, o.indexOf('=')) : o;
            if (BatchJobs.RESERVED.contains(name)) {
                return Optional.of("'" + name + "' is set by the batch itself; remove it");
            }
        }
        List<String> args = new ArrayList<>();
        args.add(job);
        args.add(game);
        args.addAll(options);
        args.add("--json");
        try {
            Main.commandLine(args.toArray(new String[0])).parseArgs(args.toArray(new String[0]));
            return Optional.empty();
        } catch (CommandLine.ParameterException e) {
            return Optional.of(job + ": " + e.getMessage());
        }
    }
}
