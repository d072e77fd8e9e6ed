package id.meritasn.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database at startup into a single, plain explanation (registered in spring.factories). */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Check that PostgreSQL runs at " + cause.url()
                        + " and that spring.datasource.username/password are right,"
                        + " or remove spring.datasource.url to use the embedded PostgreSQL.",
                cause);
    }
}
