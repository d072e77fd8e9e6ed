package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NineBoxTest {

    @ParameterizedTest(name = "performance {0}, potential {1}: box {2}")
    @CsvSource({
        "HIGH, LOW, 4", "HIGH, MIDDLE, 7", "HIGH, HIGH, 9",
        "MIDDLE, LOW, 2", "MIDDLE, MIDDLE, 5", "MIDDLE, HIGH, 8",
        "LOW, LOW, 1", "LOW, MIDDLE, 3", "LOW, HIGH, 6"
    })
    void all_nine_boxes_follow_the_permenpanrb_3_2020_numbering(
            NineBox.Level performance, NineBox.Level potential, int box) {
        assertThat(NineBox.box(performance, potential)).isEqualTo(box);
        assertThat(NineBox.recommendedActions(box)).isNotEmpty();
        assertThat(NineBox.inSuccessionGroup(box)).isEqualTo(box >= 7);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"80, HIGH", "79.99, MIDDLE", "60, MIDDLE", "59.99, LOW", "100, HIGH", "0, LOW"})
    void the_national_cut_offs_at_and_just_below_each_boundary(BigDecimal score, NineBox.Level level) {
        assertThat(NineBox.Cutoffs.NATIONAL_DEFAULT.level(score)).isEqualTo(level);
    }

    @Test
    void an_agency_sets_its_own_cut_offs_but_not_inverted_ones() {
        var agency = new NineBox.Cutoffs(BigDecimal.valueOf(70), BigDecimal.valueOf(85));

        assertThat(agency.level(BigDecimal.valueOf(84.99))).isEqualTo(NineBox.Level.MIDDLE);
        assertThat(agency.level(BigDecimal.valueOf(69.99))).isEqualTo(NineBox.Level.LOW);
        assertThatThrownBy(() -> new NineBox.Cutoffs(BigDecimal.valueOf(80), BigDecimal.valueOf(60)))
                .hasMessageContaining("must be below");
        assertThatThrownBy(() -> NineBox.recommendedActions(10)).hasMessageContaining("1 to 9");
    }
}
