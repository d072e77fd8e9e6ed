package id.meritasn.shared.db;

import java.util.Objects;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A column of a derived table (a subquery or CTE with an alias) by the field it selects: jOOQ's lookup answers null
 * for a field the table does not select, which for the queries here would be a bug in the query itself.
 */
public final class DerivedColumns {

    private DerivedColumns() {}

    public static <T> Field<T> of(Table<?> table, Field<T> selected) {
        return Objects.requireNonNull(table.field(selected), () -> table.getName() + " selects no " + selected);
    }

    public static Field<?> of(Table<?> table, String name) {
        return Objects.requireNonNull(table.field(name), () -> table.getName() + " selects no " + name);
    }
}
