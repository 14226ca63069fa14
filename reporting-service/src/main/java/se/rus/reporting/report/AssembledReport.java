package se.rus.reporting.report;

import java.util.List;

/** A live report plus the loose ends found while joining (events whose counterpart has not arrived). */
public record AssembledReport(Report report, List<Check> looseEnds) {
}
