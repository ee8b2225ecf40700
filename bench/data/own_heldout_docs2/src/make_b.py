"""heldout2_b.json: Zamfara, Somalia, Balochistan, Sinaloa, West Bank live, Rio live, Sudan live, Tillaberi, Kachin, a seizure."""
from common import doc, ev, write

D = []

D.append(doc("h2-wire-zamfara-kairu-abduction", "2025-09-18", "wire", """
Gunmen abduct 40 villagers in Nigeria's Zamfara as air force strikes bandit camp
GUSAU, Nigeria (Reuters) - Armed bandits abducted at least 40 people, most of them women and children, from Kairu village in Maru local government area of northwest Nigeria's Zamfara state on Tuesday night, residents and a local official said on Thursday.
The gunmen arrived on dozens of motorcycles at about 10 p.m. and went from house to house, said Sani Abdullahi, a resident who escaped by hiding in a grain store. Two men who tried to resist were shot dead, he said.
"They took my wife and my two daughters. Nobody has called us yet," he said by phone. A Maru council official confirmed the abductions and said the village had no police post.
Zamfara police spokesman Yazid Abubakar said officers and soldiers had been deployed to the area and were "working to rescue the victims unhurt".
On Wednesday, the Nigerian Air Force said its jets had struck a bandit camp in the forests of Tsafe local government area, killing at least 30 bandits, including a commander it accused of organising several mass kidnappings. The figure could not be independently verified.
In neighbouring Katsina state, police said they had rescued 12 kidnapped travellers on Wednesday after a gunfight with their abductors near Funtua. One suspect was killed.
Armed gangs, known locally as bandits, have killed thousands of people and kidnapped many more in northwest and north-central Nigeria in the past decade, raiding villages, schools and highways for ransom. In 2021, gunmen abducted 279 schoolgirls from a boarding school in Jangebe, also in Zamfara; they were later released.
""", [
    ev("kairu-village-abduction", True, "incident", "VAC:Abduction/forced disappearance|VAC:Attack",
       ("2025-09-16", "2025-09-17"), ["Kairu", "Maru", "Zamfara"], "Nigeria", 2, ["bandits", "Bandit Militia", "Unidentified Armed Group"],
       ["residents", "local official", "Reuters"],
       "Armed bandits abducted at least 40 people, most of them women and children, from Kairu village"),
    ev("tsafe-camp-airstrike", True, "incident", "ERV:Air/drone strike", ("2025-09-16", "2025-09-17"),
       ["Tsafe", "Zamfara"], "Nigeria", 30, ["Military Forces of Nigeria", "Air Force", "Nigeria"], ["Air Force"],
       "its jets had struck a bandit camp in the forests of Tsafe local government area"),
    ev("funtua-rescue-gunfight", True, "incident", "B:Armed clash", ("2025-09-17", "2025-09-17"),
       ["Funtua", "Katsina"], "Nigeria", 1, ["Police Forces of Nigeria", "police"], ["police"],
       "police said they had rescued 12 kidnapped travellers on Wednesday after a gunfight with their abductors near Funtua"),
]))

D.append(doc("h2-wire-somalia-sabiid-vbied", "2026-02-26", "wire", """
Al Shabaab car bomb hits Somali army base near Afgooye, army retakes town in Hiiraan
MOGADISHU (Reuters) - An al Shabaab suicide bomber drove a car packed with explosives into the gate of a Somali army base in Sabiid, about 40 km (25 miles) west of Mogadishu, on Wednesday, and fighters then tried to storm the base, killing at least seven soldiers, military officers said.
Captain Hassan Nur, an officer at the base, told Reuters by phone that troops had fought off the attackers after a gunfight that lasted about an hour. "Seven of our men died and eleven are wounded," he said. Al Shabaab said in a statement on its radio station that it had killed 30 soldiers. The group often exaggerates its figures.
Separately, the army said it had retaken the town of Moqokori in Hiiraan region on Tuesday after al Shabaab fighters withdrew overnight. There was no fighting, the regional governor said, and residents who had fled in October began returning on Wednesday.
On Monday, several mortar shells landed near Mogadishu's Aden Adde international airport, which houses the United Nations and several embassies, wounding two airport workers, police said. Al Shabaab claimed the attack.
The al Qaeda-linked group has fought for more than 15 years to overthrow Somalia's central government. Government forces, backed by African Union troops and clan militias, pushed it out of much of central Somalia in 2022 and 2023, but the militants regained ground last year in the Shabelle regions.
Photo caption: Somali soldiers patrol a street in Afgooye, Lower Shabelle region, in a file photo from March 2025.
""", [
    ev("sabiid-base-vbied", True, "incident", "ERV:Suicide bomb|B:Armed clash", ("2026-02-25", "2026-02-25"),
       ["Sabiid", "Afgooye", "Lower Shabelle"], "Somalia", 7, ["Al Shabaab", "al-Shabaab"], ["military officers", "Reuters"],
       "An al Shabaab suicide bomber drove a car packed with explosives into the gate of a Somali army base in Sabiid"),
    ev("moqokori-retaken", True, "incident", "B:Government regains territory|SD:Non-violent transfer of territory",
       ("2026-02-24", "2026-02-24"), ["Moqokori", "Hiiraan"], "Somalia", 0, ["Military Forces of Somalia", "army"],
       ["army", "governor"], "the army said it had retaken the town of Moqokori in Hiiraan region on Tuesday"),
    ev("mogadishu-airport-mortars", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-02-23", "2026-02-23"),
       ["Mogadishu", "Aden Adde"], "Somalia", 0, ["Al Shabaab", "al-Shabaab"], ["police"],
       "several mortar shells landed near Mogadishu's Aden Adde international airport"),
]))

D.append(doc("h2-wire-balochistan-kalat-bus", "2025-10-30", "wire", """
Gunmen kill seven labourers taken off bus in Pakistan's Balochistan
QUETTA, Pakistan (AP) — Gunmen stopped a passenger bus on a highway near Kalat in southwestern Pakistan on Wednesday evening, checked the identity cards of passengers and shot dead seven labourers from Punjab province, officials said Thursday.
The attackers blocked the Quetta-Karachi highway with a truck and forced about 20 passengers off the bus, said Kalat deputy commissioner Bilal Shabbir. The bodies of the seven men were found near the road later that night. The outlawed Baloch Liberation Army claimed responsibility in a statement to the media.
Separately, the military's media wing said troops had killed five militants in an intelligence-based operation in Panjgur district on Thursday morning. A soldier was killed in the exchange of fire, the Inter-Services Public Relations (ISPR) said.
On Tuesday, unidentified men threw a hand grenade at a mobile phone shop in the town of Turbat, wounding three people, police said.
In Quetta, relatives of people who they say were taken by security agencies continued a sit-in outside the press club for a tenth day, demanding that the missing men be produced in court.
Balochistan, Pakistan's largest and poorest province, has faced a separatist insurgency for two decades. Baloch separatists accuse the federal government of exploiting the province's gas and minerals, and have increasingly targeted workers from other provinces and Chinese-funded projects. In March this year, BLA fighters hijacked a passenger train with more than 400 people on board.
""", [
    ev("kalat-bus-labourers", True, "incident", "VAC:Attack", ("2025-10-29", "2025-10-29"),
       ["Kalat", "Balochistan"], "Pakistan", 7, ["Baloch Liberation Army", "BLA"], ["deputy commissioner", "officials", "AP"],
       "shot dead seven labourers from Punjab province"),
    ev("panjgur-operation", True, "incident", "B:Armed clash", ("2025-10-30", "2025-10-30"),
       ["Panjgur", "Balochistan"], "Pakistan", 6, ["Military Forces of Pakistan", "troops", "army"], ["ISPR", "Inter-Services"],
       "troops had killed five militants in an intelligence-based operation in Panjgur district"),
    ev("turbat-grenade-shop", True, "incident", "ERV:Grenade", ("2025-10-28", "2025-10-28"),
       ["Turbat", "Kech"], "Pakistan", 0, None, ["police"],
       "unidentified men threw a hand grenade at a mobile phone shop in the town of Turbat"),
    ev("quetta-missing-sitin", False, "incident", "P:Peaceful protest", ("2025-10-20", "2025-10-30"),
       ["Quetta"], "Pakistan", 0, ["Protesters"], None,
       "continued a sit-in outside the press club for a tenth day"),
]))

D.append(doc("h2-wire-sinaloa-culiacan-carwash", "2026-01-28", "wire", """
Gunmen kill six at car wash in Mexico's Culiacán as cartel war grinds on
CULIACÁN, Mexico (AP) — Gunmen killed six men at a car wash in the northern Mexican city of Culiacán on Tuesday afternoon, Sinaloa state prosecutors said, the latest attack in a war between factions of the Sinaloa cartel that has paralysed the state capital for more than a year.
Witnesses told local media that two vehicles pulled up at the car wash in the Las Quintas neighbourhood and several men with rifles opened fire on the workers and customers. A seventh man was wounded and taken to hospital. Prosecutors did not say whether the victims had links to organised crime.
On Monday, soldiers came under fire from gunmen in the municipality of Navolato, west of Culiacán, the Defence Department said in a statement. Four attackers were killed and one soldier was wounded. Troops seized nine rifles and an armoured pickup.
Hundreds of people, many of them dressed in white, marched through the centre of Culiacán on Sunday to demand peace and the return of relatives who have disappeared. The march ended without incident outside the state government palace.
Fighting broke out in September 2024 between a faction loyal to the sons of jailed drug lord Joaquín "El Chapo" Guzmán and one loyal to co-founder Ismael "El Mayo" Zambada. State prosecutors say more than 1,800 people have been killed in Sinaloa since then and more than 2,000 reported missing.
Photo caption: Forensic workers at the scene of a shooting in Culiacán, Sinaloa state, January 27, 2026.
""", [
    ev("culiacan-carwash-shooting", True, "incident", "VAC:Attack|B:Armed clash", ("2026-01-27", "2026-01-27"),
       ["Culiacán", "Culiacan", "Las Quintas", "Sinaloa"], "Mexico", 6, ["gunmen", "Sinaloa Cartel", "Unidentified"],
       ["prosecutors", "AP"], "Gunmen killed six men at a car wash in the northern Mexican city of Culiacán"),
    ev("navolato-army-clash", True, "incident", "B:Armed clash", ("2026-01-26", "2026-01-26"),
       ["Navolato", "Sinaloa"], "Mexico", 4, ["Military Forces of Mexico", "gunmen", "soldiers", "Sinaloa Cartel"],
       ["Defence Department", "Defense"], "soldiers came under fire from gunmen in the municipality of Navolato"),
    ev("culiacan-peace-march", True, "incident", "P:Peaceful protest", ("2026-01-25", "2026-01-25"),
       ["Culiacán", "Culiacan", "Sinaloa"], "Mexico", 0, ["Protesters (Mexico)", "Protesters"], None,
       "Hundreds of people, many of them dressed in white, marched through the centre of Culiacán on Sunday"),
    ev("sinaloa-war-toll", False, "aggregate", "*", ("2024-09-01", "2026-01-28"), ["Sinaloa"], "Mexico", 1800,
       None, ["prosecutors"], "more than 1,800 people have been killed in Sinaloa since then"),
]))

D.append(doc("h2-live-westbank-tammun-sinjil", "2025-11-11", "liveblog", """
West Bank live: two killed in Israeli drone strike in Tammun; settlers attack Sinjil
Key events
Two Palestinians were killed in an Israeli drone strike in Tammun, near Tubas, according to the Palestinian health ministry.
Israeli settlers set fire to cars and homes in the village of Sinjil; five Palestinians were injured, the Red Crescent said.
A Palestinian man was killed during an overnight Israeli raid on Balata refugee camp in Nablus.
Updated at 22.31 GMT+2
22.10
The Israeli military says soldiers shot dead a Palestinian man who tried to stab them at the Gush Etzion junction south of Bethlehem. No soldiers were hurt, the army said. The Palestinian health ministry confirmed the death of a 19-year-old from the nearby town of Beit Ummar.
17.45
The Palestinian health ministry says two men were killed when an Israeli drone struck a group of people in Tammun, east of Tubas, this afternoon. The Israeli military said it had "eliminated a terrorist cell" that was planning an attack on troops operating in the area.
14.30
Israeli settlers attacked the village of Sinjil, north of Ramallah, around midday, setting fire to four cars and two houses, according to the village council. The Palestinian Red Crescent said it treated five people for injuries caused by stones and beatings. Israeli soldiers arrived at the scene and fired tear gas at residents, witnesses said.
11.05
The Palestinian Prisoners' Society says Israeli forces arrested at least 23 Palestinians in overnight raids across the West Bank, most of them in Hebron and Jenin governorates.
09.15
The health ministry says a 27-year-old man was killed by Israeli fire during a raid on Balata refugee camp in Nablus overnight. The Israeli military said troops had exchanged fire with gunmen in the camp and arrested two wanted men.
08.00
Welcome to our live coverage of events in the occupied West Bank, where Israeli military operations and settler attacks have intensified since the Gaza ceasefire took effect.
""", [
    ev("gush-etzion-stabbing-attempt", True, "incident", "B:Armed clash|VAC:Attack", ("2025-11-11", "2025-11-11"),
       ["Gush Etzion", "Bethlehem", "Beit Ummar", "Hebron"], "Palestine", 1, ["Military Forces of Israel", "Israeli military", "Palestinian"],
       ["Israeli military", "health ministry"],
       "soldiers shot dead a Palestinian man who tried to stab them at the Gush Etzion junction"),
    ev("tammun-drone-strike", True, "incident", "ERV:Air/drone strike", ("2025-11-11", "2025-11-11"),
       ["Tammun", "Tubas"], "Palestine", 2, ["Military Forces of Israel", "Israel"], ["health ministry"],
       "two men were killed when an Israeli drone struck a group of people in Tammun"),
    ev("sinjil-settler-attack", True, "incident", "VAC:Attack|SD:Looting/property destruction", ("2025-11-11", "2025-11-11"),
       ["Sinjil", "Ramallah"], "Palestine", 0, ["settlers", "Israeli settlers"], ["village council", "Red Crescent"],
       "Israeli settlers attacked the village of Sinjil, north of Ramallah"),
    ev("balata-raid-exchange", True, "incident", "B:Armed clash", ("2025-11-10", "2025-11-11"),
       ["Balata", "Nablus"], "Palestine", 1, ["Military Forces of Israel", "Israel"], ["health ministry", "Israeli military"],
       "a 27-year-old man was killed by Israeli fire during a raid on Balata refugee camp in Nablus overnight"),
    ev("westbank-arrests-tally", False, "aggregate", "*", ("2025-11-10", "2025-11-11"), ["West Bank", "Hebron", "Jenin"],
       "Palestine", 0, None, ["Prisoners' Society", "Prisoners"],
       "Israeli forces arrested at least 23 Palestinians in overnight raids across the West Bank"),
]))

D.append(doc("h2-live-rio-mare-operation", "2026-03-18", "liveblog", """
Live: Rio police raid on Maré favelas leaves at least 14 dead
06:10 BRT
Rio de Janeiro state police have launched a large operation in the Complexo da Maré, a group of favelas in the north of the city, with about 1,200 officers, armoured vehicles and helicopters. Officials say the target is the leadership of a drug gang that controls most of the area.
08:30 BRT
The state security department says nine suspects have been killed so far in shootouts and two police officers have been wounded. Residents are sharing videos of heavy gunfire near the Nova Holanda and Parque União communities.
11:00 BRT
Forty-six schools and six health clinics in Maré are closed today, the city government says. Avenida Brasil, one of the city's main roads, has been closed in both directions near the complex.
13:00 BRT
Police now say 14 suspects have been killed and 18 people arrested. They say they have seized 22 rifles and more than a tonne of marijuana.
15:20 BRT
Residents angry at the deaths blocked Avenida Brasil with burning tyres and two hijacked buses. Military police fired tear gas and rubber bullets to clear the road, and traffic resumed about an hour later, our reporter says.
17:45 BRT
Meanwhile, in São Gonçalo, across the bay, gunmen opened fire on a military police patrol car in the Jardim Catarina neighbourhood, killing a sergeant, the military police said. It is not clear whether the attack is linked to the Maré operation.
19:10 BRT
The Rio public defender's office says its staff counted 17 bodies taken by residents to the Getúlio Vargas hospital and is asking for an independent investigation. Human rights groups have called the operation a "massacre". Governor Cláudio Castro said it had been "a success against narco-terrorism".
""", [
    ev("mare-operation-shootouts", True, "incident", "B:Armed clash", ("2026-03-18", "2026-03-18"),
       ["Maré", "Mare", "Complexo da Maré", "Nova Holanda", "Rio de Janeiro"], "Brazil", 14,
       ["Police Forces of Brazil", "police", "Military Police"], ["security department", "Police"],
       "Police now say 14 suspects have been killed and 18 people arrested"),
    ev("avenida-brasil-blockade", True, "incident", "R:Violent demonstration|P:Protest with intervention",
       ("2026-03-18", "2026-03-18"), ["Avenida Brasil", "Maré", "Mare", "Rio de Janeiro"], "Brazil", 0,
       ["Rioters", "Protesters", "residents"], None,
       "Residents angry at the deaths blocked Avenida Brasil with burning tyres and two hijacked buses"),
    ev("sao-goncalo-patrol-attack", True, "incident", "B:Armed clash|VAC:Attack", ("2026-03-18", "2026-03-18"),
       ["São Gonçalo", "Sao Goncalo", "Jardim Catarina"], "Brazil", 1, ["gunmen", "Unidentified"], ["military police"],
       "gunmen opened fire on a military police patrol car in the Jardim Catarina neighbourhood, killing a sergeant"),
]))

D.append(doc("h2-live-sudan-omdurman-tawila", "2025-12-16", "liveblog", """
Sudan war live: drone strike hits market in El Daein; RSF attack on Tawila camp outskirts
Key events
A drone strike on a market in El Daein killed at least nine people, the Sudan Doctors Network said. The RSF blamed the army.
RSF fighters attacked the outskirts of Tawila camp in North Darfur, killing four displaced people, according to camp coordinators.
A drone hit a power substation north of Omdurman overnight, causing blackouts in parts of the capital.
17 December 01.20
Residents of Atbara, in River Nile state, report loud explosions after midnight. The army says its air defences shot down "several hostile drones" over the city and that there were no casualties. We will update when we know more.
16 December 21.40
Camp coordinators in Tawila say the situation is calm tonight after the morning attack. They say about 3,000 newly displaced families arrived in the past week and have no shelter.
16 December 18.05
The Sudan Doctors Network says an army drone struck the main market in El Daein, capital of RSF-held East Darfur state, this afternoon, killing at least nine civilians and wounding more than 20. A spokesman for the RSF said the strike was "a war crime". The army has not commented.
16 December 14.30
RSF fighters attacked the western outskirts of Tawila camp, which shelters hundreds of thousands of people who fled El Fasher, early this morning, the General Coordination for Displaced Persons and Refugees in Darfur said. Four displaced people were killed and eleven wounded. A joint force of armed groups allied with the army said it had repelled the attack.
16 December 11.00
The national electricity company says a drone struck the Al-Marakhiyat substation north of Omdurman overnight, causing a fire and power cuts across large parts of Omdurman and Khartoum. It did not say who launched the drone; the army-backed government blamed the RSF.
16 December 09.00
Hello and welcome to our coverage of the war in Sudan, now in its third year.
""", [
    ev("el-daein-market-drone", True, "incident", "ERV:Air/drone strike", ("2025-12-16", "2025-12-16"),
       ["El Daein", "Ed Daein", "Al Daein", "East Darfur"], "Sudan", 9,
       ["Military Forces of Sudan", "Sudanese Armed Forces", "army"], ["Sudan Doctors Network"],
       "an army drone struck the main market in El Daein"),
    ev("tawila-camp-outskirts-attack", True, "incident", "B:Armed clash|VAC:Attack", ("2025-12-16", "2025-12-16"),
       ["Tawila", "North Darfur"], "Sudan", 4, ["Rapid Support Forces", "RSF"], ["General Coordination", "camp coordinators"],
       "RSF fighters attacked the western outskirts of Tawila camp"),
    ev("marakhiyat-substation-drone", True, "incident", "ERV:Air/drone strike", ("2025-12-15", "2025-12-16"),
       ["Al-Marakhiyat", "Marakhiyat", "Omdurman"], "Sudan", 0, ["Rapid Support Forces", "RSF"], ["electricity company"],
       "a drone struck the Al-Marakhiyat substation north of Omdurman overnight"),
    ev("atbara-drones-intercepted", False, "incident", "SD:Disrupted weapons use|ERV:Air/drone strike",
       ("2025-12-16", "2025-12-17"), ["Atbara", "River Nile"], "Sudan", 0, ["Rapid Support Forces", "Military Forces of Sudan"],
       ["army"], "its air defences shot down \"several hostile drones\" over the city"),
]))

D.append(doc("h2-ngo-amnesty-tillaberi", "2026-03-11", "ngo", """
Niger: Armed groups and army drone strikes kill civilians in Tillabéri region
11 March 2026
Armed groups have killed at least 127 civilians in Niger's Tillabéri region since the beginning of the year, and a military drone strike killed at least 11 people attending a funeral, Amnesty International said today, calling on the authorities to investigate and to protect villages near the borders with Mali and Burkina Faso.
Between 1 January and 8 March 2026, Amnesty International recorded at least 127 civilian deaths in attacks by armed groups in the region, including 41 in Banibangou department, 38 in Ouallam department and 19 in Téra department.
On 21 February, fighters of the armed group Islamic State Sahel Province attacked the weekly market in Banibangou, shooting traders and buyers and setting stalls on fire. Survivors and local officials told Amnesty International that at least 34 people were killed.
On 27 February, members of the Group for the Support of Islam and Muslims (JNIM) abducted a village chief and six other men in a village in Téra department and took them toward the Burkinabè border. Their fate remains unknown.
On 3 March, a drone operated by the Nigerien armed forces struck a funeral gathering in a village about 30 km from Abala, killing at least 11 civilians, including four children, according to three witnesses and a local health worker. The army announced the same day that it had "neutralised a group of terrorists" in the Abala area.
"Civilians in Tillabéri are caught between armed groups that massacre them at markets and a military that bombs their funerals," said Amnesty International's regional director for West and Central Africa.
The organisation interviewed 26 people by telephone, including survivors, relatives of victims, local officials and health workers. Niger's military authorities, in power since the July 2023 coup, did not respond to a letter sharing its findings.
""", [
    ev("tillaberi-ytd-toll", True, "aggregate", "*", ("2026-01-01", "2026-03-08"), ["Tillabéri", "Tillaberi"], "Niger", 127,
       None, ["Amnesty"], "Amnesty International recorded at least 127 civilian deaths in attacks by armed groups in the region"),
    ev("banibangou-dept-toll", False, "aggregate", "*", ("2026-01-01", "2026-03-08"), ["Banibangou"], "Niger", 41,
       None, ["Amnesty"], "41 in Banibangou department"),
    ev("ouallam-dept-toll", False, "aggregate", "*", ("2026-01-01", "2026-03-08"), ["Ouallam"], "Niger", 38,
       None, ["Amnesty"], "38 in Ouallam department"),
    ev("banibangou-market-massacre", True, "incident", "VAC:Attack", ("2026-02-21", "2026-02-21"),
       ["Banibangou", "Tillabéri", "Tillaberi"], "Niger", 34, ["Islamic State Sahel", "Islamic State"], ["Amnesty", "survivors"],
       "attacked the weekly market in Banibangou"),
    ev("tera-chief-abduction", True, "incident", "VAC:Abduction/forced disappearance", ("2026-02-27", "2026-02-27"),
       ["Téra", "Tera", "Tillabéri", "Tillaberi"], "Niger", 0, ["JNIM", "Support of Islam and Muslims"], ["Amnesty"],
       "abducted a village chief and six other men in a village in Téra department"),
    ev("abala-funeral-drone", True, "incident", "ERV:Air/drone strike", ("2026-03-03", "2026-03-03"),
       ["Abala", "Tillabéri", "Tillaberi"], "Niger", 11, ["Military Forces of Niger", "armed forces", "Niger"],
       ["Amnesty", "witnesses"], "a drone operated by the Nigerien armed forces struck a funeral gathering"),
]))

D.append(doc("h2-ngo-ohchr-kachin-waingmaw", "2025-09-10", "ngo", """
Myanmar: UN Human Rights Office condemns air strike on displacement camp in Kachin State
GENEVA (10 September 2025) – The UN Human Rights Office today condemned a military air strike on a camp for internally displaced people in Kachin State that killed at least 22 civilians, including eight children, and called for an end to the relentless aerial bombing of civilian areas across Myanmar.
According to information gathered by the Office, a military aircraft dropped two bombs on a camp for displaced people in Waingmaw township shortly after 10 p.m. on 5 September. At least 22 people were killed and more than 40 injured; a church and a school in the camp were destroyed.
Two days later, on 7 September, artillery fired by the military into the town of Bhamo killed four civilians, among them a pregnant woman, as fighting with the Kachin Independence Army (KIA) continued on the town's outskirts.
The KIA said on 8 September that it had captured a military outpost near Mansi. The Office was not able to verify the claim.
Since the start of 2025, the Office has verified the deaths of at least 1,025 civilians in air strikes across Myanmar, among them 310 in Sagaing Region, 162 in Rakhine State and 97 in Kachin State. In August alone, air strikes killed at least 214 civilians, the highest monthly figure this year.
"Bombing a camp full of people who have already fled their homes is a horror that must stop," said the UN High Commissioner for Human Rights. "Those responsible must be held to account."
The Office's figures are a minimum: communications blackouts and the fighting prevent it from documenting many incidents.
""", [
    ev("waingmaw-camp-airstrike", True, "incident", "ERV:Air/drone strike", ("2025-09-05", "2025-09-05"),
       ["Waingmaw", "Kachin"], "Myanmar", 22, ["Military Forces of Myanmar", "military", "Tatmadaw"],
       ["UN Human Rights Office", "OHCHR"], "a military aircraft dropped two bombs on a camp for displaced people in Waingmaw township"),
    ev("bhamo-artillery", True, "incident", "ERV:Shelling/artillery/missile attack|B:Armed clash", ("2025-09-07", "2025-09-07"),
       ["Bhamo", "Kachin"], "Myanmar", 4, ["Military Forces of Myanmar", "military"], ["UN Human Rights Office", "OHCHR"],
       "artillery fired by the military into the town of Bhamo killed four civilians"),
    ev("mansi-outpost-captured", False, "incident", "B:Non-state actor overtakes territory|B:Armed clash",
       ("2025-09-07", "2025-09-08"), ["Mansi", "Kachin"], "Myanmar", None, ["Kachin Independence Army", "KIA"], ["KIA"],
       "it had captured a military outpost near Mansi"),
    ev("myanmar-airstrike-ytd-toll", True, "aggregate", "*", ("2025-01-01", "2025-09-10"), ["Myanmar"], "Myanmar", 1025,
       None, ["UN Human Rights Office", "OHCHR", "Office"], "at least 1,025 civilians in air strikes across Myanmar"),
    ev("myanmar-august-airstrike-toll", False, "aggregate", "*", ("2025-08-01", "2025-08-31"), ["Myanmar"], "Myanmar", 214,
       None, ["UN Human Rights Office", "OHCHR"], "In August alone, air strikes killed at least 214 civilians"),
    ev("sagaing-airstrike-ytd-toll", False, "aggregate", "*", ("2025-01-01", "2025-09-10"), ["Sagaing"], "Myanmar", 310,
       None, ["UN Human Rights Office", "OHCHR"], "310 in Sagaing Region"),
]))

D.append(doc("h2-none-cartagena-cocaine-seizure", "2026-02-11", "none", """
Colombian navy seizes 8 tonnes of cocaine hidden in banana containers at Cartagena port
CARTAGENA, Colombia (Reuters) - Colombia's navy said on Wednesday it had seized more than 8 tonnes of cocaine hidden in shipping containers loaded with bananas at the Caribbean port of Cartagena, one of the largest single seizures in the country this year.
The drugs, packed in 7,200 blocks stamped with the logo of a sports car maker, were found during an inspection of six containers bound for Antwerp in Belgium, the navy said in a statement. Three port workers and a customs agent were arrested.
Investigators believe the shipment belonged to the Clan del Golfo, Colombia's largest drug-trafficking group, and was worth about $300 million on European streets, navy commander Admiral Juan Ricardo Rozo told reporters.
"This is a heavy blow to the finances of the criminal structures that fuel violence in our regions," he said.
Colombia produced a record 253,000 hectares of coca in 2023, according to the United Nations. President Gustavo Petro has argued that the war on drugs has failed and that the focus should shift from eradicating crops to seizing cocaine shipments and money.
Belgian and Dutch ports have become the main entry points for cocaine into Europe. Police in Antwerp said last month they had seized 44 tonnes at the port in 2025.
""", []))

write("heldout2_b.json", D)
