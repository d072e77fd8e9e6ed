package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentInputs.Dated;
import id.meritasn.employee.EmployeeRecords.DisciplineEntry;
import id.meritasn.employee.EmployeeRecords.EducationEntry;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.EmployeeService.HistoryView;
import id.meritasn.employee.OrganizationService;
import id.meritasn.employee.ReferenceDataService;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the inputs of many employees at once: assessment inputs of the period, and from the employee records the
 * awards, team assignments, certificates, education, discipline and time in position. One query per kind for the
 * whole batch; the employee feature is reached only through its services.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class AssessmentInputsLoader {

    private final EmployeeService employees;
    private final OrganizationService organization;
    private final ReferenceDataService referenceData;
    private final AssessmentRepository assessments;
    private final CommunityFeedbackRepository community;
    private final ObjectMapper json;

    AssessmentInputsLoader(EmployeeService employees, OrganizationService organization,
                           ReferenceDataService referenceData, AssessmentRepository assessments,
                           CommunityFeedbackRepository community, ObjectMapper json) {
        this.community = community;
        this.employees = employees;
        this.organization = organization;
        this.referenceData = referenceData;
        this.assessments = assessments;
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    Map<String, AssessmentInputs> load(String agency, DSLContext tenant, long periodId, LocalDate asOf, Rubric rubric,
                                       Collection<String> nips) {
        List<Employee> list = employees.findAll(agency, nips);
        Map<String, Map<String, String[]>> inputs = assessments.inputs(tenant, periodId, nips);
        Map<String, List<AssessmentInputs.Feedback>> feedback = assessments.feedback(tenant, periodId, nips);
        // LHKPN and community feedback enter only rubrics that weigh them (the national default weighs neither), and the
        // score engine looks at them only then: their reads are skipped otherwise (two of twelve reads per chunk)
        Map<String, AssessmentInputs.Community> approved = rubric.weight(Indicator.COMMUNITY) > 0
                ? community.approved(tenant, periodId, nips) : Map.of();
        var awards = (Map<String, List<id.meritasn.employee.EmployeeRecords.AwardEntry>>) employees.histories(agency, HistoryView.AWARDS, nips);
        var teams = (Map<String, List<id.meritasn.employee.EmployeeRecords.TeamAssignmentEntry>>) employees.histories(agency, HistoryView.TEAMS, nips);
        var trainings = (Map<String, List<TrainingEntry>>) employees.histories(agency, HistoryView.TRAININGS, nips);
        var education = (Map<String, List<EducationEntry>>) employees.histories(agency, HistoryView.EDUCATION, nips);
        var discipline = (Map<String, List<DisciplineEntry>>) employees.histories(agency, HistoryView.DISCIPLINE, nips);
        var positions = (Map<String, List<PositionHistoryEntry>>) employees.histories(agency, HistoryView.POSITION, nips);
        var lhkpn = rubric.weight(Indicator.LHKPN) > 0
                ? (Map<String, List<id.meritasn.employee.EmployeeRecords.LhkpnEntry>>) employees.histories(agency, HistoryView.LHKPN, nips)
                : Map.<String, List<id.meritasn.employee.EmployeeRecords.LhkpnEntry>>of();
        var standards = organization.standards(agency, list.stream().map(Employee::positionId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<String> educationOrder = referenceData.get().educationLevels().stream().map(l -> l.code()).toList();

        Map<String, AssessmentInputs> result = new HashMap<>();
        for (Employee e : list) {
            Map<String, String[]> own = inputs.getOrDefault(e.nip(), Map.of());
            result.put(e.nip(), new AssessmentInputs(
                    skp(own.get("SKP")),
                    awards.getOrDefault(e.nip(), List.of()).stream().map(a -> new Dated(a.awardedOn(), "penghargaan: " + a.name())).toList(),
                    teams.getOrDefault(e.nip(), List.of()).stream().map(t -> new Dated(t.startDate(), "tim: " + t.name())).toList(),
                    trainings.getOrDefault(e.nip(), List.of()).stream().filter(t -> t.kind().equals("CERTIFICATE"))
                            .map(t -> new Dated(t.completedOn(), "sertifikat: " + t.name())).toList(),
                    feedback.getOrDefault(e.nip(), List.of()),
                    competency(own.get("COMPETENCY"), e.positionId() == null ? List.of() : standards.getOrDefault(e.positionId(), List.of())),
                    evidenced(own.get("POTENTIAL")),
                    highestEducation(education.getOrDefault(e.nip(), List.of()), educationOrder),
                    own.containsKey("FIELD_FIT") ? new AssessmentInputs.FieldFit(json.readTree(own.get("FIELD_FIT")[0])
                            .path("fits").asBoolean(), own.get("FIELD_FIT")[1]) : null,
                    discipline(discipline.getOrDefault(e.nip(), List.of()), asOf),
                    inPositionSince(positions.getOrDefault(e.nip(), List.of())),
                    lhkpn(lhkpn.getOrDefault(e.nip(), List.of()), asOf), approved.get(e.nip())));
        }
        return result;
    }

    private AssessmentInputs.@Nullable SkpInput skp(String @Nullable [] stored) {
        if (stored == null) {
            return null;
        }
        JsonNode node = json.readTree(stored[0]);
        return new AssessmentInputs.SkpInput(Skp.Rating.valueOf(node.path("hasilKerja").asString()),
                Skp.Rating.valueOf(node.path("perilakuKerja").asString()), stored[1]);
    }

    private AssessmentInputs.@Nullable CompetencyInput competency(String @Nullable [] stored,
                                                                   List<id.meritasn.employee.EmployeeRecords.CompetencyRequirement> standard) {
        if (stored == null || standard.isEmpty()) {
            return null;
        }
        Map<String, Integer> achieved = new HashMap<>();
        json.readTree(stored[0]).properties().forEach(p -> achieved.put(p.getKey(), p.getValue().asInt()));
        return new AssessmentInputs.CompetencyInput(achieved, standard.stream()
                .map(r -> new JobPersonMatch.Requirement(r.competency(), r.requiredLevel())).toList(), stored[1]);
    }

    private AssessmentInputs.@Nullable Evidenced evidenced(String @Nullable [] stored) {
        return stored == null ? null
                : new AssessmentInputs.Evidenced(new BigDecimal(json.readTree(stored[0]).path("score").asString()), stored[1]);
    }

    private static @Nullable String highestEducation(List<EducationEntry> entries, List<String> order) {
        return entries.stream().map(EducationEntry::level).max(java.util.Comparator.comparingInt(order::indexOf)).orElse(null);
    }

    /** Sanctioned on the assessment date, else the most severe record begun in the year before it. */
    static Rubric.DisciplineLevel discipline(List<DisciplineEntry> entries, LocalDate asOf) {
        if (entries.stream().anyMatch(d -> !d.startDate().isAfter(asOf) && (d.endDate() == null || !d.endDate().isBefore(asOf)))) {
            return Rubric.DisciplineLevel.CURRENTLY_SANCTIONED;
        }
        List<Rubric.DisciplineLevel> within = new ArrayList<>();
        entries.stream().filter(d -> d.startDate().isAfter(asOf.minusYears(1)) && !d.startDate().isAfter(asOf))
                .forEach(d -> within.add(Rubric.DisciplineLevel.valueOf(d.level())));
        return within.stream().max(Enum::compareTo).orElse(Rubric.DisciplineLevel.NONE);
    }

    /**
     * Compliance from the latest LHKPN year up to the assessment year: reported, or not required for this position,
     * counts as compliant; none recorded is missing (only asked for when the agency's rubric weighs LHKPN).
     */
    static @Nullable Boolean lhkpn(List<id.meritasn.employee.EmployeeRecords.LhkpnEntry> entries, LocalDate asOf) {
        return entries.stream().filter(l -> l.year() <= asOf.getYear())
                .max(java.util.Comparator.comparingInt(id.meritasn.employee.EmployeeRecords.LhkpnEntry::year))
                .map(l -> !l.status().equals("NOT_REPORTED")).orElse(null);
    }

    /** The open position entry's TMT, else the day after the last one ended. */
    private static @Nullable LocalDate inPositionSince(List<PositionHistoryEntry> entries) {
        return entries.stream().filter(p -> p.endDate() == null).map(PositionHistoryEntry::tmt).max(LocalDate::compareTo)
                .orElseGet(() -> entries.stream().map(PositionHistoryEntry::endDate).filter(java.util.Objects::nonNull)
                        .max(LocalDate::compareTo).map(d -> d.plusDays(1)).orElse(null));
    }
}
