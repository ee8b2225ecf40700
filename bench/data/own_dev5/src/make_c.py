"""own_dev5 part c: texts with no conflict event, and wire stories with claims, denials and plans."""
from common import doc, ev, write

DOCS = [
doc("dev5_c01", "2026-08-19", "none", """
Floods kill 37 in Pakistan's Swat valley as monsoon rains intensify

ISLAMABAD, Aug 19 (Reuters) - Flash floods triggered by torrential monsoon rains have killed at least 37 people
in the Swat valley of northwest Pakistan since Sunday, the provincial disaster management authority said on
Wednesday, as rescuers searched for dozens of people still missing.

The swollen Swat river swept away houses, hotels and a bridge in the town of Bahrain, officials said. Army
helicopters evacuated more than 400 tourists stranded in the Kalam area, the military's media wing said.

"The water came in the middle of the night. We only had time to carry the children out," said Fazal Rabi, a
shopkeeper whose house was destroyed. Local residents complained that help was slow to arrive and that warnings
were not passed on in time.

Prime Minister Shehbaz Sharif chaired an emergency meeting and ordered the release of relief funds. He blamed
climate change for the increasing severity of the monsoon and called on rich countries to honour their
commitments on climate finance.

In 2022, floods submerged a third of Pakistan, killed more than 1,700 people and caused damage estimated at
$30 billion. Scientists say global warming has made extreme rainfall in South Asia more frequent.

The meteorological department forecast more heavy rain over the next three days in Khyber Pakhtunkhwa and
Punjab and warned of possible urban flooding in Lahore and Rawalpindi. Authorities closed schools in the
affected districts and banned tourists from travelling to the upper Swat valley until further notice.

The United Nations said it stood ready to assist the government. The World Food Programme said it had
begun distributing food in two districts, and the Red Crescent set up medical camps for displaced families.

Separately, the national highway authority said the Karakoram Highway had been blocked by landslides in at
least six places, cutting off parts of Gilgit-Baltistan.

(Reporting by Asif Shahzad; Editing by Michael Perry)
""", []),

doc("dev5_c02", "2026-06-18", "none", """
Sudan's warring parties agree to resume talks in Jeddah, mediators say

JEDDAH, Saudi Arabia, June 18 (AP) - Representatives of Sudan's army and the paramilitary Rapid Support Forces
have agreed to return to negotiations in the Saudi city of Jeddah next month, Saudi and U.S. mediators said in a
joint statement on Thursday.

The statement said the talks would focus on a nationwide humanitarian ceasefire and on steps to allow aid to
reach besieged cities. It gave no date for the start of the new round.

Previous rounds of talks in Jeddah in 2023 produced a declaration of commitments to protect civilians, but the
two sides accused each other of violating it within days, and the talks collapsed at the end of that year.

Army chief Gen. Abdel-Fattah Burhan said in a speech in Port Sudan that the military would "not negotiate with
those who occupy homes and attack villages", but did not rule out taking part. The RSF said it welcomed the
mediators' initiative and accused the army of obstructing peace. Both sides have repeatedly threatened to
launch new offensives before the rainy season.

The United Nations' envoy for Sudan said he was "cautiously encouraged" and urged the parties to negotiate in
good faith. The African Union and the regional bloc IGAD said they were ready to support the process.

Diplomats say pressure has grown on both sides' foreign backers after a series of reports on atrocities in
Darfur. The United States last month imposed sanctions on two companies it accused of supplying weapons, and
the European Union is preparing its own measures.

The war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million,
creating what aid agencies call the world's largest humanitarian crisis. Famine has been confirmed in several
areas, according to a UN-backed assessment.

"Every week of delay costs lives," said a spokesperson for the Norwegian Refugee Council, which called for the
talks to start without preconditions and for donors to fund the aid response, now less than a fifth funded.
""", []),

doc("dev5_c03", "2026-09-09", "none", """
ICC opens trial of former militia commander over Ituri crimes

THE HAGUE, Sept 9 (Reuters) - The International Criminal Court on Wednesday opened the trial of a former
commander of an armed group in Congo's Ituri province, who is accused of war crimes and crimes against humanity
committed more than two decades ago.

Prosecutors say the defendant, who pleaded not guilty to all 14 counts, commanded fighters who carried out
killings, rapes and the recruitment of child soldiers during the conflict in Ituri between 2002 and 2003. The
court's judges read out the charges over more than two hours.

"The victims have waited more than twenty years for this day," deputy prosecutor Mame Mandiaye Niang told the
judges in his opening statement. Defence lawyers argued that their client was a political figure who had no
control over the fighters, and that witnesses had been coached.

The trial is expected to last at least two years. More than 1,300 victims have been authorised to take part in
the proceedings through their lawyers.

The ICC has previously convicted two other Congolese warlords for crimes in Ituri, and a third was acquitted.
Human rights groups welcomed the opening of the trial but said the court needed to do more to investigate
recent crimes in eastern Congo, where dozens of armed groups remain active.

Congo's justice minister, attending the hearing, said the government would cooperate fully and called on
neighbouring countries to hand over suspects wanted by Congolese courts.

In Bunia, the capital of Ituri, victims' relatives followed the opening session on a screen set up by the
court's outreach unit in a school hall.

The court's appeals chamber is separately due to rule next month on a request by another defendant to be
released on health grounds. The ICC, founded in 2002, has 125 member states; the United States, Russia and China
are not among them.

(Reporting by Stephanie van den Berg; Editing by Sharon Singleton)
""", []),

doc("dev5_c04", "2026-07-11", "none", """
Thousands gather at Potocari to mark 31 years since Srebrenica massacre

POTOCARI, Bosnia and Herzegovina, July 11 (AP) - Thousands of people gathered on Saturday at the memorial
cemetery near Srebrenica to commemorate the 31st anniversary of the massacre of more than 8,000 Bosniak men and
boys by Bosnian Serb forces in July 1995.

The remains of seven newly identified victims were buried in the cemetery, which already holds more than 6,700
graves. Forensic experts continue to search for mass graves and identify remains using DNA analysis.

"I came to bury my father, who I never knew," said Amir Hasanovic, 32, who was born months after the killings.
Mourners prayed beside the white headstones as the names of the dead were read aloud.

The killings, the worst atrocity in Europe since World War II, have been declared a genocide by two
international courts. Bosnian Serb wartime leaders Radovan Karadzic and Ratko Mladic were convicted of genocide
and are serving life sentences.

Some Serb politicians in Bosnia and in neighbouring Serbia still deny that genocide took place. Ahead of the
anniversary, the EU's envoy to Bosnia warned that genocide denial "poisons reconciliation" and called on
politicians to stop glorifying war criminals.

Several thousand people had arrived at the memorial after a three-day memorial walk that retraces, in reverse,
the route taken by men who tried to flee through the forests in 1995. The walk is an act of remembrance held
every year.

Security was tight, with hundreds of police officers deployed around the cemetery and along the roads leading
to it. Police said they had questioned two men who had posted threatening messages online, and released them.

In 2024, the UN General Assembly adopted a resolution designating July 11 as an international day of
reflection and commemoration of the genocide, despite opposition from Serbia and Republika Srpska.

Foreign ambassadors and Bosnian officials laid wreaths at the memorial. The ceremony ended with a collective
funeral prayer.
""", []),

doc("dev5_c05", "2026-10-02", "none", """
ANALYSIS - Sahel juntas' security gamble shows few returns, researchers say

DAKAR, Oct 2 (Reuters) - Three years after military governments in Mali, Burkina Faso and Niger expelled French
forces and turned to Russia for help, jihadist violence across the central Sahel has spread rather than
receded, researchers and diplomats say.

Attacks by groups linked to al-Qaeda and Islamic State have intensified in border areas and are creeping towards
coastal states such as Benin and Togo, according to several recent studies. "The trend lines all point in the
same direction," said one Western diplomat in the region, who asked not to be named. "More violence, over a
wider area."

The juntas reject that assessment. Officials in Bamako and Ouagadougou say their armies have retaken territory
and that Western governments and media exaggerate the insurgents' strength. Niger's military leader said in a
speech last month that "terrorism is in retreat everywhere" in the country.

The three countries formed the Alliance of Sahel States in 2023 and left the regional bloc ECOWAS, a move that
analysts say has complicated intelligence sharing. A joint force announced by the alliance has yet to become
fully operational.

Researchers point to a growing toll on civilians from military operations and from the militias that fight
alongside the armies. Rights groups have accused soldiers and Russian paramilitaries of mass killings in
several villages in recent years, charges the governments deny.

Economists warn that the insecurity is strangling trade. Fuel blockades imposed by militants have at times
paralysed parts of Mali, and farmers in many areas cannot reach their fields.

Some analysts argue that dialogue with armed groups, which was tried locally in parts of Mali and Burkina Faso,
may offer more than military pressure alone. Others say the insurgents have little interest in negotiating while
they believe they are winning.

"There is no purely military solution, everyone knows that," said a researcher at a Dakar-based institute.
"The question is who will be willing to say so first."

(Reporting by the Dakar newsroom; Editing by Frances Kerry)
""", []),

doc("dev5_c06", "2026-03-18", "wire", """
Al-Shabaab claims capture of Somali army base; government says attack repelled

MOGADISHU, March 18 (Reuters) - Al-Shabaab militants attacked an army base in the town of Bariire in Somalia's
Lower Shabelle region on Wednesday, sparking hours of fighting, residents and military officials said, with
the Islamist group claiming it had taken the base and the government saying the attack had been repelled.

The fighting started with a car bomb at the base gate at dawn, followed by an assault by dozens of fighters,
said army officer Major Abdullahi Hassan. He said eight soldiers and "more than 30 terrorists" were killed
before the militants retreated. Al-Shabaab said on its Andalus radio that it had killed 47 soldiers and seized
weapons. Neither account could be verified.

"The army withdrew for a few hours but came back in the afternoon with reinforcements," said a resident,
Abdiweli Nur, reached by telephone. He said he had seen bodies of soldiers being taken to the town's clinic.

Somalia's information minister said the attack showed that al-Shabaab was "desperate" and that a new offensive
against the group in Lower Shabelle would begin "in the coming weeks". African Union troops are expected to
support the operation, he said.

Bariire, about 45 km west of Mogadishu, has changed hands several times since the government retook it in 2019.

The United States has carried out dozens of air strikes against al-Shabaab in recent years. U.S. Africa Command
said on Tuesday that it had conducted a strike near Jilib in the Middle Juba region on Sunday, killing three
militants, and that no civilians were harmed.

Somalia's president is due in Nairobi on Friday for talks with the Kenyan president on border security and
the future of the African Union mission, whose funding has been the subject of long negotiations at the UN
Security Council.

The government has also called on clan militias to join the fight against the group, and has promised them
weapons and salaries in return, a strategy that analysts say carries risks of its own.
""", [
    ev("c06e1", True, "incident", "B:Armed clash|ERV:Suicide bomb", ("2026-03-18", "2026-03-18"),
       ["Bariire", "Bariiré", "Barire"], "Somalia", fat=8, actor1=["Shabaab"],
       source=["Hassan", "army officer", "residents", "military official"],
       evidence="attacked an army base in the town of Bariire"),
    ev("c06e2", True, "incident", "ERV:Air/drone strike", ("2026-03-15", "2026-03-15"), ["Jilib"], "Somalia",
       fat=3, actor1=["United States", "U.S.", "AFRICOM"], source=["Africa Command", "AFRICOM"],
       evidence="it had conducted a strike near Jilib"),
]),

doc("dev5_c07", "2026-01-29", "wire", """
Drone strike hits Kurdish militia vehicle near Erbil, two killed

ERBIL, Iraq, Jan 29 (AFP) - A drone struck a vehicle carrying members of a Kurdish armed group near the town of
Makhmur, south-west of Erbil in northern Iraq, on Thursday, killing two people, the Kurdistan Region's
counter-terrorism service said.

The service said in a statement that the drone was "Turkish", a claim Ankara did not immediately address.
Turkey regularly conducts air strikes in northern Iraq against the Kurdistan Workers' Party (PKK), which has
waged an insurgency against the Turkish state since 1984 and maintains rear bases in the mountains.

The PKK announced last year that it would lay down its arms, and several groups of fighters burned their weapons
in a ceremony near Sulaimaniyah, but Turkish officials say the process is incomplete. Iraq's foreign ministry
condemned Thursday's strike as a "violation of Iraqi sovereignty" and said it would summon the Turkish
ambassador.

Separately, a rocket landed near a base hosting U.S.-led coalition troops at Erbil airport on Wednesday night,
causing no damage or casualties, Kurdish security officials said. No group claimed responsibility.

Iran-backed Iraqi armed groups have threatened to resume attacks on U.S. forces if Washington does not withdraw
its troops by the end of the year, in line with an agreement announced in 2024.

Iraq's prime minister, speaking at a conference in Baghdad, said his government "will not allow Iraq to be an
arena for settling scores between others" and called for dialogue between all parties.

Officials in the Kurdistan Region said the number of Turkish strikes had fallen in recent months but that
residents of border villages in Duhok province were still unable to return to their farms, some of which
remain littered with unexploded munitions.

An Iraqi Kurdish counter-terrorism officer inspects the wreckage of a car in an undated handout picture.
""", [
    ev("c07e1", True, "incident", "ERV:Air/drone strike", ("2026-01-29", "2026-01-29"), ["Makhmur", "Erbil"],
       "Iraq", fat=2, actor1=["Turk"], source=["counter-terrorism service", "Counter-Terrorism"],
       evidence="A drone struck a vehicle carrying members of a Kurdish armed group"),
    ev("c07e2", True, "incident", "ERV:Shelling/artillery/missile attack", ("2026-01-28", "2026-01-28"),
       ["Erbil"], "Iraq", fat=0, source=["Kurdish security officials"],
       evidence="a rocket landed near a base hosting U.S.-led coalition troops"),
]),

doc("dev5_c08", "2026-05-26", "wire", """
Manipur: Mob torches houses in Churachandpur district; curfew imposed

IMPHAL, May 26 (PTI) - A mob set fire to at least 15 houses in a village in Manipur's Churachandpur district on
Monday night following a dispute between two communities, police said on Tuesday, prompting the district
administration to impose an indefinite curfew.

The violence broke out in Kangvai village after rumours spread that a youth from the village had been assaulted
in a neighbouring area, a senior police officer said. Security forces fired tear gas to disperse the mob. No
one was killed, but four people were injured, he said.

The state government also suspended mobile internet services in Churachandpur and Bishnupur districts for five
days "to prevent the spread of rumours", according to an order issued by the home department.

In Imphal, hundreds of women from civil society groups held a sit-in protest on Tuesday outside the
governor's residence demanding the return of displaced families to their homes. The protest ended peacefully in
the afternoon.

Ethnic clashes between the Meitei and Kuki-Zo communities that began in May 2023 have killed more than 260
people and displaced about 60,000 in the state. President's rule was imposed in Manipur last year.

Chief Secretary of the state appealed to people to maintain peace and not to believe messages on social media.
Political parties in the state condemned the violence and urged the Centre to take firm action.

Security forces on Tuesday recovered three rifles and a cache of ammunition during search operations in the
foothills of Bishnupur district, officials said.

Leaders of both communities are expected to meet officials of the Union home ministry in New Delhi next week
for a fresh round of talks aimed at restoring normalcy. Markets in Churachandpur town remained shut on Tuesday
and schools in the district were closed until further orders.
""", [
    ev("c08e1", True, "incident", "R:Mob violence|R:Violent demonstration", ("2026-05-25", "2026-05-25"),
       ["Kangvai", "Churachandpur"], "India", fat=0, source=["police"],
       evidence="A mob set fire to at least 15 houses"),
    ev("c08e2", True, "incident", "P:Peaceful protest", ("2026-05-26", "2026-05-26"), ["Imphal"], "India", fat=0,
       actor1=["women", "Protesters", "civil society"], evidence="held a sit-in protest"),
    ev("c08e3", False, "incident", "SD:Disrupted weapons use", ("2026-05-26", "2026-05-26"), ["Bishnupur"],
       "India", fat=0, evidence="recovered three rifles and a cache of ammunition"),
]),
]

if __name__ == "__main__":
    write("own_dev5_c.json", DOCS)
