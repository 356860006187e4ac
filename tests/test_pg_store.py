"""What is particular to the PostgreSQL store: its migrations mirror SQLite's, a new store opened
by several processes at once is migrated once, and search folds Cyrillic as the SQLite index does."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimgraph.store import Store, migrate
from conftest import add_text_document

pytestmark = pytest.mark.both_stores


def test_both_dialects_have_the_same_migration_numbers():
    sqlite = [n for n, _ in migrate.available("sqlite")]
    postgresql = [n for n, _ in migrate.available("postgresql")]
    assert sqlite == postgresql
    assert sqlite == list(range(1, len(sqlite) + 1))   # numbered without gaps


def test_a_new_store_opened_by_several_processes_at_once_is_migrated_once(pg_server):
    url = pg_server.new_database()   # empty: no template, no schema yet
    try:
        code = f"from claimgraph.store import Store; Store({url!r}).close()"
        procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(4)]
        for p in procs:
            _, err = p.communicate(timeout=300)
            assert p.returncode == 0, err.decode()[-1500:]
        with Store(url) as store:
            versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_version ORDER BY version")]
            assert versions == [n for n, _ in migrate.available("postgresql")]
    finally:
        pg_server.drop_database(url)


def test_search_folds_cyrillic_letters_and_apostrophes_alike_on_both_stores(store):
    yolka = add_text_document(store, 1, "Новини", "У пʼятницю ввечері в Їржавці ставили ялинку, а ёлку привезли пізніше.")
    garden = add_text_document(store, 2, "Сад", "Ґанок біля саду пофарбували в неділю.")
    other = add_text_document(store, 3, "Weather", "The weather in Tarnov stayed dry on Sunday.")
    assert [h.id for h in store.search("елку")] == [yolka]       # ё in the text, е in the query
    assert [h.id for h in store.search("ёлку")] == [yolka]
    assert [h.id for h in store.search("іржавці")] == [yolka]    # ї folded to і, and case
    assert [h.id for h in store.search("п'ятницю")] == [yolka]   # ʼ and ' separate words alike
    assert [h.id for h in store.search("ганок")] == [garden]     # ґ folded to г
    assert [h.id for h in store.search("tarnov")] == [other]
    assert {h.id for h in store.search("неділю OR sunday")} == {garden, other}
    assert [h.id for h in store.search("tarn*")] == [other]     # a prefix
    assert store.search("зебра") == []
    hit = store.search("ялинку")[0]
    assert "[ялинку]" in hit.snippet


def test_a_query_typed_with_combining_marks_finds_the_composed_letters_on_both_stores(store):
    # "й" typed (or pasted from a PDF) as и + U+0306: the index holds the composed letter, and the
    # tokenizer strips the lone mark, so the query searched "иому" and missed (session 21).
    import unicodedata

    from claimgraph.store import queries as Q

    said = add_text_document(store, 1, "Новини", "Мер заявив, що йому відомо про вибух у Києві.")
    decomposed = unicodedata.normalize("NFD", "йому")
    assert decomposed != "йому"
    assert [h.id for h in store.search(decomposed)] == [said]
    assert [h.id for h in Q.search(store, decomposed)] == [said]
    assert [h.id for h in Q.search(store, unicodedata.normalize("NFD", "Києві вибух"))] == [said]


def test_a_prefix_search_on_a_word_with_an_apostrophe_keeps_its_prefix_on_both_stores(store):
    # "п'ятниц*": FTS5 cannot read the apostrophe bare, so the query was searched again in quotes,
    # where the star is no operator: a prefix turned into a whole word, and nothing matched.
    friday = add_text_document(store, 1, "Новини", "У пʼятницю ввечері в Їржавці ставили ялинку.")
    other = add_text_document(store, 2, "Weather", "The weather in Tarnov stayed dry on O'Brien's farm.")
    assert [h.id for h in store.search("п'ятниц*")] == [friday]
    assert [h.id for h in store.search("Їржав* п'ятниц*")] == [friday]
    assert [h.id for h in store.search("O'Bri*")] == [other]
    assert store.search("п'ятницю*x") == []      # counter-case: a star inside a word is no prefix
    assert store.search("п'ятниця") == []        # and a whole word stays whole
    from claimgraph.store import queries as Q    # the API's and the web UI's search, alike

    assert [h.id for h in Q.search(store, "п'ятниц*")] == [friday]
    assert [h.id for h in Q.search(store, "O'Bri*")] == [other]


# -- migration 0014: the claims filters' indexes and claim_mentions -------------------------------

# (and of 0015, after it: entity_mentions.field)
_UNDO_0014 = {
    "sqlite": ["DROP TABLE claim_mentions", "DROP INDEX claims_speaker_kind", "DROP INDEX claims_kind_stance",
               "ALTER TABLE entity_mentions DROP COLUMN field", "PRAGMA user_version = 13"],
    "postgresql": ["DROP TABLE claim_mentions", "DROP INDEX claims_speaker_kind", "DROP INDEX claims_kind_stance",
                   "DROP INDEX claims_speaker_id", "CREATE INDEX claims_speaker ON claims(speaker)",
                   "ALTER TABLE entity_mentions DROP COLUMN field", "DELETE FROM schema_version WHERE version >= 14"],
}


def _analysed(store: Store) -> tuple[int, list[int]]:
    body = ("Lida Moravec said the ferry to Kessel left at dawn. "
            "Officials in Kessel denied that any ferry sailed. "
            "Tomas Brenn said nothing about Lida Moravec.")
    doc = add_text_document(store, 14, "Ferry", body)

    def span(text: str, after: int = 0) -> dict:
        start = body.index(text, after)
        return {"text": text, "start": start, "end": start + len(text)}

    kessel_2 = body.index("Kessel", body.index("Officials"))
    entities = [
        {"name": "Lida Moravec", "type": "PERSON", "mentions": [span("Lida Moravec"), span("Lida Moravec", 60)]},
        {"name": "Kessel", "type": "GPE", "mentions": [span("Kessel"), span("Kessel", kessel_2)]},
        {"name": "Tomas Brenn", "type": "PERSON", "mentions": [span("Tomas Brenn")]},
    ]
    quoted = [("the ferry to Kessel left at dawn", "Lida Moravec", "direct", "asserts"),
              ("that any ferry sailed", "Officials in Kessel", "indirect", "denies"),
              ("nothing about Lida Moravec", "Tomas Brenn", "direct", None)]
    claims = [{"content": text, "start": body.index(text), "end": body.index(text) + len(text), "speaker": who,
               "speaker_text": who, "cue": "said", "kind": kind, "stance": stance, "evidence": []}
              for text, who, kind, stance in quoted]
    store.save_analysis(doc, {"headline": "Ferry", "body": body, "published": "2026-03-02"}, {"body": []}, entities, claims,
                        "2026-03-02T00:00:00Z", "t")
    ids = [r[0] for r in store.conn.execute("SELECT id FROM claims WHERE document_id = ? ORDER BY ordinal", (doc,))]
    return doc, ids


def _filtered(store: Store) -> dict[str, list[int]]:
    from claimgraph.store import queries as Q

    def walk(f: Q.ClaimFilters, limit: int) -> list[int]:
        ids, cursor = [], None
        while True:
            page = Q.claims_page(store, f, cursor, limit)
            ids += [c.id for c in page.items]
            if page.next_cursor is None:
                return ids
            cursor = page.next_cursor

    shapes = {"entity Kessel": Q.ClaimFilters(entity="Kessel"), "entity Lida": Q.ClaimFilters(entity="Lida Moravec"),
              "entity Lida + direct": Q.ClaimFilters(entity="Lida Moravec", kind="direct"),
              "speaker + kind": Q.ClaimFilters(speaker="Tomas Brenn", kind="direct"),
              "speaker + dates": Q.ClaimFilters(speaker="Lida Moravec", date_from="2026-03-01", date_to="2026-03-02"),
              "kind + stance + dates": Q.ClaimFilters(kind="indirect", stance="denies", date_from="2026-03-02", date_to="2026-03-31")}
    return {f"{name}, {limit} a page": walk(f, limit) for name, f in shapes.items() for limit in (1, 50)}


def test_migration_0014_on_a_store_with_claims_gives_the_rows_and_pages_that_saving_does(store, db, tmp_path):
    doc, (ferry, denial, nothing) = _analysed(store)
    mentions = sorted(tuple(r) for r in store.conn.execute("SELECT claim_id, name FROM claim_mentions"))
    # the mentions inside a claim's own span, not the speaker's name before it
    assert mentions == sorted([(ferry, "Kessel"), (nothing, "Lida Moravec")])
    pages = _filtered(store)
    assert pages["entity Kessel, 1 a page"] == [ferry]                    # "Officials in Kessel" is outside the span
    assert pages["entity Lida, 1 a page"] == [ferry, nothing]            # her claim, and one about her
    assert pages["entity Lida + direct, 50 a page"] == [ferry, nothing]
    assert pages["speaker + kind, 1 a page"] == [nothing]
    assert pages["speaker + dates, 50 a page"] == [ferry]
    assert pages["kind + stance + dates, 1 a page"] == [denial]
    # The same store as it was before 0014 (its objects dropped, its version set back), opened
    # again: the migration fills claim_mentions from the rows already there.
    for statement in _UNDO_0014[store.dialect]:
        store.conn.execute(statement)
    store.close()
    with Store(db or tmp_path / "claimgraph.sqlite3") as again:
        assert sorted(tuple(r) for r in again.conn.execute("SELECT claim_id, name FROM claim_mentions")) == mentions
        assert _filtered(again) == pages
        # a new analysis of the document replaces its claims and their mentions
        _, new_ids = _analysed_again(again, doc)
        assert sorted(tuple(r) for r in again.conn.execute("SELECT claim_id, name FROM claim_mentions")) == \
            sorted([(new_ids[0], "Kessel")])


def _analysed_again(store: Store, doc: int) -> tuple[int, list[int]]:
    body = store.conn.execute("SELECT body FROM documents WHERE id = ?", (doc,)).fetchone()[0]
    text = "the ferry to Kessel left at dawn"
    start = body.index(text)
    kessel = body.index("Kessel")
    store.save_analysis(doc, {"headline": "Ferry", "body": body, "published": "2026-03-02"}, {"body": []},
                        [{"name": "Kessel", "type": "GPE", "mentions": [{"text": "Kessel", "start": kessel, "end": kessel + 6}]}],
                        [{"content": text, "start": start, "end": start + len(text), "speaker": "Lida Moravec", "kind": "direct"}],
                        "2026-03-03T00:00:00Z", "t")
    return doc, [r[0] for r in store.conn.execute("SELECT id FROM claims WHERE document_id = ? ORDER BY ordinal", (doc,))]
