"""Generates questions.jsonl for the seed-probe set (written independently of evalsets/seed and tests)."""
import json, os

S = "corpus/Anthropic-accuses-Alibaba-of-stealing-its-AI-technology.txt"   # UK IPO / Qwen2 / patentable method / output patterns
C = "corpus/Alibaba-accused-of-cloning-Anthropic-constitutional-AI.txt"    # High Court / Qwen-Plus / trade secret / signatures in weights

rows = []
def ev(*pairs):
    return [{"source": s, "quote": q} for s, q in pairs]

def add(category, question, gold, evidence, note, expect_conflict=False, expect_all=None, history=None):
    srcs = []
    for e in evidence:
        if e["source"] not in srcs:
            srcs.append(e["source"])
    r = {"id": f"probe-{len(rows)+1}", "question": question, "category": category,
         "gold_answers": gold, "expect_conflict": expect_conflict,
         "should_abstain": category == "unanswerable",
         "reference_sources": srcs, "evidence": evidence, "note": note}
    if expect_all is not None:
        r["expect_all"] = expect_all
    if history is not None:
        r["history"] = history
    rows.append(r)

BOTH = "both articles say this and agree; no disagreement should be flagged"

# ---------------- FACT: both articles mention, no disagreement ----------------
add("fact", "Which company says Alibaba took its technology?", ["Anthropic"],
    ev((S, "Anthropic, the San Francisco-based AI safety pioneer, has publicly accused Chinese e-commerce giant Alibaba"),
       (C, "Anthropic, the safety-focused artificial intelligence lab founded by former OpenAI researchers, has accused Chinese e-commerce giant Alibaba")),
    "both-agree: " + BOTH)
add("fact", "What kind of business is Alibaba described as?", ["e-commerce", "ecommerce", "e commerce"],
    ev((S, "Chinese e-commerce giant Alibaba"), (C, "Chinese e-commerce giant Alibaba")),
    "both-agree: identical description in both")
add("fact", "Where did the people who started Anthropic work before founding it?", ["OpenAI", "Open AI"],
    ev((S, "Anthropic, founded by former OpenAI researchers"), (C, "founded by former OpenAI researchers")),
    "both-agree: founders background identical")
add("fact", "What piece of Anthropic's work is Alibaba supposed to have copied?", ["constitutional AI"],
    ev((S, "elements of Anthropic's constitutional AI framework without authorisation"),
       (C, "At the heart of the dispute is Anthropic’s constitutional AI framework")),
    "both-agree: the framework at issue is the same; asks WHAT was copied, not which model or what evidence")
add("fact", "How has Alibaba reacted to the accusations?", ["denied", "dismissed", "deny", "denies", "rejected", "rejects"],
    ev((S, "Alibaba has dismissed the claims as speculative"), (C, "Alibaba has strongly denied the allegations")),
    "both-agree: both report a denial (wording differs: speculative vs baseless, not a contradiction)")
add("fact", "What does Alibaba say its AI work is based on?", ["open-source", "open source"],
    ev((S, "built on an open-source architecture and developed independently"),
       (C, "their AI development is independent and built on open-source research")),
    "both-agree: open-source architecture vs open-source research are compatible, not a conflict")
add("fact", "Does Alibaba admit to copying anything, or does it say the work was its own?", ["independent", "independently", "its own"],
    ev((S, "built on an open-source architecture and developed independently"),
       (C, "their AI development is independent and built on open-source research")),
    "both-agree: independent development in both")
add("fact", "In which country is this legal fight taking place?", ["UK", "U.K.", "United Kingdom", "Britain", "British", "London"],
    ev((S, "a formal complaint filed with the UK Intellectual Property Office"),
       (C, "The accusation, filed in London’s High Court, marks the first major test of British intellectual property laws")),
    "both-agree on the COUNTRY (UK); the specific body differs but the question only asks the country, so no conflict is expected (mentioning the two bodies is acceptable)")
add("fact", "Which country is Alibaba from?", ["China", "Chinese"],
    ev((S, "Chinese e-commerce giant Alibaba"), (C, "Chinese e-commerce giant Alibaba")),
    "both-agree")
add("fact", "What area of AI is Anthropic known for focusing on?", ["safety"],
    ev((S, "the San Francisco-based AI safety pioneer"), (C, "the safety-focused artificial intelligence lab")),
    "both-agree: 'AI safety pioneer' vs 'safety-focused lab'")
add("fact", "Do the reports think this case could matter beyond the two companies involved?", ["precedent"],
    ev((S, "This case could set a precedent for how AI models"), (C, "could set a precedent for the entire industry")),
    "both-agree: both say it could set a precedent")
add("fact", "What wider geopolitical rivalry is the dispute set against?", ["US-China", "US and Chin", "U.S.-China", "United States and China", "decoupling"],
    ev((S, "the growing chasm between the US and Chinese tech blocks"), (C, "The US-China tech decoupling")),
    "both-agree: US-China tensions in both (S also mentions UK-China rivalry)")
add("fact", "What is the general name of Alibaba's line of AI models mentioned in the coverage?", ["Qwen"],
    ev((S, "Alibaba's Qwen2 model"), (C, "Alibaba’s Qwen models have been widely adopted across Asia")),
    "both-agree on the model FAMILY (Qwen); the specific accused version is disputed but not asked here, so expect_conflict is false")
add("fact", "How is the wider AI community reacting to the case?", ["nervous", "bated breath", "watch"],
    ev((S, "For now, the AI community watches nervously."), (C, "For now, the AI community watches with bated breath.")),
    "both-agree: watching anxiously")
add("fact", "How has Anthropic traditionally presented itself when it comes to ethics?", ["ethical"],
    ev((S, "has long positioned itself as the ethical conscience of artificial intelligence"),
       (C, "which has focused on ethical AI since its founding")),
    "both-agree")
add("fact", "What exactly is Anthropic accusing Alibaba of doing?", ["steal", "stealing", "theft", "copying", "cloning"],
    ev((S, "accused Chinese e-commerce giant Alibaba of stealing proprietary technology"),
       (C, "has accused Chinese e-commerce giant Alibaba of stealing its proprietary technology")),
    "both-agree: stealing proprietary technology")
add("fact", "What could the case mean for Chinese AI companies trying to sell outside China?", ["Western markets", "sales ban", "access"],
    ev((S, "it could hamper Chinese AI firms' access to Western markets"),
       (C, "could force the company to retrain its models or face a UK sales ban")),
    "both-agree: restricted market access (Western markets / UK sales ban) is compatible")
add("fact", "Why is it harder to apply intellectual property rules to AI models than to ordinary software?",
    ["not easily delineated", "delineated", "not straightforwardly protected", "copyright"],
    ev((S, "Unlike software code, AI models are not easily delineated"),
       (C, "Unlike traditional software, AI models are not straightforwardly protected by copyright or patents.")),
    "both-agree: general difficulty; not a question about Anthropic's chosen legal route, so no conflict expected")
add("fact", "What do the articles say the eventual ruling could shape?", ["future AI products", "future of innovation", "AI products", "innovation"],
    ev((S, "the verdict will shape future AI products"),
       (C, "The verdict may not just decide the fate of two companies, but shape the future of innovation itself.")),
    "both-agree: compatible framings of the verdict's impact")
add("fact", "What is Anthropic's constitutional AI approach meant to do?", ["safety constraints", "human values", "align"],
    ev((S, "Its constitutional AI approach actively encodes safety constraints into model training"),
       (C, "a method for aligning large language models with human values")),
    "both-agree: complementary descriptions, not contradictory")
add("fact", "Is this being framed as a minor disagreement or as something bigger?", ["escalation", "dramatic"],
    ev((S, "In a dramatic escalation of cross-border tech tensions"), (C, "In a dramatic escalation of the global AI arms race")),
    "both-agree: both open with 'dramatic escalation'")

# ---------------- FACT: only in the 'stealing' article (S) ----------------
add("fact", "Where is Anthropic based?", ["San Francisco"],
    ev((S, "Anthropic, the San Francisco-based AI safety pioneer")), "one-article (S)")
add("fact", "What is the name of Anthropic's own AI model mentioned in the coverage?", ["Claude"],
    ev((S, "Anthropic's Claude model")), "one-article (S); asks only the name of Anthropic's model, not the evidence")
add("fact", "Which British watchdog is said to be looking harder at foreign AI firms?", ["Ofcom"],
    ev((S, "with watchdogs like Ofcom tightening scrutiny on foreign AI firms operating in British markets")), "one-article (S)")
add("fact", "Where will the AI Safety Summit mentioned in the coverage be held?", ["Bletchley Park", "Bletchley"],
    ev((S, "The government's upcoming AI Safety Summit, hosted at Bletchley Park")), "one-article (S)")
add("fact", "What phrase is used for a possible split of AI systems along national lines?", ["Iron Curtain"],
    ev((S, "This could lead to a digital Iron Curtain of sorts")), "one-article (S)")
add("fact", "Which Chinese city is used as a contrast when describing AI assistants that behave differently?", ["Shanghai"],
    ev((S, "with AI assistants in the UK behaving differently to those in Shanghai")), "one-article (S)")
add("fact", "What are UK regulators trying to balance?", ["national security", "innovation"],
    ev((S, "trying to foster innovation while safeguarding national security")), "one-article (S)")
add("fact", "What could other AI companies gain if Anthropic's case succeeds?", ["blueprint", "secret sauce"],
    ev((S, "providing a blueprint for other AI companies to protect their 'secret sauce'")), "one-article (S)")
add("fact", "What bigger question is the legal battle described as a referendum on?", ["keep pace", "evolve fast enough", "intellectual property rules"],
    ev((S, "it is a referendum on whether intellectual property rules can evolve fast enough to keep pace with artificial intelligence")),
    "one-article (S)")
add("fact", "What kind of data do AI models often learn from, according to the coverage?", ["public datasets", "datasets", "public data"],
    ev((S, "AI models, which often learn from vast, public datasets")), "one-article (S)")

# ---------------- FACT: only in the 'cloning' article (C) ----------------
add("fact", "Who is Eleanor Shaw?", ["Cambridge", "IP law", "intellectual property law"],
    ev((C, "Dr. Eleanor Shaw, an IP law expert at Cambridge University")), "one-article (C)")
add("fact", "What role does Julian Vane hold?", ["Technology & Innovation Lead", "Technology and Innovation Lead", "Innovation Lead"],
    ev((C, "noted Julian Vane, Technology & Innovation Lead")), "one-article (C); his organisation is NOT given (see unanswerable)")
add("fact", "How long is the hearing expected to go on?", ["six months", "6 months", "six-month", "6-month"],
    ev((C, "The hearing is expected to last six months")), "one-article (C)")
add("fact", "Which piece of UK legislation does the coverage mention?", ["Advanced AI Act"],
    ev((C, "the government pushing forward the Advanced AI Act")), "one-article (C)")
add("fact", "What does the Advanced AI Act emphasise?", ["transparency"],
    ev((C, "the Advanced AI Act that emphasises safety and transparency")), "one-article (C)")
add("fact", "Which specific techniques does Anthropic say Alibaba reproduced?", ["reinforcement learning", "reward model"],
    ev((C, "including specific reinforcement learning techniques and reward model architectures")),
    "one-article (C); what was copied, not the disputed evidence")
add("fact", "According to Alibaba's statement, what does Anthropic not own?", ["fundamental maths", "maths of machine learning", "math"],
    ev((C, "Anthropic does not own the fundamental maths of machine learning")), "one-article (C)")
add("fact", "What restrictions has the US-China tech decoupling already brought?", ["chip exports", "chip", "cloud computing"],
    ev((C, "has already seen restrictions on chip exports and cloud computing access")), "one-article (C)")
add("fact", "Why is this case seen as a first for British law?", ["first major test"],
    ev((C, "marks the first major test of British intellectual property laws in the context of advanced AI systems")),
    "one-article (C)")
add("fact", "What could a win for Anthropic encourage other AI labs to do?", ["litigate", "sue", "legal action"],
    ev((C, "A ruling in Anthropic’s favour could encourage other AI labs to litigate here")), "one-article (C)")
add("fact", "Besides protecting its technology, what other motive is attributed to Anthropic?", ["competitor", "less safety-conscious"],
    ev((C, "the lawsuit is also about damaging a competitor perceived as less safety-conscious")), "one-article (C)")
add("fact", "According to Julian Vane, what shift is the AI world going through?", ["corporate litigation", "litigation"],
    ev((C, "We are moving from a world of academic collaboration to one of corporate litigation")), "one-article (C)")
add("fact", "What does the Cambridge expert say the court will have to decide?", ["independent innovation", "protected methods"],
    ev((C, "The court will need to decide if the similarities in behavior constitute copying of protected methods, or independent innovation.")),
    "one-article (C); about the court's task, not the disputed evidence")
add("fact", "Why do openly published research papers make these disputes hard to settle?", ["inspiration and theft", "clean lines", "inspiration"],
    ev((C, "Many AI models are built on research published in open papers, making it hard to draw clean lines between inspiration and theft.")),
    "one-article (C)")

# ---------------- CONFLICT ----------------
VENUE_EV = ev((S, "detailed in a formal complaint filed with the UK Intellectual Property Office"),
              (C, "The accusation, filed in London’s High Court"))
VENUE_ALL = [["Intellectual Property Office", "IPO"], ["High Court"]]
MODEL_EV = ev((S, "Alibaba's Qwen2 model incorporates elements of Anthropic's constitutional AI framework"),
              (C, "Anthropic alleges that Alibaba’s Qwen-Plus model reproduces core elements of this framework"))
MODEL_ALL = [["Qwen2", "Qwen 2", "Qwen-2"], ["Qwen-Plus", "Qwen Plus"]]
LEGAL_EV = ev((S, "Anthropic is betting that its constitutional training process is a patentable method"),
              (C, "Trade secret law, which guards confidential business information, may be the primary vehicle for Anthropic’s claim."))
LEGAL_ALL = [["patent"], ["trade secret", "trade-secret"]]
EVID_EV = ev((S, "The complaint cites specific, undisclosed similarities between Qwen2's output patterns and Anthropic's Claude model"),
             (C, "We found signatures of our technology in their weights"))
EVID_ALL = [["output pattern", "undisclosed"], ["weights", "signatures"]]

def flat(a): return [x for side in a for x in side]

for q in ["Where did Anthropic file its complaint against Alibaba?",
          "With which body was the accusation lodged?",
          "Where has the case against the Chinese tech firm been brought?",
          "Which UK authority or court did the AI lab take its claim to?"]:
    add("conflict", q, flat(VENUE_ALL), VENUE_EV,
        "conflict: venue — S says UK Intellectual Property Office, C says London's High Court", True, VENUE_ALL)
for q in ["Which Alibaba model does Anthropic say copied its framework?",
          "Which system is alleged to contain the safety lab's technology?",
          "Which of Alibaba's AI products is the target of the accusation?",
          "The complaint goes after which version of Qwen?"]:
    add("conflict", q, flat(MODEL_ALL), MODEL_EV,
        "conflict: accused model — S says Qwen2, C says Qwen-Plus", True, MODEL_ALL)
for q in ["What legal basis is Anthropic relying on to protect its method?",
          "Under which area of intellectual property law is the claim being pursued?",
          "What kind of legal protection is the AI lab counting on for its training process?",
          "Which legal theory underpins the case against Alibaba?"]:
    add("conflict", q, flat(LEGAL_ALL), LEGAL_EV,
        "conflict: legal route — S says a patentable method, C says trade secret law", True, LEGAL_ALL)
for q in ["What evidence does Anthropic have that Alibaba copied it?",
          "What proof backs up the allegation?",
          "What did Anthropic find that convinced it its work had been copied?",
          "How is the alleged copying supposedly demonstrated?"]:
    add("conflict", q, flat(EVID_ALL), EVID_EV,
        "conflict: evidence — S says undisclosed similarities in output patterns, C says signatures found in the weights (via analysis of outputs)", True, EVID_ALL)

# ---------------- UNANSWERABLE (checked with grep: no money, dates, judges, CEO, firms, parameters) ----------------
UN = [
    ("How much money in damages is Anthropic seeking from Alibaba?", "no amounts or damages in either article ('damaging a competitor' is not damages)"),
    ("On what date was the complaint against Alibaba filed?", "no dates in either article"),
    ("Which judge is presiding over the case?", "no judge named"),
    ("What was Alibaba's annual revenue last year?", "no financial figures"),
    ("Who is Anthropic's chief executive?", "no executives named; only 'former OpenAI researchers'"),
    ("Which law firm is representing Anthropic?", "no lawyers or firms named"),
    ("Which organisation does Julian Vane work for?", "C gives only his title 'Technology & Innovation Lead', no organisation"),
    ("What is the name of the source close to the investigation who talked about the weights?", "the source is anonymous"),
    ("On what dates will the AI Safety Summit at Bletchley Park take place?", "S says only 'upcoming'"),
    ("How many parameters does Alibaba's accused model have?", "no model sizes given"),
    ("Who is the Alibaba spokesperson who issued the company's statement?", "statement is unattributed"),
    ("When is the hearing scheduled to begin?", "C gives only the expected duration (six months), not a start date"),
    ("How much is Anthropic valued at?", "no valuation or funding figures"),
    ("In what year was Anthropic founded?", "no founding year given"),
]
for q, n in UN:
    add("unanswerable", q, [], [], "unanswerable: " + n)

# ---------------- FOLLOW-UP ----------------
def h(u, a): return [{"role": "user", "content": u}, {"role": "assistant", "content": a}]

add("follow-up", "What did she say about reverse engineering?", ["theft", "cannot simply"],
    ev((C, "You cannot simply reverse-engineer a neural network and say it is theft")), "follow-up, one-article (C); 'she' = Eleanor Shaw",
    history=h("Who is Dr. Eleanor Shaw?", "She is an IP law expert at Cambridge University who is quoted in the coverage of the case."))
add("follow-up", "Did they say anything about their engineers?", ["never accessed", "never"],
    ev((C, "Our engineers have never accessed their proprietary systems.")), "follow-up, one-article (C); 'they' = Alibaba",
    history=h("How did Alibaba respond to the accusations?", "It denied them, saying its AI was developed independently and built on open-source work."))
add("follow-up", "So what does he think every lab will have to do now?", ["patent every incremental improvement", "patent"],
    ev((C, "Every lab will now have to patent every incremental improvement or risk having it lifted.")),
    "follow-up, one-article (C); 'he' = Julian Vane. His general prediction about patenting is not the disputed legal route of Anthropic's claim",
    history=h("What did Julian Vane say about the state of the industry?", "He said AI is moving from a world of academic collaboration to one of corporate litigation."))
add("follow-up", "And what will be looked at during it?", ["model architectures", "training data", "technical evidence"],
    ev((C, "with technical evidence from both sides dissecting model architectures and training data")), "follow-up, one-article (C); 'it' = the hearing",
    history=h("How long is the hearing expected to last?", "About six months."))
add("follow-up", "And what wider rivalry is that part of?", ["UK-China", "rivalry"],
    ev((S, "The dispute unfolds against a backdrop of intensifying UK-China tech rivalry")), "follow-up, one-article (S); 'that' = Ofcom's tightening scrutiny",
    history=h("Which UK regulator is mentioned in the coverage?", "Ofcom, which is tightening scrutiny on foreign AI firms operating in British markets."))
add("follow-up", "Who set it up?", ["OpenAI", "Open AI"],
    ev((S, "Anthropic, founded by former OpenAI researchers"), (C, "founded by former OpenAI researchers")),
    "follow-up, both-agree; 'it' = Anthropic",
    history=h("Where is Anthropic based?", "In San Francisco."))
add("follow-up", "What could happen to them if Alibaba loses?", ["retrain", "sales ban"],
    ev((C, "could force the company to retrain its models or face a UK sales ban")), "follow-up, one-article (C); 'them' = Qwen models",
    history=h("Where have Alibaba's Qwen models been adopted?", "Widely across Asia, according to the coverage."))
add("follow-up", "And in the longer run?", ["fragmentation", "Iron Curtain", "behaving differently", "vary by jurisdiction"],
    ev((S, "we may see a fragmentation of AI ecosystems, where ethical constraints vary by jurisdiction")), "follow-up (ellipsis), one-article (S)",
    history=h("Will ordinary British users notice any difference soon?", "Probably not straight away; one report says the average Briton may not notice immediate changes."))
add("follow-up", "What did it say the accusations were really an attempt to do?", ["stifle competition", "stifle"],
    ev((C, "baseless and an attempt to stifle competition")), "follow-up, one-article (C); 'it' = Alibaba's statement",
    history=h("What did Alibaba's statement say about machine learning?", "It said Anthropic does not own the fundamental maths of machine learning."))
add("follow-up", "How is this dispute expected to affect it?", ["coloured", "colored"],
    ev((S, "will undoubtedly be coloured by this spat")), "follow-up, one-article (S); 'it' = the AI Safety Summit",
    history=h("Where is the government's AI Safety Summit being hosted?", "At Bletchley Park."))
# disputed follow-ups
add("follow-up", "Which of Alibaba's models are they pointing at?", flat(MODEL_ALL), MODEL_EV,
    "follow-up conflict: accused model (Qwen2 vs Qwen-Plus); 'they' = Anthropic", True, MODEL_ALL,
    history=h("Who is accusing Alibaba of stealing technology?", "Anthropic, the AI safety company founded by former OpenAI researchers."))
add("follow-up", "Where did they file that?", flat(VENUE_ALL), VENUE_EV,
    "follow-up conflict: venue (UK IPO vs London's High Court)", True, VENUE_ALL,
    history=h("What is Anthropic accusing Alibaba of?", "Of stealing its proprietary technology, specifically its constitutional AI framework."))
add("follow-up", "And what evidence does the other side have?", flat(EVID_ALL), EVID_EV,
    "follow-up conflict: evidence (output-pattern similarities vs signatures in weights); 'other side' = Anthropic", True, EVID_ALL,
    history=h("How has Alibaba answered the allegations?", "It has rejected them, saying its AI was developed independently and built on open-source work."))
add("follow-up", "Which kind of law is Anthropic actually relying on, then?", flat(LEGAL_ALL), LEGAL_EV,
    "follow-up conflict: legal route (patentable method vs trade secret law)", True, LEGAL_ALL,
    history=h("Could this case set a legal precedent?", "Yes. Both reports say it could set a precedent, one of them for how AI models are treated under intellectual property law."))
add("follow-up", "And which model does it target?", flat(MODEL_ALL), MODEL_EV,
    "follow-up conflict: accused model (Qwen2 vs Qwen-Plus); 'it' = the complaint; history already acknowledges the venue conflict", True, MODEL_ALL,
    history=h("Where was the complaint filed?", "The reports disagree: one says the UK Intellectual Property Office, the other says London's High Court."))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {out}")
