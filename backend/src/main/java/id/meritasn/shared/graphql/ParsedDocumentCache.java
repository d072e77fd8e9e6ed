package id.meritasn.shared.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents by their text. Clients send a handful of distinct documents (values travel as
 * variables), so parsing and validating each request again was pure repetition under load. Bounded (Caffeine, which
 * takes no global lock on the request path); a document that failed to parse or validate is not kept. The depth and
 * complexity limits are checked here on every request, cached document or not (with that request's variables).
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> entries;
    private final OperationLimits limits;

    ParsedDocumentCache(int capacity, OperationLimits limits) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
        this.limits = limits;
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
        if (!entry.hasErrors()) {
            AbortExecutionException overLimit = limits.check(entry.getDocument(), input);
            if (overLimit != null) {
                return CompletableFuture.completedFuture(new PreparsedDocumentEntry(overLimit));
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
