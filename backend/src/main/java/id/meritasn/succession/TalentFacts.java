package id.meritasn.succession;

import id.meritasn.assessment.AssessmentRecords.FinalResult;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.employee.ReferenceData;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.tenancy.AgencyService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Gathers what succession needs from the employee and assessment features (through their services, one call per
 * kind for a whole pool); {@link CandidateRanking} turns it into ranked candidates. Runs inside the calling service's
 * transaction, with the caller's rights: callers that may not read records themselves (an employee's own roadmap) run
 * it as the agency.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class TalentFacts {

    private final EmployeeService employees;
    private final OrganizationService organization;
    private final ReferenceDataService referenceData;
    private final AssessmentService assessments;
    private final CalibrationService calibration;
    private final AgencyService agencies;
    private final ObjectMapper json;

    TalentFacts(
            EmployeeService employees,
            OrganizationService organization,
            ReferenceDataService referenceData,
            AssessmentService assessments,
            CalibrationService calibration,
            AgencyService agencies,
            ObjectMapper json) {
        this.employees = employees;
        this.organization = organization;
        this.referenceData = referenceData;
        this.assessments = assessments;
        this.calibration = calibration;
        this.agencies = agencies;
        this.json = json;
    }

    SuccessionPolicy policy(String agency) {
        return SuccessionPolicy.of(agencies.profile(agency), json);
    }

    /** The positions of the agency by id. */
    Map<Long, Position> positions(String agency) {
        return organization.positions(agency, null).stream()
                .collect(Collectors.toMap(Position::id, Function.identity()));
    }

    /** A position as succession shows it, with its unit's name. */
    List<PositionRef> refs(String agency, Collection<Position> positions) {
        Map<Long, String> units = new HashMap<>();
        organization
                .units(
                        agency,
                        positions.stream().map(Position::unitId).distinct().toList())
                .forEach(u -> units.put(u.id(), u.name()));
        return positions.stream()
                .map(p -> new PositionRef(p.id(), p.code(), p.name(), p.level(), units.get(p.unitId()), p.critical()))
                .toList();
    }

    /** The same by position id. */
    Map<Long, PositionRef> refsById(String agency, Collection<Position> positions) {
        Map<Long, PositionRef> refs = new HashMap<>();
        refs(agency, positions).forEach(r -> refs.put(r.id(), r));
        return refs;
    }

    PositionRef ref(String agency, Position position) {
        return refs(agency, List.of(position)).getFirst();
    }

    ReferenceData reference() {
        return referenceData.get();
    }

    int retirementAge(String level) {
        return reference().positionLevels().stream()
                .filter(l -> l.code().equals(level))
                .findFirst()
                .map(ReferenceData.PositionLevel::retirementAge)
                .orElse(58);
    }

    List<Employee> holders(String agency, Collection<Long> positionIds) {
        return positionIds.isEmpty() ? List.of() : employees.holders(agency, positionIds);
    }

    /**
     * The talent pool of a published period: mapped employees whose final box is one the agency's pool takes (7, 8
     * and 9 unless narrowed), active, and at or above the pool's lowest golongan if the agency set one.
     */
    List<PoolMember> pool(String agency, long periodId) {
        Pool pool = loadPool(agency, periodId);
        Map<Long, Position> positions = positions(agency);
        return pool.members().stream()
                .map(r -> {
                    Employee e = Objects.requireNonNull(
                            pool.employees().get(r.nip()), "a pool keeps only members it has records of");
                    Position p = e.positionId() == null ? null : positions.get(e.positionId());
                    return new PoolMember(
                            e.nip(),
                            e.fullName(),
                            e.golongan(),
                            p == null ? null : p.name(),
                            r.finalBox(),
                            talentScore(r));
                })
                .sorted(Comparator.comparingInt(PoolMember::box)
                        .reversed()
                        .thenComparing(PoolMember::talentScore, Comparator.reverseOrder())
                        .thenComparing(PoolMember::nip))
                .toList();
    }

    /** A published period's pool: its members' final results and their employee records by NIP. */
    record Pool(List<FinalResult> members, Map<String, Employee> employees) {}

    Pool loadPool(String agency, long periodId) {
        SuccessionPolicy policy = policy(agency);
        ReferenceData reference = reference();
        List<String> codes = reference.pnsGolongan().stream()
                .map(ReferenceData.Golongan::code)
                .toList();
        String minCode = policy.golonganMinCode(codes);
        int minRank = minCode == null ? 0 : rank(reference, minCode);
        List<FinalResult> inBoxes = calibration.publishedResults(agency, periodId).stream()
                .filter(r -> policy.poolBoxes().contains(r.finalBox()))
                .toList();
        Map<String, Employee> people =
                employees.findAll(agency, inBoxes.stream().map(FinalResult::nip).toList()).stream()
                        .filter(e -> e.status() == EmployeeStatus.ACTIVE && rank(reference, e.golongan()) >= minRank)
                        .collect(Collectors.toMap(Employee::nip, Function.identity()));
        return new Pool(
                inBoxes.stream().filter(r -> people.containsKey(r.nip())).toList(), people);
    }

    /** The talent score: the mean of the performance and potential axes (each 0-100). */
    static BigDecimal talentScore(FinalResult r) {
        return r.performance().add(r.potential()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    private static int rank(ReferenceData reference, String golongan) {
        return reference.golongan().stream()
                .filter(g -> g.code().equals(golongan))
                .findFirst()
                .map(ReferenceData.Golongan::rankOrder)
                .orElse(0);
    }

    /** The level rank of a position level code. */
    int levelRank(String level) {
        return reference().positionLevels().stream()
                .filter(l -> l.code().equals(level))
                .findFirst()
                .map(ReferenceData.PositionLevel::rankOrder)
                .orElse(0);
    }

    id.meritasn.assessment.AssessmentRecords.@Nullable AssessmentPeriod period(String agency, long periodId) {
        return assessments.periods(agency).stream()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElse(null);
    }

    /** The newest published period of the agency, if any. */
    id.meritasn.assessment.AssessmentRecords.@Nullable AssessmentPeriod latestPublished(String agency) {
        return assessments.periods(agency).stream()
                .filter(p -> p.status() == id.meritasn.assessment.AssessmentRecords.PeriodStatus.PUBLISHED)
                .findFirst()
                .orElse(null);
    }

    List<FinalResult> finalResults(String agency, long periodId) {
        return calibration.publishedResults(agency, periodId);
    }

    @Nullable
    Employee employee(String agency, String nip) {
        return employees.find(agency, nip).orElse(null);
    }
}
