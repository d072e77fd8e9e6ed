package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentInputs.Dated;
import id.meritasn.employee.EmployeeRecords.DisciplineEntry;
import id.meritasn.employee.EmployeeRecords.EducationEntry;
import id.meritasn.employee.EmployeeRecords.LhkpnEntry;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Inputs derived from the employee records for {@link AssessmentInputsLoader}: dated entries, education, discipline. */
final class RecordInputs {

    private RecordInputs() {}

    static <T> List<Dated> dated(
            @Nullable List<T> entries, Function<T, LocalDate> date, String prefix, Function<T, String> name) {
        if (entries == null) {
            return List.of();
        }
        List<Dated> dated = new ArrayList<>(entries.size());
        for (T entry : entries) {
            dated.add(new Dated(date.apply(entry), prefix + name.apply(entry)));
        }
        return dated;
    }

    static List<Dated> certificates(@Nullable List<TrainingEntry> trainings) {
        if (trainings == null) {
            return List.of();
        }
        List<Dated> certificates = new ArrayList<>();
        for (TrainingEntry t : trainings) {
            if (t.kind().equals("CERTIFICATE")) {
                certificates.add(new Dated(t.completedOn(), "sertifikat: " + t.name()));
            }
        }
        return certificates;
    }

    /** The highest level by the reference order; a level the reference data does not know ranks below all others. */
    static @Nullable String highestEducation(List<EducationEntry> entries, Map<String, Integer> rank) {
        String highest = null;
        int highestRank = Integer.MIN_VALUE;
        for (EducationEntry entry : entries) {
            int r = rank.getOrDefault(entry.level(), -1);
            if (highest == null || r > highestRank) {
                highest = entry.level();
                highestRank = r;
            }
        }
        return highest;
    }

    /**
     * Sanctioned on the assessment date; else the most severe sanction (PP 94/2021 levels) begun within the lookback;
     * else clean only where "no sanction" was declared for the period with its evidence; else unknown (null), which
     * the score engine reports as missing.
     */
    static AssessmentInputs.@Nullable DisciplineStatus discipline(
            List<DisciplineEntry> entries, String @Nullable [] declared, LocalDate asOf, int lookbackYears) {
        for (DisciplineEntry d : entries) {
            if (!d.startDate().isAfter(asOf)
                    && (d.endDate() == null || !d.endDate().isBefore(asOf))) {
                return new AssessmentInputs.DisciplineStatus(
                        Rubric.DisciplineLevel.CURRENTLY_SANCTIONED,
                        "hukuman disiplin " + d.level() + " berlaku sejak " + d.startDate() + ": " + d.description());
            }
        }
        DisciplineEntry worst = null;
        for (DisciplineEntry d : entries) {
            if (d.startDate().isAfter(asOf.minusYears(lookbackYears))
                    && !d.startDate().isAfter(asOf)
                    && (worst == null
                            || Rubric.DisciplineLevel.valueOf(d.level())
                                            .compareTo(Rubric.DisciplineLevel.valueOf(worst.level()))
                                    > 0)) {
                worst = d;
            }
        }
        if (worst != null) {
            return new AssessmentInputs.DisciplineStatus(
                    Rubric.DisciplineLevel.valueOf(worst.level()),
                    "hukuman disiplin " + worst.level() + " sejak " + worst.startDate() + ": " + worst.description());
        }
        return declared == null
                ? null
                : new AssessmentInputs.DisciplineStatus(
                        Rubric.DisciplineLevel.NONE, "pernyataan tidak ada hukuman disiplin: " + declared[1]);
    }

    /**
     * Compliance from the latest LHKPN year up to the assessment year: reported, or not required for this position,
     * counts as compliant; none recorded is missing (only asked for when the agency's rubric weighs LHKPN).
     */
    static @Nullable Boolean lhkpn(List<LhkpnEntry> entries, LocalDate asOf) {
        return entries.stream()
                .filter(l -> l.year() <= asOf.getYear())
                .max(Comparator.comparingInt(LhkpnEntry::year))
                .map(l -> !l.status().equals("NOT_REPORTED"))
                .orElse(null);
    }
}
