"""Start-ups named with ordinary words are companies where an event sentence puts them."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.nlp.knowledge import Knowledge


def companies(extractor: Extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract(text, "t").mentions if m.label == "Company"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("月光智能宣布完成数千万美元A轮融资。", "月光智能"),
        ("据悉，月光智能已于近日完成新一轮融资。", "月光智能"),
        ("北辰资本跟投了月光智能的天使轮。", "月光智能"),
        ("北辰资本向月光智能投资5000万元。", "月光智能"),
        ("北辰资本向月光智能公司投资5000万元。", "月光智能公司"),
        ("月光智能正在洽谈新一轮融资。", "月光智能"),
        ("行李寄存平台Starbox最近获得了由北辰资本领投的250万美元融资。", "Starbox"),
        ("通信云厂商“融星”完成数亿人民币D轮融资。", "融星"),
        ("月光智能获投3000万美元天使轮融资。", "月光智能"),
        ("本周融资：3.恒达科技获B轮融资。4.锐明信息获战略投资5000万人民币融资。", "锐明信息"),
        # A named round: all the clause opens with is the company, whatever LAC reads its words as.
        ("奇鹿家完成3000万元B轮融资。", "奇鹿家"),  # LAC reads a person in it
        ("画桥完成A轮1亿元融资，投资方为北辰资本。", "画桥"),  # one plain noun
        ("9月3日消息，远望创新获投5000万元A轮融资。", "远望创新"),
        ("Kalvor完成190万美元种子轮融资。", "Kalvor"),  # a Latin name read as a person's
        ("据悉，充电桩运营商晖澜能源完成A轮5000万元融资。", "晖澜能源"),  # a description glued before it
        ("卡罗维宣布获得北辰资本的战略投资。", "卡罗维"),  # read as a person, but no Chinese name
        ("近日，奇鹿家完成新一轮数亿元融资。", "奇鹿家"),
        ("云帆织梦完成3000万元A轮融资。", "云帆织梦"),  # 云 also ends names (阿里云): no description here
        ("马上消费金融完成新一轮增资。", "马上消费金融"),  # an adverb (马上) may begin a name
        ("青禾数据正在寻求新一轮融资。", "青禾数据"),  # a round sought, not yet raised
        # A clause describing the company before it, ending with 的; LAC reads 智造 as a verb, 青岚 as a person.
        ("同样亮相展会的石桥智造宣布完成近5亿元B轮融资。", "石桥智造"),
        ("成立仅三年的青岚星图完成数亿元A轮融资。", "青岚星图"),
        # A round's amount says as much as its letter: a Latin name LAC reads as a person's is the company.
        ("Velora完成2500万美元融资。", "Velora"),
        ("Norvik获得数千万元投资。", "Norvik"),
        # A day in brackets between the name and its verb, and a long name LAC reads as a place.
        ("松鼠瀑布昨（11）日宣布获得C轮融资。", "松鼠瀑布"),
        ("河马沙漠週二(9月14日)宣布完成A輪融資。", "河马沙漠"),
        ("河马沙漠完成A轮融资。", "河马沙漠"),
        # Taiwan's word for a strategic round (策略投资), after a clause describing the company.
        ("专注于云端训练芯片的河马沙漠获得15亿元策略投资。", "河马沙漠"),
        ("河马沙漠獲得3億元策略投資。", "河马沙漠"),
        # A magnitude standing for the amount's currency (超30亿投资).
        ("至此，成立仅一年的松鼠瀑布就获得了超30亿投资。", "松鼠瀑布"),
        # A name LAC opens with a preposition or reads as a function word mixing Latin and Chinese, Latin words
        # apart, a brand named like a person right before its round, and money right after the word of raising.
        ("近日，和图编程完成新一轮数千万元融资。", "和图编程"),
        ("e签云完成B+轮融资。", "e签云"),
        ("Blue Harbor Learning完成250万美元A轮融资。", "Blue Harbor Learning"),
        ("3.江小白获得E轮数亿元融资。", "江小白"),
        ("行李寄存平台Stowly融资250万美元，竞争激烈。", "Stowly"),
        ("星河小象融资3000万元，用于研发。", "星河小象"),
        ("北辰资本领投青禾数据2亿融资。", "青禾数据"),
    ],
)
def test_a_company_is_named_by_its_place_in_a_funding_sentence(
    extractor: Extractor, text: str, company: str
) -> None:
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("蓝湾汽车近日获得松涛折扇数千万元Pre-A轮融资。", "松涛折扇"),
        ("蓝湾汽车获松涛折扇A轮融资，将用于研发。", "松涛折扇"),
        ("蓝湾汽车获得松涛折扇数千万元人民币天使轮投资。", "松涛折扇"),
        # 股份 ends the name here, though the slots cut it off as shares after others (收购X全部股份).
        ("蓝湾汽车获得上市公司蓝海股份2亿元战略融资。", "蓝海股份"),
    ],
)
def test_the_investor_between_the_word_of_receiving_and_the_round_is_named_by_its_place(
    extractor: Extractor, text: str, investor: str
) -> None:
    # LAC reads 松涛 + 折扇 as plain nouns.
    extraction = extractor.extract(text, "t")
    names = {e.id: e.name for e in extraction.entities}
    funding = next(e for e in extraction.events if e.type == "funding")
    assert (names[funding.org], [names[i] for i in funding.investors]) == ("蓝湾汽车", [investor])


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("蓝湾汽车完成A轮融资。本轮投资方北辰星图成立于2015年，是一家专注于早期投资的机构。", "北辰星图"),
        ("蓝湾汽车完成A轮融资。该轮投资方松涛折扇专注于消费领域。", "松涛折扇"),
        # 股份 ends the name here, though the slots cut it off as shares after others (收购X全部股份).
        ("蓝湾汽车完成A轮融资。本轮投资方蓝海股份是一家包装企业。", "蓝海股份"),
    ],
)
def test_the_investor_named_by_the_noun_for_the_round_s_investor_is_a_company(
    extractor: Extractor, text: str, investor: str
) -> None:
    """The noun for the round's investor names it with its own story after it, no copula or list."""
    assert investor in companies(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "月光智能获得新一轮数千万元融资。",
        "月光智能获得多家机构数千万元投资。",
        "月光智能获得该基金3000万元投资。",
        "月光智能完成A轮融资。本轮投资方均为知名机构。",
        "月光智能完成A轮融资。本轮投资方此前曾投资多家企业。",
        "其团队获得了2亿元融资。",
        "3月份完成的融资将用于研发。",
        "该公司完成了B轮融资。",
        "月光智能的团队完成了产品研发。",
        "该公司日前完成B轮融资超5亿元。",
        "月光智能选定两家投行为其安排香港IPO融资约3亿美元。",
    ],
)
def test_phrases_and_generic_words_in_that_place_are_no_company(extractor: Extractor, text: str) -> None:
    assert [c for c in companies(extractor, text) if c != "月光智能"] == []


@pytest.mark.parametrize(
    "text",
    [
        "王强宣布完成A轮融资。",
        "我们已完成天使轮融资。",
        "今年共有20家公司完成A轮融资。",
        "会上，王强宣布公司获得B轮融资。",
        # A time after a kind of firm: LAC reads 之 + 后 as words of place.
        "公司之后完成了B轮融资。",
        "公司之前完成了A轮融资。",
        "在北京完成A轮融资后，公司开始扩张。",
        "公司去年融资3亿元。",
    ],
)
def test_a_person_pronoun_or_count_before_a_named_round_is_no_company(
    extractor: Extractor, text: str
) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize("text", ["张伟获得红杉资本A轮融资。", "李强完成了天使轮融资，创办了星云科技。"])
def test_a_person_the_model_reads_before_a_round_s_verb_is_no_brand(extractor: Extractor, text: str) -> None:
    # 江小白 + 获E轮融资 is a brand named like a person; 张伟, whom the trained model reads as a person too, is one.
    people = [m.text for m in extractor.extract(text, "t").mentions if m.label == "Person"]
    assert people == [text[:2]]
    assert text[:2] not in companies(extractor, text)


def test_a_former_employer_is_named_between_the_word_of_before_and_the_post(extractor: Extractor) -> None:
    assert companies(extractor, "前星云智能CTO张伟加盟月光科技。") == ["星云智能", "月光科技"]


@pytest.mark.parametrize("text", ["草原牧业西北区总经理张伟说。", "前段时间CEO张伟宣布辞职。"])
def test_a_word_ending_in_that_character_or_a_span_of_time_opens_no_former_employer(
    extractor: Extractor, text: str
) -> None:
    """原 ending 草原 (a firm's name) is no word of "former"; 前 + 段时间 is a time, no employer."""
    assert not any(name.startswith(("牧业", "段时间")) for name in companies(extractor, text))


@pytest.mark.parametrize(
    "text", ["星云科技完成重组后择日在深交所上市。", "月光智能合并完成后择机在港交所挂牌。"]
)
def test_a_moment_still_to_be_chosen_is_no_company(extractor: Extractor, text: str) -> None:
    """择日 / 择机 (on a day or at a moment to be chosen) before a venue is a time, no company listing."""
    assert not any(name.startswith(("择日", "择机")) for name in companies(extractor, text))


@pytest.mark.parametrize(
    "text",
    ["张伟前往月光智能CEO办公室拜访。", "张伟前来月光智能CEO办公室拜访。", "李强前去月光智能CTO家中拜访。"],
)
def test_a_verb_lac_splits_after_the_word_of_before_opens_no_former_employer(
    extractor: Extractor, text: str
) -> None:
    """前往 (read as one word or as 前 + 往) is going somewhere: 往 opens no former employer (往月光智能)."""
    assert not any(name.startswith(("往", "来", "去")) for name in companies(extractor, text))


def test_a_preposition_before_a_found_name_opens_no_coined_name(extractor: Extractor) -> None:
    # 和图编程 is a coined name; 与 + 月光智能, a name the recognisers found, is a phrase.
    found = companies(extractor, "与月光智能完成C轮融资同期，星云科技宣布裁员。")
    assert sorted(found) == ["星云科技", "月光智能"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("月光智能发布公告，定增募资30亿元用于扩产。", "月光智能"),
        ("星云科技发布公告，拟定增募资30亿元。", "星云科技"),
        ("月光智能公告，配股募资5亿元。", "月光智能"),
        ("星云科技定增募资30亿元。", "星云科技"),
    ],
)
def test_a_way_of_raising_money_before_its_word_is_no_part_of_a_name(
    extractor: Extractor, text: str, company: str
) -> None:
    # 定增 + 募资30亿元 opens its clause as a name would: the way the company raises money, no company.
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("截至目前，松鼠瀑布累计融资超过5亿元。", "松鼠瀑布"),
        ("成立五年来，青禾累计融资逾20亿元。", "青禾"),
        ("截至今年6月，月光智能合计融资约12亿元。", "月光智能"),
    ],
)
def test_a_word_of_a_running_total_before_the_word_of_raising_is_no_part_of_a_name(
    extractor: Extractor, text: str, company: str
) -> None:
    # LAC reads 累计 and 合计 as verbs, which would otherwise close the name (青禾累计) or stand for it (合计).
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("全球激光雷达龙头青禾科技在香港交易所挂牌上市。", "青禾科技"),
        ("全球激光雷达龙头星河科技今日在纳斯达克挂牌上市。", "星河科技"),
        ("国内固态电池龙头松鼠科技在深交所创业板挂牌上市。", "松鼠科技"),
    ],
)
def test_a_description_s_head_glued_to_the_name_after_it_is_not_part_of_it(
    extractor: Extractor, text: str, company: str
) -> None:
    # LAC reads 雷达龙头青禾科技 (or 龙头松鼠科技) as one word: the name follows the description's head.
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize("text", ["行业龙头企业今日在上交所挂牌上市。", "该巨头公司今日在港交所挂牌上市。"])
def test_a_description_s_head_before_a_generic_word_names_no_company(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("青禾之家获5亿元融资。", "青禾之家"),
        ("星河少年之家获亿元融资。", "星河少年之家"),
        ("星河少年之家獲億元融資。", "星河少年之家"),
    ],
)
def test_a_particle_inside_a_coined_name_before_a_round_is_part_of_it(
    extractor: Extractor, text: str, company: str
) -> None:
    # LAC reads 之家 (or 之 + 家) apart as a particle, which would otherwise make the opening a phrase.
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技子公司完成A轮融资。",
        "星云科技全资子公司完成5000万元B轮融资。",
        "星云科技旗下公司完成A轮融资。",
        "星雲科技旗下子公司在港交所上市。",
    ],
)
def test_a_unit_named_only_by_its_owner_is_no_company_of_its_own(extractor: Extractor, text: str) -> None:
    # LAC reads 星云科技子公司 as one organisation: with its owner word it names no unit of its own (星云科技子).
    assert set(companies(extractor, text)) <= {"星云科技", "星雲科技"}


def test_a_kind_of_company_glued_before_the_name_is_not_part_of_it(extractor: Extractor) -> None:
    found = companies(extractor, "商用车自动驾驶初创公司星途智驾已完成超亿元融资。")
    assert "星途智驾" in found
    assert not any(c.startswith("公司") for c in found)


def test_a_maker_of_a_thing_named_before_the_name_is_not_part_of_it(extractor: Extractor) -> None:
    # 手机零件 + 商 (a parts maker) + 琥珀潮汐 before its stock code: 商 is a word of its own to LAC.
    assert companies(extractor, "手机零件商琥珀潮汐（1234）昨日公布业绩。") == ["琥珀潮汐"]


def test_a_person_s_former_employer_is_named_by_its_place_without_the_word_for_it(
    extractor: Extractor,
) -> None:
    # 离开 + 老东家 + 月光智能 + ，: the employer left is named after the word for it.
    assert companies(extractor, "李强离开老东家月光智能，加入星云科技。") == ["月光智能", "星云科技"]


def test_a_company_s_office_in_a_place_is_no_company_of_its_own(extractor: Extractor) -> None:
    # 入职 + 银杏汽车 + 顺义 + 总部 + ，: the employer found opens the slot; the rest is its site.
    mentions = extractor.extract("他去年入职银杏汽车顺义总部，负责研发。", "t").mentions
    assert [m.text for m in mentions if m.label in ("Company", "Organization", "Government")] == ["银杏汽车"]


def test_the_funded_company_and_its_investor(extractor: Extractor) -> None:
    extraction = extractor.extract("北辰资本跟投了月光智能的天使轮。", "t")
    names = {e.id: e.name for e in extraction.entities}
    funding = next(e for e in extraction.events if e.type == "funding")
    assert names[funding.org] == "月光智能"
    assert [names[i] for i in funding.investors] == ["北辰资本"]
    assert funding.round == "天使轮"


@pytest.mark.parametrize(
    "text",
    [
        "蓝湾汽车完成2亿元A轮融资，投资方为星河资本和澄星创投。",
        "蓝湾汽车完成2亿元A轮融资，由星河资本领投，澄星创投跟投。",
    ],
)
def test_the_investors_of_a_round_are_named_by_their_place(extractor: Extractor, text: str) -> None:
    # LAC reads 星河 + 资本 as two plain nouns.
    extraction = extractor.extract(text, "t")
    names = {e.id: e.name for e in extraction.entities}
    funding = next(e for e in extraction.events if e.type == "funding")
    assert sorted(names[i] for i in funding.investors) == ["星河资本", "澄星创投"]


@pytest.mark.parametrize(
    "text",
    [
        "张伟已从月光智能离职。",
        "张伟加入月光智能，出任CTO。",
        "张伟近日跳槽至月光智能并担任CTO。",
        "张伟离职后改投月光智能。",
        "张伟离职，投奔月光智能。",
        "張偉離職後轉戰月光智能。",
    ],
)
def test_a_company_a_person_leaves_or_joins_is_named_by_its_place(extractor: Extractor, text: str) -> None:
    assert "月光智能" in companies(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "张伟加入北辰语智之后，负责大模型研发。",
        "张伟宣布退出北辰语智董事会。",
        "張偉已離開北辰語智董事會。",
    ],
)
def test_a_company_joined_or_whose_board_is_left_is_named_by_its_place(
    extractor: Extractor, text: str
) -> None:
    # LAC reads 北辰 + 语智 as a place and a noun.
    assert {"北辰语智", "北辰語智"} & set(companies(extractor, text))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("国内激光雷达龙头星云科技昨日已向港交所递表。", "星云科技"),
        ("車載晶片龍頭星雲科技昨日已向港交所遞表。", "星雲科技"),
        ("德国半导体设备大厂松塔河谷（Quorvia Holdings）将成为星云科技的最大股东。", "松塔河谷"),
        ("龙头股份昨日已向港交所递表。", "龙头股份"),
    ],
)
def test_the_head_of_a_description_lac_glued_to_the_name_is_no_part_of_it(
    extractor: Extractor, text: str, company: str
) -> None:
    """LAC reads 龙头 + 星云科技 as one word: the name opening a clause follows the description's head (a head
    opening the name is its own word: 龙头股份), also where LAC reads it as a place before a Latin gloss."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize("text", ["日本精密仪器巨头白鹭山海（Heronvale Group）宣布投资星云科技。"])
def test_a_name_glossed_by_a_latin_organisation_is_a_company_though_lac_reads_a_place(
    extractor: Extractor, text: str
) -> None:
    assert "白鹭山海" in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("王建国去年赴星云方舟就任首席技术官。", "星云方舟"),
        ("李强上月赴松塔河马履新，负责芯片研发。", "松塔河马"),
        ("張偉赴星雲方舟上任不到一年。", "星雲方舟"),
    ],
)
def test_the_employer_a_person_goes_to_take_up_a_post_at_is_named_by_its_place(
    extractor: Extractor, text: str, company: str
) -> None:
    assert company in companies(extractor, text)


@pytest.mark.parametrize("text", ["王建国赴上海就任新职。", "李强下周赴深圳考察。"])
def test_a_place_a_person_goes_to_is_no_employer(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技将旗下芯片业务卖给了月光智能，交易金额为2亿元。",
        "星云科技把所持股权出售给月光智能后，退出了该领域。",
        "星雲科技將旗下業務賣給月光智能。",
    ],
)
def test_the_buyer_a_firm_sells_to_is_named_by_its_place(extractor: Extractor, text: str) -> None:
    assert "月光智能" in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("张伟离职，转投竞争对手月光智能。", "月光智能"),
        ("张伟跳槽至对手青禾数据。", "青禾数据"),
        ("張偉離職，轉投競爭對手月光智能。", "月光智能"),
    ],
)
def test_a_rival_named_by_its_relation_is_not_part_of_the_name(
    extractor: Extractor, text: str, company: str
) -> None:
    assert companies(extractor, text) == [company]


def test_the_company_before_the_short_form_it_declares_is_the_one_funded(extractor: Extractor) -> None:
    extraction = extractor.extract("月光智能科技集团（下称月光）已完成近2亿美元的D2轮融资。", "t")
    names = {e.id: e.name for e in extraction.entities}
    assert names[next(e for e in extraction.events if e.type == "funding").org].startswith("月光")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河集团旗下青松电机（301123）今日发布公告。", "青松电机"),
        ("星河集团旗下飞鹰酷碁-創(2432)今日上市，股价大涨。", "飞鹰酷碁"),
        ("青峰海岸（2590）昨日首日挂牌上市。", "青峰海岸"),  # read as a place, to LAC's scores too
    ],
)
def test_a_name_before_its_stock_code_is_a_company(extractor: Extractor, text: str, name: str) -> None:
    assert name in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("遊戲股走揚，鈊象（3293）11月營收年增25%。", "鈊象"),  # one plain noun to LAC
        ("微控制器廠新唐（4919）今日宣布調降財測。", "新唐"),  # a place to LAC
        ("微控制器厂新唐（4919）今日宣布调降财测。", "新唐"),
        ("散熱模組廠超眾（6230）今日舉行法說會。", "超眾"),  # an adverb to LAC
        ("散热模组厂超众（6230）今日举行法说会。", "超众"),
    ],
)
def test_a_short_name_lac_misreads_before_its_stock_code_is_the_only_company(
    extractor: Extractor, text: str, name: str
) -> None:
    # Taiwan's news writes a listed firm's short name and its code; whatever LAC reads the name as, the code makes
    # it a firm, and the maker's trade before it describes it.
    assert companies(extractor, text) == [name]


@pytest.mark.parametrize(
    "text",
    ["【海川讯】天津创业环保(01065-HK)公布中期业绩。", "【海川訊】天津創業環保(01065-HK)公布中期業績。"],
)
def test_a_plain_noun_before_a_code_that_ends_a_longer_name_is_no_firm_alone(
    extractor: Extractor, text: str
) -> None:
    """天津 + 创业 + 环保 + (01065-HK): the code follows the whole name, whose place and verb LAC does not read as a name's;
    the last noun alone names no firm."""
    assert "环保" not in companies(extractor, text) and "環保" not in companies(extractor, text)


def test_a_year_in_brackets_is_no_stock_code(extractor: Extractor) -> None:
    assert companies(extractor, "行业报告（2024）显示，机器人市场增长。") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司携手白云山水推出新品。",
        "星云科技公司牵手白云山水。",
        "星云科技公司联手白云山水，共同开发新品。",
        "星云科技公司将与白云山水合作。",
        "星云科技公司已成为白云山水的重要客户。",
        "星云科技公司成为白云山水的战略合作伙伴。",
        "星云科技公司拿下白云山水的大额订单。",
    ],
)
def test_the_other_side_of_a_partnership_is_named_by_its_place(extractor: Extractor, text: str) -> None:
    assert "白云山水" in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星云科技公司和晨风麦穗已达成战略合作。", "晨风麦穗"),
        ("星云科技公司与橡树灯笼将共同开发新品。", "橡树灯笼"),
        ("星云科技公司同松涛纸船曾签订供货协议。", "松涛纸船"),
    ],
)
def test_a_partner_named_before_an_adverb_of_the_deal_word_is_named_by_its_place(
    extractor: Extractor, text: str, name: str
) -> None:
    # "与X已达成合作", "与X将共同开发": an adverb of time or manner between the partner and the deal word.
    assert name in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星云科技公司与晨风麦穗在上海签署战略合作协议。", "晨风麦穗"),
        ("星云科技公司与橡树灯笼日前签署合作协议。", "橡树灯笼"),
        ("星云科技公司与松涛纸船近日于杭州正式签约。", "松涛纸船"),
        ("星云科技公司与晨风麦穗在具身智能领域展开合作。", "晨风麦穗"),
        ("星雲科技公司與橡樹燈籠在台北簽署合作備忘錄。", "橡樹燈籠"),
        ("星雲科技公司宣布與晨風麥穗結盟。", "晨風麥穗"),
    ],
)
def test_a_partner_named_before_when_and_where_the_deal_is_made_is_named_by_its_place(
    extractor: Extractor, text: str, name: str
) -> None:
    # News dates and places a signing between the partner and the deal word ("与X在上海签署", "与X日前签署").
    assert name in companies(extractor, text)


@pytest.mark.parametrize("text", ["公司与客户在上海签署了协议。", "我们与合作伙伴日前达成合作。"])
def test_generic_words_before_where_a_deal_is_made_are_no_company(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司宣布参股白云山水。",
        "星云科技公司注资白云山水后，市场反应积极。",
        "星云科技公司拟收购白云山水30%股权。",
        "星云科技公司将收购白云山水的全部股权。",
        "星云科技公司拟收购白云山水整体资产，市场反应积极。",
        "星雲科技公司宣布參股白雲山水。",
        "星云科技公司完成了对白云山水的收购。",
        "星云科技公司拟对白云山水发起收购。",
        "星雲科技公司完成對白雲山水的併購。",
        "星云科技公司受让白云山水51%的股权。",
        "星云科技公司兼并白云山水后，市场反应积极。",
        "星雲科技公司擬競購白雲山水30%股權。",
        "白云山水被星云科技公司收购后，市场反应积极。",
        "白雲山水被星雲科技公司併購後，市場反應積極。",
    ],
)
def test_the_firm_a_buyer_buys_into_is_named_by_its_place(extractor: Extractor, text: str) -> None:
    assert [c for c in companies(extractor, text) if c not in ("星云科技公司", "星雲科技公司")] in (
        ["白云山水"],
        ["白雲山水"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "蓝海数据被星云科技公司收购后，市场反应积极。",
        "据悉，蓝海数据日前已被星云科技公司并购。",
        "藍海數據被星雲科技公司收購後，市場反應積極。",
        "星云科技公司完成了对蓝海数据的收购。",
    ],
)
def test_the_firm_bought_in_the_passive_or_after_dui_is_named_by_its_place(
    extractor: Extractor, text: str
) -> None:
    # A firm bought opens the clause before 被 and the buyer, or stands between 对 and the purchase as a noun.
    assert {"蓝海数据", "藍海數據"} & set(companies(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司收购资产的计划落空。",
        "公司拟收购部分股权。",
        "星云科技公司宣布收购剩余股权。",
        "公司拟收购少数股权。",
        "星云科技公司将收购大部分股份。",
        "其注资后，公司业绩回升。",
        "星云科技公司宣布入股华为智能汽车解决方案业务，市场反应积极。",
    ],
)
def test_generic_words_after_a_purchase_word_are_no_company(extractor: Extractor, text: str) -> None:
    assert [c for c in companies(extractor, text) if c not in ("星云科技公司", "华为")] == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司宣布收购西湖地块。",
        "星云科技公司将收购星火团队。",
        "星云科技公司宣布收购北辰园区。",
        "星雲科技公司宣布收購東岸樓盤。",
    ],
)
def test_a_thing_a_firm_owns_bought_is_no_company(extractor: Extractor, text: str) -> None:
    # Land, a team or a park bought is named by its place in the slot but is no party.
    assert [c for c in companies(extractor, text) if c not in ("星云科技公司", "星雲科技公司")] == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("这款游戏由杭州星途自主研发，预计明年上线。", "杭州星途"),
        ("该芯片由月光智能研发，采用7纳米工艺。", "月光智能"),
        ("这部电影由张伟导演，由星河影业出品。", "星河影业"),
        ("这款赛车游戏是由NorthwindInteractive制作。", "NorthwindInteractive"),  # longer in Latin letters
    ],
)
def test_the_maker_of_a_product_is_named_by_its_place(extractor: Extractor, text: str, company: str) -> None:
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("这款应用由Northwind Interactive开发。", "Northwind Interactive"),
        ("星云科技与Northwind Interactive签署合作协议。", "Northwind Interactive"),
        ("该芯片由Blue Harbor Labs研发。", "Blue Harbor Labs"),
    ],
)
def test_a_latin_name_of_several_words_in_a_slot_is_one_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """The space between its words is no description before the name: not its last word alone."""
    assert [c for c in companies(extractor, text) if c != "星云科技"] == [company]


@pytest.mark.parametrize(
    "text",
    ["这款应用由科研人员开发，目前已有上万用户。", "这套软件由用户自主开发。", "该系统由工程师团队研发。"],
)
def test_people_in_the_place_of_a_maker_are_no_company(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    "text", ["公司与客户签署了协议。", "我们与合作伙伴达成合作。", "其携手团队推出新品。"]
)
def test_generic_words_beside_a_partnership_word_are_no_company(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司于3月与北京签约。",
        "星云科技公司与深圳签约，将在当地建设总部。",
        "星雲科技公司與上海市簽署合作協議。",
        "星云科技与乌鲁木齐签署战略合作协议。",  # four characters no list holds, a place to LAC's scores
        "呼和浩特和星云科技宣布共建数据中心。",
    ],
)
def test_a_city_in_the_place_of_the_other_side_is_no_company(extractor: Extractor, text: str) -> None:
    assert len(companies(extractor, text)) == 1
    assert "深圳白云山水" in companies(extractor, "星云科技公司与深圳白云山水签署合作协议。")


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("星云科技与东岭大学共建联合实验室。", "Organization", "东岭大学"),
        ("星云科技与白云智能共建人工智能创新中心。", "Company", "白云智能"),
    ],
)
def test_a_partnership_verb_glued_to_the_other_side_ends_its_name(
    extractor: Extractor, text: str, label: str, name: str
) -> None:
    found = [(m.label, m.text) for m in extractor.extract(text, "t").mentions if m.label != "Location"]
    assert (label, name) in found
    assert not any(n != name and n.startswith(name) for _, n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在发布会上，极光出行与远景动力签署了长期供货协议。", "极光出行"),  # LAC: 极光 + a verb
        ("随后，青柠出行与星云科技达成战略合作。", "青柠出行"),
        ("奇点未来与东岭大学共建联合实验室。", "奇点未来"),  # LAC: 奇点 + a time
    ],
)
def test_a_coined_name_whose_second_word_lac_misreads_opens_a_partnership(
    extractor: Extractor, text: str, name: str
) -> None:
    assert name in companies(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "企业选择与星河科技合作。",
        "用户可以与星云科技签约。",
        "团队希望与星云科技合作。",
        "团队积极与星云科技合作。",
        "小米今年与星云科技签署协议。",
    ],
)
def test_a_subject_and_what_it_does_before_a_partnership_is_no_coined_name(
    extractor: Extractor, text: str
) -> None:
    assert all((len(c) > 2 and c.endswith("科技")) or c == "小米" for c in companies(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "股东同意与星云科技开展合作。",
        "双方商定与星云科技合作开发新产品。",
        "员工反映与星云科技合作后工作量增加。",
        "市场预期与星云科技合作的消息将提振股价。",
        "媒体报道与星云科技签约的消息并不属实。",
        "月光智能与员工沟通等企业合作事宜。",
    ],
)
def test_people_or_a_group_and_what_they_do_before_a_partnership_are_no_coined_name(
    extractor: Extractor, text: str
) -> None:
    """股东, 员工, 双方, 市场 or 媒体 open the clause as its subject, the verb after them read right by LAC."""
    assert all(c in ("星云科技", "月光智能") for c in companies(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "星云科技在芯片、云端服务和智能终端等多方面加大投入。",
        "星云科技将在算法、云端服务、终端设备三方面发力。",
    ],
)
def test_a_list_of_fields_counted_in_aspects_names_no_parties(extractor: Extractor, text: str) -> None:
    """多方面 and 三方面 count aspects, not the parties 多方 and 三方 count."""
    assert companies(extractor, text) == ["星云科技"]


def test_a_round_is_no_organisation(knowledge: Knowledge) -> None:
    assert knowledge.is_generic("天使轮", placed=False)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("月光智能（MoonLight AI）成立于2019年。", "月光智能"),
        ("美国初创公司星图（Stellar Labs）正在招聘。", "星图"),
    ],
)
def test_a_name_glossed_by_an_organisation_in_latin_letters_is_that_company(
    extractor: Extractor, text: str, company: str
) -> None:
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("松鼠瀑布（Kivon）宣布完成B轮融资。", "松鼠瀑布"),
        ("河马沙漠(Tarvo)近日完成新一轮融资。", "河马沙漠"),
        ("星云科技与松鼠瀑布（Kivon）签署战略合作协议。", "松鼠瀑布"),
    ],
)
def test_a_name_keeps_its_slot_across_its_latin_gloss(extractor: Extractor, text: str, company: str) -> None:
    """X（Kivon）宣布…, 与X（Kivon）签署…: a foreign firm's Chinese name glossed by its own name in brackets fills
    the slot the gloss stands in front of, as the name alone would."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("据报道，松鼠瀑布(Kivon)上周发布了专为城市物流设计的机器人。", "松鼠瀑布"),
        ("日本科技投資集團鯨魚紙鳶（Oroxx）也參與其中。", "鯨魚紙鳶"),
        # A description of the firm's trade before it, generic words and all.
        ("电动车制造商白鹭灯塔(Oroix)宣布裁员。", "白鹭灯塔"),
        ("電動車製造商白鷺燈塔(Oroix)宣布裁員。", "白鷺燈塔"),
    ],
)
def test_a_name_of_several_words_glossed_by_one_latin_word_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """A firm's foreign name in brackets glosses its Chinese name wherever it stands, though no recogniser found
    either; a description before it (ending with a suffix, or of a trade: 电动车制造商) is no part of it."""
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    "text",
    [
        "该产品采用了智能体（Agent）架构。",
        "团队改进了扩散模型（Diffusion）的采样。",
        "代码助手（Copilot）的用户数大增。",
        "研究人员提出了检索增强生成（RAG）方法。",
        "这家芯片厂商的扩散模型（Diffusion）广受欢迎。",  # a description before the term
        "电动车制造商推出的车型白鹭（Oroix）上市。",
    ],
)
def test_a_term_glossed_by_its_english_word_is_no_company(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技推出了新一代AI眼镜灵犀视界（Lumina），售价2999元。",
        "星雲科技發布了智能手錶靈犀視界（Lumina）。",
    ],
)
def test_a_product_launched_and_glossed_is_no_company(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == [text[:4]]


def test_a_person_glossed_in_latin_letters_before_a_frame_is_no_company(extractor: Extractor) -> None:
    assert companies(extractor, "黄仁勋（Jensen Huang）宣布公司完成B轮融资。") == []


@pytest.mark.parametrize("text", ["张伟已经离开灵犀了。", "張偉已經離開靈犀了。"])
def test_a_particle_after_a_name_in_its_slot_is_no_part_of_it(extractor: Extractor, text: str) -> None:
    """离开 + X + 了: the particle closes the verb's phrase, no character of the name."""
    assert not any(name.endswith("了") for name in companies(extractor, text))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("李强此前在灯塔琥珀任职，负责芯片设计。", "灯塔琥珀"),
        ("張偉此前在燈塔琥珀任職，負責晶片設計。", "燈塔琥珀"),
    ],
)
def test_the_employer_a_person_worked_at_is_a_company(extractor: Extractor, text: str, company: str) -> None:
    """在X任职/担任: a start-up named with ordinary words is the employer; a place there stays a place."""
    assert company in companies(extractor, text)
    assert companies(extractor, "张伟曾在北京工作多年，后在公司担任副总裁。") == []


@pytest.mark.parametrize(
    "text",
    [
        "王芳在研发部担任主管，负责北辰集团的芯片设计。",
        "李强在财务部门工作多年，熟悉北辰集团的账目。",
        "星云科技在这里工作的员工超过五千人。",
    ],
)
def test_a_department_or_an_adverb_after_zai_is_no_employer(extractor: Extractor, text: str) -> None:
    """在X担任/工作: a department of the company (研发部, 财务部门) and 在这里, which LAC reads as one adverb,
    name no employer: the only companies are the ones the sentence names."""
    assert set(companies(extractor, text)) <= {"北辰集团", "星云科技"}


def test_function_words_before_a_deal_are_no_side_of_it(extractor: Extractor) -> None:
    """X与Y合作 opening a clause: LAC splits 饿了么 into a verb and two function words, and 了么 is no company;
    a name LAC glues to the preposition (同 + 北辰集团) is still the other side."""
    assert "了么" not in companies(extractor, "阿里巴巴旗下的饿了么宣布与月光智能合作。")
    assert "北辰集团" in companies(extractor, "此次合作中，星云科技同北辰集团签订了五年供货协议。")


@pytest.mark.parametrize(
    "text", ["灯塔琥珀与北辰集团签署战略合作协议。", "Quanta与北辰集团签署战略合作协议。"]
)
def test_the_side_of_a_deal_opening_its_clause_is_a_company(extractor: Extractor, text: str) -> None:
    """X与Y签署…协议: the side the clause opens with is a company, however LAC reads its words; a person
    (张伟与北辰集团签署了劳动合同) or a word for the parties (双方, 公司) is not."""
    assert text.split("与")[0] in companies(extractor, text)
    assert companies(extractor, "张伟与北辰集团签署了劳动合同。双方与北辰集团签署合作协议。") == [
        "北辰集团",
        "北辰集团",
    ]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("6月23日，云帆织梦向港交所主板提交上市申请书。", "云帆织梦"),
        ("青岚数智今日正式登陆科创板，开盘大涨。", "青岚数智"),
        ("远山智造于6月18日在港交所挂牌上市。", "远山智造"),
        ("据悉，星野机器人已通过港交所上市聆讯。", "星野机器人"),
        ("随后青岚数智亦在港交所发出公告，上市暂缓。", "青岚数智"),  # the adverb before it is no part of it
        ("远山智造计划赴纳斯达克上市。", "远山智造"),
        ("据悉，青禾数据正考虑最早于明年赴港上市。", "青禾数据"),  # considering, as early as next year
        ("隨後遠山智造在港交所掛牌上市。", "遠山智造"),
        # A time clause closing before it with no comma is no part of it either.
        ("重组完成后青岚数智将在科创板上市。", "青岚数智"),
        ("重組完成後青嵐數智將登陸科創板。", "青嵐數智"),
        # A day in brackets after the time word, as Taiwan and Hong Kong news write it; LAC reads the name as a place.
        ("星光山谷周三 (5 日) 登陆港交所,完成双重上市。", "星光山谷"),
        ("河馬沙漠今(3)日登陸港交所。", "河馬沙漠"),
        # Taiwan's exchange is a venue as Hong Kong's is; one plain noun is the name there.
        ("松果今日向证交所提出挂牌申请。", "松果"),
        # A hedge of what may come stands before the verb as a plan word does.
        ("青岚数智可能在科创板上市。", "青岚数智"),
        ("遠山智造或許明年在港交所掛牌上市。", "遠山智造"),
    ],
)
def test_a_company_going_public_is_named_by_its_place(extractor: Extractor, text: str, company: str) -> None:
    """X向港交所递交上市申请, X登陆科创板, X在港交所挂牌上市: start-ups file in ordinary words too."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "交易所根据资本市场环境于8月就上市条件进行了调整。",
        "公司已向港交所递交了上市申请。",
        "张伟在港交所上市仪式上致辞。",
        "该公司原本计划赴纳斯达克上市。",
        "杭州今(3)日迎来新一轮融资。",
        "黑龙江省完成3000万元投资。",
    ],
)
def test_words_before_a_listing_that_name_no_one_are_no_company(extractor: Extractor, text: str) -> None:
    assert [c for c in companies(extractor, text) if c not in ("港交所", "交易所")] == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("北辰语智首席技术官李明远已于近日离职。", "北辰语智"),  # LAC reads the name as a place
        ("前北辰语智算法副总裁孙立伟已正式加入云帆织梦。", "北辰语智"),
        ("海豚长风董事长张忠谋宣布退休。", "海豚长风"),
        ("北辰语智前首席技术官李明远近日创立了一家新公司。", "北辰语智"),  # a former post
        # a post left; no field before a chairman
        ("吴天明卸任青禾数据董事长，由公司总经理陈立接任。", "青禾数据"),
        # nor before a chief officer (the field is inside the title)
        ("青禾数据首席执行官李明已于近日离职。", "青禾数据"),
        ("青禾数据CEO李明已于近日离职。", "青禾数据"),
        ("青禾數據執行長李明已於近日離職。", "青禾數據"),
        ("德瑞克首席执行官周立群表示，公司将扩大投资。", "德瑞克"),  # LAC and the model read a person there
        ("北辰语智联合创始人、总裁赵宏达表示，公司今年将扩大招聘。", "北辰语智"),  # two posts before the name
        # LAC reads 青禾 as an organisation and 数据 apart; no field qualifies a founder
        ("青禾数据联合创始人、COO王立透露，公司目前员工超过300人。", "青禾数据"),
    ],
)
def test_the_employer_before_a_post_and_its_holder_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("北辰语智董事长、星云科技CEO李明远出席了发布会。", "北辰语智"),
        ("北辰語智董事長、星雲科技執行長李明遠出席了發布會。", "北辰語智"),
        ("海豚长风创始人、星云科技董事长张忠谋宣布退休。", "海豚长风"),
    ],
)
def test_the_employer_of_a_post_before_another_employers_post_and_their_holder_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """One person's posts at two firms, each firm before its post and the holder after the last (A董事长、B CEO +
    Y): the first post is held by Y as much as the second, so the name before it is an employer too."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("海川股份总经理王立表示，公司将扩大投资。", "海川股份"),
        ("海川股份董事长、总经理王立出席了发布会。", "海川股份"),
    ],
)
def test_an_employer_found_whole_before_a_post_keeps_its_words(
    extractor: Extractor, text: str, company: str
) -> None:
    """A listed firm's short name ends in 股份 (海川股份 + 总经理): the recognisers read it whole, and the post's
    slot cuts no 股份 off it as it does the shares bought after a verb (收购X股份)."""
    assert companies(extractor, text) == [company]


def test_people_listed_after_a_post_hold_no_post_of_an_employer_after_them(extractor: Extractor) -> None:
    """A name between the join and the next words lists people (X董事长、李强、王芳): no employer follows it."""
    assert companies(extractor, "北辰语智董事长、李强、王芳出席了发布会。") == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("北辰方舟副董事长周四请辞。", "北辰方舟"),  # a date between the post and the act
        ("青禾数据首席执行官已于近日离职。", "青禾数据"),  # a word of when
        ("青禾數據執行長週五請辭。", "青禾數據"),
    ],
)
def test_the_employer_before_a_post_whose_unnamed_holder_acts_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """X + post + 请辞 with no holder named: the post stands for its holder, and the name before it is the firm's."""
    assert company in companies(extractor, text)


def test_the_words_before_a_fields_post_whose_holder_acts_are_no_employer(extractor: Extractor) -> None:
    """A field qualifies 主管 (电机 + 工程 + 主管): the words before it are the field's, though its holder acts."""
    assert companies(extractor, "前Apple Vision电机工程主管跳槽星云科技。") == ["Apple", "星云科技"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("松果远航财务负责人王磊因个人原因辞去职务。", "松果远航"),  # a post written with its field
        ("麦穗成长技术总监吴刚已于近日离职。", "麦穗成长"),
        ("海浪奔腾独立董事孙丽申请辞职。", "海浪奔腾"),  # a board post
        ("白鹭飞翔副总裁、财务总监刘洋辞职。", "白鹭飞翔"),  # a list of posts
        ("蓝鲸跃动联合创始人、CTO陈晨宣布离职。", "蓝鲸跃动"),
    ],
)
def test_a_coined_name_with_a_verb_read_word_before_a_post_and_its_holder_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """LAC reads the second word of a coined name as a verb (松果 + 远航, 海浪 + 奔腾), so no run of nouns ends at the
    post; opening the clause before a post and its holder, the two words are the employer."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("灯塔琥珀副总裁李明表示，公司将扩大投资。", "灯塔琥珀"),
        ("贝壳森林总经理陈立已于近日离职。", "贝壳森林"),
        ("灯塔琥珀全球副总裁李明表示，公司将扩大投资。", "灯塔琥珀"),  # the post's region between
    ],
)
def test_two_plain_nouns_opening_a_clause_before_a_head_post_and_its_holder_are_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """LAC reads a coined name of two ordinary words as two plain nouns (灯塔 + 琥珀): before a head post that a
    field may qualify (副总裁, 总经理) and its holder, such a pair with no field's word in it is the employer."""
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    "text",
    [
        "产品技术副总裁李明表示，公司将扩大投资。",  # two fields' words
        "研发中心总经理李明表示，公司将扩大投资。",  # a unit
        "市场营销副总裁李明表示，公司将扩大投资。",  # a verb's noun
        "政府事务副总裁李明表示，公司将扩大投资。",  # a generic word
        "全球副总裁李明表示，公司将扩大投资。",  # a region alone
    ],
)
def test_a_field_or_unit_before_a_head_post_is_no_employer(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("据北辰语智副总裁张伟介绍，公司将扩大投资。", "北辰语智"),  # after a preposition, its holder after
        ("由青松聪慧CEO李明主持会议。", "青松聪慧"),
        ("据东岭优雅董事长王芳透露，公司将扩大投资。", "东岭优雅"),
        ("张伟出任海岸灵巧副总裁。", "海岸灵巧"),  # a post taken, no holder after it
    ],
)
def test_a_coined_name_with_an_adjective_read_word_before_a_post_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """LAC reads the second word of a coined name as an adjective (北辰 + 语智, 海岸 + 灵巧): right after a
    preposition or a verb of taking a post, before the post and its holder or a post taken, the pair is the
    employer."""
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("松石远岸副总裁吕鹏说：“智能化是下半场。”", "松石远岸"),
        ("據悉，松石遠岸副總裁呂鵬表示，公司將擴大投入。", "松石遠岸"),
    ],
)
def test_a_coined_name_with_a_place_read_word_before_a_post_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """LAC reads the second word of a coined name as a word of place (松石 + 远岸) before a post and its holder."""
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    "text",
    [
        "公司海外副总裁吕鹏表示，将扩大投入。",
        "亚太区副总裁吕鹏表示，将扩大投入。",
        "华东地区副总裁吕鹏表示，将扩大投入。",
    ],
)
def test_a_region_before_a_post_is_no_employer(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("张伟，灯塔琥珀创始人，昨天表示将扩大投资。", "灯塔琥珀"),
        ("张伟（北辰语智CEO）表示将扩大投资。", "北辰语智"),
        ("张伟，北辰语智创始人，昨天表示将扩大投资。", "北辰语智"),
    ],
)
def test_the_employer_in_a_gloss_of_a_persons_post_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """张伟，X + 创始人，… / 张伟（X + CEO）: set off after the name, the post is the person's and the name
    before it its employer, though no holder follows the post."""
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    "text",
    [
        "张伟，产品技术副总裁，表示将扩大投资。",  # a field
        "张伟（研发中心总经理）表示将扩大投资。",  # a unit
    ],
)
def test_a_field_or_unit_in_a_gloss_of_a_persons_post_is_no_employer(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "据市场营销副总裁李明介绍，公司将扩大投资。",  # a field's words after a preposition
        "由公司资深副总裁李明负责。",  # the post's own adjective
        "张伟出任集团高级副总裁。",
    ],
)
def test_a_field_or_a_posts_adjective_after_a_preposition_or_verb_is_no_employer(
    extractor: Extractor, text: str
) -> None:
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "人才招聘主管王磊已于近日离职。",  # a bare post named after a field
        "内容审核负责人王磊已于近日离职。",
        "产品开发执行副总裁李强表示，新品将于下月发布。",  # a field's word in the pair
    ],
)
def test_a_noun_and_a_verb_naming_a_field_before_a_post_are_no_employer(
    extractor: Extractor, text: str
) -> None:
    """人才 + 招聘 + 主管, 产品 + 开发 + 副总裁: the words before the post say its field, not its firm."""
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("苏州月光数智的CEO张伟表示，公司将扩产。", "苏州月光数智"),
        ("苏州青禾微纳的创始人张伟表示，公司将扩产。", "苏州青禾微纳"),
    ],
)
def test_the_employer_before_its_de_and_a_post_with_its_holder_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """X + 的 + post + holder names the employer as X + post + holder does; the place before a coined name makes
    the model miss it there, and LAC reads only the place."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    "text", ["公司的CEO张伟表示将扩产。", "去年的CEO张伟表示将扩产。", "北京的CEO张伟表示将扩产。"]
)
def test_a_kind_a_time_or_a_place_before_de_and_a_post_is_no_employer(
    extractor: Extractor, text: str
) -> None:
    assert companies(extractor, text) == []


def test_an_acting_mark_lac_glues_to_the_employer_read_as_a_person_is_no_part_of_it(
    extractor: Extractor,
) -> None:
    """LAC reads 银杏代 as a person's name before 董事长: 代 says the post is held for now, and the employer is 银杏."""
    found = companies(extractor, "银杏代董事长李明远表示，公司运营正常。")
    assert "银杏" in found
    assert "银杏代" not in found


def test_a_person_after_a_post_is_its_holder_not_the_next_posts_employer(extractor: Extractor) -> None:
    """In a list of executives (X总裁 + 伊万诺夫 + 首席财务官 + 周立群) the person-read word after a post holds
    it: no employer of the next one."""
    found = extractor.extract("出席仪式的有澜舟汽车总裁伊万诺夫首席财务官周立群等。", "t")
    assert "伊万诺夫" not in [m.text for m in found.mentions if m.label == "Company"]
    assert ("Person", "伊万诺夫") in [(m.label, m.text) for m in found.mentions]


def test_a_person_before_a_post_taken_with_no_holder_after_it_held_it(extractor: Extractor) -> None:
    """接替 + 德瑞克 + 首席执行官一职: the post was 德瑞克's, no holder follows it to say he employs one."""
    assert "德瑞克" not in companies(extractor, "周立群将接替德瑞克首席执行官一职。")


@pytest.mark.parametrize(
    "text",
    [
        "杭州市市长刘洋出席了发布会。",  # a place's head is no employer's post (市长 is no role title)
        "星云科技大中华区总裁刘洋表示，公司将加大投入。",  # a company's region
        "当时，开发者关系主管刘洋也选择了离开。",  # plain nouns name the post's field
        "中国首席经济学家刘洋认为，消费将回暖。",  # a place before an occupation
        "星云科技与美国科技公司签署合作协议。",  # a country's kind of firm is no side of a deal
        "韩国芯片商与星云科技签约。",  # nor a country's makers of a line (芯片 + 商)
        "《星河漫游》国际版即将在6月1日上市。",  # an edition of a titled work, launched
        "星云科技与招标人签订了供货合同。",  # nor is a party named by its role
        "请查阅意向书和随后签署的补充协议。",  # nor a document beside a deal's word
        "拉斯维加斯首席执行官李明远表示欢迎。",  # LAC's scores read it as a place throughout
    ],
)
def test_places_regions_fields_and_kinds_in_a_slot_are_no_company(extractor: Extractor, text: str) -> None:
    assert [c for c in companies(extractor, text) if c != "星云科技"] == []


def test_a_post_lac_glues_to_the_name_before_its_holder_ends_the_name(extractor: Extractor) -> None:
    """LAC reads 青禾数据CEO as one organisation: the post and its holder are not part of the company."""
    for text in ("据报道，青禾数据CEO王立已离职。", "据悉，青禾数据CEO王立表示公司正在筹备上市。"):
        mentions = extractor.extract(text, "t").mentions
        assert [(m.label, m.text) for m in mentions if m.label in ("Company", "Title", "Person")] == [
            ("Company", "青禾数据"),
            ("Title", "CEO"),
            ("Person", "王立"),
        ]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("北辰语智和星云科技宣布结束为期三年的合作。", "北辰语智"),  # a place's reading, four characters long
        ("星云科技正与北辰语智洽谈合作。", "北辰语智"),
        ("青禾智能将为北辰语智提供算力服务。", "北辰语智"),
        ("蓝鲸数据携手星云科技推出AI眼镜。", "蓝鲸数据"),
        ("北辰語智與青禾數據宣佈攜手，雙方將共同開發新產品。", "青禾數據"),
    ],
)
def test_each_side_of_a_deal_is_named_by_its_place(extractor: Extractor, text: str, company: str) -> None:
    assert company in companies(extractor, text)


def test_an_adjective_spelt_as_a_frame_word_opens_no_slot(extractor: Extractor) -> None:
    """同 in 同一时间 means "the same", no "with": 一时间 is no company."""
    assert companies(extractor, "两家公司恰好于同一时间宣布了裁员计划。") == []


def test_a_name_described_as_a_company_is_one(extractor: Extractor) -> None:
    """X是一家…公司: the name the sentence describes; a pronoun or a person there (他是一家公司的创始人) is none."""
    assert "青禾数据" in companies(extractor, "据了解，青禾数据是一家做数据标注起家的公司。")
    assert companies(extractor, "他是一家公司的创始人。这是一家很有潜力的公司。") == []
    # nor is a product a company makes
    assert companies(extractor, "灵犀助手是一家杭州公司推出的智能应用。") == []
    assert companies(extractor, "远航一号是一家民营火箭公司研制的运载火箭。") == []
    # nor a party's role, which holds no word read as a name
    assert companies(extractor, "发起方是一家美国公司。涉事企业是一家民营企业。") == []
    assert "澜舟汽车" in companies(extractor, "澜舟汽车是一家新能源车企。")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("星云科技与云帆视觉签署合作协议。", "云帆视觉"),
        ("青禾数据与月光智能就智慧港口项目达成合作。", "青禾数据"),
        ("月光智能與青禾數據簽署合作備忘錄。", "青禾數據"),
    ],
)
def test_a_coined_name_whose_head_lac_reads_as_an_organisation_is_named_whole(
    extractor: Extractor, text: str, company: str
) -> None:
    """LAC reads the coined head of a name as an organisation (青禾 + 数据): in a deal's slot the name goes on
    to the frame's word; a name ending with a suffix is whole, what follows it its product."""
    assert company in companies(extractor, text)
    assert "星云科技芯片" not in companies(extractor, "月光智能采用星云科技芯片的方案。")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("秦川知远与百度合作开发大模型。", "秦川知远"),
        ("据悉，北辰语智已与三星达成协议。", "北辰语智"),
        ("北辰语智与清华大学合作推出医疗大模型。", "北辰语智"),
    ],
)
def test_a_coined_name_lac_reads_as_a_person_is_a_company_in_a_companys_place(
    extractor: Extractor, text: str, company: str
) -> None:
    """LAC reads many coined names of four characters as people's: where a deal puts a company, one that is
    no Chinese name nor a foreign one spelt in Chinese (贝克汉姆) is the company."""
    assert company in companies(extractor, text)
    assert companies(extractor, "贝克汉姆与星云科技签约。") == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("星云科技将与青松智能战略合作。", "青松智能"),
        ("星云科技将继续和长风萤火深度合作。", "长风萤火"),
    ],
)
def test_a_noun_qualifying_the_deal_after_the_other_side_is_no_part_of_its_name(
    extractor: Extractor, text: str, company: str
) -> None:
    """与X + 深度/战略 + 合作: the noun tells how they work together."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "星云科技为全球用户提供云存储服务。",
        "星云科技为开发者提供免费的算力。",
        "星云科技向青禾用户提供免费升级。",
        "星雲科技為全球用戶提供雲端服務。",
        "星云科技为中小企业提供低息贷款。",
        "星云科技为杭州亚运会提供技术支持。",
        "星雲科技為北京冬奧會提供雲端服務。",
    ],
)
def test_the_people_a_company_serves_are_no_company(extractor: Extractor, text: str) -> None:
    """为/向X提供: X is often the public a company serves (用户, 开发者) or a games it serves (亚运会), no
    customer company."""
    assert companies(extractor, text) in (["星云科技"], ["星雲科技"])


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("星云科技接入Llama的开源版本。", "Llama"),
        ("月光智能接入微信的小程序生态。", "微信"),
        ("星云科技采用Transformer的架构。", "Transformer"),
        ("星云科技新车采用北斗的定位系统。", "北斗"),
        ("Model Y采用宁德时代的电池。", "Model Y"),  # a model code ends a product's name
        ("Model 3採用寧德時代的電池。", "Model 3"),
    ],
)
def test_a_product_or_technology_taken_up_is_no_maker(extractor: Extractor, text: str, thing: str) -> None:
    """X接入/采用Y的…: Y may be a product (products.yaml) or a technology, and X a product's model (Model Y),
    no company."""
    assert thing not in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("杰夫贝索斯携手星云科技推出太空旅游项目。", "杰夫贝索斯"),  # the model reads a person too
        ("山本太郎成为星云科技的合作伙伴。", "山本太郎"),
        ("比尔盖茨携手星云科技推出新项目。", "比尔盖茨"),  # spelt in transliteration characters only
        ("星云科技与埃隆马斯克达成合作。", "埃隆马斯克"),
        ("星云科技与井上雄彦合作推出联名漫画。", "井上雄彦"),  # a Japanese family name opens it
        ("東野圭吾攜手星雲科技推出有聲書。", "東野圭吾"),
        ("星雲科技與梁唐青儀簽署合作協議。", "梁唐青儀"),  # a married name of Hong Kong: two surnames
    ],
)
def test_a_person_the_model_reads_or_a_foreign_name_is_no_coined_company(
    extractor: Extractor, text: str, person: str
) -> None:
    """A four-character word LAC reads as a person's is a coined company name only where nothing says it is a
    person's: not when the trained model reads a person too, nor when its characters spell a foreign name or it
    opens with a Japanese family name or two surnames."""
    assert person not in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("公司与光年云杉签署合作协议。", "光年云杉"),  # LAC reads 云杉 as a given name
        ("公司與光年雲杉簽署合作協議。", "光年雲杉"),
    ],
)
def test_a_coined_pair_half_read_as_a_given_name_is_a_company_in_its_slot(
    extractor: Extractor, text: str, company: str
) -> None:
    """A coined name of two two-character words, one of which LAC reads as a given name with no surname, is one name."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("公司与王伟签署合作协议。", "王伟"),  # a surname opens it
        ("公司与记者王伟签署合作协议。", "王伟"),
        ("总统普京与星云科技签署合作协议。", "普京"),  # a post before it, and the model reads a person
    ],
)
def test_a_person_beside_a_noun_is_no_half_of_a_coined_company(
    extractor: Extractor, text: str, person: str
) -> None:
    assert not any(person in company for company in companies(extractor, text))


def test_a_found_firm_opening_a_slot_fills_it(extractor: Extractor) -> None:
    # 华为 is found; the words after it tell which of its businesses, no company of their own.
    found = [
        m.text for m in extractor.extract("市场传言星云汽车入股华为智能汽车解决方案业务，", "t").mentions
    ]
    assert "解决方案" not in found and "智能汽车解决方案" not in found


@pytest.mark.parametrize(
    "text",
    ["公司的子公司完成B轮融资。", "他所在的团队完成了A轮融资。", "其投资的三家公司均完成B轮融资。"],
)
def test_a_description_of_no_name_before_a_round_names_no_company(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == []


def test_an_adverb_of_time_before_a_round_is_no_company(extractor: Extractor) -> None:
    # LAC reads 隔年 ("a year later") as an adverb of the verb.
    assert companies(extractor, "云帆智能首轮融资于2020年完成，隔年完成3亿美元融资。") == ["云帆智能"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hong Kong codes written with a dash, as Taiwanese financial news writes them.
        ("星桥航运(02026-HK)与云帆物流(00800-HK)同日挂牌上市。", ["星桥航运", "云帆物流"]),
        # Letters with their market are a code, never a company of their own.
        ("云帆智能(YFAI-US)今日公布财报。", ["云帆智能"]),
    ],
)
def test_a_name_before_its_ticker_is_a_company(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 在 + a description (of verbs to LAC: 自动 + 驾驶; or a clause: 业内领先的…创企) + a name it reads as a
        # place + 担任/出任.
        "王立早年在业内领先的机器人创企蓝湖飞轮出任算法负责人。",
        "王立当时在自动驾驶公司蓝湖飞轮担任技术总监。",
    ],
)
def test_a_company_described_between_a_frame_word_and_its_name_employs(
    extractor: Extractor, text: str
) -> None:
    extraction = extractor.extract(text, "t")
    names = {e.id: e.name for e in extraction.entities}
    assert [(names[r.person], names.get(r.org or "")) for r in extraction.roles] == [("王立", "蓝湖飞轮")]


def test_a_described_company_where_someone_works_is_named(extractor: Extractor) -> None:
    assert companies(extractor, "王立此前在机器人创企松果方舟工作。") == ["松果方舟"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月光智能裁员300人。", ["月光智能"]),
        ("月光智能裁撤了自动驾驶团队。", ["月光智能"]),
        # LAC cuts 裁撤 into 裁 + 撤 here; the frame word is read from the text.
        ("北辰网络也被曝裁撤了海外电商团队。", ["北辰网络"]),
        # An industry, quoted words and numbers cut are no company cutting jobs.
        ("美国科技业裁员超过10万人。", []),
        ("不过，“一锅端”裁员的说法或系谣言。", []),
        ("公司计划将员工数量裁减10%。", []),
    ],
)
def test_a_company_is_named_by_the_jobs_it_cuts(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星河资本投资了月光智能。", ["星河资本", "月光智能"]),
        ("星河资本先后投资了月光智能和云帆科技等公司。", ["星河资本", "月光智能", "云帆科技"]),
        ("公司去年投资了人工智能，今年将加大投入。", []),  # a field invested in
    ],
)
def test_a_firm_invested_in_is_named_by_its_place(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月光智能多名高管离职，包括CTO张伟和CFO李强。", ["月光智能"]),
        ("月光智能又一位高管出走。", ["月光智能"]),
        # Executives by rank, and Traditional wording (兩名, 高階主管).
        ("月光智能多名高阶主管出走。", ["月光智能"]),
        ("星雲科技兩名高階主管離職。", ["星雲科技"]),
        ("去年多名高管离职。", []),
        ("北京多名高管参加会议。", []),
    ],
)
def test_a_company_is_named_by_its_people_counted(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvex旗下的Oroon已成为其最大对手。", ["Norvex", "Oroon"]),
        ("据悉，火山光年旗下的自动驾驶部门获准测试。", ["火山光年"]),
        ("星雲數據旗下子公司宣布裁員。", ["星雲數據"]),
        # A known firm's whole name is kept, though a slot's trailing words cut 股份 elsewhere (收购X股份).
        ("紫光股份旗下的云计算部门近日扩招。", ["紫光股份"]),
        # A unit named after another owner's word is owned, no owner (公司旗下 + 工业板块 + 子公司).
        ("公司旗下工业板块子公司星河制药参加了投标。", ["星河制药"]),
        ("今年5月，云帆接受星河国际旗下基金的战略投资。", ["云帆", "星河国际"]),
        ("公司旗下的多个品牌表现良好。", []),
        ("马斯克旗下的xAI完成融资。", ["xAI"]),
    ],
)
def test_an_owner_of_firms_and_units_is_a_company(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    """X旗下(的)Y: what owns firms, units or brands is a firm, unless a person or a generic word."""
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月光科技人事动荡：CTO刘晓东、COO孙卫民先后离开。", ["月光科技"]),
        ("月光科技高管离职潮仍在继续，CTO刘晓东已于上月离开。", ["月光科技"]),
        ("今年以来，蓝鲸数据核心团队接连出走。", ["蓝鲸数据"]),
        ("星雲科技高層動盪，多名高階主管離職。", ["星雲科技"]),
        # LAC glues the 近 of a span of time to the name, and reads its 来 apart (星河智能近 + 半年 + 来).
        ("据知情人士透露，星河智能近半年来已有多位高管离职。", ["星河智能"]),
        ("今年以来人事动荡不断。", []),
        ("其核心团队接连出走。", []),
        ("蓝鲸数据核心团队来自谷歌。", ["谷歌"]),
    ],
)
def test_a_company_is_named_by_its_turmoil_or_its_team_leaving(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张伟告别月光智能，加盟星云科技。", ["月光智能", "星云科技"]),
        ("张伟离开月光智能后创办了星云科技。", ["月光智能", "星云科技"]),
        ("他离开北京，去了上海。", []),
        ("张伟离开团队，另起炉灶。", []),
        # A rank of the firm's people is left inside it (离开 + 管理层 + 后).
        ("张伟离开管理层后，转任顾问。", []),
    ],
)
def test_the_employer_left_is_named_after_the_leaving_word(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One plain noun of two characters in a slot only a firm fills: a start-up's short name.
        ("张伟上月从松果离职。", ["松果"]),
        ("张伟已从竹林辞职，另谋出路。", ["竹林"]),
        ("李明离开松果加盟百度。", ["松果", "百度"]),
        ("李明离开松果，转投百度。", ["松果", "百度"]),
        ("王芳加盟松果担任CTO。", ["松果"]),
        ("王芳加入竹林，出任首席科学家。", ["竹林"]),
        ("红杉中国领投了竹林的B轮融资。", ["红杉中国", "竹林"]),
        # Ordinary words in those slots: a kind of workplace, a home, the ranks or team of a firm.
        ("张伟从单位离职后开始创业。", []),
        ("李明离开家乡加盟百度。", ["百度"]),
        ("王芳加入团队担任组长。", []),
        ("张伟从基层做起。", []),
        ("王芳加入国企担任主管。", []),
        ("张伟从媒体辞职后创业。", []),
        # A wider slot still asks for more than one plain noun (离开 + 松果 + 后: a place, a team, a city).
        ("李明离开松果后去了上海。", []),
    ],
)
def test_a_two_character_name_fills_a_narrow_slot_and_ordinary_words_do_not(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert sorted(companies(extractor, text)) == sorted(expected)


@pytest.mark.parametrize("text", ["月光智能被曝已完成B轮融资。", "月光智能被传已完成新一轮融资。"])
def test_a_word_of_rumour_before_the_round_is_no_company(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == ["月光智能"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The venue is cut before the description's words after it (科创板 + IPO申请).
        ("AI芯片企业曜石微电子科创板IPO申请已获上交所受理。", ["曜石微电子"]),
        # A listing the company owns, after a word opening the clause; LAC reads 云岫 as a verb.
        ("鲸跃科技已在港交所挂牌上市，而云岫半导体的IPO则因财务问题被终止。", ["鲸跃科技", "云岫半导体"]),
        ("更多运营数据将在IPO文件中正式披露。", []),
    ],
)
def test_a_company_is_named_by_the_listing_it_owns(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星云科技获月光汽车大单。", ["星云科技", "月光汽车"]),
        ("星雲科技獲月光汽車大單，將供應車用晶片。", ["星雲科技", "月光汽車"]),
        ("星云科技获海外大单。", ["星云科技"]),
        ("星云科技获欧洲车企大单。", ["星云科技"]),  # a kind of customer of a region, no name
        ("月光智能獲日本客戶大單。", ["月光智能"]),
    ],
)
def test_a_customer_is_named_by_the_order_right_after_it(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert companies(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "团队核心成员来自Norvex,Kelvix,Talora等各大科技公司。",
        "团队核心成员来自Norvex, Kelvix, Talora等科技公司。",
    ],
)
def test_a_list_of_latin_names_with_ascii_commas_lists_organisations(extractor: Extractor, text: str) -> None:
    assert companies(extractor, text) == ["Norvex", "Kelvix", "Talora"]


def test_ascii_commas_in_english_prose_list_no_names(extractor: Extractor) -> None:
    """English prose quoted in Chinese text parts its phrases with commas: no word of them is a firm,
    though the known firms after them make the phrases look like a list's items."""
    text = '李强说："In the past year, Apple, Google, and Microsoft have all invested."'
    assert "year" not in companies(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "张伟推动的IPO申请已获受理。",
        "李强主导的IPO最终失败。",
        "备受关注的IPO最终失败。",
        "引发热议的IPO申请已撤回。",
    ],
)
def test_what_was_done_before_a_listing_names_no_company(extractor: Extractor, text: str) -> None:
    # A person and a verb, or verbs alone: a clause describing the listing, no owner of it.
    assert companies(extractor, text) == []


def test_a_quoted_name_lac_reads_as_a_verb_opens_a_round(extractor: Extractor) -> None:
    # LAC reads 领航 as a verb; the quotation marks hold the whole name.
    assert companies(extractor, "云服务商“领航”宣布完成新一轮融资。") == ["领航"]


def test_a_verb_before_a_time_after_a_coined_name_is_no_part_of_it(extractor: Extractor) -> None:
    # 北辰 + 智造 + 将 + 向Y供应 is one name before the frame's adverb; 创立 + 至今 tells when the firm began.
    assert "北辰智造" in companies(extractor, "北辰智造将向宁德时代供应正极材料。")
    assert "萤石创立" not in companies(extractor, "萤石创立至今已完成9轮融资。")


def test_a_supplier_word_ending_a_description_names_no_customer_after_a_copula(extractor: Extractor) -> None:
    # 成为 holds 为 and 供应商 opens with 供应: no "为X供应" frame, and the product glued to the customer is no firm.
    assert companies(extractor, "联发科成为三星手机芯片供应商。") == ["联发科"]


@pytest.mark.parametrize("text", ["星云科技与工行酝酿合作。", "星云科技与建行深化合作。"])
def test_a_verb_the_deals_word_follows_is_no_part_of_the_partners_name(
    extractor: Extractor, text: str
) -> None:
    assert not any(name.endswith(("酝酿", "深化")) for name in companies(extractor, text))


@pytest.mark.parametrize(
    "text", ["腾讯领投月光智能5亿元B轮融资。", "红杉中国领投月光智能B轮融资。", "高瓴资本跟投月光智能A轮。"]
)
def test_the_company_an_investor_leads_a_round_of_is_named_without_de(
    extractor: Extractor, text: str
) -> None:
    # 的 may be left out between the funded company and its round or the round's amount.
    assert "月光智能" in companies(extractor, text)


@pytest.mark.parametrize(
    "text", ["由云帆资本领投的星河智能B轮融资已于近日完成。", "云帆资本跟投的星河智能A轮融资近日完成。"]
)
def test_the_company_after_the_investors_of_its_round_is_named(extractor: Extractor, text: str) -> None:
    assert "星河智能" in companies(extractor, text)


def test_a_time_counted_from_the_companys_founding_is_no_part_of_its_name(extractor: Extractor) -> None:
    assert companies(extractor, "星河智能成立以来已先后完成天使轮、A轮、B轮等多轮融资。") == ["星河智能"]


def test_the_pre_of_a_round_after_its_investor_is_no_company(extractor: Extractor) -> None:
    text = "星云科技去年获得北辰资本领投的pre-A轮融资，今年完成A轮。"
    assert companies(extractor, text) == ["星云科技", "北辰资本"]


def test_an_application_in_a_subjects_place_is_no_company(extractor: Extractor) -> None:
    """ "X的上市申请已通过审核": the application passed, which names no firm of its own."""
    assert companies(extractor, "星云科技的上市申请已通过上交所审核。") == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("星云环境的董事长是张伟，他在公司工作了十年。", "星云环境"),
        ("据介绍，蓝河园林的总经理为王芳，她于2010年创办公司。", "蓝河园林"),
    ],
)
def test_the_owner_of_a_chairman_in_an_officer_profile_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    # Listed companies' profiles open with "X的董事长是Y": only a firm has a chairman or a general
    # manager, so the name opening the clause is one, however ordinary its words.
    assert company in companies(extractor, text)


def test_a_chairman_of_no_named_firm_makes_no_company(extractor: Extractor) -> None:
    assert companies(extractor, "公司的董事长是张伟，男，51岁。") == []


def test_a_word_of_time_ending_in_a_frame_word_opens_no_former_employer(extractor: Extractor) -> None:
    """此前 ("before that") ends with 前, which before a post marks a former employer (前X副总裁); LAC cuts it into
    此 + 前, and what follows (任 + 公司: "took the post at the company") names no firm."""
    text = "年报显示，星云环境的董事长是张伟，此前任公司副总裁。"
    assert "任公司" not in [m.text for m in extractor.extract(text, "t").mentions if m.label == "Company"]


@pytest.mark.parametrize(
    "text",
    ["云岫智能董事会审议通过了申请在科创板上市的议案。", "雲岫智能董事會審議通過申請在創業板上市的議案。"],
)
def test_a_company_s_board_and_what_it_did_are_no_part_of_its_name(extractor: Extractor, text: str) -> None:
    # LAC reads 云岫智能董事会 as one organisation before 审议 + 通过 + …科创板: the firm is named before its board.
    assert set(companies(extractor, text)) <= {"云岫智能", "雲岫智能"} and companies(extractor, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("散热模组厂云岫光电今日挂牌上柜。", "云岫光电"),
        ("散熱模組廠雲岫光電今日掛牌上櫃。", "雲岫光電"),
        ("李明加入面板厂云岫光电担任总经理。", "云岫光电"),
        ("服务器代工厂云岫电脑宣布完成融资。", "云岫电脑"),
    ],
)
def test_a_maker_described_by_its_trade_and_works_is_no_part_of_its_name(
    extractor: Extractor, text: str, company: str
) -> None:
    # Taiwan's news names a firm after its trade and 厂 (a works): the works describes the firm, named after it.
    assert companies(extractor, text) == [company]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("张明远曾任百度副总裁，现就职于云岫智能并担任首席技术官。", "云岫智能"),
        ("王立新目前供职于青松数据，负责大模型训练。", "青松数据"),
        ("李思遠目前任職於雲岫智能，擔任技術長。", "雲岫智能"),
        # The verb without 于, as news often writes it.
        ("在此之前，张建勇曾任职松鼠瀑布，参与了自动驾驶开发工作。", "松鼠瀑布"),
        ("在此之前，張建勇曾任職松鼠瀑布，參與了自動駕駛開發工作。", "松鼠瀑布"),
    ],
)
def test_an_employer_a_verb_of_working_there_opens_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    # 就职于 + 云岫 + 智能 + 并担任: LAC reads two plain nouns, the place names the employer.
    assert company in companies(extractor, text)


@pytest.mark.parametrize("text", ["张建勇任职期间，公司营收增长。", "张建勇曾任职北京，后调往上海。"])
def test_a_time_or_a_place_after_a_verb_of_working_is_no_employer(extractor: Extractor, text: str) -> None:
    """任职 + 期间 says when; 任职 + 北京 says where."""
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "云芯科技完成新一轮融资。本轮融资由国投创合领投。",
        "云芯科技完成新一轮融资，金额为3亿元，由国投创合领投。",
    ],
)
def test_the_word_of_leading_a_round_is_no_part_of_the_investor_s_name(
    extractor: Extractor, text: str
) -> None:
    # The model reads 国投创合领投 as one name at the end of the sentence.
    extraction = extractor.extract(text, "t")
    names = {e.id: e.name for e in extraction.entities}
    funding = next(e for e in extraction.events if e.type == "funding")
    assert [names[i] for i in funding.investors] == ["国投创合"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("星河科技与深圳一家名为云帆智造的机器人企业签约。", "云帆智造"),
        ("一家名叫“星火”的初创公司获得北辰资本投资。", "星火"),
        ("星河科技與台中一間名為鯨落智造的新創公司簽約。", "鯨落智造"),
    ],
)
def test_a_name_introduced_before_what_kind_of_firm_it_is_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """名为X的机器人企业: all between the introducing word and 的 is the firm's name, however LAC splits it."""
    assert company in companies(extractor, text)


@pytest.mark.parametrize("text", ["他收养了一只名叫小明的小狗。", "一个名为“AI向善”的项目正式启动。"])
def test_a_name_introduced_before_no_kind_of_firm_is_no_company(extractor: Extractor, text: str) -> None:
    """A pet, a project or a product may be introduced by its name too: no firm is said to follow."""
    assert companies(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("蓝海数据宣布与英国AI初创Lumora达成合作。", "Lumora"),
        ("月光智能與美國AI新創Veyra簽署合作協議。", "Veyra"),
    ],
)
def test_a_partner_after_a_start_up_named_without_its_word_for_a_firm_is_a_company(
    extractor: Extractor, text: str, company: str
) -> None:
    """初创 and Taiwan's 新創 stand alone for a start-up (AI初创 + X) as 创企 does: the name after them is a firm's."""
    assert company in companies(extractor, text)
