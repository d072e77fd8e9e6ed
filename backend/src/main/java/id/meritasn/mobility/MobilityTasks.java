package id.meritasn.mobility;

import id.meritasn.inbox.Caller;
import id.meritasn.inbox.Task;
import id.meritasn.inbox.TaskSource;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.mobility.MobilityRecords.RequestStatus;
import id.meritasn.shared.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a transfer between agencies waits for: the employee asked for (their consent), the PPK of the agency whose
 * turn it is (the sending one releases, the receiving one accepts), the tenant admin (a transfer to retry).
 */
@Component
@Order(40)
class MobilityTasks implements TaskSource {

    /** The newest requests read for the agency's tasks; older ones still open are on the requests page. */
    static final int READ_LIMIT = 500;

    private final MobilityRequestService requests;

    MobilityTasks(MobilityRequestService requests) {
        this.requests = requests;
    }

    @Override
    public List<Task> tasks(String agency, Caller caller) {
        List<Task> tasks = new ArrayList<>();
        if (caller.has(Roles.EMPLOYEE) && caller.nip() != null) {
            add(
                    tasks,
                    "ANSWER_TRANSFER_REQUEST",
                    MobilityTaskText.ANSWER_REQUEST,
                    requests.ownRequests(agency, null, READ_LIMIT),
                    r -> r.status() == RequestStatus.REQUESTED,
                    "/mobilitas-saya");
        }
        if (caller.has(Roles.PPK) || caller.has(Roles.TENANT_ADMIN)) {
            List<MobilityRequest> involving = requests.agencyRequests(agency, null, READ_LIMIT);
            if (caller.has(Roles.PPK)) {
                add(
                        tasks,
                        "RELEASE_OR_ACCEPT_TRANSFER",
                        MobilityTaskText.RELEASE_OR_ACCEPT,
                        involving,
                        r -> r.fromAgency().equals(agency) && r.status() == RequestStatus.CONSENTED
                                || r.toAgency().equals(agency) && r.status() == RequestStatus.RELEASED,
                        "/mobilitas/permintaan");
            }
            if (caller.has(Roles.TENANT_ADMIN)) {
                add(
                        tasks,
                        "RETRY_TRANSFER",
                        MobilityTaskText.RETRY_TRANSFERS,
                        involving,
                        r -> r.status() == RequestStatus.ACCEPTED && r.transferError() != null,
                        "/mobilitas/permintaan");
            }
        }
        return tasks;
    }

    private static void add(
            List<Task> tasks,
            String kind,
            MobilityTaskText text,
            List<MobilityRequest> requests,
            Predicate<MobilityRequest> waiting,
            String link) {
        int count = (int) requests.stream().filter(waiting).count();
        if (count > 0) {
            tasks.add(new Task(kind, text.with("count", count), count, link));
        }
    }
}
