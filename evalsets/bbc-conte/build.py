"""Builds questions.jsonl for the bbc-conte eval set (run once; check.py validates)."""
import json, os

OUT = os.path.dirname(os.path.abspath(__file__))

def S(src, quote):
    return {"source": src, "quote": quote}

# ------------------------------------------------------------ reusable quotes
Q036_PROBE = "IOC president Jacques Rogge has set up a disciplinary body to look into claims by Victor Conte, of Balco Laboratories."
Q036_OPEN = "An investigation into doping claims against Marion Jones has been opened by the International Olympic Committee."
Q036_INNOCENT = "Jones, who says she is innocent, could lose all her Olympic medals after Conte said he gave her performance-enhancing drugs before the Sydney Olympics."
Q036_RULE = "Any decision on the medals would be taken by the IOC's executive board and could hinge on interpretation of a rule stating that Olympic decisions can only be challenged within three years of the Games closing."
Q036_POUND = "The Sydney Olympics ended more than four years ago, but World Anti-Doping Agency chief Dick Pound said the rule may not apply because the allegations are only coming out now."
Q036_NICHOLS = "In a statement released through her attorney Rich Nichols, Jones repeated her innocence and vowed she would be cleared."
Q036_NOTTRUE = "\"Victor Conte's allegations are not true and the truth will be revealed for the world to see as the legal process moves forward,\" she said."
Q036_RECORD = "\"Conte is someone who is under federal indictment and has a record of issuing contradictory, inconsistent statements.\""
Q036_ROGGE = "But Rogge said it was too early to speculate about that, hoping only that \"the truth will emerge\"."

Q039_LEAD = "World Anti-Doping Agency (WADA) chief Dick Pound says Marion Jones should be stripped of all her medals if found guilty of taking banned substances."
Q039_BAN = "\"If she is found guilty she should be stripped of all her medals and banned for two years,\" said Pound."
Q039_RULE = "However, under International Olympic Committee (IOC) rules, athletes can only be stripped of their medals if caught within three years of the event."
Q039_WILLSUE = "Jones, who won five medals at the 2000 Olympics, denies using drugs and says she will take legal action over Conte's allegations."
Q039_CLAIM = "Victor Conte, of Balco Laboratories, claims the American sprinter regularly used drugs to enhance her performance."

Q044_LEAD = "Banned American sprinter Kelli White says she knowingly took steroids given to her by Bay Area Lab Co-Operative (Balco) president Victor Conte."
Q044_TRIAL = "Conte faces a federal trial next year on charges of distributing steroids and tax evasion, and White said at first he tried to cover up what he was doing."
Q044_FLAX = "White said Conte at first told her the substance was flaxseed oil, only to change his story later."
Q044_TITLES = "White failed a drugs test after winning the 100m and 200m titles at the 2003 world athletics championships."
Q044_BAN = "She was subsequently handed a two-year ban in May this year and has admitted taking the stimulant modafinil."
Q044_NARCO = "At first, White claimed she took the drug to combat narcolepsy but she now takes full responsibility for her actions."
Q044_KORCH = "White was introduced to Conte through her coach Remy Korchemy, who is also a defendant in the Balco case."
Q044_AGE = "The 27-year-old believes doping is so common in sport she felt compelled to cheat herself if she was to have any chance of winning."
Q044_DECISION = "But she added: \"It was my decision to go to him, not anybody else's.\""

Q045_JUDGE = "US district court judge Susan Ilston rejected an attempt by the defence team to have the case dismissed at a pre-trial hearing in San Francisco."
Q045_MARCH = "And she set a March date for the case of the four men accused of distributing illegal performance-enhancing drugs to elite athletes to be heard."
Q045_JAN = "The judge said that she may conduct hearings in January into whether federal agents illegally searched the Balco headquarters and wrongfully obtained statements from the company's founder Victor Conte and its vice-president James Valente."
Q045_FOUR = "The two men - along with personal trainer Greg Anderson and athletics coach Remy Korchemny - were all indicted earlier this year but have pleaded their innocence."
Q045_TV = "Conte said that he would be telling his side of the story on an American TV show on Friday."
Q045_USADA = "The company has been accused by the United States Anti-Doping Agency (USADA) of being the source of the banned steroid THG and modafinil."
Q045_TEN = "The USADA claims that 10 athletes have received sanctions for testing positive for THG and modafinil."
Q045_NAME = "Balco (The Bay Area Laboratory Cooperative) is the company at the centre of the scandal."
BANNED = "Former double world champion Kelli White and Olympic relay star Alvin Harrison have both been banned on the basis of materials discovered during the Balco investigation."
CHAMBERS = "Britain's former European 100m champion Dwain Chambers is currently serving a two-year ban after testing positive for THG in an out-of-competition test in 2003."

# 049 and 088 have identical bodies
FILED = "Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte following his allegations that he gave her performance-enhancing drugs."
AMOUNT = "The Sydney Olympic gold medallist says Conte damaged her reputation and she is seeking $25m (£13m) in the suit."
MADE_CLAIMS = "Conte, whose company is at the centre of a doping investigation, made the claims in a US television programme."
FEB = "He and three others were indicted in February by a federal grand jury for a variety of alleged offences."
AP = "In an email to the Associated Press on Wednesday, Conte said: \"I stand by everything I said\"."
MEDALS = "Jones won three gold medals and two bronzes in Sydney in 2000."
COURT = "Her lawsuit, filed in the US District Court in San Francisco, said the sprinter had passed a lie detector test and that she \"has never taken banned performance-enhancing drugs\"."
MALICIOUS = "Conte's statements, the suit added, were \"false and malicious\"."
NICHOLLS = "After the ABC television program earlier this month, Jones' lawyer Richard Nicholls said: \"Marion has steadfastly maintained her position throughout: she has never, ever used performance-enhancing drugs."
COUNTS = "\"Victor Conte is a man facing a 42-count federal indictment, while Marion Jones is one of America's most decorated female athletes."
CONTRADICT = "Mr Conte's statements have been wildly contradictory."
POLY = "\"Mr Conte chose to make unsubstantiated allegations on television, while Marion Jones demanded to take and then passed a lie detector examination."
CHALLENGE = "We challenge him to submit to the same lie detector procedure that Marion Jones passed."
CREDIBLE = "\"Mr Conte is simply not credible."
DAVIES = "Communications director Nick Davies said the IAAF would seek to contact Conte \"for further information\"."
USATF = "\"If it is felt there is case to answer, it would be for its national governing body (USA Track and Field) to take the appropriate disciplinary action,\" he added."
ZINC = "Jones, who is under investigation for steroid use by the US Anti-Doping Agency, has continually denied ever taking illegal substances since being investigated in the Balco scandal, although she praised a zinc supplement Conte marketed."
ATHENS = "Jones, who did not win any medals in Athens in August, has never failed a drugs test."
DUE_MARCH = "Meanwhile, Conte, who has been charged along with three other men of distributing illegal steroids and money laundering, is due to face trial in March."

Q091_JUNE = "US judge Susan Illston pushed back a preliminary evidentiary hearing - which was due to take place on Wednesday - until 6 June."
Q091_SEPT = "No official trial date has been set but it is expected to begin in September."
Q091_FOUR = "Balco founder Victor Conte along with James Valente, coach Remy Korchemny and trainer Greg Anderson are charged with distributing steroids to athletes."
Q091_BONDS = "Anderson's clients include Barry Bonds, and several other baseball stars have been asked to appear before a congressional inquiry into steroid use in the major leagues."
Q091_LOST = "The Balco defence team have already lost their appeal to have the case dismissed at a pre-trial hearing in San Francisco but will still argue the case should not go to trial."
Q091_RAIDS = "The hearing in June will focus on the admissibility of evidence gathered during police raids on Balco's offices and Anderson's home."
Q091_LEGALITY = "The defence are expected to challenge the legality of those interviews and if Ilston agrees she could could reject all the evidence from the raids."
Q091_USADA = "Balco has been accused by the United States Anti-Doping Agency (USADA) of being the source of the banned steroid THG and modafinil."
Q091_FILED = "And American sprinter Marion Jones has filed a lawsuit for defamation against Conte following his allegations that he gave her performance-enhancing drugs."

A36, A39, A44, A45, A49, A88, A91 = ("sport/%s.txt" % n for n in ("036", "039", "044", "045", "049", "088", "091"))

def both(q):
    """A quote from the identical bodies of 049 and 088."""
    return [S(A49, q), S(A88, q)]

rows = []

def add(group, category, questions, gold, refs, evidence, expect_all=None, note=None,
        history=None, per_row_gold=None):
    for i, q in enumerate(questions, 1):
        r = {
            "id": f"conte-{group}-{i}", "group": group, "question": q, "category": category,
            "gold_answers": (per_row_gold[i - 1] if per_row_gold else gold),
            "expect_all": expect_all or [],
            "expect_conflict": category == "conflict" or bool(expect_all),
            "should_abstain": category == "unanswerable",
            "reference_sources": refs, "evidence": evidence,
        }
        if history:
            r["history"] = history[i - 1] if isinstance(history[0], list) else history
        if note:
            r["note"] = note
        rows.append(r)

# =================================================================== FACT
JUDGE = ["Illston", "Ilston", "Susan Illston", "Susan Ilston"]
add("judge", "fact",
    ["Which judge is presiding over the Balco steroid case?",
     "Who threw out the defence's bid to have the Balco case dismissed?",
     "What is the name of the US district judge in charge of the Balco prosecution?"],
    JUDGE, [A45, A91], [S(A45, Q045_JUDGE), S(A91, Q091_JUNE)],
    note="Spelt 'Ilston' in sport/045 and 'Illston' (once 'Ilston') in sport/091: same person, not a conflict.")

AMT = ["$25m", "25m", "£13m", "13m"]
add("suit-amount", "fact",
    ["How much is Marion Jones suing Victor Conte for?",
     "What level of damages does Jones want from Conte?",
     "How much money is being sought in the defamation case Jones brought?"],
    AMT, [A49, A88], both(AMOUNT))

add("suit-type", "fact",
    ["On what grounds is Jones suing Conte?",
     "What kind of lawsuit has Jones brought against the Balco boss?"],
    ["defamation"], [A49, A88, A91], both(FILED) + [S(A91, Q091_FILED)])

add("suit-court", "fact",
    ["In which court was Jones's lawsuit against Conte lodged?",
     "Where is Jones pursuing her case against Conte?"],
    ["US District Court", "San Francisco"], [A49, A88], both(COURT))

LAWYER = ["Rich Nichols", "Richard Nicholls", "Nichols", "Nicholls"]
add("jones-lawyer", "fact",
    ["Who is Marion Jones's attorney?",
     "Which lawyer speaks for Jones in the Conte affair?"],
    LAWYER, [A36, A49, A88], [S(A36, Q036_NICHOLS)] + both(NICHOLLS),
    note="'Rich Nichols' (sport/036) and 'Richard Nicholls' (sport/049, 088) are spellings of one name.")

add("wada-chief", "fact",
    ["Who is the head of the World Anti-Doping Agency?",
     "Which anti-doping chief said Jones should lose her medals if she is found guilty?"],
    ["Dick Pound", "Pound"], [A36, A39], [S(A39, Q039_LEAD), S(A36, Q036_POUND)])

add("ioc-president", "fact",
    ["Who is the president of the International Olympic Committee?",
     "Which IOC official set up the disciplinary body looking into Jones?"],
    ["Jacques Rogge", "Rogge"], [A36], [S(A36, Q036_PROBE)])

add("ioc-probe", "fact",
    ["Which organisation has opened an investigation into the doping claims against Marion Jones?"],
    ["International Olympic Committee", "IOC", "US Anti-Doping Agency"],
    [A36, A49, A88], [S(A36, Q036_OPEN), S(A49, ZINC)],
    note="sport/036: the IOC opened an investigation; sport/049/088: Jones is also under investigation by the US Anti-Doping Agency. Either is correct.")

add("pound-ban", "fact",
    ["According to the WADA chief, how long should Jones be banned if she is found guilty?",
     "What length of suspension did Dick Pound say Jones should get if guilty?"],
    ["two years", "two-year"], [A39], [S(A39, Q039_BAN)])

add("sydney-medals", "fact",
    ["How many medals did Marion Jones win at the Sydney Olympics?",
     "What was Jones's medal haul at the 2000 Games?"],
    ["five", "five medals", "three gold", "two bronzes"], [A39, A49, A88],
    [S(A39, Q039_WILLSUE)] + both(MEDALS),
    note="'five medals' (039) and 'three gold medals and two bronzes' (049/088) agree: not a conflict.")

add("sydney-golds", "fact",
    ["How many Olympic gold medals did Jones win in Sydney?"],
    ["three", "three gold"], [A49, A88], both(MEDALS))

add("athens-medals", "fact",
    ["Did Jones win any medals at the Athens Olympics?"],
    ["not win any medals", "did not win any", "not win any"], [A49, A88], both(ATHENS),
    note="She won none. Gold strings must be verbatim, so only the article's wording is listed; 'no medals' is also correct.")

add("failed-test", "fact",
    ["Has Marion Jones ever tested positive for drugs?",
     "Has Jones ever failed a doping test?"],
    ["never failed", "has never failed", "never"], [A49, A88], both(ATHENS))

add("indictment-counts", "fact",
    ["How many counts are in Conte's federal indictment?",
     "How many charges does Victor Conte face in the federal indictment?"],
    ["42-count", "42"], [A49, A88], both(COUNTS),
    note="The figure comes from Jones's lawyer's statement.")

add("indicted-when", "fact",
    ["When were Conte and his co-accused indicted?",
     "In which month did a federal grand jury indict the Balco founder?"],
    ["February"], [A49, A88, A45], both(FEB) + [S(A45, Q045_FOUR)],
    note="sport/045 says only 'earlier this year'; consistent with February.")

CODEF = ["James Valente", "Valente", "Greg Anderson", "Anderson", "Remy Korchemny", "Korchemny", "Korchemy"]
add("co-defendants", "fact",
    ["Who else has been charged along with Victor Conte in the Balco case?",
     "Which three men are accused alongside Conte?"],
    CODEF, [A45, A91, A44], [S(A91, Q091_FOUR), S(A45, Q045_FOUR), S(A44, Q044_KORCH)])

add("valente-role", "fact",
    ["What is James Valente's job at Balco?"],
    ["vice-president"], [A45], [S(A45, Q045_JAN)])

add("anderson-role", "fact",
    ["Who is Greg Anderson?",
     "What does Greg Anderson do for a living?"],
    ["personal trainer", "trainer"], [A45, A91], [S(A45, Q045_FOUR), S(A91, Q091_FOUR)])

add("anderson-client", "fact",
    ["Which baseball star is one of Greg Anderson's clients?"],
    ["Barry Bonds", "Bonds"], [A91], [S(A91, Q091_BONDS)])

add("korchemny", "fact",
    ["Who introduced Kelli White to Victor Conte?",
     "Through whom did White first come into contact with Conte?"],
    ["Remy Korchemy", "Korchemy", "Korchemny", "her coach"], [A44], [S(A44, Q044_KORCH)],
    note="Spelt 'Korchemy' in sport/044 and 'Korchemny' in sport/045, 091.")

add("flaxseed", "fact",
    ["What did Conte initially tell Kelli White the substance was?",
     "What did White believe she was being given at first?"],
    ["flaxseed oil", "flaxseed"], [A44], [S(A44, Q044_FLAX)])

add("white-titles", "fact",
    ["Which titles did Kelli White win at the 2003 world championships?"],
    ["100m", "200m"], [A44], [S(A44, Q044_TITLES)])

add("white-ban", "fact",
    ["How long was Kelli White banned for?",
     "What length of suspension was White handed?"],
    ["two-year", "two years"], [A44], [S(A44, Q044_BAN)])

add("white-stimulant", "fact",
    ["Which stimulant has Kelli White admitted taking?"],
    ["modafinil"], [A44], [S(A44, Q044_BAN)])

add("white-excuse", "fact",
    ["What reason did White first give for taking modafinil?",
     "What condition did White originally say the drug was treating?"],
    ["narcolepsy"], [A44], [S(A44, Q044_NARCO)])

add("white-age", "fact",
    ["How old is Kelli White?"],
    ["27"], [A44], [S(A44, Q044_AGE)])

add("usada-source", "fact",
    ["Which banned substances does the US Anti-Doping Agency say Balco supplied?",
     "According to USADA, Balco was the source of which drugs?"],
    ["THG", "modafinil"], [A45, A91], [S(A45, Q045_USADA), S(A91, Q091_USADA)])

add("sanctioned-count", "fact",
    ["How many athletes have been sanctioned for testing positive for THG and modafinil, according to USADA?"],
    ["10"], [A45], [S(A45, Q045_TEN)])

add("chambers", "fact",
    ["Which British sprinter is serving a ban after testing positive for THG?"],
    ["Dwain Chambers", "Chambers"], [A45, A91], [S(A45, CHAMBERS), S(A91, CHAMBERS)])

add("chambers-ban", "fact",
    ["How long is Dwain Chambers's ban?"],
    ["two-year", "two years"], [A45, A91], [S(A45, CHAMBERS), S(A91, CHAMBERS)])

add("tv-network", "fact",
    ["Which TV network broadcast Conte's allegations about Jones?"],
    ["ABC"], [A49, A88], both(NICHOLLS))

add("conte-ap", "fact",
    ["What did Conte say in his email to the Associated Press?",
     "Has Conte backed down from his claims about Jones?"],
    ["stand by everything", "stand by"], [A49, A88], both(AP))

add("iaaf-davies", "fact",
    ["Who is the IAAF's communications director?"],
    ["Nick Davies", "Davies"], [A49, A88], both(DAVIES))

add("usatf", "fact",
    ["According to the IAAF, which body would have to discipline Jones if there were a case to answer?"],
    ["USA Track and Field"], [A49, A88], both(USATF))

add("three-year-rule", "fact",
    ["Within what time limit can Olympic results normally be challenged?",
     "How long after the Games can an athlete be stripped of an Olympic medal under IOC rules?"],
    ["three years"], [A36, A39], [S(A36, Q036_RULE), S(A39, Q039_RULE)],
    note="sport/036 ('challenged within three years of the Games closing') and sport/039 ('caught within three years of the event') describe one rule.")

add("lie-detector", "fact",
    ["What test does Jones say she passed to show she is clean?"],
    ["lie detector"], [A49, A88], both(COURT))

add("zinc", "fact",
    ["Which of Conte's products did Jones once praise?"],
    ["zinc supplement", "zinc"], [A49, A88], both(ZINC))

add("hearing-place", "fact",
    ["In which city was the Balco pre-trial hearing held?"],
    ["San Francisco"], [A45, A91], [S(A45, Q045_JUDGE), S(A91, Q091_LOST)])

add("conte-when", "fact",
    ["When does Conte say he supplied Jones with drugs?"],
    ["before the Sydney Olympics", "Sydney"], [A36], [S(A36, Q036_INNOCENT)],
    note="sport/039 adds that Conte claims she 'regularly used drugs'; not a contradiction.")

add("conte-role", "fact",
    ["What is Victor Conte's position at Balco?",
     "Who is Victor Conte?"],
    ["founder", "president", "boss"], [A44, A45, A49, A88, A91],
    [S(A91, Q091_FOUR), S(A44, Q044_LEAD), S(A49, FILED)],
    note="Founder (045, 091), president (044), boss (049/088): compatible descriptions.")

add("balco-name", "fact",
    ["What does the name Balco stand for?"],
    ["Bay Area Laboratory Cooperative", "Bay Area Lab Co-Operative", "Bay Area"], [A45, A44, A91],
    [S(A45, Q045_NAME), S(A44, Q044_LEAD)])

add("dismissal", "fact",
    ["Did the Balco defence succeed in getting the case thrown out?"],
    ["rejected", "lost"], [A45, A91], [S(A45, Q045_JUDGE), S(A91, Q091_LOST)],
    note="No: sport/045 says the judge rejected the attempt, sport/091 that the defence lost.")

add("charges", "fact",
    ["What is Victor Conte charged with?",
     "What offences are the Balco defendants accused of?"],
    ["distributing steroids", "distributing illegal steroids", "tax evasion", "money laundering"],
    [A44, A49, A88, A91], [S(A44, Q044_TRIAL)] + both(DUE_MARCH) + [S(A91, Q091_FOUR)],
    note="Distributing steroids in all; sport/044 adds tax evasion and sport/049/088 money laundering. Partial lists, not a conflict.")

add("raids", "fact",
    ["Which places did federal agents raid in the Balco investigation?"],
    ["Anderson's home", "Balco's offices", "Balco headquarters"], [A45, A91],
    [S(A45, Q045_JAN), S(A91, Q091_RAIDS)],
    note="sport/045 mentions the Balco headquarters; sport/091 Balco's offices and Anderson's home. Compatible.")

add("conte-tv-quote", "fact",
    ["Why did Conte say he was going public on television?"],
    ["know the truth", "the truth"], [A45], [S(A45, "\"The world deserves to know the truth about performance-enhancing drugs,\" he said.")])

add("white-on-conte", "fact",
    ["How does Kelli White describe what Conte was doing?"],
    ["selling a product"], [A44], [S(A44, "\"My whole belief about Victor is that he was selling a product,\" White said in the LA Times.")])

# =================================================================== CONFLICT
TRIAL_EA = [["March"], ["September", "No official trial date"]]
TRIAL_REFS = [A45, A49, A88, A91]
TRIAL_EV = [S(A45, Q045_MARCH)] + both(DUE_MARCH) + [S(A91, Q091_SEPT)]
TRIAL_NOTE = ("Update over time: sport/045 and sport/049/088 give a March trial; the later sport/091 ('Balco case trial "
              "date pushed back') says no official date is set and the trial is expected in September.")
add("trial-date", "conflict",
    ["When is the Balco trial going to start?",
     "When will Victor Conte stand trial?",
     "Has a date been fixed for the Balco trial?"],
    ["March", "September"], TRIAL_REFS, TRIAL_EV, expect_all=TRIAL_EA, note=TRIAL_NOTE)

add("lawsuit-status", "conflict",
    ["Has Marion Jones sued Victor Conte?",
     "Has Jones taken Conte to court over what he said about her?",
     "Where does Jones's legal fight with Conte stand?"],
    ["legal action", "lawsuit", "defamation"], [A39, A49, A88, A91],
    [S(A39, Q039_WILLSUE)] + both(FILED) + [S(A91, Q091_FILED)],
    expect_all=[["will take legal action", "take legal action", "says she will"],
                ["filed a lawsuit", "filed", "lawsuit"]],
    note="Update over time: sport/039 says she will take legal action (future); sport/049/088 and 091 say she has filed a $25m defamation suit.")

add("tv-interview", "conflict",
    ["Has Conte's television interview been broadcast yet?",
     "When is Conte going on TV to talk about the case?",
     "Has Conte already made his allegations on American television?"],
    ["Friday", "ABC", "earlier this month"], [A45, A49, A88],
    [S(A45, Q045_TV)] + both(MADE_CLAIMS) + both(NICHOLLS),
    expect_all=[["on Friday", "Friday", "would be telling"],
                ["made the claims", "earlier this month", "ABC"]],
    note="Update over time: in sport/045 the TV appearance is still to come (Friday); in sport/049/088 the ABC programme has aired ('earlier this month').")

add("hearing-date", "conflict",
    ["When will the court hear whether the searches of Balco were lawful?",
     "When is the hearing on the evidence seized in the Balco raids?"],
    ["January", "6 June", "June"], [A45, A91],
    [S(A45, Q045_JAN), S(A91, Q091_JUNE), S(A91, Q091_RAIDS)],
    expect_all=[["January"], ["6 June", "June"]],
    note=("Update over time, weaker than the others: sport/045 says the judge 'may' hold hearings in January on the searches "
          "and statements; sport/091 says the evidentiary hearing on the same issue (raids, statements) was postponed from "
          "a Wednesday to 6 June."))

# =================================================================== UNANSWERABLE
add("verdict", "unanswerable",
    ["Was Victor Conte found guilty at his trial?",
     "What was the outcome of the Balco trial?"],
    [], [A91], [S(A91, Q091_SEPT)],
    note="No article reports a trial taking place; the latest says it is expected to begin in September.")

add("sentence", "unanswerable",
    ["How long a prison sentence did Conte receive?"],
    [], [A49, A88], both(DUE_MARCH),
    note="No sentence is reported; the trial had not happened.")

add("medals-stripped", "unanswerable",
    ["Did the IOC end up taking away Jones's Sydney medals?"],
    [], [A36], [S(A36, Q036_ROGGE)],
    note="Only the possibility is discussed; no decision is reported. Pound's view (039) is an opinion, not a ruling.")

add("damages-won", "unanswerable",
    ["How much did Jones win in damages from Conte?"],
    [], [A49, A88], both(AMOUNT),
    note="$25m is the amount sought, not awarded; no outcome of the suit is reported.")

add("show-name", "unanswerable",
    ["What was the name of the ABC programme on which Conte made his claims?"],
    [], [A49, A88], both(NICHOLLS),
    note="The programme is called only 'the ABC television program'/'a US television programme'.")

add("jones-age", "unanswerable",
    ["How old is Marion Jones?"],
    [], [A39], [S(A39, Q039_WILLSUE)],
    note="No article gives Jones's age (Kelli White's, 27, is given; do not confuse).")

add("harrison-ban", "unanswerable",
    ["How long was Alvin Harrison banned for?"],
    [], [A45, A91], [S(A45, BANNED), S(A91, BANNED)],
    note="Harrison is said to be banned, but no length is given (the two-year bans mentioned belong to White and Chambers).")

add("tax-amount", "unanswerable",
    ["How much tax is Conte accused of evading?"],
    [], [A44], [S(A44, Q044_TRIAL)],
    note="Tax evasion is named as a charge; no amount is given.")

add("polygraph-examiner", "unanswerable",
    ["Who carried out Marion Jones's lie detector test?"],
    [], [A49, A88], both(POLY),
    note="The examiner is never named.")

# =================================================================== FOLLOW-UP
add("fu-trial", "follow-up",
    ["When is he due to go on trial?"],
    ["March", "September"], TRIAL_REFS, TRIAL_EV, expect_all=TRIAL_EA,
    history=[{"role": "user", "content": "Who is Victor Conte?"},
             {"role": "assistant", "content": "He is the founder of Balco, the Bay Area Laboratory Cooperative at the centre of the doping scandal (sport/045.txt, sport/091.txt)."}],
    note="Follow-up on the trial-date disagreement; expect_conflict true.")

add("fu-korchemny", "follow-up",
    ["Is he facing charges himself?"],
    ["defendant", "indicted", "charged"], [A44, A45, A91],
    [S(A44, Q044_KORCH), S(A91, Q091_FOUR)],
    history=[{"role": "user", "content": "Who introduced Kelli White to Conte?"},
             {"role": "assistant", "content": "Her coach, Remy Korchemy (spelt Korchemny in other reports) (sport/044.txt)."}])

add("fu-lawyer", "follow-up",
    ["What did he challenge Conte to do?"],
    ["lie detector"], [A49, A88], both(CHALLENGE),
    history=[{"role": "user", "content": "Who is Marion Jones's lawyer?"},
             {"role": "assistant", "content": "Rich Nichols, spelt Richard Nicholls in some reports (sport/036.txt, sport/049.txt)."}])

add("fu-pound", "follow-up",
    ["How long does he think she should be banned for?"],
    ["two years"], [A39], [S(A39, Q039_BAN)],
    history=[{"role": "user", "content": "Who has said Marion Jones should lose her medals if she is found guilty?"},
             {"role": "assistant", "content": "Dick Pound, the head of the World Anti-Doping Agency (sport/039.txt)."}])

add("fu-judge", "follow-up",
    ["What did she do with the defence's bid to get the case thrown out?"],
    ["rejected", "lost"], [A45, A91], [S(A45, Q045_JUDGE), S(A91, Q091_LOST)],
    history=[{"role": "user", "content": "Which judge is handling the Balco case?"},
             {"role": "assistant", "content": "Susan Illston, a US district court judge (spelt Ilston in sport/045.txt) (sport/091.txt)."}])

add("fu-suit", "follow-up",
    ["How has Conte responded since she filed it?"],
    ["stand by everything", "stand by"], [A49, A88], both(AP),
    history=[{"role": "user", "content": "How much is Jones seeking from Conte?"},
             {"role": "assistant", "content": "$25m (£13m), in a defamation suit (sport/049.txt)."}])

# =================================================================== POSITION
add("pos-jones-drugs", "position",
    ["Did Marion Jones take performance-enhancing drugs?",
     "Was Jones doping at the Sydney Olympics?"],
    ["denies", "denied", "innocent", "innocence", "never taken", "never, ever"],
    [A36, A39, A49, A88],
    [S(A36, Q036_INNOCENT), S(A39, Q039_WILLSUE)] + both(ZINC),
    note="Conte alleges she did; Jones denies it, says she passed a lie detector and has never failed a test. No finding is reported.")

add("pos-conte-supplied", "position",
    ["Did Victor Conte really give Jones banned drugs?"],
    ["allegations", "claims", "not true", "false and malicious", "stand by"],
    [A36, A39, A49, A88],
    [S(A39, Q039_CLAIM), S(A36, Q036_NOTTRUE)] + both(MALICIOUS) + both(AP),
    note="Conte says so and stands by it; Jones's suit calls his statements false and malicious. Unresolved.")

add("pos-balco-guilty", "position",
    ["Are the four Balco defendants guilty of distributing steroids?"],
    ["innocence", "pleaded", "accused", "charged"], [A45, A91],
    [S(A45, Q045_FOUR), S(A91, Q091_FOUR)],
    note="They are charged and have pleaded their innocence; no verdict yet.")

add("pos-raids", "position",
    ["Were the federal searches of Balco illegal?"],
    ["legality", "admissibility", "challenge", "hearing"], [A45, A91],
    [S(A45, Q045_JAN), S(A91, Q091_LEGALITY)],
    note="The defence contests them; the judge is yet to rule at a hearing.")

add("pos-conte-credible", "position",
    ["Can Victor Conte's account be trusted?"],
    ["not credible", "contradictory", "stand by"], [A36, A49, A88],
    [S(A36, Q036_RECORD)] + both(CREDIBLE) + both(AP),
    note="Jones's camp says he is not credible and contradictory; Conte stands by everything he said.")

with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
