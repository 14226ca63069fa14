package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The valuation of one goal. */
@Entity
@Table(name = "proj_valuation")
public class ProjectedValuation extends PanacheEntityBase {

    @Id
    @Column(name = "goal_id")
    public UUID goalId;

    public UUID id;

    @Column(name = "period_start")
    public int periodStart;

    @Column(name = "period_end")
    public int periodEnd;

    public int valuation;

    @Column(name = "previous_valuation")
    public Integer previousValuation;

    @Column(name = "previous_goal_existed")
    public boolean previousGoalExisted;

    @Column(name = "follow_up")
    public String followUp;
}
