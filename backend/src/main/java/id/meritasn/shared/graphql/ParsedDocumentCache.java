package id.meritasn.shared.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Parsed and validated documents by their text. Clients send a handful of distinct documents (values travel as
 * variables), so parsing and validating each request again was pure repetition under load. Bounded (Caffeine, which
 * takes no global lock on the request path); a document that failed to parse or validate is not kept. The depth and
 * complexity limits apply to every request: measured once with the document when it has no {@code @skip} or
 * {@code @include} (then variables cannot change the result; measuring on every request was 2% of an employees
 * page's CPU), and with each request's variables when it has.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    /** A parsed document and, when its measure does not depend on variables, its verdict on the limits. */
    private record Kept(
            PreparsedDocumentEntry entry,
            boolean conditional,
            @Nullable AbortExecutionException overLimit) {}

    private final Cache<String, Kept> entries;
    private final OperationLimits limits;

    ParsedDocumentCache(int capacity, OperationLimits limits) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
        this.limits = limits;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Kept kept = entries.getIfPresent(input.getQuery());
        if (kept == null) {
            PreparsedDocumentEntry entry = parseAndValidate.apply(input);
            if (entry.hasErrors()) {
                return CompletableFuture.completedFuture(entry);
            }
            // a text test, so a string or comment naming the directives only costs a check per request
            boolean conditional =
                    input.getQuery().contains("@skip") || input.getQuery().contains("@include");
            kept = new Kept(entry, conditional, conditional ? null : limits.check(entry.getDocument(), input));
            entries.put(input.getQuery(), kept);
        }
        AbortExecutionException overLimit =
                kept.conditional() ? limits.check(kept.entry().getDocument(), input) : kept.overLimit();
        return CompletableFuture.completedFuture(
                overLimit != null ? new PreparsedDocumentEntry(overLimit) : kept.entry());
    }

    /** Documents kept now (after pending evictions ran). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
