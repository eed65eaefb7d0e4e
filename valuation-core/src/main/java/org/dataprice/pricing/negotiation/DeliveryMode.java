package org.dataprice.pricing.negotiation;

/** How the data is delivered. */
public enum DeliveryMode {
    /** Files handed over (数据包). */
    FILE,
    /** An API (数据接口). */
    API,
    /** Privacy-preserving computation: the data never leaves the seller (隐私计算, "可用不可见"). */
    PRIVACY_COMPUTING
}
