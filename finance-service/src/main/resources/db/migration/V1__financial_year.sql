CREATE TABLE financial_year (
    id                  uuid PRIMARY KEY,
    year                integer       NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    appropriation_name  text          NOT NULL,
    appropriation       numeric(15,2) NOT NULL CHECK (appropriation >= 0),
    status              text          NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    version             bigint        NOT NULL,
    created_at          timestamptz   NOT NULL,
    created_by          text          NOT NULL
);
