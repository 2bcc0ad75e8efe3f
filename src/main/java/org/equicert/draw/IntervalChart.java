package org.equicert.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Estimates with error bars, one column per item, in labelled groups along the x axis, on a fixed
 * y range: each item's own value is a marked point ({@code class="mark"}, so exactly one mark per
 * item) with its interval, and an optional reference value (another source's estimate) is drawn
 * beside it as a hollow square with its own interval. Flagged items get a red ring and a red label.
 * Mutable builder; {@link #render()} is deterministic. Cost: O(items).
 */
public final class IntervalChart {

    private static final double COLUMN = 22;
    private static final double GROUP_GAP = 26;
    private static final double LEFT = 56;
    private static final double RIGHT = 16;
    private static final double TOP = 60;
    private static final double PLOT = 260;
    private static final double BOTTOM = 64;
    private static final double OFFSET = 3;
    private static final double MIN_WIDTH = 640;
    private static final String FLAG = "#CC0000";

    private record Item(String id, String label, double value, double low, double high, OptionalDouble reference, double referenceLow,
            double referenceHigh, boolean flagged, String title) {
    }

    private record Group(String name, List<Item> items) {
    }

    private final String title;
    private final String yLabel;
    private final String ownName;
    private final String referenceName;
    private final double yLo;
    private final double yHi;
    private final List<Group> groups = new ArrayList<>();

    /**
     * An empty chart.
     *
     * @param ownName the legend name of the marked values
     * @param referenceName the legend name of the reference values
     * @throws IllegalArgumentException if the y range is empty or not finite
     */
    public IntervalChart(String title, String yLabel, String ownName, String referenceName, double yLo, double yHi) {
        this.title = Objects.requireNonNull(title, "title");
        this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
        this.ownName = Objects.requireNonNull(ownName, "ownName");
        this.referenceName = Objects.requireNonNull(referenceName, "referenceName");
        new Scale(yLo, yHi, 0, 1);
        this.yLo = yLo;
        this.yHi = yHi;
    }

    /** Starts a new group; the items added next belong to it. */
    public IntervalChart group(String name) {
        groups.add(new Group(Objects.requireNonNull(name, "name"), new ArrayList<>()));
        return this;
    }

    /**
     * Adds an item to the current group (a group named "" is started if none is).
     *
     * @param id the mark's {@code data-label} (unique in the chart)
     * @param label the item's short x label
     * @param value the marked value, with its interval [low, high]
     * @param reference the reference value, if any, with its interval [referenceLow, referenceHigh]
     * @param title the tooltip (the exact values in words)
     * @throws IllegalArgumentException if a value is not finite
     */
    public IntervalChart item(String id, String label, double value, double low, double high, OptionalDouble reference, double referenceLow,
            double referenceHigh, boolean flagged, String title) {
        for (double v : new double[] {value, low, high, referenceLow, referenceHigh, reference.orElse(0)}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("an interval chart's values must be finite, got " + v + " for " + label);
            }
        }
        if (groups.isEmpty()) {
            group("");
        }
        groups.get(groups.size() - 1).items().add(new Item(Objects.requireNonNull(id, "id"), Objects.requireNonNull(label, "label"), value, low, high, reference, referenceLow,
                referenceHigh, flagged, Objects.requireNonNull(title, "title")));
        return this;
    }

    /** The pixel y of a data value. */
    public double yPixel(double v) {
        return new Scale(yLo, yHi, TOP + PLOT, TOP).pixel(clamp(v));
    }

    /** The pixel x of item {@code index}'s mark (items counted over all groups, from 0). */
    public double xPixel(int index) {
        int seen = 0;
        double x = LEFT + GROUP_GAP / 2;
        for (Group g : groups) {
            for (int i = 0; i < g.items().size(); i++) {
                if (seen == index) {
                    return x + COLUMN / 2 - OFFSET;
                }
                seen++;
                x += COLUMN;
            }
            x += GROUP_GAP;
        }
        throw new IllegalArgumentException("no item " + index + " in a chart of " + seen);
    }

    /** The SVG document. */
    public String render() {
        int count = groups.stream().mapToInt(g -> g.items().size()).sum();
        double width = LEFT + RIGHT + GROUP_GAP * Math.max(1, groups.size()) + COLUMN * Math.max(1, count);
        Svg svg = new Svg(Math.max(width, MIN_WIDTH), TOP + PLOT + BOTTOM);
        svg.text(LEFT, 20, "start", 14, title);
        double legend = LEFT;
        String own = ownName + " ±2 standard errors";
        svg.polygon(ring(legend + 5, 34, 4), Colors.OTHER, "black", 1);
        svg.text(legend + 14, 38, "start", 11, own);
        legend += 14 + textWidth(own) + 16;
        svg.polygon(square(legend + 4, 34, 4), "white", "black", 1);
        svg.text(legend + 14, 38, "start", 11, referenceName);
        legend += 14 + textWidth(referenceName) + 16;
        svg.polygon(ring(legend + 5, 34, 6), "none", FLAG, 1.5);
        svg.text(legend + 16, 38, "start", 11, "flagged");
        double right = svg.width() - RIGHT;
        Scale y = new Scale(yLo, yHi, TOP + PLOT, TOP);
        for (double t : y.ticks(5)) {
            double py = y.pixel(t);
            svg.line(LEFT, py, right, py, "#DDDDDD", 1);
            svg.text(LEFT - 6, py + 4, "end", 11, Scale.label(t));
        }
        svg.line(LEFT, TOP, LEFT, TOP + PLOT, "black", 1);
        svg.line(LEFT, TOP + PLOT, right, TOP + PLOT, "black", 1);
        svg.text(8, TOP - 6, "start", 11, yLabel);
        double x = LEFT + GROUP_GAP / 2;
        for (Group g : groups) {
            double start = x;
            for (Item it : g.items()) {
                double cx = x + COLUMN / 2;
                if (it.reference().isPresent()) {
                    double rx = cx + OFFSET + 2;
                    svg.line(rx, yPixel(it.referenceLow()), rx, yPixel(it.referenceHigh()), "#555555", 1);
                    svg.polygon(square(rx, yPixel(it.reference().getAsDouble()), 3), "white", "black", 1);
                }
                double ox = cx - OFFSET;
                svg.line(ox, yPixel(it.low()), ox, yPixel(it.high()), Colors.OTHER, 1.5);
                if (it.flagged()) {
                    svg.polygon(ring(ox, yPixel(it.value()), 7), "none", FLAG, 1.5);
                }
                svg.mark(ox, yPixel(it.value()), 3.5, Colors.OTHER, it.id(), it.title());
                svg.text(cx, TOP + PLOT + 14, "middle", 9, it.label());
                x += COLUMN;
            }
            svg.text((start + x) / 2, TOP + PLOT + 44, "middle", 12, g.name());
            x += GROUP_GAP;
        }
        return svg.render();
    }

    /** A rough width of 11-pixel sans-serif text, for laying out the legend. */
    private static double textWidth(String text) {
        return 6.2 * text.length();
    }

    private double clamp(double v) {
        return Math.max(yLo, Math.min(yHi, v));
    }

    private static List<double[]> square(double x, double y, double h) {
        return List.of(new double[] {x - h, y - h}, new double[] {x + h, y - h}, new double[] {x + h, y + h}, new double[] {x - h, y + h});
    }

    private static List<double[]> ring(double x, double y, double r) {
        List<double[]> p = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            double t = 2 * Math.PI * k / 16;
            p.add(new double[] {x + r * Math.cos(t), y + r * Math.sin(t)});
        }
        return p;
    }
}
