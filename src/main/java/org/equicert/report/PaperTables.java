package org.equicert.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.equicert.game.GamutGenerator;
import org.equicert.input.InputFileException;
import org.equicert.number.Rational;

/**
 * The values of Tables 3-7 of Emmons et al. (ICML 2022, App. F) as printed in the seed's text
 * extraction, read strictly from {@code seed001-tables.csv} (a resource next to this class).
 *
 * <p>Format: {@code #} comment lines, then the header
 * {@code table,class,players,actions,paper,status,seed_line}, then one line per cell of Tables 3-7
 * for RandomGame and CoordinationGame (the two classes the paper reports; 5 × 2 × 16 = 160 cells,
 * each exactly once), and one line per printed value whose cell the extraction lost
 * ({@code *,*,*} in place of class, players and actions). The value is quoted as printed
 * ({@code 0}, {@code 0.36}, {@code 1.00}) and lies in [0, 1]; {@code seed_line} is the 1-based line
 * of the seed text that holds it. Any other line is refused with {@code source:line:column}.
 * Immutable; parsing is O(lines).
 *
 * @param cells the 160 cells, in file order
 * @param unplaced the printed values without a recoverable cell, in file order
 */
public record PaperTables(List<Cell> cells, List<Unplaced> unplaced) {

    /** The header line. */
    public static final String HEADER = "table,class,players,actions,paper,status,seed_line";

    /** The tables the paper prints for the sweep. */
    public static final List<Integer> TABLES = List.of(3, 4, 5, 6, 7);

    /** The classes the paper reports (it omits CollaborationGame as nearly identical to CoordinationGame). */
    public static final List<GamutGenerator.GameClass> CLASSES = List.of(GamutGenerator.GameClass.RANDOM, GamutGenerator.GameClass.COORDINATION);

    /** Smallest and largest number of players and of actions in the paper's tables. */
    public static final int MIN_SIZE = 2;
    /** See {@link #MIN_SIZE}. */
    public static final int MAX_SIZE = 5;

    private static final String RESOURCE = "seed001-tables.csv";
    private static final Pattern PRINTED = Pattern.compile("0|1|[01]\\.[0-9][0-9]");

    /** How a cell's value was read from the extraction. */
    public enum Status {
        /** The value and its cell read from the layout. */
        PRINTED,
        /** The value printed; its cell inferred (stated in the file's comments). */
        INFERRED,
        /** The value is missing from the extraction. */
        LOST;

        /** The word used in the file ({@code printed}, {@code inferred}, {@code lost}). */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One cell of a table.
     *
     * @param table 3 to 7
     * @param gameClass RandomGame (the paper's part a) or CoordinationGame (part b)
     * @param players N, 2 to 5
     * @param actions A, 2 to 5
     * @param printed the value exactly as printed; empty when lost
     * @param status how it was read
     * @param seedLine the seed text's line holding the value; empty when lost
     */
    public record Cell(int table, GamutGenerator.GameClass gameClass, int players, int actions, Optional<String> printed, Status status,
            OptionalInt seedLine) {

        /** Checks for nulls and that a value is present exactly when the cell is not lost. */
        public Cell {
            Objects.requireNonNull(gameClass, "gameClass");
            Objects.requireNonNull(printed, "printed");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(seedLine, "seedLine");
            if (printed.isPresent() == (status == Status.LOST) || printed.isPresent() != seedLine.isPresent()) {
                throw new IllegalArgumentException("a cell has a printed value and seed line exactly when it is not lost, got " + printed
                        + ", " + status + ", " + seedLine);
            }
        }

        /** The printed value as an exact rational (0.36 is 9/25); empty when lost. */
        public Optional<Rational> value() {
            return printed.map(Rational::parse);
        }
    }

    /**
     * A printed value whose cell the extraction lost.
     *
     * @param table 3 to 7
     * @param printed the value exactly as printed
     * @param seedLine the seed text's line holding it
     */
    public record Unplaced(int table, String printed, int seedLine) {

        /** Checks for null. */
        public Unplaced {
            Objects.requireNonNull(printed, "printed");
        }
    }

    /** Copies the lists. */
    public PaperTables {
        cells = List.copyOf(cells);
        unplaced = List.copyOf(unplaced);
    }

    /** The cell of a table, class and size, if the paper has it. O(cells). */
    public Optional<Cell> cell(int table, GamutGenerator.GameClass c, int players, int actions) {
        return cells.stream().filter(x -> x.table() == table && x.gameClass() == c && x.players() == players && x.actions() == actions)
                .findFirst();
    }

    /** The printed values of a table whose cells were lost, in file order. */
    public List<Unplaced> unplaced(int table) {
        return unplaced.stream().filter(u -> u.table() == table).toList();
    }

    /** The values shipped with equicert ({@code org/equicert/report/seed001-tables.csv}). */
    public static PaperTables load() {
        try (InputStream in = PaperTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the class path");
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the format above.
     *
     * @param source the file name used in error messages
     * @throws InputFileException {@code source:line:column: what is wrong} at the first bad field
     */
    public static PaperTables parse(String source, String text) {
        List<Cell> cells = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        boolean header = false;
        for (int i = 0; i < count; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (!header && line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new InputFileException(source, lineNo, 1, "expected the header '" + HEADER + "', got '" + line + "'");
                }
                header = true;
                continue;
            }
            String[] f = line.split(",", -1);
            int[] col = new int[f.length];
            for (int k = 1; k < f.length; k++) {
                col[k] = col[k - 1] + f[k - 1].length() + 1;
            }
            if (f.length != 7) {
                throw new InputFileException(source, lineNo, 1, "expected 7 comma-separated fields (" + HEADER + "), got " + f.length);
            }
            int table = integer(source, lineNo, col[0] + 1, f[0], "table", 3, 7);
            if (f[5].equals("unplaced")) {
                for (int k = 1; k <= 3; k++) {
                    if (!f[k].equals("*")) {
                        throw new InputFileException(source, lineNo, col[k] + 1, "an unplaced value has '*' for class, players and actions, got '"
                                + f[k] + "'");
                    }
                }
                String printed = printed(source, lineNo, col[4] + 1, f[4]);
                unplaced.add(new Unplaced(table, printed, integer(source, lineNo, col[6] + 1, f[6], "seed_line", 1, Integer.MAX_VALUE)));
                continue;
            }
            GamutGenerator.GameClass c = CLASSES.stream().filter(x -> x.gamutName().equals(f[1])).findFirst()
                    .orElseThrow(() -> new InputFileException(source, lineNo, col[1] + 1,
                            "expected class RandomGame or CoordinationGame (or '*' for an unplaced value), got '" + f[1] + "'"));
            int players = integer(source, lineNo, col[2] + 1, f[2], "players", MIN_SIZE, MAX_SIZE);
            int actions = integer(source, lineNo, col[3] + 1, f[3], "actions", MIN_SIZE, MAX_SIZE);
            Status status = switch (f[5]) {
                case "printed" -> Status.PRINTED;
                case "inferred" -> Status.INFERRED;
                case "lost" -> Status.LOST;
                default -> throw new InputFileException(source, lineNo, col[5] + 1,
                        "expected status printed, inferred, lost or unplaced, got '" + f[5] + "'");
            };
            Optional<String> printed = Optional.empty();
            OptionalInt seedLine = OptionalInt.empty();
            if (status == Status.LOST) {
                for (int k : new int[] {4, 6}) {
                    if (!f[k].isEmpty()) {
                        throw new InputFileException(source, lineNo, col[k] + 1, "a lost cell has an empty value and seed_line, got '" + f[k] + "'");
                    }
                }
            } else {
                printed = Optional.of(printed(source, lineNo, col[4] + 1, f[4]));
                seedLine = OptionalInt.of(integer(source, lineNo, col[6] + 1, f[6], "seed_line", 1, Integer.MAX_VALUE));
            }
            String key = table + "," + c.gamutName() + "," + players + "," + actions;
            if (!seen.add(key)) {
                throw new InputFileException(source, lineNo, 1, "cell " + key + " appears twice; keep one line per cell");
            }
            cells.add(new Cell(table, c, players, actions, printed, status, seedLine));
        }
        if (!header) {
            throw new InputFileException(source, count + 1, 1, "missing the header '" + HEADER + "'");
        }
        for (int t : TABLES) {
            for (GamutGenerator.GameClass c : CLASSES) {
                for (int n = MIN_SIZE; n <= MAX_SIZE; n++) {
                    for (int a = MIN_SIZE; a <= MAX_SIZE; a++) {
                        String key = t + "," + c.gamutName() + "," + n + "," + a;
                        if (!seen.contains(key)) {
                            throw new InputFileException(source, count + 1, 1, "cell " + key + " is missing; add it (status lost if the paper's value is)");
                        }
                    }
                }
            }
        }
        return new PaperTables(cells, unplaced);
    }

    private static int integer(String source, int line, int column, String text, String what, int lo, int hi) {
        if (!text.matches("[0-9]{1,10}")) {
            throw new InputFileException(source, line, column, "expected " + what + " as a whole number, got '" + text + "'");
        }
        long v = Long.parseLong(text);
        if (v < lo || v > hi) {
            throw new InputFileException(source, line, column, "expected " + what + " in " + lo + ".." + hi + ", got " + text);
        }
        return (int) v;
    }

    private static String printed(String source, int line, int column, String text) {
        if (!PRINTED.matcher(text).matches()) {
            throw new InputFileException(source, line, column, "expected the paper's value as printed (0, 1 or d.dd), got '" + text + "'");
        }
        if (Rational.parse(text).compareTo(Rational.ONE) > 0) {
            throw new InputFileException(source, line, column, "a proportion is at most 1, got " + text);
        }
        return text;
    }
}
