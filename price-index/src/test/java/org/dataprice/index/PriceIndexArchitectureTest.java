package org.dataprice.index;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core purity (DESIGN.md §2): no I/O, logging, reflection or service code; no package cycles. */
class PriceIndexArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dataprice.index");

    @Test
    void test_core_isPure() {
        noClasses().that().resideInAPackage("org.dataprice.index..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.util.logging..",
                        "java.lang.reflect..", "java.net..", "java.sql..", "org.dataprice.api..", "io.micronaut..", "com.fasterxml..",
                        "jakarta..", "javax..", "org.slf4j..")
                .check(CLASSES);
    }

    @Test
    void test_packages_haveNoCycles() {
        slices().matching("org.dataprice.index.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void test_basePackage_dependsOnNoMethodPackage() {
        noClasses().that().resideInAPackage("org.dataprice.index")
                .should().dependOnClassesThat().resideInAPackage("org.dataprice.index.*..")
                .check(CLASSES);
    }
}
