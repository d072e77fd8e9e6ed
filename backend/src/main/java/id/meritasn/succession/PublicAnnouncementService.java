package id.meritasn.succession;

import id.meritasn.employee.Nip;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionProblem.ObjectionWindowClosed;
import id.meritasn.succession.SuccessionProblem.RateLimited;
import id.meritasn.succession.SuccessionProblem.SuccessionNotFound;
import id.meritasn.succession.SuccessionRecords.ObjectionReceipt;
import id.meritasn.succession.SuccessionRecords.PublicAnnouncement;
import id.meritasn.succession.SuccessionRecords.PublicCandidate;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of succession, open without login: an agency's active shortlist announcements (position, the
 * candidates' names, masked NIPs and current positions, the dates; nothing else) and objections within the window.
 * It reads only this feature's own records, kept as they were announced.
 */
@Service
public class PublicAnnouncementService {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");

    private final TenantDatabase tenants;
    private final SuccessionRepository repository;
    private final AnnouncementRepository announcements;
    private final SuccessionLedger ledger;
    private final ObjectionRateLimiter limiter;
    private final Clock clock;
    private final PublicRecordRepository record;
    private final SuccessionNotices notices;

    PublicAnnouncementService(
            TenantDatabase tenants,
            SuccessionRepository repository,
            AnnouncementRepository announcements,
            SuccessionLedger ledger,
            ObjectionRateLimiter limiter,
            Clock clock,
            PublicRecordRepository record,
            SuccessionNotices notices) {
        this.notices = notices;
        this.record = record;
        this.tenants = tenants;
        this.repository = repository;
        this.announcements = announcements;
        this.ledger = ledger;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** Active announcements of the agency, newest first. Anyone may read them. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<PublicAnnouncement> announcements(String agency) {
        DSLContext tenant = tenants.enter(agency);
        return announcements.activeAnnouncements(tenant, null).values().stream()
                .sorted(Comparator.comparing(AnnouncementRepository.AnnouncementRow::announcedOn)
                        .reversed()
                        .thenComparing(AnnouncementRepository.AnnouncementRow::id, Comparator.reverseOrder()))
                .map(a -> {
                    String chosen =
                            repository.decisionNip(tenant, a.decisionId()).orElse("");
                    List<PublicCandidate> candidates = repository.slateOfDecision(tenant, a.decisionId()).stream()
                            .map(c -> new PublicCandidate(
                                    c.rank(),
                                    c.name(),
                                    Nip.mask(c.nip()),
                                    c.currentPosition(),
                                    c.nip().equals(chosen)))
                            .toList();
                    return new PublicAnnouncement(
                            a.id(), agency, a.positionName(), a.unitName(), a.announcedOn(), a.deadline(), candidates);
                })
                .toList();
    }

    /**
     * The agency's finalised appointments, newest first: the public record that stays after the announcements end
     * (post, appointee with a masked NIP, decision and effective dates). Anyone may read it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<SuccessionRecords.PublicAppointment> appointments(String agency) {
        return record.finalized(tenants.enter(agency), agency);
    }

    /**
     * An objection from anyone, through the deadline date, with a name and a contact (e-mail or phone) for the
     * committee's answer; rate-limited per client address and announcement. The ledger records that it came, not who.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Outcome<ObjectionReceipt, SuccessionProblem> submitObjection(
            String agency, long announcementId, String name, String contact, String text, String clientAddress) {
        long retry = limiter.tryAcquire(clientAddress, agency, announcementId);
        if (retry > 0) {
            return Outcome.refused(new RateLimited(
                    "Too many objections from this address; try again in " + retry + " seconds.", retry));
        }
        DSLContext tenant = tenants.enter(agency);
        var announcement = announcements
                .announcement(tenant, announcementId)
                .filter(a -> a.status().equals("ACTIVE"))
                .orElse(null);
        if (announcement == null) {
            return Outcome.refused(new SuccessionNotFound(
                    "No active announcement " + announcementId + " of agency '" + agency + "'."));
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(announcement.deadline())) {
            return Outcome.refused(new ObjectionWindowClosed(
                    "Objections were accepted through " + announcement.deadline() + ".", announcement.deadline()));
        }
        String who = name.trim();
        String reach = contact.trim();
        String body = text.trim();
        if (who.isEmpty() || who.length() > 200) {
            return Outcome.refused(new InvalidField("Your name is 1 to 200 characters.", "name"));
        }
        if (!(EMAIL.matcher(reach).matches() || PHONE.matcher(reach).matches()) || reach.length() > 200) {
            return Outcome.refused(new InvalidField(
                    "Give an e-mail address or a phone number the committee can" + " answer.", "contact"));
        }
        if (body.length() < 10 || body.length() > 4000) {
            return Outcome.refused(new InvalidField("An objection is 10 to 4000 characters.", "text"));
        }
        long id = announcements.addObjection(tenant, announcementId, who, reach, body);
        ledger.append(
                tenant,
                "public",
                "objection.received",
                "case/" + announcement.caseId(),
                Map.of("announcementId", announcementId, "objectionId", id));
        notices.objected(agency, announcement.caseId(), announcement.positionName());
        return Outcome.done(new ObjectionReceipt(id, OffsetDateTime.now(clock), announcement.deadline()));
    }
}
