package id.meritasn.employee;

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

/** GraphQL type ImportJob: start an import, follow its progress, read its error report. */
@Controller
class ImportController {

    private final EmployeeImportService imports;

    ImportController(EmployeeImportService imports) {
        this.imports = imports;
    }

    record StartEmployeeImportInput(String fileName, String contentBase64) {}

    record StartEmployeeImportPayload(@Nullable ImportJob job, List<ImportFileInvalid> errors) {}

    public record ImportFileInvalid(String message, String rule) {}

    @MutationMapping
    StartEmployeeImportPayload startEmployeeImport(
            @Argument StartEmployeeImportInput input, Authentication caller, @CurrentAgency String agency) {
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(input.contentBase64());
        } catch (IllegalArgumentException e) {
            return new StartEmployeeImportPayload(
                    null,
                    List.of(new ImportFileInvalid(
                            "contentBase64 is not valid base64: " + e.getMessage(),
                            ImportFileProblem.Rule.UNREADABLE.name())));
        }
        try {
            return new StartEmployeeImportPayload(
                    imports.submit(agency, input.fileName(), content, caller.getName()), List.of());
        } catch (ImportFileProblem e) {
            return new StartEmployeeImportPayload(
                    null, List.of(new ImportFileInvalid(e.getMessage(), e.rule().name())));
        }
    }

    @QueryMapping
    @Nullable
    ImportJob employeeImport(@Argument UUID id, @CurrentAgency String agency) {
        return imports.job(agency, id).orElse(null);
    }

    @QueryMapping
    List<ImportJob> employeeImports(@CurrentAgency String agency) {
        return imports.recent(agency);
    }
}
