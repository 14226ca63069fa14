package se.rus.finance.cofinancing;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;

/** Funds received for RUS work but kept outside the account: shown in a note, never in the sums. */
@Entity
@Immutable
@Table(name = "outside_funds")
public class OutsideFunds extends FundsRecord {

    public static List<OutsideFunds> ofYear(int year) {
        return list("year", Sort.ascending("recordedAt", "source"), year);
    }
}
