package dk.servicelevel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;

import org.junit.jupiter.api.Test;

class EntityVersionTest {

    @Test
    void readsTheVersionFromAStrongOrWeakEtag() {
        assertThat(EntityVersion.fromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(EntityVersion.fromIfMatch(" W/\"12\" ")).isEqualTo(12);
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedAsPreconditionRequired() {
        assertThatThrownBy(() -> EntityVersion.fromIfMatch(null))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.getResponse().getStatus()).isEqualTo(428));
        assertThatThrownBy(() -> EntityVersion.fromIfMatch(" ")).isInstanceOf(ClientErrorException.class);
    }

    @Test
    void anIfMatchThatIsNoVersionOfThisApiIsABadRequest() {
        assertThatThrownBy(() -> EntityVersion.fromIfMatch("\"abc\"")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("\"abc\"");
    }
}
