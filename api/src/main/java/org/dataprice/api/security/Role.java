package org.dataprice.api.security;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The roles of the service. A role grants exactly what its name says: {@code ADMIN} does not imply
 * the others (the local admin key created in development mode holds all of them). Use the
 * {@link Roles} string constants in {@code @Secured}.
 */
@Serdeable
public enum Role {
    /** Reads published results (index releases, reports). */
    READER,
    /** Runs valuations and issues valuation reports. */
    APPRAISER,
    /** Loads transactions and publishes index releases. */
    INDEX_PUBLISHER,
    /** Manages API keys and reads operational metrics. */
    ADMIN,
    /** Creates revenue settlements and reads every party's statement. */
    SETTLEMENT,
    /**
     * 市场监管 — the market supervisor: reads everything in the market (listings, deals, every negotiation and
     * auction including the reserve, settlements, index data) and manages supervision rules and alerts
     * ({@code /v1/supervision/...}). It places no offers and records no deals.
     */
    SUPERVISOR,
    /**
     * Keeps the data-asset registry (数据资产登记): registers assets and records their amendments, transfers,
     * licences, suspensions, reinstatements and cancellations; sees every registration in full.
     */
    REGISTRAR
}
