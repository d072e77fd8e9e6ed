package id.meritasn.inbox;

import id.meritasn.shared.graphql.CurrentAgency;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL of the inbox: what waits for the caller in the agency of the request. */
@Controller
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @QueryMapping
    InboxService.Inbox inbox(@CurrentAgency String agency) {
        return inbox.inbox(agency);
    }
}
