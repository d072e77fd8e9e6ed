package id.meritasn.mobility;

import id.meritasn.audit.AuditLog;
import id.meritasn.employee.EmployeeDraft;
import id.meritasn.employee.EmployeeProblem;
import id.meritasn.employee.EmployeeRecords;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.HistoryEntry;
import id.meritasn.employee.OrganizationService;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.mobility.MobilityRecords.RequestStatus;
import id.meritasn.mobility.MobilityRefused.Code;
import id.meritasn.mobility.MobilityTenantRepository.Reason;
import id.meritasn.shared.checkpoint.Checkpoints;
import id.meritasn.shared.db.CrossShardTransactionException;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves an employee from the releasing agency (A) to the receiving one (B) when a request was accepted, as one
 * database transaction over both schemas: A's record becomes TRANSFERRED_OUT (record and histories stay, with an OUT
 * marker naming B), B gets the employee with every history and the new position (with an IN marker), and the request
 * becomes COMPLETED. Any failure rolls all of it back; the request stays ACCEPTED with the error and is retried.
 *
 * <p>One transaction is possible because both tenant schemas and the platform schema are on the same PostgreSQL
 * server (the default shard). An agency on another shard is refused with a clear message
 * ({@link CrossShardTransactionException}, recorded on the request); it cannot take part in mobility in the first
 * place ({@link MobilityParticipation}). Supporting it would mean one transaction per server; each side already skips
 * itself when its marker with the transfer id (= request id) exists, so a retry would complete the other side without
 * duplicating anything, but the request row would then need its own completion step.
 */
@Service
class MobilityTransferService {

    private static final Logger log = LoggerFactory.getLogger(MobilityTransferService.class);

    private final MobilityRequestRepository requests;
    private final MobilityTenantRepository markers;
    private final TenantDatabase tenants;
    private final EmployeeService employees;
    private final OrganizationService organization;
    private final TransferHistories movedHistories;
    private final AuditLog audit;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final MobilityNotices notices;

    private final Checkpoints checkpoints;

    MobilityTransferService(
            MobilityRequestRepository requests,
            MobilityTenantRepository markers,
            TenantDatabase tenants,
            EmployeeService employees,
            OrganizationService organization,
            TransferHistories movedHistories,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            MobilityNotices notices,
            Checkpoints checkpoints) {
        this.notices = notices;
        this.checkpoints = checkpoints;
        this.requests = requests;
        this.markers = markers;
        this.tenants = tenants;
        this.employees = employees;
        this.organization = organization;
        this.movedHistories = movedHistories;
        this.audit = audit;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Transfers the employee of an accepted request in a transaction of its own; a failure is recorded on the request
     * (which stays ACCEPTED) instead of thrown. Completing a completed request does nothing.
     */
    MobilityRequest complete(UUID id, String actor) {
        try {
            newTransaction.executeWithoutResult(s -> transfer(id, actor));
        } catch (RuntimeException e) {
            String message = (e instanceof MobilityRefused || e instanceof CrossShardTransactionException)
                            && e.getMessage() != null
                    ? e.getMessage()
                    : "The transfer failed (" + e.getClass().getSimpleName() + "); nothing was changed in either"
                            + " agency, and it is retried.";
            log.warn("Transfer of mobility request {} failed; it stays ACCEPTED", id, e);
            newTransaction.executeWithoutResult(s -> requests.transferFailed(id, message));
        }
        return newTransaction.execute(s -> requests.find(id).orElseThrow());
    }

    /** Retries accepted requests whose transfer failed (or never ran: a crash right after accepting). */
    void retryPending(OffsetDateTime before) {
        for (UUID id : newTransaction.execute(s -> requests.pendingTransfers(before, 20))) {
            complete(id, SystemActor.NAME);
        }
    }

    private void transfer(UUID id, String actor) {
        MobilityRequest request = requests.lock(id)
                .orElseThrow(() -> new MobilityRefused(Code.NOT_FOUND, "No mobility request " + id + "."));
        if (request.status() == RequestStatus.COMPLETED) {
            return;
        }
        if (request.status() != RequestStatus.ACCEPTED) {
            throw new MobilityRefused(
                    Code.WRONG_STATE,
                    "Request " + id + " is " + request.status() + "; only an ACCEPTED request is transferred.");
        }
        String by = actor + " (mobility request " + id + ")";
        Moved moved = SystemActor.callForAgency(request.fromAgency(), () -> releasingSide(request, by));
        checkpoints.reached(Checkpoints.Point.TRANSFER_RELEASING_SIDE_WRITTEN, 0);
        SystemActor.callForAgency(request.toAgency(), () -> {
            receivingSide(request, moved, by);
            return null;
        });
        checkpoints.reached(Checkpoints.Point.TRANSFER_RECEIVING_SIDE_WRITTEN, 0);
        requests.completed(id);
        notices.transferred(request);
        audit.record(
                actor,
                "mobility.transferred",
                request.toAgency(),
                Map.of(
                        "request",
                        id.toString(),
                        "from",
                        request.fromAgency(),
                        "nip",
                        request.nip(),
                        "position",
                        request.targetPositionCode()));
    }

    /** The employee's record and histories as the releasing agency holds them. */
    private record Moved(Employee employee, List<HistoryEntry> histories) {}

    private Moved releasingSide(MobilityRequest request, String by) {
        String agency = request.fromAgency();
        DSLContext tenant = tenants.enter(agency);
        Employee employee = employees
                .find(agency, request.nip())
                .orElseThrow(() -> new MobilityRefused(
                        Code.TRANSFER_FAILED, "Employee " + request.nip() + " is no longer in " + agency + "."));
        List<HistoryEntry> histories = movedHistories.of(agency, request.nip());
        if (!markers.hasTransfer(tenant, request.id())) {
            if (employee.status() != EmployeeStatus.ACTIVE) {
                throw new MobilityRefused(
                        Code.TRANSFER_FAILED,
                        "Employee " + request.nip() + " is " + employee.status() + " in " + agency
                                + "; only an active employee can be transferred.");
            }
            // consent was given to share this agency's data: it ends with the move, and the entry leaves the index
            if (markers.withdrawConsent(tenant, request.nip(), by)) {
                markers.enqueue(tenant, request.nip(), Reason.TRANSFERRED);
            }
            employees.setStatus(agency, request.nip(), EmployeeStatus.TRANSFERRED_OUT, "employee.transferred-out", by);
            markers.recordTransfer(
                    tenant, request.id(), "OUT", request.nip(), request.toAgency(), request.targetPositionName());
        }
        return new Moved(employee, histories);
    }

    private void receivingSide(MobilityRequest request, Moved moved, String by) {
        String agency = request.toAgency();
        DSLContext tenant = tenants.enter(agency);
        if (markers.hasTransfer(tenant, request.id())) {
            return;
        }
        Position position = organization
                .positionByCode(agency, request.targetPositionCode())
                .orElseThrow(() -> new MobilityRefused(
                        Code.TRANSFER_FAILED,
                        "Position '" + request.targetPositionCode() + "' no longer exists in " + agency + "."));
        var existing = employees.find(agency, request.nip());
        if (existing.isPresent() && existing.get().status() == EmployeeStatus.ACTIVE) {
            throw new MobilityRefused(
                    Code.DUPLICATE, "Employee " + request.nip() + " is already an active employee of " + agency + ".");
        }
        Employee e = moved.employee();
        var saved = employees.save(
                agency,
                new EmployeeDraft(
                        e.nip(),
                        e.name(),
                        e.frontTitle(),
                        e.backTitle(),
                        e.golongan(),
                        e.golonganTmt().toString(),
                        position.code(),
                        null,
                        EmployeeStatus.ACTIVE.name(),
                        e.employeeType().name(),
                        e.agreementEnd() == null ? null : e.agreementEnd().toString()),
                existing.isEmpty(),
                by);
        if (!saved.isDone()) {
            throw new MobilityRefused(
                    Code.TRANSFER_FAILED,
                    "The receiving agency refused the record: "
                            + saved.problems().stream()
                                    .map(EmployeeProblem::message)
                                    .collect(Collectors.joining(" ")));
        }
        List<HistoryEntry> entries = new ArrayList<>(moved.histories());
        String unitName = organization.units(agency, List.of(position.unitId())).stream()
                .findFirst()
                .map(EmployeeRecords.Unit::name)
                .orElse(null);
        entries.add(new HistoryEntry(
                e.nip(),
                HistoryEntry.Kind.POSITION,
                position.level(),
                position.name(),
                unitName,
                LocalDate.now(clock),
                null,
                null));
        for (HistoryEntry entry : entries) {
            var added = employees.addHistory(agency, entry, by);
            if (!added.isDone()) {
                throw new MobilityRefused(
                        Code.TRANSFER_FAILED,
                        "A " + entry.kind() + " history entry was refused: "
                                + added.problems().stream()
                                        .map(EmployeeProblem::message)
                                        .collect(Collectors.joining(" ")));
            }
        }
        markers.recordTransfer(tenant, request.id(), "IN", e.nip(), request.fromAgency(), position.name());
    }
}
