-- Units: the 290 municipalities and the care units (homes, providers) that belong to one.
create table unit (
    id                uuid primary key,
    code              text not null unique,
    name              text not null,
    kind              text not null check (kind in ('municipality', 'familjehem', 'hvb', 'stodboende', 'sis', 'provider')),
    municipality_code text references unit (code),
    check ((kind = 'municipality') = (municipality_code is null))
);

create table round (
    id                       uuid primary key,
    name                     text    not null,
    questionnaire_version_id uuid    not null references questionnaire_version (id),
    opens_on                 date    not null,
    closes_on                date    not null,
    threshold                int     not null check (threshold >= 3),
    closed                   boolean not null default false,
    check (closes_on >= opens_on)
);

create table round_unit (
    round_id uuid not null references round (id),
    unit_id  uuid not null references unit (id),
    primary key (round_id, unit_id)
);

-- Participation codes are stored only as keyed hashes. No time of any kind is kept on this side: a redemption
-- time could be matched with the response side. The idempotency fields let a retried submission succeed again
-- without storing anything new; they are hashes too.
create table participation_code (
    id               uuid    primary key,
    round_id         uuid    not null references round (id),
    unit_id          uuid    not null references unit (id),
    code_hash        bytea   not null unique,
    used             boolean not null default false,
    idempotency_hash bytea,
    submission_hash  bytea
);
create index participation_code_round_unit on participation_code (round_id, unit_id);

-- Accepted submissions wait here until the mixer moves them, shuffled and in batches, into `response`, so that
-- neither the order of rows nor transaction IDs can tie a response to the code that was used in the same moment.
create table response_inbox (
    id                       uuid  primary key,
    round_id                 uuid  not null references round (id),
    unit_id                  uuid  not null references unit (id),
    questionnaire_version_id uuid  not null references questionnaire_version (id),
    payload                  jsonb not null
);

-- One row per child's response. No code, token, device, address or time finer than a date. Background answers
-- are stored in the bands results are reported in.
create table response (
    id                       uuid primary key,
    round_id                 uuid not null references round (id),
    unit_id                  uuid not null references unit (id),
    questionnaire_version_id uuid not null references questionnaire_version (id),
    received_on              date not null,
    age_band                 text,
    gender                   text,
    placement_form           text,
    placement_time           text,
    born_in_sweden           text,
    answered_alone           text
);
create index response_round_unit on response (round_id, unit_id);

create table answer (
    response_id uuid not null references response (id) on delete cascade,
    item_id     text not null,
    value       text not null,
    primary key (response_id, item_id, value)
);

-- Free text is kept apart from the response it came with, so a text cannot be joined to background answers.
create table free_text_answer (
    id       uuid primary key,
    round_id uuid not null references round (id),
    unit_id  uuid not null references unit (id),
    item_id  text not null,
    text     text not null
);
