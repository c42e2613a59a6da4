package dk.servicelevel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dk.servicelevel.load.LoadSettings.Scenario;

class LoadSettingsTest {

    private static Properties properties(Map<String, String> settings) {
        Properties properties = new Properties();
        properties.put("load.key-directory", "target/keys");
        settings.forEach((name, value) -> properties.put("load." + name, value));
        return properties;
    }

    @Test
    void aRunDefaultsToTheStep2PeakForAMinuteOnTheLocalPlatform() {
        LoadSettings settings = LoadSettings.from(properties(Map.of("sessions-file", "sessions.csv")));

        assertThat(settings.step()).isEqualTo("scaling-2");
        assertThat(settings.multiple()).isEqualTo(1.0);
        assertThat(settings.duration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.warmUp()).isZero();
        assertThat(settings.scenarios()).isEqualTo(EnumSet.allOf(Scenario.class));
        assertThat(settings.bookingUrl()).hasToString("http://localhost:8083");
        assertThat(settings.system()).isEqualTo("NT");
    }

    @Test
    void onlyLoopbackAddressesAndAllowedHostsAreLoaded() {
        assertThat(LoadSettings.from(properties(Map.of("scenarios", "reports", "report-url", "http://127.0.0.1:9084"))).reportUrl())
                .hasToString("http://127.0.0.1:9084");
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "reports", "report-url", "https://reports.example.dk"))))
                .hasMessageContaining("loopback").hasMessageContaining("https://reports.example.dk");
        assertThat(LoadSettings.from(properties(Map.of("scenarios", "reports", "report-url", "https://reports.example.dk",
                "allowed-hosts", "Reports.Example.DK, other.example.dk"))).reportUrl().getHost()).isEqualTo("reports.example.dk");
    }

    @Test
    void badSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "reports", "multiple", "lots"))))
                .hasMessageContaining("load.multiple").hasMessageContaining("lots");
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "reports", "multiple", "0"))))
                .hasMessageContaining("load.multiple");
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "reports", "duration-seconds", "86400"))))
                .hasMessageContaining("load.duration");
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "reports", "duration-seconds", "10", "warm-up-seconds", "11"))))
                .hasMessageContaining("load.warm-up-seconds");
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "reports", "max-requests", "0"))))
                .hasMessageContaining("load.max-requests");
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "booking-rush,lunch"))))
                .hasMessageContaining("load.scenarios").hasMessageContaining("lunch");
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "test-sessions"))))
                .hasMessageContaining("load.sessions-file");
        assertThatThrownBy(() -> LoadSettings.from(properties(Map.of("scenarios", "reports", "report-month", "October"))))
                .hasMessageContaining("load.report-month");
    }

    @Test
    void aRunNeedsATokenOrTheLocalPlatformsKeys() {
        Properties none = new Properties();
        none.put("load.scenarios", "reports");

        assertThatThrownBy(() -> LoadSettings.from(none)).hasMessageContaining("load.token").hasMessageContaining("load.key-directory");
    }
}
