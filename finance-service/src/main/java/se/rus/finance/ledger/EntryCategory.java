package se.rus.finance.ledger;

/** What kind of money movement a ledger entry is; RESIDUAL marks the rest of a total the source did not itemise. */
public enum EntryCategory {
    DIRECT_SPEND,
    REALLOCATION_TO_COUNTY,
    SALARIES,
    CORRECTION,
    RESIDUAL
}
