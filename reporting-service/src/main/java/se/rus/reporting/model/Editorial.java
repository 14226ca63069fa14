package se.rus.reporting.model;

import se.rus.platform.text.TextBlock;

import java.util.List;

/** The report's own texts, written by the working group. */
public record Editorial(String title, String approvalLine, List<TextBlock> introduction,
                        List<TextBlock> mainActivities, List<String> highlights, List<TextBlock> closingAssessment) {

    public static final Editorial NONE = new Editorial(null, null, List.of(), List.of(), List.of(), List.of());
}
