package org.equicert.game.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class JsonGameFormatTest {

    private static final String GAME = "{\n  \"format\": \"equicert-game\", \"version\": 1, \"title\": \"c\",\n"
            + "  \"players\": [ {\"name\": \"1\", \"actions\": [\"high\", \"low\"]}, {\"name\": \"2\", \"actions\": [\"high\", \"low\"]} ],\n"
            + "  \"payoffs\": [ [\"10\", 0, 0, \"5\"], [10, \"0\", \"0\", 5.0] ]\n}\n";

    @Test
    void readsTheDocumentedFormatExactly() {
        NormalFormGame g = JsonGameFormat.parse("g.json", GAME);
        assertEquals(Rational.of(10), g.payoff(0, new int[] {0, 0}));
        assertEquals(Rational.of(5), g.payoff(1, new int[] {1, 1}));
        assertTrue(g.isCommonPayoff());
        assertEquals("low", g.actions().get(1).get(1));
    }

    @Test
    void errorsPointAtTheOffendingValue() {
        InputFileException e = assertThrows(InputFileException.class,
                () -> JsonGameFormat.parse("g.json", GAME.replace("[10, \"0\", \"0\", 5.0]", "[10, \"0\", \"zero\", 5.0]")));
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("bad number \"zero\""), e.problem());
        e = assertThrows(InputFileException.class, () -> JsonGameFormat.parse("g.json", GAME.replace(", \"5\"]", "]")));
        assertTrue(e.problem().contains("array of 4 numbers"), e.problem());
        e = assertThrows(InputFileException.class, () -> JsonGameFormat.parse("g.json", "{ \"players\": [ }"));
        assertEquals(1, e.line());
        e = assertThrows(InputFileException.class, () -> JsonGameFormat.parse("g.json", GAME.substring(0, 80)));
        assertTrue(e.line() >= 1);
    }
}
