package org.dataprice.accounting;

/** How the amortisable amount of a data intangible is spread over its useful life (CAS 6 §17). */
public enum AmortisationMethod {
    /** 直线法: equal monthly amounts; CAS 6 §17's default when the consumption pattern is not reliably determinable. */
    STRAIGHT_LINE,
    /** 工作量法 / consumption-based: monthly amounts proportional to expected consumption (calls, records delivered, revenue). */
    CONSUMPTION
}
