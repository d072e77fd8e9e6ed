package id.meritasn.identity;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import id.meritasn.shared.graphql.ClientAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The public GraphQL endpoint {@value #PATH}: the same schema and handler as /graphql, reachable without a token, but
 * a request there may select only root fields the schema marks {@code @public} (an agency's announced shortlists,
 * objections). Everything else is refused with FORBIDDEN before it runs, and /graphql itself still demands a bearer
 * token; services check roles again, so a public field reached any other way stays what it is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PublicGraphQlConfiguration {

    static final String PATH = "/graphql/public";

    @Bean
    RouterFunction<ServerResponse> publicGraphQlRoute(GraphQlHttpHandler handler) {
        return RouterFunctions.route(RequestPredicates.POST(PATH), handler::handleRequest);
    }

    @Bean
    WebGraphQlInterceptor publicOperationsInterceptor(ObjectProvider<GraphQlSource> source) {
        return new PublicOperations(source);
    }

    /** Puts the client address into the context; on the public path, refuses any root field not marked public. */
    static final class PublicOperations implements WebGraphQlInterceptor {

        private final ObjectProvider<GraphQlSource> source;

        PublicOperations(ObjectProvider<GraphQlSource> source) {
            this.source = source;
        }

        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            InetSocketAddress remote = request.getRemoteAddress();
            String client = remote == null || remote.getAddress() == null
                    ? "unknown"
                    : remote.getAddress().getHostAddress();
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(
                            context -> context.put(ClientAddress.CONTEXT_KEY, client))
                    .build());
            if (!PATH.equals(request.getUri().getPath())) {
                return chain.next(request);
            }
            String refused = notPublic(source.getObject().schema(), request.getDocument());
            if (refused == null) {
                return chain.next(request);
            }
            ExecutionResult result = ExecutionResult.newExecutionResult()
                    .addError(GraphqlErrorBuilder.newError()
                            .errorType(ErrorType.FORBIDDEN)
                            .message("Without a token only public operations may be called on " + PATH + "; " + refused
                                    + " is not one of them.")
                            .build())
                    .build();
            return Mono.just(
                    new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
        }

        /** The first root field of any operation in the document that is not marked public, or null when all are. */
        static @Nullable String notPublic(GraphQLSchema schema, String text) {
            Document document;
            try {
                document = Parser.parse(text);
            } catch (InvalidSyntaxException e) {
                return null; // the execution reports the syntax error without running anything
            }
            Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                    .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                GraphQLObjectType root = switch (operation.getOperation()) {
                    case QUERY -> schema.getQueryType();
                    case MUTATION -> schema.getMutationType();
                    default -> null;
                };
                if (root == null) {
                    return "a " + operation.getOperation().name().toLowerCase(java.util.Locale.ROOT);
                }
                String refused = check(root, operation.getSelectionSet(), fragments, new HashSet<>());
                if (refused != null) {
                    return refused;
                }
            }
            return null;
        }

        private static @Nullable String check(
                GraphQLObjectType root, SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> seen) {
            for (Selection<?> selection : set.getSelections()) {
                String refused = switch (selection) {
                    case Field field -> {
                        if (field.getName().equals("__typename")) {
                            yield null;
                        }
                        GraphQLFieldDefinition definition = root.getFieldDefinition(field.getName());
                        yield definition != null && definition.hasAppliedDirective("public")
                                ? null
                                : "'" + field.getName() + "'";
                    }
                    case InlineFragment inline -> check(root, inline.getSelectionSet(), fragments, seen);
                    case FragmentSpread spread -> {
                        FragmentDefinition fragment = fragments.get(spread.getName());
                        yield fragment == null || !seen.add(spread.getName())
                                ? null
                                : check(root, fragment.getSelectionSet(), fragments, seen);
                    }
                    default -> "'" + selection + "'";
                };
                if (refused != null) {
                    return refused;
                }
            }
            return null;
        }
    }
}
