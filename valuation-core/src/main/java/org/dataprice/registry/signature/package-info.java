/**
 * Signatures of the registry: Ed25519 (RFC 8032) through the JDK's {@code "Ed25519"} provider, wrapped as
 * a JSON Web Signature in compact serialization (RFC 7515 §7.1) with {@code "alg":"EdDSA"} (RFC 8037 §3.1)
 * and a key id, and the published key set as an RFC 7517 JWK Set of OKP keys (RFC 8037 §2) whose key ids
 * are RFC 7638 thumbprints. Keys carry a validity period and are retired, never deleted, so that a
 * document signed before a rotation stays verifiable with the published set alone.
 */
package org.dataprice.registry.signature;
