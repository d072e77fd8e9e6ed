package id.meritasn.employee;

import id.meritasn.shared.graphql.CurrentAgency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ProfileReadController {

    private final ProfileReads reads;

    ProfileReadController(ProfileReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    List<ProfileReads.ProfileRead> myProfileReads(@Argument int first, @CurrentAgency String agency) {
        return reads.readsOfMine(agency, first);
    }

    @QueryMapping
    List<ProfileReads.ProfileRead> profileReads(
            @Argument @Nullable String nip,
            @Argument @Nullable String reader,
            @Argument int first,
            @CurrentAgency String agency) {
        return reads.log(agency, nip, reader, first);
    }
}
