package id.meritasn.shared.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits every request to /graphql is held to, from the first endpoint on.
 *
 * @param maxDepth      deepest nesting of fields
 * @param maxComplexity sum of field costs (graphql-java counts each field as 1, times list arguments it cannot see)
 * @param timeout       whole-request time limit; the caller gets HTTP 408
 * @param maxPageSize   largest {@code first} a connection accepts
 * @param maxDocumentLength longest query document, in characters
 * @param maxTextLength   longest string in the variables (names, reasons, evidence, search text)
 * @param maxUploadLength longest base64 file content ({@code contentBase64}), in characters
 * @param maxListLength   most items of a list in the variables
 */
@ConfigurationProperties("meritasn.graphql")
public record GraphQlLimitsProperties(
        int maxDepth,
        int maxComplexity,
        Duration timeout,
        int maxPageSize,
        int maxDocumentLength,
        int maxTextLength,
        int maxUploadLength,
        int maxListLength) {

    public GraphQlLimitsProperties {
        maxDepth = maxDepth > 0 ? maxDepth : 12;
        maxComplexity = maxComplexity > 0 ? maxComplexity : 1000;
        timeout = timeout != null ? timeout : Duration.ofSeconds(15);
        maxPageSize = maxPageSize > 0 ? maxPageSize : 200;
        maxDocumentLength = maxDocumentLength > 0 ? maxDocumentLength : 20_000;
        maxTextLength = maxTextLength > 0 ? maxTextLength : 10_000;
        // a 20 MB file in base64 (4 characters per 3 bytes)
        maxUploadLength = maxUploadLength > 0 ? maxUploadLength : 28_000_000;
        maxListLength = maxListLength > 0 ? maxListLength : 1_000;
    }
}
