package id.meritasn.shared.text;

import java.util.Map;

/**
 * Fills a text template: {name} takes the argument's value; {name, select, a {...} b {...} other {...}} picks the
 * branch named by the value (ICU's select, which translation files use too), whose text may hold {name} again.
 */
public final class Templates {

    private Templates() {}

    public static String render(String template, Map<String, String> args) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = closing(template, i);
            out.append(placeholder(template.substring(i + 1, end), args));
            i = end + 1;
        }
        return out.toString();
    }

    private static String placeholder(String body, Map<String, String> args) {
        int comma = body.indexOf(',');
        if (comma < 0) {
            String name = body.trim();
            return args.getOrDefault(name, "{" + name + "}");
        }
        String name = body.substring(0, comma).trim();
        String rest = body.substring(comma + 1).trim();
        if (!rest.startsWith("select,")) {
            throw new IllegalArgumentException("Only {name} and {name, select, ...} are supported: {" + body + "}");
        }
        String value = args.getOrDefault(name, "");
        String branches = rest.substring("select,".length());
        String other = null;
        int i = 0;
        while (i < branches.length()) {
            int open = branches.indexOf('{', i);
            if (open < 0) {
                break;
            }
            String key = branches.substring(i, open).trim();
            int close = closing(branches, open);
            String text = branches.substring(open + 1, close);
            if (key.equals(value)) {
                return render(text, args);
            }
            if (key.equals("other")) {
                other = text;
            }
            i = close + 1;
        }
        return other == null ? value : render(other, args);
    }

    /** The index of the brace closing the one at {@code open}. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced braces in a text template: " + text);
    }
}
