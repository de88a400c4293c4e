#!/usr/bin/env python3
"""Build evalsets/bbc-multidoc2/questions.jsonl from the BBC article files.

Standard library only.  Usage:  python3 build.py  [--check]  (--check: validate, do not write)
The rows are listed here; cutting, editing, checking and writing are shared with the
other multi-document set (evalsets/multidoc_build.py, which documents the row kinds).

All articles used by evalsets/bbc-multidoc are excluded (asserted when an article is read).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from multidoc_build import D, N, R, main  # noqa: E402

OUT = os.path.join(HERE, 'questions.jsonl')

# Every article used by the first set (evalsets/bbc-multidoc) is excluded from this one.
TEMPLATE_QS = os.path.join(HERE, '..', 'bbc-multidoc', 'questions.jsonl')
with open(TEMPLATE_QS, encoding='utf-8') as _f:
    TEMPLATE_SOURCES = {d['source'] for _l in _f if _l.strip() for d in json.loads(_l)['documents']}
assert len(TEMPLATE_SOURCES) > 100


# --------------------------------------------------------------------------------------
# ROWS
# --------------------------------------------------------------------------------------
ROWS = []
# ---------------------------------------------------------------- report_differs
ROWS += [
    R('report_differs', "How old is Martin Mubanga, one of the Britons freed from Guantanamo Bay?", [
        D('politics/065', "Amnesty International UK also questioned", "was originally detained in Zambia", answer='29'),
        D('politics/100', "A British terror suspect held in Guantanamo Bay", "released from the US camp in January", answer='32'),
        N('politics/205'),
    ], gold=['29', '32'],
      note='politics/065: "Mr Mubanga, 29, from north London"; politics/100: "Mr Mubanga, 32, from Wembley, London". Same man, both articles February 2005.'),

    R('report_differs', "For how long after broadcast could viewers download programmes with the BBC's Interactive Media Player?", [
        D('tech/011', "According to Jupiter Research 40%", "up to a week after broadcast", answer='eight days'),
        D('tech/349', "The BBC recognises that TV over broadband", "any time they want", answer='seven days'),
        N('tech/146'),
    ], gold=['eight days', 'seven days'],
      note='tech/011 describes last year\'s iMP trial ("it" = the BBC); tech/349 describes the iMP in the present tense. Both describe the same player.'),

    R('report_differs', "What record low did the US dollar hit against the euro on Thursday?", [
        D('business/374', "The dollar was trading at $1.3652", "voiced concerns about the strength of the euro", answer='$1.3667'),
        D('business/376', "People want to go into the weekend", "dropped to 141.60 per euro", answer='$1.3666'),
        N('business/142'),
    ], gold=['$1.3667', '$1.3666']),

    R('report_differs', "How many jobs could go at MG Rover's Longbridge plant if the Chinese tie-up goes ahead?", [
        D('business/034', None, "Rover confirmed the tie-up would take place", answer='2,000'),
        D('business/212', "According to the FT, the regulator has been annoyed", "Neither Rover nor Shanghai Automotive commented", answer='3,000'),
        N('business/049'),
    ], gold=['2,000', '3,000'],
      note='Financial Times figure (2,000) vs Observer figure (3,000 of 6,500), as reported by the BBC.'),

    R('report_differs', "How much, in euros, did General Motors pay Fiat to get out of their alliance?", [
        D('business/160', "General Motors of the US is to pay Fiat", "absolute freedom to design", answer='1.55bn euros'),
        D('business/051', "It said Fiat was set to restructure", "car business is making a loss", answer='1.53bn euros'),
        N('business/359'),
    ], gold=['1.55bn euros', '1.53bn euros'],
      note='business/051 gives $2bn with a euro conversion of 1.53bn; business/160 and business/148 state 1.55bn euros. Debatable: one figure is a conversion.'),

    R('report_differs', "How many copies has Dan Brown's novel The Da Vinci Code sold worldwide?", [
        D('entertainment/009', "The Da Vinci Code claims Jesus", "lack of evidence", answer='seven million'),
        D('entertainment/068', "Oscar-winning director Ron Howard chose", "Variety reported", answer='17 million'),
        N('entertainment/347'),
    ], gold=['seven million', '17 million'],
      note='Both say "more than"; the figures may reflect different dates. Debatable.'),
]

# ---------------------------------------------------------------- counterfactual
ROWS += [
    R('counterfactual', "In which country was Martin Mubanga arrested before he was sent to Guantanamo Bay?", [
        D('politics/065', "The men's solicitor, Louise Christian", "was originally detained in Zambia", answer='Zambia'),
        D('politics/100', "A British terror suspect held in Guantanamo Bay", "was travelling on his Zambian passport instead", type='misinfo', answer='Kenya',
          edits=[('Zambian', 'Kenyan'), ('Zambia', 'Kenya')]),
        N('politics/192'),
    ], gold=['Zambia'], wrong=['Kenya']),

    R('counterfactual', "Before the Guantanamo case, when was the Royal Prerogative last used to withdraw someone's passport?", [
        D('politics/065', "It is not known whether the other two men", "The Home Office said it could not comment", answer='1976'),
        D('politics/065', "The government is implementing the rarely used", "you would take part in activities", type='misinfo', answer='1983',
          edits=[('in 1976', 'in 1983')]),
        N('politics/040'),
    ], gold=['1976'], wrong=['1983'], note='year; misinfo is another cut of the same article.'),

    R('counterfactual', "Who inducted U2 into the Rock and Roll Hall of Fame?", [
        D('entertainment/291', None, "begin a world tour on 28 March", answer='Springsteen'),
        D('entertainment/291', "The lavish ceremony", "single-handedly", type='misinfo', answer='Neil Young',
          edits=[('Springsteen', 'Neil Young')]),
        N('entertainment/262'),
    ], gold=['Springsteen'], wrong=['Neil Young'], note='person; second cut of the same article, every "Springsteen" replaced.'),

    R('counterfactual', "In what year did Black Sabbath release their debut album?", [
        D('entertainment/268', "Formed by four teenage friends", "Osbourne said the band's success", answer='1970'),
        D('entertainment/268', "Black Sabbath have topped a list", "proper rock fans", type='misinfo', answer='1971',
          edits=[('1970', '1971')]),
        N('entertainment/206'),
    ], gold=['1970'], wrong=['1971']),

    R('counterfactual', "Which Chinese car maker was negotiating a £1bn investment in MG Rover?", [
        D('business/034', "Shanghai Automotive Industry Corp plans to shift", "Rover bosses have said they are", answer='Shanghai Automotive Industry Corp'),
        D('business/212', None, "which oversees foreign investment by Chinese firms", type='misinfo', answer='First Automotive Works',
          edits=[("Shanghai Automotive Industry Corp", 'First Automotive Works'), ("Shanghai Automotive's", "First Automotive Works'"), ('the Shanghai city government', 'the Changchun city government')]),
        N('business/049'),
    ], gold=['Shanghai Automotive Industry Corp'], wrong=['First Automotive Works'], note='organisation.'),

    R('counterfactual', "To what level did the Chicago purchasing managers' manufacturing index fall?", [
        D('business/374', "Disappointing business figures from Chicago", "especially after the Chicago data yesterday", answer='61.2'),
        D('business/376', "Investors are concerned about the size", "more than analysts had expected", type='misinfo', answer='58.9',
          edits=[('61.2', '58.9')]),
        N('business/142'),
    ], gold=['61.2'], wrong=['58.9']),

    R('counterfactual', "How many people did the games developer Argonaut employ at the start of the year?", [
        D('tech/114', "Mr Parkinson said staff were told", "Just Add Monsters base", answer='268'),
        D('tech/114', "A lot of people suspected", "Just Add Monsters base", type='misinfo', answer='286',
          edits=[('268 people', '286 people')]),
        N('tech/119'),
    ], gold=['268'], wrong=['286'], note='count.'),

    R('counterfactual', "How many times has the Firefox browser been downloaded, according to its makers?", [
        D('tech/138', "In July the IE using population", "far fewer security holes", answer='almost eight million'),
        D('tech/138', "The Mozilla Foundation claims", "Firefox is proving popular because", type='misinfo', answer='almost five million',
          edits=[('almost eight million', 'almost five million')]),
        N('tech/196'),
    ], gold=['almost eight million'], wrong=['almost five million']),

    R('counterfactual', "Who is the deputy leader of Robert Kilroy-Silk's new party Veritas?", [
        D('politics/111', "Mr Kilroy-Silk promised", "parody of the party the men have left", answer='Damien Hockney'),
        D('politics/293', "Mr Kilroy-Silk promised", "parody of the party the men have left", type='misinfo', answer='Damian Holt',
          edits=[('Damien Hockney', 'Damian Holt')]),
        N('politics/286'),
    ], gold=['Damien Hockney'], wrong=['Damian Holt'], note='person; misinfo built from the near-duplicate article politics/293.'),

    R('counterfactual', "By how much did UK house prices rise in December, according to the Halifax?", [
        D('business/405', None, "now stands at", answer='1.1%'),
        D('business/405', None, "three year low", type='misinfo', answer='1.6%', edits=[('1.1%', '1.6%')]),
        N('business/170'),
    ], gold=['1.1%'], wrong=['1.6%'], note='percentage.'),

    R('counterfactual', "On what date does Nintendo's DS handheld go on sale in Europe?", [
        D('tech/084', None, None, answer='11 March'),
        D('tech/025', "It launched its DS handheld", "It's an entertainment device", type='misinfo', answer='4 March',
          edits=[('11 March', '4 March')]),
        N('tech/363'),
    ], gold=['11 March'], wrong=['4 March'], note='date; misinfo built from tech/025.'),

    R('counterfactual', "Which club was set to sign Iceland Under-21 international Emil Hallfredsson?", [
        D('sport/262', None, "giving them a place at Tottenham", answer='Tottenham'),
        D('sport/262', None, "giving them a place at Tottenham", type='misinfo', answer='Fulham',
          edits=[('White Hart Lane', 'Craven Cottage'), ('Tottenham', 'Fulham'), ('Spurs', 'Fulham')]),
        N('sport/300'),
    ], gold=['Tottenham'], wrong=['Fulham'], note='club; the whole first story of sport/262 with every Tottenham/Spurs/White Hart Lane replaced.'),
]

# ---------------------------------------------------------------- complementary
ROWS += [
    R('complementary', "How many people were screened for tuberculosis at Heathrow airport?", [
        D('politics/122', "There is already some screening in place", "TB is not simply imported", answer='185,000'),
        D('politics/382', "Home Office Minister Des Browne says", "about 100 infectious cases", answer='175,000'),
        N('politics/087'),
    ], gold=['185,000', '175,000'],
      note='politics/122: 185,000 at Heathrow and Gatwick together; politics/382: 175,000 at Heathrow and 10,000 at Gatwick (whole vs part).'),

    R('complementary', "How many of their Tests since the 2003 World Cup final have England lost?", [
        D('sport/323', "Despite England's dramatic dip in form", "This is England we are", answer='eight of their last 13'),
        D('sport/405', None, "worst run in the championship since 1987", answer='nine of their last 14'),
        N('sport/286'),
    ], gold=['eight of their last 13', 'nine of their last 14'],
      note='sport/323 is the preview before the Ireland game, sport/405 the report after England lost it.'),

    R('complementary', "By how much did UK house prices rise on the month, according to the Halifax?", [
        D('business/405', None, "now stands at", answer='1.1%'),
        D('business/248', "Although the figures point to a slowdown", "latest decision on interest rates", answer='0.8%'),
        N('business/012'),
    ], gold=['1.1%', '0.8%'], note='December (business/405) vs January (business/248).'),

    R('complementary', "Where in London is Martin Mubanga from?", [
        D('politics/065', "The men's solicitor, Louise Christian", "was originally detained in Zambia", answer='north London'),
        D('politics/100', "A British terror suspect held in Guantanamo Bay", "released from the US camp in January", answer='Wembley, London'),
        N('politics/205'),
    ], gold=['north London', 'Wembley, London'], note='Wembley is in north-west London: area vs district.'),

    R('complementary', "When is the film of The Da Vinci Code due to be released?", [
        D('entertainment/068', "Oscar-winning director Ron Howard chose", "in the United States and France", answer='May 19, 2006'),
        D('entertainment/098', None, "Splash and Apollo 13", answer='May 2006'),
        N('entertainment/347'),
    ], gold=['May 19, 2006', 'May 2006'], note='Full date (US and France release) vs month and year.'),

    R('complementary', "When did the US phone company WorldCom collapse?", [
        D('business/087', None, "assisting prosecutors", answer='2002'),
        D('business/465', None, "firmly declared his innocence", answer='July 2002'),
        N('business/044'),
    ], gold=['2002', 'July 2002'], note='Year vs month and year.'),

    R('complementary', "How much did General Motors agree to pay Fiat to end their alliance?", [
        D('business/189', "Mr Morchio made a bid last year", "GM will pay Fiat $2bn", answer='$2bn'),
        D('business/148', None, "1.55bn euros", answer='1.55bn euros'),
        N('business/359'),
    ], gold=['$2bn', '1.55bn euros'], note='The same payment in dollars and in euros (business/148 also gives $2bn in brackets).'),

    R('complementary', "Where does the singer Joss Stone come from?", [
        D('entertainment/249', None, "Ms Stone is due to perform", answer='near Cullumpton'),
        D('entertainment/251', None, "sold about two million records", answer='Devon'),
        N('entertainment/106'),
    ], gold=['near Cullumpton', 'Devon'], note='A village near Cullumpton vs the county; entertainment/251 also says "from near Cullumpton".'),

    R('complementary', "How many of the travellers screened for TB at Heathrow and Gatwick were found to have the disease?", [
        D('politics/122', "There is already some screening in place", "TB is not simply imported", answer='about 200'),
        D('politics/382', "Home Office Minister Des Browne says", "about 100 infectious cases", answer='about 100'),
        N('politics/087'),
    ], gold=['about 200', 'about 100'], note='Infected (politics/122) vs infectious cases (politics/382): infectious cases are a subset. Debatable.'),
]

# ---------------------------------------------------------------- other_subject
ROWS += [
    R('other_subject', "How many copies did the original Band Aid single sell in its first week?", [
        D('entertainment/159', "The charity record is also tipped", "reached number 13 in the singles chart", answer='750,000'),
        N('entertainment/157', None, "record of the year", distractor='800,000'),
        N('entertainment/234'),
    ], gold=['750,000'], wrong=['800,000'], note='entertainment/157 gives the first-week sales of the US anthem We Are The World.'),

    R('other_subject', "How much is Euronext reported to be ready to raise to fund a bid for the London Stock Exchange?", [
        D('business/279', "However, rival suitor Euronext also upped", "The news came as Deutsche Boerse held its third meeting", answer='£1.4bn'),
        N('business/264', None, "Speculation is mounting that the Germans may raise", distractor='£1.5bn'),
        N('business/316'),
    ], gold=['£1.4bn'], wrong=['£1.5bn', '£1.35bn'], note='business/264: the possible raised Deutsche Boerse bid; business/316: value of the rejected Deutsche Boerse offer.'),

    R('other_subject', "How many units has Nintendo's DS handheld sold?", [
        D('tech/025', "The handheld console will go on sale", "It launched its DS handheld", answer='2.8 million'),
        N('tech/363', "The latest handheld gaming gadget", "Walkman of the 21st Century", distractor='800,000'),
        N('tech/045'),
    ], gold=['2.8 million'], wrong=['800,000'], note='tech/363 gives the Sony PSP sales in Japan.'),

    R('other_subject', "How much did the Nicolas Cage film National Treasure take in its third weekend at the top of the US box office?", [
        D('entertainment/083', None, "Closer made its debut at number six", answer='$17.1m'),
        N('entertainment/088', None, "Christmas with the Kranks", distractor='$16.1m'),
        N('entertainment/066'),
    ], gold=['$17.1m'], wrong=['$16.1m', '$40.8m'], note='entertainment/088: Blade: Trinity and Ocean\'s Twelve takings.'),

    R('other_subject', "According to the British Bankers' Association, by how much did mortgage lending rise in December?", [
        D('business/194', "At the same time, the British Bankers' Association", "most striking", answer='£5.1bn'),
        N('business/085', None, "rise in November", distractor='£7.1bn'),
        N('business/170'),
    ], gold=['£5.1bn'], wrong=['£7.1bn'], note='business/085 gives the Bank of England December figure.'),

    R('other_subject', "How many nominations did Kanye West have going into the Grammy ceremony?", [
        D('entertainment/264', "Charles, who died in 2004", "West led the race", answer='10 nominations'),
        N('entertainment/153', "OutKast did lose out", "He had four nominations", distractor='four nominations'),
        N('entertainment/253'),
    ], gold=['10 nominations'], wrong=['four nominations'], note='entertainment/153 is about the MTV Europe awards.'),

    R('other_subject', "How old is Feroz Abbasi, one of the Britons released from Guantanamo Bay?", [
        D('politics/065', "The men's solicitor, Louise Christian", "was originally detained in Zambia", answer='23'),
        N('politics/100', "A British terror suspect held in Guantanamo Bay", "released from the US camp in January", distractor='32'),
        N('politics/192'),
    ], gold=['23'], wrong=['32'], note='politics/100 gives Martin Mubanga\'s age.'),

    R('other_subject', "What rise in house prices did the Nationwide report for January?", [
        D('business/248', "Although the figures point to a slowdown", "latest decision on interest rates", answer='0.4%'),
        N('business/405', None, None, distractor='1.1%'),
        N('business/044'),
    ], gold=['0.4%'], wrong=['1.1%'], note='business/405 is the Halifax December figure.'),

    R('other_subject', "What stake in Manchester United do the Irish racing tycoons John Magnier and JP McManus hold?", [
        D('business/293', "Mr Glazer has already had one takeover attempt", "who own 28.9% of the club", answer='28.9%'),
        N('sport/124', "Glazer, currently owns", "has now received", distractor='28.1%'),
        N('sport/112'),
    ], gold=['28.9%'], wrong=['28.1%'], note='sport/124 gives the Glazer family stake.'),
]

# ---------------------------------------------------------------- agree
ROWS += [
    R('agree', "How old was the Devon soul singer Joss Stone when she won at the Brit Awards?", [
        D('entertainment/249', None, "Ms Stone is due to perform", answer='17-year-old'),
        D('entertainment/251', None, "sold about two million records", answer='Seventeen-year-old'),
        N('entertainment/106'),
    ], gold=['17-year-old', 'Seventeen-year-old'], alias=[['17-year-old', 'Seventeen-year-old']]),

    R('agree', "In what year did the British Academy of Film and Television split its games and interactive awards into separate ceremonies?", [
        D('entertainment/220', "The BBC's iCan site is up", "outside the gaming industry", answer='2002'),
        D('tech/046', "Elsewhere, fashionista", "Half-Life 2 dominated", answer='2002'),
        N('tech/095'),
    ], gold=['2002']),

    R('agree', "When did Interbrew buy the Brazilian brewer Ambev?", [
        D('business/132', "Inbev, which makes Stella Artois", "almost all of the increase", answer='August 2004'),
        D('business/369', "The Leuven-based brewery said", "owns breweries in eight Russian cities", answer='August 2004'),
        N('business/011'),
    ], gold=['August 2004']),

    R('agree', "In what year did Margaret Thatcher secure Britain's EU budget rebate?", [
        D('politics/358', None, "see the light", answer='1984'),
        D('politics/373', None, "less EU farm money", answer='1984'),
        N('politics/142'),
    ], gold=['1984']),

    R('agree', "What stake in Manchester United does the owner of the Tampa Bay Buccaneers hold?", [
        D('business/293', "the Tampa Bay Buccaneers", "vote off three board members", answer='28.1%'),
        D('sport/124', "Glazer, currently owns", "has now received", answer='28.1%'),
        N('sport/112'),
    ], gold=['28.1%']),

    R('agree', "How big was the accounting fraud at the US telecoms firm WorldCom?", [
        D('business/087', None, "assisting prosecutors", answer='$11bn'),
        D('business/465', None, "firmly declared his innocence", answer='$11bn'),
        N('business/196'),
    ], gold=['$11bn']),

    R('agree', "When was the Dutch film-maker Theo van Gogh killed?", [
        D('entertainment/029', "Rasheed said the title", "his film Submission", answer='November 2004'),
        D('entertainment/329', "It was one of three of his works", "Dutch television", answer='November 2004'),
        N('entertainment/057'),
    ], gold=['November 2004']),

    R('agree', "How much did Baikal Finance Group pay for Yuganskneftegas, in roubles?", [
        D('business/314', "Baikal Finance Group outbid", "protect tens of thousands", answer='260.75bn roubles'),
        D('business/318', "Baikal Finance Group emerged", "once the owner of Yuganskneftegas", answer='260.75bn roubles'),
        N('business/127'),
    ], gold=['260.75bn roubles'], note='The two articles convert the rouble figure to $9.37bn and $9.4bn.'),

    R('agree', "On what date does Nintendo's DS go on sale in Europe?", [
        D('tech/084', None, None, answer='11 March'),
        D('tech/025', "It launched its DS handheld", "It's an entertainment device", answer='11 March'),
        N('tech/363'),
    ], gold=['11 March']),

    R('agree', "How much is Britain's rebate from the European Union worth?", [
        D('politics/358', None, "see the light", answer='£3bn'),
        D('politics/373', None, "less EU farm money", answer='£3bn'),
        N('politics/142'),
    ], gold=['£3bn']),

    R('agree', "How much did the Shanghai car maker propose to invest in MG Rover?", [
        D('business/034', "Shanghai Automotive Industry Corp plans to shift", "Rover bosses have said they are", answer='£1bn'),
        D('business/212', "Shanghai Automotive's proposed", "unfashionable models", answer='£1bn'),
        N('business/044'),
    ], gold=['£1bn']),

    R('agree', "Which company is the world's biggest brewer?", [
        D('business/132', "Inbev, which makes Stella Artois", "almost all of the increase", answer='Inbev'),
        D('business/369', "Alfa-Eco, the venture capital arm", "Americas, Europe and Asia Pacific", answer='Inbev'),
        N('business/011'),
    ], gold=['Inbev'], note='business/132 says biggest by volume (Anheuser-Busch is bigger by value); business/369 says biggest beermaker.'),

    R('agree', "What is the name of the party launched by former chat show host Robert Kilroy-Silk?", [
        D('politics/111', None, "lies and spin", answer='Veritas'),
        D('politics/333', "Mr Kilroy-Silk announced his plans", None, answer='Veritas'),
        N('politics/142'),
    ], gold=['Veritas']),

    R('agree', "When did Ireland last win a rugby Grand Slam?", [
        D('sport/323', "Ireland are going for their first Grand Slam", None, answer='1948'),
        D('sport/405', None, "worst run in the championship since 1987", answer='1948'),
        N('sport/300'),
    ], gold=['1948']),
]


if __name__ == '__main__':
    main(ROWS, OUT, 'mx', TEMPLATE_SOURCES)
