package id.meritasn.employee;

import graphql.GraphQLContext;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positions and units already read for this GraphQL request (with an employees page), kept in the request's context
 * so the position and unit batch mappings do not read them again. One request serves one agency, so ids are unique.
 */
final class PrefetchedOrganization {

    private static final String KEY = PrefetchedOrganization.class.getName();

    private final Map<Long, Position> positions = new ConcurrentHashMap<>();
    private final Map<Long, Unit> units = new ConcurrentHashMap<>();

    static PrefetchedOrganization of(GraphQLContext context) {
        return context.computeIfAbsent(KEY, key -> new PrefetchedOrganization());
    }

    void add(Map<Long, Position> positions, Map<Long, Unit> units) {
        this.positions.putAll(positions);
        this.units.putAll(units);
    }

    Map<Long, Position> positions() {
        return positions;
    }

    Map<Long, Unit> units() {
        return units;
    }
}
