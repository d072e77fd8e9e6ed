package id.meritasn.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.employee.Nip;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.tenancy.TenantKind;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national data generator at the {@code small} scale, in the test database: what it writes (counts, valid and
 * nationally unique NIPs, the shape of the population, SKP mostly Baik, a published period), that the same seed gives
 * the same data, and that a run interrupted in the middle of an agency is completed by the next run. The national and
 * agency scales are checked as plans here; loading them is {@code ops/generate}'s job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalGeneratorIT extends PlatformIntegrationTest {

    static final long SEED = 2026;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    List<AgencyPlan> first;
    String suffix = Long.toHexString(System.nanoTime()).substring(6);

    @BeforeAll
    void generateOnce() throws Exception {
        first = Scale.SMALL.plan(SEED, "ga" + suffix + "_");
        NationalGenerator.Run run = new NationalGenerator(context, 2, false).generate(first, "small");
        assertThat(run.skipped()).isZero();
    }

    @Test
    void the_national_plan_has_600_agencies_and_4_3_million_employees_in_a_long_tail() {
        List<AgencyPlan> plan = Scale.NATIONAL.plan(SEED, "");
        int[] sizes = plan.stream().mapToInt(AgencyPlan::employees).sorted().toArray();
        assertThat(plan).hasSize(600);
        assertThat(Arrays.stream(sizes).asLongStream().sum()).isEqualTo(4_300_000L);
        assertThat(sizes[sizes.length - 1]).isEqualTo(60_000);
        assertThat(sizes[0]).isGreaterThanOrEqualTo(150);
        // long tail: the median agency is well under the mean, and the largest tenth holds over a quarter
        assertThat(sizes[300]).isLessThan(4_300_000 / 600 * 9 / 10);
        long top = Arrays.stream(sizes, 540, 600).asLongStream().sum();
        assertThat(top).isGreaterThan(4_300_000L / 4);
        Map<TenantKind, Long> kinds =
                plan.stream().collect(Collectors.groupingBy(AgencyPlan::kind, Collectors.counting()));
        assertThat(kinds)
                .containsEntry(TenantKind.KEMENTERIAN, 34L)
                .containsEntry(TenantKind.PROVINSI, 38L)
                .containsEntry(TenantKind.KOTA, 82L)
                .containsEntry(TenantKind.LEMBAGA, 30L)
                .containsEntry(TenantKind.KABUPATEN, 416L);
        assertThat(plan.stream().map(AgencyPlan::key).distinct()).hasSize(600);
        assertThat(Scale.NATIONAL.plan(SEED, "")).isEqualTo(plan);
        assertThat(Scale.NATIONAL.plan(SEED + 1, "")).isNotEqualTo(plan);
        assertThat(Scale.AGENCY.plan(SEED, ""))
                .singleElement()
                .extracting(AgencyPlan::employees)
                .isEqualTo(60_000);
    }

    @Test
    void every_agency_holds_its_planned_employees_with_histories_inputs_and_a_published_map() {
        for (AgencyPlan agency : first) {
            String t = "t_" + agency.key();
            assertThat(count("SELECT count(*) FROM " + t + ".employee WHERE status = 'ACTIVE'"))
                    .isEqualTo(agency.employees());
            assertThat(count("SELECT count(DISTINCT nip) FROM " + t + ".rank_history"))
                    .isEqualTo(agency.employees());
            assertThat(count("SELECT count(DISTINCT nip) FROM " + t + ".education_history"))
                    .isEqualTo(agency.employees());
            assertThat(count("SELECT count(DISTINCT nip) FROM " + t + ".position_history"))
                    .isEqualTo(agency.employees());
            assertThat(count("SELECT count(*) FROM " + t + ".assessment_input")).isEqualTo(5L * agency.employees());
            assertThat(count("SELECT count(*) FROM " + t + ".mobility_consent")).isEqualTo(agency.employees());
            assertThat(jdbc.queryForObject("SELECT status FROM " + t + ".assessment_period", String.class))
                    .isEqualTo("PUBLISHED");
            assertThat(count("SELECT count(DISTINCT nip) FROM " + t + ".talent_result WHERE mapped"))
                    .isEqualTo(agency.employees());
            // every foreign key holds although the bulk load skipped the per-row checks
            assertThat(count("SELECT count(*) FROM " + t + ".employee e LEFT JOIN " + t
                            + ".jabatan j ON j.id = e.jabatan_id" + " LEFT JOIN " + t
                            + ".unit_kerja u ON u.id = e.unit_id WHERE j.id IS NULL OR u.id IS NULL"))
                    .isZero();
            assertThat(count("SELECT count(*) FROM " + t + ".jabatan j WHERE NOT EXISTS (SELECT 1 FROM " + t
                            + ".competency_standard s WHERE s.jabatan_id = j.id)"))
                    .isZero();
        }
    }

    @Test
    void nips_are_valid_and_unique_across_all_agencies() {
        Set<String> seen = new HashSet<>();
        for (AgencyPlan agency : first) {
            for (String nip : jdbc.queryForList("SELECT nip FROM t_" + agency.key() + ".employee", String.class)) {
                Nip parsed = Nip.parse(nip, YearMonth.from(NationalGenerator.TODAY)); // throws on an invalid NIP
                assertThat(parsed.sequence()).isEqualTo(agency.number());
                assertThat(seen.add(nip)).as("NIP %s appears twice", nip).isTrue();
            }
        }
        assertThat(seen).hasSize(1_500);
    }

    @Test
    void ranks_ages_education_and_skp_resemble_the_asn_population() {
        String all = first.stream()
                .map(a -> "SELECT * FROM t_" + a.key() + ".employee")
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, Long> group = jdbc
                .queryForList("SELECT split_part(golongan, '/', 1) g, count(*) n FROM (" + all + ") e GROUP BY 1")
                .stream()
                .collect(Collectors.toMap(r -> (String) r.get("g"), r -> (Long) r.get("n")));
        assertThat(group.get("III")).isGreaterThan(group.get("II")).isGreaterThan(group.getOrDefault("I", 0L));
        assertThat(group.get("III")).isGreaterThan(group.get("IV"));
        assertThat(group.get("IV")).isBetween(150L, 600L);
        double older = count("SELECT count(*) FROM (" + all + ") e WHERE birth_date <= DATE '1980-12-01'") / 1500.0;
        assertThat(older).as("share aged 46 or more").isBetween(0.35, 0.65);
        assertThat(count("SELECT count(*) FROM (" + all + ") e WHERE birth_date > DATE '2001-12-01'"))
                .isLessThan(150);
        String education = first.stream()
                .map(a -> "SELECT level FROM t_" + a.key() + ".education_history")
                .collect(Collectors.joining(" UNION ALL "));
        double s1 = count("SELECT count(*) FROM (" + education + ") e WHERE level IN ('S1', 'D4')") / 1500.0;
        assertThat(s1).as("share with S1/D4").isBetween(0.45, 0.75);
        String skp = first.stream()
                .map(a -> "SELECT payload FROM t_" + a.key() + ".assessment_input WHERE kind = 'SKP'")
                .collect(Collectors.joining(" UNION ALL "));
        long baik = count("SELECT count(*) FROM (" + skp + ") s WHERE (payload->>'perilakuKerja' = 'SESUAI_EKSPEKTASI'"
                + " AND payload->>'hasilKerja' <> 'DI_BAWAH_EKSPEKTASI') OR (payload->>'perilakuKerja' = 'DI_ATAS_EKSPEKTASI'"
                + " AND payload->>'hasilKerja' = 'SESUAI_EKSPEKTASI')");
        assertThat(baik / 1500.0).as("share rated Baik").isBetween(0.6, 0.95);
    }

    @Test
    void the_same_seed_gives_the_same_data() throws Exception {
        List<AgencyPlan> again = Scale.SMALL.plan(SEED, "gb" + suffix + "_");
        new NationalGenerator(context, 2, false).generate(again, "small");
        for (int i = 0; i < first.size(); i++) {
            assertThat(fingerprint(again.get(i).key()))
                    .isEqualTo(fingerprint(first.get(i).key()));
        }
    }

    @Test
    void a_run_interrupted_inside_an_agency_is_completed_by_the_next_run() throws Exception {
        List<AgencyPlan> plan = Scale.SMALL.plan(SEED, "gc" + suffix + "_");
        NationalGenerator interrupted = new NationalGenerator(context, 1, false);
        interrupted.afterRecords = agency -> {
            if (agency.number() == 3) {
                throw new IllegalStateException("interrupted");
            }
        };
        assertThatThrownBy(() -> interrupted.generate(plan, "small")).hasMessage("interrupted");
        String broken = plan.get(2).key();
        assertThat(count("SELECT count(*) FROM t_" + broken + ".employee"))
                .isEqualTo(plan.get(2).employees());
        assertThat(count("SELECT count(*) FROM public.meritasn_generator WHERE agency LIKE 'gc" + suffix + "%'"))
                .isEqualTo(2);

        NationalGenerator.Run resumed = new NationalGenerator(context, 1, false).generate(plan, "small");
        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM public.meritasn_generator WHERE agency LIKE 'gc" + suffix + "%'"))
                .isEqualTo(5);
        for (int i = 0; i < plan.size(); i++) {
            assertThat(fingerprint(plan.get(i).key()))
                    .isEqualTo(fingerprint(first.get(i).key()));
        }
        assertThat(new NationalGenerator(context, 1, false)
                        .generate(plan, "small")
                        .skipped())
                .isEqualTo(5);
    }

    /** What must not differ between two runs: every employee row, the histories and the computed boxes. */
    private String fingerprint(String key) {
        String t = "t_" + key;
        return jdbc.queryForObject(
                "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM ("
                        + "SELECT concat_ws(',', nip, e.name, golongan, golongan_tmt, j.code, u.code, retirement_date) x FROM "
                        + t
                        + ".employee e JOIN " + t + ".jabatan j ON j.id = e.jabatan_id JOIN " + t
                        + ".unit_kerja u ON u.id = e.unit_id"
                        + " UNION ALL SELECT concat_ws(',', nip, golongan, tmt) FROM " + t + ".rank_history"
                        + " UNION ALL SELECT concat_ws(',', nip, level, field, graduation_year) FROM " + t
                        + ".education_history"
                        + " UNION ALL SELECT concat_ws(',', nip, name, start_date) FROM " + t + ".team_assignment"
                        + " UNION ALL SELECT concat_ws(',', nip, kind, payload::text) FROM " + t + ".assessment_input"
                        + " UNION ALL SELECT concat_ws(',', nip, box, potential, performance) FROM " + t
                        + ".talent_result) f",
                String.class);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
