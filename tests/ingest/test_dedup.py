"""One story, many URLs and copies: canonical URLs, content hashes, simhash across scripts."""

from __future__ import annotations

import pytest
from newsgraph.ingest.collect.dedup import (
    MAX_HAMMING,
    NearDuplicateIndex,
    canonical_url,
    content_hash,
    hamming,
    simhash,
)

STORY = (
    "人工智能公司云智科技今天宣布，公司联合创始人兼首席技术官王立明因个人原因辞职，将不再担任公司任何职务。公"
    "司表示，王立明的离职不会影响公司的日常经营，技术团队将由研究院院长暂时负责。云智科技成立于二零一五年，主"
    "要为银行和医院提供语音识别服务，去年完成了新一轮融资，投资方包括两家国有基金。王立明毕业于一所北方高校的"
    "计算机系，曾在一家外资软件企业的研究院工作八年，是公司语音识别引擎的主要设计者。据接近公司的人士透露，王"
    "立明离职后可能自行创业，方向是面向制造业的工业视觉检测。这是云智科技今年第二位离职的高管。今年三月，公司"
    "负责销售的副总裁已经离开，加盟了一家互联网平台。分析人士指出，语音识别赛道的竞争日趋激烈，大型平台企业纷"
    "纷推出免费的语音服务，中小公司的增长空间受到挤压。云智科技此前曾计划在科创板上市，但目前上市进程尚无新的"
    "进展。"
)
#: The same story re-posted by a Taiwanese agency: Traditional script, Taiwan wording
#: (人工智慧, 技術長, 軟體), an agency tag in front.
STORY_TRADITIONAL = (
    "【中央社】人工智慧公司雲智科技今天宣佈，公司聯合創始人兼技術長王立明因個人原因辭職，將不再擔任公司任何職"
    "務。公司表示，王立明的離職不會影響公司的日常經營，技術團隊將由研究院院長暫時負責。雲智科技成立於二零一五"
    "年，主要為銀行和醫院提供語音識別服務，去年完成了新一輪融資，投資方包括兩家國有基金。王立明畢業於一所北方"
    "高校的計算機系，曾在一家外資軟體企業的研究院工作八年，是公司語音識別引擎的主要設計者。據接近公司的人士透"
    "露，王立明離職後可能自行創業，方向是面向製造業的工業視覺檢測。這是雲智科技今年第二位離職的高管。今年三月"
    "，公司負責銷售的副總裁已經離開，加盟了一家網際網路平臺。分析人士指出，語音識別賽道的競爭日趨激烈，大型平"
    "臺企業紛紛推出免費的語音服務，中小公司的增長空間受到擠壓。雲智科技此前曾計劃在科創板上市，但目前上市程序"
    "尚無新的進展。"
)
UNRELATED = (
    "国内一家新能源汽车企业本周公布了上个月的交付数据，交付量同比增长超过百分之八十，"
    "创下历史新高。公司在公告中说，新工厂已经开始试生产，预计下半年产能将翻倍。"
    "分析师认为，价格战仍在持续，企业的利润率面临压力。"
)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTP://News.Example.COM:80/a/b.html?utm_source=wx&id=7#top",
            "http://news.example.com/a/b.html?id=7",
        ),
        ("https://example.com:443/", "https://example.com/"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com:8443/x/", "https://example.com:8443/x"),
        ("https://example.com/x/?spm=a1.b2&from=timeline&fbclid=abc", "https://example.com/x"),
        ("https://example.com/x?b=2&a=1&UTM_Campaign=y", "https://example.com/x?a=1&b=2"),
        (
            "https://mp.example.com/s?__biz=MZ&mid=1&sn=ab&chksm=ff&scene=21",
            "https://mp.example.com/s?__biz=MZ&mid=1&sn=ab",
        ),
        ("https://example.com./x", "https://example.com/x"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_content_hash_ignores_spacing_punctuation_and_script() -> None:
    assert content_hash("云智科技 宣布：\n融资。") == content_hash("雲智科技宣佈融資")
    assert content_hash(STORY) != content_hash(UNRELATED)


def test_a_traditional_repost_is_a_near_duplicate_of_its_simplified_original() -> None:
    assert hamming(simhash(STORY), simhash(STORY_TRADITIONAL)) <= MAX_HAMMING
    index = NearDuplicateIndex()
    index.add("art-original", simhash(STORY))
    assert index.find(simhash(STORY_TRADITIONAL)) == "art-original"


def test_an_unrelated_article_is_not_a_near_duplicate() -> None:
    assert hamming(simhash(STORY), simhash(UNRELATED)) > MAX_HAMMING
    index = NearDuplicateIndex()
    index.add("art-original", simhash(STORY))
    assert index.find(simhash(UNRELATED)) is None


def test_texts_too_short_to_compare_are_never_near_duplicates() -> None:
    index = NearDuplicateIndex()
    index.add("art-short", simhash("短讯"))
    assert simhash("短讯") == 0
    assert index.find(simhash("短讯")) is None
