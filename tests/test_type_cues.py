"""Sub-event types that need a cue of their own (typing/cues.py, data/type_cues.yaml)."""
from sitroom.extract.typing.cues import require_cues, supported
from sitroom.extract.typing.rules import apply_precedence


def test_tear_gas_is_not_a_chemical_weapon():
    text = "Police fired tear gas at the crowd that gathered outside the Velmora town hall."
    assert not supported(text, "Chemical weapon")
    ranked = ["Chemical weapon", "Protest with intervention", "Peaceful protest"]
    assert require_cues(text, "Chemical weapon", ranked) == "Protest with intervention"


def test_a_named_agent_keeps_the_chemical_weapon():
    text = "Residents of Kassor choked after helicopters dropped barrels of chlorine on the old quarter."
    assert require_cues(text, "Chemical weapon", ["Chemical weapon", "Air/drone strike"]) == "Chemical weapon"


def test_a_death_toll_is_not_a_chemical_weapon():
    text = "Two brothers and their cousin were among the victims, bringing the toll in Ferrow to five."
    ranked = ["Chemical weapon", "Air/drone strike", "Attack"]
    assert require_cues(text, "Chemical weapon", ranked) == "Air/drone strike"


def test_weapons_taken_in_an_attack_are_not_disrupted_weapons_use():
    text = "The raiders carried off rifles and two mortars from the Brannik outpost before dawn."
    ranked = ["Disrupted weapons use", "Armed clash"]
    assert require_cues(text, "Disrupted weapons use", ranked) == "Armed clash"
    shrapnel = "A boy in Ulvetta was hurt by shrapnel from heavy weaponry."
    assert not supported(shrapnel, "Disrupted weapons use")


def test_interceptions_and_seized_caches_stay_disrupted_weapons_use():
    assert supported("Air defences intercepted four drones over Pelgrad on Sunday.", "Disrupted weapons use")
    assert supported("Border guards seized rifles and grenades hidden in a lorry near Osk.", "Disrupted weapons use")
    assert supported("Engineers defused a roadside device on the Tarmo road.", "Disrupted weapons use")


def test_an_attempt_or_a_state_of_control_is_no_territory_change():
    ranked = ["Non-state actor overtakes territory", "Armed clash"]
    attempt = "Militiamen attempting to recapture the Dorvel ridge clashed with soldiers all night."
    assert require_cues(attempt, "Non-state actor overtakes territory", ranked) == "Armed clash"
    static = "Shelling hit Mirnosk, a town under the control of the Blue Banner militia."
    assert not supported(static, "Non-state actor overtakes territory")
    taken = "Blue Banner fighters took control of Mirnosk after two days of fighting."
    assert require_cues(taken, "Non-state actor overtakes territory", ranked) == "Non-state actor overtakes territory"


def test_protest_types_need_a_protest():
    ranked = ["Excessive force against protesters", "Attack", "Armed clash"]
    text = "Gunmen opened fire on farmers in Holvik overnight, killing six of them."
    assert require_cues(text, "Excessive force against protesters", ranked) == "Attack"
    protest = "Soldiers opened fire on students marching through Holvik, killing six."
    assert require_cues(protest, "Excessive force against protesters", ranked) == "Excessive force against protesters"


def test_a_month_is_not_a_march():
    assert not supported("Date of report: 14 March 2024", "Peaceful protest")
    assert supported("Hundreds joined a march to the Ostrava square on Friday.", "Peaceful protest")


def test_violence_told_outright_outranks_a_quiet_development():
    ranked = ["Change to group/activity", "Attack", "Armed clash"]
    text = "Gunmen attacked the Sarbo market on Friday and killed eleven traders."
    assert require_cues(text, "Change to group/activity", ranked) == "Attack"
    displaced = ["Other", "Attack"]
    killed = "Raiders slaughtered scores of herders in Kettu village."
    assert require_cues(killed, "Other", displaced) == "Attack"


def test_a_quiet_development_with_its_own_cue_stands():
    ranked = ["Change to group/activity", "Attack"]
    truce = "The Red Hand militia announced a truce after attacks on its camps near Sarbo."
    assert require_cues(truce, "Change to group/activity", ranked) == "Change to group/activity"
    fled = ["Other", "Attack"]
    text = "Thousands fled Kettu after the attack and sought refuge in the hills."
    assert require_cues(text, "Other", fled) == "Other"


def test_the_codebook_rules_refine_the_supported_label():
    # the cue check replaces the unsupported pick; the protest rules then read the response
    text = "Riot police fired tear gas and water cannon to disperse the crowd in Velmora."
    label, _ = apply_precedence(text, "Chemical weapon", ["Chemical weapon", "Peaceful protest"])
    assert label == "Protest with intervention"


def test_sexual_violence_and_abduction_need_the_harm_named():
    ranked = ["Sexual violence", "Attack", "Armed clash"]
    toll = "Forty people were killed in Darnak today, among them six children and a woman."
    assert require_cues(toll, "Sexual violence", ranked) == "Attack"
    assert supported("Militiamen raped two women near the Darnak wells.", "Sexual violence")
    hurt = ["Abduction/forced disappearance", "Shelling/artillery/missile attack"]
    shrapnel = "A teacher in Darnak was badly hurt by shrapnel on Monday."
    assert require_cues(shrapnel, "Abduction/forced disappearance", hurt) == "Shelling/artillery/missile attack"
    assert supported("Gunmen kidnapped eleven passengers on the Darnak road.", "Abduction/forced disappearance")


def test_people_taken_away_stay_an_abduction():
    assert supported("Soldiers took 12 men from the village of Orvak on Thursday.", "Abduction/forced disappearance")
