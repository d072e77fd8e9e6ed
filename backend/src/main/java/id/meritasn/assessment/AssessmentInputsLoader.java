package id.meritasn.assessment;

import id.meritasn.employee.EmployeeRecords.AwardEntry;
import id.meritasn.employee.EmployeeRecords.DisciplineEntry;
import id.meritasn.employee.EmployeeRecords.EducationEntry;
import id.meritasn.employee.EmployeeRecords.LhkpnEntry;
import id.meritasn.employee.EmployeeRecords.Placement;
import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import id.meritasn.employee.EmployeeRecords.TeamAssignmentEntry;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.EmployeeService.HistoryView;
import id.meritasn.employee.OrganizationService;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.employee.RelatedExperience;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

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

    AssessmentInputsLoader(
            EmployeeService employees,
            OrganizationService organization,
            ReferenceDataService referenceData,
            AssessmentRepository assessments,
            CommunityFeedbackRepository community,
            ObjectMapper json) {
        this.community = community;
        this.employees = employees;
        this.organization = organization;
        this.referenceData = referenceData;
        this.assessments = assessments;
        this.json = json;
    }

    /** What the rubric decides about these reads is listed in {@link RubricService#sameReads}: keep them in step. */
    @SuppressWarnings("unchecked")
    Map<String, AssessmentInputs> load(
            String agency, DSLContext tenant, long periodId, LocalDate asOf, Rubric rubric, Collection<String> nips) {
        List<Placement> list = employees.placements(agency, nips);
        // Each source below is a map by NIP; rather than looking every employee up in each of them (ten lookups per
        // employee in ten maps of a whole chunk: cache misses, 12% of a recompute's Java time), each source is walked
        // once and its lists placed by the employee's position in the chunk, through this one index.
        Map<String, Integer> at = new HashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            at.put(list.get(i).nip(), i);
        }
        int n = list.size();
        Map<String, String[]>[] inputs = byEmployee(assessments.inputs(tenant, periodId, nips), at, n, Map.class);
        // the previous year's SKP is read only where the agency's rubric uses two years of it
        Long previousPeriod = rubric.performance().skpYears() == 2 ? assessments.previousPeriod(tenant, asOf) : null;
        Map<String, String[]>[] previous = byEmployee(
                previousPeriod == null ? Map.of() : assessments.inputs(tenant, previousPeriod, "SKP", nips),
                at,
                n,
                Map.class);
        List<AssessmentInputs.FeedbackGroup>[] feedback =
                byEmployee(assessments.feedback(tenant, periodId, nips), at, n, List.class);
        // LHKPN and community feedback enter only rubrics that weigh them (the national default weighs neither), and
        // the
        // score engine looks at them only then: their reads are skipped otherwise (two of twelve reads per chunk)
        AssessmentInputs.Community[] approved = byEmployee(
                rubric.weight(Indicator.COMMUNITY) > 0 ? community.approved(tenant, periodId, nips) : Map.of(),
                at,
                n,
                AssessmentInputs.Community.class);
        List<AwardEntry>[] awards = history(agency, HistoryView.AWARDS, nips, at, n);
        List<TeamAssignmentEntry>[] teams = history(agency, HistoryView.TEAMS, nips, at, n);
        List<TrainingEntry>[] trainings = history(agency, HistoryView.TRAININGS, nips, at, n);
        List<EducationEntry>[] education = history(agency, HistoryView.EDUCATION, nips, at, n);
        List<DisciplineEntry>[] discipline = history(agency, HistoryView.DISCIPLINE, nips, at, n);
        List<PositionHistoryEntry>[] positions = history(agency, HistoryView.POSITION, nips, at, n);
        List<LhkpnEntry>[] lhkpn = rubric.weight(Indicator.LHKPN) > 0
                ? history(agency, HistoryView.LHKPN, nips, at, n)
                : (List<LhkpnEntry>[]) new List[n];
        // the standard as the score engine takes it, once per position of the chunk rather than once per employee
        Map<Long, List<JobPersonMatch.Requirement>> standards = new HashMap<>();
        organization
                .standards(agency, positionIds(list))
                .forEach((position, standard) -> standards.put(
                        position,
                        standard.stream()
                                .map(r -> new JobPersonMatch.Requirement(r.competency(), r.requiredLevel()))
                                .toList()));
        Map<String, Integer> educationRank = referenceData.get().educationRanks();
        // which positions serve the public: read only where the rubric weighs community input
        java.util.Set<Long> publicPositions = new java.util.HashSet<>();
        if (rubric.weight(Indicator.COMMUNITY) > 0) {
            organization.positionsById(agency, positionIds(list)).stream()
                    .filter(id.meritasn.employee.EmployeeRecords.Position::servesPublic)
                    .forEach(p -> publicPositions.add(p.id()));
        }

        Map<String, AssessmentInputs> result = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Placement e = list.get(i);
            Map<String, String[]> own = inputs[i] == null ? Map.of() : inputs[i];
            String[] fieldFit = own.get("FIELD_FIT");
            result.put(
                    e.nip(),
                    new AssessmentInputs(
                            skp(own.get("SKP")),
                            RecordInputs.dated(awards[i], AwardEntry::awardedOn, "penghargaan: ", AwardEntry::name),
                            RecordInputs.dated(
                                    teams[i], TeamAssignmentEntry::startDate, "tim: ", TeamAssignmentEntry::name),
                            RecordInputs.certificates(trainings[i]),
                            feedback[i] == null ? List.of() : feedback[i],
                            competency(
                                    own.get("COMPETENCY"),
                                    e.positionId() == null
                                            ? List.of()
                                            : standards.getOrDefault(e.positionId(), List.of()),
                                    asOf),
                            evidenced(own.get("POTENTIAL")),
                            RecordInputs.highestEducation(orEmpty(education[i]), educationRank),
                            fieldFit == null
                                    ? null
                                    : new AssessmentInputs.FieldFit(
                                            json.readTree(fieldFit[0])
                                                    .path("fits")
                                                    .asBoolean(),
                                            fieldFit[1]),
                            RecordInputs.discipline(
                                    orEmpty(discipline[i]),
                                    own.get("DISCIPLINE"),
                                    asOf,
                                    rubric.validity().disciplineLookbackYears()),
                            RelatedExperience.of(orEmpty(positions[i]), asOf),
                            RecordInputs.lhkpn(orEmpty(lhkpn[i]), asOf),
                            approved[i],
                            previous[i] == null ? null : skp(previous[i].get("SKP")),
                            e.positionId() != null && publicPositions.contains(e.positionId())));
        }
        return result;
    }

    private static List<Long> positionIds(List<Placement> placements) {
        return placements.stream()
                .map(Placement::positionId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T>[] history(
            String agency, HistoryView view, Collection<String> nips, Map<String, Integer> at, int n) {
        return byEmployee((Map<String, List<T>>) employees.histories(agency, view, nips), at, n, List.class);
    }

    /** The source's values placed by each employee's position in the chunk; null where the source has none. */
    @SuppressWarnings("unchecked")
    private static <V> V[] byEmployee(Map<String, ? extends V> source, Map<String, Integer> at, int n, Class<?> type) {
        V[] placed = (V[]) java.lang.reflect.Array.newInstance(type, n);
        source.forEach((nip, value) -> {
            Integer i = at.get(nip);
            if (i != null) {
                placed[i] = value;
            }
        });
        return placed;
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private AssessmentInputs.@Nullable SkpInput skp(String @Nullable [] stored) {
        if (stored == null) {
            return null;
        }
        JsonNode node = json.readTree(stored[0]);
        return new AssessmentInputs.SkpInput(
                Skp.Rating.valueOf(node.path("hasilKerja").asString()),
                Skp.Rating.valueOf(node.path("perilakuKerja").asString()),
                stored[1]);
    }

    /**
     * See {@link CompetencyPayload}; a result stored before its date was kept counts as assessed on the period's
     * date.
     */
    private AssessmentInputs.@Nullable CompetencyInput competency(
            String @Nullable [] stored, List<JobPersonMatch.Requirement> standard, LocalDate asOf) {
        if (stored == null || standard.isEmpty()) {
            return null;
        }
        // read as a stream of names and levels, not as a tree then copied: one per employee, the largest input
        Map<String, Integer> achieved = new HashMap<>();
        LocalDate assessedOn = asOf;
        try (tools.jackson.core.JsonParser levels = json.createParser(stored[0])) {
            levels.nextToken(); // the object
            for (String competency = levels.nextName(); competency != null; competency = levels.nextName()) {
                levels.nextToken();
                if (competency.equals(CompetencyPayload.ASSESSED_ON)) {
                    assessedOn = LocalDate.parse(levels.getString());
                } else {
                    achieved.put(competency, levels.getValueAsInt()); // 0 for anything not a number, as before
                }
                levels.skipChildren();
            }
        }
        return new AssessmentInputs.CompetencyInput(achieved, standard, stored[1], assessedOn);
    }

    private AssessmentInputs.@Nullable Evidenced evidenced(String @Nullable [] stored) {
        return stored == null
                ? null
                : new AssessmentInputs.Evidenced(
                        new BigDecimal(json.readTree(stored[0]).path("score").asString()), stored[1]);
    }
}
