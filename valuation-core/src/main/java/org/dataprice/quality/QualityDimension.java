package org.dataprice.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dataprice.error.Require;

/**
 * The six first-level data-quality indicators of GB/T 36344-2018 《信息技术 数据质量评价指标》
 * (issued 2018-06-07, effective 2019-01-01), §4, with their second-level indicators; the same six
 * are the 质量因素 of the CAS 《数据资产评估指导意见》 (2023). To extend the hierarchy (a third level,
 * another dimension), build {@link HierarchyNode}s directly; this enum only supplies the standard tree.
 */
public enum QualityDimension {
    /** 规范性 — conformance to standards, models, metadata, business rules, reference data, security. */
    NORMATIVITY("normativity", "规范性", "Normativity",
            ind("normativity", "dataStandard", "数据标准", "Data standard"),
            ind("normativity", "dataModel", "数据模型", "Data model"),
            ind("normativity", "metadata", "元数据", "Metadata"),
            ind("normativity", "businessRules", "业务规则", "Business rules"),
            ind("normativity", "referenceData", "权威参考数据", "Authoritative reference data"),
            ind("normativity", "securitySpec", "安全规范", "Security specification")),
    /** 完整性 — element and record completeness. */
    COMPLETENESS("completeness", "完整性", "Completeness",
            ind("completeness", "elementCompleteness", "数据元素完整性", "Data element completeness"),
            ind("completeness", "recordCompleteness", "数据记录完整性", "Data record completeness")),
    /** 准确性 — content correctness, format compliance, duplication, uniqueness, dirty data. */
    ACCURACY("accuracy", "准确性", "Accuracy",
            ind("accuracy", "contentCorrectness", "数据内容正确性", "Content correctness"),
            ind("accuracy", "formatCompliance", "数据格式合规性", "Format compliance"),
            ind("accuracy", "duplicateRate", "数据重复率", "Duplicate rate"),
            ind("accuracy", "uniqueness", "数据唯一性", "Uniqueness"),
            ind("accuracy", "dirtyDataRate", "脏数据出现率", "Dirty data rate")),
    /** 一致性 — same-data and related-data consistency. */
    CONSISTENCY("consistency", "一致性", "Consistency",
            ind("consistency", "sameData", "相同数据一致性", "Same-data consistency"),
            ind("consistency", "relatedData", "关联数据一致性", "Related-data consistency")),
    /** 时效性 — period correctness, point-in-time timeliness, sequence. */
    TIMELINESS("timeliness", "时效性", "Timeliness",
            ind("timeliness", "periodCorrectness", "基于时间段的正确性", "Correctness over a period"),
            ind("timeliness", "pointTimeliness", "基于时间点的及时性", "Timeliness at a point"),
            ind("timeliness", "sequence", "时序性", "Time sequence")),
    /** 可访问性 — accessible and usable. */
    ACCESSIBILITY("accessibility", "可访问性", "Accessibility",
            ind("accessibility", "accessible", "可访问", "Accessible"),
            ind("accessibility", "usable", "可用", "Usable"));

    private final String id;
    private final String labelZh;
    private final String labelEn;
    private final List<QualityIndicator> indicators;

    QualityDimension(String id, String labelZh, String labelEn, QualityIndicator... indicators) {
        this.id = id;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.indicators = List.of(indicators);
    }

    private static QualityIndicator ind(String dim, String id, String zh, String en) {
        return new QualityIndicator(dim + "." + id, zh, en);
    }

    /** @return the identifier, e.g. {@code "accuracy"} */
    public String id() {
        return id;
    }

    /** @return the Chinese name, e.g. 准确性 */
    public String labelZh() {
        return labelZh;
    }

    /** @return the English name */
    public String labelEn() {
        return labelEn;
    }

    /** @return the second-level indicators, in the standard's order */
    public List<QualityIndicator> indicators() {
        return indicators;
    }

    /**
     * The dimension level only: a root over the six dimensions as leaves.
     *
     * @param dimensionJudgements a 6×6 matrix in enum order; not null
     * @return the two-level hierarchy
     */
    public static HierarchyNode dimensions(PairwiseMatrix dimensionJudgements) {
        List<HierarchyNode> children = new ArrayList<>();
        for (QualityDimension d : values()) {
            children.add(HierarchyNode.leaf(d.id, d.labelZh + " " + d.labelEn));
        }
        return HierarchyNode.criterion("quality", "数据质量 Data quality", dimensionJudgements, children);
    }

    /**
     * The full three-level GB/T 36344 tree: goal → six dimensions → their indicators.
     *
     * @param dimensionJudgements a 6×6 matrix in enum order; not null
     * @param indicatorJudgements for each dimension, a matrix over its indicators in standard order;
     *                            a missing dimension is treated as a leaf (scored as a whole); not null
     * @return the hierarchy
     */
    public static HierarchyNode hierarchy(PairwiseMatrix dimensionJudgements, Map<QualityDimension, PairwiseMatrix> indicatorJudgements) {
        Require.notNull(indicatorJudgements, "indicatorJudgements");
        List<HierarchyNode> children = new ArrayList<>();
        for (QualityDimension d : values()) {
            PairwiseMatrix m = indicatorJudgements.get(d);
            if (m == null) {
                children.add(HierarchyNode.leaf(d.id, d.labelZh + " " + d.labelEn));
            } else {
                List<HierarchyNode> leaves = new ArrayList<>();
                for (QualityIndicator q : d.indicators) {
                    leaves.add(HierarchyNode.leaf(q.id(), q.labelZh() + " " + q.labelEn()));
                }
                children.add(HierarchyNode.criterion(d.id, d.labelZh + " " + d.labelEn, m, leaves));
            }
        }
        return HierarchyNode.criterion("quality", "数据质量 Data quality", dimensionJudgements, children);
    }
}
