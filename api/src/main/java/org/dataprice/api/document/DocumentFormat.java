package org.dataprice.api.document;

import java.util.Locale;

/**
 * The formats in which a report is issued, with the media type each is served as. The code is what the
 * {@code issued_document.format} column and the API's {@code format} fields hold.
 */
public enum DocumentFormat {
    /** The canonical snapshot of the report's figures (the JSON the creating request answered). */
    JSON("json", "application/json"),
    /** The printable bilingual report (XHTML, UTF-8). */
    HTML("html", "text/html;charset=utf-8"),
    /** The income cash-flow schedule (UTF-8). */
    CSV("csv", "text/csv;charset=utf-8"),
    /** The PDF laid out from the issued HTML of the same revision. */
    PDF("pdf", "application/pdf"),
    /**
     * The detached CMS signature (DER, RFC 5652) over the exact bytes of the JSON document of the same revision;
     * issued with it when a signing key is configured ({@link DocumentSigner}).
     */
    JSON_SIGNATURE("json.p7s", "application/pkcs7-signature"),
    /** A compact JWS (RFC 7515 §7.1), e.g. a registration certificate signed by the registry's key (V56). */
    JWS("jws", "application/jose");

    private final String code;
    private final String mediaType;

    DocumentFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    /** @return the lower-case code, e.g. {@code pdf} */
    public String code() {
        return code;
    }

    /** @return the media type the document is served with */
    public String mediaType() {
        return mediaType;
    }

    /**
     * @param code a stored code
     * @return its format
     * @throws IllegalArgumentException when unknown (a stored row is never unknown)
     */
    public static DocumentFormat ofCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        for (DocumentFormat f : values()) {
            if (f.code.equals(c)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown document format " + code);
    }
}
