-- quote_key() stays linear on long runs of combining marks (a run longer
-- than the stream-safe limit of 30 is not reordered).  Used to be quadratic:
-- 80,000 marks took 11.3 s.
SELECT 'quote_key_combining_linear', length(quote_key(replace(hex(zeroblob(100000)),'00',char(769)) || replace(hex(zeroblob(100000)),'00',char(790)))) = 200000;
SELECT 'quote_key_combining_pairs', length(quote_key(replace(hex(zeroblob(200000)),'00',char(769, 790)))) = 400000;
