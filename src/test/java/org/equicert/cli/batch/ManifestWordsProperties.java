package org.equicert.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.input.InputFileException;

class ManifestWordsProperties {

    @Provide
    Arbitrary<List<String>> words() {
        // biased to the characters the splitter treats specially
        Arbitrary<String> word = Arbitraries.strings().withChars("ab;,#\"'\\ -=\t").withCharRange('a', 'c').ofMinLength(0).ofMaxLength(6);
        return word.list().ofMaxSize(5);
    }

    /** Quotes a word for the splitter: single quotes, each inner single quote as '\''. */
    private static String quote(String w) {
        return "'" + w.replace("'", "'\\''") + "'";
    }

    @Property
    void singleQuotedWordsComeBackUnchanged(@ForAll("words") List<String> words) {
        String line = String.join(" ", words.stream().map(ManifestWordsProperties::quote).toList());
        List<String> back = ManifestWords.split("m", 1, line).stream().map(ManifestWords.Word::text).toList();
        assertEquals(words, back);
    }

    @Property
    void plainWordsKeepTheirColumns(@ForAll("words") List<String> words) {
        Assume.that(words.stream().allMatch(w -> w.matches("[abc;,=-]+")));
        StringBuilder line = new StringBuilder("  ");
        int[] columns = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            columns[i] = line.length() + 1;
            line.append(words.get(i)).append("   ");
        }
        List<ManifestWords.Word> split = ManifestWords.split("m", 1, line.toString());
        assertEquals(words, split.stream().map(ManifestWords.Word::text).toList());
        for (int i = 0; i < words.size(); i++) {
            assertEquals(columns[i], split.get(i).column());
        }
    }

    @Example
    void commentsEndTheLineOnlyAtAWordStart() {
        assertEquals(List.of("a#b", "c"), ManifestWords.split("m", 1, "a#b c # d e").stream().map(ManifestWords.Word::text).toList());
        assertEquals(List.of(), ManifestWords.split("m", 1, "   # only a comment"));
        assertEquals(List.of("x y", "z\"w"), ManifestWords.split("m", 1, "\"x y\" \"z\\\"w\"").stream().map(ManifestWords.Word::text).toList());
    }

    @Example
    void unterminatedQuoteIsLocatedAtItsOpening() {
        InputFileException e = assertThrows(InputFileException.class, () -> ManifestWords.split("list.txt", 3, "g.nfg --profile \"1,0"));
        assertEquals(3, e.line());
        assertEquals(17, e.column());
    }
}
