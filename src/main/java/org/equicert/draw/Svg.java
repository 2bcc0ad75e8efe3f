package org.equicert.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal, deterministic SVG document builder: the same calls give the same bytes (coordinates
 * are printed with two decimals in the root locale, elements in call order). Text is XML-escaped.
 * Marks of certified points carry {@code class="mark"} and a {@code data-label}, so tests and
 * readers can find them. Mutable builder; {@link #render()} returns the document.
 */
public final class Svg {

    private final double width;
    private final double height;
    private final List<String> elements = new ArrayList<>();

    /**
     * An empty drawing of the given size in pixels.
     *
     * @throws IllegalArgumentException if a size is not positive and finite
     */
    public Svg(double width, double height) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("an SVG needs a positive finite size, got " + width + " × " + height);
        }
        this.width = width;
        this.height = height;
    }

    /** Width in pixels. */
    public double width() {
        return width;
    }

    /** Height in pixels. */
    public double height() {
        return height;
    }

    /** A coordinate as printed: two decimals, root locale, no negative zero. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a drawing coordinate must be finite, got " + v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    /** XML-escapes text and attribute values. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A straight line. */
    public void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        elements.add("<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
                + "\" stroke=\"" + escape(stroke) + "\" stroke-width=\"" + number(strokeWidth) + "\"/>");
    }

    /** An open polyline through {@code points} (x, y pairs). */
    public void polyline(List<double[]> points, String stroke, double strokeWidth) {
        elements.add("<polyline points=\"" + points(points) + "\" fill=\"none\" stroke=\"" + escape(stroke)
                + "\" stroke-width=\"" + number(strokeWidth) + "\"/>");
    }

    /** A closed polygon. */
    public void polygon(List<double[]> points, String fill, String stroke, double strokeWidth) {
        elements.add("<polygon points=\"" + points(points) + "\" fill=\"" + escape(fill) + "\" stroke=\"" + escape(stroke)
                + "\" stroke-width=\"" + number(strokeWidth) + "\"/>");
    }

    /** A filled rectangle. */
    public void rect(double x, double y, double w, double h, String fill) {
        elements.add("<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(w) + "\" height=\"" + number(h)
                + "\" fill=\"" + escape(fill) + "\"/>");
    }

    /** A filled rectangle with a tooltip (the exact value it draws, in words). */
    public void rect(double x, double y, double w, double h, String fill, String title) {
        elements.add("<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(w) + "\" height=\"" + number(h)
                + "\" fill=\"" + escape(fill) + "\"><title>" + escape(title) + "</title></rect>");
    }

    /** Text anchored at (x, y); {@code anchor} is start, middle or end. */
    public void text(double x, double y, String anchor, double size, String text) {
        elements.add("<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + escape(anchor) + "\" font-size=\""
                + number(size) + "\" font-family=\"sans-serif\">" + escape(text) + "</text>");
    }

    /**
     * A marked point: a circle with {@code class="mark"}, {@code data-label} and a tooltip
     * {@code title} (the exact value in words).
     */
    public void mark(double x, double y, double radius, String fill, String label, String title) {
        elements.add("<circle class=\"mark\" data-label=\"" + escape(label) + "\" cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\""
                + number(radius) + "\" fill=\"" + escape(fill) + "\" stroke=\"black\" stroke-width=\"1.00\"><title>" + escape(title)
                + "</title></circle>");
    }

    /** The document: an {@code <svg>} element with width, height and viewBox. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height)).append("\">\n");
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"white\"/>\n");
        for (String e : elements) {
            b.append(e).append('\n');
        }
        return b.append("</svg>\n").toString();
    }

    private static String points(List<double[]> points) {
        StringBuilder b = new StringBuilder();
        for (double[] p : points) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(number(p[0])).append(',').append(number(p[1]));
        }
        return b.toString();
    }
}
