#!/usr/bin/env python3
"""Generate /work/main/evalsets/seed/questions.jsonl (standard library only).

Source file naming used below (by CONTENT, checked against the files):
  HC  = Alibaba-accused-of-cloning-Anthropic-constitutional-AI.txt
        (London's High Court / Qwen-Plus / trade secret law / signatures in weights)
  IPO = Anthropic-accuses-Alibaba-of-stealing-its-AI-technology.txt
        (UK Intellectual Property Office / Qwen2 / patentable method / output-pattern similarities with Claude)
Every field of one group (gold, expect_all, flags, evidence) is defined once per group,
so all wordings of a group share the same expectations.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "questions.jsonl")

HC = "Alibaba-accused-of-cloning-Anthropic-constitutional-AI.txt"
IPO = "Anthropic-accuses-Alibaba-of-stealing-its-AI-technology.txt"

# ---------------------------------------------------------------- quotes
HC_FIRST = "In a dramatic escalation of the global AI arms race, Anthropic, the safety-focused artificial intelligence lab founded by former OpenAI researchers, has accused Chinese e-commerce giant Alibaba of stealing its proprietary technology."
IPO_FIRST = "In a dramatic escalation of cross-border tech tensions, Anthropic, the San Francisco-based AI safety pioneer, has publicly accused Chinese e-commerce giant Alibaba of stealing proprietary technology."
HC_VENUE = "The accusation, filed in London’s High Court, marks the first major test of British intellectual property laws in the context of advanced AI systems."
IPO_ALLEG = "The allegations, detailed in a formal complaint filed with the UK Intellectual Property Office, centre on claims that Alibaba's Qwen2 model incorporates elements of Anthropic's constitutional AI framework without authorisation."
HC_PRECEDENT = "The case threatens to reshape how algorithmic trade secrets are protected and could set a precedent for the entire industry."
HC_HEART = "At the heart of the dispute is Anthropic’s constitutional AI framework, a method for aligning large language models with human values."
HC_MODEL = "Anthropic alleges that Alibaba’s Qwen-Plus model reproduces core elements of this framework, including specific reinforcement learning techniques and reward model architectures."
HC_DISCOVER = "The company claims it discovered the infringement after running internal deep analysis on Qwen’s publicly available outputs."
HC_SIGNATURES = "“We found signatures of our technology in their weights,” said a source close to the investigation."
HC_CLONING = "“It is not coincidence. It is cloning.”"
HC_DENY = "Alibaba has strongly denied the allegations, calling them “baseless and an attempt to stifle competition.”"
HC_STATEMENT = "In a statement, the company argued that their AI development is independent and built on open-source research."
HC_MATHS = "“Anthropic does not own the fundamental maths of machine learning,” the statement read."
HC_ENGINEERS = "“Our engineers have never accessed their proprietary systems.”"
HC_NOVEL = "The case presents novel questions for British courts."
HC_TRADE = "Trade secret law, which guards confidential business information, may be the primary vehicle for Anthropic’s claim."
HC_DIFFICULT = "However, proving that Alibaba acquired the secrets unlawfully will be difficult."
HC_SHAW = "“You cannot simply reverse-engineer a neural network and say it is theft,” explained Dr. Eleanor Shaw, an IP law expert at Cambridge University."
HC_SHAW2 = "“The court will need to decide if the similarities in behavior constitute copying of protected methods, or independent innovation.”"
HC_LONDON = "The choice of London as the battleground is strategic."
HC_HUB = "The UK has positioned itself as a global hub for AI regulation, with the government pushing forward the Advanced AI Act that emphasises safety and transparency."
HC_FAVOUR = "A ruling in Anthropic’s favour could encourage other AI labs to litigate here, turning British courts into a forum for tech disputes."
HC_DISMISSAL = "Conversely, a dismissal could send a signal that trade secrets are easily bypassed across borders."
HC_GEO = "Geopolitical tensions underpin the case."
HC_DECOUPLING = "The US-China tech decoupling has already seen restrictions on chip exports and cloud computing access."
HC_ASIA = "Alibaba’s Qwen models have been widely adopted across Asia, and a finding of infringement could force the company to retrain its models or face a UK sales ban."
HC_MOTIVE = "For Anthropic, which has focused on ethical AI since its founding, the lawsuit is also about damaging a competitor perceived as less safety-conscious."
HC_PAPERS = "Many AI models are built on research published in open papers, making it hard to draw clean lines between inspiration and theft."
HC_VANE = "“We are moving from a world of academic collaboration to one of corporate litigation,” noted Julian Vane, Technology & Innovation Lead."
HC_VANE2 = "“Every lab will now have to patent every incremental improvement or risk having it lifted. This could slow progress and entrench incumbents.”"
HC_HEARING = "The hearing is expected to last six months, with technical evidence from both sides dissecting model architectures and training data."
HC_COMMUNITY = "For now, the AI community watches with bated breath."
HC_VERDICT = "The verdict may not just decide the fate of two companies, but shape the future of innovation itself."

IPO_FOUNDED = "Anthropic, founded by former OpenAI researchers, has long positioned itself as the ethical conscience of artificial intelligence."
IPO_CAI = "Its constitutional AI approach actively encodes safety constraints into model training, a method the company argues is distinct and protectable."
IPO_EVIDENCE = "The complaint cites specific, undisclosed similarities between Qwen2's output patterns and Anthropic's Claude model, suggesting reverse engineering or outright code copying."
IPO_DISMISS = "Alibaba has dismissed the claims as speculative, noting that Qwen2 is built on an open-source architecture and developed independently."
IPO_NOCOMMENT = "Neither the UK Intellectual Property Office nor the Chinese tech giant has commented on the specifics of the complaint, but the timing is no coincidence."
IPO_OFCOM = "The dispute unfolds against a backdrop of intensifying UK-China tech rivalry, with watchdogs like Ofcom tightening scrutiny on foreign AI firms operating in British markets."
IPO_PRECEDENT = "This case could set a precedent for how AI models, which often learn from vast, public datasets, are treated under intellectual property law."
IPO_PATENT = "Unlike software code, AI models are not easily delineated; but Anthropic is betting that its constitutional training process is a patentable method."
IPO_SUCCEED = "If they succeed, it could hamper Chinese AI firms' access to Western markets, while conversely providing a blueprint for other AI companies to protect their 'secret sauce'."
IPO_BRITON = "From a user experience perspective, the average Briton may not notice immediate changes."
IPO_VERDICT = "However, the verdict will shape future AI products: if safety methods become proprietary, we may see a fragmentation of AI ecosystems, where ethical constraints vary by jurisdiction."
IPO_CURTAIN = "This could lead to a digital Iron Curtain of sorts, with AI assistants in the UK behaving differently to those in Shanghai."
IPO_CHASM = "Anthropic's move also highlights the growing chasm between the US and Chinese tech blocks."
IPO_REGULATORS = "UK regulators are caught in the middle, trying to foster innovation while safeguarding national security."
IPO_SUMMIT = "The government's upcoming AI Safety Summit, hosted at Bletchley Park, will undoubtedly be coloured by this spat."
IPO_COMMUNITY = "For now, the AI community watches nervously."
IPO_REFERENDUM = "This legal battle is not just about code: it is a referendum on whether intellectual property rules can evolve fast enough to keep pace with artificial intelligence."
IPO_SOUL = "But for now, they are the front line in a war for the soul of AI."


def ev(*pairs):
    return [{"source": s, "quote": q} for s, q in pairs]


def H(*turns):
    """History helper: alternating user/assistant contents."""
    roles = ["user", "assistant"]
    return [{"role": roles[i % 2], "content": c} for i, c in enumerate(turns)]


# shared answer key lists -----------------------------------------------------
VENUE_ALL = [["Intellectual Property Office", "IPO"], ["High Court", "London"]]
MODEL_ALL = [["Qwen2", "Qwen 2"], ["Qwen-Plus", "Qwen Plus"]]
ROUTE_ALL = [["patentable", "patent"], ["trade secret", "trade secrets"]]
EVID_ALL = [["output patterns", "similarities", "Claude"], ["signatures", "signature", "weights"]]
RESPONSE_GOLD = ["denied", "denies", "dismissed", "dismisses", "baseless", "speculative", "independent", "independently"]
ALLEGE = ["alleges", "alleged", "allegation", "allegations", "accuses", "accused", "accusation", "claims", "claimed"]
DENY = ["denies", "denied", "dismissed", "dismisses", "baseless", "speculative", "rejects", "rejected"]
POS_ALL = [ALLEGE, DENY]


def flat(expect_all):
    out = []
    for alts in expect_all:
        for a in alts:
            if a not in out:
                out.append(a)
    return out


G = {}  # group name -> spec


def group(name, category, gold=None, expect_all=None, conflict=False, abstain=False,
          evidence=None, note=None, questions=()):
    assert name not in G, name
    if gold is None:
        gold = flat(expect_all) if expect_all else []
    G[name] = dict(category=category, gold=gold, expect_all=expect_all, conflict=conflict,
                   abstain=abstain, evidence=evidence or [], note=note, questions=list(questions))


# =============================================================================
# 1. Rewordings of every question of tests/data/seed_questions.jsonl
# =============================================================================
group("both-accuser", "complementary", gold=["Anthropic"],
      evidence=ev((HC, HC_FIRST), (IPO, IPO_FIRST)),
      note="Both reports agree Anthropic is the accuser.",
      questions=[
          "Which company has accused Alibaba of stealing its technology?",
          "Who has made allegations of technology theft against Alibaba?",
          "Alibaba is accused of stealing proprietary technology by whom?",
          "Tell me which AI lab is bringing the accusation against Alibaba.",
          "Which firm claims that Alibaba stole its proprietary AI technology?",
          "Who alleges that Alibaba misappropriated its tech?",
      ])

group("both-technology", "complementary", gold=["constitutional AI"],
      evidence=ev((HC, HC_HEART), (IPO, IPO_ALLEG)),
      note="Both reports name the constitutional AI framework.",
      questions=[
          "What Anthropic technology is the dispute centred on?",
          "Which of Anthropic's frameworks does Alibaba allegedly copy?",
          "At the core of the case, which Anthropic method is Alibaba accused of taking?",
          "Tell me what Anthropic technique the lawsuit is about.",
          "Which proprietary Anthropic approach is at issue in the claim against Alibaba?",
      ])

group("both-founders", "complementary", gold=["OpenAI"],
      evidence=ev((HC, HC_FIRST), (IPO, IPO_FOUNDED)),
      note="Both: founded by former OpenAI researchers (no names given).",
      questions=[
          "Who started Anthropic?",
          "By whom was Anthropic founded?",
          "Tell me who set up Anthropic.",
          "Where did Anthropic's founders previously work?",
          "What is the background of the people who founded Anthropic?",
          ("Who founded it?", H("Which company is accusing Alibaba of stealing its technology?", "Anthropic.")),
      ])

group("both-alibaba-kind", "complementary", gold=["e-commerce", "ecommerce", "e commerce", "tech giant"],
      evidence=ev((HC, HC_FIRST), (IPO, IPO_FIRST)),
      note="Both: Chinese e-commerce giant (the IPO report also calls it 'the Chinese tech giant').",
      questions=[
          "What type of business is Alibaba?",
          "How do the reports describe Alibaba?",
          "Alibaba is what sort of company?",
          "Describe Alibaba's line of business.",
          "What kind of firm is the company being accused?",
      ])

group("both-response", "complementary", gold=RESPONSE_GOLD,
      evidence=ev((HC, HC_DENY), (HC, HC_STATEMENT), (IPO, IPO_DISMISS)),
      note="Denied as baseless (HC) / dismissed as speculative (IPO): compatible, not a conflict.",
      questions=[
          "How has Alibaba reacted to Anthropic's accusations?",
          "What was Alibaba's reply to the claims?",
          "What does Alibaba say about the allegations against it?",
          "How did the Chinese company answer the charge of stealing technology?",
          "Tell me how Alibaba responded to being accused.",
          "What is Alibaba's reaction to the lawsuit?",
      ])

group("single-ofcom", "fact", gold=["Ofcom"],
      evidence=ev((IPO, IPO_OFCOM)),
      questions=[
          "Which regulator is increasing scrutiny of foreign AI companies?",
          "Name the watchdog that is tightening oversight of foreign AI firms in Britain.",
          "Which British watchdog is mentioned as scrutinising overseas AI firms?",
          "Who is stepping up scrutiny of foreign AI firms operating in British markets?",
          "What body is tightening its scrutiny of foreign AI companies in the UK?",
      ])

group("single-shaw", "fact", gold=["IP law expert", "law expert", "intellectual property", "Cambridge"],
      evidence=ev((HC, HC_SHAW)),
      questions=[
          "What is Eleanor Shaw's role?",
          "Tell me who Dr Shaw is.",
          "What is Dr. Eleanor Shaw's area of expertise?",
          "Who is Eleanor Shaw, the expert quoted in the coverage?",
          "In what capacity is Eleanor Shaw quoted?",
      ])

group("single-summit", "fact", gold=["Bletchley Park"],
      evidence=ev((IPO, IPO_SUMMIT)),
      questions=[
          "Where is the UK government's upcoming AI Safety Summit taking place?",
          "What is the venue of the AI Safety Summit?",
          "Tell me where the AI Safety Summit will be held.",
          "At which location is the government hosting its AI Safety Summit?",
          "The AI Safety Summit mentioned in the news is hosted where?",
          ("Where will it be held?", H("Is there an upcoming event that the dispute might colour?",
                                       "Yes, one report mentions the government's upcoming AI Safety Summit.")),
      ])

group("single-act", "fact", gold=["Advanced AI Act"],
      evidence=ev((HC, HC_HUB)),
      questions=[
          "What legislation is the UK government pushing forward?",
          "Which law on AI is the British government advancing?",
          "Name the act the government is pushing that emphasises safety and transparency.",
          "What AI act is mentioned as being pushed by the UK government?",
          "Which piece of AI legislation is the UK advancing?",
      ])

group("single-consequence", "fact", gold=["retrain", "retraining", "sales ban", "ban"],
      evidence=ev((HC, HC_ASIA)),
      questions=[
          "What might Alibaba have to do if infringement is found?",
          "If Alibaba is found to have infringed, what could happen to it?",
          "What are the possible consequences for Alibaba of a finding of infringement?",
          "Tell me what an infringement finding could force Alibaba to do.",
          "What penalties could Alibaba face if it is found to be infringing?",
          ("What could it force the company to do?",
           H("Does one report discuss a possible finding of infringement against Alibaba?",
             "Yes, one report discusses what such a finding could mean for Alibaba.")),
      ])

group("single-hq", "fact", gold=["San Francisco"],
      evidence=ev((IPO, IPO_FIRST)),
      questions=[
          "Where is Anthropic headquartered?",
          "In which city is Anthropic based?",
          "Tell me where Anthropic is located.",
          "What city does Anthropic operate from?",
          "Where is the company accusing Alibaba based?",
          ("Where is it based?", H("Who is accusing Alibaba of stealing technology?", "Anthropic.")),
      ])

group("conflict-venue", "conflict", expect_all=VENUE_ALL, conflict=True,
      evidence=ev((HC, HC_VENUE), (IPO, IPO_ALLEG)),
      note="HC: London's High Court; IPO: UK Intellectual Property Office.",
      questions=[
          "In which venue was the complaint lodged?",
          "Where did Anthropic file its case against Alibaba?",
          "What body received Anthropic's complaint?",
          "Tell me where the accusation against Alibaba was brought.",
          "With which institution was the claim submitted?",
          "Where has the lawsuit against Alibaba been filed?",
      ])

group("conflict-model", "conflict", expect_all=MODEL_ALL, conflict=True,
      evidence=ev((HC, HC_MODEL), (IPO, IPO_ALLEG)),
      note="HC: Qwen-Plus; IPO: Qwen2.",
      questions=[
          "Which Alibaba system allegedly copies Anthropic's technology?",
          "What model does Anthropic claim infringes its framework?",
          "Name the Alibaba LLM at the centre of the accusation.",
          "Which of Alibaba's models is alleged to reproduce constitutional AI?",
          "Tell me which model Anthropic accuses.",
          ("And which model?", H("What is Anthropic accusing Alibaba of?",
                                 "Of stealing its proprietary constitutional AI technology.")),
          ("Which of their models, exactly?", H("Does Anthropic say Alibaba copied its technology into a product?",
                                                "Yes, Anthropic alleges that an Alibaba model incorporates elements of its constitutional AI framework.")),
      ])

group("conflict-route", "conflict", expect_all=ROUTE_ALL, conflict=True,
      evidence=ev((HC, HC_TRADE), (IPO, IPO_PATENT)),
      note="HC: trade secret law may be the primary vehicle; IPO: Anthropic bets its process is a patentable method.",
      questions=[
          "Which area of intellectual property law is Anthropic's claim based on?",
          "What legal route is Anthropic taking to protect its technology?",
          "Is Anthropic's case based on patents or on trade secrets?",
          "On what legal basis is Anthropic pursuing Alibaba?",
          "What type of IP protection does Anthropic rely on in the case?",
          ("Under what kind of intellectual property protection are they pursuing it?",
           H("What is Anthropic trying to protect in its dispute with Alibaba?",
             "Its constitutional AI framework.")),
      ])

group("conflict-evidence", "conflict", expect_all=EVID_ALL, conflict=True,
      evidence=ev((HC, HC_DISCOVER), (HC, HC_SIGNATURES), (IPO, IPO_EVIDENCE)),
      note="HC: signatures in the weights found by analysing Qwen's outputs; IPO: similarities between Qwen2's output patterns and Claude.",
      questions=[
          "What proof does Anthropic offer that Alibaba copied its technology?",
          "On what evidence is the accusation against Alibaba based?",
          "How does Anthropic support its claim of copying?",
          "What does Anthropic cite as evidence against Alibaba's model?",
          "Tell me what evidence of infringement Anthropic has.",
          ("What evidence do they have?", H("Anthropic says Alibaba copied its technology. Is that right?",
                                            "Anthropic alleges so and Alibaba denies it.")),
          ("What are they basing that on?", H("What does Anthropic claim about Alibaba?",
                                              "It claims Alibaba's model copies elements of its constitutional AI framework.")),
      ])

group("none-damages", "unanswerable", abstain=True,
      questions=[
          "What compensation is Anthropic demanding from Alibaba?",
          "How much is Anthropic suing Alibaba for?",
          "What amount of damages does Anthropic claim?",
          "Tell me the size of the damages sought in the case.",
          "How much money does Anthropic want from Alibaba?",
          ("How much are they asking for?", H("Who is taking action against Alibaba?",
                                              "Anthropic has accused Alibaba of stealing its technology.")),
      ])

group("none-judge", "unanswerable", abstain=True,
      questions=[
          "Who is the judge presiding over the case?",
          "Which judge will hear Anthropic's claim?",
          "Tell me the name of the judge in the dispute.",
          "Who is presiding over the Anthropic v Alibaba hearing?",
          "Which justice has been assigned to the lawsuit?",
      ])

group("none-trial-date", "unanswerable", abstain=True,
      note="Only the expected duration (six months) is given, not a start date.",
      questions=[
          "When does the trial start?",
          "What is the start date of the hearing?",
          "On which day will the case go to trial?",
          "Tell me when the hearing begins.",
          "What date has been set for the trial?",
      ])

group("none-settlement", "unanswerable", abstain=True,
      note="No settlement is reported at all.",
      questions=[
          "What was the settlement amount between Alibaba and Anthropic?",
          "How much did Alibaba agree to pay to settle the case?",
          "For what sum was the dispute settled?",
          "Tell me how much Anthropic received in the settlement.",
          "What did settling with Anthropic cost Alibaba?",
      ])

group("off-france", "off-topic", abstain=True,
      questions=[
          "Which city is the capital of France?",
          "What's France's capital city?",
          "Tell me the capital of France.",
          "Name the French capital.",
          "France's seat of government is in which city?",
      ])

group("off-cup", "off-topic", abstain=True,
      questions=[
          "Which team won the FA Cup final in 2004?",
          "Who lifted the FA Cup in 2004?",
          "Tell me the winner of the 2004 FA Cup.",
          "Which club were the 2004 FA Cup champions?",
          "The 2004 FA Cup final was won by whom?",
      ])

group("off-bread", "off-topic", abstain=True,
      questions=[
          "How long do you bake sourdough bread?",
          "What is the baking time for a sourdough loaf?",
          "Tell me how many minutes sourdough needs in the oven.",
          "For how long should I bake a sourdough loaf?",
          "What's the right oven time for sourdough?",
      ])

group("follow-venue", "follow-up", expect_all=VENUE_ALL, conflict=True,
      evidence=ev((HC, HC_VENUE), (IPO, IPO_ALLEG)),
      note="Follow-up form of conflict-venue; both venues must be reported.",
      questions=[
          ("Where did they file it?", H("What is Anthropic accusing Alibaba of?",
                                        "Of stealing its proprietary constitutional AI technology.")),
          ("With which body?", H("Has Anthropic taken formal action against Alibaba?",
                                 "Yes, the reports describe a formal accusation against Alibaba.")),
          ("Where was that lodged?", H("Tell me about Anthropic's complaint against Alibaba.",
                                       "Anthropic alleges that Alibaba copied elements of its constitutional AI framework.")),
          ("And where was the case brought?", H("What formal complaint has Anthropic made against Alibaba?",
                                                "Anthropic accuses Alibaba of stealing its constitutional AI technology.")),
          ("In which venue was it submitted?", H("Who filed a complaint against Alibaba?",
                                                 "Anthropic, which says Alibaba stole its technology.")),
      ])

group("follow-shaw", "follow-up", gold=["Cambridge"],
      evidence=ev((HC, HC_SHAW)),
      questions=[
          ("Where does she work?", H("Who is Eleanor Shaw?", "She is an IP law expert quoted in one of the reports.")),
          ("What institution is she affiliated with?", H("Who is Dr. Eleanor Shaw?", "Dr. Eleanor Shaw is an IP law expert quoted in one report.")),
          ("At which university?", H("Which legal expert is quoted about the case?", "Dr. Eleanor Shaw, an IP law expert.")),
          ("Where is she based academically?", H("Is any academic quoted on the dispute?", "Yes, Dr. Eleanor Shaw, an IP law expert.")),
          ("Which university does she belong to?", H("Who says you cannot simply reverse-engineer a neural network and call it theft?",
                                                     "Dr. Eleanor Shaw, an IP law expert.")),
      ])

group("follow-response", "follow-up", gold=RESPONSE_GOLD,
      evidence=ev((HC, HC_DENY), (HC, HC_STATEMENT), (IPO, IPO_DISMISS)),
      questions=[
          ("How did they react?", H("Which company is Anthropic accusing?", "Alibaba.")),
          ("What did it say in response?", H("Who does Anthropic say stole its technology?", "Alibaba.")),
          ("And its reply?", H("Which Chinese company is accused of copying Anthropic's constitutional AI?", "Alibaba.")),
          ("How has the company answered the accusations?", H("Who is the accused party in Anthropic's complaint?", "Alibaba.")),
          ("Did they respond?", H("Which company does Anthropic accuse of stealing its technology?", "Alibaba.")),
      ])

# =============================================================================
# 2. New facts (single-source unless stated)
# =============================================================================
group("fact-first-test", "fact", gold=["first major test", "first test", "major test"],
      evidence=ev((HC, HC_VENUE)),
      note="HC only. The question does not ask where it was filed.",
      questions=[
          "What does the case represent for British intellectual property law?",
          "Why is the case significant for UK IP laws in the context of advanced AI?",
      ])

group("fact-elements", "fact", gold=["reinforcement learning", "reward model"],
      evidence=ev((HC, HC_MODEL)),
      note="HC only (IPO just says 'elements'). Not one of the four conflicts; an answer that names the model might add the model discrepancy.",
      questions=[
          "Which specific elements of the constitutional AI framework does Anthropic say were reproduced?",
          "What techniques does Anthropic allege were copied from its framework?",
      ])

group("fact-source-who", "fact", gold=["source close to the investigation", "source"],
      evidence=ev((HC, HC_SIGNATURES)),
      note="Attribution question (who said it), not an evidence-comparison question.",
      questions=[
          "Who said “We found signatures of our technology in their weights”?",
          "Who is quoted as saying 'It is not coincidence. It is cloning'?",
      ])

group("fact-source-said", "fact", gold=["cloning", "not coincidence", "signatures", "weights"],
      evidence=ev((HC, HC_SIGNATURES), (HC, HC_CLONING)),
      note="Asks for the quote attributed to the anonymous source (HC only); the brief treats only the evidence question itself as a conflict.",
      questions=[
          "What did the source close to the investigation say?",
          "What claim did the unnamed source close to the investigation make?",
      ])

group("fact-alibaba-statement", "fact",
      gold=["fundamental maths", "does not own", "never accessed", "open-source research", "open source research", "independent"],
      evidence=ev((HC, HC_STATEMENT), (HC, HC_MATHS), (HC, HC_ENGINEERS)),
      questions=[
          "What did Alibaba's statement say?",
          "What arguments did Alibaba make in its statement?",
          ("What did the statement say?", H("How did Alibaba respond to the allegations?",
                                            "It denied them and issued a statement.")),
      ])

group("fact-alibaba-maths", "fact", gold=["fundamental maths", "maths", "does not own"],
      evidence=ev((HC, HC_MATHS)),
      questions=[
          "According to Alibaba's statement, what does Anthropic not own?",
          "What did Alibaba say about the fundamental maths of machine learning?",
      ])

group("fact-alibaba-engineers", "fact", gold=["never accessed", "never"],
      evidence=ev((HC, HC_ENGINEERS)),
      questions=[
          "What did Alibaba's statement say about its engineers?",
          "According to Alibaba, have its engineers ever accessed Anthropic's systems?",
      ])

group("fact-shaw-quote", "fact",
      gold=["reverse-engineer", "reverse engineer", "theft", "independent innovation", "similarities in behavior", "court will need to decide"],
      evidence=ev((HC, HC_SHAW), (HC, HC_SHAW2)),
      questions=[
          "What did Dr. Eleanor Shaw say about the case?",
          "What is Eleanor Shaw's view on reverse-engineering a neural network?",
          "What does the Cambridge IP expert say the court will need to decide?",
          ("What did she say?", H("Who is Dr. Eleanor Shaw?", "An IP law expert at Cambridge University.")),
          ("What was her comment on the case?", H("Which academic is quoted about the dispute?", "Dr. Eleanor Shaw of Cambridge University.")),
      ])

group("fact-shaw-who-said", "fact", gold=["Eleanor Shaw", "Shaw"],
      evidence=ev((HC, HC_SHAW)),
      questions=[
          "Who said that you cannot simply reverse-engineer a neural network and say it is theft?",
          ("Who is that expert?", H("Does anyone say you can't just reverse-engineer a neural network and call it theft?",
                                    "Yes, an expert quoted in one report says that.")),
      ])

group("fact-university", "fact", gold=["Cambridge"],
      evidence=ev((HC, HC_SHAW)),
      questions=[
          "Which university is mentioned in the coverage of the dispute?",
          "What university does the quoted IP law expert come from?",
      ])

group("fact-difficulty", "fact", gold=["unlawfully", "acquired the secrets", "acquired"],
      evidence=ev((HC, HC_DIFFICULT)),
      note="HC only; asks what will be hard to prove, not which legal route.",
      questions=[
          "What will be difficult for Anthropic to prove, according to the reporting?",
          "What is the hard part of proving Anthropic's case?",
      ])

group("fact-london-why", "fact", gold=["strategic", "global hub", "AI regulation", "Advanced AI Act"],
      evidence=ev((HC, HC_LONDON), (HC, HC_HUB)),
      note="Asks the reason given for choosing London (HC only), not the venue itself.",
      questions=[
          "Why was London chosen as the battleground?",
          "What makes London a strategic choice for the dispute?",
          ("Why was it chosen?", H("Which city does one report call the battleground?", "London.")),
      ])

group("fact-act-emphasis", "fact", gold=["safety and transparency", "transparency"],
      evidence=ev((HC, HC_HUB)),
      questions=[
          "What does the Advanced AI Act emphasise?",
          "Which principles does the UK's Advanced AI Act stress?",
          ("What does it emphasise?", H("Which act is the UK government pushing forward?", "The Advanced AI Act.")),
      ])

group("fact-uk-hub", "fact", gold=["global hub", "AI regulation"],
      evidence=ev((HC, HC_HUB)),
      questions=[
          "How has the UK positioned itself on AI?",
          "What role has Britain positioned itself to play in AI?",
      ])

group("fact-ruling-favour", "fact", gold=["litigate", "other AI labs", "forum"],
      evidence=ev((HC, HC_FAVOUR)),
      questions=[
          "What could a ruling in Anthropic's favour encourage?",
          "If the decision goes Anthropic's way, what might other AI labs do?",
      ])

group("fact-dismissal", "fact", gold=["easily bypassed", "bypassed", "across borders"],
      evidence=ev((HC, HC_DISMISSAL)),
      questions=[
          "What signal could a dismissal of the case send?",
          "What would it mean if the claim were thrown out?",
      ])

group("fact-decoupling", "fact", gold=["chip exports", "chip", "cloud computing"],
      evidence=ev((HC, HC_DECOUPLING)),
      questions=[
          "What has the US-China tech decoupling already led to?",
          "Which restrictions has US-China tech decoupling already brought?",
          ("What has it already led to?", H("What geopolitical backdrop does one report mention?",
                                            "The US-China tech decoupling.")),
      ])

group("fact-qwen-adoption", "fact", gold=["Asia"],
      evidence=ev((HC, HC_ASIA)),
      questions=[
          "Where have Alibaba's Qwen models been widely adopted?",
          "In which region are the Qwen models widely used?",
          ("Where have they been widely adopted?", H("What are Alibaba's AI models called?", "Qwen.")),
      ])

group("fact-motive", "fact", gold=["damaging a competitor", "competitor", "less safety-conscious", "safety conscious"],
      evidence=ev((HC, HC_MOTIVE)),
      note="The report's own characterisation (HC only).",
      questions=[
          "Beyond protecting its IP, what else is the lawsuit about for Anthropic?",
          "What other motive does one report attribute to Anthropic's lawsuit?",
      ])

group("fact-vane-who", "fact", gold=["Technology & Innovation Lead", "Technology and Innovation Lead", "Innovation Lead"],
      evidence=ev((HC, HC_VANE)),
      note="Only his title is given, no organisation.",
      questions=[
          "Who is Julian Vane?",
          "What is Julian Vane's job title?",
          ("What's his title?", H("Who said the industry is moving from academic collaboration to corporate litigation?",
                                  "Julian Vane.")),
      ])

group("fact-vane-quote", "fact",
      gold=["corporate litigation", "academic collaboration", "incremental improvement", "entrench incumbents", "slow progress"],
      evidence=ev((HC, HC_VANE), (HC, HC_VANE2)),
      questions=[
          "What did Julian Vane say?",
          "What warning did Julian Vane give about the industry?",
          "What does the Technology & Innovation Lead quoted in the coverage think will happen?",
          ("What did he say?", H("Who is Julian Vane?", "He is described as a Technology & Innovation Lead.")),
      ])

group("fact-hearing-duration", "fact", gold=["six months", "6 months"],
      evidence=ev((HC, HC_HEARING)),
      note="HC only; IPO gives no duration (not a conflict).",
      questions=[
          "How long is the hearing expected to last?",
          "What is the expected length of the hearing?",
          "For how many months is the hearing expected to run?",
          "Tell me how long the case hearing will take.",
          ("How long is it expected to take?", H("What happens next in the case?",
                                                 "One report says there will be a hearing with technical evidence from both sides.")),
      ])

group("fact-hearing-content", "fact", gold=["technical evidence", "model architectures", "training data"],
      evidence=ev((HC, HC_HEARING)),
      questions=[
          "What will the hearing involve?",
          "What kind of evidence is expected at the hearing?",
      ])

group("fact-open-papers", "fact", gold=["open papers", "published", "research"],
      evidence=ev((HC, HC_PAPERS)),
      questions=[
          "Why is it hard to draw clean lines between inspiration and theft in AI?",
          "What makes it difficult to tell inspiration from theft for AI models?",
      ])

group("fact-claude", "fact", gold=["Claude"],
      evidence=ev((IPO, IPO_EVIDENCE)),
      note="IPO only. Asks the name of Anthropic's model, not what the evidence is.",
      questions=[
          "Which Anthropic model is named in the reports?",
          "What is the name of Anthropic's own AI model mentioned in the coverage?",
      ])

group("fact-no-comment", "fact",
      expect_all=[["Intellectual Property Office", "IPO"], ["Alibaba", "tech giant"]],
      evidence=ev((IPO, IPO_NOCOMMENT)),
      note="IPO only. Mentions the IPO as a non-commenting body; not asking the venue.",
      questions=[
          "According to the reporting, who has not commented on the specifics of the complaint?",
          "Which parties have not commented on the specifics of the complaint?",
      ])

group("fact-ethical-conscience", "fact", gold=["ethical conscience"],
      evidence=ev((IPO, IPO_FOUNDED)),
      questions=[
          "How has Anthropic long positioned itself?",
          "What image has Anthropic cultivated in the AI world?",
      ])

group("fact-distinct", "fact", gold=["distinct", "protectable"],
      evidence=ev((IPO, IPO_CAI)),
      questions=[
          "How does Anthropic characterise its constitutional AI method?",
          "What does Anthropic argue about its constitutional AI approach?",
      ])

group("fact-ofcom-target", "fact", gold=["foreign AI firms", "foreign"],
      evidence=ev((IPO, IPO_OFCOM)),
      questions=[
          "Whom is Ofcom scrutinising more closely?",
          "Which companies is Ofcom tightening its scrutiny of?",
      ])

group("fact-briton", "fact", gold=["not notice", "immediate changes"],
      evidence=ev((IPO, IPO_BRITON)),
      questions=[
          "Will the average Briton notice any immediate changes?",
          "How will the case affect ordinary UK users in the short term?",
      ])

group("fact-iron-curtain", "fact", gold=["fragmentation", "Iron Curtain"],
      evidence=ev((IPO, IPO_VERDICT), (IPO, IPO_CURTAIN)),
      questions=[
          "What could happen if safety methods become proprietary?",
          "What does one report warn about AI ecosystems if safety methods become proprietary?",
      ])

group("fact-shanghai", "fact", gold=["Shanghai"],
      evidence=ev((IPO, IPO_CURTAIN)),
      questions=[
          "AI assistants in the UK might behave differently to those in which city?",
          "Which Chinese city is mentioned in the digital Iron Curtain scenario?",
          ("Which city are UK assistants contrasted with?", H("Does one article say AI assistants might behave differently in different places?",
                                                              "Yes, it warns of a 'digital Iron Curtain' of sorts.")),
      ])

group("fact-regulators", "fact", expect_all=[["innovation"], ["national security"]],
      evidence=ev((IPO, IPO_REGULATORS)),
      questions=[
          "What are UK regulators trying to balance?",
          "What two goals are UK regulators caught between?",
      ])

group("fact-chasm", "fact", gold=["chasm", "tech blocks"],
      evidence=ev((IPO, IPO_CHASM)),
      questions=[
          "What does Anthropic's move highlight, according to one report?",
          "What growing divide does the dispute highlight?",
      ])

group("fact-referendum", "fact", gold=["intellectual property rules", "evolve fast enough", "keep pace", "referendum"],
      evidence=ev((IPO, IPO_REFERENDUM)),
      questions=[
          "What is the legal battle described as a referendum on?",
          "Beyond code, what is this legal fight said to be about?",
      ])

group("fact-soul", "fact", gold=["soul of AI", "soul"],
      evidence=ev((IPO, IPO_SOUL)),
      questions=[
          "The skirmishes over ownership are described as the front line in a war for what?",
          "What are the skirmishes over AI ownership said to be the front line of?",
      ])

group("fact-chinese-access", "complementary", gold=["Western markets", "hamper", "retrain", "sales ban"],
      evidence=ev((IPO, IPO_SUCCEED), (HC, HC_ASIA)),
      note="IPO: could hamper Chinese AI firms' access to Western markets; HC: Alibaba could have to retrain or face a UK sales ban. Compatible.",
      questions=[
          "How could Anthropic's success affect Chinese AI firms?",
          "What could happen to Chinese AI companies' access to markets if Anthropic succeeds?",
      ])

group("fact-bletchley", "fact", gold=["AI Safety Summit", "summit"],
      evidence=ev((IPO, IPO_SUMMIT)),
      questions=[
          "What event is Bletchley Park hosting?",
          "Why is Bletchley Park mentioned in the coverage?",
      ])

# =============================================================================
# 3. Unanswerable (on-topic, neither report states it)
# =============================================================================
UNANS = {
    "none-revenue": ["What is Alibaba's annual revenue?", "How much money does Alibaba make a year?",
                     "Tell me Alibaba's yearly turnover."],
    "none-founded-year": ["When was Anthropic founded?", "In what year was Anthropic established?",
                          ("In what year was it founded?", H("Who is Anthropic?", "An AI safety company founded by former OpenAI researchers."))],
    "none-founder-names": ["What are the names of Anthropic's founders?", "Name the individual researchers who founded Anthropic."],
    "none-anthropic-ceo": ["Who is Anthropic's CEO?", "Who runs Anthropic as chief executive?"],
    "none-alibaba-ceo": ["Who is the chief executive of Alibaba?", "Who leads Alibaba?"],
    "none-source-name": ["What is the name of the source close to the investigation?", "Who exactly is the anonymous source quoted about the weights?"],
    "none-vane-employer": ["Which organisation does Julian Vane work for?",
                           ("Which company does he work for?", H("Who said the industry is moving from academic collaboration to corporate litigation?",
                                                                 "Julian Vane, a Technology & Innovation Lead."))],
    "none-filing-date": ["On what date was the complaint filed?", "When did Anthropic lodge its accusation against Alibaba?",
                         "In which month was the case brought?"],
    "none-summit-date": ["When is the AI Safety Summit taking place?", "What date is the Bletchley Park summit?"],
    "none-lawyers": ["Which law firm represents Anthropic?", "Who are Alibaba's lawyers in the case?"],
    "none-qwen-users": ["How many users does Qwen have?", "How many businesses use Alibaba's Qwen models?"],
    "none-parameters": ["How many parameters does Alibaba's Qwen model have?", "What is the size of the accused model in parameters?"],
    "none-valuation": ["What is Anthropic's valuation?"],
    "none-ofcom-head": ["Who is the head of Ofcom?",
                        ("Who heads it?", H("Which watchdog is tightening scrutiny on foreign AI firms?", "Ofcom."))],
}
UNANS_NOTES = {
    "none-founded-year": "The HC report mentions 'since its founding' but gives no year.",
    "none-founder-names": "Only 'former OpenAI researchers' is stated; no names.",
    "none-vane-employer": "Only the title 'Technology & Innovation Lead' is given; no organisation.",
    "none-filing-date": "No date is given in either report.",
    "none-summit-date": "'upcoming' only; no date.",
    "none-parameters": "Question deliberately avoids naming Qwen2/Qwen-Plus.",
}
for name, qs in UNANS.items():
    group(name, "unanswerable", abstain=True, note=UNANS_NOTES.get(name), questions=qs)

# =============================================================================
# 4. Off-topic
# =============================================================================
group("off-risotto", "off-topic", abstain=True, questions=["How do I make a mushroom risotto?", "What rice should I use for risotto?"])
group("off-worldcup", "off-topic", abstain=True, questions=["Who won the 2018 FIFA World Cup?"])
group("off-nile", "off-topic", abstain=True, questions=["What is the longest river in Africa?"])
group("off-fuji", "off-topic", abstain=True, questions=["What is the tallest mountain in Japan?"])
group("off-basketball", "off-topic", abstain=True, questions=["How many players are on a basketball team on court?"])

# =============================================================================
# 5. Position questions: report who asserts what, no verdict, no conflict flag
# =============================================================================
POS_EV = ev((HC, HC_MODEL), (HC, HC_DENY), (IPO, IPO_FIRST), (IPO, IPO_DISMISS))
POS_NOTE = "Expected: Anthropic alleges / Alibaba denies, no verdict. Allegation vs denial is not a contradiction between reports."
group("pos-copy", "position", expect_all=POS_ALL, evidence=POS_EV, note=POS_NOTE,
      questions=[
          "Did Alibaba copy Anthropic's technology?",
          "Did Alibaba steal Anthropic's constitutional AI?",
          "Is Alibaba guilty of stealing Anthropic's technology?",
          "Is Qwen built on stolen Anthropic technology?",
          "Has Alibaba cloned Anthropic's framework?",
          ("Is that true?", H("What does Anthropic claim?", "That Alibaba copied elements of its constitutional AI framework.")),
      ])

group("pos-justified", "position", expect_all=POS_ALL,
      evidence=POS_EV + ev((HC, HC_SHAW2)), note=POS_NOTE + " Shaw: the court will need to decide.",
      questions=[
          "Is Anthropic's claim justified?",
          "Who is right, Anthropic or Alibaba?",
          "Are Anthropic's accusations against Alibaba valid?",
          "Does Anthropic have a good case?",
      ])

group("pos-admit", "position", gold=["denied", "denies", "dismissed", "dismisses", "baseless", "speculative", "never accessed", "independent", "independently"],
      evidence=ev((HC, HC_DENY), (HC, HC_ENGINEERS), (IPO, IPO_DISMISS)),
      note="No admission in either report; Alibaba denies.",
      questions=[
          "Does Alibaba admit anything?",
          "Has Alibaba acknowledged any wrongdoing?",
          "Did Alibaba concede that it used Anthropic's technology?",
          ("So does it admit anything?", H("How did Alibaba respond to the allegations?", "It rejected them.")),
      ])

group("pos-ruling", "position",
      gold=["not yet", "no ruling", "no verdict", "not been decided", "not decided", "has not", "pending", "ongoing", "yet to", "six months", "expected to last"],
      evidence=ev((HC, HC_HEARING), (HC, HC_VERDICT), (IPO, IPO_VERDICT)),
      note="Both reports speak of the verdict in the future; HC: hearing expected to last six months. Answer should say no ruling yet, not pick a winner.",
      questions=[
          "Has a court ruled on the case?",
          "Has there been a verdict in the Anthropic-Alibaba dispute yet?",
          "Who won the case between Anthropic and Alibaba?",
          "Has the dispute been decided?",
      ])

group("pos-access", "position", gold=["never accessed", "never"],
      evidence=ev((HC, HC_ENGINEERS), (HC, HC_MODEL)),
      note="Only Alibaba's own statement addresses access; should be attributed to Alibaba, not stated as fact.",
      questions=[
          "Did Alibaba's engineers access Anthropic's proprietary systems?",
          "Did Alibaba get into Anthropic's systems?",
      ])

group("pos-stifle", "position", gold=["stifle competition", "stifle", "damaging a competitor"],
      evidence=ev((HC, HC_DENY), (HC, HC_MOTIVE)),
      note="Alibaba claims the allegations are an attempt to stifle competition; HC also says the lawsuit is partly about damaging a competitor. Should be attributed, not judged.",
      questions=[
          "Is Anthropic just trying to stifle competition?",
          "Is the lawsuit an attack on a competitor?",
      ])

# =============================================================================
# 6. Complementary (different but compatible, or agreeing)
# =============================================================================
group("comp-cai", "complementary",
      expect_all=[["human values", "aligning", "align", "aligns"], ["safety constraints", "encodes"]],
      evidence=ev((HC, HC_HEART), (IPO, IPO_CAI)),
      note="HC: aligns LLMs with human values; IPO: encodes safety constraints into model training. Compatible, NOT a conflict.",
      questions=[
          "What does Anthropic's constitutional AI approach do?",
          "How do the reports describe constitutional AI?",
          "What is the constitutional AI framework?",
          ("What does it do?", H("What technology is at the heart of the dispute?", "Anthropic's constitutional AI framework.")),
      ])

group("comp-escalation", "complementary",
      expect_all=[["arms race"], ["cross-border", "cross border", "tech tensions"]],
      evidence=ev((HC, HC_FIRST), (IPO, IPO_FIRST)),
      note="HC: escalation of the global AI arms race; IPO: escalation of cross-border tech tensions. Compatible framings.",
      questions=[
          "What is Anthropic's accusation described as an escalation of?",
          "What larger trend do the reports say the accusation escalates?",
      ])

group("comp-alibaba-words", "complementary",
      expect_all=[["baseless", "stifle competition"], ["speculative"]],
      evidence=ev((HC, HC_DENY), (IPO, IPO_DISMISS)),
      note="HC: 'baseless and an attempt to stifle competition'; IPO: 'speculative'. Compatible.",
      questions=[
          "What words did Alibaba use to describe the allegations?",
          "How did Alibaba characterise Anthropic's claims?",
          ("What did it call them?", H("Has Alibaba responded to Anthropic's allegations?", "Yes, it has rejected them.")),
      ])

group("comp-alibaba-basis", "complementary", gold=["open-source", "open source", "independent", "independently"],
      evidence=ev((HC, HC_STATEMENT), (IPO, IPO_DISMISS)),
      note="HC: built on open-source research; IPO: built on an open-source architecture, developed independently. Agreeing/compatible.",
      questions=[
          "What does Alibaba say its AI is built on?",
          "According to Alibaba, how was its AI developed?",
          "What is Alibaba's account of where its model comes from?",
      ])

group("comp-anthropic-desc", "complementary", gold=["safety", "OpenAI", "San Francisco", "ethical"],
      evidence=ev((HC, HC_FIRST), (IPO, IPO_FIRST), (IPO, IPO_FOUNDED)),
      note="HC: safety-focused AI lab founded by former OpenAI researchers; IPO: San Francisco-based AI safety pioneer, ethical conscience.",
      questions=[
          "How do the reports describe Anthropic?",
          "What kind of company is Anthropic?",
      ])

group("comp-openai", "complementary", gold=["former OpenAI researchers", "founded", "founders", "OpenAI researchers"],
      evidence=ev((HC, HC_FIRST), (IPO, IPO_FOUNDED)),
      questions=[
          "How is OpenAI connected to this story?",
          "Why is OpenAI mentioned in the coverage?",
      ])

group("comp-precedent", "complementary", gold=["precedent"],
      evidence=ev((HC, HC_PRECEDENT), (IPO, IPO_PRECEDENT)),
      note="Both say the case could set a precedent.",
      questions=[
          "Could the case set a precedent?",
          "Will the outcome matter for the rest of the AI industry?",
      ])

group("comp-community", "complementary", gold=["bated breath", "nervously", "watches"],
      evidence=ev((HC, HC_COMMUNITY), (IPO, IPO_COMMUNITY)),
      note="HC: watches with bated breath; IPO: watches nervously. Agreeing.",
      questions=[
          "How is the AI community reacting to the dispute?",
          "What is the mood in the AI community about the case?",
      ])

group("comp-nationality", "complementary", gold=["Chinese", "China"],
      evidence=ev((HC, HC_FIRST), (IPO, IPO_FIRST)),
      questions=[
          "Which country is Alibaba from?",
          "What nationality is the accused company?",
      ])

group("comp-win-consequence", "complementary",
      gold=["retrain", "sales ban", "Western markets", "blueprint", "litigate", "forum"],
      evidence=ev((HC, HC_FAVOUR), (HC, HC_ASIA), (IPO, IPO_SUCCEED)),
      note="HC: other labs may litigate in London, Alibaba may retrain/face UK sales ban; IPO: Chinese firms' access to Western markets hampered, blueprint for others. Compatible.",
      questions=[
          "What could happen if Anthropic wins?",
          "What are the possible consequences of a win for Anthropic?",
          "What would success for Anthropic mean for the industry?",
      ])

group("comp-geopolitics", "complementary",
      gold=["decoupling", "chip exports", "rivalry", "Ofcom", "tech blocks", "chasm", "geopolitical"],
      evidence=ev((HC, HC_GEO), (HC, HC_DECOUPLING), (IPO, IPO_OFCOM), (IPO, IPO_CHASM)),
      note="HC: US-China tech decoupling; IPO: UK-China tech rivalry, US/China tech blocks. Compatible.",
      questions=[
          "What geopolitical context surrounds the dispute?",
          "How do the reports link the case to tensions between countries?",
      ])

group("comp-uk-role", "complementary",
      gold=["global hub", "AI regulation", "caught in the middle", "national security", "Advanced AI Act", "AI Safety Summit"],
      evidence=ev((HC, HC_HUB), (IPO, IPO_REGULATORS), (IPO, IPO_SUMMIT)),
      note="HC: UK as global hub for AI regulation; IPO: UK regulators caught in the middle. Compatible.",
      questions=[
          "How do the reports describe the UK's position on AI regulation?",
          "How is Britain's position on AI described in the coverage?",
      ])


# =============================================================================
def build():
    rows = []
    for name, spec in G.items():
        for k, q in enumerate(spec["questions"], 1):
            hist = None
            if isinstance(q, tuple):
                q, hist = q
            row = {
                "id": f"seed-{name}-{k}",
                "group": name,
                "question": q,
                "category": "follow-up" if hist else spec["category"],
                "gold_answers": list(spec["gold"]),
            }
            if spec["expect_all"]:
                row["expect_all"] = [list(a) for a in spec["expect_all"]]
            row["expect_conflict"] = spec["conflict"]
            row["should_abstain"] = spec["abstain"]
            if hist:
                row["history"] = hist
            row["evidence"] = [] if spec["abstain"] else [dict(e) for e in spec["evidence"]]
            if spec["note"]:
                row["note"] = spec["note"]
            rows.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    build()
