# ruff: noqa: E501
"""Can the local model tell rival accounts from complementary ones? An experiment, kept to
reproduce a decision (docs/evaluation.md): the answer model as a judge of whether two
descriptions disagree ("the evidence", "the legal route"), since no NLI model ships in any
package here.

Usage: .venv/bin/python evalsets/llm_judge.py

Twelve pairs: five from the seed articles (two the seed set calls disagreements, three it
calls complementary) and seven written for this test. Each pair is asked in both orders; a
pair counts as "rival" only when both orders say so.
"""

import time

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from app.model.llm import make_llm
from ingest.settings import Settings

PAIRS = [
    # (expect, question, report 1, report 2)
    (
        1,
        "What evidence does Anthropic cite?",
        "The complaint cites specific, undisclosed similarities between Qwen2's output patterns and Anthropic's Claude model, suggesting reverse engineering or outright code copying.",
        "The company claims it discovered the infringement after running internal deep analysis on Qwen’s publicly available outputs.",
    ),
    (
        1,
        "What legal route is Anthropic taking?",
        "Anthropic is betting that its constitutional training process is a patentable method.",
        "Trade secret law, which guards confidential business information, may be the primary vehicle for Anthropic’s claim.",
    ),
    (
        0,
        "How did Alibaba characterise the claims?",
        "Alibaba has dismissed the claims as speculative, noting that Qwen2 is built on an open-source architecture and developed independently.",
        "Alibaba has strongly denied the allegations, calling them “baseless and an attempt to stifle competition.”",
    ),
    (
        0,
        "What does Anthropic's constitutional AI approach do?",
        "Its constitutional AI approach actively encodes safety constraints into model training, a method the company argues is distinct and protectable.",
        "At the heart of the dispute is Anthropic’s constitutional AI framework, a method for aligning large language models with human values.",
    ),
    (
        0,
        "What does Alibaba say its AI is built on?",
        "Alibaba has dismissed the claims as speculative, noting that Qwen2 is built on an open-source architecture and developed independently.",
        "In a statement, the company argued that their AI development is independent and built on open-source research.",
    ),
    # invented
    (
        1,
        "Why was the match called off?",
        "The game was postponed because the pitch was frozen after a night of heavy frost.",
        "Officials abandoned the fixture after a power failure left the stadium floodlights out.",
    ),
    (
        0,
        "What will the new factory make?",
        "The plant will assemble electric delivery vans for the European market.",
        "The factory is also expected to build battery packs for the vans made on site.",
    ),
    (
        1,
        "How did the fire start?",
        "Investigators said the blaze was started by a faulty electric heater in the kitchen.",
        "Police believe the fire was started deliberately, after petrol was found at the back door.",
    ),
    (
        0,
        "What did the minister say about the plan?",
        "The minister said the plan would cut waiting lists within two years.",
        "She added that the plan would be paid for from existing budgets.",
    ),
    (
        1,
        "How did the company finance the takeover?",
        "The bid is being funded entirely from the firm's own cash reserves.",
        "The takeover will be financed with a bank loan of £2bn secured against the club's assets.",
    ),
    (
        0,
        "What is the charity campaigning for?",
        "The charity wants free school meals for every child in primary school.",
        "It is also calling for a ban on junk-food adverts before the 9pm watershed.",
    ),
    (
        1,
        "What caused the delay to the launch?",
        "The launch was delayed by a software fault found in the final tests.",
        "A shortage of parts from a supplier in Taiwan held up the launch, the company said.",
    ),
]

VARIANTS = {
    "v1": ChatPromptTemplate.from_messages(
        [
            ("system", "You compare what two news reports say. Reply with one word."),
            (
                "human",
                "Question: {q}\nReport 1: {a}\nReport 2: {b}\n\nDo the two reports give rival answers to the question (a reader must choose which report to believe), or compatible answers (both can be true: the same answer in other words, or answers that add to each other)? Reply RIVAL or COMPATIBLE.",
            ),
        ]
    ),
    "v2": ChatPromptTemplate.from_messages(
        [
            (
                "system",
                "You check news reports for contradictions. Reply with one word: YES or NO.",
            ),
            (
                "human",
                "Question: {q}\nReport 1 says: {a}\nReport 2 says: {b}\n\nIf both reports were true at the same time, would that be impossible? Reply YES (they contradict) or NO (both can be true).",
            ),
        ]
    ),
    "fs": ChatPromptTemplate.from_messages(
        [
            (
                "system",
                "Two news reports answer one question. Decide: INSTEAD if report 2 gives a different answer in place of report 1's answer (both cannot be the whole story), ALSO if report 2 gives the same answer or an extra detail that fits with report 1. Reply with one word.",
            ),
            (
                "human",
                "Question: Where was the meeting held?\nReport 1: The talks took place in Geneva.\nReport 2: Delegates met in Vienna for the talks.",
            ),
            ("ai", "INSTEAD"),
            (
                "human",
                "Question: What did the firm say about jobs?\nReport 1: The firm said 200 jobs would go.\nReport 2: It also promised to retrain staff who lose their jobs.",
            ),
            ("ai", "ALSO"),
            (
                "human",
                "Question: Why did the bridge close?\nReport 1: The bridge was shut because of cracks in a support.\nReport 2: The bridge closed after a lorry struck its railings.",
            ),
            ("ai", "INSTEAD"),
            (
                "human",
                "Question: How did the club react?\nReport 1: The club called the ban unfair.\nReport 2: A spokesman said the club was disappointed by the ban.",
            ),
            ("ai", "ALSO"),
            ("human", "Question: {q}\nReport 1: {a}\nReport 2: {b}"),
        ]
    ),
}

s = Settings(llm="local")
llm = make_llm(s)
for name, prompt in VARIANTS.items():
    chain = prompt | llm | StrOutputParser()
    right = 0
    t = time.time()
    outs = []
    for exp, q, a, b in PAIRS:
        r1 = chain.invoke({"q": q, "a": a, "b": b}).strip()
        r2 = chain.invoke({"q": q, "a": b, "b": a}).strip()

        def pos(r: str) -> bool:
            return r.upper().startswith(("RIVAL", "YES", "INSTEAD"))

        got = pos(r1) and pos(r2)
        right += got == bool(exp)
        outs.append((exp, r1[:12], r2[:12]))
    print(
        name,
        f"{right}/{len(PAIRS)}",
        f"{(time.time() - t) / len(PAIRS) / 2:.2f}s/call",
        outs,
        flush=True,
    )
