package org.equicert.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear map from a data interval to a pixel interval, with "nice" tick values (steps of 1, 2 or 5
 * times a power of ten). Immutable.
 *
 * @param lo the data value drawn at {@code pixelLo}
 * @param hi the data value drawn at {@code pixelHi}
 * @param pixelLo pixel of {@code lo}
 * @param pixelHi pixel of {@code hi} (smaller than {@code pixelLo} for an upward y axis)
 */
public record Scale(double lo, double hi, double pixelLo, double pixelHi) {

    /**
     * @throws IllegalArgumentException if the data interval is empty or not finite
     */
    public Scale {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && hi > lo)) {
            throw new IllegalArgumentException("a scale needs finite lo < hi, got [" + lo + ", " + hi + "]");
        }
    }

    /** A scale covering {@code [min, max]} padded by 5% (or ±1/2 around a single value). */
    public static Scale covering(double min, double max, double pixelLo, double pixelHi) {
        if (!(max > min)) {
            double c = Double.isFinite(min) ? min : 0;
            return new Scale(c - 0.5, c + 0.5, pixelLo, pixelHi);
        }
        double pad = (max - min) * 0.05;
        return new Scale(min - pad, max + pad, pixelLo, pixelHi);
    }

    /** The pixel of data value {@code v}. */
    public double pixel(double v) {
        return pixelLo + (v - lo) / (hi - lo) * (pixelHi - pixelLo);
    }

    /** About {@code target} tick values inside the interval, at a nice step. */
    public List<Double> ticks(int target) {
        double raw = (hi - lo) / Math.max(1, target);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * power;
            if (step >= raw) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A tick label: at most four significant digits, no trailing zeros. */
    public static String label(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }
}
