package id.meritasn.mobility;

import id.meritasn.audit.AuditLog;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.OrganizationService;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.mobility.MobilityRecords.RefusingParty;
import id.meritasn.mobility.MobilityRecords.RequestStatus;
import id.meritasn.mobility.MobilityRecords.TalentIndexEntry;
import id.meritasn.mobility.MobilityRefused.Code;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.CallerClaims;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mobility requests. Agency B (tenant admin or talent committee) asks for an employee of agency A found in the
 * national index, for one of B's positions: REQUESTED. The employee consents (CONSENTED), A's PPK releases
 * (RELEASED), B's PPK accepts (ACCEPTED), and the transfer runs at once (COMPLETED). Each of them may refuse instead,
 * with a reason (REFUSED, naming who). A request about another agency's employees or positions is not found: callers
 * see only requests their agency is a party to (national oversight sees all, read-only).
 */
@Service
public class MobilityRequestService {

    static final String MEMBER = Access.MEMBER;
    static final String PARTY_READERS = Access.SUCCESSION_READERS;

    private final MobilityRequestRepository requests;
    private final MobilityIndexRepository index;
    private final MobilityTransferService transfers;
    private final OrganizationService organization;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    private final MobilityNotices notices;

    MobilityRequestService(
            MobilityRequestRepository requests,
            MobilityIndexRepository index,
            MobilityTransferService transfers,
            OrganizationService organization,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            MobilityNotices notices) {
        this.notices = notices;
        this.requests = requests;
        this.index = index;
        this.transfers = transfers;
        this.organization = organization;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Agency {@code agency} asks for employee {@code nip} of {@code fromAgency} for its position {@code positionCode}.
     * Only an employee in the national index can be asked for: that is all another agency knows of them.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COMMITTEE)
    public MobilityRequest request(
            String agency, String fromAgency, String nip, String positionCode, @Nullable String note, String actor) {
        if (fromAgency.equals(agency)) {
            throw new MobilityRefused(
                    Code.INVALID_INPUT, "Moving within your own agency is not a mobility request.", "fromAgency");
        }
        if (note != null && note.length() > 1000) {
            throw new MobilityRefused(Code.INVALID_INPUT, "A note has at most 1000 characters.", "note");
        }
        TalentIndexEntry entry = index.find(fromAgency, nip.trim())
                .orElseThrow(() -> new MobilityRefused(
                        Code.NOT_FOUND,
                        "Employee " + nip.trim() + " of agency '" + fromAgency
                                + "' is not in the national talent index.",
                        "nip"));
        Position position = organization
                .positionByCode(agency, positionCode.trim())
                .orElseThrow(() -> new MobilityRefused(
                        Code.NOT_FOUND,
                        "No position with code '" + positionCode + "' in your agency.",
                        "positionCode"));
        UUID id = requests.insert(
                        fromAgency,
                        agency,
                        entry.nip(),
                        entry.name(),
                        position.code(),
                        position.name(),
                        note == null || note.isBlank() ? null : note.trim(),
                        actor)
                .orElseThrow(() -> new MobilityRefused(
                        Code.DUPLICATE,
                        "Your agency already has an open request for " + "employee " + entry.nip() + " of '"
                                + fromAgency + "'."));
        audit.record(
                actor,
                "mobility.requested",
                agency,
                Map.of("request", id.toString(), "from", fromAgency, "nip", entry.nip(), "position", position.code()));
        MobilityRequest created = requests.find(id).orElseThrow();
        notices.requested(created);
        return created;
    }

    /** The employee asked for answers: consent, or refuse with a reason. Only for their own NIP. */
    @Transactional
    @PreAuthorize(Access.EMPLOYEE)
    public MobilityRequest respondAsEmployee(
            String agency, UUID id, boolean consent, @Nullable String reason, String actor) {
        MobilityRequest request = party(id, agency, true);
        String ownNip = CallerClaims.currentNip();
        if (ownNip == null || !ownNip.trim().equals(request.nip())) {
            throw notFound(id);
        }
        MobilityRequest answered = decide(
                request,
                RequestStatus.REQUESTED,
                consent,
                reason,
                RefusingParty.EMPLOYEE,
                actor,
                () -> requests.consented(id, actor));
        if (consent) {
            notices.consented(answered);
        }
        return answered;
    }

    /** The releasing agency's PPK releases the employee, or refuses with a reason. */
    @Transactional
    @PreAuthorize(Access.PPK)
    public MobilityRequest release(String agency, UUID id, boolean release, @Nullable String reason, String actor) {
        MobilityRequest request = party(id, agency, true);
        MobilityRequest decided = decide(
                request,
                RequestStatus.CONSENTED,
                release,
                reason,
                RefusingParty.RELEASING_AGENCY,
                actor,
                () -> requests.released(id, actor));
        if (release) {
            notices.released(decided);
        }
        return decided;
    }

    /**
     * The receiving agency's PPK accepts (the transfer runs at once, in a transaction of its own) or refuses with a
     * reason. If the transfer fails the request stays ACCEPTED with the error, and is retried.
     */
    @PreAuthorize(Access.PPK)
    public MobilityRequest accept(String agency, UUID id, boolean accept, @Nullable String reason, String actor) {
        MobilityRequest decided = transactions.execute(s -> decide(
                party(id, agency, false),
                RequestStatus.RELEASED,
                accept,
                reason,
                RefusingParty.RECEIVING_AGENCY,
                actor,
                () -> requests.accepted(id, actor)));
        return decided.status() == RequestStatus.ACCEPTED ? transfers.complete(id, actor) : decided;
    }

    /** Runs the transfer of an accepted request again (it is also retried automatically). */
    @PreAuthorize(Access.ADMIN_OR_PPK)
    public MobilityRequest retryTransfer(String agency, UUID id, String actor) {
        MobilityRequest request = transactions.execute(s -> party(id, agency, false));
        if (request.status() != RequestStatus.ACCEPTED) {
            throw new MobilityRefused(
                    Code.WRONG_STATE,
                    "Request " + id + " is " + request.status() + "; only an ACCEPTED request waits for its transfer.");
        }
        return transfers.complete(id, actor);
    }

    /** Requests the agency is a party to (as releasing or receiving agency), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PARTY_READERS)
    public List<MobilityRequest> agencyRequests(String agency, @Nullable Map<String, Object> after, int limit) {
        return page(MobilityRequestRepository.involving(agency), after, limit);
    }

    /** One request the agency is a party to, or empty (another agency's requests are not found, not refused). */
    @Transactional(readOnly = true)
    @PreAuthorize(PARTY_READERS)
    public Optional<MobilityRequest> agencyRequest(String agency, UUID id) {
        return requests.find(id)
                .filter(r -> r.fromAgency().equals(agency) || r.toAgency().equals(agency));
    }

    /** Requests about the caller themself. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EMPLOYEE)
    public List<MobilityRequest> ownRequests(String agency, @Nullable Map<String, Object> after, int limit) {
        String ownNip = CallerClaims.currentNip();
        if (ownNip == null || ownNip.isBlank()) {
            throw new MobilityRefused(Code.NO_OWN_RECORD, "Your account is not linked to a NIP.");
        }
        return page(MobilityRequestRepository.about(agency, ownNip.trim()), after, limit);
    }

    /** Every request, for national oversight (read-only). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.IS_NATIONAL_OVERSIGHT)
    public List<MobilityRequest> allRequests(@Nullable Map<String, Object> after, int limit) {
        return page(MobilityRequestRepository.all(), after, limit);
    }

    /** One request the agency is a party to. */
    @Transactional(readOnly = true)
    @PreAuthorize(PARTY_READERS)
    public MobilityRequest find(String agency, UUID id) {
        MobilityRequest request = requests.find(id).orElseThrow(() -> notFound(id));
        if (!request.fromAgency().equals(agency) && !request.toAgency().equals(agency)) {
            throw notFound(id);
        }
        return request;
    }

    public Map<String, Object> cursor(MobilityRequest request) {
        Map<String, Object> keys = new java.util.LinkedHashMap<>(); // same cursor text on every instance (not Map.of)
        keys.put("at", request.requestedAt().toString());
        keys.put("id", request.id().toString());
        return keys;
    }

    private List<MobilityRequest> page(Condition scope, @Nullable Map<String, Object> after, int limit) {
        OffsetDateTime at = after == null ? null : OffsetDateTime.parse(String.valueOf(after.get("at")));
        UUID id = after == null ? null : UUID.fromString(String.valueOf(after.get("id")));
        return requests.page(scope, at, id, limit);
    }

    /** The request, locked, if the agency is the party named ({@code releasing}: A, else B); otherwise not found. */
    private MobilityRequest party(UUID id, String agency, boolean releasing) {
        MobilityRequest request = requests.lock(id).orElseThrow(() -> notFound(id));
        if (!(releasing ? request.fromAgency() : request.toAgency()).equals(agency)) {
            throw notFound(id);
        }
        return request;
    }

    private MobilityRequest decide(
            MobilityRequest request,
            RequestStatus expected,
            boolean approve,
            @Nullable String reason,
            RefusingParty party,
            String actor,
            Runnable approval) {
        if (request.status() != expected) {
            throw new MobilityRefused(
                    Code.WRONG_STATE,
                    "Request " + request.id() + " is " + request.status() + "; this step needs it " + expected + ".");
        }
        if (approve) {
            approval.run();
        } else {
            if (reason == null || reason.isBlank()) {
                throw new MobilityRefused(Code.INVALID_INPUT, "Refusing needs a reason.", "reason");
            }
            requests.refused(request.id(), party, reason.trim(), actor);
        }
        String tenant = party == RefusingParty.RECEIVING_AGENCY ? request.toAgency() : request.fromAgency();
        audit.record(
                actor,
                "mobility." + (approve ? "approved" : "refused") + "."
                        + party.name().toLowerCase(),
                tenant,
                Map.of("request", request.id().toString(), "reason", reason == null ? "" : reason.trim()));
        return requests.find(request.id()).orElseThrow();
    }

    private static MobilityRefused notFound(UUID id) {
        return new MobilityRefused(Code.NOT_FOUND, "No mobility request " + id + " concerns you or your agency.");
    }
}
