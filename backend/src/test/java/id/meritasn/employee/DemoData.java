package id.meritasn.employee;

import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** For benchmarks of other features: fills an agency with the demo generator's units, positions and employees. */
public final class DemoData {

    private DemoData() {}

    public static void fill(ApplicationContext context, String agency, int employees, LocalDate today, long seed) {
        DemoEmployeeGenerator generator = context.getBean(DemoEmployeeGenerator.class);
        TenantDatabase tenants = context.getBean(TenantDatabase.class);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(s -> generator.generate(
                        tenants.enter(TenantId.of(agency)), DemoEmployeeGenerator.plan(false, employees), today, seed));
    }
}
