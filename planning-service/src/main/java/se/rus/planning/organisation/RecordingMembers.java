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
    public Member join(int year, MemberContent content) {
        Plan.requireByYear(year);
        Member.requireDatesInOrder(content.joinedOn(), content.leftOn(), "leftOn");
        requireUniqueName(year, content, null);
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.year = year;
        member.position = Member.nextPosition(year, content.group());
        apply(member, content);
        member.persist();
        MemberEvents.publish(events, MemberEvents.MEMBER_JOINED, member);
        Member.flush();
        return member;
    }

    @Transactional
    public Member replace(int year, UUID id, String ifMatch, MemberContent content) {
        Member member = Member.require(year, id);
        Preconditions.requireMatch(ifMatch, member.version);
        Member.requireDatesInOrder(content.joinedOn(), content.leftOn(), "leftOn");
        requireUniqueName(year, content, member);
        MemberEvents.MemberState before = MemberEvents.MemberState.of(member);
        if (member.memberGroup != content.group()) {
            member.position = Member.nextPosition(year, content.group());
        }
        apply(member, content);
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

    private static void requireUniqueName(int year, MemberContent content, Member self) {
        Member.findByName(year, content.group(), content.name()).filter(other -> other != self).ifPresent(other -> {
            throw ProblemException.conflict(content.name() + " finns redan i " + content.group().swedishName() + " " + year);
        });
    }

    private static void apply(Member member, MemberContent content) {
        member.memberGroup = content.group();
        member.name = content.name();
        member.organisation = content.organisation();
        member.role = content.role();
        member.joinedOn = content.joinedOn();
        member.leftOn = content.leftOn();
        member.replacedBy = content.replacedBy();
    }
}
