package id.meritasn.development;

import id.meritasn.development.DevelopmentRecords.PlanStatus;
import id.meritasn.development.DevelopmentRecords.UnitLearningHours;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.shared.security.Access;
import id.meritasn.tenancy.TenantDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours of learning per unit in a year against the 20 JP every civil servant has a right to: how many of a unit's
 * employees reached it, the hours in all, and how many have a plan (agreed or not). From the employees' training
 * records, where completed plan actions are recorded too.
 */
@Service
public class LearningHoursService {

    private final TenantDatabase tenants;
    private final DevelopmentRepository plans;
    private final DevelopmentFacts facts;

    LearningHoursService(TenantDatabase tenants, DevelopmentRepository plans, DevelopmentFacts facts) {
        this.tenants = tenants;
        this.plans = plans;
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MAP_READERS)
    public List<UnitLearningHours> byUnit(String agency, int year) {
        Map<String, Long> unitOf = facts.unitOfEmployee(agency);
        Map<String, Integer> hours = facts.learningHours(agency, unitOf.keySet(), year);
        Map<String, PlanStatus> planned = new HashMap<>();
        plans.plans(tenants.enter(agency), year, null).forEach(p -> planned.put(p.nip(), p.status()));
        Map<Long, int[]> totals = new HashMap<>(); // employees, hours, meeting, plans, agreed
        unitOf.forEach((nip, unit) -> {
            int[] t = totals.computeIfAbsent(unit, u -> new int[5]);
            int h = hours.getOrDefault(nip, 0);
            t[0]++;
            t[1] += h;
            t[2] += h >= DevelopmentRecords.YEARLY_JP ? 1 : 0;
            t[3] += planned.containsKey(nip) ? 1 : 0;
            t[4] += planned.get(nip) == PlanStatus.AGREED ? 1 : 0;
        });
        Map<Long, Unit> units = facts.units(agency);
        List<UnitLearningHours> rows = new ArrayList<>();
        totals.forEach((id, t) -> {
            Unit unit = units.get(id);
            rows.add(new UnitLearningHours(
                    unit == null ? String.valueOf(id) : unit.code(),
                    unit == null ? "" : unit.name(),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    t[4]));
        });
        rows.sort(Comparator.comparing(UnitLearningHours::unitCode));
        return rows;
    }
}
