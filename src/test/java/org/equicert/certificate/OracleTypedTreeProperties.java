package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.number.Rational;

/**
 * The typed bound terms ({@link OracleTerm}) and branch-and-bound trees ({@link SpoTree}) of an
 * {@code oracle-spo} claim have exactly one text each: parse and print are inverse, and texts that
 * are not the print of a value are refused.
 */
class OracleTypedTreeProperties {

    private static final int[] OUTPUTS = {2, 3};

    @Provide
    Arbitrary<Rational> rationals() {
        Arbitrary<Long> edges = Arbitraries.of(0L, 1L, -1L, 2L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1);
        Arbitrary<Long> numerators = Arbitraries.oneOf(edges, Arbitraries.longs());
        Arbitrary<Long> denominators = Arbitraries.oneOf(Arbitraries.of(1L, 2L, 3L, Long.MAX_VALUE), Arbitraries.longs().between(1, 1_000_000));
        return Combinators.combine(numerators, denominators).as(Rational::of);
    }

    @Provide
    Arbitrary<OracleTerm> terms() {
        return term(4);
    }

    private Arbitrary<OracleTerm> term(int depth) {
        Arbitrary<OracleTerm> leaf = Arbitraries.oneOf(rationals().map(OracleTerm.Num::new),
                Arbitraries.integers().between(0, 1).flatMap(p -> Arbitraries.integers().between(0, OUTPUTS[p] - 1)
                        .map(o -> (OracleTerm) new OracleTerm.Var(p, o))));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<OracleTerm> sub = Arbitraries.lazy(() -> term(depth - 1));
        Arbitrary<OracleTerm> add = Combinators.combine(sub, sub).as(OracleTerm.Add::new);
        Arbitrary<OracleTerm> scale = Combinators.combine(rationals(), sub).as(OracleTerm.Scale::new);
        Arbitrary<OracleTerm.Condition> condition = Combinators.combine(Arbitraries.of(OracleTerm.Comparison.class), sub, sub)
                .as((c, a, b) -> new OracleTerm.Condition(c, a, c.signTest() ? new OracleTerm.Num(Rational.ZERO) : b));
        Arbitrary<OracleTerm> ite = Combinators.combine(condition, sub, sub).as(OracleTerm.Ite::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(2, add),
                net.jqwik.api.Tuple.of(2, scale), net.jqwik.api.Tuple.of(2, ite));
    }

    @Property(tries = 300)
    void aTermIsTheParseOfItsText(@ForAll("terms") OracleTerm t) {
        assertEquals(t, OracleTerm.parse(t.smtLib(), OUTPUTS));
        assertEquals(t.smtLib(), OracleTerm.parse(t.smtLib(), OUTPUTS).smtLib());
    }

    @Property(tries = 300)
    void aNumeralHasOneText(@ForAll("rationals") Rational r) {
        assertEquals(new OracleTerm.Num(r), OracleTerm.parse(r.toSmtLib(), OUTPUTS));
        if (!r.isZero()) {
            String doubled = r.signum() < 0
                    ? "(- (/ " + r.numerator().abs().shiftLeft(1) + ".0 " + r.denominator().shiftLeft(1) + ".0))"
                    : "(/ " + r.numerator().shiftLeft(1) + ".0 " + r.denominator().shiftLeft(1) + ".0)";
            assertTrue(OracleTerm.problem(doubled, OUTPUTS).orElseThrow().contains("is not in lowest terms"), doubled);
        }
    }

    @Example
    void nonCanonicalNumeralsAreRefused() {
        assertTrue(OracleTerm.problem("(- 0.0)", OUTPUTS).orElseThrow().contains("write 0.0"));
        assertTrue(OracleTerm.problem("(/ 3.0 1.0)", OUTPUTS).orElseThrow().contains("write 3.0"));
        assertTrue(OracleTerm.problem("(/ (- 3.0) 4.0)", OUTPUTS).isPresent());
        assertTrue(OracleTerm.problem("(/ 1.0 0.0)", OUTPUTS).orElseThrow().contains("divides by zero"));
        assertTrue(OracleTerm.problem("(> x_0_0 1.0)", OUTPUTS).isPresent(), "a condition is not a term");
        assertTrue(OracleTerm.problem("(ite (> x_0_0 1.0) 0.0 1.0)", OUTPUTS).orElseThrow().contains("expected ' 0.0)'"));
        assertEquals(java.util.Set.of(0, 1), OracleTerm.parse("(ite (<= x_1_2 x_0_0) 0.0 (* (- 1.0) x_1_0))", OUTPUTS).players());
    }

    @Example
    void aSignTestComparesWithZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OracleTerm.Condition(
                OracleTerm.Comparison.POSITIVE, new OracleTerm.Var(0, 0), new OracleTerm.Num(Rational.ONE)));
        assertTrue(e.getMessage().contains("got 1.0"), e.getMessage());
    }

    @Provide
    Arbitrary<SpoTree> trees() {
        return tree(6);
    }

    private Arbitrary<SpoTree> tree(int depth) {
        Arbitrary<SpoTree> leaf = Arbitraries.oneOf(Arbitraries.just(new SpoTree.NoGain()),
                Arbitraries.oneOf(Arbitraries.of(0, 1, 999_999), Arbitraries.integers().between(0, 999_999)).map(SpoTree.Worse::new));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<SpoTree> sub = Arbitraries.lazy(() -> tree(depth - 1));
        Arbitrary<SpoTree> split = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 5), sub, sub)
                .as((a, d, x, y) -> new SpoTree.Split(a, a + d, x, y));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, leaf), net.jqwik.api.Tuple.of(1, split));
    }

    @Property(tries = 300)
    void aTreeIsTheParseOfItsTokens(@ForAll("trees") SpoTree t) {
        assertEquals(t, SpoTree.parse(t.tokens()));
        List<String> longer = new java.util.ArrayList<>(t.tokens());
        longer.add("le");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpoTree.parse(longer)).getMessage().contains("unused entries"));
        List<String> shorter = t.tokens().subList(0, t.tokens().size() - 1);
        assertThrows(IllegalArgumentException.class, () -> SpoTree.parse(shorter));
    }

    @Example
    void treeTokensAreStrict() {
        for (String bad : List.of("split:01:2", "split:1:2:3", "split:+1:2", "lt:-1", "lt:1 ", "LE", "lt:1000000", "split:1:1")) {
            assertThrows(IllegalArgumentException.class, () -> SpoTree.parse(List.of(bad, "le", "le")), bad);
        }
        List<String> deep = new java.util.ArrayList<>();
        for (int i = 0; i <= SpoTree.MAX_DEPTH; i++) {
            deep.add("split:0:1");
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpoTree.parse(deep)).getMessage().contains("deeper than"));
    }
}
