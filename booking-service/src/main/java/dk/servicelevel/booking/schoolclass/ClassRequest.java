package dk.servicelevel.booking.schoolclass;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A class and its pupils' pseudonymous ids")
public record ClassRequest(
        @Schema(example = "4A") @NotBlank @Size(max = 40) String name,
        @Schema(example = "4") @NotNull @Min(0) @Max(10) Integer grade,
        @Schema(description = "Pseudonymous ids: no names, no personal numbers", example = "[\"p-7f3a91\", \"p-02c4d8\"]")
        @NotNull @Size(max = 60) List<@NotNull @Pattern(regexp = "[A-Za-z0-9-]{4,64}", message = "must be a pseudonymous id of 4 to 64 letters, digits or hyphens") String> pupils) {
}
