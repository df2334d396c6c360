-- Questionnaire versions as loaded from survey-definitions at start-up. Rounds and responses refer to them,
-- so a version once used can never silently change: its content hash is recorded and checked on every start.
create table questionnaire_version (
    id           uuid primary key,
    key          text    not null,
    version      text    not null,
    status       text    not null check (status in ('DRAFT', 'PUBLISHED')),
    national     boolean not null,
    age_from     int     not null,
    age_to       int     not null,
    content_hash text    not null,
    unique (key, version)
);
