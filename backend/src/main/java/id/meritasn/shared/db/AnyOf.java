package id.meritasn.shared.db;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.Collection;

/**
 * {@code field = any(?)} with the whole collection as one array parameter. A batch read of thousands of NIPs as
 * {@code in (?, ?, ...)} makes jOOQ render and bind every value and PostgreSQL plan a statement of that length each
 * time; one array parameter costs the same whatever the batch size (measured in the talent-map benchmark).
 */
public final class AnyOf {

    private AnyOf() {
    }

    public static Condition strings(Field<String> field, Collection<String> values) {
        return field.eq(DSL.any(values.toArray(String[]::new)));
    }

    public static Condition longs(Field<Long> field, Collection<Long> values) {
        return field.eq(DSL.any(values.toArray(Long[]::new)));
    }
}
