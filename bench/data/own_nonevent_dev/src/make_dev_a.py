"""own_nonevent_dev_a.json: 40 texts that report no conflict event (the development batch for the
non-event gates). Disasters, accidents, epidemics, crime, courts, commemorations, elections,
diplomacy, sports, analysis; wire, NGO and live-blog styles; every region."""
from common import doc, write

D = []


def none(id: str, date: str, genre: str, text: str) -> None:
    D.append(doc(id, date, genre, text, []))


none("nd-wire-bangladesh-floods", "2026-07-09", "wire", """
Floods destroy 300 homes in northeast Bangladesh, thousands stranded
SYLHET, Bangladesh (Reuters) - Flash floods after days of monsoon rains destroyed about 300 homes and damaged thousands more in Bangladesh's Sylhet and Sunamganj districts, officials said on Thursday, leaving tens of thousands of people stranded on rooftops and embankments.
At least six people drowned, including two children, the district administration said. The army deployed boats to carry food and drinking water to cut-off villages.
"The river rose two metres in one night. We lost our house and our rice," a farmer in Sunamganj said by phone.
The Flood Forecasting and Warning Centre said rivers would keep rising for another two days as water pours in from India's Meghalaya state.
""")

none("nd-wire-tanzania-bridge", "2026-04-22", "wire", """
Bridge collapses under bus in Tanzania, 13 dead
DAR ES SALAAM (AFP) - A bridge on the road between Morogoro and Dodoma collapsed on Tuesday as a passenger bus crossed it, sending the vehicle into a swollen river and killing at least 13 people, police said.
Rescuers pulled 22 survivors from the water. The regional police commander said the bridge had been weakened by weeks of heavy rain and the authorities had warned drivers to slow down.
The works ministry said engineers would inspect all bridges on the route and a temporary crossing would be built within a week.
""")

none("nd-wire-guatemala-verdict", "2026-03-12", "wire", """
Guatemalan ex-general convicted over 1982 massacre of 200 villagers
GUATEMALA CITY (Reuters) - A Guatemalan court on Wednesday convicted a retired army general of genocide and crimes against humanity over the 1982 massacre of some 200 Maya Ixil villagers and sentenced him to 80 years in prison.
Prosecutors said soldiers under his command killed men, women and children in the village of Dos Erres and other settlements during a counter-insurgency campaign at the height of the civil war. Survivors described in court how troops burned houses and threw bodies into a well.
"After 44 years, justice has come," said a woman whose parents were killed.
The defence said it would appeal. About 200,000 people were killed in Guatemala's 36-year civil war, which ended in 1996.
""")

none("nd-wire-icc-trial", "2026-09-15", "wire", """
ICC opens trial of Congolese militia chief accused of killing hundreds
THE HAGUE (AFP) - The International Criminal Court on Monday opened the trial of a former Congolese militia leader accused of ordering attacks that killed more than 300 civilians in Ituri province between 2002 and 2003.
Prosecutors told the judges that fighters under his command attacked the town of Bunia and surrounding villages, killing residents with machetes and guns, raping women and recruiting children as soldiers.
The accused, who was arrested in 2024 and handed over to the court, pleaded not guilty to 18 counts of war crimes and crimes against humanity. His lawyers say he did not control the fighters.
The trial is expected to last two years, with more than 80 witnesses to be heard.
""")

none("nd-wire-rwanda-kwibuka", "2026-04-07", "wire", """
Rwanda begins week of mourning on genocide anniversary
KIGALI (Reuters) - Rwanda's president lit a flame of remembrance at the Kigali Genocide Memorial on Tuesday, opening a week of national mourning to mark 32 years since the start of the 1994 genocide in which some 800,000 people were killed.
Thousands of people later walked through the capital in a candlelit walk to remember, and families laid wreaths on mass graves where more than 250,000 victims are buried.
"We remember so that it never happens again," the president said in a speech at the national stadium. Diplomats and survivors' groups attended.
""")

none("nd-wire-srebrenica", "2026-07-11", "wire", """
Thousands gather at Srebrenica to bury newly identified victims
POTOCARI, Bosnia (AP) - Tens of thousands of people gathered at the memorial centre in Potocari on Saturday to mark the 31st anniversary of the Srebrenica massacre and to bury the remains of seven newly identified victims.
Bosnian Serb forces killed about 8,000 Muslim men and boys after they overran the town in July 1995, in the only episode of Europe's post-war history ruled a genocide by international courts.
The remains were found in mass graves and identified through DNA analysis. Mothers who lost their sons sat among the green-covered coffins as imams led prayers.
""")

none("nd-wire-johannesburg-robbery", "2026-05-18", "wire", """
Shopkeeper shot dead in Johannesburg robbery, two suspects held
JOHANNESBURG (Reuters) - A shopkeeper was shot dead and a customer wounded when armed robbers stormed a grocery store in Soweto on Sunday evening, South African police said.
Three men with pistols demanded cash and mobile phones and opened fire when the owner refused to open the safe, a police spokeswoman said. Two suspects were arrested hours later in a car found with the stolen phones.
South Africa records about 75 murders a day, according to police figures, many of them during robberies.
""")

none("nd-wire-lagos-bank-robbery", "2026-02-03", "wire", """
Robbers kill guard, escape with cash in Lagos bank raid
LAGOS (AFP) - Armed robbers killed a security guard and a bank customer during a robbery at a commercial bank in the Ikorodu area of Lagos on Monday, police said.
The gang of about eight men arrived in two cars, shot at the building's doors and forced staff to open the vault before fleeing with sacks of cash. Police said officers chased the robbers and recovered one of the cars abandoned on the Lagos-Ibadan expressway.
Lagos State police commissioner said a manhunt was under way and urged residents with information to come forward.
""")

none("nd-analysis-burkina-since", "2026-01-28", "analysis", """
Analysis: Ten years of jihadist violence in Burkina Faso
The first major jihadist attack on Burkina Faso's capital came in January 2016, when gunmen stormed a hotel and cafe in Ouagadougou and killed 30 people. Since then, violence linked to al-Qaeda and Islamic State affiliates has killed more than 20,000 people and driven some two million from their homes, according to monitoring groups.
Two military coups in 2022 brought officers to power who promised to restore security. They expelled French troops and armed tens of thousands of civilian volunteers.
Analysts say the militants now operate across most of the country's rural north and east, and the army's counter-offensives have failed to reverse their gains. Rights groups accuse both sides of abuses against civilians.
""")

none("nd-wire-kenya-bus-crash", "2026-08-03", "wire", """
Bus crash on Kenya highway kills 24
NAIROBI (Reuters) - A bus carrying wedding guests collided with a lorry on the Nakuru-Eldoret highway on Sunday, killing 24 people and injuring more than 30, Kenyan police said.
The bus driver tried to overtake on a bend and hit the oncoming lorry head-on, a police commander in Nakuru county said. The injured were taken to hospitals in Nakuru and Eldoret.
Kenya's National Transport and Safety Authority says more than 4,000 people die on the country's roads every year.
""")

none("nd-wire-onitsha-market-fire", "2026-12-01", "wire", """
Fire guts 200 shops in Onitsha market
ONITSHA, Nigeria (Reuters) - A fire destroyed more than 200 shops at the main market in Onitsha in Nigeria's Anambra state on Monday night, traders said, causing losses they put at billions of naira.
The fire broke out in a section where fuel and generators are sold and spread quickly to shops selling clothes and electronics. Firefighters battled the blaze for six hours. No deaths were reported.
The state governor visited the market on Tuesday and promised help to the traders. The cause of the fire is being investigated.
""")

none("nd-wire-india-stampede", "2026-02-15", "wire", """
Stampede at Hindu festival in India kills 18
LUCKNOW, India (Reuters) - At least 18 people were killed and dozens injured in a stampede at a Hindu religious festival in the northern Indian state of Uttar Pradesh on Saturday, officials said.
The crush happened when a huge crowd surged towards a river bank for a ritual dip near the town of Mathura and a barrier gave way, a district official said. Most of the dead were women and elderly pilgrims.
The chief minister ordered an inquiry and announced compensation of 500,000 rupees for each victim's family.
""")

none("nd-wire-drc-mine-collapse", "2026-10-06", "wire", """
Dozens of miners killed in gold mine collapse in eastern Congo
BUKAVU, Democratic Republic of Congo (Reuters) - At least 40 artisanal miners were killed when an unlicensed gold mine collapsed after heavy rain in South Kivu province on Sunday, local officials said.
The miners were working in shafts dug into a hillside near the town of Kamituga when a landslide buried the site, a civil society leader said. Rescuers using shovels and bare hands recovered 28 bodies by Monday evening.
Mine collapses are frequent in eastern Congo, where hundreds of thousands of people dig for gold, tin and coltan with little safety equipment.
""")

none("nd-ngo-zambia-cholera", "2026-01-19", "ngo", """
Zambia: Cholera outbreak spreads to 9 provinces - UNICEF statement
LUSAKA, 19 January 2026 - The cholera outbreak that began in Lusaka in October has now spread to nine of Zambia's ten provinces, with more than 11,000 cases and 390 deaths recorded, according to the Ministry of Health.
UNICEF is supporting the government to provide safe water, soap and oral rehydration salts, and has delivered 2 million chlorine tablets to the worst-affected districts. Schools in Lusaka delayed the start of the term by three weeks.
"Children are among the most affected. We must act now to stop the spread," said the UNICEF Representative. UNICEF appeals for US$ 12 million to sustain the response.
""")

none("nd-ngo-drc-mpox", "2026-06-10", "ngo", """
WHO: Mpox cases rise in eastern DRC as vaccination expands
GENEVA, 10 June 2026 - The World Health Organization said on Wednesday that suspected mpox cases in the Democratic Republic of the Congo rose by 20 percent in May, driven by outbreaks in North and South Kivu provinces, where camps for displaced people are crowded.
More than 8,000 suspected cases and 230 deaths have been reported this year. Vaccination has reached 600,000 people in the two provinces, WHO said, but insecurity and funding cuts slow the response.
WHO urged donors to close a funding gap of US$ 45 million.
""")

none("nd-wire-ghana-election", "2026-12-06", "wire", """
Ghana votes peacefully in presidential election
ACCRA (Reuters) - Ghanaians voted in a calm presidential and parliamentary election on Saturday, with long queues at polling stations in Accra, Kumasi and Tamale and no major incidents reported, the electoral commission said.
The two main candidates cast their ballots in their home towns and called on supporters to remain peaceful while results are collated. Provisional results are expected within 72 hours.
Election observers from the Economic Community of West African States said the process had been transparent and well organised.
""")

none("nd-wire-indonesia-count", "2026-02-16", "wire", """
Indonesia counts votes after regional elections
JAKARTA (Reuters) - Indonesia's election commission began counting votes on Monday after regional elections in which more than 150 million people were eligible to choose governors, mayors and district heads.
Quick counts by private pollsters showed the ruling coalition's candidates leading in Jakarta, West Java and East Java. The commission said official results would be announced within two weeks.
Police said the vote had passed off safely across the archipelago.
""")

none("nd-wire-ankara-ministers", "2026-03-25", "wire", """
Foreign ministers meet in Ankara to discuss Syria's reconstruction
ANKARA (Reuters) - Foreign ministers from Turkey, Jordan, Iraq and Lebanon met in Ankara on Tuesday to discuss the return of Syrian refugees and the reconstruction of Syria, Turkey's foreign ministry said.
The ministers agreed to set up a joint working group on border trade and electricity links, and called on donors to support Syria's recovery. Syria's foreign minister joined the meeting by video link.
Turkey hosts about 3 million Syrian refugees, more than any other country.
""")

none("nd-wire-doha-talks", "2026-05-27", "wire", """
Congo and M23 rebels resume talks in Doha
DOHA (Reuters) - Delegations of the Democratic Republic of Congo's government and the M23 rebel group resumed talks in the Qatari capital on Tuesday on a prisoner exchange and the return of state authority to areas the rebels hold, Qatar's foreign ministry said.
The two sides signed a declaration of principles last year but have accused each other of violating a ceasefire. Qatari mediators said they hoped a final agreement could be signed before the end of June.
The conflict in eastern Congo has killed thousands of people and displaced millions since the rebels seized the cities of Goma and Bukavu early last year.
""")

none("nd-wire-ukraine-football", "2026-06-17", "wire", """
Ukraine stun Spain with late winner in Euro qualifier
KYIV (Reuters) - Ukraine's striker fired a stunning winner in the 89th minute to give his side a 2-1 victory over Spain in a European Championship qualifier played in Wroclaw, Poland, on Tuesday.
Spain took the lead when their winger shot low past the goalkeeper after a counter-attack, but Ukraine hit back through a header from a corner. The visitors launched wave after wave of attacks late on but could not break down the Ukrainian defence.
Ukraine play their home matches abroad because of the war. The team's coach dedicated the win to the soldiers at the front.
""")

none("nd-analysis-sahel-trend", "2026-11-11", "analysis", """
Analysis: The Sahel's jihadists push towards the coast
Jihadist violence in the central Sahel has spread steadily south over the past five years, and attacks in the northern regions of Benin and Togo have increased sharply, according to conflict monitors.
Groups linked to al-Qaeda use forests along the borders as rear bases, where they recruit among herders who feel neglected by the state. Security forces in coastal states often respond with mass arrests, which analysts say feed recruitment.
Regional cooperation has weakened since the military governments of Mali, Burkina Faso and Niger left ECOWAS. Without shared intelligence, experts warn, the militants will keep expanding.
""")

none("nd-wire-herat-earthquake", "2026-10-14", "wire", """
Earthquake kills at least 90 in western Afghanistan
HERAT, Afghanistan (Reuters) - A magnitude 6.1 earthquake struck western Afghanistan on Tuesday, killing at least 90 people and destroying hundreds of mud-brick homes in villages around Herat, officials said.
The quake hit shortly after noon at a depth of 10 km, the U.S. Geological Survey said. Strong aftershocks continued through the evening, sending residents of Herat city into the streets.
Aid agencies said tents, blankets and medical supplies were urgently needed as night temperatures fall.
""")

none("nd-wire-png-landslide", "2026-05-30", "wire", """
Landslide buries village in Papua New Guinea's highlands
PORT MORESBY (AP) - A landslide buried part of a village in Papua New Guinea's Enga province early on Friday, and officials fear more than 100 people may have been killed.
The side of a mountain collapsed onto homes while residents were asleep, a provincial official said. Villagers dug through rocks and mud with spades and sticks; six bodies had been recovered by nightfall.
The government said soldiers and engineers were being sent to the area, which can only be reached by a damaged road.
""")

none("nd-ngo-mozambique-cyclone", "2026-03-08", "ngo", """
Cyclone Elena: IFRC launches emergency appeal for Mozambique
GENEVA/MAPUTO, 8 March 2026 - The International Federation of Red Cross and Red Crescent Societies (IFRC) has launched an emergency appeal for 8 million Swiss francs to support 150,000 people affected by Cyclone Elena, which made landfall near Beira on 5 March.
The cyclone destroyed or damaged more than 40,000 houses in Sofala and Zambezia provinces and flooded large areas of farmland. At least 31 people died. Mozambique Red Cross volunteers are distributing shelter kits and helping to prevent cholera in evacuation centres.
""")

none("nd-wire-pakistan-heatwave", "2026-05-25", "wire", """
Heatwave kills dozens in Pakistan's Sindh province
KARACHI (Reuters) - A heatwave with temperatures above 50 degrees Celsius has killed at least 42 people in Pakistan's Sindh province over the past week, health officials said on Monday.
Hospitals in Karachi and Hyderabad set up special wards for heatstroke patients, and power cuts of up to 12 hours a day left many homes without fans. The provincial government closed schools until the end of the month.
""")

none("nd-wire-nepal-plane", "2026-09-03", "wire", """
Plane crashes on take-off in Kathmandu, killing 18
KATHMANDU (Reuters) - A small passenger plane crashed on take-off at Kathmandu airport on Wednesday, killing 18 of the 19 people on board, Nepal's civil aviation authority said. The pilot was pulled from the wreckage alive.
The aircraft veered off the runway and caught fire, witnesses said. The airport was closed for three hours.
Nepal has one of the worst air safety records in the world because of its mountainous terrain and changeable weather.
""")

none("nd-wire-kivu-boat", "2026-11-20", "wire", """
Boat capsizes on Lake Kivu, at least 50 feared dead
GOMA (Reuters) - An overloaded boat capsized on Lake Kivu near the port of Kituku on Thursday, and at least 50 people are feared dead, officials in North Kivu province said.
The boat, carrying about 200 passengers and goods from Minova, sank a few hundred metres from the shore. Divers recovered 23 bodies and 80 people were rescued.
Boat accidents are common on Congo's lakes and rivers, where vessels are often overloaded and passengers rarely wear life jackets.
""")

none("nd-wire-mexico-gas-explosion", "2026-01-08", "wire", """
Gas explosion at Mexico City restaurant injures 15
MEXICO CITY (Reuters) - A gas explosion tore through a restaurant in Mexico City's Coyoacan district on Wednesday, injuring 15 people and damaging nearby buildings, the city's civil protection office said.
The blast, caused by a leak from a gas tank in the kitchen, blew out windows along the street and sent debris into the road. Firefighters evacuated about 200 residents from neighbouring apartment blocks.
""")

none("nd-wire-philippines-fireworks", "2025-12-30", "wire", """
Fireworks warehouse explosion kills 5 in the Philippines
MANILA (AFP) - An explosion at an illegal fireworks warehouse in Bocaue, north of Manila, killed five people and injured 12 on Tuesday, police said, as demand for firecrackers peaks before New Year's Eve.
The blast flattened the warehouse and set fire to three houses. Police said the owner had no permit to store explosives and had been arrested.
Authorities have banned the sale of large firecrackers and urged families to attend community fireworks displays instead.
""")

none("nd-wire-ecuador-cocaine", "2026-07-15", "wire", """
Ecuador seizes 6 tonnes of cocaine at Guayaquil port
QUITO (Reuters) - Ecuadorean police seized six tonnes of cocaine hidden in a container of frozen shrimp bound for Belgium at the port of Guayaquil, the interior minister said on Tuesday.
Four port workers were arrested. Police said the drugs belonged to a trafficking network linked to Mexican cartels.
Ecuador has become a major transit hub for cocaine from neighbouring Colombia and Peru. Police seized more than 200 tonnes of drugs last year.
""")

none("nd-wire-philippines-scam", "2026-04-01", "wire", """
Philippine police raid online scam hub, detain 700
MANILA (Reuters) - Philippine police raided a compound in Pampanga province on Tuesday that housed an online scam operation and detained about 700 workers, most of them foreign nationals, officials said.
The workers posed as investors and romantic partners to cheat victims abroad out of money, police said. Officers seized computers, mobile phones and passports.
The government banned offshore gaming operators last year after a series of scandals involving fraud, human trafficking and money laundering.
""")

none("nd-wire-peru-ex-president", "2026-10-21", "wire", """
Peru's former president sentenced to 15 years for corruption
LIMA (Reuters) - A Peruvian court on Tuesday sentenced former president to 15 years in prison for taking bribes from construction companies in exchange for public contracts while he was a regional governor.
The judge said prosecutors had proved he received more than 2 million soles from firms that built roads and hospitals. The former president, who denied the charges, listened to the verdict by video from prison.
He is the fourth former Peruvian president to be convicted of corruption in the past decade.
""")

none("nd-wire-srilanka-appeal", "2026-04-21", "wire", """
Sri Lanka court upholds sentences over 2019 Easter bombings
COLOMBO (AFP) - Sri Lanka's Court of Appeal on Monday upheld the sentences of 12 men convicted of helping the suicide bombers who attacked churches and hotels on Easter Sunday in 2019, killing 279 people.
The men were sentenced to between 10 and 35 years in prison last year for providing safe houses and explosives. Their lawyers had argued the evidence was obtained under torture.
The verdict came on the seventh anniversary of the bombings, as Catholics attended memorial masses at the three churches that were attacked.
""")

none("nd-wire-beirut-anniversary", "2026-08-04", "wire", """
Lebanon marks six years since Beirut port explosion
BEIRUT (Reuters) - Families of the victims of the 2020 Beirut port explosion gathered near the ruined grain silos on Tuesday to mark six years since the blast, which killed more than 220 people and wounded 6,500.
A minute of silence was observed at 6:07 p.m., the moment the ammonium nitrate stored at the port exploded. Church bells rang and the names of the dead were read out.
The judicial investigation into the explosion resumed this year after being frozen for more than two years.
""")

none("nd-ngo-chad-refugees", "2026-06-20", "ngo", """
UNHCR: Funding shortfall threatens aid to Sudanese refugees in Chad
N'DJAMENA, 20 June 2026 - UNHCR, the UN Refugee Agency, warned on World Refugee Day that it has received only 18 percent of the funds it needs for its operations in eastern Chad, where more than 800,000 Sudanese refugees have arrived since April 2023.
Without new funding, food rations will be cut by half from next month and thousands of refugees will remain in makeshift shelters through the rainy season. Some 1,500 new arrivals are crossing the border each week.
UNHCR calls on donors to help Chad, one of the poorest countries in the world, which has kept its borders open.
""")

none("nd-ngo-haiti-hunger", "2026-09-29", "ngo", """
WFP: Half of Haiti's population faces acute hunger
PORT-AU-PRINCE, 29 September 2026 - Almost 5.7 million people in Haiti, half the population, face acute food insecurity, the World Food Programme said on Tuesday, citing the latest Integrated Food Security Phase Classification analysis.
Gang violence has cut roads between the capital and farming regions, pushing up food prices, while more than a million people have been displaced. WFP provides hot meals to 100,000 schoolchildren and cash to families in displacement sites.
"We need safe access and funding to reach people before the lean season," the WFP country director said.
""")

none("nd-live-mexico-election", "2026-06-07", "live", """
Mexico election results live
21:05 CDT - Polls have closed across most of Mexico. The National Electoral Institute says turnout was about 60 percent.
21:40 CDT - The ruling party's candidate for governor of Jalisco has claimed victory, citing exit polls. His rival has not conceded.
22:15 CDT - The electoral institute's head says voting took place normally at 99 percent of polling stations. A handful were not installed in remote areas.
23:00 CDT - Preliminary count: the ruling coalition leads in six of the nine governors' races.
23:30 CDT - The president congratulated voters in a message on social media for a "civic and peaceful" day.
""")

none("nd-live-philippines-typhoon", "2026-10-22", "live", """
Typhoon Ramon live updates
06:00 PHT - Typhoon Ramon made landfall in Aurora province at 3 a.m. with sustained winds of 185 km/h, the weather bureau PAGASA says. Signal No. 5 is raised over parts of Luzon.
07:30 PHT - The disaster agency says 320,000 people were evacuated before the storm hit. Flights at Manila airport are cancelled.
09:10 PHT - Local officials in Isabela report that a landslide buried four houses. Two people are missing.
11:45 PHT - The president has ordered the navy and air force to send relief goods to isolated towns.
13:20 PHT - Death toll rises to 7, the national disaster council says, mostly from drowning and falling trees.
""")

none("nd-live-nato-summit", "2026-07-08", "live", """
NATO summit live: leaders meet in Ankara
10:00 - NATO leaders are arriving at the summit venue in Ankara. The alliance's secretary general says support for Ukraine and defence spending top the agenda.
11:30 - The Ukrainian president has arrived and met the secretary general. He says Ukraine needs more air defence systems before winter.
13:15 - Leaders have agreed a joint statement that condemns Russia's strikes on Ukrainian cities and pledges new military aid.
15:40 - The U.S. president told reporters the summit had been "a great success" and that allies were finally paying their fair share.
17:00 - The summit has ended. The next one will be held in Tirana.
""")

none("nd-wire-general-obituary", "2026-02-20", "wire", """
Iraqi general who led Mosul offensive dies at 71
BAGHDAD (Reuters) - A retired Iraqi general who commanded the counter-terrorism forces that recaptured Mosul from Islamic State in 2017 has died at 71 after a long illness, the defence ministry said on Thursday.
He led his troops through months of street fighting in the city's eastern districts in which hundreds of soldiers were killed. He later served as an adviser to the prime minister on security.
Thousands of mourners attended his funeral in Baghdad on Friday, and the government declared three days of mourning.
""")

none("nd-ngo-cambodia-demining", "2026-04-04", "ngo", """
Cambodia: 2,000 landmines cleared in Battambang this year - demining agency
PHNOM PENH, 4 April 2026 - On the International Day for Mine Awareness, the Cambodian Mine Action Centre said its teams had cleared more than 2,000 landmines and unexploded bombs from farmland in Battambang province since January.
Landmines laid during decades of war have killed or maimed more than 64,000 Cambodians since 1979. Last year 49 people were killed or injured by mines and unexploded ordnance, most of them farmers.
The centre aims to clear the country of mines by 2030 but says it needs US$ 100 million more to do so.
""")

none("nd-wire-korea-drills", "2026-08-25", "wire", """
South Korea and U.S. begin joint military drills
SEOUL (Reuters) - South Korea and the United States began annual joint military exercises on Monday involving thousands of troops, fighter jets and artillery live-fire drills near the border with North Korea, the South's defence ministry said.
The 11-day exercises will rehearse responses to a North Korean attack, the ministry said. North Korea condemned the drills as preparation for an invasion and warned of countermeasures.
""")

if __name__ == "__main__":
    write("own_nonevent_dev_a.json", D)
