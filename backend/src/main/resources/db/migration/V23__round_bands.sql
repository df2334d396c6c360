-- A round has one published questionnaire version per age band (national: 7-12, 13-17, 18-21), so that one code
-- letter reaches every child and the child's own age picks the questionnaire. round.questionnaire_version_id stays
-- filled for readers that know one version per round: the only band's version, or the 13-17 one.
create table round_band (
    round_id                 uuid not null references round (id),
    band                     text not null,
    min_age                  int  not null,
    max_age                  int  not null,
    questionnaire_version_id uuid not null references questionnaire_version (id),
    primary key (round_id, band),
    unique (round_id, questionnaire_version_id),
    check (min_age >= 0 and max_age >= min_age),
    check (band = min_age || '-' || max_age)
);

-- Rounds opened before bands existed get their one band: the ages their questionnaire version was written for.
insert into round_band (round_id, band, min_age, max_age, questionnaire_version_id)
select r.id, q.age_from || '-' || q.age_to, q.age_from, q.age_to, r.questionnaire_version_id
from round r
join questionnaire_version q on q.id = r.questionnaire_version_id;
