package id.meritasn.employee;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.ExportSource;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The employee list with the filter the list shows (XLSX), a keyset page at a time so 60,000 rows never sit in memory
 * together: NIP, name with titles, golongan and pangkat, position, unit, kind of employee and status. The record
 * readers may export it.
 */
@Component
class EmployeesExport implements ExportSource {

    private static final int PAGE = 2_000;

    private final EmployeeService employees;
    private final EmployeePages pages;

    EmployeesExport(EmployeeService employees, EmployeePages pages) {
        this.employees = employees;
        this.pages = pages;
    }

    @Override
    public String kind() {
        return "EMPLOYEES";
    }

    @Override
    public DocumentModel describe(String agency, DocumentRequest request) {
        EmployeeFilter filter = filter(request);
        // the first row, read for the caller: their role checks decide; it also proves the filter reads
        employees.page(agency, filter, SORT, null, 1);
        return new DocumentModel(
                "Daftar pegawai",
                "Daftar pegawai instansi" + (filter.unitCode() == null ? "" : ", unit " + filter.unitCode()),
                Map.of("filter", String.valueOf(filter)));
    }

    @Override
    public List<String> header() {
        return List.of(
                "NIP",
                "Nama",
                "Gelar depan",
                "Gelar belakang",
                "Golongan",
                "Pangkat",
                "TMT golongan",
                "Jabatan",
                "Jenjang",
                "Unit",
                "Jenis",
                "Status");
    }

    @Override
    public void rows(String agency, DocumentRequest request, Consumer<List<?>> row) {
        EmployeeFilter filter = filter(request);
        Map<String, Object> after = null;
        while (true) {
            var page = pages.pageWithOrganization(agency, filter, SORT, after, PAGE, true, true);
            for (Employee e : page.rows()) {
                var position = e.positionId() == null ? null : page.positions().get(e.positionId());
                var unit = e.unitId() == null ? null : page.units().get(e.unitId());
                row.accept(Arrays.asList(
                        e.nip(),
                        e.name(),
                        e.frontTitle(),
                        e.backTitle(),
                        e.golongan(),
                        e.pangkat(),
                        e.golonganTmt(),
                        position == null ? null : position.name(),
                        position == null ? null : position.level(),
                        unit == null ? null : unit.name(),
                        e.employeeType().name(),
                        e.status().name()));
            }
            if (page.rows().size() < PAGE) {
                return;
            }
            String last = page.rows().getLast().nip();
            after = Map.of("key", last, "nip", last);
        }
    }

    private static final EmployeeSort SORT = new EmployeeSort(EmployeeSort.Field.NIP, false);

    static EmployeeFilter filter(DocumentRequest request) {
        DocumentRequest.EmployeeList list = request.employees();
        return new EmployeeFilter(
                request.unit(),
                list == null ? null : blank(list.golonganMin()),
                list == null ? null : blank(list.golonganMax()),
                list == null ? null : blank(list.positionKind()),
                request.level(),
                list == null ? null : status(blank(list.status())),
                list == null ? null : blank(list.text()));
    }

    private static @Nullable EmployeeStatus status(@Nullable String status) {
        if (status == null) {
            return null;
        }
        try {
            return EmployeeStatus.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw new DocumentRefused(
                    "Status is ACTIVE, RETIRED or TRANSFERRED_OUT, was " + status + ".", "employees.status");
        }
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
