package se.rus.planning.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.planning.plan.PlanEvents;
import se.rus.platform.events.EventPublisher;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payloads of a member's events on {@code rus.planning.v1}; the state doubles as the REST view.
 * MemberJoined: added to the year's organisation; MemberChanged: any change, including leftOn being set;
 * MemberLeft: removed from the year's organisation (the data is the last state).
 */
public final class MemberEvents {

    public static final String MEMBER_JOINED = "se.rus.planning.MemberJoined.v1";
    public static final String MEMBER_CHANGED = "se.rus.planning.MemberChanged.v1";
    public static final String MEMBER_LEFT = "se.rus.planning.MemberLeft.v1";

    private MemberEvents() {
    }

    public static void publish(EventPublisher events, String type, Member member) {
        events.publish(PlanEvents.TOPIC, Integer.toString(member.year), type, member.id.toString(),
                MemberState.of(member));
    }

    @Schema(name = "Member")
    public record MemberState(@Schema(example = "4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
                              @Schema(example = "2024") int year,
                              @Schema(example = "STEERING") MemberGroup group,
                              @Schema(example = "Karin Frejarö") String name,
                              @Schema(example = "Lst Västernorrland") String organisation,
                              @Schema(example = "chefsnätverket hållbar tillväxt (NHT21)") String role,
                              @Schema(example = "2024-01-01") LocalDate joinedOn,
                              @Schema(example = "2024-09-30") LocalDate leftOn,
                              @Schema(example = "Maria Ek") String replacedBy) {

        public static MemberState of(Member member) {
            return new MemberState(member.id, member.year, member.memberGroup, member.name, member.organisation,
                    member.role, member.joinedOn, member.leftOn, member.replacedBy);
        }
    }
}
