package org.equicert.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.api.SweepGame;
import org.equicert.api.SweepOptions;
import org.equicert.api.SweepResult;
import org.equicert.game.GamutGenerator;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricOptimum;

/**
 * Seed 001's Tables 3-7, cell by cell: our exact counts beside the paper's printed proportion
 * ({@link PaperTables}), with the pooled two-proportion z-score ({@link BinomialZ}) where the
 * paper's value survived, a flag at |z| ≥ {@link #THRESHOLD}, and the known reasons a cell may
 * differ.
 *
 * <p>Counts per cell (class, N, A): Table 3, games whose certified optimum is mixed, of the games;
 * Tables 4 and 6, single runs of the SLSQP-like search or the replicator dynamic reaching the
 * certified optimum, of games × runs; Tables 5 and 7, games where at least one run reaches it.
 * The paper's counts are its printed proportion times 100 games (Tables 3, 5, 7) or 1,000 runs
 * (Tables 4, 6: 100 games × 10 runs), exact for a value with two decimals; the printed value is
 * itself rounded, so the paper's true count lies within ±0.005·n of it.
 *
 * <p>Threshold: |z| ≥ 3 is a two-sided p of 0.0027 per cell under equal proportions; over the m
 * cells compared the expected number of false flags is 0.0027·m (0.17 for the 63 cells the
 * extraction kept), so a flag is unlikely to be chance alone, while a Bonferroni bound at 5% would
 * ask |z| ≥ 3.36 for m = 63. Cost: O(games · cells).
 *
 * @param rows one row per cell of the paper's tables that the sweep covers, in table, class, N, A order
 * @param paper the paper's values the rows were compared with
 */
public record TableComparison(List<Row> rows, PaperTables paper) {

    /** The |z| at which a difference is flagged as significant. */
    public static final Rational THRESHOLD = Rational.of(3);

    /** The paper's games per cell. */
    public static final int PAPER_GAMES = 100;

    /** The paper's runs per method and game. */
    public static final int PAPER_RUNS = 10;

    /**
     * One cell.
     *
     * @param table 3 to 7
     * @param gameClass the GAMUT class
     * @param players N
     * @param actions A
     * @param ours our successes k1
     * @param ourTrials our trials n1
     * @param missedByAll our games of this cell where none of the 2·runs baseline runs reached the certified optimum
     * @param paper the paper's cell
     * @param z the two-proportion z-score, when the paper's value survived
     * @param reasons known reasons for a difference, in words (the best-of-20 scoring only where ours is below the
     *     paper's, since it can only raise the paper's Tables 4-7 values)
     */
    public record Row(int table, GamutGenerator.GameClass gameClass, int players, int actions, long ours, long ourTrials, long missedByAll,
            PaperTables.Cell paper, Optional<BinomialZ> z, List<String> reasons) {

        /** Checks for nulls; copies the reasons. */
        public Row {
            Objects.requireNonNull(gameClass, "gameClass");
            Objects.requireNonNull(paper, "paper");
            Objects.requireNonNull(z, "z");
            reasons = List.copyOf(reasons);
        }

        /** Our proportion k1/n1, exact. */
        public Rational ourProportion() {
            return Rational.of(ours, ourTrials);
        }

        /** Whether |z| ≥ {@link #THRESHOLD} (decided exactly on z²). */
        public boolean significant() {
            return z.map(x -> x.atLeast(THRESHOLD)).orElse(false);
        }
    }

    /** Copies the rows. */
    public TableComparison {
        rows = List.copyOf(rows);
        Objects.requireNonNull(paper, "paper");
    }

    /** The rows of one table. */
    public List<Row> table(int table) {
        return rows.stream().filter(r -> r.table() == table).toList();
    }

    /** The rows with a z-score. */
    public List<Row> compared() {
        return rows.stream().filter(r -> r.z().isPresent()).toList();
    }

    /** The paper's trials in a cell of a table: 1,000 runs for Tables 4 and 6, else 100 games. */
    public static int paperTrials(int table) {
        return table == 4 || table == 6 ? PAPER_GAMES * PAPER_RUNS : PAPER_GAMES;
    }

    /** What a table counts, in words. */
    public static String caption(int table) {
        return switch (table) {
            case 3 -> "games whose certified symmetric optimum is mixed";
            case 4 -> "single SLSQP-like runs reaching the optimum";
            case 5 -> "games where the best of the SLSQP-like runs reaches it";
            case 6 -> "single replicator-dynamics runs reaching the optimum";
            case 7 -> "games where the best of the replicator runs reaches it";
            default -> throw new IllegalArgumentException("the paper's sweep tables are 3 to 7, got " + table);
        };
    }

    /** Compares a sweep with the paper's values shipped with equicert. */
    public static TableComparison of(SweepResult result) {
        return of(result, PaperTables.load());
    }

    /** Compares a sweep with {@code paper}: every cell of the paper's tables inside the sweep's classes and sizes. */
    public static TableComparison of(SweepResult result, PaperTables paper) {
        SweepOptions o = result.options();
        List<Row> rows = new ArrayList<>();
        for (int t : PaperTables.TABLES) {
            if (t > 3 && o.runs() == 0) {
                continue;
            }
            for (GamutGenerator.GameClass c : PaperTables.CLASSES) {
                if (!o.classes().contains(c)) {
                    continue;
                }
                for (int n = Math.max(o.minPlayers(), PaperTables.MIN_SIZE); n <= Math.min(o.maxPlayers(), PaperTables.MAX_SIZE); n++) {
                    for (int a = Math.max(o.minActions(), PaperTables.MIN_SIZE); a <= Math.min(o.maxActions(), PaperTables.MAX_SIZE); a++) {
                        List<SweepGame> games = result.cell(c, n, a);
                        PaperTables.Cell cell = paper.cell(t, c, n, a).orElseThrow();
                        if (!games.isEmpty()) {
                            rows.add(row(t, c, n, a, games, o.runs(), cell));
                        }
                    }
                }
            }
        }
        return new TableComparison(rows, paper);
    }

    private static Row row(int t, GamutGenerator.GameClass c, int n, int a, List<SweepGame> games, int runs, PaperTables.Cell cell) {
        long trials = t == 4 || t == 6 ? (long) games.size() * runs : games.size();
        long k = switch (t) {
            case 3 -> games.stream().filter(g -> g.kind() == SymmetricOptimum.Kind.MIXED).count();
            case 4 -> games.stream().mapToLong(SweepGame::searchHits).sum();
            case 5 -> games.stream().filter(g -> g.searchHits() > 0).count();
            case 6 -> games.stream().mapToLong(SweepGame::replicatorHits).sum();
            default -> games.stream().filter(g -> g.replicatorHits() > 0).count();
        };
        long missed = runs == 0 ? 0 : games.stream().filter(g -> g.searchHits() == 0 && g.replicatorHits() == 0).count();
        int paperTrials = paperTrials(t);
        Optional<BinomialZ> z = cell.value().map(v -> {
            Rational count = v.multiply(paperTrials);
            if (!count.isInteger()) {
                throw new IllegalArgumentException("the paper's value " + cell.printed().orElseThrow() + " of table " + t
                        + " is not a count of " + paperTrials);
            }
            return new BinomialZ(k, trials, count.numerator().longValueExact(), paperTrials);
        });
        List<String> reasons = new ArrayList<>();
        // scoring against a best of 20 that missed can only raise the paper's Tables 4-7 values, so it explains ours below the paper
        boolean oursBelow = z.map(x -> x.signum() < 0).orElse(true);
        if (t == 4 || t == 5) {
            reasons.add(oursBelow ? "our baseline is a projected-gradient search, not SLSQP"
                    : "our baseline is a projected-gradient search, not SLSQP (here it reaches the optimum more often)");
        }
        if (missed > 0 && (t == 3 || oursBelow)) {
            reasons.add(t == 3
                    ? "the paper decided mixed vs pure from its best of 20 runs, which missed the certified optimum in " + missed + " of our "
                            + games.size() + " games"
                    : "the best of 20 runs missed the certified optimum in " + missed + " of our " + games.size()
                            + " games; the paper scored runs against its best of 20, we against the optimum");
        }
        if (t == 4 || t == 6) {
            reasons.add("runs of one game are correlated, so a binomial z over runs overstates the evidence");
        }
        if (cell.status() == PaperTables.Status.INFERRED) {
            reasons.add("the paper's cell position is inferred from the extraction");
        }
        if (trials != paperTrials) {
            reasons.add("sample sizes differ: " + trials + " here, " + paperTrials + " in the paper");
        }
        return new Row(t, c, n, a, k, trials, missed, cell, z, reasons);
    }
}
