package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.report.NashSetRenderer;
import org.equicert.report.Rendered;
import org.junit.jupiter.api.Test;

/**
 * {@link NashOptions#withSearchLimit}: the support enumeration of more than two players stops
 * starting profiles at the limit and lists every profile it did not examine, so a timed-out run says
 * exactly what it left out instead of losing it.
 */
class NashSearchLimitTest {

    private static final NormalFormGame G2X2X2 = GameFiles.read(Path.of("../shared/corpus/gambit/contrib/games/2x2x2.nfg"));
    private static final String REASON = "not examined: the time limit of 0 s ran out after 0 of 27 support profiles";

    @Test
    void aZeroLimitExaminesNothingAndListsAllTwentySevenProfiles() {
        SupportNashSet set = (SupportNashSet) NashSets.solve(G2X2X2, NashOptions.defaults().withSearchLimit(Duration.ZERO)).set();
        assertTrue(set.isolated().isEmpty() && set.continua().isEmpty());
        assertFalse(set.complete());
        assertEquals(27, set.unresolved().size());
        assertTrue(set.unresolved().stream().allMatch(u -> u.reason().equals(REASON)), set.unresolved().get(0).reason());
        assertTrue(REASON.startsWith(NashSets.NOT_EXAMINED));
        assertEquals(27, set.unresolved().stream().map(u -> u.supports().toString()).distinct().count());
    }

    @Test
    void theTextListsTwentyProfilesAndCountsTheRestWhileTheJsonListsAll() {
        Rendered r = NashSetRenderer.render(NashSets.solve(G2X2X2, NashOptions.defaults().withSearchLimit(Duration.ZERO)));
        String text = String.join("\n", r.lines());
        assertTrue(text.contains("NOT EXAMINED: 27 support profiles (the time limit of 0 s ran out after 0 of 27 support profiles);"
                + " the list above may miss equilibria there:"), text);
        assertEquals(20, r.lines().stream().filter(l -> l.startsWith("    supports {")).count(), text);
        assertTrue(text.contains("    … and 7 more (every one in --json, under \"unresolved\")"), text);
        assertFalse(text.contains("UNRESOLVED"), text);
        List<?> unresolved = (List<?>) ((Map<?, ?>) r.json()).get("unresolved");
        assertEquals(27, unresolved.size());
        assertEquals(REASON, ((Map<?, ?>) unresolved.get(26)).get("reason"));
        assertEquals(false, ((Map<?, ?>) r.json()).get("complete"));
    }

    @Test
    void aLimitThatIsNotReachedChangesNothing() {
        SupportNashSet unlimited = (SupportNashSet) NashSets.solve(G2X2X2, NashOptions.defaults()).set();
        SupportNashSet limited = (SupportNashSet) NashSets.solve(G2X2X2, NashOptions.defaults().withSearchLimit(Duration.ofDays(365_000_000L))).set();
        assertTrue(limited.complete() && limited.unresolved().isEmpty());
        assertEquals(unlimited.isolated().size(), limited.isolated().size());
        assertEquals(String.join("\n", NashSetRenderer.render(NashSets.solve(G2X2X2, NashOptions.defaults())).lines()),
                String.join("\n", NashSetRenderer.render(NashSets.solve(G2X2X2, NashOptions.defaults().withSearchLimit(Duration.ofHours(1)))).lines()));
    }

    @Test
    void aNegativeLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NashOptions.defaults().withSearchLimit(Duration.ofSeconds(-1)));
        assertTrue(e.getMessage().contains("PT-1S"), e.getMessage());
    }
}
