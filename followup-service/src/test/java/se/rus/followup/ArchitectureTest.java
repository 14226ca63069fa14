package se.rus.followup;

import se.rus.localstack.checks.ArchitectureChecks;

class ArchitectureTest extends ArchitectureChecks {
}
