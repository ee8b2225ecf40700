"""own_nonevent_heldout.json: the own held-out batch, written before any tuning, scored only at the end.

14 texts with no conflict event and 6 event texts with non-event sentences mixed in.
"""
from common import doc, ev, write

D = []

D.append(doc("nh-wire-malawi-floods", "2026-02-11", "wire", """
Floods sweep away bridge, destroy 1,200 homes in southern Malawi
BLANTYRE, Malawi (Reuters) - Floods triggered by three days of torrential rain destroyed about 1,200 homes and swept away a road bridge in Malawi's Nsanje and Chikwawa districts, killing at least nine people, the Department of Disaster Management Affairs said on Wednesday.
The collapse of the bridge over the Shire river cut the main road to Mozambique, stranding hundreds of trucks. Rescue teams using boats evacuated about 4,000 people to schools and churches on higher ground.
"The water came at night and took everything, the goats, the maize, the roofs," a farmer in Nsanje told Reuters.
The government has declared a state of disaster in both districts and appealed for tents, food and medicine. Forecasters expect more rain through the weekend.
""", []))

D.append(doc("nh-wire-argentina-verdict", "2026-03-18", "wire", """
Argentine court jails former officers for life over dictatorship-era killings
BUENOS AIRES (AP) - A federal court in the city of La Plata on Tuesday sentenced eight former military and police officers to life in prison for the abduction, torture and murder of 63 people at a secret detention centre during the 1976-1983 military dictatorship.
Relatives of the victims wept and applauded in the courtroom as the verdicts were read. Prosecutors said the defendants had run the centre in a police barracks where prisoners were held in chains and many were killed and their bodies thrown from aircraft.
Two other defendants were acquitted for lack of evidence. Defence lawyers said they would appeal.
Human rights groups say about 30,000 people were killed or disappeared under the dictatorship. More than 1,100 people have been convicted in trials since they resumed in 2006.
""", []))

D.append(doc("nh-wire-cambodia-anniversary", "2026-05-20", "wire", """
Cambodians mark day of remembrance at former killing fields
PHNOM PENH, Cambodia (AFP) - Hundreds of Cambodians gathered on Wednesday at the Choeung Ek memorial outside Phnom Penh to mark the annual Day of Remembrance for the estimated 1.7 million people who died under the Khmer Rouge regime between 1975 and 1979.
Students in black and white costumes performed a re-enactment of the regime's executions, and Buddhist monks led prayers in front of the stupa that holds the skulls of thousands of victims.
"My father and two brothers were taken away and killed in 1977. I come here every year to pray for them," said a 68-year-old woman from Kandal province.
A UN-backed tribunal convicted three senior Khmer Rouge leaders before it wound up its work in 2022.
""", []))

D.append(doc("nh-wire-brazil-robbery", "2026-04-07", "wire", """
Security guard shot dead in armored-car robbery in Sao Paulo state
SAO PAULO (Reuters) - Armed robbers shot dead a security guard and wounded another during an attack on an armored cash truck on a highway near Campinas in Sao Paulo state early on Monday, police said.
About ten men in three cars blocked the highway, opened fire on the truck and blew open its safe with explosives before escaping with an undisclosed amount of cash. Police later found two of the cars burned out in a sugarcane field.
State police said they had arrested two suspects on Monday evening and were searching for the rest of the gang. The state security secretary said the robbery bore the hallmarks of a group that has targeted cash transports in several states.
""", []))

D.append(doc("nh-wire-peru-bus-crash", "2026-01-26", "wire", """
Bus plunges into ravine in Peru's Andes, killing 27
LIMA (Reuters) - A bus carrying passengers from Lima to the city of Huancayo plunged into a 200-metre ravine in the central Andes early on Sunday, killing at least 27 people and injuring 14, police and the transport ministry said.
The driver apparently lost control on a bend of the Central Highway in the Junin region during heavy rain, a police spokesman told local radio. Firefighters and police used ropes to bring survivors up the slope.
Road accidents killed more than 3,000 people in Peru last year, according to the national police. Many mountain roads have no barriers and buses often travel overnight.
""", []))

D.append(doc("nh-ngo-nigeria-cholera", "2026-08-14", "ngo", """
Cholera outbreak: MSF scales up response in Borno and Yobe
Medecins Sans Frontieres (MSF) has opened two cholera treatment centres in Maiduguri and Damaturu as the number of suspected cases in north-east Nigeria rises sharply after weeks of flooding.
Since the start of July, health authorities have recorded more than 4,800 suspected cases and 112 deaths in Borno and Yobe states. Camps for displaced people, where latrines overflowed during the rains, account for about half of the cases.
"We are seeing patients arriving severely dehydrated, many of them children," said MSF's medical coordinator in Maiduguri. "Clean water and sanitation are the first line of defence."
MSF calls on donors to fund water trucking and chlorination in the camps before the peak of the rainy season.
""", []))

D.append(doc("nh-wire-malawi-election", "2026-09-17", "wire", """
Zambians vote in calm general election as counting begins
LUSAKA (Reuters) - Zambians voted peacefully on Thursday in a general election that pits the president against a coalition of opposition parties, with long but orderly queues at polling stations in Lusaka and the Copperbelt.
The electoral commission said turnout appeared high and that results from most of the 156 constituencies would be announced by the weekend. Observers from the African Union and the Southern African Development Community said voting had gone smoothly at the stations they visited.
The main opposition candidate cast his ballot in his home district and urged supporters to guard their votes and accept the outcome.
""", []))

D.append(doc("nh-wire-geneva-talks", "2026-06-03", "wire", """
Armenia and Azerbaijan foreign ministers meet in Geneva on border treaty
GENEVA (AFP) - The foreign ministers of Armenia and Azerbaijan met for six hours in Geneva on Tuesday to discuss the remaining articles of a peace treaty and the demarcation of their border, both governments said.
The talks, hosted by Switzerland, were the first since the two sides agreed the treaty's text last year. Statements from both ministries said the discussion had been "constructive" and that the ministers agreed to meet again in July.
The two countries fought wars over the Karabakh region in the 1990s and in 2020, and Azerbaijan retook the region in a lightning offensive in 2023.
""", []))

D.append(doc("nh-wire-football", "2026-10-12", "wire", """
Nigeria beat Cameroon to keep World Cup hopes alive
UYO, Nigeria (Reuters) - Nigeria's striker scored twice as the Super Eagles beat Cameroon 3-1 in a World Cup qualifier in Uyo on Sunday, keeping alive their hopes of reaching next year's finals.
Cameroon took the lead after 12 minutes when their captain fired home from the edge of the box, but Nigeria hit back through a header before half-time. The home side's attack pressed Cameroon's defence throughout the second half, and a late penalty killed off the game.
The result leaves Nigeria two points behind group leaders South Africa with one match left. Cameroon's coach said his players had been beaten by the better team.
""", []))

D.append(doc("nh-wire-kazakhstan-mine", "2026-11-05", "wire", """
Methane blast kills 21 miners in Kazakhstan coal mine
ASTANA (Reuters) - A methane explosion and fire at a coal mine in Kazakhstan's Karaganda region killed 21 miners on Wednesday, the emergencies ministry said, the deadliest mining accident in the country in three years.
Rescuers brought 190 miners to the surface after the blast, which happened about 600 metres underground. Four miners remained missing on Thursday morning.
The government ordered an inspection of all mines run by the operator and said a commission would investigate whether safety rules had been broken. The president declared Friday a day of national mourning.
""", []))

D.append(doc("nh-analysis-mozambique", "2026-07-22", "analysis", """
Analysis: Why Cabo Delgado's insurgency outlasted the foreign troops
The insurgency in Mozambique's northern province of Cabo Delgado began in October 2017 with an attack on police stations in the town of Mocimboa da Praia. Since then, more than 6,000 people have been killed and over a million displaced at the height of the conflict, according to monitoring groups.
Rwandan and southern African troops helped the army retake the main towns in 2021, but the militants adapted, splitting into small mobile groups that raid villages and ambush vehicles on the roads.
Analysts say the state has done little to address the grievances of young men in the province, where a gas project worth billions of dollars has created few local jobs. Without that, they argue, military gains will remain fragile.
""", []))

D.append(doc("nh-live-japan-typhoon", "2026-09-02", "live", """
Typhoon Kanoa live: storm makes landfall in southern Japan
09:10 JST - Typhoon Kanoa has made landfall near Kagoshima with winds of up to 180 km/h, the Japan Meteorological Agency says. More than 2 million people have been urged to evacuate.
09:45 JST - Power is out for about 400,000 homes in Kagoshima and Miyazaki prefectures, the utility says. Trains on the Kyushu bullet line are suspended.
10:30 JST - Footage on public broadcaster NHK shows a landslide that buried a road in the mountains of Miyazaki. Fire officials say one man is missing.
11:15 JST - The government has set up an emergency task force. The prime minister told reporters that the priority is saving lives and asked people to stay indoors.
12:05 JST - Two people have died, officials say: an elderly woman whose house was hit by a falling tree and a man swept away by a river in Kumamoto.
""", []))

D.append(doc("nh-wire-drug-port", "2026-03-04", "wire", """
Spain seizes 9 tonnes of cocaine hidden in banana shipment
MADRID (Reuters) - Spanish police seized nine tonnes of cocaine hidden in a shipment of bananas from Ecuador at the port of Algeciras, the largest such seizure in the country this year, the interior ministry said on Tuesday.
Police arrested five people in Malaga and Cadiz provinces who they said belonged to a network that imported the drugs through a fruit company. The investigation, carried out with Ecuadorian and Colombian police, began a year ago.
Officers also seized three luxury cars, 400,000 euros in cash and two pistols during searches of homes on the Costa del Sol.
""", []))

D.append(doc("nh-wire-greece-ferry", "2026-08-20", "wire", """
Ferry fire off Greek island forces evacuation of 300 passengers
ATHENS (AP) - A fire broke out on a ferry carrying 312 passengers and crew off the island of Corfu on Wednesday, forcing the captain to order the ship abandoned, the coast guard said. All were rescued, and 11 people were treated in hospital for smoke inhalation.
The blaze started in the car deck and spread to the upper decks within an hour, passengers told state broadcaster ERT. Coast guard vessels, fishing boats and a tanker took part in the rescue.
The cause of the fire is under investigation, the coast guard said.
""", []))

# --- event texts with non-event sentences mixed in ---

D.append(doc("nh-mix-niger-tillaberi", "2026-04-15", "wire", """
Gunmen kill 14 villagers in western Niger, officials say
NIAMEY, Niger (AFP) - Gunmen on motorbikes killed 14 villagers and set fire to granaries in an attack on the village of Tizegorou in Niger's Tillaberi region on Sunday, local officials said on Tuesday.
The attackers, suspected members of the Islamic State Sahel Province, arrived at dusk and shot men they found in the fields, an official in the district told AFP.
Meanwhile, heavy rains that began last week flooded parts of Niamey, destroying some 500 houses in riverside neighbourhoods, the civil protection agency said.
Niger's military rulers, who seized power in a coup in July 2023, on Monday marked the anniversary of the founding of the national guard with a parade in the capital.
Since 2015, attacks by jihadist groups in the Tillaberi region have killed several thousand people, according to rights groups.
""", [
    ev("tizegorou-attack", True, "incident", "VAC:Attack", ("2026-04-12", "2026-04-12"),
       ["Tizegorou", "Tillaberi", "Tillabéri"], "Niger", 14, ["Islamic State", "Unidentified"],
       ["local officials", "AFP"], "killed 14 villagers and set fire to granaries"),
]))

D.append(doc("nh-mix-pakistan-kurram", "2026-02-25", "wire", """
Roadside bomb kills four soldiers in northwest Pakistan
PESHAWAR, Pakistan (Reuters) - A roadside bomb struck a military vehicle in Pakistan's North Waziristan district on Tuesday, killing four soldiers, the military's media wing said.
No group claimed responsibility, but the Pakistani Taliban have carried out most such attacks in the region.
Separately, a passenger van collided with a truck on the Karakoram Highway near Chilas, killing 11 people, police said.
An anti-terrorism court in Islamabad on Monday sentenced two men to death for a 2023 suicide bombing at a mosque in Peshawar that killed more than 80 people.
""", [
    ev("north-waziristan-ied", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-02-24", "2026-02-24"),
       ["North Waziristan"], "Pakistan", 4, ["Unidentified", "Taliban", "TTP"], ["military", "Reuters"],
       "A roadside bomb struck a military vehicle"),
]))

D.append(doc("nh-mix-live-israel-gaza", "2026-05-06", "live", """
Gaza live: strike on Khan Younis; memorial in Tel Aviv
08:20 - An Israeli air strike on a house in Khan Younis overnight killed six people, including three children, the Gaza civil defence says.
09:05 - The Israeli military says it struck a militant who was planning an attack on troops in southern Gaza. It did not comment on the reported toll.
10:40 - Thousands of Israelis gathered at a memorial ceremony in Tel Aviv for soldiers killed in the country's wars, on the eve of Memorial Day.
11:30 - The UN humanitarian office says 14 of the territory's 36 hospitals are partly functioning and that fuel for generators will run out within days.
12:15 - Egypt's foreign minister met his Qatari counterpart in Cairo to discuss the next phase of ceasefire talks.
""", [
    ev("khan-younis-house-strike", True, "incident", "ERV:Air/drone strike", ("2026-05-05", "2026-05-06"),
       ["Khan Younis", "Khan Yunis"], "Palestine", 6, ["Military Forces of Israel", "Israel"],
       ["civil defence"], "An Israeli air strike on a house in Khan Younis overnight killed six people"),
]))

D.append(doc("nh-mix-ecuador-prison", "2026-06-24", "wire", """
Police fire tear gas at protesting bus drivers in Quito
QUITO (Reuters) - Ecuadorean police fired tear gas on Tuesday at hundreds of bus drivers who blocked a main avenue in Quito to protest against a rise in diesel prices, witnesses said. Several drivers were detained.
The drivers' union said the protest would continue until the government reversed the price increase.
Also on Tuesday, a fire at a market in the coastal city of Guayaquil destroyed about 80 stalls, firefighters said. No one was hurt.
Ecuador's president, who declared an "internal armed conflict" against drug gangs in 2024, met business leaders in Guayaquil to discuss security.
""", [
    ev("quito-drivers-teargas", True, "incident", "P:Protest with intervention|P:Excessive force against protesters",
       ("2026-06-23", "2026-06-23"), ["Quito"], "Ecuador", 0, ["Protesters"], ["witnesses", "Reuters"],
       "Ecuadorean police fired tear gas on Tuesday at hundreds of bus drivers"),
]))

D.append(doc("nh-mix-somalia-shabaab", "2026-10-29", "wire", """
Al Shabaab fighters storm army base in central Somalia
MOGADISHU (Reuters) - Al Shabaab fighters stormed an army base near the town of Bulobarde in Somalia's Hiiraan region on Wednesday, sparking a battle in which at least 10 soldiers and 17 militants were killed, a military officer said.
The militants detonated a car bomb at the gate before gunmen attacked, the officer said by phone.
The attack came as the country struggles with a drought that the United Nations says has pushed 3 million people into crisis hunger, and weeks after floods in the Juba valley displaced 200,000.
A court in Mogadishu last week convicted five men of planning the 2022 twin car bombings at the education ministry that killed more than 120 people.
""", [
    ev("bulobarde-base-attack", True, "incident", "B:Armed clash|ERV:Suicide bomb|ERV:Remote explosive/landmine/IED",
       ("2026-10-28", "2026-10-28"), ["Bulobarde", "Bulo Burte", "Hiiraan", "Hiran"], "Somalia", 27,
       ["Al Shabaab"], ["military officer", "Reuters"], "Al Shabaab fighters stormed an army base"),
]))

D.append(doc("nh-mix-myanmar-rakhine", "2026-12-02", "wire", """
Myanmar military air strike hits village in Rakhine, killing 9
(Reuters) - A Myanmar military air strike hit a village in Rakhine state's Kyauktaw township on Monday, killing nine civilians, a spokesman for the Arakan Army and a local aid worker said.
The strike destroyed a monastery and several houses, the aid worker said.
Myanmar's junta held the first phase of a general election last year, which Western governments dismissed as a sham.
In Yangon, authorities reported 34 new cases of dengue fever in the past week.
The military and the Arakan Army signed a temporary ceasefire in China in 2022, which broke down the following year.
""", [
    ev("kyauktaw-air-strike", True, "incident", "ERV:Air/drone strike", ("2026-11-30", "2026-11-30"),
       ["Kyauktaw", "Rakhine"], "Myanmar", 9, ["Military Forces of Myanmar", "Myanmar military"],
       ["Arakan Army", "aid worker"], "A Myanmar military air strike hit a village in Rakhine"),
]))

if __name__ == "__main__":
    write("own_nonevent_heldout.json", D)
