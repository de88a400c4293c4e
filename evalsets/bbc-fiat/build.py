import json, os, sys
S189, S148, S160, S359, S051, S078 = ("business/%s.txt" % n for n in ("189", "148", "160", "359", "051", "078"))

Q = {}  # quotes
Q['marchionne'] = (S189, "Sergio Marchionne has replaced Herbert Demel as chief executive of Fiat Auto, with Mr Demel leaving the company.")
Q['demel'] = (S189, "Mr Demel, a car industry veteran, took the helm in November 2003 after being recruited by former Fiat chief executive Giuseppe Morchio.")
Q['loss'] = (S189, "The car business, best known for its Alfa Romeo marque, is expected to make a loss of about 800m euros in 2004.")
Q['loss2'] = (S189, "Mr Marchionne becomes the fourth head of the business - which is expected to make a 800m euro ($1bn) loss in 2004 - in as many years.")
Q['breakeven'] = (S189, "The car business has made an operating loss in five of the last six years and was forced to push back its break-even target from 2005 to 2006.")
Q['wagoner160'] = (S160, "\"We needed scale in Europe to get costs down, and we were able to do that in working with Fiat,\" said GM chief executive Rick Wagoner.")
Q['wagoner359'] = (S359, "The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take place at 1330 GMT in Zurich, according to the Reuters news agency.")
Q['swap'] = (S160, "Instead, GM swapped a 6% stake in itself for 20% of Fiat - and gave Fiat a \"put option\" to sell GM the rest of the car maker between January 2004 and July 2009.")
Q['shares'] = (S160, "Fiat's shares on the Milan stock exchange rose 4.5% by 0900 GMT to 6.2 euros, having shot up more than 7% in early trading.")
Q['daimler160'] = (S160, "German-US car firm DaimlerChrysler had been willing to buy the firm, but Fiat patriarch Gianni Agnelli did not want to give up control.")
Q['daimler078'] = (S078, "The 2000 deal resulted from a race between GM and DaimlerChrysler to ally with Fiat.")
Q['opel'] = (S078, "For its part, GM's European units Opel and Saab have both had trouble, with Opel management threatening to cut 12,000 jobs.")
Q['deadline'] = (S078, "Fiat and General Motors (GM) have until midnight on 1 February to settle a disagreement over a potential takeover.")
Q['deadline_right'] = (S078, "The deadline marks the point at which Fiat will gain the right to sell its car division to GM, part of an alliance agreed in 2000.")
Q['offer078'] = (S078, "The US firm is thought to be offering about $2bn (£1.06bn) to extricate itself from the arrangement.")
Q['stake078'] = (S078, "Since then, however, Fiat cars have lost market share and the firm has piled up losses, while a plan to raise new money in 2003 cut GM's stake in half to 10%.")
Q['agnelli30'] = (S359, "\"As far as we are aware, the Agnelli family, which indirectly controls at least 30% of Fiat, has not given a firm public indication that it wants to sell the auto business.")
Q['meet359'] = (S359, "Fiat will meet car giant General Motors (GM) on Tuesday in an attempt to reach agreement over the future of the Italian firm's loss-making auto group.")
Q['obliged'] = (S359, "Fiat claims that GM is legally obliged to buy the 90% of the car unit it does not already own; GM says the contract, signed in 2000, is no longer valid.")
Q['nolegs'] = (S359, "Mr Marchionne is confident of his firm's legal position, saying in an interview with the Financial Times that GM's argument \"has no legs\".")
Q['stake359'] = (S359, "However, GM argues that a Fiat share sale made last year, which cut GM's holding to 10%, together with asset sales made by Fiat have terminated the agreement.")
Q['ferrari56'] = (S051, "Fiat owns a 56% stake in Ferrari -best known for its dominant Formula One motor racing team - having first bought into the business in 1969.")
Q['ferrarimaj'] = (S189, "Ferrari, in which Fiat owns a majority stake, could be separately floated on the stock market in either 2006 or 2007.")
Q['mediobanca'] = (S051, "It considered floating Ferrari in 2002 but opted to sell a minority stake to Italian bank Mediobanca for 775m euros ($1bn).")
Q['ferrarival'] = (S051, "That sale valued Ferrari - which owns the Maserati brand - at 2.3bn euros.")
Q['australia'] = (S148, "Fiat has yet to comment on the matter, but the unions say the new engines will be made by GM in Australia.")
Q['lilliu'] = (S148, "\"Powertrain told us today that Alfa Romeo engines will no longer be made in Arese,\" said union leader Vincenzo Lilliu, as reported by the Reuters news agency.")
Q['montezemolo'] = (S148, "Reuters also said that Mr Lilliu and other union bosses shouted insults at Fiat chairman Luca di Montezemolo, following a meeting on Tuesday regarding the future of the Arese plant.")
Q['arese'] = (S148, "The unions claim Fiat is to close the Fiat Powertrain plant at Arese near Milan and instead source six-cylinder engines from General Motors.")
Q['jobs800'] = (S148, "The unions said the end of engine production at the facility would mean the loss of 800 jobs.")
Q['umberto'] = (S189, "Mr Morchio made a bid last year to become chairman after the death of president Umberto Agnelli.")
Q['pay160'] = (S160, "General Motors of the US is to pay Fiat 1.55bn euros ($2bn; £1.1bn) to get out of a deal which could have forced it to buy the Italian car maker outright.")
Q['pay148'] = (S148, "GM had to pay former partner Fiat 1.55bn euros ($2bn; £1.1bn) to get out of a deal which could have forced it to buy the Italian carmaker outright.")
Q['pay051'] = (S051, "It said Fiat was set to restructure its business after reaching a $2bn (1.53bn euros; £1.05bn) settlement with GM about Fiat's ownership.")
Q['agree189'] = (S189, "Earlier this week, Fiat reached an agreement with GM to dissolve an alliance which could have obliged GM to buy the Italian firm outright.")
Q['stake160'] = (S160, "The relationship soured further after Fiat sold half its finance arm and recapitalised in 2003, halving GM's stake to 10%.")
Q['schedule'] = (S160, "Fiat is to get 1bn euros immediately, with another 550m to follow within 90 days.")
Q['nocomment051'] = (S051, "Fiat, Italy's largest private sector employer, did not comment on the reported changes.")
Q['employer160'] = (S160, "The firm is Italy's largest private employer, and a failure to reach an agreement could have had severe consequences for thousands of workers and for the Italian economy.")

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from story_rows import StoryRows  # noqa: E402

story = StoryRows(Q)
add, rows = story.add, story.rows

# ---------------- fact ----------------
add("autochief", "Who is now running Fiat's car business day to day?", "fact", ["Marchionne"], ["marchionne"],
    "Fiat group chief executive Sergio Marchionne replaced Herbert Demel as chief executive of Fiat Auto (189 only).")
add("autochief", "Who has been made chief executive of Fiat Auto?", "fact", ["Marchionne"], ["marchionne"],
    "Sergio Marchionne took the Fiat Auto job himself, replacing Herbert Demel (189).")
add("demelstart", "When did Herbert Demel take the helm at Fiat Auto?", "fact", ["November 2003", "Nov 2003"], ["demel"],
    "Demel took over in November 2003; stated only in 189.")
add("autoloss", "How much money was Fiat's car unit expected to lose in 2004?", "fact", ["800m", "800 million"], ["loss", "loss2"],
    "Expected 2004 loss of about 800m euros ($1bn); 189 only.")
add("autoloss", "What size of loss was forecast for Fiat Auto for 2004?", "fact", ["800m", "800 million"], ["loss", "loss2"],
    "About 800m euros ($1bn), per 189.")
add("breakeven", "To which year has Fiat's car business pushed back its target for breaking even?", "fact", ["2006"], ["breakeven"],
    "Break-even target moved from 2005 to 2006 (189 only).")
add("gmceo", "Who is General Motors' chief executive?", "fact", ["Wagoner"], ["wagoner160", "wagoner359"],
    "Rick Wagoner is named as GM chief executive in 160 and as GM's representative at the Zurich talks in 359.")
add("swap", "What did GM give Fiat in exchange for its 20% stake back in 2000?", "fact", ["6%", "6 per cent", "six per cent"], ["swap"],
    "GM swapped a 6% stake in itself for its Fiat holding (160 only).")
add("shares", "How did Fiat shares react on the morning the GM settlement was announced?", "fact", ["4.5%", "6.2 euros"], ["shares"],
    "Shares rose 4.5% by 0900 GMT to 6.2 euros, after being up more than 7% early (160). Not the same day as 078's 1.2% fall, so no conflict.")
add("rival", "Which other carmaker had wanted to buy Fiat outright before the GM alliance was agreed?", "fact", ["DaimlerChrysler", "Daimler"], ["daimler160", "daimler078"],
    "DaimlerChrysler, per 160 and 078; the two accounts agree.")
add("opeljobs", "How many jobs has Opel's management threatened to cut?", "fact", ["12,000", "12000", "12 000"], ["opel"],
    "12,000 jobs, mentioned only in 078.")
add("deadline", "What was the deadline for Fiat and GM to settle their disagreement?", "fact", ["1 February", "February 1", "1st February", "1 Feb"], ["deadline"],
    "Midnight on 1 February (078 only).")
add("venue", "In which city were the Fiat and GM bosses due to hold their crunch meeting?", "fact", ["Zurich"], ["wagoner359"],
    "Zurich, according to Reuters as cited in 359.")
add("agnelli30", "How much of Fiat does the Agnelli family control?", "fact", ["30%", "30 per cent", "thirty per cent"], ["agnelli30"],
    "At least 30%, indirectly, according to Merrill Lynch as quoted in 359.")
add("ferraristake", "What percentage of Ferrari is owned by Fiat?", "fact", ["56%", "56 per cent"], ["ferrari56", "ferrarimaj"],
    "051 gives 56%; 189 says only 'majority stake'. The two are compatible.")
add("mediobanca", "Which bank bought a minority stake in Ferrari in 2002?", "fact", ["Mediobanca"], ["mediobanca"],
    "Italian bank Mediobanca (051 only).")
add("mbprice", "How much did Mediobanca pay for its slice of Ferrari?", "fact", ["775m", "775 million"], ["mediobanca"],
    "775m euros ($1bn), per 051.")
add("ferrarival", "How much was Ferrari worth, according to the 2002 stake sale?", "fact", ["2.3bn", "2.3 billion"], ["ferrarival"],
    "The Mediobanca sale valued Ferrari at 2.3bn euros (051 only).")
add("floatdate", "When might Ferrari be floated on the stock market?", "fact", ["2006", "2007"], ["ferrarimaj"],
    "189: in 2006 or 2007. 051 says only that the proposals could be announced within days; an announcement date is not a listing date, so no conflict.")
add("australia", "Where will the replacement six-cylinder engines for Alfa Romeos be built, according to the unions?", "fact", ["Australia"], ["australia"],
    "The unions say GM will build them in Australia (148 only).")
add("lilliu", "Which union leader said Alfa Romeo engines would no longer be made at Arese?", "fact", ["Lilliu"], ["lilliu"],
    "Vincenzo Lilliu, quoted via Reuters in 148.")
add("chairman", "Who is the chairman of Fiat?", "fact", ["Montezemolo"], ["montezemolo"],
    "Luca di Montezemolo (148 only).")
add("umberto", "Whose death was followed by Giuseppe Morchio's bid to become Fiat chairman?", "fact", ["Umberto Agnelli", "Umberto"], ["umberto"],
    "Morchio bid for the chairmanship after the death of president Umberto Agnelli (189 only).")

# ---------------- conflict ----------------
euro_all = [["1.55bn", "1.55 billion", "1,550m", "1.55 bn"], ["1.53bn", "1.53 billion", "1,530m", "1.53 bn"]]
add("euro", "How much, in euros, is GM paying Fiat to escape their deal?", "conflict",
    ["1.55bn", "1.53bn", "1.55 billion", "1.53 billion"], ["pay160", "pay148", "pay051"],
    "160 and 148 say 1.55bn euros; 051 converts the same $2bn settlement to 1.53bn euros.", expect_all=euro_all, conflict=True)
add("euro", "What was the euro figure of the settlement GM reached with Fiat?", "conflict",
    ["1.55bn", "1.53bn", "1.55 billion", "1.53 billion"], ["pay160", "pay148", "pay051"],
    "1.55bn euros (160, 148) vs 1.53bn euros (051).", expect_all=euro_all, conflict=True)
gbp_all = [["1.1bn", "1.1 billion", "1.10bn"], ["1.05bn", "1.05 billion"]]
add("sterling", "How much is GM's payment to Fiat worth in pounds?", "conflict",
    ["1.1bn", "1.05bn", "1.1 billion", "1.05 billion"], ["pay160", "pay148", "pay051"],
    "The settlement is £1.1bn in 160 and 148 but £1.05bn in 051. 078's £1.06bn is for the earlier reported offer, not the settlement.", expect_all=gbp_all, conflict=True)
add("sterling", "In sterling terms, how big was the sum GM agreed to pay Fiat?", "conflict",
    ["1.1bn", "1.05bn", "1.1 billion", "1.05 billion"], ["pay160", "pay148", "pay051"],
    "£1.1bn (160, 148) vs £1.05bn (051) for the same $2bn settlement.", expect_all=gbp_all, conflict=True)
status_all = [["deadline", "deadlock", "talks", "offering", "not yet", "1 February"], ["agreed", "settlement", "settled", "reached an agreement", "1.55bn"]]
add("status", "Have Fiat and GM settled their dispute over GM having to buy Fiat?", "conflict",
    ["agreed", "settlement", "settled", "agreement", "1.55bn", "deadline", "talks"],
    ["deadline", "offer078", "meet359", "pay160", "agree189"],
    "Earlier reports (078, 359) describe talks and a 1 February deadline with no deal yet, GM only 'thought to be offering' $2bn. Later ones (160, 189, 148, 051) report a settlement. The status changes from 'will' to 'has'.",
    expect_all=status_all, conflict=True)
add("status", "Is GM still negotiating its way out of buying Fiat's car arm, or has a deal been done?", "conflict",
    ["agreed", "settlement", "settled", "agreement", "1.55bn", "deadline", "talks"],
    ["deadline", "offer078", "meet359", "pay160", "agree189"],
    "078/359: talks pending and no deal before the 1 February deadline. 160/189/148/051: the settlement has been reached.",
    expect_all=status_all, conflict=True)
put_all = [["January 2004", "Jan 2004"], ["1 February", "February 1", "1st February"]]
add("putstart", "From when could Fiat force GM to buy the rest of its car business?", "conflict",
    ["January 2004", "1 February"], ["swap", "deadline", "deadline_right"],
    "160 says the put option ran from January 2004 to July 2009. 078 says Fiat would only gain the right to sell at the 1 February deadline.",
    expect_all=put_all, conflict=True)
add("putstart", "When did Fiat's right to sell its car division to GM kick in?", "conflict",
    ["January 2004", "1 February"], ["swap", "deadline", "deadline_right"],
    "January 2004 (160) vs the 1 February deadline (078).", expect_all=put_all, conflict=True)
cut_all = [["2003"], ["last year", "2004"]]
add("stakecut", "When was GM's stake in Fiat cut to 10%?", "conflict",
    ["2003", "last year"], ["stake160", "stake078", "stake359"],
    "160 and 078 date the capital raising that halved GM's stake to 2003. 359 (January 2005, talks before the 1 February deadline) calls it a share sale made 'last year', i.e. 2004.",
    expect_all=cut_all, conflict=True)
add("stakecut", "In which year did a Fiat share sale halve GM's holding?", "conflict",
    ["2003", "last year"], ["stake160", "stake078", "stake359"],
    "2003 (160, 078) vs 'last year' (359, written in early 2005).", expect_all=cut_all, conflict=True)

# ---------------- unanswerable ----------------
un = [
    ("workforce", "How many people does Fiat employ?", "The articles only call Fiat Italy's largest private employer and mention 'thousands of workers'; no headcount is given.", [S160, S051]),
    ("demelpay", "How big a pay-off did Herbert Demel get when he left Fiat Auto?", "189 says Demel left but gives no severance or pay figure.", [S189]),
    ("ausplant", "Which GM factory in Australia will make the new Alfa Romeo engines?", "148 says only 'GM in Australia'; no plant or city is named.", [S148]),
    ("ipoproceeds", "How much money would a Ferrari stock market listing raise?", "051 and 189 discuss a possible listing and the 2002 valuation but no expected proceeds.", [S051, S189]),
    ("gmshares", "How did GM's share price react to the settlement with Fiat?", "Only Fiat's share moves are reported (160, 078); GM's share price is not mentioned.", [S160, S078]),
    ("debt", "How much debt does Fiat have?", "160 says the payment will let Fiat reduce its debt but gives no debt figure.", [S160]),
    ("aresedate", "When will the Arese engine assembly line be dismantled?", "148 reports that the line will be dismantled but gives no date.", [S148]),
]
for g, q, note, srcs in un:
    add(g, q, "unanswerable", [], [], note, abstain=True, sources=[])

# ---------------- position ----------------
add("gmobliged", "Does GM accept that it is legally bound to buy the rest of Fiat's car unit?", "position",
    ["no longer valid", "not valid", "terminated", "does not accept", "doesn't accept", "rejects", "disputes"], ["obliged", "stake359"],
    "No: GM says the 2000 contract is no longer valid and was terminated by Fiat's share and asset sales (359).")
add("nolegs", "Does Fiat's chief executive think GM's legal argument holds up?", "position",
    ["no legs", "confident", "does not think", "doesn't think"], ["nolegs"],
    "No: Marchionne is confident of Fiat's legal position and says GM's argument 'has no legs' (359).")
add("aresecomment", "Has Fiat confirmed the unions' claim that it will stop making Alfa Romeo engines at Arese?", "position",
    ["yet to comment", "not commented", "hasn't commented", "has not commented", "not confirmed", "hasn't confirmed", "has not confirmed", "no comment", "did not comment"],
    ["australia"], "No: 148 says Fiat has yet to comment; the claim comes from the unions.")
add("mistake", "Does GM admit that its alliance with Fiat was a mistake?", "position",
    ["needed scale", "scale in europe", "not a mistake", "wasn't a mistake", "was not a mistake"], ["wagoner160"],
    "No: Wagoner defends the deal, saying GM needed scale in Europe and got it by working with Fiat (160).")

# ---------------- follow-up ----------------
add("payschedule", "And when does Fiat actually get the money?", "follow-up", ["immediately", "90 days"], ["schedule"],
    "1bn euros immediately and the remaining 550m within 90 days (160 only).",
    history=[{"role": "user", "content": "How much is GM paying Fiat to walk away from their deal?"},
             {"role": "assistant", "content": "GM is paying Fiat 1.55bn euros ($2bn) to get out of the deal that could have forced it to buy Fiat outright."}])
add("aresejobs", "How many jobs would be lost there?", "follow-up", ["800"], ["jobs800"],
    "The unions say 800 jobs would go at the Arese engine plant (148).",
    history=[{"role": "user", "content": "Which Fiat plant is going to stop making Alfa Romeo engines?"},
             {"role": "assistant", "content": "The unions say Fiat will close the Fiat Powertrain plant at Arese near Milan."}])
add("meettime", "What time was it set to start?", "follow-up", ["1330", "13:30", "1.30pm"], ["wagoner359"],
    "The meeting was due at 1330 GMT (359).",
    history=[{"role": "user", "content": "Where were Marchionne and Wagoner meeting to discuss Fiat's future?"},
             {"role": "assistant", "content": "They were due to meet in Zurich, according to Reuters."}])
add("ferrari1969", "When did it first buy into the company?", "follow-up", ["1969"], ["ferrari56"],
    "Fiat first bought into Ferrari in 1969 (051).",
    history=[{"role": "user", "content": "How much of Ferrari does Fiat own?"},
             {"role": "assistant", "content": "Fiat owns a 56% stake in Ferrari."}])
add("demelrecruit", "Who had brought him into the job?", "follow-up", ["Morchio"], ["demel"],
    "Demel was recruited by former Fiat chief executive Giuseppe Morchio (189).",
    history=[{"role": "user", "content": "Who ran Fiat Auto before Sergio Marchionne took it over?"},
             {"role": "assistant", "content": "Herbert Demel, who has now left the company."}])

with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(rows), Counter(r["category"] for r in rows))
