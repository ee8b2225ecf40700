"""heldout3_c.json: Kashmir (both sides), Dhaka live (newest first), Bangladesh rights monitor, Thailand's deep south,
Intan Jaya (translated), Tajik borders, Bishkek live, Indus talks and a border drug seizure (non-events)."""
from common import doc, ev, write

D = []

D.append(doc("h3-wire-kashmir-kupwara-shopian", "2026-05-14", "wire", """
Two militants killed in Kashmir gunfight; migrant worker shot dead in Shopian
SRINAGAR, India, May 14 (Reuters) - Indian security forces killed two suspected militants in a gunfight in the Lolab valley of Kashmir's Kupwara district on Wednesday, the army said, a day after a migrant labourer from the eastern state of Bihar was shot dead in the south of the Himalayan region.
Soldiers and police launched a search operation in a forested area near the village of Warnow on Wednesday morning after receiving a tip-off about the presence of militants, an army spokesman said. The militants opened fire and were killed in the exchange that followed, he said, adding that two rifles and a satellite phone had been recovered. Police said the two were believed to be Pakistani nationals who had crossed the Line of Control (LoC), the de facto border that divides Kashmir between India and Pakistan, earlier this year.
On Tuesday evening, suspected militants shot dead a 31-year-old labourer from Bihar who was working in an apple orchard in Zainapora in Shopian district, police said. No group has claimed responsibility. A little-known group that police describe as a front for the Pakistan-based Lashkar-e-Taiba had threatened non-local workers in a statement posted online last month.
"He came here every spring for the last eight years," said the orchard owner, who asked not to be named. "The other workers want to go home now."
Also on Wednesday, Pakistani troops fired mortar shells at Indian posts in the Krishna Ghati sector of Poonch district, wounding one soldier, an Indian army officer said. It was the first reported ceasefire violation along the LoC in more than three months. Pakistan's military did not comment, but its information ministry accused India of "unprovoked firing" in the same area earlier in the week.
Indian authorities have stepped up security across Kashmir ahead of the annual Amarnath Hindu pilgrimage, which starts in July and draws hundreds of thousands of pilgrims to a Himalayan cave shrine.
India and Pakistan, which both claim Kashmir in full and rule it in part, fought their worst hostilities in decades in May 2025, after an attack on tourists at Pahalgam killed 26 people. The four days of missile, drone and artillery exchanges ended with a ceasefire on May 10 that year.
Militancy in Indian-administered Kashmir has declined since New Delhi revoked the region's special status in 2019, but attacks on soldiers, police and non-local workers continue, particularly in the south of the valley and in the hilly Jammu areas of Poonch, Rajouri and Kathua.
In Srinagar, police said on Thursday they had detained seven people, including two former separatist activists, for questioning over "anti-national" posts on social media after the Shopian killing.
Elected Chief Minister Omar Abdullah condemned the killing of the labourer and said the government would compensate his family. "Those who come here to earn a living are our guests," he wrote on social media.
""", [
    ev("warnow-lolab-gunfight", True, "incident", "B:Armed clash", ("2026-05-13", "2026-05-13"),
       ["Warnow", "Lolab", "Kupwara", "Jammu and Kashmir"], "India", 2,
       ["Military Forces of India", "Indian security forces", "army", "militants"], ["army spokesman", "police", "Reuters"],
       "Indian security forces killed two suspected militants in a gunfight in the Lolab valley of Kashmir's Kupwara district on Wednesday"),
    ev("zainapora-labourer-killed", True, "incident", "VAC:Attack", ("2026-05-12", "2026-05-12"),
       ["Zainapora", "Shopian", "Jammu and Kashmir"], "India", 1,
       ["Unidentified Armed Group", "militants", "Lashkar-e-Taiba"], ["police", "Reuters"],
       "suspected militants shot dead a 31-year-old labourer from Bihar"),
    ev("krishna-ghati-mortars", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-05-13", "2026-05-13"),
       ["Krishna Ghati", "Poonch", "Jammu and Kashmir"], "India", 0, ["Military Forces of Pakistan", "Pakistani troops"],
       ["Indian army officer"], "Pakistani troops fired mortar shells at Indian posts in the Krishna Ghati sector of Poonch district"),
    ev("srinagar-detentions", False, "incident", "SD:Arrests", ("2026-05-13", "2026-05-14"), ["Srinagar"], "India", 0,
       ["Police Forces of India", "police"], ["police"], "they had detained seven people"),
    ev("pahalgam-2025-attack", False, "incident", "VAC:Attack", ("2025-04-01", "2025-05-31"), ["Pahalgam", "Anantnag"],
       "India", 26, None, None, "after an attack on tourists at Pahalgam killed 26 people"),
]))

D.append(doc("h3-live-dhaka-hartal-clashes", "2026-01-19", "liveblog", """
Bangladesh hartal: clashes in Dhaka, bus torched in Chattogram - live updates
Key events
- Activists of the BNP and the National Citizen Party clashed in Dhaka's Mirpur, leaving at least 25 people injured.
- Police used water cannon and sound grenades on teachers marching toward the Secretariat.
- A bus was set on fire on the Dhaka-Chattogram highway in Chattogram's Sitakunda.
- A man was beaten to death by a mob in Gopalganj.
- Dhaka Metropolitan Police say 112 people were arrested overnight.
Updated 20 January 2026, 01:30 BST (GMT+6)
20 January
01:30
Dhaka Metropolitan Police (DMP) say 112 people have been arrested in the capital since Monday evening in connection with "violence and sabotage" during the hartal. Most were held in Mirpur, Mohammadpur and Jatrabari, a DMP spokesman told reporters after midnight.
00:15
Just after midnight: there are reports of crude bombs exploding near the Jatrabari intersection. Police say no one was hurt and they are investigating. We will update when we have more.
19 January
22:40
Police in Gopalganj say a 40-year-old man was beaten to death by a mob in Kotalipara upazila this evening after villagers accused him of stealing a motorcycle. Three people have been detained. Mob beatings have become alarmingly frequent this year, rights groups say.
20:05
The hartal called by the BNP ends at 6pm officially, but the party says it will announce a new programme tomorrow. The interim government's press secretary called the strike "an attack on the people's livelihoods".
17:20
In Chattogram, a passenger bus was set on fire on the Dhaka-Chattogram highway at Sitakunda this afternoon, the fire service says. The passengers got out in time and no one was hurt. Police say unidentified men on motorcycles threw petrol bombs at the bus and fled.
15:10
Near the Secretariat in Dhaka, police fired water cannon and sound grenades at hundreds of teachers from non-government schools marching toward the building to demand higher allowances. Several teachers were injured, their association says. The teachers, who are not part of the hartal, have been holding a sit-in at the Shaheed Minar for eleven days.
13:00
More on Mirpur: witnesses say the clashes began when BNP activists enforcing the hartal tried to stop NCP supporters from opening a party office near Mirpur-10 roundabout. Both sides threw brickbats and fought with sticks for nearly an hour before police arrived. Dhaka Medical College Hospital says it is treating 25 injured people, two of them with head injuries.
11:45
Breaking: clashes have broken out between activists of the BNP and the National Citizen Party (NCP), the student-led party formed last year, in Dhaka's Mirpur, according to local media.
09:30
Roads in Dhaka are much quieter than usual this morning. Most shops in Gulistan and Motijheel are closed, and few buses are running. Schools remain open but attendance is thin.
08:00
Good morning. The BNP has called a dawn-to-dusk hartal, or general strike, across Bangladesh today to demand the removal of two election commissioners it accuses of bias in the scrutiny of candidates for next month's general election. Follow our live coverage for the latest.
""", [
    ev("mirpur-party-clash", True, "incident", "R:Violent demonstration|R:Mob violence", ("2026-01-19", "2026-01-19"),
       ["Mirpur", "Dhaka"], "Bangladesh", 0, ["BNP", "Bangladesh Nationalist Party", "NCP", "National Citizen Party", "Rioters"],
       ["witnesses", "Dhaka Medical College Hospital", "local media"],
       "clashes have broken out between activists of the BNP and the National Citizen Party (NCP)"),
    ev("secretariat-teachers-water-cannon", True, "incident", "P:Protest with intervention", ("2026-01-19", "2026-01-19"),
       ["Dhaka", "Secretariat"], "Bangladesh", 0, ["Protesters (Bangladesh)", "Protesters", "teachers"],
       ["association", "teachers"], "police fired water cannon and sound grenades at hundreds of teachers"),
    ev("sitakunda-bus-arson", True, "incident", "R:Violent demonstration|SD:Looting/property destruction",
       ("2026-01-19", "2026-01-19"), ["Sitakunda", "Chattogram", "Chittagong"], "Bangladesh", 0,
       ["Rioters (Bangladesh)", "Unidentified Armed Group", "unidentified men"], ["fire service", "police"],
       "a passenger bus was set on fire on the Dhaka-Chattogram highway at Sitakunda this afternoon"),
    ev("kotalipara-mob-killing", True, "incident", "R:Mob violence", ("2026-01-19", "2026-01-19"),
       ["Kotalipara", "Gopalganj"], "Bangladesh", 1, ["Rioters (Bangladesh)", "mob", "villagers"], ["police"],
       "a 40-year-old man was beaten to death by a mob in Kotalipara upazila"),
    ev("dhaka-overnight-arrests", True, "incident", "SD:Arrests", ("2026-01-19", "2026-01-20"),
       ["Dhaka", "Mirpur", "Mohammadpur", "Jatrabari"], "Bangladesh", 0,
       ["Police Forces of Bangladesh", "Dhaka Metropolitan Police", "DMP"], ["DMP", "Dhaka Metropolitan Police"],
       "112 people have been arrested in the capital since Monday evening"),
    ev("jatrabari-crude-bombs", False, "incident", "ERV:Remote explosive/landmine/IED|ERV:Grenade", ("2026-01-20", "2026-01-20"),
       ["Jatrabari", "Dhaka"], "Bangladesh", 0, None, ["police"], "crude bombs exploding near the Jatrabari intersection"),
    ev("shaheed-minar-sit-in", False, "incident", "P:Peaceful protest", ("2026-01-08", "2026-01-19"),
       ["Dhaka", "Shaheed Minar"], "Bangladesh", 0, ["Protesters (Bangladesh)", "teachers"], None,
       "have been holding a sit-in at the Shaheed Minar for eleven days"),
    ev("hartal-nationwide", False, "incident", "P:Peaceful protest", ("2026-01-19", "2026-01-19"), ["Dhaka", "Bangladesh"],
       "Bangladesh", 0, ["Protesters (Bangladesh)", "BNP"], None, "The BNP has called a dawn-to-dusk hartal"),
]))

D.append(doc("h3-ngo-bangladesh-rights-monitor-june", "2026-07-02", "ngo", """
Human rights situation in Bangladesh: monthly monitoring report, June 2026
Dhaka, 2 July 2026 - Bangladesh Rights Monitor, a network of human rights defenders in all 64 districts, today published its monitoring report for June 2026, based on field documentation and reports in 14 national dailies.
Mob violence
At least 19 people were killed in mob beatings in June, compared with 14 in May. Eight of the killings took place in Dhaka division, five in Chattogram division, three in Rajshahi division and three in other divisions. Most of the victims were accused of theft or of "offending religious sentiments". Police filed cases in 11 of the killings, and 27 people were arrested.
On 7 June, two men accused of stealing cattle were beaten to death by villagers in Bhairab upazila of Kishoreganj district. Local people tied them to a tree and beat them for more than an hour before police arrived, according to witnesses.
On 18 June, a mob attacked and looted six Hindu-owned shops and set fire to a temple in Lalmonirhat's Patgram upazila after a post deemed blasphemous was shared on social media. No one was killed. Police arrested the young man who had shared the post, as well as four people accused of taking part in the attack.
Political violence
The Monitor recorded 47 incidents of political violence in June, in which 9 people were killed and 612 injured. Most of the incidents involved clashes between factions of the same party over control of local committees, markets and transport terminals.
On 14 June, supporters of two rival BNP leaders clashed with local weapons and firearms in Raipura upazila of Narsingdi district, killing one man and injuring at least 30. Several houses were vandalised.
On 26 June, unidentified assailants hacked to death a local Jamaat-e-Islami leader in Satkania upazila of Chattogram district while he was returning home from a mosque.
Deaths in custody
Four people died in the custody of law enforcement agencies in June. On 22 June, a 28-year-old man died in the custody of Khulna Sonadanga police station a day after his arrest; his family alleged he had been tortured. Police claimed he had fallen ill.
Freedom of expression
Three journalists were assaulted while covering events and one was arrested under the Cyber Security Ordinance.
Recommendations
The Monitor urges the government to ensure prompt investigation and prosecution of all incidents of mob violence, to disarm party cadres and to enforce the Supreme Court's guidelines on arrest and custody. It calls on political parties to discipline members involved in violence ahead of the local government elections.
Note: Figures are based on the Monitor's own documentation and on newspaper reports and may not reflect the full extent of violations.
""", [
    ev("bangladesh-june-mob-toll", True, "aggregate", "*", ("2026-06-01", "2026-06-30"), ["Bangladesh"], "Bangladesh", 19,
       None, ["Bangladesh Rights Monitor", "Monitor"], "At least 19 people were killed in mob beatings in June"),
    ev("dhaka-division-mob-toll", False, "aggregate", "*", ("2026-06-01", "2026-06-30"), ["Dhaka"], "Bangladesh", 8,
       None, ["Monitor"], "Eight of the killings took place in Dhaka division"),
    ev("bhairab-cattle-lynching", True, "incident", "R:Mob violence", ("2026-06-07", "2026-06-07"),
       ["Bhairab", "Kishoreganj", "Dhaka"], "Bangladesh", 2, ["Rioters (Bangladesh)", "villagers", "mob"],
       ["witnesses", "Bangladesh Rights Monitor"],
       "two men accused of stealing cattle were beaten to death by villagers in Bhairab upazila of Kishoreganj district"),
    ev("patgram-temple-attack", True, "incident", "R:Mob violence|SD:Looting/property destruction", ("2026-06-18", "2026-06-18"),
       ["Patgram", "Lalmonirhat", "Rangpur"], "Bangladesh", 0, ["Rioters (Bangladesh)", "mob"], ["Bangladesh Rights Monitor"],
       "a mob attacked and looted six Hindu-owned shops and set fire to a temple"),
    ev("bangladesh-june-political-toll", True, "aggregate", "*", ("2026-06-01", "2026-06-30"), ["Bangladesh"],
       "Bangladesh", 9, None, ["Monitor"], "47 incidents of political violence in June, in which 9 people were killed"),
    ev("raipura-bnp-faction-clash", True, "incident", "R:Mob violence|R:Violent demonstration|B:Armed clash",
       ("2026-06-14", "2026-06-14"), ["Raipura", "Narsingdi", "Dhaka"], "Bangladesh", 1,
       ["BNP", "Bangladesh Nationalist Party", "Rioters"], ["Bangladesh Rights Monitor"],
       "supporters of two rival BNP leaders clashed with local weapons and firearms in Raipura upazila"),
    ev("satkania-jamaat-leader-killed", True, "incident", "VAC:Attack", ("2026-06-26", "2026-06-26"),
       ["Satkania", "Chattogram", "Chittagong"], "Bangladesh", 1, ["Unidentified Armed Group", "assailants"],
       ["Bangladesh Rights Monitor"], "unidentified assailants hacked to death a local Jamaat-e-Islami leader"),
    ev("khulna-custody-death", False, "incident", "VAC:Attack", ("2026-06-21", "2026-06-22"),
       ["Khulna", "Sonadanga"], "Bangladesh", 1, ["Police Forces of Bangladesh", "police"], ["family"],
       "a 28-year-old man died in the custody of Khulna Sonadanga police station"),
    ev("bangladesh-june-custody-toll", False, "aggregate", "*", ("2026-06-01", "2026-06-30"), ["Bangladesh"],
       "Bangladesh", 4, None, ["Monitor"], "Four people died in the custody of law enforcement agencies in June"),
]))

D.append(doc("h3-wire-thailand-deep-south", "2026-03-05", "wire", """
Bomb kills one in Thai border town as violence rises in insurgency-hit south
BANGKOK (AP) - A bomb hidden in a motorcycle exploded outside a tea shop in the southern Thai border town of Sungai Kolok on Wednesday, killing a customer and wounding six other people, police said, the latest in a spate of attacks in the country's insurgency-plagued Deep South.
The bomb went off at about 7:30 a.m. as people were having breakfast near the town's railway station, said police Col. Anuchit Saengthong. One of the wounded, a 12-year-old girl, was in serious condition. Sungai Kolok, in Narathiwat province, sits on the border with Malaysia and is a popular destination for Malaysian visitors.
On Tuesday night, gunmen on a motorcycle shot and killed a village defence volunteer as he was returning home from a mosque in Yarang district of neighbouring Pattani province, police said. The volunteer, who was unarmed at the time, was a member of a government-backed militia that guards villages in the region.
Later on Wednesday, security forces surrounded a house in Bannang Sata district of Yala province where they believed suspects in recent attacks were hiding, and two suspected insurgents were killed in an exchange of fire that lasted about two hours, the army's regional command said. One ranger was wounded. The army said the men were wanted for a bombing in Yala city last year.
No group claimed responsibility for the attacks, which is typical of the insurgency. Authorities usually blame the Barisan Revolusi Nasional (BRN), the main insurgent group, which is fighting for greater autonomy for the Muslim-majority provinces of Pattani, Yala and Narathiwat.
More than 7,000 people have been killed since the insurgency flared in 2004, according to Deep South Watch, an independent group that monitors the violence. Violence had declined in recent years but rose again in 2025, after peace talks brokered by Malaysia stalled.
A Thai government delegation and BRN representatives are due to meet in Kuala Lumpur later this month in an attempt to restart the dialogue, Malaysian officials said. The two sides agreed in principle on a plan to reduce violence in 2024 but never implemented it.
"Every time there is talk of peace, the bombs come back," said a shop owner in Sungai Kolok who did not want to be named. "People here just want to live normally."
Residents of the region, who are mostly ethnic Malay and speak a Malay dialect, have long complained of discrimination by the Buddhist-majority Thai state. Rights groups have accused security forces of torture and extrajudicial killings, and insurgents of attacks on civilians, including teachers and Buddhist monks.
Martial law remains in force in most districts of the three provinces, and an emergency decree that allows suspects to be detained without charge for up to 30 days was renewed again last month.
""", [
    ev("sungai-kolok-motorcycle-bomb", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-03-04", "2026-03-04"),
       ["Sungai Kolok", "Su-ngai Kolok", "Narathiwat"], "Thailand", 1, ["BRN", "Barisan Revolusi Nasional", "Unidentified Armed Group"],
       ["police", "AP"], "A bomb hidden in a motorcycle exploded outside a tea shop in the southern Thai border town of Sungai Kolok"),
    ev("yarang-volunteer-shot", True, "incident", "VAC:Attack|B:Armed clash", ("2026-03-03", "2026-03-03"),
       ["Yarang", "Pattani"], "Thailand", 1, ["BRN", "Unidentified Armed Group", "gunmen"], ["police"],
       "gunmen on a motorcycle shot and killed a village defence volunteer"),
    ev("bannang-sata-siege", True, "incident", "B:Armed clash", ("2026-03-04", "2026-03-04"),
       ["Bannang Sata", "Yala"], "Thailand", 2, ["Military Forces of Thailand", "security forces", "BRN"],
       ["army's regional command"], "two suspected insurgents were killed in an exchange of fire"),
    ev("deep-south-toll-since-2004", False, "aggregate", "*", ("2004-01-01", "2026-03-05"), ["Pattani", "Yala", "Narathiwat"],
       "Thailand", 7000, None, ["Deep South Watch"], "More than 7,000 people have been killed since the insurgency flared in 2004"),
]))

D.append(doc("h3-local-papua-intan-jaya-translated", "2026-08-06", "wire", """
Two road workers shot dead in Intan Jaya; hundreds of residents take refuge in church
[English translation of a report by a Jayapura-based news portal. Translated from Indonesian.]
JAYAPURA - Two construction workers were shot dead by an armed group in Sugapa district, Intan Jaya regency, Central Papua, on Tuesday (4/8/2026). The victims, both from South Sulawesi, were working on the Trans-Papua road section connecting Sugapa and Hitadipa when they were attacked at around 10:00 local time.
Central Papua Police spokesman Commissioner Yohanes Wenda said the victims suffered gunshot wounds to the chest and head. Their bodies were evacuated to the Intan Jaya regional hospital and will be flown to Makassar. "We suspect the perpetrators are from the KKB group led by a local commander who has long operated in the area," he said, using the government's term for armed separatist groups.
The spokesman for the West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Organisation (OPM), Sebby Sambom, claimed responsibility for the shooting in a statement received by this outlet. He said the two men were "members of the Indonesian military disguised as workers", a claim the police rejected.
On Wednesday (5/8), a joint TNI-Polri team pursuing the perpetrators was involved in a firefight with the armed group in the forest near Hitadipa. The head of the Cartenz Peace Operation task force said one member of the armed group had been killed and a homemade firearm seized. The TPNPB, for its part, claimed its fighters had killed two soldiers and denied losing any member. Neither claim could be independently verified because access to the area is restricted.
Following the shooting, about 600 residents of villages around Sugapa have taken refuge in the compound of the Catholic church and the district office, according to a local church leader. "People are afraid of being caught in the middle. They left their gardens and their pigs," he said. The regional government said it would send food aid.
On Thursday (6/8), dozens of students under the banner of the Papuan Student Alliance held a demonstration in Abepura, Jayapura city, demanding the withdrawal of non-organic troops from Intan Jaya. Police dispersed the crowd with tear gas when they tried to march toward the Papua provincial parliament building, and 14 students were taken to the Jayapura city police station. They were released in the evening after questioning, a lawyer from the Papua Legal Aid Institute said.
Intan Jaya, a gold-rich highland regency, has been one of the centres of armed conflict in Papua since 2019. Thousands of residents have been displaced over the years. Human rights groups have repeatedly called for dialogue and for an independent investigation into violence committed by both sides, including the killing of civilians.
The Indonesian government has designated the TPNPB a terrorist organisation since 2021. The Trans-Papua road project, a priority for Jakarta, has repeatedly been targeted by the group, which considers it part of a military strategy.
""", [
    ev("sugapa-road-workers-shot", True, "incident", "VAC:Attack", ("2026-08-04", "2026-08-04"),
       ["Sugapa", "Intan Jaya", "Central Papua", "Papua Tengah"], "Indonesia", 2,
       ["TPNPB", "West Papua National Liberation Army", "OPM", "Free Papua Movement", "KKB"],
       ["police", "TPNPB", "Sebby Sambom"], "Two construction workers were shot dead by an armed group in Sugapa district"),
    ev("hitadipa-firefight", True, "incident", "B:Armed clash", ("2026-08-05", "2026-08-05"),
       ["Hitadipa", "Intan Jaya", "Central Papua", "Papua Tengah"], "Indonesia", None,
       ["Military Forces of Indonesia", "TNI", "Police Forces of Indonesia", "TPNPB", "OPM"],
       ["Cartenz Peace Operation", "TPNPB"], "a joint TNI-Polri team pursuing the perpetrators was involved in a firefight"),
    ev("sugapa-displacement", False, "incident", "SD:Other", ("2026-08-04", "2026-08-06"),
       ["Sugapa", "Intan Jaya"], "Indonesia", 0, None, ["church leader"],
       "about 600 residents of villages around Sugapa have taken refuge"),
    ev("abepura-student-protest", True, "incident", "P:Protest with intervention", ("2026-08-06", "2026-08-06"),
       ["Abepura", "Jayapura", "Papua"], "Indonesia", 0, ["Protesters (Indonesia)", "Protesters", "students", "Papuan Student Alliance"],
       ["Papua Legal Aid Institute"], "Police dispersed the crowd with tear gas"),
]))

D.append(doc("h3-wire-tajikistan-borders", "2026-11-12", "wire", """
Tajik border guards kill three smugglers on Afghan frontier; stone-throwing on Kyrgyz border injures five
DUSHANBE, Nov 12 (Reuters) - Tajik border guards killed three armed men who crossed the Panj river from Afghanistan with a large consignment of drugs on Tuesday, Tajikistan's State Committee for National Security (GKNB) said, the latest in a series of incidents on the volatile frontier.
The men opened fire when a border patrol tried to stop them near the village of Dashtijum in the Shamsiddin Shohin district of Khatlon region, the GKNB said in a statement. One border guard was wounded. The agency said it had seized 96 kg of hashish and three Kalashnikov rifles.
Afghanistan's Taliban authorities did not comment. Tajikistan has complained to Kabul about a rise in cross-border incidents since late 2025, when several Chinese workers were killed in attacks from Afghan territory on mining and construction sites in Khatlon.
Separately, residents of the Tajik enclave of Vorukh and a neighbouring Kyrgyz village threw stones at each other on Wednesday during a dispute over access to an irrigation canal, injuring five people, Tajik local authorities in Isfara district said. Border guards from both countries separated the two sides, and the situation was calm by the evening, they said. Kyrgyzstan's border service confirmed the incident and said it was investigating.
The incident was the first reported confrontation between residents since Tajikistan and Kyrgyzstan signed a treaty in March 2025 delimiting their entire 980-km (610-mile) border, ending a dispute that led to deadly fighting in 2021 and 2022. The treaty provided for a land swap and joint use of some roads and water infrastructure.
"The treaty was signed in the capitals, but here the canal is still the same and there is still not enough water for everyone," said a Vorukh resident contacted by telephone.
Also on Wednesday, authorities in Khorog, the capital of the Gorno-Badakhshan Autonomous Region, detained three local men accused of organising an "extremist group", according to relatives and an exiled Pamiri activist group. The GKNB did not comment. Pamiri activists say the region has been under a heavy security clampdown since 2022, when protests were crushed and dozens were killed.
Tajikistan, the poorest of the former Soviet republics of Central Asia, shares a 1,340-km border with Afghanistan, much of it along the Panj river. Russia, which has a military base in Tajikistan, has pledged to help strengthen the border, and the Collective Security Treaty Organisation, a Russian-led security bloc, approved a programme last year to build new outposts.
Drug seizures on the border have risen this year, the GKNB said, without giving figures. The United Nations Office on Drugs and Crime says opium cultivation in Afghanistan has fallen sharply since a Taliban ban in 2022, but that trafficking of methamphetamine and cannabis products has grown.
""", [
    ev("dashtijum-smuggler-clash", True, "incident", "B:Armed clash", ("2026-11-10", "2026-11-10"),
       ["Dashtijum", "Shamsiddin Shohin", "Khatlon"], "Tajikistan", 3,
       ["Military Forces of Tajikistan", "border guards", "Border Guard", "smugglers", "Unidentified Armed Group"],
       ["GKNB", "State Committee for National Security"],
       "Tajik border guards killed three armed men who crossed the Panj river from Afghanistan"),
    ev("vorukh-canal-stone-throwing", True, "incident", "R:Mob violence", ("2026-11-11", "2026-11-11"),
       ["Vorukh", "Isfara", "Sughd", "Sogd"], "Tajikistan", 0, ["Rioters (Tajikistan)", "Rioters (Kyrgyzstan)", "residents"],
       ["local authorities", "border service"],
       "residents of the Tajik enclave of Vorukh and a neighbouring Kyrgyz village threw stones at each other"),
    ev("khorog-detentions", True, "incident", "SD:Arrests", ("2026-11-11", "2026-11-11"),
       ["Khorog", "Gorno-Badakhshan", "GBAO"], "Tajikistan", 0, ["Police Forces of Tajikistan", "authorities", "GKNB"],
       ["relatives", "activist group"], "authorities in Khorog, the capital of the Gorno-Badakhshan Autonomous Region, detained three local men"),
]))

D.append(doc("h3-live-bishkek-protests", "2026-11-23", "liveblog", """
Kyrgyzstan: protests in Bishkek after opposition candidate's arrest - live
Key events
- Several thousand people rallied on Ala-Too Square after the arrest of presidential hopeful Temirlan Osmonov.
- Police used tear gas and stun grenades to clear the square; 84 people were detained, the interior ministry says.
- A group of protesters set fire to a police car near the Government House late on Monday.
- One protester died in hospital on Tuesday morning, the health ministry says.
- Several hundred people rallied peacefully in Osh.
23 November 2026
14:10 (Bishkek time)
Several thousand people have gathered on Ala-Too Square in central Bishkek to protest against the arrest on Saturday of Temirlan Osmonov, a former economy minister who announced last month that he would run in January's presidential election. The crowd is chanting his name and "Freedom".
15:25
The rally has been peaceful so far. Speakers are demanding Osmonov's release and the resignation of the head of the State Committee for National Security (GKNB), which accuses him of plotting "mass unrest".
17:40
Riot police have moved in. Our correspondent on the square says police fired tear gas and stun grenades to disperse the crowd and began detaining people. Many protesters have run toward the Philharmonic and Chui Avenue.
19:05
The interior ministry says the rally was "unauthorised" after a court banned gatherings in central Bishkek until the end of the year. It says protesters had been warned several times.
21:50
A group of a few hundred protesters has regrouped near the Government House, the "White House". Witnesses say some threw stones and bottles at police lines and set fire to a police car. Police responded with more stun grenades.
23:30
In the southern city of Osh, several hundred people rallied peacefully outside the regional administration building in support of Osmonov this evening, local media report. Police watched but did not intervene and the crowd dispersed at about 22:00.
24 November 2026
00:40
The streets around the Government House are now quiet. Police cordons remain in place and the trolleybus lines through the centre are suspended.
07:15
The health ministry says 31 people sought medical help overnight, including nine police officers. A 34-year-old man who was hit by a stun grenade during the clashes near the Government House died in hospital this morning.
08:30
The interior ministry says 84 people were detained on Monday, 61 of them on Ala-Too Square and the rest near the Government House. Most have been released with fines.
09:45
President Sadyr Japarov, in a post on Facebook, said "provocateurs" had tried to destabilise the country ahead of the election and promised that those responsible would be punished. He did not mention the death of the protester.
10:20
The US and EU embassies have called for restraint and respect for the right of peaceful assembly. We are ending our live coverage here.
""", [
    ev("ala-too-dispersal", True, "incident", "P:Protest with intervention", ("2026-11-23", "2026-11-23"),
       ["Bishkek", "Ala-Too Square"], "Kyrgyzstan", 0, ["Protesters (Kyrgyzstan)", "Protesters"],
       ["interior ministry"], "police fired tear gas and stun grenades to disperse the crowd and began detaining people"),
    ev("white-house-riot", True, "incident", "R:Violent demonstration", ("2026-11-23", "2026-11-23"),
       ["Bishkek", "Government House", "White House"], "Kyrgyzstan", 1, ["Rioters (Kyrgyzstan)", "Rioters", "Protesters"],
       ["witnesses", "health ministry"], "some threw stones and bottles at police lines and set fire to a police car"),
    ev("osh-support-rally", True, "incident", "P:Peaceful protest", ("2026-11-23", "2026-11-23"), ["Osh"], "Kyrgyzstan", 0,
       ["Protesters (Kyrgyzstan)", "Protesters"], ["local media"],
       "several hundred people rallied peacefully outside the regional administration building"),
    ev("osmonov-arrest", False, "incident", "SD:Arrests", ("2026-11-21", "2026-11-21"), ["Bishkek"], "Kyrgyzstan", 0,
       ["GKNB", "State Committee for National Security", "Police Forces of Kyrgyzstan"], None,
       "the arrest on Saturday of Temirlan Osmonov"),
    ev("bishkek-detentions-tally", False, "aggregate", "SD:Arrests|*", ("2026-11-23", "2026-11-23"), ["Bishkek"],
       "Kyrgyzstan", 0, ["Police Forces of Kyrgyzstan"], ["interior ministry"], "84 people were detained on Monday"),
]))

D.append(doc("h3-wire-ajk-action-committee", "2026-10-01", "wire", """
Two killed as police fire on marchers in Pakistan's Kashmir; strike shuts Muzaffarabad
MUZAFFARABAD, Pakistan (AP) - Police opened fire on a march by supporters of a rights alliance in the Pakistan-administered part of Kashmir on Tuesday, killing two protesters, hospital officials and organisers said, as a general strike shut down the region's main cities for a second day.
The shooting happened in Dhirkot, in Bagh district, where police had blocked a bridge to stop a convoy of several thousand protesters heading to the regional capital, Muzaffarabad. Organisers said police fired without warning. A police officer said protesters had attacked the roadblock with stones and sticks and that officers had fired "in self-defence". A hospital official in Bagh said the two dead were men in their twenties and that 14 people had been treated for gunshot and other injuries, including four policemen.
In Muzaffarabad, markets, schools and public transport remained shut on Tuesday and thousands of people marched peacefully through the city centre, chanting slogans against the government and waving the flags of the Jammu Kashmir Joint Awami Action Committee (JKJAAC), the alliance of traders and civil society groups that called the strike.
On Wednesday, protesters in Mirpur set fire to a police vehicle and pelted the office of the deputy commissioner with stones after news of the deaths spread, police said. Police used tear gas to disperse them. No serious injuries were reported.
The alliance, which led protests over electricity prices and flour subsidies in 2024 and 2025, is demanding the abolition of seats reserved in the regional assembly for refugees who settled in Pakistan and a cut in the privileges of the ruling elite.
Late on Wednesday, federal ministers sent from Islamabad held talks with JKJAAC leaders in Muzaffarabad. On Thursday morning, the two sides signed an agreement under which the government will form a judicial commission to investigate the shooting, compensate the families of the dead and review the reserved seats within 30 days. The alliance said it was calling off the strike.
"We have buried our martyrs, and we will hold the government to every word of this agreement," a JKJAAC leader told the crowd in Muzaffarabad.
Mobile internet services, suspended across the region on Monday, were restored on Thursday afternoon.
The region, known in Pakistan as Azad Jammu and Kashmir, has its own assembly and prime minister but is heavily dependent on Islamabad. India claims it as part of its territory. In May 2024, four people, including a police officer, were killed during protests against electricity and flour prices in the region, which ended when the federal government announced subsidies.
""", [
    ev("dhirkot-police-fire", True, "incident", "P:Excessive force against protesters|R:Violent demonstration",
       ("2026-09-29", "2026-09-29"), ["Dhirkot", "Bagh", "Azad Kashmir", "Azad Jammu and Kashmir"], "Pakistan", 2,
       ["Police Forces of Pakistan", "police", "Protesters (Pakistan)", "Rioters (Pakistan)", "JKJAAC"],
       ["hospital officials", "organisers", "AP"],
       "Police opened fire on a march by supporters of a rights alliance in the Pakistan-administered part of Kashmir on Tuesday"),
    ev("muzaffarabad-strike-march", True, "incident", "P:Peaceful protest", ("2026-09-29", "2026-09-29"),
       ["Muzaffarabad", "Azad Kashmir", "Azad Jammu and Kashmir"], "Pakistan", 0,
       ["Protesters (Pakistan)", "Protesters", "JKJAAC", "Joint Awami Action Committee"], None,
       "thousands of people marched peacefully through the city centre"),
    ev("mirpur-police-vehicle-burned", True, "incident", "R:Violent demonstration", ("2026-09-30", "2026-09-30"),
       ["Mirpur", "Azad Kashmir", "Azad Jammu and Kashmir"], "Pakistan", 0, ["Rioters (Pakistan)", "Rioters", "Protesters"],
       ["police"], "protesters in Mirpur set fire to a police vehicle"),
    ev("jkjaac-agreement", False, "incident", "SD:Agreement", ("2026-10-01", "2026-10-01"),
       ["Muzaffarabad"], "Pakistan", 0, ["Government of Pakistan", "JKJAAC"], None,
       "the two sides signed an agreement under which the government will form a judicial commission"),
    ev("ajk-may-2024-protests", False, "incident", "R:Violent demonstration|P:Excessive force against protesters",
       ("2024-05-01", "2024-05-31"), ["Azad Kashmir", "Muzaffarabad"], "Pakistan", 4, None, None,
       "In May 2024, four people, including a police officer, were killed during protests"),
]))

D.append(doc("h3-none-indus-waters-talks", "2026-06-24", "none", """
India, Pakistan officials hold first talks on Indus waters since treaty suspension
NEW DELHI/ISLAMABAD (Reuters) - Senior Indian and Pakistani water officials met in the Saudi city of Jeddah on Tuesday for their first formal talks since India suspended the Indus Waters Treaty last year, officials from both countries said, but the meeting ended without agreement on restoring the 1960 pact.
The Indian delegation, led by the commissioner for Indus waters, and Pakistani officials discussed the sharing of hydrological data during the monsoon season, which India stopped providing after it put the treaty "in abeyance" in April 2025, a Pakistani official who attended the meeting said. He said India had agreed to share flood warnings "on humanitarian grounds" but not to restore other obligations under the treaty.
India's foreign ministry said the talks were "technical" and did not mean a change in its position. New Delhi has said it will not restore the treaty until Pakistan "credibly and irrevocably" ends support for cross-border militancy, an accusation Islamabad denies.
Pakistan, which depends on the Indus and its tributaries for most of its irrigation and a large part of its electricity, has said any attempt to stop or divert the water flowing into its territory would be considered "an act of war". Its foreign minister welcomed the meeting as "a small step in the right direction".
The treaty, brokered by the World Bank, survived three wars between the nuclear-armed neighbours. India suspended it after an attack on tourists in Indian-administered Kashmir, which it blamed on Pakistan, and the two sides fought four days of missile and drone exchanges in May 2025 before agreeing a ceasefire.
Saudi Arabia, which has close ties with both countries and helped broker that ceasefire, hosted the meeting at the request of both delegations, a Saudi official said. The two sides agreed to meet again in September.
Analysts said the talks were a sign that both governments wanted to avoid a crisis during the monsoon, when floods on the Chenab and Jhelum rivers can devastate villages on both sides of the border. Last year's floods killed hundreds of people in Pakistan's Punjab province.
"Neither side can afford a water war," said a former Pakistani Indus commissioner. "But the trust that kept the treaty alive for 65 years is gone."
Indian officials say the country is accelerating work on several hydropower projects on the Chenab, including dams that Pakistan has long opposed as violating the treaty. The Court of Arbitration in The Hague ruled last year that India must allow unimpeded flows under the treaty, a ruling India rejected, saying it does not recognise the court.
Trade between the two countries remains suspended, and their land border crossing at Wagah is closed to most travellers.
""", []))

D.append(doc("h3-none-sadao-drug-seizure", "2026-09-03", "none", """
Thai police seize 12 million meth pills near Malaysian border, arrest five
SONGKHLA, Thailand (AFP) - Thai police seized 12 million methamphetamine pills and 400 kilograms of crystal meth hidden in a truck carrying frozen fish near the Malaysian border on Wednesday, one of the largest seizures in the country's south, officials said.
The truck was stopped at a checkpoint in Sadao district of Songkhla province, a few kilometres from the border crossing to Malaysia's Kedah state, after a months-long investigation, the head of the Narcotics Suppression Bureau told a news conference in Hat Yai. The drugs were packed in boxes under layers of frozen fish.
Five suspects, including the driver and two Malaysian nationals, were arrested. Police said the drugs had been produced in Myanmar's Shan state and were destined for Malaysia, from where they would have been shipped to Australia and other markets.
"This network uses legitimate transport companies to move drugs across the border," the bureau chief said. "We are working with Malaysian police to find the financiers."
Police said they had also seized bank accounts and three properties in Hat Yai linked to the network, with a combined value of about 80 million baht ($2.3 million).
Southeast Asia's methamphetamine trade has reached record levels, with seizures in the region topping 236 tonnes in 2024, according to the United Nations Office on Drugs and Crime. The UNODC says the drugs are produced on an industrial scale in lawless parts of Myanmar's Shan state, where production has surged since the 2021 military coup, and trafficked through Laos and Thailand.
A methamphetamine pill now sells for as little as 10 baht (about 30 U.S. cents) in parts of northern Thailand, police say. The government has expanded drug treatment programmes and set up checkpoints along the Mekong river, but officials admit the flow has not slowed.
Thailand's southern border provinces are also known for smuggling of fuel, cigarettes and kratom, a plant with mild narcotic effects that Thailand legalised in 2021. Authorities have long said some smuggling networks have links to the insurgency in the Muslim-majority provinces further east, but no link was mentioned in this case.
The suspects face charges of possession of a Category 1 narcotic for the purpose of sale and of participating in a transnational criminal organisation, which carry penalties of up to life imprisonment.
Malaysian police said they had arrested two people in Kedah in a coordinated operation on Wednesday evening.
In January, authorities in northern Chiang Rai province seized 25 million pills in a single operation, a national record.
""", []))

write("heldout3_c.json", D)
