"""Entities in the page's furniture (issue #13): the plain-text reader hands over the lines it
leaves out of the article that carry a name (a byline, a photo credit, a tag line, a "read also"
line, a copyright line), their entities become the document's with mentions that say
``field="page"`` (offsets into the page's whole decoded text), the article's claims are what they
were, menus do not flood, the store keeps the field (and an old store migrates), and the web UI
shows such mentions apart, escaped. Pages, sentences and names are our own, fictional."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from claimgraph.api import create_app
from claimgraph.extract.article import extract_article
from claimgraph.pipeline import AnalysisInput, analyse
from claimgraph.store import Store
from conftest import add_text_document

pytestmark = pytest.mark.both_stores

ARTICLE_EN = (
    "The ferry between Brenvik and Talmor Island will stay shut until Friday, the harbour office said on Monday.\n"
    "Harbour master Idris Falk said the storm had damaged the landing stage and that repairs would take days.\n"
    '"We will not reopen before the inspection is done," Falk said.\n'
)
PAGE_EN = ("Velmont Herald\nHome | World | Business | Sport | Opinion | Weather\n"
           "Storm closes the Brenvik ferry for a week\nBy Marla Quintavalle\n" + ARTICLE_EN
           + "Read also: Corvina Shipping adds a second boat\n© Velmont Herald 2026\n")

ARTICLE_UK = (
    "Переправа між Бренвіком і островом Талмор не працюватиме до п'ятниці, повідомили в портовій службі в понеділок.\n"
    "Начальник порту Ігор Фальченко заявив, що шторм пошкодив причал і ремонт триватиме кілька днів.\n"
    "«Ми не відкриємо переправу до завершення перевірки», — сказав Фальченко.\n"
)
PAGE_UK = ("Новини Велмонта\nШторм закрив переправу до Бренвіка\nАвтор: Марта Квінтенко\n"
           "Фото: Остап Бенедик\n" + ARTICLE_UK + "Теги: Бренвік, Талмор\n")


def _page_mentions(analysis) -> dict[str, list[tuple[str, int, int]]]:
    return {e.name: [(m.text, m.start, m.end) for m in e.mentions if m.field == "page"]
            for e in analysis.extraction.entities if any(m.field == "page" for m in e.mentions)}


@pytest.mark.parametrize("page, author", [(PAGE_EN, "Marla Quintavalle"), (PAGE_UK, "Марта Квінтенко")], ids=["en", "uk"])
def test_the_byline_author_is_an_entity_of_the_page_pointing_into_the_page_text(page, author):
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    found = _page_mentions(a)
    assert author in found
    for name, mentions in found.items():
        for text, start, end in mentions:
            assert page[start:end] == text   # offsets into the page's decoded text, not the body
    assert author not in a.article.body


def test_a_ukrainian_photo_credit_names_a_person_of_the_page():
    (a,) = analyse([AnalysisInput(PAGE_UK, "text")], n_process=1)
    assert "Остап Бенедик" in _page_mentions(a)


def test_the_furniture_changes_no_claim_and_no_body_mention():
    body_only = PAGE_EN.split("By Marla")[0].rsplit("\n", 2)[0] + "\n" + ARTICLE_EN
    (with_furniture, without) = analyse([AnalysisInput(PAGE_EN, "text"), AnalysisInput(body_only, "text")], n_process=1)
    assert [c.to_json() for c in with_furniture.extraction.claims] == [c.to_json() for c in without.extraction.claims]
    assert all(c.speaker != "Marla Quintavalle" for c in with_furniture.extraction.claims)
    body = {(e.name, m.text, m.start, m.end) for e in without.extraction.entities for m in e.mentions}
    assert body <= {(e.name, m.text, m.start, m.end) for e in with_furniture.extraction.entities for m in e.mentions}


def test_a_date_on_a_furniture_line_is_no_entity_of_the_page():
    page = PAGE_EN.replace("By Marla Quintavalle\n", "By Marla Quintavalle, March 3, 2026\n")
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    page_types = {e.type for e in a.extraction.entities for m in e.mentions if m.field == "page"}
    assert "PERSON" in page_types and "DATE" not in page_types


def test_a_menu_line_and_the_headline_are_no_furniture():
    article = extract_article(PAGE_EN, "text")
    lines = [PAGE_EN[s.start:s.end] for s in article.spans["furniture"]]
    assert "By Marla Quintavalle" in lines and "© Velmont Herald 2026" in lines
    assert not any("Home | World" in line or "Storm closes" in line for line in lines)


def test_a_page_without_furniture_hands_over_none():
    article = extract_article(ARTICLE_EN, "text")
    assert "furniture" not in article.spans


def test_the_furniture_is_bounded():
    tags = "".join(f"Tags: Corvina Harbour {i}\n" for i in range(200))
    article = extract_article("Velmont Herald\n" + ARTICLE_EN + tags, "text")
    spans = article.spans["furniture"]
    assert len(spans) <= 40 and sum(s.end - s.start for s in spans) <= 4000


PAGE_HTML = """<html><head><title>Storm closes the Brenvik ferry</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li><li><a href="/b">Business</a></li></ul></nav>
<article><h1>Storm closes the Brenvik ferry for a week</h1>
<div class="byline">By <a rel="author" href="/a/mq">Marla <b>Quintavalle</b></a></div>
<p>The ferry between Brenvik and Talmor Island will stay shut until Friday, the harbour office said on Monday.</p>
<p>Harbour master Idris Falk said the storm had damaged the landing stage and that repairs would take days.</p>
<p>"We will not reopen before the inspection is done," Falk said on Monday evening at the harbour.</p>
</article>
<footer><p>&copy; Velmont Herald 2026</p></footer></body></html>"""


def test_the_html_reader_hands_over_the_byline_with_offsets_into_the_source():
    (a,) = analyse([AnalysisInput(PAGE_HTML, "html")], n_process=1)
    found = _page_mentions(a)
    ((text, start, end),) = found["Marla Quintavalle"]
    # the mention spans the page's characters, markup inside the name included
    assert text == "Marla Quintavalle" and PAGE_HTML[start:end] == "Marla <b>Quintavalle"
    assert not any("Home" in name or "World" in name for name in found)   # the menu is no furniture
    assert [c.speaker for c in a.extraction.claims].count("Marla Quintavalle") == 0


def test_the_html_furniture_is_bounded():
    credits = "".join(f"<p>Photo: Corvina Studio {i}</p>" for i in range(3000))
    article = extract_article(PAGE_HTML.replace("</article>", "</article>" + credits), "html")
    spans = article.spans["furniture"]
    assert 0 < len(spans) <= 40


# -- the store and the web UI ------------------------------------------------------------------

STORE_BODY = "Engineers said the gates held at Kessler Dam."
STORE_PAGE = "By <b>Anya Pell</b>\n" + STORE_BODY


def _saved(store: Store) -> int:
    doc = add_text_document(store, 17, "Gates hold", STORE_PAGE)
    dam = STORE_BODY.index("Kessler Dam")
    entities = [{"name": "Kessler Dam", "type": "FAC", "mentions": [{"text": "Kessler Dam", "start": dam, "end": dam + 11}]},
                {"name": "<b>Anya Pell</b>", "type": "PERSON", "mentions": [
                    {"text": "<b>Anya Pell</b>", "start": 3, "end": 19, "field": "page"}]}]
    store.save_analysis(doc, {"headline": "Gates hold", "body": STORE_BODY, "published": "2026-03-02"}, {"body": []},
                        entities, [], "2026-03-02T00:00:00Z", "t")
    return doc


def test_the_store_keeps_a_page_mention(store):
    doc = _saved(store)
    assert store.entities(doc)[-1] == {"name": "<b>Anya Pell</b>", "type": "PERSON", "mentions": [
        {"text": "<b>Anya Pell</b>", "start": 3, "end": 19, "field": "page"}]}


@pytest.mark.sqlite_only
def test_a_store_from_before_the_page_field_migrates_and_keeps_its_mentions(store, tmp_path):
    doc = add_text_document(store, 18, "Ferry", "Kessel ferry left at dawn.")
    store.conn.execute("INSERT INTO entities(document_id, name, type) VALUES (?, 'Kessel', 'GPE')", (doc,))
    store.conn.execute('INSERT INTO entity_mentions(entity_id, text, start, "end")'
                       " SELECT max(id), 'Kessel', 0, 6 FROM entities WHERE document_id = ?", (doc,))
    # back to the schema of migration 0015: the CHECK knows body and headline only
    store.conn.execute("DROP TABLE entity_mentions")
    store.conn.execute('CREATE TABLE entity_mentions (entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,'
                       ' text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,'
                       " field TEXT NOT NULL DEFAULT 'body' CHECK (field IN ('body', 'headline')), CHECK (\"end\" >= start))")
    store.conn.execute("CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id)")
    store.conn.execute('INSERT INTO entity_mentions(entity_id, text, start, "end")'
                       " SELECT max(id), 'Kessel', 0, 6 FROM entities WHERE document_id = ?", (doc,))
    store.conn.execute("PRAGMA user_version = 15")
    store.conn.commit()
    store.close()
    with Store(tmp_path / "claimgraph.sqlite3") as again:
        assert again.entities(doc) == [{"name": "Kessel", "type": "GPE", "mentions": [{"text": "Kessel", "start": 0, "end": 6}]}]
        assert [r[0] for r in again.conn.execute("SELECT field FROM entity_mentions")] == ["body"]
        _saved(again)   # a page mention is now allowed
        assert "page" in [r[0] for r in again.conn.execute("SELECT field FROM entity_mentions")]


def test_the_web_ui_shows_page_mentions_apart_and_escaped(tmp_path, db):
    from claimgraph.settings import Settings

    settings = Settings.resolve(tmp_path / "home", db)
    with Store(settings.store_location) as store:
        doc = _saved(store)
    text = TestClient(create_app(settings)).get(f"/documents/{doc}").text
    assert "On the page, outside the article" in text
    apart = text[text.index("On the page, outside the article"):]
    assert "&lt;b&gt;Anya Pell&lt;/b&gt;" in apart and "<b>Anya Pell</b>" not in text
    # the entity only the furniture names is not listed among the article's entities
    listed = text[text.index("<h2>Entities</h2>"):text.index("On the page, outside the article")]
    assert "Kessler Dam" in listed and "Anya Pell" not in listed


# Mend (review of furn16): tag lists, separators, the surname join's type, character entities.
ARTICLE_HTML_BODY = "".join(f"<p>{line}</p>" for line in ARTICLE_EN.splitlines())


def _html_page(furniture: str) -> str:
    return ("<html><body><article><h1>Storm closes the Brenvik ferry for a week</h1>" + furniture
            + ARTICLE_HTML_BODY + "</article></body></html>")


def test_a_tag_list_of_links_without_separators_is_no_single_name():
    tags = "<div class='tags'><a href='/t/1'>Tamsin Vorel</a><a href='/t/2'>Sennet</a></div>"
    page = _html_page("").replace("</article>", tags + "</article>")
    (a,) = analyse([AnalysisInput(page, "html")], n_process=1)
    names = list(_page_mentions(a))
    assert not any("Sennet" in name and name != "Sennet" for name in names)
    assert "Tamsin Vorel" in names


def test_a_tag_line_split_by_bars_keeps_its_names_apart_and_as_printed():
    page = PAGE_EN + "Tags: Orlavik | Sennet | Harbour Board of Draumar\n"
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    for name, mentions in _page_mentions(a).items():
        assert "|" not in name and " , " not in name
        for text, start, end in mentions:
            assert "|" not in text and page[start:end] == text


def test_a_furniture_place_is_no_surname_of_a_person_of_the_article():
    article = ("Coach Tamsin Jordan said on Monday that the squad would fly out on Friday.\n"
               '"We are ready," Tamsin Jordan told reporters after training.\n')
    page = "Velmont Herald\nSquad ready to fly\n" + article + "Tags: Jordan, Amman, Middle East\n"
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    person = next(e for e in a.extraction.entities if e.name == "Tamsin Jordan")
    assert all(m.field != "page" for m in person.mentions)


def test_a_character_entity_in_a_byline_is_read_as_its_character():
    page = _html_page("<p class='byline'>By Liam O&#39;Dowd</p>")
    (a,) = analyse([AnalysisInput(page, "html")], n_process=1)
    found = _page_mentions(a)
    assert "Liam O Dowd" not in found
    assert "Liam O'Dowd" in found
    ((text, start, end),) = found["Liam O'Dowd"]
    assert text == "Liam O'Dowd" and page[start:end] == "Liam O&#39;Dowd"


def test_a_page_mention_is_no_alias_and_no_mention_count_of_the_article(store):
    from claimgraph.store.queries import entity_detail, list_entities

    _saved(store)
    assert entity_detail(store, "<b>Anya Pell</b>")["aliases"] == []
    counts = {row["name"]: row["mentions"] for row in list_entities(store).items}
    assert counts["<b>Anya Pell</b>"] == 0 and counts["Kessler Dam"] == 1


def _types(analysis) -> dict[str, str]:
    return {m.text: e.type for e in analysis.extraction.entities for m in e.mentions if m.field == "page"}


@pytest.mark.parametrize("line, name", [
    ("Photo: Xinhua", "Xinhua"),                                           # a known agency
    ("Source: Orlen Wire", "Orlen Wire"),                                  # the line's credited source
], ids=["agency", "source"])
def test_a_credited_agency_or_source_on_a_furniture_line_is_an_organisation(line, name):
    (a,) = analyse([AnalysisInput(PAGE_EN.replace("By Marla Quintavalle\n", line + "\n"), "text")], n_process=1)
    assert _types(a).get(name) == "ORG"


def test_the_copyright_holder_of_the_page_is_an_organisation_and_a_byline_stays_a_person():
    page = PAGE_EN.replace("© Velmont Herald 2026", "© 2026 Velmont Herald. All rights reserved.")
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    types = _types(a)
    assert types.get("Velmont Herald") == "ORG"
    assert types.get("Marla Quintavalle") == "PERSON"


@pytest.mark.parametrize("page, place", [
    # the outlet is named after its city, and its tag line names the city
    ("Leeds Evening Post\n" + PAGE_EN.split("\n", 1)[1].replace("© Velmont Herald 2026", "Tags: Leeds, Sheffield\n"
                                                                "© Leeds Evening Post 2026"), "Leeds"),
    # a "Source:" line credits a body named after a city the tag line names
    (PAGE_EN.replace("© Velmont Herald 2026", "Source: Port of London Authority\nTags: London, Paris\n"
                                              "© Velmont Herald 2026"), "London"),
    ("Москва Сегодня\nШторм закрыл переправу\nАвтор: Мария Шевчук\nПаромная переправа между Бренвиком и островом "
     "Талмор не будет работать до пятницы, сообщили в портовой службе.\nНачальник порта Игорь Фальченко заявил, что "
     "шторм повредил причал.\nТеги: Москва, Петербург\n© Москва Сегодня 2026\n", "Москва"),
], ids=["city-outlet", "city-source", "ru-city-outlet"])
def test_a_tagged_place_inside_the_outlets_name_stays_a_place(page, place):
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    assert _types(a).get(place) in {"GPE", "LOC"}


def test_a_photographers_copyright_line_names_a_person_and_the_outlets_an_organisation():
    page = PAGE_EN.replace("© Velmont Herald 2026", "© Ostap Benedyk\n© Velmont Herald 2026")
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    types = _types(a)
    assert types.get("Ostap Benedyk") == "PERSON"
    assert types.get("Velmont Herald") == "ORG"


@pytest.mark.parametrize("page, written, nominative", [
    (PAGE_UK.replace("Фото: Остап Бенедик\n", "Фото: Олександра Грищенка\n"), "Олександра Грищенка", "Олександр Грищенко"),
    (PAGE_UK.replace("Фото: Остап Бенедик\n", "Текст: Тетяни Ковальчук\n"), "Тетяни Ковальчук", "Тетяна Ковальчук"),
    ("Новости Велмонта\nФото: Марии Шевчук\nПаромная переправа между Бренвиком и островом Талмор не будет работать "
     "до пятницы, сообщили в портовой службе.\nНачальник порта Игорь Фальченко заявил, что шторм повредил причал.\n",
     "Марии Шевчук", "Мария Шевчук"),
], ids=["uk-masculine", "uk-feminine", "ru-feminine"])
def test_an_oblique_name_on_a_cyrillic_label_line_is_named_in_the_nominative_and_kept_as_written(page, written, nominative):
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    named = {m.text: e.name for e in a.extraction.entities for m in e.mentions if m.field == "page"}
    assert named.get(written) == nominative


@pytest.mark.parametrize("line", ["(c) Orsk Valley Courier 2026", "(c) Orsk Valley Courier. All rights reserved.",
                                  "(c) Orsk Valley Courier 2026 - All rights reserved"])
def test_a_copyright_line_names_its_holder_whole_as_one_organisation(line):
    (a,) = analyse([AnalysisInput(PAGE_EN.replace("© Velmont Herald 2026", line), "text")], n_process=1)
    types = _types(a)
    assert types.get("Orsk Valley Courier") == "ORG"
    assert not any("Orsk" in text or "Courier" in text for text in types if text != "Orsk Valley Courier")


def test_a_list_item_marked_c_is_no_copyright_line():
    page = PAGE_EN.replace("© Velmont Herald 2026", "Options: (a) wait, (b) fly, (c) take the Orlen Lines boat\n"
                                                    "© Velmont Herald 2026")
    (a,) = analyse([AnalysisInput(page, "text")], n_process=1)
    types = _types(a)
    assert not any("Orlen" in text for text in types)
    assert types.get("Velmont Herald") == "ORG"


def test_the_entities_only_reader_reads_the_entities_the_claim_extractor_reads():
    from claimgraph.extract.attribution import extract_claims, extract_entities

    def key(entities):
        return [(e.name, e.type, [(m.text, m.start, m.end) for m in e.mentions]) for e in entities]

    text = PAGE_EN + "Photo: Xinhua .\n\nSource: Orlen Wire .\n\nTags: Brenvik, Talmor Island\n"
    found = extract_entities(text)
    assert key(found) == key(extract_claims(text).entities)
    assert {"Marla Quintavalle", "Idris Falk"} <= {e.name for e in found}
