package id.meritasn.inbox;

import id.meritasn.shared.security.Access;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The caller's inbox in their agency: every feature's tasks for them, in the features' order (records, assessment,
 * succession, mobility). A feature whose read fails leaves its tasks out and is named in {@code unavailable}: the
 * rest of the inbox still shows.
 */
@Service
public class InboxService {

    private static final Logger log = LoggerFactory.getLogger(InboxService.class);

    private final List<TaskSource> sources;

    InboxService(List<TaskSource> sources) {
        this.sources = sources;
    }

    /** The tasks, and the features whose tasks could not be read now. */
    public record Inbox(List<Task> tasks, int total, List<String> unavailable) {}

    @PreAuthorize(Access.MEMBER)
    public Inbox inbox(String agency) {
        Caller caller = Caller.current();
        List<Task> tasks = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (TaskSource source : sources) {
            try {
                tasks.addAll(source.tasks(agency, caller));
            } catch (AccessDeniedException e) {
                throw e; // a source asked beyond the caller's roles: a bug to see, not to hide
            } catch (RuntimeException e) {
                log.warn(
                        "Inbox tasks of {} for {} in {} not read",
                        source.getClass().getSimpleName(),
                        caller.username(),
                        agency,
                        e);
                unavailable.add(feature(source));
            }
        }
        return new Inbox(
                List.copyOf(tasks), tasks.stream().mapToInt(Task::count).sum(), List.copyOf(unavailable));
    }

    /** The feature package a source belongs to (id.meritasn.&lt;feature&gt;). */
    private static String feature(TaskSource source) {
        String name = source.getClass().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
