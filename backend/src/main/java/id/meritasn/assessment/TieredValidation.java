package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.InputValidation;
import id.meritasn.assessment.AssessmentRecords.PendingValidation;
import id.meritasn.assessment.AssessmentRecords.PeriodQueue;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentRecords.ValidationRefusal;
import id.meritasn.assessment.ValidationRepository.StoredInput;
import id.meritasn.audit.AuditLog;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.tenancy.AgencyService;
import id.meritasn.tenancy.TenantDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tiered assessment (berjenjang, as Jakarta Pusat assesses): where the agency's policy {@value #POLICY} is 1 to 3, an
 * input its assessor enters (the employee's direct superior by default) is provisional until each tier above agrees in
 * turn: tier 1 is the superior of the direct superior, tier 2 the next one up, and so on (derived from the organisation
 * as the 360's superior is, never claimed). A holder may send the input back with a reason; entered again, it starts
 * over. The person who entered an input never validates it. Where the structure has nobody above, the agency's tenant
 * admins hold that tier. Units cannot be declared complete, nor the period published, while inputs are not validated,
 * so only validated inputs reach a published map; every step is in the audit trail.
 */
@Service
public class TieredValidation {

    static final String POLICY = "assessment.tiers";
    static final int MAX_TIERS = 3;

    private final TenantDatabase tenants;
    private final ValidationRepository validations;
    private final AssessmentRepository assessments;
    private final AgencyService agencies;
    private final EmployeeService employees;
    private final OrganizationService organization;
    private final AuditLog audit;

    TieredValidation(
            TenantDatabase tenants,
            ValidationRepository validations,
            AssessmentRepository assessments,
            AgencyService agencies,
            EmployeeService employees,
            OrganizationService organization,
            AuditLog audit) {
        this.tenants = tenants;
        this.validations = validations;
        this.assessments = assessments;
        this.agencies = agencies;
        this.employees = employees;
        this.organization = organization;
        this.audit = audit;
    }

    /** The agency's number of validation tiers (0: inputs count as entered). */
    public int tiers(String agency) {
        return agencies.profile(agency).policies().stream()
                .filter(p -> p.name().equals(POLICY))
                .findFirst()
                .map(p -> {
                    try {
                        return Math.max(
                                0,
                                Math.min(
                                        MAX_TIERS,
                                        Integer.parseInt(p.valueJson().trim())));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                })
                .orElse(0);
    }

    /** After an input was stored or changed: provisional where the agency validates in tiers. */
    void entered(String agency, DSLContext tenant, long periodId, String nip, String kind) {
        entered(tiers(agency), tenant, periodId, nip, kind);
    }

    /** The same with the agency's tiers read once (a bulk file stores thousands of inputs). */
    void entered(int agencyTiers, DSLContext tenant, long periodId, String nip, String kind) {
        if (agencyTiers > 0) {
            validations.markProvisional(tenant, periodId, nip, kind);
        }
    }

    /** Employees of the period whose result rests on an input not validated yet (provisional or sent back). */
    Set<String> unvalidated(String agency, long periodId) {
        return validations.unvalidatedNips(tenants.enter(agency), periodId);
    }

    /**
     * Where each input of one employee stands: what the talent card marks as provisional or validated. Empty where
     * the agency does not validate in tiers (every input counts as entered).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public List<InputValidation> states(String agency, long periodId, String nip) {
        int tiers = tiers(agency);
        if (tiers == 0) {
            return List.of();
        }
        DSLContext tenant = tenants.enter(agency);
        return validations.ofEmployee(tenant, periodId, nip).stream()
                .map(i -> new InputValidation(
                        i.kind(),
                        i.state(),
                        i.tiersDone(),
                        tiers,
                        i.state().equals("SENT_BACK")
                                ? validations
                                        .lastReason(tenant, periodId, nip, i.kind())
                                        .orElse(null)
                                : null))
                .toList();
    }

    long changes(DSLContext tenant, long periodId) {
        return validations.changes(tenant, periodId);
    }

    /** Validates the input at the caller's tier, or sends it back with a reason; a refusal says why. */
    @Transactional
    @PreAuthorize(AssessmentService.PEOPLE)
    public Optional<ValidationRefusal> decide(
            String agency,
            long periodId,
            String nip,
            String kind,
            boolean validate,
            @Nullable String reason,
            String actor) {
        DSLContext tenant = tenants.enter(agency);
        OpenPeriods.require(assessments.period(tenant, periodId), periodId, "inputs and their validation are closed");
        int tiers = tiers(agency);
        if (tiers == 0) {
            return refused("NOT_TIERED", "This agency does not validate inputs in tiers (policy " + POLICY + ").");
        }
        StoredInput input = validations.lock(tenant, periodId, nip, kind).orElse(null);
        if (input == null) {
            return refused("NOT_FOUND", "No " + kind + " input of " + nip + " in period " + periodId + ".");
        }
        if (!input.state().equals("PROVISIONAL")) {
            return refused(
                    "NOT_PROVISIONAL",
                    "The input is " + input.state()
                            + (input.state().equals("SENT_BACK")
                                    ? ": it waits to be entered again."
                                    : ": nothing is left to validate."));
        }
        int tier = input.tiersDone() + 1;
        if (input.enteredBy().equals(actor)) {
            return refused("SELF", "You entered this input; another person validates it.");
        }
        if (validations.deciders(tenant, input).contains(actor)) {
            // where tenant admins stand in for missing tiers, one admin must not validate two of them alone
            return refused(
                    "ALREADY_DECIDED",
                    "You validated an earlier tier of this input; another person validates" + " tier " + tier + ".");
        }
        if (!holds(agency, nip, tier)) {
            return refused(
                    "NOT_YOUR_TIER",
                    "Tier " + tier + " of " + tiers + " validates this input next, and you do"
                            + " not hold it for employee " + nip + ".");
        }
        String why = reason == null ? "" : reason.trim();
        if (!validate && why.length() < 10) {
            return refused("REASON_REQUIRED", "Say why the input goes back, in at least 10 characters.");
        }
        validations.decide(tenant, input, tier, validate, tier == tiers, validate ? null : why, actor);
        audit.record(
                actor,
                validate ? "assessment.input-validated" : "assessment.input-sent-back",
                agency,
                Map.of(
                        "period",
                        periodId,
                        "nip",
                        nip,
                        "kind",
                        kind,
                        "tier",
                        tier,
                        "of",
                        tiers,
                        "reason",
                        validate ? "" : why));
        return Optional.empty();
    }

    /** The inputs waiting for the caller's tier, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.PEOPLE)
    public List<PendingValidation> queue(String agency, long periodId) {
        DSLContext tenant = tenants.enter(agency);
        int tiers = tiers(agency);
        if (tiers == 0) {
            return List.of();
        }
        TierChains chains = chains(agency);
        String me = currentName();
        return validations.provisional(tenant, periodId).stream()
                .filter(i -> chains.holds(i.nip(), i.tiersDone() + 1)
                        && !i.enteredBy().equals(me)
                        && (i.tiersDone() == 0
                                || !validations.deciders(tenant, i).contains(me)))
                .map(i -> new PendingValidation(
                        i.nip(),
                        i.kind(),
                        i.tiersDone() + 1,
                        tiers,
                        i.payload(),
                        i.evidence(),
                        i.enteredBy(),
                        i.enteredAt().toString()))
                .toList();
    }

    /** The caller's queue in every open period, newest period first (the validation page). */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.PEOPLE)
    public List<PeriodQueue> openQueues(String agency) {
        DSLContext tenant = tenants.enter(agency);
        return assessments.periods(tenant).stream()
                .filter(p -> p.status() == PeriodStatus.OPEN)
                .map(p -> new PeriodQueue(p.id(), p.name(), queue(agency, p.id())))
                .toList();
    }

    /**
     * The NIP of whoever holds the tier for this employee, or null when the structure has nobody that high (then the
     * tenant admins hold it). For the demo, which signs its tier holders in with accounts of their own.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.ADMIN)
    public @Nullable String holder(String agency, String nip, int tier) {
        return chains(agency).holder(nip, tier);
    }

    /**
     * The lowest NIP whose every tier up to {@code tiers} has a holder in the structure (not the tenant admins): the
     * demo's example employee for tiered validation. Null when the structure is not that deep anywhere.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.ADMIN)
    public @Nullable String firstWithHolders(String agency, int tiers) {
        TierChains chains = chains(agency);
        return chains.superiors().keySet().stream()
                .sorted()
                .filter(nip -> chains.holder(nip, tiers) != null)
                .findFirst()
                .orElse(null);
    }

    private boolean holds(String agency, String nip, int tier) {
        return chains(agency).holds(nip, tier);
    }

    private TierChains chains(String agency) {
        return TierChains.of(agency, organization, employees);
    }

    private static String currentName() {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? "" : caller.getName();
    }

    private static Optional<ValidationRefusal> refused(String code, String message) {
        return Optional.of(new ValidationRefusal(code, message));
    }
}
