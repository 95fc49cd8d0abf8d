"""One-off helper used while writing the reports: make each References title equal an evidence source
(so every evidence item has a listed reference), keeping the URL of the old entry it best matches."""
import re, sys, pathlib
def words(s): return {w for w in re.findall(r"[a-z0-9]{4,}", s.lower())}
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.md")):
    raw = p.read_bytes(); bom = raw.startswith(b"\xef\xbb\xbf"); text = raw.decode("utf-8-sig")
    crlf = "\r\n" in text; text = text.replace("\r\n", "\n")
    head, refs = text.split("## References\n", 1)
    old = re.findall(r"^\d+\. \[(.*)\]\((.*)\)\s*$", refs, re.M)
    srcs = []
    for m in re.finditer(r"^\s*- \*\*Evidence\*\*:\s*(.+)$", head, re.M):
        s = m.group(1).strip()
        if s not in srcs: srcs.append(s)
    out = []
    for i, s in enumerate(srcs, 1):
        best = max(old, key=lambda o: len(words(o[0]) & words(s)) / (len(words(o[0])) or 1))
        score = len(words(best[0]) & words(s)) / (len(words(best[0])) or 1)
        url = best[1] if score >= 0.6 else "Unknown"
        print(f"{p.name}: {score:.2f} {s[:60]!r} <- {best[0][:50]!r} {url[:40]}")
        out.append(f"{i}. [{s}]({url})")
    text = head + "## References\n\n" + "\n".join(out) + "\n"
    if crlf: text = text.replace("\n", "\r\n")
    p.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
