package dk.servicelevel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.api.deadline.RequestDeadlineConfig;
import dk.servicelevel.rules.AccessRefusedException;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;
import dk.servicelevel.rules.Violation;
import io.vertx.pgclient.PgException;

class ProblemMappersTest {

    private static final String PATH = "/api/v1/incidents/INC-2026-000001";
    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
            (proxy, method, arguments) -> "getPath".equals(method.getName()) ? PATH : null);

    private final ProblemMappers mappers = new ProblemMappers(new RequestDeadlineConfig() {
        @Override
        public Duration deadline() {
            return Duration.ofSeconds(4);
        }

        @Override
        public Duration retryAfter() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration refusingBeforeStop() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration databaseAnswerWithin() {
            return Duration.ofSeconds(2);
        }
    });

    @Test
    void aBrokenRuleIs422NamingEachField() {
        RestResponse<Problem> answer = mappers.brokenRule(new RuleViolationException("The times are impossible",
                List.of(new Violation("endAt", "must be after startAt"))), URI);

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(answer.getEntity()).extracting(Problem::detail, Problem::instance, Problem::violations)
                .containsExactly("The times are impossible", PATH, List.of(new Violation("endAt", "must be after startAt")));
    }

    @Test
    void aConflictWithTheStateIs409AndAnUnknownRecord404() {
        assertThat(mappers.refused(new StateConflictException("An incident that is CLOSED cannot become RESOLVED"), URI).getEntity())
                .extracting(Problem::status, Problem::title).containsExactly(409, "Conflict");
        assertThat(mappers.refused(new UnknownRecordException("No incident has the id INC-2026-000001"), URI).getEntity())
                .extracting(Problem::status, Problem::detail).containsExactly(404, "No incident has the id INC-2026-000001");
    }

    @Test
    void aChangeFromAnOlderVersionIs412AndAnotherSchoolsRecords403() {
        assertThat(mappers.refused(new StaleVersionException("The booking 7 is at version 2, not 1"), URI).getEntity())
                .extracting(Problem::status, Problem::title).containsExactly(412, "Precondition Failed");
        assertThat(mappers.refused(new AccessRefusedException("A school may only see its own data"), URI).getEntity())
                .extracting(Problem::status, Problem::detail).containsExactly(403, "A school may only see its own data");
    }

    @Test
    void aSourceOrDatabaseOutOfReachIs503WithTheConfiguredRetryAfter() {
        RestResponse<Problem> source = mappers.sourceUnavailable(new SourceUnavailableException("sla-service", new ConnectException()), URI);
        RestResponse<Problem> database = mappers.connectionLost(new ConnectException("refused"), URI);

        for (RestResponse<Problem> answer : List.of(source, database)) {
            assertThat(answer.getStatus()).isEqualTo(503);
            assertThat(answer.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        }
        assertThat(source.getEntity().detail()).startsWith("sla-service cannot answer now");
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsInnerMessage() {
        RestResponse<Problem> answer = mappers.unexpected(new IllegalStateException("secret table name"), URI);

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getEntity().detail()).doesNotContain("secret").isEqualTo("The service failed to answer; it is logged");
    }

    @Test
    void aTextHoldingNulIs400NamingTheFieldOrWhenTheDatabaseRefusedIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        new NulFreeText().customize(json);
        JsonProcessingException unreadable = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue("{\"text\":\"a\\u0000b\"}", Note.class));
        RestResponse<Problem> body = mappers.unreadableJson(unreadable, URI);
        RestResponse<Problem> stored = mappers.unexpected(new CompletionException(new PgException("invalid byte sequence for encoding \"UTF8\": 0x00",
                "ERROR", "22021", null)), URI);

        assertThat(body.getStatus()).isEqualTo(400);
        assertThat(body.getEntity().violations()).containsExactly(new Violation("text", "holds the character U+0000, which no text here may hold"));
        assertThat(stored.getStatus()).isEqualTo(400);
        assertThat(stored.getEntity().detail()).isEqualTo("A value of the request holds the character U+0000, which no text here may hold");
        assertThat(json.readValue("{\"text\":\"a\\tb\"}", Note.class).text()).isEqualTo("a\tb");
    }

    @Test
    void aRefusalByAnotherServiceIsPassedOnWithItsStatus() {
        RestResponse<Problem> answer = mappers.sourceRefused(new SourceRefusedException("incident-service", 404, new IllegalStateException()), URI);

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answer.getEntity().detail()).isEqualTo("incident-service refused what this request asked of it (404)");
    }

    record Note(String text) {
    }
}
