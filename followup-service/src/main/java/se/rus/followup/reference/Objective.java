package se.rus.followup.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An environmental quality objective (1–16) or the generational goal (0). */
@Entity
public class Objective extends PanacheEntityBase {

    @Id
    public String code;

    public int number;

    public String name;

    @Column(name = "assessed_regionally")
    public boolean assessedRegionally;

    /** The ETag of the objective's applicability: raised each time the working group changes it. */
    @Column(name = "applicability_version", nullable = false)
    public long applicabilityVersion;
}
