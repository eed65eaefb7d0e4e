/**
 * 数据资产登记证书 — registration certificates: a registration's public statement
 * ({@link org.dataprice.registry.RegistrationSnapshot}) in canonical JSON (RFC 8785), signed by the
 * registry as a compact JWS (RFC 7515, EdDSA per RFC 8037), and their verification by anyone holding the
 * published key set, with the status the registry's history gives them (valid, superseded, revoked).
 * Source: plan §4 (发放数据资产登记证书, 提供…核验服务).
 */
package org.dataprice.registry.certificate;
