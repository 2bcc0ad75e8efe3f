package org.equicert.report.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.api.DynamicsResult;
import org.equicert.api.NashSetResult;
import org.equicert.api.OracleResult;
import org.equicert.api.SymmetricResult;
import org.equicert.game.NormalFormGame;
import org.equicert.report.Tally;

/**
 * The report page of one game: what was computed and drawn and why ({@link FigurePlan}), then a
 * section per result ({@link GameReport}), then the count of facts. Pure assembly; the results are
 * computed by the caller. Cost: the sections' cost (one checker run per certificate).
 */
public final class ReportPage {

    private ReportPage() {
    }

    /**
     * A rendered page.
     *
     * @param html the self-contained HTML document
     * @param allChecked false when a claim or a certificate's re-check failed
     * @param tally the facts of every section
     * @param figures every figure drawn, in page order
     */
    public record Page(String html, boolean allChecked, Tally tally, List<Figure> figures) {

        /** Copies the list. */
        public Page {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(tally, "tally");
            figures = List.copyOf(figures);
        }
    }

    /**
     * The page of a normal-form game.
     *
     * @param inputName the input as the user named it (shown, never an absolute path)
     * @param reportDirectory the directory the page is written to (certificate links are relative to it)
     */
    public static Page forGame(String inputName, NormalFormGame game, FigurePlan plan, Optional<NashSetResult> nash,
            Optional<SymmetricResult> symmetric, Optional<DynamicsResult> dynamics, Path reportDirectory, String toolVersion) {
        HtmlPage page = new HtmlPage("equicert report: " + inputName);
        page.paragraph("Game: " + (game.title().isEmpty() ? "(untitled)" : game.title()) + "; " + game.playerCount() + " players, actions "
                + game.actions() + ".");
        page.heading(2, "plan", "What was computed and drawn, and why");
        plan.reasons().forEach(page::paragraph);
        List<GameReport.Section> sections = new ArrayList<>();
        page.heading(2, "results", "Results");
        nash.ifPresent(r -> sections.add(GameReport.nash(page, "game", r, reportDirectory, toolVersion)));
        symmetric.ifPresent(r -> sections.add(GameReport.symmetric(page, "game", game, r, reportDirectory, toolVersion)));
        dynamics.ifPresent(r -> sections.add(GameReport.dynamics(page, "game", r, reportDirectory, toolVersion)));
        return finish(page, sections);
    }

    /** The page of an oracle game (seed 002). */
    public static Page forOracle(String inputName, OracleResult result, Path reportDirectory, String toolVersion) {
        HtmlPage page = new HtmlPage("equicert report: " + inputName);
        page.paragraph("Oracle game: " + (result.game().title().isEmpty() ? "(untitled)" : result.game().title()) + "; "
                + result.game().size() + " players " + result.game().names() + ".");
        page.heading(2, "plan", "What was computed and drawn, and why");
        page.paragraph("An oracle game (seed 002): its equilibrium set and stratified Pareto optima, drawn in probability and in utility space.");
        page.heading(2, "results", "Results");
        return finish(page, List.of(GameReport.oracle(page, "game", result, reportDirectory, toolVersion)));
    }

    private static Page finish(HtmlPage page, List<GameReport.Section> sections) {
        Tally tally = Tally.sum(sections.stream().map(GameReport.Section::tally).toList());
        boolean ok = sections.stream().allMatch(GameReport.Section::allChecked);
        page.heading(2, "summary", "Summary");
        page.paragraph(tally.line() + "; " + (ok ? "every certificate re-checked VALID." : "some claim or certificate did NOT check."));
        List<Figure> figures = sections.stream().flatMap(s -> s.figures().stream()).toList();
        return new Page(page.render(), ok, tally, figures);
    }
}
