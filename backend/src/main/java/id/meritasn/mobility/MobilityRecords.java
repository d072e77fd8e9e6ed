package id.meritasn.mobility;

import id.meritasn.assessment.JobPersonMatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The records of the mobility feature, named as their GraphQL types. */
public final class MobilityRecords {

    private MobilityRecords() {}

    /**
     * The band of the combined talent score (mean of the potential and performance axes of the latest published
     * period): HIGH at 80 or more, MIDDLE 60 to under 80, LOW under 60, the common axis cut-offs (DOMAIN.md). Bands
     * are national so agencies compare alike; the raw scores never leave the agency.
     */
    public enum ScoreBand {
        HIGH,
        MIDDLE,
        LOW
    }

    /** Career aspirations the employee enters: kinds of position wanted, regions willing to move to, earliest date. */
    public record Aspirations(
            List<String> positionKinds,
            List<String> regions,
            @Nullable LocalDate earliestDate) {

        public Aspirations {
            positionKinds = List.copyOf(positionKinds);
            regions = List.copyOf(regions);
        }

        public static Aspirations none() {
            return new Aspirations(List.of(), List.of(), null);
        }
    }

    /** One entry of the national talent index: everything an agency shares about one consenting employee. */
    public record TalentIndexEntry(
            String agency,
            String agencyName,
            String region,
            String nip,
            String name,
            String golongan,
            int rankOrder,
            @Nullable String positionName,
            @Nullable String positionKind,
            @Nullable String positionLevel,
            @Nullable String periodName,
            @Nullable Integer box,
            @Nullable ScoreBand scoreBand,
            Map<String, Integer> competencies,
            @Nullable String educationLevel,
            @Nullable String educationField,
            Aspirations aspirations,
            @Nullable OffsetDateTime indexedAt) {}

    /**
     * An employee's own view: whether the agency takes part, the consent, the aspirations and exactly what the index
     * holds about them now ({@code shared}, null when nothing).
     */
    public record MobilityProfile(
            String agency,
            String nip,
            boolean agencyParticipates,
            boolean consented,
            @Nullable OffsetDateTime consentedAt,
            Aspirations aspirations,
            @Nullable TalentIndexEntry shared) {}

    public record CompetencyMinimum(String competency, int level) {}

    /** Search filters; empty lists and nulls do not filter. */
    public record SearchFilter(
            @Nullable String golonganMin,
            @Nullable String golonganMax,
            List<String> positionKinds,
            List<String> positionLevels,
            List<Integer> boxes,
            List<CompetencyMinimum> minCompetencies,
            List<String> educationLevels,
            @Nullable String educationField,
            List<String> regions,
            @Nullable String willingToMoveTo,
            @Nullable String text,
            List<String> agencies) {

        public SearchFilter {
            positionKinds = List.copyOf(positionKinds);
            positionLevels = List.copyOf(positionLevels);
            boxes = List.copyOf(boxes);
            minCompetencies = List.copyOf(minCompetencies);
            educationLevels = List.copyOf(educationLevels);
            regions = List.copyOf(regions);
            agencies = List.copyOf(agencies);
        }

        public static SearchFilter none() {
            return new SearchFilter(
                    null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null, null,
                    List.of());
        }
    }

    /**
     * What to rank by: a position of the caller's agency (its competency standard) or, for callers without an agency
     * (national oversight), a standard given directly.
     */
    public record Target(@Nullable String positionCode, List<JobPersonMatch.Requirement> standard) {

        public Target {
            standard = List.copyOf(standard);
        }
    }

    public record CompetencyComparison(
            String competency, int requiredLevel, @Nullable Integer achievedLevel) {}

    /** JPM of a candidate against the target standard, computed by the assessment feature's {@link JobPersonMatch}. */
    public record Match(
            BigDecimal percent,
            JobPersonMatch.Filling filling,
            JobPersonMatch.Mapping mapping,
            List<CompetencyComparison> competencies) {}

    /** A search hit: the index entry, the match when ranked against a target, and why it was found where it is. */
    public record Candidate(
            TalentIndexEntry entry, @Nullable Match match, List<String> reasons) {}

    public enum RequestStatus {
        REQUESTED,
        CONSENTED,
        RELEASED,
        ACCEPTED,
        COMPLETED,
        REFUSED
    }

    public enum RefusingParty {
        EMPLOYEE,
        RELEASING_AGENCY,
        RECEIVING_AGENCY
    }

    /**
     * Agency {@code toAgency} asks for employee {@code nip} of agency {@code fromAgency} for its position
     * {@code targetPositionCode}. {@code transferError} says why the last transfer attempt of an ACCEPTED request failed.
     */
    public record MobilityRequest(
            UUID id,
            String fromAgency,
            String toAgency,
            String nip,
            String employeeName,
            String targetPositionCode,
            String targetPositionName,
            @Nullable String note,
            RequestStatus status,
            String requestedBy,
            OffsetDateTime requestedAt,
            @Nullable OffsetDateTime consentedAt,
            @Nullable OffsetDateTime releasedAt,
            @Nullable OffsetDateTime acceptedAt,
            @Nullable OffsetDateTime completedAt,
            @Nullable RefusingParty refusedBy,
            @Nullable String refusalReason,
            @Nullable OffsetDateTime refusedAt,
            int transferAttempts,
            @Nullable String transferError) {}
}
