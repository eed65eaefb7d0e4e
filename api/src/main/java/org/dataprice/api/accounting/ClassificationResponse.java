package org.dataprice.api.accounting;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.math.BigDecimal;
import java.util.List;

/**
 * The class of a data resource and the treatment of each cost line; {@code capitalised + expensed}
 * equals the sum of the lines, exactly.
 *
 * @param currency    ISO 4217 code
 * @param name        the resource's name
 * @param assetClass  {@code INTANGIBLE_ASSET} (无形资产, or 开发支出 while development is in progress),
 *                    {@code INVENTORY} (存货) or {@code EXPENSE}
 * @param capitalised the total capitalised: the initial measurement of the asset
 * @param expensed    the total charged to profit or loss
 * @param lines       one per cost line, in request order
 * @param explanation how it was decided; the last step is {@code capitalised}
 */
@Serdeable
public record ClassificationResponse(String currency, String name, String assetClass, BigDecimal capitalised,
                                     BigDecimal expensed, List<Line> lines, ExplanationResponse explanation) {
    /**
     * The treatment of one cost line.
     *
     * @param index       0-based position in the request's {@code costs}
     * @param description the line's description
     * @param category    the cost category
     * @param phase       the development phase
     * @param incurredOn  the date incurred
     * @param amount      the line's amount
     * @param treatment   {@code CAPITALISED} or {@code EXPENSED}
     * @param capitalised the amount capitalised (the whole line or 0)
     * @param expensed    the amount expensed (the whole line or 0)
     * @param rule        the id of the rule that decided, one of {@link AccountingMapper#COST_RULES}
     * @param reason      why, citing the article
     */
    @Serdeable
    public record Line(int index, String description, String category, String phase, String incurredOn,
                       BigDecimal amount, String treatment, BigDecimal capitalised, BigDecimal expensed, String rule,
                       String reason) {
    }
}
