"""Build reports/*.md and questions.json for holdout60; fail loudly on any rule violation.
Usage: python3 gen/build.py   (from /work/holdout60 or anywhere)"""
import collections, json, pathlib, re, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from reports_data import REPORTS
from render import render
from questions_data import Q

ROOT = pathlib.Path(__file__).resolve().parent.parent
errors = []
def fail(msg): errors.append(msg)

PREFIX_STEM = {"p": "pompeii-vesuvius-79", "g": "greenland-shark-longevity", "b": "burj-khalifa-construction",
               "f": "influenza-1918-pandemic", "w": "wilt-chamberlain-100-points", "v": "dutch-east-india-company",
               "c": "cassini-grand-finale"}

# ---------- reports
out_dir = ROOT / "reports"
out_dir.mkdir(exist_ok=True)
for old in out_dir.glob("*.md"):
    old.unlink()
texts, claims_by_stem, claim_index, no_ev = {}, {}, {}, []
for rep in REPORTS:
    stem = rep["stem"]
    text, claims, ref_titles = render(rep)
    (out_dir / f"{stem}.md").write_bytes(text.encode("utf-8"))
    texts[stem] = text
    claims_by_stem[stem] = claims
    n = len(claims)
    if not 14 <= n <= 16: fail(f"{stem}: {n} claims")
    if not 3 <= len(rep["sections"]) <= 5: fail(f"{stem}: {len(rep['sections'])} headings")
    refs_lc = {r.lower() for r in ref_titles}
    for cid, ctext, heading, evs in claims:
        if cid[0] not in PREFIX_STEM or PREFIX_STEM[cid[0]] != stem: fail(f"{cid}: wrong id prefix for {stem}")
        if cid in claim_index: fail(f"duplicate claim id {cid}")
        claim_index[cid] = (stem, ctext, evs)
        if not evs: no_ev.append(cid)
        if len(evs) > 3: fail(f"{cid}: {len(evs)} evidence items")
        for src, kind, body in evs:
            if kind not in ("q", "f"): fail(f"{cid}: bad evidence kind")
            src_r = src  # rendered title is compared case-insensitively (curly conversion applied to both)
            from render import smart
            if rep["fmt"].get("curly"): src_r = smart(src)
            if src_r.lower() not in refs_lc: fail(f"{cid}: evidence source not in References: {src!r}")
    # sanity: re-parse like the validator does
    parsed = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text.lstrip("\ufeff"), re.M)]
    if parsed != [c[1].strip() for c in claims]: fail(f"{stem}: parsed claims differ from data")
if len(no_ev) != 1: fail(f"claims without evidence: {no_ev} (need exactly one)")

# ---------- claim prefixes
def prefix_for(cid):
    stem, ctext, _ = claim_index[cid]
    c = ctext.strip()
    others = [x[1].strip() for x in claims_by_stem[stem]]
    cands = [i for i in range(40, 61) if i == len(c) or (i < len(c) and c[i] == " ")]
    for i in sorted(cands, reverse=True):
        p = c[:i]
        if sum(1 for o in others if o.startswith(p)) == 1:
            return p
    fail(f"{cid}: no unique 40-60 char word-boundary prefix")
    return c[:60]

# ---------- questions
def words(s):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s)
def grams(s, n=5):
    w = words(s)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

WANT = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10, "typo": 10,
        "multi": 9, "cross": 10, "unanswerable": 35}
SUB_WANT = {"chat": 6, "offtopic": 6, "near": 23}
kinds = collections.Counter(q["kind"] for q in Q)
for k, v in WANT.items():
    if kinds[k] != v: fail(f"kind {k}: {kinds[k]} questions, want {v}")
if set(kinds) - set(WANT): fail(f"unknown kinds {set(kinds) - set(WANT)}")
if len(Q) != 147: fail(f"{len(Q)} questions, want 147")
subs = collections.Counter(q.get("sub") for q in Q if q["kind"] == "unanswerable")
for k, v in SUB_WANT.items():
    if subs[k] != v: fail(f"unanswerable/{k}: {subs[k]}, want {v}")
near_per = collections.Counter(q["report"] for q in Q if q.get("sub") == "near")
for stem in claims_by_stem:
    if not 3 <= near_per[stem] <= 4: fail(f"{stem}: {near_per[stem]} near-topic unanswerables")

seen, covered, out = set(), collections.Counter(), []
two_claim_sources = 0
for i, q in enumerate(Q):
    key = re.sub(r"\s+", " ", q["q"].strip().lower())
    if key in seen: fail(f"duplicate question {q['q']!r}")
    seen.add(key)
    exp = q["exp"]
    if q["kind"] == "unanswerable":
        if exp: fail(f"#{i} unanswerable with expect")
        scope = [q["report"]] if q["sub"] == "near" else list(texts)
        if q["sub"] == "near" and q["report"] not in texts: fail(f"#{i} unknown report {q['report']}")
        if not q.get("absent"): fail(f"#{i} unanswerable without absence regexes")
        for stem in scope:
            for rx in q["absent"]:
                m = re.search(rx, texts[stem], re.I)
                if m: fail(f"#{i} {q['q']!r}: /{rx}/ matches {stem}: {texts[stem][max(0, m.start()-40):m.end()+40]!r}")
        out.append({"q": q["q"], "kind": q["kind"], "expect": []})
        continue
    if not exp: fail(f"#{i} {q['kind']} with empty expect")
    for cid in exp:
        if cid not in claim_index: fail(f"#{i} unknown claim id {cid}")
    if len(set(exp)) != len(exp): fail(f"#{i} repeated claim")
    stems = [claim_index[c][0] for c in exp if c in claim_index]
    k = q["kind"]
    if k == "multi" and not (len(exp) == 2 and len(set(stems)) == 1): fail(f"#{i} multi shape wrong")
    if k == "cross" and not (len(exp) == 2 and len(set(stems)) == 2): fail(f"#{i} cross shape wrong")
    if k in ("keyword", "paraphrase", "conversational", "evidence", "typo") and len(exp) != 1: fail(f"#{i} {k} must expect one claim")
    if k == "source":
        if len(exp) not in (1, 2) or len(set(stems)) != 1: fail(f"#{i} source shape wrong")
        if len(exp) == 2: two_claim_sources += 1
        for cid in exp:
            if not any(q["src"].lower() in s.lower() for s, _, _ in claim_index[cid][2]):
                fail(f"#{i} {cid} does not cite {q['src']!r}")
    if k == "evidence" and any(not claim_index[c][2] for c in exp): fail(f"#{i} evidence question on claim without evidence")
    if k == "paraphrase":
        for cid in exp:
            shared = grams(q["q"]) & grams(claim_index[cid][1])
            if shared: fail(f"#{i} paraphrase shares 5-word run with {cid}: {shared}")
    for cid in exp: covered[cid] += 1
    out.append({"q": q["q"], "kind": k, "expect": [{"report": claim_index[c][0], "claim": prefix_for(c)} for c in exp]})
if two_claim_sources != 6: fail(f"{two_claim_sources} two-claim source questions, want 6")
unc = [c for c in claim_index if not covered[c]]
if unc: fail(f"uncovered claims: {unc}")

if errors:
    for e in errors: print("BUILD ERROR:", e)
    sys.exit(1)
(ROOT / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("reports:", {s: len(c) for s, c in claims_by_stem.items()}, "total claims:", len(claim_index))
print("questions:", len(out), dict(kinds), "unanswerable:", dict(subs))
print("claim without evidence:", no_ev[0], "| two-claim source questions:", two_claim_sources)
