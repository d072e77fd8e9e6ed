package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.CompetencyKind;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.shared.graphql.FieldInvalid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Inputs and payloads of graphql/employee.graphqls; union members are named like their GraphQL types. */
final class EmployeeGraphQlTypes {

    private EmployeeGraphQlTypes() {}

    record EmployeeSortInput(
            EmployeeSort.Field field, @Nullable Boolean descending) {
        EmployeeSort toSort() {
            return new EmployeeSort(field, Boolean.TRUE.equals(descending));
        }
    }

    record EmployeeInput(
            String nip,
            String name,
            @Nullable String frontTitle,
            @Nullable String backTitle,
            String golongan,
            String golonganTmt,
            @Nullable String positionCode,
            @Nullable String unitCode,
            @Nullable EmployeeStatus status,
            EmployeeRecords.@Nullable EmployeeType employeeType,
            @Nullable String agreementEnd) {
        EmployeeDraft toDraft() {
            return new EmployeeDraft(
                    nip,
                    name,
                    frontTitle,
                    backTitle,
                    golongan,
                    golonganTmt,
                    positionCode,
                    unitCode,
                    status == null ? null : status.name(),
                    employeeType == null ? null : employeeType.name(),
                    agreementEnd);
        }
    }

    record UnitInput(String code, String name, @Nullable String parentCode) {}

    record CompetencyRequirementInput(String competency, CompetencyKind kind, int requiredLevel) {}

    record PositionInput(
            String code,
            String name,
            String level,
            String unitCode,
            @Nullable String minGolongan,
            @Nullable Boolean critical,
            @Nullable Boolean servesPublic,
            @Nullable String retirementRule,
            @Nullable List<CompetencyRequirementInput> standard) {}

    record HistoryEntryInput(
            String nip,
            HistoryEntry.Kind kind,
            @Nullable String code,
            @Nullable String name,
            @Nullable String detail,
            @Nullable String date,
            @Nullable String endDate,
            @Nullable Integer number) {}

    record EmployeePayload(@Nullable Employee employee, List<Object> errors) {}

    record UnitPayload(@Nullable Unit unit, List<FieldInvalid> errors) {}

    record PositionPayload(@Nullable Position position, List<FieldInvalid> errors) {}

    public record NipInvalid(String message, String nip, List<String> rules) {}

    public record EmployeeNotFound(String message, String nip) {}

    public record EmployeeAlreadyExists(String message, String nip) {}
}
