package id.meritasn.document;

import org.jspecify.annotations.Nullable;

/**
 * What a document or export is about; each kind reads the fields it needs and refuses a missing one
 * ({@link DocumentRefused} naming the field). Stored with the issued document, so a download renders the same.
 */
public record DocumentRequest(
        @Nullable Long periodId,
        @Nullable String unitCode,
        @Nullable String positionLevel,
        @Nullable String nip,
        @Nullable Long caseId,
        @Nullable Long sessionId,
        @Nullable String requestId,
        @Nullable EmployeeList employees) {

    /** The employee list's filter (the employees export shows what the list shows): each field optional. */
    public record EmployeeList(
            @Nullable String golonganMin,
            @Nullable String golonganMax,
            @Nullable String positionKind,
            @Nullable String status,
            @Nullable String text) {}

    public DocumentRequest(
            @Nullable Long periodId,
            @Nullable String unitCode,
            @Nullable String positionLevel,
            @Nullable String nip,
            @Nullable Long caseId,
            @Nullable Long sessionId,
            @Nullable String requestId) {
        this(periodId, unitCode, positionLevel, nip, caseId, sessionId, requestId, null);
    }

    public long requirePeriod() {
        if (periodId == null) {
            throw new DocumentRefused("This document is of one assessment period: give periodId.", "periodId");
        }
        return periodId;
    }

    /** The unit code, trimmed, or null when none is given. */
    public @Nullable String unit() {
        return unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
    }

    /** The position level, trimmed, or null when none is given. */
    public @Nullable String level() {
        return positionLevel == null || positionLevel.isBlank() ? null : positionLevel.trim();
    }

    public String requireNip() {
        if (nip == null || nip.isBlank()) {
            throw new DocumentRefused("This document is of one employee: give nip.", "nip");
        }
        return nip.trim();
    }
}
