package se.rus.planning.rollover;

import se.rus.planning.activity.Activity;
import se.rus.planning.area.Area;
import se.rus.planning.goal.Period;
import se.rus.planning.organisation.Member;
import se.rus.planning.organisation.MemberGroup;
import se.rus.planning.plan.NewPlan;
import se.rus.planning.plan.Plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What next year's plan starts as when a plan is rolled over: plain copies, with no database and no events, so
 * the rules are unit-tested on their own. Goals are not copied: they belong to a period, not to a plan.
 */
public final class NextYearPlan {

    private NextYearPlan() {
    }

    /** The new plan: the year in the title moved on, the same vision, the period that holds the new year. */
    public static NewPlan of(Plan source) {
        int year = source.year + 1;
        Period period = Period.containing(year);
        return new NewPlan(year, movedOn(source.title, source.year), source.vision, period.start(),
                period.end());
    }

    /**
     * "RUS verksamhetsplan 2024" becomes "RUS verksamhetsplan 2025", "I verksamhetsplanen 2024 tidsattes…" the
     * same; only the whole year number is replaced.
     */
    static String movedOn(String text, int year) {
        if (text == null) {
            return null;
        }
        return Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(text).replaceAll(Integer.toString(year + 1));
    }

    /**
     * The area in next year's plan; a resource note that names this year names the next one. A sentence of the note
     * that states a number of days is left behind: the report writes the area's days from the plan itself, so they
     * follow the plan when next year's days change, and a copied figure would contradict them.
     */
    public static Area area(Area source, Plan into) {
        Area area = new Area();
        area.id = UUID.randomUUID();
        area.plan = into;
        area.position = source.position;
        area.name = source.name;
        area.resourceNote = withoutDays(movedOn(source.resourceNote, into.year - 1));
        return area;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern DAYS = Pattern.compile("\\d\\s*(arbets)?dag(ar)?\\b");

    static String withoutDays(String note) {
        if (note == null) {
            return null;
        }
        String kept = SENTENCE_END.splitAsStream(note.strip()).filter(sentence -> !DAYS.matcher(sentence).find())
                .collect(java.util.stream.Collectors.joining(" "));
        return kept.isBlank() ? null : kept;
    }

    /** A copy of the activity in next year's area that continues it, flags and planned days included. */
    public static Activity continuing(Activity source, Area into) {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.area = into;
        activity.position = source.position;
        activity.title = source.title;
        activity.description = List.copyOf(source.description);
        activity.plannedDays = source.plannedDays;
        activity.extraDays = source.extraDays;
        activity.extraEffortNote = source.extraEffortNote;
        activity.prioritised = source.prioritised;
        activity.developmentEffort = source.developmentEffort;
        activity.responsible = List.copyOf(source.responsible);
        activity.continuesActivityId = source.id;
        return activity;
    }

    /**
     * Next year's members: everyone who has not left before the new year begins, in the same order per group
     * (renumbered, so a group's positions stay 1, 2, 3…). {@code members} are in group and position order.
     */
    public static List<Member> members(List<Member> members, int year) {
        LocalDate newYear = LocalDate.of(year, 1, 1);
        Map<MemberGroup, Integer> positions = new EnumMap<>(MemberGroup.class);
        List<Member> next = new ArrayList<>();
        for (Member source : members) {
            if (source.leftOn != null && source.leftOn.isBefore(newYear)) {
                continue;
            }
            Member member = new Member();
            member.id = UUID.randomUUID();
            member.year = year;
            member.memberGroup = source.memberGroup;
            member.position = positions.merge(source.memberGroup, 1, Integer::sum);
            member.name = source.name;
            member.organisation = source.organisation;
            member.role = source.role;
            member.joinedOn = source.joinedOn;
            member.leftOn = source.leftOn;
            member.replacedBy = source.replacedBy;
            next.add(member);
        }
        return next;
    }
}
