-- The frozen publication of a closed round. Computed once, inside the transaction that closes the round, by
-- results/PublicationService with disclosure control (docs/disclosure-control.md); every query reads only these
-- tables, never `response`. A suppressed figure is stored without its value: nothing hidden can leak from here.
create table published_round (
    round_id     uuid primary key references round (id),
    threshold    int  not null,
    published_on date not null
);

-- One row per scope (unit / municipality / nation) of the round: its name and how many codes were handed out.
create table published_scope (
    round_id     uuid not null references published_round (round_id),
    scope        text not null,             -- unit:<code> | municipality:<code> | nation:SE
    name         text not null,
    codes_issued int  not null,
    primary key (round_id, scope)
);

-- One row per figure. `counts` and `size` are null when `suppressed` says why the figure is hidden.
create table published_cell (
    round_id   uuid not null references published_round (round_id),
    scope      text not null,
    grp        text not null,               -- all | <variable>=<value>
    measure    text not null,               -- respondents | item:<id> | item:<id>#<option> | area:<key>
    size       int,                         -- respondents (or answers) behind the figure
    counts     jsonb,                       -- {"<option>": count, ...} in scale order
    suppressed text check (suppressed in ('too-few-answers', 'protects-another-figure', 'all-answered-alike')),
    check ((suppressed is null) = (size is not null)),
    primary key (round_id, scope, grp, measure)
);

-- Free texts screened and redacted at publication, only for units with at least `threshold` respondents, never
-- broken down by background, and in a fixed (sorted) order that says nothing about when they were written.
create table published_free_text (
    id       uuid primary key,
    round_id uuid not null references published_round (round_id),
    scope    text not null,
    item_id  text not null,
    text     text not null
);
create index published_free_text_scope on published_free_text (round_id, scope);
