-- A round with several age bands publishes a table per band beside the all-ages one (issue 14). Every figure so
-- far is of the all-ages table, which for a one-band round is that band's whole questionnaire.
alter table published_cell add column band text not null default 'all';
alter table published_cell drop constraint published_cell_pkey;
alter table published_cell add primary key (round_id, band, scope, grp, measure);
