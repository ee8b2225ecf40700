"""heldout3_d.json: Ecuador live (newest first), Peru strike live, Maracaibo (translated), Ecuador prisons monitor,
northern Kosovo, Serbia live, VRAEM/Pataz, OHCHR on Togo, a Sarajevo verdict and an ICJ hearing (non-events)."""
from common import doc, ev, write

D = []

D.append(doc("h3-live-ecuador-machala-guayaquil", "2026-04-06", "liveblog", """
Ecuador: prison riot in Machala, massacre in Guayaquil - live
7 April 2026
09:20 (Ecuador time, GMT-5)
President Daniel Noboa has decreed a 60-day state of emergency in the provinces of El Oro and Guayas, the presidency says. Soldiers will take over security at the Machala prison and join police patrols in Guayaquil's northern districts.
08:05
The prison service SNAI has updated the toll from the Machala riot: 14 inmates are dead and 9 wounded, among them two guards. Police and soldiers regained control of all pavilions at around 06:30, it says.
07:10
Guayas police say nine people have been arrested over last night's killings at a billiard hall in Socio Vivienda. Two rifles and a pistol were seized, a police colonel told reporters. He said the attack was revenge in a dispute between cells of the Los Tiguerones gang.
01:35
Just after 1am, an explosive device went off under a pedestrian bridge on the road between Duran and Guayaquil, the ECU 911 emergency service says. The bridge was damaged but no one was hurt. It is not clear who planted it.
6 April 2026
23:40
SNAI now says at least 11 inmates have been killed at the Machala prison. Families gathered at the gates say they have had no information. "My son called me at nine and said they were coming for his pavilion," one woman told local television.
22:15
Police say gunmen burst into a billiard hall in the Socio Vivienda neighbourhood of northwest Guayaquil at around 21:00 and opened fire on customers, killing six people, including a 17-year-old. Three others were wounded. The attackers fled in a car.
21:30
Inside the prison, inmates of the Los Lobos and Los Choneros gangs have been fighting with guns and explosives since early evening, according to a police source. Prison guards have withdrawn from pavilions 3 and 4. The SNAI says "a security incident" is under way and that the armed forces are on their way.
20:45
Gunfire and explosions have been reported at the Machala Regional Rehabilitation Centre, the prison in the capital of the southern province of El Oro, local media say. Videos on social media show smoke rising from the roof.
18:00
Welcome to our live coverage. Ecuador has recorded more than 2,000 violent deaths in the first three months of the year, according to police figures, putting it on course for another record year. We will bring you updates through the evening.
""", [
    ev("machala-prison-riot", True, "incident", "B:Armed clash|R:Mob violence|VAC:Attack", ("2026-04-06", "2026-04-07"),
       ["Machala", "El Oro"], "Ecuador", 14, ["Los Lobos", "Los Choneros", "gang"], ["SNAI", "police source"],
       "inmates of the Los Lobos and Los Choneros gangs have been fighting with guns and explosives since early evening"),
    ev("socio-vivienda-billiard-massacre", True, "incident", "VAC:Attack", ("2026-04-06", "2026-04-06"),
       ["Guayaquil", "Socio Vivienda", "Guayas"], "Ecuador", 6, ["Los Tiguerones", "gunmen", "Unidentified Armed Group"],
       ["police"], "gunmen burst into a billiard hall in the Socio Vivienda neighbourhood of northwest Guayaquil"),
    ev("duran-bridge-explosive", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-04-07", "2026-04-07"),
       ["Duran", "Durán", "Guayaquil", "Guayas"], "Ecuador", 0, None, ["ECU 911"],
       "an explosive device went off under a pedestrian bridge on the road between Duran and Guayaquil"),
    ev("socio-vivienda-arrests", False, "incident", "SD:Arrests", ("2026-04-06", "2026-04-07"), ["Guayaquil", "Guayas"],
       "Ecuador", 0, ["Police Forces of Ecuador", "police"], ["police"], "nine people have been arrested over last night's killings"),
    ev("ecuador-q1-violent-deaths", False, "aggregate", "*", ("2026-01-01", "2026-03-31"), ["Ecuador"], "Ecuador", 2000,
       None, ["police"], "more than 2,000 violent deaths in the first three months of the year"),
]))

D.append(doc("h3-live-peru-national-strike", "2026-02-17", "liveblog", """
Peru national strike: protests in Lima and the south - as it happened
Key events
- Thousands marched in central Lima against extortion and the government; police fired tear gas near Congress.
- A 32-year-old protester was shot dead on Abancay Avenue, the Ombudsman's Office says. Police deny using firearms.
- Police fired tear gas at protesters trying to enter Juliaca airport.
- A toll booth was set on fire on the Cusco-Sicuani road after midnight.
- The Ombudsman's Office counts 47 injured nationwide.
17 February 2026
08:30 (Lima, GMT-5)
Good morning. Transport unions, market traders and student groups have called a national strike today against the wave of extortion and killings of bus drivers, and against the government, which they accuse of doing nothing. Many bus companies in Lima are not running.
10:45
In Arequipa, several thousand people are marching peacefully through the historic centre toward the Plaza de Armas, carrying Peruvian flags and photographs of bus drivers killed this year.
12:20
In Juliaca, in the southern region of Puno, protesters tried to force their way into the airport. Police fired tear gas to push them back, and flights have been suspended, the airport operator says. Juliaca was the scene of the deadliest day of the 2022-2023 protests, when 18 people were killed.
15:05
In Lima, the main march has reached Plaza San Martin. Thousands of people, many of them young, are heading down Abancay Avenue toward Congress.
16:40
Police have fired tear gas at protesters on Abancay Avenue, a few blocks from Congress. Groups of protesters are throwing stones, bottles and fireworks at police lines, and some have pulled down metal barriers. Our reporter says the clashes are continuing.
19:10
The Ombudsman's Office says a man has died after being shot during the clashes on Abancay Avenue. It has asked prosecutors to investigate. The national police commander told RPP radio that officers were not carrying firearms and that the shot could have come from "other people".
21:30
The Ombudsman's Office says 47 people have been injured nationwide, 29 of them in Lima, including 12 police officers. The interior ministry says 63 people have been arrested.
23:15
Calm has returned to central Lima, although groups of police remain around Congress. The unions say they will decide tomorrow whether to continue the strike.
18 February 2026
00:50
In the Cusco region, protesters set fire to a toll booth on the Cusco-Sicuani road near Urcos shortly after midnight, local radio reports. Firefighters put out the blaze. No one was hurt.
07:00
The government has announced that the head of the council of ministers will meet transport union leaders this afternoon. We are closing this live blog.
""", [
    ev("lima-abancay-clashes", True, "incident", "R:Violent demonstration|P:Protest with intervention|P:Excessive force against protesters",
       ("2026-02-17", "2026-02-17"), ["Lima", "Abancay Avenue", "Cercado de Lima"], "Peru", 1,
       ["Rioters (Peru)", "Protesters (Peru)", "Protesters", "Police Forces of Peru"], ["Ombudsman", "Defensoria"],
       "Groups of protesters are throwing stones, bottles and fireworks at police lines"),
    ev("arequipa-peaceful-march", True, "incident", "P:Peaceful protest", ("2026-02-17", "2026-02-17"), ["Arequipa"],
       "Peru", 0, ["Protesters (Peru)", "Protesters"], None,
       "several thousand people are marching peacefully through the historic centre toward the Plaza de Armas"),
    ev("juliaca-airport-tear-gas", True, "incident", "P:Protest with intervention|R:Violent demonstration",
       ("2026-02-17", "2026-02-17"), ["Juliaca", "San Roman", "Puno"], "Peru", 0, ["Protesters (Peru)", "Protesters"],
       ["airport operator"], "protesters tried to force their way into the airport"),
    ev("urcos-toll-booth-fire", True, "incident", "R:Violent demonstration", ("2026-02-18", "2026-02-18"),
       ["Urcos", "Quispicanchi", "Cusco", "Cuzco"], "Peru", 0, ["Rioters (Peru)", "Rioters", "Protesters"],
       ["local radio"], "protesters set fire to a toll booth on the Cusco-Sicuani road near Urcos"),
    ev("peru-strike-injured-tally", False, "aggregate", "*", ("2026-02-17", "2026-02-17"), ["Peru"], "Peru", None, None,
       ["Ombudsman"], "47 people have been injured nationwide"),
    ev("peru-strike-arrests", False, "aggregate", "SD:Arrests|*", ("2026-02-17", "2026-02-17"), ["Peru", "Lima"], "Peru", 0,
       ["Police Forces of Peru"], ["interior ministry"], "63 people have been arrested"),
    ev("juliaca-2023-deaths", False, "incident", "P:Excessive force against protesters", ("2023-01-01", "2023-01-31"),
       ["Juliaca", "Puno"], "Peru", 18, None, None, "when 18 people were killed"),
]))

D.append(doc("h3-local-maracaibo-blackout-protests", "2026-05-12", "wire", """
Maracaibo: "cacerolazos" and barricades after 30 hours without power; National Guard detains 12
[Translated from Spanish. Report from a regional newspaper in Zulia state.]
MARACAIBO - Residents of at least a dozen neighbourhoods of Maracaibo took to the streets on Monday night to protest against a power cut that had lasted more than 30 hours, banging pots and pans and blocking avenues with burning tyres and rubbish, in the largest protests the city has seen in months.
In the Sabaneta and Los Haticos sectors, in the south of the city, groups of residents blocked the avenues with tree trunks and burning rubbish from about 8 p.m. Officers of the Bolivarian National Guard (GNB) arrived shortly before midnight and fired tear gas to clear the barricades, according to residents and videos shared on social media. A 60-year-old woman was treated for the effects of the gas, neighbours said.
The Zulia regional command of the GNB confirmed in a statement on Tuesday that 12 people had been detained for "public disorder and obstruction of public roads" and that they had been handed over to the Public Prosecutor's Office. Human rights lawyers of a local NGO said that four of the detainees were minors.
In the neighbouring municipality of San Francisco, residents who were banging pots on the Avenida 48 were attacked by a group of men on motorcycles, who beat them with sticks and fired into the air, witnesses told this newspaper. Three people were injured, one of them with a head wound. Residents identified the attackers as members of a "colectivo", an armed pro-government group. The municipal police did not respond to requests for comment.
In other parts of the city, such as Santa Rita and La Limpia avenue, the protests were peaceful and consisted of cacerolazos from balconies and gatherings of neighbours in front of their homes.
The state-owned electricity company Corpoelec said on Tuesday morning that service had been restored in 70 percent of the city and attributed the failure to "an act of sabotage" at the El Tablazo substation, without giving evidence. Workers in the sector told this newspaper that the failure was due to a lack of maintenance and spare parts.
Zulia, once the heart of Venezuela's oil industry, is the state most affected by the electricity crisis. Its residents have suffered daily rationing for years, with cuts of four to eight hours, and temperatures in Maracaibo regularly exceed 35 degrees Celsius. In March 2019, a nationwide blackout lasting several days led to widespread looting in the city, in which hundreds of shops were damaged.
"We cannot keep the food in the fridge, the children cannot sleep because of the heat and the water does not arrive because the pumps do not work," said Yasmín, a resident of Sabaneta who took part in the protest. "And when we complain, they send the Guard."
The governor of Zulia said in a message on social media that the power supply would be fully restored by Wednesday and called on residents "not to fall into provocations".
On Tuesday afternoon, neighbourhood groups announced a new protest for Thursday in front of the Corpoelec regional headquarters.
""", [
    ev("sabaneta-barricades-teargas", True, "incident", "P:Protest with intervention|R:Violent demonstration",
       ("2026-05-11", "2026-05-11"), ["Maracaibo", "Sabaneta", "Los Haticos", "Zulia"], "Venezuela", 0,
       ["Protesters (Venezuela)", "Protesters", "Rioters (Venezuela)", "residents"], ["residents", "GNB"],
       "Officers of the Bolivarian National Guard (GNB) arrived shortly before midnight and fired tear gas to clear the barricades"),
    ev("maracaibo-gnb-detentions", False, "incident", "SD:Arrests", ("2026-05-11", "2026-05-12"), ["Maracaibo", "Zulia"],
       "Venezuela", 0, ["Military Forces of Venezuela", "National Guard", "GNB"], ["GNB"],
       "12 people had been detained for \"public disorder and obstruction of public roads\""),
    ev("san-francisco-colectivo-attack", True, "incident", "P:Protest with intervention|VAC:Attack|R:Mob violence",
       ("2026-05-11", "2026-05-11"), ["San Francisco", "Zulia"], "Venezuela", 0,
       ["Colectivos", "colectivo", "Pro-Government Militia", "Protesters (Venezuela)"], ["witnesses"],
       "were attacked by a group of men on motorcycles, who beat them with sticks and fired into the air"),
    ev("maracaibo-peaceful-cacerolazos", True, "incident", "P:Peaceful protest", ("2026-05-11", "2026-05-11"),
       ["Maracaibo", "Santa Rita", "La Limpia", "Zulia"], "Venezuela", 0, ["Protesters (Venezuela)", "Protesters", "residents"],
       None, "the protests were peaceful and consisted of cacerolazos from balconies"),
    ev("maracaibo-2019-looting", False, "incident", "R:Violent demonstration|SD:Looting/property destruction|R:Mob violence",
       ("2019-03-01", "2019-03-31"), ["Maracaibo"], "Venezuela", None, None, None,
       "a nationwide blackout lasting several days led to widespread looting in the city"),
]))

D.append(doc("h3-ngo-ecuador-prisons-october", "2026-11-04", "ngo", """
Prison Rights Observatory - Ecuador: monthly bulletin on deaths in the prison system, October 2026
Guayaquil, 4 November 2026
1. Summary
In October 2026 the Observatory recorded 46 deaths of persons deprived of liberty in Ecuador's prison system. Of these, 21 were violent deaths and 25 were deaths from illness, mainly tuberculosis and malnutrition. Since 1 January 2026, 112 people have died violently in the country's prisons, compared with 97 in the whole of 2025.
2. Violent deaths by prison (October)
- Litoral Penitentiary, Guayaquil: 17
- Turi Regional Prison, Cuenca: 2
- Machala Rehabilitation Centre: 1
- Latacunga Regional Prison (Cotopaxi): 1
3. Main incidents
On 9 October, armed inmates belonging to a faction of Los Choneros entered pavilion 5 of the Litoral Penitentiary in Guayaquil, which held members of the rival Los Lobos group, and killed 17 inmates with firearms and knives over several hours. Police and military units entered the prison the following morning. The National Service for Comprehensive Attention to Persons Deprived of Liberty (SNAI) confirmed 17 deaths and said that the attack was linked to a dispute over control of the prison's internal economy.
On 21 October, two inmates were found hanged in a cell of the Turi Regional Prison in Cuenca, Azuay province. Relatives told the Observatory that the men had received threats from a gang that controls the wing and had asked to be transferred. The SNAI has opened an investigation and has not ruled out homicide.
On 27 October, an inmate of the Machala Rehabilitation Centre was stabbed to death during a fight in the dining hall.
4. Deaths from illness
The 25 deaths from illness took place mainly in the Litoral Penitentiary (14) and the Guayaquil Regional Prison (6). The Observatory has recorded 41 cases of active tuberculosis in the Litoral Penitentiary alone and warns that food rations have been reduced since the military took over the management of prisons. Prisoners' families report that they are again paying for food and medicines.
5. Other events
On 15 October, about 300 relatives of prisoners held a protest outside the SNAI offices in Guayaquil to demand information about their relatives after visits were suspended. The protest was peaceful.
6. Recommendations
The Observatory calls on the State to:
- guarantee the life and physical integrity of persons deprived of liberty, who are under its custody;
- restore adequate food and health care in all prisons, with independent monitoring;
- publish complete and disaggregated data on deaths in custody;
- ensure prompt and independent investigations of every violent death, including those initially recorded as suicides.
Note on method: the Observatory cross-checks information from the SNAI, the Ombudsman's Office, forensic services and relatives. The figures are a minimum.
""", [
    ev("ecuador-prisons-october-violent-deaths", True, "aggregate", "*", ("2026-10-01", "2026-10-31"), ["Ecuador"],
       "Ecuador", 21, None, ["Prison Rights Observatory", "Observatory"],
       "Of these, 21 were violent deaths and 25 were deaths from illness"),
    ev("ecuador-prisons-ytd", False, "aggregate", "*", ("2026-01-01", "2026-11-04"), ["Ecuador"], "Ecuador", 112, None,
       ["Observatory"], "Since 1 January 2026, 112 people have died violently in the country's prisons"),
    ev("litoral-pavilion-5-massacre", True, "incident", "B:Armed clash|VAC:Attack|R:Mob violence", ("2026-10-09", "2026-10-10"),
       ["Guayaquil", "Litoral Penitentiary", "Guayas"], "Ecuador", 17, ["Los Choneros", "inmates"],
       ["SNAI", "Observatory"], "armed inmates belonging to a faction of Los Choneros entered pavilion 5 of the Litoral Penitentiary"),
    ev("turi-hangings", False, "incident", "VAC:Attack", ("2026-10-21", "2026-10-21"), ["Cuenca", "Turi", "Azuay"], "Ecuador",
       2, ["gang", "Unidentified Armed Group", "inmates"], ["relatives", "Observatory"],
       "two inmates were found hanged in a cell of the Turi Regional Prison in Cuenca"),
    ev("machala-dining-hall-stabbing", False, "incident", "VAC:Attack|R:Mob violence", ("2026-10-27", "2026-10-27"),
       ["Machala", "El Oro"], "Ecuador", 1, None, ["Observatory"],
       "an inmate of the Machala Rehabilitation Centre was stabbed to death"),
    ev("snai-relatives-protest", True, "incident", "P:Peaceful protest", ("2026-10-15", "2026-10-15"), ["Guayaquil", "Guayas"],
       "Ecuador", 0, ["Protesters (Ecuador)", "Protesters", "relatives"], ["Observatory"],
       "about 300 relatives of prisoners held a protest outside the SNAI offices in Guayaquil"),
]))

D.append(doc("h3-wire-kosovo-zvecan-grenade", "2026-03-19", "wire", """
Grenade thrown at police station in north Kosovo; three Serbs arrested
PRISTINA, Kosovo (AP) - An unknown attacker threw a hand grenade at a police station in the Serb-majority town of Zvecan in northern Kosovo late on Wednesday, damaging the building and two police vehicles but causing no injuries, police said.
The grenade exploded in the car park of the station shortly before midnight, police spokesman Veton Elshani said on Thursday. Officers on duty were inside the building and were not hurt. Police found a second, unexploded grenade near the fence, and the area was sealed off until bomb disposal experts from NATO's peacekeeping mission, KFOR, removed it.
On Thursday morning, Kosovo police arrested three ethnic Serb men in the neighbouring municipality of Leposavic in connection with the attack, Elshani said. Weapons and ammunition were found in one of the houses, he said. A court in Mitrovica ordered them held for 48 hours.
Kosovo's Interior Minister called the attack "a terrorist act aimed at destabilising the north" and blamed "criminal groups directed from Belgrade". Serbia's Office for Kosovo denied any involvement and accused Pristina of using the incident as a pretext to "terrorise" Serbs with arrests.
The attack came a day after several hundred Serbs protested peacefully in North Mitrovica against the closure of Serbian-run post offices and a branch of a Serbian bank by Kosovo authorities. The protesters, who gathered in front of the municipal building, carried Serbian flags and banners reading "We will not leave". The protest ended without incident after about two hours.
Tensions in the north, where most of Kosovo's roughly 50,000 Serbs live, have been high since Pristina began dismantling institutions financed by Belgrade in 2024. In September 2023, about 30 armed Serbs attacked Kosovo police near the village of Banjska, killing one police officer; three of the gunmen were killed in the ensuing battle.
KFOR said in a statement that it had increased patrols in the north and called on all sides to avoid "any action that could escalate tensions".
The European Union, which mediates talks between Kosovo and Serbia on normalising relations, condemned the attack and urged both governments to return to the dialogue, which has been stalled for more than a year. Serbia does not recognise Kosovo's 2008 declaration of independence.
"People are afraid to go out in the evening," said a shop owner in Zvecan who asked not to be named. "Every few months something happens, and then there are arrests, and then it starts again."
Kosovo's new government, formed in February after months of deadlock following last year's parliamentary election, has promised to continue extending state authority to the north while guaranteeing the rights of the Serb minority.
The United States and several EU countries have criticised Pristina in the past for acting unilaterally in the north without coordinating with its allies.
""", [
    ev("zvecan-police-grenade", True, "incident", "ERV:Grenade", ("2026-03-18", "2026-03-18"),
       ["Zvecan", "Zvečan", "Mitrovica"], "Kosovo", 0, ["Unidentified Armed Group", "unknown attacker"],
       ["police", "Veton Elshani", "AP"], "An unknown attacker threw a hand grenade at a police station in the Serb-majority town of Zvecan"),
    ev("leposavic-arrests", True, "incident", "SD:Arrests", ("2026-03-19", "2026-03-19"),
       ["Leposavic", "Leposavić", "Mitrovica"], "Kosovo", 0, ["Police Forces of Kosovo", "Kosovo police"], ["Elshani", "police"],
       "Kosovo police arrested three ethnic Serb men in the neighbouring municipality of Leposavic"),
    ev("north-mitrovica-serb-protest", True, "incident", "P:Peaceful protest", ("2026-03-17", "2026-03-17"),
       ["North Mitrovica", "Mitrovica"], "Kosovo", 0, ["Protesters (Kosovo)", "Protesters", "Serbs"], None,
       "several hundred Serbs protested peacefully in North Mitrovica"),
    ev("banjska-2023-attack", False, "incident", "B:Armed clash", ("2023-09-01", "2023-09-30"),
       ["Banjska", "Zvecan", "Mitrovica"], "Kosovo", 4, None, None,
       "about 30 armed Serbs attacked Kosovo police near the village of Banjska"),
]))

D.append(doc("h3-live-serbia-novi-sad-anniversary", "2026-11-01", "liveblog", """
Serbia: Novi Sad anniversary march and clashes in Belgrade - live
Key events
- Tens of thousands of people marched in Novi Sad to mark two years since the railway station canopy collapse that killed 16 people.
- In Belgrade, protesters clashed with government supporters and police near the Pionirski Park camp.
- In Nis, protesters broke windows of the ruling SNS party's office.
- Police say 31 people were detained in Belgrade overnight.
2 November 2026
01:20 CET
Serbia's interior ministry says 31 people were detained in Belgrade during the evening and night, and that 14 police officers were injured. Opposition lawyers say some of those detained were beaten in custody, which the ministry denies.
00:05 CET
It is just after midnight and the centre of Belgrade is quiet, with riot police still blocking the streets around the National Assembly.
1 November 2026
22:40 CET
From Nis, in southern Serbia: local media report that a group of protesters threw stones at the office of the ruling Serbian Progressive Party (SNS) in the city centre, breaking several windows, after a commemorative walk. Police arrived and the group dispersed.
21:15 CET
Tensions in Belgrade: protesters returning from Novi Sad gathered near Pionirski Park, where government supporters have kept a camp for more than a year. Protesters and men from the camp threw bottles, flares and chairs at each other. Riot police intervened with pepper spray and batons to separate the two groups. Our reporter saw at least three people with head injuries.
19:30 CET
The march in Novi Sad has ended peacefully. The crowd observed 16 minutes of silence, one for each victim, outside the railway station at 11:52, the time of the collapse, before walking to the Liberty Bridge.
16:00 CET
The Serbian government has declared the day a day of mourning. President Aleksandar Vucic laid a wreath in Belgrade and said "those responsible will answer before the courts". The trial of 13 people charged over the collapse has been repeatedly postponed.
12:10 CET
Organisers estimate that more than 100,000 people are in Novi Sad. The independent Archive of Public Gatherings puts the figure at about 70,000. Students walked from Belgrade, Nis and Kragujevac over several days to join the march.
10:30 CET
Welcome to our live coverage. Two years ago today, the concrete canopy of the newly renovated railway station in Novi Sad collapsed, killing 16 people. The disaster triggered a student-led protest movement against corruption that has become the biggest challenge to President Vucic's rule in more than a decade.
""", [
    ev("novi-sad-commemoration-march", True, "incident", "P:Peaceful protest", ("2026-11-01", "2026-11-01"),
       ["Novi Sad", "South Backa", "Vojvodina"], "Serbia", 0, ["Protesters (Serbia)", "Protesters", "students"],
       ["Archive of Public Gatherings", "organisers"], "The march in Novi Sad has ended peacefully"),
    ev("pionirski-park-clash", True, "incident", "R:Violent demonstration|R:Mob violence|P:Protest with intervention",
       ("2026-11-01", "2026-11-01"), ["Belgrade", "Pionirski Park", "Beograd"], "Serbia", 0,
       ["Rioters (Serbia)", "Rioters", "Protesters (Serbia)", "SNS"], ["reporter", "interior ministry"],
       "Protesters and men from the camp threw bottles, flares and chairs at each other"),
    ev("nis-sns-office-windows", True, "incident", "R:Violent demonstration", ("2026-11-01", "2026-11-01"),
       ["Nis", "Niš", "Nisava"], "Serbia", 0, ["Rioters (Serbia)", "Rioters", "Protesters"], ["local media"],
       "a group of protesters threw stones at the office of the ruling Serbian Progressive Party (SNS)"),
    ev("belgrade-detentions", True, "incident", "SD:Arrests", ("2026-11-01", "2026-11-02"), ["Belgrade", "Beograd"], "Serbia", 0,
       ["Police Forces of Serbia", "police", "interior ministry"], ["interior ministry"],
       "31 people were detained in Belgrade during the evening and night"),
]))

D.append(doc("h3-wire-peru-vraem-pataz", "2026-07-23", "wire", """
Two Peruvian soldiers killed in Shining Path ambush; seven miners found dead in Pataz
LIMA, July 23 (Reuters) - Remnants of the Shining Path guerrilla group killed two Peruvian soldiers in an ambush in the coca-growing VRAEM valley on Tuesday, the armed forces joint command said, while police in the northern gold-mining province of Pataz said seven mine workers had been found dead in a tunnel.
An army patrol came under fire from a group of about 15 gunmen near the town of Vizcatan del Ene, in the Satipo province of the Junin region, the joint command said in a statement. Two soldiers were killed and three wounded, it said, and the patrol repelled the attackers, who fled into the jungle. The command blamed the Militarized Communist Party of Peru, the main faction of the Shining Path still active, which it says protects drug traffickers in the valley.
The VRAEM, the valley of the Apurimac, Ene and Mantaro rivers, is the world's largest source of coca leaf, the raw material for cocaine, according to the United Nations. The armed forces have fought a small group of guerrillas there for years, long after the Shining Path was defeated in the rest of the country in the 1990s.
In Pataz, in the La Libertad region, the bodies of seven workers of a small mining company were found on Wednesday in a tunnel near the village of Vijus, police said. The men, who had been missing since the weekend, had been tied up and shot. Police said they suspected a criminal gang that extorts informal miners and fights rival groups for control of gold-bearing tunnels.
In May 2025, 13 mine workers were kidnapped and killed in Pataz, prompting the government to suspend mining in the province and send in the military. Relatives of the workers found on Wednesday said the state of emergency had done little to stop the killings.
"They were working to feed their families, and they killed them like animals," the sister of one of the victims told local television from the town of Tayabamba.
The government extended the state of emergency in Pataz for another 60 days on Thursday. The interior minister said 200 additional police officers would be sent to the province.
Peru has faced a surge in violent crime, including extortion and contract killings, that has triggered mass protests in Lima and other cities. Illegal gold mining has boomed as gold prices have hit record highs, and mining areas such as Pataz have become among the most violent in the country.
The country held presidential elections this year, and the new government takes office on July 28. The president-elect has promised to declare a "war on crime" and to strengthen the armed forces' role in internal security, a proposal criticised by human rights groups.
The Shining Path's insurgency, which began in 1980, and the state's response left about 69,000 people dead, according to a truth commission.
""", [
    ev("vizcatan-del-ene-ambush", True, "incident", "B:Armed clash", ("2026-07-21", "2026-07-21"),
       ["Vizcatan del Ene", "Vizcatán del Ene", "Satipo", "Junin", "Junín"], "Peru", 2,
       ["Militarized Communist Party of Peru", "Shining Path", "Sendero Luminoso", "Military Forces of Peru"],
       ["joint command", "Reuters"],
       "Remnants of the Shining Path guerrilla group killed two Peruvian soldiers in an ambush"),
    ev("vijus-miners-killed", True, "incident", "VAC:Attack", ("2026-07-18", "2026-07-22"),
       ["Vijus", "Pataz", "La Libertad"], "Peru", 7, ["gang", "Unidentified Armed Group", "criminal gang"], ["police"],
       "the bodies of seven workers of a small mining company were found on Wednesday in a tunnel near the village of Vijus"),
    ev("pataz-2025-killings", False, "incident", "VAC:Attack|VAC:Abduction/forced disappearance", ("2025-05-01", "2025-05-31"),
       ["Pataz", "La Libertad"], "Peru", 13, None, None, "13 mine workers were kidnapped and killed in Pataz"),
]))

D.append(doc("h3-ngo-ohchr-togo-protests", "2026-07-03", "ngo", """
Press briefing notes on Togo - Spokesperson for the UN High Commissioner for Human Rights
Geneva, 3 July 2026
We are deeply concerned by the violent crackdown on protests in Togo over the past week, during which at least four people were killed and dozens injured, and by reports of arbitrary arrests and enforced disappearances of activists.
On 26 June, security forces fired tear gas and live ammunition to disperse protesters in the Be neighbourhood of the capital, Lome, who had gathered to demand the release of a popular musician arrested for songs critical of the government. According to information we have received from several credible sources, two protesters, one of them aged 17, were shot dead and at least 15 others were injured. We have also received credible reports that men in civilian clothes, armed with sticks and whips, accompanied security forces and beat protesters and passers-by.
On 27 June, in the central town of Sokode, protesters set up barricades of burning tyres, threw stones at a gendarmerie post and set fire to it. Gendarmes fired live rounds, and one protester died of his wounds the following day. A gendarme was seriously injured.
On 28 June, the bodies of two young men who had been seen being taken away by security forces during the protests in Lome were found in the Be lagoon. The authorities said they had drowned while fleeing, but their families dispute this account.
According to civil society organisations, at least 63 people were arrested between 26 and 29 June in Lome, Sokode and Kara, including several minors. Some have been released, but at least 22 remain in detention, and the whereabouts of three activists of a youth movement, who were taken from their homes in Lome on the night of 29 June by men who identified themselves as police, remain unknown.
We call on the Togolese authorities to ensure that security forces comply with international standards on the use of force, including the principle that lethal force may only be used when strictly unavoidable to protect life. There must be prompt, thorough, independent and impartial investigations into all deaths and injuries, and those responsible must be held to account.
We also urge the authorities to immediately release all those detained for peacefully exercising their rights to freedom of expression and peaceful assembly, to disclose the fate and whereabouts of the three missing activists, and to refrain from restricting access to the internet and social media, which was disrupted for three days last week.
We recall that the rights to freedom of peaceful assembly and of expression are guaranteed by the International Covenant on Civil and Political Rights, to which Togo is a party, and we encourage the government to engage in genuine dialogue with civil society and the political opposition.
The UN Human Rights Office stands ready to support the authorities in these efforts.
""", [
    ev("lome-be-protest-shooting", True, "incident", "P:Excessive force against protesters", ("2026-06-26", "2026-06-26"),
       ["Lome", "Lomé", "Be", "Bè", "Maritime"], "Togo", 2, ["Police Forces of Togo", "security forces", "Military Forces of Togo"],
       ["UN High Commissioner for Human Rights", "OHCHR", "UN Human Rights Office"],
       "security forces fired tear gas and live ammunition to disperse protesters in the Be neighbourhood"),
    ev("sokode-gendarmerie-riot", True, "incident", "R:Violent demonstration", ("2026-06-27", "2026-06-28"),
       ["Sokode", "Sokodé", "Tchaoudjo", "Centrale"], "Togo", 1, ["Rioters (Togo)", "Rioters", "Protesters"],
       ["OHCHR", "UN High Commissioner for Human Rights"],
       "protesters set up barricades of burning tyres, threw stones at a gendarmerie post and set fire to it"),
    ev("be-lagoon-bodies", False, "incident", "VAC:Attack", ("2026-06-26", "2026-06-28"), ["Lome", "Lomé", "Be"], "Togo", 2,
       ["Police Forces of Togo", "security forces"], ["families", "OHCHR"],
       "the bodies of two young men who had been seen being taken away by security forces"),
    ev("togo-protest-arrests", True, "aggregate", "SD:Arrests|*", ("2026-06-26", "2026-06-29"),
       ["Lome", "Sokode", "Kara", "Togo"], "Togo", 0, ["Police Forces of Togo", "security forces"],
       ["civil society organisations"], "at least 63 people were arrested between 26 and 29 June"),
    ev("lome-activists-disappeared", True, "incident", "VAC:Abduction/forced disappearance|SD:Arrests",
       ("2026-06-29", "2026-06-30"), ["Lome", "Lomé"], "Togo", 0, ["Police Forces of Togo", "men who identified themselves as police"],
       ["UN Human Rights Office", "UN High Commissioner for Human Rights", "OHCHR"], "the whereabouts of three activists of a youth movement"),
    ev("togo-week-toll", False, "aggregate", "*", ("2026-06-26", "2026-07-03"), ["Togo"], "Togo", 4, None, ["UN High Commissioner for Human Rights", "OHCHR"],
       "at least four people were killed and dozens injured"),
]))

D.append(doc("h3-none-sarajevo-prijedor-verdict", "2026-04-24", "none", """
Bosnian court jails former camp guard for 1992 crimes in Prijedor
SARAJEVO (Reuters) - The Court of Bosnia and Herzegovina on Friday sentenced a former guard at a wartime detention camp near the northwestern town of Prijedor to 14 years in prison for crimes against humanity committed against Bosniak and Croat prisoners in 1992.
The court found that the 58-year-old Bosnian Serb, identified only by his initials M.T. under Bosnian court practice, had beaten and tortured detainees at the Keraterm camp between June and August 1992 and had taken part in the killing of at least three prisoners. He was arrested in Germany in 2024 and extradited to Bosnia.
"The accused knowingly took part in a widespread and systematic attack against the non-Serb civilian population of the Prijedor municipality," presiding judge Mirza Jusufovic said as he read the verdict. The defence said it would appeal.
Thousands of Bosniaks and Croats were held in camps in the Prijedor area, including Omarska, Keraterm and Trnopolje, after Bosnian Serb forces took control of the municipality in the spring of 1992. Images of emaciated prisoners at the camps shocked the world when foreign journalists reached them that August. More than 3,000 non-Serb civilians from the municipality were killed or went missing during the 1992-1995 war, according to victims' associations.
Survivors and relatives of the victims who attended the hearing in Sarajevo welcomed the verdict but said it had come too late. "I waited 34 years to see him in court," said a former Keraterm detainee who travelled from Sweden for the hearing. "Many of my friends who were with me did not live to see this."
The Bosnian war crimes chamber has tried hundreds of cases since it was set up in 2005 with international support, taking over from the UN tribunal for the former Yugoslavia in The Hague, which closed in 2017. Prosecutors say more than 500 cases remain open, many of them against suspects who live in Serbia or Croatia and cannot be extradited.
The verdict comes amid renewed political tensions in Bosnia. Bosnian Serb leaders have repeatedly denied that the crimes in Prijedor and the 1995 Srebrenica massacre amounted to genocide, and the parliament of the Serb-dominated Republika Srpska entity has passed laws challenging the authority of state-level courts.
The international community's High Representative in Bosnia said in a statement that the judgment was "a reminder that there is no statute of limitations for crimes against humanity".
Exhumations continue in the region. In March, forensic experts recovered the remains of 11 people from a mass grave near the village of Kozarac, east of Prijedor, which investigators believe contains victims killed in the summer of 1992. DNA identification is under way.
Victims' associations plan to hold their annual commemoration at the site of the former Omarska camp, now owned by a steel company, in August.
""", []))

D.append(doc("h3-none-icj-essequibo-hearing", "2026-10-09", "none", """
Guyana, Venezuela face off at World Court over Essequibo region
THE HAGUE (AP) - Guyana urged the International Court of Justice on Friday to confirm that an 1899 arbitral award set its border with Venezuela, as the U.N.'s top court opened a week of hearings on the merits of a decades-old dispute over the oil-rich Essequibo region.
Guyana's lawyers told the 15-judge panel that Venezuela had accepted the border for more than six decades before reviving its claim in 1962, and that the award, handed down by a tribunal in Paris, was "full, perfect and final". Essequibo makes up about two-thirds of Guyana's territory and is home to around 125,000 of its 800,000 people.
Venezuela, which argues that the Paris award was the result of collusion between the British and Russian judges and should be declared null, did not send its delegation to the opening session. Its foreign ministry said in a statement that it did not recognise the court's jurisdiction over the dispute and that it would present its position "in the appropriate forum". The court ruled in 2020 and 2023 that it has jurisdiction to hear the case.
The dispute intensified after ExxonMobil discovered major offshore oil deposits in waters off Essequibo in 2015. Guyana has since become one of the world's fastest-growing economies, pumping more than 900,000 barrels of oil a day.
In December 2023, Venezuela held a referendum in which voters backed the creation of a Venezuelan state in the region, and it later passed a law to that effect and held elections for a governor of the territory in 2025. The ICJ had ordered Venezuela to refrain from any action that would alter the situation on the ground. Guyana described the vote as a step toward annexation.
Guyana's foreign minister told reporters outside the court that his country "seeks peace and the rule of law, not confrontation". He said Guyana would respect any ruling and urged Venezuela to do the same.
Brazil, which borders both countries, has reinforced its military presence in its northern state of Roraima since 2023, and the United States has carried out joint exercises with Guyana's defence force.
Venezuela's ambassador to the Netherlands said the hearings were "a legal farce organised by an oil company". He said Venezuela remained open to direct negotiations with Guyana under a 1966 agreement signed in Geneva shortly before Guyana's independence from Britain.
The hearings are scheduled to end next Friday. A judgment is expected next year, although the court has no means of enforcing its rulings.
The two countries' leaders met in St. Vincent and the Grenadines in December 2023 and agreed not to use force against each other, a pledge they reaffirmed at a regional summit earlier this year.
""", []))

write("heldout3_d.json", D)
