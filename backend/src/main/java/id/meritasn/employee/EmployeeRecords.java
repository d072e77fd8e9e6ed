package id.meritasn.employee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The records of the employee feature, named as their GraphQL types. */
public final class EmployeeRecords {

    private EmployeeRecords() {}

    public enum EmployeeStatus {
        ACTIVE,
        RETIRED,
        TRANSFERRED_OUT
    }

    public enum CompetencyKind {
        MANAGERIAL,
        SOCIO_CULTURAL,
        TECHNICAL
    }

    /** An employee's NIP and current position, without the rest of the record: what a batch scoring them needs. */
    public record Placement(String nip, @Nullable Long positionId) {}

    /**
     * An active employee's place in the organisation: unit, position level and its rank, and whether the position
     * is managerial (JPT, Administrator, Pengawas: the posts that head a unit).
     */
    public record RosterEntry(
            String nip, @Nullable Long unitId, @Nullable String level, int levelRank, boolean managerial) {}

    public record Employee(
            String nip,
            String name,
            @Nullable String frontTitle,
            @Nullable String backTitle,
            LocalDate birthDate,
            LocalDate appointmentMonth,
            Nip.Gender gender,
            String golongan,
            String pangkat,
            LocalDate golonganTmt,
            @Nullable Long positionId,
            @Nullable Long unitId,
            EmployeeStatus status,
            @Nullable LocalDate retirementDate,
            EmployeeType employeeType,
            @Nullable LocalDate agreementEnd) {

        /** Golongan I to IV for PNS and CPNS, PPPK for the PPPK (their grades are a scale of their own). */
        public String rankGroup() {
            if (employeeType == EmployeeType.PPPK) {
                return "PPPK";
            }
            int slash = golongan.indexOf('/');
            return "Golongan " + (slash < 0 ? golongan : golongan.substring(0, slash));
        }

        public String fullName() {
            return (frontTitle == null || frontTitle.isBlank() ? "" : frontTitle + " ")
                    + name
                    + (backTitle == null || backTitle.isBlank() ? "" : ", " + backTitle);
        }
    }

    /** PNS, CPNS (appointment pending or in probation) or PPPK (a work agreement; its number is an NI PPPK). */
    public enum EmployeeType {
        PNS,
        CPNS,
        PPPK
    }

    public record Unit(
            long id,
            String code,
            String name,
            @Nullable Long parentId,
            @Nullable String parentCode,
            List<Unit> children) {}

    /** {@code servesPublic}: the holder serves the public directly, so community input applies to them. */
    public record Position(
            long id,
            String code,
            String name,
            String kind,
            String level,
            long unitId,
            @Nullable String minGolongan,
            boolean critical,
            boolean servesPublic,
            @Nullable String retirementRule) {}

    public record CompetencyRequirement(String competency, CompetencyKind kind, int requiredLevel) {}

    public record RankHistoryEntry(
            String golongan, LocalDate tmt, @Nullable String skNumber) {}

    public record PositionHistoryEntry(
            String name,
            String level,
            @Nullable String unitName,
            LocalDate tmt,
            @Nullable LocalDate endDate) {}

    public record EducationEntry(String level, String field, String institution, int graduationYear) {}

    public record AwardEntry(
            String name, LocalDate awardedOn, @Nullable String evidence) {}

    public record TeamAssignmentEntry(
            String name,
            @Nullable String role,
            LocalDate startDate,
            @Nullable LocalDate endDate) {}

    public record TrainingEntry(
            String kind,
            String name,
            @Nullable String organizer,
            LocalDate completedOn,
            @Nullable Integer hours) {}

    public record DisciplineEntry(
            String level,
            String description,
            LocalDate startDate,
            @Nullable LocalDate endDate) {}

    public record LhkpnEntry(int year, String status) {}

    public record EmployeeChange(
            OffsetDateTime occurredAt,
            String actor,
            String action,
            @Nullable String before,
            @Nullable String after) {}

    /** Histories of one employee, loaded together for the profile. */
    public record Histories(
            List<RankHistoryEntry> rank,
            List<PositionHistoryEntry> position,
            List<EducationEntry> education,
            List<AwardEntry> awards,
            List<TeamAssignmentEntry> teamAssignments,
            List<TrainingEntry> trainings,
            List<DisciplineEntry> discipline,
            List<LhkpnEntry> lhkpn) {}
}
