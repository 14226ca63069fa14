package se.rus.reporting.draft;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.rus.reporting.projection.TextBlocks;
import se.rus.reporting.report.Editorial;

import java.time.Instant;

/** The editorial texts of a year's report; structured text is stored as its JSON. */
@Entity
@Table(name = "report_draft")
public class ReportDraft extends PanacheEntityBase {

    @Id
    public int year;

    @Column(nullable = false)
    public String title;

    @Column(name = "approval_line")
    public String approvalLine;

    @Column(nullable = false)
    public String introduction;

    @Column(name = "main_activities", nullable = false)
    public String mainActivities;

    @Column(nullable = false)
    public String highlights;

    @Column(name = "closing_assessment", nullable = false)
    public String closingAssessment;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public Editorial editorial() {
        return new Editorial(title, approvalLine, TextBlocks.read(introduction), TextBlocks.read(mainActivities),
                TextBlocks.readStrings(highlights), TextBlocks.read(closingAssessment));
    }
}
