"""One happening told in English and in Russian or Ukrainian (session 22, issues #13 item 4 and #12 item 1): the
reports share no words, only what means the same in any language (the official's and the town's canonical names),
so an event is compared with a report in another script on those alone (:func:`claimgraph.link.events.language_independent`);
a report of another town, in another script, stays apart. Our own sentences, run through the real extractor and a
real SQLite store (benchmarks/happening_battery.py's runner)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link.events import _beyond_organisation, language_independent, script  # noqa: E402


def _doc(outlet: str, published: str, label: str, sentences: list[str]) -> dict:
    return {"outlet": outlet, "published": published, "sentences": [[label, s] for s in sentences]}


def _placed(scenario: dict) -> dict[int, set]:
    """Each document's claims' happenings (a happening belongs to one event)."""
    ((_s, rows),) = HB.run([scenario])
    out: dict[int, set] = {}
    for r in rows:
        out.setdefault(r["doc"], set()).add(r["pred"])
    return out


def test_an_english_report_joins_the_ukrainian_one_and_a_russian_report_of_another_town_stays_apart():
    # the Ukrainian report is linked first and founds the event; the English one shares its names, not its words
    scenario = {"id": "t22-sumy", "kind": "same", "note": "", "docs": [
        _doc("Сумський Вісник", "2026-11-03", "A", [
            "Керована авіабомба в понеділок влучила в котельню в Сумах, повідомив міський голова Артем Кобзар.",
            "За словами Кобзаря, ніхто не постраждав."]),
        _doc("Northern Ledger", "2026-11-03", "A", [
            "A guided bomb hit a boiler house in Sumy on Monday, the mayor Artem Kobzar said.",
            "Nobody was hurt, Kobzar said."]),
        _doc("Курская Правда", "2026-11-03", "B", [
            "Беспилотник в понедельник упал на склад в Курске, сообщил губернатор Александр Хинштейн.",
            "Пострадавших нет, сказал Хинштейн."]),
    ]}
    placed = _placed(scenario)
    assert set(placed) == {0, 1, 2}
    assert len(placed[0] | placed[1]) == 1, placed   # one happening in Ukrainian and in English
    assert not (placed[2] & (placed[0] | placed[1]))   # another town, in Russian: apart


def test_one_ministry_reporting_two_happenings_in_two_towns_in_two_scripts_does_not_join_them():
    # the same ministry, the same day, another town and another act, in another script: sharing only an organisation
    # (which reports many happenings) is no sign of one event (review of xlang22, M1)
    scenario = {"id": "t22-energy-two-towns", "kind": "apart", "note": "", "docs": [
        _doc("Подільська Хвиля", "2026-10-14", "B", [
            "Через аварію на газопроводі в Дрогобичі без газу залишилися дві тисячі квартир, повідомило Міністерство енергетики України.",
            "За даними міністерства, ремонт триватиме до ранку."]),
        _doc("Eastern Wire", "2026-10-14", "A", [
            "A transformer fire at a substation in Kremenchuk cut power to 40,000 homes, Ukraine's Ministry of Energy said.",
            "Crews restored power to half of the homes by evening, the ministry said."]),
    ]}
    placed = _placed(scenario)
    assert set(placed) == {0, 1}
    assert not (placed[0] & placed[1]), placed   # two happenings in two towns stay apart


def test_the_script_of_a_report_and_its_keys_that_mean_the_same_in_any_language():
    assert script("Ракета влучила в елеватор у Полтаві, повідомив Когут. BBC") == "cyrillic"
    assert script("A missile hit a grain elevator in Poltava, Kohut said (Укрінформ).") == "latin"
    vec = {"p:3": 1.0, "a:7": 2.0, "t:@46.5_33": 0.5, "t:drone": 0.4, "t:depot": 0.3}
    assert language_independent(vec) == {"p:3": 1.0, "a:7": 2.0, "t:@46.5_33": 0.5}
    # the language-independent fit counts only through a shared key that is not an organisation
    assert not _beyond_organisation({"o:5": 1.0, "a:7": 1.0}, {"o:5": 1.0, "p:3": 1.0})
    assert _beyond_organisation({"o:5": 1.0, "a:7": 1.0}, {"o:5": 1.0, "a:7": 1.0})
    assert _beyond_organisation({"t:@46.5_33": 1.0}, {"t:@46.5_33": 1.0, "o:5": 1.0})
