package id.meritasn.notification;

import id.meritasn.tenancy.TenantDatabase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features tell people: a notice goes into the agency's outbox inside the caller's transaction, so it is sent
 * if and only if the change it tells about committed. Sending happens later, outside the caller's transaction.
 */
@Service
public class Notifications {

    private final TenantDatabase tenants;
    private final NotificationRepository outbox;
    private final ApplicationEventPublisher events;

    Notifications(TenantDatabase tenants, NotificationRepository outbox, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.outbox = outbox;
        this.events = events;
    }

    /** Writes the notice into the agency's outbox; must run in the transaction of the change it tells about. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(String agency, Notice notice) {
        outbox.insert(tenants.enter(agency), notice);
        events.publishEvent(new NoticeWritten(agency));
    }
}
