package org.dataprice.api.demo;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * What the demo seed made, as written to {@code ./data/demo-keys.json} (owner-only, {@code rw-------}) for the README
 * tour to read with {@code jq}: {@code jq -r .keys.reader data/demo-keys.json}.
 *
 * @param seededAt when the seed ran (service clock)
 * @param keys     demo API keys by role in the tour: {@code reader}, {@code appraiser}, {@code seller},
 *                 {@code buyer}, {@code bidder}, {@code publisher}, {@code settlement}, {@code processor},
 *                 {@code exchange}
 * @param ids      the ids of what was seeded: {@code valuation}, {@code listing}, {@code auctionListing},
 *                 {@code negotiation}, {@code negotiationDeal}, {@code auction}, {@code auctionDeal},
 *                 {@code settlement}, {@code index}
 * @param links    the pages to open, absolute: {@code reportHtml}, {@code reportPdf}, {@code indexPage},
 *                 {@code swaggerUi}
 */
@Serdeable
public record DemoMarket(Instant seededAt, Map<String, String> keys, Map<String, String> ids, Map<String, String> links) {
}
