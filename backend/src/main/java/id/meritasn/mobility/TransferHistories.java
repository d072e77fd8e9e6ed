package id.meritasn.mobility;

import id.meritasn.employee.EmployeeRecords;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.EmployeeService.HistoryView;
import id.meritasn.employee.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The histories a transfer carries: read from the releasing agency, as entries the receiving one takes. */
@Component
class TransferHistories {

    private final EmployeeService employees;

    TransferHistories(EmployeeService employees) {
        this.employees = employees;
    }

    /** Every history of the employee, as entries the receiving agency's employee service takes. */
    @SuppressWarnings("unchecked")
    List<HistoryEntry> of(String agency, String nip) {
        List<String> one = List.of(nip);
        List<HistoryEntry> entries = new ArrayList<>();
        ((Map<String, List<EmployeeRecords.RankHistoryEntry>>) employees.histories(agency, HistoryView.RANK, one))
                .getOrDefault(nip, List.of())
                .forEach(h -> entries.add(new HistoryEntry(
                        nip, HistoryEntry.Kind.RANK, h.golongan(), null, h.skNumber(), h.tmt(), null, null)));
        ((Map<String, List<EmployeeRecords.PositionHistoryEntry>>)
                        employees.histories(agency, HistoryView.POSITION, one))
                .getOrDefault(nip, List.of())
                .forEach(h -> entries.add(new HistoryEntry(
                        nip,
                        HistoryEntry.Kind.POSITION,
                        h.level(),
                        h.name(),
                        h.unitName(),
                        h.tmt(),
                        h.endDate(),
                        null)));
        ((Map<String, List<EmployeeRecords.EducationEntry>>) employees.histories(agency, HistoryView.EDUCATION, one))
                .getOrDefault(nip, List.of())
                .forEach(h -> entries.add(new HistoryEntry(
                        nip,
                        HistoryEntry.Kind.EDUCATION,
                        h.level(),
                        h.field(),
                        h.institution(),
                        null,
                        null,
                        h.graduationYear())));
        ((Map<String, List<EmployeeRecords.AwardEntry>>) employees.histories(agency, HistoryView.AWARDS, one))
                .getOrDefault(nip, List.of())
                .forEach(h -> entries.add(new HistoryEntry(
                        nip, HistoryEntry.Kind.AWARD, null, h.name(), h.evidence(), h.awardedOn(), null, null)));
        ((Map<String, List<EmployeeRecords.TeamAssignmentEntry>>) employees.histories(agency, HistoryView.TEAMS, one))
                .getOrDefault(nip, List.of())
                .forEach(h -> entries.add(new HistoryEntry(
                        nip,
                        HistoryEntry.Kind.TEAM_ASSIGNMENT,
                        null,
                        h.name(),
                        h.role(),
                        h.startDate(),
                        h.endDate(),
                        null)));
        ((Map<String, List<EmployeeRecords.TrainingEntry>>) employees.histories(agency, HistoryView.TRAININGS, one))
                .getOrDefault(nip, List.of())
                .forEach(h -> entries.add(new HistoryEntry(
                        nip,
                        HistoryEntry.Kind.valueOf(h.kind()),
                        null,
                        h.name(),
                        h.organizer(),
                        h.completedOn(),
                        null,
                        h.hours())));
        ((Map<String, List<EmployeeRecords.DisciplineEntry>>) employees.histories(agency, HistoryView.DISCIPLINE, one))
                .getOrDefault(nip, List.of())
                .forEach(h -> entries.add(new HistoryEntry(
                        nip,
                        HistoryEntry.Kind.DISCIPLINE,
                        h.level(),
                        h.description(),
                        null,
                        h.startDate(),
                        h.endDate(),
                        null)));
        ((Map<String, List<EmployeeRecords.LhkpnEntry>>) employees.histories(agency, HistoryView.LHKPN, one))
                .getOrDefault(nip, List.of())
                .forEach(h -> entries.add(
                        new HistoryEntry(nip, HistoryEntry.Kind.LHKPN, h.status(), null, null, null, null, h.year())));
        return entries;
    }
}
