"""Reading a Telegram Desktop export incrementally: the same documents as a whole-file parse,
chunk boundaries anywhere (inside a multi-byte character, inside an escape), the same errors,
and memory bounded by one message rather than by the file.

Every channel and message here is invented.
"""

from __future__ import annotations

import json
import random
import tracemalloc

import pytest

from claimgraph.settings import Settings
from claimgraph.sources import InputFile, open_input
from claimgraph.sources.base import Rejection, SourceDocument, SourceError
from claimgraph.sources.telegram import looks_like_telegram, read_telegram

CHANNEL = {"name": "Invented Valley Watch", "type": "public_channel", "id": 4242}
WORDS = ("convoy", "bridge", "river", "officials", "said", "alert", "lifted", "Зарічне", "обстріл",
         "повідомили", "münze", "✅", "🚀", "𝔘")


def _message(rnd: random.Random, i: int):
    kind = i % 9
    if kind == 0:
        return {"id": i, "type": "service", "date": "2024-05-01T10:00:00", "action": "pin_message", "text": ""}
    if kind == 1:
        return {"id": i, "type": "message", "date": "2024-05-01T10:00:00", "photo": f"photos/photo_{i}.jpg", "text": ""}
    words = " ".join(rnd.choices(WORDS, k=rnd.randint(1, 25)))
    if kind == 2:
        return {"id": i, "type": "message", "date": "2024-05-01T11:00:00", "forwarded_from": "Invented Regional Office",
                "text": [{"type": "bold", "text": "UPDATE"}, f' He said \\"{words}\\" and left \\\\ "',
                         {"type": "text_link", "text": "here", "href": f"https://example.org/{i}"}],
                "text_entities": [{"type": "bold", "text": "UPDATE"}]}
    if kind == 3:
        return {"id": i, "type": "message", "date": "2024-05-01T12:00:00", "text": f"{words} {{not json}} [1, 2] \\u0022",
                "nested": {"a": [[{"b": "}"}], "]"], "n": -1.5e3, "t": True, "z": None}}
    return {"id": i, "type": "message", "date": "2024-05-01T09:00:00", "author": "Duty editor", "text": words}


def _export(n: int, seed: int = 7, channel_after: bool = False, extra: list | None = None) -> dict:
    rnd = random.Random(seed)
    messages = [_message(rnd, i) for i in range(1, n + 1)] + (extra or [])
    if channel_after:
        return {"messages": messages, **CHANNEL}
    return {**CHANNEL, "messages": messages}


def _write(path, export: dict, indent=1, bom: bool = False) -> bytes:
    data = json.dumps(export, ensure_ascii=False, indent=indent).encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return data


def _expected(data: bytes, origin: str) -> list[tuple]:
    """What a whole-file parse gives: (origin, canonical bytes, text) of each message with text."""
    export = json.loads(data.decode("utf-8-sig"))
    channel = {"name": export.get("name"), "id": export.get("id"), "type": export.get("type")}
    out = []
    for index, m in enumerate(export["messages"]):
        if not isinstance(m, dict):
            out.append((f"{origin}#{index}", "message is not a JSON object"))
            continue
        if m.get("type", "message") != "message":
            continue
        text = m["text"] if isinstance(m["text"], str) else "".join(p if isinstance(p, str) else p["text"] for p in m["text"])
        if not text.strip():
            continue
        raw = json.dumps({"channel": channel, "message": m}, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
        out.append((f"{origin}#message={m['id']}", raw, text.strip()))
    return out


def _got(items) -> list[tuple]:
    return [(d.origin, d.raw, d.text) if isinstance(d, SourceDocument) else (d.origin, d.reason) for d in items]


def test_a_few_thousand_messages_read_incrementally_equal_a_whole_file_parse(tmp_path):
    path = tmp_path / "result.json"
    data = _write(path, _export(3000, extra=[17, "not a message"]))
    expected = _expected(data, "x/result.json")
    assert len(expected) > 2000
    assert any(len(e) == 2 for e in expected)  # the two non-object messages are rejected, one line each
    for chunk in (7, 1000, 4096, 1 << 20):
        assert _got(read_telegram(path, "x/result.json", chunk_size=chunk)) == expected, chunk
    # The same through the real call site, with the bounds from the settings.
    opened = open_input(InputFile(path, "x/result.json"), Settings(home=tmp_path / "home"))
    assert opened.kind == "telegram" and opened.container_media_type == "application/json"
    docs = list(opened.documents)
    assert _got(docs) == expected
    first = next(d for d in docs if isinstance(d, SourceDocument))
    assert first.metadata["channel"] == CHANNEL["name"] and first.metadata["channel_id"] == CHANNEL["id"]
    # An open binary file and bytes are read the same way.
    with open(path, "rb") as fh:
        assert _got(read_telegram(fh, "x/result.json", chunk_size=4096)) == expected
        assert not fh.closed
    assert _got(read_telegram(data, "x/result.json")) == expected


def test_every_chunk_size_splits_characters_and_escapes_the_same_way(tmp_path):
    path = tmp_path / "result.json"
    data = _write(path, _export(12), indent=None)
    expected = _expected(data, "r")
    # A chunk boundary inside a four-byte character, inside a two-byte one, and right after a
    # backslash inside a string (before the quote it escapes).
    emoji = data.index("🚀".encode())
    cyrillic = data.index("З".encode())
    backslash = data.index(b'\\"')
    for chunk in (emoji + 2, cyrillic + 1, backslash + 1, *range(1, 64)):
        assert _got(read_telegram(path, "r", chunk_size=chunk)) == expected, chunk


def test_byte_order_mark(tmp_path):
    path = tmp_path / "result.json"
    data = _write(path, _export(40), bom=True)
    assert looks_like_telegram(data[:65536])
    expected = _expected(data, "r")
    for chunk in (1, 2, 3, 4, 1 << 20):
        assert _got(read_telegram(path, "r", chunk_size=chunk)) == expected
    assert _got(open_input(InputFile(path, "r"), Settings(home=tmp_path / "home")).documents) == expected


def test_channel_fields_after_the_messages(tmp_path):
    path = tmp_path / "result.json"
    data = _write(path, _export(30, channel_after=True))
    assert data.rstrip().endswith(b'"id": 4242\n}')
    docs = [d for d in read_telegram(path, "r", chunk_size=64) if isinstance(d, SourceDocument)]
    assert docs and all(d.metadata["channel"] == CHANNEL["name"] and d.metadata["channel_id"] == 4242 for d in docs)
    before = [d for d in read_telegram(_write(tmp_path / "b.json", _export(30)), "r") if isinstance(d, SourceDocument)]
    assert [d.raw for d in docs] == [d.raw for d in before]  # same bytes, same SHA-256s


def _json_error(text: str) -> str | None:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return f"malformed or truncated JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
    return None


def test_a_file_cut_anywhere_is_refused_with_the_whole_parse_message(tmp_path):
    text = json.dumps(_export(6), ensure_ascii=False, indent=1)
    path = tmp_path / "result.json"
    for cut in range(0, len(text) - 2):
        path.write_bytes(text[:cut].encode("utf-8"))
        want = _json_error(text[:cut])
        for chunk in (5, 1 << 20):
            with pytest.raises(SourceError) as err:
                read_telegram(path, "r", chunk_size=chunk)  # refused before any message is given
            assert str(err.value) == want, (cut, chunk)


def test_truncated_mid_message_yields_nothing(tmp_path):
    data = json.dumps(_export(200), ensure_ascii=False, indent=1).encode()
    cut = data.index(b'"id": 150')
    path = tmp_path / "result.json"
    path.write_bytes(data[:cut])
    with pytest.raises(SourceError, match=r"^malformed or truncated JSON at line \d+ column \d+: "):
        read_telegram(path, "r")


def test_malformed_json_inside_a_message_and_after_the_end(tmp_path):
    path = tmp_path / "result.json"
    good = json.dumps(_export(20), indent=1)
    bad = good.replace('"id": 15,', '"id": 15 "oops": 1,')
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(SourceError) as err:
        read_telegram(path, "r", chunk_size=3)
    assert str(err.value) == _json_error(bad)
    path.write_text(good + "\n{}", encoding="utf-8")
    with pytest.raises(SourceError, match="Extra data"):
        read_telegram(path, "r")


@pytest.mark.parametrize("body", [
    b'{"name": "c", "messages": {"1": {"id": 1, "text": "hi"}}}',
    b'{"name": "c", "messages": "none"}',
    b'{"name": "c", "messages": [{"id": 1, "text": "hi"}], "messages": null}',
    b'{"name": "c", "chats": [], "note": "messages"}',
    b'[{"messages": []}]',
])
def test_messages_not_a_list_is_not_an_export(tmp_path, body):
    path = tmp_path / "result.json"
    path.write_bytes(body)
    with pytest.raises(SourceError, match=r"^JSON without a 'messages' list: not a Telegram Desktop export$"):
        read_telegram(path, "r")


def test_a_repeated_messages_key_counts_once_as_for_a_whole_parse(tmp_path):
    path = tmp_path / "result.json"
    path.write_bytes(b'{"name": "c", "messages": [{"id": 1, "text": "first list"}], "messages": [{"id": 2, "text": "second list"}]}')
    assert [d.text for d in read_telegram(path, "r")] == ["second list"]


def test_not_utf8_and_too_deep(tmp_path):
    path = tmp_path / "result.json"
    path.write_bytes(b'{"name": "c", "messages": [{"id": 1, "text": "caf\xe9"}]}')
    with pytest.raises(SourceError, match=r"^Telegram export is not UTF-8: invalid continuation byte near byte "):
        read_telegram(path, "r", chunk_size=4)
    path.write_bytes(b'{"name": "x", "messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    with pytest.raises(SourceError, match="JSON nested too deeply to read"):
        read_telegram(path, "r")


def test_a_message_over_the_bound_is_rejected_without_being_buffered(tmp_path):
    huge = {"id": 2, "type": "message", "text": "Зарічне " * 700_000}  # ~10 MB of JSON, one message
    export = {**CHANNEL, "messages": [{"id": 1, "text": "before"}, huge, {"id": 3, "text": "after"}]}
    path = tmp_path / "result.json"
    _write(path, export)
    tracemalloc.start()
    try:
        items = list(read_telegram(path, "r", max_bytes=100_000, chunk_size=64 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert _got(items)[0][0] == "r#message=1" and _got(items)[2][0] == "r#message=3"
    assert isinstance(items[1], Rejection)
    assert (items[1].origin, items[1].reason) == ("r#1", "message larger than the size limit of 100,000 bytes")
    assert peak < 3_000_000, peak  # a few chunks, never the 10 MB message
    # Through the real call site, the bound is the settings' max_bytes.
    rej = [d for d in open_input(InputFile(path, "r"), Settings(home=tmp_path / "h", max_bytes=100_000)).documents
           if isinstance(d, Rejection)]
    assert [r.origin for r in rej] == ["r#1"]
    # Over the bound though already all read (a chunk larger than the bound): rejected alike.
    _write(path, {**CHANNEL, "messages": [{"id": 8, "text": "y" * 5000}, {"id": 9, "text": "ok"}]})
    assert _got(read_telegram(path, "r", max_bytes=1000)) == [
        ("r#0", "message larger than the size limit of 1,000 bytes"), *_expected(path.read_bytes(), "r")[1:]]
    # Its canonical bytes counted too: under the bound in the file, over it once serialised
    # with the channel, still rejected.
    small = {**CHANNEL, "messages": [{"id": 9, "text": "x" * 1000}]}
    _write(path, small, indent=None)
    assert _got(read_telegram(path, "r", max_bytes=1030)) == [("r#message=9", "message larger than the size limit of 1,030 bytes")]


def test_the_container_bound_is_enforced_while_reading(tmp_path):
    path = tmp_path / "result.json"
    data = _write(path, _export(100))
    with pytest.raises(SourceError, match=f"^larger than the size limit of {len(data) - 1:,} bytes$"):
        read_telegram(path, "r", max_container_bytes=len(data) - 1, chunk_size=1000)
    assert len(list(read_telegram(path, "r", max_container_bytes=len(data)))) > 0


def test_a_message_whose_text_has_the_wrong_shape_is_rejected_aloud(tmp_path):
    # Telegram writes text as a string or a list of strings and entity objects. A number, an
    # object, or a list holding a number was dropped without a word (or the number lost from the
    # text); each such message is now refused on its own line, and the others are read on.
    path = tmp_path / "result.json"
    _write(path, {**CHANNEL, "messages": [
        {"id": 1, "type": "message", "text": 5},
        {"id": 2, "type": "message", "text": {"a": "b"}},
        {"id": 3, "type": "message", "text": ["Mayor ", 7, {"type": "bold", "text": "Ilse Marr"}, " spoke."]},
        {"id": 4, "type": "message", "text": ["Mayor ", {"type": "bold", "text": "Ilse Marr"}, " said the bridge was shut."]},
        {"id": 5, "type": "message", "text": ""},                       # counter-cases: no text, media only,
        {"id": 6, "type": "message", "photo": "photos/6.jpg"},          # a service message: skipped silently
        {"id": 7, "type": "service", "action": "pin_message", "text": 9},
    ]})
    got = _got(read_telegram(path, "r", max_bytes=100_000))
    assert [g[0] for g in got] == ["r#message=1", "r#message=2", "r#message=3", "r#message=4"]
    for origin, reason in got[:3]:
        assert reason.startswith("message text is not a string or a list of strings and entities"), (origin, reason)
    assert got[3][2] == "Mayor Ilse Marr said the bridge was shut."


def test_a_message_date_that_is_no_time_is_not_its_capture_time(tmp_path):
    # the date was taken as the capture time whatever it said; an export of that home could then
    # not be imported (session 20). The metadata keeps what the export said.
    path = tmp_path / "result.json"
    _write(path, {**CHANNEL, "messages": [
        {"id": 1, "type": "message", "date": "2026-03-04T05:06:07", "text": "The ferry left on time, the harbour office said."},
        {"id": 2, "type": "message", "date": "<b>teatime</b>", "text": "The ferry was late, the harbour office said."},
        {"id": 3, "type": "message", "date": 1700000000, "text": "The ferry was early, the harbour office said."},
    ]})
    docs = [d for d in read_telegram(path, "r", max_bytes=100_000) if isinstance(d, SourceDocument)]
    assert [d.captured_at for d in docs] == ["2026-03-04T05:06:07", None, None]
    assert docs[1].metadata["date"] == "<b>teatime</b>"
