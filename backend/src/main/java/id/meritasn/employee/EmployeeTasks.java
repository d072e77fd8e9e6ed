package id.meritasn.employee;

import id.meritasn.imports.ImportJob;
import id.meritasn.inbox.Caller;
import id.meritasn.inbox.Task;
import id.meritasn.inbox.TaskSource;
import id.meritasn.shared.security.Roles;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The tenant admin's imports: the ones still running, and the ones that failed this week (to start again). */
@Component
@Order(10)
class EmployeeTasks implements TaskSource {

    private final EmployeeImportService imports;
    private final Clock clock;

    EmployeeTasks(EmployeeImportService imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public List<Task> tasks(String agency, Caller caller) {
        if (!caller.has(Roles.TENANT_ADMIN)) {
            return List.of();
        }
        List<ImportJob> recent = imports.recent(agency);
        OffsetDateTime weekAgo = OffsetDateTime.now(clock).minusDays(7);
        int running = (int) recent.stream()
                .filter(j -> j.status() == ImportJob.Status.QUEUED || j.status() == ImportJob.Status.RUNNING)
                .count();
        int failed = (int) recent.stream()
                .filter(j ->
                        j.status() == ImportJob.Status.FAILED && j.createdAt().isAfter(weekAgo))
                .count();
        List<Task> tasks = new ArrayList<>();
        if (running > 0) {
            tasks.add(new Task(
                    "IMPORTS_RUNNING", EmployeeTaskText.IMPORTS_RUNNING.with("count", running), running, "/impor"));
        }
        if (failed > 0) {
            tasks.add(new Task(
                    "IMPORTS_FAILED", EmployeeTaskText.IMPORTS_FAILED.with("count", failed), failed, "/impor"));
        }
        return tasks;
    }
}
