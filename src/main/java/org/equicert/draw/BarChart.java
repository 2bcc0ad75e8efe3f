package org.equicert.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Vertical bars, one per labelled category (e.g. the stationary probability of each profile), with
 * some bars highlighted (e.g. the optimal profiles). Mutable builder; deterministic; O(bars).
 */
public final class BarChart {

    private static final double HEIGHT = 320;
    private static final double LEFT = 56;
    private static final double TOP = 36;
    private static final double BOTTOM = 70;

    private record Bar(String label, double value, boolean highlighted, String title) {
    }

    private final String title;
    private final String yLabel;
    private final List<Bar> bars = new ArrayList<>();

    /** An empty chart. */
    public BarChart(String title, String yLabel) {
        this.title = Objects.requireNonNull(title, "title");
        this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
    }

    /**
     * A bar; {@code title} is the exact value in words (tooltip).
     *
     * @throws IllegalArgumentException if value is negative or not finite
     */
    public BarChart bar(String label, double value, boolean highlighted, String title) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("a bar needs a finite non-negative value, got " + value);
        }
        bars.add(new Bar(label, value, highlighted, title));
        return this;
    }

    /** The SVG document; bars narrow as they multiply (at most 1,000 drawn labels). */
    public String render() {
        double width = Math.max(360, Math.min(1200, LEFT + 24 + 28.0 * bars.size()));
        Svg svg = new Svg(width, HEIGHT);
        svg.text(width / 2, 22, "middle", 15, title);
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, b.value());
        }
        Scale ys = new Scale(0, max > 0 ? max * 1.05 : 1, HEIGHT - BOTTOM, TOP);
        for (double t : ys.ticks(5)) {
            svg.line(LEFT, ys.pixel(t), width - 12, ys.pixel(t), "#e6e6e6", 1);
            svg.text(LEFT - 6, ys.pixel(t) + 4, "end", 11, Scale.label(t));
        }
        double slot = (width - LEFT - 24) / Math.max(1, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x = LEFT + 12 + i * slot;
            double top = ys.pixel(b.value());
            svg.rect(x + slot * 0.1, top, slot * 0.8, HEIGHT - BOTTOM - top, b.highlighted() ? Colors.CERTIFIED : Colors.OTHER, b.label() + ": " + b.title());
            if (bars.size() <= 40) {
                svg.text(x + slot / 2, HEIGHT - BOTTOM + 14, "middle", 10, b.label());
            }
        }
        svg.line(LEFT, HEIGHT - BOTTOM, width - 12, HEIGHT - BOTTOM, "black", 1);
        svg.text(14, TOP - 10, "start", 12, yLabel);
        return svg.render();
    }
}
