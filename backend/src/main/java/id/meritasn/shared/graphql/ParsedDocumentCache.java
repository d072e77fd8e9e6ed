package id.meritasn.shared.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents by their text. Clients send a handful of distinct documents (values travel as
 * variables), so parsing and validating each request again was pure repetition under load. Bounded (Caffeine, which
 * takes no global lock on the request path); a document that failed to parse or validate is not kept. The depth and
 * complexity limits are checked when an operation executes, so they still apply to every request.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> entries;

    ParsedDocumentCache(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = entries.getIfPresent(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                entries.put(input.getQuery(), entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** Documents kept now (after pending evictions ran). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
