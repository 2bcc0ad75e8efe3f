package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equicert.api.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code equicert examples} ends with the facts of the whole run (issue 12, item 6): the sum of
 * every section's {@code facts:} line, and exactly as many cited lines as counted facts. Runs the
 * whole command in-process (about 25 s). Before every section used {@link Facts}, the run printed
 * 190 cited facts and 84 facts without any citation (benchmarks/RESULTS.md).
 */
class ExamplesFactsTest {

    private static final Pattern FACTS = Pattern.compile("\\s*facts: (\\d+) certified, (\\d+) not certified");
    private static final String[] MARKERS = {Citation.CERTIFIED_MARK, Citation.DERIVED_MARK, Citation.NOT_CERTIFIED_MARK, Citation.REJECTED_MARK};

    @Test
    void theRunEndsWithTheTotalOfItsSections(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("examples", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("facts: 161 certified, 142 not certified", lines.get(lines.size() - 1), r.out());
        int certified = 0;
        int notCertified = 0;
        int sections = 0;
        int citedCertified = 0;
        int citedNot = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = FACTS.matcher(line);
            if (m.matches()) {
                certified += Integer.parseInt(m.group(1));
                notCertified += Integer.parseInt(m.group(2));
                sections++;
                continue;
            }
            int markers = 0;
            for (String marker : MARKERS) {
                markers += line.split(java.util.regex.Pattern.quote(marker), -1).length - 1;
            }
            assertTrue(markers <= 1, "one citation per fact line: " + line);
            if (line.contains(Citation.CERTIFIED_MARK) || line.contains(Citation.DERIVED_MARK)) {
                citedCertified++;
            } else if (markers == 1) {
                citedNot++;
            }
        }
        // 5 certify profiles, nash, 2 dynamics chains, the partygoers' symmetry, the robots' note, 8 symmetric reports, 10 oracle games
        assertEquals(28, sections, r.out());
        assertEquals(161, certified);
        assertEquals(142, notCertified);
        assertEquals(certified, citedCertified, "every certified fact is printed with its citation");
        assertEquals(notCertified, citedNot, "every other fact is printed with its reason");
        assertTrue(r.out().contains("all examples certified"), r.out());
    }
}
