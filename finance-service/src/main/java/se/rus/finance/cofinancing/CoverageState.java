package se.rus.finance.cofinancing;

import java.util.List;

/** Payload of DeficitCoverageSet: the whole ordered list. */
public record CoverageState(int year, List<DeficitCoverage.Coverer> coverers) {
}
