package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import org.jspecify.annotations.Nullable;

/** Filters of the employee list; all optional, combined with AND. */
public record EmployeeFilter(
        @Nullable String unitCode,
        @Nullable String golonganMin,
        @Nullable String golonganMax,
        @Nullable String positionKind,
        @Nullable String positionLevel,
        @Nullable EmployeeStatus status,
        @Nullable String text) {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null, null, null, null, null);
    }
}
