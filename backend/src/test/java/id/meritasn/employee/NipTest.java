package id.meritasn.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "198609262028011001, APPOINTMENT_MONTH",
        "198609262004081001, APPOINTMENT_AGE",
        "198609262015053001, GENDER",
        "198609262015051000, SEQUENCE"
    })
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
        assertThatThrownBy(() -> Nip.parse("12", TODAY))
                .isInstanceOf(InvalidNipException.class)
                .hasMessageContaining("exactly 18 digits");
        assertThat(Nip.check(null, TODAY).rules()).containsExactly(NipRule.LENGTH, NipRule.DIGITS);
    }

    @Test
    void a_nip_typed_with_spaces_is_accepted_and_stored_without_them_and_only_ascii_digits_count() {
        Nip nip = Nip.parse("19860926 201505 1 001", TODAY);
        assertThat(nip.value()).isEqualTo("198609262015051001");
        assertThat(Nip.check("19860926\u00A0201505 1 001", TODAY)).isNull();
        // Arabic-Indic and full-width digits are digits to Character.isDigit, not to a NIP
        assertThat(Nip.check("١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١", TODAY).rules()).containsExactly(NipRule.DIGITS);
        assertThat(Nip.check("19860926201505100１", TODAY).rules()).containsExactly(NipRule.DIGITS);
    }

    @Test
    void a_cpns_appointed_up_to_twelve_months_ahead_can_be_loaded_but_not_later() {
        assertThat(Nip.check("200001012027111001", TODAY))
                .as("2027-11: 12 months ahead")
                .isNull();
        assertThat(Nip.check("200001012027121001", TODAY).rules()).containsExactly(NipRule.APPOINTMENT_MONTH);
        // a deployment that loads CPNS earlier sets meritasn.employee.appointment-ahead-months
        assertThat(Nip.check("200001012027121001", TODAY, false, 24)).isNull();
    }

    @Test
    void an_ni_pppk_carries_the_year_of_appointment_and_code_21_and_is_refused_as_a_nip() {
        Nip pppk = Nip.parse("199003152022212001", TODAY, true);
        assertThat(pppk.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(pppk.appointmentMonth()).isEqualTo(YearMonth.of(2022, 1));
        assertThat(pppk.gender()).isEqualTo(Nip.Gender.FEMALE);
        // read as a PNS NIP, "21" is no month
        assertThat(Nip.check("199003152022212001", TODAY).rules()).containsExactly(NipRule.APPOINTMENT_MONTH);
        // and a PNS NIP is no NI PPPK
        assertThat(Nip.check("198609262015051001", TODAY, true, Nip.APPOINTMENT_AHEAD_MONTHS)
                        .rules())
                .containsExactly(NipRule.PPPK_CODE);
    }
}
