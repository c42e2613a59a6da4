package dk.servicelevel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;

import io.smallrye.jwt.util.KeyUtils;

/**
 * The RSA key pair that signs access tokens on the local platform and in tests. It is generated on first use
 * and kept as PEM files; production verifies tokens against its OIDC provider's keys instead.
 */
public record SigningKeys(Path privateKeyFile, Path publicKeyFile) {

    private static final int KEY_SIZE = 2048;

    public static SigningKeys in(Path directory) {
        return new SigningKeys(directory.resolve("private-key.pem"), directory.resolve("public-key.pem"));
    }

    /** Generates the pair unless both files are already there. */
    public SigningKeys ensureExist() {
        if (Files.exists(privateKeyFile) && Files.exists(publicKeyFile)) {
            return this;
        }
        try {
            Files.createDirectories(privateKeyFile.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(privateKeyFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Not a PEM private key: " + privateKeyFile, e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
