package id.meritasn.mobility;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentSource;
import id.meritasn.document.Rows;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.AgencyService;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mobility request letter (PDF) from the receiving agency to the releasing one: who is asked for, for which post,
 * why, and where the request stands (the employee's consent, the release, the acceptance). Either party's readers
 * may print it; to anyone else the request does not exist.
 */
@Component
class MobilityRequestLetter implements DocumentSource {

    private final MobilityRequestService requests;
    private final AgencyService agencies;

    MobilityRequestLetter(MobilityRequestService requests, AgencyService agencies) {
        this.requests = requests;
        this.agencies = agencies;
    }

    @Override
    public String kind() {
        return "MOBILITY_REQUEST_LETTER";
    }

    @Override
    public String template() {
        return "id/meritasn/mobility/documents/mobility-request-letter.html";
    }

    @Override
    public DocumentModel model(String agency, DocumentRequest request) {
        UUID id;
        try {
            id = UUID.fromString(
                    request.requestId() == null ? "" : request.requestId().trim());
        } catch (IllegalArgumentException e) {
            throw new DocumentRefused("A mobility letter is of one request: give its requestId (a UUID).", "requestId");
        }
        MobilityRequest found = requests.agencyRequest(agency, id)
                .orElseThrow(
                        () -> new DocumentRefused("No mobility request " + id + " involves this agency.", "requestId"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", name(found.toAgency()));
        data.put("to", name(found.fromAgency()));
        data.put(
                "request",
                Rows.of(
                        "nip",
                        found.nip(),
                        "name",
                        found.employeeName(),
                        "positionCode",
                        found.targetPositionCode(),
                        "positionName",
                        found.targetPositionName(),
                        "note",
                        found.note() == null ? "" : found.note(),
                        "status",
                        found.status().name(),
                        "requestedBy",
                        found.requestedBy(),
                        "requestedOn",
                        found.requestedAt().toLocalDate().toString(),
                        "consentedOn",
                        date(found.consentedAt()),
                        "releasedOn",
                        date(found.releasedAt()),
                        "acceptedOn",
                        date(found.acceptedAt())));
        return new DocumentModel(
                "Surat permohonan mutasi " + found.employeeName(),
                "Surat permohonan mutasi antarinstansi dari " + name(found.toAgency()) + " kepada "
                        + name(found.fromAgency()),
                data);
    }

    /** An agency's name is public; read as that agency, since the caller belongs to one of the two only. */
    private String name(String agency) {
        return SystemActor.callForAgency(agency, () -> agencies.profile(agency).displayName());
    }

    private static String date(@Nullable OffsetDateTime at) {
        return at == null ? "-" : at.toLocalDate().toString();
    }
}
