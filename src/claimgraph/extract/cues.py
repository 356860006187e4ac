"""Lexicons for attribution: cue verbs, role nouns, anonymity markers, no-comment phrases.

Kept as plain Python sets (lemmas, lower case) so a reader sees in one place what the extractor
treats as a speech cue. The lists are general news-attribution vocabulary, not words picked from
any one article.
"""

from __future__ import annotations

import re

#: Verbs that introduce reported speech or an attributed position (lemmas).
SPEECH_VERBS = frozenset(
    """
    say tell claim allege insist deny warn add state write post tweet announce argue assert
    confirm disclose explain note report acknowledge admit stress emphasize emphasise recount
    assure describe suggest contend maintain declare reveal repeat reiterate testify mention
    complain concede boast predict promise vow pledge threaten accuse charge demand urge
    respond reply answer counter retort remark observe comment estimate caution underline
    underscore highlight point indicate conclude believe think say recall agree disagree
    dispute reject dismiss refute question doubt wonder ask hint signal acknowledge characterize
    characterise identify brand label call announce affirm allege complain lament inform
    brief notify quote cite show find deem fear blame discover
    joke vow mention tout continue read blast slam criticize criticise praise speculate recommend propose
    quip exclaim bark yell shout scream snap muse whisper marvel gush chant
    reiterate concede rip knock lash slam hail condemn decry dismiss acknowledge allege
    """.split()
)

#: Verbs whose nominal object can itself be the claim ("denied the allegations",
#: "identified X as Y", "urges the community to act"). Others need a clause.
OBJECT_VERBS = frozenset(
    """
    deny confirm acknowledge admit announce reveal highlight emphasize emphasise underscore
    stress urge accuse blame identify characterize characterise describe label brand call dispute
    reject dismiss refute question report criticize criticise praise blast slam tout mention
    condemn decry hail rip knock estimate
    """.split()
)

#: Object verbs whose object is a claim only with an "as" phrase or a predicate
#: ("described him as a traitor"), not on their own ("described the scene").
NEEDS_AS = frozenset("identify characterize characterise describe label brand call".split())

#: Verbs that report what evidence shows rather than what someone says: with an evidence noun
#: as subject they make an ``according_to`` claim ("the footage shows", "X's report found").
SHOW_VERBS = frozenset("show find reveal indicate suggest demonstrate prove confirm conclude discover establish".split())

#: Nouns naming evidence that can stand as the source of a claim.
EVIDENCE_SUBJECTS = frozenset(
    """
    report study footage video clip image images photo photograph picture analysis investigation
    survey research data figure figures document documents record records assessment review
    inquiry probe audit recording recordings intercept satellite imagery evidence findings poll
    """.split()
)

#: Verbs by which an organisation puts out evidence ("released a video showing ...").
RELEASE_VERBS = frozenset(
    "release share publish post issue circulate air broadcast author write produce compile commission".split()
)

#: Cues that make the claim a denial or a question.
DENY_CUES = frozenset("deny reject dismiss refute rebut dispute contradict".split())
QUESTION_CUES = frozenset("question doubt ask wonder query challenge".split())

#: Nouns for organisations (a speaker headed by one of these is resolved to an ORG).
ORG_NOUNS = frozenset(
    """
    ministry ministries agency army military government office administration authority
    authorities service services police command commander headquarters department directorate
    council committee parliament court prosecutor prosecutors embassy mission force forces
    navy brigade regiment battalion unit staff kremlin company firm group organization
    organisation institute centre center channel newspaper daily outlet network broadcaster
    agency intelligence spokesperson administration coalition alliance party union bureau commission
    """.split()
)

#: Person role nouns; with no name in the subject, these are resolved through appositions.
PERSON_ROLES = frozenset(
    """
    official officials spokesman spokeswoman spokesperson minister president prime leader
    commander general colonel major captain lieutenant sergeant soldier pilot officer chief head
    director governor mayor ambassador diplomat envoy analyst expert researcher fellow professor
    witness resident survivor doctor nurse medic volunteer journalist reporter correspondent
    editor lawyer attorney prosecutor judge senator lawmaker deputy adviser advisor aide
    secretary chairman chairwoman founder defector man woman mother father son daughter
    brother sister wife husband source sources activist negotiator mediator candidate executive manager owner
    """.split()
)

PERSON_PRONOUNS = frozenset("he him she her".split())
FIRST_PERSON = frozenset("i me we us".split())
ORG_PRONOUNS = frozenset("it they them".split())

#: Honorifics and titles stripped from a name before it is used as the canonical form.
TITLES = frozenset(
    """
    mr mrs ms miss dr prof president gen general col colonel lt maj major capt captain sgt
    minister secretary senator sen rep gov governor mayor judge sir lord lady
    admiral rear vice sergeant corporal marshal lieutenant brigadier commodore ambassador speaker
    """.split()
)

#: Titles that give a person's gender ("he" cannot be "Ms X", nor "she" "Mr X").
HIS_TITLES = frozenset({"mr", "sir", "lord"})
HER_TITLES = frozenset({"ms", "mrs", "miss", "madam", "dame", "lady"})

#: Markers that a source is deliberately unnamed.
ANONYMITY = re.compile(
    r"\b(anonymity|anonymous(ly)?|unnamed|not (be )?named|not authori[sz]ed|"
    r"declined to be identified|familiar with|requested that (his|her|their) name)",
    re.I,
)

#: What a source can decline to do about a fact: comment on it, confirm it, disclose or release
#: it, name or identify someone, specify or explain it. Negated, refused or still awaited, each is a
#: refusal or absence of comment, never an assertion ("have not publicly confirmed the identity").
#: Acts one owns up to by claiming them ("claimed the attack").
_ATTACK = r"(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:\w+\s+)?(?:attack|strike|bombing|blast|explosion|killing|assassination|raid|ambush|shooting)s?\b"
_DISCLOSE = (
    r"(?:comment(?:ed|s)?|respond(?:ed|s)?|react(?:ed|s)?|repl(?:y|ied|ies)|answer(?:ed|s)?"
    # "would not be commenting further"
    # ("would not be releasing the detainees", "naming its stadium" are none: only information)
    r"|be\s+(?:commenting|responding|disclosing|discussing"
    r"|(?:confirming|releasing|naming|identifying)(?=\s+(?:any\s+|the\s+|further\s+|more\s+|their\s+|its\s+)?"
    r"(?:\w+\s+)?(?:details|names?|figures|information|numbers|specifics|identit\w*|victims?|casualt\w*|dead)\b))"
    # "did not return calls": a silence; "did not return to their homes" is none
    r"|return(?:ed|s)?(?=\s+(?:\w+\s+){0,2}?(?:calls?|messages?|requests?|e-?mails?|phone|texts?|inquir))"
    r"|confirm(?:ed|s)?|disclos(?:e|ed|es)|releas(?:e|ed|es)|specif(?:y|ied|ies)|reveal(?:ed|s)?"
    r"|identif(?:y|ied|ies)|nam(?:e|ed|es)|explain(?:ed|s)?|elaborat(?:e|ed|es)|detail(?:ed|s)?|mention(?:ed|s)?"
    r"|discuss(?:ed|es)?|divulg(?:e|ed|es)|shar(?:e|ed|es)|acknowledg(?:e|ed|es)|publish(?:ed|es)?|address(?:ed|es)?"
    # "has not spoken publicly about it" ("did not speak English" is no silence)
    r"|be\s+drawn\b"   # "would not be drawn on whether …"
    r"|speculat(?:e|ed|es)\b"   # "would not speculate on the cause"
    r"|(?:speak|spoke|spoken|speaks)(?=\s+(?:\w+ly\s+)?about\b|\s+publicly\s+on\b)"
    # "has not spoken publicly (since the arrest)": no object, a source's silence to date
    r"|(?:speak|spoke|spoken|speaks)\s+publicly(?=\s*(?:[.,;)]|$|since\b|until\b|about\b|on\b))"
    # "did not pick up the phone", "did not answer the phone": the one called kept silent
    r"|(?:pick(?:ed|s)?\s+up|answer(?:ed|s)?)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:phone|telephone)\b"
    # "did not make anyone available for an interview"
    r"|make\s+(?:anyone|anybody|someone|an?\s+(?:official|spokes\w+|representative))\s+available"
    # "has not claimed responsibility", "has yet to claim the attack": an act nobody has owned up to
    r"|claim(?:ed|s)?\s+(?:responsibility|" + _ATTACK + r"))"
)
#: "did not say whether/how/who …": a question left open (a plain "did not say that" is not).
_SAY_OPEN = (r"(?:say|said|says|tell|told|estimate|estimated|estimates)\s+(?:whether|how|why|when|where|what|who|whom|whose|which|if)\b"
             # "has not said a word about the deal"
             r"|(?:say|said|says|utter|uttered)\s+a\s+(?:single\s+)?word\b")
#: "did not give details", "had not previously given specifics".
_GIVE_DETAILS = (
    r"(?:give|given|gave|provide|provided|offer|offered|make|made|issue|issued)\s+(?:any\s+|an?\s+|further\s+|more\s+)?"
    r"(?:immediate\s+|official\s+|further\s+|public\s+|other\s+|additional\s+)?"
    r"(?:comments?|response|details|specifics|information|explanation|reason|figures?|timeline|statement|indication(?=\s+(?:of\s+|as\s+to\s+|about\s+)?(?:when|whether|how|what|who|why|where|which|if)\b)"
    r"|breakdown|list|names|numbers|count)"
)
_NOT = (
    r"(?:(?:did|does|do|has|have|had|would|will|could|can)\s+(?:so\s+far\s+|yet\s+)?not"
    r"|didn[’']t|doesn[’']t|don[’']t|hasn[’']t|haven[’']t|hadn[’']t|wouldn[’']t|won[’']t|couldn[’']t|can[’']t"
    r"|cannot|never)"
)
#: One or two adverbs between the negation and the verb ("have not publicly confirmed", "did not
#: immediately respond", "has yet to officially comment"); "independently" is left out: "could not
#: independently verify" is the outlet's own check, not a source's silence.
_ADV = r"(?:(?!independently\b)(?:\w+ly|yet|so\s+far|as\s+yet|previously)\s+){0,2}"

#: The first three letters (``\s`` for a space) any NO_COMMENT match can start with, checked
#: before its 30-odd alternatives are tried: the lookahead rejects most word starts at once, so
#: scanning a page costs about half the time and finds exactly the same matches.
#: ``tests/test_cues_prefilter.py`` derives these prefixes from the pattern and fails when a new
#: alternative starts with a word this list does not let through.
NO_COMMENT_STARTS = (
    r"a\s|ans|app|are|ask|att|cal|can|cla|com|con|cou|dec|def|did|do\s|dod|doe|don|e-m|eff|ema|eva|gav|giv"
    r"|had|has|hav|ign|inq|is\s|iss|kee|kep|lea|lef|let|mad|mak|mes|n't|n’t|nei|nev|no\s|not|off|pho|pro"
    r"|que|rea|reb|ref|rem|rep|req|res|sai|say|sid|sta|sto|tex|was|wer|wil|wit|won|wou"
)

#: No-comment constructions. Matched on the text; the parse gives the subject.
NO_COMMENT = re.compile(
    r"\b(?=" + NO_COMMENT_STARTS + r")(?:"
    r"(?:declined|refused|declines|refuses|decline|refuse|declining|refusing)\s+(?:to\s+)?" + _ADV
    + r"(?:comment|respond|elaborate|confirm|disclose|release|specify|reveal|identify|name|explain|discuss|detail"
    r"|divulge|share|answer|speak|say|give|provide|offer|be\s+interviewed|be\s+drawn)\b"
    # "declined an interview request", "declined our requests for an interview"
    r"|declin(?:e|ed|es|ing)\s+(?:an?\s+|our\s+|the\s+|repeated\s+|several\s+)?(?:interview\b|requests?\s+for\s+(?:an?\s+)?interview)"
    # "was unable to confirm": being unable to is a silence only for verbs of telling
    r"|(?:was|were|is|are|has\s+been|have\s+been)\s+unable\s+to\s+" + _ADV
    + r"(?:confirm|comment|disclose|specify|say|provide|give|reveal|explain|elaborate|respond|reply|answer)\b"
    r"|" + _NOT + r"\s+" + _ADV + r"(?:been\s+able\s+to\s+" + _ADV + r")?(?:(?:want|wish)\s+to\s+" + _ADV + r")?(?:" + _DISCLOSE + r"|" + _SAY_OPEN + r"|" + _GIVE_DETAILS + r")\b"
    r"(?:[^.;]{0,40}?\bcomment\b)?"
    r"|(?:has|have|had|is|are|was|were)\s+yet\s+to\s+" + _ADV + r"(?:react|(?:issue|make|give|release|publish)\s+(?:a|any)\s+statement|" + _DISCLOSE + r")\b"
    r"|(?:could|can)\s*not\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?reached(?:\s+for\s+comment)?"
    # "could not be contacted": a source's (the parse says; "the village could not be contacted by phone" is none)
    r"|(?P<uncontacted>(?:could|can)\s*not\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?contacted(?:\s+for\s+comment)?)"
    r"|no\s+(?:immediate\s+|official\s+)?(?:comment|response|confirmation|reaction|word)\s+(?:from|was|has|had)"
    # "the army had no immediate comment on the video": whose silence, the parse says
    r"|(?P<had>no\s+(?:immediate\s+|official\s+|further\s+)?comment)\b"
    # "requests for comment to the ministry went unanswered"
    r"|(?P<unanswered>(?:requests?\s+(?:for\s+comment|for\s+(?:an?\s+)?interviews?|to\s+(?:interview|speak|talk))"
    r"|(?:phone\s+)?(?:messages?|calls?|e-?mails?|questions|queries|letters?|texts?|inquiries))\b[^.;]{0,60}?"
    r"\b(?:(?:went|go|gone|were|was|are|remain(?:ed)?|have\s+gone|has\s+gone)\s+(?:unanswered|unreturned|not\s+(?:immediately\s+)?(?:returned|answered))"
    # "have not been answered", "had not been returned by Monday"
    r"|(?:has|have|had)\s+(?:so\s+far\s+|yet\s+)?not\s+(?:yet\s+)?been\s+(?:returned|answered)"
    # "received no reply", "drew no response"
    r"|(?:received|got|drew|brought|elicited|met\s+with)\s+no\s+(?:reply|replies|response|responses|answer|answers)"
    # "requests to interview the governor were turned down" (only requests for words: "calls for a recount" are none)
    # (the reader keeps this one to requests: "calls for a recount were turned down" are no one's silence)
    r"|(?:were|was|have\s+been|has\s+been)\s+(?:turned\s+down|declined|refused|rejected)))"
    # "the ministry has been contacted for comment", "Reuters has approached the army for comment"
    r"|(?P<contacted>(?:contacted|approached|asked|reached\s+out\s+to)\b[^.;]{0,40}?\bfor\s+(?:a\s+)?comment\b"
    # "comment has been sought from the health board", "a response was sought from the airline"
    r"|(?:comments?|(?:a\s+)?response|(?:a\s+)?reaction)\s+(?:was|were|has\s+been|have\s+been|is\s+being)\s+sought\s+from\b)"
    r"|(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment"
    # "was not available when contacted/called", "was not immediately available." (whose, the parse says)
    r"|(?P<unavailable>(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available"
    r"(?=\s*(?:[.;)]|$|when\b|on\s+\w+day\b|for\s+(?:an?\s+)?interview)|\s+to\s+(?:speak|talk|respond|answer)\b))"
    # "gave no details", "made no comment", "offered no explanation"
    r"|(?:gave|give|gives|given|offered|offers|provided|provides|made|makes|issued|issues)\s+no\s+(?:further\s+|immediate\s+|official\s+|public\s+)?"
    r"(?:details|comment|explanation|information|response|specifics|reason|statement|breakdown|timeline|timetable|evidence|proof)\b"
    # "gave no figure for its losses", "offered no estimate of the cost", "gave no names" (a source's, the parse says:
    # "the map gave no names" is none)
    r"|(?P<nofigure>(?:gave|give|gives|given|offered|offers|provided|provides)\s+no\s+(?:further\s+|immediate\s+|official\s+|public\s+)?"
    r"(?:figures?|estimates?|names|numbers|count|toll))\b"
    r"|(?:gave|give|gives|given|offered|offers|provided|provides|made|makes|issued|issues)\s+no\s+(?:further\s+|clear\s+)?"
    r"indication\s+(?:of\s+|as\s+to\s+|about\s+)?(?:when|whether|how|what|who|why|where|which|if)\b"
    r"|(?:neither|not)\s+confirm(?:ed|s)?\s+(?:n?or\s+)den(?:y|ied|ies)\b"
    r"|(?P<silent>(?:remain(?:ed|s)?|kept|keeps|stay(?:ed|s)?)\s+(?:silent|tight-lipped|mum)\b|kept\s+quiet\b"
    # "has been silent since it announced …": whose silence, the subject says (not "the streets")
    r"|(?:has|have|had)\s+been\s+(?:silent|tight-lipped)(?=\s+since\b)|(?:was|were|is|are)\s+(?:silent|tight-lipped)\s+(?:on|about|over)\b)"
    # "dodged questions about the budget", "ignored requests for comment", "left our questions
    # unanswered": a source's evasion (whose, the subject says: "the storm left questions unanswered" is none)
    r"|(?P<evaded>(?:dodg|sidestepp|evad|deflect|ignor|rebuff)(?:ed|es|e|s|ing)?\s+(?:\w+\s+){0,2}"
    r"(?:questions?|quer(?:y|ies)|requests?\s+for\s+(?:comment|an?\s+interview|interviews))\b"
    r"|(?:left|leaves|leave)\s+(?:\w+\s+){0,2}(?:questions?|quer(?:y|ies)|requests?|calls|e-?mails|messages)\s+unanswered\b)"
    # "refrained from commenting", "has refrained from naming the units"
    r"|refrain(?:ed|s|ing)?\s+from\s+(?:\w+ly\s+)?(?:comment|respond|confirm|say|disclos|nam|identify|discuss"
    r"|elaborat|speculat|reveal|specify)\w*"
    # "left without comment", "walked past reporters without commenting"
    r"|(?P<without>without\s+(?:any\s+|further\s+)?comment(?:ing)?\b)"
    # "attempts to reach the ministry were unsuccessful", "efforts by the Courier to contact it failed"
    r"|(?P<attempted>(?:efforts?|attempts?)\s+(?:by\s+[^.;]{1,40}?\s+)?to\s+(?:reach|contact"
    # "efforts to obtain comment from the club", "attempts to get a response from the ministry"
    r"|(?:obtain|get|seek|secure)\s+(?:a\s+)?(?:comments?|response|reply|reaction)\s+from)\b[^.;]{1,60}?"
    r"\b(?:(?:were|was|have\s+been|has\s+been|proved|proven)\s+(?:unsuccessful|fruitless|in\s+vain)|failed)\b)"
    # "was not in a position to comment", "had no further information", "would respond in due course"
    r"|(?:not|n[’']t)\s+in\s+a\s+position\s+to\s+(?:comment|confirm|say|disclose|discuss|respond)\b"
    r"|(?P<info>(?:had|has|have)\s+no\s+(?:further|more|additional)\s+information)\b"
    r"|(?:would|will)\s+(?:respond|comment|reply)\s+(?:in\s+due\s+course|at\s+a\s+later\s+(?:date|time|stage))"
    # "stopped short of confirming the deaths"
    r"|stop(?:ped|s|ping)?\s+short\s+of\s+(?:confirming|saying|naming|identifying|blaming|accusing|acknowledging)\b"
    r"|(?:has|have|had)\s+been\s+(?:silent|tight-lipped)\s+(?:on|about|over)\b"
    # "said it had nothing to add"; a body's "said it had no information about the incident" (a
    # source's own lack: "residents had no information", "fishermen said they had …" are no silence)
    r"|(?:had|has|have)\s+nothing\s+(?:further\s+|more\s+)?to\s+(?:add|say)\b"
    r"|(?:said|says)\s+(?:that\s+)?(?:it\s+(?:had|has)\s+no\s+(?:further\s+|immediate\s+)?information\b"
    r"|(?:they|he|she)\s+(?:had|has|have)\s+no\s+(?:further\s+)?information\s+to\s+(?:share|give|provide|offer)\b)"
    r"|declin(?:e|ed|es|ing)\s+(?:\w+\s+)?requests?\s+(?:for|to)\s+comment"
    r"|declin(?:e|ed|es|ing)\s+(?:any\s+|further\s+|immediate\s+)comment\b"
    # the outlet's attempt: "Reuters could not reach the ministry for comment" (the object's silence)
    r"|(?:could\s*not|couldn[’']t|(?:was|were)\s+unable\s+to|(?:was|is)\s+not\s+(?:immediately\s+)?possible\s+to)"
    r"\s+(?:immediately\s+)?reach\b"
    # the passive of a verb of telling with its agent: "the toll has not been confirmed by the
    # ministry", "his name was not released by police" (the agent's silence; a source, the parse says)
    r"|(?P<withheld>(?:has|have|had|is|are|was|were)\s+(?:yet\s+)?not\s+(?:yet\s+)?(?:been\s+)?" + _ADV
    + r"(?:confirmed|released|disclosed|revealed|announced|named|made\s+public)\s+by)\b"
    # "Neither side has commented": a plain verb whose subject is negated (checked on the parse)
    r"|(?P<plain>(?:(?:has|have|had)\s+" + _ADV + r")?(?:commented|responded|replied|reacted|confirmed|claimed\s+(?:responsibility|" + _ATTACK + r"))\b"
    # "nobody answered the phone"
    r"|answered\s+(?:the\s+)?(?:phone|telephone)\b)"
    r")",
    re.I,
)

#: Verbs of belief, knowledge, perception and feeling: PolNeAR-style attribution covers what a
#: source thinks, knows or perceives as well as what it says ("see" itself proved too loose). They take a clause ("believes that …",
#: "expects the vote to fail") as their content, never a bare nominal object.
COGNITION_VERBS = frozenset(
    """
    believe know expect hope fear feel worry suspect assume guess realize realise recognize
    recognise understand learn doubt wish imagine consider reckon presume hear notice
    remember forget predict insist argue conclude decide determine agree acknowledge admit
    suggest concede
    """.split()
)

#: Verbs of intention and directive speech whose content is a to-infinitive ("wants to triple the
#: programme", "vowed to punish", "urged Congress to act", "refuses to release his returns").
INTENT_VERBS = frozenset(
    """
    want plan intend hope expect seek aim vow promise pledge threaten refuse decline agree decide
    offer propose ask urge encourage tell warn demand wish prefer vote order push press
    call advise instruct beg implore
    """.split()
)

#: Verbs that attribute a stance toward their nominal object ("cited the remarks", "attacked
#: Machado", "endorsed Clinton", "proposes doing away with the mandate"). Like the belief and
#: intention verbs, taken only with a third-person subject other than "it" and outside quotes.
STANCE_VERBS = frozenset(
    """
    cite note mention attack endorse back support oppose propose discuss reference defend
    compare tout praise criticize criticise question applaud blame promise pledge demand signal rate
    denounce mock congratulate
    """.split()
)

#: Nouns that name a claim or belief; with an owner and a that-clause they attribute it
#: ("Trump's claim that …", "her view that …", "the senator's warning that …").
CLAIM_NOUNS = frozenset(
    """
    claim assertion allegation view belief argument suggestion assessment charge promise pledge
    warning insistence contention accusation statement conclusion prediction hope fear
    position opinion theory vow threat demand
    """.split()
)

#: Verbs of speech or thought whose topic is a prepositional object: "spoke about his health",
#: "complained about the microphone", "asked about the bombing". The topic is the content.
ABOUT_VERBS = frozenset("speak talk ask complain write testify joke boast brag worry warn comment".split())
ABOUT_PREPS = frozenset("about of on regarding".split())

#: Verbs whose topic or target is the object of one particular preposition: "referred to the
#: leaked memo", "pointed to the jobs report", "railed against the trade deal", "voted for the
#: bill", "apologized for the remarks". The prepositional object is the content.
PREP_CUES = {
    "refer": ("to",), "point": ("to",), "allude": ("to",), "object": ("to",),
    "apologize": ("for",), "apologise": ("for",), "advocate": ("for",), "campaign": ("for", "against"),
    "vote": ("for", "against"), "argue": ("for", "against"), "lobby": ("for", "against"),
    "rail": ("against",), "caution": ("against",), "warn": ("against",), "speak": ("against",),
    "agree": ("with",), "disagree": ("with",), "side": ("with",),
}

#: Verbs of appearance: "the plan seems to be failing" attributes a view to nobody named.
SEEM_VERBS = frozenset("seem appear".split())

#: Verbs of perception or regard that attribute a view only with an "as" phrase: "sees the
#: deal as a betrayal", "regarded him as a threat" (not "saw the film").
AS_VIEW_VERBS = frozenset("see view regard perceive".split())

#: Nouns of stance or demand whose owner takes a position on a prepositional object:
#: "Pence's call for a special prosecutor", "her criticism of the deal", "his support for the
#: bill", "her pledge to cut taxes" (the allowed prepositions per noun; "to" also takes an
#: infinitive).
STANCE_NOUNS = {
    "call": ("for",), "criticism": ("of",), "support": ("for", "of"), "opposition": ("to",),
    "endorsement": ("of",), "praise": ("for", "of"), "attack": ("on",), "demand": ("for", "to"),
    "plea": ("for", "to"), "proposal": ("for", "to"), "plan": ("for", "to"), "defense": ("of",),
    "defence": ("of",), "comment": ("on", "about"), "opinion": ("on", "of"),
    "condemnation": ("of",), "rejection": ("of",), "denial": ("of",), "pledge": ("to",),
    "promise": ("to", "of"), "vow": ("to",), "threat": ("to",), "commitment": ("to",),
    "concern": ("about", "over"),
}

#: Speech verbs whose nominal object is what was said ("tweeted a chart of …", "reiterated the
#: premise", "predicted a landslide"); taken with a third-person subject, outside quotes.
SPEECH_OBJECT_OK = SPEECH_VERBS - frozenset(
    "say tell ask call show find read continue answer maintain add write post charge threaten quote counter "
    "assert underline disclose".split()
)
