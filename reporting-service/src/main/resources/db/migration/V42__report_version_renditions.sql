-- An approved version's renderings, one row per format: approval stores every format the renderers know and a
-- read fetches only the one asked for (listing the versions no longer loads each version's PDF).
CREATE TABLE report_version_rendition (
    year    integer NOT NULL,
    number  integer NOT NULL,
    format  text    NOT NULL,
    body    bytea   NOT NULL,
    PRIMARY KEY (year, number, format),
    FOREIGN KEY (year, number) REFERENCES report_version (year, number)
);

INSERT INTO report_version_rendition (year, number, format, body)
SELECT year, number, 'JSON', convert_to(content_json, 'UTF8') FROM report_version
UNION ALL SELECT year, number, 'MARKDOWN', convert_to(markdown, 'UTF8') FROM report_version
UNION ALL SELECT year, number, 'HTML', convert_to(html, 'UTF8') FROM report_version
UNION ALL SELECT year, number, 'PDF', pdf FROM report_version;

ALTER TABLE report_version DROP COLUMN content_json, DROP COLUMN markdown, DROP COLUMN html, DROP COLUMN pdf;
