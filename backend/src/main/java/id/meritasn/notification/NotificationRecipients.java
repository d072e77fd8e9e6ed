package id.meritasn.notification;

import java.util.List;

/**
 * The people of one agency a notice's audience names, with their e-mail addresses. Contributed by the identity feature
 * (the agency's Keycloak organization); only members of that agency are ever returned, so a notice about one agency
 * never reaches another's user. Without it the outboxes keep their notices until a directory is configured.
 */
public interface NotificationRecipients {

    record Recipient(String username, String email) {}

    /** The agency's members in the audience who have an e-mail address. */
    List<Recipient> recipients(String agency, Notice.Audience audience);
}
