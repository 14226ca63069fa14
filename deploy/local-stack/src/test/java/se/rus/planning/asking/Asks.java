package se.rus.planning.asking;

import se.rus.planning.answering.Answers;

/** One half of a package cycle: what ArchitectureRules refuses inside a service. */
public class Asks {

    Answers answers;
}
