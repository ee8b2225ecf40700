"""heldout3_a.json: Benin, Togo (translated), Cabo Delgado, Amhara/Oromia, Mogadishu live, EHRC, Bawku (local), two non-events."""
from common import doc, ev, write

D = []

D.append(doc("h3-wire-benin-alibori-post", "2026-04-16", "wire", """
Benin says six soldiers killed in attack on northern border post
COTONOU, Benin (Reuters) - Militants attacked an army post near the town of Karimama in northern Benin on Tuesday, killing six soldiers, the army chief of staff said on Thursday, the latest in a string of assaults on the coastal West African country's border with Niger.
A security source in the northern city of Kandi told Reuters that nine soldiers had died and that the attackers, who arrived on about forty motorcycles shortly after dawn, had taken weapons and two pick-up trucks before withdrawing toward the W National Park. The army said its troops had "repelled the assailants and inflicted losses on them," without giving a figure.
No group claimed responsibility, but the al Qaeda-affiliated Group for the Support of Islam and Muslims (JNIM), which operates from bases in the parks straddling Benin, Niger and Burkina Faso, has claimed most previous attacks on the army in the area.
On Wednesday, two soldiers were killed when their vehicle struck an improvised explosive device on the road between Tanguieta and Porga in the Atacora department, a local official said. The road leads to the Pendjari National Park, where rangers and soldiers have been targeted repeatedly since 2022.
Police in Malanville said on Thursday they had arrested 14 people suspected of supplying fuel and motorcycle parts to militants. They were being questioned in Parakou, a police spokesman said.
"Every week we bury someone," said a trader in Karimama reached by telephone, who asked not to be named for fear of reprisals. "Many families have already left for Kandi or Malanville. The market is half empty."
Benin, a country of about 14 million people, was long seen as one of the more stable democracies in the region. Its northern departments of Alibori and Atacora have become a front line as jihadist groups that started in Mali pushed south through Burkina Faso and Niger. In January 2025, an attack on a military position at the junction of the three countries' borders killed 28 soldiers, the heaviest loss the army had suffered.
President-elect Romuald Wadagni, who won the April 12 election and takes office next month, has promised to recruit more soldiers and to improve relations with Niger's military government, which closed the border in 2023 and accuses Benin of harbouring French forces, a charge Cotonou denies.
Security analysts say the militants also use the porous border for smuggling fuel, cattle and gold, which finances their operations. "The coastal states are paying for the collapse of the central Sahel," said a researcher at a West African security think tank in Dakar. "Closing the border has made it harder, not easier, to share intelligence."
""", [
    ev("karimama-post-attack", True, "incident", "B:Armed clash", ("2026-04-14", "2026-04-14"),
       ["Karimama", "Alibori"], "Benin", 6,
       ["JNIM", "Support of Islam and Muslims", "Unidentified Armed Group", "Military Forces of Benin"],
       ["army chief of staff", "army", "Reuters"],
       "Militants attacked an army post near the town of Karimama in northern Benin on Tuesday, killing six soldiers"),
    ev("tanguieta-porga-ied", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-04-15", "2026-04-15"),
       ["Tanguieta", "Tanguiéta", "Porga", "Atacora"], "Benin", 2, None, ["local official", "Reuters"],
       "two soldiers were killed when their vehicle struck an improvised explosive device on the road between Tanguieta and Porga"),
    ev("malanville-arrests", False, "incident", "SD:Arrests", ("2026-04-14", "2026-04-16"),
       ["Malanville", "Alibori"], "Benin", 0, ["Police Forces of Benin", "police"], ["police"],
       "Police in Malanville said on Thursday they had arrested 14 people"),
    ev("triple-border-2025-attack", False, "incident", "B:Armed clash", ("2025-01-01", "2025-01-31"),
       ["Alibori", "Karimama"], "Benin", 28, None, None,
       "an attack on a military position at the junction of the three countries' borders killed 28 soldiers"),
]))

D.append(doc("h3-local-togo-kpendjal-translated", "2026-05-21", "wire", """
Kpendjal: five villagers killed in night attack, residents of Dapaong march for security
[Translated from French. Originally published by a Lomé daily's Savanes correspondent.]
DAPAONG - Unidentified armed men attacked the village of Koundjouare in the prefecture of Kpendjal during the night from Monday to Tuesday, killing five civilians and carrying off two young men, according to concordant local sources reached by our newspaper.
The assailants, numbering about twenty according to a village elder, arrived around 1 a.m. on motorcycles from the direction of the border with Burkina Faso. They went to the house of the village chief, whom they did not find, then opened fire on people who tried to flee. Three granaries and a motorcycle repair shop were set on fire. "We heard shots for almost an hour. In the morning we found the bodies behind the school," a teacher told us.
The two young men taken away are the sons of a local councillor. As of Wednesday evening, the families had received no news of them.
The prefect of Kpendjal confirmed "a terrorist incursion" but did not give a toll. A security source in Mango spoke of four deaths.
The Togolese Armed Forces (FAT) said in a communique read on national television on Tuesday evening that an air operation carried out on Sunday in the area of Mandouri had "neutralised several terrorists" and destroyed a logistics base. The communique did not say how many people had been killed, and it was not possible to verify the claim independently. Residents of Mandouri said they had heard aircraft in the early afternoon.
On Wednesday morning, several hundred residents of Dapaong, the regional capital, marched peacefully from the Grand Marché to the governorate to demand more protection for the border villages. The marchers, many of them women and pupils, carried placards reading "Savanes wants peace" and "Protect Kpendjal". The march, authorised by the authorities, ended without incident after a delegation handed a petition to the governor.
"We are not against the army. We are asking that soldiers be posted in the villages and not only in the towns," said one of the organisers, a member of a local youth association.
Since the first attack on Togolese soil in November 2021, the north of the country has been under a state of security emergency, which the National Assembly renewed for a further year in March. The government has acknowledged several dozen deaths among soldiers and civilians, but independent organisations believe the real toll is higher. Thousands of displaced people from border villages now live with host families in Dapaong and Cinkassé.
The authorities have also set up a programme of development projects in the Savanes region, with new roads, water points and a youth employment scheme, which they present as a way of cutting off the recruitment of young people by armed groups.
""", [
    ev("koundjouare-night-attack", True, "incident", "VAC:Attack", ("2026-05-18", "2026-05-19"),
       ["Koundjouare", "Koundjouaré", "Kpendjal", "Savanes"], "Togo", 4,
       ["Unidentified Armed Group", "JNIM", "armed men"], ["local sources", "village elder", "security source"],
       "Unidentified armed men attacked the village of Koundjouare in the prefecture of Kpendjal during the night from Monday to Tuesday"),
    ev("mandouri-air-operation", True, "incident", "ERV:Air/drone strike", ("2026-05-17", "2026-05-17"),
       ["Mandouri", "Kpendjal", "Savanes"], "Togo", None, ["Military Forces of Togo", "Togolese Armed Forces", "FAT"],
       ["Togolese Armed Forces", "FAT", "communique"],
       "an air operation carried out on Sunday in the area of Mandouri had \"neutralised several terrorists\""),
    ev("dapaong-security-march", True, "incident", "P:Peaceful protest", ("2026-05-20", "2026-05-20"),
       ["Dapaong", "Tone", "Savanes"], "Togo", 0, ["Protesters (Togo)", "Protesters", "residents"], None,
       "several hundred residents of Dapaong, the regional capital, marched peacefully"),
]))

D.append(doc("h3-ngo-cabo-delgado-flash", "2026-06-12", "ngo", """
MOZAMBIQUE: Cabo Delgado - Flash Update No. 7 (as of 12 June 2026)
KEY FIGURES
- 29 civilians killed in attacks by non-state armed groups (NSAGs) since 1 May
- 38 security incidents recorded since 1 May
- 18,400 people newly displaced since 1 May
- 7 children abducted in Chiure district on 9 June
SITUATION OVERVIEW
Insecurity in Cabo Delgado province has increased sharply since the start of May, with attacks spreading from the coastal districts of Macomia and Mocimboa da Praia to the southern districts of Chiure and Ancuabe.
On 6 June, NSAG members attacked the village of Mucojo, in Macomia district, killing four civilians, including two women, and burning at least 30 houses and a health post, according to local authorities. Residents fled to the bush and to Macomia town. Partners report that some of the victims were beheaded.
On 8 June, fighting was reported between NSAG members and Mozambican and Rwandan security forces near Mbau, in Mocimboa da Praia district. Sources reported casualties on both sides, but figures could not be confirmed. Movement on the road between Mocimboa da Praia and Mueda was suspended for two days.
On 9 June, NSAG members abducted seven children, aged between 11 and 15, from a farming area near Ocua, in Chiure district. Community leaders say the children were taken while working in family fields. The Islamic State group claimed attacks in Chiure and Ancuabe in the same week through its media channels.
Since 1 May, partners have recorded 38 security incidents and 29 civilian deaths across the province: 13 in Macomia, 9 in Chiure, 4 in Mocimboa da Praia and 3 in Ancuabe district.
DISPLACEMENT
According to the International Organization for Migration (IOM) Displacement Tracking Matrix, 18,400 people have been newly displaced since 1 May: 9,200 in Chiure, 5,100 in Macomia and 4,100 in Ancuabe district. More than half are children. Most have moved toward Chiure Velho, Metuge and the provincial capital, Pemba, and are staying with host families or in overcrowded accommodation centres.
HUMANITARIAN IMPACT AND RESPONSE
- Food: partners distributed food rations to 2,900 households in Chiure and Metuge. Stocks for June are sufficient for only half of the newly displaced.
- Health: two health posts in Macomia district are closed following attacks and looting. A mobile clinic is operating in Chiure Velho.
- Protection: partners are following up reports of family separation and are supporting the families of the abducted children. Access to the affected areas remains limited due to insecurity on the N380 road.
- Education: at least 11 schools are closed in Chiure district, affecting nearly 6,000 pupils.
FUNDING
The 2026 Mozambique Humanitarian Needs and Response Plan is 14 per cent funded. Humanitarian partners urgently need US$38 million to respond to the new displacement over the next three months.
The humanitarian community reiterates its call on all parties to protect civilians and civilian infrastructure, including schools and health facilities, and to allow safe and unimpeded humanitarian access.
For further information, please contact: OCHA Mozambique, Pemba office.
""", [
    ev("mucojo-attack", True, "incident", "VAC:Attack", ("2026-06-06", "2026-06-06"),
       ["Mucojo", "Macomia", "Cabo Delgado"], "Mozambique", 4,
       ["Islamic State (Mozambique)", "Islamic State", "NSAG", "Ahlu Sunnah Wa-Jamo", "Unidentified Armed Group"],
       ["local authorities", "OCHA"],
       "NSAG members attacked the village of Mucojo, in Macomia district, killing four civilians"),
    ev("mbau-clash", True, "incident", "B:Armed clash", ("2026-06-08", "2026-06-08"),
       ["Mbau", "Mocimboa da Praia", "Mocímboa da Praia", "Cabo Delgado"], "Mozambique", None,
       ["Islamic State (Mozambique)", "NSAG", "Military Forces of Mozambique", "Military Forces of Rwanda"], ["OCHA"],
       "fighting was reported between NSAG members and Mozambican and Rwandan security forces near Mbau"),
    ev("ocua-child-abduction", True, "incident", "VAC:Abduction/forced disappearance", ("2026-06-09", "2026-06-09"),
       ["Ocua", "Chiure", "Cabo Delgado"], "Mozambique", 0,
       ["Islamic State (Mozambique)", "NSAG", "Unidentified Armed Group"], ["community leaders", "OCHA"],
       "NSAG members abducted seven children, aged between 11 and 15, from a farming area near Ocua"),
    ev("cabo-delgado-may-june-toll", True, "aggregate", "*", ("2026-05-01", "2026-06-12"), ["Cabo Delgado"],
       "Mozambique", 29, None, ["OCHA", "partners"],
       "partners have recorded 38 security incidents and 29 civilian deaths across the province"),
    ev("macomia-toll", False, "aggregate", "*", ("2026-05-01", "2026-06-12"), ["Macomia"], "Mozambique", 13,
       None, ["OCHA"], "13 in Macomia"),
    ev("cabo-delgado-displacement", False, "aggregate", "*", ("2026-05-01", "2026-06-12"), ["Cabo Delgado"],
       "Mozambique", None, None, ["IOM", "Displacement Tracking Matrix"],
       "18,400 people have been newly displaced since 1 May"),
]))

D.append(doc("h3-wire-ethiopia-mota-drone", "2026-03-12", "wire", """
Drone strike on minibus kills 12 in Ethiopia's Amhara, residents say
NAIROBI (AP) - A drone strike hit a minibus carrying passengers near the town of Mota in Ethiopia's Amhara region on Tuesday, killing at least 12 people, three residents and a health worker told The Associated Press, as fighting between federal forces and the Fano militia flared again across the region.
A health worker at Mota hospital, who spoke on condition of anonymity for fear of reprisal, said 15 bodies had been brought in and that eight wounded passengers were being treated. Most of the dead were traders travelling to the weekly market, he said. Two residents said the minibus was struck on an open stretch of road about 6 kilometers (4 miles) outside the town in East Gojjam zone.
The Ethiopian military, the only party in the conflict known to operate armed drones, did not respond to requests for comment. Government officials have previously said drone strikes target only "extremist forces".
Fighting also broke out on Monday around Wereta, a town in South Gondar zone on the main road between Bahir Dar and Gondar. A Fano commander reached by telephone said his fighters had entered the town on Monday night and held it for several hours before withdrawing at dawn on Tuesday. The regional government's communication office said the army had "foiled an attempt by extremist forces" to infiltrate the town and that dozens of them had been killed. Neither account could be verified, and telephone and internet services in parts of the region have been cut for months.
In neighbouring Oromia region, gunmen stopped a bus on the road near Gerba Guracha in North Shewa zone on Wednesday and abducted nine passengers, a relative of one of the victims and a local official said. The official blamed the Oromo Liberation Army (OLA), a rebel group that has been fighting the government for years. An OLA spokesman denied the group was involved and blamed "government-affiliated criminal gangs". Kidnappings for ransom have become common on roads leading out of Addis Ababa.
The Fano militias, loosely organised nationalist fighters, were allies of the federal army during the 2020-2022 war in the northern Tigray region but turned against the government after it moved to disband regional special forces in April 2023. The fighting has since spread to most of Amhara, Ethiopia's second most populous region. Rights groups have accused both sides of abuses, including extrajudicial killings by soldiers and abductions by Fano fighters.
The government of Prime Minister Abiy Ahmed declared a state of emergency in Amhara in August 2023 that expired in 2024, but large military operations have continued. The United Nations human rights office said in January that it had documented more than 200 civilians killed in drone strikes in the region in 2025.
Prime Minister Abiy has said the government is open to talks with "any armed group that accepts the constitution", but no negotiations with Fano are known to be under way.
""", [
    ev("mota-minibus-drone-strike", True, "incident", "ERV:Air/drone strike", ("2026-03-10", "2026-03-10"),
       ["Mota", "East Gojjam", "Misraq Gojjam", "Amhara"], "Ethiopia", 12,
       ["Military Forces of Ethiopia", "Ethiopian military", "Ethiopia"], ["residents", "health worker", "AP"],
       "A drone strike hit a minibus carrying passengers near the town of Mota"),
    ev("wereta-fano-clash", True, "incident", "B:Armed clash|B:Non-state actor overtakes territory",
       ("2026-03-09", "2026-03-10"), ["Wereta", "Woreta", "South Gondar", "Debub Gondar", "Amhara"], "Ethiopia", None,
       ["Fano", "Amhara Ethnic Militia", "Military Forces of Ethiopia"], ["Fano commander", "communication office"],
       "Fighting also broke out on Monday around Wereta"),
    ev("gerba-guracha-bus-abduction", True, "incident", "VAC:Abduction/forced disappearance",
       ("2026-03-11", "2026-03-11"), ["Gerba Guracha", "North Shewa", "Semien Shewa", "Oromia"], "Ethiopia", 0,
       ["OLA", "Oromo Liberation Army", "Unidentified Armed Group", "gunmen"], ["relative", "local official"],
       "gunmen stopped a bus on the road near Gerba Guracha in North Shewa zone on Wednesday and abducted nine passengers"),
]))

D.append(doc("h3-live-mogadishu-hotel-siege", "2026-08-21", "liveblog", """
Mogadishu hotel siege: live updates
Key events
- Security forces say the siege at the Sahal Hotel near Lido beach is over after about eleven hours.
- Police say 17 people were killed, 14 of them civilians, and all five attackers are dead.
- Al-Shabaab has claimed responsibility for the attack, which began with a car bomb at the hotel gate on Friday evening.
- Somali and AU troops say they have retaken the town of Sabiid in Lower Shabelle.
Last updated 22 August 2026, 09:15 EAT
09:15 EAT
Separately, the Somali National Army says its troops, backed by the African Union mission AUSSOM, recaptured the town of Sabiid in Lower Shabelle region from al-Shabaab early this morning after the militants withdrew. A commander told state radio there was brief fighting on the outskirts. There is no word on casualties.
07:40 EAT
Police spokesman Abdifatah Aden Hassan has just given the first official toll: 17 people were killed, 14 civilians and three soldiers, and 26 were wounded. All five attackers are dead, he said, including the driver of the car bomb. Earlier, the health ministry had put the number of dead at 12.
06:30 EAT
The siege is over, according to the security ministry. Special forces of the Haramcad police unit cleared the last floor of the hotel at around 06:15, a ministry statement says. Ambulances are taking the wounded to Madina and Erdogan hospitals.
03:05 EAT
Heavy gunfire has resumed from the upper floors. A witness on the beach road tells us several guests are still hiding in rooms on the fourth floor.
00:20 EAT
It is now past midnight in Mogadishu and the fighting at the hotel continues. Security officials tell Reuters that special forces are moving floor by floor. At least 40 people have been rescued so far, including two members of parliament.
21 August 2026
22:50 EAT
Al-Shabaab has claimed responsibility for the attack in a statement on its Andalus radio station, saying its fighters were targeting "government officials and apostates".
21:10 EAT
Witnesses say gunmen are exchanging fire with security forces inside the hotel compound. Roads around Lido beach, in Abdiaziz district, have been closed off.
20:05 EAT
A large explosion has been heard across Mogadishu. Police say a car laden with explosives was driven at the gate of the Sahal Hotel, a popular spot for officials and business people near Lido beach, at around 19:45, and that gunmen then stormed the building.
18:30 EAT
Earlier this afternoon, several mortar shells landed near Aden Adde international airport, a police officer said. No casualties were reported. The airport compound houses embassies and United Nations offices and is often targeted by al-Shabaab.
17:55 EAT
Hello and welcome to our live coverage from Somalia, where it has been a tense day in the capital ahead of a national consultative council meeting on the elections planned for next year.
""", [
    ev("sahal-hotel-attack", True, "incident", "ERV:Suicide bomb|B:Armed clash|VAC:Attack", ("2026-08-21", "2026-08-22"),
       ["Mogadishu", "Lido", "Abdiaziz", "Banadir"], "Somalia", 22,
       ["Al Shabaab", "al-Shabaab", "Shabaab"], ["police", "security ministry", "health ministry"],
       "a car laden with explosives was driven at the gate of the Sahal Hotel"),
    ev("aden-adde-mortars", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-08-21", "2026-08-21"),
       ["Mogadishu", "Aden Adde", "Banadir"], "Somalia", 0, ["Al Shabaab", "al-Shabaab", "Unidentified Armed Group"],
       ["police officer"], "several mortar shells landed near Aden Adde international airport"),
    ev("sabiid-retaken", True, "incident", "B:Government regains territory", ("2026-08-22", "2026-08-22"),
       ["Sabiid", "Lower Shabelle", "Shabeellaha Hoose"], "Somalia", None,
       ["Military Forces of Somalia", "Somali National Army", "AUSSOM"], ["Somali National Army", "state radio"],
       "recaptured the town of Sabiid in Lower Shabelle region from al-Shabaab"),
]))

D.append(doc("h3-ngo-ehrc-amhara-statement", "2026-07-09", "ngo", """
Ethiopian Human Rights Commission: Statement on the human rights situation in Amhara region (9 July 2026)
Addis Ababa - The Ethiopian Human Rights Commission (EHRC) is gravely concerned by continuing reports of killings of civilians, mass arrests and abductions in the Amhara region, which it has documented over the past weeks through interviews with victims, witnesses, health workers and local officials.
Killings of civilians
On 28 June 2026, government security forces killed at least seven civilians, among them a 16-year-old boy, during a house-to-house search in the Shimbit neighbourhood of Bahir Dar city following an attack on a checkpoint the previous night. Witnesses told the Commission that the victims were taken out of their homes and shot. Local sources put the number of dead at eleven; the Commission was able to confirm seven.
Between 1 January and 30 June 2026, the Commission recorded at least 146 civilians killed and 210 injured in drone strikes in Amhara region, including 38 killed in North Gondar zone, 31 in East Gojjam zone and 27 in North Wollo zone. Markets, public transport and health facilities have been hit.
Abductions
On 30 June 2026, Fano fighters abducted 15 civil servants, including teachers and health extension workers, in Debre Markos town and took them to an unknown location. Eight were released on 4 July after their families paid ransom; the other seven remain missing. The Commission has also received reports of killings of local administrators by Fano fighters in West Gojjam zone, which it is investigating.
Mass arrests
Between 1 and 3 July 2026, security forces arrested at least 210 people in Gondar and Bahir Dar cities, about 130 in Gondar and 80 in Bahir Dar, most of them young men accused of links with Fano. Many were held in temporary detention sites, including a school compound in Gondar, without being brought before a court. Families told the Commission that they had not been allowed to visit detainees or bring them food.
The Commission reminds the federal government that any measures taken to restore law and order must respect the constitution and Ethiopia's human rights obligations, including the right to be brought before a court within 48 hours of arrest. The Commission also reminds Fano and all other armed groups that the abduction of civilians and the killing of persons taking no part in hostilities are grave violations of international law.
Recommendations
The Commission calls on:
- The federal and regional governments to conduct prompt, impartial and effective investigations into the killings in Bahir Dar and to hold those responsible accountable;
- The Ethiopian National Defense Force to take all feasible precautions to avoid harm to civilians in the use of drones;
- Fano groups to immediately and unconditionally release all abducted persons;
- All parties to allow unhindered access for humanitarian organisations and for the Commission's monitors.
The Commission will continue to monitor the situation and to engage with relevant authorities.
""", [
    ev("shimbit-house-search-killings", True, "incident", "VAC:Attack", ("2026-06-28", "2026-06-28"),
       ["Bahir Dar", "Shimbit", "Amhara"], "Ethiopia", 7,
       ["Military Forces of Ethiopia", "security forces", "Police Forces of Ethiopia"],
       ["Ethiopian Human Rights Commission", "EHRC"],
       "government security forces killed at least seven civilians, among them a 16-year-old boy"),
    ev("amhara-drone-toll-h1", True, "aggregate", "*", ("2026-01-01", "2026-06-30"), ["Amhara"], "Ethiopia", 146,
       None, ["Ethiopian Human Rights Commission", "EHRC"],
       "at least 146 civilians killed and 210 injured in drone strikes in Amhara region"),
    ev("north-gondar-drone-toll", False, "aggregate", "*", ("2026-01-01", "2026-06-30"),
       ["North Gondar", "Semien Gondar"], "Ethiopia", 38, None, ["EHRC"], "38 killed in North Gondar zone"),
    ev("debre-markos-abduction", True, "incident", "VAC:Abduction/forced disappearance", ("2026-06-30", "2026-06-30"),
       ["Debre Markos", "East Gojjam", "Amhara"], "Ethiopia", 0, ["Fano", "Amhara Ethnic Militia"],
       ["Ethiopian Human Rights Commission", "EHRC"],
       "Fano fighters abducted 15 civil servants, including teachers and health extension workers, in Debre Markos town"),
    ev("amhara-mass-arrests", True, "aggregate", "SD:Arrests|*", ("2026-07-01", "2026-07-03"),
       ["Gondar", "Bahir Dar", "Amhara"], "Ethiopia", 0, ["Military Forces of Ethiopia", "security forces"],
       ["EHRC"], "security forces arrested at least 210 people in Gondar and Bahir Dar cities"),
    ev("gondar-arrests", False, "incident", "SD:Arrests", ("2026-07-01", "2026-07-03"), ["Gondar"], "Ethiopia", 0,
       ["Military Forces of Ethiopia", "security forces"], ["EHRC"], "about 130 in Gondar"),
    ev("bahir-dar-arrests", False, "incident", "SD:Arrests", ("2026-07-01", "2026-07-03"), ["Bahir Dar"], "Ethiopia", 0,
       ["Military Forces of Ethiopia", "security forces"], ["EHRC"], "80 in Bahir Dar"),
]))

D.append(doc("h3-local-ghana-bawku-clashes", "2026-02-25", "wire", """
Bawku: four shot dead as violence returns; curfew extended, 23 arrested
By our Upper East Regional Correspondent
BOLGATANGA - Four people were shot dead and several others injured when gunmen opened fire near the Bawku central market on Monday night, barely two weeks after the Interior Ministry relaxed the curfew in the troubled municipality.
The Upper East Regional Police Command confirmed the deaths in a statement on Tuesday and said the victims, all men, were sitting in front of a shop when the attackers, who came on motorbikes, started shooting at about 8:30 p.m. Three injured persons were receiving treatment at the Bawku Presbyterian Hospital, the police said. A nurse at the hospital, however, told this paper that five bodies had been received.
The shooting triggered reprisals on Tuesday. Groups of youth armed with cutlasses and guns set fire to more than a dozen houses and a mosque at Natinga, a suburb of the town, residents said. Properties at the Zabzugu section of the main market were also looted. It was not immediately clear whether anyone was hurt in the arson attacks, which continued until soldiers were deployed to the area in the afternoon.
In a release signed by its Public Relations Director, the Ghana Armed Forces said the joint police-military task force had arrested 23 people on Tuesday and retrieved 19 locally manufactured guns, two AK-47 rifles and ammunition during a cordon-and-search operation in Bawku and nearby Pusiga. The suspects have been transferred to Bolgatanga for further investigation.
The Interior Minister, in a statement issued in Accra on Wednesday, extended the dusk-to-dawn curfew in Bawku and its environs with immediate effect, prohibiting the carrying of arms and ammunition. He appealed to chiefs and opinion leaders to restrain their people.
Meanwhile, over 200 women from Bawku and surrounding communities marched peacefully through the streets of Bolgatanga on Wednesday morning, dressed in white and carrying placards with inscriptions such as "Enough is enough" and "Our children are dying". They presented a petition to the Regional Minister calling for dialogue between the feuding groups. The march was supervised by the police and ended without incident.
The Bawku conflict, rooted in a long-standing chieftaincy dispute between the Kusasi and Mamprusi ethnic groups, has flared up repeatedly for decades. The latest wave of violence, which began in 2021, has claimed hundreds of lives and forced thousands to flee to neighbouring Togo and Burkina Faso, according to local authorities. Schools in the municipality were closed for months last year and the main highway linking Bawku to the Togo border has often been unsafe.
Security analysts have warned that the conflict could be exploited by jihadist groups operating across the northern border, although no link has been established.
A resident of Bawku who spoke to this paper on condition of anonymity said life had come to a standstill. "Nobody is going to the farm and nobody is going to the market. We are afraid of both sides," she said.
""", [
    ev("bawku-market-shooting", True, "incident", "VAC:Attack|B:Armed clash", ("2026-02-23", "2026-02-23"),
       ["Bawku", "Upper East"], "Ghana", 4,
       ["Unidentified Armed Group", "gunmen", "Kusasi Ethnic Militia", "Mamprusi Ethnic Militia"],
       ["Upper East Regional Police Command", "police"],
       "Four people were shot dead and several others injured when gunmen opened fire near the Bawku central market on Monday night"),
    ev("natinga-arson-reprisals", True, "incident", "R:Mob violence|SD:Looting/property destruction|VAC:Attack",
       ("2026-02-24", "2026-02-24"), ["Bawku", "Natinga", "Upper East"], "Ghana", 0,
       ["Rioters (Ghana)", "Rioters", "youth", "Kusasi Ethnic Militia", "Mamprusi Ethnic Militia"], ["residents"],
       "Groups of youth armed with cutlasses and guns set fire to more than a dozen houses and a mosque at Natinga"),
    ev("bawku-task-force-arrests", True, "incident", "SD:Arrests|SD:Disrupted weapons use", ("2026-02-24", "2026-02-24"),
       ["Bawku", "Pusiga", "Upper East"], "Ghana", 0,
       ["Military Forces of Ghana", "Ghana Armed Forces", "Police Forces of Ghana", "task force"],
       ["Ghana Armed Forces"], "the joint police-military task force had arrested 23 people on Tuesday"),
    ev("bolgatanga-women-march", True, "incident", "P:Peaceful protest", ("2026-02-25", "2026-02-25"),
       ["Bolgatanga", "Upper East"], "Ghana", 0, ["Protesters (Ghana)", "Protesters", "women"], None,
       "over 200 women from Bawku and surrounding communities marched peacefully through the streets of Bolgatanga"),
]))

D.append(doc("h3-none-mozambique-cyclone", "2026-02-09", "none", """
Cyclone kills at least 23 in northern Mozambique, cuts power to Nampula
MAPUTO (Reuters) - Tropical cyclone Ezio made landfall on Mozambique's northern coast on Saturday, killing at least 23 people, destroying tens of thousands of homes and cutting electricity to the city of Nampula, the national disaster management institute (INGD) said on Monday.
The storm hit the coast near Angoche in Nampula province with winds of up to 190 kilometres per hour (118 mph) before moving inland toward Zambezia province, where torrential rain caused rivers to burst their banks. Fourteen of the dead were in Nampula province and nine in Zambezia, most killed by collapsing walls and falling trees, the INGD said.
More than 41,000 houses were partially or totally destroyed and about 180,000 people were affected, according to the preliminary figures. Dozens of schools and health centres lost their roofs.
"The wind started at night and by morning there was nothing left of our roof," Amina Saide, a mother of four in Angoche, told Reuters by telephone. "We are sleeping in the school with other families."
The electricity company EDM said power lines linking the Nampula grid to the national network had been damaged and that it could take a week to restore supply. Water pumping stations in Nampula city were running on generators.
The government has opened 47 accommodation centres and the World Food Programme said it was preparing to airlift high-energy biscuits to the worst-hit districts. Roads to several districts of Zambezia were cut by floods, and aid agencies said they were using boats to reach isolated communities.
Mozambique, one of the world's poorest countries, is regularly struck by cyclones from the Indian Ocean. In 2019, cyclones Idai and Kenneth killed more than 600 people, and cyclone Freddy in 2023 killed more than 400 across southern Africa. Scientists say warming seas are making such storms more intense.
Aid agencies warned that the storm would also worsen the situation in neighbouring Cabo Delgado province, where hundreds of thousands of people have been displaced by an Islamist insurgency since 2017 and depend on food aid that is already short of funding. The northernmost province was spared the worst of the winds but received heavy rain, the INGD said.
President Daniel Chapo, who visited Angoche on Sunday, said the government would release emergency funds and appealed to international partners for support. "We have lost lives, but we will rebuild," he said.
Forecasters said a second low-pressure system was forming in the Mozambique Channel and could reach the coast later this month.
""", []))

D.append(doc("h3-none-accra-initiative-summit", "2026-10-15", "none", """
Coastal West African states agree to joint border patrols at Accra summit
ACCRA (AFP) - Leaders of four coastal West African states agreed on Thursday to set up joint patrols along their northern borders and to share intelligence more closely, as jihadist violence from the Sahel creeps toward the Gulf of Guinea.
The heads of state and government of Ghana, Togo, Benin and Cote d'Ivoire met in Accra for a one-day summit of the Accra Initiative, a security cooperation framework set up in 2017. Burkina Faso, a founding member, was represented by a minister, while Mali and Niger, which also joined the framework as observers, did not attend.
In a final communique, the leaders said they would create a joint intelligence centre in Accra by the middle of next year and asked their defence ministers to draw up a plan for a multinational task force of up to 10,000 troops. The plan, first announced in 2022, has long stalled for lack of funding.
Ghanaian President John Mahama, who hosted the summit, said coastal states "cannot wait for the threat to reach our capitals". "The attacks we have seen in the northern parts of our neighbours are a warning to all of us," he said in his opening speech.
Diplomats said the meeting was also an attempt to rebuild ties with the military governments of Mali, Burkina Faso and Niger, which left the regional bloc ECOWAS in January 2025 and formed their own Alliance of Sahel States. The three countries have accused some coastal neighbours of allowing foreign forces to use their territory against them, accusations the coastal states deny.
Benin and Niger have been at odds since Niger's 2023 coup, which led to the closure of their common border and the suspension of oil exports through a pipeline to the Beninese port of Seme. A Beninese official said talks on reopening the border were "progressing", without giving details.
The summit also discussed the financing of development projects in northern border areas, where poverty and a lack of state services have helped armed groups recruit. The World Bank and the African Development Bank pledged a combined $650 million over five years for roads, schools and employment programmes in the northern regions of the coastal states.
Analysts welcomed the commitments but warned that previous pledges had not been fulfilled. "The plans are good on paper, but the money and the political will have never followed," said a researcher at a Dakar-based think tank.
The leaders agreed to meet again in Lome next year.
""", []))

write("heldout3_a.json", D)
