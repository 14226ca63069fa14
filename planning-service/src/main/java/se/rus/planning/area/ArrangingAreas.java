package se.rus.planning.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.planning.plan.Plan;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.ordering.Positions;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.util.List;
import java.util.UUID;

/** Use case: the working group adds, changes, reorders and removes the areas of a plan. */
@ApplicationScoped
public class ArrangingAreas {

    @Inject
    EventPublisher events;

    @Transactional
    public Area add(int year, AreaContent content) {
        Plan plan = Plan.requireByYear(year);
        requireUniqueName(plan, content.name(), null);
        Area area = new Area();
        area.id = UUID.randomUUID();
        area.plan = plan;
        area.name = content.name();
        area.resourceNote = content.resourceNote();
        List<Area> order = Positions.place(Area.ofPlan(plan), area, content.position());
        renumber(order, area);
        area.persist();
        AreaEvents.publish(events, AreaEvents.AREA_ADDED, area);
        Area.flush();
        return area;
    }

    @Transactional
    public Area replace(int year, UUID id, String ifMatch, AreaContent content) {
        Area area = Area.require(year, id);
        Preconditions.requireMatch(ifMatch, area.version);
        requireUniqueName(area.plan, content.name(), area);
        AreaEvents.AreaState before = AreaEvents.AreaState.of(area);
        area.name = content.name();
        area.resourceNote = content.resourceNote();
        if (content.position() != null && content.position() != area.position) {
            List<Area> others = Area.ofPlan(area.plan).stream().filter(a -> a != area).toList();
            renumber(Positions.place(others, area, content.position()), area);
        }
        if (!before.equals(AreaEvents.AreaState.of(area))) {
            AreaEvents.publish(events, AreaEvents.AREA_CHANGED, area);
        }
        Area.flush();
        return area;
    }

    /** An area with activities is kept: removing its activities first makes the loss of planned days explicit. */
    @Transactional
    public void remove(int year, UUID id, String ifMatch) {
        Area area = Area.require(year, id);
        Preconditions.requireMatch(ifMatch, area.version);
        long activities = Area.getEntityManager()
                .createQuery("select count(a) from Activity a where a.area = :area", Long.class)
                .setParameter("area", area).getSingleResult();
        if (activities > 0) {
            throw ProblemException.conflict("Området " + area.name + " har fortfarande " + activities
                    + " aktivitet(er); ta bort eller flytta dem först");
        }
        AreaEvents.publish(events, AreaEvents.AREA_REMOVED, area);
        List<Area> others = Area.ofPlan(area.plan).stream().filter(a -> a != area).toList();
        area.delete();
        renumber(others, null);
    }

    private void requireUniqueName(Plan plan, String name, Area self) {
        Area.findByName(plan, name).filter(other -> other != self).ifPresent(other -> {
            throw ProblemException.conflict("Planen för " + plan.year + " har redan ett område med namnet " + name);
        });
    }

    /** Gives every area its place in {@code order}; siblings that moved publish AreaChanged. */
    private void renumber(List<Area> order, Area subject) {
        for (int i = 0; i < order.size(); i++) {
            Area area = order.get(i);
            if (area.position != i + 1) {
                area.position = i + 1;
                if (area != subject) {
                    AreaEvents.publish(events, AreaEvents.AREA_CHANGED, area);
                }
            }
        }
    }
}
