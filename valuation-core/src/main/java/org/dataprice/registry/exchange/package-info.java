/**
 * 互联互通与互认 — exchange-to-exchange: a documented, versioned export bundle of registrations signed by the
 * exporting exchange, a trust list of other exchanges' published key sets, and the import check that
 * recognises a bundle from a trusted exchange (mutual recognition) and refuses anything else with the reason.
 * Sources: plan §8 (加强与全国各数据交易场所互联互通), §10 (加强川渝两地数据协同与互认，制定互认机制及标准).
 */
package org.dataprice.registry.exchange;
