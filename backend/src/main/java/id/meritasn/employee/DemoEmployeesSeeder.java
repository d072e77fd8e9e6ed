package id.meritasn.employee;

import id.meritasn.imports.ImportFileProblem;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.DemoSeed;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantManifest;
import id.meritasn.tenancy.TenantManifests;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local demo: after the seed agencies are provisioned, fills each one that has no employees yet with the
 * deterministic demo data its manifest asks for ({@code demo.employees}). A restart changes nothing.
 */
@Service
@Order(10)
class DemoEmployeesSeeder implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoEmployeesSeeder.class);

    private final TenantManifests manifests;
    private final TenantDatabase tenants;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DemoEmployeeGenerator generator;
    private final EmployeeRepository employees;
    private final EmployeeImportService imports;

    DemoEmployeesSeeder(
            TenantManifests manifests,
            TenantDatabase tenants,
            TransactionTemplate transactions,
            Clock clock,
            DemoEmployeeGenerator generator,
            EmployeeRepository employees,
            EmployeeImportService imports) {
        this.imports = imports;
        this.generator = generator;
        this.employees = employees;
        this.manifests = manifests;
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void seed() {
        for (TenantManifest manifest : manifests.withDemoEmployees()) {
            transactions.executeWithoutResult(s -> seed(manifest, tenants.enter(manifest.key())));
        }
    }

    private void seed(TenantManifest manifest, DSLContext tenant) {
        if (employees.count(tenant) > 0) {
            return;
        }
        long start = System.nanoTime();
        generator.generate(
                tenant,
                DemoEmployeeGenerator.plan(manifest.kind() == TenantKind.KEMENTERIAN, manifest.demoEmployees()),
                LocalDate.now(clock),
                manifest.key().hashCode());
        log.info(
                "Demo data for {}: {} employees in {} ms",
                manifest.key(),
                manifest.demoEmployees(),
                (System.nanoTime() - start) / 1_000_000);
        String operator = manifest.key() + ".admin";
        SystemActor.callForAgency(manifest.key(), () -> {
            try {
                return imports.submit(
                        manifest.key(),
                        "pembaruan-siasn-demo.csv",
                        REFUSED_UPDATE.getBytes(StandardCharsets.UTF_8),
                        operator);
            } catch (ImportFileProblem e) {
                throw new IllegalStateException("The demo's import file is refused as a whole: " + e.getMessage(), e);
            }
        });
    }

    /**
     * An operator's update from SIASN whose every row the platform refused (a NIP of 17 digits and a letter, a
     * golongan that does not exist, a row without a name), so the import page and its error report of a fresh demo
     * have something to show; no demo record changes.
     */
    static final String REFUSED_UPDATE = """
            NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR
            19850101201001100X,Rina Kusuma,III/b,01-04-2021,
            198501012010011099,Rudi Hartono,V/a,01-04-2021,
            198601012011012088,,III/a,01-04-2021,
            """;
}
