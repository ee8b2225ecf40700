"""own_dev5 part a: wire stories and local/translated news, rich in non-event sentences."""
from common import doc, ev, write

DOCS = [
doc("dev5_a01", "2026-03-11", "wire", """
Insurgents storm army post in Borno, kill seven soldiers

MAIDUGURI, Nigeria (Reuters) - Islamic State West Africa Province fighters attacked a military base in Damboa in
Nigeria's northeastern Borno state late on Monday, killing seven soldiers and wounding several others, two
military sources said on Wednesday.

The militants arrived in gun trucks shortly before midnight and exchanged fire with troops for about three
hours before withdrawing towards the Sambisa forest, one of the sources said. "We lost seven men, including a
captain," said the officer, who asked not to be named because he was not authorised to speak to the media.
The army said in a statement that troops had "repelled" the assault and that "scores of terrorists" were
neutralised, a figure that could not be independently verified.

Residents said the fighters also set fire to a fuel depot near the base before they left. "We hid in our
houses until the morning," said Musa Ibrahim, a trader in the town.

Borno governor Babagana Zulum condemned the attack and called on the federal government to send more troops to
the area. He is due to visit Damboa on Friday, his office said.

The jihadist insurgency in the northeast began in 2009 and has killed more than 40,000 people, according to
the United Nations. Boko Haram gained global notoriety in 2014 when it abducted 276 schoolgirls from Chibok,
and ISWAP split from the group in 2016.

ISWAP has threatened in recent weeks to step up attacks on military positions ahead of the rainy season.
Security analysts say the group has increasingly used drones to drop explosives on bases.

In a separate development, a court in Abuja on Tuesday adjourned the trial of eleven men accused of financing
the insurgency until next month.

(Reporting by Ahmed Kingimi; Writing by Camillus Eboh; Editing by Alex Richardson)

A soldier stands guard at a checkpoint in Maiduguri, Nigeria, in this file photo taken in 2021.
""", [
    ev("a01e1", True, "incident", "B:Armed clash", ("2026-03-09", "2026-03-10"), ["Damboa"], "Nigeria",
       fat=7, actor1=["Islamic State", "ISWAP"], source=["military source", "Reuters"],
       evidence="attacked a military base in Damboa"),
    ev("a01e2", False, "incident", "VAC:Abduction/forced disappearance", ("2014-04-14", "2014-04-15"),
       ["Chibok"], "Nigeria", evidence="abducted 276 schoolgirls from Chibok"),
]),

doc("dev5_a02", "2026-04-22", "wire", """
Israeli strikes hit area near Damascus, Syrian state media says

BEIRUT (AP) - Israeli warplanes struck a site near the town of Kisweh south of Damascus early Wednesday,
killing two soldiers and wounding three, Syria's state news agency SANA reported, citing a military source.

The agency said air defences intercepted "most of the missiles", a claim routinely made after such raids. The
Israeli military did not comment, in line with its policy of rarely acknowledging individual strikes in Syria.
The Syrian Observatory for Human Rights, a Britain-based war monitor, said the strikes targeted a weapons depot
and that four people were killed, among them two foreign fighters.

Israel has carried out hundreds of strikes on targets in Syria since the start of the country's civil war in
2011, saying it aims to stop Iran from entrenching its military presence near its border. Last month, strikes
on the airport in Aleppo put it out of service for several days.

The Syrian Foreign Ministry condemned Wednesday's attack as a "flagrant violation of sovereignty" and urged the
U.N. Security Council to act. Iran's foreign ministry spokesman also denounced the strike in a weekly briefing.

Analysts say the pace of the strikes has quickened since the beginning of the year. "We are seeing a broader
campaign, not isolated raids," said Nour Haddad, a researcher at a Beirut think tank. "The risk is that one
miscalculation drags Lebanon in as well."

Separately, Syrian authorities said they had defused an explosive device found near a bus station in the
capital on Tuesday, without giving further details. No one was hurt.

Talks between Damascus and Kurdish-led authorities in the northeast over the future of the region resumed this
week in the presence of U.S. officials, according to people familiar with the discussions. A previous round
ended without agreement in February.

Associated Press writer Bassem Mroue contributed to this report.
""", [
    ev("a02e1", True, "incident", "ERV:Air/drone strike", ("2026-04-22", "2026-04-22"), ["Kisweh", "Al Kiswah",
       "Kiswah"], "Syria", fat=2, actor1=["Israel"], source=["SANA", "military source"],
       evidence="Israeli warplanes struck a site near the town of Kisweh"),
    ev("a02e2", False, "incident", "ERV:Air/drone strike|ERV:Shelling/artillery/missile attack",
       ("2026-03-01", "2026-03-31"), ["Aleppo"], "Syria", actor1=["Israel"],
       evidence="strikes\non the airport in Aleppo"),
    ev("a02e3", False, "incident", "SD:Disrupted weapons use", ("2026-04-21", "2026-04-21"), ["Damascus"],
       "Syria", fat=0, evidence="defused an explosive device found near a bus station"),
]),

doc("dev5_a03", "2026-02-18", "wire", """
Rebels kill 11 villagers in eastern Congo as leaders' trial drags on

BENI, Democratic Republic of Congo (Reuters) - Suspected Allied Democratic Forces rebels killed at least 11
civilians with machetes and guns in the village of Mamove in North Kivu province on Sunday night, a local
official and civil society leaders said.

"They came at around 9 p.m. and went from house to house," said Kinos Katuho, head of a civil society group in
Beni territory. He said 11 bodies had been recovered and that some residents were still missing. A local
administrator put the toll at 13 but said the count was provisional.

The army said it had deployed troops to the area on Monday and was pursuing the attackers. Army spokesman
Captain Antony Mualushayi said soldiers clashed with a group of rebels near the Semuliki river on Tuesday and
killed two of them. The claim could not be independently verified.

The ADF, a Ugandan armed group that pledged allegiance to Islamic State, has killed thousands of civilians in
eastern Congo over the past decade. In 2014 and 2015, a series of massacres around Beni killed more than 800
people, according to rights groups.

In Kinshasa, a military court on Monday postponed for the third time the trial of four men accused of
organising an attack on a prison in Butembo, citing the absence of defence lawyers.

Congolese and Ugandan troops have been conducting joint operations against the ADF since late 2021. President
Felix Tshisekedi has repeatedly promised to restore security in the east, and parliament is expected next week
to debate an extension of the state of siege in North Kivu and Ituri.

Aid groups said the violence has forced thousands of people to flee towards the town of Oicha in recent
weeks. "People are afraid to go to their fields," said a Red Cross volunteer.

FILE PHOTO: Residents carry the coffin of a victim of an earlier attack in Beni, North Kivu province.
(Reporting by David Lewis; Editing by Grant McCool)
""", [
    ev("a03e1", True, "incident", "VAC:Attack", ("2026-02-15", "2026-02-16"), ["Mamove"],
       "Democratic Republic of Congo", fat=11, actor1=["ADF", "Allied Democratic Forces"],
       source=["civil society", "local official", "Reuters"], evidence="in the village of Mamove"),
    ev("a03e2", True, "incident", "B:Armed clash", ("2026-02-17", "2026-02-17"), ["Semuliki", "Mamove", "Beni"],
       "Democratic Republic of Congo", fat=2, actor1=["military", "army", "Armed Forces"], source=["army"],
       evidence="soldiers clashed with a group of rebels near the Semuliki river"),
]),

doc("dev5_a04", "2026-05-14", "wire", """
Guerrero: asesinan a cuatro en Chilapa (translated)

Four men murdered in Chilapa; families announce march

CHILAPA DE ALVAREZ, Guerrero (El Sur, translated) .- Four men were shot dead on the night of Tuesday (12/5/2026)
in the Los Angeles neighbourhood of this municipality, when an armed commando opened fire on them outside a
tyre repair shop, the State Attorney General's Office (FGE) reported.

According to the first reports, the attackers arrived in two vans and fled towards the road to Zitlala. The
victims, aged between 19 and 45, died at the scene. The FGE said it had opened an investigation for the crime
of homicide and did not rule out a link to the dispute between criminal groups over the region.

On Wednesday morning, state police and the National Guard set up checkpoints at the entrances of the city. A
spokesman for the security coordination group said that a man suspected of acting as a lookout for the group
had been detained and handed over to prosecutors.

Relatives of the victims said they would march next Monday to the municipal palace to demand justice. "We are
not going to stay silent," said the mother of one of the young men.

Chilapa has lived through a wave of violence since 2014, when a clash between criminal groups left dozens
disappeared. According to figures from the Executive Secretariat of the National Public Security System,
Guerrero recorded 412 victims of intentional homicide between January and April of this year, a slight fall
compared with the same period of 2025.

The governor, Evelyn Salgado, condemned the attack in a message on social networks and said that "there will be
no impunity". The local bishop called for a day of prayer for peace on Sunday.

In another event, in Acapulco, police found a bag containing a human head on Wednesday near the Costera avenue,
according to municipal authorities, who did not give further details.

The Chilapa municipal council suspended its weekly session as a sign of mourning.
""", [
    ev("a04e1", True, "incident", "VAC:Attack", ("2026-05-12", "2026-05-13"), ["Chilapa"], "Mexico", fat=4,
       source=["FGE", "Attorney General", "El Sur"], evidence="Four men were shot dead on the night of Tuesday"),
    ev("a04e2", False, "incident", "SD:Arrests", ("2026-05-13", "2026-05-13"), ["Chilapa"], "Mexico",
       evidence="had been detained and handed over to prosecutors"),
    ev("a04e3", False, "incident", "VAC:Attack", ("2026-05-13", "2026-05-13"), ["Acapulco"], "Mexico",
       fat=1, evidence="a bag containing a human head"),
    ev("a04e4", False, "aggregate", "VAC:Attack", ("2026-01-01", "2026-04-30"), ["Guerrero"], "Mexico",
       fat=412, evidence="Guerrero recorded 412 victims of intentional homicide"),
]),

doc("dev5_a05", "2026-03-26", "wire", """
Russian missile strike kills three in Dnipro as Kyiv pleads for air defence

KYIV, March 26 (Reuters) - A Russian missile struck a residential neighbourhood in the central Ukrainian city
of Dnipro on Thursday morning, killing three people and wounding 14, regional governor Serhiy Lysak said.

The strike damaged a five-storey apartment block and several shops, Lysak said on Telegram, posting photographs
of firefighters working in the rubble. Ukraine's air force said Russia had launched two Iskander-M ballistic
missiles at the region and a swarm of 48 drones at other parts of the country overnight, of which 41 drones
were shot down.

Russia's defence ministry said its forces had struck "a workshop assembling drones" in Dnipro. Moscow denies
targeting civilians.

President Volodymyr Zelenskiy renewed his appeal for Western partners to supply more Patriot systems. "Every
missile that is not intercepted is measured in lives," he said in his nightly video address. The European
Union's foreign policy chief condemned the attack as "barbaric".

In the southern Kherson region, Russian shelling killed a 67-year-old man in the village of Bilozerka on
Wednesday evening, the regional administration said.

The strike came a year after a Russian missile hit a shopping centre in the same city, killing dozens. Ukraine
marked the anniversary with a minute of silence on Tuesday.

Russia, which controls about a fifth of Ukraine's territory, has stepped up its air campaign in recent months.
Kyiv says it has hit oil refineries deep inside Russia in response. Russian officials said a Ukrainian drone
attack on Wednesday set fire to a fuel depot in the Bryansk region, with no casualties; Reuters could not verify
the report.

Ukrainian and U.S. officials are due to meet in Geneva next week to discuss a possible framework for talks.

(Reporting by Anastasiia Malenko; Editing by Ros Russell)
""", [
    ev("a05e1", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-03-26", "2026-03-26"),
       ["Dnipro", "Dnipropetrovsk"], "Ukraine", fat=3, actor1=["Russia"], source=["Lysak", "governor"],
       evidence="A Russian missile struck a residential neighbourhood"),
    ev("a05e2", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-03-25", "2026-03-25"),
       ["Bilozerka"], "Ukraine", fat=1, actor1=["Russia"], source=["regional administration"],
       evidence="Russian shelling killed a 67-year-old man in the village of Bilozerka"),
    ev("a05e3", False, "incident", "ERV:Air/drone strike", ("2026-03-25", "2026-03-26"), ["Bryansk"], "Russia",
       fat=0, actor1=["Ukraine"], evidence="a Ukrainian drone\nattack on Wednesday"),
    ev("a05e4", False, "incident", "ERV:Air/drone strike|SD:Disrupted weapons use", ("2026-03-25", "2026-03-26"),
       ["Ukraine"], "Ukraine", evidence="a swarm of 48 drones"),
]),

doc("dev5_a06", "2026-06-04", "wire", """
Roadside bomb kills two policemen in northwest Pakistan; traders protest in Karachi

PESHAWAR, Pakistan, June 4 (AP) - A roadside bomb struck a police vehicle in the Bajaur district of Pakistan's
Khyber Pakhtunkhwa province on Thursday, killing two policemen and wounding a third, police said.

The bomb went off as the officers were escorting a polio vaccination team near the town of Khar, said district
police chief Waqas Rafiq. The vaccinators were unharmed. No group immediately claimed responsibility, but
suspicion fell on the Pakistani Taliban, known as Tehreek-e-Taliban Pakistan or TTP, which has carried out
similar attacks in the area.

The TTP warned last week that it would target security forces "everywhere" after the army announced a new
operation in the tribal belt. The group has denied involvement in attacks on polio workers in the past.

Prime Minister Shehbaz Sharif condemned the bombing and vowed that "terrorists will be eliminated". Police said
they had launched a search operation in nearby villages.

In the southern port city of Karachi, several hundred traders marched peacefully on Thursday to the Sindh
Assembly to protest against new taxes announced in the budget, shutting shops in the Saddar market for the
day. The protest ended without incident after a delegation met provincial officials.

Pakistan has seen a sharp rise in militant violence since the Taliban returned to power in neighbouring
Afghanistan in 2021. An anti-terrorism court in Peshawar on Wednesday sentenced three men to death for a 2023
mosque bombing that killed more than 80 people, most of them policemen.

Islamabad accuses Kabul of sheltering TTP fighters, a charge Afghanistan's Taliban government denies. Officials
from the two countries are scheduled to hold talks on border security in Doha later this month.

A policeman stands beside a damaged vehicle at the site of an earlier bombing in Peshawar. (AP Photo/File)
""", [
    ev("a06e1", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-06-04", "2026-06-04"),
       ["Bajaur", "Khar"], "Pakistan", fat=2, source=["police"], evidence="A roadside bomb struck a police vehicle"),
    ev("a06e2", True, "incident", "P:Peaceful protest", ("2026-06-04", "2026-06-04"), ["Karachi"], "Pakistan",
       fat=0, actor1=["traders", "Protesters"], evidence="several hundred traders marched peacefully"),
    ev("a06e3", False, "incident", "ERV:Suicide bomb", ("2023-01-30", "2023-01-30"), ["Peshawar"], "Pakistan",
       evidence="a 2023\nmosque bombing"),
]),

doc("dev5_a07", "2026-02-26", "wire", """
Mandera: Two officers killed as IED hits police truck

By Nation Correspondent

Two Kenya Police Reservists were killed and three Administration Police officers injured on Wednesday morning
when their vehicle ran over an improvised explosive device at Fino in Mandera County.

Mandera County Police Commander Joseph Kavoo said the officers were on routine patrol between Fino and
Lafey when the explosive went off at about 8am. "We suspect the device was planted overnight by al-Shabaab
militants who cross from Somalia," he said. The injured were airlifted to Nairobi for treatment.

It is the third such attack in the county this month. On February 9, a similar device damaged a lorry
carrying construction materials near Elwak, injuring the driver.

Mandera Governor Mohamed Adan Khalif appealed to residents to share information with security agencies and
asked the national government to fast-track the recruitment of more reservists. "We cannot allow our roads to
become death traps," he said.

Meanwhile, MPs from the North Eastern region on Wednesday walked out of a parliamentary committee session in
Nairobi, saying the government had ignored their repeated warnings about insecurity along the border. The
committee is considering a bill on the management of the police reserve.

Interior Cabinet Secretary Kipchumba Murkomen, speaking in Garissa, said the government would deploy
additional officers and drones to the region. He said security forces had foiled several planned attacks in
the last three months, without giving details.

Analysts have long warned that the porous 700-kilometre border with Somalia allows militants to move freely.
Al-Shabaab has waged an insurgency against the Somali government since 2006 and has repeatedly attacked Kenya
since Kenyan troops entered Somalia in 2011. The group killed 148 people at Garissa University in 2015.

Residents of Fino said schools remained closed on Wednesday and that traders had stopped travelling to Lafey
for fear of further attacks.
""", [
    ev("a07e1", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-02-25", "2026-02-25"),
       ["Fino", "Mandera"], "Kenya", fat=2, actor1=["Shabaab"], source=["Kavoo", "Police Commander"],
       evidence="ran over an improvised explosive device at Fino"),
    ev("a07e2", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-02-09", "2026-02-09"),
       ["Elwak", "El Wak"], "Kenya", fat=0, evidence="a similar device damaged a lorry"),
    ev("a07e3", False, "incident", "VAC:Attack|B:Armed clash", ("2015-04-02", "2015-04-02"), ["Garissa"],
       "Kenya", evidence="killed 148 people at Garissa University in 2015"),
]),

doc("dev5_a08", "2026-04-09", "wire", """
Myanmar military air strike kills nine in Sagaing village, resistance says

BANGKOK, April 9 (Reuters) - An air strike by Myanmar's military killed nine people, including three children,
in a village in the central Sagaing region on Wednesday, a local resistance group and residents said.

A fighter jet dropped two bombs on Kan Gyi village in Kani township at around noon, hitting a monastery where
displaced families were sheltering, said a spokesman for the local People's Defence Force. "There was no
fighting in the village at the time," he said. A junta spokesman did not answer calls seeking comment.

The shadow National Unity Government, which was formed by ousted lawmakers, condemned the strike as a war
crime and called on the international community to stop the supply of aviation fuel to the military.

The army, which seized power in a 2021 coup, has increasingly relied on air power as it struggles to contain
armed resistance on multiple fronts. In April 2023 an air strike on a gathering in Pazigyi village, also in
Sagaing, killed more than 160 people.

Separately, resistance fighters said they had attacked a military column near Monywa on Tuesday and that
fighting continued for several hours. Reuters could not independently confirm details of the clash or
casualties.

ASEAN's special envoy on Myanmar held talks with the junta's foreign minister in Naypyitaw on Thursday, the
second such meeting this year, but there was no sign of progress on a peace plan agreed in 2021.

The junta has announced it will hold further phases of an election later this year, a vote critics say will
be neither free nor fair. The United Nations estimates more than three million people have been displaced
across the country since the coup.

In a report published this week, a research group said that the military had carried out more air strikes in
the first quarter of this year than in any previous quarter since the coup.
""", [
    ev("a08e1", True, "incident", "ERV:Air/drone strike", ("2026-04-08", "2026-04-08"), ["Kan Gyi", "Kani"],
       "Myanmar", fat=9, actor1=["military", "Military Forces of Myanmar", "junta"],
       source=["People's Defence Force", "resistance", "residents"], evidence="A fighter jet dropped two bombs"),
    ev("a08e2", True, "incident", "B:Armed clash", ("2026-04-07", "2026-04-07"), ["Monywa"], "Myanmar",
       actor1=["resistance", "People's Defence Force", "PDF"], source=["resistance"],
       evidence="they had attacked a military column near Monywa"),
    ev("a08e3", False, "incident", "ERV:Air/drone strike", ("2023-04-11", "2023-04-11"), ["Pazigyi"], "Myanmar",
       evidence="an air strike on a gathering in Pazigyi village"),
]),
]

if __name__ == "__main__":
    write("own_dev5_a.json", DOCS)
