package id.meritasn.succession;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.succession.Fairness.Dimension;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRepository.CaseRow;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fairness monitor of an agency's period: the map, the pool, the slates and the appointments of its succession
 * cases, by gender, age band, unit and rank, against the agency's whole ({@link Fairness}). The committee reads it
 * before closing calibration; only aggregates leave this class.
 */
@Service
public class FairnessMonitor {

    private final TenantDatabase tenants;
    private final TalentMapService talentMaps;
    private final CalibrationService calibration;
    private final EmployeeService employees;
    private final OrganizationService organization;
    private final SuccessionRepository repository;
    private final TalentFacts facts;

    FairnessMonitor(
            TenantDatabase tenants,
            TalentMapService talentMaps,
            CalibrationService calibration,
            EmployeeService employees,
            OrganizationService organization,
            SuccessionRepository repository,
            TalentFacts facts) {
        this.tenants = tenants;
        this.talentMaps = talentMaps;
        this.calibration = calibration;
        this.employees = employees;
        this.organization = organization;
        this.repository = repository;
        this.facts = facts;
    }

    public record Report(
            long periodId, String periodName, int minimumGroup, double ratio, List<Fairness.Group> groups) {}

    @Transactional(readOnly = true)
    @PreAuthorize(SuccessionPlanningService.READ)
    public Report report(String agency, long periodId) {
        AssessmentPeriod period = facts.period(agency, periodId);
        if (period == null) {
            return new Report(periodId, "", Fairness.MINIMUM_GROUP, Fairness.RATIO, List.of());
        }
        return new Report(
                periodId,
                period.name(),
                Fairness.MINIMUM_GROUP,
                Fairness.RATIO,
                Fairness.groups(Fairness.tallies(people(agency, period))));
    }

    /**
     * The tallies of the agency's newest published period (empty without one), for national oversight, which sees
     * only what adds up across agencies; a group under the minimum size is left out here already.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(SuccessionPlanningService.READ)
    public Map<Dimension, Map<String, Fairness.Tally>> latestPublishedTallies(String agency) {
        AssessmentPeriod period = facts.latestPublished(agency);
        if (period == null) {
            return Map.of();
        }
        Map<Dimension, Map<String, Fairness.Tally>> tallies = new java.util.EnumMap<>(Dimension.class);
        Fairness.tallies(people(agency, period)).forEach((dimension, groups) -> {
            Map<String, Fairness.Tally> shown = new java.util.TreeMap<>();
            groups.forEach((name, tally) -> {
                if (tally.population() >= Fairness.MINIMUM_GROUP) {
                    shown.put(name, tally);
                }
            });
            tallies.put(dimension, shown);
        });
        return tallies;
    }

    private List<Fairness.Person> people(String agency, AssessmentPeriod period) {
        long periodId = period.id();
        DSLContext tenant = tenants.enter(agency);
        List<TalentResult> mapped = talentMaps.talentMap(agency, periodId).members().stream()
                .filter(TalentResult::mapped)
                .toList();
        List<String> nips = mapped.stream().map(TalentResult::nip).toList();
        Map<String, CalibrationMove> moves = calibration.moves(agency, periodId, nips);
        Set<Integer> poolBoxes = facts.policy(agency).poolBoxes();
        Set<String> slated = new HashSet<>();
        Set<String> appointed = new HashSet<>();
        List<CaseRow> cases = repository.cases(tenant, null).stream()
                .filter(c -> c.periodId() == periodId)
                .toList();
        List<Long> ids = cases.stream().map(CaseRow::id).toList();
        if (!ids.isEmpty()) {
            repository
                    .latestSlates(tenant, ids)
                    .values()
                    .forEach(s -> s.candidates().forEach(c -> slated.add(c.nip())));
            var decisions = repository.decisions(tenant, ids);
            cases.stream()
                    .filter(c -> c.status() == CaseStatus.FINALIZED)
                    .forEach(c -> appointed.add(
                            Objects.requireNonNull(decisions.get(c.id()), "a finalized case has a decision")
                                    .getFirst()
                                    .nip()));
        }
        Map<Long, String> topUnit = organization.topUnitNames(agency);
        Map<String, Employee> people = new HashMap<>();
        employees.findAll(agency, nips).forEach(e -> people.put(e.nip(), e));
        List<Fairness.Person> persons = new ArrayList<>();
        for (TalentResult r : mapped) {
            Employee e = people.get(r.nip());
            if (e == null || r.box() == null) {
                continue;
            }
            int box = moves.containsKey(r.nip()) ? moves.get(r.nip()).toBox() : r.box();
            Map<Dimension, String> groups = new EnumMap<>(Dimension.class);
            groups.put(Dimension.AGENCY, "Instansi");
            groups.put(
                    Dimension.GENDER, e.gender() == id.meritasn.employee.Nip.Gender.FEMALE ? "Perempuan" : "Laki-laki");
            groups.put(
                    Dimension.AGE_BAND,
                    Fairness.ageBand(
                            Period.between(e.birthDate(), period.asOf()).getYears()));
            groups.put(
                    Dimension.UNIT, e.unitId() == null ? "Tanpa unit" : topUnit.getOrDefault(e.unitId(), "Tanpa unit"));
            groups.put(Dimension.RANK, e.rankGroup());
            persons.add(new Fairness.Person(
                    box, poolBoxes.contains(box), slated.contains(r.nip()), appointed.contains(r.nip()), groups));
        }
        return persons;
    }
}
