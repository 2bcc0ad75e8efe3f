import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.equicert.dynamics.LearningChain;
import org.equicert.dynamics.MarkovChain;
import org.equicert.dynamics.StationaryAnalysis;
import org.equicert.dynamics.SymmetricSoftmax;
import org.equicert.game.NormalFormGame;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Rational;

/**
 * Seed 000 benchmarks (exact): stationary distributions of random common-payoff games with 3^10 and
 * 3^12 profiles, a 100-player symmetric game by orbits, and the largest non-reversible chain solved
 * exactly within 60 s. Writes each game's payoffs to OUT/NAME.txt for the Python peers and prints
 * "name,seconds" lines.
 */
public final class DynamicsBenchmark {

    static NormalFormGame commonGame(int players, int actions, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] counts = new int[players];
        java.util.Arrays.fill(counts, actions);
        int size = (int) Math.pow(actions, players);
        Rational[] u = new Rational[size];
        for (int k = 0; k < size; k++) {
            u[k] = Rational.of(r.nextInt(0, 10));
        }
        Rational[][] t = new Rational[players][];
        java.util.Arrays.fill(t, u);
        return NormalFormGame.of(counts, t);
    }

    static NormalFormGame generalGame(int players, int actions, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] counts = new int[players];
        java.util.Arrays.fill(counts, actions);
        int size = (int) Math.pow(actions, players);
        Rational[][] t = new Rational[players][size];
        for (int i = 0; i < players; i++) {
            for (int k = 0; k < size; k++) {
                t[i][k] = Rational.of(r.nextInt(0, 4));
            }
        }
        return NormalFormGame.of(counts, t);
    }

    static void write(Path out, String name, NormalFormGame g) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(name + ".txt")))) {
            w.println(g.playerCount() + " " + g.actionCount(0));
            for (int i = 0; i < g.playerCount(); i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < g.profileCount(); k++) {
                    sb.append(k == 0 ? "" : " ").append(g.payoff(i, k));
                }
                w.println(sb);
            }
        }
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
        Files.createDirectories(out);
        Rational b = Rational.TWO;
        for (int players : new int[] {10, 12}) {
            NormalFormGame g = commonGame(players, 3, players);
            write(out, "common3^" + players, g);
            long t0 = System.nanoTime();
            Rational[] pi = LearningChain.common(g, b).softmax();
            double softmax = seconds(t0);
            System.out.printf("common3^%d softmax (Lemma 1, linear),%.3f%n", players, softmax);
            t0 = System.nanoTime();
            MarkovChain chain = LearningChain.common(g, b).chain();
            List<StationaryAnalysis.ClosedClass> cls = new StationaryAnalysis(chain).closedClasses();
            double analysis = seconds(t0);
            if (!java.util.Arrays.equals(pi, cls.get(0).distribution())) {
                throw new AssertionError("detailed-balance solve disagrees with the softmax");
            }
            System.out.printf("common3^%d chain + detailed-balance solve (%d transitions),%.3f%n", players, chain.transitionCount(), analysis);
        }
        Map<List<Integer>, Rational> p = new HashMap<>();
        for (List<Integer> k : SymmetricPayoffs.countVectors(100, 3)) {
            p.put(k, Rational.of(Collections.max(k)));
        }
        long t0 = System.nanoTime();
        SymmetricSoftmax sm = new SymmetricSoftmax(SymmetricPayoffs.of(100, 3, p));
        Rational e = sm.expectedUtility(Rational.of(3, 2));
        Map<List<Integer>, Rational> orbits = sm.orbitDistribution(Rational.of(3, 2));
        System.out.printf("symmetric 100 players x 3 actions by orbits (%d orbits, E[U] ~ %s),%.3f%n", orbits.size(), e.toDecimalString(6), seconds(t0));
        // largest non-reversible (individual-utility) chain solved exactly within 60 s: 2 players x k actions
        int best = 0;
        for (int k = 4; k <= 64; k += 4) {
            NormalFormGame g = generalGame(2, k, k);
            MarkovChain chain = LearningChain.individual(g, b).chain();
            t0 = System.nanoTime();
            List<StationaryAnalysis.ClosedClass> cls = new StationaryAnalysis(chain).closedClasses();
            double s = seconds(t0);
            boolean reversible = cls.get(0).reversible();
            System.out.printf("individual2x%d exact (%d states, %s),%.3f%n", k, k * k, reversible ? "reversible" : "non-reversible", s);
            write(out, "individual2x" + k, g);
            if (s > 60) {
                break;
            }
            best = k * k;
            if (s > 20) {
                break;
            }
        }
        System.out.println("largest non-reversible chain solved exactly within 60 s: " + best + " states");
    }
}
