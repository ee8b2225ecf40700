"""The pipeline reads each sentence's text once; typing still sees each sentence with its opening
dateline blanked (same length, so offsets keep), and the mentions keep the sentence text itself."""
from datetime import date

from sitroom.extract import pipeline
from sitroom.model import Document

DATELINE = "KANDI, Benin, March 3 (Agence) - "
TEXT = DATELINE + "Gunmen attacked a police post in Kandi on Sunday, killing four officers.\n\n" \
    "Residents said the attackers fled towards the border."


def test_typing_sees_blanked_datelines_and_mentions_keep_the_sentence(monkeypatch):
    typed: list[str] = []
    mentioned: list[str] = []
    classify, mention = pipeline.classify_sentences, pipeline._mention

    def recording_classify(texts):
        typed.extend(texts)
        return classify(texts)

    def recording_mention(*args, **kwargs):
        m = mention(*args, **kwargs)
        mentioned.append(m.sentence_text)
        return m

    monkeypatch.setattr(pipeline, "classify_sentences", recording_classify)
    monkeypatch.setattr(pipeline, "_mention", recording_mention)
    _, records = pipeline.extract_document(Document("kandi", TEXT, pub_date=date(2024, 3, 3)))
    first = next(t for t in typed if "Gunmen attacked" in t)
    assert first.startswith(" " * len(DATELINE)) and first.strip().startswith("Gunmen attacked")
    assert any(t.strip().startswith("Residents said") for t in typed)
    assert any(m.startswith(DATELINE) and "killing four officers" in m for m in mentioned)
    assert records
