package org.equicert.api;

/**
 * The library's front door: the tool version and one entry point per job.
 *
 * <p>Each job takes a game (or a file) and options and returns an immutable result whose facts each
 * carry a {@link Citation}, with the {@link CheckedCertificate}s written in the run.
 */
public final class Equicert {

    /** The tool version written into and required of every certificate. */
    public static final String VERSION = "0.1.0";

    private Equicert() {
    }
}
