package id.meritasn.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.AgencyPeople;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.tenancy.TenantProvisioningService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import file as a multipart upload beside GraphQL: accepted and run like startEmployeeImport, refused with the
 * rule it breaks, over the 20 MB limit with 413 naming it, and only for tenant admins.
 */
class ImportUploadIT extends PlatformIntegrationTest {

    static final String CSV = """
            NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR
            198001152005031001,Andi Wijaya,III/c,2019-04-01,SETDA
            198202202006042002,Rina Marlina,IV/a,2020-10-01,SETDA
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @LocalServerPort
    int port;

    AgencyPeople people;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void agency() {
        people = AgencyPeople.provision(graphQl, provisioning, "unggah");
        people.as("tenant-admin", null)
                .document("mutation { saveUnit(input: {code: \"SETDA\", name: \"Setda\"})" + " { unit { code } } }")
                .execute()
                .path("saveUnit.unit.code")
                .hasValue();
    }

    HttpResponse<String> upload(String role, String fileName, byte[] content) throws Exception {
        String boundary = "meritasn" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String token = Tokens.builder("u." + role, role)
                .claims(Map.of("organization", List.of(people.agency())))
                .mint();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql/imports/employees"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_file_uploaded_as_multipart_is_imported_like_one_sent_through_graphql() throws Exception {
        HttpResponse<String> response = upload("tenant-admin", "pegawai.csv", CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = json.readTree(response.body()).path("job").path("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode job;
        do {
            job = json.readTree(json.writeValueAsString(people.as("tenant-admin", null)
                    .document("{ employeeImport(id: \"" + id + "\") { status created refused } }")
                    .execute()
                    .path("employeeImport")
                    .entity(Map.class)
                    .get()));
            Thread.sleep(100);
        } while (!"COMPLETED".equals(job.path("status").asString())
                && Instant.now().isBefore(deadline));
        assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.path("created").asInt()).isEqualTo(2);
        people.as("tenant-admin", null)
                .document("{ employee(nip: \"198202202006042002\") { name } }")
                .execute()
                .path("employee.name")
                .entity(String.class)
                .isEqualTo("Rina Marlina");
    }

    @Test
    void a_broken_a_too_large_or_an_unauthorised_upload_is_refused_with_its_reason() throws Exception {
        HttpResponse<String> empty = upload("tenant-admin", "kosong.csv", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json.readTree(empty.body())
                        .path("errors")
                        .path(0)
                        .path("rule")
                        .asString())
                .isNotBlank();

        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        HttpResponse<String> tooLarge = upload("tenant-admin", "besar.csv", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("limit of 20 MB");

        assertThat(upload("assessor", "pegawai.csv", CSV.getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(403);
    }
}
