package se.rus.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** A versioned entity that keeps when it was created and by whom ({@code created_at}, {@code created_by}). */
@MappedSuperclass
public abstract class CreatedEntity extends VersionedEntity {

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
