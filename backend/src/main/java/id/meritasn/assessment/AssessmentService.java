package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.imports.ImportJob.RowError;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.text.Text;
import id.meritasn.tenancy.TenantDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment periods, rubrics, inputs and computation of one agency; {@link TalentMapService} reads the results.
 * Entering or correcting an input recomputes that employee at once (incremental); computing a period recomputes
 * everyone. A result is stored as a new version only when something changed, so earlier versions stay visible.
 */
@Service
public class AssessmentService {

    static final String MEMBER = Access.MEMBER;
    static final String READ = Access.MAP_READERS;
    static final String ENTER = Access.DATA_ENTRY;
    static final String ADMIN = Access.TENANT_ADMIN;
    /** People of the agency, whatever their role (not machine clients): 360 raters, a unit head declaring a unit. */
    static final String PEOPLE = Access.PEOPLE;

    private final TenantDatabase tenants;
    private final AssessmentRepository repository;
    private final EmployeeService employees;
    private final MappingScopes scopes;
    private final TieredValidation tiers;
    private final ResultComputation computation;
    private final Clock clock;

    AssessmentService(
            TenantDatabase tenants,
            AssessmentRepository repository,
            EmployeeService employees,
            MappingScopes scopes,
            TieredValidation tiers,
            ResultComputation computation,
            Clock clock) {
        this.tenants = tenants;
        this.repository = repository;
        this.employees = employees;
        this.scopes = scopes;
        this.tiers = tiers;
        this.computation = computation;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public Outcome<AssessmentPeriod, AssessmentProblem> createPeriod(String agency, String name, LocalDate asOf) {
        DSLContext tenant = tenants.enter(agency);
        if (name.isBlank() || repository.periodNameTaken(tenant, name.trim())) {
            return AssessmentProblem.refused(
                    "PERIOD_NAME_TAKEN", "A period needs a name no other period of the agency has ('" + name + "').");
        }
        return Outcome.done(repository
                .period(tenant, repository.createPeriod(tenant, name.trim(), asOf))
                .orElseThrow());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<AssessmentPeriod> periods(String agency) {
        return repository.periods(tenants.enter(agency));
    }

    @Transactional
    @PreAuthorize(ENTER)
    public Outcome<TalentResult, AssessmentProblem> recordSkp(
            String agency,
            long periodId,
            String nip,
            Skp.Rating hasil,
            Skp.Rating perilaku,
            String evidence,
            String actor) {
        return record(
                agency, periodId, nip, "SKP", Map.of("hasilKerja", hasil, "perilakuKerja", perilaku), evidence, actor);
    }

    @Transactional
    @PreAuthorize(ENTER)
    public Outcome<TalentResult, AssessmentProblem> recordCompetency(
            String agency,
            long periodId,
            String nip,
            Map<String, Integer> levels,
            @Nullable LocalDate assessedOn,
            String evidence,
            String actor) {
        for (Map.Entry<String, Integer> level : levels.entrySet()) {
            if (level.getValue() < 1 || level.getValue() > 5) {
                return AssessmentProblem.refused(
                        "LEVEL_RANGE",
                        "Competency '" + level.getKey() + "' has level " + level.getValue() + "; levels are 1 to 5.");
            }
        }
        if (assessedOn != null && assessedOn.isAfter(LocalDate.now(clock))) {
            return AssessmentProblem.refused(
                    "FUTURE_DATE", "A competency assessment cannot be dated in the future (" + assessedOn + ").");
        }
        // without a date the result counts as of the period it is entered for (the loader's rule)
        return record(
                agency,
                periodId,
                nip,
                "COMPETENCY",
                assessedOn == null ? levels : CompetencyPayload.of(levels, assessedOn),
                evidence,
                actor);
    }

    /**
     * Declares, with its evidence (the unit head's statement, the SIASN discipline record), that the employee had no
     * discipline sanction in the agency's lookback. Without it or a recorded sanction the discipline status is
     * missing; a recorded sanction still decides over the declaration.
     */
    @Transactional
    @PreAuthorize(ENTER)
    public Outcome<TalentResult, AssessmentProblem> declareNoSanction(
            String agency, long periodId, String nip, String evidence, String actor) {
        return record(agency, periodId, nip, "DISCIPLINE", Map.of("noSanction", true), evidence, actor);
    }

    @Transactional
    @PreAuthorize(ENTER)
    public Outcome<TalentResult, AssessmentProblem> recordPotential(
            String agency, long periodId, String nip, BigDecimal score, String evidence, String actor) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            return AssessmentProblem.refused("SCORE_RANGE", "A potential score is 0 to 100, was " + score + ".");
        }
        return record(agency, periodId, nip, "POTENTIAL", Map.of("score", score.toPlainString()), evidence, actor);
    }

    @Transactional
    @PreAuthorize(ENTER)
    public Outcome<TalentResult, AssessmentProblem> recordFieldFit(
            String agency, long periodId, String nip, boolean fits, String evidence, String actor) {
        return record(agency, periodId, nip, "FIELD_FIT", Map.of("fits", fits), evidence, actor);
    }

    /**
     * Recomputes one employee of an open period after an input kept outside this service changed (an approved
     * community submission, a 360 answer).
     */
    @Transactional
    @PreAuthorize(ENTER)
    public TalentResult recomputeEmployee(String agency, long periodId, String nip) {
        DSLContext tenant = tenants.enter(agency);
        return recomputeOne(agency, tenant, openPeriod(tenant, periodId), nip);
    }

    /** What a chunk of a bulk file did: rows with a new input, rows with a changed one, rows the same as stored. */
    public record BulkResult(int created, int updated, int unchanged, List<RowError> refused) {}

    /**
     * Stores the inputs of many employees from a bulk file in one transaction and recomputes those whose inputs
     * changed, together. A row for an employee the agency does not have is refused, with its row number.
     */
    @Transactional
    @PreAuthorize(ENTER)
    public BulkResult storeInputs(String agency, long periodId, List<AssessmentInputFile.Inputs> rows, String actor) {
        DSLContext tenant = tenants.enter(agency);
        AssessmentPeriod period = openPeriod(tenant, periodId);
        Set<String> known = new HashSet<>();
        Map<String, Text> outside = new HashMap<>();
        var scope = scopes.judge(agency);
        employees
                .findAll(
                        agency,
                        rows.stream()
                                .map(AssessmentInputFile.Inputs::nip)
                                .distinct()
                                .toList())
                .forEach(e -> {
                    known.add(e.nip());
                    Text reason = scope.apply(e);
                    if (reason != null) {
                        outside.put(e.nip(), reason);
                    }
                });
        int agencyTiers = tiers.tiers(agency);
        List<RowError> refused = new ArrayList<>();
        Set<String> changed = new LinkedHashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (AssessmentInputFile.Inputs row : rows) {
            if (!known.contains(row.nip())) {
                refused.add(new RowError(
                        row.rowNumber(), AssessmentInputFile.NIP, row.nip(), AssessmentRowText.NO_EMPLOYEE.with()));
                continue;
            }
            Text out = outside.get(row.nip());
            if (out != null) {
                refused.add(new RowError(row.rowNumber(), AssessmentInputFile.NIP, row.nip(), out));
                continue;
            }
            int outcome = 0;
            for (Map.Entry<String, Object> input : row.byKind().entrySet()) {
                int saved = repository.saveInputIfChanged(
                        tenant, periodId, row.nip(), input.getKey(), input.getValue(), row.evidence(), actor);
                if (saved > 0) {
                    tiers.entered(agencyTiers, tenant, periodId, row.nip(), input.getKey());
                }
                outcome = Math.max(outcome, saved);
            }
            switch (outcome) {
                case 1 -> created++;
                case 2 -> updated++;
                default -> unchanged++;
            }
            if (outcome > 0) {
                changed.add(row.nip());
            }
        }
        if (!changed.isEmpty()) {
            computation.recompute(agency, tenant, period, List.copyOf(changed));
        }
        return new BulkResult(created, updated, unchanged, refused);
    }

    /**
     * Recomputes every active employee of the period; returns how many results changed ({@link ResultComputation}:
     * in parallel chunks, resumed after a crash).
     */
    @PreAuthorize(ENTER)
    public Outcome<Integer, AssessmentProblem> computePeriod(String agency, long periodId) {
        try {
            return Outcome.done(computation.computePeriod(agency, periodId));
        } catch (AssessmentRefused refused) {
            // the period check runs inside the compute's own first transaction, which rolled back; nothing was written
            return Outcome.refused(refused.problem());
        }
    }

    /** Every check comes before the first write: a refusal returns with nothing stored. */
    private Outcome<TalentResult, AssessmentProblem> record(
            String agency, long periodId, String nip, String kind, Object payload, String evidence, String actor) {
        if (evidence.isBlank()) {
            return AssessmentProblem.refused(
                    "EVIDENCE_REQUIRED", "Every input needs its evidence (a document reference or source system).");
        }
        DSLContext tenant = tenants.enter(agency);
        return OpenPeriods.open(repository.period(tenant, periodId), periodId, "inputs and computing are closed")
                .flatMap(period -> inScope(agency, nip).map(employee -> {
                    if (repository.saveInputIfChanged(tenant, periodId, nip, kind, payload, evidence.trim(), actor)
                            > 0) {
                        tiers.entered(agency, tenant, periodId, nip, kind); // provisional until validated, where tiered
                    }
                    return recomputeOne(agency, tenant, period, nip);
                }));
    }

    private TalentResult recomputeOne(String agency, DSLContext tenant, AssessmentPeriod period, String nip) {
        computation.recompute(agency, tenant, period, List.of(nip));
        return Objects.requireNonNull(
                repository.latestResults(tenant, period.id(), List.of(nip)).get(nip), "recompute wrote the result");
    }

    private AssessmentPeriod openPeriod(DSLContext tenant, long periodId) {
        return OpenPeriods.require(repository.period(tenant, periodId), periodId, "inputs and computing are closed");
    }

    /** The employee, if the agency's and in its mapping scope: no input is taken for anyone else. */
    private Outcome<Employee, AssessmentProblem> inScope(String agency, String nip) {
        var found = employees.findAll(agency, List.of(nip));
        if (found.isEmpty()) {
            return AssessmentProblem.refused("UNKNOWN_EMPLOYEE", "No employee with NIP " + nip + " in this agency.");
        }
        Text outside = scopes.judge(agency).apply(found.getFirst());
        if (outside != null) {
            return AssessmentProblem.refused(
                    "OUT_OF_SCOPE", "Employee " + nip + ": " + outside.english() + "; no input is taken for them.");
        }
        return Outcome.done(found.getFirst());
    }
}
