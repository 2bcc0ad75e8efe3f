package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.number.Rational;

/**
 * The checker's reading of a large distribution ({@link StationaryClaim#parseDistribution}) equals
 * {@link Rational#parse} entry by entry: long fractions sharing or not sharing denominators, not
 * in lowest terms, negative, mixed with short fractions, integers and decimals.
 */
class StationaryDistributionParseProperties {

    @Property(tries = 25)
    void readsLikeRationalParse(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int entries) {
        Random r = new Random(seed);
        BigInteger[] denominators = {new BigInteger(9000, r).setBit(8999).multiply(BigInteger.valueOf(6)), new BigInteger(4000, r).setBit(3999),
            BigInteger.valueOf(7)};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            BigInteger d = denominators[r.nextInt(denominators.length)];
            BigInteger n = new BigInteger(Math.max(1, d.bitLength() + r.nextInt(20) - 10), r).add(BigInteger.ONE);
            if (r.nextInt(4) == 0) {
                n = n.multiply(BigInteger.valueOf(6));
            }
            String text = switch (r.nextInt(8)) {
                case 0 -> "0";
                case 1 -> "-3/4";
                case 2 -> "0.125";
                case 3 -> n.toString();
                default -> (r.nextBoolean() ? "-" : "") + n + "/" + d;
            };
            texts.add(text);
        }
        assertReadsLikeParse(texts);
    }

    @Example
    void digitStringsAroundTheLeafSize() {
        List<String> texts = new ArrayList<>();
        for (int digits : new int[] {999, 1000, 1001, 1024, 1025, 2049, 5000}) {
            String n = "9".repeat(digits);
            texts.add(n + "/" + "1" + "0".repeat(digits));
            texts.add("-" + "1" + "0".repeat(digits - 1) + "/" + "3".repeat(digits));
        }
        assertReadsLikeParse(texts);
    }

    @Example
    void malformedTextFailsAsRationalParseDoes() {
        String big = "1".repeat(1200);
        assertThrows(NumberFormatException.class, () -> StationaryClaim.parseDistribution(List.of(big + "/0")));
        assertThrows(NumberFormatException.class, () -> StationaryClaim.parseDistribution(List.of(big + "/x")));
        assertThrows(NumberFormatException.class, () -> StationaryClaim.parseDistribution(List.of(big + "/-" + big)));
    }

    private static void assertReadsLikeParse(List<String> texts) {
        Rational[] expected = texts.stream().map(Rational::parse).toArray(Rational[]::new);
        Rational[] read = StationaryClaim.parseDistribution(texts);
        assertArrayEquals(expected, read);
        for (int i = 0; i < read.length; i++) {
            assertEquals(expected[i].toString(), read[i].toString());
        }
    }
}
