package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UniqueKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "operator", roles = "PLATFORM_ADMIN")
class TenantLoggingIT extends PlatformIntegrationTest {

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantDatabase tenants;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void log_lines_written_for_a_tenant_carry_its_key_and_later_lines_do_not(CapturedOutput output) {
        String key = UniqueKeys.next("log");
        provisioning.provision(new ProvisionTenantCommand(key, "Uji", TenantKind.KOTA, "Bali", null, Map.of()), "op");
        var log = LoggerFactory.getLogger("id.meritasn.test");

        transactions.executeWithoutResult(s -> {
            tenants.enter(TenantId.of(key));
            log.info("inside the tenant transaction");
        });
        log.info("after the tenant transaction");

        assertThat(output.getOut()).containsPattern("\\[" + key + "\\].*inside the tenant transaction");
        assertThat(output.getOut()).doesNotContainPattern("\\[" + key + "\\].*after the tenant transaction");
    }

    @Test
    void entering_twice_in_one_transaction_leaves_no_tag_behind(CapturedOutput output) {
        String first = UniqueKeys.next("loga");
        String second = UniqueKeys.next("logb");
        for (String key : java.util.List.of(first, second)) {
            provisioning.provision(
                    new ProvisionTenantCommand(key, "Uji", TenantKind.KOTA, "Bali", null, Map.of()), "op");
        }
        var log = LoggerFactory.getLogger("id.meritasn.test");

        transactions.executeWithoutResult(s -> {
            tenants.enter(TenantId.of(first));
            tenants.enter(TenantId.of(second));
            log.info("inside with two enters");
        });
        log.info("after two enters");

        assertThat(output.getOut()).containsPattern("\\[" + second + "\\].*inside with two enters");
        assertThat(output.getOut()).containsPattern("\\[\\].*after two enters");
    }
}
