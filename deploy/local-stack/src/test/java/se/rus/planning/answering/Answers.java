package se.rus.planning.answering;

import se.rus.planning.asking.Asks;

/** The other half of the package cycle {@link Asks} starts. */
public class Answers {

    Asks asks;
}
