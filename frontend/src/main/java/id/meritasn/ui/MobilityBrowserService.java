package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.OrganizationService;
import id.meritasn.mobility.MobilityProfileService;
import id.meritasn.mobility.MobilityRecords.Aspirations;
import id.meritasn.mobility.MobilityRecords.Candidate;
import id.meritasn.mobility.MobilityRecords.MobilityProfile;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.mobility.MobilityRecords.SearchFilter;
import id.meritasn.mobility.MobilityRecords.Target;
import id.meritasn.mobility.MobilityRefused;
import id.meritasn.mobility.MobilityRequestService;
import id.meritasn.mobility.MobilitySearchService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The mobility pages: searching the national talent index (other agencies' shared employees), the requests between
 * agencies, and the employee's own consent and aspirations. The mobility services check every role; a refusal comes
 * back as its message.
 */
@BrowserCallable
@PermitAll
class MobilityBrowserService {

    static final int PAGE = 100;

    private final MobilitySearchService search;
    private final MobilityRequestService requests;
    private final MobilityProfileService profiles;
    private final OrganizationService organization;

    MobilityBrowserService(
            MobilitySearchService search,
            MobilityRequestService requests,
            MobilityProfileService profiles,
            OrganizationService organization) {
        this.organization = organization;
        this.search = search;
        this.requests = requests;
        this.profiles = profiles;
    }

    /** The page's filters; empty values do not filter. */
    record Filter(
            @Nullable String golonganMin,
            @Nullable String golonganMax,
            @NonNull List<@NonNull String> positionKinds,
            @NonNull List<@NonNull Integer> boxes,
            @NonNull List<@NonNull String> regions,
            @Nullable String willingToMoveTo,
            @Nullable String text) {}

    record Found(
            @NonNull List<@NonNull Candidate> candidates,
            @Nullable String problem) {}

    record RequestOutcome(
            @Nullable MobilityRequest request, @Nullable String problem) {}

    record ProfileOutcome(
            @Nullable MobilityProfile profile, @Nullable String problem) {}

    /**
     * The first page of matches, ranked by job-person match against one of the caller's positions when one is
     * chosen. National oversight searches every agency; agency users see other agencies only.
     */
    public @NonNull Found search(@NonNull Filter filter, @Nullable String targetPositionCode) {
        String agency = UiCaller.agencyOrNull();
        SearchFilter f = new SearchFilter(
                blank(filter.golonganMin()),
                blank(filter.golonganMax()),
                filter.positionKinds(),
                List.of(),
                filter.boxes(),
                List.of(),
                List.of(),
                null,
                filter.regions(),
                blank(filter.willingToMoveTo()),
                blank(filter.text()),
                List.of());
        Target target = blank(targetPositionCode) == null ? null : new Target(targetPositionCode, List.of());
        try {
            return new Found(search.search(agency, f, target, null, PAGE), null);
        } catch (MobilityRefused e) {
            return new Found(List.of(), e.getMessage());
        }
    }

    /** The caller agency's positions: what a search ranks against and a request asks for. */
    public @NonNull List<@NonNull Position> positions() {
        return organization.positions(UiCaller.agency(), null);
    }

    public @NonNull RequestOutcome request(
            @NonNull String fromAgency, @NonNull String nip, @NonNull String positionCode, @Nullable String note) {
        return request(() ->
                requests.request(UiCaller.agency(), fromAgency, nip, positionCode, blank(note), UiCaller.username()));
    }

    /** Requests the caller's agency takes part in, either side, newest first. */
    public @NonNull List<@NonNull MobilityRequest> agencyRequests() {
        return requests.agencyRequests(UiCaller.agency(), null, PAGE);
    }

    public @NonNull RequestOutcome release(@NonNull String id, boolean release, @Nullable String reason) {
        return request(() ->
                requests.release(UiCaller.agency(), UUID.fromString(id), release, blank(reason), UiCaller.username()));
    }

    public @NonNull RequestOutcome accept(@NonNull String id, boolean accept, @Nullable String reason) {
        return request(() ->
                requests.accept(UiCaller.agency(), UUID.fromString(id), accept, blank(reason), UiCaller.username()));
    }

    public @NonNull RequestOutcome retryTransfer(@NonNull String id) {
        return request(() -> requests.retryTransfer(UiCaller.agency(), UUID.fromString(id), UiCaller.username()));
    }

    public @NonNull List<@NonNull MobilityRequest> ownRequests() {
        return requests.ownRequests(UiCaller.agency(), null, PAGE);
    }

    public @NonNull RequestOutcome respond(@NonNull String id, boolean consent, @Nullable String reason) {
        return request(() -> requests.respondAsEmployee(
                UiCaller.agency(), UUID.fromString(id), consent, blank(reason), UiCaller.username()));
    }

    public @NonNull ProfileOutcome profile() {
        return profile(() -> profiles.profile(UiCaller.agency()));
    }

    public @NonNull ProfileOutcome consent(boolean consent) {
        return profile(() -> consent
                ? profiles.giveConsent(UiCaller.agency(), UiCaller.username())
                : profiles.withdrawConsent(UiCaller.agency(), UiCaller.username()));
    }

    public @NonNull ProfileOutcome saveAspirations(
            @NonNull List<@NonNull String> positionKinds,
            @NonNull List<@NonNull String> regions,
            @Nullable LocalDate earliestDate) {
        return profile(() -> profiles.saveAspirations(
                UiCaller.agency(), new Aspirations(positionKinds, regions, earliestDate), UiCaller.username()));
    }

    private static RequestOutcome request(Supplier<MobilityRequest> step) {
        try {
            return new RequestOutcome(step.get(), null);
        } catch (MobilityRefused e) {
            return new RequestOutcome(null, e.getMessage());
        }
    }

    private static ProfileOutcome profile(Supplier<MobilityProfile> step) {
        try {
            return new ProfileOutcome(step.get(), null);
        } catch (MobilityRefused e) {
            return new ProfileOutcome(null, e.getMessage());
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
