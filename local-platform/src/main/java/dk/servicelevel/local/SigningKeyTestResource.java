package dk.servicelevel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh signing key pair for a service's tests: the service verifies tokens with its public half, and
 * {@link AccessTokens#forRole(String)} signs with its private half.
 */
public class SigningKeyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String TEST_ISSUER = "https://servicelevel.test/issuer";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("signing-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SigningKeys keys = SigningKeys.in(directory).ensureExist();
        return Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TEST_ISSUER,
                "smallrye.jwt.sign.key.location", keys.privateKeyFile().toUri().toString(),
                "smallrye.jwt.new-token.issuer", TEST_ISSUER);
    }

    @Override
    public void stop() {
        SigningKeys keys = SigningKeys.in(directory);
        try {
            Files.deleteIfExists(keys.privateKeyFile());
            Files.deleteIfExists(keys.publicKeyFile());
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
