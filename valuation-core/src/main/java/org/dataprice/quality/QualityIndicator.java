package org.dataprice.quality;

/**
 * A second-level data-quality indicator (二级指标) of GB/T 36344-2018.
 *
 * @param id      a stable identifier, {@code dimension.indicator}, e.g. {@code "accuracy.duplicateRate"}
 * @param labelZh the Chinese name, e.g. 数据重复率
 * @param labelEn the English name
 */
public record QualityIndicator(String id, String labelZh, String labelEn) {
}
