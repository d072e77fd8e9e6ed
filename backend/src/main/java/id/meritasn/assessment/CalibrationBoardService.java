package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.BoxCount;
import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.AssessmentRecords.MoveStatus;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.tenancy.TenantDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee sees while calibrating: the agency's boxes against its guideline, the distribution per unit
 * (perangkat daerah), rank and position level, and the moves pending, agreed and declined.
 */
@Service
public class CalibrationBoardService {

    private final TenantDatabase tenants;
    private final AssessmentRepository results;
    private final CalibrationRepository moves;
    private final TalentMapService talentMaps;
    private final EmployeeService employees;
    private final OrganizationService organization;

    CalibrationBoardService(
            TenantDatabase tenants,
            AssessmentRepository results,
            CalibrationRepository moves,
            TalentMapService talentMaps,
            EmployeeService employees,
            OrganizationService organization) {
        this.tenants = tenants;
        this.results = results;
        this.moves = moves;
        this.talentMaps = talentMaps;
        this.employees = employees;
        this.organization = organization;
    }

    public enum Dimension {
        UNIT,
        RANK,
        LEVEL
    }

    /**
     * One group's mapped employees per final box ({@code counts[0]} is box 1) and its share in the succession group
     * (boxes 7-9), to read against the agency's whole and its guideline.
     */
    public record GroupDistribution(
            Dimension dimension, String group, int mapped, List<Integer> counts, double successionShare) {}

    /** {@code guidelineSuccessionShare}: the guideline's boxes 7-9 together, when the agency has a guideline. */
    public record Board(
            long periodId,
            List<BoxCount> boxes,
            double successionShare,
            @org.jspecify.annotations.Nullable Double guidelineSuccessionShare,
            int pending,
            List<CalibrationMove> moves,
            List<GroupDistribution> groups) {}

    /** A mapped employee's final box and the groups they count in. */
    record Placed(int box, String unit, String rank, String level) {}

    @Transactional(readOnly = true)
    @PreAuthorize(CalibrationMoveService.BOARD)
    public Board board(String agency, long periodId) {
        DSLContext tenant = tenants.enter(agency);
        List<BoxCount> boxes = talentMaps.talentMapSummary(agency, periodId).boxes();
        Map<String, TalentResult> summaries = results.latestSummaries(tenant, periodId);
        Map<String, CalibrationMove> agreed = moves.latestAgreed(tenant, periodId, null);
        List<Employee> mapped = employees.findAll(
                agency,
                summaries.values().stream()
                        .filter(TalentResult::mapped)
                        .map(TalentResult::nip)
                        .toList());
        Map<Long, String> topUnit = organization.topUnitNames(agency);
        Map<Long, String> levels = new HashMap<>();
        organization
                .positionsById(
                        agency,
                        mapped.stream()
                                .map(Employee::positionId)
                                .filter(Objects::nonNull)
                                .toList())
                .forEach(p -> levels.put(p.id(), p.level()));
        List<Placed> placed = mapped.stream()
                .map(e -> {
                    CalibrationMove move = agreed.get(e.nip());
                    int box = move == null
                            ? Objects.requireNonNull(summaries.get(e.nip()), "mapped employees have results")
                                    .mappedBox()
                            : move.toBox();
                    return new Placed(
                            box,
                            e.unitId() == null ? "Tanpa unit" : topUnit.getOrDefault(e.unitId(), "Tanpa unit"),
                            e.rankGroup(),
                            e.positionId() == null
                                    ? "Tanpa jabatan"
                                    : levels.getOrDefault(e.positionId(), "Tanpa jabatan"));
                })
                .toList();
        List<CalibrationMove> all = moves.all(tenant, periodId);
        List<Double> guideline = boxes.stream()
                .filter(b -> b.box() >= 7)
                .map(BoxCount::guidelinePercent)
                .toList();
        return new Board(
                periodId,
                boxes,
                share(placed),
                guideline.contains(null)
                        ? null
                        : guideline.stream().mapToDouble(Double::doubleValue).sum(),
                (int) all.stream().filter(m -> m.status() == MoveStatus.PENDING).count(),
                all,
                distribution(placed));
    }

    /** Per dimension, the groups in name order, each with its counts per box and its share in boxes 7-9. */
    static List<GroupDistribution> distribution(List<Placed> placed) {
        List<GroupDistribution> groups = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            Function<Placed, String> key = switch (dimension) {
                case UNIT -> Placed::unit;
                case RANK -> Placed::rank;
                case LEVEL -> Placed::level;
            };
            Map<String, List<Placed>> byGroup = new TreeMap<>();
            placed.forEach(p -> byGroup.computeIfAbsent(key.apply(p), k -> new ArrayList<>())
                    .add(p));
            byGroup.forEach((group, members) -> {
                Integer[] counts = new Integer[9];
                java.util.Arrays.fill(counts, 0);
                members.forEach(p -> counts[p.box() - 1]++);
                groups.add(new GroupDistribution(dimension, group, members.size(), List.of(counts), share(members)));
            });
        }
        groups.sort(Comparator.comparing(GroupDistribution::dimension));
        return groups;
    }

    /** Percent (two decimals) of these employees in boxes 7-9. */
    static double share(List<Placed> placed) {
        if (placed.isEmpty()) {
            return 0;
        }
        long top =
                placed.stream().filter(p -> NineBox.inSuccessionGroup(p.box())).count();
        return BigDecimal.valueOf(top * 100)
                .divide(BigDecimal.valueOf(placed.size()), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
