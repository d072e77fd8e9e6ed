package id.meritasn.mobility;

import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.mobility.MobilityRecords.Aspirations;
import id.meritasn.mobility.MobilityRecords.Candidate;
import id.meritasn.mobility.MobilityRecords.CompetencyMinimum;
import id.meritasn.mobility.MobilityRecords.MobilityProfile;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.mobility.MobilityRecords.SearchFilter;
import id.meritasn.mobility.MobilityRecords.TalentIndexEntry;
import id.meritasn.mobility.MobilityRecords.Target;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.graphql.GraphQlLimitsProperties;
import id.meritasn.shared.graphql.Pages;
import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.AgencySelection;
import id.meritasn.shared.security.Roles;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of mobility (graphql/mobility.graphqls): self-service, the national talent index, requests. */
@Controller
class MobilityController {

    private final MobilityProfileService profiles;
    private final MobilitySearchService search;
    private final MobilityRequestService requests;
    private final GraphQlLimitsProperties limits;

    MobilityController(
            MobilityProfileService profiles,
            MobilitySearchService search,
            MobilityRequestService requests,
            GraphQlLimitsProperties limits) {
        this.profiles = profiles;
        this.search = search;
        this.requests = requests;
        this.limits = limits;
    }

    record TalentIndexFilter(
            @Nullable String golonganMin,
            @Nullable String golonganMax,
            @Nullable List<String> positionKinds,
            @Nullable List<String> positionLevels,
            @Nullable List<Integer> boxes,
            @Nullable List<CompetencyMinimum> minCompetencies,
            @Nullable List<String> educationLevels,
            @Nullable String educationField,
            @Nullable List<String> regions,
            @Nullable String willingToMoveTo,
            @Nullable String text,
            @Nullable List<String> agencies) {
        SearchFilter toFilter() {
            return new SearchFilter(
                    golonganMin,
                    golonganMax,
                    list(positionKinds),
                    list(positionLevels),
                    list(boxes),
                    list(minCompetencies),
                    list(educationLevels),
                    educationField,
                    list(regions),
                    willingToMoveTo,
                    text,
                    list(agencies));
        }
    }

    record TargetRequirementInput(String competency, int requiredLevel) {}

    record MobilityTarget(
            @Nullable String positionCode, @Nullable List<TargetRequirementInput> standard) {
        Target toTarget() {
            return new Target(
                    positionCode,
                    list(standard).stream()
                            .map(r -> new JobPersonMatch.Requirement(
                                    r.competency().trim(), r.requiredLevel()))
                            .toList());
        }
    }

    record SetMobilityConsentInput(boolean consent) {}

    record MobilityAspirationsInput(
            List<String> positionKinds,
            List<String> regions,
            @Nullable String earliestDate) {}

    record RequestMobilityInput(
            String fromAgency,
            String nip,
            String targetPositionCode,
            @Nullable String note) {}

    record MobilityDecisionInput(
            String requestId, boolean approve, @Nullable String reason) {}

    record MobilityRequestIdInput(String requestId) {}

    record MobilityProfilePayload(@Nullable MobilityProfile profile, List<Object> errors) {}

    record MobilityRequestPayload(@Nullable MobilityRequest request, List<Object> errors) {}

    /** Union member MobilityRefusal. */
    record MobilityRefusal(String message, MobilityRefused.Code code) {}

    record CompetencyLevel(String competency, int level) {}

    @QueryMapping
    MobilityProfile myMobilityProfile(@CurrentAgency String agency) {
        return profiles.profile(agency);
    }

    @QueryMapping
    Window<Candidate> talentIndex(
            ScrollSubrange subrange,
            @Argument @Nullable TalentIndexFilter filter,
            @Argument @Nullable MobilityTarget target,
            @ContextValue(name = AgencySelection.CONTEXT_KEY) AgencySelection agency) {
        int size = Pages.size(subrange, 20, limits.maxPageSize());
        String caller = agency.agencyKey();
        if (caller == null && agency.problem() != null) {
            agency.require(); // several agencies and no choice: say how to choose
        }
        List<Candidate> rows = search.search(
                caller,
                filter == null ? SearchFilter.none() : filter.toFilter(),
                target == null ? null : target.toTarget(),
                after(subrange),
                size + 1);
        return window(rows, size, search::cursor);
    }

    @QueryMapping
    Window<MobilityRequest> mobilityRequests(
            ScrollSubrange subrange,
            Authentication caller,
            @ContextValue(name = AgencySelection.CONTEXT_KEY) AgencySelection agency) {
        // national oversight reads every agency's requests without selecting one; the others need their agency
        int size = Pages.size(subrange, 50, limits.maxPageSize());
        Set<String> roles = Set.copyOf(AgencyAuthorities.roles(caller));
        Map<String, Object> after = after(subrange);
        List<MobilityRequest> rows;
        if (roles.contains(Roles.NATIONAL_OVERSIGHT)) {
            rows = requests.allRequests(after, size + 1);
        } else if (roles.contains(Roles.TENANT_ADMIN)
                || roles.contains(Roles.TALENT_COMMITTEE)
                || roles.contains(Roles.PPK)) {
            rows = requests.agencyRequests(agency.require(), after, size + 1);
        } else {
            rows = requests.ownRequests(agency.require(), after, size + 1);
        }
        return window(rows, size, requests::cursor);
    }

    @SchemaMapping(typeName = "TalentIndexEntry")
    List<CompetencyLevel> competencies(TalentIndexEntry entry) {
        return entry.competencies().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new CompetencyLevel(e.getKey(), e.getValue()))
                .toList();
    }

    @MutationMapping
    MobilityProfilePayload setMobilityConsent(
            @Argument SetMobilityConsentInput input, Authentication caller, @CurrentAgency String agency) {
        return profilePayload(() -> input.consent()
                ? profiles.giveConsent(agency, caller.getName())
                : profiles.withdrawConsent(agency, caller.getName()));
    }

    @MutationMapping
    MobilityProfilePayload saveMobilityAspirations(
            @Argument MobilityAspirationsInput input, Authentication caller, @CurrentAgency String agency) {
        LocalDate earliest;
        try {
            earliest = input.earliestDate() == null || input.earliestDate().isBlank()
                    ? null
                    : LocalDate.parse(input.earliestDate().trim());
        } catch (DateTimeParseException e) {
            return new MobilityProfilePayload(
                    null,
                    List.of(new FieldInvalid(
                            "'" + input.earliestDate() + "' is not a date YYYY-MM-DD.", "earliestDate")));
        }
        Aspirations aspirations = new Aspirations(input.positionKinds(), input.regions(), earliest);
        return profilePayload(() -> profiles.saveAspirations(agency, aspirations, caller.getName()));
    }

    @MutationMapping
    MobilityRequestPayload requestMobility(
            @Argument RequestMobilityInput input, Authentication caller, @CurrentAgency String agency) {
        return requestPayload(() -> requests.request(
                agency,
                input.fromAgency().trim(),
                input.nip(),
                input.targetPositionCode(),
                input.note(),
                caller.getName()));
    }

    @MutationMapping
    MobilityRequestPayload respondToMobilityRequest(
            @Argument MobilityDecisionInput input, Authentication caller, @CurrentAgency String agency) {
        return requestPayload(() -> requests.respondAsEmployee(
                agency, id(input.requestId()), input.approve(), input.reason(), caller.getName()));
    }

    @MutationMapping
    MobilityRequestPayload releaseForMobility(
            @Argument MobilityDecisionInput input, Authentication caller, @CurrentAgency String agency) {
        return requestPayload(() ->
                requests.release(agency, id(input.requestId()), input.approve(), input.reason(), caller.getName()));
    }

    @MutationMapping
    MobilityRequestPayload acceptMobility(
            @Argument MobilityDecisionInput input, Authentication caller, @CurrentAgency String agency) {
        return requestPayload(() ->
                requests.accept(agency, id(input.requestId()), input.approve(), input.reason(), caller.getName()));
    }

    @MutationMapping
    MobilityRequestPayload retryMobilityTransfer(
            @Argument MobilityRequestIdInput input, Authentication caller, @CurrentAgency String agency) {
        return requestPayload(() -> requests.retryTransfer(agency, id(input.requestId()), caller.getName()));
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new MobilityRefused(
                    MobilityRefused.Code.NOT_FOUND, "'" + value + "' is not a mobility request id.", "requestId");
        }
    }

    private static MobilityProfilePayload profilePayload(Supplier<MobilityProfile> action) {
        try {
            return new MobilityProfilePayload(action.get(), List.of());
        } catch (MobilityRefused refused) {
            return new MobilityProfilePayload(null, List.of(error(refused)));
        }
    }

    private static MobilityRequestPayload requestPayload(Supplier<MobilityRequest> action) {
        try {
            return new MobilityRequestPayload(action.get(), List.of());
        } catch (MobilityRefused refused) {
            return new MobilityRequestPayload(null, List.of(error(refused)));
        }
    }

    private static Object error(MobilityRefused refused) {
        return refused.field() != null
                ? new FieldInvalid(refused.getMessage(), refused.field())
                : new MobilityRefusal(refused.getMessage(), refused.code());
    }

    private static @Nullable Map<String, Object> after(ScrollSubrange subrange) {
        return subrange.position()
                .filter(KeysetScrollPosition.class::isInstance)
                .map(p -> ((KeysetScrollPosition) p).getKeys())
                .orElse(null);
    }

    private static <T> Window<T> window(List<T> rows, int size, Function<T, Map<String, Object>> cursor) {
        boolean hasNext = rows.size() > size;
        List<T> page = hasNext ? rows.subList(0, size) : rows;
        return Window.from(page, i -> ScrollPosition.forward(cursor.apply(page.get(i))), hasNext);
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
