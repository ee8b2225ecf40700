"""heldout3_e.json: longer texts and fillers - Somalia (long wire), Papua half-year report, Indonesia protests live (long),
Zhanaozen (translated), north-east Cote d'Ivoire, Bosnia and Herzegovina, a Basra hall fire and a Lima extortion ring (non-events)."""
from common import doc, ev, write

D = []

D.append(doc("h3-wire-somalia-puntland-shabaab", "2026-02-26", "wire", """
Puntland says it has taken Islamic State's last valley stronghold; al-Shabaab overruns base in central Somalia
GAROWE/MOGADISHU, Feb 26 (Reuters) - Forces of Somalia's semi-autonomous Puntland region said on Thursday they had captured the last valley held by Islamic State fighters in the Cal Miskaad mountains, while al Qaeda-linked al-Shabaab militants overran an army base in the centre of the country, highlighting the uneven fight against Islamist insurgents in the Horn of Africa nation.
Puntland's security minister told reporters in the regional capital Garowe that the Puntland Defence Forces had taken control of the Dhaadaar valley, in Iskushuban district of Bari region, on Tuesday after two days of fighting. He said 23 Islamic State fighters had been killed and that four Puntland soldiers had died. Reuters could not independently verify the figures.
"Daesh no longer controls any village or valley in Puntland," the minister said, using an Arabic acronym for Islamic State. "What remains are small groups hiding in caves, and we will hunt them down."
Puntland launched its offensive against Islamic State in Somalia in December 2024, after the group, once a marginal offshoot of al-Shabaab, grew rapidly with an influx of foreign fighters and became, according to U.N. experts, an important financial hub for the Islamic State network in Africa. The fighting has displaced thousands of herders from the mountains and the valleys that run down to the Gulf of Aden.
The U.S. military's Africa Command (AFRICOM) said it had carried out an air strike on Wednesday against Islamic State fighters in the Golis mountains, southeast of the port city of Bosaso, in coordination with Puntland. It said its initial assessment was that three militants had been killed and that no civilians had been hurt. AFRICOM has carried out dozens of strikes in the area over the past year.
While Puntland claimed progress in the north, al-Shabaab showed its strength further south. On Tuesday, its fighters attacked a Somali National Army base in Moqokori, in the Hiiraan region, with a car bomb at the gate followed by an assault by dozens of fighters, residents and a military officer said. The soldiers withdrew from the base and from the town after several hours of fighting, they said.
"The soldiers left toward Jowhar and the Shabaab raised their flag over the district office," an elder in Moqokori told Reuters by telephone. Residents said they had counted the bodies of seven soldiers. Al-Shabaab said in a statement on its radio station that it had killed 41 soldiers, a figure the government dismissed as propaganda. The information ministry said the army had carried out a "tactical withdrawal" and would return.
Moqokori was one of the towns captured from al-Shabaab in 2022 during an offensive by the federal government and local clan militias, known as macawisley, that was hailed at the time as a turning point. Since early 2025, the militants have retaken most of the towns they lost in Hiiraan and Middle Shabelle, and have launched attacks closer to Mogadishu.
On Monday, a roadside bomb hit an army vehicle at a checkpoint on the outskirts of Baidoa, the capital of South West State, killing three soldiers, a police officer in the city said. Al-Shabaab claimed the attack.
Also on Wednesday, al-Shabaab fighters abducted four clan elders from a village near Adan Yabaal in Middle Shabelle after they refused to pay zakat, the tax the group levies in areas it controls, a relative of one of the elders said. The group has not commented.
Analysts say the federal government's campaign against al-Shabaab has lost momentum amid political disputes between Mogadishu and the regional states over electoral reforms and the planned direct elections. Puntland and Jubaland do not recognise the federal government's electoral plans and conduct their security operations largely independently of Mogadishu.
"The paradox is that Puntland is winning a war that Mogadishu is not fighting, while Mogadishu is losing a war that it says it is winning," said a researcher at a Nairobi-based think tank. "Both insurgencies feed off the political fragmentation."
The African Union's mission, AUSSOM, which replaced an earlier AU force at the start of 2025, remains short of funding, and several troop-contributing countries have warned that they could withdraw soldiers if their costs are not covered. Ethiopian, Kenyan, Egyptian, Ugandan and Burundian troops serve in the mission.
The United Nations says almost four million Somalis face acute food insecurity after poor rains, and aid agencies say fighting has cut off several districts in Hiiraan and Middle Shabelle from humanitarian deliveries.
Somalia's president, who has led two offensives against al-Shabaab since returning to power in 2022, visited troops in Jowhar on Thursday and promised that "every town that the enemy has taken will be liberated". The president's term ends in May.
In Bosaso, traders said the security situation had improved since the offensive began but that checkpoints and a curfew were still slowing business. The port, a major hub for livestock exports to the Gulf, has been the target of extortion by Islamic State, which demanded payments from businesses and killed some who refused, according to local officials.
The U.N. Security Council is due to discuss the funding of AUSSOM next month.
""", [
    ev("dhaadaar-valley-captured", True, "incident", "B:Government regains territory|B:Armed clash", ("2026-02-22", "2026-02-24"),
       ["Dhaadaar", "Cal Miskaad", "Iskushuban", "Bari"], "Somalia", None,
       ["Puntland Defence Forces", "Military Forces of Puntland", "Puntland", "Islamic State"],
       ["security minister", "Puntland"], "the Puntland Defence Forces had taken control of the Dhaadaar valley"),
    ev("golis-us-airstrike", True, "incident", "ERV:Air/drone strike", ("2026-02-25", "2026-02-25"),
       ["Golis", "Bosaso", "Bari"], "Somalia", 3, ["Military Forces of the United States", "AFRICOM", "United States"],
       ["AFRICOM", "Africa Command"], "it had carried out an air strike on Wednesday against Islamic State fighters in the Golis mountains"),
    ev("moqokori-base-overrun", True, "incident", "B:Non-state actor overtakes territory|B:Armed clash",
       ("2026-02-24", "2026-02-24"), ["Moqokori", "Hiiraan", "Bulo Burto", "Hiran"], "Somalia", 7,
       ["Al Shabaab", "al-Shabaab", "Shabaab"], ["residents", "military officer", "elder"],
       "its fighters attacked a Somali National Army base in Moqokori, in the Hiiraan region"),
    ev("baidoa-checkpoint-roadside-bomb", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-02-23", "2026-02-23"),
       ["Baidoa", "Bay"], "Somalia", 3, ["Al Shabaab", "al-Shabaab"], ["police officer"],
       "a roadside bomb hit an army vehicle at a checkpoint on the outskirts of Baidoa"),
    ev("adan-yabaal-elders-abducted", True, "incident", "VAC:Abduction/forced disappearance", ("2026-02-25", "2026-02-25"),
       ["Adan Yabaal", "Adale", "Middle Shabelle", "Shabeellaha Dhexe"], "Somalia", 0, ["Al Shabaab", "al-Shabaab"],
       ["relative"], "al-Shabaab fighters abducted four clan elders from a village near Adan Yabaal"),
]))

D.append(doc("h3-ngo-papua-half-year-report", "2026-07-15", "ngo", """
Papua: Half-year report on violence and displacement, January - June 2026
Jayapura, 15 July 2026 - Papua Peace Network, a coalition of church, customary and human rights organisations, presents its monitoring report on armed violence in the provinces of Papua, Central Papua, Highland Papua, South Papua, West Papua and Southwest Papua for the first half of 2026.
1. Overview
Between 1 January and 30 June 2026 the Network documented 74 incidents of armed violence, in which 58 people were killed: 27 civilians, 17 members of the Indonesian security forces (TNI and Polri) and 14 members of the West Papua National Liberation Army (TPNPB). A further 61 people were wounded.
By regency, the highest numbers of deaths were recorded in Intan Jaya (14), Yahukimo (12), Puncak (11) and Nduga (8). The remaining 13 deaths occurred in six other regencies.
Civilian deaths were caused by the TPNPB in 15 cases and by the security forces in 9 cases; in 3 cases the perpetrator could not be identified.
2. Selected incidents
- 3 March, Dekai, Yahukimo: TPNPB fighters attacked a camp of gold panners on the bank of the Brazza river, killing four men from outside Papua. The TPNPB claimed the killings, saying the men were spies.
- 19 April, Puncak regency: residents of villages near Ilaga reported that explosives had been dropped from drones on gardens and houses during a security operation, killing two civilians, an elderly woman and a boy. The TNI denied using drones to attack villages and said its operation targeted TPNPB positions.
- 11 May, Kenyam, Nduga: TPNPB fighters attacked a police post with firearms, killing two police officers. Police said they returned fire and that the attackers fled.
- 30 June, Wamena, Highland Papua: police dispersed a rally of about 150 people commemorating the 1 July anniversary of the proclamation of West Papuan independence and detained 18 participants. All were released within 24 hours.
3. Displacement
The Network estimates that at least 8,400 people were displaced by armed violence during the period, most of them in Intan Jaya, Puncak and Yahukimo. Many displaced families are sheltering in churches and with relatives in district towns, with limited access to health care and schooling. At least 11 displaced people, including five children, died of illness in displacement during the period, according to church workers.
4. Access and investigations
Humanitarian and journalist access to conflict-affected regencies remains restricted. None of the civilian deaths attributed to security forces in the period has led to a prosecution to the Network's knowledge.
5. Recommendations
The Network calls on:
- the Government of Indonesia to open a humanitarian pause and allow independent humanitarian access to Intan Jaya, Puncak, Nduga and Yahukimo;
- the TPNPB to stop attacks on civilians, including workers from outside Papua;
- the TNI and Polri to stop the use of explosives in populated areas and to investigate all allegations of abuses;
- the National Commission on Human Rights (Komnas HAM) to investigate the April incident in Puncak;
- all parties to support dialogue mediated by a credible third party.
The Network's figures are based on reports by church workers and local monitors cross-checked with at least one other source and should be treated as a minimum.
""", [
    ev("papua-h1-toll", True, "aggregate", "*", ("2026-01-01", "2026-06-30"),
       ["Papua", "Central Papua", "Highland Papua"], "Indonesia", 58, None, ["Papua Peace Network", "Network"],
       "the Network documented 74 incidents of armed violence, in which 58 people were killed"),
    ev("intan-jaya-h1-toll", False, "aggregate", "*", ("2026-01-01", "2026-06-30"), ["Intan Jaya"], "Indonesia", 14, None,
       ["Network"], "Intan Jaya (14)"),
    ev("dekai-gold-panners-killed", True, "incident", "VAC:Attack", ("2026-03-03", "2026-03-03"),
       ["Dekai", "Yahukimo", "Highland Papua", "Papua Pegunungan"], "Indonesia", 4,
       ["TPNPB", "West Papua National Liberation Army", "OPM"], ["Papua Peace Network", "TPNPB"],
       "TPNPB fighters attacked a camp of gold panners on the bank of the Brazza river, killing four men"),
    ev("ilaga-drone-explosives", True, "incident", "ERV:Air/drone strike", ("2026-04-19", "2026-04-19"),
       ["Ilaga", "Puncak", "Central Papua", "Papua Tengah"], "Indonesia", 2, ["Military Forces of Indonesia", "TNI"],
       ["residents", "Papua Peace Network"], "explosives had been dropped from drones on gardens and houses during a security operation"),
    ev("kenyam-police-post-attack", True, "incident", "B:Armed clash", ("2026-05-11", "2026-05-11"),
       ["Kenyam", "Nduga", "Highland Papua", "Papua Pegunungan"], "Indonesia", 2, ["TPNPB", "OPM", "West Papua National Liberation Army"],
       ["Papua Peace Network", "police"], "TPNPB fighters attacked a police post with firearms, killing two police officers"),
    ev("wamena-rally-dispersed", True, "incident", "P:Protest with intervention", ("2026-06-30", "2026-06-30"),
       ["Wamena", "Jayawijaya", "Highland Papua", "Papua Pegunungan"], "Indonesia", 0,
       ["Protesters (Indonesia)", "Protesters"], ["Papua Peace Network"],
       "police dispersed a rally of about 150 people commemorating the 1 July anniversary"),
    ev("papua-h1-displacement", False, "aggregate", "*", ("2026-01-01", "2026-06-30"), ["Intan Jaya", "Puncak", "Yahukimo"],
       "Indonesia", None, None, ["Network"], "at least 8,400 people were displaced by armed violence during the period"),
]))

D.append(doc("h3-live-indonesia-dpr-protests", "2026-08-26", "liveblog", """
Indonesia protests live: clashes outside parliament in Jakarta, unrest spreads to Medan
Key events
- Police fired tear gas and water cannon at thousands of students and workers protesting outside the House of Representatives (DPR) in Jakarta over lawmakers' new housing allowances.
- Rioting spread to the Senen and Kwitang areas of Central Jakarta in the evening; a police post and two buses were burned.
- A 19-year-old student died in hospital after being beaten during the unrest in Kwitang, his university says.
- Protesters threw rocks at the North Sumatra regional council building in Medan.
- Students in Yogyakarta held a peaceful rally on Malioboro.
- After midnight, a crowd looted the house of a lawmaker in South Tangerang.
- Jakarta police say 412 people were detained.
Wednesday 26 August 2026
09:15 WIB
Good morning from Jakarta. Student unions, labour confederations and online driver groups have called protests outside the House of Representatives (DPR) in Senayan for the third day running. The anger was sparked by the revelation that each of the 580 lawmakers will receive a monthly housing allowance of 50 million rupiah - about ten times the Jakarta minimum wage - at a time of spending cuts in education and health.
10:40 WIB
Police say more than 6,000 officers, backed by soldiers, have been deployed around the parliament complex. Barbed wire has been laid on Jalan Gatot Subroto, and the toll road in front of the DPR is closed.
12:20 WIB
The crowd outside the main gate now numbers several thousand. Speakers on a truck are demanding the allowances be scrapped and that the DPR speaker apologise. The atmosphere is noisy but peaceful. Some protesters have brought flowers for the police.
13:55 WIB
Things have turned tense. A group of protesters tried to climb the fence at the rear gate on Jalan Gelora, and police have responded with tear gas. Water cannon trucks are now spraying the crowd in front of the main gate. Protesters are running toward the Senayan interchange and the Palmerah area.
14:30 WIB
Our reporter at the scene says several students are being treated by volunteer medics for the effects of tear gas. Police say 19 people have been detained for "provoking" the crowd.
15:45 WIB
In Yogyakarta, several thousand students from the city's universities are holding a peaceful rally along Jalan Malioboro, carrying banners reading "The people are hungry, the DPR is full". Police are watching from a distance.
16:30 WIB
Speaker of the House Puan Maharani has said the allowances will be "evaluated", but did not say they would be withdrawn. Protest leaders called the statement "an insult".
17:50 WIB
In Medan, North Sumatra, hundreds of protesters have thrown rocks and bottles at the regional legislative council (DPRD) building, breaking windows, according to local television. Police fired tear gas to push them back. Several officers were injured.
19:20 WIB
Reports of rioting in Central Jakarta. Groups of mostly young men have set fire to a police post near the Senen bus terminal and are throwing stones and firecrackers at riot police on Jalan Kramat Raya. Two TransJakarta buses have been set alight near Kwitang, the operator says, and services on several corridors have been suspended.
20:45 WIB
Police have fired tear gas into side streets around Kwitang. Residents say officers are chasing protesters into alleys and beating those they catch. We are trying to verify videos circulating on social media.
22:10 WIB
President Prabowo Subianto has called on the public to stay calm and accused unnamed "groups" of trying to destabilise the country. He said he had instructed the police to act firmly against rioters but to respect peaceful protesters.
23:30 WIB
Universitas Indonesia says one of its students, a 19-year-old, has died at Cipto Mangunkusumo hospital after suffering head injuries in Kwitang earlier this evening. Fellow students say he was beaten by police while trying to help an injured friend. The Jakarta police chief said the death would be investigated and that officers found to have used excessive force would be punished.
Thursday 27 August 2026
00:40 WIB
Just after midnight, a crowd of several hundred people broke into the house of a DPR member in Bintaro, South Tangerang, and carried off furniture, electronics and motorcycles, according to local police. The lawmaker, who had posted a video mocking the protesters earlier in the week, was not at home. Police arrived after about an hour and the crowd dispersed.
02:15 WIB
Central Jakarta is quiet now, though smoke is still rising from the burnt-out police post in Senen. Firefighters say they put out 14 fires across the city tonight.
06:30 WIB
Jakarta Metropolitan Police say 412 people were detained during the protests and riots on Wednesday, most of them teenagers, and that 47 officers were injured. The Indonesian Legal Aid Foundation (YLBHI) says it has received reports of at least 60 protesters injured and is trying to get access to those detained.
08:00 WIB
Student groups say they will hold a funeral procession this afternoon for the student who died and have called for a national day of mourning. Several schools in Central Jakarta are closed today.
09:10 WIB
The National Commission on Human Rights (Komnas HAM) has announced it will investigate the death in Kwitang and the police's use of tear gas in residential streets.
10:00 WIB
We are pausing our live coverage. Thank you for following.
""", [
    ev("dpr-senayan-protest-tear-gas", True, "incident", "P:Protest with intervention|R:Violent demonstration",
       ("2026-08-26", "2026-08-26"), ["Jakarta", "Senayan", "Central Jakarta", "Jakarta Pusat"], "Indonesia", 0,
       ["Protesters (Indonesia)", "Protesters", "students"], ["police", "reporter"],
       "A group of protesters tried to climb the fence at the rear gate on Jalan Gelora, and police have responded with tear gas"),
    ev("senen-kwitang-riot", True, "incident", "R:Violent demonstration|P:Excessive force against protesters",
       ("2026-08-26", "2026-08-26"), ["Jakarta", "Senen", "Kwitang", "Central Jakarta", "Jakarta Pusat"], "Indonesia", 1,
       ["Rioters (Indonesia)", "Rioters", "Protesters (Indonesia)", "Police Forces of Indonesia"],
       ["TransJakarta", "Universitas Indonesia", "police"],
       "Groups of mostly young men have set fire to a police post near the Senen bus terminal"),
    ev("yogyakarta-malioboro-rally", True, "incident", "P:Peaceful protest", ("2026-08-26", "2026-08-26"),
       ["Yogyakarta", "Malioboro"], "Indonesia", 0, ["Protesters (Indonesia)", "Protesters", "students"], None,
       "several thousand students from the city's universities are holding a peaceful rally along Jalan Malioboro"),
    ev("medan-dprd-rock-throwing", True, "incident", "R:Violent demonstration", ("2026-08-26", "2026-08-26"),
       ["Medan", "North Sumatra", "Sumatera Utara"], "Indonesia", 0, ["Rioters (Indonesia)", "Rioters", "Protesters"],
       ["local television"], "hundreds of protesters have thrown rocks and bottles at the regional legislative council (DPRD) building"),
    ev("bintaro-lawmaker-house-looted", True, "incident", "R:Mob violence|SD:Looting/property destruction|R:Violent demonstration",
       ("2026-08-27", "2026-08-27"), ["Bintaro", "South Tangerang", "Tangerang Selatan", "Banten"], "Indonesia", 0,
       ["Rioters (Indonesia)", "Rioters", "crowd"], ["local police"],
       "a crowd of several hundred people broke into the house of a DPR member in Bintaro, South Tangerang"),
    ev("jakarta-detentions-tally", False, "aggregate", "SD:Arrests|*", ("2026-08-26", "2026-08-27"), ["Jakarta"], "Indonesia",
       0, ["Police Forces of Indonesia", "Jakarta Metropolitan Police"], ["Jakarta Metropolitan Police"],
       "412 people were detained during the protests and riots on Wednesday"),
    ev("dpr-protest-earlier-days", False, "incident", "P:Peaceful protest|P:Protest with intervention", ("2026-08-24", "2026-08-25"),
       ["Jakarta", "Senayan"], "Indonesia", 0, ["Protesters (Indonesia)"], None,
       "for the third day running"),
]))

D.append(doc("h3-local-zhanaozen-translated", "2026-01-14", "wire", """
Zhanaozen oil workers rally for higher wages; activists detained in Aktau
[Translated from Russian. Report by an independent Kazakh news site.]
ZHANAOZEN - Several hundred oil workers and residents gathered on the central square of Zhanaozen, in the Mangystau region of western Kazakhstan, on Tuesday to demand higher wages and the return of regional allowances that they say were cut at the beginning of the year.
The rally began at about 10 a.m. in front of the city akimat (administration), in sub-zero temperatures. The participants, many of them employees of service companies working for the state oil company's local subsidiary, held up handwritten placards with the words "We want to live, not survive" and "Return our allowances". Some brought their children.
The deputy akim of the city came out to the protesters and promised that a commission with representatives of the companies and the regional administration would examine their demands within a week. The gathering dispersed peacefully in the late afternoon. Police officers were present but did not intervene.
"We are not asking for anything extraordinary. Prices have risen by a third in two years, but our salaries have stayed the same," said one of the participants, a drilling operator with 20 years of experience, who asked that his name not be published.
On the same day in Aktau, the regional centre, police detained seven activists who tried to hold a picket in support of the Zhanaozen workers in front of the regional akimat. According to their lawyer, the activists were taken to a police station and charged with violating the procedure for holding peaceful assemblies. Five of them were released on Tuesday evening after being fined; two were sentenced by a court on Wednesday to ten days of administrative arrest.
In Almaty, two people who stood in single-person pickets with placards in support of the oil workers near the Abai monument were also taken to a police station and released after several hours, an activist told our site.
The Mangystau regional akimat said in a statement that the demands of the workers "are being considered" and that the companies had paid all salaries on time. It called on residents "not to succumb to provocations" and recalled that gatherings must be notified to the authorities in advance.
Under a law adopted in 2020, Kazakh citizens must notify local authorities before holding a rally, and gatherings may only be held in designated places. Human rights organisations say the authorities use the law to prevent protests and to punish organisers.
Zhanaozen has a history of labour protests. In December 2011, police opened fire on striking oil workers and their supporters in the city, killing at least 16 people according to official figures. In January 2022, protests against a rise in the price of liquefied gas began in Zhanaozen and spread across the country, turning into the worst unrest in Kazakhstan's independent history, in which 238 people were killed.
The government has since promised to create jobs in the region and to raise wages in the oil sector, but residents say unemployment remains high, especially among young people.
The workers said they would gather again on Monday if they had not received an answer from the commission.
""", [
    ev("zhanaozen-wage-rally", True, "incident", "P:Peaceful protest", ("2026-01-13", "2026-01-13"),
       ["Zhanaozen", "Zhanaozen city", "Mangystau", "Mangghystau"], "Kazakhstan", 0,
       ["Protesters (Kazakhstan)", "Protesters", "oil workers"], None,
       "Several hundred oil workers and residents gathered on the central square of Zhanaozen"),
    ev("aktau-picket-detentions", True, "incident", "P:Protest with intervention|SD:Arrests", ("2026-01-13", "2026-01-13"),
       ["Aktau", "Mangystau", "Mangghystau"], "Kazakhstan", 0, ["Protesters (Kazakhstan)", "Protesters", "activists"],
       ["lawyer"], "police detained seven activists who tried to hold a picket in support of the Zhanaozen workers"),
    ev("almaty-single-pickets", False, "incident", "P:Protest with intervention|P:Peaceful protest", ("2026-01-13", "2026-01-13"),
       ["Almaty"], "Kazakhstan", 0, ["Protesters (Kazakhstan)"], ["activist"],
       "two people who stood in single-person pickets with placards in support of the oil workers"),
    ev("zhanaozen-2011-shooting", False, "incident", "P:Excessive force against protesters", ("2011-12-01", "2011-12-31"),
       ["Zhanaozen", "Mangystau"], "Kazakhstan", 16, ["Police Forces of Kazakhstan"], None,
       "police opened fire on striking oil workers and their supporters in the city, killing at least 16 people"),
    ev("kazakhstan-2022-unrest", False, "aggregate", "*", ("2022-01-01", "2022-01-31"), ["Kazakhstan", "Zhanaozen"],
       "Kazakhstan", 238, None, None, "in which 238 people were killed"),
]))

D.append(doc("h3-wire-cote-divoire-tougbo", "2026-09-17", "wire", """
Three gendarmes killed in attack on post in northeast Ivory Coast
ABIDJAN (AFP) - Suspected jihadists killed three gendarmes in an attack on a post in northeastern Ivory Coast near the border with Burkina Faso, the army said on Thursday, the deadliest such attack in the country in several years.
About thirty heavily armed men on motorcycles attacked the gendarmerie post at Tougbo, in the Bounkani region, before dawn on Tuesday, the army general staff said in a statement. Three gendarmes were killed and two wounded, and the attackers withdrew toward Burkinabe territory after an exchange of fire with reinforcements from Bouna, it said.
A local official in Doropo told AFP that the attackers had also set fire to two vehicles and taken away weapons. No group claimed responsibility, but security sources said they suspected fighters of the Group for the Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, which is active on the Burkinabe side of the border.
Separately, the bodies of two Fulani herders were found on Wednesday near Doropo, a local Fulani association said, accusing members of a traditional "dozo" hunters' brotherhood of killing them after accusing them of complicity with the jihadists. Local authorities confirmed the discovery of the bodies and said an investigation was under way. Community leaders called for calm.
Police in Bouna said they had arrested 11 people on Wednesday, including two Burkinabe nationals, on suspicion of providing information and logistical support to the attackers.
Ivory Coast, West Africa's largest economy, was hit by a series of jihadist attacks in its north in 2020 and 2021, including an attack on an army post at Kafolo in June 2020 in which 14 soldiers were killed. The government responded by reinforcing its military presence, creating a special operational zone in the north and launching social programmes for young people in border areas, and attacks stopped for several years.
Security experts have warned, however, that the continued deterioration of security in Burkina Faso, where armed groups control large areas, and a surge in the number of Burkinabe refugees in northern Ivory Coast, now more than 70,000 according to the United Nations refugee agency, could increase the risk of new attacks and of community tensions.
"The model that worked after 2021 is under pressure," said a security analyst in Abidjan. "The border is long, the refugees are many and the relations with Ouagadougou are bad."
Relations between Abidjan and Burkina Faso's military government have been strained since 2022, with Ouagadougou accusing Ivory Coast of harbouring plotters against it, accusations Abidjan rejects.
The Ivorian defence minister visited Bouna on Wednesday and promised to send reinforcements to the area. "The territorial integrity of Cote d'Ivoire is not negotiable," he told soldiers.
The Bounkani region, home to the Comoe National Park, one of the largest protected areas in West Africa, has also seen a rise in illegal gold mining and cattle theft in recent years.
""", [
    ev("tougbo-gendarmerie-attack", True, "incident", "B:Armed clash", ("2026-09-15", "2026-09-15"),
       ["Tougbo", "Doropo", "Bounkani", "Zanzan"], "Ivory Coast", 3,
       ["JNIM", "Support of Islam and Muslims", "Unidentified Armed Group", "jihadists"],
       ["army general staff", "army", "AFP"],
       "About thirty heavily armed men on motorcycles attacked the gendarmerie post at Tougbo"),
    ev("doropo-herders-killed", True, "incident", "VAC:Attack", ("2026-09-15", "2026-09-16"),
       ["Doropo", "Bounkani", "Zanzan"], "Ivory Coast", 2, ["Dozo", "Dozo Communal Militia", "Unidentified Armed Group"],
       ["Fulani association", "local authorities"], "the bodies of two Fulani herders were found on Wednesday near Doropo"),
    ev("bouna-arrests", False, "incident", "SD:Arrests", ("2026-09-16", "2026-09-16"), ["Bouna", "Bounkani"], "Ivory Coast", 0,
       ["Police Forces of Ivory Coast", "police"], ["police"], "Police in Bouna said they had arrested 11 people on Wednesday"),
    ev("kafolo-2020-attack", False, "incident", "B:Armed clash", ("2020-06-01", "2020-06-30"), ["Kafolo", "Kong", "Tchologo"],
       "Ivory Coast", 14, None, None, "an attack on an army post at Kafolo in June 2020 in which 14 soldiers were killed"),
]))

D.append(doc("h3-wire-bosnia-weekend-protests", "2026-05-18", "wire", """
Football fans clash in Mostar, thousands protest NGO law in Banja Luka
SARAJEVO, May 18 (Reuters) - Rival football fans fought with stones, flares and metal bars in the southern Bosnian city of Mostar on Sunday ahead of a derby match, injuring nine people including three police officers, police said, a day after thousands of people protested in the Serb-run entity's capital Banja Luka against a law restricting non-governmental organisations.
The clashes between supporters of Zrinjski, backed mainly by Bosnian Croats, and Velez, backed mostly by Bosniaks, broke out near the Old Bridge on the line that divided the city during the 1992-95 war, the Herzegovina-Neretva canton police said. Police used batons and tear gas to separate the groups and detained 14 people. Several cars and shop windows were damaged. The match went ahead without spectators after a two-hour delay.
The derby has long been marred by violence that reflects the ethnic division of Mostar, where Croats and Bosniaks fought each other during the war and where schools, utilities and even football clubs are still largely separated.
In Banja Luka on Saturday, several thousand people marched peacefully from the Krajina square to the building of the Republika Srpska national assembly to protest against a law that requires NGOs receiving foreign funding to register as "agents of foreign influence". Critics say the law, modelled on legislation in Russia, is designed to silence independent media and civil society.
"They want to make us foreign agents in our own country," said a student who took part in the march. Organisers said more than 10,000 people attended; police put the number at 3,500. The protest ended without incident.
Republika Srpska's leadership, which has pushed for greater autonomy from the central state, says the law is needed to ensure transparency and prevent foreign interference.
In Sarajevo on Friday, police used pepper spray on a group of war veterans who tried to break through a police cordon in front of the federal government building to demand higher benefits. Five veterans and two police officers were treated for minor injuries, the Sarajevo canton interior ministry said. The veterans had blocked the main road through the city centre for several hours.
The protests come as Bosnia's political crisis has deepened. Western diplomats have warned that secessionist moves by the Bosnian Serb leadership threaten the 1995 Dayton peace accords that ended the war, in which about 100,000 people were killed.
The European Union, which granted Bosnia the status of candidate for membership in 2022 and agreed to open accession talks in 2024, has urged the country's leaders to focus on reforms. EUFOR, the EU's peacekeeping force, said it was closely monitoring the situation but saw no threat to security.
Mostar's mayor condemned the violence on Sunday and said the city would ask the football federation to punish both clubs. "A few hundred hooligans cannot hold a whole city hostage," he said.
""", [
    ev("mostar-derby-fan-clash", True, "incident", "R:Mob violence", ("2026-05-17", "2026-05-17"),
       ["Mostar", "Herzegovina-Neretva"], "Bosnia and Herzegovina", 0, ["Rioters (Bosnia and Herzegovina)", "Rioters", "fans"],
       ["Herzegovina-Neretva canton police", "police"],
       "Rival football fans fought with stones, flares and metal bars in the southern Bosnian city of Mostar on Sunday"),
    ev("banja-luka-ngo-law-march", True, "incident", "P:Peaceful protest", ("2026-05-16", "2026-05-16"),
       ["Banja Luka", "Republika Srpska"], "Bosnia and Herzegovina", 0, ["Protesters (Bosnia and Herzegovina)", "Protesters"],
       ["organisers", "police"], "several thousand people marched peacefully from the Krajina square"),
    ev("sarajevo-veterans-pepper-spray", True, "incident", "P:Protest with intervention", ("2026-05-15", "2026-05-15"),
       ["Sarajevo"], "Bosnia and Herzegovina", 0, ["Protesters (Bosnia and Herzegovina)", "Protesters", "war veterans"],
       ["Sarajevo canton interior ministry"], "police used pepper spray on a group of war veterans"),
]))

D.append(doc("h3-none-basra-hall-fire", "2026-12-01", "none", """
Fire at wedding hall in southern Iraq kills 27, civil defence says
BASRA, Iraq (AP) - A fire swept through a crowded wedding hall in the southern Iraqi city of Basra late on Monday, killing at least 27 people and injuring more than 80, civil defence officials said on Tuesday.
The fire broke out at about 10:30 p.m. in the hall in the Al-Jubaila district, where several hundred guests were celebrating, and spread quickly through the ceiling, which was covered with highly flammable decorative panels, the civil defence directorate said in a statement. Initial investigations suggested that it was started by fireworks set off indoors during the first dance, it said.
Witnesses said guests rushed toward the only open exit as the lights went out and smoke filled the room. "People were stepping on each other. I carried my daughter and we broke a window to get out," said a guest who suffered burns to his arms.
Most of the dead were women and children, the health directorate said. The injured were taken to hospitals across the city, and the health ministry sent a team of burns specialists from Baghdad.
The prime minister's office announced three days of national mourning and ordered an investigation. Police said they had detained the owner of the hall and two employees. The governor of Basra said the hall had been warned by inspectors last year about the lack of emergency exits.
Iraq has suffered a series of deadly fires in recent years, often blamed on poor safety standards and lax enforcement. In September 2023, a fire at a wedding in Qaraqosh, in Nineveh province, killed more than 100 people, and in July 2025 a fire at a shopping mall in the eastern city of Kut killed more than 60. Fires at two hospitals treating COVID-19 patients in Baghdad and Nasiriyah killed more than 150 people in 2021.
"Every year we hear the same promises after the same tragedies," said an engineer who has campaigned for stricter building codes in Basra. "The decorative panels are cheap, and no one checks."
The civil defence said it had inspected more than 400 halls, restaurants and shopping centres in Basra province this year and closed 37 of them for violations, but that many reopened after paying fines.
Iraq's parliament passed a law on civil defence and fire safety in 2024 that requires sprinkler systems and multiple exits in public buildings. Critics say it has been poorly enforced, especially in the private sector, where corruption and the influence of political parties often protect businesses from inspections.
The families of the victims gathered outside the forensic medicine department on Tuesday morning to identify the bodies. Funerals were held in the afternoon in Basra and in the holy city of Najaf, where many families bury their dead.
The bride and groom survived with minor injuries, relatives said.
""", []))

D.append(doc("h3-none-lima-extortion-ring", "2026-10-22", "none", """
Peruvian police dismantle extortion ring that targeted Lima bus companies
LIMA (Reuters) - Peruvian police arrested 23 people on Thursday in a series of dawn raids in Lima and the neighbouring port of Callao against a criminal network accused of extorting money from bus companies and small businesses, the interior ministry said.
More than 400 police officers and 30 prosecutors took part in the operation, which targeted 31 properties in the districts of San Martin de Porres, Comas, Independencia and Callao, a police general told reporters. Officers seized 280,000 soles ($75,000) in cash, mobile phones, ledgers and several vehicles.
The network, which police said called itself "Los Cobradores del Norte", demanded weekly payments of between 20 and 50 soles per bus from at least 14 transport companies operating routes in northern Lima, and recorded the payments in notebooks and on messaging apps, according to the prosecutor's office. Prosecutors said the group also sold "protection" to market stalls and shops.
Among those arrested were two employees of a transport company who allegedly passed information about drivers and routes to the network, and a woman accused of laundering the proceeds through a chain of mobile phone shops.
The interior minister said the operation was the result of eight months of investigation, including wiretaps authorised by a judge, and that it showed that "extortionists are no longer untouchable". Transport union leaders welcomed the arrests but said that other networks continued to operate.
Extortion complaints in Peru have increased more than fivefold since 2022, according to police figures, making it one of the crimes that most worries Peruvians in opinion polls. Transport unions have staged several strikes in Lima over the past two years to demand more security, and successive governments have declared states of emergency in parts of the capital.
"The drivers pay or they don't work. Some companies have been paying for three years," said the head of a transport workers' federation. "We hope this is not just a show for the cameras."
The suspects will be held for up to 15 days while prosecutors prepare charges of extortion, criminal organisation and money laundering, which carry penalties of up to 35 years in prison.
Congress approved a law last year increasing penalties for extortion and allowing the use of undercover agents in investigations, and the government has promised to create a specialised police unit with 3,000 officers.
Critics say the state has been too slow to act against extortion networks, some of which have links to gangs that operate across Latin America, and that corruption in the police and justice system allows many suspects to go free.
Peru's new government, which took office in July, has made fighting crime its main priority and announced plans to build two new maximum-security prisons.
""", []))

write("heldout3_e.json", D)
