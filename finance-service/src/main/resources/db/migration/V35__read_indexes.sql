-- An index for every filter and sort the finance lists offer (see each list's query parameters and Sorting), so
-- a page of a stress year's 60 000 ledger entries is read from an index whatever the client asks for.
-- Budget posts, co-financing and outside funds are a few rows a year, sorted in memory; (year, …) uniques cover them.

-- pg_trgm is a trusted extension (PostgreSQL contrib): the database owner may create it
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- GET /years?sort=year|status
CREATE INDEX financial_year_status ON financial_year (status, year);

-- GET /years/{year}/ledger-entries?postId=…&from=…&to=…&counterpart=…&category=…
--     &sort=entryDate|amount|counterpart|category|externalRef|recordedAt
-- (ledger_entry_year_order covers from/to and entryDate, the unique (year, external_ref) covers externalRef)
CREATE INDEX ledger_entry_year_post ON ledger_entry (year, post_id, entry_date, seq);
CREATE INDEX ledger_entry_year_category ON ledger_entry (year, category, entry_date, seq);
CREATE INDEX ledger_entry_year_amount ON ledger_entry (year, amount);
CREATE INDEX ledger_entry_year_counterpart ON ledger_entry (year, counterpart);
CREATE INDEX ledger_entry_year_recorded_at ON ledger_entry (year, recorded_at);
-- counterpart is a case-insensitive substring filter: lower(counterpart) LIKE '%…%'
CREATE INDEX ledger_entry_counterpart_text ON ledger_entry USING gin (lower(counterpart) gin_trgm_ops);
