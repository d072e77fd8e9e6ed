package id.meritasn.assessment;

import id.meritasn.imports.ImportJob.RowError;
import id.meritasn.imports.ImportTarget;
import id.meritasn.imports.TabularFile;
import id.meritasn.shared.security.SystemActor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Assessment inputs as a target of the import jobs. The job runs in the background for the agency: who may load a
 * file was checked when it was submitted (AssessmentImportService), so a chunk is stored as the agency's own process.
 * A period that closed while the file was loading refuses the remaining rows, each with the reason.
 */
@Component
class AssessmentImportTarget implements ImportTarget {

    static final String NAME = "ASSESSMENT_INPUTS";

    private final AssessmentService assessments;

    AssessmentImportTarget(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> columns() {
        return AssessmentInputFile.COLUMNS;
    }

    @Override
    public List<String> required() {
        return AssessmentInputFile.REQUIRED;
    }

    @Override
    public Outcome store(String agency, Map<String, String> params, List<TabularFile.Row> rows, String actor) {
        long periodId = Long.parseLong(params.get("periodId"));
        List<RowError> errors = new ArrayList<>();
        List<AssessmentInputFile.Inputs> valid = new ArrayList<>();
        java.util.Set<Integer> refusedRows = new java.util.HashSet<>();
        for (TabularFile.Row row : rows) {
            AssessmentInputFile.Parsed parsed = AssessmentInputFile.parse(row);
            if (parsed.inputs() == null) {
                errors.addAll(parsed.errors());
                refusedRows.add(row.rowNumber());
            } else {
                valid.add(parsed.inputs());
            }
        }
        AssessmentService.BulkResult result;
        try {
            result = SystemActor.callForAgency(agency, () -> assessments.storeInputs(agency, periodId, valid, actor));
        } catch (AssessmentRefused e) {
            valid.forEach(v -> errors.add(new RowError(
                    v.rowNumber(),
                    AssessmentInputFile.NIP,
                    v.nip(),
                    AssessmentRowText.PERIOD_REFUSED.with("rule", e.code()))));
            valid.forEach(v -> refusedRows.add(v.rowNumber()));
            return new Outcome(0, 0, 0, refusedRows.size(), errors);
        }
        errors.addAll(result.refused());
        result.refused().forEach(e -> refusedRows.add(e.rowNumber()));
        return new Outcome(result.created(), result.updated(), result.unchanged(), refusedRows.size(), errors);
    }
}
