package id.meritasn.document;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Building a document's data: templates read maps (their expressions look up keys, not record accessors), kept in
 * insertion order so the data hashes the same every time.
 */
public final class Rows {

    private Rows() {}

    /** A map of name, value, name, value...; a null value stays null (the template shows nothing). */
    @SuppressWarnings("NullAway") // a null value is put as it is: the template shows nothing for it
    public static Map<String, Object> of(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values come in pairs.");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    /** A number as people write it: no trailing zeros, "-" when there is none. */
    public static String number(@Nullable BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
