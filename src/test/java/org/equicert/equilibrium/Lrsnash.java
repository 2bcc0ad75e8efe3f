package org.equicert.equilibrium;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** Runs the external {@code lrsnash} (Debian package lrslib) on a bimatrix game and parses its pairs. */
final class Lrsnash {

    private Lrsnash() {
    }

    /** Whether lrsnash is on the PATH. */
    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "lrsnash"))) {
                return true;
            }
        }
        return false;
    }

    /** lrsnash's input: "m n", blank, A, blank, B. */
    static String input(long[][] a, long[][] b) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.length).append(' ').append(a[0].length).append("\n\n");
        for (long[] row : a) {
            sb.append(join(row)).append('\n');
        }
        sb.append('\n');
        for (long[] row : b) {
            sb.append(join(row)).append('\n');
        }
        return sb.toString();
    }

    private static String join(long[] row) {
        StringBuilder sb = new StringBuilder();
        for (long v : row) {
            sb.append(v).append(' ');
        }
        return sb.toString().trim();
    }

    /**
     * The extreme equilibria lrsnash prints, each as "x1,x2,…;y1,y2,…" with exact fractions, sorted.
     * In each block of output, every "2 …" line pairs with the block's "1 …" line.
     */
    static TreeSet<String> equilibria(Path work, long[][] a, long[][] b) throws IOException, InterruptedException {
        Path in = Files.createTempFile(work, "game", ".txt");
        Files.writeString(in, input(a, b));
        Process p = new ProcessBuilder("lrsnash", in.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("lrsnash failed on " + in + ":\n" + out);
        }
        Files.delete(in);
        return parse(out, a.length, a[0].length);
    }

    static TreeSet<String> parse(String out, int m, int n) {
        TreeSet<String> result = new TreeSet<>();
        List<String> ys = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 0 || f[0].isEmpty() || f[0].startsWith("*")) {
                continue;
            }
            if (f[0].equals("2")) {
                ys.add(String.join(",", java.util.Arrays.copyOfRange(f, 1, 1 + n)));
            } else if (f[0].equals("1")) {
                String x = String.join(",", java.util.Arrays.copyOfRange(f, 1, 1 + m));
                for (String y : ys) {
                    result.add(x + ";" + y);
                }
                ys.clear();
            }
        }
        return result;
    }
}
