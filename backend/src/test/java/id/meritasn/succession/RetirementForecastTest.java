package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetirementForecastTest {

    @Test
    void pension_starts_the_first_day_of_the_month_after_the_retirement_age_from_the_nip_birth_date() {
        // born 26 Sep 1986; administrator BUP 58, ahli utama 65, JPT 60
        assertThat(RetirementForecast.retirementDate("198609262015051001", 58)).isEqualTo(LocalDate.of(2044, 10, 1));
        assertThat(RetirementForecast.retirementDate("198609262015051001", 65)).isEqualTo(LocalDate.of(2051, 10, 1));
        assertThat(RetirementForecast.retirementDate("196601012015051001", 60)).isEqualTo(LocalDate.of(2026, 2, 1));
        // born on the last day of a month: still the first of the next month
        assertThat(RetirementForecast.retirementDate(LocalDate.of(1968, 12, 31), 58))
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void the_horizon_includes_its_last_day_and_not_the_day_after() {
        LocalDate today = LocalDate.of(2027, 1, 15);

        assertThat(RetirementForecast.within(LocalDate.of(2028, 1, 15), today, 12))
                .isTrue();
        assertThat(RetirementForecast.within(LocalDate.of(2028, 1, 16), today, 12))
                .isFalse();
        assertThat(RetirementForecast.within(LocalDate.of(2020, 1, 1), today, 12))
                .isTrue();
    }

    @Test
    void forecast_years_start_after_today_and_end_on_each_anniversary() {
        LocalDate today = LocalDate.of(2027, 1, 15);

        assertThat(RetirementForecast.forecastYear(today, today)).isZero();
        assertThat(RetirementForecast.forecastYear(today.plusDays(1), today)).isEqualTo(1);
        assertThat(RetirementForecast.forecastYear(LocalDate.of(2028, 1, 15), today))
                .isEqualTo(1);
        assertThat(RetirementForecast.forecastYear(LocalDate.of(2028, 1, 16), today))
                .isEqualTo(2);
        assertThat(RetirementForecast.forecastYear(LocalDate.of(2032, 1, 15), today))
                .isEqualTo(5);
        assertThat(RetirementForecast.forecastYear(LocalDate.of(2032, 1, 16), today))
                .isEqualTo(6);
    }
}
