package org.dataprice.api.registry;

import org.dataprice.api.json.CoreFields;
import org.dataprice.error.DatapriceException;
import org.dataprice.registry.Asset;
import org.dataprice.registry.RecordedEvent;
import org.dataprice.registry.RegistrationState;
import org.dataprice.registry.RegistryEvent;
import org.dataprice.registry.RightKind;
import org.dataprice.registry.RightLicense;
import org.dataprice.registry.Rights;
import org.dataprice.registry.Share;
import org.dataprice.registry.Source;
import org.dataprice.registry.Term;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Requests of the registry to core records, every core field named by the request's JSON path, and core state to
 * responses. The rules are the core's ({@code org.dataprice.registry}); this class only renames fields: a source's
 * rule is named at {@code asset.sources[i]}, a share's {@code fraction} at {@code rights.<right>[i].share}, a rule
 * of one right's holders (sum, duplicate party) at {@code rights.<right>}, a transfer's {@code kind} at
 * {@code right}, a licence's {@code license.*} at the request's top level. Stateless.
 */
public final class RegistryMapper {
    /** The request's name of each right. */
    private static final Map<RightKind, String> RIGHT_FIELDS = Map.of(RightKind.RESOURCE_HOLDING, "resourceHolding",
            RightKind.PROCESSING_USE, "processingUse", RightKind.PRODUCT_OPERATION, "productOperation");

    private RegistryMapper() {
    }

    /**
     * @param json the asset
     * @param path its JSON path, e.g. {@code asset}
     * @return the core asset
     */
    public static Asset asset(AssetJson json, String path) {
        List<Source> sources = new ArrayList<>(json.sources().size());
        for (int i = 0; i < json.sources().size(); i++) {
            AssetJson.SourceJson s = json.sources().get(i);
            sources.add(CoreFields.within(path + ".sources[" + i + "]", () -> new Source(s.kind(),
                    s.reference() == null ? "" : s.reference(), s.description())));
        }
        return CoreFields.within(path, () -> new Asset(json.name(), json.description(), json.classification(),
                json.grade(), sources));
    }

    /**
     * @param json the holders of each right, at JSON path {@code rights}
     * @return the core rights
     */
    public static Rights rights(RightsJson json) {
        Map<RightKind, List<Share>> all = new EnumMap<>(RightKind.class);
        all.put(RightKind.RESOURCE_HOLDING, shares(json.resourceHolding(), RightKind.RESOURCE_HOLDING));
        all.put(RightKind.PROCESSING_USE, shares(json.processingUse(), RightKind.PROCESSING_USE));
        all.put(RightKind.PRODUCT_OPERATION, shares(json.productOperation(), RightKind.PRODUCT_OPERATION));
        try {
            return new Rights(all);
        } catch (DatapriceException e) {
            for (RightKind kind : RightKind.values()) {
                if (e.field().startsWith("holders." + kind)) {
                    throw e.withField(rightPath(kind)); // the core sorts holders: name the list, not a sorted index
                }
            }
            throw e;
        }
    }

    private static List<Share> shares(List<RightsJson.ShareJson> json, RightKind kind) {
        List<Share> out = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            RightsJson.ShareJson s = json.get(i);
            out.add(CoreFields.within(rightPath(kind) + "[" + i + "]",
                    () -> CoreFields.renamed("fraction", "share", () -> new Share(s.party(), s.share()))));
        }
        return out;
    }

    private static String rightPath(RightKind kind) {
        return "rights." + RIGHT_FIELDS.get(kind);
    }

    /**
     * @param json a transfer
     * @return the core event
     */
    public static RegistryEvent transfer(TransferRequest json) {
        return CoreFields.renamed("kind", "right",
                () -> new RegistryEvent.Transfer(json.right(), json.from(), json.to(), json.fraction()));
    }

    /**
     * @param json a licence
     * @return the core event
     */
    public static RegistryEvent license(LicenseRequest json) {
        return CoreFields.renamed("kind", "right", () -> new RegistryEvent.License(new RightLicense(json.licenseId(),
                json.right(), json.licensor(), json.licensee(), json.scope(), new Term(json.from(), json.until()))));
    }

    /**
     * Applies an event in the core, naming the licence's fields at the request's top level.
     *
     * @param apply the core call
     * @param <T>   its result
     * @return its result
     */
    public static <T> T applying(java.util.function.Supplier<T> apply) {
        return CoreFields.renamed("license.licensor", "licensor",
                () -> CoreFields.renamed("license.licenseId", "licenseId", apply));
    }

    /**
     * @param state a registration's state
     * @param full  whether the caller sees it in full
     * @param link  its latest certificate
     * @return the response
     */
    public static RegistrationResponse toResponse(RegistrationState state, boolean full,
                                                  RegistrationResponse.CertificateLink link) {
        Asset a = state.asset();
        List<AssetJson.SourceJson> sources = full ? a.sources().stream()
                .map(s -> new AssetJson.SourceJson(s.kind(), s.reference(), s.description())).toList() : null;
        RegistrationResponse.AssetResponse asset = new RegistrationResponse.AssetResponse(a.name(), a.description(),
                a.classification(), a.grade(), sources);
        RightsJson rights = full ? new RightsJson(shares(state.rights(), RightKind.RESOURCE_HOLDING),
                shares(state.rights(), RightKind.PROCESSING_USE), shares(state.rights(), RightKind.PRODUCT_OPERATION)) : null;
        List<RegistrationResponse.LicenseResponse> licenses = full ? state.licenses().stream()
                .map(l -> new RegistrationResponse.LicenseResponse(l.licenseId(), l.kind(), l.licensor(), l.licensee(),
                        l.scope(), l.term().from(), l.term().until())).toList() : null;
        return new RegistrationResponse(state.registrationId(), full ? "FULL" : "PUBLIC", state.status(), asset, rights,
                licenses, state.sequence(), state.headHash(), state.at(), link);
    }

    private static List<RightsJson.ShareJson> shares(Rights rights, RightKind kind) {
        return rights.of(kind).stream().map(s -> new RightsJson.ShareJson(s.party(), s.fraction())).toList();
    }

    /**
     * @param e    a recorded event
     * @param full whether the caller sees it in full
     * @param link its certificate
     * @return the response
     */
    public static RegistryEventResponse toResponse(RecordedEvent e, boolean full, RegistrationResponse.CertificateLink link) {
        return new RegistryEventResponse(e.sequence(), e.event().type(), e.at(), e.hash(), e.previousHash(),
                full ? e.actor() : null, full ? e.reason() : null, full ? e.event().toJson() : null, link);
    }
}
