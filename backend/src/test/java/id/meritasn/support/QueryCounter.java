package id.meritasn.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Counts the SQL statements jOOQ executes, to prove nested GraphQL fields are batch-loaded. */
public class QueryCounter implements ExecuteListener {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void executeStart(ExecuteContext ctx) {
        count.incrementAndGet();
    }

    public void reset() {
        count.set(0);
    }

    public int count() {
        return count.get();
    }
}
