package org.equicert.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random mutations of valid inputs for the fuzzers: truncate, splice, duplicate, flip bits, grow a
 * number, deepen nesting, insert a troublesome token; for certificates also the same confined to the
 * data line (line 8) and a change of the claim kind. Each mutation is O(n + k) for an input of n
 * bytes and an inserted piece of k bytes (k at most about 20,000).
 */
final class FuzzMutations {

    /** Every claim kind a certificate may name (the checker's list), for "change the kind". */
    static final List<String> KINDS = List.of("nash", "epsilon-nash", "regret", "detailed-balance-symbolic", "detailed-balance",
            "softmax-expectation", "theorem1", "symmetric-bound", "oracle-spo", "nash-set", "stationary-unique", "", "Nash", "null");

    private static final String[] TOKENS = {"\"", ",", ";", "\n", "/0", "-", "e", ".", "\u00e9", "\0", "NE,", "2 ", "\r\n", ":", "]", "}"};

    private FuzzMutations() {
    }

    /** One to three random mutations of {@code in} (never modified). */
    static byte[] mutate(byte[] in, SplittableRandom r) {
        byte[] b = in;
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            b = once(b, r, 0, b.length);
        }
        return b;
    }

    /**
     * One to three random mutations of a certificate: about half of them inside the data line (grow
     * a number, deepen the JSON nesting, change the kind, any other mutation confined to it), the
     * rest anywhere in the file.
     */
    static byte[] mutateCertificate(byte[] in, SplittableRandom r) {
        byte[] b = in;
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            int[] data = dataLine(b);
            if (data == null || r.nextInt(2) == 0) {
                b = once(b, r, 0, b.length);
                continue;
            }
            b = switch (r.nextInt(5)) {
                case 0 -> growNumber(b, r, data[0], data[1]);
                case 1 -> deepen(b, r, data[0] + r.nextInt(data[1] - data[0] + 1), true);
                case 2 -> changeKind(b, r);
                default -> once(b, r, data[0], data[1]);
            };
        }
        return b;
    }

    /** The [start, end) byte range of line 8's JSON (after "; data: "), or null if there is none. */
    static int[] dataLine(byte[] b) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < b.length && line < 8; i++) {
            if (b[i] == '\n') {
                line++;
                start = i + 1;
            }
        }
        if (line < 8) {
            return null;
        }
        int end = start;
        while (end < b.length && b[end] != '\n') {
            end++;
        }
        String prefix = "; data: ";
        if (end - start < prefix.length() || !new String(b, start, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix)) {
            return null;
        }
        return new int[] {start + prefix.length(), end};
    }

    /** Replaces the kind on the data line, on the "; kind:" line, or both, by another kind. */
    static byte[] changeKind(byte[] b, SplittableRandom r) {
        String text = new String(b, StandardCharsets.ISO_8859_1); // bytes preserved one to one
        String kind = KINDS.get(r.nextInt(KINDS.size()));
        int where = r.nextInt(3);
        if (where != 1) {
            text = text.replaceFirst("\"kind\":\"[^\"\n]*\"", "\"kind\":\"" + kind + "\"");
        }
        if (where != 0) {
            text = text.replaceFirst("\n; kind: [^\n]*", "\n; kind: " + kind);
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One mutation inside the byte range [from, to) of {@code b}. */
    private static byte[] once(byte[] b, SplittableRandom r, int from, int to) {
        int n = to - from;
        int at = from + (n == 0 ? 0 : r.nextInt(n + 1));
        switch (r.nextInt(7)) {
            case 0 -> { // truncate (the whole input) or cut a piece of the range out
                return from == 0 && to == b.length ? slice(b, 0, at) : cut(b, at, Math.min(to, at + r.nextInt(1, 60)));
            }
            case 1 -> { // splice a piece of the range elsewhere in it
                int src = n == 0 ? from : from + r.nextInt(n);
                return insert(b, at, slice(b, src, Math.min(to, src + r.nextInt(1, 40))));
            }
            case 2 -> { // duplicate a piece (for whole inputs: whole lines now and then)
                if (from == 0 && to == b.length && r.nextBoolean()) {
                    return duplicateLines(b, r);
                }
                return insert(b, at, slice(b, at, Math.min(to, at + r.nextInt(1, 200))));
            }
            case 3 -> { // flip bits
                byte[] out = b.clone();
                for (int j = 0; j < 1 + r.nextInt(4) && n > 0; j++) {
                    out[from + r.nextInt(n)] ^= (byte) (1 << r.nextInt(8));
                }
                return out;
            }
            case 4 -> {
                return growNumber(b, r, from, to);
            }
            case 5 -> {
                return deepen(b, r, at, false);
            }
            default -> {
                return insert(b, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Repeats one to three whole lines of {@code b}, one to four times, right after themselves. */
    private static byte[] duplicateLines(byte[] b, SplittableRandom r) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && i + 1 < b.length) {
                starts.add(i + 1);
            }
        }
        int first = r.nextInt(starts.size());
        int last = Math.min(starts.size(), first + r.nextInt(1, 4));
        int start = starts.get(first);
        int end = last < starts.size() ? starts.get(last) : b.length;
        byte[] lines = slice(b, start, end);
        byte[] out = b;
        for (int k = 0; k < r.nextInt(1, 5); k++) {
            out = insert(out, end, lines);
        }
        return out;
    }

    /** Inserts a run of openers (and sometimes the closers) at {@code at}; JSON-only if asked. */
    private static byte[] deepen(byte[] b, SplittableRandom r, int at, boolean json) {
        String open = json ? new String[] {"[", "{\"a\":", "[[", "{\"kind\":"}[r.nextInt(4)] : new String[] {"[", "{", "(", "{ "}[r.nextInt(4)];
        int depth = r.nextBoolean() ? r.nextInt(1, 10) : r.nextInt(150, 20_000);
        String close = open.startsWith("[[") ? "]]" : open.startsWith("[") ? "]" : open.startsWith("(") ? ")" : "}";
        String piece = open.repeat(depth) + (r.nextBoolean() ? "1" : "") + (r.nextBoolean() ? close.repeat(depth) : "");
        return insert(b, at, piece.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends digits, an exponent, a long denominator or a long fraction to a number in [from, to). */
    static byte[] growNumber(byte[] b, SplittableRandom r, int from, int to) {
        List<Integer> digits = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (b[i] >= '0' && b[i] <= '9') {
                digits.add(i);
            }
        }
        if (digits.isEmpty()) {
            return b;
        }
        int at = digits.get(r.nextInt(digits.size())) + 1;
        String grow = switch (r.nextInt(5)) {
            case 0 -> "9".repeat(r.nextBoolean() ? r.nextInt(1, 30) : r.nextInt(900, 5000));
            case 1 -> "e" + (r.nextBoolean() ? "-" : "") + (r.nextBoolean() ? r.nextInt(0, 2000) : "999999999999");
            case 2 -> "/" + "7".repeat(r.nextInt(1, 1500));
            case 3 -> "0".repeat(r.nextInt(1, 12)); // a power of ten: exponents, sizes, indices
            default -> "." + "0".repeat(r.nextInt(1, 1200)) + "1";
        };
        return insert(b, at, grow.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] slice(byte[] b, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        System.arraycopy(b, from, out, 0, out.length);
        return out;
    }

    private static byte[] cut(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }

    static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }
}
