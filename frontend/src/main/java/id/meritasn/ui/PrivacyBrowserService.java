package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.employee.MyDataService;
import id.meritasn.employee.ProfileReads;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * Personal data (UU 27/2022) in the browser: an employee's own data as a JSON document to download and read, who was
 * shown it, and the data-protection officer's record of reads. The services check who may ask.
 */
@BrowserCallable
@PermitAll
class PrivacyBrowserService {

    public record Read(
            @NonNull String readAt,
            @NonNull String reader,
            @NonNull List<@NonNull String> readerRoles,
            @NonNull String nip,
            @NonNull String view,
            @NonNull String purpose) {
        static Read of(ProfileReads.ProfileRead read) {
            return new Read(
                    read.readAt().toString(),
                    read.reader(),
                    read.readerRoles(),
                    read.nip(),
                    read.view().name(),
                    read.purpose());
        }
    }

    /** The whole document (what the download holds) and the name of the file to save it as. */
    public record MyDataDocument(
            @NonNull String fileName, @NonNull String json) {}

    private final MyDataService myData;
    private final ProfileReads reads;
    private final ObjectMapper json;

    PrivacyBrowserService(MyDataService myData, ProfileReads reads, ObjectMapper json) {
        this.myData = myData;
        this.reads = reads;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Null when the account is not linked to an employee of the agency. */
    public @Nullable MyDataDocument myData() {
        return myData.mine(UiCaller.agency())
                .map(data -> new MyDataDocument("data-saya-" + data.nip() + ".json", json.writeValueAsString(data)))
                .orElse(null);
    }

    public @NonNull List<@NonNull Read> readsOfMine() {
        return reads.readsOfMine(UiCaller.agency(), 200).stream().map(Read::of).toList();
    }

    /** The data-protection officer's view: newest first, narrowed to an employee or a reader when given. */
    public @NonNull List<@NonNull Read> accessLog(@Nullable String nip, @Nullable String reader) {
        return reads.log(UiCaller.agency(), nip, reader, ProfileReads.MAX_PAGE).stream()
                .map(Read::of)
                .toList();
    }
}
