package id.meritasn.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The agency a UI session acts for: the first membership, or the one chosen in the session while it is still one. */
class UiCallerTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @BeforeEach
    void request() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    private static void signedInWith(String... authorities) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("operator.dua", "n/a", authorities));
    }

    @Test
    void acts_for_the_first_membership_until_another_is_chosen_in_the_session() {
        signedInWith("ROLE_TENANT_ADMIN", "AGENCY_tangerang", "AGENCY_medan");
        assertThat(UiCaller.agency()).isEqualTo("medan");

        UiCaller.choose("tangerang");

        assertThat(UiCaller.agency()).isEqualTo("tangerang");
        assertThat(request.getSession().getAttribute(UiCaller.CHOSEN_AGENCY)).isEqualTo("tangerang");
    }

    @Test
    void an_agency_the_user_does_not_belong_to_is_refused_and_the_choice_stays() {
        signedInWith("AGENCY_tangerang", "AGENCY_medan");
        UiCaller.choose("tangerang");

        assertThatThrownBy(() -> UiCaller.choose("jakarta_pusat"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("jakarta_pusat");
        assertThat(UiCaller.agency()).isEqualTo("tangerang");
    }

    @Test
    void a_choice_whose_membership_was_withdrawn_falls_back_to_a_remaining_membership() {
        signedInWith("AGENCY_tangerang", "AGENCY_medan");
        UiCaller.choose("tangerang");

        signedInWith("AGENCY_medan", "AGENCY_palangka_raya");

        assertThat(UiCaller.agency()).isEqualTo("medan");
    }

    @Test
    void an_account_without_an_agency_acts_for_none() {
        signedInWith("ROLE_NATIONAL_OVERSIGHT");
        assertThat(UiCaller.agencyOrNull()).isNull();
        assertThatThrownBy(UiCaller::agency).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UiCaller.choose("medan")).isInstanceOf(AccessDeniedException.class);
    }
}
