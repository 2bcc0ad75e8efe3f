package org.equicert.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.equicert.api.ClaimedProfiles;
import org.equicert.certificate.CertificateFile;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Claim;
import org.equicert.certificate.ClaimCodec;
import org.equicert.certificate.Verdict;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.game.io.JsonGameFormat;
import org.equicert.game.io.NfgReader;
import org.equicert.input.InputFileException;
import org.equicert.input.InputFiles;
import org.equicert.input.InputLimits;
import org.equicert.oracle.OracleGameReader;

/**
 * The readers under fuzz, each with its valid seed inputs and its contract: every input is accepted
 * or rejected with one located line, within {@link FuzzOutcome#TIME_BOUND_NANOS} and
 * {@link FuzzOutcome#ALLOCATION_BOUND_BYTES}; nothing else is ever thrown. For certificates the
 * contract is the checker's: {@link Checker#checkText} never throws, accepts only the unmodified
 * file or an exact re-render of its data line, and a malformed verdict names the line at fault;
 * through {@code equicert check} the exit code is 0, 1 or 2 and no exception reaches the output.
 */
enum FuzzTarget {
    NFG_PAYOFF, NFG_OUTCOME, GAME_JSON, ORACLE_JSON, CLAIMS_GAMBIT, CLAIMS_LRS, CLAIMS_TEXT, CLAIMS_JSON, PROFILE, CERTIFICATE,
    CERTIFICATE_CLI;

    /** One located line: {@code file:line:column: problem}. */
    static final Pattern LOCATED = Pattern.compile("[^\n]*:\\d+:\\d+: [^\n]+");
    /** A checker verdict's location: the line it names. */
    private static final Pattern CHECKER_LOCATED = Pattern.compile(".*\\bline \\d+\\b.*");

    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final NormalFormGame BOS = GameFiles.read(Path.of("examples/battle-of-the-sexes.nfg"));
    private static final Checker CHECKER = warmChecker();
    private static final List<byte[]> CERTIFICATES = certificates();
    private static Path cliFile;

    /** A checker whose once-per-JVM canaries have run, so that no input's time includes them. */
    private static Checker warmChecker() {
        Checker checker = new Checker(Main.VERSION);
        checker.checkText("");
        return checker;
    }

    private static byte[] file(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> certificates() {
        try (Stream<Path> files = Files.list(Path.of("certificates"))) {
            return files.filter(f -> f.toString().endsWith(".smt2")).sorted().map(f -> file(f.toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of certificate seeds (every file of certificates/). */
    static int certificateSeeds() {
        return CERTIFICATES.size();
    }

    /** The i-th certificate seed. */
    static byte[] certificateSeed(int i) {
        return CERTIFICATES.get(i);
    }

    /** A valid input for this reader, chosen with {@code r}. */
    byte[] seed(SplittableRandom r) {
        return switch (this) {
            case NFG_PAYOFF -> file(r.nextBoolean() ? "examples/battle-of-the-sexes.nfg" : "examples/example-5-0-5.nfg");
            case NFG_OUTCOME -> file("../shared/corpus/gambit/contrib/games/2x2x2.nfg");
            case GAME_JSON -> JsonGameFormat.write(BOS).getBytes(StandardCharsets.UTF_8);
            case ORACLE_JSON -> file(r.nextBoolean() ? "examples/oracle/chicken-threshold.json" : "examples/oracle/pd-copy-jailer.json");
            case CLAIMS_GAMBIT -> file("examples/battle-of-the-sexes.gambit.txt");
            case CLAIMS_LRS -> "*****\n2  1/3  2/3  2/3\n1  2/3  1/3  2/3\n\n2  1  0  1\n1  0  1  2\n".getBytes(StandardCharsets.UTF_8);
            case CLAIMS_TEXT -> "# comment\n0.5,0.5;0.5,0.5\n1,0;1,0\n2/3,1/3;1/3,2/3\n".getBytes(StandardCharsets.UTF_8);
            case CLAIMS_JSON -> "{\"equilibria\": [[[\"2/3\", 0.3333333], [1, 0]], \"1,0;1,0\"]}".getBytes(StandardCharsets.UTF_8);
            case PROFILE -> "0.333333,0.666667;1e-3,0.999".getBytes(StandardCharsets.UTF_8);
            case CERTIFICATE, CERTIFICATE_CLI -> CERTIFICATES.get(r.nextInt(CERTIFICATES.size()));
        };
    }

    /** A mutated input for this reader: a seed with one to three random mutations. */
    byte[] mutant(SplittableRandom r) {
        byte[] seed = seed(r);
        return this == CERTIFICATE || this == CERTIFICATE_CLI ? FuzzMutations.mutateCertificate(seed, r) : FuzzMutations.mutate(seed, r);
    }

    /** Runs the reader on {@code input}, timing it and measuring the bytes this thread allocates. */
    FuzzOutcome run(byte[] input) {
        long threadId = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(threadId);
        long start = System.nanoTime();
        Result result;
        try {
            result = switch (this) {
                case CERTIFICATE -> checker(input);
                case CERTIFICATE_CLI -> cli(input);
                default -> reader(input);
            };
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            StackTraceElement[] at = e.getStackTrace();
            result = new Result(FuzzOutcome.Kind.CRASH, e + (at.length == 0 ? "" : " at " + at[0]));
        }
        long nanos = System.nanoTime() - start;
        long allocated = THREADS.getThreadAllocatedBytes(threadId) - allocatedBefore;
        return new FuzzOutcome(this, result.kind(), result.message(), nanos, allocated);
    }

    private record Result(FuzzOutcome.Kind kind, String message) {
    }

    private Result reader(byte[] bytes) {
        String src = "fuzz";
        InputLimits limits = InputLimits.DEFAULT;
        try {
            switch (this) {
                case NFG_PAYOFF, NFG_OUTCOME -> NfgReader.parse(src, bytes);
                case GAME_JSON -> JsonGameFormat.parse(src, InputFiles.decode(src, bytes), limits);
                case ORACLE_JSON -> OracleGameReader.read(src, InputFiles.decode(src, bytes));
                case CLAIMS_GAMBIT, CLAIMS_LRS, CLAIMS_TEXT, CLAIMS_JSON -> ClaimedProfiles.parse(src, InputFiles.decode(src, bytes), BOS, limits);
                case PROFILE -> ProfileText.parse(new String(bytes, StandardCharsets.UTF_8), BOS);
                default -> throw new IllegalStateException(this + " is not a file reader");
            }
            return new Result(FuzzOutcome.Kind.ACCEPTED, "");
        } catch (InputFileException e) {
            String m = e.getMessage();
            if (!LOCATED.matcher(m).matches() || e.line() < 1 || e.column() < 1 || !m.startsWith(src + ":")) {
                return new Result(FuzzOutcome.Kind.UNLOCATED, m);
            }
            return new Result(internals(m) ? FuzzOutcome.Kind.INTERNALS : FuzzOutcome.Kind.REJECTED, m);
        } catch (UserException e) {
            // an option's value (a profile string) has no file: "what is wrong" on one line
            String m = e.getMessage();
            if (this != PROFILE || m.lines().count() != 1) {
                return new Result(FuzzOutcome.Kind.UNLOCATED, m);
            }
            return new Result(internals(m) ? FuzzOutcome.Kind.INTERNALS : FuzzOutcome.Kind.REJECTED, m);
        }
    }

    private static Result checker(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Verdict v = CHECKER.checkText(text);
        String m = v.status() + ": " + v.reason() + (v.subject().isEmpty() ? "" : " | about: " + v.subject());
        if (v.accepted()) {
            return isCertificate(text) ? new Result(FuzzOutcome.Kind.ACCEPTED, m) : new Result(FuzzOutcome.Kind.FALSE_ACCEPT, m);
        }
        if (internals(v.reason())) {
            return new Result(FuzzOutcome.Kind.INTERNALS, m);
        }
        if (v.status() == Verdict.Status.MALFORMED && !CHECKER_LOCATED.matcher(v.reason()).matches()) {
            return new Result(FuzzOutcome.Kind.UNLOCATED, m);
        }
        return new Result(FuzzOutcome.Kind.REJECTED, m);
    }

    private static Result cli(byte[] bytes) {
        Path f = cliFile();
        try {
            Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"check", f.toString()}, new PrintWriter(out), new PrintWriter(err));
        String all = (out + err.toString()).replace(f.toString(), "mutant.smt2");
        String m = "exit " + code + ": " + all.strip().replace("\n", " | ");
        if (code < 0 || code > 2 || all.contains("\tat ") || all.contains("stack exhausted") || all.contains("memory exhausted")) {
            return new Result(FuzzOutcome.Kind.CRASH, m);
        }
        if (internals(all)) {
            return new Result(FuzzOutcome.Kind.INTERNALS, m);
        }
        if (code == 0) {
            Optional<String> text = strictUtf8(bytes);
            return text.isPresent() && isCertificate(text.get()) ? new Result(FuzzOutcome.Kind.ACCEPTED, m)
                    : new Result(FuzzOutcome.Kind.FALSE_ACCEPT, m);
        }
        if (code == 2 && !CHECKER_LOCATED.matcher(all.replace("\n", " ")).matches()) {
            return new Result(FuzzOutcome.Kind.UNLOCATED, m);
        }
        return new Result(FuzzOutcome.Kind.REJECTED, m);
    }

    private static synchronized Path cliFile() {
        if (cliFile == null) {
            try {
                Path dir = Files.createTempDirectory("equicert-fuzz");
                dir.toFile().deleteOnExit();
                cliFile = dir.resolve("mutant.smt2");
                cliFile.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cliFile;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * True if {@code text} may be accepted: it is one of the certificate files, or exactly the
     * linear or nonlinear certificate rendered from its own data line (line 8) and tool line (7).
     */
    static boolean isCertificate(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte[] c : CERTIFICATES) {
            if (Arrays.equals(c, bytes)) {
                return true;
            }
        }
        String[] lines = text.split("\n", 9);
        if (lines.length < 9 || !lines[6].startsWith("; tool: equicert ") || !lines[7].startsWith("; data: ")) {
            return false;
        }
        try {
            Claim claim = ClaimCodec.fromJson(lines[7].substring("; data: ".length()));
            String version = lines[6].substring("; tool: equicert ".length());
            return text.equals(CertificateFile.render(claim, version)) || text.equals(CertificateFile.renderNonlinear(claim, version));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True if a message shows an internal detail: an exception's class name, a stack frame, a library's wording. */
    static boolean internals(String message) {
        for (String bad : new String[] {"Exception", "Error:", "\tat ", "REDACTED", "Source:", "Input length", "StreamReadConstraints"}) {
            if (message.contains(bad)) {
                return true;
            }
        }
        return message.contains("null") && !message.contains("'null'") && !message.contains("\"null\"");
    }
}
