package id.meritasn.inbox;

import java.util.List;

/**
 * A feature's share of the inbox: what waits in the agency for this caller. It reads through the feature's secured
 * services and asks only what the caller's roles may read, so the inbox shows nothing the person could not open.
 */
public interface TaskSource {

    List<Task> tasks(String agency, Caller caller);
}
