package id.meritasn.imports;

import java.util.List;
import java.util.Map;

/**
 * A kind of bulk file that import jobs process: employees (EmployeeImportTarget), the assessment inputs of a period.
 * The job machinery (whole-file checks, background chunks committed with their progress, row error report, resume
 * after a restart) stays here; a feature contributes its columns and how one chunk of rows is stored. Implementations are
 * Spring beans; the feature's own service checks who may submit before it hands a file to
 * {@link ImportJobs#submit(ImportTarget, String, Map, String, byte[], String)}.
 */
public interface ImportTarget {

    /** Stored with the job, which finds its target by it after a restart. */
    String name();

    /** Accepted headers (upper case, spaces as '_') to canonical names. */
    Map<String, String> columns();

    /** Canonical names that must have a column. */
    List<String> required();

    /**
     * Stores one chunk of rows inside the job's transaction (which also commits the progress) and reports every
     * refused field of every refused row. Runs in a background thread with no caller: the target acts for the agency.
     */
    Outcome store(String agency, Map<String, String> params, List<TabularFile.Row> rows, String actor);

    record Outcome(int created, int updated, int unchanged, int refused, List<ImportJob.RowError> errors) {}
}
