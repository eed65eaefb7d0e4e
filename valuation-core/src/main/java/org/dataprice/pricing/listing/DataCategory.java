package org.dataprice.pricing.listing;

/**
 * The category of the data behind a product: 公共数据 (public), 企业数据 (enterprise), 个人数据 (personal).
 * Public data used for industry is priced under the government-guided tariff; enterprise and personal
 * data are market self-priced (市场自主定价). Source: 发改价格〔2025〕65号.
 */
public enum DataCategory {
    /** 公共数据 — public data held by government bodies and public institutions. */
    PUBLIC,
    /** 企业数据 — enterprise data. */
    ENTERPRISE,
    /** 个人数据 — personal data (with the individual's authorization). */
    PERSONAL;

    /**
     * @param text  a category name as written, e.g. {@code ENTERPRISE} (case-sensitive: {@code public} is refused)
     * @param field the field (JSON path or query parameter) named in an error
     * @return the category
     * @throws org.dataprice.error.InvalidInputException rule {@code unknown}, listing the categories
     */
    public static DataCategory parse(String text, String field) {
        for (DataCategory c : values()) {
            if (c.name().equals(text)) {
                return c;
            }
        }
        throw new org.dataprice.error.InvalidInputException(field, text, org.dataprice.error.Rule.UNKNOWN,
                java.util.Arrays.toString(values()));
    }
}
