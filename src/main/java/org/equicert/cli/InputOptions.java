package org.equicert.cli;

import org.equicert.input.InputLimits;
import picocli.CommandLine.Option;

/** The overridable input limits ({@link InputLimits}) as options of the commands that read games. */
final class InputOptions {

    /** Largest accepted --max-profiles: keeps a payoff table's index within an int. */
    static final long PROFILE_CEILING = 1_000_000_000L;

    @Option(names = "--max-profiles", paramLabel = "N",
            description = "read games with at most N pure profiles (default: ${DEFAULT-VALUE}); larger games take long and much memory")
    long maxProfiles = InputLimits.DEFAULT.maxProfiles();

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "read input files of at most BYTES bytes (default: ${DEFAULT-VALUE})")
    long maxFileBytes = InputLimits.DEFAULT.maxFileBytes();

    /**
     * The limits these options give.
     *
     * @throws UserException if a value is out of range
     */
    InputLimits limits() {
        if (maxProfiles < 1 || maxProfiles > PROFILE_CEILING) {
            throw new UserException("--max-profiles must be from 1 to " + PROFILE_CEILING + ", got " + maxProfiles);
        }
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new UserException("--max-file-size must be from 1 to " + (Integer.MAX_VALUE - 8) + " bytes, got " + maxFileBytes);
        }
        return InputLimits.DEFAULT.withMaxProfiles(maxProfiles).withMaxFileBytes(maxFileBytes);
    }
}
