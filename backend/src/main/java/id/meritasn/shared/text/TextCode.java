package id.meritasn.shared.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One kind of server text, implemented by an enum per feature: its code is the feature's prefix and the constant's
 * name; {@link #english()} is its English template with {name} placeholders, which the UI's English translation of
 * "server." + code repeats (a test in the UI module keeps the two and the Indonesian one in step).
 */
public interface TextCode {

    String name();

    /** The feature's prefix of the codes, e.g. "eligibility". */
    String feature();

    /** The English template: placeholders {name}, no quotes around them (ICU MessageFormat reads the same text). */
    String english();

    default String code() {
        return feature() + "." + name();
    }

    /** The text with its arguments, given as name, value, name, value... */
    default Text with(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Arguments come in name-value pairs: " + code());
        }
        Map<String, String> args = new LinkedHashMap<>();
        String english = english();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = String.valueOf(namesAndValues[i]);
            String value = String.valueOf(namesAndValues[i + 1]);
            args.put(name, value);
            english = english.replace("{" + name + "}", value);
        }
        return new Text(code(), Map.copyOf(args), english);
    }
}
