package org.equicert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.equicert.game.GamutGenerator;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.JsonGameFormat;
import org.equicert.game.io.NfgWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code equicert gamut}: generate a symmetric common-payoff GAMUT game. */
@Command(name = "gamut", mixinStandardHelpOptions = true,
        description = {"Generate a symmetric common-payoff GAMUT game with exact payoffs.",
            "%nGenerate a totally symmetric common-payoff game of a GAMUT class (Emmons et al. 2022, App. F.1) with exact payoffs (multiples of 1/100). The same seed always gives the same game. Classes: RandomGame (payoffs Unif(-100,100)), CoordinationGame (all-equal profiles Unif(0,100), others Unif(-100,0)), CollaborationGame (all-equal profiles 100, others Unif(-100,99))."},
        footer = {"", "Example:", "  equicert gamut --class RandomGame --players 3 --actions 2 --seed 7 -o random.nfg"})
final class GamutCommand implements Callable<Integer> {

    @Option(names = "--class", required = true, paramLabel = "C", description = "RandomGame, CoordinationGame or CollaborationGame")
    String gameClass;

    @Option(names = "--players", required = true, paramLabel = "N", description = "number of players (1..9)")
    int players;

    @Option(names = "--actions", required = true, paramLabel = "A", description = "actions per player (1..20)")
    int actions;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (.nfg or .json) instead of printing .nfg")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (players < 1 || players > 9) {
            throw new UserException("--players must be from 1 to 9, got " + players);
        }
        if (actions < 1 || actions > 20) {
            throw new UserException("--actions must be from 1 to 20, got " + actions);
        }
        long profiles = 1;
        for (int i = 0; i < players; i++) {
            profiles *= actions;
        }
        if (profiles > 5_000_000) {
            throw new UserException(actions + "^" + players + " profiles is too many to write out; use fewer players or actions");
        }
        NormalFormGame g = GamutGenerator.generate(GamutGenerator.GameClass.parse(gameClass), players, actions, seed);
        if (output == null) {
            spec.commandLine().getOut().print(NfgWriter.write(g));
            return 0;
        }
        String text = output.toString().endsWith(".json") ? JsonGameFormat.write(g) : NfgWriter.write(g);
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("-o " + output + ": cannot write the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        spec.commandLine().getOut().println("wrote " + output + " (" + g.title() + ")");
        return 0;
    }
}
