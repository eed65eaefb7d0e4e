package org.dataprice.split;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core module stays pure Java (DESIGN.md §2): no I/O, logging, reflection or service code. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dataprice.split");

    @Test
    void test_core_isPure() {
        noClasses().that().resideInAPackage("org.dataprice.split..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.util.logging..",
                        "java.lang.reflect..", "java.net..", "java.sql..", "org.dataprice.api..", "io.micronaut..", "com.fasterxml..",
                        "jakarta..", "javax..", "org.slf4j..")
                .check(CLASSES);
    }

    @Test
    void test_games_doNotDependOnSolutions() {
        noClasses().that().resideInAPackage("org.dataprice.split.game..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dataprice.split.shapley..",
                        "org.dataprice.split.sampling..", "org.dataprice.split.nucleolus..", "org.dataprice.split.payout..",
                        "org.dataprice.split.datavalue..", "org.dataprice.split.banzhaf..")
                .check(CLASSES);
    }
}
