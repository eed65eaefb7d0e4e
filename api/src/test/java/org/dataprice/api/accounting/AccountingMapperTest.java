package org.dataprice.api.accounting;

import org.dataprice.accounting.AcquisitionMode;
import org.dataprice.accounting.CapitalisationResult;
import org.dataprice.accounting.CostCategory;
import org.dataprice.accounting.CostItem;
import org.dataprice.accounting.CostTreatment;
import org.dataprice.accounting.DataResource;
import org.dataprice.accounting.DataResourceCapitalisation;
import org.dataprice.accounting.DevelopmentCriteria;
import org.dataprice.accounting.DevelopmentPhase;
import org.dataprice.accounting.IntendedUse;
import org.dataprice.accounting.Treatment;
import org.dataprice.money.Money;
import org.dataprice.accounting.Amortisation;
import org.dataprice.accounting.AmortisationInputs;
import org.dataprice.accounting.AmortisationMethod;
import org.dataprice.accounting.AmortisationSchedule;
import org.dataprice.accounting.ImpairmentInputs;
import org.dataprice.accounting.ImpairmentResult;
import org.dataprice.accounting.ImpairmentTest;
import org.dataprice.accounting.InventoryValuation;
import org.dataprice.accounting.InventoryValuationInputs;
import org.dataprice.accounting.InventoryValuationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataprice.api.MapperRoundTrip.assertCarried;
import static org.dataprice.api.MapperRoundTrip.assertFullyPopulated;

/**
 * The rule id the response reports for a cost line is the core's ({@code CostRule}, the mapper derives nothing) and
 * agrees with the treatment the core decided: the {@code …-cost} and {@code development-criteria-met} rules
 * capitalise, every other rule expenses. Seeded random
 * resources (every use, acquisition, category, phase, and dates either side of 2024-01-01); no server. And no
 * silent data drops: each fully populated request (every optional field set) maps to core inputs that carry every
 * field, and each core result maps to a response that carries every figure (amortisation, impairment with its revised
 * schedule, classification, inventory).
 */
class AccountingMapperTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void test_rule_agreesWithCoreTreatment(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IntendedUse use = IntendedUse.values()[random.nextInt(IntendedUse.values().length)];
        AcquisitionMode mode = AcquisitionMode.values()[random.nextInt(AcquisitionMode.values().length)];
        List<CostItem> costs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CostCategory c = CostCategory.values()[random.nextInt(CostCategory.values().length)];
            DevelopmentPhase p = random.nextBoolean() ? DevelopmentPhase.RESEARCH : DevelopmentPhase.DEVELOPMENT;
            costs.add(new CostItem("c" + i, c, p, LocalDate.of(2023, 6, 1).plusDays(random.nextInt(400)),
                    Money.ofMinor(random.nextLong(0, 10_000_000), Money.CNY)));
        }
        DataResource resource = new DataResource("r", use, mode, random.nextInt(4) > 0,
                random.nextBoolean() ? DevelopmentCriteria.ALL_MET : new DevelopmentCriteria(true, true, false, true, true),
                costs, Money.CNY);
        CapitalisationResult r = DataResourceCapitalisation.DEFAULT.classify(resource);
        ClassificationResponse response = AccountingMapper.toResponse(resource, r);

        for (int i = 0; i < r.lines().size(); i++) {
            CostTreatment t = r.lines().get(i);
            String rule = response.lines().get(i).rule();
            assertThat(rule).isEqualTo(t.rule().id());
            assertThat(AccountingMapper.COST_RULES).contains(rule);
            boolean capitalising = rule.endsWith("-cost") || rule.equals("development-criteria-met");
            assertThat(t.treatment()).as(rule + ": " + t.reason())
                    .isEqualTo(capitalising ? Treatment.CAPITALISED : Treatment.EXPENSED);
        }
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void test_amortisation_requestToCoreToResponse_carriesEveryField() {
        AmortisationRequest r = new AmortisationRequest("USD", d("1200.00"), d("120.00"), "2024-03", 4,
                AmortisationMethod.CONSUMPTION, List.of(d("4"), d("3"), d("2"), d("1")));
        assertFullyPopulated(r, Set.of());
        AmortisationInputs in = AccountingMapper.toInputs(r);
        assertCarried(r, in, Map.of(), Set.of("currency"));
        assertThat(in.cost().currency().getCurrencyCode()).isEqualTo("USD");

        AmortisationSchedule s = Amortisation.DEFAULT.schedule(in);
        AmortisationResponse response = AccountingMapper.toResponse(s);
        assertCarried(s, response, Map.of(), Set.of());
        assertThat(response.currency()).isEqualTo("USD");
        assertThat(response.byYear()).isNotEmpty();
        assertThat(response.byYear().stream().map(AmortisationResponse.YearTotal::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo(s.amortisable().amount());
    }

    @Test
    void test_impairment_requestToCoreToResponse_carriesEveryField() {
        // value in use from cash flows (valueInUse itself must then be absent: the two are alternatives)
        ImpairmentRequest r = new ImpairmentRequest("USD", d("1000.00"), d("700.00"), d("20.00"), null,
                List.of(d("300"), d("300"), d("300")), 0.08, d("50.00"), "2025-06", 24, d("10.00"));
        assertFullyPopulated(r, Set.of("valueInUse"));
        Optional<Money> valueInUse = AccountingMapper.valueInUse(r);
        assertThat(valueInUse).isPresent();
        ImpairmentInputs in = AccountingMapper.toInputs(r, valueInUse);
        assertCarried(r, in, Map.of(), Set.of("currency", "valueInUse", "valueInUseCashFlows", "discountRate"));
        assertThat(in.valueInUse()).isEqualTo(valueInUse);

        ImpairmentResult result = ImpairmentTest.DEFAULT.test(in);
        ImpairmentResponse response = AccountingMapper.toResponse(result, valueInUse);
        assertThat(result.revisedSchedule()).isPresent();
        assertCarried(result, response, Map.of(), Set.of("revisedSchedule"));
        assertThat(response.valueInUse()).isEqualByComparingTo(valueInUse.get().amount());
        List<AmortisationResponse.Line> lines = response.revisedSchedule();
        assertThat(lines).hasSize(result.revisedSchedule().get().lines().size());
        for (int i = 0; i < lines.size(); i++) {
            assertCarried(result.revisedSchedule().get().lines().get(i), lines.get(i), Map.of(), Set.of());
        }

        ImpairmentRequest given = new ImpairmentRequest("USD", d("1000.00"), null, null, d("640.00"), null, null, null,
                "2025-06", 24, null);
        Optional<Money> v = AccountingMapper.valueInUse(given);
        assertThat(v).contains(Money.of(d("640.00"), Money.currency("USD", "c")));
        assertThat(AccountingMapper.toResponse(ImpairmentTest.DEFAULT.test(AccountingMapper.toInputs(given, v)), v)
                .valueInUse()).isEqualByComparingTo("640.00");
    }

    @Test
    void test_classification_requestToCoreToResponse_carriesEveryField() {
        ClassificationRequest r = new ClassificationRequest("USD", "traces", IntendedUse.INTERNAL_USE,
                AcquisitionMode.SELF_DEVELOPED, true, new ClassificationRequest.Criteria(true, true, true, true, false),
                List.of(new ClassificationRequest.Cost("labelling", CostCategory.CLEANSING, DevelopmentPhase.DEVELOPMENT,
                                "2024-05-02", d("100.00")),
                        new ClassificationRequest.Cost("survey", CostCategory.DATA_COLLECTION, DevelopmentPhase.RESEARCH,
                                "2024-02-01", d("40.00"))));
        assertFullyPopulated(r, Set.of());
        DataResource resource = AccountingMapper.toResource(r);
        assertCarried(r, resource, Map.of(), Set.of());

        CapitalisationResult result = DataResourceCapitalisation.DEFAULT.classify(resource);
        ClassificationResponse response = AccountingMapper.toResponse(resource, result);
        assertCarried(result, response, Map.of(), Set.of("lines"));
        assertThat(response.name()).isEqualTo("traces");
        assertThat(response.currency()).isEqualTo("USD");
        for (int i = 0; i < result.lines().size(); i++) {
            CostTreatment t = result.lines().get(i);
            ClassificationResponse.Line line = response.lines().get(i);
            assertCarried(t.item(), line, Map.of(), Set.of());
            assertCarried(t, line, Map.of(), Set.of("item", "rule"));
            assertThat(line.rule()).isEqualTo(t.rule().id());
            assertThat(line.index()).isEqualTo(i);
            assertThat(line.capitalised().add(line.expensed())).isEqualByComparingTo(t.item().amount().amount());
        }
    }

    @Test
    void test_inventory_requestToCoreToResponse_carriesEveryField() {
        InventoryRequest r = new InventoryRequest("USD", d("500.00"), d("30.00"),
                List.of(new InventoryRequest.Period("2025-03", d("480.00"), d("15.00"), d("5.00"))));
        assertFullyPopulated(r, Set.of());
        Money cost = AccountingMapper.inventoryCost(r);
        Money opening = AccountingMapper.openingAllowance(r);
        InventoryValuationInputs in = AccountingMapper.toInputs(r, 0, cost, opening);
        assertThat(in.cost().amount()).isEqualByComparingTo(r.cost());
        assertThat(in.existingAllowance().amount()).isEqualByComparingTo(r.openingAllowance());
        assertCarried(r.periods().get(0), in, Map.of(), Set.of("period"));

        InventoryValuationResult result = InventoryValuation.DEFAULT.measure(in);
        InventoryResponse.Period period = AccountingMapper.toPeriod("2025-03", opening, result);
        assertCarried(result, period, Map.of(), Set.of());
        assertThat(period.period()).isEqualTo("2025-03");
        assertThat(period.openingAllowance()).isEqualByComparingTo(r.openingAllowance());
    }
}
