package id.meritasn.shared.graphql;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sizes a request's input may have, checked before anything runs: the document, every string in the variables
 * (a file's base64 content, under a key named {@code contentBase64}, has a limit of its own), every list. The first
 * value over a limit is named with its path and the limit, so a caller knows what to cut.
 */
record InputLimits(int maxDocumentLength, int maxTextLength, int maxUploadLength, int maxListLength) {

    /** Why the request is refused, or null. */
    @Nullable
    Refusal check(String document, Map<String, @Nullable Object> variables) {
        if (document.length() > maxDocumentLength) {
            return new Refusal(
                    "document",
                    document.length(),
                    maxDocumentLength,
                    "The query document is "
                            + document.length() + " characters; the limit is " + maxDocumentLength
                            + ". Pass values as variables.");
        }
        for (Map.Entry<String, @Nullable Object> variable : variables.entrySet()) {
            Refusal refused = check("$" + variable.getKey(), variable.getKey(), variable.getValue());
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    /** A value over a limit: where it is, its size and the limit. */
    record Refusal(String path, int size, int limit, String message) {}

    private @Nullable Refusal check(String path, String key, @Nullable Object value) {
        if (value instanceof String text) {
            int limit = key.equals("contentBase64") ? maxUploadLength : maxTextLength;
            return text.length() <= limit
                    ? null
                    : new Refusal(
                            path,
                            text.length(),
                            limit,
                            "Variable value " + path + " is " + text.length() + " characters; the limit is " + limit
                                    + ".");
        }
        if (value instanceof List<?> list) {
            if (list.size() > maxListLength) {
                return new Refusal(
                        path,
                        list.size(),
                        maxListLength,
                        "Variable value " + path + " has " + list.size() + " items; the limit is " + maxListLength
                                + ".");
            }
            for (int i = 0; i < list.size(); i++) {
                Refusal refused = check(path + "[" + i + "]", key, list.get(i));
                if (refused != null) {
                    return refused;
                }
            }
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> field : map.entrySet()) {
                Refusal refused = check(path + "." + field.getKey(), String.valueOf(field.getKey()), field.getValue());
                if (refused != null) {
                    return refused;
                }
            }
        }
        return null;
    }
}
