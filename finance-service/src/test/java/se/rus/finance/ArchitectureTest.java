package se.rus.finance;

import se.rus.localstack.checks.ArchitectureChecks;

class ArchitectureTest extends ArchitectureChecks {
}
