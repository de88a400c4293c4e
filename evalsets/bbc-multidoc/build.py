#!/usr/bin/env python3
"""Build evalsets/bbc-multidoc/questions.jsonl from the BBC article files.

Standard library only.  Usage:  python3 build.py  [--check]  (--check: validate, do not write)
The rows are listed here; cutting, editing, checking and writing are shared with the
other multi-document set (evalsets/multidoc_build.py, which documents the row kinds).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from multidoc_build import D, N, R, main  # noqa: E402

OUT = os.path.join(HERE, 'questions.jsonl')


# --------------------------------------------------------------------------------------
# ROWS
# --------------------------------------------------------------------------------------
ROWS = []

# ---------------------------------------------------------------- report_differs (11)
# Real BBC articles on the same story that state different values for the same thing.
ROWS += [
    R('report_differs', "How old was Rafael Nadal when he became the youngest player to win the Davis Cup?", [
        D('sport/469', "Spanish captain Jordi Arrese said", "finish the year", answer='18 years and 185 days'),
        D('sport/466', "The match came down to two tie-breaks", "nothing to be ashamed of", answer='18 years and 187 days'),
        N('sport/499'),
        N('tech/054'),
    ], gold=['18 years and 185 days', '18 years and 187 days'],
      note='sport/469 (and its duplicate sport/470) say 185 days, sport/466 says 187 days.'),

    R('report_differs', "In which city did Spain win their only previous Davis Cup title?", [
        D('sport/469', "Moya made up for missing", "it is better this way", answer='Valencia'),
        D('sport/466', "Mardy Fish beat Tommy Robredo", "27,000 spectators", answer='Barcelona'),
        N('sport/505'),
    ], gold=['Valencia', 'Barcelona'],
      note='sport/469: "two years ago in Valencia"; sport/466: "in 2000, when they beat Australia in Barcelona".'),

    R('report_differs', "On what dates is the Sydney International, where Justine Henin-Hardenne returns to action, being held?", [
        D('sport/484', "Olympic champion Justine Henin-Hardenne will return", "The tournament will take place", answer='9-15 January'),
        D('sport/465', "Henin-Hardenne slid down the world rankings", "capable of doing that", answer='10-16 January'),
        N('sport/478'),
        N('business/014'),
    ], gold=['9-15 January', '10-16 January']),

    R('report_differs', "By how much did Freddie Mac have to restate its earnings after the probe of its books?", [
        D('business/298', "The Securities & Exchange Commission accused", "two firms are key parts", answer='$5bn'),
        D('business/326', "It has faced stinging criticism", "after an investigation of its books", answer='$4.4bn'),
        N('business/122'),
    ], gold=['$5bn', '$4.4bn']),

    R('report_differs', "How big was the black hole found in Parmalat's accounts when it sought bankruptcy protection?", [
        D('business/017', "Parmalat, the Italian food group", "since the scandal broke", answer='4bn-euro'),
        D('business/458', "The founder and former boss of Parmalat", "Two former Parmalat auditors", answer='14bn euro'),
        N('business/109'),
        N('entertainment/124'),
    ], gold=['4bn-euro', '14bn euro'],
      note='business/458 also says later that 4bn euros held offshore did not exist; that sentence is outside the excerpt.'),

    R('report_differs', "How many shares did Jet Airways put up for sale in its initial public offering?", [
        D('business/169', "Investors have snapped up shares", "overtaking state-owned flag carrier", answer='17.3 million'),
        D('business/186', "Indian airline Jet Airways' initial public offering", "Fortune Financial Services", answer='17.2 million'),
        N('business/130'),
    ], gold=['17.3 million', '17.2 million']),

    R('report_differs', "Which research firm forecast that full-track music downloads would be worth $1.8 billion by 2009?", [
        D('tech/064', "Western Europe has always been a market", "Walkman branded mobile phone", answer='Jupiter Research'),
        D('tech/338', "Western Europe has always been a market", "Walkman branded mobile phone", answer='Juniper Research'),
        N('tech/198'),
        N('politics/130'),
    ], gold=['Jupiter Research', 'Juniper Research'],
      note='Otherwise identical articles; the two versions also convert $1.8bn to different sterling values (£9.4 million vs £94 million).'),

    R('report_differs', "Which decade does the Mobile PC gadget list assign the Tamagotchi toy to?", [
        D('tech/009', "The most popular gadget of the moment", "egg scrambler (84th)", answer='1980s'),
        D('tech/379', "The most popular gadget of the moment", "egg scrambler (84th)", answer='1990s'),
        N('tech/174'),
    ], gold=['1980s', '1990s']),

    R('report_differs', "Which standards body has approved the Internationalised Domain Names system?", [
        D('tech/049', "A system to make it easier to create website addresses", "director of UKIF", answer='Internet Electronic Task Force'),
        D('tech/340', "A system to make it easier to create website addresses", "director of UKIF", answer='Internet Engineering Task Force'),
        N('tech/118'),
        N('business/252'),
    ], gold=['Internet Electronic Task Force', 'Internet Engineering Task Force']),

    R('report_differs', "How much have Liverpool bid for Real Madrid striker Fernando Morientes?", [
        D('sport/266', "Liverpool may launch", "behind leaders Chelsea", answer='£8m'),
        D('sport/272', "Newcastle have joined the race", "Monaco are also in the race", answer='£3.5m'),
        N('sport/193'),
    ], gold=['£8m', '£3.5m'],
      note='sport/266 reports a possible £8m January bid; sport/272 says Liverpool were reported to have bid £3.5m (and might go to £5m, outside the excerpt).'),

    R('report_differs', "By how much do the Liberal Democrats plan to raise income tax for people earning more than £100,000?", [
        D('politics/341', "Mr Kennedy also used his TV appearance", "local income tax", answer='to 50%'),
        D('politics/284', "Mr Kennedy is also eager to dispel", "scrap student fees", answer='1% tax increase'),
        D('politics/283', "With his party's previous pledge", "pensioners in particular, will pay less", answer='one penny in the pound'),
        N('politics/022'),
    ], gold=['to 50%', '1% tax increase', 'one penny in the pound'], alias=[['1% tax increase', 'one penny in the pound']],
      note='Kennedy plan: politics/341 (and 223, 363, 388) say a 50% rate; politics/284 says a 1% increase and 283 one penny in the pound.'),
]

# ---------------------------------------------------------------- counterfactual (13)
# One real answering excerpt (correct) + one excerpt whose answering value was edited
# consistently (misinfo; the edits are listed) + 1-2 noise excerpts.
ROWS += [
    R('counterfactual', "How much is Marion Jones seeking in damages from Balco boss Victor Conte?", [
        D('sport/049', "Marion Jones has filed a lawsuit", "passed a lie detector test", answer='$25m'),
        D('sport/088', "Marion Jones has filed a lawsuit", "Jones won three gold medals", type='misinfo', answer='$15m',
          edits=[('$25m (£13m)', '$15m (£8m)')]),
        N('sport/091', "Balco founder Victor Conte along with", "Alvin Harrison have both been banned"),
    ], gold=['$25m'], wrong=['$15m'], note='money; misinfo built from the near-identical article sport/088.'),

    R('counterfactual', "How many jobs are to go at insurance broker Marsh & McLennan in its latest shake-up?", [
        D('business/103', "Up to 2,500 jobs are to go", "Marsh chief executive Michael Cherkasky said", answer='2,500'),
        D('business/103', "Up to 2,500 jobs are to go", "annual savings of more than $375m", type='misinfo', answer='3,500',
          edits=[('2,500', '3,500'), ('5,500', '6,500')]),
        N('business/265', "The Securities and Exchange Commission has asked", "lessening the number of company executives"),
    ], gold=['2,500'], wrong=['3,500'], note='count; the running total (5,500) was edited to stay consistent.'),

    R('counterfactual', "By what percentage did Time Warner's quarterly profits rise in the three months to December?", [
        D('business/001', "Quarterly profits at US media giant TimeWarner", "it now owns 8% of search-engine Google", answer='76%'),
        D('business/001', "Quarterly profits at US media giant TimeWarner", "less users for AOL", type='misinfo', answer='67%',
          edits=[('jumped 76%', 'jumped 67%')]),
        N('business/035'),
    ], gold=['76%'], wrong=['67%'], note='percentage.'),

    R('counterfactual', "Where will the Labour Party hold its 2006 autumn conference?", [
        D('politics/004', "The Labour Party will hold its 2006 autumn conference", "two year deal for Brighton", answer='Manchester'),
        D('politics/330', "The Labour Party will hold its 2006 autumn conference", "handle the crowds", type='misinfo', answer='Birmingham',
          edits=[('Manchester', 'Birmingham')]),
        N('politics/322'),
    ], gold=['Manchester'], wrong=['Birmingham'], note='place; misinfo built from the duplicate article politics/330, every "Manchester" replaced.'),

    R('counterfactual', "In what year did Robert Redford found the Sundance Film Festival?", [
        D('entertainment/301', "Kudrow's Friends co-star, David Schwimmer", "It's a place for common ground", answer='1981'),
        D('entertainment/301', "The event will see screen executives decamp", "become more commercial and mainstream", type='misinfo', answer='1985',
          edits=[('founded Sundance in 1981', 'founded Sundance in 1985')]),
        N('entertainment/058'),
        N('tech/168'),
    ], gold=['1981'], wrong=['1985'], note='year.'),

    R('counterfactual', "Which author's book Small Island won the Whitbread Novel of the Year award?", [
        D('entertainment/013', "Orange Prize winner Andrea Levy", "6/4 favourite to win", answer='Andrea Levy'),
        D('entertainment/007', "Novelist Andrea Levy is favourite", "finds life difficult out of uniform", type='misinfo', answer='Ali Smith',
          edits=[('Andrea Levy', 'Ali Smith'), ("Levy's", "Smith's")]),
        N('entertainment/025'),
    ], gold=['Andrea Levy'], wrong=['Ali Smith'], note='person; misinfo built from entertainment/007.'),

    R('counterfactual', "Which company bought the loss-making Christian Lacroix label from LVMH?", [
        D('business/510', "Luxury goods group LVMH has sold", "planned to expand the brand", answer='Falic Group'),
        D('business/418', "A US firm has said it is in final negotiations", "increase the volume of business", type='misinfo', answer='Perry Group',
          edits=[('Falic Group', 'Perry Group'), ('Simon Falic', 'Simon Perry')]),
        N('business/005'),
    ], gold=['Falic Group'], wrong=['Perry Group'], note='organisation; misinfo built from the earlier article business/418.'),

    R('counterfactual', "What was the score when Jurgen Melzer beat Andre Agassi at the SAP Open in San Jose?", [
        D('sport/427', "Second seed Andre Agassi suffered", "run like a dog all over the court", answer='6-3 6-1'),
        D('sport/509', "Second seed Andre Agassi suffered", "Melzer has now beaten Agassi", type='misinfo', answer='6-4 6-2',
          edits=[('losing 6-3 6-1', 'losing 6-4 6-2')]),
        N('sport/424'),
    ], gold=['6-3 6-1'], wrong=['6-4 6-2'], note='score; misinfo built from the duplicate article sport/509.'),

    R('counterfactual', "How many copies of the new Band Aid single were sold on its first day of release?", [
        D('entertainment/160', "But the single is now on sale for 79p", "raising money to fight hunger in Africa", answer='72,000'),
        D('entertainment/160', "Ipod owners can now download", "more copies than the rest of the top 30 combined", type='misinfo', answer='52,000',
          edits=[('More than 72,000 copies', 'More than 52,000 copies')]),
        N('entertainment/143'),
    ], gold=['72,000'], wrong=['52,000'], note='count.'),

    R('counterfactual', "Who will run Nissan on a daily basis once Carlos Ghosn takes charge at Renault?", [
        D('business/216', "Nissan has named a lifetime employee", "in charge of the firm's global sales and marketing", answer='Toshiyuki Shiga'),
        D('business/216', "Nissan has named a lifetime employee", "credited with significantly improving its sales in China", type='misinfo', answer='Hiroshi Tanaka',
          edits=[('Toshiyuki Shiga', 'Hiroshi Tanaka'), ('Mr Shiga', 'Mr Tanaka')]),
        N('business/247'),
    ], gold=['Toshiyuki Shiga'], wrong=['Hiroshi Tanaka'], note='person.'),

    R('counterfactual', "On what date did bloggers hold 'Free Mojtaba and Arash Day'?", [
        D('tech/035', "Mr Sigarchi was sentenced one day after", "not less.", answer='22 February'),
        D('tech/016', "The global web blog community is being called", "told the BBC News website", type='misinfo', answer='15 February',
          edits=[('22 February', '15 February')]),
        N('tech/078'),
    ], gold=['22 February'], wrong=['15 February'], note='date; misinfo built from the earlier article tech/016.'),

    R('counterfactual', "How long is the contract Glenn Hoddle has been given as Wolves manager?", [
        D('sport/232', "Glenn Hoddle has been unveiled", "I'm delighted to be here", answer='six-month'),
        D('sport/232', "Glenn Hoddle has been unveiled", "see if it works", type='misinfo', answer='12-month',
          edits=[('six-month', '12-month')]),
        N('sport/226'),
        N('entertainment/190'),
    ], gold=['six-month'], wrong=['12-month'], note='duration.'),

    R('counterfactual', "How much did Foster's pay for its 18.8% stake in Southcorp?", [
        D('business/451', "Foster's said a combination of the two companies", "Foster's shares fell 3.7%", answer='A$584m'),
        D('business/451', "Despite being best known for brewing", "Shares in both companies were suspended", type='misinfo', answer='A$684m',
          edits=[('A$584m', 'A$684m')]),
        N('business/321'),
    ], gold=['A$584m'], wrong=['A$684m'], note='money.'),
]

# ---------------------------------------------------------------- complementary (13)
# Different but compatible true answers (different periods, markets, units, roles,
# granularity of place); expect_conflict is false.
ROWS += [
    R('complementary', "How much did the horror film Boogeyman take in its first three days on release?", [
        D('entertainment/053', "A low-budget horror film produced by", "completed the top five", answer='$19.5m'),
        D('entertainment/380', "The low-budget horror film Boogeyman has knocked", "first week of nationwide release", answer='£788,439'),
        N('entertainment/049', "Film star Robert De Niro has returned", "cashed in on their multiple nominations"),
    ], gold=['$19.5m', '£788,439'],
      note='$19.5m is the North American opening (entertainment/053), £788,439 the UK opening a month later (entertainment/380).'),

    R('complementary', "How much money has Meet the Fockers taken at the box office?", [
        D('entertainment/076', "Comedy Meet The Fockers topped the festive box office", "Barbra Streisand.", answer='$44.7m'),
        D('entertainment/100', "Comedy Meet The Fockers has held on", "Barbra Streisand.", answer='$163m'),
        D('entertainment/340', "Robert De Niro has completed a transatlantic", "ex-CIA agent from 2000 hit comedy", answer='£7.2m'),
        N('entertainment/060'),
    ], gold=['$44.7m', '$163m', '£7.2m'],
      note='US takings over 24-26 December, US total after 12 days, and the UK opening weekend.'),

    R('complementary', "How many construction projects did China's environmental protection agency order to be halted?", [
        D('business/282', "The China Three Gorges Project Corp is refusing", "Power Supply Plant.", answer='30'),
        D('business/472', "China has ordered a halt to construction work", "on the agency's website", answer='26'),
        N('business/174'),
    ], gold=['30', '26'],
      note='30 projects in all (business/282); 26 of them were big power stations (business/472, whose later sentence "Altogether, the agency ordered 30 projects halted" is outside the excerpt).'),

    R('complementary', "What kind of company carried out the study suggesting lifestyle governs mobile phone choice?", [
        D('tech/212', "Faster, better or funkier hardware", "mobile phone owners on the ways they use their phone", answer='handset maker'),
        D('tech/225', "Faster, better or funkier hardware", "mobile phone owners on the ways they use their phone", answer='telecommunications company'),
        N('tech/234'),
    ], gold=['handset maker', 'telecommunications company'],
      note='Two versions of one article describe Ericsson differently; both descriptions are true.'),

    R('complementary', "How did UK retail sales change on the month, according to the Office for National Statistics?", [
        D('business/306', "UK retail sales were better than expected in November", "High Street sales during November", answer='rose 0.6%'),
        D('business/481', "UK retail sales fell in December", "only internet retailers showing any significant growth", answer='dropped by 1%'),
        N('business/225'),
    ], gold=['rose 0.6%', 'dropped by 1%'],
      note='November (+0.6%) and December (-1%) figures; business/481 itself repeats the November rise.'),

    R('complementary', "How many aircraft has the low-cost airline Air Deccan ordered?", [
        D('business/339', "Air Deccan has ordered 30 Airbus", "start a local operation", answer='30 Airbus A320'),
        D('business/407', "Air Deccan has signed a deal to acquire 36 planes", "six second hand airplanes", answer='36 planes'),
        N('business/047'),
    ], gold=['30 Airbus A320', '36 planes'],
      note='Two separate orders: 30 Airbus A320s and 36 ATR turboprops.'),

    R('complementary', "Where did the actor Ossie Davis die?", [
        D('entertainment/043', "Hollywood stars including Spike Lee", "Riverside Church on Saturday", answer='Miami'),
        D('entertainment/044', "US actor Ossie Davis has been found dead", "shooting the film Retirement", answer='Miami Beach, Florida'),
        N('entertainment/198'),
    ], gold=['Miami', 'Miami Beach, Florida'],
      note='City vs the more precise town and state.'),

    R('complementary', "How much did Manchester United's share price rise on the Monday after Malcolm Glazer's new offer?", [
        D('business/209', "Shares in Manchester United were up over 5%", "They have all spoken out against the bid.", answer='up over 5%'),
        D('business/229', "Shares in Manchester United closed up 4.75%", "urged the club to reject the new deal", answer='closed up 4.75%'),
        N('business/224', "A spokesman said the department did not believe", "down 3.75p on the day"),
    ], gold=['up over 5%', 'closed up 4.75%'],
      note='Midday move vs closing move on the same day.'),

    R('complementary', "Where is Andrea Levy's prize-winning novel Small Island set?", [
        D('entertainment/013', "Small Island, Levy's fourth novel", "hard to think of anybody not enjoying it", answer='post-war England'),
        D('entertainment/007', "The five writers in line for the award", "hard to think of anybody not enjoying it", answer='post-war London'),
        N('entertainment/304'),
    ], gold=['post-war England', 'post-war London'],
      note='Country vs the city within it.'),

    R('complementary', "How much prize money is on offer at each stop of the CPL World Tour?", [
        D('tech/140', "These two players will be put forward", "will have a very good year", answer='$15,000'),
        D('tech/274', "Aaron Foster and David Treacy", "$50,000 in prize money will be up for grabs", answer='$50,000'),
        N('tech/144'),
    ], gold=['$15,000', '$50,000'],
      note='$15,000 is the top prize at each stop (tech/140), $50,000 the total purse per stop (tech/274).'),

    R('complementary', "What position does Carlos Ghosn hold at Nissan?", [
        D('business/216', "Nissan has named a lifetime employee", "global sales and marketing", answer='chief executive'),
        D('business/247', "Renault sold more than 2.4 million vehicles", "at the head of Renault later this year", answer='chairman'),
        N('business/117'),
    ], gold=['chief executive', 'chairman'],
      note='One person, two roles, each reported by a different article.'),

    R('complementary', "How much did Deutsche Boerse offer for the London Stock Exchange?", [
        D('business/171', "Deutsche Boerse also said profit in the three months", "Euronext is working also on a bid", answer='£1.3bn'),
        D('business/220', "Atticus Capital, holding 2% of Deutsche Boerse", "undervalued\" both its own business", answer='530 pence per LSE share'),
        N('business/203'),
    ], gold=['£1.3bn', '530 pence per LSE share'],
      note='The same offer expressed as a total and per share.'),

    R('complementary', "When was Glenn Hoddle sacked by Tottenham?", [
        D('sport/226', "Glenn Hoddle will be unveiled", "taking up the England job", answer='September 2003'),
        D('sport/232', "Glenn Hoddle has been unveiled", "manager at Southampton", answer='2003'),
        N('sport/211'),
    ], gold=['September 2003', '2003'],
      note='Month and year vs year only.'),
]

# ---------------------------------------------------------------- other_subject (11)
# One document answers; the noise documents state a value of the same type about a
# different subject (distractor, listed in wrong_answers).
ROWS += [
    R('other_subject', "How much did Ocean's Twelve take on its opening weekend in the US?", [
        D('entertainment/074', "Ocean's Twelve, the crime caper sequel", "$184m (£95.8m) in total", answer='$40.8m'),
        N('entertainment/060', distractor='$30.2m'),
        N('entertainment/364', distractor='$30.5m'),
    ], gold=['$40.8m'], wrong=['$30.2m', '$30.5m']),

    R('other_subject', "At what level did the Bank of England hold UK interest rates?", [
        D('business/290', "The Bank of England has left interest rates on hold", "mortgage approvals", answer='4.75%'),
        N('business/121', distractor='2%'),
        N('business/101', distractor='5.5%'),
    ], gold=['4.75%'], wrong=['2%', '5.5%']),

    R('other_subject', "How much have Rangers offered Blackburn for Barry Ferguson?", [
        D('sport/189', "Blackburn have rejected a third bid", "would not be increasing their offer", answer='£4m'),
        N('sport/193', distractor='£2m'),
        N('sport/191', distractor='£8m'),
    ], gold=['£4m'], wrong=['£2m', '£8m']),

    R('other_subject', "By how much could Fannie Mae have to restate its earnings?", [
        D('business/326', "The two most senior executives at US mortgage giant", "financial reporting", answer='$9bn'),
        N('business/298', "Fannie Mae last month warned", "financing nearly half of all American house purchases", distractor='$5bn'),
        N('business/122', distractor='$515m'),
    ], gold=['$9bn'], wrong=['$5bn', '$515m'],
      note='business/298 gives the restatement figure for the other mortgage firm, Freddie Mac.'),

    R('other_subject', "What seed was Patty Schnyder at the Dubai Open?", [
        D('sport/430', "Daniela Hantuchova moved into the quarter-finals", "who both won on Tuesday", answer='eighth-seed'),
        N('sport/440', distractor='Fifth seed'),
        N('sport/433'),
    ], gold=['eighth-seed'], wrong=['Fifth seed'],
      note='sport/440 is the Qatar Open in Doha, where Schnyder was fifth seed.'),

    R('other_subject', "How much did Viacom pay to end the FCC's investigations into indecency on its shows?", [
        D('entertainment/199', "Media giant Viacom has paid out", "broadcast live programming", answer='$3.5m'),
        N('entertainment/218', "Stern announced in October", "over breaches indecency laws", distractor='$1.75m'),
        N('entertainment/171', distractor='$550,000'),
    ], gold=['$3.5m'], wrong=['$1.75m', '$550,000'],
      note='entertainment/218 gives the amount Clear Channel paid the FCC over Howard Stern.'),

    R('other_subject', "Who won the best actress Oscar in 2005?", [
        D('entertainment/372', "Hilary Swank picked up her second best actress Oscar", "his first win", answer='Hilary Swank'),
        N('entertainment/354', "Cate Blanchett, Leonardo DiCaprio and Richard Gere", "clutch of awards and an Oscar nomination", distractor='Imelda Staunton'),
        N('entertainment/063'),
    ], gold=['Hilary Swank'], wrong=['Imelda Staunton'],
      note='entertainment/354 is about the Bafta best actress.'),

    R('other_subject', "Who knocked top seed Lleyton Hewitt out in the quarter-finals in Adelaide?", [
        D('sport/444', "Lleyton Hewitt suffered a shock defeat", "compatriot Thomas Enqvist", answer='Taylor Dent'),
        N('sport/439', distractor='Sylvia Farina Elia'),
        N('sport/422', distractor='Nicolas Kiefer'),
    ], gold=['Taylor Dent'], wrong=['Sylvia Farina Elia', 'Nicolas Kiefer']),

    R('other_subject', "How many copies has Grand Theft Auto: San Andreas sold in the UK?", [
        D('tech/130', "Sony PlayStation 2's slimmer shape", "head-to-head contest between them and Xbox", answer='677,000'),
        N('tech/160', distractor='five million'),
        N('tech/144'),
    ], gold=['677,000'], wrong=['five million']),

    R('other_subject', "How many viewers watched the finale of the fourth series of I'm a Celebrity... Get Me Out of Here?", [
        D('entertainment/207', "The finale of ITV1's I'm a Celebrity", "Tony Blackburn as winners of the show", answer='10.9m'),
        N('entertainment/179', "Comedy drama Desperate Housewives managed to pull", "remained the same at a slender 6.3%", distractor='five million'),
        N('entertainment/187'),
    ], gold=['10.9m'], wrong=['five million']),

    R('other_subject', "By how many do the Conservatives plan to cut the number of Whitehall civil servants?", [
        D('politics/096', "The changes would all take place within five years", "what about ministers, Parliament and special advisers", answer='almost 100,000'),
        N('politics/095', "He said the union leader was trying to block", "We are determined to go on with the Gershon reforms", distractor='84,000'),
        N('politics/042', "On Monday, Tony Blair's official spokesman declined", "discussing the issue next Monday", distractor='more than 100,000'),
    ], gold=['almost 100,000'], wrong=['84,000', 'more than 100,000'],
      note='The noise documents give the Labour government (Gershon review / chancellor) figures.'),
]

# ---------------------------------------------------------------- agree (12)
# Two or three different real articles state the same answer, sometimes worded or
# formatted differently (alias groups), plus noise.
ROWS += [
    R('agree', "What value does Malcolm Glazer's latest proposal put on Manchester United?", [
        D('business/242', "The battle for control of Manchester United", "led by his two sons", answer='£800m'),
        D('business/224', "The Commons motion says", "down 3.75p on the day", answer='£800m'),
        N('business/271'),
    ], gold=['£800m']),

    R('agree', "Until when did Athletics Kenya ban Susan Chepkemei from competition?", [
        D('sport/021', "Kenya's athletics body has suspended", "IAAF and all meet directors", answer='until the end of the year'),
        D('sport/013', "The Kenyan coaching team will now decide", "intense international and domestic pressure", answer='until the end of 2005'),
        D('sport/019', None, None, answer='until the end of the year'),
        N('sport/031'),
    ], gold=['until the end of the year', 'until the end of 2005'], alias=[['until the end of 2005', 'until the end of the year']],
      note='"the end of the year" in a 2005 article = the end of 2005.'),

    R('agree', "In how many Spike Lee films did Ossie Davis appear?", [
        D('entertainment/043', "The 87-year-old was found dead last weekend", "recalled the famous eulogy", answer='seven'),
        D('entertainment/044', "Some of Davis's best known roles", "Kennedy Center honours in 2004", answer='7'),
        N('entertainment/052'),
    ], gold=['seven', '7'], alias=[['7', 'seven']]),

    R('agree', "How much did Howl's Moving Castle take in its first two days at the Japanese box office?", [
        D('entertainment/065', "Oscar-winning director Hayao Miyazaki's latest film", None, answer='1.5bn yen'),
        D('entertainment/087', "Howl's Moving Castle set a Japanese box office record", None, answer='1.5bn yen'),
        N('entertainment/350'),
    ], gold=['1.5bn yen'],
      note='The two articles convert the same yen figure into different currencies ($14.3m; £7.7m).'),

    R('agree', "How many workers could take part in the public sector pension strike on 23 March?", [
        D('politics/069', "Five public sector unions will hold private talks", "major confrontation in the run up", answer='1.4m'),
        D('politics/312', "Talks aimed at averting national strikes", "Discussions will resume next week", answer='1.4 million'),
        N('politics/210'),
    ], gold=['1.4m', '1.4 million'], alias=[['1.4m', '1.4 million']]),

    R('agree', "In what year did the EU impose its arms embargo on China?", [
        D('politics/136', None, None, answer='1989'),
        D('politics/386', None, None, answer='1989'),
        N('politics/064'),
    ], gold=['1989']),

    R('agree', "What was the average asking price of a home in December, according to Rightmove?", [
        D('business/323', "The figures come hot on the heels", "81 days from 53", answer='£189,733'),
        D('business/329', "The figures support recent data", "less than the national rate", answer='£189,733'),
        N('business/153'),
    ], gold=['£189,733']),

    R('agree', "How big a loss did Borussia Dortmund post for the 12 months to June?", [
        D('business/193', "Shares in Borussia Dortmund, Germany's only", "12 months through June", answer='68m euros'),
        D('business/219', "On 14 March, one of these creditors", "12 months through June", answer='68m euros'),
        N('sport/254'),
    ], gold=['68m euros'],
      note='business/193 adds dollar and sterling conversions.'),

    R('agree', "How much have the two Spider-Man films taken at the worldwide box office?", [
        D('entertainment/298', None, "that's no exaggeration", answer='$1.6bn'),
        D('entertainment/305', "In 2001 though, he started a new company", "indestructible as his heroes", answer='$1.6bn'),
        D('entertainment/374', "Many of Lee's other creations", "A third Spider-Man film", answer='$1.6bn'),
        N('entertainment/384'),
    ], gold=['$1.6bn'],
      note='entertainment/298 says "made $1.6bn", the other two "almost $1.6bn".'),

    R('agree', "How much did the stage musical Mary Poppins cost to bring to the stage?", [
        D('entertainment/005', None, "trademark umbrella", answer='£9m'),
        D('entertainment/295', "The gala performance saw Dame Julie", "original book by PL Travers", answer='£9m'),
        N('entertainment/232'),
    ], gold=['£9m']),

    R('agree', "How much was Foster's takeover offer for Southcorp worth in Australian dollars?", [
        D('business/435', "Fosters bought 18.8% of Southcorp", "major corporate announcement", answer='A$3.1bn'),
        D('business/451', "Australian winemaker Southcorp has rejected", "Foster's bought an 18.8% stake", answer='3.1bn Australian dollars'),
        N('business/321'),
    ], gold=['A$3.1bn', '3.1bn Australian dollars'], alias=[['A$3.1bn', '3.1bn Australian dollars']],
      note='The two articles give different US dollar and sterling conversions of the same A$ figure.'),

    R('agree', "Who did Glenn Hoddle succeed as manager of Wolves?", [
        D('sport/226', "Glenn Hoddle will be unveiled", "won the race for his services", answer='Dave Jones'),
        D('sport/232', "Glenn Hoddle has been unveiled", "see if it works", answer='Dave Jones'),
        N('sport/233'),
    ], gold=['Dave Jones']),
]


if __name__ == '__main__':
    main(ROWS, OUT, 'md')
