"""own_dev5 part b: live blogs and NGO/UN statements (summaries, captions, tallies, appeals)."""
from common import doc, ev, write

DOCS = [
doc("dev5_b01", "2026-05-20", "liveblog", """
Gaza live: strike on Khan Younis home kills family; ceasefire talks resume in Cairo

Key events
- An Israeli air strike on a house in Khan Younis killed six members of one family, Gaza's civil defence said.
- Israeli forces raided Jenin refugee camp overnight; two Palestinians were killed.
- Egyptian and Qatari mediators hosted a new round of ceasefire talks in Cairo.

01:10 GMT - Palestinian health officials say two men were killed during an Israeli army raid on the Jenin
refugee camp in the occupied West Bank that began shortly after midnight. The Israeli military said troops
exchanged fire with gunmen and arrested four wanted suspects.

23:45 GMT - The UN relief agency UNRWA says it has run out of fuel for its water desalination plant in Deir
al-Balah. "Without fuel, there is no water," its spokesperson said, appealing for the crossings to reopen.

21:30 GMT - Recap: An Israeli strike on a house in Khan Younis killed six members of one family earlier today,
including two children, according to the civil defence. We will bring you more as we get it.

19:05 GMT - Israel's military says it intercepted a rocket fired from northern Gaza towards the town of Sderot.
No injuries were reported.

17:20 GMT - Photo: Mourners carry the bodies of the Abu Shamala family at Nasser hospital in Khan Younis.

16:40 GMT - An Israeli air strike on a house in the Bani Suheila area east of Khan Younis has killed six people
from the same family, Gaza's civil defence says. Mahmoud Basal, the agency's spokesman, said rescuers were
still searching the rubble. The Israeli military said it struck "a Hamas militant" in the area and that it was
reviewing reports of civilian casualties.

15:00 GMT - Delegations from Israel and Hamas are in Cairo for indirect talks, Egyptian state television
reports. A senior Hamas official said the group would not accept any deal that did not include a full
withdrawal. Israeli Prime Minister Benjamin Netanyahu vowed earlier this week to continue the war "until all
its goals are met".

13:30 GMT - Hello and welcome to our live coverage of the war in Gaza. The conflict began after the Hamas-led
attack on southern Israel on October 7, 2023, which killed about 1,200 people. Gaza's health ministry says
more than 50,000 Palestinians have been killed since then.
""", [
    ev("b01e1", True, "incident", "ERV:Air/drone strike", ("2026-05-20", "2026-05-20"),
       ["Khan Younis", "Khan Yunis", "Bani Suheila", "Bani Suhaila"], "Palestine", fat=6,
       actor1=["Israel"], source=["civil defence", "Basal"], evidence="An Israeli air strike on a house in the Bani Suheila area"),
    ev("b01e2", True, "incident", "B:Armed clash", ("2026-05-20", "2026-05-21"), ["Jenin"], "Palestine", fat=2,
       actor1=["Israel"], source=["health officials", "Palestinian health"],
       evidence="two men were killed during an Israeli army raid on the Jenin"),
    ev("b01e3", False, "incident", "ERV:Shelling/artillery/missile attack|SD:Disrupted weapons use",
       ("2026-05-20", "2026-05-20"), ["Sderot", "Gaza"], "Israel", fat=0,
       evidence="intercepted a rocket fired from northern Gaza"),
    ev("b01e4", False, "incident", "SD:Arrests", ("2026-05-20", "2026-05-21"), ["Jenin"], "Palestine",
       evidence="arrested four wanted suspects"),
    ev("b01e5", False, "incident", "B:Armed clash|VAC:Attack|ERV:Shelling/artillery/missile attack",
       ("2023-10-07", "2023-10-07"), ["Israel", "southern Israel"], "Israel", fat=1200, actor1=["Hamas"],
       evidence="the Hamas-led\nattack on southern Israel on October 7, 2023"),
]),

doc("dev5_b02", "2026-04-15", "liveblog", """
Sudan war live: RSF shells El Fasher, clashes reported in Omdurman

08:00 (Khartoum time) - Good morning. We are following events in Sudan, where the war between the army and the
paramilitary Rapid Support Forces enters its fourth year today. The war began on April 15, 2023, when fighting
broke out in Khartoum.

09:15 - Activists in El Fasher, the capital of North Darfur, say RSF artillery shelled the Abu Shouk
displacement camp in the early hours, killing at least five people and wounding 17. The local resistance
committee said shells also hit a market on the camp's northern edge.

10:30 - The UN humanitarian coordinator for Sudan has renewed an appeal for a humanitarian truce around El
Fasher. "Civilians are trapped with nowhere to go," she said in a statement. She did not attribute blame.

11:45 - Photo: Smoke rises over El Fasher in an image shared by activists. The photo could not be verified.

12:20 - Residents of Omdurman report heavy clashes between the army and the RSF in the Umbadda district since
mid-morning. A medical source at al-Nau hospital said it had received the bodies of three civilians hit by
stray bullets.

14:00 - The RSF has denied shelling Abu Shouk, saying in a statement on Telegram that the army was responsible
for the casualties. The army has accused the RSF of repeatedly targeting the camp.

15:30 - Egypt's foreign minister has called for an immediate ceasefire and for the two sides to return to
negotiations. A conference on Sudan's humanitarian crisis is due to be held in London next month.

17:10 - Health officials in Kassala say a cholera outbreak has spread to three more localities.

18:40 - The army says its air force struck RSF positions near the town of Bara in North Kordofan, killing
"dozens of militia fighters". The RSF did not comment and the figure could not be verified.

20:00 - Summary of the day: RSF shelling of Abu Shouk camp in El Fasher killed at least five people; clashes in
Omdurman killed three civilians; the army said it carried out air strikes near Bara. We are closing this live
page; thank you for following.
""", [
    ev("b02e1", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-04-15", "2026-04-15"),
       ["Abu Shouk", "El Fasher", "Al Fasher"], "Sudan", fat=5, actor1=["RSF", "Rapid Support"],
       source=["Activists", "resistance committee"], evidence="RSF artillery shelled the Abu Shouk"),
    ev("b02e2", True, "incident", "B:Armed clash", ("2026-04-15", "2026-04-15"), ["Umbadda", "Omdurman"], "Sudan",
       fat=3, actor1=["army", "Sudanese Armed Forces", "RSF"], source=["Residents", "medical source"],
       evidence="heavy clashes between the army and the RSF in the Umbadda district"),
    ev("b02e3", True, "incident", "ERV:Air/drone strike", ("2026-04-15", "2026-04-15"), ["Bara"], "Sudan",
       actor1=["army", "air force", "Sudanese Armed Forces"], source=["army"],
       evidence="its air force struck RSF positions near the town of Bara"),
]),

doc("dev5_b03", "2026-03-02", "liveblog", """
Ukraine war live: drone attack on Kharkiv injures 11; shelling in Kherson

Updated at 22:40 EET

22:40 - Kharkiv mayor Ihor Terekhov says a second wave of Russian Shahed drones has hit the Kyivskyi district;
one person was killed, bringing the number injured in tonight's attacks to 11.

21:55 - Russian drones struck the Kyivskyi district of Kharkiv, injuring eight people including a child,
regional governor Oleh Syniehubov says. A residential building and a petrol station caught fire.

20:10 - Zelenskiy, in his evening address, said Ukraine needed "not promises but systems" and thanked Norway for
a new aid package announced earlier in the day. He also said he had spoken with the French president about the
deployment of European instructors.

18:30 - The Kremlin says it has "no plans" for a new round of prisoner exchanges this week, contradicting
earlier comments from Ukraine's ombudsman.

16:45 - Russian artillery shelled the centre of Kherson in the afternoon, killing a woman aged 58 and wounding
two others near a bus stop, the regional military administration says. Kherson has been under regular fire
since Ukrainian forces retook the city in November 2022.

14:15 - Ukraine's general staff says there were 127 combat clashes along the front over the past day, the most
intense near Pokrovsk. The figures cannot be independently verified.

12:00 - Russia's defence ministry says its air defences shot down 23 Ukrainian drones over the Belgorod and
Kursk regions overnight. It did not report any damage. Ukraine's military
does not usually comment on such claims from Moscow.

10:30 - Photo: Rescuers work at the site of a strike on a house in Zaporizhzhia. (File photo from January.)

09:00 - Good morning and welcome to our live coverage. Yesterday marked 1,466 days since Russia's full-scale
invasion of Ukraine on February 24, 2022.
""", [
    ev("b03e1", True, "incident", "ERV:Air/drone strike", ("2026-03-02", "2026-03-02"), ["Kharkiv", "Kyivskyi"],
       "Ukraine", fat=1, actor1=["Russia"], source=["Terekhov", "Syniehubov", "mayor", "governor"],
       evidence="Russian drones struck the Kyivskyi district of Kharkiv"),
    ev("b03e2", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-03-02", "2026-03-02"),
       ["Kherson"], "Ukraine", fat=1, actor1=["Russia"], source=["military administration"],
       evidence="Russian artillery shelled the centre of Kherson"),
    ev("b03e3", False, "aggregate", "B:Armed clash", ("2026-03-01", "2026-03-02"), ["Pokrovsk", "Ukraine"],
       "Ukraine", evidence="127 combat clashes along the front"),
    ev("b03e4", False, "incident", "ERV:Air/drone strike|SD:Disrupted weapons use", ("2026-03-01", "2026-03-02"),
       ["Belgorod", "Kursk"], "Russia", fat=0, evidence="shot down 23 Ukrainian drones"),
]),

doc("dev5_b04", "2026-06-10", "liveblog", """
Haiti live: gangs attack Carrefour neighbourhood; protesters demand security

LIVE - Updates from Port-au-Prince (newest first)

June 11, 00:30 - Local radio reports that the fighting in Carrefour has died down. Police have not released a
toll for the night.

June 10, 22:15 - Police say officers exchanged fire with members of the Grand Ravine gang in the Mariani area of
Carrefour for several hours after the gang tried to enter the neighbourhood. Two police officers were wounded.

June 10, 19:40 - The UN-backed Multinational Security Support mission says additional personnel are expected
to arrive "in the coming weeks". No date has been given.

June 10, 17:00 - Hundreds of residents of Carrefour marched to the local police station earlier today to
demand protection after the morning's killings. Witnesses said police fired tear gas to disperse the crowd when
some protesters threw stones; no injuries were reported.

June 10, 14:30 - Photo caption: Residents flee Carrefour carrying their belongings, in a photo taken in
February during an earlier wave of attacks.

June 10, 12:10 - The National Human Rights Defense Network (RNDDH) says gang violence has killed more than 1,500
people in the capital since January. The group urged the transitional council to act.

June 10, 10:00 - Gunmen from the Grand Ravine gang attacked the Mariani area of Carrefour, south-west of the
capital, at dawn, killing at least seven residents and setting fire to houses, a local official told
reporters. "They shot people in the street," he said.

June 10, 08:30 - Welcome to our live coverage. The transitional presidential council is due to meet this
afternoon to discuss the appointment of a new police chief, a move that has been postponed twice. Schools in several southern districts of the capital remain closed
because of the insecurity, and the main road to the southern peninsula is again blocked.
""", [
    ev("b04e1", True, "incident", "VAC:Attack", ("2026-06-10", "2026-06-10"), ["Carrefour", "Mariani"], "Haiti",
       fat=7, actor1=["Grand Ravine", "gang"], source=["local official"],
       evidence="Gunmen from the Grand Ravine gang attacked the Mariani area"),
    ev("b04e2", True, "incident", "B:Armed clash", ("2026-06-10", "2026-06-10"), ["Carrefour", "Mariani"], "Haiti",
       fat=0, actor1=["Police", "gang"], source=["Police"],
       evidence="officers exchanged fire with members of the Grand Ravine gang"),
    ev("b04e3", True, "incident", "P:Protest with intervention|R:Violent demonstration", ("2026-06-10", "2026-06-10"),
       ["Carrefour"], "Haiti", fat=0, actor1=["residents", "Protesters"], source=["Witnesses"],
       evidence="Hundreds of residents of Carrefour marched"),
    ev("b04e4", False, "aggregate", "VAC:Attack|B:Armed clash", ("2026-01-01", "2026-06-10"),
       ["Port-au-Prince"], "Haiti", fat=1500, evidence="killed more than 1,500\npeople in the capital since January"),
]),

doc("dev5_b05", "2026-04-30", "ngo", """
Burkina Faso: Civilians pay the price as violence spreads - OCHA flash update

Geneva / Ouagadougou, 30 April 2026 - The United Nations Office for the Coordination of Humanitarian Affairs
(OCHA) is deeply concerned about the rising number of civilian casualties in Burkina Faso.

Between 1 January and 31 March 2026, humanitarian partners recorded at least 620 civilians killed in attacks
attributed to non-state armed groups and in military operations. The Sahel region accounted for 280 of these
deaths, the Est region for 190 and the Boucle du Mouhoun region for 150.

On 21 April, armed men attacked the village of Dassa, about 20 km from Djibo, killing at least 14 civilians,
according to local sources. Homes and grain stores were burned and livestock taken. Some 3,000 people have since
fled towards Djibo, which has been under blockade by armed groups for more than three years.

On 25 April, an improvised explosive device struck a supply convoy near Gorom-Gorom, killing four drivers.

"These figures are a stark reminder that civilians are bearing the brunt of the conflict," said the
Humanitarian Coordinator. "I call on all parties to respect international humanitarian law and to allow
unimpeded access to people in need."

Over 2 million people are internally displaced in the country, and more than 400 health facilities are closed
or working at minimum capacity. The humanitarian response plan for 2026, which seeks US$ 935 million, is only
11 per cent funded.

OCHA and its partners continue to deliver assistance by air to besieged towns. Since January, the UN
Humanitarian Air Service has carried out 310 rotations to 12 locations. Road access to many localities in the
north and east remains impossible.

Background: Burkina Faso has faced attacks by groups linked to al-Qaeda and the Islamic State since 2015. The
military authorities who took power in 2022 have recruited tens of thousands of civilian volunteers (VDP) to
fight alongside the army.

For further information, please contact: OCHA Burkina Faso, Public Information Unit.
""", [
    ev("b05e1", True, "aggregate", "VAC:Attack|B:Armed clash", ("2026-01-01", "2026-03-31"), ["Burkina Faso"],
       "Burkina Faso", fat=620, source=["OCHA", "humanitarian partners"],
       evidence="at least 620 civilians killed"),
    ev("b05e2", True, "aggregate", "VAC:Attack|B:Armed clash", ("2026-01-01", "2026-03-31"), ["Sahel"],
       "Burkina Faso", fat=280, source=["OCHA"], evidence="The Sahel region accounted for 280"),
    ev("b05e3", True, "aggregate", "VAC:Attack|B:Armed clash", ("2026-01-01", "2026-03-31"), ["Est"],
       "Burkina Faso", fat=190, source=["OCHA"], evidence="the Est region for 190"),
    ev("b05e4", True, "aggregate", "VAC:Attack|B:Armed clash", ("2026-01-01", "2026-03-31"),
       ["Boucle du Mouhoun"], "Burkina Faso", fat=150, source=["OCHA"],
       evidence="the Boucle du Mouhoun region for 150"),
    ev("b05e5", True, "incident", "VAC:Attack", ("2026-04-21", "2026-04-21"), ["Dassa", "Djibo"], "Burkina Faso",
       fat=14, source=["local sources", "OCHA"], evidence="armed men attacked the village of Dassa"),
    ev("b05e6", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-04-25", "2026-04-25"),
       ["Gorom-Gorom", "Gorom Gorom"], "Burkina Faso", fat=4, source=["OCHA"],
       evidence="an improvised explosive device struck a supply convoy"),
]),

doc("dev5_b06", "2026-05-28", "ngo", """
Cameroon: Separatists and soldiers commit abuses in Anglophone regions - Human Rights Watch

(Nairobi, May 28, 2026) - Armed separatists killed five civilians in Bamenda, the capital of Cameroon's
North-West region, and government soldiers burned dozens of homes in a village in the South-West region in
May, Human Rights Watch said today. The authorities should investigate both incidents and hold those
responsible to account.

On May 9, separatist fighters opened fire on a minibus at a checkpoint they had set up in the Mile 90 area of
Bamenda, killing five passengers, including a pregnant woman, three witnesses told Human Rights Watch. The
fighters accused the passengers of violating a "lockdown" they had imposed.

On May 16, soldiers entered the village of Ekona-Mbenge, near Buea, after a separatist attack on an army post
nearby, and set fire to at least 30 houses, according to residents and satellite imagery analysed by Human
Rights Watch. A 70-year-old man who was unable to flee died in his burning home. The army spokesperson denied
that soldiers had burned homes, saying the fires were set by separatists.

"Civilians in the Anglophone regions are caught between two forces that show little regard for their lives,"
said Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch. "The government should stop denying
abuses and open credible investigations."

The crisis began in 2016 when lawyers and teachers protested against the perceived marginalisation of the
English-speaking minority. The government's crackdown led to the rise of armed separatist groups in 2017.
Since then, the violence has killed more than 6,000 people, according to the International Crisis Group, and
forced hundreds of thousands to flee.

Human Rights Watch interviewed 24 people by telephone between May 10 and May 25, including victims, witnesses,
relatives, and local activists. Cameroon's minister of communication did not respond to a letter sent on May 20
summarising the findings.

Human Rights Watch called on Cameroon's international partners to press for accountability, and urged
separatist leaders to end attacks on civilians and to lift the enforced school boycott. A hearing on the
crisis is scheduled at the African Commission on Human and Peoples' Rights in June.
""", [
    ev("b06e1", True, "incident", "VAC:Attack", ("2026-05-09", "2026-05-09"), ["Bamenda", "Mile 90"], "Cameroon",
       fat=5, actor1=["separatist", "Ambazonia"], source=["Human Rights Watch", "witnesses"],
       evidence="separatist fighters opened fire on a minibus"),
    ev("b06e2", True, "incident", "VAC:Attack|SD:Looting/property destruction", ("2026-05-16", "2026-05-16"),
       ["Ekona", "Ekona-Mbenge", "Buea"], "Cameroon", fat=1, actor1=["soldiers", "Military Forces of Cameroon"],
       source=["Human Rights Watch", "residents"], evidence="set fire to at least 30 houses"),
    ev("b06e3", False, "incident", "B:Armed clash", ("2026-05-15", "2026-05-16"), ["Ekona", "Buea"], "Cameroon",
       evidence="a separatist attack on an army post"),
]),

doc("dev5_b07", "2026-07-14", "ngo", """
Afghanistan: UNAMA releases midyear update on the protection of civilians

KABUL, 14 July 2026 - The United Nations Assistance Mission in Afghanistan (UNAMA) today released its midyear
update on the protection of civilians, covering the period from 1 January to 30 June 2026.

UNAMA documented 512 civilian casualties (166 killed and 346 injured) in the first six months of the year. The
majority of casualties were caused by improvised explosive devices, most of them in attacks claimed by the
Islamic State Khorasan Province (ISKP). Unexploded ordnance left from past decades of conflict killed 58
people, most of them children.

The report highlights the suicide attack on 3 June at a Shia mosque in the Dasht-e-Barchi area of western Kabul,
which killed 21 worshippers and injured 40. ISKP claimed responsibility for the attack. UNAMA also documented
the killing of three former members of the security forces in Kandahar province in April by unidentified
gunmen.

"Each of these numbers represents a person, a family, a community torn apart," said the head of UNAMA. "The de
facto authorities must do more to protect vulnerable communities, including the Hazara, and to investigate
attacks on them."

The report also notes continuing restrictions on women and girls, including the ban on secondary and
university education, which UNAMA says amounts to a serious violation of human rights. The de facto
authorities rejected the findings, saying the report was "based on unreliable sources".

In 2021, the last year before the Taliban takeover, UNAMA documented more than 8,000 civilian casualties in
the first half of the year alone. Civilian casualties have fallen sharply since, although attacks on
religious minorities continue.

UNAMA calls on all parties to take measures to prevent harm to civilians, and on donors to fund mine action
programmes, which clear thousands of explosive items each year. The full report, with a breakdown by region, is
available on the UNAMA website.
""", [
    ev("b07e1", True, "aggregate", "ERV:Remote explosive/landmine/IED|VAC:Attack|ERV:Suicide bomb",
       ("2026-01-01", "2026-06-30"), ["Afghanistan"], "Afghanistan", fat=166, source=["UNAMA"],
       evidence="UNAMA documented 512 civilian casualties"),
    ev("b07e2", True, "incident", "ERV:Suicide bomb", ("2026-06-03", "2026-06-03"),
       ["Dasht-e-Barchi", "Dasht-e Barchi", "Kabul"], "Afghanistan", fat=21,
       actor1=["Islamic State", "ISKP"], source=["UNAMA"], evidence="the suicide attack on 3 June"),
    ev("b07e3", True, "incident", "VAC:Attack", ("2026-04-01", "2026-04-30"), ["Kandahar"], "Afghanistan", fat=3,
       source=["UNAMA"], evidence="the killing of three former members of the security forces in Kandahar"),
    ev("b07e4", False, "aggregate", "ERV:Remote explosive/landmine/IED", ("2026-01-01", "2026-06-30"),
       ["Afghanistan"], "Afghanistan", fat=58, evidence="Unexploded ordnance left from past decades"),
]),

doc("dev5_b08", "2026-05-05", "ngo", """
Colombia: Amnesty International alarmed by killings of social leaders in Cauca

Bogota, 5 May 2026 - Amnesty International today expressed alarm at the continuing killings of human rights
defenders and social leaders in Colombia, after the murder of an indigenous leader in the department of Cauca
at the weekend.

According to the Indigenous Regional Council of Cauca (CRIC), gunmen shot dead Marcos Yule, a 34-year-old
indigenous guard coordinator, on Saturday 2 May near his home in the municipality of Toribio. The CRIC
attributed the killing to a dissident faction of the former FARC guerrilla. Local authorities said they had
opened an investigation.

Data from the Institute for Development and Peace Studies (Indepaz) show that 61 social leaders and human rights
defenders were killed in Colombia between 1 January and 30 April 2026, 19 of them in Cauca.

"The Colombian state has an obligation to protect those who defend the rights of their communities," said
Amnesty's Americas director. "Each killing sends a message of terror to entire communities."

Amnesty International recalls that the 2016 peace agreement between the government and the FARC contained
specific commitments on the protection of social leaders, many of which have not been implemented. The
organisation welcomes the government's announcement of a new protection plan but warns that plans on paper are
not enough.

The organisation also expressed concern about reports of forced recruitment of children by armed groups in the
north of Cauca, and about threats received by journalists in the department. In April, pamphlets signed by an
armed group circulated in the town of Suarez, threatening local leaders with death if they did not leave the
region.

Amnesty International urges the authorities to investigate the killing of Marcos Yule promptly, impartially
and effectively, and to guarantee the safety of his family and of the indigenous guard. The organisation will
present its concerns to the Inter-American Commission on Human Rights at its next session.

Residents of Toribio held a vigil for Yule on Sunday evening, lighting candles in the main square.
""", [
    ev("b08e1", True, "incident", "VAC:Attack", ("2026-05-02", "2026-05-02"), ["Toribio", "Toribío"], "Colombia",
       fat=1, actor1=["FARC", "dissident"], source=["CRIC", "Indigenous Regional Council"],
       evidence="gunmen shot dead Marcos Yule"),
    ev("b08e2", True, "aggregate", "VAC:Attack", ("2026-01-01", "2026-04-30"), ["Colombia"], "Colombia", fat=61,
       source=["Indepaz"], evidence="61 social leaders and human rights\ndefenders were killed"),
    ev("b08e3", True, "aggregate", "VAC:Attack", ("2026-01-01", "2026-04-30"), ["Cauca"], "Colombia", fat=19,
       source=["Indepaz"], evidence="19 of them in Cauca"),
    ev("b08e4", False, "incident", "P:Peaceful protest", ("2026-05-03", "2026-05-03"), ["Toribio", "Toribío"],
       "Colombia", fat=0, evidence="held a vigil for Yule"),
]),
]

if __name__ == "__main__":
    write("own_dev5_b.json", DOCS)
