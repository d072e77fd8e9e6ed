package id.meritasn.mobility;

import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.notification.Notice;
import id.meritasn.notification.NotificationKind;
import id.meritasn.notification.Notifications;
import id.meritasn.shared.security.Roles;
import id.meritasn.tenancy.TenantDirectoryService;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What mobility tells people by e-mail, each in the outbox of the agency whose people it concerns (the employee's and
 * the releasing PPK's: the releasing agency; the accepting PPK's: the receiving agency), in the step's transaction.
 */
@Component
class MobilityNotices {

    private final Notifications notifications;
    private final TenantDirectoryService directory;

    MobilityNotices(Notifications notifications, TenantDirectoryService directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    void requested(MobilityRequest request) {
        notifications.tell(
                request.fromAgency(),
                new Notice(
                        NotificationKind.MOBILITY_REQUESTED,
                        Notice.Audience.employee(request.nip()),
                        Map.of("requester", name(request.toAgency()), "position", request.targetPositionName()),
                        "/mobilitas-saya"));
    }

    void consented(MobilityRequest request) {
        notifications.tell(
                request.fromAgency(),
                new Notice(
                        NotificationKind.MOBILITY_RELEASE_AWAITS,
                        Notice.Audience.role(Roles.PPK),
                        Map.of(
                                "employee",
                                request.employeeName(),
                                "requester",
                                name(request.toAgency()),
                                "position",
                                request.targetPositionName()),
                        "/mobilitas"));
    }

    void released(MobilityRequest request) {
        notifications.tell(
                request.toAgency(),
                new Notice(
                        NotificationKind.MOBILITY_ACCEPT_AWAITS,
                        Notice.Audience.role(Roles.PPK),
                        Map.of(
                                "employee",
                                request.employeeName(),
                                "releaser",
                                name(request.fromAgency()),
                                "position",
                                request.targetPositionName()),
                        "/mobilitas"));
    }

    void transferred(MobilityRequest request) {
        notifications.tell(
                request.fromAgency(),
                new Notice(
                        NotificationKind.TRANSFER_COMPLETE,
                        Notice.Audience.employee(request.nip()),
                        Map.of("receiver", name(request.toAgency()), "position", request.targetPositionName()),
                        "/mobilitas-saya"));
    }

    private String name(String agency) {
        return directory.displayName(agency);
    }
}
