package id.meritasn.shared.graphql;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ApiController {

    static final String API_VERSION = "2026-11";

    /** Open to any authenticated caller: integrating systems check what they talk to before anything else. */
    @QueryMapping
    String apiVersion() {
        return API_VERSION;
    }
}
