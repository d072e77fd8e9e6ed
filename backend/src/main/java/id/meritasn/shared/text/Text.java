package id.meritasn.shared.text;

import java.util.Map;

/**
 * A text the server says to a person (a reason, a gap, a note) as a code with named arguments, rendered in both of
 * the platform's languages: the UI shows the one its user chose, a document the one it is printed in, an integrator
 * either (or its own, from the code). Arguments are data (numbers, dates, codes, names), never words to translate.
 */
public record Text(String code, Map<String, String> args, String english, String indonesian) {

    /** In the language given ("en" English, anything else Indonesian, the platform's default). */
    public String in(String language) {
        return language.startsWith("en") ? english : indonesian;
    }

    @Override
    public String toString() {
        return english;
    }
}
