package se.rus.reporting.model;

import se.rus.platform.text.TextBlock;

import java.util.List;

/**
 * The report's own texts, written by the working group; whether it is approved is never among them (it is recorded).
 * {@code coverLines} and {@code closingLines} name who publishes the report on its cover and at its end; null keeps
 * {@link #COVER_LINES} and {@link #CLOSING_LINES}.
 */
public record Editorial(String title, List<TextBlock> introduction,
                        List<TextBlock> mainActivities, List<String> highlights, List<TextBlock> closingAssessment,
                        List<TextBlock> goalsNote, List<String> coverLines, List<String> closingLines) {

    public static final List<String> COVER_LINES = List.of("RUS – Regional utveckling & samverkan i miljömålssystemet",
            "Länsstyrelserna");
    public static final List<String> CLOSING_LINES = List.of("Länsstyrelserna", "www.lansstyrelsen.se");

    public static final Editorial NONE = new Editorial(null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

    public List<String> coverLinesOrDefault() {
        return coverLines == null ? COVER_LINES : coverLines;
    }

    public List<String> closingLinesOrDefault() {
        return closingLines == null ? CLOSING_LINES : closingLines;
    }
}
