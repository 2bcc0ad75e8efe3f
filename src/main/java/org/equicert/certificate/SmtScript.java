package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checker's structural rule for the SMT-LIB it runs: comments aside, the script is a sequence
 * of top-level commands drawn from {@code set-info, set-logic, declare-fun, declare-const,
 * define-fun, assert, check-sat, exit}; exactly one {@code check-sat}, followed by nothing but
 * {@code exit}; no {@code push}, {@code pop}, {@code reset}, options, strings or quoted symbols;
 * parentheses balanced. Every certificate equicert writes has this shape, so the rule costs
 * nothing for honest files and closes the tricks of a second {@code check-sat}, a scope that is
 * popped, or text smuggled into a term through claim data. Linear in the length of the text.
 */
final class SmtScript {

    private static final Set<String> ALLOWED = Set.of("set-info", "set-logic", "declare-fun", "declare-const", "define-fun",
            "assert", "check-sat", "exit");

    private SmtScript() {
    }

    /** What breaks the rule, or an empty list. */
    static List<String> violations(String text) {
        List<String> v = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        int depth = 0;
        int line = 1;
        StringBuilder head = null;
        boolean readingHead = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == ';') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '|' || c == '"') {
                v.add("line " + line + ": quoted symbols and strings are not part of an equicert certificate");
                return v;
            }
            if (readingHead) {
                if (Character.isWhitespace(c) || c == '(' || c == ')') {
                    readingHead = false;
                    commands.add(head.toString());
                } else {
                    head.append(c);
                    continue;
                }
            }
            if (c == '(') {
                if (depth == 0) {
                    head = new StringBuilder();
                    readingHead = true;
                }
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    v.add("line " + line + ": unbalanced ')'");
                    return v;
                }
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                v.add("line " + line + ": text outside any command");
                return v;
            }
        }
        if (depth != 0) {
            v.add("unbalanced parentheses at the end of the file");
            return v;
        }
        int checkSats = 0;
        for (int k = 0; k < commands.size(); k++) {
            String h = commands.get(k);
            if (!ALLOWED.contains(h)) {
                v.add("command (" + h + " …) is not allowed in a certificate");
            }
            if (h.equals("check-sat")) {
                checkSats++;
                for (int j = k + 1; j < commands.size(); j++) {
                    if (!commands.get(j).equals("exit") && !commands.get(j).equals("check-sat")) {
                        v.add("command (" + commands.get(j) + " …) after (check-sat)");
                    }
                }
            }
        }
        if (checkSats != 1) {
            v.add("the script has " + checkSats + " (check-sat) commands; exactly one is required");
        }
        return v;
    }
}
