package se.rus.reporting.report;

import se.rus.platform.text.TextBlock;

import java.util.List;

/** The report's own texts, written by the working group; whether it is approved is never among them (it is recorded). */
public record Editorial(String title, List<TextBlock> introduction,
                        List<TextBlock> mainActivities, List<String> highlights, List<TextBlock> closingAssessment,
                        List<TextBlock> goalsNote) {

    public static final Editorial NONE = new Editorial(null, List.of(), List.of(), List.of(), List.of(), List.of());
}
