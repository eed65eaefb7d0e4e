package org.dataprice.api.exchange;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.registry.exchange.BundleImport;
import org.dataprice.registry.exchange.ExchangeRecord;
import org.dataprice.registry.exchange.ExchangeRecordKind;
import org.dataprice.registry.exchange.ImportResult;
import org.dataprice.registry.exchange.RecognisedRegistration;
import org.dataprice.registry.json.CanonicalJson;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 互认 — imports another exchange's bundle: the core's {@link BundleImport} verifies it against the trust list (the
 * key trusted, the signature intact, a readable format version, the exporter the key's exchange, the key in service
 * when the bundle was signed) and a refused bundle is answered 422 {@code not-recognised} on {@code bundle} with the
 * core's reason; nothing of it is stored. A recognised bundle is stored once ({@code exchange_import}: the text as
 * received, its SHA-256, exporter, key id, who and when) with its records ({@code exchange_foreign_record}, each as
 * {@code exporter:id} with its canonical JSON), chained in {@link Ledger#EXCHANGE_IMPORTS} in the same transaction.
 * The same bundle again is recognised once: its SHA-256 finds the first import, which is answered as it was.
 */
@Singleton
public class ExchangeImportService {
    private final TrustListService trust;
    private final ImportRepository imports;
    private final ForeignRecords records;
    private final Transactions transactions;
    private final LedgerChain chain;
    private final Clock clock;

    /**
     * @param trust        the trust list
     * @param imports      the recognised bundles
     * @param records      their records
     * @param transactions the service's transactions
     * @param chain        the ledger chain
     * @param clock        the service clock
     */
    public ExchangeImportService(TrustListService trust, ImportRepository imports, ForeignRecords records,
                                 Transactions transactions, LedgerChain chain, Clock clock) {
        this.trust = trust;
        this.imports = imports;
        this.records = records;
        this.transactions = transactions;
        this.chain = chain;
        this.clock = clock;
    }

    /**
     * An import's answer and whether this request recognised it.
     *
     * @param body    the import
     * @param created false when the same bundle was recognised before
     */
    public record Imported(ExchangeJson.ImportResponse body, boolean created) {
    }

    /**
     * @param bundle the compact JWS as received
     * @param actor  the administrator
     * @return the import
     */
    public Imported importBundle(String bundle, String actor) {
        String hash = CanonicalJson.sha256Hex(bundle.getBytes(StandardCharsets.UTF_8));
        Instant now = ServiceClock.now(clock);
        String id = RecordIds.nextId(clock);
        return transactions.write(() -> imports.findByBundleHash(hash).map(row -> new Imported(response(row), false))
                .orElseGet(() -> {
                    ImportResult result = BundleImport.verify(bundle, trust.current()).requireRecognised("bundle");
                    ImportRow row = imports.save(new ImportRow(id, result.bundleHash(), result.exporter(), result.kid(), bundle,
                            now, actor));
                    records.insert(id, rows(result));
                    chain.append(Ledger.EXCHANGE_IMPORTS, id);
                    return new Imported(response(row), true);
                }));
    }

    /**
     * @param id an import id
     * @return the import; 404 when unknown
     */
    public ExchangeJson.ImportResponse find(String id) {
        return transactions.read(() -> imports.findById(id).map(this::response)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No import with id " + id)));
    }

    private static List<ForeignRecords.Row> rows(ImportResult result) {
        List<ForeignRecords.Row> rows = new ArrayList<>();
        for (RecognisedRegistration r : result.registrations()) {
            rows.add(new ForeignRecords.Row("REGISTRATION", r.recognisedId(), CanonicalJson.write(r.registration().toJson())));
        }
        for (ExchangeRecord r : result.records()) {
            rows.add(new ForeignRecords.Row(r.kind().name(), r.recognisedId(result.exporter()), CanonicalJson.write(r.body())));
        }
        return rows;
    }

    private ExchangeJson.ImportResponse response(ImportRow row) {
        List<ForeignRecords.Row> ids = records.ids(row.id());
        return new ExchangeJson.ImportResponse(row.id(), "RECOGNISED", row.exporter(), row.kid(), row.bundleHash(),
                row.importedAt(), row.importedBy(), idsOf(ids, "REGISTRATION"), idsOf(ids, ExchangeRecordKind.LISTING.name()),
                idsOf(ids, ExchangeRecordKind.DEAL.name()), idsOf(ids, ExchangeRecordKind.INDEX_RELEASE.name()));
    }

    private static List<String> idsOf(List<ForeignRecords.Row> rows, String kind) {
        return rows.stream().filter(r -> r.kind().equals(kind)).map(ForeignRecords.Row::recordId).toList();
    }
}
