package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.assessment.AssessmentInputs.Dated;
import id.meritasn.assessment.AssessmentInputs.FeedbackGroup;
import id.meritasn.assessment.AssessmentInputs.RaterGroup;
import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import id.meritasn.employee.RelatedExperience;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreEngineTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    static final Rubric.Performance WEIGHTED =
            new Rubric.Performance(Rubric.Performance.Model.WEIGHTED, NineBox.Cutoffs.NATIONAL_DEFAULT, null, 1);
    static final Rubric.Performance WEIGHTED_STRICT = new Rubric.Performance(
            Rubric.Performance.Model.WEIGHTED,
            new NineBox.Cutoffs(BigDecimal.valueOf(70), BigDecimal.valueOf(90)),
            null,
            1);
    static final AssessmentInputs.DisciplineStatus CLEAN = new AssessmentInputs.DisciplineStatus(
            Rubric.DisciplineLevel.NONE, "pernyataan tidak ada hukuman disiplin: surat kepala unit");
    static final List<JobPersonMatch.Requirement> STANDARD = List.of(
            new JobPersonMatch.Requirement("integritas", 4),
            new JobPersonMatch.Requirement("kerja_sama", 4),
            new JobPersonMatch.Requirement("perekat_bangsa", 2));

    /** {@code count} raters of the group, each answering {@code score}. */
    static List<FeedbackGroup> raters(int score, RaterGroup group, int count) {
        return List.of(new FeedbackGroup(group, count, score * count));
    }

    static AssessmentInputs complete() {
        return new AssessmentInputs(
                new AssessmentInputs.SkpInput(
                        Skp.Rating.DI_ATAS_EKSPEKTASI, Skp.Rating.DI_ATAS_EKSPEKTASI, "e-Kinerja 2026"),
                List.of(new Dated(LocalDate.of(2024, 8, 17), "SK penghargaan 1")),
                List.of(new Dated(LocalDate.of(2026, 3, 1), "SK tim 7")),
                List.of(new Dated(LocalDate.of(2023, 5, 1), "sertifikat 12")),
                raters(4, RaterGroup.PEER, 3),
                new AssessmentInputs.CompetencyInput(
                        Map.of("integritas", 4, "kerja_sama", 4, "perekat_bangsa", 2),
                        STANDARD,
                        "laporan asesmen 2026",
                        LocalDate.of(2026, 3, 1)),
                new AssessmentInputs.Evidenced(BigDecimal.valueOf(85), "Profiling ASN 2026"),
                "S2",
                new AssessmentInputs.FieldFit(true, "ijazah S2"),
                CLEAN,
                RelatedExperience.of(
                        List.of(new PositionHistoryEntry(
                                "Kepala Bagian", "ADMINISTRATOR", "Setda", LocalDate.of(2020, 1, 1), null)),
                        AS_OF),
                true,
                null,
                null,
                true);
    }

    @Test
    void a_complete_record_is_mapped_and_every_point_is_explained_down_to_its_evidence() {
        ScoreEngine.Result result = ScoreEngine.score(complete(), Rubric.nationalDefault(), AS_OF);

        assertThat(result.mapped()).isTrue();
        // performance: Sangat Baik places the row di atas (floor 80); the reinforcing indicators fill the 20-point
        // band by their weights: awards 70*15 + teams 70*15 + 360 80*10 over 40 = 72.5 of 100, so 80 + 14.5
        assertThat(result.performance()).isEqualByComparingTo("94.50");
        // potential: JPM 100*20% + 1 certificate 70*10% + 6 years 100*10% + 85*25% + S2 90*10% + fit 100*10%
        // + no discipline 100*15% = 20 + 7 + 10 + 21.25 + 9 + 10 + 15
        assertThat(result.potential()).isEqualByComparingTo("92.25");
        assertThat(result.box()).isEqualTo(9);
        assertThat(result.recommendedActions()).contains("Dipromosikan dan dipertahankan");
        assertThat(result.predikat()).isEqualTo(Skp.Predikat.SANGAT_BAIK);
        assertThat(result.explanation())
                .allSatisfy(s -> assertThat(s.evidence()).isNotBlank());
        BigDecimal sum = result.explanation().stream()
                .map(ScoreEngine.IndicatorScore::contribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(result.performance().add(result.potential()));
        assertThat(result.explanation())
                .filteredOn(s -> s.indicator() == Indicator.AWARDS)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.raw()).startsWith("1 since 2021-12-31");
                    assertThat(s.evidence()).isEqualTo("SK penghargaan 1");
                });
    }

    @Test
    void an_award_five_years_and_one_day_ago_does_not_count_one_exactly_five_years_ago_does() {
        var old = withAwards(List.of(new Dated(AS_OF.minusYears(5).minusDays(1), "terlalu lama")));
        var edge = withAwards(List.of(new Dated(AS_OF.minusYears(5), "tepat lima tahun")));

        assertThat(indicator(old, Indicator.AWARDS).raw()).startsWith("0 ");
        assertThat(indicator(edge, Indicator.AWARDS).raw()).startsWith("1 ");
    }

    @Test
    void team_assignments_count_for_two_years() {
        var in = complete();
        var teams = new AssessmentInputs(
                in.skp(),
                in.awards(),
                List.of(new Dated(AS_OF.minusYears(2).minusDays(1), "lama"), new Dated(AS_OF.minusYears(2), "baru")),
                in.certificates(),
                in.feedback360(),
                in.competency(),
                in.potentialScore(),
                in.educationLevel(),
                in.fieldOfStudyFits(),
                in.discipline(),
                in.experience(),
                in.lhkpnReported(),
                in.community(),
                null,
                in.servesPublic());

        assertThat(indicator(teams, Indicator.TEAM_ASSIGNMENTS).raw()).startsWith("1 ");
    }

    @Test
    void missing_required_data_means_not_mapped_yet_with_the_list_and_no_guessed_box() {
        var in = complete();
        var incomplete = new AssessmentInputs(
                null,
                in.awards(),
                in.teamAssignments(),
                in.certificates(),
                List.of(),
                null,
                null,
                in.educationLevel(),
                null,
                in.discipline(),
                in.experience(),
                in.lhkpnReported(),
                null,
                null,
                in.servesPublic());

        ScoreEngine.Result result = ScoreEngine.score(incomplete, Rubric.nationalDefault(), AS_OF);

        assertThat(result.mapped()).isFalse();
        assertThat(result.box()).isNull();
        assertThat(result.potential()).isNull();
        assertThat(result.missing())
                .hasSize(5)
                .anySatisfy(m -> assertThat(m).startsWith("SKP"))
                .anySatisfy(m -> assertThat(m).startsWith("Competency"))
                .anySatisfy(m -> assertThat(m).startsWith("Potential"))
                .anySatisfy(m -> assertThat(m).startsWith("360"))
                .anySatisfy(m -> assertThat(m).startsWith("Whether the field"));
    }

    @Test
    void rater_groups_below_the_minimum_are_suppressed_entirely() {
        var in = complete();
        List<FeedbackGroup> feedback = new ArrayList<>(raters(5, RaterGroup.PEER, 3));
        feedback.addAll(raters(1, RaterGroup.SUBORDINATE, 2)); // two subordinates: could be identified, left out
        var withSmallGroup = new AssessmentInputs(
                in.skp(),
                in.awards(),
                in.teamAssignments(),
                in.certificates(),
                feedback,
                in.competency(),
                in.potentialScore(),
                in.educationLevel(),
                in.fieldOfStudyFits(),
                in.discipline(),
                in.experience(),
                in.lhkpnReported(),
                in.community(),
                null,
                in.servesPublic());

        ScoreEngine.IndicatorScore score = indicator(withSmallGroup, Indicator.FEEDBACK_360);

        assertThat(score.scaled()).isEqualByComparingTo("100.00");
        assertThat(score.raw()).contains("PEER").doesNotContain("SUBORDINATE");
    }

    @Test
    void the_360_mean_is_shown_with_two_decimals_rounded_half_up() {
        var in = complete();
        // peers 4, 4, 5 (4.333...) and superiors 4, 4, 4, 5, 5, 5, 5, 5 (4.625): the mean of groups is 4.4791666...
        List<FeedbackGroup> feedback = new ArrayList<>(raters(4, RaterGroup.PEER, 2));
        feedback.addAll(raters(5, RaterGroup.PEER, 1));
        feedback.addAll(raters(4, RaterGroup.SUPERIOR, 3));
        feedback.addAll(raters(5, RaterGroup.SUPERIOR, 5));
        // and a mean exactly on the half: 4.125 from groups of 4.0 and 4.25
        List<FeedbackGroup> half = new ArrayList<>(raters(4, RaterGroup.PEER, 3));
        half.addAll(raters(4, RaterGroup.SUPERIOR, 3));
        half.addAll(raters(5, RaterGroup.SUPERIOR, 1));

        assertThat(indicator(withFeedback(in, feedback), Indicator.FEEDBACK_360).raw())
                .isEqualTo("4.48 of 5 ([SUPERIOR, PEER])");
        assertThat(indicator(withFeedback(in, half), Indicator.FEEDBACK_360).raw())
                .isEqualTo("4.13 of 5 ([SUPERIOR, PEER])");
    }

    private static AssessmentInputs withFeedback(AssessmentInputs in, List<FeedbackGroup> feedback) {
        return new AssessmentInputs(
                in.skp(),
                in.awards(),
                in.teamAssignments(),
                in.certificates(),
                feedback,
                in.competency(),
                in.potentialScore(),
                in.educationLevel(),
                in.fieldOfStudyFits(),
                in.discipline(),
                in.experience(),
                in.lhkpnReported(),
                in.community(),
                null,
                in.servesPublic());
    }

    @Test
    void community_input_counts_only_where_the_rubric_weighs_it_and_only_from_enough_approved_submissions() {
        Rubric national = Rubric.nationalDefault();
        Rubric permata = permata();

        // off in the national default: submissions, if any, change nothing
        assertThat(ScoreEngine.score(
                                withCommunity(new AssessmentInputs.Community(9, new BigDecimal("1.00"))),
                                national.withPerformance(WEIGHTED),
                                AS_OF)
                        .performance())
                .isEqualByComparingTo("89.00");
        // weighed but only two approved: not mapped yet, no guessed box
        ScoreEngine.Result tooFew = ScoreEngine.score(
                withCommunity(new AssessmentInputs.Community(2, new BigDecimal("5.00"))), permata, AS_OF);
        assertThat(tooFew.mapped()).isFalse();
        assertThat(tooFew.missing()).containsExactly("Community input: at least 3 approved submissions (2 so far)");
        // three approved with mean 3.00 = 60: 360 (80) and community (60) at 5% each instead of 360 alone at 10%
        ScoreEngine.Result counted = ScoreEngine.score(
                withCommunity(new AssessmentInputs.Community(3, new BigDecimal("3.00"))), permata, AS_OF);
        assertThat(counted.performance()).isEqualByComparingTo("88.00");
        assertThat(counted.explanation())
                .filteredOn(s -> s.indicator() == Indicator.COMMUNITY)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.raw()).isEqualTo("3.00 of 5 (3 approved)");
                    assertThat(s.contribution()).isEqualByComparingTo("3.00");
                });
    }

    @Test
    void a_position_that_does_not_serve_the_public_is_scored_without_community_input_and_never_waits_for_it() {
        Rubric permata = permata();
        var in = complete();
        var backOffice = new AssessmentInputs(
                in.skp(),
                in.awards(),
                in.teamAssignments(),
                in.certificates(),
                in.feedback360(),
                in.competency(),
                in.potentialScore(),
                in.educationLevel(),
                in.fieldOfStudyFits(),
                in.discipline(),
                in.experience(),
                in.lhkpnReported(),
                null,
                null,
                false);

        ScoreEngine.Result weighted = ScoreEngine.score(backOffice, permata, AS_OF);
        assertThat(weighted.mapped()).isTrue();
        // SKP 100*60 + awards 70*15 + teams 70*15 + 360 80*5, over the 95 points that apply: 8500 / 95 = 89.47
        assertThat(weighted.performance()).isEqualByComparingTo("89.47");
        assertThat(weighted.explanation())
                .filteredOn(s -> s.indicator() == Indicator.COMMUNITY)
                .singleElement()
                .satisfies(s -> assertThat(s.raw()).startsWith("tidak berlaku"));
        BigDecimal performanceParts = weighted.explanation().stream()
                .filter(s -> s.indicator().axis() == Indicator.Axis.PERFORMANCE)
                .map(ScoreEngine.IndicatorScore::contribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(performanceParts)
                .isCloseTo(weighted.performance(), org.assertj.core.data.Offset.offset(new BigDecimal("0.03")));
        // in the SKP model the row is the SKP's, with or without community input
        Rubric skpModel = permata.withPerformance(Rubric.nationalDefault().performance());
        assertThat(ScoreEngine.score(backOffice, skpModel, AS_OF).box()).isEqualTo(9);
    }

    /** Jakarta Pusat's weights (360 5, community 5) in the weighted model. */
    private static Rubric permata() {
        Rubric national = Rubric.nationalDefault();
        Map<Indicator, Integer> weights = new HashMap<>(national.weights());
        weights.put(Indicator.FEEDBACK_360, 5);
        weights.put(Indicator.COMMUNITY, 5);
        return new Rubric(
                weights,
                national.skpScale(),
                national.educationScale(),
                national.disciplineScale(),
                national.countScale(),
                national.yearsScale(),
                100,
                50,
                5,
                2,
                5,
                3,
                national.cutoffs(),
                WEIGHTED,
                null);
    }

    private static AssessmentInputs withCommunity(AssessmentInputs.Community community) {
        var in = complete();
        return new AssessmentInputs(
                in.skp(),
                in.awards(),
                in.teamAssignments(),
                in.certificates(),
                in.feedback360(),
                in.competency(),
                in.potentialScore(),
                in.educationLevel(),
                in.fieldOfStudyFits(),
                in.discipline(),
                in.experience(),
                in.lhkpnReported(),
                community,
                null,
                in.servesPublic());
    }

    @Test
    void a_rubric_whose_axis_does_not_sum_to_100_is_refused_naming_the_axis() {
        Rubric national = Rubric.nationalDefault();
        Map<Indicator, Integer> weights = new HashMap<>(national.weights());
        weights.put(Indicator.POTENTIAL, 20);
        Rubric broken = new Rubric(
                weights,
                national.skpScale(),
                national.educationScale(),
                national.disciplineScale(),
                national.countScale(),
                national.yearsScale(),
                100,
                50,
                5,
                2,
                5,
                3,
                national.cutoffs(),
                WEIGHTED,
                null);

        assertThat(national.problems()).isEmpty();
        assertThat(broken.problems())
                .containsExactly(new RubricProblem(
                        "axis.POTENTIAL", "AXIS_SUM", "95", "The weights of axis POTENTIAL sum to 95, not 100."));
        assertThatThrownBy(() -> ScoreEngine.score(complete(), broken, AS_OF))
                .hasMessageContaining("POTENTIAL sum to 95");
    }

    @Test
    void boxes_follow_the_agency_cut_offs() {
        Rubric national = Rubric.nationalDefault();
        Rubric strict = new Rubric(
                national.weights(),
                national.skpScale(),
                national.educationScale(),
                national.disciplineScale(),
                national.countScale(),
                national.yearsScale(),
                100,
                50,
                5,
                2,
                5,
                3,
                new NineBox.Cutoffs(BigDecimal.valueOf(70), BigDecimal.valueOf(90)),
                WEIGHTED_STRICT,
                null);

        // weighted: performance 89 is high at 80, middle under the stricter 90; potential 92.25 stays high at 90
        assertThat(ScoreEngine.score(complete(), strict.withPerformance(WEIGHTED), AS_OF)
                        .box())
                .isEqualTo(9);
        assertThat(ScoreEngine.score(complete(), strict, AS_OF).box()).isEqualTo(8);
        // the potential axis has its own cut-offs: 92.25 is middle when high starts at 95
        Rubric potentialStrict =
                national.withCutoffs(new NineBox.Cutoffs(BigDecimal.valueOf(70), BigDecimal.valueOf(95)));
        assertThat(ScoreEngine.score(complete(), potentialStrict, AS_OF).box()).isEqualTo(7);
    }

    @Test
    void no_protected_attribute_can_reach_the_score() {
        List<String> forbidden = List.of(
                "religion",
                "agama",
                "ethnic",
                "suku",
                "origin",
                "asal",
                "gender",
                "sex",
                "age",
                "birth",
                "lahir",
                "marital",
                "kawin",
                "disab",
                "politic");
        List<String> inputs = new ArrayList<>();
        collect(AssessmentInputs.class, inputs);

        assertThat(inputs)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(forbidden)
                        .noneMatch(word -> name.toLowerCase().contains(word)));
        assertThat(Arrays.stream(ScoreEngine.class.getMethods())
                        .filter(m -> m.getName().equals("score"))
                        .findFirst()
                        .orElseThrow()
                        .getParameterTypes())
                .containsExactly(AssessmentInputs.class, Rubric.class, LocalDate.class);
    }

    private static void collect(Class<?> type, List<String> names) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(type.getSimpleName() + "." + component.getName());
            collect(component.getType(), names);
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (nested.isRecord() && !names.contains(nested.getSimpleName())) {
                names.add(nested.getSimpleName());
                collect(nested, names);
            }
        }
    }

    private static AssessmentInputs withAwards(List<Dated> awards) {
        var in = complete();
        return new AssessmentInputs(
                in.skp(),
                awards,
                in.teamAssignments(),
                in.certificates(),
                in.feedback360(),
                in.competency(),
                in.potentialScore(),
                in.educationLevel(),
                in.fieldOfStudyFits(),
                in.discipline(),
                in.experience(),
                in.lhkpnReported(),
                in.community(),
                null,
                in.servesPublic());
    }

    private static ScoreEngine.IndicatorScore indicator(AssessmentInputs in, Indicator indicator) {
        return ScoreEngine.score(in, Rubric.nationalDefault(), AS_OF).explanation().stream()
                .filter(s -> s.indicator() == indicator)
                .findFirst()
                .orElseThrow();
    }
}
