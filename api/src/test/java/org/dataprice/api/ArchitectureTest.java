package org.dataprice.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the api module: every class under {@code org.dataprice.api}; controllers stay thin
 * (no repositories, no JDBC: they call a service); {@code problem} is a leaf every package may use;
 * no cycles between the api packages.
 */
class ArchitectureTest {
    private static JavaClasses api;

    @BeforeAll
    static void importModule() throws URISyntaxException {
        Path classes = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        api = new ClassFileImporter().importPath(classes);
    }

    @Test
    void test_everyClass_residesUnderOrgDatapriceApi() {
        classes().should().resideInAPackage("org.dataprice.api..").check(api);
    }

    @Test
    void test_controllers_doNotTouchRepositoriesOrJdbc() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(JdbcRepository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..")
                .check(api);
    }

    @Test
    void test_problemPackage_dependsOnNoOtherApiPackage() {
        noClasses().that().resideInAPackage("org.dataprice.api.problem..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dataprice.api.apikey..", "org.dataprice.api.idempotency..",
                        "org.dataprice.api.security..", "org.dataprice.api.health..")
                .check(api);
    }

    @Test
    void test_serdeableDtos_useListsNotSets() {
        // the idempotency fingerprint re-serializes the decoded body: a set's order differs between JVMs
        noFields().that().areDeclaredInClassesThat().areAnnotatedWith(Serdeable.class)
                .should().haveRawType(Set.class)
                .check(api);
    }

    /** One clock: the time of day comes from the {@link java.time.Clock} bean, never from a static "now". */
    @Test
    void test_onlyServiceClock_readsTheSystemTime() {
        noClasses().that().doNotHaveFullyQualifiedName("org.dataprice.api.time.ServiceClock")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("every stored or compared instant comes from the one Clock bean (ServiceClock), which tests replace")
                .check(api);
    }

    /** One currency parser: {@code Money.currency(code, field)} in the core. */
    @Test
    void test_currencies_areParsedOnlyByTheCore() {
        noClasses().should().callMethod(java.util.Currency.class, "getInstance", String.class)
                .because("Money.currency(code, field) is the one parser: same codes accepted, same rule named, everywhere")
                .check(api);
    }

    @Test
    void test_apiPackages_haveNoCycles() {
        slices().matching("org.dataprice.api.(*)..").should().beFreeOfCycles().check(api);
    }
}
