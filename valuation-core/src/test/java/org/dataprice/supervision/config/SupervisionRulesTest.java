package org.dataprice.supervision.config;

import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.supervision.Severity;
import org.dataprice.supervision.rule.HampelRule;
import org.dataprice.supervision.rule.RuleSet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Defaults equal the core's example rule set; revisions bump only the changed rules; bad parameters name their path. */
class SupervisionRulesTest {
    private static final Money T = Money.of("100000.00", Money.currency("CNY", "currency"));

    @Test
    void test_defaults_buildTheExampleRuleSet() {
        SupervisionRules d = SupervisionRules.defaults(T);

        assertThat(d.version()).isZero();
        assertThat(d.ruleSet()).isEqualTo(RuleSet.example(T));
        assertThat(d.concentration()).isEqualTo(org.dataprice.supervision.structure.ConcentrationScreen.EXAMPLE);
    }

    @Test
    void test_revise_bumpsOnlyChangedRules() {
        SupervisionRules d = SupervisionRules.defaults(T);

        SupervisionRules v1 = d.revise(null, List.of(
                new RuleChange("price.hampel", null, Severity.HIGH, Map.of("threshold", new BigDecimal("3.5"))),
                new RuleChange("price.band", true, null, null)));
        SupervisionRules v2 = v1.revise(null, List.of(new RuleChange("volume.spike", false, null, null)));

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.rule("price.hampel").version()).isEqualTo(2);
        assertThat(v1.rule("price.band").version()).as("no change").isEqualTo(1);
        assertThat(v1.ruleSet().dealRules()).filteredOn(r -> r instanceof HampelRule)
                .singleElement().satisfies(r -> assertThat(((HampelRule) r).filter().threshold()).isEqualTo(3.5));
        assertThat(v2.rule("volume.spike").enabled()).isFalse();
        assertThat(v2.rule("price.hampel").version()).isEqualTo(2);
        assertThat(v2.ruleSet().periodRules()).hasSize(1);
    }

    @Test
    void test_revise_badParameter_namesRequestPath() {
        SupervisionRules d = SupervisionRules.defaults(T);

        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.band", null, null, null),
                new RuleChange("price.hampel", null, null, Map.of("threshold", BigDecimal.ZERO)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[1].parameters.threshold"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.hampel", null, null,
                Map.of("minSample", new BigDecimal("5.5"))))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].parameters.minSample"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.nope", null, null, null))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].id"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.hampel", null, null,
                Map.of("nope", BigDecimal.ONE)))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].parameters.nope"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.band", null, null, null),
                new RuleChange("price.band", false, null, null))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[1].id"));
    }

    @Test
    void test_patternSettings_defaultsAreTheExamples_andRevisionsReachTheScreens() {
        SupervisionRules d = SupervisionRules.defaults(T);
        assertThat(d.cycles()).isEqualTo(org.dataprice.supervision.pattern.CycleScreen.EXAMPLE);
        assertThat(d.auctions()).isEqualTo(org.dataprice.supervision.pattern.AuctionScreen.EXAMPLE);
        assertThat(d.offers()).isEqualTo(org.dataprice.supervision.pattern.OfferSequenceScreen.EXAMPLE);
        assertThat(d.parallelPricing()).isEqualTo(org.dataprice.supervision.pattern.ParallelPricingScreen.EXAMPLE);

        SupervisionRules v1 = d.revise(null, List.of(
                new RuleChange("pattern.parallelPricing", null, null, Map.of("minShare", new BigDecimal("0.9"),
                        "lagDays", BigDecimal.ONE)),
                new RuleChange("pattern.coverBidding", null, Severity.HIGH, Map.of("minBids", BigDecimal.valueOf(5))),
                new RuleChange("pattern.washTrading", null, null, Map.of("windowDays", BigDecimal.valueOf(10)))));
        assertThat(v1.parallelPricing().identity().version()).isEqualTo(2);
        assertThat(v1.parallelPricing().minShare()).isEqualTo(0.9);
        assertThat(v1.parallelPricing().lag()).isEqualTo(java.time.Duration.ofDays(1));
        assertThat(v1.auctions().cover().version()).isEqualTo(2);
        assertThat(v1.auctions().cover().severity()).isEqualTo(Severity.HIGH);
        assertThat(v1.auctions().rotation().version()).as("unchanged").isEqualTo(1);
        assertThat(v1.auctions().minBids()).isEqualTo(5);
        assertThat(v1.cycles().window()).isEqualTo(java.time.Duration.ofDays(10));
        assertThat(v1.cycles().washTrading().version()).isEqualTo(2);
    }

    @Test
    void test_patternSettings_badValues_nameTheirPath() {
        SupervisionRules d = SupervisionRules.defaults(T);
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("pattern.parallelPricing", null, null,
                Map.of("minShare", new BigDecimal("1.5"))))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].parameters.minShare"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("pattern.washTrading", null, null,
                Map.of("windowDays", BigDecimal.valueOf(400))))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].parameters.windowDays"));
        // a rise that a wash ring would also meet (ρ − 1 = 0.5 ≥ g = 0.2): refused on the round trip's parameters
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("pattern.washTrading", null, null,
                Map.of("amountTolerance", new BigDecimal("1.5"))))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].parameters.amountTolerance"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("pattern.roundTrip", null, null,
                Map.of("minRise", new BigDecimal("0.05"))))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].parameters.minRise"));
    }

    @Test
    void test_stored_olderVersionWithoutThePatternRules_runsThemAtTheirDefaults() {
        SupervisionRules d = SupervisionRules.defaults(T);
        List<RuleSettings> eight = d.rules().subList(0, 8);

        SupervisionRules old = SupervisionRules.stored(3, T, eight);

        assertThat(old.version()).isEqualTo(3);
        assertThat(old.rules()).isEqualTo(d.rules());
        assertThatThrownBy(() -> SupervisionRules.stored(3, T, List.of(new RuleSettings("price.nope", 1, true,
                Severity.INFO, Map.of())))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_indexSource_versionedWithTheRules_bumpsTheIndexJumpRule() {
        SupervisionRules d = SupervisionRules.defaults(T);
        IndexSource source = new IndexSource("dpi", List.of(new IndexSource.CategorySeries("PUBLIC", "API")),
                "COMPOSITE");

        SupervisionRules v1 = d.revise(null, List.of(), source);
        SupervisionRules v2 = v1.revise(null, List.of(new RuleChange("price.band", false, null, null)));
        SupervisionRules v3 = v2.revise(null, List.of(), source);
        SupervisionRules v4 = v3.revise(null, List.of(new RuleChange("price.indexJump", null, null,
                Map.of("maxRatio", new BigDecimal("4")))), IndexSource.NONE);

        assertThat(d.indexSource()).isEqualTo(IndexSource.NONE);
        assertThat(v1.indexSource()).isEqualTo(source);
        assertThat(v1.rule("price.indexJump").version()).isEqualTo(2);
        assertThat(v1.rule("price.band").version()).isEqualTo(1);
        assertThat(v2.indexSource()).as("kept").isEqualTo(source);
        assertThat(v3.rule("price.indexJump").version()).as("same source: no bump").isEqualTo(2);
        assertThat(v4.rule("price.indexJump").version()).as("one bump for two changes").isEqualTo(3);
        assertThat(v4.indexSource().configured()).isFalse();
        assertThat(source.seriesOf("PUBLIC")).isEqualTo("API");
        assertThat(source.seriesOf("PERSONAL")).isEqualTo("COMPOSITE");
        assertThat(new IndexSource("dpi", List.of(), null).seriesOf("PUBLIC")).isNull();
        assertThat(SupervisionRules.stored(3, T, d.rules(), null).indexSource()).isEqualTo(IndexSource.NONE);
        assertThat(SupervisionRules.stored(3, T, d.rules(), source).indexSource()).isEqualTo(source);
    }

    @Test
    void test_indexSource_errors_nameRequestPaths() {
        assertThatThrownBy(() -> new IndexSource(null, List.of(new IndexSource.CategorySeries("PUBLIC", "API")), null))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "indexSource.index");
        assertThatThrownBy(() -> new IndexSource("dpi", List.of(new IndexSource.CategorySeries("PUBLIC", "API"),
                new IndexSource.CategorySeries("PUBLIC", "DATASET")), null)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "indexSource.categories[1].category");
        assertThatThrownBy(() -> new IndexSource("dpi", List.of(new IndexSource.CategorySeries("PUBLIC", " ")), null))
                .hasFieldOrPropertyWithValue("field", "indexSource.categories[0].series");
        IndexSource source = new IndexSource("dpi", List.of(new IndexSource.CategorySeries("PUBLIC", "API")), "X");
        assertThatThrownBy(() -> source.requireAvailable(List.of("other"), List.of()))
                .hasFieldOrPropertyWithValue("field", "indexSource.index");
        assertThatThrownBy(() -> source.requireAvailable(List.of("dpi"), List.of("COMPOSITE", "DATASET")))
                .hasFieldOrPropertyWithValue("field", "indexSource.categories[0].series");
        assertThatThrownBy(() -> source.requireAvailable(List.of("dpi"), List.of("COMPOSITE", "API")))
                .hasFieldOrPropertyWithValue("field", "indexSource.otherCategories");
        source.requireAvailable(List.of("dpi"), List.of("API", "X"));
        IndexSource.NONE.requireAvailable(List.of(), List.of());
    }
}
