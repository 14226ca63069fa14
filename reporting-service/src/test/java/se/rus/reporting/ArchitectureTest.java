package se.rus.reporting;

import se.rus.localstack.checks.ArchitectureChecks;

class ArchitectureTest extends ArchitectureChecks {
}
