package org.equicert.cli.batch;

import java.util.List;

/** The single-game commands a batch can run. */
public final class BatchJobs {

    /** The jobs, in the order the help lists them. */
    public static final List<String> NAMES = List.of("nash", "certify", "compare", "symmetric", "dynamics");

    /** The job over generated games rather than game files: seed 001's sweep, one GAMUT game per task. */
    public static final String SWEEP = "sweep";

    /** Every job: the single-game commands, then {@link #SWEEP}. */
    public static final List<String> ALL = List.of("nash", "certify", "compare", "symmetric", "dynamics", SWEEP);

    /** Options the batch sets itself and a manifest line must not. */
    static final List<String> RESERVED = List.of("--out", "--json", "--help", "-h", "--version", "-V");

    /** Options whose value is a file, resolved against a manifest's directory. */
    static final List<String> FILE_OPTIONS = List.of("--claims");

    private BatchJobs() {
    }
}
