"""Event typing: taxonomy contract, API shape, trigger evidence and codebook precedence."""
from __future__ import annotations

import numpy as np
import pytest

from sitroom.extract.typing import (TAXONOMY, EventLabel, classify_many, classify_sentence, classify_sentences,
                                 classify_text)
from sitroom.extract.typing.actors import side
from sitroom.extract.typing.rules import apply_precedence

ACLED_25 = {
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
}
NON_CONFLICT = {"Diplomatic event", "Natural disaster", "Man-made disaster", "Organized crime",
                "Attribution of responsibility"}


def test_taxonomy_covers_acled_and_non_conflict_with_exact_names():
    assert set(TAXONOMY) == ACLED_25 | NON_CONFLICT
    for sub in NON_CONFLICT:
        assert TAXONOMY[sub] == ("Non-conflict", "")


@pytest.mark.parametrize("sub,event_type,disorder", [
    ("Excessive force against protesters", "Protests", "Political violence"),
    ("Protest with intervention", "Protests", "Demonstrations"),
    ("Violent demonstration", "Riots", "Demonstrations"),
    ("Mob violence", "Riots", "Political violence"),
    ("Air/drone strike", "Explosions/Remote violence", "Political violence"),
    ("Arrests", "Strategic developments", "Strategic developments"),
])
def test_disorder_types_follow_codebook(sub, event_type, disorder):
    assert TAXONOMY[sub] == (event_type, disorder)


@pytest.mark.parametrize("text,expected", [
    ("A suicide bomber blew himself up at a crowded market in Maiduguri on Tuesday, killing 14 people.",
     "Suicide bomb"),
    ("Fighter jets bombed militant hideouts in the hills north of the town overnight, the air force said.",
     "Air/drone strike"),
    ("Police fired tear gas and detained 20 people at an unauthorised opposition rally in the capital.",
     "Protest with intervention"),
    ("Thousands of nurses marched through the city centre on Saturday demanding higher pay.",
     "Peaceful protest"),
    ("Gunmen kidnapped eleven passengers from a bus on the highway and demanded a ransom for each.",
     "Abduction/forced disappearance"),
    ("A magnitude 7.1 earthquake struck the coastal province, collapsing hundreds of homes.",
     "Natural disaster"),
    ("The two governments agreed to expel each other's ambassadors after the spy scandal.",
     "Diplomatic event"),
    ("Police seized 40 assault rifles and 12,000 rounds of ammunition hidden in a warehouse.",
     "Disrupted weapons use"),
])
def test_clear_reports_get_their_sub_event_type(text, expected):
    lab = classify_text(text)
    assert isinstance(lab, EventLabel)
    assert lab.sub_event_type == expected
    assert (lab.event_type, lab.disorder_type) == TAXONOMY[expected]
    assert 0.0 <= lab.confidence <= 1.0


def test_trigger_offsets_point_into_the_text():
    text = "Separately, a roadside bomb tore through an army truck near Gao, killing four soldiers."
    lab = classify_text(text)
    assert lab.trigger_start is not None and lab.trigger_end is not None
    assert text[lab.trigger_start:lab.trigger_end] == lab.trigger_text
    assert lab.trigger_text.strip()


def test_classify_many_matches_classify_text_and_keeps_order():
    texts = ["Rebels captured the town of Dravenholm after soldiers fled.",
             "A factory fire killed nine workers in the industrial zone.",
             ""]
    many = classify_many(texts)
    assert [m.sub_event_type for m in many] == [classify_text(t).sub_event_type for t in texts]
    assert classify_many([]) == []


@pytest.mark.parametrize("text", [
    '"We are so scared we cannot sleep at night," said Amina, a mother of three.',
    "The humanitarian situation in the camps is dire, with little food or clean water.",
    "Analysts say the government's strategy has failed to bring stability to the region.",
])
def test_sentences_without_events_give_none(text):
    assert classify_sentence(text) is None


def test_sentence_with_event_gives_label():
    lab = classify_sentence("Troops shot dead five protesters in the capital on Friday.")
    assert lab is not None and lab.event_type in {"Protests", "Violence against civilians"}


def test_chemical_agent_beats_air_strike():
    label, cue = apply_precedence("Helicopters dropped barrels of chlorine on the town.", "Air/drone strike")
    assert label == "Chemical weapon" and cue.group(0).lower() == "chlorine"


def test_suicide_bomber_beats_ied():
    label, _ = apply_precedence("The bomber blew himself up beside the police truck.",
                                "Remote explosive/landmine/IED")
    assert label == "Suicide bomb"


@pytest.mark.parametrize("text,expected", [
    ("Islamist militants recaptured the village of Lusk from the army on Sunday.",
     "Non-state actor overtakes territory"),
    ("Government troops captured the port town from separatist fighters after a week of fighting.",
     "Government regains territory"),
    ("The town fell to the rebels on Monday night.", "Non-state actor overtakes territory"),
])
def test_territory_goes_to_the_side_that_gains_ground(text, expected):
    assert apply_precedence(text, "Government regains territory")[0] == expected
    assert apply_precedence(text, "Non-state actor overtakes territory")[0] == expected


def test_violence_by_protesters_makes_a_riot():
    text = "Demonstrators hurled stones and set two police cars on fire; police replied with tear gas."
    assert apply_precedence(text, "Protest with intervention")[0] == "Violent demonstration"


@pytest.mark.parametrize("phrase,expected", [
    ("the Syrian army and allied fighters", "state"),
    ("Turkey-backed rebels", "non-state"),
    ("IS militants", "non-state"),
    ("a crowd in the market", None),
])
def test_actor_side(phrase, expected):
    assert side(phrase) == expected


@pytest.mark.parametrize("text", [
    "The coast guard said it had lost radio contact with the fishing vessel late on Monday.",
    "There is no milk for the babies and the pharmacies are shut.",
    "The border district has been held by the militia since the 2019 offensive.",
])
def test_live_blog_asides_give_none(text):
    assert classify_sentence(text) is None


@pytest.mark.parametrize("text,expected", [
    ("Some 3,000 residents fled the valley overnight as the fighting approached, the district officer said.", "Other"),
    ("Militants kidnapped two police officers at a checkpoint outside Dori on Tuesday.",
     "Abduction/forced disappearance"),
])
def test_live_blog_events_get_labels(text, expected):
    lab = classify_sentence(text)
    assert lab is not None and lab.sub_event_type == expected


@pytest.mark.parametrize("text,expected", [
    ("Riot police suppressed a sit-in by unemployed graduates outside the governorate building.",
     "Protest with intervention"),
    ("Soldiers used excessive force to disperse the students, rights groups said.",
     "Excessive force against protesters"),
    ("Security forces brutally beat marchers demanding the return of the land.",
     "Excessive force against protesters"),
    ("Youths blocked the main highway with burning tyres to protest the fuel price rise.",
     "Violent demonstration"),
    ("The rally ended after the crowd dispersed peacefully at dusk; nobody was arrested.",
     "Peaceful protest"),
])
def test_protest_response_and_riot_cues(text, expected):
    assert apply_precedence(text, "Peaceful protest")[0] == expected


def test_a_cue_that_is_the_protest_topic_does_not_count():
    text = "Hundreds marched in the capital to demand an end to what they call excessive force by police."
    assert apply_precedence(text, "Peaceful protest")[0] == "Peaceful protest"


@pytest.mark.parametrize("text,expected", [
    ("Kurdish forces captured two villages on the eastern bank of the river.", "Non-state actor overtakes territory"),
    ("Chadian troops, working alongside local police, recaptured the town on Tuesday.",
     "Government regains territory"),
    ("Government forces advanced to the edge of the rebel-held district on Sunday.",
     "Government regains territory"),
    ("Forces loyal to the country's elected government wrested a camp from a separatist militia.",
     "Government regains territory"),
])
def test_territory_gainer_from_the_sentence_subject(text, expected):
    assert apply_precedence(text, "Non-state actor overtakes territory")[0] == expected
    assert apply_precedence(text, "Government regains territory")[0] == expected


@pytest.mark.parametrize("text", [
    "The report said 25 people were killed and dozens injured.",
    "At least 12 people died and 30 were wounded, hospital officials said.",
    "The United Nations appealed for a humanitarian pause to let aid convoys into the city.",
    "Leaflets dropped over the district urged residents to leave within 24 hours.",
])
def test_causeless_casualty_counts_and_appeals_give_none(text):
    assert classify_sentence(text) is None


def test_casualty_count_with_its_cause_keeps_a_label():
    lab = classify_sentence("An air strike on the market killed 25 people and injured dozens.")
    assert lab is not None and lab.sub_event_type == "Air/drone strike"


def test_a_killing_dated_by_year_is_not_a_causeless_count():
    from sitroom.extract.typing.sentence import no_event_sentence

    # the year is a date, not a casualty count: the no-event rule must leave the sentence to the model
    assert not no_event_sentence("My cousin was killed at a checkpoint outside the city in early 2014.")


def test_stopping_a_blockade_or_stoning_police_keeps_a_riot():
    text = "Workers blocked the highway with burning barricades and pelted police with rocks."
    assert apply_precedence(text, "Violent demonstration")[0] == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Air defences intercepted a ballistic missile fired towards the capital; there were no casualties.",
    "Guards stopped a man in an explosive belt before he reached the church gate.",
    "Soldiers shot down two explosive-laden drones approaching the airport.",
])
def test_attacks_stopped_before_harm_are_disrupted_weapons_use(text):
    for label in ("Shelling/artillery/missile attack", "Suicide bomb", "Air/drone strike"):
        assert apply_precedence(text, label)[0] == "Disrupted weapons use"


def test_an_interception_that_still_kills_stays_the_attack():
    text = "A missile was partly intercepted but its debris killed two people in a suburb."
    assert apply_precedence(text, "Shelling/artillery/missile attack")[0] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text,expected", [
    ("The march on the ministry was stopped by riot police and 12 people were held for questioning.",
     "Protest with intervention"),
    ("The workers' sit-in was forcibly cleared by gendarmes at dawn.", "Protest with intervention"),
    ("Police charged into the crowd of marchers with batons, leaving dozens injured.",
     "Excessive force against protesters"),
])
def test_intervention_wording_beyond_tear_gas_and_arrests(text, expected):
    assert apply_precedence(text, "Protest with intervention")[0] == expected


def test_fumigation_fumes_are_an_accident_not_a_chemical_weapon():
    text = "Eleven guests fell ill after inhaling fumigation chemicals sprayed in the hotel's basement."
    assert apply_precedence(text, "Chemical weapon")[0] == "Man-made disaster"


def test_reclaimed_territory_goes_to_the_reclaiming_side():
    text = "Army units reclaimed the town from the rebels, a week after the insurgents overran it."
    assert apply_precedence(text, "Non-state actor overtakes territory")[0] == "Government regains territory"


def test_a_man_dragged_away_at_a_checkpoint_is_not_a_protest():
    lab = classify_sentence("\"They dragged my brother out of the car and took him away,\" said a woman "
                            "whose sibling was detained at a checkpoint.")
    assert lab is not None
    assert lab.sub_event_type not in {"Protest with intervention", "Excessive force against protesters"}


@pytest.mark.parametrize("text", [
    "\"We are terrified, the bombs fall day and night and there is nowhere to hide,\" said a teacher in the east.",
    "We need to urgently open a corridor so that the wounded can be evacuated, the medical council said.",
    "The leaflets dropped over the town read: 'Leave now or you will be buried under the rubble.'",
    "The neighbourhood has been held by the opposition since 2012.",
    "Abu Yusuf has become a prominent account documenting life under siege.",
    "The group's Telegram channel has become a key source of information for journalists.",
    "Analysts say the fall of the town would be a major blow to the rebels.",
])
def test_live_blog_fear_appeals_leaflets_and_background_give_none(text):
    assert classify_sentence(text) is None


@pytest.mark.parametrize("text,expected", [
    ("A local council member told us that shells landed near the school, wounding three children.",
     "Shelling/artillery/missile attack"),
    ("Police said they arrested two men suspected of planting the bomb.", "Arrests"),
    ("Hundreds of residents protested in the square against the siege, a witness said.", "Peaceful protest"),
])
def test_events_in_reported_speech_keep_their_labels(text, expected):
    lab = classify_sentence(text)
    assert lab is not None and lab.sub_event_type == expected


def test_classify_sentences_batches_like_classify_sentence():
    texts = ["Rebels shelled the airport overnight, killing two guards.",
             "The weather was mild and the markets were busy.",
             "",
             "Riot police fired tear gas to scatter hundreds of striking dockers at the port gates."]
    batched = classify_sentences(texts)
    assert len(batched) == len(texts)
    for text, lab in zip(texts, batched):
        single = classify_sentence(text)
        assert (lab is None) == (single is None)
        if lab is not None:
            assert lab == single
    assert classify_sentences([]) == []


def test_sentence_embeddings_put_paraphrases_closer_than_unrelated_events():
    pytest.importorskip("onnxruntime")
    from sitroom.extract.typing.encoder import SentenceEncoder

    vec = SentenceEncoder().embed(["Insurgents overran the garrison town after a night of fighting.",
                                  "Militants seized the town from the army following heavy clashes.",
                                  "Floodwater swept away houses after days of torrential rain.",
                                  ""])
    assert vec.shape[0] == 4
    assert np.allclose(np.linalg.norm(vec[:3], axis=1), 1.0, atol=1e-3)
    assert not np.isnan(vec).any()  # an empty text still gets a finite row
    assert vec[0] @ vec[1] > vec[0] @ vec[2]


def test_changing_the_embedding_file_changes_the_model_cache_key(monkeypatch):
    from sitroom.extract.typing import model

    before = model.data_hash(encoder=True)
    assert before != model.data_hash(encoder=False)
    monkeypatch.setattr(model, "encoder_hash", lambda: "another-encoder")
    assert model.data_hash(encoder=True) != before
    monkeypatch.setenv(model.ENCODER_ENV, "1")
    assert model.encoder_wanted()
    monkeypatch.setenv(model.ENCODER_ENV, "0")
    assert not model.encoder_wanted()


def test_cascade_retypes_only_the_rows_the_fast_model_is_unsure_of(monkeypatch):
    from sitroom.extract.typing import model

    class Fixed:
        classes = ["A", "B"]

        def __init__(self, rows):
            self.rows, self.seen = np.array(rows, dtype=float), []

        def predict_proba(self, texts):
            self.seen.append(list(texts))
            return self.rows[: len(texts)].copy()

    fast, slow = Fixed([[0.9, 0.1], [0.45, 0.55]]), Fixed([[0.2, 0.8]])
    loads = []
    monkeypatch.setattr(model, "load_or_train", lambda encoder: loads.append(encoder) or slow)
    cascade = model.CascadeModel(fast, below=0.6)
    p = cascade.predict_proba(["sure of this one", "not sure of this one"])
    assert slow.seen == [["not sure of this one"]] and loads == [True]
    assert p.tolist() == [[0.9, 0.1], [0.2, 0.8]]
    cascade.predict_proba(["sure of this one"])
    assert loads == [True]  # the slow model is loaded once, and only when a row needs it
    monkeypatch.setenv(model.ENCODER_ENV, "cascade")
    assert model.encoder_mode() == "cascade" and not model.encoder_wanted()


def test_every_precedence_rule_can_be_switched_off_for_measurement(monkeypatch):
    from sitroom.extract.typing import rules

    text = "A suicide bomber detonated an explosive vest at the checkpoint, killing six."
    assert apply_precedence(text, "Remote explosive/landmine/IED")[0] == "Suicide bomb"
    monkeypatch.setattr(rules, "DISABLED", {"suicide"})
    assert apply_precedence(text, "Remote explosive/landmine/IED")[0] == "Remote explosive/landmine/IED"


def test_people_kidnapped_or_fighting_outweigh_organisational_wording():
    text = "Gunmen seized a member of the village council and have kidnapped two of his aides, the coalition said."
    assert apply_precedence(text, "Change to group/activity")[0] == "Abduction/forced disappearance"
    fight = "Fighting broke out near the new headquarters the rebels had opened in the valley."
    assert apply_precedence(fight, "Headquarters or base established")[0] == "Armed clash"
    assert apply_precedence("Three rebel factions merged into one command.", "Change to group/activity")[0] == \
        "Change to group/activity"



def test_slimmed_model_predicts_like_the_full_one():
    import copy

    from sitroom.extract.typing.model import fit

    texts = ["Troops shelled the hill village.", "Artillery pounded the outskirts overnight.",
             "Students marched peacefully to the ministry.", "Hundreds rallied in the square with banners."] * 3
    labels = ["Shelling/artillery/missile attack"] * 2 + ["Peaceful protest"] * 2
    full = fit(texts, labels * 3)
    probe = ["Mortars hit the village.", "A rally was held in the square."]
    before = full.predict_proba(probe)
    from sitroom.extract.typing.model import slim

    small = slim(copy.deepcopy(full))  # fit already slims; slimming twice must be harmless
    assert not hasattr(small.nb, "feature_count_") and small.clf.coef_.dtype == np.float32
    assert np.allclose(small.predict_proba(probe), before, atol=1e-5)


class _CountingEncoder:
    """Stands in for the ONNX encoder: a fixed vector per text, and a record of what it had to embed."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        out[:, 0] = [len(t) for t in texts]
        return out


def test_stored_embeddings_are_read_back_and_only_new_rows_are_encoded(tmp_path):
    from sitroom.extract.typing.encoder import EmbeddingStore, embed_with_store, text_key

    first = _CountingEncoder()
    store = EmbeddingStore.build(["Sappers blew the culvert bridge.", "Pickets blocked the quarry road."], first)
    path = tmp_path / "emb.npz"
    store.save(path)
    back = EmbeddingStore.load(path)
    enc = _CountingEncoder()
    rows = ["Pickets blocked the quarry road.", "Drones circled the salt flats.", "Sappers blew the culvert bridge."]
    vec = embed_with_store(enc, rows, back)
    assert enc.calls == [["Drones circled the salt flats."]]  # the stored rows never reach the encoder
    assert vec[:, 0].tolist() == [len(t) for t in rows]
    assert text_key("Sappers blew the culvert bridge.") != text_key("Sappers blew the culvert bridge!")


def test_embeddings_made_by_another_encoder_are_not_used(tmp_path, monkeypatch):
    from sitroom.extract.typing import encoder
    from sitroom.extract.typing.encoder import EmbeddingStore, embed_with_store

    path = tmp_path / "emb.npz"
    EmbeddingStore.build(["Sappers blew the culvert bridge."], _CountingEncoder()).save(path)
    monkeypatch.setattr(encoder, "encoder_hash", lambda: "a-retrained-encoder")
    enc = _CountingEncoder()
    embed_with_store(enc, ["Sappers blew the culvert bridge."], EmbeddingStore.load(path))
    assert enc.calls == [["Sappers blew the culvert bridge."]]
    assert len(EmbeddingStore.load(tmp_path / "missing.npz").keys) == 0  # no file: an empty store


def test_shipped_embeddings_cover_every_training_row():
    """Training the default (cascade) model must not run the encoder over the training data
    (that took ~10 minutes on 2 cores): after editing the training data, rerun scripts/embed_training.py."""
    pytest.importorskip("onnxruntime")
    from sitroom.extract.typing.encoder import EmbeddingStore
    from sitroom.extract.typing.model import load_training

    texts, _ = load_training()
    _, found = EmbeddingStore.load().lookup(texts)
    assert found.all(), f"{(~found).sum()} training rows lack a shipped embedding: run scripts/embed_training.py"


def test_cascade_moves_only_the_event_type_never_whether_there_is_an_event():
    from sitroom.extract.typing.model import keep_quiet_share

    fast = np.array([[0.25, 0.28, 0.22, 0.25]])  # classes: quiet, A, B, C
    slow = np.array([[0.70, 0.05, 0.20, 0.05]])  # the slow model would call it quiet
    out = keep_quiet_share(fast, slow, quiet=0)
    assert out[0, 0] == pytest.approx(0.25)  # the quiet share stays the fast model's
    assert int(np.argmax(out[0, 1:])) == 1  # the slow model's pick among events (B) wins
    assert out.sum() == pytest.approx(1.0)
    assert keep_quiet_share(fast, slow, quiet=-1) is slow  # no quiet class: the slow row as it is


def test_cascade_is_the_default_when_the_encoder_packages_are_installed(monkeypatch):
    from sitroom.extract.typing import model

    monkeypatch.delenv(model.ENCODER_ENV, raising=False)
    monkeypatch.setattr(model, "encoder_available", lambda: True)
    assert model.encoder_mode() == "cascade"
    monkeypatch.setattr(model, "encoder_available", lambda: False)
    assert model.encoder_mode() == "none"  # a trimmed install still types, with TF-IDF alone
    monkeypatch.setenv(model.ENCODER_ENV, "tfidf")
    monkeypatch.setattr(model, "encoder_available", lambda: True)
    assert model.encoder_mode() == "none"


def test_retype_false_keeps_the_tfidf_answer_of_the_cascade(monkeypatch):
    import sitroom.extract.typing as typing_api
    from sitroom.extract.typing import model

    class Fixed:
        def __init__(self, row):
            self.row = np.array(row, dtype=float)

        classes = ["Armed clash", "Attack"]

        def predict_proba(self, texts):
            return np.tile(self.row, (len(texts), 1))

    cascade = model.CascadeModel(Fixed([0.55, 0.45]), below=0.9)
    cascade._slow = Fixed([0.1, 0.9])
    monkeypatch.setattr(typing_api, "get_model", lambda: cascade)
    monkeypatch.setattr(typing_api, "_trigger", lambda text, label: (None, None))
    text = "Herders and farmers traded fire over the grazing wells at dawn."
    assert typing_api.classify_text(text).sub_event_type == "Attack"  # the encoder model's second look
    assert typing_api.classify_text(text, retype=False).sub_event_type == "Armed clash"
    assert [lab.sub_event_type for lab in typing_api.classify_many([text, text], retype=False)] == ["Armed clash"] * 2


def test_default_cascade_trains_a_missing_encoder_model_up_front(monkeypatch, tmp_path):
    """Setup's warm-up (one classify_text call) must leave both models cached, so no later run
    stops to train the encoder model when its first unsure row comes."""
    from sitroom.extract.typing import model

    trained = []
    monkeypatch.setenv(model.ENCODER_ENV, "cascade")
    monkeypatch.setattr(model, "model_path", lambda encoder: tmp_path / f"missing-{encoder}.pkl")
    monkeypatch.setattr(model, "load_or_train", lambda encoder: trained.append(encoder) or f"model-{encoder}")
    model.get_model.cache_clear()
    try:
        cascade = model.get_model()
    finally:
        model.get_model.cache_clear()
    assert sorted(trained) == [False, True]
    assert cascade.slow() == "model-True" and trained.count(True) == 1  # kept, not loaded again
