"""Seeded synthetic Chinese AI-industry news for the benchmarks.

Benchmarks need thousands of articles that look like the real input to the
pipeline (length, vocabulary, density of names and event sentences) and that
are the same on every run, so two runs are comparable. Names come from the
project's own knowledge files (companies, exchanges, titles, surnames), so the
extractor recognises them as it would in real news; the sentence templates
below were written for the benchmark and are not domain knowledge: nothing in
the pipeline reads them. Events are invented.

The same seed always gives the same articles, in the same order.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

import opencc
from newsgraph.ingest.datafiles import load_data_file
from newsgraph.ingest.nlp.knowledge import ORGANISATIONS_FILE

CST = timezone(timedelta(hours=8))
#: First publication time; articles follow at random intervals (about 30 a day, like a busy feed set).
FIRST_PUBLISHED = datetime(2021, 1, 4, 8, 0, tzinfo=CST)
MEAN_GAP_MINUTES = 48
#: Body length in characters: drawn around the length of a typical news article.
BODY_CHARS = (1200, 1800)
#: Share of articles written in Traditional script (Hong Kong and Taiwan sources).
TRADITIONAL_SHARE = 0.2
SOURCES = ("news.aitech-daily.bench", "www.zhiku-finance.bench", "m.caijing-ai.bench", "www.hktw.bench")
#: Characters that commonly form given names, for invented people.
GIVEN_NAME_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉力鹏宇浩凯峰晨晓雪琳颖博远航宁"
#: Titles the templates use: the most senior ones, as news writes them.
MAX_TITLE_RANK = 3

#: Event sentences, one list per event type. Fields: {org}, {org2}, {person}, {title}, {exchange},
#: {amount}, {round}, {investor}, {investor2}, {month}, {day}, {count}.
EVENT_TEMPLATES: dict[str, tuple[str, ...]] = {
    "departure": (
        "{month}月{day}日，{org}{title}{person}已正式离职，此后不再担任公司任何职务。",
        "据知情人士透露，{org}原{title}{person}已于近日离开公司，并将加盟{org2}。",
        "{org}发布公告称，{title}{person}因个人原因辞去职务，辞职报告自送达董事会之日起生效。",
    ),
    "appointment": (
        "{org}宣布任命{person}为公司{title}，全面负责产品研发与商业化工作。",
        "{month}月{day}日，{person}正式出任{org}{title}，此前他在{org2}工作多年。",
    ),
    "partnership": (
        "{org}与{org2}签署战略合作协议，双方将在大模型训练和智能计算领域展开深度合作。",
        "{month}月{day}日，{org}宣布与{org2}达成合作，共同推进自动驾驶芯片的量产落地。",
    ),
    "listing": (
        "{org}已向{exchange}递交上市申请，拟募集资金约{amount}亿元，用于研发中心建设。",
        "{month}月{day}日，{org}正式在{exchange}挂牌上市，开盘价较发行价上涨逾三成。",
    ),
    "funding": (
        "{org}宣布完成{amount}亿元{round}融资，本轮由{investor}领投，{investor2}跟投。",
        "{month}月{day}日，{org}获得{investor}领投的{amount}亿元{round}融资，资金将用于扩充算力。",
    ),
    "layoff": (
        "据多名员工透露，{org}近期启动新一轮裁员，涉及智能硬件业务约{count}人。",
        "{org}确认对部分业务线进行调整，裁员比例约为百分之{count}。",
    ),
    "acquisition": (
        "{org}宣布以{amount}亿元收购{org2}全部股权，交易预计于年内完成。",
        "{month}月{day}日，{org}完成对{org2}的收购，后者将作为独立子公司运营。",
    ),
}
#: A person's title stated without an event (becomes HOLDS_ROLE).
ROLE_TEMPLATES = (
    "{person}现任{org}{title}，曾在{org2}负责云计算产品。",
    "{org}{title}{person}在接受采访时表示，今年的重点是提升模型推理效率。",
)
#: Background sentences: the bulk of a real article's text, with a name now and then.
FILLER_TEMPLATES = (
    "业内人士认为，随着大模型应用加速落地，算力需求仍将保持高速增长。",
    "公开资料显示，{org}成立于{year}年，总部位于{city}，主要从事人工智能基础软件的研发。",
    "{org}在声明中表示，公司经营一切正常，各项业务均按计划推进。",
    "今年以来，国内多家人工智能企业加快了商业化步伐，行业竞争日趋激烈。",
    "有分析师指出，芯片供应仍是制约国内智能计算产业发展的关键因素之一。",
    "根据第三方机构的统计，去年国内人工智能领域的投融资总额同比增长超过两成。",
    "{org}的一位内部人士称，公司正在评估海外市场的拓展计划。",
    "在自动驾驶领域，{org}与多家整车厂保持着长期合作关系。",
    "从财务数据看，{org}去年营收同比增长约四成，但仍处于亏损状态。",
    "多位投资人表示，今年更看重企业的盈利能力和技术壁垒，而非单纯的用户规模。",
    "对于上述消息，{org}方面暂未作出回应。",
    "{city}近期出台多项政策，支持人工智能企业在本地设立研发中心。",
    "截至发稿，{org}股价小幅上涨，总市值约为{amount}亿元。",
    "业内普遍认为，监管政策的明确将有助于行业的长期健康发展。",
)
HEADLINES: dict[str, str] = {
    "departure": "{org}{title}{person}离职",
    "appointment": "{person}出任{org}{title}",
    "partnership": "{org}与{org2}达成战略合作",
    "listing": "{org}冲刺{exchange}",
    "funding": "{org}完成{amount}亿元{round}融资",
    "layoff": "{org}被曝裁员",
    "acquisition": "{org}收购{org2}",
}
CITIES = ("北京", "上海", "深圳", "杭州", "广州", "南京", "成都", "苏州", "合肥", "武汉")
ROUNDS = ("天使轮", "Pre-A轮", "A轮", "A+轮", "B轮", "B+轮", "C轮", "D轮", "战略")


@dataclass(frozen=True)
class Vocabulary:
    """The names the generator draws from, read from the project's knowledge files."""

    companies: tuple[str, ...]
    investors: tuple[str, ...]
    exchanges: tuple[str, ...]
    titles: tuple[str, ...]
    surnames: str


@cache
def vocabulary() -> Vocabulary:
    """Company, investor and exchange names, titles and surnames from ``ingest/data``.

    Organisations are the curated core of the knowledge file (the AI-industry names the project
    started with), not the thousands of listed companies, so the text stays like AI-industry news.
    """
    with ORGANISATIONS_FILE.open(encoding="utf-8") as handle:
        entities = [e for e in json.load(handle)["entities"] if "core" in e.get("origin", ())]
    companies = tuple(e["name"] for e in entities if e["type"] == "Company" and e.get("sector") != "investor")
    investors = tuple(e["name"] for e in entities if e.get("sector") == "investor")
    exchanges = tuple(e["name"] for e in entities if e["type"] == "Exchange")
    titles = tuple(t["name_zh"] for t in load_data_file("titles")["titles"] if t["rank"] <= MAX_TITLE_RANK)
    surnames = load_data_file("person_names")["surnames"].strip()
    return Vocabulary(companies, investors, exchanges, titles, surnames)


@dataclass
class ArticleGenerator:
    """Makes article records ``{url, title, published, text, source}``, the JSONL input format."""

    seed: int = 7

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.vocab = vocabulary()
        self.published = FIRST_PUBLISHED
        self._to_traditional = opencc.OpenCC("s2t")

    def person(self) -> str:
        given = "".join(self.rng.choices(GIVEN_NAME_CHARS, k=self.rng.choice((1, 2, 2))))
        return self.rng.choice(self.vocab.surnames) + given

    def fields(self) -> dict[str, Any]:
        """Fresh values for every placeholder of the templates."""
        rng, vocab = self.rng, self.vocab
        org, org2 = rng.sample(vocab.companies, 2)
        investor, investor2 = rng.sample(vocab.investors, 2)
        return {
            "org": org,
            "org2": org2,
            "investor": investor,
            "investor2": investor2,
            "person": self.person(),
            "title": rng.choice(vocab.titles),
            "exchange": rng.choice(vocab.exchanges),
            "amount": rng.randint(1, 60),
            "round": rng.choice(ROUNDS),
            "month": rng.randint(1, 12),
            "day": rng.randint(1, 28),
            "count": rng.randint(5, 300),
            "year": rng.randint(2010, 2020),
            "city": rng.choice(CITIES),
        }

    def article(self, index: int) -> dict[str, Any]:
        """One article: a headline event, a few more events, a role sentence and background."""
        rng = self.rng
        types = rng.sample(sorted(EVENT_TEMPLATES), rng.randint(2, 4))
        main = self.fields()
        sentences = [rng.choice(EVENT_TEMPLATES[types[0]]).format(**main)]
        sentences += [rng.choice(EVENT_TEMPLATES[t]).format(**self.fields()) for t in types[1:]]
        sentences.append(rng.choice(ROLE_TEMPLATES).format(**self.fields()))
        rng.shuffle(sentences)
        text = self._body(sentences, rng.randint(*BODY_CHARS), main)
        title = HEADLINES[types[0]].format(**main)
        if rng.random() < TRADITIONAL_SHARE:
            text, title = self._to_traditional.convert(text), self._to_traditional.convert(title)
        self.published += timedelta(minutes=rng.expovariate(1 / MEAN_GAP_MINUTES))
        host = SOURCES[index % len(SOURCES)]
        return {
            "url": f"http://{host}/{self.published:%Y/%m/%d}/{index:07d}.html",
            "title": title,
            "published": self.published.isoformat(timespec="seconds"),
            "text": text,
            "source": host,
        }

    def _body(self, facts: list[str], length: int, subject: dict[str, Any]) -> str:
        """Paragraphs of 2-5 sentences, the facts spread among background sentences, up to ``length``.

        Background sentences are about the article's subject (as in real news,
        which keeps returning to the company it is about).
        """
        sentences = list(facts)
        while sum(map(len, sentences)) < length:
            position = self.rng.randint(0, len(sentences))
            sentences.insert(position, self.rng.choice(FILLER_TEMPLATES).format(**subject))
        paragraphs, current = [], []
        for sentence in sentences:
            current.append(sentence)
            if len(current) >= self.rng.randint(2, 5):
                paragraphs.append("".join(current))
                current = []
        if current:
            paragraphs.append("".join(current))
        return "\n".join(paragraphs)

    def articles(self, count: int) -> Iterator[dict[str, Any]]:
        for index in range(count):
            yield self.article(index)


def articles(count: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """``count`` article records; the same seed gives the same records."""
    return ArticleGenerator(seed).articles(count)


def text_of_length(chars: int, seed: int = 7) -> list[str]:
    """Article bodies totalling at least ``chars`` characters (the last one is cut to fit)."""
    texts: list[str] = []
    total = 0
    for record in articles(chars // BODY_CHARS[0] + 2, seed):
        text = record["text"][: chars - total]
        texts.append(text)
        total += len(text)
        if total >= chars:
            break
    return texts


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` articles to ``path`` as JSON Lines (what ``newsgraph ingest`` reads)."""
    with path.open("w", encoding="utf-8") as handle:
        for record in articles(count, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
