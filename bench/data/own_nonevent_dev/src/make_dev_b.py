"""own_nonevent_dev_b.json: 20 event texts with non-event sentences mixed in (floods, accidents,
court cases, anniversaries, epidemics, elections, diplomacy, "since then" tallies). Each coded
event is a real incident of the text's own time; the mixed-in sentences must found no record."""
from common import doc, ev, write

D = []

D.append(doc("nm-wire-zamfara", "2026-07-14", "wire", """
Gunmen kill 12 villagers in Nigeria's Zamfara state
GUSAU, Nigeria (Reuters) - Gunmen on motorcycles killed 12 people in an attack on the village of Kwanar Dutse in Nigeria's northwestern Zamfara state on Sunday, police said on Monday.
The attackers also abducted about 20 women and children, residents said.
In neighbouring Kebbi state, floods after heavy rains destroyed more than 1,000 homes and farmland, the state emergency agency said.
Zamfara's governor on Monday laid a wreath at a monument in Gusau to mark the anniversary of the creation of the state.
""", [
    ev("kwanar-dutse-attack", True, "incident", "VAC:Attack|VAC:Abduction/forced disappearance",
       ("2026-07-12", "2026-07-12"), ["Kwanar Dutse", "Zamfara"], "Nigeria", 12, ["Unidentified", "Gunmen"],
       ["police", "Reuters"], "Gunmen on motorcycles killed 12 people"),
]))

D.append(doc("nm-wire-idlib", "2026-02-07", "wire", """
Air strike kills five in northwest Syria
IDLIB, Syria (AFP) - An air strike on a farm near the town of Sarmada in Syria's Idlib province killed five members of one family on Friday, the civil defence said.
The strike was carried out by an unidentified aircraft, the rescuers said.
On Friday Syrians also marked three years since the earthquake of February 2023, which killed more than 50,000 people in Turkey and Syria.
A German court last month convicted a former Syrian intelligence officer of crimes against humanity for the torture of detainees in a Damascus prison.
""", [
    ev("sarmada-air-strike", True, "incident", "ERV:Air/drone strike", ("2026-02-06", "2026-02-06"),
       ["Sarmada", "Idlib"], "Syria", 5, ["Unidentified"], ["civil defence"], "An air strike on a farm near the town of Sarmada"),
]))

D.append(doc("nm-wire-goma", "2026-08-26", "wire", """
M23 rebels and pro-government militias clash in eastern Congo
GOMA, Democratic Republic of Congo (Reuters) - M23 rebels clashed with pro-government Wazalendo militias near the town of Sake in North Kivu province on Tuesday, killing at least seven fighters, local sources said.
The fighting forced hundreds of families to flee towards Goma.
Health workers said mpox cases had risen in camps around Goma this month, and a boat carrying traders capsized on Lake Kivu on Monday, drowning 11 people.
""", [
    ev("sake-clash", True, "incident", "B:Armed clash", ("2026-08-25", "2026-08-25"), ["Sake", "North Kivu"],
       "Democratic Republic of Congo", 7, ["M23", "Wazalendo"], ["local sources", "Reuters"],
       "M23 rebels clashed with pro-government Wazalendo militias"),
]))

D.append(doc("nm-wire-quetta", "2026-06-02", "wire", """
Bomb kills seven at Quetta market
QUETTA, Pakistan (Reuters) - A bomb hidden in a motorcycle exploded at a crowded market in the southwestern Pakistani city of Quetta on Monday, killing seven people and wounding 20, police said.
No group claimed responsibility for the blast.
In northern Pakistan, a bus plunged into a gorge in Gilgit-Baltistan on Monday, killing 15 people, officials said.
A heatwave has sent temperatures in Balochistan's plains above 48 degrees Celsius this week.
""", [
    ev("quetta-market-bomb", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-06-01", "2026-06-01"),
       ["Quetta"], "Pakistan", 7, ["Unidentified"], ["police", "Reuters"], "A bomb hidden in a motorcycle exploded"),
]))

D.append(doc("nm-wire-guanajuato", "2026-03-30", "wire", """
Gunmen kill six in attack on bar in central Mexico
MEXICO CITY (Reuters) - Gunmen burst into a bar in the city of Celaya in Mexico's Guanajuato state on Sunday night and opened fire, killing six people, state prosecutors said.
Guanajuato is contested by the Jalisco New Generation Cartel and the Santa Rosa de Lima gang.
A federal judge on Friday sentenced a former police chief to 20 years in prison for the kidnapping and murder of two journalists in 2019.
Since 2018, more than 250,000 people have been murdered in Mexico, according to official figures.
""", [
    ev("celaya-bar-attack", True, "incident", "VAC:Attack", ("2026-03-29", "2026-03-29"), ["Celaya", "Guanajuato"],
       "Mexico", 6, ["Unidentified", "Gunmen"], ["prosecutors", "Reuters"], "Gunmen burst into a bar in the city of Celaya"),
]))

D.append(doc("nm-live-kharkiv", "2026-11-22", "live", """
Ukraine war live: missile strike on Kharkiv
07:45 - A Russian missile struck an apartment block in Kharkiv overnight, killing four people and injuring 19, the regional governor says.
08:30 - Ukraine's air force says it shot down 40 of 55 drones launched by Russia overnight.
10:15 - Ukrainians today commemorate the victims of the Holodomor, the famine of 1932-33 in which millions died. The president laid wheat ears at the memorial in Kyiv.
12:00 - Ukraine's football team will play its World Cup playoff in Valencia, the federation announced.
14:20 - The German foreign minister has arrived in Kyiv for talks on air defence.
""", [
    ev("kharkiv-missile", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-11-21", "2026-11-22"),
       ["Kharkiv"], "Ukraine", 4, ["Military Forces of Russia", "Russia"], ["governor"],
       "A Russian missile struck an apartment block in Kharkiv overnight"),
]))

D.append(doc("nm-wire-el-fasher", "2026-04-19", "wire", """
RSF shelling kills 11 in Sudan's El Fasher
PORT SUDAN, Sudan (Reuters) - Shelling by Sudan's Rapid Support Forces killed 11 civilians in the North Darfur city of El Fasher on Saturday, a local resistance committee said.
The shells hit a market and houses near the city's main hospital.
A cholera outbreak has killed more than 300 people in Sudan since August, the health ministry said. The United Nations appealed for $4 billion in aid for the country this year.
""", [
    ev("el-fasher-shelling", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-04-18", "2026-04-18"),
       ["El Fasher", "Al Fasher", "North Darfur"], "Sudan", 11, ["Rapid Support Forces", "RSF"],
       ["resistance committee", "Reuters"], "Shelling by Sudan's Rapid Support Forces killed 11 civilians"),
]))

D.append(doc("nm-wire-sagaing", "2026-05-12", "wire", """
Myanmar junta air strike kills 8 at Sagaing school
(Reuters) - A Myanmar military air strike on a school in Sagaing region's Depayin township killed eight people, including six children, on Sunday, a local resistance group said.
The strike damaged the school and a nearby monastery.
Sagaing is still recovering from last year's earthquake, which destroyed thousands of buildings in the region.
The junta said it would hold the second phase of elections in December.
""", [
    ev("depayin-school-strike", True, "incident", "ERV:Air/drone strike", ("2026-05-10", "2026-05-10"),
       ["Depayin", "Sagaing"], "Myanmar", 8, ["Military Forces of Myanmar", "military"], ["resistance group"],
       "A Myanmar military air strike on a school"),
]))

D.append(doc("nm-wire-mogadishu", "2026-09-09", "wire", """
Mortar shells hit Mogadishu neighbourhood, killing 3
MOGADISHU (Reuters) - Mortar shells fired by al Shabaab militants landed on houses in Mogadishu's Hamarweyne district on Tuesday night, killing three civilians, police said.
The group said it had targeted the presidential palace.
Somalia is facing its worst drought in a decade, the United Nations said, and floods in the Shabelle valley last month displaced 80,000 people.
""", [
    ev("hamarweyne-mortar", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-09-08", "2026-09-08"),
       ["Mogadishu", "Hamarweyne", "Hamar Weyne"], "Somalia", 3, ["Al Shabaab"], ["police", "Reuters"],
       "Mortar shells fired by al Shabaab militants"),
]))

D.append(doc("nm-wire-manipur-stampede", "2026-01-21", "wire", """
Two killed in gunfight in India's Manipur
IMPHAL, India (Reuters) - Two men were killed in a gunfight between armed groups of the Meitei and Kuki communities near the village of Sanjenbam in Manipur's Bishnupur district on Tuesday, police said.
Security forces rushed to the area and the firing stopped after two hours.
In the eastern state of Odisha, a stampede at a temple festival killed six devotees on Tuesday, officials said.
""", [
    ev("sanjenbam-gunfight", True, "incident", "B:Armed clash", ("2026-01-20", "2026-01-20"),
       ["Sanjenbam", "Bishnupur", "Manipur"], "India", 2, ["Meitei", "Kuki"], ["police", "Reuters"],
       "Two men were killed in a gunfight"),
]))

D.append(doc("nm-wire-arauca", "2026-10-17", "wire", """
ELN rebels attack police station in Colombia's Arauca
BOGOTA (Reuters) - Fighters of the National Liberation Army (ELN) attacked a police station with explosives and rifles in the town of Saravena in Colombia's Arauca province on Friday, wounding four officers, the police said.
Separately, Colombian navy seized 3 tonnes of cocaine on a semi-submersible off the Pacific coast, the defence ministry said.
Government and ELN negotiators are due to resume peace talks in Caracas next month.
""", [
    ev("saravena-police-station", True, "incident", "B:Armed clash|ERV:Remote explosive/landmine/IED",
       ("2026-10-16", "2026-10-16"), ["Saravena", "Arauca"], "Colombia", 0, ["ELN", "National Liberation Army"],
       ["police", "Reuters"], "attacked a police station with explosives and rifles"),
]))

D.append(doc("nm-wire-port-au-prince", "2026-03-03", "wire", """
Gangs attack Port-au-Prince suburb, killing 9
PORT-AU-PRINCE (Reuters) - Members of the Viv Ansanm gang coalition attacked the suburb of Petion-Ville on Monday, shooting residents and burning houses, killing nine people, a local human rights group said.
Police said officers repelled the attackers after several hours of fighting.
The health ministry reported 50 new cholera cases in the capital last week, and the UN Security Council is due to vote on renewing its political mission in Haiti.
""", [
    ev("petion-ville-gang-attack", True, "incident", "VAC:Attack|B:Armed clash", ("2026-03-02", "2026-03-02"),
       ["Petion-Ville", "Pétion-Ville", "Port-au-Prince"], "Haiti", 9, ["Viv Ansanm", "gang"],
       ["human rights group"], "attacked the suburb of Petion-Ville on Monday"),
]))

D.append(doc("nm-wire-djibo", "2026-05-05", "wire", """
Jihadists attack army post in northern Burkina Faso
OUAGADOUGOU (Reuters) - Fighters of the al-Qaeda-linked JNIM attacked an army post near Djibo in northern Burkina Faso on Sunday, killing at least 15 soldiers, security sources said.
The militants looted weapons and burned vehicles before retreating, the sources said.
Since 2015, attacks by jihadist groups have killed more than 20,000 people in Burkina Faso and displaced two million.
A military court in Ouagadougou on Monday resumed the trial of soldiers accused over the 1987 killing of former president Thomas Sankara and 12 aides.
""", [
    ev("djibo-army-post-attack", True, "incident", "B:Armed clash", ("2026-05-03", "2026-05-03"), ["Djibo", "Soum"],
       "Burkina Faso", 15, ["JNIM", "Jama'at Nusrat"], ["security sources", "Reuters"],
       "attacked an army post near Djibo"),
]))

D.append(doc("nm-wire-hodeidah", "2026-08-11", "wire", """
U.S. strikes hit Houthi sites in Yemen's Hodeidah
ADEN, Yemen (Reuters) - U.S. air strikes hit Houthi military sites at the port of Hodeidah on Sunday night, the group's al-Masirah television said, reporting two people killed.
The U.S. military said it had destroyed drone launchers.
A boat carrying migrants from the Horn of Africa capsized off Yemen's southern coast on Monday, the UN migration agency said, with 40 people missing. Yemen is also facing a cholera outbreak with more than 100,000 suspected cases this year.
""", [
    ev("hodeidah-us-strikes", True, "incident", "ERV:Air/drone strike", ("2026-08-09", "2026-08-10"), ["Hodeidah", "Al Hudaydah"],
       "Yemen", 2, ["Military Forces of the United States", "United States", "U.S."], ["al-Masirah"],
       "U.S. air strikes hit Houthi military sites at the port of Hodeidah"),
]))

D.append(doc("nm-wire-samar", "2026-10-30", "wire", """
Soldiers, communist rebels clash in central Philippines
MANILA (Reuters) - Government soldiers clashed with New People's Army rebels in the town of Las Navas in Northern Samar province on Wednesday, killing three rebels, the army said.
Typhoon evacuations slowed military operations in the area this week, officials said, after 50,000 residents were moved to shelters.
Last week the country marked nine years since the end of the siege of Marawi, in which more than 1,000 people died.
""", [
    ev("las-navas-clash", True, "incident", "B:Armed clash", ("2026-10-28", "2026-10-28"),
       ["Las Navas", "Northern Samar"], "Philippines", 3, ["Military Forces of the Philippines", "army", "soldiers"],
       ["army", "Reuters"], "Government soldiers clashed with New People's Army rebels"),
]))

D.append(doc("nm-wire-kirkuk", "2026-08-19", "wire", """
Roadside bomb kills two Iraqi soldiers near Kirkuk
KIRKUK, Iraq (Reuters) - A roadside bomb hit an Iraqi army patrol south of Kirkuk on Tuesday, killing two soldiers and wounding three, security sources said.
Islamic State militants still operate in the area's villages and desert valleys.
Also on Tuesday, a minibus carrying Arbaeen pilgrims overturned on the road to Karbala, killing nine Iranian pilgrims, health officials said.
Iraq's parliament set a date for provincial elections next year.
""", [
    ev("kirkuk-roadside-bomb", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-08-18", "2026-08-18"),
       ["Kirkuk"], "Iraq", 2, ["Unidentified", "Islamic State"], ["security sources", "Reuters"],
       "A roadside bomb hit an Iraqi army patrol south of Kirkuk"),
]))

D.append(doc("nm-wire-nairobi-protest", "2026-06-26", "wire", """
Kenyan police fire tear gas at protesters in Nairobi
NAIROBI (Reuters) - Kenyan police fired tear gas and water cannon at thousands of protesters in central Nairobi on Thursday as they marked the anniversary of last year's deadly demonstrations against tax rises.
Protesters lit bonfires and threw stones at police near parliament, witnesses said.
On Thursday morning, families of those killed in last year's protests held a memorial service at a Nairobi church.
A bus crash on the Nairobi-Mombasa highway killed 11 people on Wednesday, police said.
""", [
    ev("nairobi-anniversary-protest", True, "incident", "P:Protest with intervention|R:Violent demonstration|P:Excessive force against protesters",
       ("2026-06-25", "2026-06-25"), ["Nairobi"], "Kenya", 0, ["Protesters", "Rioters"], ["witnesses", "Reuters"],
       "Kenyan police fired tear gas and water cannon at thousands of protesters"),
]))

D.append(doc("nm-wire-amhara", "2026-09-22", "wire", """
Fano militia and Ethiopian army clash in Amhara region
ADDIS ABABA (Reuters) - Fighters of the Fano militia clashed with Ethiopian government troops in the town of Debre Tabor in the Amhara region on Sunday, residents said, and at least 10 people were killed.
Shops stayed shut on Monday and residents said soldiers were searching houses.
In the south of the country, a landslide in the Gofa zone after heavy rain killed 23 people, local officials said.
""", [
    ev("debre-tabor-clash", True, "incident", "B:Armed clash", ("2026-09-20", "2026-09-20"),
       ["Debre Tabor", "Amhara"], "Ethiopia", 10, ["Fano"], ["residents", "Reuters"],
       "Fighters of the Fano militia clashed with Ethiopian government troops"),
]))

D.append(doc("nm-wire-south-lebanon", "2026-08-05", "wire", """
Israeli strike kills two in south Lebanon
BEIRUT (Reuters) - An Israeli drone strike on a car near the town of Bint Jbeil in south Lebanon killed two people on Tuesday, Lebanon's health ministry said.
The Israeli military said it had struck Hezbollah operatives.
In Beirut, families of the victims of the 2020 port explosion held a vigil on Tuesday to mark its sixth anniversary, and the judge leading the investigation questioned two former ministers.
""", [
    ev("bint-jbeil-drone-strike", True, "incident", "ERV:Air/drone strike", ("2026-08-04", "2026-08-04"),
       ["Bint Jbeil"], "Lebanon", 2, ["Military Forces of Israel", "Israel"], ["health ministry", "Reuters"],
       "An Israeli drone strike on a car near the town of Bint Jbeil"),
]))

D.append(doc("nm-wire-kabul", "2026-11-03", "wire", """
Bomb blast kills 6 at Kabul mosque
KABUL (Reuters) - A bomb exploded during prayers at a Shi'ite mosque in western Kabul on Monday, killing six worshippers and wounding 14, a Taliban police spokesman said.
No group immediately claimed the attack; Islamic State's local affiliate has carried out similar bombings.
Aid agencies are still delivering tents to villagers in Kunar province after an earthquake in August killed more than 2,000 people.
The Taliban's foreign minister visited Moscow last week for talks on trade.
""", [
    ev("kabul-mosque-bomb", True, "incident", "ERV:Remote explosive/landmine/IED|ERV:Suicide bomb", ("2026-11-02", "2026-11-02"),
       ["Kabul"], "Afghanistan", 6, ["Unidentified", "Islamic State"], ["police", "Reuters"],
       "A bomb exploded during prayers at a Shi'ite mosque in western Kabul"),
]))

if __name__ == "__main__":
    write("own_nonevent_dev_b.json", D)
