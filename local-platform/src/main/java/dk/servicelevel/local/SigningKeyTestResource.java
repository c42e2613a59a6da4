package dk.servicelevel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh signing key pair for a test run: the service verifies tokens with its public half, and
 * {@link AccessTokens#forRole(String)} signs with its private half.
 */
public class SigningKeyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String TEST_ISSUER = "https://servicelevel.test/issuer";

    /** One key pair per test run, so each service started for the tests trusts the same tokens. */
    static SigningKeys testRunKeys() {
        return TestRunKeys.KEYS;
    }

    private static final class TestRunKeys {
        private static final SigningKeys KEYS = create();

        private static SigningKeys create() {
            try {
                Path directory = Files.createTempDirectory("signing-keys");
                directory.toFile().deleteOnExit();
                SigningKeys keys = SigningKeys.in(directory).ensureExist();
                keys.privateKeyFile().toFile().deleteOnExit();
                keys.publicKeyFile().toFile().deleteOnExit();
                return keys;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public Map<String, String> start() {
        SigningKeys keys = testRunKeys();
        return Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TEST_ISSUER,
                "smallrye.jwt.sign.key.location", keys.privateKeyFile().toUri().toString(),
                "smallrye.jwt.new-token.issuer", TEST_ISSUER);
    }

    @Override
    public void stop() {
        // the keys are removed when the test JVM exits, after every service that trusts them has stopped
    }
}
