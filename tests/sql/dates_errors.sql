-- event_dates() / event_date() error messages, asserted word for word.
SELECT * FROM event_dates('Monday', 'yesterday');
SELECT event_date('Monday', 'yesterday');
SELECT * FROM event_dates('Monday', 20220208);
SELECT event_date('Monday', '2022-13-01');
SELECT * FROM event_dates(42);
SELECT event_date(X'00');
SELECT * FROM event_dates();
