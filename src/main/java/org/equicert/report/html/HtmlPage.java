package org.equicert.report.html;

import java.util.List;
import java.util.Objects;
import org.equicert.draw.Svg;

/**
 * A self-contained HTML page — inline CSS and SVG, no scripts, no external resources — written as
 * well-formed XHTML (polyglot HTML5), so that it can be read as XML. Mutable builder; the same calls
 * give the same bytes. Cost: linear in the text added.
 */
public final class HtmlPage {

    private static final String CSS = String.join("\n",
            "body{font-family:sans-serif;max-width:1180px;margin:24px auto;padding:0 16px;color:#222;line-height:1.4}",
            "h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}h3{margin-top:1.4em}",
            "table{border-collapse:collapse;margin:8px 0;font-size:0.92em}",
            "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}",
            "th{background:#f2f2f2}",
            ".VALID,.agrees,.certified{color:#006d2c;font-weight:bold}.INVALID,.MALFORMED,.erratum{color:#b30000;font-weight:bold}",
            ".reconstructed{color:#8a5a00;font-weight:bold}",
            "figure{display:inline-block;margin:8px 16px 8px 0;vertical-align:top}",
            "figure svg{display:block;border:1px solid #ddd}",
            "figcaption{max-width:560px;font-size:0.88em;color:#444}",
            "pre{background:#f7f7f7;padding:8px;overflow-x:auto;font-size:0.82em}",
            "details{margin:8px 0}.note{color:#555}");

    private final String title;
    private final StringBuilder body = new StringBuilder();

    /** An empty page with a title (also its first heading). */
    public HtmlPage(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** XML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        return Svg.escape(s);
    }

    /** A heading of level 2 or 3 with an id. */
    public HtmlPage heading(int level, String id, String text) {
        if (level < 2 || level > 3) {
            throw new IllegalArgumentException("a section heading has level 2 or 3, got " + level);
        }
        body.append("<h").append(level).append(" id=\"").append(escape(id)).append("\">").append(escape(text)).append("</h").append(level)
                .append(">\n");
        return this;
    }

    /** A paragraph of plain text. */
    public HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A paragraph of lighter text (what was drawn and why, what was left out). */
    public HtmlPage note(String text) {
        body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /** Preformatted lines (a text report) inside a collapsed block with a summary. */
    public HtmlPage lines(String summary, List<String> lines) {
        body.append("<details><summary>").append(escape(summary)).append("</summary>\n<pre>");
        for (String l : lines) {
            body.append(escape(l)).append('\n');
        }
        body.append("</pre></details>\n");
        return this;
    }

    /** A table; each cell is plain text or a link. */
    public HtmlPage table(List<String> headers, List<List<Cell>> rows) {
        body.append("<table>\n<tr>");
        for (String h : headers) {
            body.append("<th>").append(escape(h)).append("</th>");
        }
        body.append("</tr>\n");
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + row.size());
            }
            body.append("<tr>");
            for (Cell c : row) {
                body.append(c.html());
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** The certificates of a section with their re-checked verdicts. */
    public HtmlPage certificates(List<CertificateCheck> checks) {
        if (checks.isEmpty()) {
            return note("No certificates were written for this section.");
        }
        List<List<Cell>> rows = checks.stream().map(c -> List.of(Cell.link(c.name(), c.link()), Cell.styled(c.verdictWord(), c.verdictWord()),
                Cell.text(c.statement().isEmpty() ? c.reason() : c.statement()))).toList();
        return table(List.of("certificate", "re-checked", "claim"), rows);
    }

    /** Figures side by side, each with its caption. */
    public HtmlPage figures(List<Figure> figures) {
        for (Figure f : figures) {
            body.append("<figure id=\"").append(escape(f.id())).append("\">\n").append(stripDeclaration(f.svg()))
                    .append("<figcaption>").append(escape(f.caption())).append("</figcaption>\n</figure>\n");
        }
        return this;
    }

    /** The document. */
    public String render() {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"
                + escape(title) + "</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
                + "</body>\n</html>\n";
    }

    private static String stripDeclaration(String svg) {
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
    }

    /**
     * A table cell: text, a link, or text with a CSS class (e.g. a verdict).
     *
     * @param text the cell's text
     * @param href a relative link, or empty
     * @param style a CSS class, or empty
     */
    public record Cell(String text, String href, String style) {

        /** Checks for nulls. */
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(style, "style");
        }

        /** Plain text. */
        public static Cell text(String text) {
            return new Cell(text, "", "");
        }

        /** A link. */
        public static Cell link(String text, String href) {
            return new Cell(text, href, "");
        }

        /** Text with a CSS class. */
        public static Cell styled(String text, String style) {
            return new Cell(text, "", style);
        }

        String html() {
            String inner = href.isEmpty() ? escape(text) : "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
            return style.isEmpty() ? "<td>" + inner + "</td>" : "<td class=\"" + escape(style) + "\">" + inner + "</td>";
        }
    }
}
