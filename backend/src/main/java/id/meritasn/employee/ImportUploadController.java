package id.meritasn.employee;

import id.meritasn.imports.ImportFileProblem;
import id.meritasn.imports.ImportJob;
import id.meritasn.shared.security.AgencySelection;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The employee file as a multipart upload beside GraphQL ({@code POST /graphql/imports/employees}, part {@code file}):
 * the bytes come as they are, with no base64 in a JSON document (a third larger, and held twice while it is decoded);
 * the servlet container spools the part to disk. Answers the queued job (202) as GraphQL's
 * {@code startEmployeeImport} does; progress is then read with {@code employeeImport(id)}.
 */
@RestController
class ImportUploadController {

    static final String PATH = "/graphql/imports/employees";

    private final EmployeeImportService imports;

    ImportUploadController(EmployeeImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(
            @RequestPart("file") MultipartFile file,
            Authentication caller,
            @RequestHeader(name = AgencySelection.HEADER, required = false) @Nullable String agencyHeader)
            throws IOException {
        String agency = AgencySelection.of(caller, agencyHeader).require();
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try {
            ImportJob job = imports.submit(agency, name, file.getBytes(), caller.getName());
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(Map.of(
                            "job",
                            Map.of(
                                    "id",
                                    job.id().toString(),
                                    "status",
                                    job.status().name(),
                                    "fileName",
                                    job.fileName(),
                                    "totalRows",
                                    job.totalRows())));
        } catch (ImportFileProblem problem) {
            return ResponseEntity.badRequest()
                    .body(Map.of(
                            "errors",
                            List.of(Map.of(
                                    "message",
                                    problem.getMessage(),
                                    "rule",
                                    problem.rule().name(),
                                    "classification",
                                    "BAD_REQUEST"))));
        }
    }
}
