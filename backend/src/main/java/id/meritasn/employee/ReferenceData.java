package id.meritasn.employee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** National reference data (schema platform), loaded once: it changes only with a platform release. */
public record ReferenceData(
        List<Golongan> golongan,
        List<PositionLevel> positionLevels,
        List<EducationLevel> educationLevels,
        List<RetirementRule> retirementRules) {

    /** A PNS golongan/ruang (kind PNS, rank 1-17) or a PPPK grade I-XVII (kind PPPK, negative rank). */
    public record Golongan(String code, String pangkat, int rankOrder, String kind) {

        public boolean pppk() {
            return kind.equals("PPPK");
        }
    }

    /** A retirement age set by a profession's law (teachers 60, lecturers 65, ...), with the law. */
    public record RetirementRule(String code, String name, int retirementAge, String legalSource) {}

    /** The PNS golongan/ruang alone, lowest first (rank rules never count a PPPK grade). */
    public List<Golongan> pnsGolongan() {
        return golongan.stream().filter(g -> !g.pppk()).toList();
    }

    Optional<RetirementRule> retirementRule(String code) {
        return retirementRules.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * Pension starts on the first day of the month after the employee reaches the retirement age (BUP): the one a
     * profession's law sets where the position names it (teachers 60, lecturers 65, ...), else its level's.
     */
    LocalDate retirementDate(Nip nip, EmployeeRecords.@Nullable Position position) {
        int age = position == null
                ? 58
                : position.retirementRule() != null
                        ? retirementRule(position.retirementRule())
                                .map(RetirementRule::retirementAge)
                                .orElse(58)
                        : level(position.level())
                                .map(PositionLevel::retirementAge)
                                .orElse(58);
        return nip.birthDate().plusYears(age).withDayOfMonth(1).plusMonths(1);
    }

    /**
     * A level of position with its kind, its rank among all levels (a functional Ahli Madya ranks with an
     * Administrator) and BUP (batas usia pensiun).
     */
    public record PositionLevel(String code, String kind, String name, int retirementAge, int rankOrder) {}

    public record EducationLevel(String code, String name) {}

    Optional<Golongan> golongan(String code) {
        return Optional.ofNullable(golonganByCode().get(code));
    }

    Optional<PositionLevel> level(String code) {
        return positionLevels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * Each education level's place in the reference order, lowest first: what "highest education" means wherever it
     * is asked (the score's qualification, the national index). A code not listed has none.
     */
    public Map<String, Integer> educationRanks() {
        Map<String, Integer> ranks = new java.util.HashMap<>();
        educationLevels.forEach(l -> ranks.putIfAbsent(l.code(), ranks.size()));
        return ranks;
    }

    boolean isEducationLevel(String code) {
        return educationLevels.stream().anyMatch(l -> l.code().equals(code));
    }

    private Map<String, Golongan> golonganByCode() {
        return golongan.stream().collect(Collectors.toMap(Golongan::code, Function.identity()));
    }
}
