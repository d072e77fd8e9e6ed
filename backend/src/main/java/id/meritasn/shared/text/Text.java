package id.meritasn.shared.text;

import java.util.Map;

/**
 * A text the server says to a person (a reason, a gap, a note) as a code with named arguments, so that each client
 * shows it in its user's language: the UI translates "server." + code from its translation files, an integrator may
 * do the same or read {@code english}. Arguments are data (numbers, dates, codes, names), never words to translate.
 */
public record Text(String code, Map<String, String> args, String english) {

    @Override
    public String toString() {
        return english;
    }
}
