"""Apply the on-purpose encoding variations to the reports (idempotent):
CRLF line endings for self-checkout-retail.md, a UTF-8 BOM for bridge-structural-health-monitoring.md."""
import pathlib
R = pathlib.Path(__file__).resolve().parent.parent / "reports"
p = R / "self-checkout-retail.md"
b = p.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
p.write_bytes(b)
p = R / "bridge-structural-health-monitoring.md"
b = p.read_bytes()
if not b.startswith(b"\xef\xbb\xbf"):
    p.write_bytes(b"\xef\xbb\xbf" + b)
