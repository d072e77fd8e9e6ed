package id.meritasn.shared.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One kind of server text, implemented by an enum per feature: its code is the feature's prefix and the constant's
 * name, with its Indonesian and English templates ({name} placeholders; {name, select, ...} where the words depend on
 * a value). Both languages live here, so a text never reaches a person untranslated.
 */
public interface TextCode {

    String name();

    /** The feature's prefix of the codes, e.g. "eligibility". */
    String feature();

    String english();

    String indonesian();

    default String code() {
        return feature() + "." + name();
    }

    /** The text with its arguments, given as name, value, name, value... */
    default Text with(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Arguments come in name-value pairs: " + code());
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return new Text(
                code(), Map.copyOf(args), Templates.render(english(), args), Templates.render(indonesian(), args));
    }
}
