package se.rus.reporting.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The annual report (verksamhetsberättelse) of a year as Naturvårdsverket integrates against it.
 * Money is a decimal string, days a number; {@code version} and {@code approvedAt} are null for a draft.
 */
@Schema(name = "Report")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Report(
        @Schema(example = "2024") int year,
        ReportStatus status,
        @Schema(example = "1") Integer version,
        @Schema(example = "2025-02-05") LocalDate approvedAt,
        @Schema(example = "RUS verksamhetsberättelse 2024") String title,
        @Schema(description = "raderna på omslaget som anger vem som ger ut berättelsen",
                example = "[\"RUS – Regional utveckling & samverkan i miljömålssystemet\", \"Länsstyrelserna\"]") List<String> coverLines,
        @Schema(description = "avslutande rader", example = "[\"Länsstyrelserna\", \"www.lansstyrelsen.se\"]") List<String> closingLines,
        @Schema(example = "Verksamhetsberättelsen är godkänd av RUS styrgrupp vid mötet 2025-02-05.",
                description = "skrivs av systemet ur det registrerade godkännandet (dag, organ); null för ett utkast") String approvalLine,
        List<TextBlock> introduction,
        List<TextBlock> mainActivities,
        @Schema(example = "[\"Medarrangerat miljömålsdagarna i Luleå.\"]") List<String> highlights,
        List<TextBlock> closingAssessment,
        @Schema(description = "Bilaga 2:s egen text efter värderingsskalan") List<TextBlock> goalsNote,
        Plan plan,
        List<Area> areas,
        @Schema(example = "795", description = "årets planerade dagar i VP, summan över områdena") BigDecimal totalPlannedDays,
        @Schema(example = "780", description = "föregående års planerade dagar i VP; null när föregående år saknas") BigDecimal previousTotalPlannedDays,
        Economy economy,
        List<Goal> goals) {

    /** {@code economy.deficit} and {@code economy.deficitAfterCoFinancing}: deprecated since, gone from (CHANGELOG.md) */
    public static final String DEFICIT_FIELDS_DEPRECATED = "2026-11-30";
    public static final String DEFICIT_FIELDS_SUNSET = "2027-06-01";

    @Schema(name = "ReportPlan")
    public record Plan(@Schema(example = "RUS verksamhetsplan 2024") String title, String vision,
                       @Schema(example = "2022") Integer periodStart, @Schema(example = "2024") Integer periodEnd,
                       @Schema(example = "ADOPTED") String status) {
    }

    @Schema(name = "ReportArea")
    public record Area(UUID id, @Schema(example = "Miljömålsuppföljning") String name,
                       @Schema(example = "247") BigDecimal plannedDays,
                       @Schema(example = "230", description = "dagar i VP för området med samma namn året innan; null om det saknas") BigDecimal previousPlannedDays,
                       @Schema(example = "I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar.") String resourceNote,
                       List<TextBlock> followUpNote, List<Activity> activities) {
    }

    @Schema(name = "ReportActivity")
    public record Activity(UUID id, @Schema(example = "Miljöövervakning") String title,
                           @Schema(description = "titeln som årets sammanfattning anger den, när den skiljer sig från Bilaga 1; annars null",
                                   example = "Förvaltning och samverkan miljödata och informationsförsörjning") String summaryTitle,
                           @Schema(example = "35") BigDecimal plannedDays, BigDecimal extraDays, String extraEffortNote,
                           @Schema(description = "null när utfall saknas") ActivityStatus status,
                           boolean prioritised, DevelopmentEffort developmentEffort,
                           @Schema(description = "utvecklingsinsatsen som årets sammanfattning anger den, när den skiljer sig från Bilaga 1; annars null")
                           DevelopmentEffort summaryDevelopmentEffort,
                           List<TextBlock> description, List<TextBlock> narrative, BigDecimal daysSpent,
                           List<String> responsible,
                           @Schema(description = "aktiviteten i föregående års plan som denna fortsätter; null om ingen") UUID continuesActivityId) {
    }

    @Schema(name = "ReportEconomy")
    public record Economy(
            @Schema(example = "Anslag 1:2 Miljöövervakning") String appropriationName,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "6000000.00") BigDecimal appropriation,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "1500000.00") BigDecimal keyDistributed,
            List<Post> posts,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "4500000.00") BigDecimal totalBudget,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "4945601.42") BigDecimal totalOutcome,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "445601.42",
                    description = "utfall − budget, med tecken (negativt vid överskott)") BigDecimal totalDifference,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "4400000.00",
                    description = "föregående års totala budget; null när föregående år saknas") BigDecimal previousTotalBudget,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "4390112.10",
                    description = "föregående års totala utfall; null när föregående år saknas") BigDecimal previousTotalOutcome,
            EconomicResult result,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "445601.42", deprecated = true,
                    description = "ersatt av result; underskottet eller 0.00 vid överskott") BigDecimal deficit,
            @Schema(description = "i den ordning medfinansieringen registrerades") List<Funds> coFinancing,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "220000.00") BigDecimal totalCoFinancing,
            @Schema(description = "resultatet av totalDifference − totalCoFinancing") EconomicResult resultAfterCoFinancing,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "225601.42", deprecated = true,
                    description = "ersatt av resultAfterCoFinancing; kvarvarande underskott eller 0.00") BigDecimal deficitAfterCoFinancing,
            @Schema(description = "medel utanför redovisningen, i registreringsordning; ingår aldrig i summorna") List<Funds> outsideFunds,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "21327.47") BigDecimal totalOutsideFunds,
            @Schema(description = "vem som täcker ett kvarvarande underskott; tom när resultAfterCoFinancing inte är DEFICIT") List<Coverer> deficitCoverage) {
    }

    @Schema(name = "ReportPost")
    public record Post(UUID id, @Schema(example = "Löner, resor m.m. RUS") String name,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "3700000.00") BigDecimal budget,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "4259660.71") BigDecimal outcome,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "559660.71",
                               description = "utfall − budget, med tecken") BigDecimal difference,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "3600000.00",
                               description = "budget för posten med samma namn året innan; null om den saknas") BigDecimal previousBudget,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "3890000.00",
                               description = "utfall för posten med samma namn året innan; null om den saknas") BigDecimal previousOutcome,
                       List<TextBlock> comment) {
    }

    @Schema(name = "ReportFunds")
    public record Funds(@Schema(example = "LEKS (klimat och energi)") String source,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "220000.00") BigDecimal amount,
                        @Schema(description = "vad medlen avser") String description) {
    }

    @Schema(name = "ReportDeficitCoverer")
    public record Coverer(int position, @Schema(example = "Länsstyrelsen Gävleborg") String coveredBy,
                          @Schema(example = "Resterande underskott") String description) {
    }

    @Schema(name = "ReportGoal")
    public record Goal(UUID id, @Schema(example = "Miljömålsuppföljning") String area, String text,
                       @Schema(example = "2022") int periodStart, @Schema(example = "2024") int periodEnd,
                       @Schema(example = "1", description = "senaste värdering för ett år ≤ rapportåret; null = ej värderat ännu") Integer valuation,
                       @Schema(example = "2024", description = "året värderingen gjordes för") Integer valuedYear,
                       @Schema(description = "rapportåret är periodens sista år; då krävs slutvärdering") boolean finalYear,
                       @Schema(description = "målet i föregående period som detta fortsätter") UUID predecessorId,
                       @Schema(example = "1", description = "föregångarens slutvärdering, annars den historiska värderingen") Integer previousValuation,
                       Boolean previousGoalExisted, List<TextBlock> followUp) {
    }

    public enum ActivityStatus {
        DONE_AS_PLANNED, PARTLY_DONE, NOT_DONE, CANCELLED
    }

    public enum DevelopmentEffort {
        NONE, PARTIAL, FULL
    }

    /**
     * The same content frozen as version {@code number}, approved on {@code on}, with the sentence that says so
     * (written from the recorded approval: only an approved version ever states that it is approved).
     */
    public Report approved(int number, LocalDate on, String approvalSentence) {
        return new Report(year, ReportStatus.APPROVED, number, on, title, coverLines, closingLines, approvalSentence,
                introduction, mainActivities, highlights, closingAssessment, goalsNote, plan, areas, totalPlannedDays,
                previousTotalPlannedDays, economy, goals);
    }

    /** An approved version read while its year is re-opened: the same content, its status saying a revision is under way. */
    public Report underRevision() {
        return new Report(year, ReportStatus.REOPENED, version, approvedAt, title, coverLines, closingLines, approvalLine,
                introduction, mainActivities, highlights, closingAssessment, goalsNote, plan, areas, totalPlannedDays,
                previousTotalPlannedDays, economy, goals);
    }

    public List<Activity> activities() {
        return areas.stream().flatMap(area -> area.activities().stream()).toList();
    }
}
