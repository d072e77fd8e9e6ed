package id.meritasn.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The configured limits, checked by the document provider on every request (depth cannot be provoked yet with the real schema). */
class GraphQlLimitsTest {

    static final String SCHEMA = "type Query { node: Node } type Node { child: Node name: String }";

    final GraphQLSchema schema = new SchemaGenerator()
            .makeExecutableSchema(
                    new SchemaParser().parse(SCHEMA),
                    RuntimeWiring.newRuntimeWiring().build());

    ParsedDocumentCache cache(int capacity, GraphQlLimitsProperties limits) {
        return new ParsedDocumentCache(
                capacity, new OperationLimits(limits.maxDepth(), limits.maxComplexity(), () -> schema));
    }

    GraphQL engine(GraphQlLimitsProperties limits) {
        return engine(cache(10, limits));
    }

    GraphQL engine(graphql.execution.preparsed.PreparsedDocumentProvider documents) {
        return GraphQL.newGraphQL(schema).preparsedDocumentProvider(documents).build();
    }

    @Test
    void a_cached_document_is_parsed_once_and_still_meets_the_depth_and_complexity_limits_every_time() {
        java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();
        ParsedDocumentCache cache = cache(3, new GraphQlLimitsProperties(3, 3, Duration.ofSeconds(1), 10, 0, 0, 0, 0));
        graphql.execution.preparsed.PreparsedDocumentProvider counting =
                (input, parseAndValidate) -> cache.getDocumentAsync(input, i -> {
                    parsed.incrementAndGet();
                    return parseAndValidate.apply(i);
                });
        GraphQL engine = engine(counting);

        for (int i = 0; i < 3; i++) {
            assertThat(engine.execute("{ node { name } }").getErrors()).isEmpty();
            assertThat(engine.execute("{ node { child { child { name } } } }").getErrors())
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded"));
            assertThat(engine.execute("{ node { name child { name } } }").getErrors())
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("maximum query complexity exceeded"));
            assertThat(engine.execute("{ node { nosuchfield } }").getErrors()).isNotEmpty();
        }
        // three valid documents parsed once each, the invalid one (never kept) on every request
        assertThat(parsed).hasValue(3 + 3);
        assertThat(cache.size()).isEqualTo(3);
        // bounded: more distinct documents than the capacity never grow it beyond three
        engine.execute("{ node { child { name } } }");
        engine.execute("{ node { name child { child { name } } } }");
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void a_query_deeper_than_max_depth_is_aborted() {
        GraphQL engine = engine(new GraphQlLimitsProperties(3, 100, Duration.ofSeconds(1), 10, 0, 0, 0, 0));

        ExecutionResult tooDeep = engine.execute("{ node { child { child { name } } } }");
        ExecutionResult fine = engine.execute("{ node { child { name } } }");

        assertThat(tooDeep.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded 4 > 3"));
        assertThat(fine.getErrors()).isEmpty();
    }

    @Test
    void a_cached_document_is_measured_with_each_requests_variables() {
        GraphQL engine = engine(new GraphQlLimitsProperties(3, 100, Duration.ofSeconds(1), 10, 0, 0, 0, 0));
        String document = "query($deep: Boolean!) { node { child { name child @include(if: $deep) { name } } } }";

        ExecutionResult shallow = engine.execute(graphql.ExecutionInput.newExecutionInput(document)
                .variables(java.util.Map.of("deep", false))
                .build());
        ExecutionResult deep = engine.execute(graphql.ExecutionInput.newExecutionInput(document)
                .variables(java.util.Map.of("deep", true))
                .build());

        assertThat(shallow.getErrors()).isEmpty();
        assertThat(deep.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded 4 > 3"));
    }

    @Test
    void unset_limits_fall_back_to_safe_defaults() {
        var limits = new GraphQlLimitsProperties(0, 0, null, 0, 0, 0, 0, 0);

        assertThat(limits.maxDepth()).isEqualTo(12);
        assertThat(limits.maxComplexity()).isEqualTo(1000);
        assertThat(limits.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(limits.maxPageSize()).isEqualTo(200);
    }
}
