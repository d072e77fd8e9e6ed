package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.employee.DemoData;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.AgencyPeople;
import id.meritasn.support.PlatformIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** An agency out to its archive and back, compared table by table with what it was; and what a restore refuses. */
class AgencyArchiveIT extends PlatformIntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    AgencyArchive archive;

    @Autowired
    AgencyRestore restore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    AgencyPeople people;
    String key;

    @BeforeEach
    void agencyWithData() {
        people = AgencyPeople.provision(graphQl, provisioning, "arsip");
        key = people.agency();
        DemoData.fill(context, key, 80, LocalDate.of(2026, 12, 1), 20);
        people.as("tenant-admin", null)
                .document("mutation { setAgencyPolicy(input: {name: \"succession.slateSize\","
                        + " valueJson: \"4\", reason: \"uji arsip\"}) { errors { __typename } } }")
                .execute()
                .path("setAgencyPolicy.errors")
                .entityList(Object.class)
                .hasSize(0);
    }

    byte[] exported() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        SystemActor.callAsPlatform(() -> archive.export(key, file, "test"));
        return file.toByteArray();
    }

    Outcome<Tenant, ProvisioningProblem> restored(byte[] file) {
        return SystemActor.callAsPlatform(() -> restore.restore(new ByteArrayInputStream(file), "test"));
    }

    /** Removes the agency as if this were another platform instance that never had it. */
    void remove() {
        jdbc.update("DELETE FROM platform.audit_event WHERE tenant_key = ?", key);
        jdbc.execute("DROP SCHEMA t_" + key + " CASCADE");
        jdbc.update("DELETE FROM platform.tenant WHERE key = ?", key);
    }

    /** Every table of the agency (count and a hash of every row), its registry row and its audit trail. */
    Map<String, String> fingerprint() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                        + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'databasechangelog%' ORDER BY 1",
                String.class, "t_" + key)) {
            tables.put(
                    table,
                    jdbc.queryForObject(
                            "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY"
                                    + " t::text)), '') FROM t_" + key + ".\"" + table + "\" t",
                            String.class));
        }
        tables.put(
                "platform.tenant",
                jdbc.queryForObject(
                        "SELECT row(key, display_name, kind, region, parent_key, status,"
                                + " schema_name, schema_version, shard_id, created_at)::text FROM platform.tenant WHERE key = ?",
                        String.class,
                        key));
        tables.put(
                "platform.audit_event",
                String.join(
                        "|",
                        jdbc.queryForList(
                                "SELECT row(occurred_at, actor, action,"
                                        + " detail)::text FROM platform.audit_event WHERE tenant_key = ? AND action <> 'tenant.restored'"
                                        + " ORDER BY id",
                                String.class,
                                key)));
        return tables;
    }

    @Test
    void an_agency_round_trips_through_its_archive_and_goes_on_working() {
        Map<String, String> before = fingerprint();
        assertThat(before.get("employee")).doesNotStartWith("0:");
        byte[] file = exported();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM platform.audit_event WHERE tenant_key = ? AND action ="
                                + " 'tenant.exported' AND actor = 'test'",
                        Integer.class,
                        key))
                .isOne();
        // without an identity server to ask (no Keycloak here), the archive says it holds no members
        assertThat(entry(file, AgencyArchive.MEMBERS)).isEqualTo("{\"included\":false,\"usernames\":[]}");
        remove();

        assertThat(restored(file)).isInstanceOf(Outcome.Done.class);

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM platform.audit_event WHERE tenant_key = ? AND action ="
                                + " 'tenant.restored'",
                        Integer.class,
                        key))
                .isOne();
        // identities continue after the copied rows: new writes do not collide with restored ones
        people.as("tenant-admin", null)
                .document("mutation { saveUnit(input: {code: \"BARU\", name: \"Unit baru\"})" + " { unit { code } } }")
                .execute()
                .path("saveUnit.unit.code")
                .entity(String.class)
                .isEqualTo("BARU");
        people.as("tenant-admin", null)
                .document("mutation { addHistoryEntry(input: {nip: \"" + anyNip() + "\","
                        + " kind: TRAINING, name: \"Diklat arsip\", detail: \"BKPSDM\", date: \"2026-01-09\", number: 30})"
                        + " { errors { __typename } } }")
                .execute()
                .path("addHistoryEntry.errors")
                .entityList(Object.class)
                .hasSize(0);
    }

    static String entry(byte[] file, String name) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError("The archive has no " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String anyNip() {
        return jdbc.queryForObject("SELECT min(nip) FROM t_" + key + ".employee", String.class);
    }

    @Test
    void a_restore_refuses_a_key_in_use_a_damaged_archive_and_another_schema_version_and_writes_nothing() {
        byte[] file = exported();
        var inUse = restored(file);
        assertThat(inUse).isInstanceOf(Outcome.Refused.class);
        assertThat(inUse.problems())
                .extracting(ProvisioningProblem::code)
                .contains(ProvisioningProblem.Code.ALREADY_EXISTS);

        remove();
        byte[] damaged = Arrays.copyOf(file, file.length * 2 / 3);
        assertThatThrownBy(() -> restored(damaged)).isInstanceOf(AgencyArchive.ArchiveInvalid.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, key))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                        Integer.class,
                        "t_" + key))
                .isZero();

        byte[] notAnArchive = "NIP,NAMA\n1,x\n".getBytes();
        assertThatThrownBy(() -> restored(notAnArchive))
                .isInstanceOf(AgencyArchive.ArchiveInvalid.class)
                .hasMessageContaining("manifest.json");
    }

    @Test
    void only_platform_admins_export_or_restore() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_TENANT_ADMIN", "AGENCY_" + key)));
        try {
            assertThatThrownBy(() -> archive.export(key, new ByteArrayOutputStream(), "admin"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> restore.restore(new ByteArrayInputStream(new byte[0]), "admin"))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
