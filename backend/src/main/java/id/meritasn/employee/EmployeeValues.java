package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import java.time.LocalDate;
import java.util.Objects;
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
        @Nullable LocalDate agreementEnd) {

    /** Whether the stored record already holds these values: storing them then writes nothing. */
    boolean sameAs(Employee e) {
        return e.name().equals(name)
                && Objects.equals(e.frontTitle(), frontTitle)
                && Objects.equals(e.backTitle(), backTitle)
                && e.golongan().equals(golongan)
                && e.golonganTmt().equals(golonganTmt)
                && Objects.equals(e.positionId(), positionId)
                && Objects.equals(e.unitId(), unitId)
                && e.status() == status
                && Objects.equals(e.retirementDate(), retirementDate)
                && e.employeeType() == employeeType
                && Objects.equals(e.agreementEnd(), agreementEnd);
    }
}
