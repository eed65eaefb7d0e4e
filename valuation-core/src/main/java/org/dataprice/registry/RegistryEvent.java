package org.dataprice.registry;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.Require;

/**
 * What can happen to a registration. Each event states only what changes; who, when and why are recorded
 * with it ({@link RecordedEvent}). Which event is allowed in which state is {@link Registration}'s rule.
 */
public sealed interface RegistryEvent {
    /** @return the event's type name in the history, e.g. {@code "transfer"} */
    String type();

    /** @return the event's content as a canonical JSON object (hashed into the chain) */
    Map<String, Object> toJson();

    /**
     * 登记 — the first event: the asset and who holds each right.
     *
     * @param asset  the asset; not null
     * @param rights the holders of the three rights; not null
     */
    /**
     * Reads an event back from its JSON ({@link #toJson}) and its type ({@link #type}): how a stored history is
     * replayed. The inverse of {@code toJson}: {@code fromJson(e.type(), JsonFields.of(e.toJson(), p))} equals
     * {@code e}.
     *
     * @param type  the event type, e.g. {@code transfer}
     * @param event the event's members
     * @return the event
     * @throws org.dataprice.error.InvalidInputException rule {@code unknown} on another type ({@code type}); any
     *         rule of the event's records, named by the path of {@code event}
     */
    static RegistryEvent fromJson(String type, org.dataprice.registry.json.JsonFields event) {
        Require.notNull(type, "type");
        try {
            return switch (type) {
                case "register" -> new Register(Asset.fromJson(event.object("asset")), Rights.fromJson(event.object("rights")));
                case "amend" -> new Amend(Asset.fromJson(event.object("asset")));
                case "transfer" -> new Transfer(event.constant("kind", RightKind.class), event.string("from"),
                        event.string("to"), event.decimal("fraction"));
                case "license" -> new License(RightLicense.fromJson(event.object("license")));
                case "suspend" -> new Suspend();
                case "reinstate" -> new Reinstate();
                case "cancel" -> new Cancel();
                default -> throw new org.dataprice.error.InvalidInputException("type", type, org.dataprice.error.Rule.UNKNOWN,
                        "register, amend, transfer, license, suspend, reinstate, cancel");
            };
        } catch (org.dataprice.error.InvalidInputException e) {
            throw "type".equals(e.field()) || e.field().startsWith(event.path()) ? e : e.within(event.path());
        }
    }

    record Register(Asset asset, Rights rights) implements RegistryEvent {
        /** Checks the components. */
        public Register {
            Require.notNull(asset, "asset");
            Require.notNull(rights, "rights");
        }

        @Override
        public String type() {
            return "register";
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of("asset", asset.toJson(), "rights", rights.toJson());
        }
    }

    /**
     * 变更 — replaces the asset's description, classification, grade or sources (not the rights).
     *
     * @param asset the new asset; not null
     */
    record Amend(Asset asset) implements RegistryEvent {
        /** Checks the components. */
        public Amend {
            Require.notNull(asset, "asset");
        }

        @Override
        public String type() {
            return "amend";
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of("asset", asset.toJson());
        }
    }

    /**
     * 转让 — moves a share of one right from a holder to another party.
     *
     * @param kind     the right; not null
     * @param from     the giving holder
     * @param to       the receiving party
     * @param fraction the share moved, in (0, 1]; normalised as {@link Share} does
     */
    record Transfer(RightKind kind, String from, String to, BigDecimal fraction) implements RegistryEvent {
        /** Checks the components. */
        public Transfer {
            Require.notNull(kind, "kind");
            RegistryText.id(from, "from");
            RegistryText.id(to, "to");
            fraction = new Share(to, Require.notNull(fraction, "fraction")).fraction();
        }

        @Override
        public String type() {
            return "transfer";
        }

        @Override
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", kind.name());
            json.put("from", from);
            json.put("to", to);
            json.put("fraction", fraction);
            return json;
        }
    }

    /**
     * 许可 — licenses a right without transferring it.
     *
     * @param license the licence; not null
     */
    record License(RightLicense license) implements RegistryEvent {
        /** Checks the components. */
        public License {
            Require.notNull(license, "license");
        }

        @Override
        public String type() {
            return "license";
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of("license", license.toJson());
        }
    }

    /** 暂停 — freezes the registration. */
    record Suspend() implements RegistryEvent {
        @Override
        public String type() {
            return "suspend";
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of();
        }
    }

    /** 恢复 — lifts a suspension. */
    record Reinstate() implements RegistryEvent {
        @Override
        public String type() {
            return "reinstate";
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of();
        }
    }

    /** 注销 — cancels the registration for good. */
    record Cancel() implements RegistryEvent {
        @Override
        public String type() {
            return "cancel";
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of();
        }
    }
}
