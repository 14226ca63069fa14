package se.rus.reporting.assembly;

import se.rus.reporting.model.Check;
import se.rus.reporting.model.Report;

import java.util.List;

/** A live report plus the loose ends found while joining (events whose counterpart has not arrived). */
public record AssembledReport(Report report, List<Check> looseEnds) {
}
