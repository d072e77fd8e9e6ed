package id.meritasn.shared.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents by their text. Clients send a handful of distinct documents (values travel as
 * variables), so parsing and validating each request again was pure repetition under load. Bounded, least recently
 * used out first; a document that failed to parse or validate is not kept. The depth and complexity limits are
 * checked when an operation executes, so they still apply to every request.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> entries;

    ParsedDocumentCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = entries.get(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                entries.put(input.getQuery(), entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
