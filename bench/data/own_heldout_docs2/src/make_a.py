"""heldout2_a.json: Mali, Sudan, Manipur, Arauca, Ukraine live, Kenya live, Ituri, UNAMA, two non-events."""
from common import doc, ev, write

D = []

D.append(doc("h2-wire-mali-boni-convoy", "2025-11-26", "wire", """
Jihadists ambush fuel convoy in central Mali, at least 11 dead
BAMAKO, Mali (AFP) — Jihadist fighters ambushed a convoy of fuel tankers and its army escort on Monday near Boni in central Mali, killing at least 11 people, among them seven soldiers and four truck drivers, local officials and a security source said on Wednesday.
A local elected official put the toll at 17 and said several tankers had been set on fire. The attack happened on the national road between Douentza and Hombori, a stretch that the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) has repeatedly targeted since it declared a blockade on fuel deliveries in September.
"They came on motorbikes from both sides of the road and the escort could not hold them back," a driver who survived told AFP by telephone from Douentza. "I hid under my truck until they left."
The army said in a statement on Tuesday that its troops had "vigorously repelled" the attackers and inflicted heavy losses, without giving figures.
On Tuesday, residents of Léré in the Timbuktu region said a drone strike had hit the town's weekly livestock market, killing at least six civilians. The army said its aircraft had "neutralised terrorists" in the area but gave no toll. Residents reached by AFP said the dead were herders and traders.
In early October, JNIM fighters burned dozens of tankers on the road linking the capital to the western city of Kayes, according to transporters' unions. Queues for fuel have since stretched for kilometres in Bamako and many schools closed for two weeks.
Mali has been ruled by a military junta since coups in 2020 and 2021. It expelled French troops and a UN peacekeeping mission and turned to Russia for security support, but jihadist violence has spread from the north to the centre and the south.
Photo caption: A burnt-out tanker lies beside the road outside Boni, November 25, 2025.
""", [
    ev("boni-convoy-ambush", True, "incident", "B:Armed clash|VAC:Attack", ("2025-11-24", "2025-11-24"),
       ["Boni", "Douentza", "Hombori", "Mopti"], "Mali", 11,
       ["JNIM", "Jama'at Nusrat", "Support of Islam and Muslims", "Military Forces of Mali"],
       ["local officials", "security source", "AFP"],
       "Jihadist fighters ambushed a convoy of fuel tankers and its army escort on Monday near Boni"),
    ev("lere-market-drone-strike", True, "incident", "ERV:Air/drone strike", ("2025-11-25", "2025-11-25"),
       ["Léré", "Lere", "Timbuktu", "Tombouctou"], "Mali", 6,
       ["Military Forces of Mali", "army", "Mali"], ["residents", "AFP"],
       "a drone strike had hit the town's weekly livestock market, killing at least six civilians"),
    ev("kayes-road-tankers-october", False, "incident", "SD:Looting/property destruction|VAC:Attack|B:Armed clash",
       ("2025-10-01", "2025-10-15"), ["Kayes"], "Mali", None, ["JNIM"], ["transporters"],
       "JNIM fighters burned dozens of tankers on the road linking the capital to the western city of Kayes"),
]))

D.append(doc("h2-wire-sudan-geteina-villages", "2026-01-15", "wire", """
Sudan's RSF kills 23 in raid on White Nile villages, doctors say
PORT SUDAN, Sudan (Reuters) - Fighters of Sudan's paramilitary Rapid Support Forces killed at least 23 civilians when they raided three villages near al-Geteina in White Nile state on Tuesday, a doctors' group said on Thursday, in one of the deadliest attacks on the state this year.
The Sudan Doctors Network said the fighters arrived on motorcycles and in pick-up trucks, shot residents and looted livestock and grain before setting homes on fire. A local lawyers' group that documents abuses said 31 people had been killed and dozens were missing.
"They went from house to house asking for the men," a woman who fled to al-Geteina town told Reuters by phone. She said her husband and his brother were among the dead.
The RSF did not respond to a request for comment. It has previously denied targeting civilians and says abuses are committed by rogue elements.
On Wednesday, a drone struck the main power station in Kosti, the state's largest city, cutting electricity to much of the city and to its water pumping station, the state government said. No casualties were reported. The government blamed the RSF, which has used long-range drones against army-held infrastructure for most of the past year.
Last week the army said its air force had destroyed an RSF drone control room and fuel depots at Nyala airport in South Darfur. The RSF called the claim propaganda.
The war between the army and the RSF broke out in April 2023 and has killed tens of thousands of people, driven more than 12 million from their homes and pushed parts of the country into famine, according to United Nations agencies.
""", [
    ev("geteina-villages-raid", True, "incident", "VAC:Attack", ("2026-01-13", "2026-01-13"),
       ["al-Geteina", "Al Getaina", "Gitaina", "Geteina", "White Nile"], "Sudan", 23,
       ["Rapid Support Forces", "RSF"], ["Sudan Doctors Network", "doctors", "Reuters"],
       "killed at least 23 civilians when they raided three villages near al-Geteina in White Nile state on Tuesday"),
    ev("kosti-power-station-drone", True, "incident", "ERV:Air/drone strike", ("2026-01-14", "2026-01-14"),
       ["Kosti", "White Nile"], "Sudan", 0, ["Rapid Support Forces", "RSF"], ["state government", "Reuters"],
       "a drone struck the main power station in Kosti"),
    ev("nyala-airport-airstrike", False, "incident", "ERV:Air/drone strike", ("2026-01-05", "2026-01-11"),
       ["Nyala", "South Darfur"], "Sudan", None, ["Military Forces of Sudan", "Sudanese Armed Forces", "army"],
       ["army"], "its air force had destroyed an RSF drone control room and fuel depots at Nyala airport"),
]))

D.append(doc("h2-wire-manipur-jiribam-ambush", "2025-10-09", "wire", """
Three killed in Manipur ambush; curfew in Imphal after protest turns violent
IMPHAL, India (Reuters) - Suspected militants killed three men, including a village volunteer, in an ambush in the northeastern Indian state of Manipur's Jiribam district on Wednesday, police said, and authorities imposed a curfew in the state capital Imphal after protesters clashed with security forces.
The men were travelling in a pick-up truck near the village of Borobekra when gunmen hidden in a paddy field opened fire at about 3 p.m., a police officer in Jiribam said, asking not to be named. A fourth man was wounded and taken to hospital in Silchar in neighbouring Assam.
By evening, thousands of people had marched through Imphal demanding that the government disarm militant groups. Some protesters threw stones at police and set tyres and two government vehicles on fire near the Khwairamband market, and police fired tear gas to disperse them. At least 12 protesters and four policemen were injured, officials said.
The district administration in Imphal West and Imphal East imposed an indefinite curfew on Thursday morning and suspended mobile internet for five days. Police said they had arrested five people in Imphal East over the arson.
"We appeal to all communities to maintain peace and not fall for rumours," the state's chief secretary said in a video message.
Ethnic violence between the majority Meitei and the Kuki-Zo communities erupted in May 2023 and has killed more than 250 people and displaced about 60,000. Federal rule was imposed on the state in February this year after the chief minister resigned.
""", [
    ev("borobekra-ambush", True, "incident", "VAC:Attack|B:Armed clash", ("2025-10-08", "2025-10-08"),
       ["Borobekra", "Jiribam"], "India", 3, ["militants", "Unidentified Armed Group"], ["police", "Reuters"],
       "Suspected militants killed three men, including a village volunteer, in an ambush"),
    ev("imphal-protest-clash", True, "incident", "R:Violent demonstration|P:Protest with intervention",
       ("2025-10-08", "2025-10-08"), ["Imphal", "Khwairamband"], "India", 0, ["Rioters", "Protesters"],
       ["officials", "Reuters"],
       "Some protesters threw stones at police and set tyres and two government vehicles on fire"),
    ev("imphal-east-arrests", False, "incident", "SD:Arrests", ("2025-10-08", "2025-10-09"),
       ["Imphal East", "Imphal"], "India", 0, ["Police Forces of India", "police"], ["police"],
       "Police said they had arrested five people in Imphal East over the arson"),
]))

D.append(doc("h2-wire-arauca-saravena-drones", "2026-03-04", "wire", """
ELN drones hit army base in Colombia's Arauca as guerrilla feud kills eight
BOGOTA (AP) — Guerrillas of the National Liberation Army (ELN) attacked an army base in the town of Saravena with explosive-laden drones on Tuesday, wounding five soldiers, Colombia's army said, as fighting between rival armed groups in the border province of Arauca intensified.
At least three drones dropped explosives on the base of the army's 18th Brigade shortly before dawn, the army said in a statement. Two of the wounded were in serious condition and were flown to the city of Bucaramanga.
On Monday, clashes between the ELN and a dissident faction of the former FARC rebels in rural Tame left eight people dead, the Ombudsman's Office said, citing community leaders. Residents told local radio that at least 12 bodies had been found in two hamlets and that hundreds of families had fled toward the town centre.
Late on Sunday a bomb hidden in a motorcycle exploded outside the police station in Fortul, killing a 19-year-old street vendor and damaging a dozen houses, police said. No group claimed the attack.
"The ELN is waging war on the population of Arauca and on our soldiers," Defence Minister Pedro Sánchez told reporters in Bogota. He said 400 more troops would be sent to the province, which borders Venezuela.
The government of President Gustavo Petro suspended peace talks with the ELN in January 2025 after the group launched an offensive against FARC dissidents in the Catatumbo region. The 2016 peace deal with the FARC ended five decades of war, but splinter groups that rejected it now fight the ELN and each other for drug-trafficking routes and illegal mining.
""", [
    ev("saravena-base-drones", True, "incident", "ERV:Air/drone strike", ("2026-03-03", "2026-03-03"),
       ["Saravena", "Arauca"], "Colombia", 0, ["ELN", "National Liberation Army"], ["army", "AP"],
       "attacked an army base in the town of Saravena with explosive-laden drones on Tuesday"),
    ev("tame-eln-dissident-clash", True, "incident", "B:Armed clash", ("2026-03-02", "2026-03-02"),
       ["Tame", "Arauca"], "Colombia", 8, ["ELN", "National Liberation Army", "FARC"],
       ["Ombudsman", "community leaders", "AP"],
       "clashes between the ELN and a dissident faction of the former FARC rebels in rural Tame left eight people dead"),
    ev("fortul-motorcycle-bomb", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-03-01", "2026-03-01"),
       ["Fortul", "Arauca"], "Colombia", 1, None, ["police", "AP"],
       "a bomb hidden in a motorcycle exploded outside the police station in Fortul"),
]))

D.append(doc("h2-live-ukraine-kherson-nikopol", "2026-02-17", "liveblog", """
Ukraine war live: Russian shelling kills two in Kherson; Moscow claims village in Zaporizhzhia region
Key events
Two people were killed and four injured when Russian artillery shelled Kherson city, the regional governor said.
A woman was killed in a drone and artillery attack on Nikopol.
Russia's defence ministry says its troops have captured the village of Ternuvate; Ukraine says fighting continues.
A man was killed by a Ukrainian drone in Shebekino, Belgorod region, according to the Russian governor.
Updated at 00.52 CET
18 Feb 2026 00.40 CET
Explosions have been heard in Dnipro shortly after midnight. The head of the regional military administration, Serhiy Lysak, says a Russian drone hit the upper floors of a nine-storey apartment building. Two residents were injured and have been taken to hospital.
17 Feb 2026 23.15 CET
Across the border, the governor of Russia's Belgorod region, Vyacheslav Gladkov, says a Ukrainian drone struck a car in the town of Shebekino this evening, killing the driver. We cannot independently verify the claim.
17 Feb 2026 19.30 CET
In his nightly address, Volodymyr Zelenskyy said Ukraine needed "more air defence, not more promises" ahead of a meeting of western defence ministers in Brussels on Thursday.
17 Feb 2026 16.05 CET
Russian artillery shelled Kherson's Dniprovskyi district this afternoon, killing two men and wounding four other people, the head of the regional administration, Oleksandr Prokudin, has said. A bus stop and a pharmacy were damaged.
17 Feb 2026 13.20 CET
Russia's defence ministry says its forces have "liberated" the village of Ternuvate in the Zaporizhzhia region. A spokesperson for Ukraine's southern defence forces told national television that fighting was continuing on the outskirts of the village and that Russian assault groups had suffered heavy losses.
17 Feb 2026 10.45 CET
A 64-year-old woman was killed in Nikopol this morning when the city came under drone and artillery fire, Lysak said. Nikopol, across the river from the Russian-occupied Zaporizhzhia nuclear plant, is shelled almost every day.
17 Feb 2026 08.10 CET
Ukraine's air force says Russia launched 143 drones and four Iskander-M missiles overnight. It says 118 drones were shot down or lost, mostly over the north and east of the country.
17 Feb 2026 07.30 CET
Good morning and welcome to our live coverage of the war in Ukraine.
""", [
    ev("kherson-dniprovskyi-shelling", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-02-17", "2026-02-17"),
       ["Kherson"], "Ukraine", 2, ["Military Forces of Russia", "Russia"], ["Prokudin", "regional administration"],
       "Russian artillery shelled Kherson's Dniprovskyi district this afternoon, killing two men"),
    ev("nikopol-woman-killed", True, "incident", "ERV:Shelling/artillery/missile attack|ERV:Air/drone strike",
       ("2026-02-17", "2026-02-17"), ["Nikopol", "Dnipropetrovsk"], "Ukraine", 1,
       ["Military Forces of Russia", "Russia"], ["Lysak"],
       "A 64-year-old woman was killed in Nikopol this morning"),
    ev("ternuvate-capture-claim", True, "incident", "B:Armed clash|B:Non-state actor overtakes territory",
       ("2026-02-16", "2026-02-17"), ["Ternuvate", "Zaporizhzhia", "Zaporizhia"], "Ukraine", None,
       ["Military Forces of Russia", "Russia"], ["defence ministry", "southern defence forces"],
       "its forces have \"liberated\" the village of Ternuvate in the Zaporizhzhia region"),
    ev("shebekino-drone-car", True, "incident", "ERV:Air/drone strike", ("2026-02-17", "2026-02-17"),
       ["Shebekino", "Belgorod"], "Russia", 1, ["Military Forces of Ukraine", "Ukraine"], ["Gladkov"],
       "a Ukrainian drone struck a car in the town of Shebekino this evening, killing the driver"),
    ev("dnipro-apartment-drone", True, "incident", "ERV:Air/drone strike", ("2026-02-17", "2026-02-18"),
       ["Dnipro", "Dnipropetrovsk"], "Ukraine", 0, ["Military Forces of Russia", "Russia"], ["Lysak"],
       "a Russian drone hit the upper floors of a nine-storey apartment building"),
    ev("overnight-launch-tally", False, "aggregate", "*", ("2026-02-16", "2026-02-17"), ["Ukraine"], "Ukraine",
       None, None, ["air force"], "Russia launched 143 drones and four Iskander-M missiles overnight"),
]))

D.append(doc("h2-live-kenya-protests", "2025-12-09", "liveblog", """
Kenya protests live: police fire tear gas in Nairobi as demonstrations spread
08:05 EAT
Good morning. Protesters are expected in Nairobi and several other towns today, a week after parliament passed a finance bill that raises taxes on mobile money and fuel. Police have blocked roads leading to parliament and State House with razor wire.
10:30 EAT
Police have fired tear gas and water cannon at several hundred protesters on Kenyatta Avenue and Moi Avenue in central Nairobi. Our reporter says most shops in the central business district have closed. Protesters were chanting "Ruto must go" and waving Kenyan flags.
12:15 EAT
In Nakuru, protesters looted shops along Kenyatta Avenue and set fire to a police post in the Bondeni area, the county police commander told local television. Police responded with live rounds, witnesses said.
14:40 EAT
Amnesty International Kenya says a 23-year-old man was shot dead by police in Kitengela, south of Nairobi, while protesters were blocking the highway. The police have not commented.
16:00 EAT
The interior ministry says 87 people have been arrested across the country for "criminal acts including looting and arson".
18:20 EAT
The Kenya National Commission on Human Rights (KNCHR) says at least four people were killed in today's protests: the man in Kitengela, two people shot in Nakuru during the looting, and a schoolboy in Embu who died when police opened fire on a crowd outside the county offices. It says 46 people were treated for injuries, 11 of them with gunshot wounds.
21:05 EAT
We are closing this live blog. The protest organisers say they will announce further action on Thursday.
""", [
    ev("nairobi-teargas", True, "incident", "P:Protest with intervention", ("2025-12-09", "2025-12-09"),
       ["Nairobi"], "Kenya", 0, ["Protesters (Kenya)", "Protesters"], None,
       "Police have fired tear gas and water cannon at several hundred protesters on Kenyatta Avenue"),
    ev("nakuru-looting-riot", True, "incident", "R:Violent demonstration", ("2025-12-09", "2025-12-09"),
       ["Nakuru", "Bondeni"], "Kenya", 2, ["Rioters (Kenya)", "Rioters", "Protesters"],
       ["police commander", "KNCHR", "Kenya National Commission on Human Rights"],
       "protesters looted shops along Kenyatta Avenue and set fire to a police post"),
    ev("kitengela-protester-shot", True, "incident", "P:Excessive force against protesters|P:Protest with intervention",
       ("2025-12-09", "2025-12-09"), ["Kitengela", "Kajiado"], "Kenya", 1, ["Police Forces of Kenya", "police", "Protesters"],
       ["Amnesty", "KNCHR"], "a 23-year-old man was shot dead by police in Kitengela"),
    ev("embu-schoolboy-shot", True, "incident", "P:Excessive force against protesters|P:Protest with intervention",
       ("2025-12-09", "2025-12-09"), ["Embu"], "Kenya", 1, ["Police Forces of Kenya", "police", "Protesters"],
       ["KNCHR", "Kenya National Commission on Human Rights"],
       "a schoolboy in Embu who died when police opened fire on a crowd outside the county offices"),
    ev("kenya-protest-deaths-tally", False, "aggregate", "*", ("2025-12-09", "2025-12-09"), ["Kenya"], "Kenya", 4,
       None, ["KNCHR"], "at least four people were killed in today's protests"),
    ev("kenya-arrests-tally", False, "aggregate", "*", ("2025-12-09", "2025-12-09"), ["Kenya"], "Kenya", 0,
       None, ["interior ministry"], "87 people have been arrested across the country"),
]))

D.append(doc("h2-ngo-ocha-ituri-flash", "2026-02-05", "ngo", """
Democratic Republic of the Congo: Ituri — Flash Update No. 3: attacks in Djugu and Irumu territories (5 February 2026)
HIGHLIGHTS
• At least 25 civilians killed in two attacks in Djugu and Irumu territories between 1 and 3 February.
• Since 1 January 2026, at least 118 civilians have been killed in Ituri province in 31 attacks.
• Some 27,000 newly displaced people have arrived in and around Bunia.
SITUATION OVERVIEW
During the night of 2 to 3 February, combatants of the CODECO militia attacked a displacement site in Fataki, Djugu territory, killing at least 16 civilians, including seven children, according to local authorities and humanitarian partners on the ground. Some 140 shelters were burned. Survivors were taken to Fataki general referral hospital, where medical supplies are running low.
On 1 February, suspected combatants of the Allied Democratic Forces (ADF) killed nine civilians with machetes in a village about 12 km west of Komanda, Irumu territory, and abducted at least six others, according to civil society sources.
On 3 February, the Armed Forces of the DRC (FARDC) announced that they had regained control of the locality of Largu, Djugu territory, which CODECO fighters had occupied since late January. The humanitarian community has not been able to verify the situation there.
Since 1 January, partners have recorded at least 118 civilian deaths in Ituri province: 64 in Djugu territory, 41 in Irumu territory and 13 in Mambasa territory. Gender-based violence partners have registered 212 cases of sexual violence over the same period.
HUMANITARIAN IMPACT
The insecurity has forced about 27,000 people to flee toward Bunia and the Komanda axis since mid-January. Most are staying with host families or in public buildings. Access to Fataki and Largu remains restricted and a mobile clinic run by a partner organisation was suspended on 2 February.
RESPONSE
Partners have distributed emergency kits to 4,300 households in Bunia. The humanitarian community calls on all parties to respect international humanitarian law and to protect civilians and displacement sites.
For further information: OCHA DRC, Bunia sub-office.
""", [
    ev("fataki-site-attack", True, "incident", "VAC:Attack", ("2026-02-02", "2026-02-03"), ["Fataki", "Djugu"],
       "Democratic Republic of Congo", 16, ["CODECO", "Cooperative for the Development of Congo"],
       ["local authorities", "humanitarian partners", "OCHA"],
       "combatants of the CODECO militia attacked a displacement site in Fataki, Djugu territory, killing at least 16 civilians"),
    ev("komanda-adf-killings", True, "incident", "VAC:Attack", ("2026-02-01", "2026-02-01"), ["Komanda", "Irumu"],
       "Democratic Republic of Congo", 9, ["ADF", "Allied Democratic Forces"], ["civil society", "OCHA"],
       "suspected combatants of the Allied Democratic Forces (ADF) killed nine civilians with machetes"),
    ev("largu-fardc-retake", True, "incident", "B:Government regains territory", ("2026-02-03", "2026-02-03"),
       ["Largu", "Djugu"], "Democratic Republic of Congo", None,
       ["Military Forces of the Democratic Republic of Congo", "FARDC"], ["FARDC", "OCHA"],
       "they had regained control of the locality of Largu"),
    ev("ituri-ytd-toll", True, "aggregate", "*", ("2026-01-01", "2026-02-05"), ["Ituri"],
       "Democratic Republic of Congo", 118, None, ["OCHA", "partners"],
       "at least 118 civilians have been killed in Ituri province in 31 attacks"),
    ev("djugu-ytd-toll", False, "aggregate", "*", ("2026-01-01", "2026-02-05"), ["Djugu"],
       "Democratic Republic of Congo", 64, None, ["OCHA", "partners"], "64 in Djugu territory"),
    ev("irumu-ytd-toll", False, "aggregate", "*", ("2026-01-01", "2026-02-05"), ["Irumu"],
       "Democratic Republic of Congo", 41, None, ["OCHA", "partners"], "41 in Irumu territory"),
]))

D.append(doc("h2-ngo-unama-q3-update", "2025-10-22", "ngo", """
UNAMA update on the protection of civilians in Afghanistan: 1 July – 30 September 2025
KABUL, 22 October 2025 - The United Nations Assistance Mission in Afghanistan (UNAMA) documented 312 civilian casualties (98 killed and 214 wounded) in Afghanistan between 1 July and 30 September 2025.
Improvised explosive devices (IEDs) caused the largest share of casualties, followed by explosive remnants of war (ERW). ERW alone killed 41 civilians during the quarter, 34 of them children who picked up or played with unexploded ordnance.
The provinces most affected were Kabul (22 civilians killed), Kunduz (14) and Kandahar (11).
On 11 September, a suicide bomber detonated explosives among people queueing outside a bank in Kunduz city to collect salaries, killing eight civilians and wounding 19. Islamic State Khorasan Province (ISKP) claimed responsibility.
On 28 August, a magnetic IED attached to a minibus exploded in the Dasht-e-Barchi area of Kabul city, killing three civilians and wounding seven. No group claimed responsibility; the area is mainly inhabited by Hazara Shia Muslims, who have been repeatedly targeted by ISKP.
On 17 September, cross-border shelling by the Pakistani military struck houses in Dand-e-Patan district, Paktiya province, killing two children and wounding four other civilians.
UNAMA also recorded the arbitrary arrest and detention of at least 27 former government officials and members of the armed forces by the de facto authorities during the quarter.
"Children continue to pay the heaviest price for decades of war," said the head of UNAMA's human rights service. "Clearing contaminated land must be a priority for the de facto authorities and the donor community."
UNAMA's figures are verified through at least three independent and credible sources. They are not comprehensive and should be considered a minimum.
""", [
    ev("afghanistan-q3-toll", True, "aggregate", "*", ("2025-07-01", "2025-09-30"), ["Afghanistan"], "Afghanistan",
       98, None, ["UNAMA", "Assistance Mission"], "312 civilian casualties (98 killed and 214 wounded)"),
    ev("afghanistan-q3-erw-toll", False, "aggregate", "*", ("2025-07-01", "2025-09-30"), ["Afghanistan"],
       "Afghanistan", 41, None, ["UNAMA"], "ERW alone killed 41 civilians during the quarter"),
    ev("kabul-q3-toll", False, "aggregate", "*", ("2025-07-01", "2025-09-30"), ["Kabul"], "Afghanistan", 22,
       None, ["UNAMA"], "Kabul (22 civilians killed)"),
    ev("kunduz-bank-suicide-bomb", True, "incident", "ERV:Suicide bomb", ("2025-09-11", "2025-09-11"),
       ["Kunduz"], "Afghanistan", 8, ["ISKP", "Islamic State"], ["UNAMA"],
       "a suicide bomber detonated explosives among people queueing outside a bank in Kunduz city"),
    ev("dasht-e-barchi-minibus-ied", True, "incident", "ERV:Remote explosive/landmine/IED", ("2025-08-28", "2025-08-28"),
       ["Dasht-e-Barchi", "Kabul"], "Afghanistan", 3, None, ["UNAMA"],
       "a magnetic IED attached to a minibus exploded in the Dasht-e-Barchi area of Kabul city"),
    ev("paktiya-cross-border-shelling", True, "incident", "ERV:Shelling/artillery/missile attack",
       ("2025-09-17", "2025-09-17"), ["Dand-e-Patan", "Dand Patan", "Paktiya", "Paktia"], "Afghanistan", 2,
       ["Military Forces of Pakistan", "Pakistan"], ["UNAMA"],
       "cross-border shelling by the Pakistani military struck houses in Dand-e-Patan district"),
]))

D.append(doc("h2-none-armenia-azerbaijan-talks", "2026-01-22", "none", """
Armenia and Azerbaijan agree to open border crossing, peace treaty still unsigned
ABU DHABI, Jan 22 (Reuters) - Armenia and Azerbaijan agreed on Thursday to open a second road crossing on their shared border and to set up a joint commission on missing persons, but stopped short of signing the peace treaty whose text they initialled last year.
Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met for three hours in the Emirati capital, their first face-to-face meeting in five months. In a joint statement, they said the crossing near the Armenian town of Ijevan would open to freight "in the coming months".
Azerbaijan still demands that Armenia amend its constitution to drop what Baku says is an implicit claim to the Karabakh region, a step that would require a referendum. Pashinyan, who faces parliamentary elections in June, said a new constitution would be put to voters "in due course".
The two countries fought wars over Karabakh in the early 1990s and in 2020. In September 2023 Azerbaijan retook the region in a one-day offensive, and almost all of its roughly 100,000 ethnic Armenians fled to Armenia.
The border has been largely quiet since then. Both sides accuse each other of occasional ceasefire violations, but neither has reported casualties in more than a year.
Russia's foreign ministry welcomed the meeting but criticised what it called "attempts by outside players" to push Moscow out of the South Caucasus. Washington, which brokered a framework deal in August, said it hoped the treaty would be signed this year.
""", []))

D.append(doc("h2-none-typhoon-eastern-visayas", "2025-11-14", "none", """
Typhoon kills at least 19 in central Philippines, thousands in evacuation centres
TACLOBAN, Philippines (AP) — A powerful typhoon tore across the central Philippines on Thursday, killing at least 19 people, most of them in landslides and flash floods, and forcing more than 200,000 people into evacuation centres, disaster officials said Friday.
Typhoon Rosing made landfall in Eastern Samar province before dawn with sustained winds of 185 kph (115 mph), ripping roofs off houses and toppling power lines across Samar and Leyte islands. Eleven of the dead were in the mountain town of Catbalogan's outlying villages, where a landslide buried six houses, the Office of Civil Defense said.
Soldiers and coast guard personnel used rubber boats to rescue families trapped on rooftops in Ormoc City, where a river burst its banks. At least 14 people were missing.
"The water rose so fast we only had time to carry the children," said Marites Dacanay, 41, who spent the night on the roof of a neighbour's two-storey house in Ormoc.
More than 60 domestic flights and dozens of ferry trips were cancelled. The national power grid operator said about 1.2 million households were without electricity.
President Ferdinand Marcos Jr. declared a state of calamity in four provinces, allowing local governments to release emergency funds. The Philippines is hit by about 20 typhoons and storms each year. In 2013, Typhoon Haiyan killed more than 6,300 people, many of them in Tacloban.
""", []))

write("heldout2_a.json", D)
