package id.meritasn.ui;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.EmployeeService.HistoryView;
import id.meritasn.employee.OrganizationService;
import id.meritasn.ui.EmployeeBrowserService.EmployeeRow;
import id.meritasn.ui.EmployeeBrowserService.Entry;
import id.meritasn.ui.EmployeeBrowserService.Profile;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The views {@link EmployeeBrowserService} returns, built from the backend's records: list rows and the profile. */
@Component
class EmployeeViews {

    private final EmployeeService employees;
    private final OrganizationService organization;

    EmployeeViews(EmployeeService employees, OrganizationService organization) {
        this.employees = employees;
        this.organization = organization;
    }

    /** A page's rows, with the names of the positions and units they hold. */
    List<EmployeeRow> rows(String agency, List<Employee> page) {
        Map<Long, Position> positions = new HashMap<>();
        organization
                .positionsById(
                        agency,
                        page.stream()
                                .map(Employee::positionId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList())
                .forEach(p -> positions.put(p.id(), p));
        Map<Long, Unit> units = new HashMap<>();
        organization
                .units(
                        agency,
                        page.stream()
                                .map(Employee::unitId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList())
                .forEach(u -> units.put(u.id(), u));
        return page.stream()
                .map(e -> new EmployeeRow(
                        e.nip(),
                        e.fullName(),
                        e.golongan(),
                        e.pangkat(),
                        e.positionId() == null
                                ? null
                                : positions.get(e.positionId()).name(),
                        e.unitId() == null ? null : units.get(e.unitId()).name(),
                        e.status()))
                .toList();
    }

    /** An employee's profile: position, unit and every history, one line per entry. */
    Profile profile(String agency, String nip, Employee employee) {
        Position position = employee.positionId() == null
                ? null
                : organization
                        .positionsById(agency, List.of(employee.positionId()))
                        .getFirst();
        Unit unit = employee.unitId() == null
                ? null
                : organization.units(agency, List.of(employee.unitId())).getFirst();
        Map<String, List<Entry>> histories = new LinkedHashMap<>();
        for (HistoryView view : HistoryView.values()) {
            Map<String, ? extends List<?>> byNip = employees.histories(agency, view, List.of(nip));
            List<?> entries = byNip.containsKey(nip) ? byNip.get(nip) : List.of();
            histories.put(
                    view.name(), entries.stream().map(EmployeeViews::entry).toList());
        }
        return new Profile(
                employee,
                employee.fullName(),
                position == null ? null : position.code(),
                position == null ? null : position.name(),
                position == null ? null : position.level(),
                unit == null ? null : unit.code(),
                unit == null ? null : unit.name(),
                histories);
    }

    /** One line per history entry, so the profile tabs render every kind the same way. */
    private static Entry entry(Object e) {
        return switch (e) {
            case id.meritasn.employee.EmployeeRecords.RankHistoryEntry r ->
                new Entry(r.golongan(), r.skNumber(), str(r.tmt()), null);
            case id.meritasn.employee.EmployeeRecords.PositionHistoryEntry p ->
                new Entry(p.name(), p.level(), str(p.tmt()), str(p.endDate()));
            case id.meritasn.employee.EmployeeRecords.EducationEntry d ->
                new Entry(d.level() + " " + d.field(), d.institution(), String.valueOf(d.graduationYear()), null);
            case id.meritasn.employee.EmployeeRecords.AwardEntry a ->
                new Entry(a.name(), a.evidence(), str(a.awardedOn()), null);
            case id.meritasn.employee.EmployeeRecords.TeamAssignmentEntry t ->
                new Entry(t.name(), t.role(), str(t.startDate()), str(t.endDate()));
            case id.meritasn.employee.EmployeeRecords.TrainingEntry t ->
                new Entry(t.name(), t.organizer(), str(t.completedOn()), null);
            case id.meritasn.employee.EmployeeRecords.DisciplineEntry d ->
                new Entry(d.level(), d.description(), str(d.startDate()), str(d.endDate()));
            case id.meritasn.employee.EmployeeRecords.LhkpnEntry l ->
                new Entry(l.status(), null, String.valueOf(l.year()), null);
            case id.meritasn.employee.EmployeeRecords.EmployeeChange c ->
                new Entry(c.action(), c.actor(), str(c.occurredAt()), null);
            default -> new Entry(String.valueOf(e), null, null, null);
        };
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
