package id.meritasn.support;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/** A fresh agency and the people of it who call the API: a role, and the NIP their account is linked to, if any. */
public final class AgencyPeople {

    private final HttpGraphQlTester graphQl;
    private final String agency;

    private AgencyPeople(HttpGraphQlTester graphQl, String agency) {
        this.graphQl = graphQl;
        this.agency = agency;
    }

    /** Provisions an agency with a key starting with {@code prefix}. */
    public static AgencyPeople provision(
            HttpGraphQlTester graphQl, TenantProvisioningService provisioning, String prefix) {
        String agency = UniqueKeys.next(prefix);
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        return new AgencyPeople(graphQl, agency);
    }

    public String agency() {
        return agency;
    }

    public HttpGraphQlTester as(String role, @Nullable String nip) {
        return as("u" + nip, role, nip);
    }

    /** A named account (the name the records keep as the actor). */
    public HttpGraphQlTester as(String user, String role, @Nullable String nip) {
        Map<String, Object> claims = nip == null
                ? Map.of("organization", List.of(agency))
                : Map.of("organization", List.of(agency), "nip", nip);
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + Tokens.builder(user, role).claims(claims).mint())
                .build();
    }
}
