package org.equicert.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.equicert.api.ChainAnalysis;
import org.equicert.api.DynamicsResult;
import org.equicert.api.NashSetResult;
import org.equicert.api.OracleResult;
import org.equicert.api.SymmetricResult;
import org.equicert.api.TheoremOne;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.report.Tally;
import org.equicert.report.html.HtmlPage.Cell;

/**
 * The worked-examples validation report: every worked example of the three seeds in one table —
 * the seed's statement (quoted with its section), the certified value, agreement or erratum with the
 * reason — then a section per example with its figures and re-checked certificates. Collects the
 * results of 'equicert examples' as they are computed ({@code nash}, {@code symmetric},
 * {@code oracle}) and renders once; the page has no timestamps, timings or absolute paths, so the
 * same results give the same bytes. Cost: one checker run per certificate when rendered.
 */
public final class ExamplesReport {

    /** One collected example: its key, headline (exact text) and the renderer of its section. */
    private record Example(String key, String title, String headline, Function<Context, GameReport.Section> section) {
    }

    /** What a section renderer needs. */
    private record Context(HtmlPage page, String id, Path directory, String version) {
    }

    private final List<Example> examples = new ArrayList<>();

    /**
     * The rendered report.
     *
     * @param html the document
     * @param rows the examples in the table
     * @param figures the figures drawn
     * @param allChecked false when a certified value contradicts the verdict claimed or a certificate did not re-check
     */
    public record Page(String html, int rows, int figures, boolean allChecked) {
    }

    /** Adds a Nash-set result under the job's base name {@code key}. */
    public void nash(String key, NashSetResult r) {
        List<String> profiles = r.exactEquilibria().stream().map(q -> ExactText.profile(q.profile().toArray())).sorted().toList();
        String headline = r.exactEquilibria().size() + " extreme equilibria: " + String.join(" | ", profiles);
        examples.add(new Example(key, r.game().title(), headline, c -> GameReport.nash(c.page(), c.id(), r, c.directory(), c.version())));
    }

    /** Adds a symmetric-optimum result for {@code game} under {@code key}. */
    public void symmetric(String key, NormalFormGame game, SymmetricResult r) {
        String headline = r.point().map(p -> p.description() + "; EU = " + p.value().map(ExactText::of).orElse(p.valueText()))
                .orElse("optimum in [" + ExactText.of(r.optimum().shownLower()) + ", " + ExactText.of(r.optimum().upper()) + "]");
        examples.add(new Example(key, game.title(), headline,
                c -> GameReport.symmetric(c.page(), c.id(), game, r, c.directory(), c.version())));
    }

    /** Adds a learning-dynamics result under {@code key}: the value at b, and Theorem 1's bound and minimal α when asked for. */
    public void dynamics(String key, DynamicsResult r) {
        String headline;
        if (r.analysis() instanceof ChainAnalysis.Common c) {
            headline = "at b = " + c.base() + ": E[U] = " + ExactText.of(c.expectedUtility()) + ", P(optimal) = " + ExactText.of(c.optimalProbability());
            if (c.theorem().isPresent() && c.theorem().get() instanceof TheoremOne.Bound b) {
                if (b.attained() instanceof TheoremOne.ExactBase e) {
                    headline += "; at Theorem 1's α: E[U] = " + ExactText.of(e.expectedUtility()) + " ≥ " + b.target();
                }
                if (b.minimal() instanceof TheoremOne.Bracket m) {
                    headline += "; minimal α in [" + m.alpha().lower().toDecimalString(6) + ", " + m.alpha().upper().toDecimalString(6) + "]";
                }
            }
        } else if (r.analysis() instanceof ChainAnalysis.Individual i && i.classes().size() == 1) {
            Rational[] d = i.classes().get(0).distribution();
            int best = 0;
            for (int k = 1; k < d.length; k++) {
                best = d[k].compareTo(d[best]) > 0 ? k : best;
            }
            headline = "most likely profile " + r.game().describe(r.game().profile(best)) + " with probability " + ExactText.of(d[best]);
        } else {
            headline = "no unique stationary distribution";
        }
        examples.add(new Example(key, r.game().title(), headline, c -> GameReport.dynamics(c.page(), c.id(), r, c.directory(), c.version())));
    }

    /** Adds an oracle-game result under {@code key}. */
    public void oracle(String key, OracleResult r) {
        List<String> optima = new ArrayList<>();
        for (OracleResult.Optimum o : r.optima()) {
            optima.add(ExactText.profile(o.point()) + " → " + String.join(", ", o.utilities().stream().map(Rational::toString).toList()));
        }
        String headline = optima.isEmpty() ? "no stratified Pareto optimum found" : String.join(" | ", optima);
        examples.add(new Example(key, r.game().title(), headline, c -> GameReport.oracle(c.page(), c.id(), r, c.directory(), c.version())));
    }

    /**
     * The page, with certificate links relative to {@code directory}; re-checks every certificate.
     */
    public Page render(Path directory, String toolVersion) {
        HtmlPage page = new HtmlPage("equicert: the seeds' worked examples, validated");
        page.paragraph("Every worked example of the three seed documents, computed exactly and certified by 'equicert examples' (which"
                + " regenerates this file), compared with the value the document states. Certificates are linked relative to this file and"
                + " were re-checked from their files by a fresh checker when it was written. Exact values are shown exactly, decimals"
                + " beside them; the figures' coordinates are floating point for drawing only.");
        page.note("Seeds (../shared/seeds, see its README): 000 the post reducing collective to individual rationality (learning"
                + " dynamics); 001 Emmons et al. 2022, 'For Learning in Symmetric Teams, Local Optima are Global Nash Equilibria'; 002 the"
                + " post 'Cooperative Oracles'.");
        List<List<Cell>> rows = new ArrayList<>();
        boolean ok = true;
        for (Example e : examples) {
            Optional<PaperValues.Entry> entry = PaperValues.of(e.key());
            String verdict;
            String style;
            String reason;
            if (entry.isEmpty()) {
                verdict = "no statement";
                style = "";
                reason = "the seed states no value for this example";
            } else {
                List<String> missing = entry.get().contains().stream().filter(f -> !e.headline().contains(f)).toList();
                if (missing.isEmpty()) {
                    verdict = entry.get().verdict().name().toLowerCase(java.util.Locale.ROOT);
                    style = verdict.equals("extends") ? "agrees" : verdict;
                    reason = entry.get().reason();
                } else {
                    verdict = "MISMATCH";
                    style = "erratum";
                    reason = "the certified result lacks " + missing + " (expected from the seed: " + entry.get().reason() + ")";
                    ok = false;
                }
            }
            rows.add(List.of(Cell.text(entry.map(PaperValues.Entry::seed).orElse("")),
                    Cell.link(entry.map(PaperValues.Entry::example).orElse(e.title()), "#" + e.key()),
                    Cell.text(entry.map(x -> x.section() + ": " + x.quote()).orElse("")), Cell.text(e.headline()), Cell.styled(verdict, style),
                    Cell.text(reason)));
        }
        page.heading(2, "table", "Validation table");
        page.table(List.of("seed", "example", "the seed states (section)", "certified (exact)", "verdict", "reason"), rows);
        page.heading(2, "tables-3-7", "Seed 001 Tables 3–7");
        tables(page, directory.resolveSibling("benchmarks"));
        page.heading(2, "examples", "The examples");
        List<GameReport.Section> sections = new ArrayList<>();
        for (Example e : examples) {
            page.heading(2, e.key(), e.key() + ": " + e.title());
            sections.add(e.section().apply(new Context(page, e.key(), directory, toolVersion)));
        }
        Tally tally = Tally.sum(sections.stream().map(GameReport.Section::tally).toList());
        boolean checked = sections.stream().allMatch(GameReport.Section::allChecked);
        page.heading(2, "summary", "Summary");
        page.paragraph(tally.line() + " in these sections; " + (checked ? "every certificate re-checked VALID." : "a claim or certificate did NOT check."));
        int figures = sections.stream().mapToInt(s -> s.figures().size()).sum();
        return new Page(page.render(), examples.size(), figures, ok && checked);
    }

    /**
     * The GAMUT experiment (§6, Tables 3–7) against the paper, cell by cell: the plots the last full
     * sweep wrote ({@code benchmarks/sweep-tables-T.svg}, from {@code benchmarks/sweep-results.md}),
     * embedded as they are; a note when they are absent.
     */
    private static void tables(HtmlPage page, Path benchmarks) {
        page.paragraph("Each cell: our proportion with ±2 standard errors beside the paper's printed value, cells with |z| ≥ 3 ringed"
                + " (pooled two-proportion z). The counts, z-scores and the reason for each flagged cell are in"
                + " benchmarks/sweep-results.md, written by the full 4,800-game sweep; the optima behind every count are certified.");
        List<Figure> figures = new ArrayList<>();
        for (int t = 3; t <= 7; t++) {
            Path svg = benchmarks.resolve("sweep-tables-" + t + ".svg");
            if (!Files.isRegularFile(svg)) {
                continue;
            }
            try {
                figures.add(Figure.of("table-" + t, Files.readString(svg), "Table " + t + ": ours against the paper, cell by cell"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + svg, e);
            }
        }
        if (figures.isEmpty()) {
            page.note("No sweep plots found in " + benchmarks.getFileName() + "/ (run benchmarks/sweep.sh to make them).");
        } else {
            page.figures(figures);
        }
    }
}
