package id.meritasn.employee;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import id.meritasn.employee.EmployeeGraphQlTypes.EmployeeAlreadyExists;
import id.meritasn.employee.EmployeeGraphQlTypes.EmployeeInput;
import id.meritasn.employee.EmployeeGraphQlTypes.EmployeeNotFound;
import id.meritasn.employee.EmployeeGraphQlTypes.EmployeePayload;
import id.meritasn.employee.EmployeeGraphQlTypes.EmployeeSortInput;
import id.meritasn.employee.EmployeeGraphQlTypes.HistoryEntryInput;
import id.meritasn.employee.EmployeeGraphQlTypes.NipInvalid;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService.HistoryView;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.graphql.GraphQlLimitsProperties;
import id.meritasn.shared.graphql.Pages;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.AgencySelection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * GraphQL type Employee. Nested fields are batch-loaded: a page of employees with positions, units and histories costs
 * one query per field, whatever the page size.
 */
@Controller
class EmployeeController {

    private final EmployeeService employees;
    private final EmployeePages pages;
    private final ProfileReads profileReads;
    private final OrganizationService organization;
    private final GraphQlLimitsProperties limits;

    EmployeeController(
            EmployeeService employees,
            EmployeePages pages,
            OrganizationService organization,
            GraphQlLimitsProperties limits,
            ProfileReads profileReads) {
        this.employees = employees;
        this.pages = pages;
        this.profileReads = profileReads;
        this.organization = organization;
        this.limits = limits;
    }

    @QueryMapping
    @Nullable
    Employee employee(@Argument String nip, @CurrentAgency String agency) {
        Employee found = employees.find(agency, nip.trim()).orElse(null);
        if (found != null) {
            profileReads.record(agency, found.nip(), ProfileView.EMPLOYEE_RECORD);
        }
        return found;
    }

    @QueryMapping
    Window<Employee> employees(
            ScrollSubrange subrange,
            @Argument @Nullable EmployeeFilter filter,
            @Argument @Nullable EmployeeSortInput sort,
            @CurrentAgency String agency,
            DataFetchingEnvironment environment) {
        int size = Pages.size(subrange, 50, limits.maxPageSize());
        EmployeeSort order = sort == null ? EmployeeSort.byName() : sort.toSort();
        Map<String, Object> after = subrange.position()
                .filter(KeysetScrollPosition.class::isInstance)
                .map(p -> ((KeysetScrollPosition) p).getKeys())
                .orElse(null);
        // positions and units the document asks for come with the page (one transaction); the batch mappings below
        // then find them in the request's context instead of reading them again
        var selection = environment.getSelectionSet();
        var read = pages.pageWithOrganization(
                agency,
                filter == null ? EmployeeFilter.none() : filter,
                order,
                after,
                size + 1,
                selection.contains("edges/node/position"),
                selection.contains("edges/node/unit"));
        PrefetchedOrganization.of(environment.getGraphQlContext()).add(read.positions(), read.units());
        List<Employee> rows = read.rows();
        boolean hasNext = rows.size() > size;
        List<Employee> page = hasNext ? rows.subList(0, size) : rows;
        // an ordered map: Map.of's iteration order differs from one JVM to the next, and so would the cursor text that
        // two instances behind a load balancer give for the same row
        var sortKey = employees.sortKey(order);
        return Window.from(
                page,
                i -> {
                    Map<String, Object> keys = new java.util.LinkedHashMap<>();
                    keys.put("key", sortKey.apply(page.get(i)));
                    keys.put("nip", page.get(i).nip());
                    return ScrollPosition.forward(keys);
                },
                hasNext);
    }

    @MutationMapping
    EmployeePayload createEmployee(@Argument EmployeeInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(employees.save(agency, input.toDraft(), true, caller.getName()), input.nip());
    }

    @MutationMapping
    EmployeePayload updateEmployee(@Argument EmployeeInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(employees.save(agency, input.toDraft(), false, caller.getName()), input.nip());
    }

    @MutationMapping
    EmployeePayload addHistoryEntry(
            @Argument HistoryEntryInput input, Authentication caller, @CurrentAgency String agency) {
        List<Object> dateProblems = new ArrayList<>();
        LocalDate date = date(input.date(), "date", dateProblems);
        LocalDate endDate = date(input.endDate(), "endDate", dateProblems);
        if (!dateProblems.isEmpty()) {
            return new EmployeePayload(null, dateProblems);
        }
        HistoryEntry entry = new HistoryEntry(
                input.nip().trim(),
                input.kind(),
                input.code(),
                input.name(),
                input.detail(),
                date,
                endDate,
                input.number());
        return payload(employees.addHistory(agency, entry, caller.getName()), input.nip());
    }

    private static @Nullable LocalDate date(@Nullable String value, String field, List<Object> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldInvalid("'" + value + "' is not a date YYYY-MM-DD.", field));
            return null;
        }
    }

    /** Problems as the schema's union members; the NIP in their messages is the one the caller sent. */
    private static EmployeePayload payload(Outcome<Employee, EmployeeProblem> change, String nip) {
        List<Object> errors = change.problems().stream()
                .<Object>map(problem -> switch (problem) {
                    case EmployeeProblem.InvalidField invalid -> invalid.problem();
                    case EmployeeProblem.InvalidNip invalid ->
                        new NipInvalid(
                                invalid.message(),
                                nip,
                                invalid.problem().rules().stream()
                                        .map(Enum::name)
                                        .toList());
                    case EmployeeProblem.NotFound notFound ->
                        new EmployeeNotFound("No employee with NIP " + nip + " in this agency.", nip);
                    case EmployeeProblem.AlreadyExists exists ->
                        new EmployeeAlreadyExists(
                                "An employee with NIP " + nip + " already exists; use updateEmployee.", nip);
                })
                .toList();
        return new EmployeePayload(change.valueOrNull(), errors);
    }

    @BatchMapping(field = "rankHistory")
    Map<Employee, List<?>> rankHistory(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.RANK);
    }

    @BatchMapping(field = "positionHistory")
    Map<Employee, List<?>> positionHistory(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.POSITION);
    }

    @BatchMapping(field = "educationHistory")
    Map<Employee, List<?>> educationHistory(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.EDUCATION);
    }

    @BatchMapping(field = "awards")
    Map<Employee, List<?>> awards(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.AWARDS);
    }

    @BatchMapping(field = "teamAssignments")
    Map<Employee, List<?>> teamAssignments(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.TEAMS);
    }

    @BatchMapping(field = "trainings")
    Map<Employee, List<?>> trainings(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.TRAININGS);
    }

    @BatchMapping(field = "disciplineRecords")
    Map<Employee, List<?>> disciplineRecords(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.DISCIPLINE);
    }

    @BatchMapping(field = "lhkpn")
    Map<Employee, List<?>> lhkpn(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.LHKPN);
    }

    @BatchMapping(field = "auditTrail")
    Map<Employee, List<?>> auditTrail(List<Employee> list, GraphQLContext context) {
        return history(list, context, HistoryView.AUDIT);
    }

    private Map<Employee, List<?>> history(List<Employee> list, GraphQLContext context, HistoryView view) {
        Map<String, ? extends List<?>> byNip = employees.histories(
                agency(context), view, list.stream().map(Employee::nip).toList());
        Map<Employee, List<?>> result = new LinkedHashMap<>();
        list.forEach(e -> result.put(e, byNip.containsKey(e.nip()) ? byNip.get(e.nip()) : List.of()));
        return result;
    }

    static String agency(GraphQLContext context) {
        return context.<AgencySelection>get(AgencySelection.CONTEXT_KEY).require();
    }

    private static <V> Map<Employee, V> map(List<Employee> list, Function<Employee, @Nullable V> value) {
        Map<Employee, V> result = new LinkedHashMap<>();
        list.forEach(e -> {
            V v = value.apply(e);
            if (v != null) {
                result.put(e, v);
            }
        });
        return result;
    }
}
