package id.meritasn.shared.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an outage of PostgreSQL (the server is down, restarting or refusing connections) from a failure of the
 * request itself. An outage is worth retrying after a moment: callers get "unavailable, retry", not an internal error.
 */
public final class Outages {

    /** How long a client should wait before retrying; PostgreSQL's crash recovery usually takes a few seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Outages() {}

    public static boolean isOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException // Hikari: no connection within the timeout
                    || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** What to tell the caller: the database when the outage is PostgreSQL's, else a service the platform calls. */
    public static String message(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return "The database is unavailable for the moment. Retry after " + RETRY_AFTER_SECONDS + " seconds.";
            }
        }
        return "A service the platform depends on (such as the identity provider) cannot be reached for the moment."
                + " Retry after " + RETRY_AFTER_SECONDS + " seconds.";
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now:
     * the server is in recovery) and 53300 (too many connections).
     */
    static boolean isOutageState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03")
                        || state.equals("53300"));
    }
}
