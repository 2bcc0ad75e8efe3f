package org.equicert.cli.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One batch run: keeps the games an earlier run finished and whose certificates still check,
 * runs the others on a {@link Backend}, re-checks certificates per the {@link
 * CertificateRecheck.Policy}, stores records and files, and rewrites {@code results.jsonl} in
 * input order. Cost: the games' plus one checker run per certificate kept or re-checked.
 */
public final class BatchRun {

    private final ResultStore store;
    private final GameTask task;
    private final CertificateRecheck.Policy recheck;
    private final int threads;

    /**
     * A run into {@code store}.
     *
     * @param threads threads for the resume check
     */
    public BatchRun(ResultStore store, GameTask task, CertificateRecheck.Policy recheck, int threads) {
        this.store = store;
        this.task = task;
        this.recheck = recheck;
        this.threads = threads;
    }

    /**
     * The run's tally.
     *
     * @param counts games per status, kept ones included
     * @param ran games run now
     * @param skipped games kept from an earlier run
     * @param seconds wall-clock time of the run
     */
    public record Summary(Map<GameStatus, Integer> counts, int ran, int skipped, double seconds) {
        /** Copies the counts. */
        public Summary {
            counts = Map.copyOf(counts);
        }

        /** Whether every game ended {@code ok}. */
        public boolean allOk() {
            return counts.entrySet().stream().allMatch(e -> e.getKey() == GameStatus.OK || e.getValue() == 0);
        }
    }

    /**
     * Runs the games.
     *
     * @param err where the resume notes and the progress go
     * @param bar whether progress is a bar redrawn in place
     */
    public Summary run(List<GameSpec> games, Backend backend, PrintWriter err, boolean bar) {
        long start = System.nanoTime();
        String[] records = new String[games.size()];
        String[] measurements = new String[games.size()];
        GameStatus[] statuses = new GameStatus[games.size()];
        List<GameSpec> todo = resume(games, records, statuses, err);
        for (GameSpec g : games) {
            measurements[g.index()] = records[g.index()] == null ? "" : store.previousMeasurements(g.id()).orElse("");
        }
        for (GameSpec g : todo) {
            store.clear(g.id());
        }
        try (ProgressReporter progress = new ProgressReporter(err, bar, todo.size())) {
            backend.run(todo, task, new Backend.Sink() {
                @Override
                public void finished(FinishedGame game) {
                    FinishedGame checked = recheck(game);
                    store.save(checked);
                    synchronized (records) {
                        records[checked.index()] = checked.record();
                        measurements[checked.index()] = ResultStore.measurementsLine(checked);
                        statuses[checked.index()] = checked.status();
                    }
                    progress.advance();
                }

                @Override
                public void remoteProgress(int completed) {
                    progress.remote(completed);
                }
            });
        }
        List<String> lines = new ArrayList<>();
        Map<GameStatus, Integer> counts = new EnumMap<>(GameStatus.class);
        for (GameStatus s : GameStatus.values()) {
            counts.put(s, 0);
        }
        for (int i = 0; i < records.length; i++) {
            if (records[i] == null) {
                throw new IllegalStateException("game " + games.get(i).game() + " has no result: the back end lost it");
            }
            lines.add(records[i]);
            counts.merge(statuses[i], 1, Integer::sum);
        }
        store.rewrite(lines, List.of(measurements));
        return new Summary(counts, todo.size(), games.size() - todo.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Fills in kept records; returns the games to run. */
    private List<GameSpec> resume(List<GameSpec> games, String[] records, GameStatus[] statuses, PrintWriter err) {
        List<GameSpec> candidates = games.stream().filter(g -> store.previous(g.id()).isPresent()).toList();
        if (candidates.isEmpty()) {
            return games;
        }
        err.println("batch: re-checking the certificates of " + candidates.size() + " game(s) done before");
        err.flush();
        CertificateRecheck checker = new CertificateRecheck();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Optional<String>>> verdicts = new ArrayList<>();
            for (GameSpec g : candidates) {
                verdicts.add(pool.submit(() -> checker.staleReason(store.previous(g.id()).orElseThrow(), g, task.job(), store)));
            }
            for (int i = 0; i < candidates.size(); i++) {
                GameSpec g = candidates.get(i);
                Optional<String> stale = verdicts.get(i).get();
                if (stale.isEmpty()) {
                    String record = store.previous(g.id()).orElseThrow();
                    records[g.index()] = record;
                    statuses[g.index()] = GameStatus.parse(record.replaceFirst(".*?\"status\":\"([a-z-]+)\".*", "$1"));
                } else {
                    err.println("batch: running " + g.game() + " again: " + stale.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-checking earlier results", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("re-checking earlier results failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<GameSpec> todo = new ArrayList<>();
        for (GameSpec g : games) {
            if (records[g.index()] == null) {
                todo.add(g);
            }
        }
        return todo;
    }

    /** The game, or an {@code error} record if the driver's checker rejects one of its certificates. */
    private FinishedGame recheck(FinishedGame game) {
        if (!recheck.covers(game.index()) || game.files().isEmpty()) {
            return game;
        }
        Optional<String> rejected = new CertificateRecheck().rejected(game);
        if (rejected.isEmpty()) {
            return game;
        }
        String record = game.record().replaceFirst("\"status\":\"[a-z-]+\"", "\"status\":\"error\"");
        record = record.substring(0, record.length() - 1) + ",\"recheck\":" + quote("driver re-check rejected " + rejected.get()) + "}";
        return new FinishedGame(game.index(), game.id(), GameStatus.ERROR, record, game.files(), game.measurements());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    /** The summary table, one line per status, then the totals and the rate. */
    public static List<String> table(String job, Summary s, String results) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(java.util.Locale.ROOT, "batch %s: %d games (%d run, %d kept from an earlier run)", job,
                s.ran() + s.skipped(), s.ran(), s.skipped()));
        lines.add(String.format(java.util.Locale.ROOT, "  %-12s %7s", "status", "games"));
        for (GameStatus st : GameStatus.values()) {
            lines.add(String.format(java.util.Locale.ROOT, "  %-12s %7d", st.label(), s.counts().get(st)));
        }
        lines.add(String.format(java.util.Locale.ROOT, "  %-12s %7d", "total", s.ran() + s.skipped()));
        lines.add(String.format(java.util.Locale.ROOT, "time: %.1f s, %.2f games/s run", s.seconds(), s.seconds() > 0 ? s.ran() / s.seconds() : 0.0));
        lines.add("records: " + results);
        return lines;
    }
}
