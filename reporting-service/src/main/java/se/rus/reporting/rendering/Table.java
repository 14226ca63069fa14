package se.rus.reporting.rendering;

import java.util.List;

/**
 * A simple table every rendering draws the same way: a header, rows of text, which columns are figures
 * (right-aligned) and whether the last row is a sum (bold).
 */
public record Table(List<String> header, List<Boolean> figures, List<List<String>> rows, boolean lastRowIsSum) {

    public boolean isFigure(int column) {
        return figures.get(column);
    }
}
