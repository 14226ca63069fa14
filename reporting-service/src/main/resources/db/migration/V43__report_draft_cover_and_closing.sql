-- The lines naming who publishes the report, on its cover and at its end; null = the defaults (RUS, Länsstyrelserna).
ALTER TABLE report_draft ADD COLUMN cover_lines jsonb, ADD COLUMN closing_lines jsonb;
