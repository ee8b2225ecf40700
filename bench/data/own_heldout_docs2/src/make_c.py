"""heldout2_c.json: South Kivu, Negros/Samar, Tbilisi, Lebanon live, Afghan-Pakistan border live, Haiti live, Benue,
south of Bolivar, two non-events."""
from common import doc, ev, write

D = []
DRC = "Democratic Republic of Congo"

D.append(doc("h2-wire-southkivu-nyabibwe", "2025-12-04", "wire", """
M23 rebels seize mining town in eastern Congo after clashes with militias
KINSHASA (Reuters) - M23 rebels seized the tin-mining town of Nyabibwe in eastern Congo's South Kivu province on Wednesday after fighting pro-government Wazalendo militias for two days, local officials and residents said, despite a U.S.- and Qatar-brokered push for peace.
At least five civilians caught in crossfire were killed on Wednesday as the rebels entered the town, a civil society leader in Kalehe territory said. Hundreds of families fled north toward Bulenga and across Lake Kivu by boat.
"The Wazalendo withdrew in the morning and by noon the M23 were at the market," a trader in Nyabibwe told Reuters by phone.
On Tuesday, a drone struck an M23 position near Minova, about 30 km (19 miles) to the north, according to residents. The M23, which blamed the Congolese army, said two civilians had been killed. The army did not comment.
In Uvira, in the south of the province, hundreds of residents protested on Wednesday against rising insecurity, blocking roads with stones and burning tyres. Security forces fired shots into the air to disperse them, a local journalist said.
The Rwanda-backed M23 captured Goma and Bukavu, the two largest cities in eastern Congo, early this year. Congo and Rwanda signed a peace agreement in Washington in June, and Kinshasa and the rebels agreed a framework in Doha, but fighting has continued in the hills of North and South Kivu.
""", [
    ev("nyabibwe-seized", True, "incident", "B:Non-state actor overtakes territory|B:Armed clash", ("2025-12-03", "2025-12-03"),
       ["Nyabibwe", "Kalehe", "South Kivu"], DRC, 5, ["M23", "March 23 Movement"], ["local officials", "residents", "civil society", "Reuters"],
       "M23 rebels seized the tin-mining town of Nyabibwe"),
    ev("minova-drone-strike", True, "incident", "ERV:Air/drone strike", ("2025-12-02", "2025-12-02"),
       ["Minova", "Kalehe", "South Kivu"], DRC, 2, ["Military Forces of the Democratic Republic of Congo", "FARDC", "army"],
       ["residents", "M23"], "a drone struck an M23 position near Minova"),
    ev("uvira-insecurity-protest", True, "incident", "P:Protest with intervention|R:Violent demonstration", ("2025-12-03", "2025-12-03"),
       ["Uvira", "South Kivu"], DRC, 0, ["Protesters", "Rioters"], ["journalist"],
       "hundreds of residents protested on Wednesday against rising insecurity"),
    ev("kivu-earlier-fighting", False, "incident", "B:Armed clash", ("2025-12-02", "2025-12-03"),
       ["Nyabibwe", "Kalehe"], DRC, None, ["M23", "Wazalendo"], ["local officials"],
       "after fighting pro-government Wazalendo militias for two days"),
]))

D.append(doc("h2-wire-negros-npa-clash", "2025-11-05", "wire", """
Five killed as Philippine troops clash with communist rebels on Negros island
BACOLOD, Philippines (AP) — Four communist guerrillas and a soldier were killed in a gunbattle in the mountains of Himamaylan City on the central Philippine island of Negros on Tuesday, the army said Wednesday.
About 20 New People's Army rebels fought troops for nearly an hour in the village of Carabalan before fleeing, leaving behind the bodies of four comrades and seven rifles, said Lt. Col. Roberto Sanchez, commander of an army battalion in Negros Occidental province. Two other soldiers were wounded.
On Monday, suspected rebels set fire to three trucks and a backhoe at a road construction site in Las Navas town in Northern Samar province, police said. The guerrillas have long demanded "revolutionary taxes" from construction firms and attack those that refuse to pay.
A day earlier, a landmine exploded as an army patrol passed near the town of Catubig, also in Northern Samar, wounding two soldiers, the military said, blaming the rebels.
The NPA has waged a rural insurgency since 1969 that has killed about 40,000 people, according to the military. Its strength has dwindled to fewer than 1,500 fighters, the military says. Peace talks between the government and the rebels' political wing collapsed in 2017 under then-President Rodrigo Duterte and have not formally resumed.
""", [
    ev("carabalan-gunbattle", True, "incident", "B:Armed clash", ("2025-11-04", "2025-11-04"),
       ["Carabalan", "Himamaylan", "Negros Occidental", "Negros"], "Philippines", 5,
       ["Military Forces of the Philippines", "army", "New People's Army", "NPA"], ["army", "Sanchez", "AP"],
       "Four communist guerrillas and a soldier were killed in a gunbattle in the mountains of Himamaylan City"),
    ev("las-navas-trucks-burned", True, "incident", "SD:Looting/property destruction", ("2025-11-03", "2025-11-03"),
       ["Las Navas", "Northern Samar"], "Philippines", 0, ["New People's Army", "NPA", "rebels"], ["police"],
       "suspected rebels set fire to three trucks and a backhoe at a road construction site in Las Navas town"),
    ev("catubig-landmine", True, "incident", "ERV:Remote explosive/landmine/IED", ("2025-11-02", "2025-11-02"),
       ["Catubig", "Northern Samar"], "Philippines", 0, ["New People's Army", "NPA", "rebels"], ["military"],
       "a landmine exploded as an army patrol passed near the town of Catubig"),
]))

D.append(doc("h2-wire-tbilisi-rustaveli-dispersal", "2026-03-23", "wire", """
Georgian police use water cannon on protesters in Tbilisi, dozens detained
TBILISI, March 23 (Reuters) - Georgian riot police used water cannon and pepper spray late on Sunday to disperse thousands of protesters who had blocked Rustaveli Avenue outside parliament in Tbilisi, and detained at least 27 people, the interior ministry said on Monday.
The protesters, many waving Georgian and European Union flags, were demonstrating against a law passed last week that allows the authorities to ban organisations that receive foreign funding. Police moved in shortly after midnight, after some protesters threw fireworks and bottles at officers guarding the building, the ministry said. Nine police officers and at least 14 protesters were treated for injuries.
In the Black Sea city of Batumi, several hundred people marched peacefully to the city hall on Sunday in solidarity with the Tbilisi protesters.
On Saturday night, an opposition activist, Giorgi Beridze, was beaten by four masked men outside his home in Tbilisi's Saburtalo district, his party said, accusing the ruling Georgian Dream party of organising the attack. Beridze was treated in hospital for a broken arm. The ruling party denied involvement.
Georgia has been gripped by protests since the government announced in November 2024 that it would suspend talks on joining the European Union until 2028. Hundreds of people have been detained and several opposition leaders jailed.
"We will not let them take our European future," said Nino Kapanadze, a 24-year-old student who said she had been sprayed with pepper spray.
""", [
    ev("rustaveli-dispersal", True, "incident", "P:Protest with intervention|P:Excessive force against protesters|R:Violent demonstration",
       ("2026-03-22", "2026-03-23"), ["Tbilisi", "Rustaveli"], "Georgia", 0, ["Protesters (Georgia)", "Protesters", "Police Forces of Georgia"],
       ["interior ministry", "Reuters"],
       "Georgian riot police used water cannon and pepper spray late on Sunday to disperse thousands of protesters"),
    ev("batumi-solidarity-march", True, "incident", "P:Peaceful protest", ("2026-03-22", "2026-03-22"),
       ["Batumi"], "Georgia", 0, ["Protesters (Georgia)", "Protesters"], None,
       "several hundred people marched peacefully to the city hall on Sunday"),
    ev("saburtalo-activist-beaten", True, "incident", "VAC:Attack", ("2026-03-21", "2026-03-21"),
       ["Saburtalo", "Tbilisi"], "Georgia", 0, ["Unidentified", "masked men"], ["his party"],
       "was beaten by four masked men outside his home in Tbilisi's Saburtalo district"),
    ev("rustaveli-detentions", False, "incident", "SD:Arrests", ("2026-03-22", "2026-03-23"), ["Tbilisi"], "Georgia", 0,
       ["Police Forces of Georgia", "police"], ["interior ministry"], "detained at least 27 people"),
]))

D.append(doc("h2-live-lebanon-tyre-bekaa", "2026-01-08", "liveblog", """
Middle East live: Israeli strike on car near Tyre kills two; strike in Bekaa kills one
Key events
Two people were killed when an Israeli drone struck a car on the coastal road near Tyre, Lebanon's health ministry said.
An Israeli strike near Brital in the Bekaa valley killed one person, according to the state news agency.
The Lebanese cabinet met to discuss the army's plan to bring all weapons under state control.
Updated at 22.05 EET
21.50 EET
Lebanon's health ministry says two people were killed when an Israeli drone struck a car on the coastal road south of Tyre this evening. The Israeli military says it "eliminated two Hezbollah operatives" who were involved in moving weapons.
17.30 EET
An Israeli air strike hit a building on the outskirts of Brital, south of Baalbek in the Bekaa valley, killing one person, the National News Agency reports. The Israeli army said it had struck a Hezbollah weapons depot.
13.10 EET
Residents of the border village of Kfar Kila say Israeli troops who crossed the border overnight blew up three houses on the edge of the village. Israel has kept troops at five hilltop positions inside Lebanon since the ceasefire.
10.40 EET
The Lebanese cabinet is meeting in Baabda to review the second phase of the army's plan to disarm armed groups south of the Litani river. Hezbollah ministers are attending, according to local media.
09.05 EET
Lebanon's state news agency says an Israeli drone dropped an explosive near a municipal worker collecting rubbish in Bint Jbeil early this morning, wounding him.
08.00 EET
Good morning. According to the Lebanese health ministry, more than 340 people have been killed by Israeli strikes in Lebanon since the ceasefire of November 2024.
""", [
    ev("tyre-car-drone-strike", True, "incident", "ERV:Air/drone strike", ("2026-01-08", "2026-01-08"), ["Tyre", "Sour"],
       "Lebanon", 2, ["Military Forces of Israel", "Israel"], ["health ministry"],
       "two people were killed when an Israeli drone struck a car on the coastal road south of Tyre"),
    ev("brital-depot-strike", True, "incident", "ERV:Air/drone strike", ("2026-01-08", "2026-01-08"),
       ["Brital", "Baalbek", "Bekaa"], "Lebanon", 1, ["Military Forces of Israel", "Israel"], ["National News Agency"],
       "An Israeli air strike hit a building on the outskirts of Brital"),
    ev("kfar-kila-demolitions", True, "incident", "SD:Looting/property destruction", ("2026-01-07", "2026-01-08"),
       ["Kfar Kila", "Kafr Kila"], "Lebanon", 0, ["Military Forces of Israel", "Israel"], ["residents"],
       "Israeli troops who crossed the border overnight blew up three houses"),
    ev("bint-jbeil-drone-explosive", True, "incident", "ERV:Air/drone strike", ("2026-01-08", "2026-01-08"),
       ["Bint Jbeil"], "Lebanon", 0, ["Military Forces of Israel", "Israel"], ["state news agency"],
       "an Israeli drone dropped an explosive near a municipal worker"),
    ev("lebanon-post-ceasefire-toll", False, "aggregate", "*", ("2024-11-27", "2026-01-08"), ["Lebanon"], "Lebanon", 340,
       None, ["health ministry"], "more than 340 people have been killed by Israeli strikes in Lebanon since the ceasefire"),
]))

D.append(doc("h2-live-afpak-border-chaman", "2026-03-26", "liveblog", """
Pakistan-Afghanistan border clashes: live updates
07:30 PKT
Pakistani and Afghan Taliban forces exchanged heavy fire overnight along the border between Chaman and Spin Boldak, officials on both sides say. Pakistan's military says Afghan forces opened fire on its posts without provocation; the Taliban government's spokesman says Pakistani troops started the fighting. The Inter-Services Public Relations says three Pakistani soldiers were killed.
10:15 PKT
Afghanistan's defence ministry says Pakistani aircraft bombed houses in Barmal district of Paktika province overnight, killing eight civilians, including women and children. Pakistan has not commented on the strike, but security officials told reporters it targeted hideouts of the Pakistani Taliban (TTP).
12:40 PKT
Several hundred traders and porters are holding a protest at the closed Chaman crossing, demanding that it be reopened. The crossing has been closed for 11 days and hundreds of trucks are stuck on both sides. The protest is peaceful, a local journalist tells us.
15:00 PKT
Qatar and Turkey have called on both sides to show restraint and return to talks.
17:20 PKT
Away from the border, TTP militants attacked a police station in Mir Ali in North Waziristan this afternoon, police say. Two policemen were killed and three attackers died in the exchange of fire.
20:05 PKT
Breaking: Pakistan's foreign office says the two governments have agreed to a 48-hour ceasefire from 6pm, mediated by Qatar. The Taliban spokesman confirmed the truce on X. We are closing this blog for tonight.
""", [
    ev("chaman-spin-boldak-exchange", True, "incident", "B:Armed clash", ("2026-03-25", "2026-03-26"),
       ["Chaman", "Spin Boldak", "Kandahar", "Balochistan"], "Pakistan", 3,
       ["Military Forces of Pakistan", "Military Forces of Afghanistan", "Taliban"], ["Inter-Services", "ISPR", "officials"],
       "Pakistani and Afghan Taliban forces exchanged heavy fire overnight along the border between Chaman and Spin Boldak"),
    ev("barmal-airstrike", True, "incident", "ERV:Air/drone strike", ("2026-03-25", "2026-03-26"),
       ["Barmal", "Paktika"], "Afghanistan", 8, ["Military Forces of Pakistan", "Pakistan"], ["defence ministry"],
       "Pakistani aircraft bombed houses in Barmal district of Paktika province overnight"),
    ev("chaman-traders-protest", True, "incident", "P:Peaceful protest", ("2026-03-26", "2026-03-26"), ["Chaman"],
       "Pakistan", 0, ["Protesters (Pakistan)", "Protesters", "traders"], ["journalist"],
       "Several hundred traders and porters are holding a protest at the closed Chaman crossing"),
    ev("mir-ali-police-station", True, "incident", "B:Armed clash", ("2026-03-26", "2026-03-26"),
       ["Mir Ali", "North Waziristan"], "Pakistan", 5, ["TTP", "Tehrik-i-Taliban", "Pakistani Taliban"], ["police"],
       "TTP militants attacked a police station in Mir Ali in North Waziristan"),
    ev("afpak-ceasefire", False, "incident", "SD:Agreement", ("2026-03-26", "2026-03-26"), ["Pakistan", "Afghanistan"],
       "Pakistan", 0, None, ["foreign office"], "the two governments have agreed to a 48-hour ceasefire"),
]))

D.append(doc("h2-live-haiti-cabaret-belair", "2026-02-19", "liveblog", """
Haiti live: gangs attack Cabaret; drone strike in Bel Air kills six
Key events
Gang fighters attacked Cabaret overnight, killing at least seven residents, the mayor said.
Police say five gang members were killed in an operation in Croix-des-Bouquets.
A drone strike on a house in Bel Air killed six people, including three children, according to a human rights group.
18:10 EST
The UN's migration agency says more than 6,000 people have fled Cabaret and nearby Arcahaie since Tuesday.
16:30 EST
In Pétion-Ville, several hundred people marched against insecurity and called on the transitional authorities to step down. Police fired tear gas when some marchers tried to reach the prime minister's office, our correspondent reports.
14:10 EST
The National Human Rights Defense Network (RNDDH) says a drone strike on a house in the Bel Air neighbourhood of Port-au-Prince this morning killed at least six people, three of them children. The government's task force, which operates explosive drones against gang leaders, has not commented. Residents say a gang leader had visited the house the night before.
11:45 EST
The Haitian National Police says officers backed by the Gang Suppression Force killed five gang members during an operation in Croix-des-Bouquets, east of the capital. One police officer was wounded.
09:20 EST
The mayor of Cabaret says gunmen from the Viv Ansanm gang coalition attacked the town overnight, setting homes on fire and shooting residents who tried to flee. At least seven people were killed, he told local radio. Other residents put the number of dead at more than 15.
08:00 EST
Good morning and welcome to our live coverage from Haiti.
""", [
    ev("cabaret-gang-attack", True, "incident", "VAC:Attack", ("2026-02-18", "2026-02-19"), ["Cabaret"], "Haiti", 7,
       ["Viv Ansanm", "gang"], ["mayor"],
       "gunmen from the Viv Ansanm gang coalition attacked the town overnight"),
    ev("croix-des-bouquets-operation", True, "incident", "B:Armed clash", ("2026-02-19", "2026-02-19"),
       ["Croix-des-Bouquets", "Croix des Bouquets"], "Haiti", 5, ["Police Forces of Haiti", "National Police", "police"],
       ["National Police", "police"], "killed five gang members during an operation in Croix-des-Bouquets"),
    ev("bel-air-drone-strike", True, "incident", "ERV:Air/drone strike", ("2026-02-19", "2026-02-19"),
       ["Bel Air", "Port-au-Prince"], "Haiti", 6, ["task force", "Police Forces of Haiti", "Government of Haiti"],
       ["RNDDH", "Human Rights Defense Network"], "a drone strike on a house in the Bel Air neighbourhood of Port-au-Prince"),
    ev("petion-ville-march", True, "incident", "P:Protest with intervention", ("2026-02-19", "2026-02-19"),
       ["Pétion-Ville", "Petion-Ville", "Petionville"], "Haiti", 0, ["Protesters (Haiti)", "Protesters"], None,
       "several hundred people marched against insecurity"),
]))

D.append(doc("h2-ngo-amnesty-benue-august", "2025-08-20", "ngo", """
Nigeria: Benue killings – authorities must end the cycle of impunity
20 August 2025
Amnesty International Nigeria said today that at least 480 people have been killed in attacks on farming communities in Benue State since January 2025, and urged the federal and state governments to protect villages and bring the attackers to justice.
The organisation's monitoring shows that Guma (112 deaths), Agatu (96) and Gwer West (71) local government areas have suffered the most killings this year. More than 100,000 people have fled their homes.
In the latest attacks, armed men believed to be herders stormed Uikpam, a village in Guma local government area, on the night of 14 August, killing at least 13 people and burning more than 50 houses, survivors and community leaders told Amnesty International.
On 17 August, gunmen killed seven farmers working on their land near Ocholonya in Agatu local government area. A local government official said that the bodies were recovered the following day.
On 9 August, gunmen abducted a Catholic priest on the Makurdi-Naka road in Gwer West local government area. He was released on 15 August after his parish paid a ransom, church sources said.
On 18 August, young people blocked the Makurdi-Lafia highway in Makurdi to protest against the killings. Police fired tear gas to disperse them and arrested several protesters.
"The people of Benue are being slaughtered in their villages and on their farms while the authorities issue statements," said the director of Amnesty International Nigeria.
Amnesty International calls on the authorities to deploy security forces to the most affected communities, investigate every killing and provide humanitarian assistance to the displaced.
""", [
    ev("benue-ytd-toll", True, "aggregate", "*", ("2025-01-01", "2025-08-20"), ["Benue"], "Nigeria", 480, None,
       ["Amnesty"], "at least 480 people have been killed in attacks on farming communities in Benue State since January 2025"),
    ev("guma-ytd-toll", False, "aggregate", "*", ("2025-01-01", "2025-08-20"), ["Guma"], "Nigeria", 112, None,
       ["Amnesty"], "Guma (112 deaths)"),
    ev("agatu-ytd-toll", False, "aggregate", "*", ("2025-01-01", "2025-08-20"), ["Agatu"], "Nigeria", 96, None,
       ["Amnesty"], "Agatu (96)"),
    ev("uikpam-attack", True, "incident", "VAC:Attack", ("2025-08-14", "2025-08-15"), ["Uikpam", "Guma", "Benue"], "Nigeria", 13,
       ["herders", "Fulani", "Ethnic Militia"], ["Amnesty", "survivors", "community leaders"],
       "stormed Uikpam, a village in Guma local government area"),
    ev("ocholonya-farmers-killed", True, "incident", "VAC:Attack", ("2025-08-17", "2025-08-17"),
       ["Ocholonya", "Agatu", "Benue"], "Nigeria", 7, ["gunmen", "Unidentified"], ["Amnesty", "local government official"],
       "gunmen killed seven farmers working on their land near Ocholonya"),
    ev("makurdi-naka-priest-abduction", True, "incident", "VAC:Abduction/forced disappearance", ("2025-08-09", "2025-08-09"),
       ["Makurdi", "Naka", "Gwer West", "Benue"], "Nigeria", 0, ["gunmen", "Unidentified"], ["church sources", "Amnesty"],
       "gunmen abducted a Catholic priest on the Makurdi-Naka road"),
    ev("makurdi-highway-protest", True, "incident", "P:Protest with intervention", ("2025-08-18", "2025-08-18"),
       ["Makurdi", "Benue"], "Nigeria", 0, ["Protesters (Nigeria)", "Protesters"], ["Amnesty"],
       "young people blocked the Makurdi-Lafia highway in Makurdi to protest against the killings"),
]))

D.append(doc("h2-ngo-nrc-sur-de-bolivar", "2026-01-21", "ngo", """
Colombia: Thousands flee fighting between armed groups in the south of Bolívar
BOGOTÁ, 21 January 2026 – More than 4,100 people have been forced from their homes in the south of Bolívar department since 10 January by fighting between the National Liberation Army (ELN) and the Gaitanista Army of Colombia (EGC, also known as the Clan del Golfo), the Norwegian Refugee Council (NRC) said today.
Most of the displaced are farming families from rural areas of Santa Rosa del Sur and Montecristo municipalities who have taken refuge in school buildings and sports halls in the town centres. Another 2,300 people in five riverside communities are confined and unable to reach their fields or markets because of the fighting and the presence of landmines.
On 12 January, clashes between the two groups in the rural area of Santa Rosa del Sur left at least six people dead, according to community leaders. The victims included two civilians, a farmer and his teenage son.
On 15 January, a landmine killed a 12-year-old boy who was collecting firewood near a hamlet in Montecristo, local authorities said.
"Families are leaving with nothing but the clothes they are wearing. They tell us they will not go back until the armed groups leave," said NRC's country director for Colombia.
In 2025, NRC recorded more than 84,000 people displaced in mass displacement events in Colombia, the highest figure in a decade. The humanitarian response in the south of Bolívar is severely underfunded, and access to rural areas is restricted by the armed groups.
NRC calls on all armed actors to respect international humanitarian law, to allow civilians to move freely and to stop laying landmines.
""", [
    ev("santa-rosa-del-sur-clash", True, "incident", "B:Armed clash", ("2026-01-12", "2026-01-12"),
       ["Santa Rosa del Sur", "Bolívar", "Bolivar"], "Colombia", 6,
       ["ELN", "National Liberation Army", "Gaitanista", "Clan del Golfo", "EGC"], ["community leaders", "NRC", "Norwegian Refugee Council"],
       "clashes between the two groups in the rural area of Santa Rosa del Sur left at least six people dead"),
    ev("montecristo-landmine", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-01-15", "2026-01-15"),
       ["Montecristo", "Bolívar", "Bolivar"], "Colombia", 1, None, ["local authorities", "NRC"],
       "a landmine killed a 12-year-old boy who was collecting firewood near a hamlet in Montecristo"),
    ev("bolivar-displacement", False, "aggregate", "*", ("2026-01-10", "2026-01-21"),
       ["Santa Rosa del Sur", "Montecristo", "Bolívar", "Bolivar"], "Colombia", 0, None, ["NRC", "Norwegian Refugee Council"],
       "More than 4,100 people have been forced from their homes in the south of Bolívar department since 10 January"),
    ev("colombia-2025-displacement", False, "aggregate", "*", ("2025-01-01", "2025-12-31"), ["Colombia"], "Colombia", 0,
       None, ["NRC"], "NRC recorded more than 84,000 people displaced in mass displacement events in Colombia"),
]))

D.append(doc("h2-none-bangsamoro-analysis", "2025-10-15", "none", """
ANALYSIS-Delayed vote tests Bangsamoro peace deal a decade after it was signed
COTABATO CITY, Philippines, Oct 15 (Reuters) - When former rebels of the Moro Islamic Liberation Front (MILF) laid down their guns under a 2014 peace agreement, they were promised a vote to choose the first elected government of a self-ruled Muslim region in the southern Philippines.
That vote has now been postponed three times, most recently this month, when Congress moved it to 2026 after the Supreme Court struck down the law dividing the region's parliamentary districts. Analysts say the delays risk eroding the trust of thousands of former fighters who are still waiting for the jobs and cash grants they were promised.
"The peace dividend has been slow to arrive in the villages," said a researcher at a Manila think-tank who studies the region. "If people stop believing in the ballot, some will look at the gun again."
The Bangsamoro region was created in 2019 after decades of separatist war on the island of Mindanao that killed an estimated 120,000 people from the 1970s. In 2017, fighters allied with the Islamic State occupied parts of Marawi City for five months; the battle to retake it left the city centre in ruins.
Violence in the region has fallen sharply since then, though clan feuds, known as rido, and small pro-Islamic State cells remain a concern for the military. About 26,000 MILF fighters have been decommissioned, out of 40,000 listed.
Interim chief minister Abdulraof Macacua said the transition authority would keep working "until the people choose their leaders".
""", []))

D.append(doc("h2-none-odisha-train-collision", "2026-03-05", "none", """
Passenger train hits goods train in eastern India, at least 31 dead
BHUBANESWAR, India (AP) — A crowded passenger train slammed into a stationary goods train in India's eastern Odisha state late on Wednesday, killing at least 31 people and injuring more than 150, officials said Thursday.
Several coaches of the express, which was travelling from Kolkata to Chennai, derailed and overturned near Jajpur Road station at about 10:40 p.m., the railway ministry said. Rescuers used cutting equipment through the night to free passengers trapped in the wreckage.
A preliminary inquiry suggested a signalling error had sent the express onto a loop line where the goods train was parked, a senior railway official said, speaking on condition of anonymity because the investigation was continuing.
"There was a huge jolt and then everything went dark. People were screaming," said Ramesh Behera, 38, who was travelling with his family to Visakhapatnam and suffered a head injury.
Prime Minister Narendra Modi said he was saddened by the accident and announced compensation of 200,000 rupees for the families of each of the dead. Railway Minister Ashwini Vaishnaw visited the site on Thursday morning.
India's railway network, one of the world's largest, carries about 23 million passengers a day. In June 2023, a three-train collision in Odisha's Balasore district killed nearly 300 people, the country's worst rail disaster in decades.
""", []))

write("heldout2_c.json", D)
