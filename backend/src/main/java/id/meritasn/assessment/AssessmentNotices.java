package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.notification.Notice;
import id.meritasn.notification.NotificationKind;
import id.meritasn.notification.Notifications;
import id.meritasn.shared.security.Roles;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the assessment cycle tells people by e-mail, each in the transaction of its step: the committee that every
 * unit is declared (calibration can start), the tenant admins that calibration closed (the map waits to be
 * published), every employee that the results are published.
 */
@Component
class AssessmentNotices {

    private final Notifications notifications;

    AssessmentNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void allUnitsDeclared(String agency, AssessmentPeriod period) {
        tell(
                agency,
                NotificationKind.CALIBRATION_READY,
                Notice.Audience.role(Roles.TALENT_COMMITTEE),
                period,
                "/peta-talenta");
    }

    void calibrated(String agency, AssessmentPeriod period) {
        tell(
                agency,
                NotificationKind.MAP_TO_PUBLISH,
                Notice.Audience.role(Roles.TENANT_ADMIN),
                period,
                "/peta-talenta");
    }

    void published(String agency, AssessmentPeriod period) {
        tell(agency, NotificationKind.RESULT_PUBLISHED, Notice.Audience.employees(), period, "/hasil-saya");
    }

    private void tell(
            String agency, NotificationKind kind, Notice.Audience audience, AssessmentPeriod period, String link) {
        notifications.tell(agency, new Notice(kind, audience, Map.of("period", period.name()), link));
    }
}
