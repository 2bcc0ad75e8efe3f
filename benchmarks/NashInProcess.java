import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.equicert.api.Equicert;
import org.equicert.equilibrium.TwoPlayerEnumeration;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.NormalFormGame;

/**
 * In-process timing for benchmarks/nash.sh: reads a two-player game, runs the exact enumeration
 * (TwoPlayerEnumeration.solve, no certification) RUNS times in one JVM and prints, per run, the
 * process CPU seconds (all threads: JIT and GC included; the kernel counts it in 10 ms ticks), the
 * CPU seconds of the solving thread alone (nanosecond clock) and the number of extreme equilibria.
 * The first run is the cold solve a single CLI run pays; later runs are warm (JIT done).
 * Run in source-file mode: java -cp target/equicert.jar benchmarks/NashInProcess.java GAME [RUNS]
 */
public final class NashInProcess {
    public static void main(String[] args) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        NormalFormGame game = Equicert.readGame(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < runs; k++) {
            long before = os.getProcessCpuTime();
            long threadBefore = threads.getCurrentThreadCpuTime();
            TwoPlayerNashSet set = TwoPlayerEnumeration.solve(game);
            long threadAfter = threads.getCurrentThreadCpuTime();
            long after = os.getProcessCpuTime();
            out.append(String.format("%.3f %.4f %d%n", (after - before) / 1e9, (threadAfter - threadBefore) / 1e9,
                    set.extremeEquilibria().size()));
        }
        System.out.print(out);
    }
}
