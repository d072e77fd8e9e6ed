package id.meritasn.employee;

import org.jspecify.annotations.Nullable;

/**
 * Employee fields as they arrive (API input or an import row), before validation. {@code employeeType} PNS (the
 * default), CPNS or PPPK; {@code agreementEnd} the end of a PPPK's work agreement (required for them only).
 */
public record EmployeeDraft(
        String nip,
        String name,
        @Nullable String frontTitle,
        @Nullable String backTitle,
        String golongan,
        String golonganTmt,
        @Nullable String positionCode,
        @Nullable String unitCode,
        @Nullable String status,
        @Nullable String employeeType,
        @Nullable String agreementEnd) {

    /** A PNS draft (no employee type or agreement given). */
    public EmployeeDraft(
            String nip,
            String name,
            @Nullable String frontTitle,
            @Nullable String backTitle,
            String golongan,
            String golonganTmt,
            @Nullable String positionCode,
            @Nullable String unitCode,
            @Nullable String status) {
        this(nip, name, frontTitle, backTitle, golongan, golonganTmt, positionCode, unitCode, status, null, null);
    }

    /** The draft of a stored employee moved to another position, its unit then following the position's. */
    static EmployeeDraft appointment(EmployeeRecords.Employee e, String positionCode) {
        return new EmployeeDraft(
                e.nip(),
                e.name(),
                e.frontTitle(),
                e.backTitle(),
                e.golongan(),
                e.golonganTmt().toString(),
                positionCode,
                null,
                e.status().name(),
                e.employeeType().name(),
                e.agreementEnd() == null ? null : e.agreementEnd().toString());
    }
}
