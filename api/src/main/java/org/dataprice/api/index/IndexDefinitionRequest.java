package org.dataprice.api.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The definition of a published index, as an {@code INDEX_PUBLISHER} sends it to
 * {@code POST /v1/indices}. Shapes are checked here (bean validation, 400); meanings (method and
 * parameters through {@code IndexMethods}, months, base, calendar order) by {@link IndexDefinitions}
 * (422 naming the field). Unknown properties are rejected by the service (400 {@code unknown-property}).
 *
 * @param id                the index id used in every URL: lower-case letters, digits, hyphens
 * @param nameEn            the English name
 * @param nameZh            the Chinese name
 * @param method            an {@code IndexMethods} method, e.g. {@code "ccdi"}
 * @param parameters        its parameters, e.g. {@code {"window": "13", "splice": "MEAN"}}; may be null
 * @param base              the base period and reference value
 * @param categories        the categories (sub-indices); empty or null: composite only
 * @param composite         {@code POOLED} (default) or {@code AGGREGATED}
 * @param weightPeriod      the expenditure-weight month of an aggregated composite (default: first month)
 * @param cleaning          the unit-value cleaning rule (default: keep everything)
 * @param sufficiency       the data-sufficiency rule (default: none)
 * @param provisionalMonths how many latest months are flagged provisional (default 0)
 * @param decimals          published decimals, 0 to 6 (default 2)
 * @param calendar          the release time of each period
 * @param embargo           the embargo policy
 * @param methodology       the methodology text and version
 * @param columns           which CSV column supplies each field, and the characteristics columns
 *                          (default: {@code product_id, period, price, quantity, category})
 */
@Serdeable
public record IndexDefinitionRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String id,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameZh,
        @NotBlank @Size(max = 40) String method,
        @Nullable Map<String, String> parameters,
        @NotNull @Valid Base base,
        @Nullable @Size(max = 50) List<@Valid @NotNull Category> categories,
        @Nullable String composite,
        @Nullable String weightPeriod,
        @Nullable @Valid Cleaning cleaning,
        @Nullable @Valid Sufficiency sufficiency,
        @Nullable Integer provisionalMonths,
        @Nullable Integer decimals,
        @NotEmpty @Size(max = 1200) List<@Valid @NotNull ReleaseDate> calendar,
        @NotNull @Valid Embargo embargo,
        @NotNull @Valid Methodology methodology,
        @Nullable @Valid Columns columns) {

    /**
     * @param from           first month of the base period, {@code yyyy-MM}
     * @param to             last month (default: {@code from})
     * @param referenceValue 100 or 1000
     */
    @Serdeable
    public record Base(@NotBlank String from, @Nullable String to, int referenceValue) {
    }

    /**
     * @param code   the category code (series id of its sub-index), upper-case letters, digits, '_'
     * @param nameEn English label
     * @param nameZh Chinese label
     */
    @Serdeable
    public record Category(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String code,
                           @NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameZh) {
    }

    /**
     * @param lowerRelative   lowest kept price relative to the cell median, in [0, 1]
     * @param upperRelative   highest kept relative, &ge; 1
     * @param minTransactions fewest trades for a unit value, &ge; 1
     */
    @Serdeable
    public record Cleaning(double lowerRelative, double upperRelative, int minTransactions) {
    }

    /**
     * @param minTransactions fewest trades in a month for a measured value
     * @param minProducts     fewest products with a unit value
     * @param action          {@code ESTIMATE} (carry forward, flag E) or {@code SUPPRESS}
     */
    @Serdeable
    public record Sufficiency(int minTransactions, int minProducts, @NotBlank String action) {
    }

    /**
     * @param period    the month, {@code yyyy-MM}
     * @param releaseAt when its release becomes public
     */
    @Serdeable
    public record ReleaseDate(@NotBlank String period, @NotNull OffsetDateTime releaseAt) {
    }

    /**
     * @param timeZone         the zone of release dates ({@code realtime_start}), e.g. {@code Asia/Shanghai}
     * @param publisherPreview whether {@code INDEX_PUBLISHER} may preview (audited) before release
     */
    @Serdeable
    public record Embargo(@NotBlank String timeZone, boolean publisherPreview) {
    }

    /**
     * @param version the methodology version, e.g. {@code "1.0"}
     * @param text    the methodology text (plain text, paragraphs separated by blank lines)
     */
    @Serdeable
    public record Methodology(@NotBlank @Size(max = 40) String version, @NotBlank @Size(max = 100_000) String text) {
    }

    /**
     * The column mapping of CSV loads: each property names the CSV column (matched case-insensitively)
     * that supplies a field; an absent property keeps today's name. Checked by
     * {@link IndexDefinitions#columns}: no two fields from one column, characteristics only (and at
     * least one) for {@code time-dummy-hedonic}.
     *
     * @param period          the month column, {@code yyyy-MM} values (default {@code period})
     * @param productId       the product id column (default {@code product_id})
     * @param price           the unit price column (default {@code price})
     * @param quantity        the quantity column (default {@code quantity})
     * @param category        the category column, read when the index has categories (default {@code category})
     * @param characteristics the numeric characteristic columns of the hedonic method, e.g.
     *                        {@code ["size_gb", "freshness_days"]}; at most 20
     * @param ignored         columns the CSV has and the index does not read, e.g. {@code ["category"]} for an
     *                        index without categories; at most 50
     * @param categoricalCharacteristics text characteristic columns of the hedonic method (e.g. the
     *                        exchange's {@code category}); L levels become L − 1 dummies; at most 5
     */
    @Serdeable
    @Schema(name = "IndexColumns", description = "Which CSV column supplies each field (case-insensitive); absent: "
            + "today's name. The exchange's export time,prodID,price,quantity,category,size_gb,freshness_days for a "
            + "time-dummy-hedonic index without categories:",
            example = "{\"period\": \"time\", \"productId\": \"prodID\", \"characteristics\": [\"size_gb\", "
                    + "\"freshness_days\"], \"ignored\": [\"category\"]}")
    public record Columns(@Nullable @Size(min = 1, max = 100) String period,
                          @Nullable @Size(min = 1, max = 100) String productId,
                          @Nullable @Size(min = 1, max = 100) String price,
                          @Nullable @Size(min = 1, max = 100) String quantity,
                          @Nullable @Size(min = 1, max = 100) String category,
                          @Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> characteristics,
                          @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> ignored,
                          @Nullable @Size(max = 5) List<@NotBlank @Size(max = 100) String> categoricalCharacteristics) {
    }
}
