package se.rus.planning;

import se.rus.localstack.checks.ArchitectureChecks;

class ArchitectureTest extends ArchitectureChecks {
}
