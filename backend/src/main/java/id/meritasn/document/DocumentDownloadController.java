package id.meritasn.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * GET /documents/{token}: the file of an issued document, streamed as it is rendered. An unknown or expired link is
 * 404 with a sentence saying to issue the document again.
 */
@RestController
class DocumentDownloadController {

    static final String PATH = "/documents/";

    private final DocumentDownloads downloads;

    DocumentDownloadController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(PATH + "{token}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String token) {
        return downloads.open(token).map(file -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                                .build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .contentType(MediaType.parseMediaType(file.mediaType()))
                        .body((StreamingResponseBody) out -> file.writer().accept(out)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body(out -> out.write(("This download link is unknown or has expired (links last "
                                + DocumentService.LINK_MINUTES + " minutes): issue the document again.")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
}
