package id.meritasn.succession;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.FinalResult;
import id.meritasn.assessment.NineBox;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.SuccessionRecords.CareerRoadmap;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.succession.SuccessionRecords.RoadmapTarget;
import id.meritasn.succession.SuccessionRecords.TargetPosition;
import id.meritasn.succession.SuccessionRecords.TargetReason;
import id.meritasn.tenancy.AgencyService;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Career roadmaps (Palangka Raya: every ASN sees one): the positions an employee could aim for next (the next levels
 * of {@link CareerLadder}, structural and functional; two and three steps on where the agency's policy asks for it),
 * ranked by what the organisation needs (vacant, vacating within two years, critical, fewest successors), which
 * eligibility rules they meet there and which not yet with what would close the gap, the leadership training a
 * managerial step expects and whether it is on record, and the development plan of their box in the latest published
 * period.
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
    /** How far a roadmap looks for vacating posts: the incumbents retiring or moving within two years. */
    static final int HORIZON_MONTHS = 24;

    static final int MAX_STEPS = 3;

    private final TenantDatabase tenants;
    private final TalentFacts facts;
    private final CandidateRanking ranking;
    private final OrganizationService organization;
    private final Clock clock;

    private final SuccessionPlanningService planning;
    private final AgencyService agencies;
    private final EmployeeService employees;

    CareerRoadmapService(
            TenantDatabase tenants,
            TalentFacts facts,
            CandidateRanking ranking,
            OrganizationService organization,
            Clock clock,
            SuccessionPlanningService planning,
            AgencyService agencies,
            EmployeeService employees) {
        this.planning = planning;
        this.employees = employees;
        this.agencies = agencies;
        this.tenants = tenants;
        this.facts = facts;
        this.ranking = ranking;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * The roadmap of {@code nip}, or of the caller when it is null. The records are read as the agency (employees
     * cannot read records themselves); what leaves is only this one employee's roadmap, to someone allowed to see it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.PEOPLE)
    public @Nullable CareerRoadmap roadmap(String agency, @Nullable String nip) {
        // who asks comes from the authentication itself, never from the caller's arguments
        var caller = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        String callerNip = id.meritasn.shared.security.CallerClaims.nip(caller);
        boolean tenantAdmin = id.meritasn.shared.security.AgencyAuthorities.roles(caller)
                .contains(id.meritasn.shared.security.Roles.TENANT_ADMIN);
        tenants.enter(agency);
        String whose = nip == null || nip.isBlank() ? callerNip : nip.trim();
        if (whose == null) {
            throw new AccessDeniedException(
                    "Your account is not linked to a NIP; name the employee whose roadmap you want.");
        }
        return SystemActor.callForAgency(agency, () -> {
            Employee employee = facts.employee(agency, whose);
            boolean allowed = tenantAdmin
                    || whose.equals(callerNip)
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
            box = facts.finalResults(agency, period.id()).stream()
                    .filter(r -> r.nip().equals(employee.nip()))
                    .findFirst()
                    .map(FinalResult::finalBox)
                    .orElse(null);
        }
        List<String> plan = box == null ? List.of() : NineBox.recommendedActions(box);
        if (current == null) {
            return new CareerRoadmap(
                    employee.nip(),
                    employee.fullName(),
                    null,
                    period == null ? null : period.name(),
                    box,
                    plan,
                    List.of(),
                    EligibilityText.ROADMAP_NO_POSITION.with());
        }
        int steps = roadmapForEveryone(agency) ? MAX_STEPS : 1;
        Map<Long, TargetPosition> needs = new HashMap<>();
        planning.targetPositions(agency, HORIZON_MONTHS)
                .forEach(t -> needs.put(t.position().id(), t));
        Map<Long, Integer> successors = planning.successorsByPosition(agency);
        @SuppressWarnings("unchecked")
        List<TrainingEntry> trainings = ((Map<String, List<TrainingEntry>>)
                        employees.histories(agency, EmployeeService.HistoryView.TRAININGS, List.of(employee.nip())))
                .getOrDefault(employee.nip(), List.of());
        List<RoadmapTarget> targets = new ArrayList<>();
        for (int step = 1; step <= steps; step++) {
            Set<String> levels = CareerLadder.atStep(current.level(), step);
            List<Position> aims = positions.values().stream()
                    .filter(p -> p.id() != current.id() && levels.contains(p.level()))
                    .toList();
            if (aims.isEmpty()) {
                continue;
            }
            Map<Long, PositionRef> refs = new HashMap<>();
            facts.refs(agency, aims).forEach(r -> refs.put(r.id(), r));
            List<RoadmapTarget> here = new ArrayList<>();
            for (Position aim : aims) {
                Eligibility.Result result = Objects.requireNonNull(
                        ranking.assess(
                                        agency,
                                        aim,
                                        Map.of(employee.nip(), employee),
                                        List.of(employee.nip()),
                                        period == null ? -1 : period.id(),
                                        LocalDate.now(clock))
                                .get(employee.nip()),
                        "assess answers for every NIP it is given");
                TargetPosition need = needs.get(aim.id());
                here.add(new RoadmapTarget(
                        Objects.requireNonNull(refs.get(aim.id()), "refs are made of the aims"),
                        step,
                        need == null ? List.of() : need.reasons(),
                        need == null ? null : need.vacancyDate(),
                        successors.getOrDefault(aim.id(), 0),
                        result.overall(),
                        result.checks(),
                        result.jpmPercent(),
                        LeadershipTraining.of(aim.level(), trainings)));
            }
            here.sort(BY_NEED);
            targets.addAll(here);
        }
        return new CareerRoadmap(
                employee.nip(),
                employee.fullName(),
                currentRef,
                period == null ? null : period.name(),
                box,
                plan,
                targets,
                period == null ? EligibilityText.ROADMAP_NO_MAP.with() : null);
    }

    /**
     * Within a step, what the organisation needs first: a post vacant now or vacating soonest (retirement, planned
     * move), then critical posts, then the post with fewer successors on its slate (a post with none needs people
     * most); by code where the need is the same.
     */
    static final Comparator<RoadmapTarget> BY_NEED = Comparator.comparing(
                    (RoadmapTarget t) -> t.vacancyDate() == null ? LocalDate.MAX : t.vacancyDate())
            .thenComparing(t -> !t.needs().contains(TargetReason.CRITICAL))
            .thenComparingInt(RoadmapTarget::successors)
            .thenComparing(t -> t.position().code());

    /**
     * Palangka Raya promises every ASN a roadmap of their own (policy {@code career.roadmapForEveryone}): paths of up
     * to three steps across the tracks; elsewhere the roadmap shows the next step.
     */
    private boolean roadmapForEveryone(String agency) {
        return agencies.profile(agency).policies().stream()
                .anyMatch(p -> p.name().equals("career.roadmapForEveryone")
                        && "true".equals(p.valueJson().trim()));
    }

    /** The supervisor's NIP as the class comment defines it, or null. */
    @Nullable
    String supervisor(String agency, Employee employee) {
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
            Position head = positions.values().stream()
                    .filter(p -> p.unitId() == here && MANAGERIAL.contains(p.kind()) && holders.containsKey(p.id()))
                    .max(Comparator.comparingInt((Position p) -> facts.levelRank(p.level()))
                            .thenComparing(Position::code, Comparator.reverseOrder()))
                    .orElse(null);
            Employee headHolder = head == null ? null : holders.get(head.id());
            if (headHolder != null && !headHolder.nip().equals(employee.nip())) {
                return headHolder.nip();
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
