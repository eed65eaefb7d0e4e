package org.dataprice.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * 数据资产登记 — one registration: the aggregate of an asset's hash-chained history and the state it
 * implies. Immutable: {@link #apply} returns a new registration with one more event; nothing is ever
 * removed or rewritten.
 *
 * <p><b>State machine</b> ({@link RegistrationStatus}); a refused event throws an
 * {@link InvalidInputException} with field {@code status} and {@link Rule#INVALID_STATE} naming the rule:
 * <table>
 *   <caption>Events allowed by status</caption>
 *   <tr><th>event</th><th>ACTIVE</th><th>SUSPENDED</th><th>CANCELLED</th></tr>
 *   <tr><td>register</td><td colspan="3">only as the first event</td></tr>
 *   <tr><td>amend</td><td>yes</td><td>yes (to correct what caused the suspension)</td><td>no</td></tr>
 *   <tr><td>transfer, license</td><td>yes</td><td>no: no transfer while suspended</td><td>no</td></tr>
 *   <tr><td>suspend</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>reinstate</td><td>no</td><td>yes</td><td>no</td></tr>
 *   <tr><td>cancel</td><td>yes</td><td>yes</td><td>no: nothing after cancel</td></tr>
 * </table>
 * Further rules: events are in time order ({@code at}, {@link Rule#AT_LEAST}); a transfer moves at most the
 * giver's share ({@link Rights#transfer}); a licensor must hold the licensed right ({@code license.licensor},
 * {@link Rule#NOT_A_PARTY}); licence ids are unique ({@code license.licenseId}, {@link Rule#DUPLICATE}); at
 * most {@value #MAX_EVENTS} events ({@link Rule#LIMIT_EXCEEDED}).
 *
 * <p><b>Queries</b>: the state at any instant ({@link #stateAt}), the holders of a right then
 * ({@link #holdersAt}), and who may operate the product on a date ({@link #operatorsOn}: the holders of
 * {@link RightKind#PRODUCT_OPERATION} at the end of that day plus the licensees of that right in force that
 * day) — the rule the market applies before listing ({@link #requireOperator}).
 *
 * <p>Sources: plan §4 (登记, 三权分置), §6 (存证); the state names follow registration practice
 * (登记、变更、转让、许可、暂停、恢复、注销). Cost: {@link #apply} O(1) amortised plus the copy of the
 * event list; {@link #stateAt} replays, O(events).
 */
public final class Registration {
    /** Most events one registration holds. */
    public static final int MAX_EVENTS = 10_000;

    private final List<RecordedEvent> events;
    private final RegistrationState state;

    private Registration(List<RecordedEvent> events, RegistrationState state) {
        this.events = events;
        this.state = state;
    }

    /**
     * 登记 — opens a registration.
     *
     * @param registrationId its id
     * @param actor          who registers (the registrar)
     * @param at             when
     * @param reason         why (e.g. the application number)
     * @param asset          the asset
     * @param rights         the holders of the three rights
     * @return the registration, ACTIVE, with one event
     */
    public static Registration register(String registrationId, String actor, Instant at, String reason, Asset asset,
            Rights rights) {
        RecordedEvent first = RecordedEvent.of(registrationId, 1, actor, at, reason,
                new RegistryEvent.Register(asset, rights), HashChain.GENESIS);
        return new Registration(List.of(first), next(null, first));
    }

    /**
     * Appends an event.
     *
     * @param actor  who
     * @param at     when; not before the last event
     * @param reason why
     * @param event  what; allowed in the current status (class Javadoc)
     * @return the registration with the event appended
     */
    public Registration apply(String actor, Instant at, String reason, RegistryEvent event) {
        Require.withinLimit(events.size() + 1L, MAX_EVENTS, "events", "");
        RecordedEvent recorded = RecordedEvent.of(state.registrationId(), state.sequence() + 1, actor, at, reason,
                event, state.headHash());
        RegistrationState after = next(state, recorded);
        List<RecordedEvent> longer = new ArrayList<>(events.size() + 1);
        longer.addAll(events);
        longer.add(recorded);
        return new Registration(List.copyOf(longer), after);
    }

    /**
     * Rebuilds a registration from a stored history, checking every link ({@link HashChain#verify}), one
     * registration id and every transition. The first broken link is reported as
     * {@code events[i].…} with {@link Rule#INCONSISTENT}.
     *
     * @param history the entries in order; not empty
     * @return the registration
     */
    public static Registration replay(List<RecordedEvent> history) {
        List<RecordedEvent> copy = Require.nonEmptyCopy(history, "events");
        Require.withinLimit(copy.size(), MAX_EVENTS, "events", "");
        HashChain.verify(copy, "events");
        RegistrationState state = null;
        for (int i = 0; i < copy.size(); i++) {
            RecordedEvent e = copy.get(i);
            Require.that(e.registrationId().equals(copy.get(0).registrationId()), "events[" + i + "].registrationId",
                    e.registrationId(), Rule.INCONSISTENT, "one registration per history");
            try {
                state = next(state, e);
            } catch (DatapriceException ex) {
                throw ex.within("events[" + i + "]");
            }
        }
        return new Registration(copy, state);
    }

    /** @return the history, oldest first */
    public List<RecordedEvent> events() {
        return events;
    }

    /** @return the current state */
    public RegistrationState state() {
        return state;
    }

    /** @return the registration id */
    public String id() {
        return state.registrationId();
    }

    /** @return the last event */
    public RecordedEvent head() {
        return events.get(events.size() - 1);
    }

    /**
     * @param at an instant
     * @return the state after every event recorded at or before {@code at}; empty before registration
     */
    public java.util.Optional<RegistrationState> stateAt(Instant at) {
        Require.notNull(at, "at");
        RegistrationState s = null;
        for (RecordedEvent e : events) {
            if (e.at().isAfter(at)) {
                break;
            }
            s = next(s, e);
        }
        return java.util.Optional.ofNullable(s);
    }

    /**
     * @param kind a right
     * @param at   an instant
     * @return its holders at {@code at}; empty before registration and after cancellation
     */
    public List<Share> holdersAt(RightKind kind, Instant at) {
        return stateAt(at).filter(s -> s.status() != RegistrationStatus.CANCELLED).map(s -> s.rights().of(kind))
                .orElse(List.of());
    }

    /**
     * 经营主体 — who may operate the product on a day: the holders of {@link RightKind#PRODUCT_OPERATION} at the
     * end of {@code date} in {@code zone}, and the licensees of that right whose licence is in force on
     * {@code date}; nobody when the registration is not ACTIVE then.
     *
     * @param date the day
     * @param zone the zone that defines the day (the exchange's, e.g. Asia/Shanghai)
     * @return the party ids, holders first
     */
    public Set<String> operatorsOn(LocalDate date, ZoneId zone) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        RegistrationState s = stateAt(endOfDay).orElse(null);
        Set<String> parties = new LinkedHashSet<>();
        if (s == null || s.status() != RegistrationStatus.ACTIVE) {
            return parties;
        }
        s.rights().of(RightKind.PRODUCT_OPERATION).forEach(h -> parties.add(h.party()));
        s.licenses().stream().filter(l -> l.kind() == RightKind.PRODUCT_OPERATION && l.inForceOn(date))
                .forEach(l -> parties.add(l.licensee()));
        return parties;
    }

    /**
     * The market's listing rule: a seller may list the product only while the registration is ACTIVE and the
     * seller holds, or is licensed, the product operating right on the day.
     *
     * @param seller the seller's party id
     * @param date   the listing day
     * @param zone   the zone that defines the day
     * @return {@code seller}
     * @throws InvalidInputException {@code status}/{@link Rule#INVALID_STATE} when not ACTIVE;
     *         {@code sellerId}/{@link Rule#NOT_A_PARTY} when the seller may not operate the product
     */
    public String requireOperator(String seller, LocalDate date, ZoneId zone) {
        requireActiveOn(date, zone);
        Require.that(operatorsOn(date, zone).contains(seller), "sellerId", seller, Rule.NOT_A_PARTY,
                "holder or licensee of the product operating right (数据产品经营权) of registration " + id() + " on " + date);
        return seller;
    }

    /**
     * The rule of a record that cites the registration as of a day (a valuation's 评估基准日, a settlement): the
     * registration must be registered by the end of that day and ACTIVE then — neither SUSPENDED nor CANCELLED.
     *
     * @param date the day
     * @param zone the zone that defines the day
     * @return the state at the end of {@code date}
     * @throws InvalidInputException {@code status}/{@link Rule#INVALID_STATE} when not yet registered, suspended or
     *         cancelled at the end of that day
     */
    public RegistrationState requireActiveOn(LocalDate date, ZoneId zone) {
        Require.notNull(date, "date");
        RegistrationState s = stateAt(date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)).orElse(null);
        RegistrationStatus status = s == null ? null : s.status();
        Require.that(status == RegistrationStatus.ACTIVE, "status", status, Rule.INVALID_STATE,
                "registration " + id() + " is not ACTIVE on " + date
                        + (s == null ? " (not yet registered that day)" : " (" + status + " that day)"));
        return s;
    }

    /** The transition function: the state after {@code e}, or the refusal. */
    private static RegistrationState next(RegistrationState s, RecordedEvent e) {
        RegistryEvent event = e.event();
        if (s == null) {
            if (!(event instanceof RegistryEvent.Register r)) {
                throw new InvalidInputException("status", "none", Rule.INVALID_STATE, "the first event must be register");
            }
            return new RegistrationState(e.registrationId(), RegistrationStatus.ACTIVE, r.asset(), r.rights(), List.of(),
                    e.sequence(), e.hash(), e.at());
        }
        Require.that(!e.at().isBefore(s.at()), "at", e.at(), Rule.AT_LEAST, s.at());
        RegistrationStatus status = s.status();
        Require.that(status != RegistrationStatus.CANCELLED, "status", status, Rule.INVALID_STATE,
                event.type() + " after cancel (nothing follows a cancellation)");
        Require.that(!(event instanceof RegistryEvent.Register), "status", status, Rule.INVALID_STATE,
                "register on an existing registration");
        Asset asset = s.asset();
        Rights rights = s.rights();
        List<RightLicense> licenses = s.licenses();
        if (event instanceof RegistryEvent.Amend a) {
            asset = a.asset();
        } else if (event instanceof RegistryEvent.Transfer t) {
            requireActive(status, "transfer");
            rights = rights.transfer(t.kind(), t.from(), t.to(), t.fraction());
        } else if (event instanceof RegistryEvent.License l) {
            requireActive(status, "license");
            RightLicense license = l.license();
            Require.that(rights.share(license.kind(), license.licensor()).signum() > 0, "license.licensor",
                    license.licensor(), Rule.NOT_A_PARTY, "holder of " + license.kind());
            Require.that(licenses.stream().noneMatch(x -> x.licenseId().equals(license.licenseId())),
                    "license.licenseId", license.licenseId(), Rule.DUPLICATE, "licenseId");
            List<RightLicense> more = new ArrayList<>(licenses);
            more.add(license);
            licenses = more;
        } else if (event instanceof RegistryEvent.Suspend) {
            requireActive(status, "suspend");
            status = RegistrationStatus.SUSPENDED;
        } else if (event instanceof RegistryEvent.Reinstate) {
            Require.that(status == RegistrationStatus.SUSPENDED, "status", status, Rule.INVALID_STATE,
                    "reinstate of a registration that is not SUSPENDED");
            status = RegistrationStatus.ACTIVE;
        } else if (event instanceof RegistryEvent.Cancel) {
            status = RegistrationStatus.CANCELLED;
        }
        return new RegistrationState(s.registrationId(), status, asset, rights, licenses, e.sequence(), e.hash(), e.at());
    }

    private static void requireActive(RegistrationStatus status, String what) {
        Require.that(status == RegistrationStatus.ACTIVE, "status", status, Rule.INVALID_STATE,
                what + " while " + status + " (only while ACTIVE)");
    }
}
