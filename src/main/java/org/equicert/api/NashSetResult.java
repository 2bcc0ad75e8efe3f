package org.equicert.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.game.NormalFormGame;

/**
 * The result of {@link NashSets#solve}: the game, its Nash equilibria with a citation per stated
 * fact, and the certificates checked and written in the run. Immutable.
 *
 * @param game the game solved
 * @param set its equilibria: {@link BimatrixNashSet} (two players) or {@link SupportNashSet}
 * @param certificates the certificates the checker accepted and that were written, in order
 * @param allChecked false when the checker rejected a claim of this run
 * @param certificatesRequested whether certificates were requested
 */
public record NashSetResult(NormalFormGame game, NashSet set, List<CheckedCertificate> certificates, boolean allChecked,
        boolean certificatesRequested) {

    /** Copies the certificate list. */
    public NashSetResult {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(set, "set");
        certificates = List.copyOf(certificates);
    }

    /** The equilibria known exactly, each with its certificate; see {@link NashSet#exactEquilibria()}. */
    public List<NashEquilibrium> exactEquilibria() {
        return set.exactEquilibria();
    }

    /** The completeness statement and its citation; see {@link NashSet#completeness()}. */
    public Optional<Completeness> completeness() {
        return set.completeness();
    }
}
