package se.rus.finance.cofinancing;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;

/** Money received from another party for joint efforts (e.g. LEKS); it reduces the deficit. */
@Entity
@Immutable
@Table(name = "co_financing")
public class CoFinancing extends FundsRecord {

    public static List<CoFinancing> ofYear(int year) {
        return list("year", Sort.ascending("recordedAt", "source"), year);
    }
}
