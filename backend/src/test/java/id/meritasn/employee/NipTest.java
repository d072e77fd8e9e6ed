package id.meritasn.employee;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NipTest {

    static final YearMonth TODAY = YearMonth.of(2026, 11);

    @Test
    void decodes_birth_date_first_appointment_gender_and_sequence() {
        Nip nip = Nip.parse("198609262015051001", TODAY);

        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(nip.appointmentMonth()).isEqualTo(YearMonth.of(2015, 5));
        assertThat(nip.gender()).isEqualTo(Nip.Gender.MALE);
        assertThat(nip.sequence()).isEqualTo(1);
        assertThat(Nip.parse("199001012015032007", TODAY).gender()).isEqualTo(Nip.Gender.FEMALE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19860926201505100, LENGTH",
            "1986092620150510011, LENGTH",
            "19860926201505100A, DIGITS",
            "198602302015051001, BIRTH_DATE",
            "198613012015051001, BIRTH_DATE",
            "193912012015051001, BIRTH_DATE",
            "198609262015131001, APPOINTMENT_MONTH",
            "198609262027011001, APPOINTMENT_MONTH",
            "198609262004081001, APPOINTMENT_AGE",
            "198609262015053001, GENDER",
            "198609262015051000, SEQUENCE"})
    void refuses_a_nip_naming_the_rule_it_breaks(String nip, NipRule rule) {
        assertThat(Nip.check(nip, TODAY)).isNotNull().satisfies(p -> {
            assertThat(p.rules()).containsExactly(rule);
            assertThat(p.message()).contains(nip).contains(rule.description());
        });
    }

    @Test
    void appointment_exactly_at_eighteen_is_allowed_one_month_earlier_is_not() {
        assertThat(Nip.check("198609262004091001", TODAY)).isNull();
        assertThat(Nip.check("198609262004081001", TODAY).rules()).containsExactly(NipRule.APPOINTMENT_AGE);
    }

    @Test
    void the_day_plus_forty_rule_of_the_nik_does_not_apply_to_the_nip() {
        // 66 is "26 + 40": valid in a woman's NIK, invalid as a NIP birth day
        assertThat(Nip.check("198609662015052001", TODAY).rules()).containsExactly(NipRule.BIRTH_DATE);
    }

    @Test
    void every_broken_rule_is_reported_and_parse_throws_with_the_message() {
        assertThat(Nip.check("198602302035013000", TODAY).rules())
                .containsExactly(NipRule.BIRTH_DATE, NipRule.APPOINTMENT_MONTH, NipRule.GENDER, NipRule.SEQUENCE);
        assertThatThrownBy(() -> Nip.parse("12", TODAY)).isInstanceOf(InvalidNipException.class)
                .hasMessageContaining("exactly 18 digits");
        assertThat(Nip.check(null, TODAY).rules()).containsExactly(NipRule.LENGTH, NipRule.DIGITS);
    }
}
