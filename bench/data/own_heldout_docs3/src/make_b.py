"""heldout3_b.json: south Lebanon live (newest first), Tripoli (Libya) live, Marib/Taiz, Yemen monthly monitor,
Kirkuk/Erbil, Sulaymaniyah protests (translated), Tripoli (Lebanon) riot, UNSMIL, Derna anniversary (non-event)."""
from common import doc, ev, write

D = []

D.append(doc("h3-live-lebanon-strikes-dahiyeh", "2026-09-14", "liveblog", """
Israel strikes Beirut's southern suburbs and south Lebanon - as it happened
Key events
- An Israeli strike on a residential building in Haret Hreik, in Beirut's southern suburbs, killed three people and wounded 11, the health ministry says. Israel says it targeted a senior Hezbollah commander.
- Two men were killed in a drone strike on a car in Bint Jbeil earlier on Monday.
- Israeli jets struck hills near Jbaa in the Nabatieh area; the army says it hit Hezbollah weapons depots.
- Prime Minister Nawaf Salam calls the strikes a "flagrant violation" of the November 2024 ceasefire.
15 September 2026
01:10 BST
We are pausing our live coverage here. Thank you for following. A summary of the day's events is at the top of this page.
00:35 BST
Residents of the border village of Kfar Kila told local media they heard a series of large explosions overnight. Lebanon's state news agency NNA says Israeli troops stationed on a hilltop near the village blew up at least four houses on its eastern edge. Israel has kept troops at five positions inside Lebanon since the ceasefire.
14 September 2026
23:20 BST
The health ministry has updated its figures for the strike on Haret Hreik: three dead, among them a woman, and 11 wounded, two of them children. Civil defence teams are still searching the rubble of the fourth and fifth floors.
22:05 BST
The Israeli military has confirmed it carried out the strike in Beirut's southern suburbs, known as Dahiyeh. In a statement, it says it "eliminated" a commander of Hezbollah's Radwan force who it says was rebuilding the group's capabilities in south Lebanon. Hezbollah has not commented.
21:40 BST
A loud explosion has been heard across Beirut. Footage broadcast by Lebanese channels shows smoke rising from an apartment block in the Haret Hreik neighbourhood. It is the first strike on the capital's suburbs in nearly two months.
18:15 BST
The US envoy to Lebanon is due in Beirut on Wednesday for talks with President Joseph Aoun on the disarmament of Hezbollah, the presidency has announced. The cabinet approved a plan last year to bring all weapons under state control by the end of 2025, a deadline that passed without Hezbollah handing over its arsenal north of the Litani river.
16:50 BST
The Lebanese army says it has dismantled a rocket launch pad found in an orchard near Marjayoun and opened an investigation. It is not clear who set it up.
14:30 BST
Israeli warplanes struck hills between Jbaa and Ain Qana in the Iqlim al-Tuffah area of Nabatieh province this afternoon, NNA reports. The Israeli military says it hit weapons depots and a launch site belonging to Hezbollah. There are no reports of casualties.
11:05 BST
Prime Minister Nawaf Salam has condemned the morning's strike as a "flagrant violation" of the ceasefire and called on the United States and France, which chair the mechanism monitoring it, to put pressure on Israel.
09:45 BST
Two men were killed when an Israeli drone struck their car on the main road in Bint Jbeil this morning, the health ministry says. The Israeli military says the men were Hezbollah operatives involved in "terrorist activity".
09:30 BST
Good morning. We are following developments in Lebanon, where the health ministry says more than 330 people have been killed in Israeli strikes since the ceasefire came into force in November 2024.
""", [
    ev("haret-hreik-strike", True, "incident", "ERV:Air/drone strike", ("2026-09-14", "2026-09-14"),
       ["Haret Hreik", "Beirut", "Dahiyeh", "Baabda", "Mount Lebanon"], "Lebanon", 3,
       ["Military Forces of Israel", "Israeli military", "Israel"], ["health ministry", "Israeli military"],
       "An Israeli strike on a residential building in Haret Hreik, in Beirut's southern suburbs, killed three people"),
    ev("bint-jbeil-car-drone", True, "incident", "ERV:Air/drone strike", ("2026-09-14", "2026-09-14"),
       ["Bint Jbeil", "Nabatieh", "Nabatiyeh"], "Lebanon", 2, ["Military Forces of Israel", "Israel"],
       ["health ministry"], "Two men were killed when an Israeli drone struck their car on the main road in Bint Jbeil"),
    ev("jbaa-airstrikes", True, "incident", "ERV:Air/drone strike", ("2026-09-14", "2026-09-14"),
       ["Jbaa", "Ain Qana", "Iqlim al-Tuffah", "Nabatieh", "Nabatiyeh"], "Lebanon", 0,
       ["Military Forces of Israel", "Israel"], ["NNA", "Israeli military"],
       "Israeli warplanes struck hills between Jbaa and Ain Qana"),
    ev("kfar-kila-demolitions", True, "incident", "SD:Looting/property destruction|ERV:Remote explosive/landmine/IED",
       ("2026-09-14", "2026-09-15"), ["Kfar Kila", "Kfarkela", "Marjayoun", "Nabatieh"], "Lebanon", 0,
       ["Military Forces of Israel", "Israeli troops", "Israel"], ["NNA", "residents"],
       "Israeli troops stationed on a hilltop near the village blew up at least four houses"),
    ev("marjayoun-launcher-dismantled", False, "incident", "SD:Disrupted weapons use", ("2026-09-14", "2026-09-14"),
       ["Marjayoun", "Nabatieh"], "Lebanon", 0, ["Military Forces of Lebanon", "Lebanese army"], ["Lebanese army"],
       "it has dismantled a rocket launch pad found in an orchard near Marjayoun"),
    ev("lebanon-post-ceasefire-toll", False, "aggregate", "*", ("2024-11-27", "2026-09-14"), ["Lebanon"], "Lebanon",
       330, None, ["health ministry"],
       "more than 330 people have been killed in Israeli strikes since the ceasefire came into force"),
]))

D.append(doc("h3-live-tripoli-libya-clashes", "2026-07-13", "liveblog", """
Libya: clashes between armed groups in Tripoli - live
13 July 2026
19:25 (Tripoli time)
Residents of Souq al-Juma, in eastern Tripoli, report heavy gunfire and explosions near Mitiga airport. Videos shared on social media show armoured vehicles moving along the coastal road. It is not yet clear who is fighting, but the area is the stronghold of the Radaa Special Deterrence Force.
19:50
Mitiga, the capital's only functioning airport, has suspended all flights and diverted incoming aircraft to Misrata, the civil aviation authority says.
20:40
Local media and two security sources say the fighting pits Radaa against the 444 Combat Brigade, a unit nominally under the Government of National Unity's defence ministry. The clashes started after a Radaa checkpoint detained a 444 officer in the afternoon, one of the sources says.
21:30
The Emergency Medicine Centre says its teams have recovered four bodies in Souq al-Juma and Ain Zara and are treating at least 20 wounded. It is asking residents to stay indoors and away from windows.
22:15
The Government of National Unity says it has formed a committee to "contain the situation" and calls on all parties to cease fire immediately. Prime Minister Abdulhamid Dbeibah has not spoken publicly.
23:45
The fighting appears to have spread to Ain Zara, in the south-east of the city. A resident says shells have fallen on houses near the Ain Zara roundabout.
14 July 2026
00:35
Separately, gunfire is reported in Janzour, west of the capital, where two local brigades have exchanged fire near the Janzour bridge. A hospital source there says one fighter was killed.
01:55
The UN mission in Libya, UNSMIL, says it is "deeply alarmed" by the use of heavy weapons in densely populated neighbourhoods and reminds all parties that attacks on civilians may amount to war crimes.
03:10
The GNU's interior ministry says a truce has been agreed between the two sides after mediation by elders from Souq al-Juma and Misrata. Under the agreement, the detained officer will be handed over to the Attorney General's office and forces will return to their positions.
06:40
The streets are quiet this morning. The Emergency Medicine Centre has raised its toll to nine dead, two of them civilians, and 41 wounded in Souq al-Juma and Ain Zara.
08:20
Mitiga airport has reopened, and the first flight to Istanbul has taken off, the airport says.
09:05
This was the most serious fighting in Tripoli since May 2025, when the killing of the head of a powerful armed group triggered days of clashes. Armed groups that emerged after the 2011 uprising against Muammar Gaddafi control much of the capital and compete for influence over state institutions and revenue.
09:40
We are closing this live page. Thank you for following.
""", [
    ev("souq-al-juma-clashes", True, "incident", "B:Armed clash", ("2026-07-13", "2026-07-14"),
       ["Tripoli", "Souq al-Juma", "Souq al Juma", "Ain Zara", "Mitiga"], "Libya", 9,
       ["Radaa", "Special Deterrence Force", "444 Combat Brigade", "444 Brigade"],
       ["Emergency Medicine Centre", "security sources"],
       "the fighting pits Radaa against the 444 Combat Brigade"),
    ev("janzour-brigades-clash", True, "incident", "B:Armed clash", ("2026-07-14", "2026-07-14"),
       ["Janzour", "Tripoli"], "Libya", 1, ["Militia", "brigades", "Janzour"], ["hospital source"],
       "two local brigades have exchanged fire near the Janzour bridge"),
    ev("tripoli-truce", True, "incident", "SD:Agreement", ("2026-07-14", "2026-07-14"), ["Tripoli"], "Libya", 0,
       ["Radaa", "444 Combat Brigade", "Government of National Unity", "interior ministry"], ["interior ministry"],
       "a truce has been agreed between the two sides after mediation by elders"),
    ev("tripoli-may-2025-clashes", False, "incident", "B:Armed clash", ("2025-05-01", "2025-05-31"), ["Tripoli"],
       "Libya", None, None, None, "the killing of the head of a powerful armed group triggered days of clashes"),
]))

D.append(doc("h3-wire-yemen-marib-taiz", "2026-03-26", "wire", """
Houthi drone kills five soldiers in Yemen's Marib as fighting flares on two fronts
ADEN, Yemen (AP) - A drone launched by Yemen's Houthi rebels struck a government military camp in the central province of Marib on Wednesday, killing five soldiers and wounding eight, military officials said, as fighting intensified on several front lines despite a truce that has largely held for four years.
The drone hit a tent where soldiers were gathering for the iftar meal at sunset in the Sirwah district, west of the provincial capital, two officers said on condition of anonymity because they were not authorised to brief reporters. A statement from the government's military media centre gave the same toll.
The Houthis did not claim the attack. Their military spokesman, Yahya Saree, said in a televised statement that the group's forces had "responded to repeated violations" by government forces on the Marib front.
On Tuesday night, government troops and Houthi fighters clashed for several hours in the desert district of Raghwan, north of Marib city, the officials said. Two soldiers were killed and three Houthi fighters were killed, they said. The rebel-run Saba news agency reported that "mercenaries" had suffered heavy losses but gave no figures.
In the southwestern city of Taiz, a 9-year-old boy was shot dead by a sniper on Tuesday while fetching water in the eastern Al-Rawda neighbourhood, local officials and a medic said. Government officials blamed Houthi snipers positioned on hills overlooking the city, which the rebels have besieged since 2015. The Houthis did not comment.
"He was carrying two jerrycans. The bullet hit him in the head," the boy's uncle told The Associated Press by phone. He said the family had moved to the neighbourhood two years ago after their house on the front line was destroyed.
The fighting comes as the United Nations envoy for Yemen, Hans Grundberg, tries to revive a roadmap to end the war, which has killed more than 150,000 people, including fighters and civilians, and created one of the world's worst humanitarian crises. The roadmap stalled in 2024 after the Houthis began attacking ships in the Red Sea in what they described as solidarity with Palestinians in Gaza.
In Sanaa, the Houthi-controlled capital, thousands of people rallied after Friday prayers last week in support of the group's leader, Abdulmalik al-Houthi, a weekly gathering that has continued for more than two years.
Marib, an oil and gas hub, has been one of the war's most important front lines. A major Houthi offensive on the city in 2021 and 2022 killed thousands of fighters on both sides before the truce.
Government forces are a patchwork of units loyal to the internationally recognised Presidential Leadership Council, which is based in the southern port city of Aden and is supported by Saudi Arabia.
""", [
    ev("sirwah-camp-drone", True, "incident", "ERV:Air/drone strike", ("2026-03-25", "2026-03-25"),
       ["Sirwah", "Marib"], "Yemen", 5, ["Houthi", "Ansar Allah"], ["military officials", "military media centre", "AP"],
       "A drone launched by Yemen's Houthi rebels struck a government military camp in the central province of Marib on Wednesday"),
    ev("raghwan-clash", True, "incident", "B:Armed clash", ("2026-03-24", "2026-03-24"), ["Raghwan", "Marib"],
       "Yemen", 5, ["Military Forces of Yemen", "government troops", "Houthi", "Ansar Allah"], ["officials", "AP"],
       "government troops and Houthi fighters clashed for several hours in the desert district of Raghwan"),
    ev("taiz-sniper-boy", True, "incident", "VAC:Attack", ("2026-03-24", "2026-03-24"),
       ["Taiz", "Al-Rawda", "Al Rawdah"], "Yemen", 1, ["Houthi", "Ansar Allah", "sniper"],
       ["local officials", "medic", "AP"], "a 9-year-old boy was shot dead by a sniper on Tuesday"),
    ev("sanaa-weekly-rally", False, "incident", "P:Peaceful protest", ("2026-03-16", "2026-03-22"), ["Sanaa", "Sana'a"],
       "Yemen", 0, ["Protesters (Yemen)", "Houthi", "Ansar Allah"], None,
       "thousands of people rallied after Friday prayers last week"),
]))

D.append(doc("h3-ngo-yemen-monthly-monitor", "2026-05-07", "ngo", """
Yemen Civilian Casualty Monitor - Monthly Report: April 2026
Summary
In April 2026, the Monitor recorded 47 civilian casualties (15 killed and 32 injured) in 29 incidents of armed violence across Yemen, a 12 per cent increase on March. Children accounted for 19 of the casualties (6 killed and 13 injured), and women for 7 (2 killed and 5 injured).
Taiz governorate recorded the highest number of civilian deaths (6), followed by Al Hudaydah (5) and Sa'dah (4). Shelling was the leading cause of civilian casualties (21), followed by landmines and explosive remnants of war (14) and small arms fire (12).
Notable incidents
- 12 April, Hays district, Al Hudaydah governorate: a landmine exploded under a motorcycle carrying three children on a farm track east of Hays town, killing all three. The area was a front line until 2021 and remains heavily contaminated.
- 19 April, Shada district, Sa'dah governorate: artillery shells fired from across the Saudi border struck a gathering of migrants and local farmers near Al Raqw market, killing two migrants from Ethiopia and injuring six other people. Residents attributed the shelling to Saudi border forces. The Monitor was unable to verify the number of migrants injured.
- 23 April, Al Hudaydah city: two civilians were killed in the Al Hali district when a shell hit a street where men were buying qat. Residents said the shell was fired from positions of the government-affiliated Joint Forces south of the city. The Joint Forces denied firing into the city.
- 27 April, Taiz city: Houthi forces shelled residential buildings in the Al Rawdah neighbourhood in the east of the city, killing two civilians, a woman and her son, and injuring four others.
- 30 April, Al Mukalla, Hadramawt governorate: gunmen on a motorcycle shot dead a local official of the Islah party outside his home. No group claimed responsibility.
Displacement
Fighting on the Al Dhale' and Taiz front lines displaced an estimated 1,260 households in April, most of them within Taiz governorate, according to camp coordination partners.
Trends
Civilian casualties from shelling along the Saudi-Yemeni border have risen for the third consecutive month. Landmines and explosive remnants of war continue to kill and maim civilians, particularly children herding livestock or collecting firewood, in areas where fighting stopped years ago.
Methodology
The Monitor records incidents reported in open sources and through a network of field researchers, and includes only casualties it has cross-checked with at least two sources. Figures are therefore likely to be an undercount. Casualties among fighters are not included.
The Monitor calls on all parties to the conflict to stop the use of explosive weapons in populated areas and to support mine clearance and risk education, particularly in Al Hudaydah and Taiz governorates.
""", [
    ev("yemen-april-toll", True, "aggregate", "*", ("2026-04-01", "2026-04-30"), ["Yemen"], "Yemen", 15, None,
       ["Yemen Civilian Casualty Monitor", "Monitor"],
       "the Monitor recorded 47 civilian casualties (15 killed and 32 injured) in 29 incidents"),
    ev("taiz-april-toll", False, "aggregate", "*", ("2026-04-01", "2026-04-30"), ["Taiz"], "Yemen", 6, None,
       ["Monitor"], "Taiz governorate recorded the highest number of civilian deaths (6)"),
    ev("hays-landmine-children", True, "incident", "ERV:Remote explosive/landmine/IED", ("2026-04-12", "2026-04-12"),
       ["Hays", "Al Hudaydah", "Hodeidah"], "Yemen", 3, None, ["Monitor"],
       "a landmine exploded under a motorcycle carrying three children on a farm track east of Hays town"),
    ev("al-raqw-border-shelling", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-04-19", "2026-04-19"),
       ["Al Raqw", "Shada", "Sa'dah", "Saada"], "Yemen", 2, ["Military Forces of Saudi Arabia", "Saudi border forces"],
       ["residents", "Monitor"], "artillery shells fired from across the Saudi border struck a gathering of migrants"),
    ev("hodeidah-al-hali-shell", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-04-23", "2026-04-23"),
       ["Al Hali", "Al Hudaydah", "Hodeidah"], "Yemen", 2, ["Joint Forces", "Military Forces of Yemen"],
       ["residents", "Monitor"], "two civilians were killed in the Al Hali district when a shell hit a street"),
    ev("taiz-al-rawdah-shelling", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-04-27", "2026-04-27"),
       ["Taiz", "Al Rawdah"], "Yemen", 2, ["Houthi", "Ansar Allah"], ["Monitor"],
       "Houthi forces shelled residential buildings in the Al Rawdah neighbourhood"),
    ev("mukalla-islah-official-killed", True, "incident", "VAC:Attack", ("2026-04-30", "2026-04-30"),
       ["Al Mukalla", "Mukalla", "Hadramawt", "Hadramout"], "Yemen", 1, ["Unidentified Armed Group", "gunmen"],
       ["Monitor"], "gunmen on a motorcycle shot dead a local official of the Islah party outside his home"),
    ev("yemen-april-displacement", False, "aggregate", "*", ("2026-04-01", "2026-04-30"), ["Taiz", "Al Dhale'"],
       "Yemen", None, None, ["camp coordination partners"], "displaced an estimated 1,260 households in April"),
]))

D.append(doc("h3-wire-iraq-kirkuk-sidakan", "2026-06-18", "wire", """
Islamic State attack kills two Iraqi soldiers near Kirkuk; Turkish drone strike hits car in Kurdistan region
BAGHDAD, June 18 (Reuters) - Islamic State militants attacked an army checkpoint south of the northern city of Kirkuk late on Tuesday, killing two soldiers and wounding three, Iraqi security officials said, in one of the deadliest attacks on government forces this year.
The militants opened fire with machine guns and rocket-propelled grenades on the checkpoint in the Wadi al-Shay area of Daquq district at about 11 p.m. and clashed with soldiers for about half an hour before fleeing toward the Hamrin mountains, an army officer said.
Iraq's Joint Operations Command said on Wednesday that Iraqi F-16 jets had carried out air strikes on Islamic State hideouts in the Hamrin mountains, on the boundary between Salahuddin and Diyala provinces, killing four militants. The statement did not say whether they were linked to the checkpoint attack.
Also on Wednesday, a Turkish drone struck a car near the town of Sidakan in the Soran district of Erbil province, killing three people, the mayor of Sidakan told Reuters. He said the dead were civilians from a nearby village returning from a funeral. Turkey's defence ministry said in a statement that its forces had "neutralised" three members of the Kurdistan Workers' Party (PKK) in the area. Sidakan lies close to the Turkish and Iranian borders, in mountains where the PKK has bases.
The PKK announced in 2025 that it was dissolving and ending its armed struggle against Turkey, and some of its fighters burned their weapons at a ceremony near Sulaymaniyah that July. But Turkish strikes on suspected PKK positions in northern Iraq have continued, albeit at a lower rate, and Ankara says the disarmament process is not yet complete.
The Kurdistan Regional Government did not comment on the strike. In the past, it has called on both Turkey and the PKK to keep their conflict away from populated areas.
Security forces also arrested six suspected Islamic State members in raids in Anbar province on Wednesday, the interior ministry said, without giving details.
Islamic State controlled a third of Iraq at its peak in 2014 but was territorially defeated in 2017. Its remaining cells carry out sporadic attacks, mostly in the rugged areas between Kirkuk, Salahuddin and Diyala provinces, where the boundaries between areas controlled by federal forces and Kurdish Peshmerga leave gaps in security.
The U.S.-led coalition ended its mission in federal Iraq last September under an agreement reached with Baghdad in 2024. Its remaining forces are expected to stay in the Kurdistan region until the end of this year.
"The cells are weak, but they exploit every gap," a senior officer in Kirkuk said. "If we relax for one week, they come back."
""", [
    ev("wadi-al-shay-checkpoint", True, "incident", "B:Armed clash", ("2026-06-16", "2026-06-16"),
       ["Wadi al-Shay", "Daquq", "Kirkuk"], "Iraq", 2, ["Islamic State", "IS", "ISIS"],
       ["security officials", "army officer", "Reuters"],
       "Islamic State militants attacked an army checkpoint south of the northern city of Kirkuk late on Tuesday"),
    ev("hamrin-airstrikes", True, "incident", "ERV:Air/drone strike", ("2026-06-17", "2026-06-17"),
       ["Hamrin", "Salahuddin", "Salah al-Din", "Diyala"], "Iraq", 4, ["Military Forces of Iraq", "Iraqi"],
       ["Joint Operations Command"], "Iraqi F-16 jets had carried out air strikes on Islamic State hideouts in the Hamrin mountains"),
    ev("sidakan-car-drone", True, "incident", "ERV:Air/drone strike", ("2026-06-17", "2026-06-17"),
       ["Sidakan", "Soran", "Erbil"], "Iraq", 3, ["Military Forces of Turkey", "Turkish", "Turkey"],
       ["mayor of Sidakan", "defence ministry", "Reuters"],
       "a Turkish drone struck a car near the town of Sidakan in the Soran district of Erbil province"),
    ev("anbar-is-arrests", False, "incident", "SD:Arrests", ("2026-06-17", "2026-06-17"), ["Anbar"], "Iraq", 0,
       ["Police Forces of Iraq", "security forces", "Military Forces of Iraq"], ["interior ministry"],
       "Security forces also arrested six suspected Islamic State members in raids in Anbar province on Wednesday"),
    ev("pkk-weapons-burning-2025", False, "incident", "SD:Disrupted weapons use|SD:Change to group/activity",
       ("2025-07-01", "2025-07-31"), ["Sulaymaniyah"], "Iraq", 0, ["PKK", "Kurdistan Workers"], None,
       "some of its fighters burned their weapons at a ceremony near Sulaymaniyah that July"),
]))

D.append(doc("h3-local-sulaymaniyah-salary-protests", "2026-02-10", "wire", """
Unpaid teachers protest across Sulaymaniyah province; clashes in Ranya, organisers detained in Kalar
[This report was translated from Kurdish (Sorani) by the outlet's English desk.]
SULAYMANIYAH - Thousands of teachers and public employees took to the streets in several cities and towns of Sulaymaniyah province on Monday to protest the delay in paying their salaries, which they say have not been paid for three months.
In the city of Sulaymaniyah, protesters gathered in front of the Directorate of Education and then marched to Saray Square, chanting slogans against the Kurdistan Regional Government and the federal government in Baghdad, which each blame the other for the crisis. The protest, the largest in the city since last spring, ended peacefully in the afternoon. Security forces watched from a distance and did not intervene.
"We are teaching the children of this nation and we cannot buy bread for our own children," said Hawre Aziz, a secondary school teacher who has worked for 17 years. "Erbil and Baghdad are playing politics with our salaries."
The situation was different in Ranya, north of Sulaymaniyah. There, a group of young protesters threw stones at the building of the district administration and set fire to the car park of a party office, according to eyewitnesses. Security forces fired tear gas and shot into the air to disperse the crowd. The director of Ranya hospital told our channel that nine people had been treated for injuries, including two members of the security forces, and that all were in stable condition.
In Halabja, several hundred teachers held a sit-in in front of the governorate building. In Chamchamal, shops closed in solidarity with the protesters.
Late on Monday evening, the security forces (Asayish) in Kalar detained six teachers who had called for the protests on social media, their relatives said. The families said the men were taken from their homes without a warrant. The Kalar Asayish did not respond to our questions. A lawyer from the teachers' union said on Tuesday that two of them had been released.
The Kurdistan Region's Ministry of Finance said on Tuesday that it had received part of the January funds from Baghdad and would begin paying salaries next week, starting with the education sector. The statement did not mention the October and November salaries.
The salary crisis has lasted, with interruptions, for more than a decade, since disputes over oil exports and the federal budget first led Baghdad to suspend transfers to the region in 2014. Teachers in Sulaymaniyah organised strikes and boycotted the school year in 2023 and 2025.
The organisers of Monday's protests said they would continue the demonstrations on Thursday if the salaries were not paid and called on protesters to remain peaceful. "We condemn the violence in Ranya. Our movement is civil," one of them said in a video message.
The governor of Sulaymaniyah called on the security forces to protect protesters and promised that anyone who attacked public property would be held accountable.
""", [
    ev("sulaymaniyah-teachers-march", True, "incident", "P:Peaceful protest", ("2026-02-09", "2026-02-09"),
       ["Sulaymaniyah", "Sulaimani", "As Sulaymaniyah"], "Iraq", 0, ["Protesters (Iraq)", "Protesters", "teachers"],
       None, "protesters gathered in front of the Directorate of Education and then marched to Saray Square"),
    ev("ranya-violent-protest", True, "incident", "R:Violent demonstration", ("2026-02-09", "2026-02-09"),
       ["Ranya", "Raniyah", "Sulaymaniyah"], "Iraq", 0, ["Rioters (Iraq)", "Rioters", "Protesters"],
       ["eyewitnesses", "director of Ranya hospital"],
       "a group of young protesters threw stones at the building of the district administration"),
    ev("halabja-sit-in", True, "incident", "P:Peaceful protest", ("2026-02-09", "2026-02-09"), ["Halabja"], "Iraq", 0,
       ["Protesters (Iraq)", "Protesters", "teachers"], None,
       "several hundred teachers held a sit-in in front of the governorate building"),
    ev("kalar-organisers-detained", True, "incident", "SD:Arrests", ("2026-02-09", "2026-02-09"),
       ["Kalar", "Garmiyan", "Sulaymaniyah"], "Iraq", 0, ["Asayish", "security forces", "Police Forces of Iraq"],
       ["relatives"], "the security forces (Asayish) in Kalar detained six teachers"),
    ev("chamchamal-shop-strike", False, "incident", "P:Peaceful protest", ("2026-02-09", "2026-02-09"),
       ["Chamchamal", "Sulaymaniyah"], "Iraq", 0, ["Protesters (Iraq)"], None,
       "In Chamchamal, shops closed in solidarity with the protesters"),
]))

D.append(doc("h3-wire-lebanon-tripoli-bread-riot", "2026-01-28", "wire", """
Protester dies after night of rioting in Lebanon's Tripoli over bread prices
TRIPOLI, Lebanon (AFP) - A young man died on Wednesday of gunshot wounds sustained during a night of rioting in the northern Lebanese city of Tripoli, where protesters angered by a jump in the price of bread torched part of a government building, a security source and his family said.
Hundreds of protesters gathered in Al-Nour Square on Tuesday evening after the economy ministry raised the official price of a bundle of bread by nearly a third. Some of them then marched on the Serail, the seat of the north Lebanon governorate, threw stones and firecrackers at soldiers guarding it and set fire to the entrance hall and two vehicles, an AFP correspondent saw.
Soldiers fired tear gas and rubber bullets and, according to witnesses, live rounds into the air. The Lebanese Red Cross said it had taken 34 people to hospital, among them 11 soldiers. The army said in a statement that "rioters" had attacked its troops with petrol bombs and that it had arrested 9 people.
Omar, 22, was among those wounded by gunfire and died in hospital on Wednesday morning, his uncle told AFP. The army said it would investigate the circumstances of his death.
In Beirut, several dozen people protested peacefully outside the central bank in the Hamra district on Tuesday, holding banners denouncing the "theft of deposits". Protesters also blocked the coastal highway at Halba, in the Akkar region north of Tripoli, with burning tyres for several hours, the state news agency NNA reported.
Tripoli, Lebanon's second largest city, is also its poorest, and it has repeatedly been the scene of riots since the country's economy collapsed in 2019. In January 2021, protesters set fire to the municipal building during protests against a coronavirus lockdown, and one protester was killed.
The price increase follows the end of a World Bank-funded wheat subsidy scheme in December. The economy ministry said bakeries could no longer sell at the old price without going bankrupt and promised targeted aid for the poorest families.
Lebanon's government, which took office last year, has made economic reforms a priority and is negotiating a programme with the International Monetary Fund. But many Lebanese say they have seen little improvement in their daily lives. The Lebanese pound lost more than 95 percent of its value after 2019 and most savers remain unable to withdraw their deposits in full.
"I have three children and I earn 20 dollars a day. How do I buy bread now?" said a taxi driver in Al-Nour Square on Wednesday morning, where burnt tyres still littered the road.
Shops in the centre of Tripoli remained closed on Wednesday, and the army deployed armoured vehicles at the main entrances of the city.
Protest groups called for new demonstrations on Friday across the country.
""", [
    ev("tripoli-serail-riot", True, "incident", "R:Violent demonstration", ("2026-01-27", "2026-01-28"),
       ["Tripoli", "Al-Nour Square", "North", "North Lebanon"], "Lebanon", 1, ["Rioters (Lebanon)", "Rioters", "Protesters"],
       ["security source", "Lebanese Red Cross", "army", "AFP"],
       "marched on the Serail, the seat of the north Lebanon governorate, threw stones and firecrackers at soldiers"),
    ev("tripoli-riot-arrests", False, "incident", "SD:Arrests", ("2026-01-27", "2026-01-28"), ["Tripoli"], "Lebanon", 0,
       ["Military Forces of Lebanon", "army"], ["army"], "it had arrested 9 people"),
    ev("hamra-central-bank-protest", True, "incident", "P:Peaceful protest", ("2026-01-27", "2026-01-27"),
       ["Beirut", "Hamra"], "Lebanon", 0, ["Protesters (Lebanon)", "Protesters"], None,
       "several dozen people protested peacefully outside the central bank in the Hamra district on Tuesday"),
    ev("halba-road-block", True, "incident", "P:Peaceful protest|R:Violent demonstration", ("2026-01-27", "2026-01-27"),
       ["Halba", "Akkar"], "Lebanon", 0, ["Protesters (Lebanon)", "Rioters (Lebanon)", "Protesters"], ["NNA"],
       "Protesters also blocked the coastal highway at Halba"),
    ev("tripoli-2021-municipality-fire", False, "incident", "R:Violent demonstration", ("2021-01-01", "2021-01-31"),
       ["Tripoli"], "Lebanon", 1, ["Rioters (Lebanon)"], None,
       "protesters set fire to the municipal building during protests against a coronavirus lockdown"),
]))

D.append(doc("h3-ngo-unsmil-detentions", "2026-04-03", "ngo", """
UNSMIL statement on recent abductions, arbitrary arrests and the use of force against migrants in Libya
Tripoli, 3 April 2026 - The United Nations Support Mission in Libya (UNSMIL) is deeply concerned about a series of abductions and arbitrary arrests of civil society activists and journalists, and about the use of lethal force against migrants at sea, in the past week.
On 28 March, armed men in civilian clothes abducted a prominent civil society activist, Mr. Salem al-Obeidi, from his home in the Al-Hadaiq neighbourhood of Benghazi in front of his family. His whereabouts remain unknown. The Mission has received credible information that he is being held by a security agency affiliated with the Libyan National Army, which has not acknowledged his detention.
On 30 March, members of the Internal Security Agency in Tripoli arrested four journalists working for a local television channel at their office in the Ben Ashour area, after the channel broadcast a report on alleged corruption in the management of fuel imports. Three of the journalists were released on 1 April; the fourth remains in detention without charge.
On 31 March, a patrol boat of the Libyan Coast Guard opened fire on a rubber boat carrying some 70 migrants off the coast of Zuwara, killing two people and injuring at least five, according to survivors interviewed by humanitarian partners after the boat was intercepted and returned to shore. The migrants were transferred to a detention centre in Zawiya.
The Mission also notes with concern reports of the discovery of at least nine bodies in a makeshift grave near the town of Tarhuna on 29 March. The circumstances and date of the deaths are not known, and the Mission calls on the Attorney General to ensure a prompt and transparent investigation and the identification of the victims.
So far in 2026, UNSMIL has documented at least 41 cases of arbitrary arrest or enforced disappearance of activists, journalists and political figures across Libya, 26 of them in the east and 15 in the west.
"Libyans who speak out on public affairs must be able to do so without fear of being abducted or detained," said the Deputy Special Representative of the Secretary-General. "Those responsible for enforced disappearances must be held accountable."
UNSMIL calls on the authorities in the east and in the west of the country to immediately release all those detained arbitrarily, to disclose the whereabouts of those who have been disappeared, and to end the practice of holding people incommunicado. It reiterates that Libya is not a place of safety for the disembarkation of people rescued at sea and calls for the closure of detention centres for migrants.
The Mission will continue to document violations and to raise them with the relevant authorities, and it stands ready to support Libyan institutions in strengthening the rule of law and the protection of human rights.
""", [
    ev("benghazi-activist-abducted", True, "incident", "VAC:Abduction/forced disappearance", ("2026-03-28", "2026-03-28"),
       ["Benghazi", "Al-Hadaiq"], "Libya", 0,
       ["Unidentified Armed Group", "armed men", "Libyan National Army", "LNA", "security agency"],
       ["UNSMIL", "United Nations Support Mission in Libya"],
       "armed men in civilian clothes abducted a prominent civil society activist"),
    ev("tripoli-journalists-arrested", True, "incident", "SD:Arrests", ("2026-03-30", "2026-03-30"),
       ["Tripoli", "Ben Ashour"], "Libya", 0, ["Internal Security Agency", "Police Forces of Libya"],
       ["UNSMIL"], "members of the Internal Security Agency in Tripoli arrested four journalists"),
    ev("zuwara-coast-guard-fire", True, "incident", "VAC:Attack", ("2026-03-31", "2026-03-31"),
       ["Zuwara", "Zuwarah", "Nuqat al Khams"], "Libya", 2, ["Libyan Coast Guard", "Coast Guard", "Military Forces of Libya"],
       ["survivors", "humanitarian partners", "UNSMIL"],
       "a patrol boat of the Libyan Coast Guard opened fire on a rubber boat carrying some 70 migrants off the coast of Zuwara"),
    ev("libya-2026-disappearances", False, "aggregate", "*", ("2026-01-01", "2026-04-03"), ["Libya"], "Libya", 0,
       None, ["UNSMIL"], "UNSMIL has documented at least 41 cases of arbitrary arrest or enforced disappearance"),
]))

D.append(doc("h3-none-derna-three-years", "2026-09-10", "none", """
Three years after the flood, Derna rebuilds but families still wait for answers
DERNA, Libya (AFP) - Three years after two dams burst above the eastern Libyan city of Derna, sweeping entire neighbourhoods into the sea, new apartment blocks and bridges have risen along the valley, but many survivors say they are still waiting for compensation and for the bodies of their relatives.
On the night of September 10 to 11, 2023, storm Daniel dumped torrential rain on the Jebel Akhdar mountains. The two ageing dams on the Wadi Derna gave way, and a wall of water several metres high tore through the city centre. The official death toll stands at more than 4,300, with over 8,000 people still listed as missing, according to the Libyan Red Crescent, although estimates by UN agencies have been higher.
The reconstruction is being run by a fund set up by the authorities in the east of the country and headed by a son of military commander Khalifa Haftar. Officials say more than 3,000 housing units have been handed over and that the rebuilt Al-Sahaba mosque and a new corniche will be inaugurated this month.
"The city looks better than before, but it is not our city any more," said Fatima, 52, who lost her husband and two sons and now lives in a rented flat on the outskirts. "I received a flat, but nobody has told me where my sons are buried."
Forensic teams identified around 2,000 victims through DNA testing, but hundreds of bodies were buried in mass graves in the first days after the disaster without being identified, the Red Crescent says.
In July 2024, a court in Derna sentenced 12 officials to prison terms ranging from nine to 27 years for negligence and mismanagement over the collapse of the dams, which had not been properly maintained despite warnings from engineers for decades. Relatives' associations say higher-ranking officials have never been questioned.
Engineers from a Turkish company have begun building a new dam upstream, which the authorities say will be completed in 2028. Environmental groups have called for the valley floor to be kept free of buildings.
A memorial ceremony is planned for Friday on the seafront, where a monument bearing the names of the identified dead has been erected. Residents have also organised a day of prayers in the city's mosques.
Libya remains divided between rival administrations in the east and west, and critics say the split slowed the initial response to the disaster and continues to hamper a transparent accounting of the reconstruction funds. The Audit Bureau in Tripoli has asked to review the fund's accounts, a request the eastern authorities have not answered.
Climate scientists found that human-caused warming had made the heavy rainfall of storm Daniel up to 50 times more likely.
""", []))

write("heldout3_b.json", D)
