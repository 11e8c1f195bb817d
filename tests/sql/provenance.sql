-- quote_similarity(): the same statement as different outlets printed it
-- (translated, trimmed, reworded) scores >= 0.7; different statements by the
-- same people on the same story score < 0.7.  Pairs written for this test.
CREATE TEMP TABLE pairs(same INTEGER, a TEXT, b TEXT);
INSERT INTO pairs VALUES
 (1, 'We will not go back to work until every contract is honoured', 'We are not going back until every single contract is honoured'),
 (1, 'The port will reopen at six tomorrow morning', 'The port will reopen at 6 a.m. tomorrow'),
 (1, 'We will do everything we can to reach a deal that suits everyone', 'For our part we will do everything to reach a deal that satisfies everyone'),
 (1, 'This offer is an insult to every family on the docks', 'The offer is an insult to the families on the docks'),
 (1, 'Nobody wins when the cranes stand still', '“Nobody wins,” he said, “when the cranes stand still.”'),
 (1, 'The ministry stands ready to mediate at any hour of the day', 'The ministry is ready to mediate at any hour'),
 (1, 'Exports of grain have fallen by half in two days', 'grain exports have fallen by half in just two days'),
 (1, 'We have been patient for ten years and patience has limits', 'We have been patient for ten years, but patience has its limits'),
 (0, 'We will not accept any offer that cuts pensions', 'The union will accept the offer if pensions are protected'),
 (0, 'The port will reopen at six tomorrow morning', 'The port will stay closed until the talks are over'),
 (0, 'This offer is an insult to every family on the docks', 'Every family on the docks deserves a fair wage'),
 (0, 'We have been patient for ten years', 'The ministry has been patient with both sides'),
 (0, 'Exports of grain have fallen by half in two days', 'The cost of the strike will be felt for months'),
 (0, 'Nobody wins when the cranes stand still', 'The cranes will move again on Saturday'),
 (0, 'We are talking, and talking is progress', 'There is no progress in these talks'),
 (0, 'The mayor should stay out of this dispute', 'The mayor said the dispute was hurting the city');
SELECT 'same_statements_linked', (SELECT count(*) FROM pairs WHERE same = 1 AND quote_similarity(a, b) >= 0.7) = 8;
SELECT 'different_statements_apart', (SELECT count(*) FROM pairs WHERE same = 0 AND quote_similarity(a, b) >= 0.7) = 0;
SELECT 'symmetric', (SELECT count(*) FROM pairs WHERE quote_similarity(a, b) <> quote_similarity(b, a)) = 0;
SELECT 'identical_is_one', quote_similarity('The port will reopen on Saturday morning', 'the port will reopen on saturday morning.') = 1.0;
SELECT 'short_quotes_score_zero', quote_similarity('yes', 'yes') = 0.0;
SELECT 'min_words_argument', quote_similarity('strike', 'strike', 1) = 1.0;
SELECT 'null_gives_null', quote_similarity(NULL, 'x y z w') IS NULL;
