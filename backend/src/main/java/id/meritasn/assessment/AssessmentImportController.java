package id.meritasn.assessment;

import id.meritasn.imports.ImportFileProblem;
import id.meritasn.imports.ImportJob;
import id.meritasn.shared.graphql.CurrentAgency;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of bulk assessment inputs; a whole file that is refused comes back as payload errors with its rule. */
@Controller
class AssessmentImportController {

    private final AssessmentImportService imports;

    AssessmentImportController(AssessmentImportService imports) {
        this.imports = imports;
    }

    record StartAssessmentImportInput(long periodId, String fileName, String contentBase64) {}

    record StartAssessmentImportPayload(@Nullable ImportJob job, List<ImportFileInvalid> errors) {}

    /** Same GraphQL type as the employee import's refusal. */
    record ImportFileInvalid(String message, String rule) {}

    @MutationMapping
    StartAssessmentImportPayload startAssessmentImport(
            @Argument StartAssessmentImportInput input, Authentication caller, @CurrentAgency String agency) {
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(input.contentBase64());
        } catch (IllegalArgumentException e) {
            return new StartAssessmentImportPayload(
                    null,
                    List.of(new ImportFileInvalid(
                            "contentBase64 is not valid base64: " + e.getMessage(),
                            ImportFileProblem.Rule.UNREADABLE.name())));
        }
        try {
            return new StartAssessmentImportPayload(
                    imports.submit(agency, input.periodId(), input.fileName(), content, caller.getName()), List.of());
        } catch (ImportFileProblem e) {
            return new StartAssessmentImportPayload(
                    null, List.of(new ImportFileInvalid(e.getMessage(), e.rule().name())));
        } catch (AssessmentRefused e) {
            // the period is unknown or no longer open: the rule is the assessment's (UNKNOWN_PERIOD, PERIOD_NOT_OPEN)
            return new StartAssessmentImportPayload(null, List.of(new ImportFileInvalid(e.getMessage(), e.code())));
        }
    }

    @QueryMapping
    @Nullable
    ImportJob assessmentImport(@Argument UUID id, @CurrentAgency String agency) {
        return imports.job(agency, id).orElse(null);
    }

    @QueryMapping
    List<ImportJob> assessmentImports(@CurrentAgency String agency) {
        return imports.recent(agency);
    }
}
