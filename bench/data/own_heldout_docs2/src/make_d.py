"""heldout2_d.json: Rakhine, Kirkuk/Basra, Bryansk/Kursk, Bangladesh election live, Yemen live, South Kordofan,
Haiti quarterly, Segou, two non-events."""
from common import doc, ev, write

D = []

D.append(doc("h2-wire-rakhine-ramree-kyauktaw", "2026-01-13", "wire", """
Myanmar's Arakan Army says it has captured Ramree town; air strike kills 17 in Kyauktaw
BANGKOK, Jan 13 (Reuters) - The Arakan Army, an ethnic armed group fighting Myanmar's military, said on Tuesday it had seized the last army positions in the town of Ramree on Sunday after weeks of fighting, tightening its grip on Rakhine State.
In a statement on its Telegram channel, the group said its fighters had captured a battalion headquarters and taken dozens of soldiers prisoner. It did not give casualty figures. Myanmar's military government did not respond to requests for comment.
On Monday, a military jet bombed a crowded market in Kyauktaw township, killing at least 17 people and wounding more than 30, two residents and a local aid worker said. A spokesperson for the junta has previously said it targets only "terrorist" positions.
Residents also said navy ships had shelled villages on the coast near Kyaukphyu on Saturday, wounding six people. Kyaukphyu is the site of a Chinese-backed deep-sea port and the start of oil and gas pipelines to China's Yunnan province, and is one of the few towns in Rakhine still held by the military.
The Arakan Army, which says it fights for the autonomy of Rakhine's Buddhist population, now controls 14 of the state's 17 townships after an offensive it launched in November 2023. Rights groups have accused it of abuses against the Muslim Rohingya minority, hundreds of thousands of whom fled to Bangladesh during a military crackdown in 2017.
Photo caption: Smoke rises over a village in Rakhine State in this image taken from social media, January 2026.
""", [
    ev("ramree-captured", True, "incident", "B:Non-state actor overtakes territory|B:Armed clash", ("2026-01-11", "2026-01-11"),
       ["Ramree", "Yanbye", "Rakhine"], "Myanmar", None, ["Arakan Army", "AA"], ["Arakan Army", "Reuters"],
       "it had seized the last army positions in the town of Ramree on Sunday"),
    ev("kyauktaw-market-airstrike", True, "incident", "ERV:Air/drone strike", ("2026-01-12", "2026-01-12"),
       ["Kyauktaw", "Rakhine"], "Myanmar", 17, ["Military Forces of Myanmar", "military", "junta"],
       ["residents", "aid worker", "Reuters"], "a military jet bombed a crowded market in Kyauktaw township"),
    ev("kyaukphyu-naval-shelling", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-01-10", "2026-01-10"),
       ["Kyaukphyu", "Rakhine"], "Myanmar", 0, ["Military Forces of Myanmar", "navy", "military"], ["residents"],
       "navy ships had shelled villages on the coast near Kyaukphyu on Saturday"),
]))

D.append(doc("h2-wire-iraq-kirkuk-ambush", "2025-09-24", "wire", """
Islamic State ambush kills four Iraqi soldiers near Kirkuk
KIRKUK, Iraq (Reuters) - Islamic State militants killed four Iraqi soldiers in an ambush south of the city of Kirkuk late on Tuesday, two security officials said on Wednesday, one of the deadliest attacks on the army this year.
A roadside bomb struck an army vehicle on patrol in the Wadi al-Shay valley, and militants then opened fire on the soldiers who came to help, the officials said. Two other soldiers were wounded. The militants escaped toward the Hamrin mountains.
On Wednesday, Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains in Salahuddin province, killing six militants, the Joint Operations Command said in a statement.
In the southern city of Basra, hundreds of people protested on Monday against power cuts as temperatures stayed above 45 degrees Celsius, blocking roads with burning tyres. Security forces fired tear gas and shots into the air to disperse them, and nine protesters were injured, a health official said.
Islamic State controlled a third of Iraq at the height of its power in 2014, before it was defeated by Iraqi forces backed by a U.S.-led coalition in 2017. Its remaining fighters, thought to number a few hundred in Iraq, hide in remote areas between Kirkuk, Salahuddin and Diyala provinces and carry out occasional attacks.
The U.S.-led coalition is due to end its military mission in federal Iraq this month under an agreement with Baghdad.
""", [
    ev("wadi-al-shay-ambush", True, "incident", "B:Armed clash|ERV:Remote explosive/landmine/IED", ("2025-09-23", "2025-09-23"),
       ["Wadi al-Shay", "Kirkuk"], "Iraq", 4, ["Islamic State", "IS", "ISIS"], ["security officials", "Reuters"],
       "Islamic State militants killed four Iraqi soldiers in an ambush south of the city of Kirkuk"),
    ev("hamrin-airstrikes", True, "incident", "ERV:Air/drone strike", ("2025-09-24", "2025-09-24"),
       ["Hamrin", "Salahuddin", "Salah al-Din"], "Iraq", 6, ["Military Forces of Iraq", "Iraq", "Iraqi"],
       ["Joint Operations Command"], "Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains"),
    ev("basra-power-protest", True, "incident", "P:Protest with intervention|R:Violent demonstration", ("2025-09-22", "2025-09-22"),
       ["Basra", "Basrah"], "Iraq", 0, ["Protesters (Iraq)", "Protesters", "Rioters"], ["health official"],
       "hundreds of people protested on Monday against power cuts"),
]))

D.append(doc("h2-wire-bryansk-kursk-strikes", "2026-03-11", "wire", """
Ukrainian drones set Russian oil depot ablaze, shelling kills two in Kursk region
MOSCOW, March 11 (Reuters) - Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, starting a large fire, the regional governor said on Wednesday, while Ukrainian shelling killed two civilians in a village in the neighbouring Kursk region.
Bryansk governor Alexander Bogomaz said on Telegram that drones had hit the depot in the town of Novozybkov, near the border with Belarus and Ukraine, and that no one had been hurt. Videos posted on social media showed flames rising from fuel tanks.
Russia's defence ministry said its air defences had destroyed 87 Ukrainian drones over nine regions overnight, including 31 over Bryansk.
In the Kursk region, Ukrainian artillery shelled the border village of Tyotkino on Tuesday, killing a man and a woman and damaging a school, acting governor Alexander Khinshtein said.
Ukraine's general staff said its forces had struck the Novozybkov depot because it supplied fuel to Russian troops. It did not comment on Tyotkino.
In Ukraine, a Russian ballistic missile hit the centre of Kryvyi Rih on Tuesday evening, killing three people and wounding 14, the head of the city's defence council, Oleksandr Vilkul, said.
Both sides have stepped up long-range strikes on each other's energy facilities this winter, as U.S.-led efforts to broker a ceasefire have stalled. Russia launched its full-scale invasion of Ukraine in February 2022.
""", [
    ev("novozybkov-depot-drones", True, "incident", "ERV:Air/drone strike", ("2026-03-10", "2026-03-11"),
       ["Novozybkov", "Bryansk"], "Russia", 0, ["Military Forces of Ukraine", "Ukraine"], ["Bogomaz", "governor"],
       "drones had hit the depot in the town of Novozybkov"),
    ev("tyotkino-shelling", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-03-10", "2026-03-10"),
       ["Tyotkino", "Tetkino", "Kursk"], "Russia", 2, ["Military Forces of Ukraine", "Ukraine"], ["Khinshtein", "governor"],
       "Ukrainian artillery shelled the border village of Tyotkino on Tuesday"),
    ev("kryvyi-rih-missile", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-03-10", "2026-03-10"),
       ["Kryvyi Rih", "Krivoy Rog", "Kryvyi Rig"], "Ukraine", 3, ["Military Forces of Russia", "Russia"], ["Vilkul"],
       "a Russian ballistic missile hit the centre of Kryvyi Rih on Tuesday evening"),
    ev("russia-drones-downed-tally", False, "aggregate", "*", ("2026-03-10", "2026-03-11"), ["Russia", "Bryansk"], "Russia",
       0, None, ["defence ministry"], "its air defences had destroyed 87 Ukrainian drones over nine regions overnight"),
]))

D.append(doc("h2-live-bangladesh-election-day", "2026-02-12", "liveblog", """
Bangladesh election live: clashes at polling centres as millions vote
08:00 BST
Polls have opened across Bangladesh in the first general election since the 2024 uprising that ended Sheikh Hasina's rule. About 127 million people are eligible to vote. More than 800,000 police, army and auxiliary personnel have been deployed.
10:20 BST
Supporters of two rival candidates fought with sticks and bricks outside a polling centre in Debidwar upazila of Cumilla district, leaving at least 15 people injured, police said. Officers fired rubber bullets to separate the groups and voting was suspended for two hours.
12:45 BST
One person was killed and four injured when crude bombs exploded near a polling station in Narayanganj's Sonargaon upazila, the local police chief told reporters. He said activists of two parties had thrown the bombs at each other.
15:10 BST
In Khulna, a local BNP activist was stabbed to death near a polling centre in the Sonadanga area, his party said, blaming supporters of a rival candidate. Police said they had detained two suspects.
17:00 BST
Voting has closed. The Election Commission says provisional turnout was about 58 per cent.
19:30 BST
Police headquarters says 63 people were arrested across the country today in connection with election violence.
13 Feb 00:35 BST
Reports are coming in from Bogura that supporters of a winning candidate set fire to the office of a rival party after early results were announced. The fire service says the blaze was put out and no one was hurt.
""", [
    ev("debidwar-polling-clash", True, "incident", "R:Mob violence|R:Violent demonstration", ("2026-02-12", "2026-02-12"),
       ["Debidwar", "Cumilla", "Comilla"], "Bangladesh", 0, ["Rioters (Bangladesh)", "Rioters", "supporters"], ["police"],
       "Supporters of two rival candidates fought with sticks and bricks outside a polling centre in Debidwar upazila"),
    ev("sonargaon-crude-bombs", True, "incident", "R:Mob violence|ERV:Remote explosive/landmine/IED|ERV:Grenade",
       ("2026-02-12", "2026-02-12"), ["Sonargaon", "Narayanganj"], "Bangladesh", 1, ["Rioters", "activists"],
       ["police chief", "police"], "crude bombs exploded near a polling station in Narayanganj's Sonargaon upazila"),
    ev("khulna-activist-stabbed", True, "incident", "VAC:Attack|R:Mob violence", ("2026-02-12", "2026-02-12"),
       ["Khulna", "Sonadanga"], "Bangladesh", 1, ["supporters", "Rioters", "Unidentified"], ["his party", "BNP"],
       "a local BNP activist was stabbed to death near a polling centre in the Sonadanga area"),
    ev("bogura-party-office-fire", True, "incident", "R:Mob violence|SD:Looting/property destruction", ("2026-02-12", "2026-02-13"),
       ["Bogura", "Bogra"], "Bangladesh", 0, ["Rioters", "supporters"], ["fire service"],
       "supporters of a winning candidate set fire to the office of a rival party"),
    ev("election-arrests-tally", False, "aggregate", "*", ("2026-02-12", "2026-02-12"), ["Bangladesh"], "Bangladesh", 0,
       None, ["Police headquarters"], "63 people were arrested across the country today"),
]))

D.append(doc("h2-live-yemen-hodeidah-marib", "2026-01-27", "liveblog", """
Yemen live: Israeli strikes hit Hodeidah port; fighting on Marib front
Key events
Israeli air strikes hit Hodeidah port, killing three people, the Houthi-run health ministry said.
Six government soldiers were killed in fighting with the Houthis on the Raghwan front in Marib province.
A child was killed by sniper fire in Taiz city.
Updated at 23.48 AST
23.30 AST
The Israeli military says a missile launched from Yemen towards Israel was intercepted this evening. Sirens sounded in the Negev. The Houthis' military spokesman Yahya Saree said the group had fired a "hypersonic ballistic missile" at an air base.
19.15 AST
Israeli jets have struck Hodeidah port and a nearby power station, the Houthi-run Al-Masirah TV reports. The Houthi health ministry says three workers were killed and 20 wounded. The Israeli military said it had hit "infrastructure used by the Houthi terrorist regime to import weapons".
14.00 AST
A 10-year-old boy was shot dead by a Houthi sniper in the Al-Rawdah district of Taiz city, the city's government-appointed authorities said. Taiz has been besieged by the Houthis for most of the war.
11.30 AST
Six soldiers of the internationally recognised government were killed when Houthi fighters attacked their positions on the Raghwan front in Marib province overnight, a military source told us. The source said 14 Houthi fighters were also killed; we could not confirm this figure.
09.00 AST
The UN special envoy, Hans Grundberg, is in Muscat for talks with Houthi and Omani officials on a prisoner exchange.
""", [
    ev("hodeidah-port-strikes", True, "incident", "ERV:Air/drone strike", ("2026-01-27", "2026-01-27"),
       ["Hodeidah", "Al Hudaydah", "Hudaydah"], "Yemen", 3, ["Military Forces of Israel", "Israel"],
       ["health ministry", "Al-Masirah"], "Israeli jets have struck Hodeidah port and a nearby power station"),
    ev("raghwan-front-attack", True, "incident", "B:Armed clash", ("2026-01-26", "2026-01-27"),
       ["Raghwan", "Marib", "Ma'rib"], "Yemen", 6, ["Houthi", "Ansar Allah", "Military Forces of Yemen"], ["military source"],
       "Six soldiers of the internationally recognised government were killed when Houthi fighters attacked their positions"),
    ev("taiz-sniper-child", True, "incident", "VAC:Attack", ("2026-01-27", "2026-01-27"), ["Taiz", "Al-Rawdah"], "Yemen", 1,
       ["Houthi", "Ansar Allah"], ["authorities"], "A 10-year-old boy was shot dead by a Houthi sniper"),
    ev("missile-from-yemen-intercepted", False, "incident", "SD:Disrupted weapons use|ERV:Shelling/artillery/missile attack",
       ("2026-01-27", "2026-01-27"), ["Negev", "Israel"], "Israel", 0, ["Houthi", "Military Forces of Israel"], ["Israeli military"],
       "a missile launched from Yemen towards Israel was intercepted this evening"),
]))

D.append(doc("h2-ngo-ohchr-south-kordofan", "2025-11-20", "ngo", """
Sudan: UN Human Rights Chief alarmed by escalating attacks on civilians in Kordofan
GENEVA (20 November 2025) – UN High Commissioner for Human Rights Volker Türk today warned of a rapidly deteriorating situation for civilians in the Kordofan region of Sudan, where his Office has documented at least 269 civilians killed since 1 October.
Of these, 110 were killed in North Kordofan, 88 in South Kordofan and 71 in West Kordofan, in shelling, drone strikes, air strikes and summary executions.
On 14 November, shelling by the Rapid Support Forces and their allies of the Sudan People's Liberation Movement-North (SPLM-N al-Hilu) struck the central market in Dilling, killing at least 12 civilians. The towns of Dilling and Kadugli have been under siege for months, and food prices there have tripled.
On 11 November, a Sudanese Armed Forces air strike hit a market in Kauda, in an area controlled by the SPLM-N, killing seven civilians, according to information received by the Office.
On 17 November, a drone struck a warehouse of the World Food Programme in Kadugli, destroying food stocks. No casualties were reported. The Office has not been able to establish who launched the drone.
"The people of Kordofan are being starved, shelled and bombed from all sides," Türk said. "I urge all parties to stop attacking markets and homes, and to allow aid to reach Kadugli and Dilling without delay."
The High Commissioner also expressed concern at credible reports of ethnically motivated killings by RSF fighters in West Kordofan following the group's takeover of Babanusa, and called for an independent investigation.
""", [
    ev("kordofan-since-october-toll", True, "aggregate", "*", ("2025-10-01", "2025-11-20"), ["Kordofan"], "Sudan", 269, None,
       ["UN Human Rights", "Türk", "OHCHR", "Office"], "his Office has documented at least 269 civilians killed since 1 October"),
    ev("north-kordofan-toll", False, "aggregate", "*", ("2025-10-01", "2025-11-20"), ["North Kordofan"], "Sudan", 110, None,
       ["Office"], "110 were killed in North Kordofan"),
    ev("south-kordofan-toll", False, "aggregate", "*", ("2025-10-01", "2025-11-20"), ["South Kordofan"], "Sudan", 88, None,
       ["Office"], "88 in South Kordofan"),
    ev("dilling-market-shelling", True, "incident", "ERV:Shelling/artillery/missile attack", ("2025-11-14", "2025-11-14"),
       ["Dilling", "Dalang", "South Kordofan"], "Sudan", 12, ["Rapid Support Forces", "RSF", "SPLM-N"],
       ["UN Human Rights", "Office", "Türk"], "struck the central market in Dilling, killing at least 12 civilians"),
    ev("kauda-market-airstrike", True, "incident", "ERV:Air/drone strike", ("2025-11-11", "2025-11-11"),
       ["Kauda", "Kawda", "South Kordofan", "Nuba"], "Sudan", 7, ["Military Forces of Sudan", "Sudanese Armed Forces", "SAF"],
       ["Office", "UN Human Rights"], "a Sudanese Armed Forces air strike hit a market in Kauda"),
    ev("kadugli-wfp-warehouse-drone", True, "incident", "ERV:Air/drone strike", ("2025-11-17", "2025-11-17"),
       ["Kadugli", "South Kordofan"], "Sudan", 0, None, ["Office", "UN Human Rights"],
       "a drone struck a warehouse of the World Food Programme in Kadugli"),
]))

D.append(doc("h2-ngo-binuh-q4-report", "2026-01-30", "ngo", """
Haiti: Quarterly report on the human rights situation, October – December 2025
PORT-AU-PRINCE, 30 January 2026 – Between 1 October and 31 December 2025, the Human Rights Service of the United Nations Integrated Office in Haiti (BINUH) documented at least 1,247 people killed and 710 injured in violence involving gangs, self-defence groups and the security forces.
Most of the victims (61 per cent) were recorded in the Ouest department, which includes the capital. The Artibonite department accounted for 236 of the deaths and the Centre department for 84, as gangs continued to expand north and east of Port-au-Prince.
On 23 November, members of the Gran Grif gang attacked the town of Liancourt, in the lower Artibonite valley, killing at least 28 residents, among them children, and burning dozens of houses. Survivors said the gang accused the residents of supporting a self-defence group.
On 6 December, an explosive drone used during a police operation struck a group of people in a street of Cité Soleil, killing nine people, at least four of whom were bystanders with no known link to gangs, according to BINUH.
On 15 December, residents of the Delmas 32 area lynched five men they accused of belonging to a gang; the bodies were then burned. BINUH recorded 94 such killings by members of self-defence groups or the population during the quarter.
The Service also recorded 312 kidnappings for ransom in the quarter, most of them in the Ouest and Artibonite departments.
"The State must protect the population while ensuring that its own operations respect human rights," said the head of BINUH. The Office calls on the authorities to investigate all killings and to prosecute those responsible.
""", [
    ev("haiti-q4-toll", True, "aggregate", "*", ("2025-10-01", "2025-12-31"), ["Haiti"], "Haiti", 1247, None,
       ["BINUH", "Integrated Office"], "documented at least 1,247 people killed and 710 injured"),
    ev("artibonite-q4-toll", False, "aggregate", "*", ("2025-10-01", "2025-12-31"), ["Artibonite"], "Haiti", 236, None,
       ["BINUH"], "The Artibonite department accounted for 236 of the deaths"),
    ev("liancourt-gang-attack", True, "incident", "VAC:Attack", ("2025-11-23", "2025-11-23"), ["Liancourt", "Artibonite"],
       "Haiti", 28, ["Gran Grif", "gang"], ["BINUH", "survivors"], "members of the Gran Grif gang attacked the town of Liancourt"),
    ev("cite-soleil-drone", True, "incident", "ERV:Air/drone strike", ("2025-12-06", "2025-12-06"),
       ["Cité Soleil", "Cite Soleil", "Port-au-Prince"], "Haiti", 9, ["Police Forces of Haiti", "police"], ["BINUH"],
       "an explosive drone used during a police operation struck a group of people in a street of Cité Soleil"),
    ev("delmas-lynching", True, "incident", "R:Mob violence", ("2025-12-15", "2025-12-15"), ["Delmas", "Port-au-Prince"],
       "Haiti", 5, ["Rioters", "residents", "Vigilante"], ["BINUH"],
       "residents of the Delmas 32 area lynched five men they accused of belonging to a gang"),
    ev("haiti-q4-kidnappings", False, "aggregate", "*", ("2025-10-01", "2025-12-31"), ["Haiti", "Ouest", "Artibonite"],
       "Haiti", 0, None, ["BINUH"], "312 kidnappings for ransom in the quarter"),
]))

D.append(doc("h2-ngo-hrw-segou-executions", "2026-02-24", "ngo", """
Mali: Soldiers, Foreign Fighters Execute Villagers in Ségou Region
(Nairobi, February 24, 2026) – Malian soldiers and allied foreign fighters summarily executed at least 18 men in a village in central Mali's Ségou region in early February 2026, Human Rights Watch said today. Islamist armed groups also killed civilians and fighters of pro-government militias in the region during the same period.
On February 2, soldiers and fighters of Russia's Africa Corps arrived in a village near Sokolo, in Niono cercle, in a convoy of about 30 vehicles, residents said. They rounded up men in the market, blindfolded them and drove them to a dry riverbed outside the village, where residents later found 18 bodies. "They took my father and my two brothers; we found them the next day with their hands tied," a 34-year-old man said.
On February 9, fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked Dozo hunters, a pro-government militia, near Kolongo in Macina cercle, killing six of them, according to two local sources.
On February 12, a military drone strike near Dogofry killed four civilians, including two women, who were fetching water, a relative of one victim said.
Since December 2025, Human Rights Watch has documented the killing of at least 64 civilians by Malian forces and their foreign allies in Ségou and Mopti regions.
Human Rights Watch interviewed 31 people by phone, including witnesses, relatives of victims and community leaders. It wrote to Mali's transitional government on February 16 with its findings but received no response.
"The Malian junta's promise to bring security to the centre of the country has turned into a campaign of killings of the very civilians it claims to protect," said the Sahel director at Human Rights Watch.
""", [
    ev("sokolo-executions", True, "incident", "VAC:Attack", ("2026-02-02", "2026-02-03"), ["Sokolo", "Niono", "Ségou", "Segou"],
       "Mali", 18, ["Military Forces of Mali", "Africa Corps", "soldiers"], ["Human Rights Watch", "HRW", "residents"],
       "summarily executed at least 18 men in a village in central Mali's Ségou region"),
    ev("kolongo-dozo-attack", True, "incident", "B:Armed clash", ("2026-02-09", "2026-02-09"), ["Kolongo", "Macina", "Ségou", "Segou"],
       "Mali", 6, ["JNIM", "Support of Islam and Muslims"], ["local sources", "Human Rights Watch"],
       "attacked Dozo hunters, a pro-government militia, near Kolongo in Macina cercle, killing six of them"),
    ev("dogofry-drone-strike", True, "incident", "ERV:Air/drone strike", ("2026-02-12", "2026-02-12"),
       ["Dogofry", "Niono", "Ségou", "Segou"], "Mali", 4, ["Military Forces of Mali", "military"], ["Human Rights Watch", "relative"],
       "a military drone strike near Dogofry killed four civilians"),
    ev("segou-mopti-army-toll", True, "aggregate", "*", ("2025-12-01", "2026-02-24"), ["Ségou", "Segou", "Mopti", "Mali"], "Mali",
       64, None, ["Human Rights Watch", "HRW"],
       "documented the killing of at least 64 civilians by Malian forces and their foreign allies in Ségou and Mopti regions"),
]))

D.append(doc("h2-none-au-summit-red-sea", "2026-02-06", "none", """
Red Sea access row overshadows African Union summit in Addis Ababa
ADDIS ABABA (Reuters) - A war of words between Ethiopia and Eritrea over access to the Red Sea overshadowed the opening of the African Union summit in Addis Ababa on Friday, with Eritrea's delegation walking out of a session after Ethiopian Prime Minister Abiy Ahmed said his landlocked country's need for a port was "a matter of survival".
Abiy told leaders that Ethiopia sought access "through peaceful means, negotiation and mutual benefit" and had no intention of invading any neighbour. Eritrea's information minister said on X that the remarks were "a thinly veiled threat".
AU Commission chairperson Mahmoud Ali Youssouf urged both governments to "lower the temperature" and offered the commission's mediation. Diplomats said Kenya and Djibouti had also been working behind the scenes to arrange talks.
Ethiopia lost its coastline when Eritrea became independent in 1993. The two countries fought a border war in 1998-2000 that killed an estimated 80,000 people, and made peace only in 2018, a deal that won Abiy the Nobel Peace Prize. Relations soured after the 2022 agreement that ended the war in Tigray, from which Eritrea, whose troops fought alongside Ethiopia's, was excluded.
The summit is also expected to discuss the wars in Sudan and eastern Congo and the AU's stabilisation mission in Somalia, which faces a funding shortfall of about $100 million.
""", []))

D.append(doc("h2-none-kampala-bombing-trial", "2025-11-27", "none", """
Ugandan court convicts four men over 2021 Kampala suicide bombings
KAMPALA (AP) — A Ugandan court on Thursday convicted four men of terrorism and murder for helping to plan the November 2021 suicide bombings in the capital, Kampala, and sentenced them to life in prison.
Justice Alice Komuhangi of the High Court's International Crimes Division said prosecutors had proved that the men sheltered the bombers, bought materials used to make the explosives and scouted the targets, a police station and a road near parliament. A fifth defendant was acquitted for lack of evidence.
The twin blasts killed four bystanders and the three bombers and wounded dozens of people. The Islamic State group claimed responsibility, and Ugandan authorities blamed the Allied Democratic Forces, a rebel group that originated in Uganda and is based in eastern Congo.
Defence lawyer Muwada Nkunyingi said his clients had been tortured in detention and would appeal. "The confessions were obtained under duress and the court should not have relied on them," he told reporters outside the court.
The trial, which began in 2023, was repeatedly delayed by the absence of witnesses and by the defendants' complaints about their treatment in prison.
Uganda and Congo have conducted joint military operations against the ADF in eastern Congo since late 2021.
""", []))

write("heldout2_d.json", D)
