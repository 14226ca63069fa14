package se.rus.finance.cofinancing;

/** One of those who cover the year's deficit, as setting the coverage takes them. */
public record CovererContent(String coveredBy, String description) {
}
