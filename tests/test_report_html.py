"""The HTML report: static checks, then the real page in headless Chromium.

The browser tests need Debian's ``chromium`` and ``chromium-driver`` and the ``selenium``
package (``apt-get install -y chromium chromium-driver fonts-wqy-microhei``); without them they
are skipped. Set ``ALIGN_SCREENSHOT_DIR`` to keep the screenshots they take.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest
from report_sample import EN2, ZH2, document, pair_one, sample_reports

from align.model import Alignment, Bead, Finding, Report, Severity, Span
from align.report.html import render

HOSTILE = [s for s in (*ZH2, *EN2) if set(s) & set('<>&"')]


def test_all_document_text_is_escaped() -> None:
    page = render(sample_reports())
    for sentence in HOSTILE:
        assert sentence not in page  # never raw...
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page  # ...always escaped
    assert "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in page
    assert page.count("<script>") == 1
    assert not re.search(r"<(img|link|iframe|object|embed|base)\b", page)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # no network


def test_csp_allows_exactly_the_inline_script() -> None:
    page = render(sample_reports())
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp


def test_every_finding_has_a_note_and_a_summary_link() -> None:
    reports = sample_reports()
    page = render(reports)
    n = sum(len(r.findings) for r in reports)
    for i in range(1, n + 1):
        assert page.count(f'id="f{i}"') == 1
        assert f'href="#f{i}"' in page
    assert f'id="f{n + 1}"' not in page


def test_finding_without_bead_is_still_shown() -> None:
    report = pair_one()
    f = replace(report.findings[0], bead=None, zh=None, en=None, message="Floating finding.")
    page = render([replace(report, findings=(f,))])
    assert 'id="f1"' in page and "Floating finding." in page


def big_report(sentences: int) -> Report:
    """A synthetic pair of ``sentences`` sentences per side, a finding every 20 rows."""
    zh_s = [f"第{i}段：全市新增就业岗位{i}万个，同比增长{i % 17}.5%。" for i in range(sentences)]
    en_s = [
        f"Part {i}: the city added {i}0,000 jobs, up {i % 17}.5% year on year."
        for i in range(sentences)
    ]
    zh = document("big.zh.txt", "zh", "\n".join(zh_s) + "\n", zh_s)
    en = document("big.en.txt", "en", "\n".join(en_s) + "\n", en_s)
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(sentences))
    rules = ["number-mismatch", "omission", "mismatch", "token-missing"]
    severities = [Severity.ERROR, Severity.WARNING, Severity.INFO]
    findings = tuple(
        Finding(
            rules[k % 4],
            severities[k % 3],
            f"Finding {k}.",
            Span.of(zh, [i]),
            Span.of(en, [i]),
            bead=i,
        )
        for k, i in enumerate(range(0, sentences, 20))
    )
    return Report(Alignment(zh, en, beads, "synthetic"), findings)


def test_large_pair_renders_quickly() -> None:
    report = big_report(2000)
    t = time.perf_counter()
    page = render([report])
    assert time.perf_counter() - t < 5  # measured ~0.1 s; generous for slow CI machines
    assert page.count('class="row') == 2001  # header + one per bead


# --- in a real browser -------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed")
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium not installed (apt-get install -y chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _open(browser, tmp_path: Path, reports) -> None:
    path = tmp_path / "report.html"
    path.write_text(render(reports), encoding="utf-8")
    browser.get(path.as_uri())


def _screenshot(browser, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    assert browser.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    keep = os.environ.get("ALIGN_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / name)
    return path


def _visible(browser, selector: str) -> list:
    return [e for e in browser.find_elements("css selector", selector) if e.is_displayed()]


def test_browser_hostile_text_shows_as_text_and_runs_nothing(browser, tmp_path) -> None:
    _open(browser, tmp_path, sample_reports())
    assert browser.execute_script("return window.__pwned") is None
    assert browser.find_elements("css selector", "main img, main script") == []
    cells = " ".join(e.text for e in browser.find_elements("css selector", ".zh, .en"))
    assert "<script>window.__pwned=1</script>" in cells
    assert '<img src=x onerror="window.__pwned=2">' in cells
    assert browser.execute_script("return window.__pwned") is None


def test_browser_every_finding_present_and_reachable(browser, tmp_path) -> None:
    reports = sample_reports()
    _open(browser, tmp_path, reports)
    _screenshot(browser, tmp_path, "report-top.png")
    findings = [f for r in reports for f in r.findings]
    notes = browser.find_elements("css selector", ".finding")
    assert len(notes) == len(findings)
    for note, f in zip(notes, findings, strict=True):
        assert f.message.split("\n")[0] in note.text
    links = browser.find_elements("css selector", "#index a")
    assert len(links) == len(findings)
    for i, link in enumerate(links, 1):
        link.click()
        assert browser.execute_script("return location.hash") == f"#f{i}"
        target = browser.find_element("id", f"f{i}")
        assert target.is_displayed()
        top = browser.execute_script("return arguments[0].getBoundingClientRect().top", target)
        assert 0 <= top < browser.execute_script("return innerHeight")
    _screenshot(browser, tmp_path, "report-finding.png")
    # every finding is highlighted on both sides of its row
    for i in range(1, len(findings) + 1):
        row = browser.find_element("id", f"f{i}").find_element("xpath", "./ancestor::div[1]/..")
        for side in ("zh", "en"):
            marks = row.find_elements("css selector", f".{side} mark")
            assert any(str(i) in m.get_attribute("data-f").split() for m in marks), (i, side)


def test_browser_filters(browser, tmp_path) -> None:
    reports = sample_reports()
    _open(browser, tmp_path, reports)
    findings = [f for r in reports for f in r.findings]

    def shown_ids() -> set[int]:
        return {int(e.get_attribute("data-fid")) for e in _visible(browser, ".finding")}

    everything = set(range(1, len(findings) + 1))
    assert shown_ids() == everything
    browser.find_element("css selector", 'input[data-filter="sev"][value="warning"]').click()
    not_warning = {i for i, f in enumerate(findings, 1) if f.severity is not Severity.WARNING}
    assert shown_ids() == not_warning
    assert {int(e.get_attribute("data-fid")) for e in _visible(browser, "#index li")} == not_warning
    # a mark that only stands for hidden findings is no longer highlighted
    for mark in browser.find_elements("css selector", "mark[data-f]"):
        ids = {int(x) for x in mark.get_attribute("data-f").split()}
        assert ("off" in mark.get_attribute("class").split()) == (not ids & not_warning)
    browser.find_element("css selector", 'input[data-filter="rule"][value="number-extra"]').click()
    assert shown_ids() == {i for i in not_warning if findings[i - 1].rule != "number-extra"}
    assert "Showing" in browser.find_element("id", "shown").text
    # rows: all shown, then only those with a visible finding
    rows = len(browser.find_elements("css selector", ".row:not(.head)"))
    assert len(_visible(browser, ".row:not(.head)")) == rows
    browser.find_element("id", "only").click()
    visible_rows = _visible(browser, ".row:not(.head)")
    assert len(visible_rows) == len(shown_ids()) < rows
    _screenshot(browser, tmp_path, "report-filtered.png")
    for box in browser.find_elements("css selector", "input[data-filter]:not(:checked), #only"):
        if box.is_selected() != (box.get_attribute("data-filter") is not None):
            box.click()
    assert shown_ids() == everything


def test_browser_keyboard_next_finding(browser, tmp_path) -> None:
    _open(browser, tmp_path, sample_reports())
    browser.find_element("css selector", "body").send_keys("n")
    assert browser.switch_to.active_element.get_attribute("id") == "f1"
    browser.switch_to.active_element.send_keys("n")
    assert browser.switch_to.active_element.get_attribute("id") == "f2"
    browser.switch_to.active_element.send_keys("p")
    assert browser.switch_to.active_element.get_attribute("id") == "f1"


def test_browser_large_pair_loads_quickly(browser, tmp_path) -> None:
    report = big_report(2000)
    _open(browser, tmp_path, [report])
    ms = browser.execute_script(
        "const t = performance.getEntriesByType('navigation')[0];"
        "return t.loadEventEnd - t.startTime;"
    )
    assert ms < 5000  # measured ~300 ms; generous for slow CI machines
    t = time.perf_counter()
    browser.find_element("css selector", 'input[data-filter="sev"][value="info"]').click()
    browser.find_element("id", "only").click()
    hidden = browser.execute_script("return document.querySelectorAll('.row[hidden]').length")
    assert time.perf_counter() - t < 5
    infos = sum(f.severity is Severity.INFO for f in report.findings)
    assert hidden == len(report.alignment.beads) - (len(report.findings) - infos)
    _screenshot(browser, tmp_path, "report-large.png")


def test_quoted_evidence_is_emphasised_inside_the_sentence() -> None:
    page = render([pair_one()])
    # number-mismatch quotes 3.2% (zh) and 3.5% (en): both stand out within their sentences
    assert '<mark class="sev-error hit" data-f="1">3.2%</mark>' in page
    assert '<mark class="sev-error hit" data-f="1">3.5%</mark>' in page
    assert page.count(" hit") == 2


def test_evidence_is_written_in_plain_words() -> None:
    from align.report.html import evidence_text, plain_value

    f = Finding("number-mismatch", Severity.ERROR, "m", None, None, evidence=(
        ("zh", "1.6万家"), ("zh_value", "16000 count"), ("en", "1,600"),
        ("en_value", "1600 count")))
    assert " · ".join(evidence_text(f)) == "Chinese: 1.6万家 = 16,000 · English: 1,600"
    assert plain_value("4490000000000 money CNY") == "4.49 trillion CNY"
    assert plain_value("0.3333333333333333333333333333 fraction") == "0.3333…"
    assert plain_value("nearly 40000 count") == "nearly 40,000"
    assert plain_value("1..9 period quarter") == "months 1–9"
    assert plain_value("20 ordinal") == "20th" and plain_value("0.3 points").endswith("points")
    similar = Finding("mismatch", Severity.WARNING, "m", None, None,
                      evidence=(("similarity", "0.15"), ("typical", "0.70")))
    assert evidence_text(similar) == ["Similarity 0.15 (typical here 0.70)"]
    antonym = Finding("antonym", Severity.WARNING, "m", None, None,
                      evidence=(("zh", "出口"), ("en", "imported"), ("cue", "exported")))
    assert evidence_text(antonym) == ["Chinese: 出口", "English: imported", "Meant: exported"]
    negation = Finding("negation", Severity.WARNING, "m", None, None,
                       evidence=(("zh", "未"), ("cue", "zh:未")))
    assert evidence_text(negation) == ["Chinese: 未"]
    page = render(sample_reports())
    assert "zh_value" not in page and "<dt>" not in page


def _merged_omission() -> Report:
    """A 2-1 bead whose second Chinese sentence the English leaves out."""
    zh_s = ["今年新建学校十所。", "其中小学六所。", "明年继续建设。"]
    en_s = ["Ten schools were built this year.", "Building continues next year."]
    zh = document("zh.txt", "zh", "\n".join(zh_s) + "\n", zh_s)
    en = document("en.txt", "en", "\n".join(en_s) + "\n", en_s)
    beads = (Bead((0, 1), (0,), 0.6), Bead((2,), (1,), 0.8))
    f = Finding("omission", Severity.WARNING, "not translated", Span.of(zh, [1]),
                Span.of(en, [0]), evidence=(("similarity with it", "0.42"),), bead=0)
    return Report(Alignment(zh, en, beads), (f,))


def test_merged_omission_is_a_gap_marker_not_the_neighbour_marked() -> None:
    page = render([_merged_omission()])
    en_cell = re.search(r'<div class="en" lang="en">(.*?)</div>', page).group(1)
    # the correct English neighbour is not highlighted; a caret stands after it
    assert "<mark" not in en_cell.split("‸")[0].replace('<mark class="caret', "")
    assert en_cell.endswith('Ten schools were built this year.<mark class="caret sev-warning" '
                            'data-f="1">‸</mark>')
    assert '<mark class="sev-warning" data-f="1">其中小学六所。</mark>' in page
    from align.report._common import gap, place

    report = _merged_omission()
    (f,) = report.findings
    assert gap(report, f) == ("en", report.alignment.en.segments[0].end)
    loc = place(report, f, "en")
    assert (loc.line, loc.column, loc.text) == (1, len("Ten schools were built this year.") + 1, "")


def test_both_sides_words_are_emphasised_for_word_rules() -> None:
    zh_s = ["这些货物从中美洲进口。"]
    en_s = ["These goods were exported from Central America."]
    zh = document("zh.txt", "zh", zh_s[0] + "\n", zh_s)
    en = document("en.txt", "en", en_s[0] + "\n", en_s)
    f = Finding("antonym", Severity.WARNING, "opposite?", Span.of(zh, [0]), Span.of(en, [0]),
                evidence=(("zh", "进口"), ("en", "exported"), ("cue", "imported")), bead=0)
    n = Finding("negation", Severity.WARNING, "negated?", Span.of(zh, [0]), Span.of(en, [0]),
                evidence=(("en", "These"), ("cue", "en:These")), bead=0)
    page = render([Report(Alignment(zh, en, (Bead((0,), (0,), 0.7),)), (f, n))])
    assert re.search(r'<mark class="sev-warning hit" data-f="1 ?2?">进口</mark>', page)
    assert re.search(r'<mark class="sev-warning hit" data-f="[ 12]+">exported</mark>', page)
    assert re.search(r'<mark class="sev-warning hit" data-f="[ 12]+">These</mark>', page)


def test_suppressed_findings_are_greyed_with_their_reason_and_counted_apart() -> None:
    from report_sample import suppressed_reports

    page = render(suppressed_reports())
    assert page.count('suppressed" data-sup="1"') == 2
    assert "Accepted: a free rendering the editor approved (Li Wei, 2025-01-14T09:30:00Z)" in page
    assert "Baselined: in baseline align-baseline.json" in page
    assert '<span class="sup">2 suppressed (1 accepted, 1 baseline)</span>' in page
    assert "<b>4 findings</b>" in page  # the active ones
    assert 'data-filter="sup"' in page
    assert 'class="sev-sup' in page  # their marks are grey, not a severity colour
