package id.meritasn.development;

import id.meritasn.assessment.AssessmentRecords.PeriodResult;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.Superiors;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.employee.EmployeeRecords.CompetencyRequirement;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.RosterEntry;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.SystemActor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a plan is made from, read as the agency once the service has checked who asks: the employee, their box in
 * the newest published period, their competency gaps against the current position, their superior, and the hours
 * of learning in their records.
 */
@Component
class DevelopmentFacts {

    /** The newest published result of an employee: the period and the box (after calibration). */
    record Published(long periodId, String periodName, int box) {}

    private final EmployeeService employees;
    private final OrganizationService organization;
    private final TalentMapService talentMaps;
    private final Superiors superiors;

    DevelopmentFacts(
            EmployeeService employees,
            OrganizationService organization,
            TalentMapService talentMaps,
            Superiors superiors) {
        this.employees = employees;
        this.organization = organization;
        this.talentMaps = talentMaps;
        this.superiors = superiors;
    }

    Optional<Employee> employee(String agency, String nip) {
        return SystemActor.callForAgency(agency, () -> employees.find(agency, nip));
    }

    @Nullable
    String superior(String agency, String nip) {
        return SystemActor.callForAgency(agency, () -> superiors.of(agency, nip));
    }

    Map<String, String> superiors(String agency) {
        return SystemActor.callForAgency(agency, () -> superiors.all(agency));
    }

    Optional<Published> published(String agency, String nip) {
        return SystemActor.callForAgency(
                agency,
                () -> talentMaps.history(agency, nip).stream()
                        .filter(r -> r.period().status() == PeriodStatus.PUBLISHED && r.finalBox() != null)
                        .findFirst()
                        .map((PeriodResult r) -> new Published(
                                r.period().id(),
                                r.period().name(),
                                Objects.requireNonNull(r.finalBox(), "filtered above"))));
    }

    /** The competencies below the standard of the employee's current position in that period's assessment. */
    List<PlanProposal.Gap> gaps(String agency, Employee employee, long periodId) {
        if (employee.positionId() == null) {
            return List.of();
        }
        return SystemActor.callForAgency(agency, () -> {
            List<CompetencyRequirement> standard = organization
                    .standards(agency, List.of(employee.positionId()))
                    .getOrDefault(employee.positionId(), List.of());
            Map<String, Integer> achieved = talentMaps
                    .competencyLevels(agency, periodId, List.of(employee.nip()))
                    .getOrDefault(employee.nip(), Map.of());
            List<PlanProposal.Gap> gaps = new ArrayList<>();
            for (CompetencyRequirement r : standard) {
                int level = achieved.getOrDefault(r.competency(), 0);
                if (level < r.requiredLevel()) {
                    gaps.add(new PlanProposal.Gap(r.competency(), level, r.requiredLevel()));
                }
            }
            return gaps;
        });
    }

    /** Every active employee's unit, level and whether they hold a managerial position, by NIP. */
    Map<String, RosterEntry> roster(String agency) {
        Map<String, RosterEntry> roster = new HashMap<>();
        SystemActor.callForAgency(agency, () -> employees.roster(agency)).forEach(e -> roster.put(e.nip(), e));
        return roster;
    }

    /** Every active employee's unit, by NIP (employees in no unit are absent). */
    Map<String, Long> unitOfEmployee(String agency) {
        Map<String, Long> units = new HashMap<>();
        SystemActor.callForAgency(agency, () -> employees.roster(agency)).forEach(e -> {
            if (e.unitId() != null) {
                units.put(e.nip(), e.unitId());
            }
        });
        return units;
    }

    /** The agency's units by id, flattened from the tree. */
    Map<Long, Unit> units(String agency) {
        Map<Long, Unit> all = new LinkedHashMap<>();
        ArrayDeque<Unit> pending =
                new ArrayDeque<>(SystemActor.callForAgency(agency, () -> organization.unitTree(agency)));
        while (!pending.isEmpty()) {
            Unit unit = pending.pop();
            all.put(unit.id(), unit);
            pending.addAll(unit.children());
        }
        return all;
    }

    /** Hours of learning each employee's records show in the year (trainings and courses completed in it). */
    @SuppressWarnings("unchecked")
    Map<String, Integer> learningHours(String agency, Collection<String> nips, int year) {
        Map<String, ? extends List<?>> trainings = SystemActor.callForAgency(
                agency, () -> employees.histories(agency, EmployeeService.HistoryView.TRAININGS, nips));
        Map<String, Integer> hours = new HashMap<>();
        trainings.forEach((nip, entries) -> hours.put(
                nip,
                ((List<TrainingEntry>) entries)
                        .stream()
                                .filter(t -> t.completedOn().getYear() == year && t.hours() != null)
                                .mapToInt(TrainingEntry::hours)
                                .sum()));
        return hours;
    }
}
