package org.dataprice.appraisal;

import org.dataprice.error.Require;

/**
 * The information attributes of the data asset that the CAS 2023 guidance asks the appraiser to
 * record: 数据名称、数据结构、数据字典、数据规模、数据周期、产生频率及存储方式.
 *
 * @param name            数据名称, the asset's name; not blank
 * @param structure       数据结构, e.g. "relational, 42 tables"; not blank
 * @param dictionary      数据字典, a reference to or summary of the data dictionary; not null (may be empty)
 * @param size            数据规模, e.g. "1.2 亿条 records, 2.3 TB"; not blank
 * @param period          数据周期, the period covered, e.g. "2019-01 to 2026-06"; not blank
 * @param updateFrequency 产生频率, e.g. "daily"; not blank
 * @param storage         存储方式, e.g. "private cloud, encrypted"; not blank
 */
public record DataAssetDescription(String name, String structure, String dictionary, String size, String period,
        String updateFrequency, String storage) {
    /** Validates. */
    public DataAssetDescription {
        Require.notBlank(name, "name");
        Require.notBlank(structure, "structure");
        Require.notNull(dictionary, "dictionary");
        Require.notBlank(size, "size");
        Require.notBlank(period, "period");
        Require.notBlank(updateFrequency, "updateFrequency");
        Require.notBlank(storage, "storage");
    }
}
