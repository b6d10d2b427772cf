"""The built organisations file: valid, consistent, and built by the rules its README documents.

The product loads ``ingest/data/organisations.json`` without validating it (a
schema check of ~8,000 entities costs more than a second at start-up), so this
test is where a hand edit or a stale build is caught.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import jsonschema
import pytest
from newsgraph.ingest.nlp.knowledge import ORGANISATIONS_FILE, Knowledge, simplified_key

ROOT = Path(__file__).resolve().parents[2]


def _build_script() -> ModuleType:
    """training/build_knowledge.py, which is a script, not part of the installed package."""
    spec = importlib.util.spec_from_file_location("build_knowledge", ROOT / "training" / "build_knowledge.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


build = _build_script()


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(ORGANISATIONS_FILE.read_text(encoding="utf-8"))


def test_matches_its_schema(document: dict) -> None:
    schema = json.loads(build.OUTPUT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)


def test_every_curated_source_matches_the_source_schema() -> None:
    assert len(build.load_curated()) > 2000


def test_labels_follow_kinds_except_declared_overrides(document: dict) -> None:
    overrides = [e for e in document["entities"] if e["type"] != build.LABEL_OF_KIND[e["kind"]]]
    assert all(e["kind"] in ("media", "investor") for e in overrides), [e["id"] for e in overrides]


def test_thousands_of_organisations_of_every_kind_are_known(knowledge: Knowledge) -> None:
    assert len(knowledge.entities) >= 5000
    kinds = {e.kind for e in knowledge.entities.values()}
    assert set(build.LABEL_OF_KIND) <= kinds


def test_ambiguous_spellings_are_spellings_of_their_entity(document: dict) -> None:
    for entity in document["entities"]:
        spellings = {entity["name"], entity.get("name_hant"), entity.get("name_en"), entity.get("full_name")}
        spellings |= set(entity.get("aliases", []))
        assert set(entity.get("ambiguous", [])) <= spellings, entity["id"]


def test_no_single_character_spelling(document: dict) -> None:
    for entity in document["entities"]:
        for spelling in [entity["name"], *entity.get("aliases", [])]:
            assert len(simplified_key(spelling)) >= 2, (entity["id"], spelling)


def test_no_spelling_holds_a_description_or_a_parent_before_a_name(
    document: dict, knowledge: Knowledge
) -> None:
    """A spelling such as "X母公司Y" or "芯片公司Y" would glue a second firm or a description to the name in
    every article that writes it; the description and the parent are read by the recogniser, not listed."""
    words = "|".join((*knowledge.owner_words, *knowledge.parent_words, "公司", "企业"))
    before_a_latin_name = re.compile(f"(?:{words})(?=[A-Za-z])")
    for entity in document["entities"]:
        for spelling in [entity["name"], *entity.get("aliases", [])]:
            assert not before_a_latin_name.search(spelling), (entity["id"], spelling)


def test_kinds_tell_underwriters_boards_and_sources_apart(knowledge: Knowledge) -> None:
    """What downstream rules rely on: a broker never lists, a board is where a listing happens."""
    kind = {
        name: knowledge.kind_of(knowledge.entity_names.get(name)) for name in ("中金公司", "科创板", "新华社")
    }
    assert kind == {"中金公司": "broker", "科创板": "board", "新华社": "media"}
    assert knowledge.kind_of("sse") == "exchange"
    assert knowledge.kind_of("csrc") == "regulator"
    assert knowledge.kind_of("org-unknown") is None


def test_short_traditional_and_english_names_find_one_node_with_its_parent(knowledge: Knowledge) -> None:
    ids = {knowledge.entity_names.get(simplified_key(n)) for n in ("依图", "依圖", "依图科技", "Yitu")}
    assert ids == {"yitu"}
    aliyun = knowledge.entity_names.get("阿里云")
    assert knowledge.entities[aliyun].parent == knowledge.entity_names.get("阿里巴巴")


def test_an_outlets_owner_is_a_company_of_its_own_not_a_name_of_the_outlet(knowledge: Knowledge) -> None:
    # A research group that owns a news site: a deal of the group is no deal of the outlet.
    owner = knowledge.entity_names.get("清科集团")
    outlet = knowledge.entity_names.get("投资界")
    assert owner != outlet
    assert (knowledge.kind_of(owner), knowledge.kind_of(outlet)) == ("company", "media")
    assert knowledge.entities[outlet].parent == owner


def test_listed_companies_come_with_their_board_and_code(knowledge: Knowledge) -> None:
    moutai = knowledge.entities[knowledge.entity_names.get("贵州茅台")]
    assert "sse:600519" in moutai.tickers


@pytest.mark.parametrize(
    ("listed", "name", "delisted"),
    [
        ("*ST国华", "国华", False),
        ("万科Ａ", "万科", False),
        ("神城A退", "神城", True),
        ("退市海润", "海润", True),
        ("S*ST托普", "托普", False),
        ("TCL科技", "TCL科技", False),
    ],
)
def test_listed_names_lose_their_trading_markers(listed: str, name: str, delisted: bool) -> None:
    assert build.normalise_listed_name(listed) == (name, delisted)


def test_the_build_without_the_public_lists_changes_nothing(tmp_path: Path, capsys) -> None:
    output = tmp_path / "organisations.json"
    assert build.main(["--shared", str(tmp_path), "--output", str(output)]) == 0
    assert not output.exists()
    assert "nothing built" in capsys.readouterr().out


def test_the_press_s_short_names_of_regulators_and_platforms_are_known(knowledge: Knowledge) -> None:
    short = {name: knowledge.entity_names.get(name) for name in ("银保监", "外管局", "人行", "字节")}
    assert short == {"银保监": "cbirc", "外管局": "safe", "人行": "pboc", "字节": "bytedance"}
    assert knowledge.is_ambiguous("人行", "pboc") and knowledge.is_ambiguous("字节", "bytedance")


def test_the_big_banks_short_forms_and_multinationals_named_as_partners_are_known(
    knowledge: Knowledge,
) -> None:
    names = ("工行", "建行", "农行", "交行", "浦发", "阿斯利康", "辉瑞", "达能", "壳牌", "戴姆勒")
    assert all(knowledge.entity_names.get(name) for name in names)
    assert knowledge.entity_names.get("戴姆勒") == knowledge.entity_names.get("奔驰")
    assert knowledge.kind_of(knowledge.entity_names.get("工行")) == "bank"


def test_a_foreign_firm_is_not_known_by_a_short_name_a_chinese_firm_goes_by(knowledge: Knowledge) -> None:
    # 上海强生 is a Shanghai taxi firm: Johnson & Johnson is 强生公司 or 美国强生, never plain 强生.
    assert knowledge.entity_names.get("强生") is None
    assert knowledge.entity_names.get("美国强生") == "johnson_johnson"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("盈透证券", "broker"),  # an online broker sponsors no listing of its own
        ("平安证券", "broker"),
        ("中金国际", "broker"),
        ("招商永隆银行", "bank"),
        ("苏黎世保险", "insurer"),
        ("大都会人寿", "insurer"),
        ("建信投资", "investor"),  # a bank's investment arm
        ("中国互联网投资基金", "investor"),
        ("恒旭资本", "investor"),  # a carmaker's venture arm
        ("券商中国", "media"),
        ("e公司", "media"),  # a dateline ("e公司讯") is a source, not a firm named e
        ("韩国经济日报", "media"),
        ("彭博商业周刊", "media"),
    ],
)
def test_underwriters_investors_and_outlets_news_names_have_their_kind(
    knowledge: Knowledge, name: str, kind: str
) -> None:
    assert knowledge.kind_of(knowledge.entity_names.get(simplified_key(name))) == kind


@pytest.mark.parametrize(
    ("spellings", "entity_id"),
    [
        (("顺丰", "順豐", "顺丰控股"), "sf_holding"),  # the A-share listing joins the curated firm
        (("友达", "友達光電", "AUO"), "auo"),
        (("鴻騰精密", "鸿腾精密"), "fit_hon_teng"),
        (("華邦電", "华邦电子"), "winbond"),
        (("爱德万测试", "Advantest"), "advantest"),
        (("冬海集团", "Sea Limited"), "sea_ltd"),
        (("金融时报", "英国金融时报"), "ft"),
        (("蜜雪冰城", "蜜雪集团"), "mixue"),  # consumer chains that IPO in Hong Kong
        (("影石", "影石创新", "Insta360"), "insta360"),  # the STAR listing joins the curated firm
        (("同程", "同程旅行"), "tongcheng"),
    ],
)
def test_listed_firms_are_known_by_their_short_traditional_and_english_names(
    knowledge: Knowledge, spellings: tuple[str, ...], entity_id: str
) -> None:
    assert {knowledge.entity_names.get(simplified_key(s)) for s in spellings} == {entity_id}


def test_a_firm_known_on_two_markets_keeps_both_tickers(knowledge: Knowledge) -> None:
    assert {"szse:002352", "hkex:6936"} <= set(knowledge.entities["sf_holding"].tickers)


@pytest.mark.parametrize(
    ("spelling", "entity_id"),
    [
        ("中行", "boc"),
        ("夏普", "sharp"),  # also the 夏普比率 of a fund report
        ("圆通", "yto"),  # also "accommodating"
        ("今日美国", "usa_today"),
        ("真格", "zhenfund"),  # also 动真格, "get serious"
        ("瑞幸", "luckin"),  # also "lucky"
        ("水滴", "waterdrop"),  # also "water drop"
        ("心动", "xd_inc"),  # also "heartbeat"
        ("菜鸟", "cainiao"),  # also "newbie"
        ("自如", "ziroom"),  # also "at ease"
        ("去哪儿", "qunar"),  # also "where to"
        ("Keep", "keep_inc"),
        ("东方空间", "orienspace"),  # also "eastern space", as in 东方空间站
        ("联合电子", "uaes"),  # also 联合 + 电子, "jointly ... electronic"
        ("林德", "linde"),  # also a given name
        ("蔡司", "zeiss"),  # also the surname 蔡 before 司长 or 司令
    ],
)
def test_short_names_that_are_also_ordinary_words_are_linked_only_in_context(
    knowledge: Knowledge, spelling: str, entity_id: str
) -> None:
    assert knowledge.entity_names.get(simplified_key(spelling)) == entity_id
    assert knowledge.is_ambiguous(spelling, entity_id)


@pytest.mark.parametrize(
    ("spelling", "entity_id"),
    [
        ("潞晨科技", "hpc_ai_tech"),
        ("灵初智能", "psibot"),
        ("遨博", "aubo"),
        ("芯华章", "x_epic"),
        ("卡尔动力", "kargobot"),
        ("帆软", "fanruan"),
        ("平凯星辰", "pingcap"),
        ("Applied Intuition", "applied_intuition"),
        ("云深处", "deep_robotics"),
        ("智行者", "idriverplus"),
        ("货拉拉", "lalamove"),
        ("元气森林", "genki_forest"),
        ("镁信", "meixin"),
        ("天兵科技", "space_pioneer"),
        ("长光卫星", "chang_guang"),
        ("中国星网", "china_satnet"),
        ("安世亚太", "pera_global"),
        ("海辰储能", "hithium"),
        ("武汉新芯", "xmc"),
        ("索尔思光电", "source_photonics"),
        ("信越化学", "shin_etsu"),
        ("安靠", "amkor"),
        ("蓝色起源", "blue_origin"),
        ("Humain", "humain"),
    ],
)
def test_the_long_tail_of_ai_and_tech_startups_is_known(
    knowledge: Knowledge, spelling: str, entity_id: str
) -> None:
    # Unknown, a startup's name is left to the model, which misses it where nothing around says "company".
    assert knowledge.entity_names.get(simplified_key(spelling)) == entity_id


@pytest.mark.parametrize(
    ("unit", "parent"),
    [
        ("腾势", "byd"),
        ("乐道", "nio"),
        ("斑马智行", "alibaba"),
        ("企业微信", "tencent"),
        ("远景能源", "envision"),
        ("高德", "alibaba"),
        ("小象超市", "meituan"),
        ("巨量引擎", "bytedance"),
        ("链家", "ke_holdings"),
        ("卡奥斯", "haier"),
        ("优傲机器人", "teradyne"),
        ("OneWeb", "eutelsat"),
    ],
)
def test_a_carmaker_s_brand_or_a_platform_s_unit_has_its_parent(
    knowledge: Knowledge, unit: str, parent: str
) -> None:
    assert knowledge.entities[knowledge.entity_names.get(unit)].parent == parent


@pytest.mark.parametrize(
    ("word", "full", "entity_id"),
    [
        ("仰望", "仰望汽车", "yangwang"),
        ("乐道", "乐道汽车", "onvo"),
        ("粉笔", "粉笔科技", "fenbi"),
        ("喜马拉雅", "喜马拉雅FM", "ximalaya"),
    ],
)
def test_a_brand_that_is_an_ordinary_word_is_linked_only_in_context(
    knowledge: Knowledge, word: str, full: str, entity_id: str
) -> None:
    # 仰望星空, 津津乐道, 一支粉笔, 喜马拉雅山: the word alone names no company; its full name does.
    assert knowledge.entity_names.get(full) == entity_id
    assert knowledge.is_ambiguous(word, entity_id) and not knowledge.is_ambiguous(full, entity_id)


def test_outlets_named_by_an_ordinary_phrase_are_ambiguous(knowledge: Knowledge) -> None:
    """看看新闻 is also "look at the news", 中国网 runs on into 中国网民: linked only in context."""
    assert knowledge.is_ambiguous("看看新闻", "kankan") and knowledge.is_ambiguous("中国网", "china_net")
