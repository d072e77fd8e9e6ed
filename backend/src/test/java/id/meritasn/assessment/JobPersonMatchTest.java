package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobPersonMatchTest {

    @ParameterizedTest(name = "{0}%: {1}, {2}")
    @CsvSource({
        "90, MEMENUHI_SYARAT, OPTIMAL",
        "89.99, MEMENUHI_SYARAT, CUKUP_OPTIMAL",
        "80, MEMENUHI_SYARAT, CUKUP_OPTIMAL",
        "79.99, MASIH_MEMENUHI_SYARAT, CUKUP_OPTIMAL",
        "78, MASIH_MEMENUHI_SYARAT, CUKUP_OPTIMAL",
        "77.99, MASIH_MEMENUHI_SYARAT, KURANG_OPTIMAL",
        "68, MASIH_MEMENUHI_SYARAT, KURANG_OPTIMAL",
        "67.99, KURANG_MEMENUHI_SYARAT, KURANG_OPTIMAL"
    })
    void both_category_sets_at_their_boundaries(
            BigDecimal percent, JobPersonMatch.Filling filling, JobPersonMatch.Mapping mapping) {
        assertThat(JobPersonMatch.filling(percent)).isEqualTo(filling);
        assertThat(JobPersonMatch.mapping(percent)).isEqualTo(mapping);
    }

    @Test
    void jpm_is_achieved_over_required_levels() {
        var standard = List.of(
                new JobPersonMatch.Requirement("integritas", 4),
                new JobPersonMatch.Requirement("kerja_sama", 3),
                new JobPersonMatch.Requirement("perekat_bangsa", 3));

        JobPersonMatch jpm = JobPersonMatch.of(Map.of("integritas", 3, "kerja_sama", 3, "perekat_bangsa", 2), standard);

        assertThat(jpm.percent()).isEqualByComparingTo("80.00"); // 8 of 10
        assertThat(jpm.filling()).isEqualTo(JobPersonMatch.Filling.MEMENUHI_SYARAT);
        assertThatThrownBy(() -> JobPersonMatch.of(Map.of("integritas", 4), standard))
                .hasMessageContaining("kerja_sama");
    }
}
