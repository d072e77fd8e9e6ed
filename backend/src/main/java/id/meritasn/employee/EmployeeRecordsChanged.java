package id.meritasn.employee;

import java.util.List;

/**
 * Published inside the transaction that changed employee records (the record itself or a history), so a listener that
 * writes in the same transaction (the mobility outbox) commits or rolls back with the change. Listeners must not fail
 * for reasons of their own: that would roll back the change.
 */
public record EmployeeRecordsChanged(String agency, List<String> nips) {

    public EmployeeRecordsChanged {
        nips = List.copyOf(nips);
    }
}
