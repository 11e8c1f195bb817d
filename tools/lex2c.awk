# lex2c.awk -- turn a lexicon TSV (ext/lexicon/NAME.tsv) into a C include.
#
#   LC_ALL=C awk -v name=NAME -f tools/lex2c.awk NAME.tsv | ... > NAME.inc
#
# Input: lines "key<TAB>value<TAB>number<TAB>lists"; value, number and lists
# are optional; lines starting with '#' and blank lines are comments.  Keys
# must already be folded (lower case, ' for the typographic apostrophe).  Output: a static
# array sorted bytewise (the Makefile pipes the body through LC_ALL=C sort)
# named NAME_entries, NAME_maxlen, and NAME_first (where the keys of each
# first byte start).  When some line has a fourth column (the names of the
# word lists a key belongs to, separated by spaces), NAME_lists[] holds it
# for each entry, in the same order.  Duplicate keys are an error.
BEGIN { FS = "\t"; n = 0; maxlen = 0; haslists = 0 }
/^#/ || /^[ \t]*$/ { next }
{
  key = $1; val = (NF >= 2) ? $2 : ""; num = (NF >= 3 && $3 != "") ? $3 + 0 : 0
  lst = (NF >= 4) ? $4 : ""
  if (lst != "") haslists = 1
  if (lst ~ /[\\"]/) { printf("%s:%d: a list name with \\ or \"\n", FILENAME, FNR) > "/dev/stderr"; bad = 1 }
  if (key in seen) { printf("%s:%d: duplicate key '%s'\n", FILENAME, FNR, key) > "/dev/stderr"; bad = 1 }
  seen[key] = 1
  gsub(/\\/, "\\\\", key); gsub(/"/, "\\\"", key)
  gsub(/\\/, "\\\\", val); gsub(/"/, "\\\"", val)
  keys[n] = key; vals[n] = val; nums[n] = num; lists[n] = lst; n++
  if (length($1) > maxlen) maxlen = length($1)
}
END {
  if (bad) exit 1
  # insertion sort by key, bytewise (LC_ALL=C makes awk compare bytes)
  for (i = 1; i < n; i++) {
    k = keys[i]; v = vals[i]; m = nums[i]; l = lists[i]; j = i - 1
    while (j >= 0 && keys[j] > k) { keys[j+1] = keys[j]; vals[j+1] = vals[j]; nums[j+1] = nums[j]; lists[j+1] = lists[j]; j-- }
    keys[j+1] = k; vals[j+1] = v; nums[j+1] = m; lists[j+1] = l
  }
  printf("/* Generated from ext/lexicon/%s.tsv by tools/lex2c.awk: do not edit. */\n", name)
  printf("static const nr_lexent %s_entries[] = {\n", name)
  for (i = 0; i < n; i++) {
    # byte length of the key as C sees it (the escaped string may be longer)
    raw = keys[i]; gsub(/\\\\/, "\\", raw); gsub(/\\"/, "\"", raw)
    printf("  {\"%s\", %d, %d, \"%s\"},\n", keys[i], length(raw), nums[i], vals[i])
  }
  printf("};\n")
  if (haslists) {
    printf("static const char *const %s_lists[] = {\n", name)
    for (i = 0; i < n; i++) printf("  \"%s\",\n", lists[i])
    printf("};\n")
  }
  printf("static const unsigned short %s_maxlen = %d;\n", name, maxlen)
  # NAME_first[b]: the first entry whose key's first byte is b or more, so
  # that a look-up searches only the keys that share the key's first byte
  for (b = 1; b < 256; b++) ord[sprintf("%c", b)] = b
  for (b = 0; b <= 256; b++) first[b] = n
  for (i = n - 1; i >= 0; i--) {
    c = ord[substr(keys[i], 1, 1)]
    if (keys[i] ~ /^\\/) c = 92
    first[c] = i
  }
  for (b = 255; b >= 0; b--) if (first[b] > first[b+1]) first[b] = first[b+1]
  printf("static const unsigned short %s_first[257] = {", name)
  for (b = 0; b <= 256; b++) printf("%s%s%d", (b ? "," : ""), (b % 16 ? "" : "\n  "), first[b])
  printf("\n};\n")
}
