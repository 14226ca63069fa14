package se.rus.planning.planimport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.planning.activity.DevelopmentEffort;
import se.rus.planning.organisation.MemberGroup;
import se.rus.planning.plan.PlanStatus;
import se.rus.platform.text.NotBlankWhenGiven;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.rus.platform.years.InSupportedYears;

/**
 * A whole plan year in one document (deploy/contracts/IMPORTS.md). Entities are matched by natural key:
 * area name, activity title within its area, goal text within its area and period, member name within group.
 * A goal's predecessor (a goal of the directly previous period) is named by id or by area name + text.
 * A list left out (null) leaves that part untouched; an empty list removes everything in it.
 */
@Schema(name = "PlanDocument", description = "Hela årets plan: områden med aktiviteter, treårsmål och organisation")
public record PlanDocument(
        @NotBlank @Size(max = 300) @Schema(example = "RUS verksamhetsplan 2024") String title,
        @Size(max = 2000) @Schema(example = "Miljömålen är uppnådda genom samverkan och effektiva insatser som förverkligar Agenda 2030.") String vision,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2022") Integer periodStart,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2024") Integer periodEnd,
        @Schema(description = "ADOPTED antar en DRAFT-plan; utelämnad = oförändrad (ny plan blir DRAFT)", example = "ADOPTED") PlanStatus status,
        @Size(max = 50) List<@NotNull @Valid AreaDocument> areas,
        @Size(max = 200) List<@NotNull @Valid GoalDocument> goals,
        @Size(max = 200) List<@NotNull @Valid MemberDocument> organisation) {

    @Schema(name = "PlanDocumentArea")
    public record AreaDocument(
            @NotBlank @Size(max = 300) @Schema(example = "Miljömålsuppföljning") String name,
            @Size(max = 5000) @Schema(example = "I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar.") String resourceNote,
            @Size(max = 200) List<@NotNull @Valid ActivityDocument> activities) {
    }

    @Schema(name = "PlanDocumentActivity")
    public record ActivityDocument(
            @NotBlank @Size(max = 500) @Schema(example = "Miljömålsuppföljning - regional kontaktyta, samordning, stöd regionalt") String title,
            @NotBlankWhenGiven @Size(max = 500) @Schema(description = "Titeln som årets sammanfattning anger den, när den skiljer sig från Bilaga 1", example = "Förvaltning och samverkan miljödata och informationsförsörjning") String summaryTitle,
            @Size(max = 200) List<@NotNull @Valid TextBlock> description,
            @NotNull @DecimalMin(value = "0", message = "får inte vara negativt")
            @Digits(integer = 5, fraction = 2, message = "högst 5 siffror före och 2 efter decimaltecknet")
            @Schema(example = "119") BigDecimal plannedDays,
            @DecimalMin(value = "0", message = "får inte vara negativt")
            @Digits(integer = 5, fraction = 2, message = "högst 5 siffror före och 2 efter decimaltecknet")
            @Schema(example = "18") BigDecimal extraDays,
            @Size(max = 1000) @Schema(example = "samt 18 dagar utanför arbetsgruppen") String extraEffortNote,
            @Schema(example = "true") Boolean prioritised,
            @Schema(example = "NONE") DevelopmentEffort developmentEffort,
            @Schema(description = "Utvecklingsinsatsen som årets sammanfattning anger den, när den skiljer sig från Bilaga 1", example = "PARTIAL") DevelopmentEffort summaryDevelopmentEffort,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> responsible) {
    }

    @Schema(name = "PlanDocumentGoal", description = "Ett treårsmål; föregångaren (målet i närmast föregående period som det fortsätter) "
            + "anges med predecessorId eller, i ett handskrivet dokument, med predecessor (område och text), inte båda")
    public record GoalDocument(
            @NotBlank @Size(max = 300) @Schema(example = "Miljömålsuppföljning") String areaName,
            @NotBlank @Size(max = 5000) @Schema(example = "Miljöövervakningen och dess resultat används mer för miljömålsuppföljningen och RUS bidrar till detta på den regionala och lokala nivån.") String text,
            @Schema(description = "Föregångarens id; utelämnad = ingen (om inte predecessor anges)", example = "3e1f0a2b-7c6d-4e5f-8a9b-0c1d2e3f4a5b") UUID predecessorId,
            @Valid PredecessorReference predecessor) {
    }

    @Schema(name = "PlanDocumentGoalPredecessor", description = "Ett mål i närmast föregående period, utpekat med område och text")
    public record PredecessorReference(
            @NotBlank @Size(max = 300) @Schema(example = "Miljömålsuppföljning") String areaName,
            @NotBlank @Size(max = 5000) @Schema(example = "Miljöövervakningen och dess resultat används mer för miljömålsuppföljningen och RUS bidrar till detta på den regionala och lokala nivån.") String text) {
    }

    @Schema(name = "PlanDocumentMember")
    public record MemberDocument(
            @NotNull @Schema(example = "STEERING") MemberGroup group,
            @NotBlank @Size(max = 200) @Schema(example = "Peder Eriksson") String name,
            @Size(max = 200) @Schema(example = "Lst Örebro") String organisation,
            @Size(max = 500) @Schema(example = "miljönätverket, ordförande") String role,
            @InSupportedYears LocalDate joinedOn,
            @InSupportedYears LocalDate leftOn,
            @Size(max = 200) String replacedBy) {
    }
}
