package org.dataprice.index.bilateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.dataprice.error.CalculationException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.index.CesData;
import org.dataprice.index.IndexResult;
import org.dataprice.index.PricePanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bilateral formulas × linking on the IndexNumR 0.6.0 {@code CES_sigma_2} data set. Expected values
 * were computed independently from the CPI Manual (2004) formulas with NumPy 2.4 (double precision);
 * Lowe and Young use March 2020 (period 3) as weight period.
 */
class BilateralIndexTest {
    private static final double TOLERANCE = 1e-12;
    private static final PricePanel CES = CesData.panel(2);

    static Stream<Arguments> golden() {
        return Stream.of(
            Arguments.of("carli", "DIRECT", new double[] {1.0, 0.8562500000000001, 0.9875, 1.0, 0.91125, 1.0375, 1.00125, 0.8175, 0.98125, 0.9375, 1.01375, 1.025}),
            Arguments.of("carli", "CHAINED", new double[] {1.0, 0.8562500000000001, 1.0815643156185921, 1.0850515021520848, 0.9581980759869373, 1.21301445164387, 1.1709246709492136, 0.9835793487535384, 1.2321012675358158, 1.1226056013196868, 1.3281359768279661, 1.3173066331116268}),
            Arguments.of("dutot", "DIRECT", new double[] {1.0, 0.8333333333333334, 0.9222222222222223, 0.9111111111111112, 0.8155555555555556, 0.911111111111111, 0.8844444444444446, 0.7266666666666667, 0.8555555555555556, 0.8, 0.8622222222222222, 0.8555555555555556}),
            Arguments.of("dutot", "CHAINED", new double[] {1.0, 0.8333333333333334, 0.9222222222222223, 0.9111111111111112, 0.8155555555555556, 0.911111111111111, 0.8844444444444445, 0.7266666666666667, 0.8555555555555557, 0.8, 0.8622222222222222, 0.8555555555555556}),
            Arguments.of("jevons", "DIRECT", new double[] {1.0, 0.8222873079495548, 0.9759459370186715, 0.9771338459743659, 0.8211755576077314, 0.9913894240027221, 0.956299150099262, 0.7772936395007726, 0.9259165243012527, 0.81903625881272, 0.9375982290050661, 0.9286131839966543}),
            Arguments.of("jevons", "CHAINED", new double[] {1.0, 0.8222873079495548, 0.9759459370186715, 0.9771338459743659, 0.8211755576077314, 0.9913894240027221, 0.956299150099262, 0.7772936395007726, 0.9259165243012527, 0.8190362588127201, 0.9375982290050663, 0.9286131839966544}),
            Arguments.of("laspeyres", "DIRECT", new double[] {1.0, 0.9673076923076923, 1.1, 1.1576923076923076, 1.151153846153846, 1.276923076923077, 1.2103846153846152, 1.053076923076923, 1.201923076923077, 1.2230769230769232, 1.271923076923077, 1.326923076923077}),
            Arguments.of("laspeyres", "CHAINED", new double[] {1.0, 0.9673076923076923, 1.2905504313195648, 1.3382002456450601, 1.2482444210071986, 1.7346551642058297, 1.6530619288944117, 1.4524186328883595, 1.8386214784663253, 1.7126801686402364, 2.181017038350121, 2.2000473587216494}),
            Arguments.of("paasche", "DIRECT", new double[] {1.0, 0.8007632300736024, 1.0563447394772278, 1.0663831673427513, 0.6912517515003417, 1.0749854928486275, 1.0256474826350457, 0.8358529167818635, 0.9773732275445289, 0.6761683791846205, 0.9671482857638294, 0.9259489362755411}),
            Arguments.of("paasche", "CHAINED", new double[] {1.0, 0.8007632300736024, 0.8987145959190932, 0.9247901959681524, 0.6715974176363718, 0.7858912392639293, 0.7472454155089403, 0.5836021569025245, 0.6431380712666728, 0.5145138198487621, 0.5736947084609455, 0.5745408049126531}),
            Arguments.of("fisher", "DIRECT", new double[] {1.0, 0.8801047847656267, 1.077951396596781, 1.1111001709500643, 0.8920409813457008, 1.1716116178904765, 1.114193849287196, 0.9381990288576919, 1.083848438183383, 0.9093986698335532, 1.1091159648429956, 1.1084507258315055}),
            Arguments.of("fisher", "CHAINED", new double[] {1.0, 0.8801047847656267, 1.0769570601451919, 1.1124542540773195, 0.9155969253593215, 1.1675831005514317, 1.1114148406057547, 0.9206707592180077, 1.0874223978980344, 0.9387212662693385, 1.1185874726478158, 1.1242850974400993}),
            Arguments.of("tornqvist", "DIRECT", new double[] {1.0, 0.8925714978994126, 1.0791614124953526, 1.1144027220664787, 0.927673813248628, 1.1799187124471013, 1.122942710347559, 0.941143001090545, 1.0955750668473496, 0.946187060764439, 1.127140656468686, 1.131549770601212}),
            Arguments.of("tornqvist", "CHAINED", new double[] {1.0, 0.8925714978994126, 1.078961211247277, 1.1146079572188299, 0.9327860850150925, 1.179071007364135, 1.1223219625156877, 0.9379710890452436, 1.0961295286280055, 0.9527308723645097, 1.128841850783801, 1.1346165662371839}),
            Arguments.of("walsh", "DIRECT", new double[] {1.0, 0.8952645452833742, 1.0794069192751237, 1.11508515242755, 0.9366459627329193, 1.181706972805119, 1.1248254135758402, 0.9417956656346751, 1.0981496379726468, 0.9558823529411765, 1.1312112238348855, 1.1370030581039754}),
            Arguments.of("walsh", "CHAINED", new double[] {1.0, 0.8952645452833742, 1.0794069192751234, 1.1150851524275498, 0.9366459627329191, 1.181706972805119, 1.1248254135758404, 0.941795665634675, 1.0981496379726468, 0.9558823529411764, 1.1312112238348853, 1.1370030581039756}),
            Arguments.of("geometric-laspeyres", "DIRECT", new double[] {1.0, 0.9359918300857961, 1.0901658727989825, 1.1376738941605749, 1.060552515662483, 1.2327562494382864, 1.1712022344704522, 0.999190467707554, 1.1549789452327381, 1.1091397147502637, 1.209315261196986, 1.2427603313158309}),
            Arguments.of("geometric-laspeyres", "CHAINED", new double[] {1.0, 0.9359918300857961, 1.181657055908311, 1.2230370876444485, 1.0911778680106545, 1.4409198875697837, 1.3723379868147028, 1.1810819859776966, 1.4287712088791475, 1.2908276452807554, 1.5818566264753018, 1.592821754662331}),
            Arguments.of("lloyd-moulton", "DIRECT", new double[] {1.0, 0.8952645452833741, 1.0794069192751234, 1.1150851524275498, 0.9366459627329192, 1.181706972805119, 1.1248254135758404, 0.9417956656346749, 1.0981496379726468, 0.9558823529411766, 1.1312112238348853, 1.1370030581039756}),
            Arguments.of("lloyd-moulton", "CHAINED", new double[] {1.0, 0.8952645452833741, 1.0794069192751234, 1.11508515242755, 0.9366459627329194, 1.1817069728051193, 1.1248254135758404, 0.941795665634675, 1.0981496379726468, 0.9558823529411764, 1.131211223834885, 1.1370030581039754}),
            Arguments.of("lowe", "DIRECT", new double[] {1.0, 0.9412131832464348, 1.0563447394772278, 1.0953471910500328, 1.0463756431062463, 1.1830772418079485, 1.1248684437692067, 0.9739335658299091, 1.110369980318359, 1.0986568143365214, 1.1649741031041745, 1.2026293981561411}),
            Arguments.of("lowe", "CHAINED", new double[] {1.0, 0.9412131832464348, 1.0563447394772278, 1.0953471910500328, 1.046375643106246, 1.1830772418079483, 1.1248684437692065, 0.973933565829909, 1.1103699803183589, 1.0986568143365214, 1.1649741031041745, 1.2026293981561411}),
            Arguments.of("young", "DIRECT", new double[] {1.0, 0.9540774299835254, 1.0794069192751237, 1.1282537067545304, 1.101144975288303, 1.2324546952224051, 1.1700247116968696, 1.0148105436573311, 1.1587726523887971, 1.1640856672158155, 1.2215897858319604, 1.2682866556836903}),
            Arguments.of("young", "CHAINED", new double[] {1.0, 0.9540774299835254, 1.1503167246754695, 1.192788817990144, 1.1263650040528959, 1.3794705672054477, 1.3132340444115091, 1.1444828768859037, 1.3637860947586111, 1.3131889566136952, 1.4942208160872985, 1.5266182547399467})
        );
    }

    private static BilateralFormula formula(String id) {
        YearMonth march = YearMonth.of(2020, 3);
        switch (id) {
            case "lowe":
                return new LoweIndex(march);
            case "young":
                return new YoungIndex(march);
            case "lloyd-moulton":
                return new LloydMoultonIndex(2);
            default:
                return BilateralIndex.plainFormulas().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("golden")
    void test_compute_cesSigma2(String id, String linking, double[] expected) {
        IndexResult r = BilateralIndex.DEFAULT.compute(CES, formula(id), Linking.valueOf(linking));
        double[] got = r.levelsArray();
        for (int t = 0; t < 12; t++) {
            assertThat(got[t]).as("CES_sigma_2 %s %s period %d", id, linking, t + 1)
                    .isCloseTo(expected[t], within(TOLERANCE * expected[t]));
        }
        assertThat(r.settings().method()).isEqualTo(id);
        assertThat(r.settings().parameters()).containsEntry("linking", linking);
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(got[11]);
    }

    @Test
    void test_lloydMoulton_exactForCesPreferences() {
        // With σ equal to the data's σ, Lloyd–Moulton equals the true CES cost-of-living index
        // (Σ α p1^(1-σ))^(1/(1-σ)) / (Σ α p0^(1-σ))^(1/(1-σ)) (CPI Manual 2004, ¶17.61).
        double[] got = BilateralIndex.DEFAULT.compute(CES, new LloydMoultonIndex(2), Linking.DIRECT).levelsArray();
        for (int t = 0; t < 12; t++) {
            assertThat(got[t]).isCloseTo(cesUnitCost(t) / cesUnitCost(0), within(TOLERANCE));
        }
    }

    private static double cesUnitCost(int t) {
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += CesData.ALPHA[i] * Math.pow(CesData.PRICES[t][i], -1);
        }
        return 1 / sum;
    }

    @Test
    void test_compute_matchesOnlyCommonProducts() {
        // product 2 missing in period 2: the direct comparison 1→2 uses products 1 only
        List<YearMonth> periods = PricePanel.months(YearMonth.of(2024, 1), 2);
        PricePanel panel = PricePanel.of(periods, List.of("a", "b"), new double[] {1, 2, 1.5, 0},
                new double[] {1, 1, 1, 0}, new boolean[] {true, true, true, false});
        IndexResult r = BilateralIndex.DEFAULT.compute(panel, JevonsIndex.DEFAULT, Linking.DIRECT);
        assertThat(r.levels().get(1)).isCloseTo(1.5, within(TOLERANCE));
    }

    @Test
    void test_compute_noCommonProduct() {
        List<YearMonth> periods = PricePanel.months(YearMonth.of(2024, 1), 2);
        PricePanel panel = PricePanel.of(periods, List.of("a", "b"), new double[] {1, 0, 0, 2},
                new double[] {1, 0, 0, 1}, new boolean[] {true, false, false, true});
        assertThatThrownBy(() -> BilateralIndex.DEFAULT.compute(panel, FisherIndex.DEFAULT, Linking.CHAINED))
                .isInstanceOf(CalculationException.class).extracting("field").isEqualTo("index");
    }

    @Test
    void test_lloydMoulton_invalidSigma() {
        assertThatThrownBy(() -> new LloydMoultonIndex(-0.5)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("sigma");
    }

    @Test
    void test_lowe_weightPeriodNotInPanel() {
        assertThatThrownBy(() -> BilateralIndex.DEFAULT.compute(CES, new LoweIndex(YearMonth.of(1999, 1)), Linking.DIRECT))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("period");
    }

    @Test
    void test_lowe_nullWeightPeriod() {
        assertThatThrownBy(() -> new LoweIndex(null)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("weightPeriod");
    }
}
