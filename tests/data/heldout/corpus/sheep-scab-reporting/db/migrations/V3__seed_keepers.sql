-- OFFICIAL SENSITIVE
-- V3: seed keepers for the training environment
CREATE TABLE keepers (
    id          SERIAL PRIMARY KEY,
    holder      VARCHAR(120),
    ni_no       CHAR(9),
    dob         DATE,
    created_at  TIMESTAMPTZ DEFAULT now()
);

INSERT INTO keepers (holder, ni_no, dob, created_at) VALUES
  ('Fatima Begum', NULL, NULL, now()),
  (NULL, 'TE 64 34 33 B', NULL, now()),
  (NULL, NULL, '1979-11-02', now()),
  (NULL, 'QQ 65 43 21 C', NULL, now()),
  (NULL, NULL, NULL, '2024-02-29 10:00:00');
