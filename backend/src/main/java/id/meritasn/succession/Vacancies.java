package id.meritasn.succession;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.succession.SuccessionRecords.ForecastItem;
import id.meritasn.succession.SuccessionRecords.Incumbent;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.succession.SuccessionRecords.TargetPosition;
import id.meritasn.succession.SuccessionRecords.TargetReason;
import id.meritasn.succession.SuccessionRecords.VacancyForecast;
import id.meritasn.succession.SuccessionRecords.VacancyYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the agency's positions fall vacant, from incumbents' retirements and planned moves: the target positions and
 * the forecast by year of {@link SuccessionPlanningService}, which checks the roles. Runs in its transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class Vacancies {

    private final SuccessionRepository repository;
    private final PlannedMoveRepository planned;
    private final TalentFacts facts;
    private final Clock clock;

    Vacancies(SuccessionRepository repository, PlannedMoveRepository planned, TalentFacts facts, Clock clock) {
        this.repository = repository;
        this.planned = planned;
        this.facts = facts;
        this.clock = clock;
    }

    /** Target positions within the horizon; see {@link SuccessionPlanningService#targetPositions}. */
    List<TargetPosition> targets(String agency, DSLContext tenant, int horizonMonths) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Position> positions = facts.positions(agency);
        Map<Long, PositionRef> refs = facts.refsById(agency, positions.values());
        Map<Long, Employee> holders = new HashMap<>();
        facts.holders(agency, positions.keySet()).forEach(e -> holders.putIfAbsent(e.positionId(), e));
        Map<Long, LocalDate> moves = new HashMap<>();
        planned.plannedMoves(tenant, today)
                .forEach(m -> moves.merge(m.positionId(), m.leavesOn(), (a, b) -> a.isBefore(b) ? a : b));
        var cases = repository.openCasesByPosition(tenant);
        List<TargetPosition> targets = new ArrayList<>();
        for (Position p : positions.values()) {
            Set<TargetReason> reasons = EnumSet.noneOf(TargetReason.class);
            LocalDate vacancy = null;
            Employee holder = holders.get(p.id());
            Incumbent incumbent = null;
            if (holder == null) {
                reasons.add(TargetReason.VACANT);
                vacancy = today;
            } else {
                LocalDate retires =
                        RetirementForecast.retirementDate(holder.birthDate(), facts.retirementAge(p.level()));
                incumbent = new Incumbent(holder.nip(), holder.fullName(), retires);
                if (RetirementForecast.within(retires, today, horizonMonths)) {
                    reasons.add(TargetReason.RETIREMENT);
                    vacancy = retires.isBefore(today) ? today : retires;
                }
                LocalDate move = moves.get(p.id());
                if (move != null && RetirementForecast.within(move, today, horizonMonths)) {
                    reasons.add(TargetReason.PLANNED_MOVE);
                    vacancy = vacancy == null || move.isBefore(vacancy) ? move : vacancy;
                }
            }
            if (p.critical()) {
                reasons.add(TargetReason.CRITICAL);
            }
            if (!reasons.isEmpty()) {
                var open = cases.get(p.id());
                targets.add(new TargetPosition(
                        Objects.requireNonNull(refs.get(p.id()), "refs are made of every position"),
                        List.copyOf(reasons),
                        vacancy,
                        incumbent,
                        open == null ? null : open.id(),
                        open == null ? null : open.status()));
            }
        }
        targets.sort(Comparator.comparing(TargetPosition::vacancyDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(t -> t.position().code()));
        return targets;
    }

    /** The vacancy forecast over the next {@code years} years; see {@link SuccessionPlanningService#vacancyForecast}. */
    VacancyForecast forecast(String agency, DSLContext tenant, int years) {
        LocalDate today = LocalDate.now(clock);
        var moves = planned.plannedMoves(tenant, today);
        // read after the moves, so a position added with a move since is among them
        Map<Long, Position> positions = facts.positions(agency);
        Map<Long, PositionRef> refs = facts.refsById(agency, positions.values());
        List<Employee> holders = facts.holders(agency, positions.keySet());
        Set<Long> held = new HashSet<>();
        List<List<ForecastItem>> byYear = new ArrayList<>();
        for (int y = 0; y <= years; y++) {
            byYear.add(new ArrayList<>());
        }
        for (Employee e : holders) {
            held.add(e.positionId());
            Position p = Objects.requireNonNull(positions.get(e.positionId()), "holders are read for these positions");
            LocalDate retires = RetirementForecast.retirementDate(e.birthDate(), facts.retirementAge(p.level()));
            int year = RetirementForecast.forecastYear(retires, today);
            if (year >= 1 && year <= years) {
                byYear.get(year)
                        .add(new ForecastItem(
                                Objects.requireNonNull(refs.get(p.id()), "refs are made of every position"),
                                e.nip(),
                                e.fullName(),
                                retires,
                                TargetReason.RETIREMENT));
            }
        }
        for (var m : moves) {
            int year = RetirementForecast.forecastYear(m.leavesOn(), today);
            if (year >= 1 && year <= years) {
                byYear.get(year)
                        .add(new ForecastItem(
                                Objects.requireNonNull(
                                        refs.get(m.positionId()), "a move's position row is never deleted"),
                                m.nip(),
                                null,
                                m.leavesOn(),
                                TargetReason.PLANNED_MOVE));
            }
        }
        List<VacancyYear> result = new ArrayList<>();
        for (int y = 1; y <= years; y++) {
            List<ForecastItem> items = byYear.get(y);
            items.sort(Comparator.comparing(ForecastItem::date)
                    .thenComparing(i -> i.position().code()));
            result.add(new VacancyYear(
                    y,
                    today.plusYears(y - 1).plusDays(1),
                    today.plusYears(y),
                    (int) items.stream()
                            .filter(i -> i.cause() == TargetReason.RETIREMENT)
                            .count(),
                    (int) items.stream()
                            .filter(i -> i.cause() == TargetReason.PLANNED_MOVE)
                            .count(),
                    List.copyOf(items)));
        }
        int vacantNow = (int)
                positions.keySet().stream().filter(id -> !held.contains(id)).count();
        return new VacancyForecast(today, vacantNow, result);
    }
}
