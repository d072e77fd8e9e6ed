package id.meritasn.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.BoxCount;
import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.AssessmentRecords.PeriodResult;
import id.meritasn.assessment.AssessmentRecords.TalentMap;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.AssessmentRecords.UnitCompleteness;
import id.meritasn.employee.EmployeeFilter;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.EmployeeSort;
import id.meritasn.tenancy.AgencyService;
import id.meritasn.tenancy.TenantDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * What the stored results say, read only: the nine-box map of a period (whole agency or a filter), completeness per
 * unit, an employee's versions and history across periods, explanations on demand, and achieved competency levels for
 * matching against other positions. {@link AssessmentService} writes inputs and computes the results read here.
 */
@Service
public class TalentMapService {

    private final TenantDatabase tenants;
    private final AssessmentRepository repository;
    private final TalentMapCounts mapCounts;
    private final CalibrationRepository calibrations;
    private final EmployeeService employees;
    private final CompletenessReport report;
    private final AgencyService agencies;
    private final ObjectMapper json;
    /**
     * Box counts by agency, period and the agency's result revision (moved by the database with every write of results
     * or calibration moves): an unchanged period is counted once, not on every open grid; a changed one gets a new key,
     * on every instance alike. Never modified once stored.
     */
    private final Cache<CountsKey, int[]> boxCounts =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private record CountsKey(String agency, long periodId, long revision) {}

    private final MappingScopes scopes;
    private final TieredValidation tiers;

    TalentMapService(
            TenantDatabase tenants,
            AssessmentRepository repository,
            TalentMapCounts mapCounts,
            CalibrationRepository calibrations,
            EmployeeService employees,
            CompletenessReport report,
            AgencyService agencies,
            ObjectMapper json,
            MappingScopes scopes,
            TieredValidation tiers) {
        this.scopes = scopes;
        this.tiers = tiers;
        this.tenants = tenants;
        this.calibrations = calibrations;
        this.repository = repository;
        this.mapCounts = mapCounts;
        this.employees = employees;
        this.report = report;
        this.agencies = agencies;
        this.json = json;
    }

    /** Completeness per unit ({@link CompletenessReport}), for the UI's talent pages. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public List<UnitCompleteness> completeness(String agency, long periodId) {
        return report.completeness(agency, periodId);
    }

    /** The map of the employees a filter selects (unit and sub-units, rank range, kind and level of position). */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public TalentMap talentMap(String agency, long periodId, EmployeeFilter filter) {
        Set<String> selected = new HashSet<>();
        employees.page(agency, filter, EmployeeSort.byName(), null, 1_000_000).forEach(e -> selected.add(e.nip()));
        return map(agency, tenants.enter(agency), periodId, selected::contains);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public TalentMap talentMap(String agency, long periodId) {
        return map(agency, tenants.enter(agency), periodId, nip -> true);
    }

    /**
     * The map's box counts and unmapped count without its members: what the nine-box grid shows. Counted by the
     * database, so the grid of a 60,000-employee agency does not read 60,000 results into memory.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public TalentMap talentMapSummary(String agency, long periodId) {
        DSLContext tenant = tenants.enter(agency);
        if (!scopes.of(agency).everyone()) { // the counts must leave people out of scope: from the members
            TalentMap scoped = map(agency, tenant, periodId, nip -> true);
            return new TalentMap(
                    periodId, scoped.boxes(), scoped.notMapped(), scoped.outOfScope(), List.of(), List.of());
        }
        repository
                .period(tenant, periodId)
                .orElseThrow(() -> new AssessmentRefused("UNKNOWN_PERIOD", "No period " + periodId + "."));
        // the revision first: counted afterwards, the counts are never older than the revision they are kept under
        long revision = mapCounts.resultRevision(tenant);
        int[] counts =
                boxCounts.get(new CountsKey(agency, periodId, revision), key -> mapCounts.boxCounts(tenant, periodId));
        return new TalentMap(periodId, boxes(agency, counts), counts[0], 0, List.of(), List.of());
    }

    /** Results and moves are read once; each employee counts in the box calibration put them in, else the computed one. */
    private TalentMap map(String agency, DSLContext tenant, long periodId, Predicate<String> selected) {
        repository
                .period(tenant, periodId)
                .orElseThrow(() -> new AssessmentRefused("UNKNOWN_PERIOD", "No period " + periodId + "."));
        Map<String, String> outside = scopes.outOfScope(agency);
        List<TalentResult> members = repository.latestSummaries(tenant, periodId).values().stream()
                .filter(r -> selected.test(r.nip()) && !outside.containsKey(r.nip()))
                .toList();
        Map<String, CalibrationMove> moves = calibrations.latestAgreed(tenant, periodId, null);
        int[] counts = new int[10];
        members.forEach(r -> {
            Integer box = moves.containsKey(r.nip())
                    ? Integer.valueOf(moves.get(r.nip()).toBox())
                    : r.box();
            if (box != null) {
                counts[box]++;
            }
        });
        return new TalentMap(
                periodId,
                boxes(agency, counts),
                (int) members.stream().filter(r -> !r.mapped()).count(),
                (int) outside.keySet().stream().filter(selected).count(),
                members,
                members.stream()
                        .map(TalentResult::nip)
                        .filter(tiers.unvalidated(agency, periodId)::contains)
                        .toList());
    }

    /**
     * Whether the agency's open maps follow changes by themselves (policy {@code talentmap.realtime}: true, as Jakarta
     * Pusat asks for its tiered assessment) or are refreshed on demand.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public boolean realtime(String agency) {
        return agencies.profile(agency).policies().stream()
                .anyMatch(p -> p.name().equals("talentmap.realtime")
                        && "true".equals(p.valueJson().trim()));
    }

    /**
     * A number that grows whenever the period's map changes (a result stored, a move proposed or decided, an input
     * validated or sent back): an open view compares it and reloads only then. Cheap: three counters, no results read.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public long revision(String agency, long periodId) {
        DSLContext tenant = tenants.enter(agency);
        return mapCounts.resultRevision(tenant)
                + calibrations.changes(tenant, periodId)
                + tiers.changes(tenant, periodId);
    }

    /** Counts per box (index 1-9; index 0 is ignored) with their share of the mapped and the agency's guideline. */
    private List<BoxCount> boxes(String agency, int[] counts) {
        int mapped = Arrays.stream(counts, 1, 10).sum();
        Map<Integer, Double> guideline = guideline(agency);
        List<BoxCount> boxes = new ArrayList<>();
        for (int box = 1; box <= 9; box++) {
            double percent = mapped == 0 ? 0 : Math.round(counts[box] * 1000.0 / mapped) / 10.0;
            boxes.add(new BoxCount(box, counts[box], percent, guideline.get(box)));
        }
        return boxes;
    }

    /**
     * The agency's distribution guideline (policy {@code talentmap.guideline}, e.g. {"9": 5, "8": 10, ...}: percent of
     * the mapped employees expected per box), or none. A malformed policy is treated as none rather than failing the map.
     */
    private Map<Integer, Double> guideline(String agency) {
        return agencies.profile(agency).policies().stream()
                .filter(p -> p.name().equals("talentmap.guideline"))
                .findFirst()
                .map(p -> Guideline.parse(p.valueJson(), json))
                .orElse(Map.of());
    }

    /** Explanations of results read without them (a map's members), by "nip/version", for the ones a client asks for. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public Map<String, List<ScoreEngine.IndicatorScore>> explanations(
            String agency, long periodId, List<TalentResult> results) {
        return repository.explanations(tenants.enter(agency), periodId, results);
    }

    /** An employee's latest result in every period, newest period first: the talent profile's history. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public List<PeriodResult> history(String agency, String nip) {
        DSLContext tenant = tenants.enter(agency);
        List<PeriodResult> history = new ArrayList<>();
        for (AssessmentPeriod period : repository.periods(tenant)) {
            TalentResult result =
                    repository.latestResults(tenant, period.id(), List.of(nip)).get(nip);
            if (result != null) {
                var move = calibrations
                        .latestAgreed(tenant, period.id(), List.of(nip))
                        .get(nip);
                history.add(
                        new PeriodResult(period, result, move == null ? result.box() : Integer.valueOf(move.toBox())));
            }
        }
        return history;
    }

    /**
     * The achieved competency levels entered for these employees in a period (competency to level), for matching
     * them against another position's standard; employees without a competency input are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public Map<String, Map<String, Integer>> competencyLevels(String agency, long periodId, Collection<String> nips) {
        Map<String, Map<String, Integer>> levels = new HashMap<>();
        repository.inputs(tenants.enter(agency), periodId, nips).forEach((nip, kinds) -> {
            String[] stored = kinds.get("COMPETENCY");
            if (stored != null) {
                levels.put(nip, CompetencyPayload.levels(json.readTree(stored[0])));
            }
        });
        return levels;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public List<TalentResult> versions(String agency, long periodId, String nip) {
        return repository.versions(tenants.enter(agency), periodId, nip);
    }
}
