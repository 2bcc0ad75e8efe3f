package org.equicert.draw;

import java.util.Locale;

/** Colour ramps and a fixed palette for series. Pure functions. */
public final class Colors {

    /** Series colours, in order (colour-blind-safe Okabe–Ito palette). */
    private static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"};

    /** Colour of a certified mark. */
    public static final String CERTIFIED = "#D55E00";
    /** Colour of other marks. */
    public static final String OTHER = "#0072B2";

    private Colors() {
    }

    /** The {@code i}-th series colour (cycling). */
    public static String series(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /**
     * A sequential ramp from dark blue (t = 0) through teal to yellow (t = 1), clamped; O(1).
     */
    public static String ramp(double t) {
        double u = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double[][] stops = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
        double pos = u * (stops.length - 1);
        int k = Math.min(stops.length - 2, (int) Math.floor(pos));
        double f = pos - k;
        int r = (int) Math.round(stops[k][0] + f * (stops[k + 1][0] - stops[k][0]));
        int g = (int) Math.round(stops[k][1] + f * (stops[k + 1][1] - stops[k][1]));
        int b = (int) Math.round(stops[k][2] + f * (stops[k + 1][2] - stops[k][2]));
        return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b);
    }
}
