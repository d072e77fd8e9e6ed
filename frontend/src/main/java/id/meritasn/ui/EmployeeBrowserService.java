package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.employee.EmployeeFilter;
import id.meritasn.employee.EmployeeImportService;
import id.meritasn.employee.EmployeeProblem;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.EmployeeSort;
import id.meritasn.employee.OrganizationService;
import id.meritasn.employee.ProfileReads;
import id.meritasn.employee.ProfileView;
import id.meritasn.employee.ReferenceData;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.imports.ImportFileProblem;
import id.meritasn.imports.ImportJob;
import id.meritasn.imports.SpreadsheetText;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.ObjectMapper;

/**
 * The employee pages of the UI: list, profile, organization, positions and import. Thin: it picks the user's agency
 * (the first they belong to) and delegates to the backend services, which check role and membership themselves.
 */
@BrowserCallable
@PermitAll
class EmployeeBrowserService {

    private final EmployeeService employees;
    private final ProfileReads profileReads;
    private final OrganizationService organization;
    private final EmployeeImportService imports;
    private final ReferenceDataService referenceData;
    private final ObjectMapper json;
    private final EmployeeViews views;

    EmployeeBrowserService(
            EmployeeService employees,
            OrganizationService organization,
            EmployeeImportService imports,
            ReferenceDataService referenceData,
            ObjectMapper json,
            ProfileReads profileReads,
            EmployeeViews views) {
        this.profileReads = profileReads;
        this.employees = employees;
        this.organization = organization;
        this.imports = imports;
        this.referenceData = referenceData;
        this.json = json;
        this.views = views;
    }

    record EmployeeRow(
            @NonNull String nip,
            @NonNull String fullName,
            @NonNull String golongan,
            @NonNull String pangkat,
            @Nullable String positionName,
            @Nullable String unitName,
            @NonNull EmployeeStatus status) {}

    record EmployeePage(
            @NonNull List<@NonNull EmployeeRow> rows,
            @Nullable String nextCursor) {}

    record Entry(
            @NonNull String title,
            @Nullable String detail,
            @Nullable String from,
            @Nullable String to) {}

    record Profile(
            @NonNull Employee employee,
            @NonNull String fullName,
            @Nullable String positionCode,
            @Nullable String positionName,
            @Nullable String positionLevel,
            @Nullable String unitCode,
            @Nullable String unitName,
            @NonNull Map<@NonNull String, @NonNull List<@NonNull Entry>> histories) {}

    record PositionView(
            @NonNull Position position,
            @Nullable String unitName,
            @NonNull List<id.meritasn.employee.EmployeeRecords.@NonNull CompetencyRequirement> standard,
            @Nullable String holder) {}

    record ImportStart(@Nullable ImportJob job, @Nullable String problem) {}

    public @NonNull EmployeePage page(
            @Nullable String text,
            @Nullable String unitCode,
            @Nullable String golonganMin,
            @Nullable String golonganMax,
            @Nullable EmployeeStatus status,
            EmployeeSort.@Nullable Field sortField,
            boolean descending,
            @Nullable String cursor,
            int size) {
        String agency = UiCaller.agency();
        EmployeeSort sort = new EmployeeSort(sortField == null ? EmployeeSort.Field.NAME : sortField, descending);
        Map<String, Object> after =
                cursor == null ? null : json.readValue(Base64.getUrlDecoder().decode(cursor), Map.class);
        int pageSize = Math.max(1, Math.min(size, 200));
        List<Employee> rows = employees.page(
                agency,
                new EmployeeFilter(
                        blank(unitCode), blank(golonganMin), blank(golonganMax), null, null, status, blank(text)),
                sort,
                after,
                pageSize + 1);
        boolean more = rows.size() > pageSize;
        List<Employee> page = more ? rows.subList(0, pageSize) : rows;
        List<EmployeeRow> rowViews = views.rows(agency, page);
        String next = null;
        if (more) {
            Employee last = page.getLast();
            next = Base64.getUrlEncoder()
                    .encodeToString(json.writeValueAsString(
                                    Map.of("key", employees.sortKey(sort).apply(last), "nip", last.nip()))
                            .getBytes(StandardCharsets.UTF_8));
        }
        return new EmployeePage(rowViews, next);
    }

    public @Nullable Profile profile(@NonNull String nip) {
        String agency = UiCaller.agency();
        Employee employee = employees.find(agency, nip).orElse(null);
        if (employee == null) {
            return null;
        }
        profileReads.record(agency, nip, ProfileView.EMPLOYEE_RECORD);
        return views.profile(agency, nip, employee);
    }

    /** The fields the edit form sends; birth date and gender are not among them: they come from the NIP. */
    record EmployeeEdit(
            @NonNull String nip,
            @NonNull String name,
            @Nullable String frontTitle,
            @Nullable String backTitle,
            @NonNull String golongan,
            @NonNull String golonganTmt,
            @Nullable String positionCode,
            @Nullable String unitCode,
            @Nullable EmployeeStatus status,
            id.meritasn.employee.EmployeeRecords.@Nullable EmployeeType employeeType,
            @Nullable String agreementEnd) {}

    /** The saved employee's NIP, or every problem (field and message) that stopped the save. */
    record SaveResult(@Nullable String nip, @NonNull List<id.meritasn.shared.graphql.@NonNull FieldInvalid> problems) {}

    /** Creates ({@code create}) or updates an employee; tenant admins only (checked by the backend service). */
    public @NonNull SaveResult save(@NonNull EmployeeEdit edit, boolean create) {
        var change = employees.save(
                UiCaller.agency(),
                new id.meritasn.employee.EmployeeDraft(
                        edit.nip(),
                        edit.name(),
                        edit.frontTitle(),
                        edit.backTitle(),
                        edit.golongan(),
                        edit.golonganTmt(),
                        blank(edit.positionCode()),
                        blank(edit.unitCode()),
                        edit.status() == null ? null : edit.status().name(),
                        edit.employeeType() == null ? null : edit.employeeType().name(),
                        blank(edit.agreementEnd())),
                create,
                SecurityContextHolder.getContext().getAuthentication().getName());
        return new SaveResult(
                change.map(Employee::nip).valueOrNull(),
                change.problems().stream().map(EmployeeBrowserService::onField).toList());
    }

    /** Every problem on the field it concerns; the form's own words for a NIP that is taken or missing. */
    private static id.meritasn.shared.graphql.FieldInvalid onField(EmployeeProblem problem) {
        return switch (problem) {
            case EmployeeProblem.AlreadyExists exists ->
                new id.meritasn.shared.graphql.FieldInvalid("An employee with this NIP already exists.", "nip");
            case EmployeeProblem.NotFound notFound ->
                new id.meritasn.shared.graphql.FieldInvalid("No employee with this NIP in your agency.", "nip");
            case EmployeeProblem.InvalidField invalid -> invalid.asField();
            case EmployeeProblem.InvalidNip invalid -> invalid.asField();
        };
    }

    public @NonNull List<@NonNull Unit> unitTree() {
        return organization.unitTree(UiCaller.agency());
    }

    public @NonNull List<@NonNull PositionView> positions(@Nullable String unitCode) {
        String agency = UiCaller.agency();
        List<Position> positions = organization.positions(agency, blank(unitCode));
        List<Long> ids = positions.stream().map(Position::id).toList();
        var standards = organization.standards(agency, ids);
        Map<Long, String> unitNames = new HashMap<>();
        organization
                .units(
                        agency,
                        positions.stream().map(Position::unitId).distinct().toList())
                .forEach(u -> unitNames.put(u.id(), u.name()));
        Map<Long, String> holders = new HashMap<>();
        employees.holders(agency, ids).forEach(e -> holders.putIfAbsent(e.positionId(), e.fullName()));
        return positions.stream()
                .map(p -> new PositionView(
                        p,
                        unitNames.get(p.unitId()),
                        standards.getOrDefault(p.id(), List.of()),
                        p.critical() || p.level().startsWith("JPT") || p.level().equals("ADMINISTRATOR")
                                ? holders.get(p.id())
                                : null))
                .toList();
    }

    public @NonNull ReferenceData referenceData() {
        return referenceData.get();
    }

    /** The file comes as a multipart upload (spooled to disk by the servlet container), not as base64 in JSON. */
    public @NonNull ImportStart startImport(@NonNull MultipartFile file) {
        try {
            return new ImportStart(
                    imports.submit(
                            UiCaller.agency(),
                            String.valueOf(file.getOriginalFilename()),
                            file.getBytes(),
                            SecurityContextHolder.getContext()
                                    .getAuthentication()
                                    .getName()),
                    null);
        } catch (ImportFileProblem e) {
            return new ImportStart(null, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    public @Nullable ImportJob importJob(@NonNull String id) {
        return imports.job(UiCaller.agency(), UUID.fromString(id)).orElse(null);
    }

    public @NonNull List<@NonNull ImportJob> importJobs() {
        return imports.recent(UiCaller.agency());
    }

    /** The error report of an import as CSV (row, field, value, reason), for the operator to fix the file. */
    public @NonNull String errorReportCsv(@NonNull String id) {
        return SpreadsheetText.errorReport(imports.rowErrors(UiCaller.agency(), UUID.fromString(id), 200_000));
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
