package id.meritasn.succession;

import id.meritasn.notification.Notice;
import id.meritasn.notification.NotificationKind;
import id.meritasn.notification.Notifications;
import id.meritasn.shared.security.Roles;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What succession tells people by e-mail, written in the transaction of the step it tells about. */
@Component
class SuccessionNotices {

    private final Notifications notifications;

    SuccessionNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    /** A slate was named: the PPK decides. */
    void slateNamed(String agency, long caseId, String positionName) {
        tell(agency, NotificationKind.DECISION_AWAITS, Roles.PPK, caseId, positionName);
    }

    /** The PPK decided: the committee announces. */
    void decided(String agency, long caseId, String positionName) {
        tell(agency, NotificationKind.SUCCESSOR_DECIDED, Roles.TALENT_COMMITTEE, caseId, positionName);
    }

    /** Someone objected to an announcement: the committee answers, the PPK should know before finalizing. */
    void objected(String agency, long caseId, String positionName) {
        tell(agency, NotificationKind.OBJECTION_FILED, Roles.TALENT_COMMITTEE, caseId, positionName);
        tell(agency, NotificationKind.OBJECTION_FILED, Roles.PPK, caseId, positionName);
    }

    private void tell(String agency, NotificationKind kind, String role, long caseId, String positionName) {
        notifications.tell(
                agency,
                new Notice(kind, Notice.Audience.role(role), Map.of("position", positionName), "/suksesi/" + caseId));
    }
}
