package dk.servicelevel.api.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.SecretKey;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private static final String VALID = "valid.token.signature";
    private static final String FORGED = "valid.token.forged";
    private static final String EXPIRED = "expired.token.signature";

    @Test
    void aTokenIsVerifiedOnceUntilItExpires() throws ParseException {
        Verifier verifier = new Verifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100);

        JsonWebToken first = tokens.parse(VALID);
        JsonWebToken again = tokens.parse(VALID);

        assertThat(again).isSameAs(first);
        assertThat(verifier.verified).containsExactly(VALID);
    }

    @Test
    void aTokenThatFailsFailsEveryTimeAndIsNeverKept() {
        Verifier verifier = new Verifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100);

        assertThatThrownBy(() -> tokens.parse(FORGED)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(FORGED)).isInstanceOf(ParseException.class);
        assertThat(verifier.verified).containsExactly(FORGED, FORGED);
    }

    @Test
    void anExpiredTokenIsVerifiedAgain() throws ParseException {
        Verifier verifier = new Verifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100);

        tokens.parse(EXPIRED);
        tokens.parse(EXPIRED);

        assertThat(verifier.verified).containsExactly(EXPIRED, EXPIRED);
    }

    /** The signature check the cache stands in front of: a token ending in "signature" verifies, others fail. */
    private static final class Verifier implements JWTParser {

        final List<String> verified = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (!token.endsWith("signature")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("school-user");
            claims.setExpirationTimeMinutesInTheFuture(token.startsWith("expired") ? -1 : 60);
            return new DefaultJWTCallerPrincipal(token, claims);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken parseOnly(String token) {
            throw new UnsupportedOperationException();
        }
    }
}
