package id.meritasn.succession;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.FinalResult;
import id.meritasn.assessment.NineBox;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.SuccessionRecords.CareerRoadmap;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.succession.SuccessionRecords.RoadmapTarget;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Career roadmaps (Palangka Raya: every ASN sees one): the positions an employee could aim for next (one level above
 * the current position's level), which eligibility rules they meet there and which not yet with what would close the
 * gap, and the development plan of their box in the latest published period.
 * <p>
 * Who sees a roadmap: the employee (by the token's {@code nip} claim), their supervisor, and the agency's tenant
 * admins; nobody else. There is no supervisor field in the records, so the supervisor is derived: the holder of the
 * highest-ranked managerial position (JPT, administrator, pengawas) of the employee's unit, or, when the employee is
 * that holder or the unit has none, of the nearest unit above that has one.
 */
@Service
public class CareerRoadmapService {

    /** Managerial kinds of position (UU 20/2023); their holders lead their unit. */
    static final Set<String> MANAGERIAL = Set.of("JPT", "ADMINISTRATOR", "PENGAWAS");

    private final TenantDatabase tenants;
    private final TalentFacts facts;
    private final OrganizationService organization;
    private final Clock clock;

    CareerRoadmapService(TenantDatabase tenants, TalentFacts facts, OrganizationService organization, Clock clock) {
        this.tenants = tenants;
        this.facts = facts;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * The roadmap of {@code nip}, or of the caller when it is null. The records are read as the agency (employees
     * cannot read records themselves); what leaves is only this one employee's roadmap, to someone allowed to see it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@tenantAccess.isMember(#agency) and hasAnyRole('TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK',"
            + " 'EMPLOYEE')")
    public @Nullable CareerRoadmap roadmap(String agency, @Nullable String nip) {
        // who asks comes from the authentication itself, never from the caller's arguments
        var caller = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        String callerNip = id.meritasn.shared.security.CallerClaims.nip(caller);
        boolean tenantAdmin = id.meritasn.shared.security.AgencyAuthorities.roles(caller)
                .contains(id.meritasn.shared.security.Roles.TENANT_ADMIN);
        tenants.enter(TenantId.of(agency));
        String whose = nip == null || nip.isBlank() ? callerNip : nip.trim();
        if (whose == null) {
            throw new AccessDeniedException("Your account is not linked to a NIP; name the employee whose roadmap you want.");
        }
        return SystemActor.callForAgency(agency, () -> {
            Employee employee = facts.employee(agency, whose);
            boolean allowed = tenantAdmin || whose.equals(callerNip)
                    || (employee != null && callerNip != null && callerNip.equals(supervisor(agency, employee)));
            if (!allowed) {
                throw new AccessDeniedException("Only the employee, their supervisor and the agency's tenant admins see"
                        + " a career roadmap.");
            }
            return employee == null ? null : build(agency, employee);
        });
    }

    private CareerRoadmap build(String agency, Employee employee) {
        Map<Long, Position> positions = facts.positions(agency);
        Position current = employee.positionId() == null ? null : positions.get(employee.positionId());
        PositionRef currentRef = current == null ? null : facts.ref(agency, current);
        AssessmentPeriod period = facts.latestPublished(agency);
        Integer box = null;
        if (period != null) {
            box = facts.finalResults(agency, period.id()).stream().filter(r -> r.nip().equals(employee.nip()))
                    .findFirst().map(FinalResult::finalBox).orElse(null);
        }
        List<String> plan = box == null ? List.of() : NineBox.recommendedActions(box);
        if (current == null) {
            return new CareerRoadmap(employee.nip(), employee.fullName(), null, period == null ? null : period.name(), box,
                    plan, List.of(), "No current position is on record, so there is no next step to show; ask the"
                    + " agency's personnel office (BKPSDM) to complete the record.");
        }
        int next = facts.levelRank(current.level()) + 1;
        List<Position> aims = positions.values().stream().filter(p -> p.id() != current.id()
                && facts.levelRank(p.level()) == next).sorted(Comparator.comparing(Position::code)).toList();
        List<RoadmapTarget> targets = new ArrayList<>();
        if (!aims.isEmpty()) {
            Map<Long, PositionRef> refs = new HashMap<>();
            facts.refs(agency, aims).forEach(r -> refs.put(r.id(), r));
            for (Position aim : aims) {
                Eligibility.Result result = facts.assess(agency, aim, Map.of(employee.nip(), employee),
                        List.of(employee.nip()), period == null ? -1 : period.id(), LocalDate.now(clock))
                        .get(employee.nip());
                targets.add(new RoadmapTarget(refs.get(aim.id()), result.overall(), result.checks(), result.jpmPercent()));
            }
        }
        return new CareerRoadmap(employee.nip(), employee.fullName(), currentRef, period == null ? null : period.name(),
                box, plan, targets, period == null ? "No published talent map yet: the JPM rule waits for one." : null);
    }

    /** The supervisor's NIP as the class comment defines it, or null. */
    @Nullable String supervisor(String agency, Employee employee) {
        if (employee.unitId() == null) {
            return null;
        }
        Map<Long, Unit> units = new HashMap<>();
        flatten(organization.unitTree(agency), units);
        Map<Long, Position> positions = facts.positions(agency);
        Map<Long, Employee> holders = new HashMap<>();
        facts.holders(agency, positions.keySet()).forEach(h -> holders.putIfAbsent(h.positionId(), h));
        Long unit = employee.unitId();
        while (unit != null) {
            long here = unit;
            Position head = positions.values().stream().filter(p -> p.unitId() == here && MANAGERIAL.contains(p.kind())
                            && holders.containsKey(p.id()))
                    .max(Comparator.comparingInt((Position p) -> facts.levelRank(p.level())).thenComparing(Position::code,
                            Comparator.reverseOrder())).orElse(null);
            if (head != null && !holders.get(head.id()).nip().equals(employee.nip())) {
                return holders.get(head.id()).nip();
            }
            Unit u = units.get(here);
            unit = u == null ? null : u.parentId();
        }
        return null;
    }

    private static void flatten(List<Unit> tree, Map<Long, Unit> into) {
        tree.forEach(u -> {
            into.put(u.id(), u);
            flatten(u.children(), into);
        });
    }
}
