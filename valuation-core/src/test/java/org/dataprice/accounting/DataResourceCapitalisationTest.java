package org.dataprice.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classification and capitalisation under 财会〔2023〕11号 §二–§五 and CAS 6 §8–§9 / CAS 1 §6–§9. Expected
 * totals are the sums of the lines the regulation lets capitalise, added by hand in the comments.
 */
class DataResourceCapitalisationTest {
    private static final LocalDate D = LocalDate.of(2024, 3, 1);

    private static CostItem cost(CostCategory c, DevelopmentPhase p, LocalDate on, String amount) {
        return new CostItem(c.name().toLowerCase() + " " + amount, c, p, on, Money.cny(amount));
    }

    private static CostItem cost(CostCategory c, String amount) {
        return cost(c, DevelopmentPhase.NOT_APPLICABLE, D, amount);
    }

    private static DataResource resource(IntendedUse use, AcquisitionMode mode, DevelopmentCriteria criteria,
            List<CostItem> costs) {
        return new DataResource("customer-credit-dataset", use, mode, true, criteria, costs, Money.CNY);
    }

    @Test
    void test_classify_outsourcedIntangible() {
        // capitalised: 1,000,000 + 60,000 + 50,000 + 20,000 = 1,130,000; expensed: admin 30,000 + insurance 5,000
        CapitalisationResult r = DataResourceCapitalisation.DEFAULT.classify(resource(IntendedUse.INTERNAL_USE,
                AcquisitionMode.OUTSOURCED, DevelopmentCriteria.NONE_MET, List.of(
                        cost(CostCategory.PURCHASE_PRICE, "1000000.00"), cost(CostCategory.TAXES, "60000.00"),
                        cost(CostCategory.CLEANSING, "50000.00"), cost(CostCategory.QUALITY_ASSESSMENT, "20000.00"),
                        cost(CostCategory.GENERAL_ADMINISTRATION, "30000.00"), cost(CostCategory.INSURANCE, "5000.00"))));
        assertThat(r.assetClass()).isEqualTo(AssetClass.INTANGIBLE_ASSET);
        assertThat(r.capitalised()).isEqualTo(Money.cny("1130000.00"));
        assertThat(r.expensed()).isEqualTo(Money.cny("35000.00"));
        assertThat(r.explanation().resultStep().key()).isEqualTo(AccountingSteps.CAPITALISED);
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.capitalised().amount());
    }

    @Test
    void test_classify_selfDevelopedAllCriteria() {
        // research 200,000 expensed (CAS 6 §8); development staff 300,000 + services 40,000 capitalised (§9);
        // training 10,000 never capitalised
        CapitalisationResult r = DataResourceCapitalisation.DEFAULT.classify(resource(IntendedUse.INTERNAL_USE,
                AcquisitionMode.SELF_DEVELOPED, DevelopmentCriteria.ALL_MET, List.of(
                        cost(CostCategory.STAFF_COSTS, DevelopmentPhase.RESEARCH, D, "200000.00"),
                        cost(CostCategory.STAFF_COSTS, DevelopmentPhase.DEVELOPMENT, D, "300000.00"),
                        cost(CostCategory.MATERIALS_AND_SERVICES, DevelopmentPhase.DEVELOPMENT, D, "40000.00"),
                        cost(CostCategory.TRAINING, DevelopmentPhase.DEVELOPMENT, D, "10000.00"))));
        assertThat(r.capitalised()).isEqualTo(Money.cny("340000.00"));
        assertThat(r.expensed()).isEqualTo(Money.cny("210000.00"));
        assertThat(r.lines()).extracting(CostTreatment::treatment).containsExactly(Treatment.EXPENSED,
                Treatment.CAPITALISED, Treatment.CAPITALISED, Treatment.EXPENSED);
    }

    @Test
    void test_classify_selfDevelopedOneCriterionFails() {
        DevelopmentCriteria noMeasurement = new DevelopmentCriteria(true, true, true, true, false);
        CapitalisationResult r = DataResourceCapitalisation.DEFAULT.classify(resource(IntendedUse.INTERNAL_USE,
                AcquisitionMode.SELF_DEVELOPED, noMeasurement, List.of(
                        cost(CostCategory.STAFF_COSTS, DevelopmentPhase.DEVELOPMENT, D, "300000.00"))));
        assertThat(r.capitalised()).isEqualTo(Money.cny("0.00"));
        assertThat(r.lines().get(0).reason()).contains("(五)");
    }

    @Test
    void test_classify_prospectiveFrom2024() {
        // a development cost of 2023-12-31 stays expensed (未来适用法); the one of 2024-01-01 is capitalised
        CapitalisationResult r = DataResourceCapitalisation.DEFAULT.classify(resource(IntendedUse.INTERNAL_USE,
                AcquisitionMode.SELF_DEVELOPED, DevelopmentCriteria.ALL_MET, List.of(
                        cost(CostCategory.STAFF_COSTS, DevelopmentPhase.DEVELOPMENT, LocalDate.of(2023, 12, 31), "100.00"),
                        cost(CostCategory.STAFF_COSTS, DevelopmentPhase.DEVELOPMENT, LocalDate.of(2024, 1, 1), "200.00"))));
        assertThat(r.capitalised()).isEqualTo(Money.cny("200.00"));
        assertThat(r.expensed()).isEqualTo(Money.cny("100.00"));
    }

    @Test
    void test_classify_outsourcedInventory() {
        // purchase 500,000 + taxes 30,000 + insurance 2,000 + registration 8,000 = 540,000;
        // cleansing by the buyer and storage are expensed
        CapitalisationResult r = DataResourceCapitalisation.DEFAULT.classify(resource(IntendedUse.FOR_SALE,
                AcquisitionMode.OUTSOURCED, DevelopmentCriteria.NONE_MET, List.of(
                        cost(CostCategory.PURCHASE_PRICE, "500000.00"), cost(CostCategory.TAXES, "30000.00"),
                        cost(CostCategory.INSURANCE, "2000.00"), cost(CostCategory.REGISTRATION_SETTLEMENT, "8000.00"),
                        cost(CostCategory.CLEANSING, "7000.00"), cost(CostCategory.STORAGE, "1000.00"))));
        assertThat(r.assetClass()).isEqualTo(AssetClass.INVENTORY);
        assertThat(r.capitalised()).isEqualTo(Money.cny("540000.00"));
        assertThat(r.expensed()).isEqualTo(Money.cny("8000.00"));
    }

    @Test
    void test_classify_selfProcessedInventory() {
        // collection 10,000 + labelling 20,000 + staff 30,000 = 60,000; selling 5,000 expensed
        CapitalisationResult r = DataResourceCapitalisation.DEFAULT.classify(resource(IntendedUse.FOR_SALE,
                AcquisitionMode.SELF_DEVELOPED, DevelopmentCriteria.NONE_MET, List.of(
                        cost(CostCategory.DATA_COLLECTION, "10000.00"), cost(CostCategory.LABELLING, "20000.00"),
                        cost(CostCategory.STAFF_COSTS, "30000.00"), cost(CostCategory.SELLING, "5000.00"))));
        assertThat(r.capitalised()).isEqualTo(Money.cny("60000.00"));
        assertThat(r.expensed()).isEqualTo(Money.cny("5000.00"));
    }

    @Test
    void test_classify_neitherUseNorRecognised() {
        CapitalisationResult none = DataResourceCapitalisation.DEFAULT.classify(resource(IntendedUse.NONE,
                AcquisitionMode.OUTSOURCED, DevelopmentCriteria.NONE_MET, List.of(cost(CostCategory.PURCHASE_PRICE, "10.00"))));
        assertThat(none.assetClass()).isEqualTo(AssetClass.EXPENSE);
        assertThat(none.capitalised().isZero()).isTrue();
        CapitalisationResult unrecognised = DataResourceCapitalisation.DEFAULT.classify(new DataResource("x",
                IntendedUse.INTERNAL_USE, AcquisitionMode.OUTSOURCED, false, DevelopmentCriteria.NONE_MET,
                List.of(cost(CostCategory.PURCHASE_PRICE, "10.00")), Money.CNY));
        assertThat(unrecognised.assetClass()).isEqualTo(AssetClass.EXPENSE);
        assertThat(unrecognised.expensed()).isEqualTo(Money.cny("10.00"));
    }

    /** Property: every cost is either capitalised or expensed, so the two totals sum to the total cost. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void test_classify_totalsPartitionCosts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IntendedUse use = IntendedUse.values()[random.nextInt(3)];
        AcquisitionMode mode = AcquisitionMode.values()[random.nextInt(2)];
        List<CostItem> costs = new ArrayList<>();
        Money total = Money.cny("0");
        for (int i = 0; i < 20; i++) {
            CostCategory c = CostCategory.values()[random.nextInt(CostCategory.values().length)];
            DevelopmentPhase p = random.nextBoolean() ? DevelopmentPhase.RESEARCH : DevelopmentPhase.DEVELOPMENT;
            Money m = Money.ofMinor(random.nextLong(1, 10_000_000), Money.CNY);
            costs.add(new CostItem("c" + i, c, p, LocalDate.of(2023, 6, 1).plusDays(random.nextInt(400)), m));
            total = total.plus(m);
        }
        CapitalisationResult r = DataResourceCapitalisation.DEFAULT.classify(resource(use, mode,
                random.nextBoolean() ? DevelopmentCriteria.ALL_MET : DevelopmentCriteria.NONE_MET, costs));
        assertThat(r.capitalised().plus(r.expensed())).isEqualTo(total);
        for (CostTreatment t : r.lines()) {
            if (t.item().incurredOn().isBefore(DataResourceCapitalisation.EFFECTIVE_DATE)) {
                assertThat(t.treatment()).isEqualTo(Treatment.EXPENSED);
            }
        }
    }

    @Test
    void test_resource_noCosts() {
        assertThatThrownBy(() -> resource(IntendedUse.FOR_SALE, AcquisitionMode.OUTSOURCED, DevelopmentCriteria.NONE_MET,
                List.of())).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("costs");
    }

    @Test
    void test_resource_selfDevelopedWithoutPhase() {
        assertThatThrownBy(() -> resource(IntendedUse.INTERNAL_USE, AcquisitionMode.SELF_DEVELOPED,
                DevelopmentCriteria.ALL_MET, List.of(cost(CostCategory.STAFF_COSTS, "1.00"))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("costs[0].phase");
    }

    @Test
    void test_resource_currencyMismatch() {
        CostItem usd = new CostItem("usd", CostCategory.PURCHASE_PRICE, DevelopmentPhase.NOT_APPLICABLE, D,
                Money.of("1.00", java.util.Currency.getInstance("USD")));
        assertThatThrownBy(() -> resource(IntendedUse.FOR_SALE, AcquisitionMode.OUTSOURCED, DevelopmentCriteria.NONE_MET,
                List.of(usd))).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("costs[0].amount");
    }

    @Test
    void test_costItem_negativeAmount() {
        assertThatThrownBy(() -> cost(CostCategory.TAXES, "-1.00")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("amount");
    }

    private static CostRule ruleOf(IntendedUse use, AcquisitionMode mode, DevelopmentCriteria criteria, CostCategory category,
                                   DevelopmentPhase phase, LocalDate on) {
        CostItem item = new CostItem("c", category, phase, on, Money.cny("10"));
        return DataResourceCapitalisation.DEFAULT.classify(resource(use, mode, criteria, List.of(item))).lines().get(0).rule();
    }

    /** Each rule, in the order of application, decides the lines it covers (the first that applies). */
    @Test
    void test_classify_eachLineNamesTheRuleThatDecided() {
        LocalDate after = LocalDate.of(2024, 6, 1);
        IntendedUse in = IntendedUse.INTERNAL_USE;
        IntendedUse sale = IntendedUse.FOR_SALE;
        AcquisitionMode own = AcquisitionMode.SELF_DEVELOPED;
        AcquisitionMode bought = AcquisitionMode.OUTSOURCED;
        DevelopmentCriteria met = DevelopmentCriteria.ALL_MET;
        DevelopmentPhase dev = DevelopmentPhase.DEVELOPMENT;
        assertThat(ruleOf(in, own, met, CostCategory.CLEANSING, dev, LocalDate.of(2023, 12, 31)))
                .isEqualTo(CostRule.PROSPECTIVE_APPLICATION);
        assertThat(ruleOf(IntendedUse.NONE, bought, met, CostCategory.PURCHASE_PRICE, DevelopmentPhase.NOT_APPLICABLE, after))
                .isEqualTo(CostRule.NOT_AN_ASSET);
        assertThat(ruleOf(in, own, met, CostCategory.STORAGE, dev, after)).isEqualTo(CostRule.NEVER_CAPITALISED);
        assertThat(ruleOf(in, own, met, CostCategory.CLEANSING, DevelopmentPhase.RESEARCH, after))
                .isEqualTo(CostRule.RESEARCH_PHASE);
        assertThat(ruleOf(in, own, met, CostCategory.CLEANSING, dev, after)).isEqualTo(CostRule.DEVELOPMENT_CRITERIA_MET);
        assertThat(ruleOf(in, own, new DevelopmentCriteria(true, true, false, true, true), CostCategory.CLEANSING, dev, after))
                .isEqualTo(CostRule.DEVELOPMENT_CRITERIA_FAILED);
        assertThat(ruleOf(in, bought, met, CostCategory.PURCHASE_PRICE, DevelopmentPhase.NOT_APPLICABLE, after))
                .isEqualTo(CostRule.OUTSOURCED_INTANGIBLE_COST);
        assertThat(ruleOf(in, bought, met, CostCategory.INSURANCE, DevelopmentPhase.NOT_APPLICABLE, after))
                .isEqualTo(CostRule.OUTSOURCED_INTANGIBLE_OTHER);
        assertThat(ruleOf(sale, bought, met, CostCategory.INSURANCE, DevelopmentPhase.NOT_APPLICABLE, after))
                .isEqualTo(CostRule.OUTSOURCED_INVENTORY_PURCHASE_COST);
        assertThat(ruleOf(sale, bought, met, CostCategory.CLEANSING, DevelopmentPhase.NOT_APPLICABLE, after))
                .isEqualTo(CostRule.OUTSOURCED_INVENTORY_OTHER);
        assertThat(ruleOf(sale, own, met, CostCategory.CLEANSING, DevelopmentPhase.NOT_APPLICABLE, after))
                .isEqualTo(CostRule.SELF_PROCESSED_INVENTORY_COST);
    }

    @Test
    void test_costRule_idsAndTreatments() {
        assertThat(CostRule.RESEARCH_PHASE.id()).isEqualTo("research-phase");
        assertThat(CostRule.OUTSOURCED_INVENTORY_PURCHASE_COST.id()).isEqualTo("outsourced-inventory-purchase-cost");
        assertThat(CostRule.DEVELOPMENT_CRITERIA_MET.treatment()).isEqualTo(Treatment.CAPITALISED);
        assertThat(CostRule.NEVER_CAPITALISED.treatment()).isEqualTo(Treatment.EXPENSED);
    }

    @Test
    void test_costTreatment_ruleMustGiveTheTreatment() {
        CostItem item = new CostItem("c", CostCategory.CLEANSING, DevelopmentPhase.NOT_APPLICABLE, LocalDate.of(2024, 6, 1),
                Money.cny("1"));
        assertThatThrownBy(() -> new CostTreatment(item, Treatment.CAPITALISED, "r", CostRule.RESEARCH_PHASE))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("rule");
        assertThat(CostTreatment.by(item, CostRule.RESEARCH_PHASE, "r").treatment()).isEqualTo(Treatment.EXPENSED);
    }
}
