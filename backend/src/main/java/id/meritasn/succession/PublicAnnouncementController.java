package id.meritasn.succession;

import id.meritasn.shared.graphql.ClientAddress;
import id.meritasn.succession.SuccessionGraphQlTypes.SubmitObjectionInput;
import id.meritasn.succession.SuccessionGraphQlTypes.SubmitObjectionPayload;
import id.meritasn.succession.SuccessionRecords.PublicAnnouncement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The public operations (schema directive {@code @public}): served without a token on POST /graphql/public. The
 * agency comes from the argument, not from a token; there is no caller.
 */
@Controller
class PublicAnnouncementController {

    private final PublicAnnouncementService announcements;

    PublicAnnouncementController(PublicAnnouncementService announcements) {
        this.announcements = announcements;
    }

    @QueryMapping
    List<PublicAnnouncement> publicAnnouncements(@Argument String agency) {
        return announcements.announcements(agency.trim());
    }

    @QueryMapping
    List<SuccessionRecords.PublicAppointment> publicAppointments(@Argument String agency) {
        return announcements.appointments(agency.trim());
    }

    @MutationMapping
    SubmitObjectionPayload submitObjection(
            @Argument SubmitObjectionInput input,
            @ContextValue(name = ClientAddress.CONTEXT_KEY, required = false) @Nullable String client) {
        var result = announcements.submitObjection(
                input.agency().trim(),
                input.announcementId(),
                input.name(),
                input.contact(),
                input.text(),
                client == null ? "unknown" : client);
        return new SubmitObjectionPayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }
}
