package dk.servicelevel.booking.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/** The service's own token parser verifies a token once and answers the same verified token again; a forged one always fails. */
@QuarkusTest
class VerifiedTokensInForceTest {

    @Inject
    JWTParser parser;

    @Test
    void aTokenSentAgainIsNotVerifiedAgainAndAForgedOneIsRefusedEveryTime() throws ParseException {
        String token = AccessTokens.forRole("vendor-ops");

        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
    }
}
