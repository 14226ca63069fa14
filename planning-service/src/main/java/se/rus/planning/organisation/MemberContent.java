package se.rus.planning.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.years.InSupportedYears;

import java.time.LocalDate;

/**
 * A member's body: what joining and replacing a member take, and what a PATCH merges into. The schema
 * keeps the contract's name from when this was the resource's own input.
 */
@Schema(name = "MemberInput")
public record MemberContent(
        @NotNull @Schema(example = "STEERING") MemberGroup group,
        @NotBlank @Size(max = 200) @Schema(example = "Karin Frejarö") String name,
        @Size(max = 200) @Schema(example = "Lst Västernorrland") String organisation,
        @Size(max = 500) @Schema(example = "chefsnätverket hållbar tillväxt (NHT21)") String role,
        @InSupportedYears @Schema(example = "2024-01-01") LocalDate joinedOn,
        @InSupportedYears @Schema(example = "2024-09-30") LocalDate leftOn,
        @Size(max = 200) @Schema(example = "Maria Ek") String replacedBy) {

    static MemberContent of(Member member) {
        return new MemberContent(member.memberGroup, member.name, member.organisation, member.role,
                member.joinedOn, member.leftOn, member.replacedBy);
    }
}
