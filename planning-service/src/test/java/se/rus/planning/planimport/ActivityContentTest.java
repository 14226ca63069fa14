package se.rus.planning.planimport;

import org.junit.jupiter.api.Test;
import se.rus.planning.activity.ActivityEvents.ActivityState;
import se.rus.planning.activity.DevelopmentEffort;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ActivityContentTest {

    private static final List<TextBlock> DESCRIPTION = List.of(TextBlock.paragraph("Stödja länsstyrelsernas arbete."));

    private static ActivityState stored(String plannedDays, int position) {
        return new ActivityState(UUID.randomUUID(), UUID.randomUUID(), 2024, UUID.randomUUID(), "Stöd i åtgärdsarbetet",
                position, "Cirkulär ekonomi och hållbar konsumtion", null, DESCRIPTION, new BigDecimal(plannedDays),
                new BigDecimal("18"), "samt 18 dagar utanför arbetsgruppen", true, DevelopmentEffort.NONE, null, List.of(),
                // the link to last year's activity is not part of the document, so it never makes a difference
                UUID.randomUUID());
    }

    private static PlanDocument.ActivityDocument document(String plannedDays) {
        return new PlanDocument.ActivityDocument("Cirkulär ekonomi och hållbar konsumtion", null, DESCRIPTION,
                new BigDecimal(plannedDays), new BigDecimal("18.00"), "samt 18 dagar utanför arbetsgruppen", true, null, null, null);
    }

    @Test
    void aDocumentSayingWhatIsStoredIsUnchanged() {
        // the database keeps two decimals and no nulls for lists; the document may say 21, omit lists and effort
        assertEquals(ActivityContent.of(stored("21", 3)), ActivityContent.of(document("21.00"), 3));
    }

    @Test
    void otherDaysOrAnotherPlaceIsAChange() {
        assertNotEquals(ActivityContent.of(stored("21", 3)), ActivityContent.of(document("22"), 3));
        assertNotEquals(ActivityContent.of(stored("21", 3)), ActivityContent.of(document("21"), 2));
    }
}
