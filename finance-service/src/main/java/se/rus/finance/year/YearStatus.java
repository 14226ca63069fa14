package se.rus.finance.year;

public enum YearStatus {
    OPEN,
    CLOSED
}
