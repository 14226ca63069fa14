package se.rus.reporting.rendering;

import se.rus.platform.text.TextBlock;

import java.util.List;

/**
 * A table every rendering draws the same way: a header, rows of text, which columns are figures (right-aligned),
 * whether the last row is a sum (bold), and optionally one comment column whose cells are structured text
 * ({@code comments}, one list per row; the row's text in that column is then unused).
 */
public record Table(List<String> header, List<Boolean> figures, List<List<String>> rows, boolean lastRowIsSum,
                    int commentColumn, List<List<TextBlock>> comments) {

    public Table(List<String> header, List<Boolean> figures, List<List<String>> rows, boolean lastRowIsSum) {
        this(header, figures, rows, lastRowIsSum, -1, List.of());
    }

    public boolean isFigure(int column) {
        return figures.get(column);
    }

    public boolean isComment(int column) {
        return column == commentColumn;
    }

    /** Whether a column after the naming one holds text rather than figures (a comment, a purpose). */
    public boolean hasTextColumn() {
        return figures.subList(1, figures.size()).contains(false);
    }

    public List<TextBlock> comment(int row, int column) {
        return isComment(column) ? comments.get(row) : List.of();
    }

    /** The text of a cell: a comment as one line. */
    public String cell(int row, int column) {
        return isComment(column) ? Blocks.inline(comments.get(row)) : rows.get(row).get(column);
    }
}
