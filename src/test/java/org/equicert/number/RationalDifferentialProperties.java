package org.equicert.number;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential properties: every public operation of {@link Rational} against the plain BigInteger
 * {@link ReferenceRational}, on operands biased to the long fast path's boundaries (about 70
 * checked operations per try; over 5·10^4 per run).
 */
class RationalDifferentialProperties {

    private static final AtomicLong OPERATIONS = new AtomicLong();

    @Provide
    Arbitrary<DifferentialOperands.Operand> operands() {
        return DifferentialOperands.operands();
    }

    @Provide
    Arbitrary<DifferentialOperands.Operand> longSized() {
        return DifferentialOperands.longSizedOperands();
    }

    @Provide
    Arbitrary<DifferentialOperands.Operand> bigSized() {
        return DifferentialOperands.bigSizedOperands();
    }

    @Provide
    Arbitrary<Long> longs() {
        return DifferentialOperands.longSizedIntegers().map(BigInteger::longValue);
    }

    private static void run(DifferentialOperands.Operand x, DifferentialOperands.Operand y, long n) {
        RationalDifferential.Tally t = new RationalDifferential.Tally();
        RationalDifferential.all(t, x, y, n);
        OPERATIONS.addAndGet(t.operations());
        t.assertNone();
    }

    @Property(tries = 300)
    void everyOperationAgreesWithTheReference(@ForAll("operands") DifferentialOperands.Operand x,
            @ForAll("operands") DifferentialOperands.Operand y, @ForAll("longs") long n) {
        run(x, y, n);
    }

    @Provide
    Arbitrary<DifferentialOperands.Operand[]> pairs() {
        return DifferentialOperands.pairs();
    }

    @Property(tries = 200)
    void operandsWhoseSumOrProductHitsALongBoundaryAgreeWithTheReference(@ForAll("pairs") DifferentialOperands.Operand[] pair,
            @ForAll("longs") long n) {
        run(pair[0], pair[1], n);
    }

    @Property(tries = 200)
    void longSizedOperandsAgreeWithTheReference(@ForAll("longSized") DifferentialOperands.Operand x,
            @ForAll("longSized") DifferentialOperands.Operand y, @ForAll("longs") long n) {
        run(x, y, n);
    }

    @Property(tries = 200)
    void mixedLongAndBigOperandsAgreeWithTheReference(@ForAll("longSized") DifferentialOperands.Operand x,
            @ForAll("bigSized") DifferentialOperands.Operand y, @ForAll("longs") long n) {
        run(x, y, n);
        run(y, x, n);
    }

    @AfterContainer
    static void reportCount() {
        System.out.println("RationalDifferentialProperties: " + OPERATIONS.get() + " operations checked");
    }
}
