package org.dataprice.api.index;

import java.util.Locale;

/**
 * Test data. Products of category API have prices growing exactly 1 % a month and DATASET products
 * exactly 2 % a month, so by the proportionality axiom (CPI Manual 2004, ch. 16, test T5/PR) every
 * index of a category equals 1.01^t resp. 1.02^t, whatever the quantities; on base 2024-01 = 100,
 * API in 2025-01 is 100 × 1.01^12 = 112.6825030131969720661201 (exact decimal expansion).
 */
public final class IndexFixtures {
    /** 100 × 1.01^12, API in 2025-01 on base 2024-01 = 100. */
    static final double API_2025_01 = 112.6825030131969720661201;

    private IndexFixtures() {
    }

    /**
     * @param id         the index id
     * @param method     the method
     * @param parameters the parameters JSON object text
     * @return a definition: categories API and DATASET, base 2024-01 = 100, releases of 2025-01
     *         (2025-02-15 09:30 Shanghai), 2025-02 (2025-03-15) and 2025-03 (2025-04-15)
     */
    public static String definition(String id, String method, String parameters) {
        return """
                {"id":"%s","nameEn":"Data Market Price Index","nameZh":"数据要素市场价格指数",
                 "method":"%s","parameters":%s,
                 "base":{"from":"2024-01","referenceValue":100},
                 "categories":[{"code":"API","nameEn":"Data APIs","nameZh":"数据接口"},
                               {"code":"DATASET","nameEn":"Datasets","nameZh":"数据集"}],
                 "composite":"AGGREGATED","weightPeriod":"2024-01",
                 "calendar":[{"period":"2025-01","releaseAt":"2025-02-15T09:30:00+08:00"},
                             {"period":"2025-02","releaseAt":"2025-03-15T09:30:00+08:00"},
                             {"period":"2025-03","releaseAt":"2025-04-15T09:30:00+08:00"}],
                 "embargo":{"timeZone":"Asia/Shanghai","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Unit values per product and month.\\n\\nGEKS-Fisher over all months."}}
                """.formatted(id, method, parameters);
    }

    /**
     * @param fromMonth first month index (0 = 2024-01)
     * @param toMonth   last month index, inclusive
     * @param factor    multiplies every price (1 for the regular data; other values make late revisions)
     * @return CSV of 3 API and 3 DATASET products, two trades per product and month
     */
    public static String csv(int fromMonth, int toMonth, double factor) {
        StringBuilder out = new StringBuilder("product_id,period,price,quantity,category\n");
        for (int t = fromMonth; t <= toMonth; t++) {
            String month = java.time.YearMonth.of(2024, 1).plusMonths(t).toString();
            for (int i = 0; i < 6; i++) {
                boolean api = i < 3;
                double price = (10 + 5 * i) * Math.pow(api ? 1.01 : 1.02, t) * factor;
                for (int k = 0; k < 2; k++) {
                    out.append(api ? "api-" : "ds-").append(i).append(',').append(month).append(',')
                            .append(String.format(Locale.ROOT, "%.12f", price)).append(',').append(1 + i + k + Math.floorMod(t, 3))
                            .append(',').append(api ? "API" : "DATASET").append('\n');
                }
            }
        }
        return out.toString();
    }
}
