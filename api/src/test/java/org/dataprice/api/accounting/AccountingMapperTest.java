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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule id the mapper reports for a cost line agrees with the treatment the core decided: the
 * {@code …-cost} and {@code development-criteria-met} rules capitalise, every other rule expenses. Seeded random
 * resources (every use, acquisition, category, phase, and dates either side of 2024-01-01); no server.
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

        for (CostTreatment t : r.lines()) {
            String rule = AccountingMapper.rule(resource, r.assetClass(), t);
            assertThat(AccountingMapper.COST_RULES).contains(rule);
            boolean capitalising = rule.endsWith("-cost") || rule.equals("development-criteria-met");
            assertThat(t.treatment()).as(rule + ": " + t.reason())
                    .isEqualTo(capitalising ? Treatment.CAPITALISED : Treatment.EXPENSED);
        }
    }
}
