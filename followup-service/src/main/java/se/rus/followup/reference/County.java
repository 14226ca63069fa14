package se.rus.followup.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A county (län) with its SCB code and ISO 3166-2 letter; reference data shipped by migration. */
@Entity
public class County extends PanacheEntityBase {

    @Id
    public String code;

    public String letter;

    public String name;
}
