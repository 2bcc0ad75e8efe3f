package org.equicert.report.html;

import java.util.Objects;
import java.util.Optional;
import org.equicert.draw.Scale;

/**
 * One drawn figure: its SVG document, a caption saying what it shows, and, for charts in the plane,
 * the scales that placed its marks (so a reader or a test can locate a value's pixel). Immutable.
 *
 * @param id a stable identifier, unique within a report (used as the HTML id)
 * @param svg the SVG document
 * @param caption what the figure shows, in words (exact values are in the marks' tooltips)
 * @param xScale the x scale of a plane chart; empty for a simplex chart
 * @param yScale the y scale of a plane chart; empty for a simplex chart
 */
public record Figure(String id, String svg, String caption, Optional<Scale> xScale, Optional<Scale> yScale) {

    /**
     * @throws IllegalArgumentException if the id is not a plain identifier (letters, digits, '-')
     */
    public Figure {
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(xScale, "xScale");
        Objects.requireNonNull(yScale, "yScale");
        if (!id.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("a figure id is a letter then letters, digits or '-', got '" + id + "'");
        }
    }

    /** A figure without scales (a simplex chart or bars). */
    static Figure of(String id, String svg, String caption) {
        return new Figure(id, svg, caption, Optional.empty(), Optional.empty());
    }

    /** The figure with its id prefixed by {@code prefix} and '-' (to keep ids unique in a larger report). */
    public Figure withPrefix(String prefix) {
        return new Figure(prefix + "-" + id, svg, caption, xScale, yScale);
    }
}
