package dk.servicelevel.sla.system;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A system of the catalogue")
public record SystemResponse(
        @Schema(example = "NT") String code,
        @Schema(example = "National tests portal") String name,
        String description,
        String vendor,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Version for If-Match on updates; also sent as the ETag", example = "1") long version) {

    static SystemResponse of(ItSystem system) {
        return new SystemResponse(system.code, system.name, system.description, system.vendor, system.createdAt,
                system.updatedAt, system.version);
    }
}
