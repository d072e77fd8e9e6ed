package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.tenancy.TenantDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After computing: the talent committee calibrates in session ({@link CalibrationMoveService}; the computed box is
 * kept), closing calibration locks the period (once no move waits for agreement), publishing lets each employee see
 * their own result and nobody else's.
 */
@Service
public class CalibrationService {

    static final String MEMBER = AssessmentService.MEMBER;
    static final String READ = AssessmentService.READ;
    static final String ADMIN = AssessmentService.ADMIN;

    private final TenantDatabase tenants;
    private final AssessmentRepository repository;
    private final ApplicationEventPublisher events;
    private final tools.jackson.databind.ObjectMapper json;
    private final CompletenessService completeness;
    private final CalibrationRepository calibrations;

    private final MappingScopes scopes;
    private final TieredValidation tiers;
    private final AssessmentNotices notices;

    CalibrationService(
            TenantDatabase tenants,
            AssessmentRepository repository,
            ApplicationEventPublisher events,
            tools.jackson.databind.ObjectMapper json,
            CompletenessService completeness,
            CalibrationRepository calibrations,
            MappingScopes scopes,
            TieredValidation tiers,
            AssessmentNotices notices) {
        this.notices = notices;
        this.scopes = scopes;
        this.tiers = tiers;
        this.calibrations = calibrations;
        this.json = json;
        this.completeness = completeness;
        this.tenants = tenants;
        this.repository = repository;
        this.events = events;
    }

    /** OPEN to CALIBRATING: inputs and computing close, the committee may move employees between boxes. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COMMITTEE)
    public Outcome<AssessmentPeriod, AssessmentProblem> startCalibration(String agency, long periodId) {
        Optional<AssessmentProblem> unvalidated = unvalidated(agency, periodId, "calibrating");
        if (unvalidated.isPresent()) {
            return Outcome.refused(unvalidated.get());
        }
        return transition(agency, periodId, PeriodStatus.OPEN, PeriodStatus.CALIBRATING);
    }

    /** CALIBRATING to CALIBRATED: the period is locked. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COMMITTEE)
    public Outcome<AssessmentPeriod, AssessmentProblem> closeCalibration(String agency, long periodId) {
        int pending = calibrations.pendingCount(tenants.enter(agency), periodId);
        if (pending > 0) {
            return AssessmentProblem.refused(
                    "MOVES_PENDING",
                    pending + " calibration move(s) still wait for a second member's agreement;"
                            + " agree to or decline each before closing calibration.");
        }
        return transition(agency, periodId, PeriodStatus.CALIBRATING, PeriodStatus.CALIBRATED)
                .map(calibrated -> {
                    notices.calibrated(agency, calibrated);
                    return calibrated;
                });
    }

    /** CALIBRATED to PUBLISHED: each employee sees their own box, scores and explanation. */
    @Transactional
    @PreAuthorize(ADMIN)
    public Outcome<AssessmentPeriod, AssessmentProblem> publish(String agency, long periodId) {
        List<String> undeclared = completeness.undeclared(agency, tenants.enter(agency), periodId);
        if (!undeclared.isEmpty()) {
            return AssessmentProblem.refused(
                    "UNITS_NOT_DECLARED",
                    "Every unit's data must be declared complete (or the unit excluded with a"
                            + " reason) before publishing; not yet: " + String.join(", ", undeclared) + ".");
        }
        Optional<AssessmentProblem> unvalidated = unvalidated(agency, periodId, "publishing");
        if (unvalidated.isPresent()) {
            return Outcome.refused(unvalidated.get());
        }
        return transition(agency, periodId, PeriodStatus.CALIBRATED, PeriodStatus.PUBLISHED)
                .map(published -> {
                    events.publishEvent(new AssessmentPeriodPublished(agency, periodId));
                    notices.published(agency, published);
                    return published;
                });
    }

    /** Only validated inputs reach a calibrated and published map (tiered agencies; see TieredValidation). */
    private Optional<AssessmentProblem> unvalidated(String agency, long periodId, String step) {
        int waiting = tiers.unvalidated(agency, periodId).size();
        if (waiting > 0) {
            return Optional.of(new AssessmentProblem(
                    "INPUTS_NOT_VALIDATED",
                    waiting + " employee(s) have inputs not yet validated through every tier (or"
                            + " sent back); validate or enter them again before " + step + "."));
        }
        return Optional.empty();
    }

    /** The moves in force (agreed) per employee. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Map<String, AssessmentRecords.CalibrationMove> moves(
            String agency, long periodId, java.util.Collection<String> nips) {
        return calibrations.latestAgreed(tenants.enter(agency), periodId, nips);
    }

    /** The published periods, newest first: what any member of the agency (employees included) may see results of. */
    @Transactional(readOnly = true)
    @PreAuthorize(MEMBER)
    public List<AssessmentPeriod> publishedPeriods(String agency) {
        return repository.periods(tenants.enter(agency)).stream()
                .filter(p -> p.status() == AssessmentRecords.PeriodStatus.PUBLISHED)
                .toList();
    }

    /**
     * The caller's own result of a published period (employees: self-service), with the box the committee settled on.
     * Nobody else's result is reachable this way.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(MEMBER)
    public java.util.Optional<OwnResult> ownResult(String agency, long periodId) {
        String ownNip = id.meritasn.shared.security.CallerClaims.currentNip();
        if (ownNip == null) {
            throw new AssessmentRefused(
                    "NO_NIP", "Your account is not linked to a NIP, so there is no own result to show.");
        }
        DSLContext tenant = tenants.enter(agency);
        AssessmentPeriod period = repository
                .period(tenant, periodId)
                .orElseThrow(() -> new AssessmentRefused(
                        "UNKNOWN_PERIOD", "No assessment period " + periodId + " in this agency."));
        if (period.status() != PeriodStatus.PUBLISHED) {
            return java.util.Optional.empty();
        }
        TalentResult result =
                repository.latestResults(tenant, periodId, List.of(ownNip)).get(ownNip);
        if (result == null) {
            return java.util.Optional.empty();
        }
        var move = calibrations.latestAgreed(tenant, periodId, List.of(ownNip)).get(ownNip);
        Integer finalBox = move == null ? result.box() : Integer.valueOf(move.toBox());
        return java.util.Optional.of(
                new OwnResult(result, finalBox, finalBox == null ? List.of() : NineBox.recommendedActions(finalBox)));
    }

    /**
     * The final result of every mapped employee of a published period: the box calibration settled on and the two
     * axis scores, for the talent pool. Refused unless the period is PUBLISHED: a pool never forms from a map the
     * committee may still change.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<AssessmentRecords.FinalResult> publishedResults(String agency, long periodId) {
        DSLContext tenant = tenants.enter(agency);
        AssessmentPeriod period = repository
                .period(tenant, periodId)
                .orElseThrow(() -> new AssessmentRefused(
                        "UNKNOWN_PERIOD", "No assessment period " + periodId + " in this agency."));
        if (period.status() != PeriodStatus.PUBLISHED) {
            throw new AssessmentRefused(
                    "PERIOD_NOT_PUBLISHED",
                    "Period '" + period.name() + "' is " + period.status()
                            + "; the talent pool is formed from a PUBLISHED period only.");
        }
        var moves = calibrations.latestAgreed(tenant, periodId, null);
        Map<String, TalentResult> summaries = repository.latestSummaries(tenant, periodId);
        // a unit excluded from the period (or not declared) puts nobody in a pool
        Set<String> declared = completeness.inDeclaredUnits(agency, tenant, periodId, summaries.keySet());
        Map<String, String> outside = scopes.outOfScope(agency);
        return summaries.values().stream()
                .filter(TalentResult::mapped)
                .filter(r -> declared.contains(r.nip()))
                .filter(r -> !outside.containsKey(r.nip()))
                .map(r -> new AssessmentRecords.FinalResult(
                        r.nip(),
                        moves.containsKey(r.nip()) ? moves.get(r.nip()).toBox() : r.mappedBox(),
                        r.mappedPerformance(),
                        r.mappedPotential()))
                .toList();
    }

    /**
     * What the agency's latest PUBLISHED period says about these employees: the final (calibrated) box, the two axis
     * scores and the assessed competency levels. Employees without a result or a competency input there are absent.
     * For sharing what an agency chose to share (the mobility index); callers decide what leaves the agency.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Map<String, PublishedResult> latestPublished(String agency, java.util.Collection<String> nips) {
        DSLContext tenant = tenants.enter(agency);
        var period = repository.periods(tenant).stream()
                .filter(p -> p.status() == PeriodStatus.PUBLISHED)
                .findFirst();
        if (period.isEmpty() || nips.isEmpty()) {
            return Map.of();
        }
        long periodId = period.get().id();
        // summaries and the competency inputs only: the explanations and other inputs are not part of what is shared;
        // nothing of a unit whose data was not declared complete
        Set<String> declared = completeness.inDeclaredUnits(agency, tenant, periodId, nips);
        nips = nips.stream().filter(declared::contains).toList();
        Map<String, TalentResult> results = repository.latestSummaries(tenant, periodId, nips);
        var moves = calibrations.latestAgreed(tenant, periodId, nips);
        Map<String, Map<String, String[]>> inputs = repository.inputs(tenant, periodId, "COMPETENCY", nips);
        Map<String, PublishedResult> published = new java.util.HashMap<>();
        for (String nip : nips) {
            TalentResult result = results.get(nip);
            String[] competency = inputs.getOrDefault(nip, Map.of()).get("COMPETENCY");
            if (result == null && competency == null) {
                continue;
            }
            Map<String, Integer> levels = new java.util.TreeMap<>();
            if (competency != null) {
                levels.putAll(CompetencyPayload.levels(json.readTree(competency[0])));
            }
            var move = moves.get(nip);
            Integer box = result == null || !result.mapped()
                    ? null
                    : move == null ? result.box() : Integer.valueOf(move.toBox());
            published.put(
                    nip,
                    new PublishedResult(
                            periodId,
                            period.get().name(),
                            box,
                            result == null ? null : result.potential(),
                            result == null ? null : result.performance(),
                            Map.copyOf(levels)));
        }
        return published;
    }

    /** See {@link #latestPublished}. */
    public record PublishedResult(
            long periodId,
            String periodName,
            @Nullable Integer finalBox,
            java.math.@Nullable BigDecimal potential,
            java.math.@Nullable BigDecimal performance,
            Map<String, Integer> competencyLevels) {}

    /** An employee's own published result: the computed scores and explanation, and the final (calibrated) box. */
    public record OwnResult(TalentResult result, @Nullable Integer finalBox, List<String> developmentPlan) {}

    /** Moves the period from one status to the next; refused, writing nothing, unless it is at {@code from}. */
    private Outcome<AssessmentPeriod, AssessmentProblem> transition(
            String agency, long periodId, PeriodStatus from, PeriodStatus to) {
        DSLContext tenant = tenants.enter(agency);
        AssessmentPeriod period = repository.period(tenant, periodId).orElse(null);
        if (period == null) {
            return AssessmentProblem.refused("UNKNOWN_PERIOD", "No assessment period " + periodId + " in this agency.");
        }
        if (period.status() != from) {
            return AssessmentProblem.refused(
                    "PERIOD_STATUS",
                    "Period '" + period.name() + "' is " + period.status() + "; this step needs it " + from + ".");
        }
        repository.setStatus(tenant, periodId, to);
        return Outcome.done(repository.period(tenant, periodId).orElseThrow());
    }
}
