package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.AgencyPeople;
import id.meritasn.support.PeriodSteps;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UnitDeclarations;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fairness monitor of a published map through the API: 15 men and 15 women with the boxes the test gives them;
 * the report's figures are those of the data, a group under four fifths of the best rate is flagged, the agency's
 * figures never reach another agency, and national oversight sees aggregates only.
 */
class FairnessIT extends PlatformIntegrationTest {

    static final String REPORT =
            "{ fairness(periodId: %s) { periodName minimumGroup groups { dimension group suppressed"
                    + " population pool poolRate flags boxes } } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_report_adds_up_the_data_flags_a_group_under_four_fifths_and_stays_with_its_agency() {
        AgencyPeople a = AgencyPeople.provision(graphQl, provisioning, "adil");
        HttpGraphQlTester admin = a.as("tenant-admin", null);
        admin.document(
                        "mutation { saveUnit(input: {code: \"SETDA\", name: \"Sekretariat Daerah\"}) { unit { code } } }")
                .execute();
        String period = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"})"
                                + " { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
        // men: 8 of 15 in boxes 7-9; women: 4 of 15 (26.7% against 53.3%: under four fifths)
        List<String> menInPool = new ArrayList<>();
        List<String> womenInPool = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            boolean woman = i > 15;
            String nip = "19850101201003" + (woman ? "2" : "1") + String.format("%03d", i);
            admin.document(
                            "mutation { createEmployee(input: {nip: \"" + nip + "\", name: \"Pegawai " + i
                                    + "\", golongan:"
                                    + " \"III/b\", golonganTmt: \"2020-04-01\", unitCode: \"SETDA\"}) { errors { __typename } } }")
                    .execute()
                    .path("createEmployee.errors")
                    .entityList(Object.class)
                    .hasSize(0);
            int rank = woman ? i - 15 : i;
            int box = rank <= (woman ? 4 : 8) ? 7 + rank % 3 : 1 + rank % 6;
            (woman ? womenInPool : menInPool).addAll(box >= 7 ? List.of(nip) : List.of());
            jdbc.update(
                    "INSERT INTO t_" + a.agency() + ".talent_result (period_id, nip, version, rubric_version, mapped,"
                            + " missing, potential, performance, box, explanation, result_hash) VALUES (?, ?, 1, 0, true, '[]', 70,"
                            + " 70, ?, '[]', 'fixture')",
                    Long.parseLong(period),
                    nip,
                    box);
        }
        UnitDeclarations.declareAll(admin, period);
        PeriodSteps.publish(admin, period);

        var report = a.as("talent-committee", null)
                .document(REPORT.formatted(period))
                .execute();
        report.path("fairness.periodName")
                .entity(String.class)
                .isEqualTo("2026")
                .path("fairness.groups[?(@.group == 'Laki-laki')].pool")
                .entityList(Integer.class)
                .containsExactly(menInPool.size())
                .path("fairness.groups[?(@.group == 'Perempuan')].pool")
                .entityList(Integer.class)
                .containsExactly(womenInPool.size())
                .path("fairness.groups[?(@.group == 'Perempuan')].flags[*]")
                .entityList(String.class)
                .contains("POOL")
                .path("fairness.groups[?(@.group == 'Laki-laki')].flags[*]")
                .entityList(String.class)
                .doesNotContain("POOL")
                .path("fairness.groups[?(@.dimension == 'AGENCY')].population")
                .entityList(Integer.class)
                .containsExactly(30)
                // born 1985: 41 on the period's date, one band of thirty
                .path("fairness.groups[?(@.dimension == 'AGE_BAND')].group")
                .entityList(String.class)
                .containsExactly("40-49");
        List<Integer> agencyBoxes = report.path("fairness.groups[?(@.dimension == 'AGENCY')].boxes[*]")
                .entityList(Integer.class)
                .get();
        assertThat(agencyBoxes.subList(6, 9).stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(menInPool.size() + womenInPool.size());

        for (String role : List.of("assessor", "employee")) {
            a.as(role, null)
                    .document(REPORT.formatted(period))
                    .execute()
                    .errors()
                    .satisfy(e -> assertThat(e)
                            .singleElement()
                            .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
        // another agency's committee asks for the same period id: it reads its own agency, where there is none
        AgencyPeople b = AgencyPeople.provision(graphQl, provisioning, "adilb");
        b.as("talent-committee", null)
                .document(REPORT.formatted(period))
                .execute()
                .path("fairness.groups")
                .entityList(Object.class)
                .hasSize(0);

        // national oversight: aggregates of every agency's newest published period, by gender and age band only
        HttpGraphQlTester oversight = graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + Tokens.builder("bkn", "national-oversight").mint())
                .build();
        var national = oversight
                .document("{ nationalFairness { agencies agenciesWithData groups { dimension group"
                        + " population } flagged { dimension group stage agencies } } }")
                .execute();
        national.path("nationalFairness.groups[*].dimension")
                .entityList(String.class)
                .doesNotContain("UNIT", "RANK")
                .contains("GENDER");
        assertThat(national.path("nationalFairness.agenciesWithData")
                        .entity(Integer.class)
                        .get())
                .isPositive();
        national.path("nationalFairness.flagged[?(@.group == 'Perempuan' && @.stage == 'POOL')].agencies")
                .entityList(Integer.class)
                .satisfies(n -> assertThat(n)
                        .singleElement()
                        .satisfies(x -> assertThat(x).isPositive()));
        admin.document("{ nationalFairness { agencies } }")
                .execute()
                .errors()
                .satisfy(e -> assertThat(e)
                        .singleElement()
                        .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }
}
