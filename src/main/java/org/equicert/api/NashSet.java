package org.equicert.api;

import java.util.List;
import java.util.Optional;

/**
 * The Nash equilibria of a game as computed by {@link NashSets}: {@link BimatrixNashSet} for two
 * players (vertex enumeration, certified complete), {@link SupportNashSet} for more (support
 * enumeration).
 */
public sealed interface NashSet permits BimatrixNashSet, SupportNashSet {

    /** The equilibria known exactly (rational), each with its certificate, in the listed order. */
    List<NashEquilibrium> exactEquilibria();

    /** The statement that the list is complete and what backs it; empty when it is not known to be. */
    Optional<Completeness> completeness();
}
