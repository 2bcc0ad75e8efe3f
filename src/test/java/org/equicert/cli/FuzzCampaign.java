package org.equicert.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A fuzz campaign over every {@link FuzzTarget}: round after round, each target reads one mutated
 * input (the slower ones less often, see {@link #inRound}), and the
 * campaign counts inputs, crashes, hangs, unlocated messages, the largest time and allocation. Every
 * input is determined by its round's seed and its target ({@link #input}), so a failure is
 * reproduced from the two numbers printed with it. Cost: the rounds times the readers' cost.
 *
 * <p>Run as {@code java -cp ... org.equicert.cli.FuzzCampaign INPUTS [SEED [SAVE_DIR]]}
 * (see benchmarks/fuzz.sh); exit code 0 if every input was answered properly, 1 otherwise.
 */
final class FuzzCampaign {

    /** An input still running after this long is reported and the campaign stops (a real hang). */
    private static final long WATCHDOG_NANOS = 600_000_000_000L;

    private final Map<FuzzTarget, Tally> tallies = new EnumMap<>(FuzzTarget.class);
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> knownDefectSamples = new TreeMap<>();
    private final Path saveDir;

    private volatile FuzzTarget runningTarget;
    private volatile long runningSeed;
    private volatile long runningSince;
    private volatile byte[] runningInput;

    /** Counts for one target. */
    static final class Tally {
        long inputs;
        long accepted;
        long rejected;
        long crashes;
        long unlocated;
        long internals;
        long falseAccepts;
        final Map<FuzzOutcome.KnownCheckerDefect, Long> knownCheckerDefects = new EnumMap<>(FuzzOutcome.KnownCheckerDefect.class);
        long hangs;
        long overAllocated;
        long maxNanos;
        long maxAllocated;
        long totalNanos;

        void add(FuzzOutcome o) {
            inputs++;
            switch (o.kind()) {
                case ACCEPTED -> accepted++;
                case REJECTED -> rejected++;
                case CRASH -> crashes++;
                case UNLOCATED -> unlocated++;
                case INTERNALS -> internals++;
                case FALSE_ACCEPT -> falseAccepts++;
                default -> throw new IllegalStateException(o.kind().toString());
            }
            o.knownCheckerDefect().ifPresent(d -> knownCheckerDefects.merge(d, 1L, Long::sum));
            hangs += o.hang() ? 1 : 0;
            overAllocated += o.overAllocated() ? 1 : 0;
            maxNanos = Math.max(maxNanos, o.nanos());
            maxAllocated = Math.max(maxAllocated, o.allocatedBytes());
            totalNanos += o.nanos();
        }

        void addAll(Tally t) {
            inputs += t.inputs;
            accepted += t.accepted;
            rejected += t.rejected;
            crashes += t.crashes;
            unlocated += t.unlocated;
            internals += t.internals;
            falseAccepts += t.falseAccepts;
            t.knownCheckerDefects.forEach((d, n) -> knownCheckerDefects.merge(d, n, Long::sum));
            hangs += t.hangs;
            overAllocated += t.overAllocated;
            maxNanos = Math.max(maxNanos, t.maxNanos);
            maxAllocated = Math.max(maxAllocated, t.maxAllocated);
            totalNanos += t.totalNanos;
        }
    }

    FuzzCampaign(Path saveDir) {
        this.saveDir = saveDir;
        for (FuzzTarget t : FuzzTarget.values()) {
            tallies.put(t, new Tally());
        }
    }

    /**
     * True if {@code target} reads an input in the round with this seed: the outcome-version .nfg
     * (a large seed) every fourth round, the CLI (about 30 ms an input) every eighth, the rest always.
     */
    static boolean inRound(FuzzTarget target, long roundSeed) {
        return switch (target) {
            case NFG_OUTCOME -> Math.floorMod(roundSeed, 4) == 0;
            case CERTIFICATE_CLI -> Math.floorMod(roundSeed, 8) == 0;
            default -> true;
        };
    }

    /** The mutated input of {@code target} in the round with this seed. */
    static byte[] input(FuzzTarget target, long roundSeed) {
        return target.mutant(new SplittableRandom(roundSeed ^ (0x9E3779B97F4A7C15L * (target.ordinal() + 1))));
    }

    /** Runs one round: every target of the round reads its input. */
    List<FuzzOutcome> round(long roundSeed) {
        List<FuzzOutcome> outcomes = new ArrayList<>();
        for (FuzzTarget t : FuzzTarget.values()) {
            if (!inRound(t, roundSeed)) {
                continue;
            }
            byte[] in = input(t, roundSeed);
            runningInput = in;
            runningTarget = t;
            runningSeed = roundSeed;
            runningSince = System.nanoTime();
            FuzzOutcome o = t.run(in);
            runningTarget = null;
            tallies.get(t).add(o);
            if (o.knownCheckerDefect().isPresent() && knownDefectSamples.size() < 30) {
                // one sample of each form (numbers and quoted names blanked)
                String form = o.message().replaceAll("\\d+", "N").replaceAll("'[^']*'|\"[^\"]*\"", "Q");
                knownDefectSamples.putIfAbsent(form.substring(Math.max(0, form.indexOf("line N:"))),
                        "known checker defect " + o.knownCheckerDefect().get() + ", " + t + " round seed " + roundSeed + ": " + o.message());
            }
            if (!o.ok() && o.knownCheckerDefect().isEmpty()) {
                String line = "FAIL " + t + " round seed " + roundSeed + ": " + o.describe();
                failures.add(line);
                save(t, roundSeed, in);
            }
            outcomes.add(o);
        }
        return outcomes;
    }

    private void save(FuzzTarget t, long roundSeed, byte[] in) {
        if (saveDir == null) {
            return;
        }
        try {
            Files.createDirectories(saveDir);
            Files.write(saveDir.resolve(t.name().toLowerCase(Locale.ROOT) + "-" + Long.toUnsignedString(roundSeed, 16) + ".bin"), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startWatchdog(PrintStream log) {
        Thread dog = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                FuzzTarget t = runningTarget;
                if (t != null && System.nanoTime() - runningSince > WATCHDOG_NANOS) {
                    log.println("HANG " + t + " round seed " + runningSeed + ": still running after " + WATCHDOG_NANOS / 1_000_000_000L
                            + " s; stopping");
                    save(t, runningSeed, runningInput);
                    log.flush();
                    Runtime.getRuntime().halt(3);
                }
            }
        }, "fuzz-watchdog");
        dog.setDaemon(true);
        dog.start();
    }

    /** The totals over all targets. */
    Tally total() {
        Tally all = new Tally();
        tallies.values().forEach(all::addAll);
        return all;
    }

    /** The report: one line per target, then the totals. */
    String report() {
        StringBuilder sb = new StringBuilder();
        String head = String.format(Locale.ROOT, "%-16s %9s %9s %9s %7s %9s %9s %6s %6s %6s %8s %9s %10s%n", "target", "inputs",
                "accepted", "rejected", "crashes", "unlocated", "internals", "false+", "hangs", ">512MB", "mean ms", "max ms", "max MB");
        sb.append(head);
        tallies.forEach((t, c) -> sb.append(row(t.name(), c)));
        sb.append(row("TOTAL", total()));
        return sb.toString();
    }

    private static String row(String name, Tally c) {
        return String.format(Locale.ROOT, "%-16s %9d %9d %9d %7d %9d %9d %6d %6d %6d %8.2f %9.1f %10.1f%n", name, c.inputs, c.accepted,
                c.rejected, c.crashes, c.unlocated, c.internals, c.falseAccepts, c.hangs, c.overAllocated,
                c.inputs == 0 ? 0.0 : c.totalNanos / 1e6 / c.inputs, c.maxNanos / 1e6, c.maxAllocated / 1048576.0);
    }

    /** The failures seen so far, one line each. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * Runs rounds until at least {@code args[0]} inputs were read; {@code args[1]} is the master seed
     * (default 1), {@code args[2]} a directory for failing inputs (default target/fuzz-failures).
     */
    public static void main(String[] args) {
        long inputs = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Path save = Path.of(args.length > 2 ? args[2] : "target/fuzz-failures");
        PrintStream log = System.out;
        FuzzCampaign campaign = new FuzzCampaign(save);
        campaign.startWatchdog(log);
        SplittableRandom master = new SplittableRandom(seed);
        long start = System.nanoTime();
        long lastReport = start;
        int printed = 0;
        while (campaign.total().inputs < inputs) {
            campaign.round(master.nextLong());
            List<String> f = campaign.failures();
            for (; printed < f.size(); printed++) {
                if (printed < 200) {
                    String line = f.get(printed);
                    log.println(line.length() > 2000 ? line.substring(0, 2000) + "…" : line);
                }
            }
            if (System.nanoTime() - lastReport > 60_000_000_000L) {
                lastReport = System.nanoTime();
                log.printf(Locale.ROOT, "... %d inputs, %d failures, %.0f s%n", campaign.total().inputs, f.size(), (lastReport - start) / 1e9);
                log.flush();
            }
        }
        log.printf(Locale.ROOT, "fuzz campaign: master seed %d, %.0f s%n", seed, (System.nanoTime() - start) / 1e9);
        log.print(campaign.report());
        campaign.knownDefectSamples.values().forEach(line -> log.println(line.length() > 400 ? line.substring(0, 400) + "…" : line));
        Tally t = campaign.total();
        log.printf(Locale.ROOT, "inputs %d, crashes %d, hangs (>5 s) %d, messages without a location %d, internal details %d, "
                + "false accepts %d, over 512 MB %d, max time %.1f ms, max allocated %.1f MB%n", t.inputs, t.crashes, t.hangs, t.unlocated,
                t.internals, t.falseAccepts, t.overAllocated, t.maxNanos / 1e6, t.maxAllocated / 1048576.0);
        log.printf(Locale.ROOT, "of which reported checker defects: %s; unexpected failures: %d%n", t.knownCheckerDefects,
                campaign.failures().size());
        log.flush();
        System.exit(campaign.failures().isEmpty() ? 0 : 1);
    }
}
