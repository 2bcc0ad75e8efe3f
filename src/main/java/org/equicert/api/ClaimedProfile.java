package org.equicert.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.equicert.number.Rational;

/**
 * One profile claimed by another solver, read exactly, and where it came from.
 *
 * @param where its source, e.g. {@code claims.txt:3} (file and line), for the report
 * @param profile per player, the exact probability of each action (not necessarily a probability
 *     distribution: a rounded claim may sum to 0.999999)
 */
public record ClaimedProfile(String where, List<List<Rational>> profile) {

    /** Deep copy of the profile. */
    public ClaimedProfile {
        Objects.requireNonNull(where, "where");
        profile = profile.stream().map(List::copyOf).toList();
    }

    /** A claim from an array profile (copied). */
    public static ClaimedProfile of(String where, Rational[][] profile) {
        return new ClaimedProfile(where, Arrays.stream(profile).map(List::of).toList());
    }

    /** The profile as a fresh array. */
    public Rational[][] toArray() {
        return profile.stream().map(s -> s.toArray(new Rational[0])).toArray(Rational[][]::new);
    }
}
