package org.dataprice.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWT bearer tokens signed by an identity provider, verified against its JWKS (configured with
 * {@code micronaut.security.token.jwt.signatures.jwks.<name>.url}); the JWKS is served here by a
 * local HTTP server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwksTest {
    private HttpServer idp;
    private EmbeddedServer server;
    private RSAKey key;
    private Http http;

    @BeforeAll
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("idp-key-1").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        idp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        idp.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        idp.start();
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("jwks"));
        props.put("micronaut.security.token.jwt.signatures.jwks.idp.url",
                "http://127.0.0.1:" + idp.getAddress().getPort() + "/jwks.json");
        server = ApplicationContext.run(EmbeddedServer.class, props, "test");
        http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
        if (idp != null) {
            idp.stop(0);
        }
    }

    private static String token(RSAKey signer, String role) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("alice")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("roles", List.of(role)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    @Test
    void test_jwks_tokenSignedByProviderAuthenticatesWithItsRoles() throws Exception {
        assertThat(http.get("/v1/api-keys", "Authorization", "Bearer " + token(key, "ADMIN")).status()).isEqualTo(200);
        assertThat(http.get("/v1/api-keys", "Authorization", "Bearer " + token(key, "READER")).status()).isEqualTo(403);
    }

    @Test
    void test_jwks_tokenSignedByAnotherKeyIs401() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("idp-key-1").generate();

        assertThat(http.get("/v1/api-keys", "Authorization", "Bearer " + token(stranger, "ADMIN")).status()).isEqualTo(401);
    }
}
