package se.rus.planning.area;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An area's body: what adding and replacing an area take, and what a PATCH merges into. The schema keeps
 * the contract's name from when this was the resource's own input.
 */
@Schema(name = "AreaInput")
public record AreaContent(
        @NotBlank @Size(max = 300) @Schema(example = "Miljömålsuppföljning") String name,
        @Size(max = 5000) @Schema(example = "I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar.") String resourceNote,
        @Min(value = 1, message = "måste vara minst 1") @Schema(description = "1-baserad plats; utelämnad = sist (POST) eller oförändrad (PUT)", example = "1") Integer position) {

    static AreaContent of(Area area) {
        return new AreaContent(area.name, area.resourceNote, area.position);
    }
}
