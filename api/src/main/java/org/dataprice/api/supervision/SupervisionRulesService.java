package org.dataprice.api.supervision;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.money.Money;
import org.dataprice.supervision.config.IndexSource;
import org.dataprice.supervision.config.SupervisionRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange's versioned supervision rules: the current version (the core's defaults, version 0, until one is
 * stored), the history, and a new version stored append-only with its ledger entry in one transaction (a concurrent
 * revision taking the same version number loses on the unique key and is retried whole). A new version may also
 * replace the index source of {@code price.indexJump}, checked against the defined indices ({@link MonitoredIndex}).
 */
@Singleton
public class SupervisionRulesService {
    /** The reporting threshold of the defaults: CNY 100,000.00 (an illustration for an exchange to set). */
    static final Money DEFAULT_THRESHOLD = Money.of("100000.00", Money.currency("CNY", "currency"));
    /** The most versions one history answer lists. */
    public static final int MAX_HISTORY = 200;

    private final RulesRepository rules;
    private final LedgerChain chain;
    private final Transactions tx;
    private final JsonMapper json;
    private final Clock clock;
    private final MonitoredIndex index;

    /**
     * @param rules the stored versions
     * @param chain the ledger chain
     * @param tx    transactions
     * @param json  the JSON mapper (config_json)
     * @param clock the clock
     * @param index the index levels (to check a configured index source)
     */
    public SupervisionRulesService(RulesRepository rules, LedgerChain chain, Transactions tx, JsonMapper json,
                                   Clock clock, MonitoredIndex index) {
        this.index = index;
        this.rules = rules;
        this.chain = chain;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** @return the current configuration (joins the caller's transaction when one is open) */
    public SupervisionRules currentRules() {
        return tx.read(() -> {
            List<RulesRow> newest = rules.newest(1);
            return newest.isEmpty() ? SupervisionRules.defaults(DEFAULT_THRESHOLD) : parse(newest.get(0));
        });
    }

    /** @return the current version */
    public SupervisionJson.RulesResponse current() {
        return tx.read(() -> {
            List<RulesRow> newest = rules.newest(1);
            return newest.isEmpty() ? defaults() : response(newest.get(0));
        });
    }

    /** @return the stored versions, newest first, then version 0 (the defaults); at most {@link #MAX_HISTORY} */
    public List<SupervisionJson.RulesResponse> history() {
        return tx.read(() -> {
            List<SupervisionJson.RulesResponse> out = new ArrayList<>();
            for (RulesRow r : rules.newest(MAX_HISTORY)) {
                out.add(response(r));
            }
            if (out.size() < MAX_HISTORY) {
                out.add(defaults());
            }
            return out;
        });
    }

    /**
     * @param request the changes
     * @param actor   the supervisor
     * @return the new version
     */
    public SupervisionJson.RulesResponse revise(SupervisionJson.RulesRequest request, String actor) {
        return tx.write(() -> {
            IndexSource source = request.indexSource() == null ? null
                    : SupervisionMapper.indexSource(request.indexSource());
            if (source != null) {
                index.requireAvailable(source);
            }
            SupervisionRules next = SupervisionMapper.revise(currentRules(), request, source);
            RulesRow row = rules.save(new RulesRow(RecordIds.nextId(clock), next.version(),
                    write(SupervisionMapper.toJson(next)), actor, ServiceClock.now(clock)));
            chain.append(Ledger.SUPERVISION_RULES, row.id());
            return response(row);
        });
    }

    private SupervisionJson.RulesResponse defaults() {
        SupervisionJson.RulesJson d = SupervisionMapper.toJson(SupervisionRules.defaults(DEFAULT_THRESHOLD));
        return new SupervisionJson.RulesResponse(0, d.reportingThreshold(), d.rules(), null, null, null);
    }

    private SupervisionJson.RulesResponse response(RulesRow row) {
        SupervisionJson.RulesJson stored = read(row);
        return new SupervisionJson.RulesResponse(stored.version(), MoneyJson.of(stored.reportingThreshold()
                .toMoney("reportingThreshold")), stored.rules(), row.createdBy(), row.createdAt(),
                stored.indexSource());
    }

    private SupervisionRules parse(RulesRow row) {
        return SupervisionMapper.toRules(read(row));
    }

    private SupervisionJson.RulesJson read(RulesRow row) {
        try {
            return json.readValue(row.configJson(), SupervisionJson.RulesJson.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored supervision rules " + row.id() + " unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
