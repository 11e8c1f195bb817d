#!/usr/bin/python3
"""One self-contained HTML page about a folder of news articles.

  /usr/bin/python3 examples/report/make_report.py [folder] [-o build/report.html]
  make report            (the example corpus, into build/report.html)

The page has who said what (quotes per speaker, with the quotations), the
timeline of the days the coverage talks about (a bar chart), and the
statements that several outlets printed.  Every number and every line of text
on it comes from the analysis scripts in sql/, run as they are over a table
`articles` made with news_articles(), the way tools/run_sql.sh runs them: this
program reads the .sql files, runs their statements one by one, and lays out
the result sets.  Nothing on the page loads anything else: the CSS and the
SVG charts are inline, there are no scripts, fonts or images.

Standard library only.  Needs a Python whose sqlite3 can load extensions
(Debian's /usr/bin/python3 can; pyenv's default build cannot).
"""
import argparse
import html
import os
import sqlite3
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SQL_DIR = os.path.join(ROOT, "sql")

# Speaker colours for the provenance chart (and the quote list), cycled.
PALETTE = ["#2f6690", "#d1495b", "#edae49", "#00798c", "#66a182",
           "#8d6a9f", "#c16200", "#3a405a", "#9e2a2b", "#5f0f40"]


def esc(value):
    """Text for HTML element content or a quoted attribute; NULL is empty."""
    return "" if value is None else html.escape(str(value), quote=True)


# --------------------------------------------------------------------------
# Running the scripts in sql/

def split_statements(sql):
    """The statements of a script, each with the comment lines just above it.

    A statement ends at a ';' that sqlite3.complete_statement() says closes
    it (so semicolons in strings, identifiers and comments are not ends)."""
    parts = sql.split(";")
    buf = ""
    for i, part in enumerate(parts):
        buf += part
        if i < len(parts) - 1:
            buf += ";"
        if sqlite3.complete_statement(buf):
            yield buf
            buf = ""
    if buf.strip() and any(line.strip() and not line.strip().startswith("--")
                           for line in buf.splitlines()):
        yield buf  # a last statement without ';'


def caption_of(statement):
    """The comment block right above the statement's first line of SQL."""
    lines = statement.strip("\n").splitlines()
    comment = []
    for line in lines:
        s = line.strip()
        if s.startswith("--"):
            comment.append(s[2:].strip())
        elif s:
            break
        else:
            comment = []  # a blank line separates the file header from the statement
    return " ".join(c for c in comment if c)


class Results:
    """The result sets of one script: (caption, columns, rows) in order."""

    def __init__(self, name, sets):
        self.name, self.sets = name, sets

    def find(self, *columns):
        for caption, cols, rows in self.sets:
            if all(c in cols for c in columns):
                return caption, [dict(zip(cols, r)) for r in rows]
        sys.exit("make_report: sql/%s has no result set with the columns %s"
                 % (self.name, ", ".join(columns)))


def run_script(db, name):
    with open(os.path.join(SQL_DIR, name), encoding="utf-8") as f:
        sql = f.read()
    sets = []
    for statement in split_statements(sql):
        try:
            cur = db.execute(statement)
        except sqlite3.Error as e:
            sys.exit("make_report: sql/%s: %s\n%s" % (name, e, statement.strip()))
        if cur.description is not None:
            cols = [d[0] for d in cur.description]
            sets.append((caption_of(statement), cols, cur.fetchall()))
    return Results(name, sets)


def open_corpus(folder):
    db = sqlite3.connect(":memory:")
    if not hasattr(db, "enable_load_extension"):
        sys.exit("make_report: this Python cannot load SQLite extensions; use /usr/bin/python3")
    db.enable_load_extension(True)
    db.load_extension(os.path.join(ROOT, "dist", "newsroom"))
    db.enable_load_extension(False)
    # The table the scripts read, as tools/run_sql.sh makes it.
    db.execute("CREATE TEMP TABLE articles AS SELECT * FROM news_articles(?)", (folder,))
    return db


# --------------------------------------------------------------------------
# Charts (inline SVG)

def bar_chart_speakers(speakers, limit=15):
    """Horizontal stacked bars: full and partial quotations per speaker."""
    rows = speakers[:limit]
    if not rows:
        return '<p class="empty">No quotations.</p>'
    label_w, bar_w, row_h, top = 210, 640, 26, 28
    width = label_w + bar_w + 120
    height = top + row_h * len(rows) + 10
    most = max(r["quotes"] for r in rows) or 1
    out = ['<svg class="chart" role="img" viewBox="0 0 %d %d" width="%d" height="%d" '
           'xmlns="http://www.w3.org/2000/svg" aria-labelledby="speakers-chart-title">'
           % (width, height, width, height),
           '<title id="speakers-chart-title">Quotations per speaker</title>',
           '<g class="legend" font-size="12">'
           '<rect x="%d" y="6" width="12" height="12" fill="#2f6690"/>'
           '<text x="%d" y="16">full quotes</text>'
           '<rect x="%d" y="6" width="12" height="12" fill="#9cc5e6"/>'
           '<text x="%d" y="16">partial quotes</text></g>'
           % (label_w, label_w + 18, label_w + 110, label_w + 128)]
    for i, r in enumerate(rows):
        y = top + i * row_h
        full, partial = r["full_quotes"] or 0, r["partial_quotes"] or 0
        wf = bar_w * full / most
        wp = bar_w * partial / most
        unknown = r["speaker"] == "(unknown)"
        out.append('<g><title>%s: %d quotes (%d full, %d partial) in %d outlets</title>'
                   % (esc(r["speaker"]), r["quotes"], full, partial, r["outlets"]))
        out.append('<text x="%d" y="%d" text-anchor="end" font-size="13"%s>%s</text>'
                   % (label_w - 8, y + 17, ' fill="#777" font-style="italic"' if unknown else "",
                      esc(r["speaker"])))
        out.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>'
                   % (label_w, y + 4, wf, row_h - 8, "#999" if unknown else "#2f6690"))
        out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>'
                   % (label_w + wf, y + 4, wp, row_h - 8, "#ccc" if unknown else "#9cc5e6"))
        out.append('<text x="%.1f" y="%d" font-size="12" fill="#333">%d · %d outlet%s</text></g>'
                   % (label_w + wf + wp + 6, y + 17, r["quotes"], r["outlets"],
                      "" if r["outlets"] == 1 else "s"))
    out.append("</svg>")
    return "\n".join(out)


def bar_chart_timeline(days):
    """One bar per day mentioned (mentions), a dot for the number of articles."""
    if not days:
        return '<p class="empty">No dated expressions.</p>'
    left, right, top, bottom = 70, 20, 30, 70
    plot_w = 1000
    n = len(days)
    slot = plot_w / n
    plot_h = 260
    width, height = left + plot_w + right, top + plot_h + bottom
    most = max(max(d["mentions"], d["articles"]) for d in days) or 1
    step = 1
    for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        step = s
        if most / s <= 6:
            break
    top_value = step * (most // step + 1)  # headroom above the highest bar for its label
    scale = plot_h / top_value
    out = ['<svg class="chart" role="img" viewBox="0 0 %d %d" width="%d" height="%d" '
           'xmlns="http://www.w3.org/2000/svg" aria-labelledby="timeline-chart-title">'
           % (width, height, width, height),
           '<title id="timeline-chart-title">Dated expressions per day</title>',
           '<g class="legend" font-size="12">'
           '<rect x="%d" y="6" width="12" height="12" fill="#d1495b"/>'
           '<text x="%d" y="16">mentions of the day</text>'
           '<circle cx="%d" cy="12" r="5" fill="#3a405a"/>'
           '<text x="%d" y="16">articles mentioning it</text></g>'
           % (left, left + 18, left + 170, left + 180)]
    # grid and y axis
    v = 0
    while v * scale <= plot_h + 0.5:
        y = top + plot_h - v * scale
        out.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#e3e3e3"/>'
                   % (left, left + plot_w, y, y))
        out.append('<text x="%d" y="%.1f" text-anchor="end" font-size="11" fill="#555">%d</text>'
                   % (left - 6, y + 4, v))
        v += step
    label_every = max(1, int(-(-n * 70 // plot_w)))
    for i, d in enumerate(days):
        x = left + i * slot
        bw = max(2.0, slot * 0.6)
        bx = x + (slot - bw) / 2
        h = d["mentions"] * scale
        out.append('<g><title>%s: %d mention%s in %d article%s — %s</title>'
                   % (esc(d["day"]), d["mentions"], "" if d["mentions"] == 1 else "s",
                      d["articles"], "" if d["articles"] == 1 else "s", esc(d["written_as"])))
        out.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#d1495b"/>'
                   % (bx, top + plot_h - h, bw, h))
        out.append('<circle cx="%.1f" cy="%.1f" r="%.1f" fill="#3a405a"/>'
                   % (x + slot / 2, top + plot_h - d["articles"] * scale, max(1.5, min(5.0, slot / 3))))
        if slot >= 40:  # the count above the bar, above the dot when the dot is at the top
            label_y = top + plot_h - max(h, d["articles"] * scale + 4) - 6
            out.append('<text x="%.1f" y="%.1f" text-anchor="middle" font-size="11" fill="#333">%d</text>'
                       % (x + slot / 2, label_y, d["mentions"]))
        out.append("</g>")
        if i % label_every == 0:
            lx, ly = x + slot / 2, top + plot_h + 14
            out.append('<text x="%.1f" y="%.1f" font-size="11" fill="#333" text-anchor="end" '
                       'transform="rotate(-35 %.1f %.1f)">%s</text>' % (lx, ly, lx, ly, esc(d["day"])))
    out.append('<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#555"/>'
               % (left, left + plot_w, top + plot_h, top + plot_h))
    out.append("</svg>")
    return "\n".join(out)


def provenance_chart(pairs, colour):
    """Outlets in order of publication; an arc from the outlet that printed a
    statement first to each outlet that printed it later."""
    if not pairs:
        return '<p class="empty">No statement was printed by more than one outlet.</p>'
    when = {}
    for p in pairs:
        when[p["first_outlet"]] = p["first_published"] or ""
        when[p["later_outlet"]] = p["later_published"] or ""
    outlets = sorted(when, key=lambda o: (when[o] == "", when[o], o))
    left, right, base = 30, 30, 190
    gap = max(90, min(200, 1000 // max(1, len(outlets) - 1))) if len(outlets) > 1 else 200
    width = left + right + gap * (len(outlets) - 1) + 160
    height = base + 80
    xs = {o: left + 80 + i * gap for i, o in enumerate(outlets)}
    out = ['<svg class="chart" role="img" viewBox="0 0 %d %d" width="%d" height="%d" '
           'xmlns="http://www.w3.org/2000/svg" aria-labelledby="provenance-chart-title">'
           % (width, height, width, height),
           '<title id="provenance-chart-title">Statements printed by several outlets</title>']
    for p in pairs:
        x1, x2 = xs[p["first_outlet"]], xs[p["later_outlet"]]
        r = abs(x2 - x1) / 2
        sim = p["similarity"] or 0
        out.append('<path d="M %d %d A %.1f %.1f 0 0 1 %d %d" fill="none" stroke="%s" '
                   'stroke-width="%.1f" stroke-opacity="0.75"><title>%s — %s → %s, similarity %s</title></path>'
                   % (x1, base, r, min(r, base - 20), x2, base, colour(p["speaker"]),
                      1.5 + 6 * max(0.0, sim - 0.5), esc(p["speaker"]), esc(p["first_outlet"]),
                      esc(p["later_outlet"]), esc(p["similarity"])))
    for o in outlets:
        x = xs[o]
        out.append('<circle cx="%d" cy="%d" r="6" fill="#fff" stroke="#333" stroke-width="2"/>' % (x, base))
        out.append('<text x="%d" y="%d" font-size="11" text-anchor="middle" fill="#222">%s</text>'
                   % (x, base + 22, esc(o)))
        out.append('<text x="%d" y="%d" font-size="10" text-anchor="middle" fill="#666">%s</text>'
                   % (x, base + 36, esc(when[o] or "undated")))
    # legend: speakers
    seen = []
    for p in pairs:
        if p["speaker"] not in seen:
            seen.append(p["speaker"])
    for i, s in enumerate(seen):
        y = base + 56
        x = left + i * 200
        out.append('<rect x="%d" y="%d" width="14" height="4" fill="%s"/>'
                   '<text x="%d" y="%d" font-size="12">%s</text>'
                   % (x, y, colour(s), x + 20, y + 5, esc(s)))
    out.append("</svg>")
    return "\n".join(out)


# --------------------------------------------------------------------------
# The page

CSS = """
:root { --ink: #1d2430; --muted: #5b6472; --rule: #dde1e7; --accent: #2f6690; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
       "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
       color: var(--ink); background: #f6f7f9; }
header { background: var(--ink); color: #fff; padding: 28px 40px 22px; }
header h1 { margin: 0 0 6px; font-size: 28px; }
header p { margin: 0; color: #c9d1dc; }
header dl { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 14px 0 0; }
header dt { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: #9fb0c4; }
header dd { margin: 0; font-size: 22px; font-weight: 600; }
nav { padding: 10px 40px; background: #fff; border-bottom: 1px solid var(--rule); }
nav a { color: var(--accent); margin-right: 20px; text-decoration: none; font-weight: 600; }
main { max-width: 1140px; margin: 0 auto; padding: 10px 30px 40px; }
section { background: #fff; border: 1px solid var(--rule); border-radius: 8px;
          padding: 18px 24px 22px; margin: 22px 0; }
h2 { margin: 0 0 4px; font-size: 22px; }
h3 { margin: 22px 0 6px; font-size: 17px; }
.note { color: var(--muted); margin: 0 0 12px; font-size: 14px; }
.chart { display: block; max-width: 100%; height: auto; margin: 8px 0 14px; font-family: inherit; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: #eef1f5; font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
q { quotes: "\\201C" "\\201D"; }
.speaker { margin: 14px 0 0; }
.speaker h3 { display: flex; align-items: center; gap: 8px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
.speaker .role { color: var(--muted); font-weight: 400; font-size: 14px; }
ol.quotes { margin: 0; padding-left: 22px; }
ol.quotes li { margin: 4px 0; }
ol.quotes .meta { color: var(--muted); font-size: 13px; }
.kind { font-size: 11px; border: 1px solid var(--rule); border-radius: 3px; padding: 0 4px;
        color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
table.pairs td { width: 40%; }
table.pairs td.nowrap, table.pairs td.num { width: auto; }
.outlet { font-size: 13px; font-weight: 600; }
.outlet .when { color: var(--muted); font-weight: 400; }
details summary { cursor: pointer; color: var(--accent); padding: 6px 0; }
.empty { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: 13px; text-align: center; padding: 0 0 30px; }
"""


def clip(text, n=200):
    if text is None or len(text) <= n:
        return text
    return text[:n - 1].rstrip() + "\u2026"


def table(rows, columns, numeric=(), nowrap=(), quote_cols=(), fold=40):
    """A table; past `fold` rows the rest is in a <details> below it."""
    out = ['<div class="scroll"><table><thead><tr>']
    head = []
    for key, label in columns:
        head.append('<th%s>%s</th>' % (' class="num"' if key in numeric else "", esc(label)))
    out.extend(head)
    out.append("</tr></thead><tbody>")
    for i, r in enumerate(rows):
        if i == fold:
            out.append('</tbody></table><details><summary>%d more rows</summary><table><thead><tr>%s'
                       '</tr></thead><tbody>' % (len(rows) - fold, "".join(head)))
        out.append("<tr>")
        for key, _ in columns:
            v = r.get(key)
            cls = "num" if key in numeric else ("nowrap" if key in nowrap else "")
            cell = "<q>%s</q>" % esc(v) if key in quote_cols and v is not None else esc(v)
            out.append('<td%s>%s</td>' % (' class="%s"' % cls if cls else "", cell))
        out.append("</tr>")
    out.append("</tbody></table>%s</div>" % ("</details>" if len(rows) > fold else ""))
    return "".join(out)


def build_page(folder, db, max_quotes):
    overview = run_script(db, "overview.sql")
    who = run_script(db, "who_said_what.sql")
    timeline = run_script(db, "timeline.sql")
    provenance = run_script(db, "quote_provenance.sql")
    speakers_script = run_script(db, "speakers_by_outlet.sql")

    _, articles = overview.find("id", "published", "title", "chars")
    quotes_caption, quotations = who.find("id", "paragraph", "speaker", "mention", "cue", "kind", "quote")
    per_speaker_caption, per_speaker = who.find("speaker", "quotes", "outlets", "full_quotes", "partial_quotes")
    days_caption, days = timeline.find("day", "mentions", "articles", "written_as")
    _, pairs = provenance.find("speaker", "first_outlet", "first_published", "first_version",
                               "later_outlet", "later_published", "later_version", "similarity")
    _, speakers = speakers_script.find("name", "kind", "title", "outlets", "quotes", "statements")
    titles = {s["name"]: s["title"] for s in speakers}
    published = {a["id"]: a["published"] for a in articles}

    colours = {}

    def colour(name):
        if name not in colours:
            colours[name] = PALETTE[len(colours) % len(PALETTE)]
        return colours[name]

    for r in per_speaker:  # the biggest speakers get the first colours
        colour(r["speaker"])

    version = db.execute("SELECT newsroom_version()").fetchone()[0]
    n_quotes = len(quotations)
    n_speakers = sum(1 for r in per_speaker if r["speaker"] != "(unknown)")

    p = []
    p.append("<!DOCTYPE html>")
    p.append('<html lang="en"><head><meta charset="utf-8">')
    p.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    p.append("<title>newsroom report: %s</title>" % esc(folder))
    p.append("<style>%s</style></head><body>" % CSS)

    p.append("<header><h1>Who said what, and when</h1>")
    p.append("<p>A newsroom report on <code>%s</code></p>" % esc(folder))
    p.append("<dl><div><dt>articles</dt><dd>%d</dd></div><div><dt>quotations</dt><dd>%d</dd></div>"
             "<div><dt>speakers quoted</dt><dd>%d</dd></div><div><dt>days mentioned</dt><dd>%d</dd></div>"
             "<div><dt>shared statements</dt><dd>%d</dd></div></dl></header>"
             % (len(articles), n_quotes, n_speakers, len(days), len(pairs)))
    p.append('<nav><a href="#who-said-what">Who said what</a><a href="#timeline">Timeline</a>'
             '<a href="#shared-quotes">Quotes shared across outlets</a>'
             '<a href="#quotations">Every quotation</a><a href="#articles">Articles</a></nav>')
    p.append("<main>")

    # Who said what
    p.append('<section id="who-said-what"><h2>Who said what</h2>')
    p.append('<p class="note">%s Direct quotations attributed by <code>article_quotes()</code>; '
             'an outlet is an article (from <code>sql/who_said_what.sql</code>).</p>'
             % esc(per_speaker_caption))
    p.append(bar_chart_speakers(per_speaker))
    first_quote = {}  # each speaker's first full quotation, else the first one
    for q in quotations:
        if q["speaker"] not in first_quote or (q["kind"] == "full" and first_quote[q["speaker"]][0] != "full"):
            first_quote[q["speaker"]] = (q["kind"], clip(q["quote"]))
    first_quote = {k: v[1] for k, v in first_quote.items()}
    rows = [dict(r, title=titles.get(r["speaker"]), sample=first_quote.get(r["speaker"])) for r in per_speaker]
    p.append(table(rows, [("speaker", "speaker"), ("title", "role"), ("quotes", "quotes"),
                          ("outlets", "outlets"), ("full_quotes", "full"), ("partial_quotes", "partial"),
                          ("sample", "first quotation")],
                   numeric=("quotes", "outlets", "full_quotes", "partial_quotes"),
                   nowrap=("speaker",), quote_cols=("sample",)))
    p.append("</section>")

    # Timeline
    p.append('<section id="timeline"><h2>Timeline</h2>')
    p.append('<p class="note">%s Every date and time expression resolved by <code>event_dates()</code> '
             'against its article\'s publication date (from <code>sql/timeline.sql</code>).</p>'
             % esc(days_caption))
    p.append(bar_chart_timeline(days))
    p.append(table(days, [("day", "day"), ("mentions", "mentions"), ("articles", "articles"),
                          ("written_as", "written as")],
                   numeric=("mentions", "articles"), nowrap=("day",)))
    p.append("</section>")

    # Provenance
    p.append('<section id="shared-quotes"><h2>Quotes shared across outlets</h2>')
    p.append('<p class="note">The same statement by the same speaker as different outlets printed it, '
             'the earlier publication first; thicker arcs are closer versions '
             '(<code>quote_similarity()</code>, from <code>sql/quote_provenance.sql</code>).</p>')
    p.append(provenance_chart(pairs, colour))
    if pairs:
        p.append('<div class="scroll"><table class="pairs"><thead><tr><th>speaker</th>'
                 '<th>printed first</th><th>printed later</th><th class="num">similarity</th>'
                 '</tr></thead><tbody>')
        for r in pairs:
            p.append('<tr><td class="nowrap"><span class="swatch" style="background:%s"></span> %s</td>'
                     % (colour(r["speaker"]), esc(r["speaker"])))
            for side in ("first", "later"):
                p.append('<td><div class="outlet">%s <span class="when">%s</span></div><q>%s</q></td>'
                         % (esc(r[side + "_outlet"]), esc(r[side + "_published"] or "undated"),
                            esc(r[side + "_version"])))
            p.append('<td class="num">%s</td></tr>' % esc(r["similarity"]))
        p.append("</tbody></table></div>")
    p.append("</section>")

    # Every quotation, by speaker
    p.append('<section id="quotations"><h2>Every quotation</h2>')
    p.append('<p class="note">%s Grouped by speaker, biggest speakers first, in reading order '
             'within each (from <code>sql/who_said_what.sql</code>).</p>' % esc(quotes_caption))
    by_speaker = {}
    for q in quotations:
        by_speaker.setdefault(q["speaker"], []).append(q)
    for r in per_speaker:
        name = r["speaker"]
        qs = by_speaker.get(name, [])
        role = titles.get(name)
        p.append('<div class="speaker"><h3><span class="swatch" style="background:%s"></span>%s%s</h3>'
                 % (colour(name), esc(name), ' <span class="role">%s</span>' % esc(role) if role else ""))
        p.append('<ol class="quotes">')
        for q in qs[:max_quotes]:
            p.append('<li><q>%s</q> <span class="meta">— %s%s, %s%s, paragraph %s</span> '
                     '<span class="kind">%s</span></li>'
                     % (esc(q["quote"]), esc(q["mention"] or "unattributed"),
                        " (%s)" % esc(q["cue"]) if q["cue"] else "", esc(q["id"]),
                        ", %s" % esc(published.get(q["id"])) if published.get(q["id"]) else "",
                        esc(q["paragraph"]), esc(q["kind"])))
        p.append("</ol>")
        if len(qs) > max_quotes:
            p.append('<p class="note">… and %d more.</p>' % (len(qs) - max_quotes))
        p.append("</div>")
    p.append("</section>")

    # Articles
    p.append('<section id="articles"><h2>Articles</h2>')
    p.append('<p class="note">The corpus as <code>news_articles()</code> read it, oldest first '
             '(from <code>sql/overview.sql</code>).</p>')
    p.append(table(articles, [("id", "article"), ("published", "published"), ("title", "headline"),
                              ("chars", "characters")], numeric=("chars",), nowrap=("id", "published")))
    p.append("</section>")

    p.append("</main><footer>Made by examples/report/make_report.py with newsroom %s from the scripts in "
             "sql/.</footer></body></html>" % esc(version))
    return "\n".join(p) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=os.path.join(ROOT, "examples", "corpus"),
                    help="a folder, file or glob news_articles() reads (default: the example corpus)")
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "build", "report.html"),
                    help="the HTML file to write (default: build/report.html)")
    ap.add_argument("--max-quotes", type=int, default=50,
                    help="quotations listed per speaker (default: 50)")
    args = ap.parse_args()

    db = open_corpus(args.folder)
    label = os.path.relpath(args.folder, ROOT) if args.folder.startswith(ROOT + os.sep) else args.folder
    page = build_page(label, db, args.max_quotes)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(tmp, args.output)
    print(args.output)


if __name__ == "__main__":
    main()
