-- A lost letter's code is voided, not deleted: it can never be redeemed again, and if it had already been used,
-- the answers sent with it stay counted (they carry no link to the code anyway).
alter table participation_code add column voided boolean not null default false;
