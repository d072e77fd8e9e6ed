package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeChange;
import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.tenancy.TenantDatabase;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Employee records of one agency. Every method acts for the agency the caller selected and checks membership again;
 * reading needs an agency role that works with records, writing needs tenant-admin.
 */
@Service
public class EmployeeService {

    static final String READ = Access.RECORD_READERS;
    static final String WRITE = Access.TENANT_ADMIN;

    /** Which history a batch read asks for. */
    public enum HistoryView {
        RANK,
        POSITION,
        EDUCATION,
        AWARDS,
        TEAMS,
        TRAININGS,
        DISCIPLINE,
        LHKPN,
        AUDIT
    }

    private final TenantDatabase tenants;
    private final EmployeeRepository employees;
    private final HistoryRepository histories;
    private final EmployeeAuditRepository audits;
    private final EmployeeWriter writer;
    private final ReferenceDataService referenceData;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    EmployeeService(
            TenantDatabase tenants,
            EmployeeRepository employees,
            HistoryRepository histories,
            EmployeeAuditRepository audits,
            EmployeeWriter writer,
            ReferenceDataService referenceData,
            ObjectMapper json,
            ApplicationEventPublisher events) {
        this.audits = audits;
        this.json = json;
        this.events = events;
        this.tenants = tenants;
        this.employees = employees;
        this.histories = histories;
        this.writer = writer;
        this.referenceData = referenceData;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Optional<Employee> find(String agency, String nip) {
        return employees.find(tenants.enter(agency), nip);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Employee> findAll(String agency, Collection<String> nips) {
        return employees.findAll(tenants.enter(agency), nips);
    }

    /**
     * The NIP and current position of each of these that is an employee of the agency (others are left out): a full
     * recompute of the talent map needs no more of the record for tens of thousands of employees.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<EmployeeRecords.Placement> placements(String agency, Collection<String> nips) {
        return employees.placements(tenants.enter(agency), nips);
    }

    /** NIPs of the agency's active employees, in NIP order. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<String> activeNips(String agency) {
        return employees.activeNips(tenants.enter(agency));
    }

    /** Unit and position level of every active employee, in NIP order (who heads a unit, who is whose peer). */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<EmployeeRecords.RosterEntry> roster(String agency) {
        return employees.roster(tenants.enter(agency));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Employee> holders(String agency, Collection<Long> positionIds) {
        return employees.holders(tenants.enter(agency), positionIds);
    }

    /** A keyset page; {@code after} is the cursor of the last row seen (sort value and NIP), or null. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Employee> page(
            String agency, EmployeeFilter filter, EmployeeSort sort, @Nullable Map<String, Object> after, int limit) {
        return employees.page(tenants.enter(agency), filter, sort, after, limit);
    }

    /**
     * The cursor value of an employee for a sort order, as a function: a page calls this proxied service once, not once
     * per row (the proxy's interceptor chain per row was a measurable share of a page's allocation).
     */
    public java.util.function.Function<Employee, Object> sortKey(EmployeeSort sort) {
        return switch (sort.field()) {
            case NAME -> Employee::name;
            case NIP -> Employee::nip;
            case GOLONGAN -> {
                ReferenceData reference = referenceData.get();
                yield employee ->
                        reference.golongan(employee.golongan()).orElseThrow().rankOrder();
            }
        };
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Map<String, ? extends List<?>> histories(String agency, HistoryView view, Collection<String> nips) {
        return histories(tenants.enter(agency), view, nips);
    }

    /** One employee's history of one kind, for their own data (MyDataService checks who asks). */
    List<?> ownHistory(DSLContext tenant, HistoryView view, String nip) {
        List<?> entries = histories(tenant, view, List.of(nip)).get(nip);
        return entries == null ? List.of() : entries;
    }

    private Map<String, ? extends List<?>> histories(DSLContext tenant, HistoryView view, Collection<String> nips) {
        return switch (view) {
            case RANK -> histories.rank(tenant, nips);
            case POSITION -> histories.position(tenant, nips);
            case EDUCATION -> histories.education(tenant, nips);
            case AWARDS -> histories.awards(tenant, nips);
            case TEAMS -> histories.teams(tenant, nips);
            case TRAININGS -> histories.trainings(tenant, nips);
            case DISCIPLINE -> histories.discipline(tenant, nips);
            case LHKPN -> histories.lhkpn(tenant, nips);
            case AUDIT -> auditTrails(tenant, nips);
        };
    }

    private Map<String, List<EmployeeChange>> auditTrails(DSLContext tenant, Collection<String> nips) {
        return audits.auditTrails(tenant, nips);
    }

    /** Creates (or, with {@code create} false, updates) one employee. */
    @Transactional
    @PreAuthorize(WRITE)
    public Outcome<Employee, EmployeeProblem> save(String agency, EmployeeDraft draft, boolean create, String actor) {
        DSLContext tenant = tenants.enter(agency);
        return writer.validate(draft, writer.lookups(tenant)).flatMap(values -> {
            boolean exists = employees.find(tenant, values.nip()).isPresent();
            if (create && exists) {
                return Outcome.refused(new EmployeeProblem.AlreadyExists(values.nip()));
            }
            if (!create && !exists) {
                return Outcome.refused(new EmployeeProblem.NotFound(values.nip()));
            }
            if (writer.store(tenant, values, actor, create ? "employee.created" : "employee.updated")
                    != EmployeeWriter.Stored.UNCHANGED) {
                events.publishEvent(new EmployeeRecordsChanged(agency, List.of(values.nip())));
            }
            return Outcome.done(employees.find(tenant, values.nip()).orElseThrow());
        });
    }

    /**
     * Changes only an employee's status, with an audit entry saying why (for example TRANSFERRED_OUT when another
     * agency took the employee over: the record and its histories stay).
     */
    @Transactional
    @PreAuthorize(WRITE)
    public Outcome<Employee, EmployeeProblem> setStatus(
            String agency, String nip, EmployeeRecords.EmployeeStatus status, String action, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Optional<Employee> before = employees.find(tenant, nip);
        if (before.isEmpty()) {
            return Outcome.refused(new EmployeeProblem.NotFound(nip));
        }
        if (employees.setStatus(tenant, nip, status)) {
            Employee after = employees.find(tenant, nip).orElseThrow();
            audits.audit(
                    tenant, nip, actor, action, json.writeValueAsString(before.get()), json.writeValueAsString(after));
            events.publishEvent(new EmployeeRecordsChanged(agency, List.of(nip)));
        }
        return Outcome.done(employees.find(tenant, nip).orElseThrow());
    }

    @Transactional
    @PreAuthorize(WRITE)
    public Outcome<Employee, EmployeeProblem> addHistory(String agency, HistoryEntry entry, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Optional<Employee> employee = employees.find(tenant, entry.nip());
        if (employee.isEmpty()) {
            return Outcome.refused(new EmployeeProblem.NotFound(entry.nip()));
        }
        List<FieldInvalid> problems = entry.problems(referenceData.get());
        if (!problems.isEmpty()) {
            return Outcome.refused(
                    problems.stream().map(EmployeeProblem.InvalidField::new).toList());
        }
        if (histories.add(tenant, entry)) {
            audits.audit(
                    tenant,
                    entry.nip(),
                    actor,
                    "history.added." + entry.kind().name().toLowerCase(),
                    null,
                    json.writeValueAsString(entry));
            events.publishEvent(new EmployeeRecordsChanged(agency, List.of(entry.nip())));
        }
        return Outcome.done(employee.get());
    }

    /**
     * Appoints an employee to a position from a date (the succession feature's final step): the current position and
     * its unit change, the retirement date follows the BUP of the new level, the open position history entry ends the
     * day before and a new one starts, all in the employee's audit trail as {@code employee.appointed}.
     */
    @Transactional
    @PreAuthorize(WRITE)
    public Outcome<Employee, EmployeeProblem> appoint(
            String agency, String nip, String positionCode, LocalDate from, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Optional<Employee> found = employees.find(tenant, nip);
        if (found.isEmpty()) {
            return Outcome.refused(new EmployeeProblem.NotFound(nip));
        }
        var draft = EmployeeDraft.appointment(found.get(), positionCode);
        return writer.validate(draft, writer.lookups(tenant)).map(values -> {
            writer.store(tenant, values, actor, "employee.appointed");
            histories.appointed(tenant, nip, values.positionId(), from);
            return employees.find(tenant, nip).orElseThrow();
        });
    }
}
