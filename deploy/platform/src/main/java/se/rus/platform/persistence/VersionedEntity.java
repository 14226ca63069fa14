package se.rus.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity a client edits under If-Match: its {@code version} column is Hibernate's optimistic lock and the ETag.
 * Mapped exactly as each entity mapped it before (column {@code version}, a {@code long}), so no migration follows.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Version
    public long version;
}
