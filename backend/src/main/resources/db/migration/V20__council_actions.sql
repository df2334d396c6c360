-- "You said, we did": what a unit's children's council (brukarråd) decided after reading its results, and what
-- was done. Written by the unit's facilitators; texts are screened for personal data before they are stored.
-- Only dates, never times: an action is about the council's work, not about when anyone looked at anything.
create table council_action (
    id          uuid primary key,
    unit_id     uuid not null references unit (id),
    round_id    uuid references round (id),
    area        text not null check (area in ('bemotande', 'delaktighet', 'sociala-relationer', 'trygghet',
                                              'halsa-omsorg', 'utbildning', 'fritid', 'sjalvstandighet')),
    item_id     text,
    you_said    text not null,
    we_decided  text not null,
    we_did      text,
    responsible text not null,
    status      text not null check (status in ('planned', 'in-progress', 'done')),
    created_on  date not null,
    updated_on  date not null,
    check (item_id is null or round_id is not null)
);
create index council_action_unit on council_action (unit_id);
create index council_action_round on council_action (round_id);
