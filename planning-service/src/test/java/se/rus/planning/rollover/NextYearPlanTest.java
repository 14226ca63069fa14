package se.rus.planning.rollover;

import org.junit.jupiter.api.Test;
import se.rus.planning.activity.Activity;
import se.rus.planning.activity.DevelopmentEffort;
import se.rus.planning.area.Area;
import se.rus.planning.organisation.Member;
import se.rus.planning.organisation.MemberGroup;
import se.rus.planning.plan.NewPlan;
import se.rus.planning.plan.Plan;
import se.rus.planning.plan.PlanStatus;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NextYearPlanTest {

    private static Plan plan(int year, String title) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.year = year;
        plan.title = title;
        plan.vision = "Miljömålen är uppnådda genom samverkan.";
        plan.periodStart = 2022;
        plan.periodEnd = 2024;
        plan.status = PlanStatus.ADOPTED;
        return plan;
    }

    private static Member member(MemberGroup group, int position, String name, LocalDate leftOn) {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.year = 2024;
        member.memberGroup = group;
        member.position = position;
        member.name = name;
        member.organisation = "Lst Örebro";
        member.role = "miljönätverket";
        member.joinedOn = LocalDate.of(2023, 1, 1);
        member.leftOn = leftOn;
        member.replacedBy = leftOn == null ? null : "Maria Ek";
        return member;
    }

    @Test
    void theNewPlanIsNextYearInThePeriodThatHoldsIt() {
        NewPlan last = NextYearPlan.of(plan(2024, "RUS verksamhetsplan 2024"));
        assertEquals(new NewPlan(2025, "RUS verksamhetsplan 2025", "Miljömålen är uppnådda genom samverkan.",
                2025, 2027), last);
        NewPlan middle = NextYearPlan.of(plan(2025, "Verksamhetsplan för RUS 2025"));
        assertEquals(2026, middle.year());
        assertEquals("Verksamhetsplan för RUS 2026", middle.title());
        assertEquals(List.of(2025, 2027), List.of(middle.periodStart(), middle.periodEnd()));
    }

    @Test
    void onlyTheWholeYearNumberInTheTitleIsReplaced() {
        assertEquals("RUS VP 2025 (enligt beslut 20245)", NextYearPlan.movedOn("RUS VP 2024 (enligt beslut 20245)", 2024));
        assertEquals("RUS 2025–2025", NextYearPlan.movedOn("RUS 2024–2024", 2024));
        assertEquals("Verksamhetsplan", NextYearPlan.movedOn("Verksamhetsplan", 2024));
        assertNull(NextYearPlan.movedOn(null, 2024));
    }

    @Test
    void areasAndActivitiesAreCopiedAndEachActivityContinuesItsSource() {
        Plan next = plan(2025, "RUS verksamhetsplan 2025");
        Area source = new Area();
        source.id = UUID.randomUUID();
        source.plan = plan(2024, "RUS verksamhetsplan 2024");
        source.position = 2;
        source.name = "Stöd i åtgärdsarbetet";
        source.resourceNote = "Området leds från Gävleborg 2024. I verksamhetsplanen 2024 tidsattes denna till 381 arbetsdagar.";
        Area area = NextYearPlan.area(source, next);
        assertNotEquals(source.id, area.id);
        assertEquals(next, area.plan);
        assertEquals(2, area.position);
        assertEquals(source.name, area.name);
        // the days are the plan's: the report writes them from next year's activities, so the copied figure goes
        assertEquals("Området leds från Gävleborg 2025.", area.resourceNote);
        source.resourceNote = "I verksamhetsplanen 2024 tidsattes denna till 381 arbetsdagar.";
        assertNull(NextYearPlan.area(source, next).resourceNote);

        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.area = source;
        activity.position = 3;
        activity.title = "Cirkulär ekonomi och hållbar konsumtion";
        activity.description = List.of(TextBlock.paragraph("Stödja länsstyrelsernas arbete."));
        activity.plannedDays = new BigDecimal("21.00");
        activity.extraDays = new BigDecimal("18.00");
        activity.extraEffortNote = "samt 18 dagar utanför arbetsgruppen";
        activity.prioritised = true;
        activity.developmentEffort = DevelopmentEffort.PARTIAL;
        activity.responsible = List.of("Birgit Nielsen");
        Activity copy = NextYearPlan.continuing(activity, area);
        assertNotEquals(activity.id, copy.id);
        assertEquals(activity.id, copy.continuesActivityId);
        assertEquals(area, copy.area);
        assertEquals(List.of(3, activity.title, activity.description, activity.plannedDays, activity.extraDays,
                        activity.extraEffortNote, true, DevelopmentEffort.PARTIAL, activity.responsible),
                List.of(copy.position, copy.title, copy.description, copy.plannedDays, copy.extraDays,
                        copy.extraEffortNote, copy.prioritised, copy.developmentEffort, copy.responsible));
    }

    @Test
    void membersWhoLeftBeforeTheNewYearStayBehindAndTheRestKeepTheirOrder() {
        List<Member> members = List.of(
                member(MemberGroup.STEERING, 1, "Peder Eriksson", null),
                member(MemberGroup.STEERING, 2, "Karin Frejarö", LocalDate.of(2024, 6, 30)),
                member(MemberGroup.STEERING, 3, "Maria Ek", null),
                member(MemberGroup.WORKING, 1, "Anders Bergström", LocalDate.of(2025, 3, 31)),
                member(MemberGroup.WORKING, 2, "Magnus Eriksson", null));
        List<Member> next = NextYearPlan.members(members, 2025);
        assertEquals(List.of("Peder Eriksson", "Maria Ek", "Anders Bergström", "Magnus Eriksson"),
                next.stream().map(m -> m.name).toList());
        assertEquals(List.of(1, 2, 1, 2), next.stream().map(m -> m.position).toList());
        next.forEach(m -> assertEquals(2025, m.year));
        Member anders = next.get(2);
        assertEquals(MemberGroup.WORKING, anders.memberGroup);
        assertEquals(LocalDate.of(2025, 3, 31), anders.leftOn);
        assertEquals("Maria Ek", anders.replacedBy);
        assertEquals("Lst Örebro", anders.organisation);
        assertEquals("miljönätverket", anders.role);
        assertEquals(LocalDate.of(2023, 1, 1), anders.joinedOn);
        assertNotEquals(members.get(3).id, anders.id);
    }
}
