package org.dataprice.api.split.settlement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One party's statements of a settlement, every period: the answer of
 * {@code GET /v1/settlements/{id}/statements/{party}}.
 *
 * @param settlementId the settlement
 * @param party        the party
 * @param total        its total over every period
 * @param periods      its statement in each period
 */
@Serdeable
public record PartyStatementsResponse(String settlementId, String party, MoneyResponse total,
                                      List<PeriodStatement> periods) {

    /**
     * @param index      the period's 0-based position
     * @param label      the period's label
     * @param poolSource for a period whose pool was drawn from recorded deals, the link to those deals
     *                   ({@code /v1/settlements/{id}/periods/{index}/deals}, their ids and totals); null for a typed-in pool
     * @param statement  the party's statement in it
     */
    @Serdeable
    public record PeriodStatement(int index, String label, @Nullable String poolSource,
                                  SettlementResponse.Statement statement) {
    }
}
