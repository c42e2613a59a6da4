package dk.servicelevel.api.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "verified-tokens")
public interface VerifiedTokensConfig {

    /** The most verified bearer tokens kept until they expire; the least recently used go first. */
    @WithDefault("20000")
    long maximumSize();
}
