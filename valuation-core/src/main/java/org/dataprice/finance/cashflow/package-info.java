/**
 * Cash flows (现金流) by period or by date, net present value (NPV, XNPV), internal rate of return
 * (IRR, XIRR, every root reported) and discount factors for annual, periodic and continuous
 * compounding.
 */
package org.dataprice.finance.cashflow;
