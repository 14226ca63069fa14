package se.rus.planning.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import se.rus.platform.persistence.VersionedEntity;
import se.rus.platform.web.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A member of the steering or working group during a year, in the order the group is listed. */
@Entity
public class Member extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_group", nullable = false)
    public MemberGroup memberGroup;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    public String organisation;

    public String role;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "replaced_by")
    public String replacedBy;

    public static List<Member> ofYear(int year) {
        return list("year = ?1 order by memberGroup, position", year);
    }

    public static int nextPosition(int year, MemberGroup group) {
        Integer max = getEntityManager()
                .createQuery("select max(m.position) from Member m where m.year = :year and m.memberGroup = :group", Integer.class)
                .setParameter("year", year).setParameter("group", group).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public static Optional<Member> findByName(int year, MemberGroup group, String name) {
        return find("year = ?1 and memberGroup = ?2 and name = ?3", year, group, name).firstResultOptional();
    }

    public static Member require(int year, UUID id) {
        return Member.<Member>find("id = ?1 and year = ?2", id, year).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Det finns ingen ledamot " + id + " i organisationen för " + year));
    }

    /** A member cannot leave before joining. */
    public static void requireDatesInOrder(LocalDate joinedOn, LocalDate leftOn, String field) {
        if (joinedOn != null && leftOn != null && leftOn.isBefore(joinedOn)) {
            throw ProblemException.invalid(field, "får inte vara före joinedOn " + joinedOn);
        }
    }
}
