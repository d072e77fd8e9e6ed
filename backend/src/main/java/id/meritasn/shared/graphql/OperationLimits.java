package id.meritasn.shared.graphql;

import graphql.ExecutionInput;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The depth and complexity limits, measured the way graphql-java's {@code MaxQueryDepthInstrumentation} and
 * {@code MaxQueryComplexityInstrumentation} measure them (same traversal, same messages), but called once per request
 * by the document provider instead of living in the instrumentation chain: with them there, graphql-java chained three
 * instrumentations and paid the chain on every field of every response (4-5% of an employees page's CPU).
 * Variables only decide {@code @skip}/{@code @include} here, where raw and coerced values are the same booleans.
 */
final class OperationLimits {

    private final int maxDepth;
    private final int maxComplexity;
    private final Supplier<GraphQLSchema> schema;

    OperationLimits(int maxDepth, int maxComplexity, Supplier<GraphQLSchema> schema) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.schema = schema;
    }

    /** The error to answer with, or null when the operation is within both limits. */
    @Nullable
    AbortExecutionException check(Document document, ExecutionInput input) {
        CoercedVariables variables = CoercedVariables.of(input.getVariables());
        int depth = QueryTraverser.newQueryTraverser()
                .schema(schema.get())
                .document(document)
                .operationName(input.getOperationName())
                .coercedVariables(variables)
                .build()
                .reducePreOrder((field, deepest) -> Math.max(deepest, levelOf(field)), 0);
        if (depth > maxDepth) {
            return new AbortExecutionException("maximum query depth exceeded " + depth + " > " + maxDepth);
        }
        int complexity = QueryComplexityCalculator.newCalculator()
                .schema(schema.get())
                .document(document)
                .operationName(input.getOperationName())
                .variables(variables)
                .fieldComplexityCalculator((field, children) -> 1 + children)
                .build()
                .calculate();
        if (complexity > maxComplexity) {
            return new AbortExecutionException(
                    "maximum query complexity exceeded " + complexity + " > " + maxComplexity);
        }
        return null;
    }

    private static int levelOf(QueryVisitorFieldEnvironment field) {
        int level = 1;
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
                parent != null;
                parent = parent.getParentEnvironment()) {
            level++;
        }
        return level;
    }
}
