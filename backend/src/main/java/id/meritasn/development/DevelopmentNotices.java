package id.meritasn.development;

import id.meritasn.development.DevelopmentRecords.Plan;
import id.meritasn.notification.Notice;
import id.meritasn.notification.NotificationKind;
import id.meritasn.notification.Notifications;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What development tells people by e-mail: a plan to agree (the superior), a plan agreed (the employee), the
 * committee's review of a plan of the succession group (the employee; the superior too when it asks for a revision).
 */
@Component
class DevelopmentNotices {

    private final Notifications notifications;

    DevelopmentNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void toAgree(String agency, Plan plan) {
        notifications.tell(
                agency,
                new Notice(
                        NotificationKind.PLAN_TO_AGREE,
                        Notice.Audience.employee(Objects.requireNonNull(plan.superiorNip())),
                        Map.of("employee", plan.name(), "year", String.valueOf(plan.year())),
                        "/pengembangan"));
    }

    void reviewed(String agency, Plan plan, DevelopmentRecords.Verdict verdict, String note) {
        boolean revise = verdict == DevelopmentRecords.Verdict.REVISE;
        NotificationKind kind = revise ? NotificationKind.PLAN_REVISION_ASKED : NotificationKind.PLAN_ENDORSED;
        Map<String, String> values = Map.of("employee", plan.name(), "year", String.valueOf(plan.year()), "note", note);
        notifications.tell(agency, new Notice(kind, Notice.Audience.employee(plan.nip()), values, "/pengembangan"));
        if (revise && plan.superiorNip() != null) {
            notifications.tell(
                    agency, new Notice(kind, Notice.Audience.employee(plan.superiorNip()), values, "/pengembangan"));
        }
    }

    void agreed(String agency, Plan plan) {
        notifications.tell(
                agency,
                new Notice(
                        NotificationKind.PLAN_AGREED,
                        Notice.Audience.employee(plan.nip()),
                        Map.of("year", String.valueOf(plan.year())),
                        "/pengembangan"));
    }
}
