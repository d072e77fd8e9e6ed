package id.meritasn.employee;

import id.meritasn.imports.ImportFileProblem;
import id.meritasn.imports.ImportJob;
import id.meritasn.imports.ImportJobs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of employees from CSV or XLSX (tenant admins): an import job of the EMPLOYEES target (see
 * {@link ImportJobs} for the jobs themselves, which other features' files share).
 */
@Service
public class EmployeeImportService {

    private final ImportJobs jobs;
    private final EmployeeImportTarget employeeTarget;

    EmployeeImportService(ImportJobs jobs, EmployeeImportTarget employeeTarget) {
        this.jobs = jobs;
        this.employeeTarget = employeeTarget;
    }

    /** Queues an import after checking the file as a whole; the job starts once this transaction commits. */
    @Transactional
    @PreAuthorize(EmployeeService.WRITE)
    public ImportJob submit(String agency, String fileName, byte[] content, String actor) throws ImportFileProblem {
        return jobs.submit(employeeTarget, agency, Map.of(), fileName, content, actor);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.WRITE)
    public Optional<ImportJob> job(String agency, UUID id) {
        return jobs.job(agency, ImportJob.EMPLOYEES, id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.WRITE)
    public List<ImportJob> recent(String agency) {
        return jobs.recent(agency, ImportJob.EMPLOYEES);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.WRITE)
    public List<ImportJob.RowError> rowErrors(String agency, UUID id, int limit) {
        return job(agency, id).map(j -> jobs.rowErrors(agency, j, limit)).orElse(List.of());
    }
}
