package id.meritasn.shared.graphql;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured limits reach graphql-java's instrumentations (depth cannot be provoked yet with the real schema). */
class GraphQlLimitsTest {

    static final String SCHEMA = "type Query { node: Node } type Node { child: Node name: String }";

    GraphQL engine(GraphQlLimitsProperties limits) {
        var config = new GraphQlLimitsConfiguration();
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
                RuntimeWiring.newRuntimeWiring().build());
        return GraphQL.newGraphQL(schema).instrumentation(new graphql.execution.instrumentation.ChainedInstrumentation(
                config.maxQueryDepth(limits), config.maxQueryComplexity(limits))).build();
    }

    @Test
    void a_query_deeper_than_max_depth_is_aborted() {
        GraphQL engine = engine(new GraphQlLimitsProperties(3, 100, Duration.ofSeconds(1), 10));

        ExecutionResult tooDeep = engine.execute("{ node { child { child { name } } } }");
        ExecutionResult fine = engine.execute("{ node { child { name } } }");

        assertThat(tooDeep.getErrors()).singleElement().satisfies(e ->
                assertThat(e.getMessage()).contains("maximum query depth exceeded 4 > 3"));
        assertThat(fine.getErrors()).isEmpty();
    }

    @Test
    void unset_limits_fall_back_to_safe_defaults() {
        var limits = new GraphQlLimitsProperties(0, 0, null, 0);

        assertThat(limits.maxDepth()).isEqualTo(12);
        assertThat(limits.maxComplexity()).isEqualTo(1000);
        assertThat(limits.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(limits.maxPageSize()).isEqualTo(200);
    }
}
