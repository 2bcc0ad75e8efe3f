package org.equicert.report.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.api.BimatrixNashSet;
import org.equicert.api.ChainAnalysis;
import org.equicert.api.Citation;
import org.equicert.api.DynamicsResult;
import org.equicert.api.NashEquilibrium;
import org.equicert.api.NashSetResult;
import org.equicert.api.OracleResult;
import org.equicert.api.SymmetricResult;
import org.equicert.game.NormalFormGame;
import org.equicert.report.DynamicsRenderer;
import org.equicert.report.NashSetRenderer;
import org.equicert.report.OracleRenderer;
import org.equicert.report.Rendered;
import org.equicert.report.SymmetricRenderer;
import org.equicert.report.Tally;
import org.equicert.report.html.HtmlPage.Cell;

/**
 * The sections of a report for one job's result: a table of its key exact values (with decimals and
 * citations), its figures (or why none is drawn), its full text report, and its certificates
 * re-checked from their files. Each method appends to a page and returns the section's facts (the
 * text renderer's tally) and whether everything checked. Cost: the renderers' cost plus one checker
 * run per certificate.
 */
public final class GameReport {

    private GameReport() {
    }

    /**
     * What one section added: its facts and whether every claim and re-check held.
     *
     * @param tally the facts stated, certified or not
     * @param allChecked false when a certificate was rejected or a re-check failed
     * @param figures the figures drawn
     */
    public record Section(Tally tally, boolean allChecked, List<Figure> figures) {

        /** Copies the list. */
        public Section {
            figures = List.copyOf(figures);
        }
    }

    /** The Nash-set section of {@code r}; {@code id} prefixes its anchors and figure ids. */
    public static Section nash(HtmlPage page, String id, NashSetResult r, Path reportDirectory, String toolVersion) {
        page.heading(3, id + "-nash", "Nash equilibria");
        List<List<Cell>> rows = new ArrayList<>();
        List<NashEquilibrium> eqs = r.exactEquilibria();
        for (int e = 0; e < eqs.size(); e++) {
            NashEquilibrium q = eqs.get(e);
            rows.add(List.of(Cell.text(NashFigures.EQUILIBRIUM + (e + 1)), Cell.text(ExactText.profile(q.profile().toArray())),
                    Cell.text(ExactText.values(q.payoffs())), citation(q.citation())));
        }
        page.table(List.of("equilibrium", "profile (exact)", "payoffs", "backed by"), rows);
        r.completeness().ifPresent(c -> page.paragraph("Completeness: " + c.statement() + " " + c.citation().text()));
        if (r.set() instanceof BimatrixNashSet b) {
            page.paragraph(b.components().size() + " connected component(s), dimensions "
                    + b.components().stream().map(BimatrixNashSet.Component::dimension).toList() + " " + b.structure().text());
        }
        List<Figure> figures = NashFigures.of(r).stream().map(f -> f.withPrefix(id)).toList();
        NashFigures.notDrawn(r).ifPresent(page::note);
        page.figures(figures);
        return finish(page, NashSetRenderer.render(r), r.certificates(), reportDirectory, toolVersion, figures);
    }

    /** The symmetric-optimum section of {@code r} for {@code game}. */
    public static Section symmetric(HtmlPage page, String id, NormalFormGame game, SymmetricResult r, Path reportDirectory,
            String toolVersion) {
        page.heading(3, id + "-symmetric", "Symmetric optimum (seed 001)");
        List<List<Cell>> rows = new ArrayList<>();
        SymmetricResult.Optimum o = r.optimum();
        rows.add(List.of(Cell.text("optimum over P-invariant profiles"), Cell.text(o.kind() + ", in [" + ExactText.of(o.shownLower()) + ", "
                + ExactText.of(o.upper()) + "]"), citation(o.bound())));
        r.point().ifPresent(p -> {
            rows.add(List.of(Cell.text("optimal point (per orbit)"), Cell.text(p.description()), citation(p.pointCitation())));
            rows.add(List.of(Cell.text("expected utility there"), Cell.text(p.value().map(ExactText::of).orElse(p.valueText())),
                    citation(p.valueCitation())));
            rows.add(List.of(Cell.text("Nash (Theorem 4.0.2)"), Cell.text(p.nash().toString()), citation(p.nashCitation())));
            rows.add(List.of(Cell.text("degenerate (Definition 5.0.3)"), Cell.text(p.degeneracy().degenerate() ? "yes" : "no"),
                    citation(p.degeneracy().citation())));
            rows.add(List.of(Cell.text("stable (Theorem 5.0.4)"), Cell.text(p.stability().stable() + ": " + p.stability().reason()),
                    citation(p.stability().citation())));
        });
        page.table(List.of("fact", "exact value", "backed by"), rows);
        page.paragraph("Orbits of P (players 1-based): " + r.orbits().stream().map(o1 -> o1.stream().map(i -> i + 1).toList()).toList());
        List<Figure> figures = SymmetricFigures.of(game, r).stream().map(f -> f.withPrefix(id)).toList();
        SymmetricFigures.notDrawn(r).ifPresent(page::note);
        page.figures(figures);
        return finish(page, SymmetricRenderer.render(r), r.certificates(), reportDirectory, toolVersion, figures);
    }

    /** The oracle-game section of {@code r} (seed 002). */
    public static Section oracle(HtmlPage page, String id, OracleResult r, Path reportDirectory, String toolVersion) {
        page.heading(3, id + "-oracle", "Equilibrium set and stratified Pareto optima (seed 002)");
        List<List<Cell>> rows = new ArrayList<>();
        for (int k = 0; k < r.optima().size(); k++) {
            OracleResult.Optimum o = r.optima().get(k);
            rows.add(List.of(Cell.text(OracleFigures.OPTIMUM + " " + (k + 1)), Cell.text(ExactText.profile(o.point())),
                    Cell.text(ExactText.values(o.utilities())), citation(o.citation())));
        }
        page.table(List.of("optimum", "point (exact)", "utilities", "backed by"), rows);
        page.paragraph("Equilibrium set: " + r.equilibriumSet().size() + " polytope(s) of dimension "
                + r.equilibriumSet().stream().map(OracleResult.EquilibriumPolytope::dimension).toList() + " " + r.equilibriumCitation().text());
        List<Figure> figures = OracleFigures.of(r).stream().map(f -> f.withPrefix(id)).toList();
        OracleFigures.notDrawn(r).ifPresent(page::note);
        page.figures(figures);
        return finish(page, OracleRenderer.render(r), r.certificates(), reportDirectory, toolVersion, figures);
    }

    /** The learning-dynamics section of {@code r} (seed 000). */
    public static Section dynamics(HtmlPage page, String id, DynamicsResult r, Path reportDirectory, String toolVersion) {
        page.heading(3, id + "-dynamics", "Learning dynamics (seed 000)");
        List<List<Cell>> rows = new ArrayList<>();
        if (r.analysis() instanceof ChainAnalysis.Common c) {
            rows.add(List.of(Cell.text("E[U] under the stationary law at b = " + c.base()), Cell.text(ExactText.of(c.expectedUtility())),
                    citation(c.stationary())));
            rows.add(List.of(Cell.text("P(optimal profile) there"), Cell.text(ExactText.of(c.optimalProbability())), citation(c.stationary())));
        }
        page.table(List.of("fact", "exact value", "backed by"), rows);
        List<Figure> figures = DynamicsFigures.of(r).stream().map(f -> f.withPrefix(id)).toList();
        page.figures(figures);
        return finish(page, DynamicsRenderer.render(r), r.certificates(), reportDirectory, toolVersion, figures);
    }

    /** The full text report, the certificates re-checked, and the section's result. */
    static Section finish(HtmlPage page, Rendered text, List<org.equicert.api.CheckedCertificate> certificates, Path reportDirectory,
            String toolVersion, List<Figure> figures) {
        page.lines("full text report (" + text.tally().line() + ")", text.lines());
        List<CertificateCheck> checks = CertificateCheck.recheck(certificates, reportDirectory, toolVersion);
        page.certificates(checks);
        boolean rechecked = checks.stream().allMatch(c -> c.status() == org.equicert.certificate.Verdict.Status.ACCEPTED);
        return new Section(text.tally(), text.allChecked() && rechecked, figures);
    }

    /** A citation as a cell: the certificate's name as a link is left to the certificates table; here its words. */
    static Cell citation(Citation c) {
        return Cell.styled(c.text(), c.isCertified() ? "certified" : "");
    }
}
