package id.meritasn.assessment;

import id.meritasn.imports.ImportFileProblem;
import id.meritasn.imports.ImportJob;
import id.meritasn.imports.ImportJobs;
import id.meritasn.tenancy.TenantDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loading of assessment inputs from CSV or XLSX into an open period, on the employee import's job machinery:
 * whole-file checks before anything is queued, background chunks whose rows commit with the progress, every refused
 * field with its row number, resume after a restart. Each chunk recomputes the employees it changed.
 */
@Service
public class AssessmentImportService {

    private final TenantDatabase tenants;
    private final AssessmentRepository repository;
    private final ImportJobs imports;
    private final AssessmentImportTarget target;

    AssessmentImportService(
            TenantDatabase tenants,
            AssessmentRepository repository,
            ImportJobs imports,
            AssessmentImportTarget target) {
        this.tenants = tenants;
        this.repository = repository;
        this.imports = imports;
        this.target = target;
    }

    @Transactional
    @PreAuthorize(AssessmentService.ENTER)
    public ImportJob submit(String agency, long periodId, String fileName, byte[] content, String actor)
            throws ImportFileProblem {
        DSLContext tenant = tenants.enter(agency);
        var period = repository
                .period(tenant, periodId)
                .orElseThrow(() -> new AssessmentRefused(
                        "UNKNOWN_PERIOD", "No assessment period " + periodId + " in this agency."));
        if (period.status() != AssessmentRecords.PeriodStatus.OPEN) {
            throw new AssessmentRefused(
                    "PERIOD_NOT_OPEN", "Period '" + period.name() + "' is " + period.status() + ": inputs are closed.");
        }
        return imports.submit(target, agency, Map.of("periodId", String.valueOf(periodId)), fileName, content, actor);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.ENTER)
    public Optional<ImportJob> job(String agency, UUID id) {
        return imports.job(agency, AssessmentImportTarget.NAME, id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.ENTER)
    public List<ImportJob> recent(String agency) {
        return imports.recent(agency, AssessmentImportTarget.NAME);
    }
}
