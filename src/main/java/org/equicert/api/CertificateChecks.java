package org.equicert.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.bridge.OracleClaims;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Fingerprint;
import org.equicert.certificate.Verdict;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.input.InputFiles;
import org.equicert.oracle.OracleGame;

/**
 * Re-checks certificate files with the independent checker ({@code equicert check}), optionally
 * requiring each to be about one game. Cost: one checker run per file (plus the checker's canaries,
 * once per JVM).
 */
public final class CertificateChecks {

    private CertificateChecks() {
    }

    /**
     * The game every certificate must be about.
     *
     * @param fingerprint the game's fingerprint ({@link #fingerprint(NormalFormGame)})
     * @param name how the user named the game (its file), for the reason of a rejection
     */
    public record Binding(String fingerprint, String name) {

        /** Requires both parts. */
        public Binding {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One file's outcome.
     *
     * @param file the file
     * @param verdict the checker's verdict (a binding failure is a REJECTED verdict with rule 'binding'),
     *     or empty when the file could not be read as UTF-8 text
     * @param unreadable why the file could not be read, when {@code verdict} is empty
     */
    public record Outcome(Path file, Optional<Verdict> verdict, Optional<String> unreadable) {

        /** Exactly one of verdict and unreadable is present. */
        public Outcome {
            Objects.requireNonNull(file, "file");
            if (verdict.isPresent() == unreadable.isPresent()) {
                throw new IllegalArgumentException("an outcome has a verdict or a reason the file is unreadable, not both or neither");
            }
        }

        /** ACCEPTED, REJECTED or MALFORMED (an unreadable file is MALFORMED). */
        public Verdict.Status status() {
            return verdict.map(Verdict::status).orElse(Verdict.Status.MALFORMED);
        }
    }

    /** The fingerprint of a normal-form game, as certificates about it state it. */
    public static String fingerprint(NormalFormGame game) {
        return Fingerprint.of(PayoffTables.of(game));
    }

    /** The fingerprint of an oracle game, as its certificates state it. */
    public static String fingerprint(OracleGame game) {
        return OracleClaims.fingerprint(game);
    }

    /** Checks each file in order, requiring the binding when present. */
    public static List<Outcome> check(List<Path> files, Optional<Binding> binding) {
        Checker checker = new Checker(Equicert.VERSION);
        List<Outcome> out = new ArrayList<>();
        for (Path f : files) {
            Optional<String> text = read(f);
            if (text.isEmpty()) {
                out.add(new Outcome(f, Optional.empty(), Optional.of(unreadable(f))));
                continue;
            }
            Verdict v = checker.checkText(text.get());
            if (v.accepted() && binding.isPresent() && !binding.get().fingerprint().equals(v.fingerprint())) {
                v = new Verdict(Verdict.Status.REJECTED, "rule 'binding': the certificate is about " + v.fingerprint() + ", not about "
                        + binding.get().name() + " (" + binding.get().fingerprint() + ")", v.smtStatus(), "", v.statement(), v.subject(),
                        v.fingerprint());
            }
            out.add(new Outcome(f, Optional.of(v), Optional.empty()));
        }
        return List.copyOf(out);
    }

    /** The file as strict UTF-8, or empty when it cannot be read as such. */
    private static Optional<String> read(Path f) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IOException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    private static String unreadable(Path f) {
        if (!Files.exists(f)) {
            return "no such file";
        }
        if (Files.isDirectory(f)) {
            return "is a directory, not a certificate file";
        }
        try {
            byte[] bytes = Files.readAllBytes(f);
            try {
                InputFiles.decode(f.toString(), bytes);
            } catch (InputFileException located) {
                return "not UTF-8 text, so not an equicert certificate (invalid byte sequence at line " + located.line() + ", column "
                        + located.column() + ")";
            }
            return "cannot read";
        } catch (NoSuchFileException e) {
            return "no such file";
        } catch (IOException e) {
            return "cannot read (" + e.getMessage() + ")";
        }
    }
}
