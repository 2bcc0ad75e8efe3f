package org.equicert.api;

/**
 * Where a long job reports what it is doing ("solving: 512 support profiles…"), for a progress line
 * on standard error or a log. Calls come from the job's thread.
 */
@FunctionalInterface
public interface Progress {

    /** Ignores every message. */
    Progress SILENT = message -> { };

    /** Reports one message (one line, no trailing newline). */
    void report(String message);
}
