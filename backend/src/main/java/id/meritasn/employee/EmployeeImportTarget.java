package id.meritasn.employee;

import id.meritasn.imports.ImportJob;
import id.meritasn.imports.ImportTarget;
import id.meritasn.imports.TabularFile;
import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.outcome.Outcome.Done;
import id.meritasn.shared.outcome.Outcome.Refused;
import id.meritasn.shared.text.Text;
import id.meritasn.tenancy.TenantDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Employees as a target of the import jobs: each chunk's rows are validated like a form (EmployeeWriter) and the
 * valid ones upserted by NIP in a few set-based statements; a row equal to what is stored changes nothing.
 */
@Component
class EmployeeImportTarget implements ImportTarget {

    private final TenantDatabase tenants;
    private final EmployeeWriter writer;
    private final ApplicationEventPublisher events;

    EmployeeImportTarget(TenantDatabase tenants, EmployeeWriter writer, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.writer = writer;
        this.events = events;
    }

    @Override
    public String name() {
        return ImportJob.EMPLOYEES;
    }

    @Override
    public Map<String, String> columns() {
        return EmployeeFileParser.COLUMNS;
    }

    @Override
    public List<String> required() {
        return EmployeeFileParser.REQUIRED;
    }

    @Override
    public Outcome store(String agency, Map<String, String> params, List<TabularFile.Row> rows, String actor) {
        DSLContext tenant = tenants.enter(agency);
        EmployeeWriter.Lookups lookups = writer.lookups(tenant);
        int refused = 0;
        List<EmployeeValues> valid = new ArrayList<>();
        List<ImportJob.RowError> errors = new ArrayList<>();
        for (TabularFile.Row row :
                rows.stream().map(EmployeeFileParser::normalize).toList()) {
            switch (writer.validate(draft(row), lookups)) {
                case Done<EmployeeValues, EmployeeProblem> done -> valid.add(done.value());
                case Refused<EmployeeValues, EmployeeProblem> refusal -> {
                    refused++;
                    for (EmployeeProblem problem : refusal.problems()) {
                        FieldInvalid field = problem.asField();
                        errors.add(new ImportJob.RowError(
                                row.rowNumber(), field.field(), row.get(field.field()), reason(field)));
                    }
                }
            }
        }
        EmployeeWriter.Counts counts = writer.storeAll(tenant, valid, actor, "employee.imported");
        if (counts.created() + counts.updated() > 0) {
            // the rows that changed are not told apart here; listeners look only at the employees they care for
            events.publishEvent(new EmployeeRecordsChanged(
                    agency, valid.stream().map(EmployeeValues::nip).distinct().toList()));
        }
        return new Outcome(counts.created(), counts.updated(), counts.unchanged(), refused, errors);
    }

    private static EmployeeDraft draft(TabularFile.Row row) {
        return new EmployeeDraft(
                orEmpty(row.get("nip")),
                orEmpty(row.get("name")),
                row.get("frontTitle"),
                row.get("backTitle"),
                orEmpty(row.get("golongan")),
                orEmpty(row.get("golonganTmt")),
                row.get("positionCode"),
                row.get("unitCode"),
                row.get("status"),
                row.get("employeeType"),
                row.get("agreementEnd"));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The problem's text; a rule without a code yet keeps its English in both languages. */
    private static Text reason(FieldInvalid problem) {
        Text text = problem.text();
        return text != null ? text : new Text("employee.field.UNCODED", Map.of(), problem.message(), problem.message());
    }
}
