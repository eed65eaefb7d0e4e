package org.dataprice.accounting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * Classification and initial measurement of data resources (数据资源入表) under
 * 《企业数据资源相关会计处理暂行规定》 (财政部 财会〔2023〕11号, effective 2024-01-01), applying CAS 6
 * (无形资产) and CAS 1 (存货).
 *
 * <p>Classification: internal use → 无形资产; held for sale in the ordinary course → 存货; in either case
 * only when the asset recognition tests hold (benefits probable, cost reliably measurable); otherwise
 * every cost is expensed. Costs, in this order of rules:
 * <ol>
 *   <li>incurred before {@link #EFFECTIVE_DATE} → expensed: the regulation applies prospectively
 *       (未来适用法), costs already expensed are not capitalised retrospectively (§五);</li>
 *   <li>{@code GENERAL_ADMINISTRATION}, {@code SELLING}, {@code TRAINING}, {@code STORAGE} → always
 *       expensed (CAS 6 application guidance; CAS 1 §9);</li>
 *   <li>self-developed intangible: research phase → expensed (CAS 6 §8); development phase →
 *       capitalised only when all five CAS 6 §9 criteria hold, else expensed;</li>
 *   <li>outsourced intangible: 购买价款, 相关税费, directly attributable 脱敏/清洗/标注/整合/分析/可视化 and
 *       数据权属鉴证/质量评估/登记结算/安全管理 costs, other directly attributable costs → capitalised;
 *       anything else (e.g. insurance, collection) → expensed unless reported as directly attributable;</li>
 *   <li>outsourced inventory: 购买价款, 相关税费, 保险费, 数据权属鉴证/质量评估/登记结算/安全管理 and other
 *       attributable purchase costs → capitalised; processing costs → expensed (bought data is not
 *       processed into its present state by the buyer; report such work as self-processed);</li>
 *   <li>self-processed inventory: purchase costs plus processing (采集、脱敏、清洗、标注、整合、分析、
 *       可视化), staff, materials and other costs to bring it to its present state → capitalised.</li>
 * </ol>
 * Capitalised development costs sit in 开发支出 until the resource is ready for use, then in 无形资产
 * (both with a "其中:数据资源" sub-line). Source: 财会〔2023〕11号 §二–§五 (domain notes §4, [K] wording to
 * verify against the text); CAS 6 §4, §8, §9, §12; CAS 1 §4, §6–§9.
 *
 * <p>Stateless and thread-safe.
 */
public final class DataResourceCapitalisation {
    /** The default instance. */
    public static final DataResourceCapitalisation DEFAULT = new DataResourceCapitalisation();
    /** The effective date of 财会〔2023〕11号: costs before it are not capitalised. */
    public static final LocalDate EFFECTIVE_DATE = LocalDate.of(2024, 1, 1);

    private static final String METHOD = "accounting.dataResourceCapitalisation";
    private static final String SOURCE = "财会〔2023〕11号 §二–§五; CAS 6 §4, §8, §9; CAS 1 §6–§9";

    private static final Set<CostCategory> NEVER = EnumSet.of(CostCategory.GENERAL_ADMINISTRATION,
            CostCategory.SELLING, CostCategory.TRAINING, CostCategory.STORAGE);
    private static final Set<CostCategory> INTANGIBLE_OUTSOURCED = EnumSet.of(CostCategory.PURCHASE_PRICE,
            CostCategory.TAXES, CostCategory.DESENSITISATION, CostCategory.CLEANSING, CostCategory.LABELLING,
            CostCategory.INTEGRATION, CostCategory.ANALYSIS, CostCategory.VISUALISATION,
            CostCategory.RIGHTS_CERTIFICATION, CostCategory.QUALITY_ASSESSMENT, CostCategory.REGISTRATION_SETTLEMENT,
            CostCategory.SECURITY_MANAGEMENT, CostCategory.OTHER_DIRECTLY_ATTRIBUTABLE);
    private static final Set<CostCategory> INVENTORY_OUTSOURCED = EnumSet.of(CostCategory.PURCHASE_PRICE,
            CostCategory.TAXES, CostCategory.INSURANCE, CostCategory.RIGHTS_CERTIFICATION,
            CostCategory.QUALITY_ASSESSMENT, CostCategory.REGISTRATION_SETTLEMENT, CostCategory.SECURITY_MANAGEMENT,
            CostCategory.OTHER_DIRECTLY_ATTRIBUTABLE);

    /**
     * Classifies a data resource and decides the treatment of each cost.
     *
     * @param resource the resource and its costs; not null
     * @return the class, the treatment of each cost, and the totals
     */
    public CapitalisationResult classify(DataResource resource) {
        Require.notNull(resource, "resource");
        AssetClass assetClass = assetClass(resource);
        List<CostTreatment> lines = new ArrayList<>();
        Money capitalised = Money.zero(resource.currency());
        Money expensed = Money.zero(resource.currency());
        Step.Builder expensedStep = Step.builder(AccountingSteps.EXPENSED).formula("Σ expensed cost lines");
        Step.Builder capitalisedStep = Step.builder(AccountingSteps.CAPITALISED).formula("Σ capitalised cost lines")
                .source(SOURCE);
        for (CostItem item : resource.costs()) {
            CostTreatment t = treat(resource, assetClass, item);
            lines.add(t);
            Step line = Step.builder(AccountingSteps.COST_TREATMENT).formula(t.reason())
                    .input(Quantity.text("category", item.category().name()))
                    .input(Quantity.text("incurredOn", item.incurredOn().toString()))
                    .result(Quantity.of(item.description(), item.amount())).build();
            if (t.treatment() == Treatment.CAPITALISED) {
                capitalised = capitalised.plus(item.amount());
                capitalisedStep.child(line);
            } else {
                expensed = expensed.plus(item.amount());
                expensedStep.child(line);
            }
        }
        Explanation explanation = Explanation.builder(METHOD)
                .input("name", resource.name())
                .input("intendedUse", resource.intendedUse().name())
                .input("acquisition", resource.acquisition().name())
                .input("recognitionCriteriaMet", Boolean.toString(resource.recognitionCriteriaMet()))
                .input("developmentCriteria", resource.developmentCriteria().allMet() ? "all met"
                        : "failing " + resource.developmentCriteria().failing())
                .step(Step.builder(AccountingSteps.CLASSIFICATION).formula(classificationReason(resource))
                        .result(Quantity.text("assetClass", assetClass.name())).source(SOURCE).build())
                .step(expensedStep.result(Quantity.of("expensed", expensed)).build())
                .step(capitalisedStep.result(Quantity.of("capitalised", capitalised)).build())
                .build();
        return new CapitalisationResult(assetClass, lines, capitalised, expensed, explanation);
    }

    private static AssetClass assetClass(DataResource r) {
        if (!r.recognitionCriteriaMet()) {
            return AssetClass.EXPENSE;
        }
        return switch (r.intendedUse()) {
            case INTERNAL_USE -> AssetClass.INTANGIBLE_ASSET;
            case FOR_SALE -> AssetClass.INVENTORY;
            case NONE -> AssetClass.EXPENSE;
        };
    }

    private static String classificationReason(DataResource r) {
        if (!r.recognitionCriteriaMet()) {
            return "asset recognition tests fail (CAS 6 §4 / CAS 1 §4) → expense";
        }
        return switch (r.intendedUse()) {
            case INTERNAL_USE -> "internal use → 无形资产 (财会〔2023〕11号 §二(一), CAS 6)";
            case FOR_SALE -> "held for sale → 存货 (财会〔2023〕11号 §二(二), CAS 1)";
            case NONE -> "neither internal use nor for sale → expense (voluntary disclosure encouraged)";
        };
    }

    private static CostTreatment treat(DataResource r, AssetClass assetClass, CostItem item) {
        if (item.incurredOn().isBefore(EFFECTIVE_DATE)) {
            return by(item, CostRule.PROSPECTIVE_APPLICATION, "incurred before 2024-01-01: prospective application (未来适用法), not capitalised "
                    + "retrospectively");
        }
        if (assetClass == AssetClass.EXPENSE) {
            return by(item, CostRule.NOT_AN_ASSET, "resource not recognised as an asset");
        }
        if (NEVER.contains(item.category())) {
            return by(item, CostRule.NEVER_CAPITALISED, item.category() + " is never part of the cost of an asset (CAS 6 guidance; CAS 1 §9)");
        }
        if (assetClass == AssetClass.INTANGIBLE_ASSET && r.acquisition() == AcquisitionMode.SELF_DEVELOPED) {
            if (item.phase() == DevelopmentPhase.RESEARCH) {
                return by(item, CostRule.RESEARCH_PHASE, "research phase: expensed (CAS 6 §8)");
            }
            return r.developmentCriteria().allMet()
                    ? by(item, CostRule.DEVELOPMENT_CRITERIA_MET, "development phase, all five CAS 6 §9 criteria hold")
                    : by(item, CostRule.DEVELOPMENT_CRITERIA_FAILED, "development phase but CAS 6 §9 criteria fail: " + r.developmentCriteria().failing());
        }
        if (assetClass == AssetClass.INTANGIBLE_ASSET) {
            return INTANGIBLE_OUTSOURCED.contains(item.category())
                    ? by(item, CostRule.OUTSOURCED_INTANGIBLE_COST, item.category() + ": cost of an outsourced data intangible (财会〔2023〕11号 §二(一))")
                    : by(item, CostRule.OUTSOURCED_INTANGIBLE_OTHER, item.category() + " is not listed for an outsourced data intangible; report it as "
                            + "OTHER_DIRECTLY_ATTRIBUTABLE if it brings the data to its intended use");
        }
        if (r.acquisition() == AcquisitionMode.OUTSOURCED) {
            return INVENTORY_OUTSOURCED.contains(item.category())
                    ? by(item, CostRule.OUTSOURCED_INVENTORY_PURCHASE_COST, item.category() + ": purchase cost of outsourced data inventory (财会〔2023〕11号 §二(二))")
                    : by(item, CostRule.OUTSOURCED_INVENTORY_OTHER, item.category() + " is not a purchase cost of outsourced data inventory");
        }
        return by(item, CostRule.SELF_PROCESSED_INVENTORY_COST, item.category() + ": cost of self-processed data inventory (采购成本 + 加工成本, CAS 1 §6–§8)");
    }

    private static CostTreatment by(CostItem item, CostRule rule, String reason) {
        return CostTreatment.by(item, rule, reason);
    }
}
