"""Build questions.jsonl for the bbc-open eval set (standard library only)."""
import json
from draft_fact import ROWS

BASE = '/work/shared/data/bbc/'

# extra sources that state the same fact: (source, quote); None quote = reuse primary quote (exact duplicate article)
EXTRA = {
 "entertainment/272.txt": [("entertainment/003.txt", None)],
 "entertainment/046.txt": [("entertainment/338.txt", None)],
 "politics/367.txt": [("politics/110.txt", None)],
 "politics/341.txt": [("politics/223.txt", None),
     ("politics/363.txt", "Mr Kennedy added his party's priorities of free long-term care for the elderly, abolishing top-up fees and replacing the council tax would be funded by charging 50% income tax to those earning more than £100,000 per annum."),
     ("politics/388.txt", "The Lib Dems say they would fund free personal care by a new 50% tax rate on incomes over £100,000.")],
 "sport/257.txt": [("sport/258.txt", None)],
 "sport/469.txt": [("sport/470.txt", None)],
 "tech/079.txt": [("tech/373.txt", None)],
 "tech/064.txt": [("tech/338.txt", None)],
 "tech/118.txt": [("tech/387.txt", None)],
 "tech/329.txt": [("tech/019.txt", None)],
 "tech/303.txt": [("tech/075.txt", None)],
 "tech/089.txt": [("tech/310.txt", None)],
 "politics/337.txt": [("politics/088.txt", None), ("politics/396.txt", None)],
 "politics/064.txt": [("politics/161.txt", None)],
 "entertainment/013.txt": [("entertainment/007.txt", "Novelist Andrea Levy is favourite to win the main Whitbread Prize book of the year award, after winning novel of the year with her book Small Island.")],
 "entertainment/354.txt": [("entertainment/357.txt", "The Aviator was declared best film, and its star Cate Blanchett won best supporting actress.")],
 "entertainment/373.txt": [("entertainment/371.txt", "Arnold's film Wasp won the best live action short film award on Sunday."),
     ("entertainment/372.txt", "Former British TV presenter Andrea Arnold, who hosted children's shows Motormouth and Number 73 in the 1980s, won best short film for Wasp.")],
 "entertainment/203.txt": [("entertainment/225.txt", "Feminist icon Germaine Greer quit the show earlier in the week over what she called \"bullying\" tactics used by the programme's producers.")],
 "entertainment/287.txt": [("entertainment/118.txt", "US rock band REM have been forced to cancel concerts after bass player Mike Mills was taken to hospital suffering from \"severe flu-like symptoms\".")],
 "business/197.txt": [("business/217.txt", "It was sold in June 2004 to a consortium that included Viktor Pinchuk, son-in-law of former-President Kuchma, and Rinat Akhmetov, the country's richest man, for $800m (£424m) - despite other higher offers."),
     ("business/136.txt", "The privatisation review's number one target is a steel mill sold to a consortium which included Viktor Pinchuk, Mr Kuchma's son-in-law, for $800m (£424m) despite higher bids from several foreign groups.")],
 "business/314.txt": [("business/164.txt", "Concerned that it would be caught up in a court battle, Gazprom and Gazpromneft withdrew from the auction, and Yuganskneftegas was sold to little-known investment firm Baikal Finance Group."),
     ("business/358.txt", "The winning bidder at the auction was a previously unknown firm, Baikal Finance Group, which was snapped up days later by Rosneft, a Russian oil firm that is in the process of merging with Gazprom.")],
 "politics/358.txt": [("politics/082.txt", "Mr Straw promised to continue to ensure the UK's budget rebate, secured in 1984 by Margaret Thatcher, was \"fully justified\"."),
     ("politics/383.txt", "Mr Straw promised to continue to ensure the UK's budget rebate, secured in 1984 by Margaret Thatcher, was \"fully justified\".")],
 "politics/258.txt": [("politics/225.txt", "At a campaign poster launch on Tuesday, Mr Brown was joined by Alan Milburn, who Mr Blair controversially put in charge of election planning in place of the chancellor."),
     ("politics/262.txt", "Labour staged a show of unity at its own poster launch on Tuesday, where Mr Brown was joined by Alan Milburn, who Mr Blair controversially put in charge of election planning in place of the chancellor.")],
 "tech/254.txt": [("tech/264.txt", "By September, the number of broadband connections in the UK finally overtook dial-up and in December BT announced that it was making a new broadband connection every 10 seconds.")],
 "tech/110.txt": [("tech/364.txt", "Curry's Daily Source Code - which he committed to doing daily to inspire the community - has 10s of thousands of listeners.")],
}

CONFLICT = {
 "politics/341.txt": ("Other articles describe the Lib Dem top-rate plan with a different figure: politics/284.txt says \"He insists his three headline commitments, to be financed from a 1% tax increase on those earning over £100,000 a year, will appeal right across the political spectrum.\" and politics/283.txt describes a \"modest\" one-penny-in-the-pound increase on earnings over £100,000, versus the 50% rate in politics/341.txt, 223.txt, 363.txt and 388.txt.",
     [("politics/284.txt", "He insists his three headline commitments, to be financed from a 1% tax increase on those earning over £100,000 a year, will appeal right across the political spectrum.")]),
 "sport/469.txt": ("sport/466.txt gives a different age for the same record: \"Wild celebrations followed, with an emotional Moya congratulated by his team-mates, including Nadal, who at 18 years and 187 days becomes the youngest ever victor in Davis Cup history.\" (sport/469.txt and its duplicate sport/470.txt say 18 years and 185 days).",
     [("sport/466.txt", "Wild celebrations followed, with an emotional Moya congratulated by his team-mates, including Nadal, who at 18 years and 187 days becomes the youngest ever victor in Davis Cup history.")]),
 "sport/484.txt": ("sport/465.txt gives different dates for the same tournament: \"...who will make her comeback in the Sydney International from 10-16 January.\" versus 9-15 January in sport/484.txt.",
     [("sport/465.txt", "\"Physically, it's obvious that I hit rock bottom,\" said the 22-year-old, who will make her comeback in the Sydney International from 10-16 January.")]),
}

NOTES = {
 "sport/257.txt": "Not a conflict: sport/170.txt reports the fine actually imposed (3000 euros) and itself calls about £22,000 the expected amount.",
 "tech/134.txt": "Not a conflict: tech/160.txt ('Halo 2 sells five million copies') is an earlier sales milestone; 6.23 million is the figure quoted at CES in January 2005.",
 "tech/213.txt": "tech/108.txt names Kathy Rittweger as another Blinkx co-founder; the question is worded to fit the Chandratillake quote in tech/213.txt.",
 "business/139.txt": "Not a conflict: business/275.txt gives the January figure (5.037 million); business/098.txt also cites 5.2 million.",
 "business/219.txt": "business/193.txt (an earlier story) says an auditor recommended suspending debt repayments until at least the 2006-2007 fiscal year; the agreed freeze to 2007 is in business/219.txt only.",
 "entertainment/201.txt": "The article ends with a short list of winners; the question uses the prose.",
 "sport/146.txt": "Match report with team line-ups appended; the question uses the prose.",
 "sport/109.txt": "Match report with team line-ups appended; the question uses the prose.",
 "sport/103.txt": "Short article with a line-up appended.",
 "politics/389.txt": "The article's opening paragraph is garbled in the source (starts mid-story).",
 "entertainment/244.txt": "Timeline-style article (years stripped out in the source); the date asked about is in the opening prose.",
}

UNANS = [
 ("business", "unans-ebay-skype", "How much did eBay pay to buy the internet telephony firm Skype?",
  "grep: no file mentions both eBay and Skype; the Skype articles (tech/042, 339, 349, 350) are about its services only."),
 ("business", "unans-jet-first-day", "At what price did Jet Airways shares close on their first day of trading?",
  "Near-miss: business/169.txt and business/186.txt cover the IPO subscription and price band (1,050-1,125 rupees) but not first-day trading."),
 ("entertainment", "unans-eurovision-2005", "Who won the 2005 Eurovision Song Contest?",
  "grep: 'Eurovision' occurs only in entertainment/172.txt (50th-anniversary show); no 'Paparizou' / 'My Number One' / 2005 winner."),
 ("entertainment", "unans-palme-2005", "Which film won the Palme d'Or at the 2005 Cannes Film Festival?",
  "grep: 'Palme d'Or' appears only for Fahrenheit 9/11 in 2004 (entertainment/326.txt); no 'L'Enfant' / 'Dardenne'."),
 ("entertainment", "unans-tate-tree-2003", "Which artist decorated the Tate Britain Christmas tree in 2003?",
  "Near-miss: entertainment/001.txt names Richard Wentworth (current year) and Tracey Emin (2002) only; 'Christmas tree' occurs in no other file."),
 ("politics", "unans-election-2005-seats", "How many seats did Labour win in the May 2005 general election?",
  "grep: no '356' and no 'majority of 66'; the politics articles are all pre-election."),
 ("politics", "unans-tory-leader", "Who was elected leader of the Conservative Party to succeed Michael Howard after the 2005 general election?",
  "grep: no leadership-contest or successor story; David Cameron appears only as policy co-ordinator in one politics article."),
 ("sport", "unans-cl-final-2005", "What was the score at the end of extra time in the 2005 Champions League final in Istanbul between Liverpool and AC Milan?",
  "grep: 'Istanbul' occurs only in tech/140, tech/274, business/074 (unrelated); no Champions League final report."),
 ("sport", "unans-olympics-2012", "Which city won the IOC vote to host the 2012 Olympic Games?",
  "grep: only mentions of London's 2012 bid; no 'won the right to host' or vote result."),
 ("tech", "unans-xbox360-price", "How much did Microsoft's Xbox 360 console cost at its UK launch?",
  "grep: 'Xbox 360' not in corpus; the 'Xbox 2' articles give no UK launch price."),
 ("tech", "unans-hp-ceo", "Who was appointed chief executive of Hewlett-Packard to replace Carly Fiorina?",
  "grep: Fiorina appears only in tech/228 and tech/295 (CES keynote); no 'Hurd', no 'Wayman', no departure story."),
 ("tech", "unans-opera-price", "How much does the paid-for, ad-free version of the Opera 8.0 browser cost?",
  "Near-miss: tech/089.txt (and duplicate tech/310.txt) say a paid-for version without the ad banner exists but give no price; no Opera price anywhere in tech/."),
]

rows = []
for src, q, gold, quote, note in ROWS:
    folder, fname = src.split('/')
    rid = f"open-{folder}-{fname[:-4]}"
    ev = [{"source": src, "quote": quote}]
    refs = [src]
    for s2, q2 in EXTRA.get(src, []):
        ev.append({"source": s2, "quote": q2 if q2 is not None else quote})
        refs.append(s2)
    conflict = src in CONFLICT
    notes = [n for n in [note, NOTES.get(src, "")] if n]
    if any(s2 for s2, q2 in EXTRA.get(src, []) if q2 is None):
        notes.append("Duplicate article(s) in corpus: " + ", ".join(s2 for s2, q2 in EXTRA[src] if q2 is None) + ".")
    if conflict:
        cnote, cev = CONFLICT[src]
        notes.insert(0, "CONFLICT: " + cnote)
        for s2, q2 in cev:  # conflicting quotes go in the note only; check they are verbatim
            assert q2 in open(BASE + s2, encoding='utf-8', errors='replace').read(), (s2, q2)
    row = {"id": rid, "group": rid, "question": q, "category": "fact",
           "gold_answers": gold, "expect_conflict": conflict, "should_abstain": False,
           "reference_sources": refs, "evidence": ev}
    if notes:
        row["note"] = " ".join(notes)
    rows.append(row)

for folder, uid, q, note in UNANS:
    rid = f"open-{folder}-{uid}"
    rows.append({"id": rid, "group": rid, "question": q, "category": "unanswerable",
                 "gold_answers": [], "expect_conflict": False, "should_abstain": True,
                 "reference_sources": [], "evidence": [], "note": note})

with open('questions.jsonl', 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
