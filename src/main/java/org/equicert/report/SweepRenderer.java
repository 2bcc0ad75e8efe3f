package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.equicert.api.SweepGame;
import org.equicert.api.SweepOptions;
import org.equicert.api.SweepResult;
import org.equicert.game.GamutGenerator;
import org.equicert.symmetric.SymmetricOptimum;

/**
 * Renders a {@link SweepResult}: one CSV line per game, the paper's Tables 3-7 in Markdown, and a
 * JSON summary per class and size, each followed by the cell-by-cell comparison with the paper's
 * tables ({@link TableComparison}) and its SVG charts. Rationals are exact ({@code "p/q"}) in the CSV; the tables
 * show fractions to two decimals. Cost: O(games · cells).
 */
public final class SweepRenderer {

    private SweepRenderer() {
    }

    /** One line per game, with a header line. */
    public static String csv(SweepResult result) {
        StringBuilder sb = new StringBuilder("class,players,actions,game,optimum,lower,upper,pieces,certified,runs,replicator_hits,search_hits,"
                + "exact_seconds,baseline_seconds\n");
        for (SweepGame r : result.games()) {
            sb.append(r.gameClass().gamutName()).append(',').append(r.players()).append(',').append(r.actions()).append(',').append(r.index())
                    .append(',').append(r.kind().toString().toLowerCase(Locale.ROOT)).append(',').append(ExactJson.rational(r.lower()))
                    .append(',').append(ExactJson.rational(r.upper()))
                    .append(',').append(r.pieces()).append(',').append(r.certified()).append(',').append(r.runs())
                    .append(',').append(r.replicatorHits()).append(',').append(r.searchHits())
                    .append(',').append(String.format(Locale.ROOT, "%.4f", r.exactNanos() / 1e9)).append(',').append(String.format(Locale.ROOT, "%.4f", r.baselineNanos() / 1e9))
                    .append('\n');
        }
        return sb.toString();
    }

    /** The summary paragraph and Tables 3-7 (Tables 4-7 only when baselines ran). */
    public static String markdown(SweepResult result) {
        SweepOptions o = result.options();
        List<SweepGame> results = result.games();
        StringBuilder sb = new StringBuilder();
        long certified = results.stream().filter(SweepGame::certified).count();
        long undecided = results.stream().filter(r -> r.kind() == SymmetricOptimum.Kind.UNDECIDED).count();
        double exact = results.stream().mapToLong(SweepGame::exactNanos).sum() / 1e9;
        double base = results.stream().mapToLong(SweepGame::baselineNanos).sum() / 1e9;
        sb.append("# Seed 001 sweep: certified symmetric optima of GAMUT games\n\n");
        sb.append(String.format(Locale.ROOT, "%d games, %d certified by the checker's replay, %d undecided (pure vs mixed); wall time %.1f s on %d threads;"
                + " CPU time: exact optimum and certificate %.1f s, baselines (%d runs each of two methods) %.1f s.%n%n",
                results.size(), certified, undecided, result.wallNanos() / 1e9, o.threads(), exact, o.runs(), base));
        int runs = o.runs();
        Map<String, Function<List<SweepGame>, String>> tables = new LinkedHashMap<>();
        tables.put("Table 3: fraction of games whose symmetric optimum is mixed (certified)",
                rs -> fraction(rs.stream().filter(r -> r.kind() == SymmetricOptimum.Kind.MIXED).count(), rs.size()));
        tables.put("Table 4: fraction of single SLSQP-like runs reaching the certified optimum",
                rs -> fraction(rs.stream().mapToLong(SweepGame::searchHits).sum(), (long) rs.size() * runs));
        tables.put("Table 5: fraction of games where the best of the SLSQP-like runs reaches it",
                rs -> fraction(rs.stream().filter(r -> r.searchHits() > 0).count(), rs.size()));
        tables.put("Table 6: fraction of single replicator-dynamics runs reaching the certified optimum",
                rs -> fraction(rs.stream().mapToLong(SweepGame::replicatorHits).sum(), (long) rs.size() * runs));
        tables.put("Table 7: fraction of games where the best of the replicator runs reaches it",
                rs -> fraction(rs.stream().filter(r -> r.replicatorHits() > 0).count(), rs.size()));
        for (Map.Entry<String, Function<List<SweepGame>, String>> t : tables.entrySet()) {
            if (runs == 0 && !t.getKey().startsWith("Table 3")) {
                continue;
            }
            sb.append("## ").append(t.getKey()).append("\n\n");
            for (GamutGenerator.GameClass c : o.classes()) {
                table(sb, result, c, t.getValue());
            }
        }
        TableComparison cmp = TableComparison.of(result);
        if (!cmp.rows().isEmpty()) {
            sb.append(TableComparisonRenderer.markdown(cmp));
        }
        return sb.toString();
    }

    /**
     * The SVG chart of one of the paper's Tables 3-7 against this sweep (see
     * {@link TableComparisonRenderer#svg}); a standalone document, also embeddable inline in HTML.
     *
     * @throws IllegalArgumentException if the table is not 3 to 7
     */
    public static String tableSvg(SweepResult result, int table) {
        TableComparison.caption(table);
        return TableComparisonRenderer.svg(TableComparison.of(result), table);
    }

    /** The paper's tables this sweep can be compared with (3 alone when no baseline ran; none when no cell overlaps). */
    public static List<Integer> comparedTables(SweepResult result) {
        TableComparison cmp = TableComparison.of(result);
        return PaperTables.TABLES.stream().filter(t -> !cmp.table(t).isEmpty()).toList();
    }

    /** Per class and size: games, certified, mixed, undecided and the baselines' hits; and the wall time. */
    public static Map<String, Object> json(SweepResult result) {
        SweepOptions o = result.options();
        List<Object> rows = new ArrayList<>();
        for (GamutGenerator.GameClass c : o.classes()) {
            for (int n = o.minPlayers(); n <= o.maxPlayers(); n++) {
                for (int a = o.minActions(); a <= o.maxActions(); a++) {
                    List<SweepGame> rs = result.cell(c, n, a);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("class", c.gamutName());
                    row.put("players", n);
                    row.put("actions", a);
                    row.put("games", rs.size());
                    row.put("certified", rs.stream().filter(SweepGame::certified).count());
                    row.put("mixed", rs.stream().filter(r -> r.kind() == SymmetricOptimum.Kind.MIXED).count());
                    row.put("undecided", rs.stream().filter(r -> r.kind() == SymmetricOptimum.Kind.UNDECIDED).count());
                    row.put("replicatorRunHits", rs.stream().mapToLong(SweepGame::replicatorHits).sum());
                    row.put("searchRunHits", rs.stream().mapToLong(SweepGame::searchHits).sum());
                    row.put("runsPerMethod", (long) rs.size() * o.runs());
                    row.put("replicatorBestOfRuns", rs.stream().filter(r -> r.replicatorHits() > 0).count());
                    row.put("searchBestOfRuns", rs.stream().filter(r -> r.searchHits() > 0).count());
                    rows.add(row);
                }
            }
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("wallSeconds", Math.round(result.wallNanos() / 1e9 * 10) / 10.0);
        top.put("results", rows);
        top.put("paperComparison", TableComparisonRenderer.json(TableComparison.of(result)));
        return top;
    }

    private static void table(StringBuilder sb, SweepResult result, GamutGenerator.GameClass c, Function<List<SweepGame>, String> cell) {
        SweepOptions o = result.options();
        sb.append("**").append(c.gamutName()).append("** (rows: players, columns: actions)\n\n| |");
        for (int a = o.minActions(); a <= o.maxActions(); a++) {
            sb.append(" A=").append(a).append(" |");
        }
        sb.append("\n|---|");
        for (int a = o.minActions(); a <= o.maxActions(); a++) {
            sb.append("---:|");
        }
        sb.append('\n');
        for (int n = o.minPlayers(); n <= o.maxPlayers(); n++) {
            sb.append("| N=").append(n).append(" |");
            for (int a = o.minActions(); a <= o.maxActions(); a++) {
                sb.append(' ').append(cell.apply(result.cell(c, n, a))).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    private static String fraction(long num, long den) {
        return den == 0 ? "—" : String.format(Locale.ROOT, "%.2f", (double) num / den);
    }
}
