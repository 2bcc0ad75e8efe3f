package org.equicert.certificate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The prefix-order string form of {@link SpoTree}. */
final class SpoTreeTokens {

    private static final String INDEX = "(0|[1-9][0-9]{0,5})";
    private static final Pattern SPLIT = Pattern.compile("split:" + INDEX + ":" + INDEX);
    private static final Pattern WORSE = Pattern.compile("lt:" + INDEX);

    private final List<String> tokens;
    private int pos;

    private SpoTreeTokens(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    static void write(SpoTree tree, List<String> out) {
        if (tree instanceof SpoTree.Split s) {
            out.add("split:" + s.first() + ":" + s.second());
            write(s.firstHalf(), out);
            write(s.secondHalf(), out);
        } else if (tree instanceof SpoTree.Worse w) {
            out.add("lt:" + w.member());
        } else {
            out.add("le");
        }
    }

    static SpoTree read(List<String> tokens) {
        SpoTreeTokens r = new SpoTreeTokens(tokens);
        SpoTree tree = r.node(0);
        if (r.pos != r.tokens.size()) {
            throw new IllegalArgumentException("tree has unused entries (" + (r.tokens.size() - r.pos) + " after the last leaf)");
        }
        return tree;
    }

    private SpoTree node(int depth) {
        if (depth > SpoTree.MAX_DEPTH) {
            throw new IllegalArgumentException("tree nested deeper than " + SpoTree.MAX_DEPTH);
        }
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("tree ended early");
        }
        String token = tokens.get(pos++);
        if (token.equals("le")) {
            return new SpoTree.NoGain();
        }
        Matcher worse = WORSE.matcher(token);
        if (worse.matches()) {
            return new SpoTree.Worse(Integer.parseInt(worse.group(1)));
        }
        Matcher split = SPLIT.matcher(token);
        if (split.matches()) {
            int a = Integer.parseInt(split.group(1));
            int b = Integer.parseInt(split.group(2));
            if (a == b) {
                throw new IllegalArgumentException("bad split " + token);
            }
            SpoTree first = node(depth + 1);
            return new SpoTree.Split(a, b, first, node(depth + 1));
        }
        throw new IllegalArgumentException("unknown tree entry '" + token + "'");
    }
}
