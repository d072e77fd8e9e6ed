package id.meritasn;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@AnalyzeClasses(packages = "id.meritasn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_do_not_depend_on_each_other_in_cycles =
            slices().matching("id.meritasn.(*)..").should().beFreeOfCycles();

    /**
     * Which feature may use which, written down so a new dependency is a decision, not an accident: the platform
     * parts (shared, audit, tenancy, document, notification, inbox) serve the features; employee records serve
     * assessment; assessment's results serve succession and mobility; development builds on all three; identity
     * links accounts to records. Changing this list is a design change (docs/architecture.md).
     */
    @ArchTest
    static final ArchRule features_use_only_the_features_they_build_on = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("shared")
            .definedBy("id.meritasn.shared..")
            .layer("audit")
            .definedBy("id.meritasn.audit..")
            .layer("tenancy")
            .definedBy("id.meritasn.tenancy..")
            .layer("document")
            .definedBy("id.meritasn.document..")
            .layer("imports")
            .definedBy("id.meritasn.imports..")
            .layer("notification")
            .definedBy("id.meritasn.notification..")
            .layer("inbox")
            .definedBy("id.meritasn.inbox..")
            .layer("employee")
            .definedBy("id.meritasn.employee..")
            .layer("assessment")
            .definedBy("id.meritasn.assessment..")
            .layer("succession")
            .definedBy("id.meritasn.succession..")
            .layer("mobility")
            .definedBy("id.meritasn.mobility..")
            .layer("development")
            .definedBy("id.meritasn.development..")
            .layer("identity")
            .definedBy("id.meritasn.identity..")
            .whereLayer("shared")
            .mayNotAccessAnyLayer()
            .whereLayer("audit")
            .mayOnlyAccessLayers("shared")
            .whereLayer("inbox")
            .mayOnlyAccessLayers("shared")
            .whereLayer("tenancy")
            .mayOnlyAccessLayers("shared", "audit")
            .whereLayer("document")
            .mayOnlyAccessLayers("shared", "audit", "tenancy")
            .whereLayer("imports")
            .mayOnlyAccessLayers("shared", "tenancy", "document")
            .whereLayer("notification")
            .mayOnlyAccessLayers("shared", "tenancy")
            .whereLayer("employee")
            .mayOnlyAccessLayers("shared", "audit", "tenancy", "document", "imports", "inbox")
            .whereLayer("assessment")
            .mayOnlyAccessLayers(
                    "shared", "audit", "tenancy", "document", "imports", "notification", "inbox", "employee")
            .whereLayer("succession")
            .mayOnlyAccessLayers(
                    "shared", "audit", "tenancy", "document", "notification", "inbox", "employee", "assessment")
            .whereLayer("mobility")
            .mayOnlyAccessLayers(
                    "shared", "audit", "tenancy", "document", "notification", "inbox", "employee", "assessment")
            .whereLayer("development")
            .mayOnlyAccessLayers(
                    "shared",
                    "audit",
                    "tenancy",
                    "notification",
                    "inbox",
                    "employee",
                    "assessment",
                    "succession",
                    "mobility")
            .whereLayer("identity")
            .mayOnlyAccessLayers("shared", "tenancy", "notification", "employee", "assessment");

    @ArchTest
    static final ArchRule repositories_are_used_only_by_services_of_their_own_feature = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .should()
            .onlyBeAccessed()
            .byClassesThat(annotatedWith(Service.class).or(annotatedWith(Repository.class)));

    @ArchTest
    static final ArchRule services_that_use_repositories_run_in_transactions = classes()
            .that()
            .areAnnotatedWith(Service.class)
            .should(new ArchCondition<>("use @Transactional or a TransactionTemplate when they use a repository") {
                @Override
                public void check(JavaClass service, ConditionEvents events) {
                    boolean usesRepository = service.getDirectDependenciesFromSelf().stream()
                            .anyMatch(d -> d.getTargetClass().isAnnotatedWith(Repository.class));
                    boolean transactional = service.isAnnotatedWith(Transactional.class)
                            || service.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class))
                            || service.getDirectDependenciesFromSelf().stream()
                                    .anyMatch(d -> d.getTargetClass().isEquivalentTo(TransactionTemplate.class));
                    if (usesRepository && !transactional) {
                        events.add(SimpleConditionEvent.violated(
                                service, service.getName() + " uses a repository outside any transaction"));
                    }
                }
            });

    @ArchTest
    static final ArchRule graphql_controllers_and_repositories_stay_package_private = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic();

    @ArchTest
    static final ArchRule no_field_injection =
            fields().should().notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class);

    /**
     * A bean's changing state is its own: a field another class (a test) can write is a second way into it. Tests
     * inject crashes and outages through {@code shared.checkpoint.Checkpoints} instead.
     */
    @ArchTest
    static final ArchRule bean_fields_that_change_are_private = fields().that()
            .areDeclaredInClassesThat(annotatedWith(Service.class)
                    .or(annotatedWith(Repository.class))
                    .or(annotatedWith(Controller.class))
                    .or(annotatedWith(org.springframework.stereotype.Component.class)))
            .and()
            .areNotFinal()
            .and()
            .areNotStatic()
            .should()
            .bePrivate();

    @ArchTest
    static final ArchRule generated_jooq_classes_are_used_only_by_repositories_and_the_tenant_door = classes()
            .that()
            .resideInAPackage("id.meritasn.jooq..")
            .should()
            .onlyBeAccessed()
            .byClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "repositories, TenantDatabase or generated code",
                    c -> c.isAnnotatedWith(Repository.class)
                            || c.getPackageName().startsWith("id.meritasn.jooq")
                            || c.getSimpleName().equals("TenantDatabase")));

    /** One clock: the agency's, injected; a no-argument now() reads the server's and cannot be set in a test. */
    @ArchTest
    static final ArchRule time_is_read_from_the_injected_clock = noClasses()
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.LocalTime.class, "now")
            .orShould()
            .callMethod(java.time.OffsetDateTime.class, "now")
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .because("every date and time comes from the injected java.time.Clock");
}
