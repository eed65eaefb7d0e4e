package org.dataprice.api.split.settlement;

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
     * @param index     the period's 0-based position
     * @param label     the period's label
     * @param statement the party's statement in it
     */
    @Serdeable
    public record PeriodStatement(int index, String label, SettlementResponse.Statement statement) {
    }
}
