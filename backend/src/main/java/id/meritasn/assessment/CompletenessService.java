package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.MissingCount;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentRecords.UnitCompleteness;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.TenantDatabase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completeness gate of a period (BKN: boxes are published only when the data is complete and valid; Medan waits
 * for E-Kinerja, SKP, LHKPN, behaviour and 360 data before mapping): each unit's data is declared complete by the
 * tenant admin or the unit's head, with what was still missing at that moment, or excluded by the tenant admin with a
 * reason. Publishing needs every unit with employees declared or excluded; the talent pool and what is shared for
 * mobility take nobody from a unit that is not declared.
 */
@Service
public class CompletenessService {

    /** Employees without a unit are reported, declared and gated together under this code. */
    static final String NO_UNIT = "-";

    private final TenantDatabase tenants;
    private final CompletenessRepository declarations;
    private final AssessmentRepository assessments;
    private final CompletenessReport unitReport;
    private final EmployeeService employees;
    private final OrganizationService organization;
    private final DeclarationChecks checks;
    private final AssessmentNotices notices;

    CompletenessService(
            TenantDatabase tenants,
            CompletenessRepository declarations,
            AssessmentRepository assessments,
            CompletenessReport unitReport,
            EmployeeService employees,
            OrganizationService organization,
            DeclarationChecks checks,
            AssessmentNotices notices) {
        this.notices = notices;
        this.checks = checks;
        this.tenants = tenants;
        this.declarations = declarations;
        this.assessments = assessments;
        this.unitReport = unitReport;
        this.employees = employees;
        this.organization = organization;
    }

    public enum Status {
        DECLARED,
        EXCLUDED,
        UNDECLARED
    }

    /** A unit's state for a period: the completeness report's counts beside the declaration, if any. */
    public record UnitDeclaration(
            String unitCode,
            String unitName,
            int employees,
            int mapped,
            int notMapped,
            Status status,
            @Nullable String reason,
            List<MissingCount> missingWhenDeclared,
            @Nullable String declaredBy,
            @Nullable OffsetDateTime declaredAt) {}

    /** Why a declaration was refused: UNKNOWN_UNIT, NOT_HEAD, NOT_VALIDATED, REASON_REQUIRED, PUBLISHED. */
    public record DeclarationRefused(String unitCode, String rule, String message) {}

    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public List<UnitDeclaration> declarations(String agency, long periodId) {
        Map<String, CompletenessRepository.Declaration> stored = declarations.all(tenants.enter(agency), periodId);
        List<UnitDeclaration> result = new ArrayList<>();
        for (UnitCompleteness unit : unitReport.completeness(agency, periodId)) {
            CompletenessRepository.Declaration d = stored.get(unit.unitCode());
            result.add(new UnitDeclaration(
                    unit.unitCode(),
                    unit.unitName(),
                    unit.employees(),
                    unit.mapped(),
                    unit.notMapped(),
                    d == null ? Status.UNDECLARED : d.status(),
                    d == null ? null : d.reason(),
                    d == null ? List.of() : d.missing(),
                    d == null ? null : d.by(),
                    d == null ? null : d.at()));
        }
        return result;
    }

    /**
     * Declares these units' data complete for the period, each with what is still missing now (kept with the
     * declaration). The tenant admin declares any unit; a unit's head (by the NIP on their token) their own.
     */
    @Transactional
    @PreAuthorize(AssessmentService.PEOPLE)
    public List<DeclarationRefused> declare(String agency, long periodId, List<String> unitCodes, String actor) {
        DSLContext tenant = tenants.enter(agency);
        AssessmentPeriod period = period(tenant, periodId);
        Map<String, UnitCompleteness> report = new HashMap<>();
        SystemActor.callForAgency(agency, () -> unitReport.completeness(agency, periodId))
                .forEach(u -> report.put(u.unitCode(), u));
        boolean admin = hasRole(Roles.TENANT_ADMIN);
        Set<String> headed = admin ? Set.of() : checks.unitsHeadedByCaller(agency);
        List<DeclarationRefused> refused = new ArrayList<>();
        Map<String, Integer> unvalidated = checks.unvalidatedByUnit(agency, periodId);
        for (String code : unitCodes) {
            UnitCompleteness unit = report.get(code);
            if (period.status() == PeriodStatus.PUBLISHED) {
                refused.add(new DeclarationRefused(code, "PUBLISHED", "Period '" + period.name() + "' is published."));
            } else if (unit == null) {
                refused.add(new DeclarationRefused(code, "UNKNOWN_UNIT", "No unit " + code + " with employees."));
            } else if (!admin && !headed.contains(code)) {
                refused.add(new DeclarationRefused(
                        code,
                        "NOT_HEAD",
                        "Only the tenant admin or the head of unit " + code + " declares its data complete."));
            } else if (unvalidated.containsKey(code)) {
                // the unit head's confirmation is the last tier: it comes after every tier below agreed
                refused.add(new DeclarationRefused(
                        code,
                        "NOT_VALIDATED",
                        unvalidated.get(code) + " employee(s) of unit " + code
                                + " have inputs not yet validated through every tier."));
            }
        }
        if (refused.isEmpty()) {
            Set<String> open = open(report.keySet(), declarations.all(tenant, periodId));
            unitCodes.forEach(code -> declarations.declare(
                    tenant,
                    periodId,
                    code,
                    Objects.requireNonNull(report.get(code), "the codes were checked against the report")
                            .missing(),
                    actor));
            announceIfLast(agency, period, open, unitCodes);
        }
        return refused;
    }

    /** Declares every unit with employees complete (the demo and generated agencies, whose data is complete). */
    @Transactional
    @PreAuthorize(AssessmentService.ADMIN)
    public List<DeclarationRefused> declareAll(String agency, long periodId, String actor) {
        return declare(
                agency,
                periodId,
                unitReport.completeness(agency, periodId).stream()
                        .map(UnitCompleteness::unitCode)
                        .toList(),
                actor);
    }

    /** Leaves a unit out of the period's map with a reason (tenant admins); its people enter no pool. */
    @Transactional
    @PreAuthorize(AssessmentService.ADMIN)
    public List<DeclarationRefused> exclude(
            String agency, long periodId, String unitCode, String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        AssessmentPeriod period = period(tenant, periodId);
        if (period.status() == PeriodStatus.PUBLISHED) {
            return List.of(
                    new DeclarationRefused(unitCode, "PUBLISHED", "Period '" + period.name() + "' is published."));
        }
        if (reason.isBlank() || reason.trim().length() < 10) {
            return List.of(new DeclarationRefused(unitCode, "REASON_REQUIRED", "Say why in at least 10 characters."));
        }
        Set<String> units = new HashSet<>(unitReport.completeness(agency, periodId).stream()
                .map(UnitCompleteness::unitCode)
                .toList());
        if (!units.contains(unitCode)) {
            return List.of(
                    new DeclarationRefused(unitCode, "UNKNOWN_UNIT", "No unit " + unitCode + " with employees."));
        }
        Set<String> open = open(units, declarations.all(tenant, periodId));
        declarations.exclude(tenant, periodId, unitCode, reason.trim(), actor);
        announceIfLast(agency, period, open, List.of(unitCode));
        return List.of();
    }

    /** The units with employees neither declared nor excluded yet. */
    private static Set<String> open(Set<String> units, Map<String, CompletenessRepository.Declaration> stored) {
        Set<String> open = new HashSet<>(units);
        open.removeAll(stored.keySet());
        return open;
    }

    /** Tells the committee once, when this step settled the last open unit of a period still open for inputs. */
    private void announceIfLast(
            String agency, AssessmentPeriod period, Set<String> openBefore, Collection<String> settled) {
        if (period.status() == PeriodStatus.OPEN && !openBefore.isEmpty() && settled.containsAll(openBefore)) {
            notices.allUnitsDeclared(agency, period);
        }
    }

    /** The units with employees that are neither declared nor excluded: publishing waits for them. */
    List<String> undeclared(String agency, DSLContext tenant, long periodId) {
        Map<String, CompletenessRepository.Declaration> stored = declarations.all(tenant, periodId);
        return SystemActor.callForAgency(agency, () -> unitReport.completeness(agency, periodId)).stream()
                .map(UnitCompleteness::unitCode)
                .filter(code -> !stored.containsKey(code))
                .toList();
    }

    /**
     * The subset of these employees whose unit is declared complete for the period: the only ones a talent pool or
     * the mobility index may take. One read of declarations; employees' units are read only if some unit is not
     * declared.
     */
    Set<String> inDeclaredUnits(String agency, DSLContext tenant, long periodId, Collection<String> nips) {
        Map<String, CompletenessRepository.Declaration> stored = declarations.all(tenant, periodId);
        Set<String> declared = new HashSet<>();
        stored.forEach((code, d) -> {
            if (d.status() == Status.DECLARED) {
                declared.add(code);
            }
        });
        Map<Long, String> codes = new HashMap<>();
        DeclarationChecks.collect(organization.unitTree(agency), codes);
        if (declared.contains(NO_UNIT) && declared.containsAll(codes.values())) {
            return new HashSet<>(nips); // every unit declared: nobody to leave out, no employee read
        }
        Set<String> result = new HashSet<>();
        for (var e : employees.findAll(agency, nips)) {
            String code = e.unitId() == null ? NO_UNIT : codes.get(e.unitId());
            if (code != null && declared.contains(code)) {
                result.add(e.nip());
            }
        }
        return result;
    }

    private static boolean hasRole(String role) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    private AssessmentPeriod period(DSLContext tenant, long periodId) {
        return assessments
                .period(tenant, periodId)
                .orElseThrow(() -> new AssessmentRefused("UNKNOWN_PERIOD", "No assessment period " + periodId + "."));
    }
}
