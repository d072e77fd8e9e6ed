package id.meritasn.employee;

import org.jspecify.annotations.Nullable;

/** Employee fields as they arrive (API input or an import row), before validation. */
public record EmployeeDraft(String nip, String name, @Nullable String frontTitle, @Nullable String backTitle,
                            String golongan, String golonganTmt, @Nullable String positionCode,
                            @Nullable String unitCode, @Nullable String status) {
}
