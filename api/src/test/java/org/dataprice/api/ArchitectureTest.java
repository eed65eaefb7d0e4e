package org.dataprice.api;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the api module: every class under {@code org.dataprice.api}; controllers stay thin
 * (no repositories, no JDBC: they call a service); {@code problem} is a leaf every package may use;
 * no cycles between the api packages; services hold no domain rules ({@code Require}/{@code Rule} stay in
 * the core).
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

    /**
     * The index reads the market's deals through its port {@code api.index.ConcludedDeals}, implemented by
     * {@code api.pricing.deal}; it never depends on the pricing area, so {@code pricing.deal → index} and
     * {@code pricing.reference → index} make no cycle.
     */
    @Test
    void test_index_dependsOnNoPricingArea() {
        noClasses().that().resideInAPackage("org.dataprice.api.index..")
                .should().dependOnClassesThat().resideInAPackage("org.dataprice.api.pricing..")
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

    /**
     * One way to name a new record: {@link org.dataprice.api.id.RecordIds} (time-ordered version-7 UUIDs, which keep
     * index inserts at the right edge of their B-trees), never a random version-4 {@code UUID.randomUUID()}.
     */
    @Test
    void test_onlyRecordIds_namesNewRecords() {
        noClasses().that().doNotHaveFullyQualifiedName("org.dataprice.api.id.RecordIds")
                .should().callMethod(java.util.UUID.class, "randomUUID")
                .because("record ids come from RecordIds (RFC 9562 version 7): a random key lands on a random, usually "
                        + "uncached index leaf of the store")
                .check(api);
    }

    /**
     * One transaction pattern: business code opens, joins and retries transactions only through
     * {@link org.dataprice.api.transaction.Transactions}; the transaction's own infrastructure (idempotency claim,
     * ledger chain and verifier, durability and readiness checks) is the only other user of the transaction and
     * connection managers; nobody uses {@code @Transactional}.
     */
    @Test
    void test_oneTransactionPattern() {
        noClasses().that().resideOutsideOfPackages("org.dataprice.api.transaction..", "org.dataprice.api.idempotency..",
                        "org.dataprice.api.ledger..", "org.dataprice.api.durability..", "org.dataprice.api.health..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.transaction.TransactionOperations")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.data.connection.ConnectionOperations")
                .because("Transactions is the one way to run a transaction (write with retry, writeOnce, read, joined)")
                .check(api);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.transaction.annotation.Transactional")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .because("transactions are opened by Transactions, never by an annotation")
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

    /**
     * The pricing workflows depend one way: {@code listing} &larr; {@code deal} &larr; {@code negotiation},
     * {@code auction}, {@code purchase} &larr; {@code deadline}; {@code reference} reads {@code listing} and
     * {@code deal}; {@code tariff} and {@code compute} stand alone. No cycle between the sub-packages.
     */
    @Test
    void test_pricingWorkflows_haveNoCycles() {
        slices().matching("org.dataprice.api.pricing.(*)..").should().beFreeOfCycles().check(api);
    }

    /** The shared {@code pricing} package (money JSON, the shared mapper helpers, the not-a-party answer) knows no workflow. */
    @Test
    void test_pricingShared_dependsOnNoWorkflow() {
        noClasses().that().resideInAPackage("org.dataprice.api.pricing")
                .should().dependOnClassesThat(DescribedPredicate.describe("a pricing workflow class",
                        c -> c.getPackageName().startsWith("org.dataprice.api.pricing.")))
                .check(api);
    }
    /**
     * The services already clean, which the rule must check (so it cannot pass by matching nothing): the
     * pricing auction and purchase workflows (sealed-bid and English auctions, fixed-price purchases: their
     * rules live in {@code org.dataprice.pricing.auction} and {@code org.dataprice.pricing.Purchase}), listings,
     * negotiations, reference prices and tariffs ({@code org.dataprice.pricing.band.ListedQuote},
     * {@code pricing.negotiation.NegotiationMachine}, {@code pricing.band.ReferencePrice},
     * {@code pricing.tariff.PublicDataTariff} and {@code TariffPeriod}), the packages {@code accounting},
     * {@code apikey}, {@code pledge} and {@code index} (definitions, reads, corrections, releases: their rules
     * live in {@code org.dataprice.index.series}, {@code .correction} and {@code .release}), and the settlements
     * (recorded and read back; the roster and the drawn pool live in
     * {@code org.dataprice.split.payout.SettlementPlan} and {@code org.dataprice.split.pool.DealPool}), and
     * {@code valuation} (the page of its register is the core's {@code org.dataprice.page.PageRequest}).
     */
    static final List<String> CLEAN = List.of(
            "org.dataprice.api.pricing.auction.AuctionService",
            "org.dataprice.api.pricing.purchase.PurchaseService",
            "org.dataprice.api.pricing.listing.ListingService",
            "org.dataprice.api.pricing.negotiation.NegotiationService",
            "org.dataprice.api.pricing.reference.ReferencePriceService",
            "org.dataprice.api.pricing.tariff.TariffService",
            "org.dataprice.api.accounting.AccountingService",
            "org.dataprice.api.apikey.ApiKeyService",
            "org.dataprice.api.pledge.PledgeService",
            "org.dataprice.api.index.IndexDefinitionService",
            "org.dataprice.api.index.IndexReadService",
            "org.dataprice.api.index.CorrectionService",
            "org.dataprice.api.index.ReleaseService",
            "org.dataprice.api.split.settlement.SettlementService",
            "org.dataprice.api.split.settlement.SettlementReadService",
            "org.dataprice.api.valuation.ValuationService",
            "org.dataprice.api.valuation.ValuationAnalysisService",
            "org.dataprice.api.admission.NegativeListService",
            "org.dataprice.api.credit.CreditService",
            "org.dataprice.api.exchange.TrustListService",
            "org.dataprice.api.exchange.ExchangeExportService",
            "org.dataprice.api.exchange.ExchangeImportService",
            "org.dataprice.api.registry.RegistrationService",
            "org.dataprice.api.supervision.SupervisionRulesService",
            "org.dataprice.api.supervision.AlertService",
            "org.dataprice.api.supervision.MarketScanService",
            "org.dataprice.api.supervision.OwnerLinkService",
            "org.dataprice.api.supervision.DealIntegrityService",
            "org.dataprice.api.registry.AuthorisationService",
            "org.dataprice.api.registry.IndexBindingService",
            "org.dataprice.api.registry.KeyRotationService",
            "org.dataprice.api.job.JobService");

    private static final DescribedPredicate<JavaClass> SERVICE = DescribedPredicate.describe("a *Service",
            c -> c.getSimpleName().endsWith("Service") && !c.isInterface());

    /** Domain rules live in the core: a service neither calls {@code Require}, names a {@code Rule}, nor builds a domain exception. */
    private static ArchRule noDomainRules(DescribedPredicate<JavaClass> scope) {
        return noClasses().that(scope)
                .should().dependOnClassesThat().belongToAnyOf(Require.class, Rule.class)
                .orShould().callConstructorWhere(target(owner(assignableTo(DatapriceException.class))))
                .because("a service only loads, calls one core workflow and saves; the rules (Require/Rule) live in "
                        + "the core, whose InvalidInputException the problem handler answers");
    }

    /**
     * Every {@code *Service} in api keeps domain rules out (issue 12 moved the last ones into the core): a new
     * service is checked from its first line.
     */
    @Test
    void test_services_holdNoDomainRules() {
        noDomainRules(SERVICE).check(api);
    }

    /** The rule's scope really contains the clean services (the rule cannot pass by matching nothing). */
    @Test
    void test_services_ruleCoversTheCleanServices() {
        List<String> checked = api.stream().filter(SERVICE).map(JavaClass::getName).toList();
        assertThat(checked).containsAll(CLEAN);
    }
}
