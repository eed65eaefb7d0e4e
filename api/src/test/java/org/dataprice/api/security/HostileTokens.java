package org.dataprice.api.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

/**
 * Hand-built JWTs for the hostile-token tests: any header, any claims, any HMAC, so that tokens a
 * careful library would refuse to produce can be sent.
 */
final class HostileTokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private HostileTokens() {
    }

    /** @return base64url of the UTF-8 text, unpadded */
    static String b64(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param header  the JOSE header JSON
     * @param claims  the claims JSON
     * @param macAlg  the JCA MAC algorithm (HmacSHA256, HmacSHA384, HmacSHA512); null for an empty signature
     * @param key     the MAC key
     * @return the compact serialisation
     */
    static String token(String header, String claims, String macAlg, String key) {
        String input = b64(header) + "." + b64(claims);
        if (macAlg == null) {
            return input + ".";
        }
        try {
            Mac mac = Mac.getInstance(macAlg);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), macAlg));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param alg    the header alg
     * @param claims the claims JSON
     * @param key    the HMAC-SHA256 key
     * @return a token whose header says {@code alg} and whose signature is HMAC-SHA256 with {@code key}
     */
    static String hs256(String alg, String claims, String key) {
        return token("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}", claims, "HmacSHA256", key);
    }

    /**
     * @param sub   the subject
     * @param iat   issued at, or null to leave it out
     * @param nbf   not before, or null
     * @param exp   expiry, or null
     * @param roles the roles claim as raw JSON, or null to leave it out
     * @return the claims JSON
     */
    static String claims(String sub, Instant iat, Instant nbf, Instant exp, String roles) {
        StringBuilder json = new StringBuilder("{\"sub\":\"").append(sub).append('"');
        if (iat != null) {
            json.append(",\"iat\":").append(iat.getEpochSecond());
        }
        if (nbf != null) {
            json.append(",\"nbf\":").append(nbf.getEpochSecond());
        }
        if (exp != null) {
            json.append(",\"exp\":").append(exp.getEpochSecond());
        }
        if (roles != null) {
            json.append(",\"roles\":").append(roles);
        }
        return json.append('}').toString();
    }

    /**
     * @param exp   expiry
     * @param roles roles JSON
     * @return claims with sub "mallory" and iat now
     */
    static String claims(Instant exp, String roles) {
        return claims("mallory", Instant.now(), null, exp, roles);
    }
}
