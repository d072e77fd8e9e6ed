package id.meritasn.shared.db;

/** The configured PostgreSQL could not be reached at startup; {@link DatabaseUnreachableFailureAnalyzer} explains it. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    DatabaseUnreachableException(String url, Throwable cause) {
        super("Cannot connect to PostgreSQL at " + url + ": " + rootMessage(cause), cause);
        this.url = url;
    }

    public String url() {
        return url;
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
