package id.meritasn.mobility;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.ReferenceData;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.mobility.MobilityRecords.Aspirations;
import id.meritasn.mobility.MobilityRecords.MobilityProfile;
import id.meritasn.mobility.MobilityRefused.Code;
import id.meritasn.mobility.MobilityTenantRepository.Reason;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee's own mobility settings: consent to appear in the national talent index (withdrawable at any time) and
 * career aspirations. Only the employee acts, for their own NIP (the token's {@code nip} claim); every change writes
 * the agency's outbox in the same transaction, and the indexer carries it to the index within seconds.
 */
@Service
public class MobilityProfileService {

    static final String SELF = Access.EMPLOYEE;

    static final int MAX_REGIONS = 10;

    private final TenantDatabase tenants;
    private final MobilityTenantRepository repository;
    private final MobilityIndexRepository index;
    private final MobilityParticipation participation;
    private final EmployeeService employees;
    private final ReferenceDataService referenceData;
    private final Clock clock;

    MobilityProfileService(
            TenantDatabase tenants,
            MobilityTenantRepository repository,
            MobilityIndexRepository index,
            MobilityParticipation participation,
            EmployeeService employees,
            ReferenceDataService referenceData,
            Clock clock) {
        this.tenants = tenants;
        this.repository = repository;
        this.index = index;
        this.participation = participation;
        this.employees = employees;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /**
     * Which of these employees agreed to be found by other agencies: for the talent committee's pool review, a sign
     * that a member may leave (retention). Consent and its date only; what they aspire to stays theirs.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SUCCESSION_READERS)
    public Set<String> consenting(String agency, Collection<String> nips) {
        return nips.isEmpty() ? Set.of() : Set.copyOf(repository.consenting(tenants.enter(agency), nips));
    }

    /** The caller's consent, aspirations, and exactly what the national index holds about them now. */
    @Transactional(readOnly = true)
    @PreAuthorize(SELF)
    public MobilityProfile profile(String agency) {
        String nip = ownRecord(agency);
        return profile(agency, tenants.enter(agency), nip);
    }

    @Transactional
    @PreAuthorize(SELF)
    public MobilityProfile giveConsent(String agency, String actor) {
        String nip = ownRecord(agency);
        DSLContext tenant = tenants.enter(agency);
        if (repository.giveConsent(tenant, nip, actor)) {
            repository.enqueue(tenant, nip, Reason.CONSENT_GIVEN);
        }
        return profile(agency, tenant, nip);
    }

    /** Withdrawing removes the index entry within seconds; requests already under way are not cancelled by it. */
    @Transactional
    @PreAuthorize(SELF)
    public MobilityProfile withdrawConsent(String agency, String actor) {
        String nip = ownRecord(agency);
        DSLContext tenant = tenants.enter(agency);
        if (repository.withdrawConsent(tenant, nip, actor)) {
            repository.enqueue(tenant, nip, Reason.CONSENT_WITHDRAWN);
        }
        return profile(agency, tenant, nip);
    }

    /**
     * Stores the aspirations: kinds of position from the national list (JPT, ADMINISTRATOR, ...), at most
     * {@value #MAX_REGIONS} regions, and an earliest date that is not in the past.
     */
    @Transactional
    @PreAuthorize(SELF)
    public MobilityProfile saveAspirations(String agency, Aspirations aspirations, String actor) {
        String nip = ownRecord(agency);
        Aspirations clean = validate(aspirations);
        DSLContext tenant = tenants.enter(agency);
        if (repository.saveAspirations(tenant, nip, clean, actor)) {
            repository.enqueue(tenant, nip, Reason.ASPIRATIONS_CHANGED);
        }
        return profile(agency, tenant, nip);
    }

    private Aspirations validate(Aspirations aspirations) {
        Set<String> kinds = referenceData.get().positionLevels().stream()
                .map(ReferenceData.PositionLevel::kind)
                .collect(Collectors.toSet());
        List<String> wanted = aspirations.positionKinds().stream()
                .map(String::trim)
                .distinct()
                .toList();
        for (String kind : wanted) {
            if (!kinds.contains(kind)) {
                throw new MobilityRefused(
                        Code.INVALID_INPUT,
                        "'" + kind + "' is not a kind of position; use one of "
                                + kinds.stream().sorted().toList() + ".",
                        "positionKinds");
            }
        }
        List<String> regions = aspirations.regions().stream()
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .distinct()
                .toList();
        if (regions.size() > MAX_REGIONS) {
            throw new MobilityRefused(
                    Code.INVALID_INPUT, "At most " + MAX_REGIONS + " regions, were " + regions.size() + ".", "regions");
        }
        if (regions.stream().anyMatch(r -> r.length() > 100)) {
            throw new MobilityRefused(Code.INVALID_INPUT, "A region name has at most 100 characters.", "regions");
        }
        LocalDate earliest = aspirations.earliestDate();
        if (earliest != null && earliest.isBefore(LocalDate.now(clock))) {
            throw new MobilityRefused(
                    Code.INVALID_INPUT, "The earliest date " + earliest + " is in the past.", "earliestDate");
        }
        return new Aspirations(wanted, regions, earliest);
    }

    /** The caller's NIP, once it is known to be an active employee of the agency. */
    private String ownRecord(String agency) {
        String ownNip = CallerClaims.currentNip();
        if (ownNip == null || ownNip.isBlank()) {
            throw new MobilityRefused(
                    Code.NO_OWN_RECORD, "Your account is not linked to a NIP, so there are no own mobility settings.");
        }
        // the agency's own process checks the record; nothing of it goes back to the caller but yes or no
        Employee employee = SystemActor.callForAgency(agency, () -> employees.find(agency, ownNip.trim()))
                .orElse(null);
        if (employee == null || employee.status() != EmployeeStatus.ACTIVE) {
            throw new MobilityRefused(
                    Code.NO_OWN_RECORD, "NIP " + ownNip.trim() + " is not an active employee of this agency.");
        }
        return employee.nip();
    }

    private MobilityProfile profile(String agency, DSLContext tenant, String nip) {
        var consentedAt = repository.consentedAt(tenant, nip);
        Aspirations aspirations = repository.aspirations(tenant, List.of(nip)).getOrDefault(nip, Aspirations.none());
        return new MobilityProfile(
                agency,
                nip,
                participation.participates(agency),
                consentedAt.isPresent(),
                consentedAt.orElse(null),
                aspirations,
                index.find(agency, nip).orElse(null));
    }
}
