package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A validated set of employee fields ready to be stored (positions and units already resolved to ids). */
record EmployeeValues(
        String nip,
        String name,
        @Nullable String frontTitle,
        @Nullable String backTitle,
        String golongan,
        LocalDate golonganTmt,
        @Nullable Long positionId,
        @Nullable Long unitId,
        EmployeeStatus status,
        @Nullable LocalDate retirementDate,
        EmployeeRecords.EmployeeType employeeType,
        @Nullable LocalDate agreementEnd)
        implements DraftCheck {}
