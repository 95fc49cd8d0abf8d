"""One-off helper: make References titles equal to the evidence source titles they abbreviate."""
import pathlib, re
R = pathlib.Path(__file__).resolve().parent.parent / "reports"
for p in sorted(R.glob("*.md")):
    raw = p.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n")
    sources = []
    for m in re.finditer(r"^\s*- \*\*Evidence\*\*:\s*(.+)$", text, re.M):
        s = m.group(1).strip()
        if s not in sources:
            sources.append(s)
    head, refs = text.split("## References\n", 1)
    out = []
    for line in refs.split("\n"):
        m = re.match(r"^(\d+)\. \[(.+)\]\((.+)\)$", line)
        if m:
            n, title, url = m.groups()
            if title not in sources:
                key = title[:25].lower()
                cands = [s for s in sources if s[:25].lower() == key]
                if len(cands) == 1:
                    title = cands[0]
                else:
                    print(p.name, "no unique match for", title, cands)
            line = f"{n}. [{title}]({url})"
        out.append(line)
    text = head + "## References\n" + "\n".join(out)
    if crlf:
        text = text.replace("\n", "\r\n")
    p.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
