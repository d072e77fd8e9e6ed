package id.meritasn.employee;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code Employee.position} and {@code Employee.unit}. An employees page reads them with its rows; for those the field
 * is answered from the request's context, synchronously. Through a data loader (as the batch mappings these replace
 * did) each of the page's 100 fields took a loader entry, a future and a dispatch, about a tenth of the page's CPU
 * together. Any other employee (one employee, a talent-map member) still batches its ids through a data loader keyed
 * by id: one read per level of the response, never one per employee.
 */
@Component
class OrganizationFetchers implements RuntimeWiringConfigurer {

    static final String POSITIONS = "employee.positionsById";
    static final String UNITS = "employee.unitsById";

    OrganizationFetchers(BatchLoaderRegistry loaders, OrganizationService organization) {
        register(loaders, POSITIONS, organization::positionsById, Position::id);
        register(loaders, UNITS, organization::units, Unit::id);
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type(
                "Employee",
                type -> type.dataFetcher(
                                "position", fetcher(Employee::positionId, PrefetchedOrganization::positions, POSITIONS))
                        .dataFetcher("unit", fetcher(Employee::unitId, PrefetchedOrganization::units, UNITS)));
    }

    private static DataFetcher<@Nullable Object> fetcher(
            Function<Employee, @Nullable Long> idOf,
            Function<PrefetchedOrganization, Map<Long, ?>> prefetched,
            String loader) {
        return environment -> {
            Employee employee = Objects.requireNonNull(environment.getSource(), "an Employee field has its Employee");
            Long id = idOf.apply(employee);
            if (id == null) {
                return null;
            }
            Object known = prefetched
                    .apply(PrefetchedOrganization.of(environment.getGraphQlContext()))
                    .get(id);
            if (known != null) {
                return known;
            }
            return Objects.requireNonNull(environment.getDataLoader(loader), loader + " is registered by configure")
                    .load(id);
        };
    }

    private static <T> void register(
            BatchLoaderRegistry loaders,
            String name,
            BiFunction<String, Collection<Long>, Collection<T>> read,
            Function<T, Long> idOf) {
        loaders.<Long, T>forName(name)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> read
                        .apply(
                                EmployeeController.agency((GraphQLContext) Objects.requireNonNull(
                                        environment.getContext(), "Spring for GraphQL passes the request's context")),
                                new ArrayList<>(ids))
                        .stream()
                        .collect(Collectors.toMap(idOf, Function.identity()))));
    }
}
