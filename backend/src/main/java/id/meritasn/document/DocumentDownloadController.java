package id.meritasn.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /documents/{token}: the file of an issued document, written to the response as it is made, on the request's own
 * thread (a large report takes longer than an asynchronous request may). An unknown or expired link is 404 with a
 * sentence saying to issue the document again.
 */
@RestController
class DocumentDownloadController {

    static final String PATH = "/documents/";

    private final DocumentDownloads downloads;

    DocumentDownloadController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(PATH + "{token}")
    void download(@PathVariable String token, HttpServletResponse response) throws IOException {
        var file = downloads.open(token).orElse(null);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (file == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
            response.getOutputStream()
                    .write(("This download link is unknown or has expired (links last " + DocumentService.LINK_MINUTES
                                    + " minutes): issue the document again.")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType(file.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(file.fileName())
                        .build()
                        .toString());
        file.writer().accept(response.getOutputStream());
    }
}
