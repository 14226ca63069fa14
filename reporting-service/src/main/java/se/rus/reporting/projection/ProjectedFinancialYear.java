package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** The financial year: appropriation and key-distributed funds. */
@Entity
@Table(name = "proj_financial_year")
public class ProjectedFinancialYear extends PanacheEntityBase {

    @Id
    public int year;

    public UUID id;

    @Column(name = "appropriation_name")
    public String appropriationName;

    public BigDecimal appropriation;

    @Column(name = "key_distributed")
    public BigDecimal keyDistributed;

    public String status;
}
