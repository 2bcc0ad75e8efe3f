package org.equicert.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.equicert.api.SweepGame;
import org.equicert.api.Sweeps;

/**
 * The {@link GameJob} of {@code batch sweep}: one generated GAMUT game of seed 001's experiment
 * through {@link Sweeps#game}. The game is named {@code gamut:CLASS:N:A:INDEX} and its options are
 * {@code --runs R --replicator-iterations T} ({@link SweepBatch}); the result is the game's exact
 * outcome ({@link SweepBatch#toJson}), exit 0 when the checker's replay certified the optimum and 1
 * when not; the two CPU times go to the measurements, not the record. Writes no file.
 * Cost: that of {@link Sweeps#game}.
 */
public final class SweepGameJob implements GameJob {

    private static final long serialVersionUID = 1L;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Outcome run(String job, GameSpec spec, Path outDir) {
        if (!BatchJobs.SWEEP.equals(job)) {
            throw new IllegalArgumentException("the sweep job runs only '" + BatchJobs.SWEEP + "', got '" + job + "'");
        }
        SweepBatch.Generated g;
        int[] effort;
        try {
            g = SweepBatch.Generated.parse(spec.game());
            effort = SweepBatch.effort(spec.options());
        } catch (IllegalArgumentException e) {
            return new Outcome(2, "", e.getMessage());
        }
        SweepGame done;
        try {
            done = Sweeps.game(g.gameClass(), g.players(), g.actions(), g.index(), effort[0], effort[1]);
        } catch (RuntimeException e) {
            return new Outcome(-1, "", "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        ObjectNode measured = MAPPER.createObjectNode();
        measured.put("exactNanos", done.exactNanos());
        measured.put("baselineNanos", done.baselineNanos());
        try {
            return new Outcome(done.certified() ? 0 : 1, SweepBatch.toJson(done), "", MAPPER.writeValueAsString(measured));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("measurements cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
