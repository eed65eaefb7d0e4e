package org.dataprice.registry.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.Require;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.signature.CompactJws;
import org.dataprice.registry.signature.SignatureCheck;

/**
 * 互认 — verifies a signed export bundle against a trust list. Checks, in order, each failure refusing the
 * bundle with its reason:
 * <ol>
 *   <li>the header names a key id of a trusted exchange ({@link CompactJws#unverifiedKid}, used only to pick
 *       the key set) — else "untrusted";</li>
 *   <li>the compact JWS verifies with that exchange's key set, with {@code typ} {@value ExportBundle#FORMAT}
 *       ({@link CompactJws#verify}) — any altered byte fails here;</li>
 *   <li>the payload parses as an {@link ExportBundle} of a supported format version;</li>
 *   <li>the bundle's {@code exporter} is the exchange whose key signed it (one exchange cannot speak for
 *       another);</li>
 *   <li>the key was in service at {@code exportedAt}.</li>
 * </ol>
 * Then every registration in it is {@link ImportOutcome#RECOGNISED} as {@code exporter:registrationId}, and every
 * market record ({@link ExchangeRecord}) as {@code exporter:id}.
 * Stateless and thread-safe. Source: plan §8, §10.
 */
public final class BundleImport {
    private BundleImport() {
    }

    /**
     * @param bundle the compact JWS text as received; not null
     * @param trust  this exchange's trust list; not null
     * @return recognised with the registrations, or refused with the reason
     */
    public static ImportResult verify(String bundle, TrustList trust) {
        Require.notNull(bundle, "bundle");
        Require.notNull(trust, "trust");
        String hash = CanonicalJson.sha256Hex(bundle.getBytes(StandardCharsets.UTF_8));
        Optional<String> kid = CompactJws.unverifiedKid(bundle);
        if (kid.isEmpty()) {
            return ImportResult.refused("not a signed bundle: the header names no key id", hash);
        }
        Optional<TrustedExchange> exchange = trust.byKid(kid.get());
        if (exchange.isEmpty()) {
            return ImportResult.refused("untrusted: key " + kid.get() + " is not in the trust list", hash);
        }
        SignatureCheck signature = CompactJws.verify(bundle, exchange.get().keys(), ExportBundle.FORMAT);
        if (!signature.valid()) {
            return ImportResult.refused("signature of " + exchange.get().exchangeId() + " not valid: " + signature.reason(),
                    hash);
        }
        ExportBundle parsed;
        try {
            parsed = ExportBundle.parse(signature.payload());
        } catch (DatapriceException e) {
            return ImportResult.refused("signed, but not a bundle this exchange reads: " + e.getMessage(), hash);
        }
        if (!parsed.exporter().equals(exchange.get().exchangeId())) {
            return ImportResult.refused("the bundle names exporter " + parsed.exporter() + " but is signed by a key of "
                    + exchange.get().exchangeId(), hash);
        }
        if (!signature.key().inServiceAt(parsed.exportedAt())) {
            return ImportResult.refused("key " + signature.key().kid() + " was not in service at exportedAt "
                    + parsed.exportedAt(), hash);
        }
        return new ImportResult(ImportOutcome.RECOGNISED, "signed by " + parsed.exporter() + " with key "
                + signature.key().kid(), parsed.exporter(), signature.key().kid(), hash, parsed.registrations().stream()
                .map(r -> new RecognisedRegistration(parsed.exporter(), r)).toList(), parsed.records());
    }
}
