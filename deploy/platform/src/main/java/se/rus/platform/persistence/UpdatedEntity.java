package se.rus.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** A versioned entity that keeps when it was last changed and by whom ({@code updated_at}, {@code updated_by}). */
@MappedSuperclass
public abstract class UpdatedEntity extends VersionedEntity {

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
