import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.equicert.equilibrium.TwoPlayerEnumeration;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.NormalFormGame;

/**
 * All equilibria of seeded random n×n bimatrix games (payoffs uniform in 0..99). Writes each game in
 * lrsnash's input format to DIR and prints "label,seconds,equilibria" for equicert's run.
 * Usage: NashBenchmark DIR SIZE:COUNT ...
 */
public final class NashBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        // warm-up so the JIT is not measured
        for (int w = 0; w < 3; w++) {
            TwoPlayerEnumeration.solve(game(8, 1000 + w, null));
        }
        for (int k = 1; k < args.length; k++) {
            String[] sc = args[k].split(":");
            int n = Integer.parseInt(sc[0]);
            int count = Integer.parseInt(sc[1]);
            for (int s = 1; s <= count; s++) {
                Path file = dir.resolve("g" + n + "_" + s + ".txt");
                NormalFormGame g = game(n, s, file);
                long t = System.nanoTime();
                TwoPlayerNashSet set = TwoPlayerEnumeration.solve(g);
                double sec = (System.nanoTime() - t) / 1e9;
                System.out.printf("%dx%d seed %d,%.3f,%d%n", n, n, s, sec, set.extremeEquilibria().size());
            }
        }
    }

    static NormalFormGame game(int n, long seed, Path file) throws Exception {
        Random r = new Random(seed * 7919 + n);
        long[][] a = new long[n][n];
        long[][] b = new long[n][n];
        StringBuilder sb = new StringBuilder(n + " " + n + "\n\n");
        for (long[][] m : new long[][][] {a, b}) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = r.nextInt(100);
                    sb.append(m[i][j]).append(j + 1 < n ? " " : "\n");
                }
            }
            sb.append('\n');
        }
        if (file != null) {
            Files.writeString(file, sb.toString());
        }
        return NormalFormGame.bimatrix(a, b);
    }
}
