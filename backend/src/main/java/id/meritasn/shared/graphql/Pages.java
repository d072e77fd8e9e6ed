package id.meritasn.shared.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Relay connections over keyset pagination: a cursor carries the sort key of the last row seen, so page N costs the
 * same as page 1. Spring for GraphQL turns the returned {@link Window} into the Connection type.
 */
public final class Pages {

    private Pages() {}

    /** How many rows the caller asked for, within the configured maximum. */
    public static int size(ScrollSubrange subrange, int defaultSize, int maxSize) {
        if (!subrange.forward()) {
            throw new IllegalArgumentException("Only forward paging with 'first' and 'after' is supported.");
        }
        int requested = subrange.count().orElse(defaultSize);
        if (requested < 1 || requested > maxSize) {
            throw new IllegalArgumentException("'first' must be between 1 and " + maxSize + ", was " + requested + ".");
        }
        return requested;
    }

    /** The value of sort key {@code name} in the 'after' cursor, or null on the first page. */
    public static @Nullable Object after(ScrollSubrange subrange, String name) {
        return subrange.position()
                .filter(KeysetScrollPosition.class::isInstance)
                .map(p -> ((KeysetScrollPosition) p).getKeys().get(name))
                .orElse(null);
    }

    /** {@code rows} was fetched with limit size + 1: the extra row only tells that a next page exists. */
    public static <T> Window<T> window(List<T> rows, int size, String keyName, Function<T, ?> key) {
        boolean hasNext = rows.size() > size;
        List<T> page = hasNext ? rows.subList(0, size) : rows;
        return Window.from(page, i -> ScrollPosition.forward(Map.of(keyName, key.apply(page.get(i)))), hasNext);
    }
}
