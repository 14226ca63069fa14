package se.rus.planning.planimport;

import se.rus.planning.activity.Activity;
import se.rus.planning.activity.ActivityEvents.ActivityState;
import se.rus.planning.activity.DevelopmentEffort;
import se.rus.platform.days.Days;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an import compares to decide whether an activity changed: everything the document can say about it,
 * with days normalised so that 119 in the document equals 119.00 in the database.
 */
record ActivityContent(int position, String title, String summaryTitle, List<TextBlock> description,
                       BigDecimal plannedDays, BigDecimal extraDays, String extraEffortNote, boolean prioritised,
                       DevelopmentEffort developmentEffort, DevelopmentEffort summaryDevelopmentEffort,
                       List<String> responsible) {

    static ActivityContent of(PlanDocument.ActivityDocument document, int position) {
        return new ActivityContent(position, document.title(), Activity.summaryTitle(document.title(), document.summaryTitle()),
                document.description() == null ? List.of() : List.copyOf(document.description()),
                Days.normalise(document.plannedDays()), Days.normalise(document.extraDays()),
                document.extraEffortNote(), Boolean.TRUE.equals(document.prioritised()),
                effort(document),
                summaryEffort(document),
                document.responsible() == null ? List.of() : List.copyOf(document.responsible()));
    }

    static ActivityContent of(ActivityState state) {
        return new ActivityContent(state.position(), state.title(), state.summaryTitle(), state.description(), state.plannedDays(),
                state.extraDays(), state.extraEffortNote(), state.prioritised(), state.developmentEffort(),
                state.summaryDevelopmentEffort(), state.responsible());
    }

    static DevelopmentEffort effort(PlanDocument.ActivityDocument document) {
        return document.developmentEffort() == null ? DevelopmentEffort.NONE : document.developmentEffort();
    }

    /** Only a wording that differs from Bilaga 1's is kept. */
    static DevelopmentEffort summaryEffort(PlanDocument.ActivityDocument document) {
        return document.summaryDevelopmentEffort() == effort(document) ? null : document.summaryDevelopmentEffort();
    }
}
