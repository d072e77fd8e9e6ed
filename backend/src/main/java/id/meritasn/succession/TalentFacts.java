package id.meritasn.succession;

import id.meritasn.assessment.AssessmentRecords.FinalResult;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.employee.EmployeeRecords.DisciplineEntry;
import id.meritasn.employee.EmployeeRecords.EducationEntry;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.employee.ReferenceData;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.tenancy.AgencyService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Gathers what eligibility needs from the employee and assessment features (through their services, one call per
 * kind for a whole pool) and turns it into ranked candidates. Runs inside the calling service's transaction, with
 * the caller's rights: callers that may not read records themselves (an employee's own roadmap) run it as the agency.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class TalentFacts {

    private final EmployeeService employees;
    private final OrganizationService organization;
    private final ReferenceDataService referenceData;
    private final AssessmentService assessments;
    private final TalentMapService talentMaps;
    private final CalibrationService calibration;
    private final AgencyService agencies;
    private final ObjectMapper json;
    private final LegalRuleService legalRules;

    TalentFacts(
            EmployeeService employees,
            OrganizationService organization,
            ReferenceDataService referenceData,
            AssessmentService assessments,
            TalentMapService talentMaps,
            CalibrationService calibration,
            AgencyService agencies,
            ObjectMapper json,
            LegalRuleService legalRules) {
        this.legalRules = legalRules;
        this.employees = employees;
        this.organization = organization;
        this.referenceData = referenceData;
        this.assessments = assessments;
        this.talentMaps = talentMaps;
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
                    Employee e = pool.employees().get(r.nip());
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

    private record Pool(List<FinalResult> members, Map<String, Employee> employees) {}

    private Pool loadPool(String agency, long periodId) {
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

    /**
     * Every pool member (except the position's own holder) assessed against the target, ranked: eligible first, then
     * those needing a manual check, then the rest; within each by box (9, 8, 7), then talent score, then JPM, highest
     * first (a box-7 talent never ranks above a box-9 one).
     */
    List<Candidate> candidates(String agency, Position target, long periodId, LocalDate on) {
        return candidates(agency, target, periodId, on, Map.of());
    }

    /** The same, with the manual checks the committee settled for the case applied before ranking. */
    List<Candidate> candidates(
            String agency,
            Position target,
            long periodId,
            LocalDate on,
            Map<String, Map<Eligibility.Rule, ResolutionRepository.Resolution>> settled) {
        Pool pool = loadPool(agency, periodId);
        List<FinalResult> members = pool.members().stream()
                .filter(r -> !Objects.equals(pool.employees().get(r.nip()).positionId(), target.id()))
                .toList();
        List<String> nips = members.stream().map(FinalResult::nip).toList();
        Map<String, Eligibility.Result> results = assess(agency, target, pool.employees(), nips, periodId, on);
        Map<Long, Position> positions = positions(agency);
        List<Candidate> unranked = new ArrayList<>();
        for (FinalResult r : members) {
            Employee e = pool.employees().get(r.nip());
            Eligibility.Result result = settle(results.get(r.nip()), settled.getOrDefault(r.nip(), Map.of()));
            Position current = e.positionId() == null ? null : positions.get(e.positionId());
            unranked.add(new Candidate(
                    0,
                    e.nip(),
                    e.fullName(),
                    e.golongan(),
                    current == null ? null : current.name(),
                    r.finalBox(),
                    talentScore(r),
                    result.jpmPercent(),
                    result.jpmCategory(),
                    result.overall(),
                    result.checks()));
        }
        unranked.sort(Comparator.comparing(Candidate::eligibility)
                .thenComparing(Candidate::box, Comparator.reverseOrder())
                .thenComparing(Candidate::talentScore, Comparator.reverseOrder())
                .thenComparing(Candidate::jpm, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Candidate::nip));
        List<Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Candidate c = unranked.get(i);
            ranked.add(new Candidate(
                    i + 1,
                    c.nip(),
                    c.name(),
                    c.golongan(),
                    c.currentPosition(),
                    c.box(),
                    c.talentScore(),
                    c.jpm(),
                    c.jpmCategory(),
                    c.eligibility(),
                    c.checks()));
        }
        return ranked;
    }

    /** A result with the committee's settled manual checks in place of the open ones. */
    static Eligibility.Result settle(
            Eligibility.Result result, Map<Eligibility.Rule, ResolutionRepository.Resolution> settled) {
        if (settled.isEmpty()) {
            return result;
        }
        return new Eligibility.Result(
                result.checks().stream()
                        .map(c -> {
                            var resolution = settled.get(c.rule());
                            return resolution == null || c.outcome() != Eligibility.Outcome.NEEDS_MANUAL_CHECK
                                    ? c
                                    : c.resolved(resolution.outcome(), resolution.describe());
                        })
                        .toList(),
                result.jpmPercent(),
                result.jpmCategory());
    }

    /** Eligibility of these employees for a target position, from the records and the period's competency levels. */
    @SuppressWarnings("unchecked")
    Map<String, Eligibility.Result> assess(
            String agency,
            Position target,
            Map<String, Employee> people,
            List<String> nips,
            long periodId,
            LocalDate on) {
        ReferenceData reference = reference();
        Map<String, Eligibility.Golongan> golongan = reference.golongan().stream()
                .collect(Collectors.toMap(
                        ReferenceData.Golongan::code, g -> new Eligibility.Golongan(g.code(), g.rankOrder())));
        Map<String, Eligibility.Level> levels = reference.positionLevels().stream()
                .collect(Collectors.toMap(
                        ReferenceData.PositionLevel::code,
                        l -> new Eligibility.Level(l.code(), l.name(), l.rankOrder())));
        Map<Long, Position> positions = positions(agency);
        List<JobPersonMatch.Requirement> standard =
                organization.standards(agency, List.of(target.id())).getOrDefault(target.id(), List.of()).stream()
                        .map(r -> new JobPersonMatch.Requirement(r.competency(), r.requiredLevel()))
                        .toList();
        List<LegalRule> legal = legalRules.inForce(target.level(), on);
        Map<String, String> levelNames = reference.positionLevels().stream()
                .collect(Collectors.toMap(ReferenceData.PositionLevel::code, ReferenceData.PositionLevel::name));
        Eligibility.Target wanted = new Eligibility.Target(
                target.minGolongan() == null ? null : golongan.get(target.minGolongan()),
                levels.get(target.level()),
                standard,
                legal,
                reference.educationRanks(),
                levelNames);
        Map<String, Eligibility.Record> records = legal.isEmpty() ? Map.of() : records(agency, people, nips);
        Map<String, Map<String, Integer>> achieved =
                nips.isEmpty() ? Map.of() : talentMaps.competencyLevels(agency, periodId, nips);
        Map<String, List<DisciplineEntry>> discipline = nips.isEmpty()
                ? Map.of()
                : (Map<String, List<DisciplineEntry>>)
                        employees.histories(agency, EmployeeService.HistoryView.DISCIPLINE, nips);
        Map<String, Eligibility.Result> results = new HashMap<>();
        for (String nip : nips) {
            Employee e = people.get(nip);
            Position current = e.positionId() == null ? null : positions.get(e.positionId());
            results.put(
                    nip,
                    Eligibility.assess(
                            wanted,
                            new Eligibility.Candidate(
                                    golongan.get(e.golongan()),
                                    e.golonganTmt(),
                                    current == null ? null : levels.get(current.level()),
                                    achieved.get(nip),
                                    discipline.getOrDefault(nip, List.of()).stream()
                                            .map(d -> new Eligibility.Sanction(d.level(), d.startDate(), d.endDate()))
                                            .toList(),
                                    records.getOrDefault(nip, Eligibility.Record.NONE)),
                            on));
        }
        return results;
    }

    /** Birth date, education and position history of each employee: what the legal conditions read. */
    @SuppressWarnings("unchecked")
    private Map<String, Eligibility.Record> records(String agency, Map<String, Employee> people, List<String> nips) {
        Map<String, Integer> ranks = reference().educationRanks();
        var positions = (Map<String, List<PositionHistoryEntry>>)
                employees.histories(agency, EmployeeService.HistoryView.POSITION, nips);
        var education = (Map<String, List<EducationEntry>>)
                employees.histories(agency, EmployeeService.HistoryView.EDUCATION, nips);
        Map<String, Eligibility.Record> records = new HashMap<>();
        for (String nip : nips) {
            records.put(
                    nip,
                    new Eligibility.Record(
                            people.get(nip).birthDate(),
                            education.getOrDefault(nip, List.of()).stream()
                                    .map(d -> new LegalConditions.Education(
                                            d.level(),
                                            ranks.getOrDefault(d.level(), -1),
                                            d.level() + " " + d.field() + ", " + d.institution() + " ("
                                                    + d.graduationYear() + ")"))
                                    .toList(),
                            spells(positions.getOrDefault(nip, List.of()))));
        }
        return records;
    }

    /** Position history as spells, oldest first: an entry without an end date ends where the next one starts. */
    static List<LegalConditions.Spell> spells(List<PositionHistoryEntry> history) {
        List<PositionHistoryEntry> sorted = history.stream()
                .sorted(Comparator.comparing(PositionHistoryEntry::tmt))
                .toList();
        List<LegalConditions.Spell> spells = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            PositionHistoryEntry p = sorted.get(i);
            LocalDate end = p.endDate() != null
                    ? p.endDate()
                    : i + 1 < sorted.size() ? sorted.get(i + 1).tmt() : null;
            spells.add(new LegalConditions.Spell(p.level(), p.name(), p.tmt(), end));
        }
        return spells;
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
