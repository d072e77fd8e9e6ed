package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.inbox.InboxService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * The signed-in user's inbox for the home page and the navigation's badge, in the agency the UI acts for. Someone
 * who belongs to no agency (platform admins, national oversight) has an empty one.
 */
@BrowserCallable
@PermitAll
class InboxBrowserService {

    private final InboxService inboxes;

    InboxBrowserService(InboxService inboxes) {
        this.inboxes = inboxes;
    }

    public InboxService.@NonNull Inbox inbox() {
        String agency = UiCaller.agencyOrNull();
        return agency == null ? new InboxService.Inbox(List.of(), 0, List.of()) : inboxes.inbox(agency);
    }
}
