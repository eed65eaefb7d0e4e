package org.dataprice.api.admission;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.json.StoredJson;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.supervision.admission.Admission;
import org.dataprice.supervision.admission.AdmissionDecision;
import org.dataprice.supervision.admission.DataClass;
import org.dataprice.supervision.admission.Declaration;
import org.dataprice.supervision.admission.NegativeList;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The negative list and admission: stores versions ({@link NegativeList#successor}), admits a listing when it is
 * created ({@link Admission#check} against the version in force; the declaration and the version are stored with the
 * listing) and re-checks the listing when a deal on it is recorded (the list may have changed since). Load → core →
 * save; every stored row is a record of its ledger ({@link Ledger#NEGATIVE_LIST}, {@link Ledger#LISTING_ADMISSIONS}).
 * With no version in force nothing is refused.
 */
@Singleton
public class NegativeListService {
    private static final Argument<List<NegativeListEntryJson>> ENTRIES = Argument.listOf(NegativeListEntryJson.class);
    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);
    private static final Argument<List<DataClass>> CLASSES = Argument.listOf(DataClass.class);

    private final NegativeListRepository versions;
    private final ListingAdmissionRepository admissions;
    private final StoredJson json;
    private final Transactions tx;
    private final LedgerChain chain;
    private final Clock clock;

    /**
     * @param versions   the list's versions
     * @param admissions the listings' admissions
     * @param json       the stored-document JSON
     * @param tx         transactions
     * @param chain      the ledger chain
     * @param clock      the service clock
     */
    public NegativeListService(NegativeListRepository versions, ListingAdmissionRepository admissions,
                               StoredJson json, Transactions tx, LedgerChain chain, Clock clock) {
        this.versions = versions;
        this.admissions = admissions;
        this.json = json;
        this.tx = tx;
        this.chain = chain;
        this.clock = clock;
    }

    /**
     * Stores the next version (the version number is taken inside the retried transaction; a concurrent publisher
     * makes this one the version after).
     *
     * @param request    the entries and when they apply
     * @param supervisor the caller
     * @return the stored version
     */
    public NegativeListResponse publish(NegativeListRequest request, String supervisor) {
        Instant now = ServiceClock.now(clock);
        var entries = AdmissionMapper.toEntries(request.entries());
        Instant from = request.effectiveFrom() == null ? now : request.effectiveFrom();
        return tx.write(() -> {
            NegativeList previous = versions.findFirstOrderByVersionDesc().map(this::toList).orElse(null);
            NegativeList next = NegativeList.successor(previous, from, entries);
            String id = RecordIds.nextId(clock);
            NegativeListRow row = versions.save(new NegativeListRow(id, next.version(), next.effectiveFrom(),
                    json.write(AdmissionMapper.toJson(next.entries())), now, supervisor));
            chain.append(Ledger.NEGATIVE_LIST, id);
            return toResponse(row);
        });
    }

    /** @return the version in force now; 404 when none is */
    public NegativeListResponse current() {
        Instant now = ServiceClock.now(clock);
        return tx.read(() -> versions.inForce(now).map(this::toResponse).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "No negative list is in force at " + now)));
    }

    /** @return every version, oldest first */
    public List<NegativeListResponse> versions() {
        return tx.read(() -> versions.findAllOrderByVersion().stream().map(this::toResponse).toList());
    }

    /**
     * @param version a version
     * @return it; 404 when unknown
     */
    public NegativeListResponse version(int version) {
        return tx.read(() -> versions.findByVersion(version).map(this::toResponse).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No negative list version " + version)));
    }

    /**
     * Admits a listing being created, inside the transaction that inserts it: 422 {@code prohibited} naming the
     * request's field when the version in force refuses it; else stores the declaration and the version.
     *
     * @param listingId the new listing's id (already inserted in this transaction)
     * @param productId its product
     * @param category  its category
     * @param admission the request's declaration, or null
     */
    public void admitListing(String listingId, String productId, String category, AdmissionJson admission) {
        Declaration declaration = AdmissionMapper.toDeclaration(productId, category, admission);
        Instant now = ServiceClock.now(clock);
        tx.joined(() -> {
            NegativeList list = versions.inForce(now).map(this::toList).orElse(null);
            if (list != null) {
                Admission.check(list, declaration).requireAdmitted();
            }
            admissions.save(new ListingAdmissionRow(listingId, declaration.description(),
                    json.write(declaration.sectors()), json.write(declaration.dataClasses()), declaration.consent(),
                    declaration.approvalReference(), list == null ? null : list.version(), now));
            chain.append(Ledger.LISTING_ADMISSIONS, listingId);
            return null;
        });
    }

    /**
     * Re-checks a listing when a deal on it is recorded, inside the deal's transaction: 422 {@code prohibited} on
     * {@code listing.admission} when the version in force refuses its stored declaration.
     *
     * @param listingId the listing
     * @param productId its product
     * @param category  its category
     */
    public void requireDealAdmitted(String listingId, String productId, String category) {
        AdmissionDecision decision = dealDecision(listingId, productId, category);
        if (decision != null) {
            decision.requireDealAdmitted("listing.admission");
        }
    }

    /**
     * The decision of the version in force now on a deal on a listing (its stored declaration), inside the caller's
     * transaction: what an auction's close asks before trying a sale the deal's check would refuse.
     *
     * @param listingId the listing
     * @param productId its product
     * @param category  its category
     * @return the decision, or null when no list is in force
     */
    public AdmissionDecision dealDecision(String listingId, String productId, String category) {
        Instant now = ServiceClock.now(clock);
        return tx.joined(() -> {
            NegativeList list = versions.inForce(now).map(this::toList).orElse(null);
            if (list == null) {
                return null;
            }
            ListingAdmissionRow row = admissions.findById(listingId).orElse(null);
            Declaration declaration = AdmissionMapper.toDeclaration(productId, category, row,
                    row == null ? List.of() : json.read(row.sectorsJson(), STRINGS),
                    row == null ? List.of() : json.read(row.dataClassesJson(), CLASSES));
            return Admission.check(list, declaration);
        });
    }

    private NegativeList toList(NegativeListRow row) {
        return new NegativeList(row.version(), row.effectiveFrom(),
                AdmissionMapper.toEntries(json.read(row.entriesJson(), ENTRIES)));
    }

    private NegativeListResponse toResponse(NegativeListRow row) {
        return new NegativeListResponse(row.version(), row.effectiveFrom(), json.read(row.entriesJson(), ENTRIES),
                row.createdAt(), row.createdBy());
    }
}
