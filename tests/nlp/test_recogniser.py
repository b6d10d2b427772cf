"""The trained recogniser: shipped inside the package, loaded offline, weighed by the rules, switchable off."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.arbiter import FEATURES, load_arbiter
from newsgraph.ingest.nlp.extract import RECOGNISERS, Extractor, build_pipeline
from newsgraph.ingest.nlp.language import blank_nlp
from newsgraph.ingest.nlp.recogniser.component import MODEL_DIR, MODEL_ENTITIES_KEY, ModelEntities
from spacy.language import Language

# Invented: a company and a person nobody's knowledge file lists.
SENTENCE = "据悉，蔚蓝芯动科技有限公司创始人张伟明担任首席执行官。"


@pytest.fixture(scope="module")
def model() -> ModelEntities:
    return ModelEntities()


def test_the_model_ships_inside_the_package() -> None:
    assert (MODEL_DIR / "config.cfg").is_file()
    assert sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file()) < 20_000_000


def test_the_model_finds_unknown_names_with_a_score(model: ModelEntities) -> None:
    doc = next(model.pipe([blank_nlp(keep_scores=True)(SENTENCE)]))
    found = {(SENTENCE[s:e], label) for s, e, label, _ in doc.user_data[MODEL_ENTITIES_KEY]}
    assert {("蔚蓝芯动科技有限公司", "company"), ("张伟明", "name")} <= found
    assert all(0.0 <= score <= 1.0 for *_, score in doc.user_data[MODEL_ENTITIES_KEY])


def test_an_empty_text_or_line_breaks_alone_find_nothing(model: ModelEntities) -> None:
    docs = list(model.pipe([blank_nlp(keep_scores=True)(t) for t in ("", "\n\n")]))
    assert [d.user_data[MODEL_ENTITIES_KEY] for d in docs] == [[], []]


def test_rules_only_leaves_the_model_out(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "newsgraph_model_entities" in build_pipeline().pipe_names
    monkeypatch.setenv("NEWSGRAPH_RECOGNISER", "rules")
    assert "newsgraph_model_entities" not in build_pipeline().pipe_names
    with pytest.raises(ValueError, match="unknown entity recogniser"):
        build_pipeline(recogniser="crf")
    assert RECOGNISERS == ("combined", "rules")


def _mentions_when_the_model_finds(nlp: Language, text: str, found: list) -> list[tuple[str, str]]:
    """The mentions the recogniser gives when the model's entities on ``text`` are ``found``."""
    doc = nlp.make_doc(text)
    doc.user_data[MODEL_ENTITIES_KEY] = found
    doc = nlp.get_pipe("newsgraph_entities")(doc)
    return [(span.label_, span.text) for span in doc.ents]


def test_guesses_on_lac_words_need_evidence_known_companies_do_not(nlp: Language) -> None:
    text = "云河动力今天发布新品，王立新表示，寒武纪副总裁林若溪和澄星科技将继续投入。"
    unbacked = _mentions_when_the_model_finds(nlp, text, [])
    assert ("Company", "寒武纪") in unbacked and ("Title", "副总裁") in unbacked
    assert ("Person", "林若溪") in unbacked  # next to a title: the role pattern is evidence
    assert ("Company", "澄星科技") in unbacked  # an organisation suffix is evidence
    assert ("Person", "王立新") in unbacked  # one word LAC reads as a person, a surname and two characters
    assert ("Company", "云河动力") not in unbacked
    backed = _mentions_when_the_model_finds(nlp, text, [(0, 4, "company", 0.5), (11, 14, "name", 0.5)])
    assert ("Company", "云河动力") in backed and ("Person", "王立新") in backed


def test_an_undisputed_body_of_the_model_counts_from_a_lower_score_than_a_company(nlp: Language) -> None:
    # Invented: a navy named after a place; no rule finds the body, the model is fairly sure of it.
    text = "东岭海军昨日在近海举行了演习。"
    assert ("Government", "东岭海军") in _mentions_when_the_model_finds(
        nlp, text, [(0, 4, "government", 0.6)]
    )
    assert ("Government", "东岭海军") not in _mentions_when_the_model_finds(
        nlp, text, [(0, 4, "government", 0.4)]
    )
    assert ("Company", "东岭海军") not in _mentions_when_the_model_finds(nlp, text, [(0, 4, "company", 0.6)])
    # Cut out of LAC's words (东岭 + 海军), a body is rather a piece of a longer name: only from 0.8.
    assert ("Government", "岭海军") not in _mentions_when_the_model_finds(
        nlp, text, [(1, 4, "government", 0.6)]
    )
    assert ("Government", "岭海军") in _mentions_when_the_model_finds(nlp, text, [(1, 4, "government", 0.85)])


def test_a_body_of_common_nouns_only_needs_the_model_sure_of_it(nlp: Language) -> None:
    # A kind of body (local governments), not one named: LAC reads no name in it.
    text = "多个地方政府出台了扶持政策。"
    assert ("Government", "地方政府") not in _mentions_when_the_model_finds(
        nlp, text, [(2, 6, "government", 0.6)]
    )


def test_a_name_written_twice_needs_no_model(nlp: Language) -> None:
    text = "王立新表示将继续投入。王立新说。"
    assert ("Person", "王立新") in _mentions_when_the_model_finds(nlp, text, [])


def test_a_name_lac_takes_for_a_person_is_the_company_the_model_reads_there(nlp: Language) -> None:
    # Invented transliterated studio names: LAC tags them as people; the model, unsure, says company.
    for text, start, end in (
        ("据报道，柯瑞斯达推出了一款新游戏。", 4, 8),
        ("玩家都知道，瓦伦丁于今年年初中止了这个项目。", 6, 9),
    ):
        found = _mentions_when_the_model_finds(nlp, text, [(start, end, "company", 0.5)])
        assert ("Company", text[start:end]) in found and ("Person", text[start:end]) not in found


def test_a_guess_with_an_organisation_suffix_keeps_it_against_a_shorter_model_span(nlp: Language) -> None:
    found = _mentions_when_the_model_finds(nlp, "云河动力公司今日发布新品。", [(0, 4, "company", 0.99)])
    assert ("Company", "云河动力公司") in found


def test_a_model_span_over_two_names_loses_and_leaves_both(nlp: Language) -> None:
    text = "周牧野（星海智芯创始人）昨日在深圳表示。"
    found = _mentions_when_the_model_finds(nlp, text, [(0, 8, "name", 0.75)])
    assert ("Person", "周牧野") in found and ("Company", "星海智芯") in found


def test_the_shipped_arbiter_matches_its_features() -> None:
    arbiter = load_arbiter()
    assert len(arbiter.weights) == len(FEATURES) and 0.0 < arbiter.threshold < 1.0


def test_the_default_extractor_uses_the_model(extractor: Extractor) -> None:
    assert "newsgraph_model_entities" in extractor.nlp.pipe_names
    labels = {(m.label, m.text) for m in extractor.extract(SENTENCE, "t").mentions}
    assert ("Person", "张伟明") in labels
