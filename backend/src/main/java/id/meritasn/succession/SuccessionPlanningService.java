package id.meritasn.succession;

import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionProblem.SuccessionNotFound;
import id.meritasn.succession.SuccessionRecords.BenchStrength;
import id.meritasn.succession.SuccessionRecords.PlannedMove;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.succession.SuccessionRecords.PositionBench;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.succession.SuccessionRecords.Readiness;
import id.meritasn.succession.SuccessionRecords.Slate;
import id.meritasn.succession.SuccessionRecords.TargetPosition;
import id.meritasn.succession.SuccessionRecords.VacancyForecast;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning: target positions (vacant, vacating within a horizon through retirement or a planned move, critical), the
 * vacancy forecast, the talent pool of a published period and bench strength. Tenant admins manage critical flags
 * and planned moves; the talent committee and the PPK read alongside them.
 */
@Service
public class SuccessionPlanningService {

    static final String MEMBER = Access.MEMBER;
    static final String READ = Access.SUCCESSION_READERS;
    static final String ADMIN = Access.TENANT_ADMIN;

    private final TenantDatabase tenants;
    private final SuccessionRepository repository;
    private final PlannedMoveRepository moves;
    private final Vacancies vacancies;
    private final TalentFacts facts;
    private final OrganizationService organization;
    private final Clock clock;

    SuccessionPlanningService(
            TenantDatabase tenants,
            SuccessionRepository repository,
            PlannedMoveRepository moves,
            Vacancies vacancies,
            TalentFacts facts,
            OrganizationService organization,
            Clock clock) {
        this.tenants = tenants;
        this.repository = repository;
        this.moves = moves;
        this.vacancies = vacancies;
        this.facts = facts;
        this.organization = organization;
        this.clock = clock;
    }

    /** Flags a position critical (or clears the flag): critical positions are always target positions. */
    @Transactional
    @PreAuthorize(ADMIN)
    public Outcome<PositionRef, SuccessionProblem> setPositionCritical(
            String agency, String positionCode, boolean critical) {
        return organization
                .setCritical(agency, positionCode.trim(), critical)
                .map(p -> Outcome.<PositionRef, SuccessionProblem>done(facts.ref(agency, p)))
                .orElseGet(() -> Outcome.refused(
                        new SuccessionNotFound("No position with code '" + positionCode + "' in this agency.")));
    }

    /** Records that a position's incumbent leaves on a date (rotation, promotion elsewhere, study leave). */
    @Transactional
    @PreAuthorize(ADMIN)
    public Outcome<PlannedMove, SuccessionProblem> planMove(
            String agency, String positionCode, @Nullable String nip, LocalDate leavesOn, String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Position position = facts.positions(agency).values().stream()
                .filter(p -> p.code().equals(positionCode.trim()))
                .findFirst()
                .orElse(null);
        if (position == null) {
            return Outcome.refused(
                    new SuccessionNotFound("No position with code '" + positionCode + "' in this agency."));
        }
        if (reason.trim().length() < 3 || reason.length() > 500) {
            return Outcome.refused(new InvalidField("A planned move needs a reason of 3 to 500 characters.", "reason"));
        }
        if (leavesOn.isBefore(LocalDate.now(clock))) {
            return Outcome.refused(
                    new InvalidField("A planned move lies in the future; " + leavesOn + " has passed.", "leavesOn"));
        }
        String leaving = nip == null || nip.isBlank() ? null : nip.trim();
        if (leaving != null
                && facts.holders(agency, List.of(position.id())).stream()
                        .noneMatch(e -> e.nip().equals(leaving))) {
            return Outcome.refused(new InvalidField(
                    "Employee " + leaving + " does not hold position " + position.code() + ".", "nip"));
        }
        long id = moves.addPlannedMove(tenant, position.id(), leaving, leavesOn, reason.trim(), actor);
        return Outcome.done(new PlannedMove(id, facts.ref(agency, position), leaving, leavesOn, reason.trim(), actor));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<PlannedMove> plannedMoves(String agency) {
        DSLContext tenant = tenants.enter(agency);
        var planned = moves.plannedMoves(tenant, LocalDate.now(clock));
        // read after the moves, so a position added with a move since is among them
        Map<Long, PositionRef> refs =
                facts.refsById(agency, facts.positions(agency).values());
        return planned.stream()
                .map(m -> new PlannedMove(
                        m.id(),
                        Objects.requireNonNull(refs.get(m.positionId()), "a move's position row is never deleted"),
                        m.nip(),
                        m.leavesOn(),
                        m.reason(),
                        m.createdBy()))
                .toList();
    }

    /**
     * Positions vacant now, vacating within the horizon (the incumbent's retirement or a planned move), or flagged
     * critical; soonest vacancy first, critical positions without a vacancy last.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<TargetPosition> targetPositions(String agency, int horizonMonths) {
        if (horizonMonths < 0 || horizonMonths > 60) {
            throw new IllegalArgumentException("The horizon is 0 to 60 months, was " + horizonMonths + ".");
        }
        return vacancies.targets(agency, tenants.enter(agency), horizonMonths);
    }

    /**
     * How many positions become vacant in each of the next {@code years} years (1-5): incumbents' retirements and
     * planned moves, each forecast year running from the day after one anniversary of today to the next.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public VacancyForecast vacancyForecast(String agency, int years) {
        if (years < 1 || years > 5) {
            throw new IllegalArgumentException("The forecast covers 1 to 5 years, was " + years + ".");
        }
        return vacancies.forecast(agency, tenants.enter(agency), years);
    }

    /** The talent pool (kelompok rencana suksesi) of a published period, by talent score. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<PoolMember> talentPool(String agency, long periodId) {
        tenants.enter(agency);
        return facts.pool(agency, periodId);
    }

    /**
     * Bench strength over the target positions of the coming year and every critical position: successors come from
     * the current slate of each position's case that is not finalized.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public BenchStrength benchStrength(String agency) {
        DSLContext tenant = tenants.enter(agency);
        LocalDate today = LocalDate.now(clock);
        List<TargetPosition> targets = vacancies.targets(agency, tenant, 12);
        var cases = repository.openCasesByPosition(tenant);
        Map<Long, Slate> slates = cases.isEmpty()
                ? Map.of()
                : repository.latestSlates(
                        tenant,
                        cases.values().stream()
                                .map(SuccessionRepository.CaseRow::id)
                                .toList());
        List<PositionBench> bench = new ArrayList<>();
        List<PositionRef> without = new ArrayList<>();
        List<PositionRef> retiring = new ArrayList<>();
        int critical = 0;
        int criticalReady = 0;
        for (TargetPosition t : targets) {
            var open = cases.get(t.position().id());
            Slate slate = open == null ? null : slates.get(open.id());
            int successors = slate == null ? 0 : slate.candidates().size();
            int ready = slate == null
                    ? 0
                    : (int) slate.candidates().stream()
                            .filter(c -> c.readiness() == Readiness.READY_NOW)
                            .count();
            bench.add(new PositionBench(t.position(), successors, ready));
            if (successors == 0) {
                without.add(t.position());
                if (t.incumbent() != null
                        && RetirementForecast.within(t.incumbent().retirementDate(), today, 12)) {
                    retiring.add(t.position());
                }
            }
            if (t.position().critical()) {
                critical++;
                criticalReady += ready > 0 ? 1 : 0;
            }
        }
        double perPosition = bench.isEmpty()
                ? 0
                : Math.round(bench.stream().mapToInt(PositionBench::successors).sum() * 100.0 / bench.size()) / 100.0;
        double readyShare = critical == 0 ? 0 : Math.round(criticalReady * 1000.0 / critical) / 10.0;
        return new BenchStrength(critical, criticalReady, readyShare, perPosition, bench, without, retiring);
    }

    /** How many successors the current slate of each position's open case names (positions without one are absent). */
    Map<Long, Integer> successorsByPosition(String agency) {
        DSLContext tenant = tenants.enter(agency);
        var cases = repository.openCasesByPosition(tenant);
        if (cases.isEmpty()) {
            return Map.of();
        }
        Map<Long, Slate> slates = repository.latestSlates(
                tenant,
                cases.values().stream().map(SuccessionRepository.CaseRow::id).toList());
        Map<Long, Integer> counts = new HashMap<>();
        cases.forEach((position, open) -> {
            Slate slate = slates.get(open.id());
            counts.put(position, slate == null ? 0 : slate.candidates().size());
        });
        return counts;
    }
}
