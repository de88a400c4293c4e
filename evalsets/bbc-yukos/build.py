#!/usr/bin/env python3
"""Build questions.jsonl for the Yukos story set (BBC business, Dec 2004 - Feb 2005).

Every quote is checked against its article before anything is written.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "..", "..", "..", "shared", "data", "bbc")

def S(n):
    return "business/%s.txt" % n

Q = {}  # key -> (source, verbatim quote)
# auction, buyer, price
Q['winner318'] = (S("318"), "Baikal Finance Group emerged as the auction winner, agreeing to pay 260.75bn roubles (£4.8bn; $9.4bn).")
Q['winner358'] = (S("358"), "The winning bidder at the auction was a previously unknown firm, Baikal Finance Group, which was snapped up days later by Rosneft, a Russian oil firm that is in the process of merging with Gazprom.")
Q['sold164'] = (S("164"), "Concerned that it would be caught up in a court battle, Gazprom and Gazpromneft withdrew from the auction, and Yuganskneftegas was sold to little-known investment firm Baikal Finance Group.")
Q['sold426'] = (S("426"), "Yuganskneftegaz, the unit which produced 60% of Yukos' output, had been seized and sold in December for less than $10bn to a previously unknown firm called Baikal.")
Q['date299'] = (S("299"), "Russian authorities are due to auction off Yuganskneftegas on 19 December to pay a huge tax bill sent to Yukos.")
Q['date358'] = (S("358"), "Deutsche Bank contends Yukos filed for bankruptcy earlier this month in Texas in a desperate and unsuccessful bid to stave off the 19 December auction of its top unit by the Russian government, which was in a tax dispute with Yukos.")
Q['paid314'] = (S("314"), "Baikal paid 260.75bn roubles ($9.37bn: £4.8bn) for Yugansk - nowhere near the $27bn Russia says Yukos owes in taxes.")
Q['paid324'] = (S("324"), "Russian newspapers have claimed that Baikal - which bought the Yuganskneftegas production unit for $9.4bn (261bn roubles, £4.8bn) on Sunday at a state provoked auction - has strong links with Surgutneftegas, Russia's fourth-biggest oil producer.")
Q['start314'] = (S("314"), "And, according to Tass news agency, Gazprom did not make a single bid, leaving the way open for Baikal, which paid above the auction start price of 246.75bn roubles.")
Q['tver'] = (S("314"), "Mystery firm Baikal Finance Group is officially registered in the central Russian region of Tver, but many analysts believe it may be linked to Gazprom.")
Q['rosneft332'] = (S("332"), "Rosneft bought 100% of Baikal Finance Group, in a move that amounts to the renationalisation of a major chunk of Russia's booming oil industry.")
Q['rosneft426'] = (S("426"), "Baikal promptly passed into the hands of state-controlled firm Rosneft, itself shortly to merge with state gas giant Gazprom.")
Q['rosneft025'] = (S("025"), "It was bought for $9.4bn by a previously-unknown group, which was in turn bought up almost immediately by state-controlled oil company Rosneft.")
Q['rosneft131'] = (S("131"), "The shell company was then snapped up by Rosneft.")
Q['share318'] = (S("318"), "Last week, Yukos filed for Chapter 11 bankruptcy protection in the US in a last-ditch attempt to hang on to Yuganskneftegas, which accounts for 60% of its output.")
# US court
Q['judge025'] = (S("025"), "Texas Judge Letitia Clark said Yukos did not have enough of a US presence to establish US jurisdiction.")
Q['judge192'] = (S("192"), "US bankruptcy judge Letitia Clark, who issued an injunction in December to try and prevent the Yugansk sale, has said she will rule \"pretty promptly, however I do not anticipate ruling on it before next Tuesday\".")
Q['filedate'] = (S("083"), "But he said that the papers documenting the transaction were not drawn up till weeks after Yukos made its bankruptcy application on 14 December, and then backdated.")
Q['houston025'] = (S("025"), "Yukos filed for Chapter 11 protection in Houston in an unsuccessful attempt to halt the auction of its Yugansk division by the Russian authorities.")
Q['houston192'] = (S("192"), "Yukos made its surprise Chapter 11 bankruptcy filing in Houston in December in an unsuccessful attempt to halt the auction of Yugansk, its main oil producing unit, by Russian authorities.")
Q['cfo025'] = (S("025"), "Yukos had argued that a US court was entitled to declare it bankrupt before its Yugansk unit was sold, since it has local bank accounts and its chief finance officer Bruce Misamore lives in Houston.")
Q['cfo083'] = (S("083"), "Yukos chief financial officer Bruce Misamore, who had moved to the US in early December to set up Yukos USA, acknowledged the point.")
Q['ceo299'] = (S("299"), "Filing for bankruptcy protection in the US was \"a last resort to preserve the rights of our shareholders, employees and customers,\" said Yukos chief executive Steven Theede.")
Q['ceo083'] = (S("083"), "\"It gives us a kind of life after death alternative,\" said Yukos chief executive Steven Theede.")
Q['db192'] = (S("192"), "Deutsche Bank is involved in the case because it is itself being sued by Yukos. It had agreed to loan Gazpromneft the money to bid for Yugansk.")
Q['db083'] = (S("083"), "Deutsche Bank is involved in the case because it is itself being sued by Yukos. It had agreed to loan to an arm of Russian state gas firm Gazprom the money to bid for Yuganskneftegaz, as the Yukos unit is formally known.")
Q['banks5'] = (S("230"), "Russian oil company Yukos has dropped the threat of legal action against five banks it had accused of involvement in the sale of its key Yugansk unit.")
Q['hearing164'] = (S("164"), "In Houston, bankruptcy Judge Letitia Clark will start a two-day hearing on 16 February to hear arguments on whether a US court is the proper forum for the case.")
Q['hearing230'] = (S("230"), "A hearing scheduled for February 16 and 17 will rule on whether the US court has jurisdiction in the case.")
Q['hearing399'] = (S("399"), "On Thursday, a US court said it will hear arguments for Yukos' bankruptcy claim to be thrown out on 16 February.")
Q['presence025'] = (S("025"), "\"The vast majority of the business and financial activities of Yukos continue to occur in Russia,\" Judge Clark said in her ruling.")
# China, India
Q['china1'] = (S("077"), "China lent Russia $6bn (£3.2bn) to help the Russian government renationalise the key Yuganskneftegas unit of oil group Yukos, it has been revealed.")
Q['china2'] = (S("077"), "The Kremlin said on Tuesday that the $6bn which Russian state bank VEB lent state-owned Rosneft to help buy Yugansk in turn came from Chinese banks.")
Q['china3'] = (S("077"), "The revelation came as the Russian government said Rosneft had signed a long-term oil supply deal with China.")
Q['china4'] = (S("077"), "Reports said CNPC had been offered 20% of Yugansk in return for providing finance but the company opted for a long-term oil supply deal instead.")
Q['ongc181'] = (S("181"), "It is reported to be keen on buying a 15% stake in oil unit Yuganskneftegas.")
Q['ongc399'] = (S("399"), "Local press had reported that ONGC was looking to buy 15% of Yukos' former key oil production unit for $2bn (£1bn).")
# Menatep, Khodorkovsky
Q['menatep51'] = (S("127"), "Group Menatep, the Gibraltar-based holding company which controls 51% of Yukos, says this was illegal.")
Q['treaty'] = (S("127"), "According to Menatep, the government's actions were contrary to the 1994 Energy Charter Treaty, which was designed to regulate disagreements over energy investments.")
Q['nevzlin1'] = (S("444"), "Mr Khodorkovsky handed over his entire 59.5% stake in holding company Group Menatep - which controls Yukos - to Leonid Nevzlin.")
Q['nevzlin2'] = (S("444"), "A close ally of the ex-Yukos boss, Mr Nevzlin is currently based in Israel.")
Q['nevzlin3'] = (S("444"), "Mr Nevzlin is Yukos' largest shareholder but is living in self-imposed exile in Israel.")
Q['signed127'] = (S("127"), "He has since signed over his shareholding to one of his fellow investors.")
Q['arrest444'] = (S("444"), "Previously considered to be Russia's richest man, with an estimated fortune of $15bn, Mr Khodorkovsky is currently on trial for fraud and tax evasion following his arrest in October 2003.")
Q['arrest299'] = (S("299"), "Mr Khodorkovsky, who had funded liberal opposition groups, was arrested in October last year on fraud and tax evasion charges and is still in jail")
Q['illarionov'] = (S("426"), "\"We used to see street hustlers do this kind of thing,\" Andrei Illarionov - then economic adviser to President Vladimir Putin - told a press conference.")
Q['swindle'] = (S("426"), "On 28 December, another senior economic adviser called the sale \"the swindle of the century\".")
# conflicts
Q['threat083'] = (S("083"), "It has also threatened to sue the Russian government for $28bn.")
Q['sued164'] = (S("164"), "Earlier this month it sued the Russian government for $28.3bn.")
Q['sued127'] = (S("127"), "The majority owner of embattled Russian oil firm Yukos has sued the Russian government for $28.3bn (£15.2bn).")
Q['sued192'] = (S("192"), "Yukos' parent company, the Gibraltar-based Menatep Group, is suing Russia in Europe for $28.3bn in financial damages.")
Q['wait127'] = (S("127"), "Yukos is still waiting to see what will happen to its filing in a US court for bankruptcy protection.")
Q['wait181'] = (S("181"), "It is thought that any decision over Yugansk will be delayed until a US court has decided whether to grant Yukos bankruptcy protection.")
Q['dismiss025'] = (S("025"), "A judge has dismissed an attempt by Russian oil giant Yukos to gain bankruptcy protection in the US.")
Q['dismiss157'] = (S("157"), "The company's effort to gain bankruptcy protection in the US - in a bid to win damages for the sale - were dismissed by a court in Texas.")
Q['gazprom358'] = (S("358"), "Yuganskneftegas will ultimately end up with Gazprom.")
Q['spun131'] = (S("131"), "Gazprom chief Alexei Miller confirmed Rosneft-owned Yugansk was not part of the deal and will instead be spun off.")
Q['separate131'] = (S("131"), "Speaking on NTV television, which is controlled by Gazprom, Mr Miller added that Yugansk, which was swallowed up by Rosneft late last year, will operate as a separate, state-owned oil firm headed by current Rosneft chief Sergei Bogdanchikov.")
Q['standalone399'] = (S("399"), "State-owned Rosneft now owns Yugansk and Russia has said it will turn the oil producer into a stand-alone firm.")
Q['willsue324'] = (S("324"), "Yukos has said it will sue Baikal and others involved in the sale of Yuganskneftegas for $20bn in damages.")
Q['intends358'] = (S("358"), "Yukos has said it intends to seek $20bn in damages from the buyer of Yuganskneftegas once the sale finally goes through.")
Q['sued4_164'] = (S("164"), "Russian oil firm Yukos has sued four companies for their role in last year's forced state auction of its key oil production unit Yuganskneftegas.")
Q['submitted164'] = (S("164"), "Yukos submitted the suit in Houston, where it filed for bankruptcy.")
Q['suing083'] = (S("083"), "Yukos is currently suing four companies - Gazprom, its unit Gazpromneft, Rosneft and the shell company which won the bidding - for their part in Yugansk's disposal.")
Q['toask003'] = (S("003"), "The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit to pay back a $900m (£479m) loan.")
Q['willask003'] = (S("003"), "Yukos' owner Menatep Group says it will ask Rosneft to repay a loan that Yugansk had secured on its assets.")
Q['asked127'] = (S("127"), "Menatep has already asked Rosneft to repay a $900m loan that Yugansk had secured on its assets.")
# positions
Q['illegal314'] = (S("314"), "Yukos reacted immediately by repeating its view that the auction was illegal in international and Russian law, and said Baikal had bought itself trouble.")
Q['theft314'] = (S("314"), "Yukos has always insisted the auction was state-sponsored theft but Russian authorities argued they were imposing the law, trying to recover billions in unpaid taxes.")
Q['illegal324'] = (S("324"), "Yukos' US lawyers claim the auction was illegal because the firm had filed for bankruptcy and therefore its assets were now under the protection of US bankruptcy law which has worldwide jurisdiction.")
Q['market332'] = (S("332"), "\"Everything was done by market methods,\" Mr Putin said at his year-end press conference in Moscow.")
Q['confiscatory'] = (S("025"), "In her ruling, the judge acknowledged that \"it appears likely that agencies of the Russian government have acted in a manner that would be considered confiscatory under United States law\".")
Q['exorbitant'] = (S("314"), "Yukos says those tax demands are exorbitant, and had sought refuge in US courts.")
Q['owes314'] = (S("314"), "The unit was seized by the government which claims the oil giant owes more than $27bn in taxes and fines.")
Q['campaign299'] = (S("299"), "Yukos asked the Houston court to order Russia to arbitration so that it can press claims for billions of dollars in damages over a \"campaign of illegal, discriminatory and disproportionate\" tax claims.")
Q['nojuris391'] = (S("391"), "Russian President Vladimir Putin and the country's legal authorities have repeatedly said that the US has no jurisdiction over Yukos and its legal wranglings.")
Q['abide025'] = (S("025"), "Russia had indicated it would in any case not abide by the rulings of the US courts.")
Q['meaningless164'] = (S("164"), "Analysts have questioned whether a US court has any jurisdiction over Russian companies, while Moscow officials have dismissed Yukos' legal wrangling as meaningless.")
Q['notlinked314'] = (S("314"), "However, Gazprom has announced it is not linked to Baikal in any way.")
Q['denied318'] = (S("318"), "Gazprom has denied that it is behind the purchase.")
Q['front318'] = (S("318"), "Russia's newspapers claimed that Baikal was a front for gas monopoly Gazprom, which had been expected to win.")
Q['notguilty'] = (S("025"), "Mr Khodorkovsky - who has been in jail for more than a year - pleaded not guilty to the charges brought against him and denied involvement in any criminal activities.")
Q['fiction157'] = (S("157"), "Mr Khodorkovsky began his testimony last week, telling the court that he objected to the way that the \"running of a normal business has been presented as a work of criminal fiction\".")

texts = {}
bad = 0
for k, (src, quote) in Q.items():
    if src not in texts:
        texts[src] = open(os.path.join(BASE, src), encoding="utf-8").read()
    if quote not in texts[src]:
        print("NOT VERBATIM:", k, src, quote[:80]); bad += 1
if bad:
    sys.exit(1)

sys.path.insert(0, os.path.dirname(HERE))
from story_rows import StoryRows  # noqa: E402

story = StoryRows(Q)
add, rows = story.add, story.rows

DEC19 = ["19 December", "December 19", "19th December", "19 Dec", "Dec 19"]

# ---------------- fact ----------------
add("buyer", "Which company won the auction for Yukos's main production unit?", "fact", ["Baikal"], ["winner318", "winner358"],
    "Baikal Finance Group won the auction (318, 358; also 314, 324, 332, 164). Several articles only say 'a little-known shell company'. It then passed to Rosneft.")
add("buyer", "Who was Yuganskneftegas sold to at the December auction?", "fact", ["Baikal"], ["sold164", "sold426"],
    "Sold to the little-known Baikal Finance Group (164, 426), which Rosneft took over days later. An answer naming only Rosneft misses the auction winner.")
add("auctiondate", "On what date was Yugansk put under the hammer?", "fact", DEC19, ["date299", "date358"],
    "19 December 2004, a Sunday (299 gives the scheduled date; 358 refers to the 19 December auction; 314, 318, 324, 332 say 'Sunday').")
add("roubles", "How many roubles did the winning bidder pay for Yuganskneftegas?", "fact",
    ["260.75bn", "260.75 billion", "261bn", "261 billion"], ["paid314", "paid324", "winner318"],
    "260.75bn roubles (314, 318); 324 rounds to 261bn roubles. The dollar conversions differ ($9.37bn, $9.4bn, elsewhere $9.3bn); see conversion differences in disagreements.md.")
add("startprice", "What was the starting price at the Yugansk auction, in roubles?", "fact", ["246.75bn", "246.75 billion"], ["start314"],
    "246.75bn roubles (314 only). 299 quotes a Yukos lawyer giving the opening bid as $8bn, which is lower than 246.75bn roubles at the rates used elsewhere (doubtful disagreement, not asked in dollars here).")
add("tver", "Where is the auction winner, Baikal Finance Group, officially registered?", "fact", ["Tver"], ["tver"],
    "The central Russian region of Tver (314 only).")
add("rosneft", "Which state oil company bought Baikal Finance Group after the auction?", "fact", ["Rosneft"], ["rosneft332", "rosneft426"],
    "Rosneft bought 100% of Baikal (332); 426 and 358 agree.")
add("rosneft", "Who ended up owning Yugansk once the auction winner had itself been taken over?", "fact", ["Rosneft"], ["rosneft025", "rosneft131"],
    "State-controlled Rosneft (025, 131; also 003, 077, 127, 164, 230, 332, 358, 391, 399, 444).")
add("judge", "Which judge heard Yukos's bankruptcy case in Texas?", "fact", ["Letitia Clark", "Clark"], ["judge025", "judge192"],
    "US bankruptcy judge Letitia Clark in Houston (025, 192; also 164, 299, 391).")
add("filedate", "On what date did Yukos lodge its US bankruptcy application?", "fact",
    ["14 December", "December 14", "14th December", "14 Dec", "Dec 14"], ["filedate"],
    "14 December 2004 (083). 318, written the day after the auction, agrees ('Last week'); 192 says 'in December'.")
add("filecity", "In which American city did Yukos seek Chapter 11 protection?", "fact", ["Houston"], ["houston025", "houston192"],
    "Houston, Texas (025, 192; also 083, 164, 230, 299).")
add("cfo", "Who is Yukos's Houston-based finance chief?", "fact", ["Misamore"], ["cfo025", "cfo083"],
    "Chief financial officer Bruce Misamore (025, 083, 192).")
add("ceo", "Who is the chief executive of Yukos?", "fact", ["Theede"], ["ceo299", "ceo083"],
    "Steven Theede (299, 083, 025). Khodorkovsky is the former chief executive.")
add("dbloan", "Which bank had agreed to lend Gazprom's side the money to bid for Yugansk?", "fact", ["Deutsche"], ["db192", "db083"],
    "Deutsche Bank (192: loan to Gazpromneft; 083: 'an arm of Russian state gas firm Gazprom'; 358: help fund Gazprom's planned bid).")
add("banksdropped", "How many banks did Yukos let off its threatened legal action?", "fact", ["five", "5"], ["banks5"],
    "Five: ABN Amro, BNP Paribas, Calyon, JP Morgan Chase Bank and Dresdner Kleinwort Wasserstein (230 only). Deutsche Bank is still targeted.")
add("chinaloan", "How much Chinese money went towards Rosneft's purchase of Yugansk?", "fact", ["$6bn", "6bn", "6 billion"], ["china1", "china2"],
    "$6bn (£3.2bn), lent by Chinese banks via VEB to Rosneft (077 only).")
add("ongcstake", "How big a stake in Yugansk is India's ONGC reported to want?", "fact", ["15%", "15 per cent", "fifteen per cent"], ["ongc181", "ongc399"],
    "15% (181 and 399 agree).")
add("menatepstake", "What share of Yukos is held by Group Menatep?", "fact", ["51%", "51 per cent"], ["menatep51"],
    "Menatep controls 51% of Yukos (127 only).")
add("treaty", "Which international treaty does Menatep say Russia broke?", "fact", ["Energy Charter"], ["treaty"],
    "The 1994 Energy Charter Treaty (127 only).")
add("nevzlin", "Who did Khodorkovsky give his stake in Group Menatep to?", "fact", ["Nevzlin"], ["nevzlin1"],
    "Leonid Nevzlin, a business partner (444). 127 confirms he signed it over to 'one of his fellow investors' without a name.")
add("nevzlin", "Which business partner now holds the Menatep shares Khodorkovsky gave up?", "fact", ["Nevzlin"], ["nevzlin1", "signed127"],
    "Leonid Nevzlin (444); 127 only says 'one of his fellow investors'.")
add("arrest", "When was Mikhail Khodorkovsky arrested?", "fact", ["October 2003", "Oct 2003", "October of 2003"], ["arrest444", "arrest299"],
    "October 2003 (444; 299, written in December 2004, says 'October last year').")
add("hearingdate", "When was the Houston hearing on whether the US court had jurisdiction due to begin?", "fact",
    ["16 February", "February 16", "16th February", "16 Feb", "Feb 16"], ["hearing164", "hearing230", "hearing399"],
    "16 February 2005, a two-day hearing (164, 230 'February 16 and 17', 399). 083 reports its first day.")
add("yuganshare", "What proportion of Yukos's output came from Yuganskneftegas?", "fact", ["60%", "60 per cent", "sixty per cent"], ["share318", "sold426"],
    "60% (318, 426; also 324, and 299's '60% of our body').")

# ---------------- conflict ----------------
suit_all = [["threatened", "threat", "threatening"], ["has sued", "sued", "suing"]]
add("russiasuit", "Has anyone actually taken the Russian government to court for $28bn over Yukos, or was it only a threat?", "conflict",
    ["threatened", "sued", "suing"], ["threat083", "sued164", "sued127", "sued192"],
    "083 (16 February, the later report) says Yukos has only 'threatened to sue' for $28bn; 164 (earlier, before the 16 February hearing) says Yukos 'sued' for $28.3bn earlier this month; 127 and 192 say the owner Menatep has sued / is suing. Who the plaintiff is also differs (Yukos in 164 vs Menatep in 127/192).",
    expect_all=suit_all, conflict=True)
add("russiasuit", "Is Yukos still just threatening to sue Russia for $28bn?", "conflict",
    ["threatened", "sued", "suing"], ["threat083", "sued164", "sued127", "sued192"],
    "Threatened (083) vs already sued (164: Yukos; 127, 192: Menatep).",
    expect_all=suit_all, conflict=True)

bk_all = [["waiting", "pending", "not yet", "yet to rule", "will rule", "undecided", "not decided", "has not ruled"],
          ["dismissed", "threw out", "thrown out", "rejected"]]
add("bkstatus", "Has the US court decided on Yukos's bid for bankruptcy protection?", "conflict",
    ["waiting", "pending", "dismissed"], ["wait127", "wait181", "judge192", "dismiss025", "dismiss157"],
    "127 and 181 say the court has not yet decided; 192 has the judge saying she will not rule before next Tuesday; 025 and the later 157 say the case was dismissed. The later state is dismissal (025, 157).",
    expect_all=bk_all, conflict=True)
add("bkstatus", "What happened to Yukos's attempt to get Chapter 11 protection in Houston?", "conflict",
    ["waiting", "pending", "dismissed"], ["wait127", "judge192", "dismiss025", "dismiss157"],
    "Pending (127, 192) vs dismissed for lack of jurisdiction (025, 157).",
    expect_all=bk_all, conflict=True)

fate_all = [["end up with Gazprom", "ends up with Gazprom", "ultimately end up", "go to Gazprom", "goes to Gazprom"],
            ["spun off", "spin off", "separate", "stand-alone", "standalone", "stand alone"]]
add("yuganskfate", "Will Yuganskneftegas end up belonging to Gazprom?", "conflict",
    ["end up with Gazprom", "spun off", "separate", "stand-alone"], ["gazprom358", "spun131", "separate131", "standalone399"],
    "358 (December) states flatly that Yuganskneftegas will ultimately end up with Gazprom; 131 and 399 (2005) say it is not part of the Gazprom-Rosneft merger and will be a separate, stand-alone state oil firm. The later plan is 131/399.",
    expect_all=fate_all, conflict=True)
add("yuganskfate", "Is Yugansk going to be folded into Gazprom along with Rosneft?", "conflict",
    ["end up with Gazprom", "spun off", "separate", "stand-alone"], ["gazprom358", "spun131", "standalone399"],
    "Ends up with Gazprom (358) vs spun off as a separate firm (131, 399).",
    expect_all=fate_all, conflict=True)

dmg_all = [["will sue", "would sue", "intends", "intended", "plans to", "planned to"],
           ["has sued", "sued", "suing", "submitted"]]
add("damagesuit", "Has Yukos filed its $20bn damages claim over the sale of Yugansk?", "conflict",
    ["will sue", "intends", "sued", "suing"], ["willsue324", "intends358", "sued4_164", "submitted164", "suing083"],
    "December reports (324, 358) say Yukos will sue / intends to seek $20bn; February reports (164, 083) say it has sued four companies (Gazprom, Gazpromneft, Baikal, Rosneft) in Houston. Later state: sued.",
    expect_all=dmg_all, conflict=True)
add("damagesuit", "Is Yukos's $20bn claim against the firms behind the Yugansk sale still just a plan?", "conflict",
    ["will sue", "intends", "sued", "suing"], ["willsue324", "intends358", "sued4_164", "suing083"],
    "Will sue (324), intends to seek (358) vs has sued (164), is suing (083).",
    expect_all=dmg_all, conflict=True)

loan_all = [["will ask", "to ask", "plans to ask", "intends to ask", "would ask", "going to ask"],
            ["already asked", "has asked", "had asked"]]
add("loanrequest", "Has Menatep asked Rosneft to pay back Yugansk's $900m loan?", "conflict",
    ["will ask", "to ask", "already asked", "has asked"], ["toask003", "willask003", "asked127"],
    "003 says Menatep is to ask / will ask Rosneft to repay the $900m loan; the later 127 says Menatep has already asked. Later state: asked.",
    expect_all=loan_all, conflict=True)
add("loanrequest", "Is Menatep's demand that Rosneft repay the $900m Yugansk loan still only planned?", "conflict",
    ["will ask", "to ask", "already asked", "has asked"], ["toask003", "asked127"],
    "Are to ask (003) vs has already asked (127).",
    expect_all=loan_all, conflict=True)

# ---------------- unanswerable ----------------
def unans(group, question, note):
    add(group, question, "unanswerable", [], [], note, abstain=True, sources=[])
unans("sentence", "What prison sentence did Khodorkovsky receive?",
      "No verdict is reported. 157 and 192 only say he faces a possible 10-year term; 025, 157 describe the trial as ongoing.")
unans("workforce", "How many people does Yukos employ?",
      "No headcount anywhere; 299 only mentions 'employees' in a quote from Steven Theede.")
unans("otherbidders", "Apart from Gazprom and Baikal, which companies had registered to bid for Yugansk?",
      "314 says there were originally four registered bidders but names only Gazprom and Baikal.")
unans("vebrate", "What interest rate is Rosneft paying on the $6bn loan from VEB?",
      "077 reports the $6bn VEB loan and its Chinese origin but gives no interest rate or other loan terms (the 'five to six years' it mentions is the CNPC oil pre-payment, not the loan's rate).")
unans("baikalboss", "Who was running Baikal Finance Group when it won the auction?",
      "No article names any executive or owner of Baikal; 324 has Putin saying only that it was owned by individual investors.")
unans("suspendprice", "At what price were Yukos shares trading when dealing in them was suspended?",
      "332 says Yukos shares jumped as much as 50% before being suspended, but gives no price.")
unans("echr", "What did the European Court of Human Rights decide on Yukos's complaint?",
      "025 and 192 only mention the European Court of Human Rights as a forum Yukos considered less protective; 358 names 'the European Court' as Deutsche Bank's suggested venue. No ruling is reported.")

# ---------------- position ----------------
add("auctionlegal", "Was the forced auction of Yuganskneftegas legal?", "position",
    ["illegal", "imposing the law", "market methods"], ["illegal314", "theft314", "illegal324", "market332", "confiscatory"],
    "Positions only: Yukos and its lawyers say the auction was illegal under international, Russian and US bankruptcy law ('state-sponsored theft'); Russian authorities say they were imposing the law to recover unpaid taxes and Putin says everything was done by market methods. Judge Clark said the Russian actions appear 'confiscatory' under US law but ruled only on jurisdiction (025). No court verdict on legality.")
add("taxaccept", "Does Yukos accept that it owes the back taxes Russia is demanding?", "position",
    ["exorbitant", "illegal, discriminatory", "does not accept", "doesn't accept", "disputes", "rejects"], ["exorbitant", "campaign299", "owes314"],
    "No: Yukos calls the tax demands exorbitant and a 'campaign of illegal, discriminatory and disproportionate' tax claims (314, 299); the government says it owes more than $27bn in taxes and fines (314).")
add("usjurisdiction", "Does Moscow accept that American courts have any say over Yukos?", "position",
    ["no jurisdiction", "not abide", "meaningless", "does not accept", "doesn't accept"], ["nojuris391", "abide025", "meaningless164"],
    "No: Putin and Russian legal authorities say the US has no jurisdiction (391), Russia indicated it would not abide by US rulings (025), and Moscow officials call Yukos' legal wrangling meaningless (164).")
add("gazprombaikal", "Does Gazprom admit it was behind Baikal Finance Group?", "position",
    ["denied", "denies", "not linked", "not behind"], ["notlinked314", "denied318", "front318"],
    "No: Gazprom says it is not linked to Baikal in any way (314) and has denied being behind the purchase (318), although Russian newspapers claimed Baikal was a front for Gazprom (318). 324 reports papers linking Baikal to Surgutneftegas instead.")
add("khodorkovskyplea", "Does Khodorkovsky admit the fraud and tax evasion charges against him?", "position",
    ["not guilty", "denied", "denies"], ["notguilty", "fiction157"],
    "No: he pleaded not guilty and denied any criminal activity (025), objecting that normal business was presented as 'criminal fiction' (157).")

# ---------------- follow-up ----------------
add("dismissreason", "Why did she throw it out?", "follow-up", ["jurisdiction", "US presence", "not have enough"], ["judge025", "presence025"],
    "Judge Clark ruled Yukos did not have enough of a US presence to establish US jurisdiction; most of its business is in Russia (025).",
    history=[{"role": "user", "content": "Which judge dismissed Yukos's US bankruptcy case?"},
             {"role": "assistant", "content": "US bankruptcy judge Letitia Clark, in Houston, Texas."}])
add("nevzlinhome", "Where does he live?", "follow-up", ["Israel"], ["nevzlin2", "nevzlin3"],
    "Nevzlin is based in Israel, in self-imposed exile (444).",
    history=[{"role": "user", "content": "Who did Khodorkovsky hand his Menatep stake to?"},
             {"role": "assistant", "content": "He handed his entire 59.5% stake in Group Menatep to his business partner Leonid Nevzlin."}])
add("cnpcreturn", "And what did the Chinese get in return?", "follow-up", ["oil supply", "supply deal", "long-term"], ["china3", "china4"],
    "A long-term oil supply deal with Rosneft; CNPC was offered 20% of Yugansk but chose the supply deal instead (077).",
    history=[{"role": "user", "content": "Where did the money Rosneft used to buy Yugansk come from?"},
             {"role": "assistant", "content": "The Kremlin said the $6bn that Russian state bank VEB lent Rosneft to buy Yugansk came from Chinese banks."}])
add("swindlewhen", "And when did he say that?", "follow-up",
    ["28 December", "December 28", "28th December", "28 Dec", "Dec 28"], ["swindle", "illarionov"],
    "On 28 December (426).",
    history=[{"role": "user", "content": "Which Putin adviser called the Yugansk sale 'the swindle of the century'?"},
             {"role": "assistant", "content": "Andrei Illarionov, who was then an economic adviser to President Putin."}])
add("ongcprice", "How much would it pay for that?", "follow-up", ["$2bn", "2bn", "2 billion"], ["ongc399"],
    "$2bn (£1bn), according to local press reports cited in 399.",
    history=[{"role": "user", "content": "What stake in Yugansk is India's ONGC said to be after?"},
             {"role": "assistant", "content": "Reports say ONGC is keen on buying 15% of Yuganskneftegas."}])

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(rows), Counter(r["category"] for r in rows))
