package id.meritasn.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.hilla.BrowserCallable;
import id.meritasn.succession.PublicAnnouncementService;
import id.meritasn.succession.SuccessionRecords.ObjectionReceipt;
import id.meritasn.succession.SuccessionRecords.PublicAnnouncement;
import id.meritasn.succession.SuccessionRecords.PublicAppointment;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The public announcement page (no login): an agency's shortlists and the objection form. The service returns only
 * public fields (masked NIP, names, positions, dates) and rate-limits objections per client address.
 */
@BrowserCallable
@AnonymousAllowed
class PublicAnnouncementBrowserService {

    private final PublicAnnouncementService announcements;

    PublicAnnouncementBrowserService(PublicAnnouncementService announcements) {
        this.announcements = announcements;
    }

    record ObjectionOutcome(
            @Nullable ObjectionReceipt receipt, @NonNull List<@NonNull String> problems) {}

    public @NonNull List<@NonNull PublicAnnouncement> announcements(@NonNull String agency) {
        return announcements.announcements(agency);
    }

    /** The finalised appointments: the public record that stays after the announcements end. */
    public @NonNull List<@NonNull PublicAppointment> appointments(@NonNull String agency) {
        return announcements.appointments(agency);
    }

    public @NonNull ObjectionOutcome object(
            @NonNull String agency,
            long announcementId,
            @NonNull String name,
            @NonNull String contact,
            @NonNull String text) {
        var result = announcements.submitObjection(agency, announcementId, name, contact, text, clientAddress());
        return new ObjectionOutcome(result.valueOrNull(), SuccessionBrowserService.messages(result.problems()));
    }

    /** The address the request came from (the servlet's view: behind a proxy, configure forwarded headers). */
    private static String clientAddress() {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return request.getRemoteAddr();
    }
}
