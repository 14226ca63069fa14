package se.rus.planning.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.planning.plan.Plan;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.util.UUID;

/** Use case: the working group keeps the steering and working group of a year up to date. */
@ApplicationScoped
public class RecordingMembers {

    @Inject
    EventPublisher events;

    @Transactional
    public Member join(int year, MemberResource.MemberInput input) {
        Plan.requireByYear(year);
        Member.requireDatesInOrder(input.joinedOn(), input.leftOn(), "leftOn");
        requireUniqueName(year, input, null);
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.year = year;
        member.position = Member.nextPosition(year, input.group());
        apply(member, input);
        member.persist();
        MemberEvents.publish(events, MemberEvents.MEMBER_JOINED, member);
        Member.flush();
        return member;
    }

    @Transactional
    public Member replace(int year, UUID id, String ifMatch, MemberResource.MemberInput input) {
        Member member = Member.require(year, id);
        Preconditions.requireMatch(ifMatch, member.version);
        Member.requireDatesInOrder(input.joinedOn(), input.leftOn(), "leftOn");
        requireUniqueName(year, input, member);
        MemberEvents.MemberState before = MemberEvents.MemberState.of(member);
        if (member.memberGroup != input.group()) {
            member.position = Member.nextPosition(year, input.group());
        }
        apply(member, input);
        if (!before.equals(MemberEvents.MemberState.of(member))) {
            MemberEvents.publish(events, MemberEvents.MEMBER_CHANGED, member);
        }
        Member.flush();
        return member;
    }

    @Transactional
    public void remove(int year, UUID id, String ifMatch) {
        Member member = Member.require(year, id);
        Preconditions.requireMatch(ifMatch, member.version);
        MemberEvents.publish(events, MemberEvents.MEMBER_LEFT, member);
        member.delete();
    }

    private static void requireUniqueName(int year, MemberResource.MemberInput input, Member self) {
        Member.findByName(year, input.group(), input.name()).filter(other -> other != self).ifPresent(other -> {
            throw ProblemException.conflict(input.name() + " finns redan i " + input.group().swedishName() + " " + year);
        });
    }

    private static void apply(Member member, MemberResource.MemberInput input) {
        member.memberGroup = input.group();
        member.name = input.name();
        member.organisation = input.organisation();
        member.role = input.role();
        member.joinedOn = input.joinedOn();
        member.leftOn = input.leftOn();
        member.replacedBy = input.replacedBy();
    }
}
