package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.api.CertificateChecks;
import org.equicert.certificate.Verdict;

/**
 * The JSON of {@code equicert check --json} ({@link CertificateChecks#check}): per file its status
 * ({@code "valid"}, {@code "invalid"} or {@code "malformed"}), the claim in words with the
 * fingerprint and title of the game it is about, and the proof summary or the reason; then the
 * counts. The text output stays in the command. Cost: linear in the number of files.
 */
public final class CheckRenderer {

    private CheckRenderer() {
    }

    /**
     * The JSON tree of a check run.
     *
     * @param binding the game every certificate had to be about ({@code --game}/{@code --oracle}), if any
     * @param outcomes the files' outcomes, in order
     */
    public static Map<String, Object> json(Optional<CertificateChecks.Binding> binding, List<CertificateChecks.Outcome> outcomes) {
        Map<String, Object> json = new LinkedHashMap<>();
        binding.ifPresent(b -> json.put("binding", b.fingerprint()));
        List<Object> files = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        int malformed = 0;
        for (CertificateChecks.Outcome o : outcomes) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", o.file().toString());
            f.put("status", switch (o.status()) {
                case ACCEPTED -> "valid";
                case REJECTED -> "invalid";
                case MALFORMED -> "malformed";
            });
            switch (o.status()) {
                case ACCEPTED -> valid++;
                case REJECTED -> invalid++;
                case MALFORMED -> malformed++;
            }
            if (o.verdict().isEmpty()) {
                f.put("reason", o.unreadable().orElseThrow());
            } else {
                Verdict v = o.verdict().get();
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
