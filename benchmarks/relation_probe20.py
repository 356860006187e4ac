"""A probe of our own sentence pairs about one happening each (session 20, issue #12 item 2): two short claims, related
by the relation rules directly (`relate` on `claim_features`, no extraction), against what a reader would say: "C"
must contradict, "N" must not. Happenings of kinds the pair-train tune pages do not tell (a derailment, a kidnapping,
a blackout, a protest, a plant blast, a bridge collapse, a detained reporter). Written after reading the day rules of
`link/relations/decision.py`, and the session's day and time readings were chosen on it: a probe, not a held-out
battery.

    .venv/bin/python benchmarks/relation_probe20.py            # the counts
    .venv/bin/python benchmarks/relation_probe20.py --verbose  # and every pair that misses
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(HERE.parent)   # this checkout's src first, said when PYTHONPATH names another

from claimgraph.link.relations import claim_features, relate  # noqa: E402

#: The page date both claims are read against.
PAGE_DAY = date(2026, 5, 14)

#: (claim a, claim b, "C" must contradict / "N" must not)
PAIRS = [
("A freight train carrying diesel came off the rails near Obel on Monday night", "Firefighters put out the last of the blaze at the Obel derailment on Wednesday", "N"),
("Eleven tank cars left the track outside Obel", "Four of the tank cars caught fire after the derailment", "N"),
("Nine people were taken to hospital with burns after the Obel derailment", "Two people died of their burns in hospital on Thursday", "N"),
("the gunmen seized 23 passengers from the bus on the Kessa road", "Seven of the abducted passengers were freed on Saturday after a ransom was paid", "N"),
("The kidnappers released 12 of the hostages on Sunday", "the gunmen took 23 people from the bus", "N"),
("At its peak the outage left 410,000 homes without power", "By Friday evening 60,000 homes were still without electricity", "N"),
("the grid operator said the blackout began at 02:10 when three substations tripped", "power was restored to most of the capital by 09:30", "N"),
("Police said about 2,000 people marched through the centre of Vell", "Police detained 45 protesters after the march in Vell", "N"),
("Organisers said 15,000 people joined the march in Vell", "Police put the crowd at 2,000", "C"),
("the reporter Ana Lutz was detained at the airport on Friday", "the reporter Ana Lutz was charged with espionage on Monday", "N"),
("the reporter Ana Lutz was detained at the airport on Friday", "the reporter Ana Lutz was detained at her home on Friday", "C"),
("The bridge over the Sava at Dorn collapsed at 06:40 as a lorry crossed it", "Divers recovered the lorry driver's body from the river at 15:00", "N"),
("Engineers had warned in March that the bridge at Dorn was unsafe", "The ministry said no warning about the bridge at Dorn had ever reached it", "C"),
("The blast at the Rask fertiliser plant killed six workers", "Twenty workers were injured in the blast at the Rask plant", "N"),
("The blast at the Rask fertiliser plant killed six workers", "The blast at the Rask fertiliser plant killed nine workers", "C"),
("Gunmen opened fire on the polling station in Tarn, killing two election officials", "Voting resumed at the polling station in Tarn two hours later", "N"),
("Gunmen opened fire on the polling station in Tarn, killing two election officials", "Three voters were wounded in the attack on the Tarn polling station", "N"),
("The plant's owner said the blast was caused by a gas leak", "The union said the owner had ignored repeated complaints about gas leaks", "N"),
("Police said 40 protesters were arrested in Vell on Tuesday", "Police said 12 of the detained protesters were released on Wednesday", "N"),
("The train was travelling at 80 km/h when it derailed", "The speed limit on that stretch is 40 km/h", "N"),
("The hostages were held in a forest camp for nine days", "The hostages were freed on Saturday", "N"),
("The cyberattack on the grid began on Tuesday", "Power was restored to all districts on Thursday", "N"),
("Three substations were knocked out by the attack", "Engineers restored two of the substations by Wednesday", "N"),
("The protest was peaceful until police fired tear gas", "Protesters threw stones at police before officers used tear gas", "C"),
("The army said none of the hostages was harmed", "Two of the hostages were beaten by the kidnappers, a freed passenger said", "C"),
("The explosion at the Rask plant happened at 14:20 during the afternoon shift", "The first ambulances reached the Rask plant at 14:55", "N"),
("The explosion at the Rask plant happened at 14:20", "Residents of Rask said the sirens sounded at 15:10", "N"),
("Six workers died in the Rask plant blast", "The Rask plant employs 400 workers", "N"),
("Six workers died in the Rask plant blast", "Two of the dead workers were brothers aged 24 and 31", "N"),
("The bridge at Dorn was built in 1968", "The bridge at Dorn collapsed on Tuesday", "N"),
("The bridge at Dorn had been closed to lorries since 2019", "A lorry was crossing the bridge at Dorn when it collapsed on Tuesday", "N"),
("Thirty-one people were on the bus when the gunmen stopped it", "Twelve passengers escaped into the bush", "N"),
("The gunmen demanded a ransom of 50 million naira", "The families paid 20 million naira, a relative said", "N"),
("The polling station in Tarn had 1,200 registered voters", "Gunmen killed two officials at the polling station in Tarn", "N"),
("The outage began shortly after midnight on Tuesday", "Hackers had been inside the grid operator's network since January, investigators said", "N"),
("The reporter was held for 11 days", "The reporter was sentenced to three years in prison", "N"),
("The journalist was arrested at the airport on 3 May", "The journalist's trial opened on 12 May", "N"),
("the train derailed 4 km south of Obel", "the train derailed 12 km south of Obel", "C"),
("Police said 3,000 people took part in the march", "About 300 officers were deployed along the route of the march", "N"),
("The fire at the depot spread to three tanks", "The depot holds 12 tanks", "N"),
("The plant's owner said the blast was an accident", "Prosecutors opened a criminal case into the blast at the plant", "N"),
("No one was hurt in the derailment, the railway said", "Two crew members were treated for smoke inhalation after the derailment", "C"),
("The ministry said the kidnappers were bandits from the Zamfara forests", "Police said the kidnappers were members of the Ansar militia", "C"),
("The blackout lasted nine hours in the capital", "In the east, some villages were without power for three days", "N"),
("Demonstrators gathered in the square at 10:00", "Police moved in to clear the square at 16:30", "N"),
("The driver of the lorry, aged 54, died at the scene", "The lorry's owner, a 37-year-old haulier, was questioned by police", "N"),
("A first explosion shook the plant at 14:20", "A second, larger blast followed at 14:35", "N"),
("Rescuers pulled 14 people from the river after the bridge fell", "Nine people are still missing after the bridge fell", "N"),
("Election officials said turnout in Tarn was 41 percent", "Two election officials were killed in Tarn", "N"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", action="store_true", help="print every pair that misses")
    args = ap.parse_args()
    false_c = missed_c = 0
    for a, b, expect in PAIRS:
        r = relate(a, b, claim_features(a, ref=PAGE_DAY), claim_features(b, ref=PAGE_DAY))
        said = r.type if r else None
        wrong = (said == "contradicts") != (expect == "C")
        false_c += wrong and expect == "N"
        missed_c += wrong and expect == "C"
        if wrong and args.verbose:
            print(f"{expect} {said}: {r.reason if r else ''} | {a} / {b}")
    must_not = sum(e == "N" for _a, _b, e in PAIRS)
    print(f"relation probe 20: {len(PAIRS)} pairs; false contradictions {false_c} of {must_not} must-not; "
          f"contradictions found {len(PAIRS) - must_not - missed_c} of {len(PAIRS) - must_not} must-contradict")


if __name__ == "__main__":
    main()
