package se.rus.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.persistence.UpdatedEntity;
import se.rus.platform.text.TextBlock;

import java.util.List;

/** The editorial texts of a year's report; structured text is stored as its JSON. */
@Entity
@Table(name = "report_draft")
public class ReportDraft extends UpdatedEntity {

    @Id
    public int year;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> introduction;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "main_activities", nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> mainActivities;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> highlights;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "closing_assessment", nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> closingAssessment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goals_note", nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> goalsNote;

    /** Null: the default lines ({@link Editorial#COVER_LINES}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cover_lines", columnDefinition = "jsonb")
    public List<String> coverLines;

    /** Null: the default lines ({@link Editorial#CLOSING_LINES}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "closing_lines", columnDefinition = "jsonb")
    public List<String> closingLines;

    public Editorial editorial() {
        return new Editorial(title, introduction, mainActivities,
                highlights, closingAssessment, goalsNote, coverLines, closingLines);
    }
}
