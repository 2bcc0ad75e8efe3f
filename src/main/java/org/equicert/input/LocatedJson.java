package org.equicert.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers the line and column where it starts, so that input files can be
 * validated with messages that point at the offending value. Numbers keep their exact source
 * text (never converted to floating point).
 *
 * <p>Reference: the JSON grammar of RFC 8259, tokenised by Jackson's streaming parser and read
 * recursively into located values. Cost: O(length); nesting depth at most
 * {@link InputLimits#MAX_NESTING_DEPTH}.
 */
public final class LocatedJson {

    /** The kind of a JSON value. */
    public enum Kind {
        /** An object of named fields. */
        OBJECT,
        /** An array of items. */
        ARRAY,
        /** A string. */
        STRING,
        /** A number, kept as its text. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** The literal null. */
        NULL
    }

    private final Kind kind;
    private final String text;
    private final List<LocatedJson> items;
    private final Map<String, LocatedJson> fields;
    private final int line;
    private final int column;

    private LocatedJson(Kind kind, String text, List<LocatedJson> items, Map<String, LocatedJson> fields, int line, int column) {
        this.kind = kind;
        this.text = text;
        this.items = items;
        this.fields = fields;
        this.line = line;
        this.column = column;
    }

    /**
     * Parses a whole document.
     *
     * @throws JsonInputException with line and column if the text is not one valid JSON value
     */
    public static LocatedJson parse(String source, String content) {
        JsonFactory factory = JsonFactory.builder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH + 10)
                        .maxNumberLength(Integer.MAX_VALUE)
                        .build())
                .build();
        try (JsonParser p = factory.createParser(content)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonInputException(source, 1, 1, "empty document; expected a JSON value");
            }
            LocatedJson v = read(source, p, 1);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new JsonInputException(source, l.getLineNr(), l.getColumnNr(), "unexpected content after the JSON value");
            }
            return v;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            int line = l == null || l.getLineNr() < 1 ? 1 : l.getLineNr();
            int column = l == null || l.getColumnNr() < 1 ? 1 : l.getColumnNr();
            throw new JsonInputException(source, line, column, "invalid JSON: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new JsonInputException(source, 1, 1, e.getMessage());
        }
    }

    /**
     * Jackson's message without its internals: the first line, with "[Source: …; line: L, column: C]"
     * turned into "line L, column C".
     */
    static String plain(String message) {
        String first = message == null ? "malformed JSON" : message.split("\n", 2)[0];
        first = first.replaceAll("\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
        first = first.replaceAll("\\s*\\(from `StreamReadConstraints[^)]*\\)", "");
        first = first.replaceAll(",? from `StreamReadConstraints[^`]*`", "");
        return first.replace("Source: REDACTED", "").strip();
    }

    private static LocatedJson read(String source, JsonParser p, int depth) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        JsonToken t = p.currentToken();
        if (depth > InputLimits.MAX_NESTING_DEPTH && (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT)) {
            throw new JsonInputException(source, line, col, "JSON nested too deep: more than " + InputLimits.MAX_NESTING_DEPTH
                    + " levels of arrays and objects (limit on nesting depth)");
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, LocatedJson> map = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    if (map.containsKey(name)) {
                        throw new JsonInputException(source, kl.getLineNr(), kl.getColumnNr(), "duplicate key \"" + name + "\"");
                    }
                    p.nextToken();
                    map.put(name, read(source, p, depth + 1));
                }
                return new LocatedJson(Kind.OBJECT, null, null, Collections.unmodifiableMap(map), line, col);
            }
            case START_ARRAY: {
                List<LocatedJson> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(source, p, depth + 1));
                }
                return new LocatedJson(Kind.ARRAY, null, Collections.unmodifiableList(list), null, line, col);
            }
            case VALUE_STRING:
                return new LocatedJson(Kind.STRING, p.getText(), null, null, line, col);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new LocatedJson(Kind.NUMBER, p.getText(), null, null, line, col);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new LocatedJson(Kind.BOOLEAN, p.getText(), null, null, line, col);
            case VALUE_NULL:
                return new LocatedJson(Kind.NULL, "null", null, null, line, col);
            default:
                throw new JsonInputException(source, line, col, "unexpected token " + t);
        }
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /** 1-based line of the value's first character. */
    public int line() {
        return line;
    }

    /** 1-based column of the value's first character. */
    public int column() {
        return column;
    }

    /** {@return the source text of a string, number or boolean} */
    public String text() {
        return text;
    }

    /** {@return array items (empty for non-arrays)} */
    public List<LocatedJson> items() {
        return items == null ? List.of() : items;
    }

    /** Object fields in source order (empty for non-objects). */
    public Map<String, LocatedJson> fields() {
        return fields == null ? Map.of() : fields;
    }

    /** {@return the field with the given name, or null} */
    public LocatedJson get(String name) {
        return fields == null ? null : fields.get(name);
    }

    /** {@return an error located at this value} */
    public JsonInputException error(String source, String message) {
        return new JsonInputException(source, line, column, message);
    }
}
