"""Build the held-out set: render reports/*.md from reports_data.py and questions.json from
questions_data.py, checking the brief's constraints. Exits non-zero on any failure."""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS          # noqa: E402
from questions_data import Q              # noqa: E402
from render import render                 # noqa: E402

errors = []
def fail(msg): errors.append(msg)

# ------------------------------------------------------------------ reports
out_dir = ROOT / "reports"
out_dir.mkdir(exist_ok=True)
for old in out_dir.glob("*.md"):
    old.unlink()
claims, claim_report, texts = {}, {}, {}
no_evidence = []
for r in REPORTS:
    data = render(r)
    (out_dir / (r["slug"] + ".md")).write_bytes(data)
    texts[r["slug"]] = data.decode("utf-8-sig")
    refs = [t.lower() for t, _ in r["references"]]
    n = 0
    for heading, cs in r["sections"]:
        for c in cs:
            n += 1
            if c["id"] in claims:
                fail("duplicate claim id " + c["id"])
            claims[c["id"]] = c["text"]
            claim_report[c["id"]] = r["slug"]
            if re.search(r"[a-z0-9)][.!?] [A-Z]", c["text"]) or not c["text"].endswith("."):
                fail("claim %s is not a single sentence" % c["id"])
            if not c["ev"]:
                no_evidence.append(c["id"])
            for src, kind, _ in c["ev"]:
                if kind not in "qf" or not any(ref.startswith(src.lower()) for ref in refs):
                    fail("claim %s: evidence %r has no References entry" % (c["id"], src))
    if not 13 <= n <= 16:
        fail("%s has %d claims" % (r["slug"], n))
if len(REPORTS) != 7:
    fail("expected 7 reports")
if not 100 <= len(claims) <= 105:
    fail("total claims %d not in 100-105" % len(claims))
if len(no_evidence) != 1:
    fail("claims without evidence: %s (want exactly one)" % no_evidence)

# format variations, each at least once
var = {
    "CRLF": any(r.get("crlf") for r in REPORTS),
    "BOM": any(r.get("bom") for r in REPORTS),
    "curly quotes": any(r.get("curly") for r in REPORTS),
    "headings without Perspective": any(all("Perspective" not in h for h, _ in r["sections"]) for r in REPORTS),
    "Key finding": any(k == "f" for r in REPORTS for _, cs in r["sections"] for c in cs for _, k, _ in c["ev"]),
    "several evidence items": any(len(c["ev"]) > 1 for r in REPORTS for _, cs in r["sections"] for c in cs),
    "missing sections": any(not r.get("focus") or not r.get("conclusions") or not r.get("angles") or r.get("sources") is None for r in REPORTS),
    "extra front-matter keys": any(r.get("extra") for r in REPORTS),
    "topic cut mid-word": any(r.get("topic_cut") for r in REPORTS),
    "real URLs": any(u.startswith("http") for r in REPORTS for _, u in r["references"]),
    "Unknown URLs": any(u == "Unknown" for r in REPORTS for _, u in r["references"]),
}
for k, ok in var.items():
    if not ok:
        fail("format variation missing: " + k)

# ------------------------------------------------------------------ claim prefixes
def prefix(cid):
    words, p = claims[cid].split(" "), ""
    for w in words:
        p = (p + " " + w) if p else w
        if len(p) >= 45:
            break
    return p
for cid in claims:
    same = [o for o in claims if claim_report[o] == claim_report[cid] and claims[o].startswith(prefix(cid))]
    if len(prefix(cid)) < 40 or same != [cid]:
        fail("prefix of %s is too short or not unique" % cid)

# ------------------------------------------------------------------ questions
WANT = dict(keyword=12, paraphrase=28, conversational=23, evidence=10, source=10, typo=10, multi=9,
            cross=10, unanswerable=35)
counts = collections.Counter(x["kind"] for x in Q)
if dict(counts) != WANT:
    fail("question counts %s != %s" % (dict(counts), WANT))
seen, covered, out = set(), collections.Counter(), []
words = lambda s: re.findall(r"[a-z0-9]+", s.lower())
near = general = 0
for i, x in enumerate(Q):
    if x["q"] in seen:
        fail("duplicate question " + x["q"])
    seen.add(x["q"])
    for cid in x["expect"]:
        if cid not in claims:
            fail("#%d unknown claim id %s" % (i, cid))
    if any(cid not in claims for cid in x["expect"]):
        continue
    reps = [claim_report[c] for c in x["expect"]]
    if x["kind"] == "unanswerable":
        if x["expect"] or not x["absent"]:
            fail("#%d unanswerable needs empty expect and absence regexes" % i)
        if x["report"]:
            near += 1
            scope = {x["report"]: texts[x["report"]]}
        else:
            general += 1
            scope = texts
        for rx in x["absent"]:
            for slug, t in scope.items():
                m = re.search(rx, t, re.I)
                if m:
                    fail("#%d %r: absence regex %r matches %s: %r" % (i, x["q"], rx, slug, m.group(0)))
    else:
        if not x["expect"]:
            fail("#%d answerable question without expect" % i)
        if x["kind"] == "multi" and (len(x["expect"]) != 2 or len(set(reps)) != 1):
            fail("#%d multi needs two claims of one report" % i)
        if x["kind"] == "cross" and (len(x["expect"]) != 2 or len(set(reps)) != 2):
            fail("#%d cross needs two claims of two reports" % i)
        if x["kind"] not in ("multi", "cross", "source") and len(x["expect"]) != 1:
            fail("#%d %s should expect one claim" % (i, x["kind"]))
        if x["kind"] not in ("keyword", "typo"):   # no copying of claim wording
            qw = words(x["q"])
            for cid in x["expect"]:
                cw = " ".join(words(claims[cid]))
                for k in range(len(qw) - 4):
                    if " " + " ".join(qw[k:k + 5]) + " " in " " + cw + " ":
                        fail("#%d copies five words of %s: %s" % (i, cid, " ".join(qw[k:k + 5])))
                        break
        for cid in x["expect"]:
            covered[cid] += 1
    out.append({"q": x["q"], "kind": x["kind"],
                "expect": [{"report": claim_report[c], "claim": prefix(c)} for c in x["expect"]]})
if (near, general) != (23, 12):
    fail("unanswerable near-topic/general = %d/%d, want 23/12" % (near, general))
uncovered = [c for c in claims if not covered[c]]
if uncovered:
    fail("claims never expected: %s" % uncovered)
(ROOT / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

print("reports:", {r["slug"]: sum(len(cs) for _, cs in r["sections"]) for r in REPORTS}, "claims:", len(claims))
print("questions:", len(Q), dict(counts), "near-topic/general unanswerable: %d/%d" % (near, general))
print("claim without evidence:", no_evidence)
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
