import json, os

OUT = "/work/main/evalsets/bbc-kenteris"

def S(src, quote):
    return {"source": src, "quote": quote}

def side(src, value, quote):
    return {"source": src, "value": value, "quote": quote}

TWO = ["two years", "two-year", "two year", "2 years", "2-year", "2 year"]
FOUR = ["four years", "four-year", "four year", "4 years", "4-year", "4 year"]
ONE = ["one year", "one-year", "1 year", "1-year", "12 months"]

# ---------------------------------------------------------------- disagreements
D = [
 {"id": "d1", "topic": "maximum ban the sprinters faced",
  "kind": "contradiction",
  "sides": [
    side("sport/050.txt", "maximum one-year suspension",
         "Under IAAF rules, the athletes could receive a maximum one-year suspension."),
    side("sport/051.txt", "up to two years",
         "Kenteris and Thanou could be suspended for up to two years."),
    side("sport/033.txt", "two-year bans",
         "They face two-year bans if found guilty by the Greek Athletics Federation."),
    side("sport/016.txt", "maximum two-year ban",
         "Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the women's 100m silver medal in Sydney, face a maximum two-year ban if found guilty."),
  ],
  "note": "Both describe the maximum sanction for the same missed tests under the same IAAF rules; sport/050 (written before the 16 December deadline) says one year, sport/051 (a few days later, December 2004) and later articles say two years. No rule change is reported, so they cannot both be right."},
 {"id": "d2", "topic": "what the IAAF imposed in December: two-year bans or a provisional suspension pending the Greek hearing",
  "kind": "contradiction",
  "sides": [
    side("sport/033.txt", "provisional suspension pending resolution; two-year ban only if the Greek federation finds them guilty",
         "It added that Kenteris and Thanou had been \"provisionally suspended pending the resolution of their cases\"."),
    side("sport/016.txt", "suspended by the IAAF; maximum two-year ban only if found guilty",
         "Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the women's 100m silver medal in Sydney, face a maximum two-year ban if found guilty."),
    side("sport/023.txt", "IAAF imposed two-year suspensions on 22 December",
         "In imposing two-year suspensions on the duo on 22 December, the IAAF described their explanations for missing the tests as \"unacceptable\"."),
    side("sport/048.txt", "provisional two-year bans imposed by the IAAF",
         "Kostas Kenteris and Katerina Thanou will fight the provisional two-year bans imposed on them by the IAAF at an independent tribunal this weekend."),
  ],
  "note": "Who decided what: sport/033 (the day of the IAAF statement) and sport/016 say the IAAF only suspended them provisionally and a two-year ban would follow only if the Greek federation found them guilty; sport/023 and sport/048 say the IAAF itself imposed two-year suspensions on 22 December. Borderline: 048's 'provisional two-year bans' could be loose wording, but 023's 'imposing two-year suspensions' states a decided length."},
 {"id": "d3", "topic": "length of coach Christos Tzekos's ban",
  "kind": "update over time",
  "sides": [
    side("sport/023.txt", "two years (IAAF)",
         "Tzekos was also banned for two years by the IAAF."),
    side("sport/048.txt", "two years (IAAF), to be reviewed by the panel",
         "The panel will also decide on the two-year ban imposed on the athletes' controversial coach Christos Tzekos by the IAAF."),
    side("sport/082.txt", "four years",
         "The pair's former coach, Christos Tzekos, has been banned for four years."),
    side("sport/079.txt", "four years (Greek tribunal)",
         "However, their former coach Christos Tzekos was banned for four years by the tribunal."),
  ],
  "note": "January articles (023, 048) report a two-year IAAF ban; the March articles (082, 079) report that the Greek tribunal banned him for four years. The later tribunal ruling replaces the earlier figure; a reader asking how long he was banned should see both and which is later."},
 {"id": "d4", "topic": "Katerina Thanou's age",
  "kind": "update over time",
  "sides": [
    side("sport/051.txt", "29",
         "Kenteris, 31, won gold in the 200m at the Sydney Olympics in 2000, where Thanou, 29, won silver in the 100m."),
    side("sport/016.txt", "30",
         "Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the women's 100m silver medal in Sydney, face a maximum two-year ban if found guilty."),
    side("sport/082.txt", "30",
         "Kenteris, 31, and Thanou, 30, had been charged with avoiding drug tests in Tel Aviv, Chicago and Athens and failing to notify anti-doping officials of their whereabouts before the Olympics."),
    side("sport/089.txt", "30",
         "Thanou, 30, was provisionally suspended for missing a test before the Olympics, but the decision was overturned."),
  ],
  "note": "sport/051 (December 2004, before the IAAF decision) gives 29; the February-March 2005 articles give 30. Consistent with a birthday in between, but no article says so, so the reader should be shown both ages with their dates."},
 {"id": "d5", "topic": "whether the sprinters had been criminally charged",
  "kind": "update over time",
  "sides": [
    side("sport/047.txt", "not yet decided; to learn this week whether they will be charged",
         "Kenteris and fellow sprinter Katerina Thanou are set to learn if they will face criminal charges this week."),
    side("sport/033.txt", "charged by Greek prosecutors",
         "Greek prosecutors have also charged them with faking a midnight motorcycle crash which led to them spending four days in hospital."),
    side("sport/050.txt", "charged; face a criminal trial",
         "Kenteris and Thanou already face a criminal trial after being charged with avoiding a drug test on the eve of the Athens Olympics and then faking a motorcyle crash."),
  ],
  "note": "sport/047 reports the charging decision as pending; the December articles (050, 033) and later ones report that they have been charged. The later report supersedes."},
 {"id": "d6", "topic": "when the Greek tribunal's verdict was due",
  "kind": "update over time",
  "sides": [
    side("sport/023.txt", "before the end of February",
         "A decision is expected to be announced before the end of February."),
    side("sport/054.txt", "by the end of February",
         "\"I estimate that the final ruling will be issued by the end of February.\""),
    side("sport/016.txt", "around mid-March (postponed by two weeks)",
         "\"A decision is now expected by around mid-March,\" said one of their lawyers, Michalis Dimitrakopoulos."),
    side("sport/089.txt", "ban actually overturned on 18 March",
         "But an independent tribunal of the Greek Athletics Federation overturned the provisional ban on 18 March."),
  ],
  "note": "January reports expected the verdict by the end of February; sport/016 reports it was postponed by two weeks to around mid-March; sport/089 gives the actual date, 18 March. Each later report supersedes the earlier expectation."},
 {"id": "d7", "topic": "outcome of the Greek tribunal: pending or cleared",
  "kind": "update over time",
  "sides": [
    side("sport/054.txt", "decision pending, expected within a month",
         "Tzekos, Thanou and Kenteris, who have all denied the charges, can expect a decision within a month."),
    side("sport/016.txt", "judgement postponed",
         "Greek athletics' governing body has postponed by two weeks the judgement on sprinters Costas Kenteris and Katerina Thanou for missing doping tests."),
    side("sport/082.txt", "cleared",
         "Sprinters Kostas Kenteris and Katerina Thanou have been cleared of doping offences by an independent tribunal."),
  ],
  "note": "January-February articles report the verdict as pending (and postponed); the March article reports that the tribunal cleared them. Outcome reported as pending earlier and decided later."},
 {"id": "d8", "topic": "whether the IAAF appealed against the acquittal",
  "kind": "update over time",
  "sides": [
    side("sport/089.txt", "IAAF deciding whether to appeal",
         "The IAAF - which said it was \"very surprised\" by the decision of the Greek tribunal - is deciding whether to appeal against the decision at the Court of Arbitration for Sport."),
    side("sport/080.txt", "IAAF still considering its response",
         "Athletics bosses are considering its reponse to the ruling, while the athletes face a trial in a Greek court."),
    side("sport/081.txt", "IAAF will appeal to CAS",
         "The International Association of Athletics Federations will appeal against the acquittal of Greek athletes Kostas Kenteris and Katerina Thanou."),
  ],
  "note": "sport/089 and sport/080 (late March) report the IAAF's decision as undecided; sport/081 (April, 'last month') reports the IAAF has decided to appeal to CAS. Pending then decided."},
 {"id": "d9", "topic": "whether the sprinters are suspended or free to compete",
  "kind": "update over time",
  "sides": [
    side("sport/051.txt", "IAAF decision on a ban still to come",
         "Greek sprinters Kostas Kenteris and Katerina Thanou are expected to find out on Wednesday if they will be banned for missing drugs tests this summer."),
    side("sport/033.txt", "suspended (provisionally) by the IAAF",
         "Greek sprinters Kostas Kenteris and Katerina Thanou have been suspended after failing to take drugs tests before the Athens Olympics."),
    side("sport/080.txt", "technically free to compete after being cleared",
         "The athletes are technically free to compete while the IAAF reviews its response to the decision to clear Kenteris and Thanou."),
    side("sport/081.txt", "suspended again by the IAAF pending the CAS appeal",
         "Now the IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS) and has suspended both athletes."),
  ],
  "note": "Their status changes over time: ban pending (051, December) -> provisionally suspended (033, 22 December) -> free to compete after the tribunal cleared them (080, March) -> suspended again when the IAAF appealed (081, April). Only the latest report describes the current status."},
]

# ---------------------------------------------------------------- non-disagreements
N = [
 {"id": "n1", "topic": "12 August vs 18 August",
  "kind": "not a disagreement",
  "sides": [
    side("sport/082.txt", "missed test on 12 August",
         "They withdrew from the Olympics after missing a drugs test at the Olympic Village on 12 August."),
    side("sport/048.txt", "quit the Olympics on 18 August",
         "Kenteris, the 2000 Olympic 200m champion, and Thanou, the women's 100m silver medallist from the same Games in Sydney, quit the Olympics on 18 August after failing to give samples on the eve of the opening ceremony."),
  ],
  "note": "Different events: 12 August is the date of the missed test (eve of the opening ceremony); 18 August is the date they withdrew. sport/082 does not date the withdrawal."},
 {"id": "n2", "topic": "name of Kenteris's lawyer",
  "kind": "not a disagreement",
  "sides": [
    side("sport/082.txt", "Gregory Ioannidis",
         "Kenteris's lawyer, Gregory Ioannidis, said: \"The decision means Mr Kenteris has been exonerated of highly damaging and unfounded charges which have been extremely harmful for his career."),
    side("sport/054.txt", "Grigoris Ioanidis",
         "The athletes' lawyer Grigoris Ioanidis said he believed the independent disciplinary committee set up by the Greek Athletics Federation (SEGAS) would find them innocent."),
  ],
  "note": "Same person, two transliterations of a Greek name (Gregory/Grigoris, Ioannidis/Ioanidis); 'Kenteris's lawyer' vs 'the athletes' lawyer' is not a conflict either."},
 {"id": "n3", "topic": "name of the tribunal chairman",
  "kind": "not a disagreement",
  "sides": [
    side("sport/048.txt", "president Konstantinos Panagopoulos",
         "The tribunal panel will consist of five members - president Konstantinos Panagopoulos and Panagiotis Dimakos, Haralabos Hrisanthakis, Stilianos Perakis and Ioannis Karmis."),
    side("sport/054.txt", "chairman Kostas Panagopoulos",
         "\"Deliberations will start after some additional documents are brought in by Thursday,\" said committee chairman Kostas Panagopoulos."),
  ],
  "note": "Kostas is the usual short form of Konstantinos; same person."},
 {"id": "n4", "topic": "which body set up the tribunal",
  "kind": "not a disagreement",
  "sides": [
    side("sport/023.txt", "Hellenic Association of Amateur Athletics",
         "The five-member tribunal, assembled by the Hellenic Association of Amateur Athletics, is also examining allegations that Kenteris and Thanou avoided tests in Tel Aviv and Chicago before the Games."),
    side("sport/048.txt", "Greek Track and Field Federation",
         "An independent tribunal of the Greek Track and Field Federation will meet to decide whether to ratify the sanction."),
    side("sport/054.txt", "Greek Athletics Federation (SEGAS)",
         "The athletes' lawyer Grigoris Ioanidis said he believed the independent disciplinary committee set up by the Greek Athletics Federation (SEGAS) would find them innocent."),
  ],
  "note": "Three English renderings of the same national federation (SEGAS)."},
 {"id": "n5", "topic": "who cleared them: the federation or an independent tribunal",
  "kind": "not a disagreement",
  "sides": [
    side("sport/081.txt", "Greek Athletics Federation (Segas)",
         "The high-profile duo were cleared of doping offences by the Greek Athletics Federation (Segas) last month."),
    side("sport/082.txt", "an independent tribunal",
         "Sprinters Kostas Kenteris and Katerina Thanou have been cleared of doping offences by an independent tribunal."),
  ],
  "note": "The independent tribunal is the Greek Athletics Federation's tribunal (sport/089: 'an independent tribunal of the Greek Athletics Federation'); same decision."},
 {"id": "n6", "topic": "the Greek federation's head",
  "kind": "not a disagreement",
  "sides": [
    side("sport/080.txt", "Greek Athletics Federation boss Vassilli Sevastis",
         "Greek Athletics Federation boss Vassilli Sevastis told the country's parliament: \"I believe Kenteris and Thanou won't race again."),
    side("sport/081.txt", "Segas chairman Vassilis Sevastis",
         "\"Now we are going to await the final result, which we cannot prejudge,\" said Segas chairman Vassilis Sevastis."),
  ],
  "note": "Same person and same post (Segas = Greek Athletics Federation); spelling variant of the first name."},
 {"id": "n7", "topic": "head of the tribunal vs head of the federation",
  "kind": "not a disagreement",
  "sides": [
    side("sport/082.txt", "tribunal head Kostas Panagopoulos",
         "The head of that tribunal, Kostas Panagopoulos, said it had not been proven that the athletes refused to take the test in Athens."),
    side("sport/080.txt", "federation boss Vassilli Sevastis",
         "Greek Athletics Federation boss Vassilli Sevastis told the country's parliament: \"I believe Kenteris and Thanou won't race again."),
  ],
  "note": "Two different posts: chairman of the independent disciplinary tribunal vs president of the federation."},
 {"id": "n8", "topic": "name of Dick Pound's organisation",
  "kind": "not a disagreement",
  "sides": [
    side("sport/079.txt", "World Anti-Doping Agency (Wada)",
         "The World Anti-Doping Agency (Wada) will appeal against the acquittal of Kostas Kenteris and Katerina Thanou on doping charges, if the IAAF does not."),
    side("sport/089.txt", "World Anti-Doping Authority",
         "However, Dick Pound, the chairman of the World Anti-Doping Authority, has said he will appeal against the decision if the IAAF does not."),
  ],
  "note": "Same body and same chairman (Dick Pound) and same threat; 'Authority' is a slip for 'Agency'."},
 {"id": "n9", "topic": "one missed test vs three missed tests",
  "kind": "not a disagreement",
  "sides": [
    side("sport/089.txt", "cleared of missing a drugs test",
         "Thanou, 30, was provisionally suspended for missing a test before the Olympics, but the decision was overturned."),
    side("sport/082.txt", "three drugs tests",
         "The duo had been provisionally suspended by the IAAF for allegedly missing three drugs tests, including one on the eve of the Athens Olympics."),
  ],
  "note": "Part and whole: the Athens test is one of the three (Tel Aviv, Chicago, Athens); sport/089 itself says 'missing three drugs tests' a few lines later."},
 {"id": "n10", "topic": "Tzekos: former coach or Thanou's coach",
  "kind": "not a disagreement",
  "sides": [
    side("sport/023.txt", "former coach",
         "The pair arrived with former coach Christos Tzekos to give evidence at the Hellenic Olympic Committee's offices."),
    side("sport/054.txt", "Thanou's coach",
         "Thanou's coach Christos Tzekos was also suspended by the IAAF."),
  ],
  "note": "Loose descriptions of the same man; sport/033 calls him both 'their former coach' and 'the athletes' controversial coach' in one article. No article says he is still coaching them."},
 {"id": "n11", "topic": "charges against Tzekos",
  "kind": "not a disagreement",
  "sides": [
    side("sport/050.txt", "distributing banned substances",
         "Their former coach Christos Tzekos has also been charged with distributing banned substances."),
    side("sport/023.txt", "assisting in the use of prohibited substances and tampering with doping control",
         "He faces charges of assisting in the use of prohibited substances and tampering with the doping inspection process."),
  ],
  "note": "Different wordings of overlapping charges; neither says these are the only charges."},
 {"id": "n12", "topic": "why the tribunal cleared them",
  "kind": "not a disagreement",
  "sides": [
    side("sport/082.txt", "not informed to appear for the test",
         "\"In no way was he (Kenteris) informed to appear for a doping test. The same goes for Thanou.\""),
    side("sport/080.txt", "evidence from IOC and IAAF not strong enough",
         "Speaking to the Greek Parliament on Tuesday, Sevastis said that the evidence sent by the International Olympic Committee and athletics governing body the IAAF was not strong enough for the Greek Association to find the sprinters guilty."),
  ],
  "note": "Complementary: the evidence did not prove they had been informed; different speakers giving compatible reasons."},
 {"id": "n13", "topic": "criminal trial date",
  "kind": "not a disagreement",
  "sides": [
    side("sport/023.txt", "no trial date set",
         "A trial date has not been set."),
    side("sport/081.txt", "trial later this year",
         "Thanou and Kenteris still face a criminal trial later this year for allegedly avoiding the test and then faking a motorcycle accident"),
  ],
  "note": "'Later this year' is not a date; both can be true at once."},
 {"id": "n14", "topic": "criminal charges could be dropped vs still face trial",
  "kind": "not a disagreement",
  "sides": [
    side("sport/048.txt", "speculation the charges could be dropped",
         "But there has been speculation that the charges could be dropped."),
    side("sport/079.txt", "still have to face trial",
         "Kenteris and Thanou still have to face trial on charges brought separately by Greek prosecutors of missing the drugs tests and faking a motorcycle accident to avoid testing at the Athens Games."),
  ],
  "note": "Speculation is not a report that the charges were dropped; no article says they were."},
 {"id": "n15", "topic": "faked crash: prosecutors vs Kenteris",
  "kind": "not a disagreement",
  "sides": [
    side("sport/033.txt", "charged with faking the crash",
         "Greek prosecutors have also charged them with faking a midnight motorcycle crash which led to them spending four days in hospital."),
    side("sport/047.txt", "Kenteris: the accident happened",
         "Kenteris insisted: \"The accident happened."),
  ],
  "note": "A charge and a denial by different parties; the articles report both positions and do not disagree about the facts they report."},
 {"id": "n16", "topic": "reactions: IAAF surprised vs Segas expected the appeal",
  "kind": "not a disagreement",
  "sides": [
    side("sport/082.txt", "IAAF 'very surprised' by the verdict",
         "But the IAAF said it was \"very surprised\" by the verdict."),
    side("sport/081.txt", "Segas found the IAAF appeal 'expected'",
         "Segas said the IAAF appeal was \"expected\" and \"understandable.\""),
  ],
  "note": "Different parties reacting to different events (the verdict vs the appeal)."},
 {"id": "n17", "topic": "first name Kostas vs Costas",
  "kind": "not a disagreement",
  "sides": [
    side("sport/016.txt", "Costas Kenteris",
         "Greek athletics' governing body has postponed by two weeks the judgement on sprinters Costas Kenteris and Katerina Thanou for missing doping tests."),
    side("sport/082.txt", "Kostas Kenteris",
         "Sprinters Kostas Kenteris and Katerina Thanou have been cleared of doping offences by an independent tribunal."),
  ],
  "note": "Same person, two spellings."},
]

# ---------------------------------------------------------------- questions
Q = []
counters = {}

def q(group, question, category, gold=None, refs=None, ev=None, expect_all=None,
      conflict=False, abstain=False, history=None, note=None):
    counters[group] = counters.get(group, 0) + 1
    row = {"id": f"ken-{group}-{counters[group]}", "group": group,
           "question": question, "category": category,
           "gold_answers": gold or [], "expect_all": expect_all or [],
           "expect_conflict": conflict, "should_abstain": abstain}
    if history:
        row["history"] = history
    row["reference_sources"] = refs or sorted({e["source"] for e in (ev or [])})
    row["evidence"] = ev or []
    if note:
        row["note"] = note
    Q.append(row)

def H(u, a):
    return [{"role": "user", "content": u}, {"role": "assistant", "content": a}]

def dev(did):
    d = next(x for x in D if x["id"] == did)
    return [S(s["source"], s["quote"]) for s in d["sides"]]

# ---- facts
ev = [S("sport/017.txt", "Kenteris won 200m gold at the 2000 Sydney Olympics, while Thanou won silver in the 100m."),
      S("sport/051.txt", "Kenteris, 31, won gold in the 200m at the Sydney Olympics in 2000, where Thanou, 29, won silver in the 100m."),
      S("sport/033.txt", "Kenteris, the 2000 Olympic 200m champion, and Thanou, the women's 100m silver medallist from the same Games in Sydney, also face a criminal hearing in Greece over the missed tests.")]
q("sydney-kenteris", "What did Kostas Kenteris win at the 2000 Sydney Olympics?", "fact",
  ["200m", "200 metres", "200 meters", "200m gold"], ["sport/017.txt", "sport/023.txt", "sport/033.txt", "sport/047.txt", "sport/048.txt", "sport/051.txt", "sport/081.txt"], ev)
q("sydney-kenteris", "Which Olympic title did Kenteris hold before Athens?", "fact",
  ["200m", "200 metres", "200 meters"], ["sport/017.txt", "sport/023.txt", "sport/033.txt", "sport/047.txt", "sport/048.txt", "sport/051.txt", "sport/081.txt"], ev)
q("sydney-thanou", "What medal did Katerina Thanou win in Sydney?", "fact",
  ["silver"], ["sport/016.txt", "sport/017.txt", "sport/023.txt", "sport/033.txt", "sport/048.txt", "sport/051.txt", "sport/054.txt"],
  [ev[0], S("sport/054.txt", "Thanou, the 2000 Olympic women's 100m silver medallist, and Sydney 200m champion Kenteris were suspended by the IAAF for missing three drugs tests.")],
  note="Silver in the women's 100m.")
evp = [S("sport/016.txt", "The IAAF said the sprinters had failed to provide samples for tests in Tel Aviv, Chicago and Athens and ordered Greek athletic's governing body, Segas, to hold a disciplinary inquiry."),
       S("sport/048.txt", "They also missed tests in Tel Aviv, Chicago and Athens before the Games."),
       S("sport/050.txt", "The Greek pair were charged after missing a series of routine drugs tests in Tel Aviv, Chicago and Athens.")]
q("missed-tests", "Where were the drugs tests that Kenteris and Thanou are accused of missing?", "fact",
  ["Tel Aviv", "Chicago"], ["sport/016.txt", "sport/048.txt", "sport/050.txt", "sport/079.txt", "sport/081.txt", "sport/082.txt"], evp,
  expect_all=[["Tel Aviv"], ["Chicago"], ["Athens"]], note="Fact stated in agreement by several articles; all three places expected.")
q("missed-tests", "Which cities were the missed tests in?", "fact",
  ["Tel Aviv", "Chicago"], ["sport/016.txt", "sport/048.txt", "sport/050.txt", "sport/079.txt", "sport/081.txt", "sport/082.txt"], evp,
  expect_all=[["Tel Aviv"], ["Chicago"], ["Athens"]])
q("missed-tests", "How many drugs tests were the two sprinters accused of missing?", "fact",
  ["three", "3"], ["sport/016.txt", "sport/054.txt", "sport/082.txt", "sport/089.txt"],
  [S("sport/082.txt", "The duo had been provisionally suspended by the IAAF for allegedly missing three drugs tests, including one on the eve of the Athens Olympics."),
   S("sport/054.txt", "Thanou, the 2000 Olympic women's 100m silver medallist, and Sydney 200m champion Kenteris were suspended by the IAAF for missing three drugs tests.")])
eva = [S("sport/033.txt", "They failed to appear to give samples in Chicago and Tel Aviv shortly before the Athens Games and again in Athens on 12 August, the eve of the opening ceremony."),
       S("sport/082.txt", "They withdrew from the Olympics after missing a drugs test at the Olympic Village on 12 August.")]
q("athens-test-date", "On what date did Kenteris and Thanou miss the drugs test in Athens?", "fact",
  ["12 August", "August 12", "12th August", "August 12th"], ["sport/033.txt", "sport/079.txt", "sport/081.txt", "sport/082.txt"], eva,
  note="Not 18 August, which sport/048 gives as the date they quit the Games.")
q("athens-test-date", "When was the Athens test they failed to attend?", "fact",
  ["12 August", "August 12", "12th August", "August 12th", "eve of the opening ceremony"], ["sport/033.txt", "sport/079.txt", "sport/081.txt", "sport/082.txt"], eva)
q("withdrawal-date", "On what date did Kenteris and Thanou pull out of the Athens Olympics?", "fact",
  ["18 August", "August 18", "18th August", "August 18th"], ["sport/048.txt"],
  [S("sport/048.txt", "Kenteris, the 2000 Olympic 200m champion, and Thanou, the women's 100m silver medallist from the same Games in Sydney, quit the Olympics on 18 August after failing to give samples on the eve of the opening ceremony.")],
  note="Only sport/048 dates the withdrawal; 12 August is the missed test, not the withdrawal (see non_disagreements n1).")
evc = [S("sport/023.txt", "The pair spent four days in a hospital, claiming they had been injured in a motorcycle crash."),
       S("sport/048.txt", "Testers could not find them at the Olympic village and the duo were later admitted to hospital after claiming to have been involved in a motorcycle accident.")]
q("crash", "What explanation did the sprinters give for missing the Athens test?", "fact",
  ["motorcycle", "motorbike", "crash", "road crash"], ["sport/023.txt", "sport/048.txt", "sport/054.txt", "sport/081.txt", "sport/082.txt"], evc)
q("hospital-days", "How long did Kenteris and Thanou spend in hospital after the motorcycle crash?", "fact",
  ["four days", "4 days"], ["sport/016.txt", "sport/023.txt", "sport/033.txt", "sport/081.txt", "sport/082.txt"],
  [evc[0], S("sport/033.txt", "Greek prosecutors have also charged them with faking a midnight motorcycle crash which led to them spending four days in hospital.")])
q("hospital-days", "How many days were the Greek pair in hospital?", "fact",
  ["four", "4"], ["sport/016.txt", "sport/023.txt", "sport/033.txt", "sport/081.txt", "sport/082.txt"],
  [evc[0], S("sport/082.txt", "The pair then spent four days in a hospital, claiming they had been injured in a motorcycle crash.")])
evl = [S("sport/017.txt", "Gregory Ioannidis has submitted new evidence to a Greek athletics tribunal which he claims proves the former Olympic champion has no case to answer."),
       S("sport/082.txt", "Kenteris's lawyer, Gregory Ioannidis, said: \"The decision means Mr Kenteris has been exonerated of highly damaging and unfounded charges which have been extremely harmful for his career.")]
q("lawyer", "Who is Kenteris's lawyer?", "fact",
  ["Ioannidis", "Ioanidis"], ["sport/017.txt", "sport/023.txt", "sport/048.txt", "sport/054.txt", "sport/079.txt", "sport/081.txt", "sport/082.txt"], evl,
  note="Also spelled Grigoris Ioanidis in sport/054 (same person).")
q("lawyer", "Which lawyer represented Kostas Kenteris before the Greek tribunal?", "fact",
  ["Ioannidis", "Ioanidis"], ["sport/017.txt", "sport/023.txt", "sport/048.txt", "sport/054.txt", "sport/079.txt", "sport/081.txt", "sport/082.txt"], evl)
q("buckingham", "At which university does Kenteris's lawyer lecture?", "fact",
  ["Buckingham"], ["sport/048.txt"],
  [S("sport/048.txt", "Ioannidis, who is a law lecturer at the University of Buckingham, added: \"One of the important rights and foundations of law and justice - that the accused should be presumed innocent unless proved otherwise - has been tarnished.\"")])
q("coach", "Who coached Kenteris and Thanou?", "fact",
  ["Tzekos"], ["sport/023.txt", "sport/033.txt", "sport/047.txt", "sport/050.txt", "sport/051.txt", "sport/054.txt", "sport/079.txt", "sport/082.txt"],
  [S("sport/023.txt", "The pair arrived with former coach Christos Tzekos to give evidence at the Hellenic Olympic Committee's offices."),
   S("sport/033.txt", "The suspension also covers the athletes' controversial coach, Christos Tzekos.")],
  note="Usually described as their former coach.")
evch = [S("sport/054.txt", "\"Deliberations will start after some additional documents are brought in by Thursday,\" said committee chairman Kostas Panagopoulos."),
        S("sport/082.txt", "The head of that tribunal, Kostas Panagopoulos, said it had not been proven that the athletes refused to take the test in Athens.")]
q("tribunal-chair", "Who chaired the Greek disciplinary tribunal?", "fact",
  ["Panagopoulos"], ["sport/048.txt", "sport/054.txt", "sport/082.txt"], evch,
  note="Kostas (sport/054, 082) = Konstantinos (sport/048) Panagopoulos.")
q("tribunal-size", "How many members sat on the tribunal?", "fact",
  ["five", "5"], ["sport/023.txt", "sport/048.txt"],
  [S("sport/048.txt", "The tribunal panel will consist of five members - president Konstantinos Panagopoulos and Panagiotis Dimakos, Haralabos Hrisanthakis, Stilianos Perakis and Ioannis Karmis.")])
q("hearing-venue", "Where was the tribunal hearing held?", "fact",
  ["Hellenic Olympic Committee", "Greek Olympic Committee"], ["sport/023.txt", "sport/048.txt"],
  [S("sport/048.txt", "The tribunal hearing will take place at the Hellenic Olympic Committee building."),
   S("sport/023.txt", "The pair arrived with former coach Christos Tzekos to give evidence at the Hellenic Olympic Committee's offices.")])
evq = [S("sport/050.txt", "The IAAF issued an official warning to the trio last year after they were discovered training in Qatar rather than in Crete, where they had said they would be."),
       S("sport/051.txt", "The IAAF sent an official warning to the sprinters and coach Tzekos after they were discovered training in Qatar rather than in Crete, where they had said they would be.")]
q("qatar", "Why had the IAAF already given the sprinters an official warning?", "fact",
  ["Qatar"], ["sport/050.txt", "sport/051.txt"], evq, note="Found training in Qatar instead of Crete, where they had said they would be.")
q("qatar", "Where were Kenteris and Thanou found training when they had said they were in Crete?", "fact",
  ["Qatar"], ["sport/050.txt", "sport/051.txt"], evq)
q("deadline", "By when did Kenteris and Thanou have to respond to the IAAF's charges?", "fact",
  ["16 December", "December 16", "16th December"], ["sport/050.txt"],
  [S("sport/050.txt", "They have until midnight on 16 December and an IAAF spokesman said: \"We're sure their responses are on their way.\"")])
q("suspension-date", "On what date did the IAAF suspend the two sprinters?", "fact",
  ["22 December", "December 22", "22nd December"], ["sport/023.txt", "sport/048.txt"],
  [S("sport/023.txt", "In imposing two-year suspensions on the duo on 22 December, the IAAF described their explanations for missing the tests as \"unacceptable\".")],
  note="Only the date is asked; the nature/length of that suspension is disagreement d2.")
q("fly-back", "Why did they miss the tests in Tel Aviv and Chicago?", "fact",
  ["fly back", "flew back", "back to Greece"], ["sport/050.txt", "sport/051.txt"],
  [S("sport/050.txt", "But Kenteris and Thanou then went on to skip tests in Tel Aviv and Chicago, when they decided to fly back to Greece early.")])
q("germany", "Where does Kenteris's lawyer say Kenteris was when he supposedly missed the Chicago test?", "fact",
  ["Germany"], ["sport/017.txt"],
  [S("sport/017.txt", "The lawyer added that he has proof the authorities \"knew\" Kenteris was in Germany at the time he was alleged to have missed a test in Chicago.")])
q("verdict-reason", "Why did the Greek tribunal clear Kenteris and Thanou?", "fact",
  ["informed", "not informed", "not been informed", "not proven", "not strong enough"], ["sport/079.txt", "sport/080.txt", "sport/082.txt"],
  [S("sport/079.txt", "But an independent tribunal ruled that the duo had not been informed that they needed to attend a drugs test in Athens."),
   S("sport/082.txt", "The head of that tribunal, Kostas Panagopoulos, said it had not been proven that the athletes refused to take the test in Athens.")])
q("verdict-date", "On what date did the tribunal overturn the sprinters' provisional bans?", "fact",
  ["18 March", "March 18", "18th March"], ["sport/089.txt"],
  [S("sport/089.txt", "But an independent tribunal of the Greek Athletics Federation overturned the provisional ban on 18 March.")],
  note="Only one article dates the ruling; the earlier expected dates are disagreement d6.")
q("ioc", "Who demanded that the IAAF investigate the affair?", "fact",
  ["International Olympic Committee", "IOC"], ["sport/081.txt", "sport/082.txt"],
  [S("sport/081.txt", "It was the International Olympic Committee who demanded the IAAF investigate the affair.")])
q("wada-chief", "Who is the chairman of Wada?", "fact",
  ["Dick Pound", "Pound"], ["sport/079.txt", "sport/089.txt"],
  [S("sport/079.txt", "Wada chairman Dick Pound said: \"I am convinced the IAAF will appeal against the decision, and we will support them.")])
q("wada-appeal", "What did Wada say it would do if the IAAF accepted the Greek ruling?", "fact",
  ["appeal", "Court of Arbitration for Sport", "CAS"], ["sport/079.txt", "sport/089.txt"],
  [S("sport/079.txt", "The World Anti-Doping Agency (Wada) will appeal against the acquittal of Kostas Kenteris and Katerina Thanou on doping charges, if the IAAF does not."),
   S("sport/079.txt", "\"But if they accept the federation's ruling we will go before the Court of Arbitration for Sport,\" he added.")])
q("sevastis", "What did the head of the Greek Athletics Federation tell parliament about the sprinters' careers?", "fact",
  ["won't race again", "will not race again", "not race again", "careers are over", "won't run again"], ["sport/080.txt"],
  [S("sport/080.txt", "Greek Athletics Federation boss Vassilli Sevastis told the country's parliament: \"I believe Kenteris and Thanou won't race again.")])
q("criminal-charges-count", "How many criminal charges have been laid in the Greek criminal case?", "fact",
  ["eight", "8"], ["sport/048.txt"],
  [S("sport/048.txt", "Eight criminal charges have been laid against the sprinters as well as Tzekos, an eyewitness to the accident and hospital officials.")])
q("cauldron", "What role was Kenteris due to play at the Athens opening ceremony?", "fact",
  ["light the flame", "lighting the cauldron", "cauldron", "flame"], ["sport/047.txt"],
  [S("sport/047.txt", "Kenteris, a Greek hero after winning gold in the 200m at the 2000 Olympics in Sydney, also confirmed that he was due to light the flame at the Athens opening ceremony."),
   S("sport/047.txt", "\"I had even rehearsed lighting the cauldron,\" he said.")])
q("tv", "On which TV station did Kenteris deny faking the crash?", "fact",
  ["Alter"], ["sport/047.txt"],
  [S("sport/047.txt", "Kenteris, speaking on Greece's Alter Television station, also claimed that he asked to be tested for banned substances in hospital after the crash.")])
q("to-vima", "Which newspaper did Thanou give her first interview to since the Athens Olympics?", "fact",
  ["To Vima", "Vima"], ["sport/089.txt"],
  [S("sport/089.txt", "\"The IAAF will decide if we can compete again in Greece and abroad,\" Thanou told To Vima newspaper in her first interview since the Athens Olympics.")])
q("iaaf-review", "What did the IAAF's Doping Review Board conclude about the Greek tribunal's decision?", "fact",
  ["erroneous"], ["sport/081.txt"],
  [S("sport/081.txt", "An IAAF statement said: \"The Doping Review Board concluded that the decision is erroneous.\"")])
q("iaaf-reaction", "How did the IAAF first react when the Greek tribunal cleared the sprinters?", "fact",
  ["very surprised", "surprised"], ["sport/082.txt", "sport/089.txt"],
  [S("sport/082.txt", "But the IAAF said it was \"very surprised\" by the verdict.")])
q("kenteris-age", "How old is Kostas Kenteris?", "fact",
  ["31"], ["sport/016.txt", "sport/047.txt", "sport/051.txt", "sport/079.txt", "sport/082.txt"],
  [S("sport/082.txt", "Kenteris, 31, and Thanou, 30, had been charged with avoiding drug tests in Tel Aviv, Chicago and Athens and failing to notify anti-doping officials of their whereabouts before the Olympics."),
   S("sport/047.txt", "The 31-year-old insisted he will be happy if he is charged so he can clear his name.")],
  note="Several articles agree (31); not a conflict. Thanou's age is d4.")
q("others-charged", "Who besides the two sprinters faces criminal charges in Greece?", "fact",
  ["Tzekos", "medical staff", "hospital officials", "eyewitness"], ["sport/033.txt", "sport/048.txt"],
  [S("sport/048.txt", "Eight criminal charges have been laid against the sprinters as well as Tzekos, an eyewitness to the accident and hospital officials."),
   S("sport/033.txt", "Some medical staff have been charged with writing false medical reports.")])
q("papadoyiannakis", "Which head of the Greek Olympic team testified at the tribunal?", "fact",
  ["Papadoyiannakis"], ["sport/023.txt"],
  [S("sport/023.txt", "Yiannis Papadoyiannakis, who was head of the Greek Olympic team at the Athens Games last year, also testified at the tribunal, along with other Greek sports officials and athletes.")])
q("tribunal-charges", "What charges did the sprinters face before the Greek tribunal?", "fact",
  ["location", "whereabouts", "refusing to submit", "refusing"], ["sport/023.txt", "sport/048.txt", "sport/079.txt", "sport/082.txt"],
  [S("sport/048.txt", "The sprint duo face charges of failing to give information on their location and refusing to submit to a drugs test.")])

# ---- conflicts (2 wordings each)
def conf(group, wordings, did, ea, gold):
    for w in wordings:
        q(group, w, "conflict", gold, None, dev(did), expect_all=ea, conflict=True,
          note=f"Disagreement {did}.")

conf("maxban", ["What is the maximum ban Kenteris and Thanou could get for missing the tests?",
                "How long could the Greek sprinters be suspended for under IAAF rules?"],
     "d1", [ONE, TWO], ONE + TWO)
conf("iaaf-december", ["Did the IAAF give Kenteris and Thanou two-year bans in December?",
                       "What exactly did the IAAF decide about the two sprinters on 22 December?"],
     "d2", [["pending", "if found guilty", "if guilty", "provisionally suspended pending"], TWO], ["provisional", "provisionally"] + TWO)
conf("tzekos-ban", ["How long was coach Christos Tzekos banned for?",
                    "What ban did Tzekos receive?"],
     "d3", [TWO, FOUR], TWO + FOUR)
conf("thanou-age", ["How old is Katerina Thanou?",
                    "What age do the reports give for Thanou?"],
     "d4", [["29"], ["30"]], ["29", "30"])
conf("criminal-charges", ["Have Kenteris and Thanou been criminally charged in Greece?",
                          "Did Greek prosecutors bring charges against the sprinters over the crash?"],
     "d5", [["set to learn", "not yet", "pending", "undecided", "yet to"], ["charged", "have been charged"]], ["charged"])
conf("verdict-timing", ["When was the Greek tribunal expected to give its verdict?",
                        "By when were Kenteris and Thanou supposed to learn the tribunal's decision?"],
     "d6", [["end of February", "February"], ["mid-March", "mid March", "March"]], ["February", "March"])
conf("tribunal-outcome", ["What did the Greek tribunal decide about Kenteris and Thanou?",
                          "Has the Greek federation's tribunal reached a verdict on the two sprinters?"],
     "d7", [["pending", "postponed", "expected", "not yet", "awaiting", "delayed"], ["cleared", "acquitted", "acquittal", "overturned"]], ["cleared", "acquitted", "overturned"])
conf("iaaf-appeal", ["Did the IAAF appeal against the sprinters' acquittal?",
                     "Is the IAAF going to challenge the Greek decision at the Court of Arbitration for Sport?"],
     "d8", [["deciding", "considering", "whether to appeal", "reviews", "undecided"], ["will appeal", "lodge an appeal", "appealed", "appealing", "will contest"]], ["appeal", "CAS"])
conf("status", ["Are Kenteris and Thanou currently suspended?",
                "Are the two Greek sprinters allowed to compete?"],
     "d9", [["free to compete", "allowed to compete", "can compete", "overturned", "cleared"], ["suspended both", "suspended again", "suspended"]], ["suspended", "free to compete"])

# ---- follow-ups
q("fu-crash", "What did they say happened that night?", "follow-up",
  ["motorcycle", "motorbike", "crash", "accident"], ["sport/023.txt", "sport/048.txt", "sport/054.txt"],
  [S("sport/054.txt", "They were later taken to hospital after claiming to have been involved in a motorcycle accident."),
   S("sport/048.txt", "Testers could not find them at the Olympic village and the duo were later admitted to hospital after claiming to have been involved in a motorcycle accident.")],
  history=H("When did Kenteris and Thanou miss the test in Athens?",
            "According to the reports they missed it on 12 August, the eve of the Athens opening ceremony (sport/033.txt)."))
q("fu-lawyer", "Which university does he lecture at?", "follow-up",
  ["Buckingham"], ["sport/048.txt"],
  [S("sport/048.txt", "Ioannidis, who is a law lecturer at the University of Buckingham, added: \"One of the important rights and foundations of law and justice - that the accused should be presumed innocent unless proved otherwise - has been tarnished.\"")],
  history=H("Who is Kenteris's lawyer?", "His lawyer is Gregory Ioannidis (sport/017.txt, sport/082.txt)."))
q("fu-informed", "What did he say about whether Kenteris had been told to take the test?", "follow-up",
  ["informed", "In no way", "not informed"], ["sport/082.txt"],
  [S("sport/082.txt", "\"In no way was he (Kenteris) informed to appear for a doping test. The same goes for Thanou.\"")],
  history=H("Who headed the tribunal that heard the case?",
            "The five-member tribunal was chaired by Kostas Panagopoulos (sport/054.txt, sport/082.txt)."))
q("fu-pound", "What did he say he would do about the acquittal?", "follow-up",
  ["appeal", "Court of Arbitration for Sport", "CAS"], ["sport/079.txt", "sport/089.txt"],
  [S("sport/079.txt", "\"But if they accept the federation's ruling we will go before the Court of Arbitration for Sport,\" he added."),
   S("sport/089.txt", "However, Dick Pound, the chairman of the World Anti-Doping Authority, has said he will appeal against the decision if the IAAF does not.")],
  history=H("Who is the chairman of the World Anti-Doping Agency?", "Dick Pound is Wada's chairman (sport/079.txt)."))
q("fu-cauldron", "And what was he supposed to do at the Athens opening ceremony?", "follow-up",
  ["light the flame", "lighting the cauldron", "cauldron", "flame"], ["sport/047.txt"],
  [S("sport/047.txt", "Kenteris, a Greek hero after winning gold in the 200m at the 2000 Olympics in Sydney, also confirmed that he was due to light the flame at the Athens opening ceremony.")],
  history=H("What did Kenteris win in Sydney?", "He won the 200m gold medal at the 2000 Sydney Olympics (sport/017.txt)."))
q("fu-sevastis", "What did he tell the Greek parliament?", "follow-up",
  ["won't race again", "will not race again", "not race again", "not strong enough"], ["sport/080.txt"],
  [S("sport/080.txt", "Greek Athletics Federation boss Vassilli Sevastis told the country's parliament: \"I believe Kenteris and Thanou won't race again."),
   S("sport/080.txt", "Speaking to the Greek Parliament on Tuesday, Sevastis said that the evidence sent by the International Olympic Committee and athletics governing body the IAAF was not strong enough for the Greek Association to find the sprinters guilty.")],
  history=H("Who heads the Greek Athletics Federation?", "Vassilis Sevastis, the federation's (Segas) chairman (sport/081.txt)."))
q("fu-tzekos", "How long was he banned for?", "follow-up",
  TWO + FOUR, None, dev("d3"), expect_all=[TWO, FOUR], conflict=True,
  history=H("Who was the sprinters' coach?", "Christos Tzekos, usually described as their former coach (sport/023.txt)."),
  note="Follow-up on disagreement d3.")
q("fu-iaaf", "And what did the IAAF do about that ruling?", "follow-up",
  ["appeal", "CAS", "Court of Arbitration for Sport"], None, dev("d8"),
  expect_all=[["deciding", "considering", "whether to appeal", "reviews", "undecided"], ["will appeal", "lodge an appeal", "appealed", "appealing", "will contest"]], conflict=True,
  history=H("What did the Greek tribunal decide?", "It cleared Kenteris and Thanou of the doping offences and overturned their provisional bans (sport/082.txt, sport/089.txt)."),
  note="Follow-up on disagreement d8.")

# ---- unanswerable
U = [
 ("cas-ruling", "What did the Court of Arbitration for Sport finally rule on the IAAF's appeal?",
  [S("sport/081.txt", "Now the IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS) and has suspended both athletes.")],
  "The articles end with the appeal being lodged; no CAS ruling is reported."),
 ("criminal-verdict", "What was the verdict in the Greek criminal trial over the faked crash?",
  [S("sport/089.txt", "And Thanou and Kenteris face a criminal trial later this year for allegedly avoiding the test and then faking a motorcycle accident.")],
  "The trial had not taken place when the articles were written."),
 ("eyewitness", "What is the name of the eyewitness to the motorcycle accident?",
  [S("sport/048.txt", "Eight criminal charges have been laid against the sprinters as well as Tzekos, an eyewitness to the accident and hospital officials.")],
  "An eyewitness is mentioned but never named."),
 ("hospital-name", "Which hospital treated Kenteris and Thanou after the crash?",
  [S("sport/047.txt", "\"I told the hospital, which was an Olympics-accredited hospital, to call the IOC and have me tested on the spot but no-one came.\"")],
  "The hospital is not named."),
 ("substances", "Which banned substances was Tzekos accused of distributing?",
  [S("sport/050.txt", "Their former coach Christos Tzekos has also been charged with distributing banned substances.")],
  "No substance is named."),
 ("sponsorship", "How much sponsorship money did Kenteris lose because of the scandal?",
  [S("sport/080.txt", "\"The damage to their commercial interests has been done,\" he added.")],
  "No figure is given."),
 ("cauldron-lit", "Who lit the Olympic cauldron at the Athens opening ceremony instead of Kenteris?",
  [], "The articles only say Kenteris had been due to light it."),
 ("cas-date", "On what date will the Court of Arbitration for Sport hear the IAAF's appeal?",
  [], "No hearing date is given."),
 ("sydney-time", "What was Kenteris's winning time in the Sydney 200m final?",
  [], "No times are given."),
 ("medics-names", "What are the names of the medical staff charged over the false medical reports?",
  [S("sport/033.txt", "Some medical staff have been charged with writing false medical reports.")],
  "The medical staff are not named."),
]
for g, text, e, note in U:
    q(g, text, "unanswerable", [], sorted({x["source"] for x in e}), e, abstain=True, note=note)

# ---- positions
q("pos-drugs", "Did Kenteris take performance-enhancing drugs?", "position",
  ["denied", "denies", "innocence", "innocent", "no positive test", "not say"],
  ["sport/047.txt", "sport/054.txt", "sport/089.txt"],
  [S("sport/047.txt", "But Kenteris has continually protested his innocence - and on Sunday blamed Greek Olympic Committee officials and his former coach Christos Tzekos for failing to inform him of the test."),
   S("sport/054.txt", "Tzekos, Thanou and Kenteris, who have all denied the charges, can expect a decision within a month."),
   S("sport/089.txt", "\"An athlete would have to be very stupid to take illegal substances when he or she knows that they will undergo tests at any given moment.")],
  note="The articles concern missed tests, not a positive test; none says he took drugs. Report the charges and the denials; no verdict.")
q("pos-guilty", "Were Kenteris and Thanou guilty of dodging the drugs tests?", "position",
  ["cleared", "acquitted", "acquittal", "erroneous", "appeal"],
  ["sport/081.txt", "sport/082.txt"],
  [S("sport/082.txt", "Sprinters Kostas Kenteris and Katerina Thanou have been cleared of doping offences by an independent tribunal."),
   S("sport/081.txt", "An IAAF statement said: \"The Doping Review Board concluded that the decision is erroneous.\"")],
  note="Greek tribunal cleared them; IAAF calls the decision erroneous and appeals to CAS; no final ruling in the articles.")
q("pos-crash", "Did Kenteris and Thanou fake the motorcycle crash?", "position",
  ["denied", "denies", "alleged", "allegedly", "charged", "accident happened"],
  ["sport/047.txt", "sport/081.txt", "sport/089.txt"],
  [S("sport/047.txt", "Greek sprinter Kostas Kenteris has denied claims that he faked a motorbike crash to avoid a doping test days before the start of the Olympics."),
   S("sport/081.txt", "Thanou and Kenteris still face a criminal trial later this year for allegedly avoiding the test and then faking a motorcycle accident"),
   S("sport/089.txt", "Thanou said: \"I can see how people can think the accident seemed like a childish excuse.")],
  note="Prosecutors allege it; Kenteris denies it; trial pending. No verdict in the articles.")
q("pos-tzekos", "Was coach Christos Tzekos to blame for the missed Athens test?", "position",
  ["blamed", "innocent", "means nothing"],
  ["sport/033.txt", "sport/047.txt"],
  [S("sport/047.txt", "But Kenteris has continually protested his innocence - and on Sunday blamed Greek Olympic Committee officials and his former coach Christos Tzekos for failing to inform him of the test."),
   S("sport/033.txt", "\"We'll be presenting all our arguments to SEGAS - we're innocent.\"")],
  note="Kenteris blames Tzekos and Olympic officials; Tzekos says they are innocent. Report both; the articles give no finding on blame for the Athens test.")
q("pos-tribunal", "Was the Greek tribunal right to clear the sprinters?", "position",
  ["erroneous", "exonerated", "surprised", "not strong enough"],
  ["sport/080.txt", "sport/081.txt", "sport/082.txt"],
  [S("sport/081.txt", "An IAAF statement said: \"The Doping Review Board concluded that the decision is erroneous.\""),
   S("sport/082.txt", "Kenteris's lawyer, Gregory Ioannidis, said: \"The decision means Mr Kenteris has been exonerated of highly damaging and unfounded charges which have been extremely harmful for his career."),
   S("sport/080.txt", "Speaking to the Greek Parliament on Tuesday, Sevastis said that the evidence sent by the International Olympic Committee and athletics governing body the IAAF was not strong enough for the Greek Association to find the sprinters guilty.")],
  note="IAAF (and Wada) say it was wrong; the lawyer and the federation defend it. Report who says what.")
q("pos-persecuted", "Was Kenteris persecuted by the sporting authorities?", "position",
  ["persecuted", "lawyer", "Ioannidis", "claims", "says"],
  ["sport/023.txt", "sport/048.txt"],
  [S("sport/023.txt", "\"There is also evidence that proves the fact that my client has been persecuted.\"")],
  note="Only his lawyer's claim; the articles do not endorse it.")

# ---------------------------------------------------------------- write
def dump(name, rows):
    with open(os.path.join(OUT, name), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

dump("disagreements.jsonl", D)
dump("non_disagreements.jsonl", N)
dump("questions.jsonl", Q)
from collections import Counter
print(len(D), len(N), len(Q), Counter(r["category"] for r in Q))
