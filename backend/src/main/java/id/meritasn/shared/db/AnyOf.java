package id.meritasn.shared.db;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * {@code field = any(?)} with the whole collection as one array parameter. A batch read of thousands of NIPs as
 * {@code in (?, ?, ...)} makes jOOQ render and bind every value and PostgreSQL plan a statement of that length each
 * time; one array parameter costs the same whatever the batch size (measured in the talent-map benchmark). The
 * array types are constants: {@code DSL.any(T[])} builds jOOQ's array data type again on every call (regular
 * expressions included), about 1% of an employees page's CPU.
 */
public final class AnyOf {

    private static final DataType<String[]> STRINGS = SQLDataType.VARCHAR.array();
    private static final DataType<Long[]> LONGS = SQLDataType.BIGINT.array();

    private AnyOf() {}

    public static Condition strings(Field<String> field, Collection<String> values) {
        return field.eq(DSL.any(DSL.val(values.toArray(String[]::new), STRINGS)));
    }

    public static Condition longs(Field<Long> field, Collection<Long> values) {
        return field.eq(DSL.any(DSL.val(values.toArray(Long[]::new), LONGS)));
    }
}
