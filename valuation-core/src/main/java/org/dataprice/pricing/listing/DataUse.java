package org.dataprice.pricing.listing;

/**
 * The scenario in which data is used. Public data for {@link #PUBLIC_GOVERNANCE} and
 * {@link #PUBLIC_INTEREST} is provided free; for {@link #INDUSTRY} it may carry a fee under a
 * government-guided cap. Source: 发改价格〔2025〕65号 item 1 (公共治理、公益事业 free; 产业发展、行业发展 fee).
 */
public enum DataUse {
    /** 公共治理 — public governance. */
    PUBLIC_GOVERNANCE,
    /** 公益事业 — public-interest (non-profit) use. */
    PUBLIC_INTEREST,
    /** 产业发展、行业发展 — industry and sector development (commercial use). */
    INDUSTRY;

    /** @return true when public data for this use must be provided free of charge */
    public boolean isFreeForPublicData() {
        return this != INDUSTRY;
    }
}
