package id.meritasn.employee;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the upload limit is refused before any controller runs (the container stops reading it), so the answer
 * is given here: 413, naming the limit.
 */
@RestControllerAdvice
class UploadLimitAdvice {

    private final DataSize limit;

    UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size}") DataSize limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException refused) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Map.of(
                        "errors",
                        List.of(Map.of(
                                "message",
                                "The file is larger than the limit of " + limit.toMegabytes() + " MB.",
                                "limit",
                                limit.toBytes(),
                                "classification",
                                "BAD_REQUEST"))));
    }
}
