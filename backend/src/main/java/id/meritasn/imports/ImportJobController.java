package id.meritasn.imports;

import id.meritasn.shared.graphql.CurrentAgency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The refused rows of an import job, whichever feature's query returned the job. */
@Controller
class ImportJobController {

    private final ImportJobs jobs;

    ImportJobController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @SchemaMapping(typeName = "ImportJob")
    List<ImportJob.RowError> rowErrors(ImportJob job, @Argument @Nullable Integer first, @CurrentAgency String agency) {
        return jobs.rowErrors(agency, job, first == null ? 1000 : Math.min(first, 10_000));
    }
}
