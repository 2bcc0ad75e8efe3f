package org.equicert.api;

import java.util.Objects;

/**
 * The statement that a list of equilibria is complete, in words, and what backs it: the
 * {@code nash-set} certificate for two players, otherwise the reason there is none.
 *
 * @param statement the statement, e.g. "every support profile was decided (exhaustive enumeration)"
 * @param citation its certificate or the reason it is not certified
 */
public record Completeness(String statement, Citation citation) {

    /** Requires both parts. */
    public Completeness {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(citation, "citation");
    }
}
