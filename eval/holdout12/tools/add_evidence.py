"""One-off edit: give some claims a second evidence item and a matching reference (run once, before variants.py)."""
import pathlib, re
R = pathlib.Path(__file__).resolve().parent.parent / "reports"
ADD = [
 ("hospital-at-home.md", "with moderate-certainty evidence.",
  "Hospital at home versus inpatient care for older adults: a meta-analysis - BMJ", "Unknown",
  "    - Key finding: Mortality at 3 and 12 months did not differ, but patients treated at home were less likely to be admitted to long-term residential care within a year (risk ratio 0.65)."),
 ("industrial-exoskeletons.md", "the vest catching on car bodies.\"",
  "Worker acceptance of exoskeletons in warehouses - Ergonomics", "Unknown",
  "    - Relevant quote: \"Heat build-up under the back plate was the top complaint in summer months, when daily use fell by half.\""),
 ("self-checkout-retail.md", "used cash for almost all purchases.",
  "UK Payment Markets Report - UK Finance", "https://www.ukfinance.org.uk/payment-markets-report",
  "    - Key finding: Cash was used in 12% of all UK payments in 2024, down from 56% a decade earlier."),
 ("disposable-vape-waste.md", "Wales and Northern Ireland.",
  "Single-use vape bans in Europe - European Commission overview", "Unknown",
  "    - Key finding: Belgium's ban took effect on 1 January 2025 and France's national ban followed in February 2025."),
 ("universal-free-school-meals.md", "through other benefit programmes.",
  "Community Eligibility Provision database - Food Research & Action Center", "https://frac.org/cep-database",
  "    - Key finding: More than 47,000 schools serving about 22 million pupils used the provision in the 2024-25 school year."),
 ("bridge-structural-health-monitoring.md", "viaduct in Genoa.\"",
  "European Ground Motion Service - Copernicus Land Monitoring Service", "https://land.copernicus.eu/en/products/european-ground-motion-service",
  "    - Key finding: Europe-wide ground motion maps with millimetre precision are updated annually and are free to use."),
 ("audiobooks-vs-print.md", "a small fraction of that.”",
  "Statement on AI voice replicas in audiobooks - SAG-AFTRA", "Unknown",
  "    - Relevant quote: “Narrators must give informed consent and be paid fairly whenever their voices are used to train or create synthetic performances.”"),
]
for f, anchor, title, url, line in ADD:
    p = R / f
    t = p.read_text(encoding="utf-8")
    if title in t:
        continue
    assert t.count(anchor) == 1, (f, anchor)
    t = t.replace(anchor, anchor + "\n  - **Evidence**: " + title + "\n" + line, 1)
    refs = re.findall(r"^(\d+)\. \[", t, re.M)
    n = int(refs[-1]) + 1
    t = t.rstrip("\n") + f"\n{n}. [{title}]({url})\n"
    p.write_text(t, encoding="utf-8")
