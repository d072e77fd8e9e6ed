package id.meritasn.succession;

import id.meritasn.assessment.AssessmentRecords.FinalResult;
import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.employee.EmployeeRecords.DisciplineEntry;
import id.meritasn.employee.EmployeeRecords.EducationEntry;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.employee.ReferenceData;
import id.meritasn.succession.SuccessionRecords.Candidate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A talent pool's members ranked as candidates for a target position, each with its eligibility from the records and
 * the period's competency levels. Runs inside the calling service's transaction, as {@link TalentFacts} does.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class CandidateRanking {

    private final TalentFacts facts;
    private final EmployeeService employees;
    private final OrganizationService organization;
    private final TalentMapService talentMaps;
    private final LegalRuleService legalRules;

    CandidateRanking(
            TalentFacts facts,
            EmployeeService employees,
            OrganizationService organization,
            TalentMapService talentMaps,
            LegalRuleService legalRules) {
        this.facts = facts;
        this.employees = employees;
        this.organization = organization;
        this.talentMaps = talentMaps;
        this.legalRules = legalRules;
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
        TalentFacts.Pool pool = facts.loadPool(agency, periodId);
        List<FinalResult> members = pool.members().stream()
                .filter(r -> !Objects.equals(member(pool, r).positionId(), target.id()))
                .toList();
        List<String> nips = members.stream().map(FinalResult::nip).toList();
        Map<String, Eligibility.Result> results = assess(agency, target, pool.employees(), nips, periodId, on);
        Map<Long, Position> positions = facts.positions(agency);
        List<Candidate> unranked = new ArrayList<>();
        for (FinalResult r : members) {
            Employee e = member(pool, r);
            Eligibility.Result result = settle(
                    Objects.requireNonNull(results.get(r.nip()), "assess answers for every NIP it is given"),
                    settled.getOrDefault(r.nip(), Map.of()));
            Position current = e.positionId() == null ? null : positions.get(e.positionId());
            unranked.add(new Candidate(
                    0,
                    e.nip(),
                    e.fullName(),
                    e.golongan(),
                    current == null ? null : current.name(),
                    r.finalBox(),
                    TalentFacts.talentScore(r),
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

    private static Employee member(TalentFacts.Pool pool, FinalResult r) {
        return Objects.requireNonNull(pool.employees().get(r.nip()), "a pool keeps only members it has records of");
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
        ReferenceData reference = facts.reference();
        Map<String, Eligibility.Golongan> golongan = reference.golongan().stream()
                .collect(Collectors.toMap(
                        ReferenceData.Golongan::code, g -> new Eligibility.Golongan(g.code(), g.rankOrder())));
        Map<String, Eligibility.Level> levels = reference.positionLevels().stream()
                .collect(Collectors.toMap(
                        ReferenceData.PositionLevel::code,
                        l -> new Eligibility.Level(l.code(), l.name(), l.rankOrder())));
        Map<Long, Position> positions = facts.positions(agency);
        List<JobPersonMatch.Requirement> standard =
                organization.standards(agency, List.of(target.id())).getOrDefault(target.id(), List.of()).stream()
                        .map(r -> new JobPersonMatch.Requirement(r.competency(), r.requiredLevel()))
                        .toList();
        List<LegalRule> legal = legalRules.inForce(target.level(), on);
        Map<String, String> levelNames = reference.positionLevels().stream()
                .collect(Collectors.toMap(ReferenceData.PositionLevel::code, ReferenceData.PositionLevel::name));
        Eligibility.Target wanted = new Eligibility.Target(
                target.minGolongan() == null ? null : golongan.get(target.minGolongan()),
                Objects.requireNonNull(levels.get(target.level()), "a position's level is a reference level"),
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
            Employee e = Objects.requireNonNull(people.get(nip), "every NIP assessed is one of the people given");
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
        Map<String, Integer> ranks = facts.reference().educationRanks();
        var positions = (Map<String, List<PositionHistoryEntry>>)
                employees.histories(agency, EmployeeService.HistoryView.POSITION, nips);
        var education = (Map<String, List<EducationEntry>>)
                employees.histories(agency, EmployeeService.HistoryView.EDUCATION, nips);
        Map<String, Eligibility.Record> records = new HashMap<>();
        for (String nip : nips) {
            records.put(
                    nip,
                    new Eligibility.Record(
                            Objects.requireNonNull(people.get(nip), "every NIP assessed is one of the people given")
                                    .birthDate(),
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
}
