-- Key-distributed funds (nyckelfördelade medel) are part of the appropriation but go to all counties.
ALTER TABLE financial_year
    ADD COLUMN key_distributed numeric(15,2) NOT NULL DEFAULT 0 CHECK (key_distributed >= 0),
    ADD COLUMN closed_at       timestamptz,
    ADD COLUMN closed_by       text;

CREATE TABLE budget_post (
    id           uuid PRIMARY KEY,
    year_id      uuid          NOT NULL REFERENCES financial_year (id),
    year         integer       NOT NULL,
    position     integer       NOT NULL CHECK (position >= 1),
    name         text          NOT NULL,
    budget       numeric(15,2) NOT NULL CHECK (budget >= 0),
    comment      jsonb         NOT NULL DEFAULT '[]',
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   text          NOT NULL,
    CONSTRAINT budget_post_name_per_year UNIQUE (year, name),
    -- deferred, so a reordering may pass through duplicate positions inside its transaction
    CONSTRAINT budget_post_position_per_year UNIQUE (year, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE ledger_entry (
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    id           uuid PRIMARY KEY,
    year         integer       NOT NULL REFERENCES financial_year (year),
    post_id      uuid          NOT NULL REFERENCES budget_post (id),
    entry_date   date          NOT NULL,
    amount       numeric(15,2) NOT NULL,
    text         text          NOT NULL,
    counterpart  text,
    activity_id  uuid,
    category     text          NOT NULL CHECK (category IN
                     ('DIRECT_SPEND', 'REALLOCATION_TO_COUNTY', 'SALARIES', 'CORRECTION', 'RESIDUAL')),
    external_ref text,
    recorded_at  timestamptz   NOT NULL,
    recorded_by  text          NOT NULL,
    CONSTRAINT ledger_entry_inside_year CHECK (extract(year FROM entry_date) = year),
    CONSTRAINT ledger_entry_external_ref_per_year UNIQUE (year, external_ref)
);
CREATE INDEX ledger_entry_year_order ON ledger_entry (year, entry_date, seq);
CREATE INDEX ledger_entry_post ON ledger_entry (post_id);

-- Accountants expect a ledger that only grows: corrections are new entries, never edits.
CREATE FUNCTION ledger_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entry is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entry_append_only
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_is_append_only();

CREATE TABLE co_financing (
    id           uuid PRIMARY KEY,
    year         integer       NOT NULL REFERENCES financial_year (year),
    source       text          NOT NULL,
    amount       numeric(15,2) NOT NULL CHECK (amount > 0),
    description  text,
    recorded_at  timestamptz   NOT NULL,
    recorded_by  text          NOT NULL,
    CONSTRAINT co_financing_source_per_year UNIQUE (year, source)
);

CREATE TABLE outside_funds (
    id           uuid PRIMARY KEY,
    year         integer       NOT NULL REFERENCES financial_year (year),
    source       text          NOT NULL,
    amount       numeric(15,2) NOT NULL CHECK (amount > 0),
    description  text,
    recorded_at  timestamptz   NOT NULL,
    recorded_by  text          NOT NULL,
    CONSTRAINT outside_funds_source_per_year UNIQUE (year, source)
);

-- The ordered list of who covers the deficit; replaced as a whole, versioned for If-Match.
CREATE TABLE deficit_coverage (
    year         integer       PRIMARY KEY REFERENCES financial_year (year),
    coverers     jsonb         NOT NULL,
    version      bigint        NOT NULL,
    changed_at   timestamptz   NOT NULL,
    changed_by   text          NOT NULL
);
