package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equicert.certificate.Verdict;

/**
 * The JSON of {@code equicert check --json}: per file its status ({@code "valid"}, {@code "invalid"}
 * or {@code "malformed"}), the claim in words with the fingerprint and title of the game it is
 * about, and the proof summary or the reason; then the counts. The text output stays in the
 * command. Cost: linear in the number of files.
 */
public final class CheckRenderer {

    /**
     * One checked file.
     *
     * @param file the path as given
     * @param verdict the checker's verdict, or empty when the file could not be read as text
     * @param unreadable why the file could not be read (used when {@code verdict} is empty)
     */
    public record Entry(String file, Optional<Verdict> verdict, String unreadable) {

        /** Checks the parts are present. */
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(unreadable, "unreadable");
        }
    }

    private CheckRenderer() {
    }

    /**
     * The JSON tree of a check run.
     *
     * @param binding the fingerprint every certificate had to be about ({@code --game}/{@code --oracle}), if any
     */
    public static Map<String, Object> json(Optional<String> binding, List<Entry> entries) {
        Map<String, Object> json = new LinkedHashMap<>();
        binding.ifPresent(b -> json.put("binding", b));
        List<Object> files = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        int malformed = 0;
        for (Entry e : entries) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", e.file());
            if (e.verdict().isEmpty()) {
                f.put("status", "malformed");
                f.put("reason", e.unreadable());
                malformed++;
            } else {
                Verdict v = e.verdict().get();
                f.put("status", switch (v.status()) {
                    case ACCEPTED -> "valid";
                    case REJECTED -> "invalid";
                    case MALFORMED -> "malformed";
                });
                switch (v.status()) {
                    case ACCEPTED -> valid++;
                    case REJECTED -> invalid++;
                    case MALFORMED -> malformed++;
                }
                if (!v.statement().isEmpty()) {
                    f.put("claim", v.statement());
                    f.put("fingerprint", v.fingerprint());
                    f.put("title", v.subject());
                }
                f.put(v.accepted() ? "proof" : "reason", v.reason());
            }
            files.add(f);
        }
        json.put("files", files);
        json.put("valid", valid);
        json.put("invalid", invalid);
        json.put("malformed", malformed);
        return json;
    }
}
