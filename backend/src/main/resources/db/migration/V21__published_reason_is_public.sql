-- Issue 11: which rule hid a figure told a reader which checks it passed, and so narrowed it. Every hidden figure
-- now carries the one public reason; the rule stays inside the server.
alter table published_cell drop constraint published_cell_suppressed_check;
update published_cell set suppressed = 'protected' where suppressed is not null;
alter table published_cell add constraint published_cell_suppressed_check check (suppressed in ('protected'));
