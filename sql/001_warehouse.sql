-- The warehouse's raw tables: one per entity of the data contract (shared/spec/data-contract.md).
--
-- Multi-tenant by org_id: every key, foreign key and index leads with it, and ids are the
-- organisation's own external ids (scoped by org). The importer writes these tables only
-- through its staging tables, all or nothing. API roles never read this schema directly:
-- the query server reads materialized views built on it.

CREATE SCHEMA warehouse;

CREATE TABLE warehouse.orgs (
    org_id      text PRIMARY KEY,
    name        text NOT NULL,
    industry    text NOT NULL,
    timezone    text NOT NULL DEFAULT 'Asia/Shanghai',
    imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orgs_industry ON warehouse.orgs (industry, org_id);

CREATE TABLE warehouse.regions (
    org_id    text NOT NULL REFERENCES warehouse.orgs,
    region_id text NOT NULL,
    name      text NOT NULL,
    PRIMARY KEY (org_id, region_id)
);

CREATE TABLE warehouse.cities (
    org_id    text NOT NULL,
    city_id   text NOT NULL,
    region_id text NOT NULL,
    name      text NOT NULL,
    PRIMARY KEY (org_id, city_id),
    FOREIGN KEY (org_id, region_id) REFERENCES warehouse.regions
);

CREATE TABLE warehouse.teams (
    org_id    text NOT NULL,
    team_id   text NOT NULL,
    region_id text NOT NULL,
    name      text NOT NULL,
    PRIMARY KEY (org_id, team_id),
    FOREIGN KEY (org_id, region_id) REFERENCES warehouse.regions
);

CREATE TABLE warehouse.reps (
    org_id     text NOT NULL,
    rep_id     text NOT NULL,
    team_id    text NOT NULL,
    name       text NOT NULL,
    role       text NOT NULL CHECK (role IN ('rep', 'manager', 'director')),
    hired_on   date NOT NULL,
    manager_id text,
    PRIMARY KEY (org_id, rep_id),
    FOREIGN KEY (org_id, team_id) REFERENCES warehouse.teams,
    FOREIGN KEY (org_id, manager_id) REFERENCES warehouse.reps
);
CREATE INDEX reps_team ON warehouse.reps (org_id, team_id);

CREATE TABLE warehouse.customers (
    org_id      text NOT NULL,
    customer_id text NOT NULL,
    name        text NOT NULL,
    industry    text NOT NULL,
    size_band   text CHECK (size_band IN ('small', 'medium', 'large', 'key')),
    city_id     text,
    PRIMARY KEY (org_id, customer_id),
    FOREIGN KEY (org_id, city_id) REFERENCES warehouse.cities
);

CREATE TABLE warehouse.products (
    org_id     text NOT NULL REFERENCES warehouse.orgs,
    product_id text NOT NULL,
    name       text NOT NULL,
    line       text,
    PRIMARY KEY (org_id, product_id)
);

CREATE TABLE warehouse.pipelines (
    org_id      text NOT NULL REFERENCES warehouse.orgs,
    pipeline_id text NOT NULL,
    name        text NOT NULL,
    PRIMARY KEY (org_id, pipeline_id)
);

CREATE TABLE warehouse.stages (
    org_id           text NOT NULL,
    pipeline_id      text NOT NULL,
    stage_key        text NOT NULL,
    name             text NOT NULL,
    position         integer NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    timeout_hours    integer,
    -- Distinct activity types, in the order the export listed them.
    required_actions text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (org_id, pipeline_id, stage_key),
    FOREIGN KEY (org_id, pipeline_id) REFERENCES warehouse.pipelines
);

CREATE TABLE warehouse.loss_reasons (
    org_id text NOT NULL REFERENCES warehouse.orgs,
    code   text NOT NULL,
    name   text NOT NULL,
    PRIMARY KEY (org_id, code)
);

CREATE TABLE warehouse.opportunities (
    org_id           text NOT NULL,
    opportunity_id   text NOT NULL,
    pipeline_id      text NOT NULL,
    customer_id      text NOT NULL,
    rep_id           text NOT NULL,
    created_at       timestamptz NOT NULL,
    status           text NOT NULL CHECK (status IN ('open', 'won', 'lost')),
    product_id       text,
    channel          text,
    amount           numeric(14, 2) CHECK (amount >= 0),
    closed_at        timestamptz,
    loss_reason_code text,
    competitor       text,
    PRIMARY KEY (org_id, opportunity_id),
    FOREIGN KEY (org_id, pipeline_id) REFERENCES warehouse.pipelines,
    FOREIGN KEY (org_id, customer_id) REFERENCES warehouse.customers,
    FOREIGN KEY (org_id, rep_id) REFERENCES warehouse.reps,
    FOREIGN KEY (org_id, product_id) REFERENCES warehouse.products,
    FOREIGN KEY (org_id, loss_reason_code) REFERENCES warehouse.loss_reasons,
    CHECK (status = 'open' OR closed_at IS NOT NULL),
    CHECK (status <> 'lost' OR loss_reason_code IS NOT NULL),
    CHECK (closed_at >= created_at)
);
CREATE INDEX opportunities_rep_created ON warehouse.opportunities (org_id, rep_id, created_at);
CREATE INDEX opportunities_created ON warehouse.opportunities (org_id, created_at);
CREATE INDEX opportunities_closed ON warehouse.opportunities (org_id, closed_at) WHERE closed_at IS NOT NULL;

CREATE TABLE warehouse.leads (
    org_id            text NOT NULL,
    lead_id           text NOT NULL,
    created_at        timestamptz NOT NULL,
    channel           text NOT NULL,
    intent_grade      text CHECK (intent_grade IN ('A', 'B', 'C')),
    city_id           text,
    assigned_rep_id   text,
    assigned_at       timestamptz,
    first_response_at timestamptz,
    opportunity_id    text,
    PRIMARY KEY (org_id, lead_id),
    FOREIGN KEY (org_id, city_id) REFERENCES warehouse.cities,
    FOREIGN KEY (org_id, assigned_rep_id) REFERENCES warehouse.reps,
    FOREIGN KEY (org_id, opportunity_id) REFERENCES warehouse.opportunities
);
CREATE INDEX leads_created ON warehouse.leads (org_id, created_at);

-- The two big event tables are range-partitioned by their event time. Everything lands in
-- the default partition until an operator adds yearly partitions (ALTER TABLE ... DETACH/
-- ATTACH PARTITION moves rows without downtime); the keys already carry the time column, as
-- partitioned unique keys must. A stay's identity is its opportunity and its place in the
-- exported history (seq), because a history is always replaced whole (contract rule 7).
CREATE TABLE warehouse.stage_history (
    org_id         text NOT NULL,
    opportunity_id text NOT NULL,
    seq            integer NOT NULL,
    stage_key      text NOT NULL,
    entered_at     timestamptz NOT NULL,
    exited_at      timestamptz,
    PRIMARY KEY (org_id, opportunity_id, seq, entered_at),
    FOREIGN KEY (org_id, opportunity_id) REFERENCES warehouse.opportunities,
    CHECK (exited_at >= entered_at)
) PARTITION BY RANGE (entered_at);
CREATE TABLE warehouse.stage_history_default PARTITION OF warehouse.stage_history DEFAULT;

-- Activity ids are unique per org; PostgreSQL can only enforce uniqueness together with the
-- partition column, so the importer replaces an activity by deleting its id before inserting.
CREATE TABLE warehouse.activities (
    org_id         text NOT NULL,
    activity_id    text NOT NULL,
    rep_id         text NOT NULL,
    type           text NOT NULL,
    occurred_at    timestamptz NOT NULL,
    opportunity_id text,
    customer_id    text,
    evidence_ok    boolean NOT NULL DEFAULT true,
    PRIMARY KEY (org_id, activity_id, occurred_at),
    FOREIGN KEY (org_id, rep_id) REFERENCES warehouse.reps,
    FOREIGN KEY (org_id, opportunity_id) REFERENCES warehouse.opportunities,
    FOREIGN KEY (org_id, customer_id) REFERENCES warehouse.customers
) PARTITION BY RANGE (occurred_at);
CREATE TABLE warehouse.activities_default PARTITION OF warehouse.activities DEFAULT;
CREATE INDEX activities_id ON warehouse.activities (org_id, activity_id);
CREATE INDEX activities_opportunity ON warehouse.activities (org_id, opportunity_id, occurred_at);
CREATE INDEX activities_rep_type ON warehouse.activities (org_id, rep_id, type, occurred_at);

CREATE TABLE warehouse.daily_logs (
    org_id       text NOT NULL,
    rep_id       text NOT NULL,
    log_date     date NOT NULL,
    submitted_at timestamptz NOT NULL,
    structured   boolean NOT NULL,
    PRIMARY KEY (org_id, rep_id, log_date, submitted_at),
    FOREIGN KEY (org_id, rep_id) REFERENCES warehouse.reps
);

CREATE TABLE warehouse.commitments (
    org_id         text NOT NULL,
    commitment_id  text NOT NULL,
    opportunity_id text NOT NULL,
    rep_id         text NOT NULL,
    promised_at    timestamptz NOT NULL,
    due_at         timestamptz NOT NULL,
    fulfilled_at   timestamptz,
    PRIMARY KEY (org_id, commitment_id),
    FOREIGN KEY (org_id, opportunity_id) REFERENCES warehouse.opportunities,
    FOREIGN KEY (org_id, rep_id) REFERENCES warehouse.reps
);
CREATE INDEX commitments_due ON warehouse.commitments (org_id, due_at);

CREATE TABLE warehouse.payments (
    org_id         text NOT NULL,
    payment_id     text NOT NULL,
    opportunity_id text NOT NULL,
    due_at         timestamptz NOT NULL,
    amount         numeric(14, 2) NOT NULL CHECK (amount >= 0),
    paid_at        timestamptz,
    PRIMARY KEY (org_id, payment_id),
    FOREIGN KEY (org_id, opportunity_id) REFERENCES warehouse.opportunities
);
CREATE INDEX payments_due ON warehouse.payments (org_id, due_at);

CREATE TABLE warehouse.tasks (
    org_id         text NOT NULL,
    task_id        text NOT NULL,
    department     text NOT NULL,
    requested_at   timestamptz NOT NULL,
    opportunity_id text,
    completed_at   timestamptz,
    PRIMARY KEY (org_id, task_id),
    FOREIGN KEY (org_id, opportunity_id) REFERENCES warehouse.opportunities
);
CREATE INDEX tasks_requested ON warehouse.tasks (org_id, requested_at);

CREATE TABLE warehouse.targets (
    org_id text NOT NULL,
    rep_id text NOT NULL,
    -- The first day of the target's month.
    month  date NOT NULL CHECK (extract(day FROM month) = 1),
    amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (org_id, rep_id, month),
    FOREIGN KEY (org_id, rep_id) REFERENCES warehouse.reps
);
