package org.dataprice.appraisal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Purity and layering of the appraisal packages (DESIGN.md §2): no I/O, logging or reflection;
 * quality ← valuation approaches ← appraisal, never the other way.
 */
class AppraisalArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dataprice.quality", "org.dataprice.valuation", "org.dataprice.appraisal");

    @Test
    void test_packages_pure() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.lang.reflect..",
                "java.util.logging..", "org.dataprice.api..").check(CLASSES);
    }

    @Test
    void test_packages_layered() {
        noClasses().that().resideInAnyPackage("org.dataprice.quality..", "org.dataprice.valuation..")
                .should().dependOnClassesThat().resideInAPackage("org.dataprice.appraisal..").check(CLASSES);
        noClasses().that().resideInAPackage("org.dataprice.quality..")
                .should().dependOnClassesThat().resideInAPackage("org.dataprice.valuation..").check(CLASSES);
    }
}
