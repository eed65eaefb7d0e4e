package org.dataprice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * valuation-core is pure Java (DESIGN.md §2): no framework, JSON, logging, JDBC, file or network I/O,
 * reflection, or dependency on the service; and its packages form no cycle.
 */
class CorePurityTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dataprice");
    }

    @Test
    void test_import_seesTheCore() {
        org.assertj.core.api.Assertions.assertThat(core.containPackage("org.dataprice.money")).isTrue();
        org.assertj.core.api.Assertions.assertThat(core.size()).isGreaterThan(10);
    }

    @Test
    void test_core_importsNoFrameworkJsonLoggingOrIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "javax..", "com.fasterxml..", "org.slf4j..",
                        "java.util.logging..", "org.apache.logging..", "java.sql..", "java.net..", "java.nio.file..",
                        "java.lang.reflect..", "org.dataprice.api..")
                .because("the core modules are pure Java (DESIGN.md §2)")
                .check(core);
    }

    @Test
    void test_core_noFileOrConsoleIo() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("models compute; callers do I/O")
                .check(core);
    }

    @Test
    void test_core_packagesFreeOfCycles() {
        slices().matching("org.dataprice.(**)").should().beFreeOfCycles().check(core);
    }
}
