package id.meritasn.assessment;

import static id.meritasn.assessment.ScoreEngineTest.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.AssessmentInputs.Dated;
import id.meritasn.assessment.AssessmentInputs.RaterGroup;
import id.meritasn.assessment.AssessmentInputs.SkpInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The national default places the performance row by the SKP predikat (DOMAIN.md, correction of this wave). */
class PerformanceRowTest {

    /** The boxes of each row, read off PermenPANRB 3/2020's grid: 4 7 9 / 2 5 8 / 1 3 6. */
    static final Set<Integer> DI_ATAS = Set.of(4, 7, 9);

    static final Set<Integer> SESUAI = Set.of(2, 5, 8);
    static final Set<Integer> DI_BAWAH = Set.of(1, 3, 6);

    static AssessmentInputs with(
            SkpInput skp,
            List<Dated> awards,
            List<Dated> teams,
            int feedback,
            AssessmentInputs.@org.jspecify.annotations.Nullable DisciplineStatus discipline,
            LocalDate competencyAssessed,
            @org.jspecify.annotations.Nullable SkpInput previous) {
        AssessmentInputs in = ScoreEngineTest.complete();
        return new AssessmentInputs(
                skp,
                awards,
                teams,
                in.certificates(),
                ScoreEngineTest.raters(feedback, RaterGroup.PEER, 3),
                new AssessmentInputs.CompetencyInput(
                        in.competency().achieved(),
                        in.competency().standard(),
                        in.competency().evidence(),
                        competencyAssessed),
                in.potentialScore(),
                in.educationLevel(),
                in.fieldOfStudyFits(),
                discipline,
                in.experience(),
                in.lhkpnReported(),
                null,
                previous,
                true);
    }

    static AssessmentInputs plain(SkpInput skp) {
        return with(skp, List.of(), List.of(), 1, ScoreEngineTest.CLEAN, LocalDate.of(2026, 3, 1), null);
    }

    static AssessmentInputs decorated(SkpInput skp) {
        List<Dated> many = List.of(
                new Dated(AS_OF.minusMonths(1), "a"),
                new Dated(AS_OF.minusMonths(2), "b"),
                new Dated(AS_OF.minusMonths(3), "c"));
        return with(skp, many, many, 5, ScoreEngineTest.CLEAN, LocalDate.of(2026, 3, 1), null);
    }

    static SkpInput skp(Skp.Rating hasil, Skp.Rating perilaku) {
        return new SkpInput(hasil, perilaku, "e-Kinerja");
    }

    @Test
    void every_skp_combination_lands_in_the_row_its_predikat_names_with_or_without_reinforcing_evidence() {
        for (Skp.Rating hasil : Skp.Rating.values()) {
            for (Skp.Rating perilaku : Skp.Rating.values()) {
                Skp.Predikat predikat = Skp.predikat(hasil, perilaku);
                Set<Integer> row = switch (predikat) {
                    case SANGAT_BAIK -> DI_ATAS;
                    case BAIK -> SESUAI;
                    default -> DI_BAWAH;
                };
                for (AssessmentInputs in : List.of(plain(skp(hasil, perilaku)), decorated(skp(hasil, perilaku)))) {
                    ScoreEngine.Result result = ScoreEngine.score(in, Rubric.nationalDefault(), AS_OF);
                    assertThat(result.box())
                            .as(hasil + " x " + perilaku + " = " + predikat)
                            .isIn(row);
                    // the score agrees with the row: inside the band the performance cut-offs give that row
                    NineBox.Level level =
                            Rubric.nationalDefault().performance().cutoffs().level(result.performance());
                    assertThat(level).isEqualTo(PerformanceRow.row(predikat));
                }
            }
        }
    }

    @Test
    void an_ordinary_baik_without_awards_or_teams_is_sesuai_and_extras_order_people_inside_the_row() {
        SkpInput baik = skp(Skp.Rating.SESUAI_EKSPEKTASI, Skp.Rating.SESUAI_EKSPEKTASI);
        ScoreEngine.Result plain = ScoreEngine.score(plain(baik), Rubric.nationalDefault(), AS_OF);
        ScoreEngine.Result decorated = ScoreEngine.score(decorated(baik), Rubric.nationalDefault(), AS_OF);

        assertThat(plain.box()).isIn(SESUAI);
        assertThat(decorated.box()).isEqualTo(plain.box());
        assertThat(decorated.performance()).isGreaterThan(plain.performance()).isLessThan(BigDecimal.valueOf(80));
        assertThat(plain.explanation())
                .filteredOn(s -> s.indicator() == Indicator.SKP)
                .singleElement()
                .satisfies(s -> assertThat(s.raw()).contains("BAIK").contains("sesuai ekspektasi"));
        // under a purely weighted rubric the same person falls below 60: what agencies saw before
        Rubric weighted = Rubric.nationalDefault().withPerformance(ScoreEngineTest.WEIGHTED);
        assertThat(ScoreEngine.score(plain(baik), weighted, AS_OF).box()).isIn(DI_BAWAH);
    }

    @Test
    void a_baik_is_lifted_only_under_the_agencys_stated_rule() {
        SkpInput baik = skp(Skp.Rating.DI_ATAS_EKSPEKTASI, Skp.Rating.SESUAI_EKSPEKTASI);
        Rubric lifting = Rubric.nationalDefault()
                .withPerformance(new Rubric.Performance(
                        Rubric.Performance.Model.SKP_PREDIKAT, NineBox.Cutoffs.NATIONAL_DEFAULT, 90, 1));

        assertThat(ScoreEngine.score(decorated(baik), Rubric.nationalDefault(), AS_OF)
                        .box())
                .isIn(SESUAI);
        ScoreEngine.Result lifted = ScoreEngine.score(decorated(baik), lifting, AS_OF);
        assertThat(lifted.box()).isIn(DI_ATAS);
        assertThat(lifted.explanation())
                .filteredOn(s -> s.indicator() == Indicator.SKP)
                .singleElement()
                .satisfies(s -> assertThat(s.raw()).contains("diangkat"));
        assertThat(ScoreEngine.score(plain(baik), lifting, AS_OF).box()).isIn(SESUAI);
        // a lift never reaches a Butuh Perbaikan
        SkpInput weak = skp(Skp.Rating.DI_BAWAH_EKSPEKTASI, Skp.Rating.DI_ATAS_EKSPEKTASI);
        assertThat(ScoreEngine.score(decorated(weak), lifting, AS_OF).box()).isIn(DI_BAWAH);
    }

    @Test
    void with_two_years_of_skp_the_weaker_year_decides_and_a_single_year_still_maps() {
        Rubric twoYears = Rubric.nationalDefault()
                .withPerformance(new Rubric.Performance(
                        Rubric.Performance.Model.SKP_PREDIKAT, NineBox.Cutoffs.NATIONAL_DEFAULT, null, 2));
        SkpInput sangatBaik = skp(Skp.Rating.DI_ATAS_EKSPEKTASI, Skp.Rating.DI_ATAS_EKSPEKTASI);
        SkpInput butuhPerbaikan = skp(Skp.Rating.DI_BAWAH_EKSPEKTASI, Skp.Rating.SESUAI_EKSPEKTASI);
        SkpInput baik = skp(Skp.Rating.SESUAI_EKSPEKTASI, Skp.Rating.SESUAI_EKSPEKTASI);
        LocalDate fresh = LocalDate.of(2026, 3, 1);

        assertThat(ScoreEngine.score(
                                with(sangatBaik, List.of(), List.of(), 3, ScoreEngineTest.CLEAN, fresh, butuhPerbaikan),
                                twoYears,
                                AS_OF)
                        .box())
                .isIn(DI_BAWAH);
        assertThat(ScoreEngine.score(
                                with(baik, List.of(), List.of(), 3, ScoreEngineTest.CLEAN, fresh, sangatBaik),
                                twoYears,
                                AS_OF)
                        .box())
                .isIn(SESUAI);
        assertThat(ScoreEngine.score(
                                with(sangatBaik, List.of(), List.of(), 3, ScoreEngineTest.CLEAN, fresh, null),
                                twoYears,
                                AS_OF)
                        .box())
                .isIn(DI_ATAS);
        // one year (the national default) ignores the earlier year
        assertThat(ScoreEngine.score(
                                with(sangatBaik, List.of(), List.of(), 3, ScoreEngineTest.CLEAN, fresh, butuhPerbaikan),
                                Rubric.nationalDefault(),
                                AS_OF)
                        .box())
                .isIn(DI_ATAS);
    }

    @Test
    void no_discipline_status_is_missing_not_clean() {
        ScoreEngine.Result result = ScoreEngine.score(
                with(
                        skp(Skp.Rating.SESUAI_EKSPEKTASI, Skp.Rating.SESUAI_EKSPEKTASI),
                        List.of(),
                        List.of(),
                        3,
                        null,
                        LocalDate.of(2026, 3, 1),
                        null),
                Rubric.nationalDefault(),
                AS_OF);

        assertThat(result.mapped()).isFalse();
        assertThat(result.box()).isNull();
        assertThat(result.missing())
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("Discipline status"));
    }

    @Test
    void a_competency_result_older_than_its_validity_counts_as_missing_and_says_it_expired() {
        SkpInput baik = skp(Skp.Rating.SESUAI_EKSPEKTASI, Skp.Rating.SESUAI_EKSPEKTASI);
        // valid for 3 years before 2026-12-31: from 2023-12-31 on
        ScoreEngine.Result expired = ScoreEngine.score(
                with(baik, List.of(), List.of(), 3, ScoreEngineTest.CLEAN, LocalDate.of(2023, 12, 30), null),
                Rubric.nationalDefault(),
                AS_OF);
        ScoreEngine.Result edge = ScoreEngine.score(
                with(baik, List.of(), List.of(), 3, ScoreEngineTest.CLEAN, LocalDate.of(2023, 12, 31), null),
                Rubric.nationalDefault(),
                AS_OF);

        assertThat(expired.mapped()).isFalse();
        assertThat(expired.missing())
                .singleElement()
                .satisfies(m -> assertThat(m).contains("expired").contains("2023-12-30"));
        assertThat(edge.mapped()).isTrue();
    }

    @Test
    void a_rubric_stored_before_the_performance_rule_existed_is_read_as_the_weighted_rubric_it_was() {
        JsonMapper json = JsonMapper.builder().build();
        Rubric national = Rubric.nationalDefault();
        tools.jackson.databind.node.ObjectNode tree =
                (tools.jackson.databind.node.ObjectNode) json.valueToTree(national);
        tree.remove("performance");
        tree.remove("validity");
        String stored = json.writeValueAsString(tree);
        assertThat(stored).doesNotContain("performance").doesNotContain("validity");

        Rubric read = json.readValue(stored, Rubric.class);

        assertThat(read.performance().model()).isEqualTo(Rubric.Performance.Model.WEIGHTED);
        assertThat(read.performance().cutoffs()).isEqualTo(read.cutoffs());
        assertThat(read.validity()).isEqualTo(Rubric.Validity.NATIONAL_DEFAULT);
        // and the national default itself survives a round trip
        assertThat(json.readValue(json.writeValueAsString(national), Rubric.class)
                        .performance())
                .isEqualTo(national.performance());
    }
}
