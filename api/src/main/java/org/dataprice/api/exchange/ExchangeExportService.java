package org.dataprice.api.exchange;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.index.IndexReadService;
import org.dataprice.api.index.IndexStore;
import org.dataprice.api.index.Released;
import org.dataprice.api.json.CoreFields;
import org.dataprice.api.pricing.deal.DealResponse;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.pricing.listing.ListingResponse;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.registry.RegistrationSnapshot;
import org.dataprice.registry.exchange.ExchangeRecord;
import org.dataprice.registry.exchange.ExchangeRecordKind;
import org.dataprice.registry.exchange.ExportBundle;
import org.dataprice.registry.exchange.ExportWindow;
import org.dataprice.registry.json.CanonicalJson;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 导出 — signs an export bundle (format {@code dataprice.registry-export}, version 2) of the records this exchange made
 * in a period: registrations (through {@link RegistrationSource}), listings created, deals concluded and index releases
 * published in the UTC days {@code [from, until)}. Bounded before it is built: the window at most 366 days and each
 * section at most {@link ExportBundle#MAX_RECORDS} records (the core's {@link ExportWindow}; one more is read to
 * see that there are too many, and the answer is 422 on {@code until}, "narrow the period"), the payload at most the
 * 8 MiB an importer reads. Nothing is stored: an export is a signed read. Load → core → answer.
 */
@Singleton
public class ExchangeExportService {
    private final ExchangeIdentity identity;
    private final RegistrationSource registrations;
    private final ListingService listings;
    private final DealService deals;
    private final IndexReadService indices;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param identity      this exchange's id and key
     * @param registrations the registrations
     * @param listings      the listings
     * @param deals         the deals
     * @param indices       the published indices
     * @param json          the service's JSON mapper
     * @param clock         the service clock
     */
    public ExchangeExportService(ExchangeIdentity identity, RegistrationSource registrations, ListingService listings,
                                 DealService deals, IndexReadService indices, JsonMapper json, Clock clock) {
        this.identity = identity;
        this.registrations = registrations;
        this.listings = listings;
        this.deals = deals;
        this.indices = indices;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param request the period
     * @return the signed bundle with its hash and counts
     */
    public ExchangeJson.ExportResponse export(ExchangeJson.ExportRequest request) {
        ExportWindow window = new ExportWindow(request.from(), request.until());
        int limit = ExportBundle.MAX_RECORDS;
        Instant from = window.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = window.until().atStartOfDay(ZoneOffset.UTC).toInstant();

        List<RegistrationSnapshot> registered = registrations.changedBetween(from, until, limit + 1);
        window.requireWithin("registrations", registered.size(), limit);
        List<ListingResponse> listed = listings.createdBetween(from, until, limit + 1);
        window.requireWithin(ExchangeRecordKind.LISTING.section(), listed.size(), limit);
        DealService.Page concluded = deals.page(null, null, window.from(), window.until().minusDays(1), 0, limit);
        window.requireWithin(ExchangeRecordKind.DEAL.section(), concluded.total(), limit);

        List<ExchangeRecord> records = new ArrayList<>();
        for (ListingResponse l : listed) {
            records.add(ExchangeMapper.record(ExchangeRecordKind.LISTING, l.id(), l, json));
        }
        for (DealResponse d : concluded.deals()) {
            records.add(ExchangeMapper.record(ExchangeRecordKind.DEAL, d.id(), d, json, "buyerId"));
        }
        for (Released r : indices.published()) {
            IndexStore.ReleaseRow last = r.releases().get(r.releases().size() - 1);
            if (!last.releaseAt().isBefore(from) && last.releaseAt().isBefore(until)) {
                String indexId = r.def().id();
                Map<String, Object> views = new LinkedHashMap<>();
                views.put("latest", indices.latest(indexId));
                views.put("composite", indices.observations(indexId, null, null));
                records.add(new ExchangeRecord(ExchangeRecordKind.INDEX_RELEASE, indexId + ":" + last.vintage(),
                        ExchangeMapper.combined(views, json)));
            }
        }
        ExportBundle bundle = new ExportBundle(identity.exchangeId(), ServiceClock.now(clock), registered, records);
        String signed = CoreFields.renamed("bundle", "until", () -> bundle.sign(identity.signingKey(), ExchangeJson.MAX_BUNDLE));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("registrations", registered.size());
        for (ExchangeRecordKind kind : ExchangeRecordKind.values()) {
            counts.put(kind.section(), bundle.records(kind).size());
        }
        return new ExchangeJson.ExportResponse(identity.exchangeId(), identity.signingKey().kid(), bundle.exportedAt(),
                window.from(), window.until(), counts, CanonicalJson.sha256Hex(signed.getBytes(StandardCharsets.UTF_8)), signed);
    }
}
