package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.supervision.pattern.OwnerLink;

import java.time.Clock;
import java.util.List;

/**
 * 实际控制关系 — beneficial-owner links declared by a supervisor (there is no party registry yet): stored once per
 * pair (smaller id first), append-only with their ledger entry; read by the pattern screens.
 */
@Singleton
public class OwnerLinkService {
    /** The most links the screens read. */
    public static final int MAX_LINKS = 100_000;

    private final OwnerLinkRepository links;
    private final LedgerChain chain;
    private final Transactions tx;
    private final Clock clock;

    /**
     * @param links the links
     * @param chain the ledger chain
     * @param tx    transactions
     * @param clock the clock
     */
    public OwnerLinkService(OwnerLinkRepository links, LedgerChain chain, Transactions tx, Clock clock) {
        this.links = links;
        this.chain = chain;
        this.tx = tx;
        this.clock = clock;
    }

    /** The answer of a declaration: the link and whether it was stored now. */
    public record Declared(SupervisionJson.OwnerLinkResponse link, boolean created) {
    }

    /**
     * @param request the two parties
     * @param actor   the supervisor
     * @return the stored link (the earlier one when the pair was declared before)
     */
    public Declared declare(SupervisionJson.OwnerLinkRequest request, String actor) {
        OwnerLink link = new OwnerLink(request.partyA(), request.partyB());
        String a = link.partyA().compareTo(link.partyB()) < 0 ? link.partyA() : link.partyB();
        String b = a.equals(link.partyA()) ? link.partyB() : link.partyA();
        return tx.write(() -> {
            OwnerLinkRow existing = links.findByPartyAAndPartyB(a, b).orElse(null);
            if (existing != null) {
                return new Declared(response(existing), false);
            }
            OwnerLinkRow row = links.save(new OwnerLinkRow(RecordIds.nextId(clock), a, b, actor,
                    ServiceClock.now(clock)));
            chain.append(Ledger.SUPERVISION_OWNER_LINKS, row.id());
            return new Declared(response(row), true);
        });
    }

    /** @return every declared link, oldest first (at most {@link #MAX_LINKS}) */
    public List<SupervisionJson.OwnerLinkResponse> list() {
        return tx.read(() -> links.oldest(MAX_LINKS).stream().map(OwnerLinkService::response).toList());
    }

    /** @return the links as the core reads them */
    List<OwnerLink> all() {
        return tx.read(() -> links.oldest(MAX_LINKS).stream().map(r -> new OwnerLink(r.partyA(), r.partyB())).toList());
    }

    private static SupervisionJson.OwnerLinkResponse response(OwnerLinkRow r) {
        return new SupervisionJson.OwnerLinkResponse(r.id(), r.partyA(), r.partyB(), r.declaredBy(), r.declaredAt());
    }
}
