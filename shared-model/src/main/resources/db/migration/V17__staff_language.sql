-- The language a member of staff reads the counter in (issue 16): an ISO 639 code (en, nl, da), chosen in the
-- counter's top bar and applied at their next sign-in. Null: the store's own language. Append-only.
alter table staff_member add column language varchar(8);
