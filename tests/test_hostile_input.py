"""Hostile and broken input (Foundation issue, requirement 7).

Every case runs in a batch together with a good file: the bad input must get exactly one
rejection line naming it and saying why, the good file must still be stored, the exit code
must be 1 (some input rejected), and the store must stay sound (``verify`` exits 0). All data
is written by the tests themselves.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from claimgraph.sources.base import SourceError
from claimgraph.sources.files import read_bounded

GOOD_TEXT = "Regional officials said on Tuesday that air defence units shot down four drones overnight.\n"


# -- helpers ------------------------------------------------------------------------------

def ingest(cli, *paths, opts=(), timeout=600):
    """Run ``claimgraph ingest`` (storage only); return (exit code, stdout lines, stderr text)."""
    r = cli("ingest", "--no-extract", *opts, *[str(p) for p in paths], timeout=timeout)
    return r.returncode, r.stdout.decode("utf-8").splitlines(), r.stderr.decode("utf-8", "replace")


def rejections(lines):
    return [ln for ln in lines if ln.startswith("  rejected ") and not ln.startswith("  rejected:")]


def count(lines, label):
    """The number on a summary line such as ``  added: 3 (3 text)``."""
    prefix = f"  {label}: "
    found = [ln for ln in lines if ln.startswith(prefix)]
    assert len(found) == 1, lines
    return int(found[0][len(prefix):].split()[0])


def ls(cli):
    r = cli("ls", "--json")
    assert r.returncode == 0, r.stderr
    return [json.loads(ln) for ln in r.stdout.decode("utf-8").splitlines()]


def show(cli, ref):
    r = cli("show", str(ref), "--json")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def assert_verify_clean(cli):
    r = cli("verify")
    assert r.returncode == 0, r.stdout + r.stderr
    assert b"0 problem(s)" in r.stdout


def good_file(directory: Path, name: str = "good.txt", text: str = GOOD_TEXT) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def assert_one_rejection(lines, origin, *words):
    """Exactly one rejection line, naming ``origin`` exactly, with a reason containing ``words``."""
    rej = rejections(lines)
    assert len(rej) == 1, lines
    prefix = f"  rejected {origin}: "
    assert rej[0].startswith(prefix), (rej[0], prefix)
    reason = rej[0][len(prefix):]
    for w in words:
        assert w in reason, (w, reason)
    return reason


def assert_good_stored(cli, path: Path, text: str = GOOD_TEXT):
    docs = [d for d in ls(cli) if d["origin"] == str(path)]
    assert len(docs) == 1, ls(cli)
    assert show(cli, docs[0]["sha256"])["text"] == text


# -- one test per case --------------------------------------------------------------------

def test_empty_file_is_rejected_and_batch_continues(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    empty = indir / "empty.txt"
    empty.write_bytes(b"")
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    assert_one_rejection(lines, empty, "empty")
    assert count(lines, "added") == 1 and count(lines, "rejected") == 1
    assert_good_stored(cli, good)
    assert_verify_clean(cli)


def test_binary_garbage_is_rejected(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    rnd = random.Random(20240611)
    garbage = indir / "garbage.bin"
    garbage.write_bytes(rnd.randbytes(20000))
    # No NUL and no control bytes at all: only bytes 0x80-0xFF, which no text encoding explains.
    noise = indir / "noise.txt"
    noise.write_bytes(bytes(rnd.randrange(0x80, 0x100) for _ in range(5000)))
    # A text head must not smuggle a binary tail past the check.
    tail = indir / "tail.txt"
    tail.write_bytes(b"Looks like text at first.\n" * 400 + b"\x00\x01\x02\x03" * 100)
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    rej = rejections(lines)
    assert len(rej) == 3, lines
    assert any(ln.startswith(f"  rejected {garbage}: ") and "binary" in ln for ln in rej), rej
    assert any(ln.startswith(f"  rejected {noise}: ") and "undecodable" in ln for ln in rej), rej
    assert any(ln.startswith(f"  rejected {tail}: ") and "binary" in ln for ln in rej), rej
    assert count(lines, "added") == 1
    assert [d["origin"] for d in ls(cli)] == [str(good)]
    assert_verify_clean(cli)


def test_file_over_the_size_limit_is_rejected(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    big = indir / "big.txt"
    big.write_text("A long dispatch about the front line. " * 200, encoding="utf-8")  # 7,600 bytes
    code, lines, _ = ingest(cli, indir, opts=("--max-bytes", "4096"))
    assert code == 1
    assert_one_rejection(lines, big, "size limit", "4,096")
    # ... and the summary says how to take it all the same (what to do, not only what was wrong)
    assert "  (a larger document needs a larger --max-bytes N; this run's limit is 4,096 bytes)" in lines
    assert_good_stored(cli, good)
    # The same file under the default limit (50 MB) is fine.
    code, lines, _ = ingest(cli, big)
    assert code == 0 and count(lines, "added") == 1
    assert_verify_clean(cli)


def test_size_limit_is_enforced_while_streaming(tmp_path):
    """read_bounded stops one byte past the limit: on an endless device and on a FIFO whose
    writer has far more to give, it refuses without reading everything."""
    with pytest.raises(SourceError, match="size limit"):
        read_bounded(Path("/dev/zero"), 100_000)  # would never end if the bound were checked afterwards

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    limit, offered = 200_000, 50_000_000
    written = 0

    def writer():
        nonlocal written
        block = b"x" * 65536
        try:
            with open(fifo, "wb") as fh:
                while written < offered:
                    fh.write(block)
                    written += len(block)
        except (BrokenPipeError, OSError):
            pass  # the reader gave up: exactly what the bound should do

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    with pytest.raises(SourceError, match="size limit"):
        read_bounded(fifo, limit)
    t.join(timeout=60)
    assert not t.is_alive()
    assert written < offered // 10  # the reader stopped long before the writer ran out


def test_fifo_in_input_directory_is_rejected_not_waited_on(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    fifo = indir / "pipe.txt"
    os.mkfifo(fifo)  # nobody ever writes to it: opening it would block forever
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    assert_one_rejection(lines, fifo, "not a regular file")
    assert_good_stored(cli, good)


def _without_file_permission_override() -> list[str]:
    """A command prefix under which ``chmod 000`` really stops reading, or skip.

    Root reads through missing permission bits (capabilities CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH), and the tests run as root here: the ingest then runs as root without
    those two capabilities (util-linux ``setpriv``), like any unprivileged user.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"] if setpriv else []
    if not prefix or subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("running as root and cannot drop CAP_DAC_OVERRIDE (setpriv missing or not permitted)")
    return prefix


def test_a_directory_that_cannot_be_read_is_rejected(cli, home, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    locked = indir / "locked"
    good_file(locked / "deeper", "inside.txt")
    prefix = _without_file_permission_override()
    locked.chmod(0)
    try:
        r = subprocess.run([*prefix, sys.executable, "-m", "claimgraph", "--home", str(home), "ingest", "--no-extract", str(indir)],
                           capture_output=True, timeout=600)
    finally:
        locked.chmod(0o755)
    lines = r.stdout.decode("utf-8").splitlines()
    assert r.returncode == 1, (lines, r.stderr)
    assert_one_rejection(lines, locked, "cannot read the directory", "Permission denied")
    assert count(lines, "added") == 1
    assert [d["origin"] for d in ls(cli)] == [str(good)]


RUSSIAN = ("Министерство обороны сообщило, что ночью над областью были сбиты двенадцать беспилотников.\n"
           "По словам губернатора, пострадавших нет, но в двух сёлах повреждены жилые дома.\n")
UKRAINIAN = "Сили оборони знищили ворожий склад боєприпасів, повідомив Генштаб у четвер.\n"
FRENCH = "Le ministère a déclaré que les frappes ont touché un dépôt près de la frontière, à l'aube.\n"
GERMAN = "Die Behörden meldeten, dass über Nacht mehrere Drohnen abgeschossen wurden; Schäden gäbe es nur an Gebäuden.\n"


@pytest.mark.parametrize(
    "name, text, codec, recorded",
    [
        ("ru-cp1251.txt", RUSSIAN, "cp1251", "cp1251"),
        ("uk-cp1251.txt", UKRAINIAN, "cp1251", "cp1251"),
        ("ru-short-cp1251.txt", "Привет, мир\n", "cp1251", "cp1251"),
        ("ru-koi8r.txt", RUSSIAN, "koi8-r", "koi8-r"),
        ("fr-latin1.txt", FRENCH, "latin-1", "iso8859-1"),
        ("de-latin1.txt", GERMAN, "latin-1", "iso8859-1"),
        ("de-short-latin1.txt", "Grüße aus Köln\n", "latin-1", "iso8859-1"),
        ("fr-cp1252.txt", "Le « prix » du blé a augmenté de 5 € — selon l’agence.\n", "cp1252", "cp1252"),
        ("utf16-le-bom.txt", RUSSIAN + FRENCH, "utf-16", "utf-16"),  # Python writes a BOM
        ("utf16-be-bom.txt", RUSSIAN, "utf-16-be", "utf-16"),
        ("utf8-bom.txt", GERMAN, "utf-8-sig", "utf-8-sig"),
    ],
)
def test_non_utf8_text_is_decoded_and_encoding_recorded(cli, tmp_path, name, text, codec, recorded):
    indir = tmp_path / "in"
    good = good_file(indir)
    raw = text.encode(codec)
    if codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path = indir / name
    path.write_bytes(raw)
    garbage = indir / "zz-garbage.bin"
    garbage.write_bytes(b"\x00\x13\x37" * 50)
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    assert_one_rejection(lines, garbage, "binary")
    assert count(lines, "added") == 2
    doc = [d for d in ls(cli) if d["origin"] == str(path)]
    assert len(doc) == 1
    full = show(cli, doc[0]["sha256"])
    assert full["text"] == text  # decoded exactly
    assert full["encoding"] == recorded
    assert full["captures"][0]["encoding"] == recorded
    assert full["size"] == len(raw)  # the archived bytes are the file's bytes, not a re-encoding
    assert_good_stored(cli, good)
    assert_verify_clean(cli)


def test_malformed_and_truncated_json_is_rejected(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    export = {"name": "Frontline Digest", "type": "public_channel", "id": 777,
              "messages": [{"id": i, "type": "message", "date": "2024-05-01T10:00:00", "text": f"Update number {i} from the front."}
                           for i in range(1, 40)]}
    data = json.dumps(export, ensure_ascii=False, indent=1).encode("utf-8")
    truncated = indir / "result.json"
    truncated.write_bytes(data[: len(data) // 2])
    broken = indir / "settings.json"
    broken.write_bytes(b'{"channel": "x", "items": [1, 2,')
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    rej = rejections(lines)
    assert len(rej) == 2, lines
    for path in (truncated, broken):
        line = [ln for ln in rej if ln.startswith(f"  rejected {path}: ")]
        assert len(line) == 1 and "malformed or truncated JSON" in line[0], rej
    assert [d["origin"] for d in ls(cli)] == [str(good)]
    # Nothing of the truncated export was archived or recorded.
    r = cli("summary")
    assert r.stdout.decode().splitlines()[0].startswith("1 document(s), 1 capture(s), 1 archived object(s)")
    assert_verify_clean(cli)


def test_deeply_nested_json_is_rejected(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    deep = indir / "result.json"
    deep.write_bytes(b'{"name": "x", "messages": ' + b"[" * 200_000 + b"]" * 200_000 + b"}")
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    assert_one_rejection(lines, deep, "nested too deeply")
    assert_good_stored(cli, good)


def _warc_bytes(gzip: bool, pages: list[tuple[str, str]]) -> tuple[bytes, int]:
    """A WARC of response records; returns the bytes and the offset where the last record starts."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    last = 0
    for uri, body in pages:
        last = buf.tell()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue(), last


def _page(n: int) -> str:
    para = f"<p>Dispatch {n}: artillery fire was reported near the river crossing.</p>" * 30
    return f"<!DOCTYPE html><html><head><title>Dispatch {n}</title></head><body>{para}</body></html>"


@pytest.mark.parametrize("gzip, suffix", [(True, ".warc.gz"), (False, ".warc")])
def test_truncated_warc_keeps_earlier_records_and_is_rejected(cli, tmp_path, gzip, suffix):
    indir = tmp_path / "in"
    good = good_file(indir)
    pages = [(f"https://news.example.org/dispatch/{n}", _page(n)) for n in range(3)]
    data, last = _warc_bytes(gzip, pages)
    cut = indir / f"crawl{suffix}"
    cut.write_bytes(data[: last + (len(data) - last) // 2])  # cut in the middle of the third record
    code, lines, err = ingest(cli, indir)
    assert code == 1 and err == ""
    assert_one_rejection(lines, cut, "truncated")
    docs = ls(cli)
    origins = sorted(d["origin"] for d in docs)
    # The two complete records are kept; the cut one is not stored as a half page.
    assert origins == sorted([str(good), pages[0][0], pages[1][0]])
    for d in docs:
        if d["origin"].startswith("https://"):
            n = int(d["origin"].rsplit("/", 1)[1])
            assert f"Dispatch {n}: artillery fire" in show(cli, d["sha256"])["text"]
    assert_verify_clean(cli)


def test_warc_response_for_a_javascript_uri_is_rejected_aloud(cli, tmp_path):
    # warcio reads HTTP only under http(s) targets; such a record was once dropped without a word.
    data, _ = _warc_bytes(False, [("https://news.example/one", _page(1)), ("javascript:alert(1)", _page(2)),
                                  ("https://news.example/three", _page(3))])
    from warcio.warcwriter import WARCWriter

    lookup = io.BytesIO()   # a crawler's DNS record holds no page: still skipped without a rejection
    writer = WARCWriter(lookup, gzip=False)
    writer.write_record(writer.create_warc_record("dns:news.example", "response", warc_content_type="text/dns",
                                                  payload=io.BytesIO(b"20240501100000\nnews.example. 300 IN A 192.0.2.7\n")))
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(data + lookup.getvalue())
    code, lines, _ = ingest(cli, crawl)
    assert code == 1
    assert_one_rejection(lines, "javascript:alert(1)", "javascript: URI", "not read")
    assert sorted(d["origin"] for d in ls(cli)) == ["https://news.example/one", "https://news.example/three"]


@pytest.mark.parametrize("target", ["../../etc/passwd", "/etc/passwd"])
def test_warc_response_for_a_path_like_target_is_rejected_saying_it_has_no_scheme(cli, tmp_path, target):
    # A target that is a file path, not a URL: refused aloud, its reason naming it as a URI without
    # a scheme (it read "response record for a ../../etc/passwd: URI"), and nothing read from that path.
    data, _ = _warc_bytes(False, [("https://news.example/one", _page(1)), (target, _page(2))])
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(data)
    code, lines, _ = ingest(cli, crawl)
    assert code == 1
    assert_one_rejection(lines, target, "target URI has no scheme", "not HTTP(S)", "not read")
    assert [d["origin"] for d in ls(cli)] == ["https://news.example/one"]


def test_warc_that_is_not_a_warc_after_its_first_line(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    bad = indir / "bad.warc"
    bad.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n\x00\x01garbage")
    code, lines, err = ingest(cli, indir)
    assert code == 1
    assert err == ""  # warcio's own warnings are not let through to stderr
    rej = rejections(lines)
    assert len(rej) == 1 and rej[0].startswith(f"  rejected {bad}: "), lines
    assert_good_stored(cli, good)
    assert_verify_clean(cli)


@pytest.mark.parametrize("delta", [-100, -3, +100])
def test_warc_with_a_wrong_content_length_keeps_what_came_before(cli, tmp_path, delta):
    """The second of three records declares a wrong length: the first record is kept, the second
    is not stored with bytes cut off or with the next record's header glued on, and the input is
    rejected."""
    indir = tmp_path / "in"
    good = good_file(indir)
    pages = [(f"https://news.example.org/w/{n}", _page(n)) for n in range(3)]
    data, _ = _warc_bytes(False, pages)
    second = data.index(b"WARC/1.0", 10)
    length_at = data.index(b"Content-Length: ", second) + len(b"Content-Length: ")
    end = data.index(b"\r\n", length_at)
    wrong = data[:length_at] + str(int(data[length_at:end]) + delta).encode() + data[end:]
    bad = indir / "wrong-length.warc"
    bad.write_bytes(wrong)
    code, lines, err = ingest(cli, indir)
    assert code == 1 and err == ""
    assert_one_rejection(lines, bad, "WARC")
    assert {d["origin"] for d in ls(cli)} == {str(good), pages[0][0]}
    assert_verify_clean(cli)


def test_html_of_100000_nested_tags(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    deep = indir / "deep.html"
    deep.write_text("<!DOCTYPE html><html><head><title>Deep page</title></head><body>" + "<div>" * 100_000
                    + "Shelling was reported near the bridge." + "</div>" * 100_000 + "</body></html>", encoding="utf-8")
    unclosed = indir / "unclosed.html"
    unclosed.write_text("<html><body>" + "<div><span><b>" * 40_000 + "Curfew extended until Monday.", encoding="utf-8")
    # A hang guard, not a timing assertion: the page takes well under a second, and the timeout
    # only trips on super-linear parsing (which took minutes).
    code, lines, _ = ingest(cli, indir, timeout=120)
    assert code == 0, lines
    assert count(lines, "added") == 3
    by_origin = {d["origin"]: d for d in ls(cli)}
    doc = show(cli, by_origin[str(deep)]["sha256"])
    assert doc["kind"] == "html" and doc["title"] == "Deep page"
    assert "Shelling was reported near the bridge." in doc["text"]
    assert "Curfew extended until Monday." in show(cli, by_origin[str(unclosed)]["sha256"])["text"]
    assert_good_stored(cli, good)
    assert_verify_clean(cli)


def test_html_with_thousands_of_unfinished_constructs_is_parsed_in_linear_time(cli, tmp_path):
    """Unclosed '<a ', '<!--', attribute quotes and CDATA: html.parser re-scanned to the end of
    the input for each of them (quadratic: 30,000 '<a ' took over a minute); 200,000 blank lines
    made the copyright-line regex quadratic; 500 leading comments made the HTML sniffing regex
    exponential. Each page must be stored with its readable text."""
    indir = tmp_path / "in"
    good_file(indir)
    head = "<html><head><title>Broken</title></head><body><p>Power restored in the east.</p>"
    bodies = {
        "open-tags.html": head + "<a " * 30_000,
        "open-comments.html": head + "<!--" * 30_000,
        "open-quotes.html": head + '<a x="' * 30_000,
        "open-cdata.html": head + "<![CDATA[" * 20_000,
        "blank-lines.html": head + "\n" * 200_000 + "<p>end</p>",
        # Sniffing HTML once backtracked exponentially over a run of leading comments.
        "leading-comments.html": "<!---->" * 500 + head,
    }
    for name, body in bodies.items():
        (indir / name).write_text(body, encoding="utf-8")
    plain = indir / "blank-lines.txt"
    plain.write_text("Report\n" + "\n" * 200_000 + "© 2024 Example News\n", encoding="utf-8")
    code, lines, _ = ingest(cli, indir, timeout=120)  # hang guard only, as above
    assert code == 0, lines
    assert count(lines, "added") == len(bodies) + 2
    for d in ls(cli):
        if d["origin"].endswith(".html"):
            assert "Power restored in the east." in show(cli, d["sha256"])["text"]
        if d["origin"] == str(plain):
            assert d["outlet"] == "Example News"


def test_file_names_containing_dot_dot(cli, home, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    dotted = good_file(indir, "..report..txt", "A report whose name starts with two dots.\n")
    nested = good_file(indir / "a..b", "c.txt", "A report in a directory named a..b.\n")
    (indir / "sub").mkdir()
    via_parent = Path(f"{indir}/sub/../top.txt")
    good_file(indir, "top.txt", "A report reached through sub/.. on the command line.\n")
    empty = indir / "..empty"
    empty.write_bytes(b"")
    before = sorted(p.name for p in tmp_path.iterdir())
    code, lines, _ = ingest(cli, indir, via_parent)
    assert code == 1
    assert_one_rejection(lines, empty, "empty")
    origins = {d["origin"] for d in ls(cli)}
    assert {str(good), str(dotted), str(nested)} <= origins
    assert count(lines, "added") == 4 and count(lines, "already present") == 1  # top.txt seen twice
    assert str(via_parent) in {c["origin"] for d in ls(cli) for c in show(cli, d["sha256"])["captures"]}
    # Nothing was written outside the home, and the archive holds only digest-named objects.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before + ["home"])
    for path in (home / "archive").rglob("*"):
        if path.is_file():
            rel = path.relative_to(home / "archive")
            assert rel.parts[0] in ("sha256", "tmp")
            if rel.parts[0] == "sha256":
                assert len(rel.parts) == 4 and rel.parts[3][:2] == rel.parts[1] and rel.parts[3][2:4] == rel.parts[2]
                assert len(rel.parts[3]) == 64
    assert_verify_clean(cli)


def test_newline_in_a_file_name_cannot_forge_output_lines(cli, tmp_path):
    indir = tmp_path / "in"
    good_file(indir, "good\nname.txt")
    forged = indir / "evil\n  rejected: 0\n  added: 99\n.txt"
    forged.write_bytes(b"")
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    assert lines[1:4] == ["  added: 1 (1 text)", "  already present: 0", "  rejected: 1"]
    assert len(lines) == 5  # the header, three counts, one rejection: nothing forged
    escaped = f"{indir}/evil\\n  rejected: 0\\n  added: 99\\n.txt"
    assert_one_rejection(lines, escaped, "empty")
    docs = ls(cli)
    assert [d["origin"] for d in docs] == [f"{indir}/good\\nname.txt"]
    assert show(cli, docs[0]["sha256"])["text"] == GOOD_TEXT
    # ls in human form stays one line per document too.
    assert len(cli("ls").stdout.decode().splitlines()) == 1


def test_undecodable_bytes_in_a_file_name(cli, tmp_path):
    indir = tmp_path / "in"
    good = good_file(indir)
    bindir = os.fsencode(indir)
    fd = os.open(bindir + b"/caf\xe9-report.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, "A report filed from the café by the station.\n".encode("utf-8"))
    os.close(fd)
    fd = os.open(bindir + b"/bad\xff\xfe.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.close(fd)  # empty: rejected, and the rejection must still name it readably
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    assert_one_rejection(lines, f"{indir}/bad\\xff\\xfe.txt", "empty")
    origins = {d["origin"] for d in ls(cli)}
    assert origins == {str(good), f"{indir}/caf\\xe9-report.txt"}
    assert_verify_clean(cli)


def test_symlinks_pointing_outside_the_input_directory_are_not_followed(cli, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Zanzibarsecret payroll of the ministry.\n", encoding="utf-8")
    (outside / "more").mkdir()
    (outside / "more" / "x.txt").write_text("Quokkasecret contents.\n", encoding="utf-8")
    indir = tmp_path / "in"
    good = good_file(indir)
    link = indir / "link.txt"
    link.symlink_to(outside / "secret.txt")
    dotdot = indir / "relative.txt"
    dotdot.symlink_to("../outside/secret.txt")
    dirlink = indir / "elsewhere"
    dirlink.symlink_to(outside / "more", target_is_directory=True)
    inside = indir / "alias.txt"
    inside.symlink_to(good)  # stays inside: allowed
    code, lines, _ = ingest(cli, indir)
    assert code == 1
    rej = rejections(lines)
    assert len(rej) == 3, lines
    assert any(ln.startswith(f"  rejected {link}: ") and "outside the input directory" in ln for ln in rej)
    assert any(ln.startswith(f"  rejected {dotdot}: ") and "outside the input directory" in ln for ln in rej)
    assert any(ln.startswith(f"  rejected {dirlink}: ") and "not followed" in ln for ln in rej)
    docs = ls(cli)
    assert len(docs) == 1  # good.txt, read once directly and once through the inside link
    doc = show(cli, docs[0]["sha256"])
    assert doc["text"] == GOOD_TEXT
    assert sorted(c["origin"] for c in doc["captures"]) == sorted([str(inside), str(good)])
    for word in ("Zanzibarsecret", "Quokkasecret"):
        r = cli("search", word, "--json")
        assert r.returncode == 0 and r.stdout == b""
    assert_verify_clean(cli)


@pytest.mark.slow
def test_directory_of_10000_small_files_with_progress(cli, tmp_path):
    indir = tmp_path / "in"
    names = []
    for i in range(10_000):
        sub = indir / f"batch{i // 1000:02d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True)
        path = sub / f"note{i:05d}.txt"
        path.write_text(f"Field note {i}: checkpoint {i % 97} reported calm overnight.\n", encoding="utf-8")
        names.append(str(path))
    r = cli("ingest", "--no-extract", "--progress", "always", str(indir))
    out = r.stdout.decode().splitlines()
    assert r.returncode == 0, out[-5:]
    assert count(out, "added") == 10_000 and count(out, "rejected") == 0
    assert "10000/10000" in r.stderr.decode()  # the progress bar reached the end
    docs = ls(cli)
    assert len(docs) == 10_000
    assert sorted(d["origin"] for d in docs) == sorted(names)
    assert len({d["sha256"] for d in docs}) == 10_000
    assert_verify_clean(cli)


def test_progress_bar_only_when_asked_or_on_a_terminal(cli, tmp_path):
    indir = tmp_path / "in"
    for i in range(5):
        good_file(indir, f"n{i}.txt", f"Bulletin {i}: no change on the northern axis.\n")
    r = cli("ingest", "--no-extract", "--progress", "always", str(indir))
    assert r.returncode == 0
    err = r.stderr.decode()
    assert "5/5" in err and "%|" in err  # a tqdm bar
    assert b"|" not in r.stdout  # the bar never mixes into the summary on stdout
    # Default: stderr is a pipe here, not a terminal, so nothing at all on stderr.
    good_file(indir, "n5.txt", "Bulletin 5: quiet.\n")
    r = cli("ingest", "--no-extract", str(indir))
    assert r.returncode == 0
    assert r.stderr == b""
    lines = r.stdout.decode().splitlines()
    assert count(lines, "added") == 1 and count(lines, "already present") == 5


def test_every_hostile_case_in_one_batch_with_the_default_ingest(cli, tmp_path):
    """All the cases above together, through the default ``ingest`` (with its analysis stage):
    one line per bad input, everything good stored, the store sound."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Outside the input directory.\n", encoding="utf-8")
    indir = tmp_path / "in"
    good = good_file(indir)
    bad = {}
    bad["empty.txt"] = b""
    bad["garbage.bin"] = random.Random(5).randbytes(4000)
    bad["big.txt"] = b"A very long dispatch. " * 150_000  # 3.3 MB, over --max-bytes below (deep.html is 1.1 MB)
    export = json.dumps({"name": "c", "messages": [{"id": 1, "type": "message", "text": "hello there"}] * 50}).encode()
    bad["result.json"] = export[: len(export) // 2]
    pages = [(f"https://news.example.org/k/{n}", _page(n)) for n in range(3)]
    data, last = _warc_bytes(True, pages)
    bad["crawl.warc.gz"] = data[: last + (len(data) - last) // 2]
    bad["evil\nrejected: 0.txt"] = b""
    for name, content in bad.items():
        (indir / name).write_bytes(content)
    (indir / "cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (indir / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + "Deep text." + "</div>" * 100_000, encoding="utf-8")
    (indir / "link.txt").symlink_to(outside / "secret.txt")
    os.mkfifo(indir / "pipe")
    r = cli("ingest", "--max-bytes", "2000000", str(indir), timeout=600)
    assert r.returncode == 1
    assert r.stderr == b""  # not a terminal: no bar, and no reader's warnings either
    lines = r.stdout.decode("utf-8").splitlines()
    rej = rejections(lines)
    expected_names = [n.replace("\n", "\\n") for n in bad] + ["link.txt", "pipe"]
    assert len(rej) == len(expected_names), "\n".join(lines)
    for name in expected_names:
        assert sum(ln.startswith(f"  rejected {indir}/{name}: ") for ln in rej) == 1, (name, rej)
    origins = {d["origin"] for d in ls(cli)}
    assert origins == {str(good), f"{indir}/cp1251.txt", f"{indir}/deep.html", pages[0][0], pages[1][0]}
    assert_verify_clean(cli)


def test_a_file_of_only_white_space_is_rejected_as_empty(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A real report about the Orlen bridge, written by us.\n", encoding="utf-8")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\t\n\r\n   ")
    done = cli("ingest", "--no-extract", str(good), str(blank))
    assert done.returncode == 1
    out = done.stdout.decode()
    assert f"rejected {blank}: empty file (only white space)" in out
    assert "added: 1" in out


def test_page_text_cannot_drive_the_terminal(cli, tmp_path):
    """Escape sequences in a page's title and text are shown as visible escapes, never sent raw."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Bridge &#27;]0;PWNED&#7; report</title>"
        '<meta property="og:site_name" content="Outlet &#27;[2J"></head>'
        "<body><h1>Bridge report</h1><p>The &#27;[31mbridge at Orlen was closed on Monday, officials said.</p>"
        "<p>Residents said the river had risen overnight and the road was under water.</p></body></html>",
        encoding="utf-8",
    )
    assert cli("ingest", str(page)).returncode == 0
    for args in (("ls",), ("show", "1"), ("search", "bridge"), ("summary",)):
        out = cli(*args)
        assert out.returncode == 0, out.stderr.decode()
        assert b"\x1b" not in out.stdout and b"\x07" not in out.stdout, args
    assert b"\\x1b" in cli("ls").stdout


def test_a_lone_surrogate_rejects_its_message_alone(cli, tmp_path):
    # "\ud800" is valid JSON but half a surrogate pair: no UTF-8 text can hold it. It once cut the
    # export at that message (the rest never stored).
    export = tmp_path / "result.json"
    export.write_text(
        '{"name": "Harbour Watch", "type": "public_channel", "id": 31, "messages": [\n'
        ' {"id": 1, "type": "message", "date": "2024-05-01T10:00:00", "text": "The ferry left the harbour on time."},\n'
        ' {"id": 2, "type": "message", "date": "2024-05-01T10:05:00", "text": "A broken \\ud800 half of a pair."},\n'
        ' {"id": 3, "type": "message", "date": "2024-05-01T10:10:00", "text": "The second ferry was held at the pier."}\n'
        ']}\n', encoding="ascii")
    code, lines, _ = ingest(cli, export)
    assert code == 1
    assert_one_rejection(lines, f"{export}#message=2", "lone surrogate", "\\ud800")
    assert count(lines, "added") == 2
    assert sorted(d["origin"] for d in ls(cli)) == [f"{export}#message=1", f"{export}#message=3"]
    assert_verify_clean(cli)


def test_plain_text_naming_three_tags_stays_text_with_its_title(cli, tmp_path):
    # Three stray tags once made a page of prose "HTML": parsed as markup, it lost its title.
    page = tmp_path / "filter.txt"
    page.write_text("Press office says its comment filter now strips hidden markup\n\n"
                    "The regional press office said on Monday that its comment filter now removes <script>, <div> and\n"
                    "<span> tags from reader posts before they are shown.\n"
                    "A spokeswoman said the change followed complaints from two readers.\n", encoding="utf-8")
    code, _, _ = ingest(cli, page)
    assert code == 0
    [doc] = ls(cli)
    assert (doc["kind"], doc["title"]) == ("text", "Press office says its comment filter now strips hidden markup")


@pytest.mark.parametrize("text, html", [
    # a root, also after comments or an XML declaration
    ("<!DOCTYPE html><title>Harbour</title><p>The ferry left.", True),
    ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html><body><p>The ferry left.</p></body></html>', True),
    # a fragment without a root: elements closed as opened, markup a share of the text
    ('<div class="story"><h2>Ferry held at the pier</h2><p>The second ferry was held at the pier for an hour.</p>'
     '<p>Port staff said the crossing would resume <a href="/later">later</a>.</p></div>', True),
    # prose naming tags: none closed, or too little markup in a long text
    ("The filter removes <script>, <div> and <span> tags and every <p> before a post is shown.", False),
    ("A reader can write <b>bold</b> and <i>italic</i> words. " + "The harbour reopened on Tuesday morning. " * 60, False),
    ("<The Palace: Tale of Jang Noksu> opened on Friday; <The Palace> is its short title. </The> ends it.", False),
])
def test_html_is_decided_on_real_markup_evidence(text, html):
    from claimgraph.sources.text import is_html

    assert is_html(text) is html


def test_a_telegram_exports_messages_are_stored_in_a_few_transactions_not_one_each(tmp_path):
    # 200,000 messages once took 21 minutes, one transaction (and its sync) per message; then
    # the rows were batched but each message's 'ingested' custody entry still took a store
    # transaction of its own. Counted at the SQLite connection: a handful per batch of 500.
    from claimgraph.ingest import BATCH_DOCUMENTS, Ingestor
    from claimgraph.settings import Settings

    n = 2 * BATCH_DOCUMENTS + 200
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "Ferry Watch", "type": "public_channel", "id": 77, "messages": [
        {"id": i, "type": "message", "date": "2024-05-01T10:00:00",
         "text": f"Notice {i}: the ferry to the outer pier sails at {i % 24:02d}:15 today."} for i in range(1, n + 1)]}),
        encoding="utf-8")
    ingestor = Ingestor(Settings.resolve(tmp_path / "home"))
    statements: list[str] = []
    ingestor.store.conn.set_trace_callback(statements.append)
    try:
        report = ingestor.run([str(export)])
    finally:
        ingestor.store.conn.set_trace_callback(None)
        ingestor.close()
    assert (report.added, report.rejected) == (n, [])
    transactions = [s for s in statements if s.lstrip().upper().startswith("BEGIN")]
    batches = -(-n // BATCH_DOCUMENTS)
    assert 0 < len(transactions) <= 3 * batches + 4, len(transactions)
    # and every message has its 'captured' and 'ingested' entries, chained and mirrored
    custody = [json.loads(line) for line in (tmp_path / "home" / "custody.jsonl").read_text().splitlines()]
    assert sum(e["action"] == "ingested" for e in custody) == n
    assert sum(e["action"] == "captured" for e in custody) == n + 1   # the messages and the export itself
    from claimgraph.custody import CustodyLog
    from claimgraph.store import Store

    settings = Settings.resolve(tmp_path / "home")
    with Store(settings.store_location) as store:
        checked = CustodyLog(settings, store).verify()
    assert (checked.entries, checked.problems) == (len(custody), [])


def test_a_headline_of_stray_quotes_and_separators_is_read_without_a_crash():
    """A fuzzed headline (ours: stray curly quotes, BOM, NEL, LINE SEPARATOR, a quote closed before
    "According To … said Z") once reached the bare-signature reading with its subject handed on as a
    span, and raised AttributeError: it must read like any other text (no claim to show here)."""
    from claimgraph.extract.attribution import extract_claims

    headline = '‘Мэр "\xa0;Y‘\ufeff””Мэр Z””\x85\'\u2028.According To ’,said Z\r\n\tX\n\n'
    out = extract_claims("", headline=headline)
    assert out.claims == []
    for c in out.headline_claims:
        assert 0 <= c.start <= c.end <= len(headline)


# Session 20, a second hostile sweep: readers driven by what a small file inflates to.

def _read_warc_file(path: Path) -> tuple[list, str | None]:
    """(documents and rejections, the SourceError's message or None) of one WARC, read by the real reader."""
    from claimgraph.settings import Settings
    from claimgraph.sources import InputFile, open_input

    got: list = []
    try:
        for item in open_input(InputFile(path, path.name), Settings()).documents:
            got.append(item)
    except SourceError as exc:
        return got, str(exc)
    return got, None


def test_a_gzip_member_that_inflates_to_one_endless_header_line_is_refused_in_bounded_memory(tmp_path):
    # ~250 KB on disk: a record whose WARC header line runs on for 256 MiB once inflated. warcio
    # read a line whole, so the reader held the whole line (and copies of it) in memory; now what it
    # holds is bounded by a line's bound plus one inflated block (zlib's ~1000:1 on a 16 KB read).
    import gzip as gz
    import tracemalloc
    import zlib

    from claimgraph.sources.warc import MAX_LINE_BYTES

    pages = [("https://news.example.org/dispatch/0", _page(0))]
    data, _ = _warc_bytes(True, pages)
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    endless = squeeze.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Note: ")
    endless += b"".join(squeeze.compress(b"n" * (1 << 20)) for _ in range(256)) + squeeze.compress(b"\r\n\r\n") + squeeze.flush()
    path = tmp_path / "endless.warc.gz"
    path.write_bytes(data + endless)
    assert gz.decompress(endless)[:8] == b"WARC/1.0"
    tracemalloc.start()
    try:
        got, error = _read_warc_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.origin for d in got] == [pages[0][0]]   # the record before it is read
    assert error is not None and "WARC" in error and "\n" not in error
    assert peak < 96 * MAX_LINE_BYTES, f"{peak:,} bytes held to refuse a line of 256 MiB"


def _warc_with_uri(gzip: bool, uri: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(_page(7).encode("utf-8")), http_headers=headers)
    writer.write_record(rec)
    return buf.getvalue()


@pytest.mark.parametrize("gzip, suffix", [(True, ".warc.gz"), (False, ".warc")])
def test_an_honest_header_line_under_the_bound_is_read_whole_and_a_longer_one_refused_by_name(tmp_path, gzip, suffix):
    # warcio's readline stops short mid-line once a line passes its buffer (~180 KB plain, ~216 KB
    # gzipped): a 400 KB target URI came back cut, with no word; past the bound the line is refused
    from claimgraph.sources.warc import MAX_LINE_BYTES

    long_uri = "https://news.example.org/dispatch/" + "q" * 400_000
    path = tmp_path / f"long{suffix}"
    path.write_bytes(_warc_with_uri(gzip, long_uri))
    got, error = _read_warc_file(path)
    assert error is None and [d.origin for d in got] == [long_uri]
    assert "Dispatch 7: artillery fire" in got[0].text
    too_long = "https://news.example.org/dispatch/" + "q" * (2 * MAX_LINE_BYTES)
    path.write_bytes(_warc_with_uri(gzip, too_long))
    got, error = _read_warc_file(path)
    assert got == [] and error is not None and f"{MAX_LINE_BYTES:,} bytes" in error


@pytest.mark.parametrize("label", ["undefined", "unicode_escape", "raw-unicode-escape", "punycode", "utf-8\x00"])
def test_a_charset_label_naming_a_python_codec_that_is_no_charset_is_ignored(tmp_path, label):
    # an HTTP charset is trusted once UTF-8 fails; "undefined" raised UnicodeError (the whole WARC was
    # refused as malformed), "unicode_escape" rewrote the page's text (the six characters \u202e
    # became a right-to-left override)
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = ("<html><head><title>Ferry timetable</title></head><body><p>The ferry to Ystad leaves at nine, "
            "the harbour office said. Caf\u00e9 sign: \\u202e.</p></body></html>").encode("latin-1")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for uri, body, charset in (("https://ferries.example.org/a", page, label), ("https://ferries.example.org/b", b"<p>Plain.</p>", "utf-8")):
        headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "labels.warc"
    path.write_bytes(buf.getvalue())
    got, error = _read_warc_file(path)
    assert error is None
    assert [d.origin for d in got] == ["https://ferries.example.org/a", "https://ferries.example.org/b"]
    first = got[0]
    assert "Caf\u00e9 sign: \\u202e." in first.text and "\u202e" not in first.text
    assert first.encoding not in ("unicode-escape", "raw-unicode-escape", "punycode", "undefined")


def test_a_warc_date_that_is_no_time_is_not_taken_for_the_capture_time(tmp_path):
    # it was stored as the capture's time, and an export of that home could not be imported
    good, _ = _warc_bytes(False, [("https://news.example.org/dispatch/0", _page(0))])
    bad = good.replace(good[good.index(b"WARC-Date: "):good.index(b"\r\n", good.index(b"WARC-Date: "))],
                       b"WARC-Date: <b>the night before</b>", 1)
    for data, expected in ((good, True), (bad, False)):
        path = tmp_path / "dated.warc"
        path.write_bytes(data)
        [doc], error = _read_warc_file(path)
        assert error is None
        assert (doc.captured_at is not None) is expected, doc.captured_at


def test_a_page_padded_past_the_html_bound_is_said_to_be_read_in_part(tmp_path):
    # a 6 MB attribute before the article: the article is looked for in the page's first
    # MAX_HTML_CHARS characters only, so it is cut off; the ingest now says so instead of
    # storing an empty article without a word (session 20)
    from claimgraph.extract import MAX_HTML_CHARS
    from claimgraph.ingest import Ingestor
    from claimgraph.settings import Settings

    article = "<article><p>The ferry crews stopped work on Monday, the harbour office said.</p></article>"
    padded = tmp_path / "padded.html"
    padded.write_text(f'<html><head><title>Ferry strike</title></head><body><div data-x="{"p" * (MAX_HTML_CHARS + 10)}"></div>'
                      f"{article}</body></html>", encoding="utf-8")
    plain = tmp_path / "plain.html"
    plain.write_text(f"<html><head><title>Ferry strike</title></head><body>{article}</body></html>", encoding="utf-8")
    ingestor = Ingestor(Settings.resolve(tmp_path / "home"))
    try:
        report = ingestor.run([str(padded), str(plain)])
    finally:
        ingestor.close()
    assert report.added == 2
    [(origin, note)] = report.notes
    assert origin.endswith("padded.html") and note.startswith("read only in part") and f"{MAX_HTML_CHARS:,}" in note

    # ... and the mark is stored with the document, so the store, `show`, the API and the
    # document page say it after the ingest's own output is gone (session 21)
    from starlette.testclient import TestClient

    from claimgraph.api import create_app
    from claimgraph.cli import main

    settings = Settings.resolve(tmp_path / "home")
    app = create_app(settings)
    with TestClient(app) as client:
        docs = client.get("/api/documents", headers={"host": "127.0.0.1"}).json()["items"]
        by_origin = {d["origin"].rsplit("/", 1)[-1]: d["id"] for d in docs}
        padded_doc = client.get(f"/api/documents/{by_origin['padded.html']}", headers={"host": "127.0.0.1"}).json()
        plain_doc = client.get(f"/api/documents/{by_origin['plain.html']}", headers={"host": "127.0.0.1"}).json()
        assert padded_doc["metadata"]["html_chars_read"] == MAX_HTML_CHARS
        assert "html_chars_read" not in plain_doc["metadata"]
        page = client.get(f"/documents/{by_origin['padded.html']}", headers={"host": "127.0.0.1"}).text
        assert f"read only in part: the article is looked for in the first {MAX_HTML_CHARS:,} of its" in page
        assert "read only in part" not in client.get(f"/documents/{by_origin['plain.html']}", headers={"host": "127.0.0.1"}).text
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--home", str(tmp_path / "home"), "show", str(by_origin["padded.html"])]) == 0
    assert f"html:     read only in part: the article is looked for in the first {MAX_HTML_CHARS:,}" in out.getvalue()
