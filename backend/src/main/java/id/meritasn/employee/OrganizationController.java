package id.meritasn.employee;

import graphql.GraphQLContext;
import id.meritasn.employee.EmployeeGraphQlTypes.PositionInput;
import id.meritasn.employee.EmployeeGraphQlTypes.PositionPayload;
import id.meritasn.employee.EmployeeGraphQlTypes.UnitInput;
import id.meritasn.employee.EmployeeGraphQlTypes.UnitPayload;
import id.meritasn.employee.EmployeeRecords.CompetencyRequirement;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.shared.graphql.CurrentAgency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL types Unit and Position, the organization tree, and national reference data. */
@Controller
class OrganizationController {

    private final OrganizationService organization;
    private final EmployeeService employees;
    private final ReferenceDataService referenceData;

    OrganizationController(
            OrganizationService organization, EmployeeService employees, ReferenceDataService referenceData) {
        this.organization = organization;
        this.employees = employees;
        this.referenceData = referenceData;
    }

    @QueryMapping
    List<Unit> unitTree(@CurrentAgency String agency) {
        return organization.unitTree(agency);
    }

    @QueryMapping
    List<Position> positions(@Argument @Nullable String unitCode, @CurrentAgency String agency) {
        return organization.positions(agency, unitCode);
    }

    @QueryMapping
    ReferenceData referenceData() {
        return referenceData.get();
    }

    @MutationMapping
    UnitPayload saveUnit(@Argument UnitInput input, @CurrentAgency String agency) {
        var saved = organization.saveUnit(agency, input.code(), input.name(), input.parentCode());
        return new UnitPayload(saved.valueOrNull(), saved.problems());
    }

    @MutationMapping
    PositionPayload savePosition(@Argument PositionInput input, @CurrentAgency String agency) {
        List<CompetencyRequirement> standard = input.standard() == null
                ? List.of()
                : input.standard().stream()
                        .map(r -> new CompetencyRequirement(r.competency(), r.kind(), r.requiredLevel()))
                        .toList();
        var saved = organization.savePosition(
                agency,
                input.code(),
                input.name(),
                input.level(),
                input.unitCode(),
                input.minGolongan(),
                Boolean.TRUE.equals(input.critical()),
                Boolean.TRUE.equals(input.servesPublic()),
                input.retirementRule(),
                standard);
        return new PositionPayload(saved.valueOrNull(), saved.problems());
    }

    @BatchMapping(typeName = "Position", field = "unit")
    Map<Position, Unit> positionUnit(List<Position> positions, GraphQLContext context) {
        Map<Long, Unit> byId = organization
                .units(
                        EmployeeController.agency(context),
                        positions.stream().map(Position::unitId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Position, Unit> result = new LinkedHashMap<>();
        positions.forEach(p -> result.put(p, byId.get(p.unitId())));
        return result;
    }

    @BatchMapping(typeName = "Position", field = "standard")
    Map<Position, List<CompetencyRequirement>> standard(List<Position> positions, GraphQLContext context) {
        Map<Long, List<CompetencyRequirement>> byId = organization.standards(
                EmployeeController.agency(context),
                positions.stream().map(Position::id).toList());
        Map<Position, List<CompetencyRequirement>> result = new LinkedHashMap<>();
        positions.forEach(p -> result.put(p, byId.getOrDefault(p.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Position", field = "holder")
    Map<Position, Employee> holder(List<Position> positions, GraphQLContext context) {
        Map<Long, Employee> byPosition = new LinkedHashMap<>();
        employees
                .holders(
                        EmployeeController.agency(context),
                        positions.stream().map(Position::id).toList())
                .forEach(e -> byPosition.putIfAbsent(e.positionId(), e));
        Map<Position, Employee> result = new LinkedHashMap<>();
        positions.forEach(p -> {
            if (byPosition.containsKey(p.id())) {
                result.put(p, byPosition.get(p.id()));
            }
        });
        return result;
    }
}
