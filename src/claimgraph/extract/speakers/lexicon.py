"""The word lists of English speaker resolution: what kind of source a name is, what a body is
called when not named, and the verbs and nouns that tie a generic speaker to its body. The cue
verbs, roles, titles and body nouns the claim constructions share live in ``extract/cues.py``;
these are the ones only speaker resolution reads.
"""

from __future__ import annotations

from ..cues import EVIDENCE_SUBJECTS, PERSON_ROLES


#: What only people do: the subject of these is a person's name, whatever the tagger said.
_PERSON_ACTS = frozenset({"speak", "meet", "visit", "resign"})

#: Heads of a state's organ that the tagger leaves unnamed after the state ("the Russian defence ministry").
_OWNED_ORGAN_HEADS = frozenset({"ministry"})

#: What a body speaks through: its statements, reports and investigations.
DOCUMENT_NOUNS = EVIDENCE_SUBJECTS | frozenset(
    "statement statements article post communique release letter account accounts paper publication "
    # what a body counts or knows, owned as its documents are ("the ministry's data": lemma "datum")
    "datum information estimate estimates statistic statistics tally count website site".split())

#: The kinds of source a claim's speaker can be.
SPEAKER_TYPES = ("person", "organisation", "state organ", "media outlet", "document", "anonymous source")

#: Last words of an outlet's name, and outlets' own words for themselves.
OUTLET_WORDS = frozenset("""times journal post news herald tribune gazette telegraph guardian daily weekly press
agency wire newspaper outlet broadcaster channel television tv radio magazine media network observer
independent chronicle review bulletin monitor insider bbc cnn reuters afp tass ria interfax ukrinform
bloomberg al-jazeera meduza sputnik xinhua""".split()) | {"news agency", "al jazeera"}

#: What an outlet is called when it is not named again ("the newspaper said").
OUTLET_NOUNS = frozenset("newspaper paper daily outlet broadcaster magazine tabloid publication".split())

#: Wires and outlets usually written without an outlet word.
WIRE_NAMES = frozenset({"AP", "Associated Press", "AFP", "Reuters", "TASS", "RIA Novosti", "Interfax", "Ukrinform",
                        "UNIAN", "Bloomberg", "Xinhua", "Sputnik", "RT", "Meduza", "Al Jazeera", "BBC", "CNN"})

#: Words of a non-state body's name ("Amnesty International", "Human Rights Watch").
BODY_WORDS = frozenset("""international watch foundation fund association society federation initiative project
institution university college academy trust league movement red cross crescent""".split())

#: Words that make a body an organ of a state (its government, forces, services, courts).
STATE_ORGAN_WORDS = frozenset("""ministry ministries government kremlin army navy military forces force police
parliament embassy prosecutor prosecutors staff command presidency cabinet administration authorities
authority guard guards council court ombudsman senate duma rada congress""".split()) | {"white house"}

#: Those who speak for a body without being named: "a spokeswoman for the ministry".
SPOKES_ROLES = frozenset(
    "spokesman spokeswoman spokesperson spokespeople official officials source sources representative "
    "representatives officer officers".split())

#: Words before a name that make it a place: "in X", "near X", "the city of X".
_LOCATIVE = frozenset("in near outside from into across around towards toward via".split())

_PLACE_OF = frozenset("""city town village region district settlement port suburb outskirts parts part areas area
territory territories capital north south east west centre center""".split())

#: What a state has ("Kesmaria’s ombudsman", "Kesmaria’s 41st Rifle Brigade"): its owner is a place.
_STATE_OWNED = frozenset("""ombudsman ministry government parliament capital border borders territory citizens
brigade regiment embassy navy""".split())

#: A name modifying one of these is a place ("the Zarichne checkpoint").
_PLACE_HEADS = frozenset("checkpoint district region village town city oblast raion province crossing".split())

#: A person's job written before their name as a title ("CEO Tim Cook", "Employee Ana Ruiz",
#: "Coach Ivo Marek"): the name is what follows.
_ROLE_PREFIXES = (PERSON_ROLES - {"man", "woman", "source", "sources", "officials", "general", "major"}) | frozenset(
    "ceo cfo coo cto employee clerk teacher coach worker chairperson".split())

_FUNCTION = frozenset("the with of and by a an in on at for to from as".split())

#: Verbs of asking a body, whose object a following "it has yet to comment" stands for.
_ASKING = frozenset("ask contact approach reach call email message query request".split())

_RELEASE_LEMMAS = frozenset("release publish issue put post".split())

#: Verbs by which a body puts out a document of its own ("published a blog post", "sent a letter").
_SENDING_LEMMAS = _RELEASE_LEMMAS | frozenset("send write".split())

#: "data kept by X", "footage released by X": X owns what it put out or holds; not "data reviewed
#: (seen, obtained) by X", which a reporter does to someone else's data.
_OWNING_LEMMAS = _RELEASE_LEMMAS | frozenset("provide collect compile keep receive gather produce share present".split())
#: Verbs whose agent wrote a document ("a report released / written / compiled on Friday by X"), not
#: one who only holds or passes it on ("received", "shared", "obtained", "sent").
_AUTHORING_LEMMAS = frozenset("release publish issue write compile prepare produce draft author present".split())

#: Nouns that count the ones speaking ("a number of channels", "a handful of residents").
_QUANTITY_HEADS = frozenset("number handful couple majority minority host dozen dozens hundreds series".split())

#: A body's office that speaks for it when "press" comes before ("the army's press service").
_PRESS_OFFICES = frozenset("service office centre center team department".split())

#: Words for any body at all: a bare "the organization" can only mean the one just named.
_GENERIC_BODY = frozenset("organization organisation group body institution company firm agency label".split())

#: The kinds of body a generic noun names ("the label" is a record label), with words of their names.
_BODY_KIND_OF = {"label": "label", "company": "company", "firm": "company", "agency": "agency"}

_BODY_KINDS = {
    "label": frozenset("records record recordings music label labels entertainment sound".split()),
    "company": frozenset("""company companies inc corp corporation co ltd llc plc holdings industries enterprises
    bank airlines airways motors steel energy technologies labs systems partners capital brands firm""".split()),
    "agency": frozenset("""agency police department service bureau administration authority office commission
    directorate inspectorate guard patrol""".split()),
}

#: Words of a body that is not a company ("Kelm Artists Guild", "Kelm Workers Union").
_OTHER_BODY_WORDS = _BODY_KINDS["agency"] | frozenset("""guild union association society federation league council
committee parliament court ministry government church university college school hospital army navy party coalition
alliance embassy mission institute foundation trust charity club""".split())

#: The people who run a body: "Company management", "Zelmora executives" speak for it.
_BODY_MEMBERS = frozenset("leader leadership management executive".split())

#: People whose findings are their body's: "the researchers", "the investigators", "the authors".
_WORK_OF_BODY = frozenset("researcher investigator author".split())

#: Roles held in someone's service: "an aide to X", "an adviser to X", "a spokesman for X".
_SERVING_ROLES = frozenset({"aide", "adviser", "advisor", "assistant", "deputy", "spokesman", "spokeswoman",
                            "spokesperson", "secretary", "envoy", "representative", "lawyer", "attorney"})

#: Capitalised titles and role words before a name that the cue lists lack ("Germany Chancellor X").
_MORE_TITLES = frozenset("chancellor premier king queen prince princess pope emir sheikh sultan ayatollah "
                         "commissioner ombudsman patriarch archbishop bishop foreign defence defense".split())

_COMPANY_SUFFIXES = frozenset({"technologies", "technology", "inc", "ltd", "llc", "plc", "corp", "corporation", "co",
                               "gmbh", "ag", "sa", "labs", "holdings", "group"})

#: Words of a facility's kind, which name no one facility without the name before them.
_FACILITY_KIND = frozenset("hydroelectric hydro power plant station nuclear thermal heating railway airport "
                           "water treatment".split())

#: Common nouns that describe a body and stand for it when it is not named again ("the rights group
#: Lantern Watch … the rights group said", "the newspaper X … the paper said"): a name set beside one
#: is remembered under it (``Mentions._described_bodies``).
DESCRIBING_NOUNS = frozenset("""group watchdog monitor newspaper paper daily broadcaster outlet agency company firm
organisation organization charity tank magazine tabloid channel network ngo""".split())

#: Nouns of one thing: "the paper" is the newspaper the page described, "the daily" too.
DESCRIBING_KIN = {"paper": ("paper", "newspaper", "daily"), "newspaper": ("newspaper", "paper", "daily"),
                  "daily": ("daily", "newspaper", "paper"), "organisation": ("organisation", "organization"),
                  "organization": ("organization", "organisation"), "firm": ("firm", "company"),
                  "company": ("company", "firm")}

#: The spokespeople of a body: "a police spokesman", "a spokesperson for the army" speak for it.
SPOKES_PEOPLE = frozenset("spokesman spokeswoman spokesperson".split())

#: Bodies of a place: a police force, a council, a court serve one city or region, so "a police
#: spokesman" in a clause that names another place is not that of "Police in Ostrim".
PLACE_BOUND_KINDS = frozenset("""police council administration court prosecutor prosecutors authority authorities
department service mayor""".split())
