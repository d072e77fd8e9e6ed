package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantKeyRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "medan", "jakarta_pusat", "kab_01", "a234567890123456789012345678901234567890"})
    void accepts_keys_of_lowercase_letters_digits_and_underscore_starting_with_a_letter(String key) {
        assertThat(TenantKeyRules.check(key)).isEmpty();
        assertThat(TenantId.of(key).schemaName()).isEqualTo("t_" + key);
    }

    @ParameterizedTest
    @CsvSource({
        "ab, LENGTH",
        "a2345678901234567890123456789012345678901, LENGTH",
        "medaN, CHARACTERS",
        "kota-medan, CHARACTERS",
        "kota medan, CHARACTERS",
        "medan;drop, CHARACTERS",
        "1kota, FIRST_CHARACTER",
        "_kota, FIRST_CHARACTER",
        "platform, RESERVED",
        "public, RESERVED",
        "pg_toast, RESERVED"
    })
    void names_the_rule_a_key_breaks(String key, TenantKeyRule rule) {
        assertThat(TenantKeyRules.check(key))
                .extracting(TenantKeyViolation::rule)
                .containsExactly(rule);
        assertThat(TenantKeyRules.check(key).getFirst().message()).contains(key).contains(rule.description());
    }

    @Test
    void reports_every_broken_rule_at_once() {
        assertThat(TenantKeyRules.check("9-"))
                .extracting(TenantKeyViolation::rule)
                .containsExactly(TenantKeyRule.LENGTH, TenantKeyRule.CHARACTERS, TenantKeyRule.FIRST_CHARACTER);
        assertThat(TenantKeyRules.check(""))
                .extracting(TenantKeyViolation::rule)
                .containsExactly(TenantKeyRule.LENGTH, TenantKeyRule.FIRST_CHARACTER);
    }

    @Test
    void a_tenant_id_cannot_be_made_from_an_invalid_key_so_no_unchecked_name_reaches_sql() {
        assertThatThrownBy(() -> TenantId.of("x\"; DROP SCHEMA platform; --"))
                .isInstanceOf(InvalidTenantKeyException.class)
                .hasMessageContaining("may contain only lowercase letters");
    }
}
