package org.equicert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.equicert.api.Citation;
import org.equicert.api.NashOptions;
import org.equicert.api.NashSetResult;
import org.equicert.api.NashSets;
import org.equicert.api.SupportNashSet;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three 2×2×3 games of the issue-16 campaign whose fully mixed support profile holds a curve of
 * equilibria without a rational point (seeds 53, 122, 143 of {@code SupportBruteForceProperties}):
 * through the API, each such continuum has an exact witness in Q(θ) certified by an
 * {@code algebraic-nash} certificate, the set is complete, the text shows the closed forms and
 * decimals, the JSON validates against the nash schema, and no equilibrium is called isolated that
 * could lie in the closure of such a continuum.
 */
class AlgebraicContinuumTest {

    private static final Path GAMES = Path.of("src/test/resources/org/equicert/nash");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "53|1|1/2 - (1/10)√5;1/6",
        "122|1|-9/10 + (1/10)√161;1/5",
        "143|2|13/4 - (1/4)√97;3/5",
    })
    void theCurveWithoutRationalPointsHasACertifiedAlgebraicWitness(int seed, int algebraic, String expected, @TempDir Path dir) {
        NormalFormGame g = GameFiles.read(GAMES.resolve("irrational-continuum-" + seed + ".nfg"));
        NashSetResult result = NashSets.solve(g, NashOptions.defaults().withCertificates(dir).withBaseName("seed" + seed));
        SupportNashSet set = (SupportNashSet) result.set();
        assertTrue(set.complete(), "unresolved: " + set.unresolved());
        List<SupportNashSet.Continuum> curves = set.continua().stream().filter(c -> c.algebraicWitness().isPresent()).toList();
        assertEquals(algebraic, curves.size(), "continua with an algebraic witness");
        for (SupportNashSet.Continuum c : curves) {
            assertEquals(1, c.dimension());
            assertEquals(List.of(List.of(0, 1), List.of(0, 1), List.of(0, 1, 2)), c.supports());
            SupportNashSet.AlgebraicWitness w = c.algebraicWitness().orElseThrow();
            assertEquals(Citation.Status.CERTIFIED, w.citation().status(), w.citation().toString());
            assertTrue(w.citation().certificate().orElseThrow().endsWith(".smt2"));
        }
        assertEquals(set.continua().size(), set.continua().stream().map(c -> c.witness().isPresent()
                ? c.witness().get().citation().certificate().orElseThrow() : c.algebraicWitness().get().citation().certificate().orElseThrow())
                .distinct().count(), "one certificate file per continuum");
        String[] want = expected.split(";");
        SupportNashSet.AlgebraicWitness first = curves.get(0).algebraicWitness().orElseThrow();
        if (seed == 143) {
            assertEquals(want[0], first.probabilities().get(1).get(0).toString());
            assertEquals(want[1], first.probabilities().get(2).get(0).toString());
        } else {
            assertEquals(want[0], first.probabilities().get(1).get(0).toString());
            assertEquals(want[1], first.probabilities().get(2).get(1).toString());
        }
        assertTrue(result.allChecked());

        Rendered r = NashSetRenderer.render(result);
        String text = String.join("\n", r.lines());
        assertTrue(text.contains("no rational point; e.g. the algebraic point ") && text.contains(want[0]), text);
        assertTrue(text.contains("           ≈ 0."), text);
        assertFalse(text.contains("UNRESOLVED") || text.contains("INCOMPLETE"), text);
        JsonSchemaTest.assertValid("nash", r);
        String json = JsonText.render(r.json());
        assertTrue(json.contains("\"closedForm\" : \"" + want[0] + "\""), json);

        // no equilibrium is called isolated whose supports lie within an algebraic continuum's
        for (SupportNashSet.Component comp : set.components()) {
            if (comp.isIsolatedEquilibrium()) {
                List<List<Integer>> s = set.isolated().get(comp.isolated().get(0)).supports();
                for (SupportNashSet.Continuum c : curves) {
                    boolean inside = true;
                    for (int i = 0; i < s.size(); i++) {
                        inside &= c.supports().get(i).containsAll(s.get(i));
                    }
                    assertFalse(inside, "equilibrium with supports " + s + " called isolated next to " + c.description());
                }
            }
        }
    }
}
