// Generated from the sample dumps in data/demo: each post's text is copied verbatim
// (repeated renderings and Telegram UI noise such as "VIEW IN TELEGRAM" dropped). Channel, date and reaction
// numbers are set per source file so filters and facets have something to count.
namespace Archive.Search.Tests.Fixtures;

internal static partial class SamplePosts
{
    public static readonly IReadOnlyList<SamplePost> All =
    [
        new("p00", "MFA History", "Russian MFA 🇷🇺", false, 0, new DateOnly(2023, 11, 16),
            """
📆 On September 7, 1945, Allied troops from the Soviet Union, the United States, the United Kingdom and France took part in a joint parade in Berlin.
ℹ️ The Soviet leadership suggested holding the parade in Berlin that was to involve US, British and French troops, to mark the victory over Nazi Germany. Alexanderplatz near the Reichstag building and the Brandenburg Gate was selected as the parade venue.
The parade began at 11 am. Soviet military commanders, generals and admirals of the British, US and French armies and navies, as well as a group of US Congress members, watched from the grandstands. After inspecting the troops, Marshal Zhukov delivered a speech and noted the history-making merits of Soviet and Allied forces. At the end of the official ceremony, all national brass bands performed their countries’ respective national anthems.
💬 Marshal Georgy Zhukov recalled that this event symbolised the victory of the Anti-Hitler Coalition over the bloody Nazi aggression.
Learn more
#WeWereAllies
"""),
        new("p01", "MFA History", "Russian MFA 🇷🇺", true, 0, new DateOnly(2023, 11, 25),
            """
#HistoryOfDiplomacy
📅 90 years ago, on November 16, 1933, the Soviet Union and the United States established diplomatic relations.
👉 Following the 1917 October revolution, the United States initially refused to recognise Soviet Russia as a state and took part in the armed intervention. The outcome of the Civil War showed that Washington would have to show consideration for the new Moscow government.
✍️ The interest of American businesses in trade with the Soviet Union, especially against the backdrop of a severe economic crisis, and a desire to restrict Japan’s expansion in the Far East forced Washington to recognise the young Soviet state. In October 1933, US President Franklin Delano Roosevelt sent a letter to Mikhail Kalinin, Chairman of the All-Russian Central Executive Committee, in which he wrote about the United States’ desire to start negotiations on official recognition.
In November, Soviet Commissar of Foreign Affairs Maxim Litvinov arrived in Washington, where he held hours-long talks with President Roosevelt and Secretary of State Cordell Hull during which they ironed out their many differences.
Prominent diplomat Alexander Troyanovsky was appointed the first Soviet plenipotentiary representative to the United States. The first US Ambassador to the Soviet Union was special assistant to the US Secretary of State William Bullitt. His memoirs, in which he describes his stay in Moscow, are noteworthy.
💬 From the Foreign Ministry’s press release on the 90th anniversary of restoring diplomatic relations between Russia and the United States, November 15, 2023: This anniversary is an opportunity to review the positive historical experience of our countries, when our interaction was based on respect and a balance of mutual interests. These principles formed the backbone of the 1933 agreement on the resumption of bilateral diplomatic relations and remain fully relevant in today’s unprecedentedly complicated situation.
#WeWereAllies
"""),
        new("p02", "MFA History", "Russian MFA 🇷🇺", false, 0, new DateOnly(2023, 12, 4),
            """
📅 On February 4, 1945, the Yalta (Crimean) Conference commenced. It was the second meeting of all anti-Hitler coalition countries leaders: Joseph Stalin, Winston Churchill & Franklin Roosevelt.
Yalta hosted the conference when successful strategic offensives by the Red Army had liberated the Soviet territories as well as several European nations from fascist occupation. Just on February 3, the Vistula-Oder Operation had concluded, while the Western Carpathian & East Prussian operations were in full swing, marking the final stages of the war against Nazi Germany.
📜 The leaders approved key international documents, including the Declaration of Liberated Europe & documents outlining the fundamental principles for the creation of the UN, which laid the foundation for post-war international relations & defined the contours of the post-war world order.
Certain issues regarding post-war Germany were also resolved. Conference participants expressed their unwavering determination to eliminate German militarism & Nazism. They agreed on France's participation in addressing the German issue, defining the borders of Poland, outlines of the future Polish government & the conditions for the USSR's entry into the war against Japan.
The tremendous growth in the international authority of the Soviet Union, bolstered by the outstanding achievements of the Red Army, had a significant influence on the course & outcomes of the negotiations.
🤝 The Yalta Conference of the leaders of the USSR, the USA, and the UK held immense historical significance, being one of the key summits of the Second World War. It demonstrated the readiness for cooperation & compromise among the three allied powers in their fight against the common enemy.
❗️ The decisions of the Yalta Conference strengthened the anti-fascist coalition in the final stages of the war & contributed to the victory over Germany. In the post-war years Soviet diplomacy largely focused on Implementing the conference's decisions.
#HistoryOfDiplomacy #WeWereAllies
"""),
        new("p03", "MFA History", "Russian MFA 🇷🇺", false, 0, new DateOnly(2023, 12, 13),
            """
🗓 On September 7, 1945, a military parade of the allied forces of the #USSR, US, UK and France took place in Berlin near the walls of the defeated Reichstag on Alexanderplatz Square, marking the end of #WWII.
The location of the parade – at the Brandenburg Gate, at the very heart of the German capital – was not chosen by chance. It was right here where the Battle of Berlin ended and the remnants of the Berlin group of German troops surrendered to the Red Army. Scheduled for September 7, the parade was timed to coincide with the victory over militaristic Japan.
Representatives of the allied powers responded positively to Moscow's proposal to hold a joint parade in Berlin. However, on the eve of the event, after the date and all the details had been agreed upon, the US, UK and France announced that instead of the commanders-in-chief – Eisenhower, Montgomery and Tassigny – they would send lower-ranking generals, who were already stationed in Germany, to the parade. By doing so, the allies tried to downplay the significance of the parde, which emphasized the decisive role of the Soviet Union in taking Berlin. At that time, no one doubted who bore the brunt of the storming of the capital of the Third Reich.
🇷🇺 The USSR carried out thorough preparations for the parade. The Soviet command attracted the most distinguished soldiers, sergeants, officers and generals who had shown unrivalled courage in taking Berlin and the main centers of the reich – the Reichstag and the Imperial Chancellery.
🎖On September 7 at 11 am, the Berlin allied parade commenced. It was received by the Commander of the Group of Soviet Occupation Forces in Germany Georgy Zhukov. The parade was opened by the combined regiment of the 248th Rifle Division of the Red Army, led by Hero of the Soviet Union, Lieutenant Colonel Georgy Lenev. The parade was closed by a column of the Soviet armor, with the latest heavy tanks IS-3 ("Joseph Stalin") marching.
💬 In his welcoming speech to the parade participants, Marshal Zhukov paid tribute to the exploits of the Soviet and Allied forces in the struggle for victory over Nazi Germany:
"Fighting friends, comrades in arms, soldiers, officers and generals... <...> The Second World War ended with a decisive and powerful strike from the great allied powers. Our victory is a triumph of an unprecedented military partnership of democratic states.
From now on, people <...> will be eternally grateful to the great nations of America, England, the Soviet Union, the French Republic and China, to their valiant soldiers who, in the difficult time of military trials, gave each other helping hands, united to win a victory over a common enemy, to win the long-awaited peace on Earth."
#Victory79 #WeRemember #WeWereAllies
"""),
        new("p04", "Russian Embassy UK", "Russian MFA 🇷🇺", false, 0, new DateOnly(2025, 2, 4),
            """
#HistoryOfDiplomacy
8️⃣0️⃣ years ago, on February 4, 1945, the Yalta (Crimea) Conference of the Allied leaders — Joseph Stalin, Winston Churchill and Franklin D.Roosevelt officially opened.
#YaltaConference of the Anti-Hitler coalition leaders went down in history as one of the most significant and key international meetings of the 'Big Three' during #WWII. The Yalta talks became a symbol of successful cooperation between the Soviet Union, the US and the UK in the fight against the common enemy — Nazism.
The decisions taken at the Conference outlined the frame of the post-war #YaltaPotsdam international relations system, with the #UNCharter becoming its international legal basis.
***
By late 1944 — early 1945, the Red Army expelled the enemy from all the territory of the Soviet Union and proceeded with the operations aimed at liberating Europe from the Nazis.
🌟 In the first days of February 1945, the forces of the Red Army's 1st Byelorussian and the 1st Ukrainian Fronts successfully completed the Vistula-Oder Offensive, overcoming over 500 kilometres in less than a month (!), liberated Poland and then reached the border with Germany. Berlin was just 60 kilometres away. The collapse of the Third Reich was just a matter of time.
As the long-awaited common Allies' #Victory over Nazi Germany was as close as never, the future post-war world order-related issues needed to be discussed by the victorious great powers. While the Soviet forces were rapidly advancing in Eastern Europe in January, the preparations for the big negotiations to shape the future of the world were in full swing. Yalta, a Crimean city, was picked as the venue for that historic meeting (February 4-11, 1945).
The fate of post-war Germany was the key focus of the Yalta Conference. The Allies reaffirmed their commitment to eliminating German militarism and Nazism, and creating guarantees that “Germany would never be able again to disturb peace of the
world.”
At the Yalta talks, the 'Big Three' managed to reach agreement on Poland’s post-war borders. The Soviet delegation consistently promoted the idea of ensuring the interests of the Poles and their fundamental right to independence and sovereignty. Winston Churchill, addressing the House of Commons upon his return from Yalta, on February 27, said: "If not for the prodigious exertions and sacrifices of Russia, Poland was doomed to utter destruction at the hands of the Germans. Not only Poland as a state and as a nation, but the Poles as a race were doomed by Hitler to be destroyed or reduced to a servile station".
The Yalta Conference resulted also in adopting of 'the Declaration of Free Europe' and other crucial international legal documents on the fundamental principles of the #UnitedNations, laying down the foundation of the Yalta-Potsdam international system.
☝️ The rapidly strengthening international posture and influence of the Soviet Union, bolstered by the outstanding achievements of the Red Army in the battlefields, had a significant impact on the course and the outcomes of the negotiations. By the time Europe was almost freed from the shackles of hitlerism, the Soviet soldier enjoyed the fame of liberator whose noble feat was well-known all across the continent.
The decisions of the Yalta Conference strengthened the anti-fascist coalition in the final stages of WWII and contributed to the Victory over Germany.
🎙 From a briefing by Foreign Ministry Spokeswoman Maria Zakharova (Saransk, January 31, 2025):
💬 "The participants in the Yalta Conference managed to overcome their differences, and, acting in the spirit of true solidarity, mutual respect and trust, abandoned their fleeting interests for the sake of defeating the common enemy and achieving a common victory, peace and freedom for all countries and peoples.
Unfortunately, much has changed since then. Now, multiple proponents of historical revisionism tend to falsify historical reality and associate the Yalta agreements with the split of Europe and the bloc confrontation of the post-war period."
#WeWereAllies
"""),
        new("p05", "Russian Embassy UK", null, false, 31, new DateOnly(2025, 2, 13),
            """
📰 Read Foreign Minister Sergey Lavrov’s article for Russia in Global Affairs magazine
"The UN Charter as the legal foundation of a multipolar world"
🔹 80 years ago, the leaders of the Soviet Union, the United States and Britain opened the Yalta Conference to define the contours of the postwar world. Despite ideological differences, they agreed to eradicate German Nazism and Japanese militarism.
🔹 The principle of sovereign equality of states laid the foundation for the Yalta-Potsdam system: no one can claim dominance because all are formally equal, regardless of territory, population, military capabilities or any other attributes.
🔹 The UN-based world order fulfills its primary task: safeguarding humanity against a new world war.
🔹The West has never been cured of its syndrome of exceptionalism and retains its neo-colonial habits of living at the expense of others. Interstate relations based on respect for international law were not to the West's liking from the outset.
🔹 Viewing the Yalta-Potsdam agreements as a tactical concession, the US and its allies have never adhered to the UN Charter's fundamental principle of the sovereign equality of states.
🔹 One manifestation of the "rules-based order" was Washington's policy of geopolitical absorption of Eastern Europe. Russia has been forced to eliminate its explosive consequences with the special military operation.
🔹 "America first" bears a striking resemblance to the Hitlerite slogan "Germany above all", and a bet on "peace through strength" could be the final blow to diplomacy.
🔹 Brazen attempts to remake the world in one's own interests, in violation of UN principles, can lead to instability, confrontation and even disaster. Given the current level of international tension, a reckless rejection of the Yalta-Potsdam system, with the UN and its Charter at its core, will inevitably lead to chaos.
🔹 Multipolarity is gaining momentum, and rather than opposing it, the US could, in the foreseeable future, become a responsible centre of power alongside Russia, China, and other states across the Global South, East, North, and West.
Read in full
"""),
        new("p06", "Russian Embassy UK", null, true, 0, null,
            """
🎙 Watch Ambassador Andrei Kelin's interview with James Mates, Europe Editor of ITV News
Key talking points:
🟣 We are prepared for a very serious conversation [on peace in Ukraine]. We have laid out our position and we are sticking to it. We are also on the offensive, which makes our position stronger. A lot now depends on what happens in the coming weeks and months.
🟣 Not many [in the West] are realising the root causes of the [Ukraine] conflict, and without eliminating the root causes of the conflict, nothing is possible.
🟣 There is a question of the legitimacy of Mr Zelensky, because since his powers expired last May, it is very doubtful that if he signs anything it will be legitimate.
🟣 We are winning now. Ukraine is definitely losing. Also those countries in the West, including the UK, are losing the position and the case they have tried to fight for, I mean, by supporting Ukraine, by being directly involved in this conflict.
🟣 Everyone should remember what happened during the Second World War and the role of the Soviet soldiers who liberated Oswiecim [Auschwitz-Birkenau concentration camp] and Europe.
🟣 If there is something serious to discuss, I'm sure it [Russia-US summit] will happen. I cannot say when, why and how, but the general mood is for high-level contacts.
Watch the interview in full on our YouTube channel
"""),
        new("p07", "Russian Embassy UK", null, true, 28, new DateOnly(2025, 3, 3),
            """
🎙 Интервью Посла России в Великобритании Андрея Келина корреспонденту телеканала «Россия 24» Александру Хабарову (7 февраля 2025 года)
Основные тезисы:
• Наряду с Вашингтоном Лондон был одним из основных «поджигателей» украинского конфликта. Рано или поздно правительству Великобритании придётся объяснять, в том числе своему народу, провал политики всесторонней поддержки Киева.
• [Британский премьер-министр] Кир Стармер продолжает политику своего предшественника по накачиванию Украины вооружениями. Здесь и бессовестная схема обворовывания России: Украине предоставляется кредит, который должен погашаться из «замороженных» российских денег.
• Эксперты в Великобритании весьма скептически оценивают его [британо-украинское 100-летнее партнёрство], поскольку понятно, что заключать 100-летнее партнёрство с кем бы то ни было, довольно бессмысленно.
• Это будет означать, если это гипотетически случится [попытки Лондона задерживать российские суда в своей исключительной экономической зоне], нарушение положений Конвенции [ООН по морскому праву]. Но до этого дело вряд ли дойдет, поскольку ответ с нашей стороны обязательно будет, и он будет абсолютно законным, легитимным и оправданным.
• Сейчас правительство Кира Стармера всеми силами пытается наполнить казну, где имеется довольно большая дыра. <...> За прошлый год 12 долларовых миллиардеров и где-то 11 тысяч миллионеров уехали [из Британии]. Это означает, что замедлилась деловая активность и инвестиционная деятельность. Всё это отрицательно сказывается на [местной] экономике.
• Что касается внутренней политики, то очевидно, что у населения [Британии] сейчас вызывают раздражение одинаковые политики Консервативной и Лейбористской партий, которые [находятся] уже много лет у власти и довели страну до плачевного состояния.
Смотрите интервью на YouTube-канале Посольства
"""),
        new("p08", "Russian Embassy UK", "Russian MFA 🇷🇺", false, 34, new DateOnly(2025, 3, 12),
            """
Today is Diplomatic Workers' Day aka Diplomats' Day in 🇷🇺 #Russia!
This date goes back to the earliest documented mention (February 10, 1549) of the Ambassadorial Prikaz —the first state body in our country’s history that oversaw foreign affairs.
#DiplomatsDay #DWR2025
"""),
        new("p09", "Russian Embassy UK", null, false, 0, new DateOnly(2025, 3, 21),
            """
📰 Интервью Посла России в Великобритании Андрея Келина газете «Аргументы и факты» (10 февраля 2025 года)
🔴 Российско-британские отношения по вине Лондона пребывают в затяжном кризисе. Здешнее правительство и при консерваторах, да и при нынешних лейбористах откровенно претендует на роль лидера антироссийского фронта. Выступает вдохновителем и активным участником многих недружественных акций.
🔴 Нынешние британские власти пытаются очернить Россию «по всем статьям», а становление неонацизма в некоторых государствах стремятся не замечать. Да и неудобные страницы истории нередко предпочитают попросту игнорировать. Достаточно посмотреть на заявления отдельных британских деятелей в связи с годовщиной освобождения Освенцима, в которых не нашлось места для упоминания воинов Красной армии.
🔴 Британия приняла весьма деятельное участие в развязывании и подпитке гибридной войны против нашей страны, ведомой руками украинцев. Более того, стала непосредственным участником конфликта после преступного применения ВСУ ракет Storm Shadow вглубь территории России.
🔴 В условиях фактической цензуры, которой в западных странах подвергаются российские и альтернативные СМИ, перед российскими дипломатами стоит задача доводить позицию России до думающих элементов истеблишмента и широких кругов населения стран пребывания.
🔴 Односторонние ограничительные меры, которые Лондон применяет против нашей страны, её граждан и организаций, нелегитимны и юридически ничтожны.
🔴 Надеемся, что Сергей и Юлия Скрипали живы, здоровы и остаются на свободе. Но беспокойство за них только растёт. К сожалению, власти Соединённого Королевства делают всё, чтобы утаить правду о судьбе наших граждан.
Читайте полностью
"""),
        new("p10", "Russian Embassy UK", "Russian MFA 🇷🇺", false, 0, new DateOnly(2025, 3, 30),
            """
🎙 Russia's Foreign Minister Sergey Lavrov’s greetings on Diplomats’ Day (February 10, 2025)
💬 Colleagues,
Today, we are celebrating a professional holiday that brings together many generations of diplomats, who have devoted their lives to serving Russia.
We are paying tribute to the emerging tradition to honour our country’s diplomatic workers, which dates back to 2003, when we first marked this significant date in line with President Vladimir Putin’s decision.
🤝 First of all, I would like to express gratitude to all those who honestly perform their professional duty at the Central Office in Smolenskaya Square, territorial missions in the Russian regions, and our numerous foreign missions. Thank you for your conscientious service, self-denial, and non-indifferent attitude to what has been entrusted to you.
Russian diplomats have always been distinguished by their commitment to the ideals of patriotism and firmly safeguarded the interests of Fatherland at all times, under any social and political system, and under all circumstances.
The names of many of them have been forever entered in the glorious annals of Russian history. I am referring to Alexander Bezborodko, Alexander Gorchakov, Alexandra Kollontai, Anatoly Dobrynin, Yevgeny Primakov, Vitaly Churkin, and numerous others. We cherish their memory and honour their services. <...>
This year is special on the diplomatic calendar, being marked by the 80th Anniversary of Victory in the Great Patriotic War and World War II. It has also been proclaimed the Year of the Defender of the Fatherland.
It is with a particular gratitude that we pay homage to the immortal feat of valour committed by staff members of the People’s Commissariat of Foreign Affairs, who rose with arms in hand to the defence of Motherland during the grim years of war.
🏅 We recall the names of diplomats, our senior colleagues, who were bringing Victory closer at the foreign policy front. They made an invaluable contribution to the establishment of the anti-Hitler coalition and later to reaching fundamental agreements on the postwar international order, the most important of which were the decisions to create the United Nations and approve its Charter whose principles and goals in their totality and interconnection remain relevant to this day.
It is largely due to our country’s leaders and diplomatic service that the Yalta-Potsdam system of international relations has guaranteed global peace and security for the past eight decades.
Now that Russia is facing fateful challenges again, our priority and sacred duty is to safeguard peace based on the legal results of World War II. <...>
We will continue to do whatever is possible and necessary to protect Russia’s national interests in the context of foreign policy support for the special military operation and to create the safe and most favourable conditions for national development and wellbeing of our people.
🌐 We will continue to promote multifaceted cooperation with all sober-minded partners and primarily with the Global Majority – former republics of the USSR and countries of Greater Eurasia, Africa, and Latin America.
In collaboration with our numerous friends and opinion allies, we will help to strengthen the foundations of multipolarity, create Eurasian security architecture, and establish international interaction mechanisms impervious to the destructive influence of the Western minority. <...>
🎉 I wish you good health, wellbeing, and new attainments for the good of your Fatherland. Success and good luck to you! Congratulations once again!
#DiplomatsDay
"""),
        new("p11", "Russian Embassy UK", null, false, 33, new DateOnly(2025, 4, 8),
            """
✉️ President Vladimir Putin congratulated current staff and veterans of the Russian Foreign Ministry on their professional holiday, Diplomatic Worker's Day.
The message reads, in part:
The Russian Foreign Ministry can be justly proud of its rich and glorious history. Its employees have always served the Motherland with honour, displaying civic courage, exceptional professionalism and dedication to duty.
Continuing these traditions with dignity, the Ministry of Foreign Affairs is resolutely and consistently defending Russia's legitimate national interests in the current challenging international environment.
It ensures effective cooperation with the global majority states in order to build a just multipolar world order based on mutual respect, the rule of international law, and the principles of equal and indivisible security. This is evidenced, in particular, by the productive work of Russia's BRICS chairmanship and the success of the association's Summit in Kazan.
There is no doubt that in the year of the 80th anniversary of the Great Victory, Russian diplomats will continue their active efforts in opposing any attempts to falsify history, manifestations of neo-Nazism, Russophobia and other forms of discrimination based on ethnic or religious grounds. Moreover, protecting the rights of our compatriots abroad remains a priority.
I am confident that the MFA's close-knit team will continue to work with the utmost dedication and contribute to the strengthening of Russia's international standing.
"""),
        new("p12", "Russian Embassy UK", null, false, 28, new DateOnly(2025, 4, 17),
            """
🎙 Excerpt from Foreign Minister Sergey Lavrov's remarks at a solemn event marking #DiplomatsDay (Moscow, 10 February 2025)
💬 The Greater Eurasian Partnership is called to serve as a solid material foundation underlying architecture of equal and indivisible security across Eurasia.
Our vision of the Eurasian security architecture implies its openness to all countries and associations of geographical Eurasia, meaning that European countries are welcome to participate in the continental cooperation, provided they abandon their hostile policies and bloc thinking that was largely behind the armed conflict in Ukraine.
The causes of Ukraine crisis run deep. We never tire of discussing them, and we are pushing for having them removed.
First and foremost, the issue is about creating threats to Russia's security through NATO eastward expansion and the policy pursued by the Kiev regime, which came to power on the heels of an anti-constitutional coup, seeking to exterminate everything about Russia, including its language, culture, media, and canonical Orthodoxy. Complete and irreversible elimination of the root causes of the conflict is the only way forward if we want to put an end to it.
☝️ Russia is ready for talks that will secure our legitimate national interests, not at the expense of the interests of others, but in the context of an agreement on a comprehensive security system that takes everyone's interests into account.
"""),
        new("p13", "Russian Embassy UK", "Russian MFA 🇷🇺", false, 12, new DateOnly(2025, 4, 26),
            """
📞 President of the Russian Federation Vladimir Putin had a telephone conversation with President of the transitional phase of the Syrian Arab Republic Ahmed al-Sharaa
Vladimir Putin wished Ahmed al-Sharaa every success in addressing various objectives facing the country’s new leadership for the benefit of the Syrian nation with which Russia has been traditionally linked by relations of friendship and mutually beneficial cooperation.
The Presidents conducted a detailed exchange of opinions regarding the situation in Syria. The Russian Side emphasised its principled position in support of the Syrian state’s unity, sovereignty and territorial integrity. In this connection, the leaders noted the importance of implementing a range of measures for the sake of sustained national normalisation, invigorating intra-Syrian dialogue involving leading political forces and ethnic and religious groups.
Vladimir Putin reaffirmed Russia’s invariable readiness to help improve the socio-economic situation in Syria, including the provision of humanitarian aid to its residents.
The Presidents touched upon multiple key issues of practical collaboration in trade and economic, educational and other spheres, including in the context of recent talks in Damascus that involved a Russian interdepartmental delegation. They agreed to continue these useful contacts for elaborating a wide-ranging agenda of expanded bilateral cooperation.
The Presidents had a constructive, business-like and detailed telephone conversation.
#RussiaSyria
"""),
        new("p14", "Russian Embassy UK", null, false, 62, new DateOnly(2025, 5, 5),
            """
🇷🇺🇺🇸📞 President Vladimir Putin and President Donald Trump spoke over the phone.
The Leaders discussed issues related to the prisoner exchange between Russia and the United States. The US President assured the Russian President of the American side's commitment to fulfill all the agreements reached.
The two Heads of State also discussed a possible settlement in Ukraine. Donald Trump spoke in favour of stopping the hostilities as soon as possible and solving the crisis peacefully. In turn, Vladimir Putin stressed the need to eliminate the root causes of the conflict and agreed with Donald Trump in that a sustainable solution could only be achieved through peaceful negotiations.
In addition, Russia's President endorsed one of the US President's key arguments that it's time for both nations to work together.
The conversation also brought up the Middle East settlement, Iran's nuclear programme, and bilateral economic relations between Russia and the United States.
The Russian President invited the US President to visit Moscow and expressed willingness to receive visiting US officials to discuss issues of mutual interest, including a possible Ukraine settlement.
Presidents Vladimir Putin and Donald Trump agreed to maintain personal contacts in the future, including face-to-face meetings.
"""),
        new("p15", "Russian Embassy UK", null, false, 35, new DateOnly(2025, 5, 14),
            """
💬 Foreign Minister Sergey Lavrov: After Russia launched the special military operation, we were accused of all sorts of evil.
For years, no one had listened to our warnings about the root causes of the Ukraine conflict. Several agreements were made to save Ukraine after the 2014 Nazi coup, instigated and financed by the West, but they were never implemented.
We had no choice but to solve this problem ourselves by launching the special military operation.
I was really struck by the sudden excitement with which the whole world seems to be discussing the phone call [between Vladimir Putin and Donald Trump] and the reports that followed as an extraordinary event. Just look at what President Biden and his team have done.
❌ Their European satellites have also abandoned dialogue and diplomacy as a method of dealing with the outside world and have instead turned to the language of threats and sanctions, arming the Nazi regime in Kiev to wage war against Russia and going so far as to send their specialists to target the long-range missiles they have supplied to strike Russian territory. <...>
From the way the world froze after Donald Trump and Vladimir Putin spoke over the phone, it is clear that the West has been taking for granted everything that is happening in Ukraine, what Vladimir Zelensky's Nazi regime is doing.
That is probably why many in the West, starting with the leaders of the European Union, were taken aback by a normal, basic conversation between two well-mannered, polite people who do not put their differences aside. They have their disagreements, but they realise that politics is about sitting down and talking, and finding common ground.
☝️ Sadly, the reaction in the West shows that there are virtually no such people left there. Two well-mannered men have just shown the whole world how politics should be done.
I only hope that this will make those who have forgotten how to do it come to their senses, and re-read their history and political science books.
Read in full
"""),
        new("p16", "Russian Embassy UK", "Russian MFA 🇷🇺", true, 0, new DateOnly(2025, 5, 23),
            """
#Victory80
🏅 On February 14, 1943, the Red Army liberated the city of Rostov-on-Don from the Nazi invaders.
#RostovOnDon was occupied twice during the Great Patriotic War. The Nazis took the city in November 1941, and later it was under the enemy occupation again from July 22, 1942 to February 14, 1943. The Germans were determined to hold the city at any costs as it was an important transport hub in the region and a huge administrative centre opening the way for the Nazis to the Caucasus.
🌟 In February 1943, the Red Army carried out the Rostov offensive operation to liberate the city, defeat the enemy’s army group on the Don River and thus block the Wehrmacht units’ redeployment to #Donbass.
The Soviet 28th Army under the command of Lieutenant General Vasily Gerasimenko reached the outskirts of Rostov-on-Don following a 600-kilometre march across snow-covered southern steppes.
Four Nazi divisions were concentrated in Rostov-on-Don. The enemy had built there strong defence lines with robust fortifications and numerous machine-gun and artillery firing points.
The Red Army offensive was also complicated by the terrain: the right bank of the Don River, where the city is located, was much higher than the left bank, from which the Soviet forces were launching their attack. The penetration of the enemy defences in the city seemed impossible.
⚔️ In the early hours of February 8, 1943, the Southern Front forces led by Colonel-General Rodion Malinovsky launched the operation to liberate Rostov-on-Don. The Nazi-occupied city saw brutal, fierce fighting that lasted for six days. On February 14, 1943, the Red Army broke through the enemy’s defences and entered the city from Bataysk. The German garrison was encircled and forced to surrender.
Rostov-on-Don’s pre-war population of more than 1.5 million people was effectively decimated by #WWII and the German occupation, dwindling to 150'000. The Nazis also destroyed there the local industries, looted and captured its cultural heritage.
Thanks to the heroism and unrivalled morale of the Red Army soldiers, Rostov-on-Don was finally liberated after 205 days of occupation. During the Rostov offensive, the Soviet forces not only liberated the Rostov Region, but also took a bridgehead near the Mius River to use it in a further offensive in the direction of Donbass.
#OurVictory #WeRemember
"""),
        new("p17", "Russian Embassy UK", null, true, 34, new DateOnly(2025, 6, 1),
            """
📺 Watch Minister-Counsellor Alexander Gusarov's interview with the Southern African Times
Key talking points:
• Russia is returning to Africa, rekindling lost connections and tapping new opportunities. <...> We are reopening or establishing new embassies across the region. We have established a new department within the Russian MFA to deal with the partnership with Africa. This shows the level of our political and economic investment into the region.
• With its growing population, treasure trove of natural resources and industrial development, Africa really is the continent of the future. We are doing our utmost to engage in demand-driven cooperation with African countries, both bilaterally and multilaterally.
• Russia has not just aligned itself with decolonization efforts, but we have actually spearheaded and championed these efforts in many different ways. Our country was actively driving the decolonization process, contributing to the self-determination of African nations.
• When we meet with our African colleagues, we try to talk less and listen more. We have the Russia-Africa Summit. Last year, we held the Russia-Africa Partnership Forum meeting at ministerial level. These are all formats for discussing manifold avenues for cooperation, be it healthcare, education, telecommunications or space research.
• We have ramped up scholarship grants for African students. We are fine-tuning the system of vocational tuition and guidance, opening up new linguistics courses within Russian universities, and also faculties of Russian universities in Africa. At the time of the first Russia-Africa Summit back in 2019, there were about 17,000 African students studying in Russia. Last year, it was 35,000.
• We are coordinating quite closely with African colleagues <...> at the UN on a plethora of issues. Russia's position is more often than not closer to the stance adopted by the countries of the Global South, including Africa. As for Africa's representation within multilateral bodies, we are certainly supportive of these endeavors, including in the UN Security Council.
• Russia is able to provide quite substantive technological advances, for example in the nuclear sphere, such as small modular reactors. It would certainly be useful to quenching African energy needs.
Watch the interview in full on our YouTube channel
#RussiaAfrica
"""),
        new("p18", "Russian Embassy UK", "Russian MFA 🇷🇺", false, 46, new DateOnly(2025, 6, 10),
            """
⚡️ On Russia's Foreign Minister Sergey Lavrov’s telephone conversation with US Secretary of State Marco Rubio
🇷🇺🇺🇸📞 On February 15, at the initiative of the American Side, Russia's Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State Marco Rubio.
Building on the February 12 telephone conversation between the Presidents of Russia and the United States, the two Foreign Ministers agreed to maintain an open channel of communication to address longstanding issues in Russian-American relations. Their goal is to remove unilateral barriers inherited from the previous US administration that have hindered mutually beneficial trade, economic and investment cooperation.
Both Sides expressed a shared commitment to engaging on key international issues, including the Ukraine settlement, developments in Palestine and the broader Middle East, as well as other regional matters.
The conversation also covered ways to swiftly reverse the restrictions on Russian diplomatic missions in the United States, which were introduced by the Obama administration in 2016 and led to reciprocal measures. It was agreed that expert-level meetings will be organised in the near future to coordinate specific steps towards removing these obstacles to the functioning of diplomatic missions in Russia and the United States.
❗️ Sergey Lavrov and Marco Rubio reaffirmed their readiness to restore a respectful and constructive interstate dialogue in line with the approach set by the Presidents. They agreed to maintain regular contact, including discussions on preparations for a potential high-level Russian-American summit.
"""),
        new("p19", "Russian Embassy UK", null, false, 25, new DateOnly(2025, 6, 19),
            """
🎙 Excerpt from Foreign Minister Sergey Lavrov's remarks and answers to media questions following talks with US administration officials in Riyadh (18 February 2025)
💬 We let our US counterparts know that we took note of President Trump being the first Western leader to state clearly on several occasions that pulling Ukraine into NATO was one of the main reasons for what is happening now, and that this was one of the biggest mistakes made by Biden and his administration, and that if Trump were president, this would have never have happened.
In this regard, we were clear with our counterparts that President Putin has repeatedly emphasised that NATO expansion and absorption of Ukraine was a direct threat to the interests of the Russian Federation and our sovereignty.
Considering this, the presence of the troops from NATO countries [in Ukraine] under a foreign flag — an EU flag, or any national flag — does not change anything in this regard. This is unacceptable.
Read in full
"""),
        new("p20", "Russian Embassy UK", null, true, 52, new DateOnly(2025, 6, 28),
            """
"We will not accept British troops on Ukrainian soil"
📺 Watch Ambassador Andrei Kelin’s interview with BBC Newsnight (19 February 2025)
Key talking points:
• [Russia-US talks in Riyadh] have three outcomes. First and foremost, it was the re-establishment of contacts and diplomacy with the United States, which is a precondition for everything else. Secondly, they have launched a process on the Ukrainian settlement, which is in the very initial phase. And third, both sides have agreed that we need full-scale relations between the US and Russia.
• We have proposed several compromises to the Ukrainians over the last 10 years: the Minsk I and then Minsk II agreements. We have tried to negotiate with them all the time. It has been rejected.
• If the Europeans are going to install certain contingents on the Ukrainian soil, it means that they are going to construct bases and infrastructure. That does not differ from NATO's presence on the territory of Ukraine. We will not accept the presence of military contingents from other European countries that are members of NATO on the Ukrainian soil.
❗️ The British government should understand the real situation as soon as possible and not try to prolong the suffering in Ukraine. It is much more important for the British government not to provide more weapons, but to think about how to restore Ukraine after what has happened <...> I call on the UK government to recognise that the course and the policy it has followed in recent years has been wrong.
• Since Zelensky's legitimacy expired in May last year, he should have elections, because we do not see how we can negotiate anything with him, because if he puts his signature on any kind of agreement and tomorrow he is not elected president, then that piece of paper will not be of much value.
• We have no ideas and no plans at all to fight against NATO. All these claims that we have some plans to attack NATO in five or seven years' time are made by silly people who just want to have more money for defence.
Watch the interview in full on our YouTube channel
"""),
        new("p21", "Russian Embassy UK", null, false, 35, new DateOnly(2025, 7, 7),
            """
💬 President Vladimir Putin: The purpose and subject of our negotiations [with the United States in Riyadh] was the restoration of Russian-American relations. <...>
Without enhancing the level of trust between Russia and the United States, it is impossible to solve many problems, including the Ukrainian crisis. The very purpose of this meeting was precisely to enhance trust between Russia and the United States.
As for other participants, first and foremost, Russia has never refused contacts with European counterparts. Russia has never turned its back on negotiations with Ukraine – never.
It is, in fact, our counterparts in these discussions who have chosen to withdraw. The Europeans terminated contacts with Russia, and the Ukrainian side has self-imposed a ban on negotiations, withdrawing from the Istanbul process and publicly announcing that.
Well, we are not imposing anything on anyone. We are prepared – I have already stated this a hundred times: if they so desire, let them conduct these negotiations, and we will be ready to return to the negotiating table. <...>
With regard to the negotiating process, President Trump told me during the phone call – and I can confirm this – that the United States is operating on the premise that the negotiating process will include both Russia and Ukraine.
No one is excluding Ukraine from this process.
Read in full
"""),
        new("p22", "Russian Embassy UK", null, false, 25, new DateOnly(2025, 7, 16),
            """
🎙 Интервью Посла России в Великобритании Андрея Келина программе «60 минут» на телеканале «Россия-1» (21 февраля 2025 года)
Основные тезисы:
🔸 Обычно [британские политики] приезжают в Вашингтон со своим мнением, а выходят с мнением Президента США.
🔸 Не забудем оскорбительные и хамские реплики британского руководства, включая [мининдел Британии] Дэвида Лэмми. Поэтому в отношении участия Европы в каком-то [переговорном] процессе говорить преждевременно.
🔸 У нас есть контакты с Форин Офисом. Они имеют неполитический характер. По некоторым вопросам у нас [с британцами] ведутся разговоры, но они избегают обсуждения украинских дел.
🔸 Для нас любое развёртывание [военных контингентов], особенно британских, на территории Украины абсолютно неприемлемо. Британцы об этом знают.
🔸 Британцы очень сильно вложились в Украину и противостояние с Россией. Сопровождение «украинского проекта» потребовало колоссальных средств — порядка 70 млрд фунтов стерлингов (около 100 млрд долларов). Поэтому магистральная установка здесь остаётся [прежней] — нанесение нам «стратегического поражения».
🔸 Просаживаемые Лондоном на Украине деньги вполне можно было бы направить на решение болезненных проблем в британской экономике.
🔸 Заблокировать работу нашего посольства британцы так и не решились. Каналы связи остаются открытыми, и в ряде случаев они используются. Если британские власти начнут проявлять интерес к диалогу [с Россией], мы ответим на это.
Смотрите интервью на YouTube-канале Посольства
"""),
        new("p23", "Russian Embassy UK", null, false, 34, new DateOnly(2025, 7, 25),
            """
💬 Foreign Minister Sergey Lavrov: The predominance of conflicts and hotspots on the international agenda and their impact on global stability prove that it is impossible to ensure the security of some countries at the expense of the security of others.
Security can only be indivisible and equal for all. There is no place for hegemony or hostile bloc policies in a multipolar environment.
It is high time for the West to accept the new balance of power and start building a relationship with the majority of nations based on mutual respect.
We also discussed this with our US colleagues in Riyadh and agreed on the main point: international relations must be based on the understanding that each country has its own national interests.
Geopolitical contradictions can only be diffused through constructive cooperation relying on the principles of the UN Charter in their entirety and interconnection.
Read in full
"""),
        new("p24", "Russian Embassy UK", "Russian MFA 🇷🇺", true, 42, new DateOnly(2025, 8, 3),
            """
🗓 On this very day, 11 years ago, Kiev became ground zero for a Western-backed unconstitutional coup, that triggered all the events around Ukraine and its now former regions ever since. This led to an armed civil conflict, essentially a war waged by the Kiev regime against its own people, and a deepest crisis of international and European security since World War II.
11 years have passed since the tragic and horrible events of February 2014. The residing "authorities" in Kiev, aka the Kiev regime, and their Western sponsors are, as per their usual m.o., are attempting to distort the truth, conceal true facts, and turn the timeline of those events, their substance upside down.
❗️ The truth is stubborn; it tends to get revealed sooner or later, as recent events in the world have once again proven.
LEARN MORE: On the origins of Ukrainian nationalism, the crimes of the OUN-UPA, and the support of the West
The most horrific events unfolded on 20 February: the still unidentified snipers began shooting on the Institutskaya Street in the centre of Kiev at both law enforcement and protesters. Euromaidan supporters and Western politicians, seized "the opportunity", blamed the legitimate authorities of Ukraine. No evidence of Yanukovich's involvement was provided, and there is none to this day. Unlike, the Maidan activists & the opposition who benefited the most and was seen smuggling weapons into the area <...>
On 21 February, in an attempt to avoid further bloodshed, Yanukovych signed an Agreement on the Settlement of the Political Crisis in Ukraine with the opposition (from the opposition's side — Vitali Klitschko (UDAR party), Arseniy Yatsenyuk ("Fatherland"), and Oleg Tyagnybok ("Freedom")), which was supported and guaranteed by the foreign ministers of Germany, France, and Poland. This document envisaged the creation of a government of national trust, constitutional reform, and the organization of early presidential elections.
None of the Agreement's provisions were implemented.
The next day, on February 22, the Supreme Council passed a resolution on Viktor Yanukovych's "self-removal" from performing the duties of the President of Ukraine, thereby usurping power (although he remained a legitimate president, remained in Ukraine and had made no statements regarding resignation).
It was then announced that the "government of the victors (winner)" would be formed. The West turned a blind eye to all violations and hurried to declare a "change of power" in Ukraine, openly encouraging the putschists to pursue their anti-Russian policy. What ensued was basically a hunt for the remaining law enforcement officers and officials loyal to their oath and the country.
The very next day, the very first decision of the new "government" through the Verkhovnaya Rada was to revoke the law on the status of the Russian language, which according to data was back then the mother tongue of the majority (!) of the Ukrainian citizens.
<...>
The "mediation" meddling of the West led to a sharp polarisation of Ukrainian society, which created the preconditions for an armed civil conflict. The first legislative steps of the "Maidan victors" — the abovementioned cancellation of the language law — were received with alarm in South-Eastern Ukraine, where spontaneous formation of popular militia forces began.
Kiev immediately accused all the inhabitants of the region of "state treason" and "terrorism", threw the army and neo-Nazi punitive battalions to violently suppress the protests.
❗️ "Euromaidan" created a deep rift in Ukrainian society, lead to persecution, fight against dissent, spread of nationalism and neo-Nazism, legal lawlessness and nihilism, fighting the Russian language and own history, complete degradation of the socio-economic situation in the country.
The terror and horror brought by the Ukrainian neo-Nazis and nationalists in 2014 must be brought to an end.
Denazification is imminent.
📖 Read, remember or learn more about these tragic events of 2014.
"""),
        new("p25", "Russian Embassy Singapore", null, false, 1, new DateOnly(2025, 3, 18),
            """
🇷🇺🇺🇸📞 Presidents of Russia & the United States, Vladimir Putin and Donald Trump spoke over the phone (March 18, 2025)
The Leaders continued their detailed and frank exchange of views on the situation surrounding Ukraine. Vladimir Putin extended gratitude to Donald Trump for his striving to achieve the noble goal of ending the hostilities and loss of life.
Confirming his fundamental commitment to finding a peaceful resolution to the conflict, the President of Russia expressed willingness to thoroughly work out possible solutions in cooperation with the American partners, aimed at reaching a settlement that would be comprehensive, reliable, and lasting, and, naturally, take into account the essential need to eliminate the root causes of the crisis, as well as Russia's legitimate security interests.
Concerning US President's proposal to declare a 30-day ceasefire, the Russian Side outlined a number of significant points regarding ensuring effective control over a possible ceasefire along the entire frontline, as well as the need to stop the forced mobilisation in Ukraine and rearming the Armed Forces of Ukraine.
It was noted that some serious risks exist pertaining to the intractability of the Kiev regime which had repeatedly sabotaged and violated negotiated agreements. An emphasis was made on barbaric acts of terrorism committed by Ukrainian militants against civilians residing in the Kursk Region.
It was pointed out that a complete cessation of providing Kiev with foreign military aid and intelligence must become the key condition for preventing an escalation of the conflict and making progress towards its resolution through political and diplomatic means.
Referring to Donald Trump's recent appeal to spare the lives of the Ukrainian servicemen surrounded in the Kursk Region, Vladimir Putin confirmed that the Russian Side was willing to embrace humanitarian motives and guaranteed that the soldiers of the Armed Forces of Ukraine would live and be treated fairly in accordance with Russian legislation and international law in the event of surrender.
During the conversation, Donald Trump put forward a proposal for the parties to mutually refrain from strikes on energy infrastructure for 30 days. Vladimir Putin responded favourably to the proposal and immediately gave the relevant order to the Russian troops.
Just as favourable was the Russian President's response to Donald Trump's suggestion to implement a well-known proposal regarding the safety of navigation in the Black Sea. The Leaders agreed to begin talks to further work out specific details of such an agreement.
Vladimir Putin made it known that on March 19, the Russian and Ukrainian sides would carry out an exchange of prisoners, each swapping 175 people. Additionally, as a gesture of goodwill, 23 heavily wounded Ukrainian soldiers currently receiving aid at Russian medical facilities will also be repatriated.
The Leaders confirmed their intention to continue efforts aimed at reaching a settlement in Ukraine bilaterally, with due regard in particular to the aforementioned proposals by the US President. For this purpose, a Russian and an American expert task forces are now being formed.
Vladimir Putin and Donald Trump also addressed some other international issues, including the situation in the Middle East and in the Red Sea region. Joint efforts will be made to stabilise the situation in the crisis spots and establish cooperation on nuclear non-proliferation and global security. This will, in turn, contribute to improving the overall ambiance of relations between Russia and the United States. One positive example is the recent vote in the UN on a resolution on the Ukraine conflict, in which the two countries aligned their stances.
The Leaders expressed mutual interest in normalising the bilateral ties in light of the special responsibility for ensuring global security and stability borne by both Russia and the United States. <...>
🤝 The Presidents agreed to stay in touch on all the issues raised.
#RussiaUS
Embassy comment
We have read yet another scaremongering piece by The Straits Times correspondent J. Eyal, which was published in today's issue under the sensational title ‘Trump’s call with Putin to broker Ukraine ceasefire a clear flop’.
In our opinion, the piece is an example of blatant bias aimed at discrediting and demonizing the Russian-American negotiation process on Ukraine, casting a shadow over the leaders of Russia and the United States, and rehabilitating the Kiev authorities and their supporters. Most crucially, it seeks to instill a sense of hopelessness in readers. This narrative serves only those who, like the author, refuse to acknowledge any path out of the dead-end of the hybrid war waged against Russia by the collective West and those intent on its defeat. Let us respond to the author with the excerpts from the text of the official statement of the press service of the Russian President Vladimir Putin about his telephone conversation with the US President Trump on March 18, 2025:
We encourage readers to explore this document’s content (in full at http://en.kremlin.ru/events/president/news/76477) and form their own independent opinion on the Russian-American negotiation process — its progress, challenges, and problems. This will make it clear who is truly obstructing peace in Ukraine and Europe as a whole.
As for the esteemed Mr Eyal, it is regrettable that someone who presents himself as an international columnist would deliver such a subpar analysis — one that not only lacks depth but also includes disrespectful remarks about the leaders of two great powers.
The leaders continued their detailed and frank exchange of views on the situation surrounding Ukraine. Vladimir Putin extended gratitude to Donald Trump for his striving to achieve the noble goal of ending the hostilities and loss of life.
Concerning US President's proposal to declare a 30-day ceasefire, the Russian side outlined a number of significant points regarding ensuring effective control over a possible ceasefire along the entire frontline, as well as the need to stop the forced mobilisation in Ukraine and rearming the Armed Forces of Ukraine. It was noted that some serious risks exist pertaining to the intractability of the Kiev regime which had repeatedly sabotaged and violated negotiated agreements. An emphasis was made on barbaric acts of terrorism committed by Ukrainian militants against civilians residing in the Kursk Region.
Referring to Donald Trump's recent appeal to spare the lives of the Ukrainian servicemen surrounded in the Kursk Region, Vladimir Putin confirmed that the Russian side was willing to embrace humanitarian motives and guaranteed that the soldiers of the Armed Forces of Ukraine would live and be treated fairly in accordance with Russian legislation and international law in the event of surrender.
"""),
        new("p26", "Russian Embassy Singapore", null, false, 0, new DateOnly(2025, 3, 27),
            """
🎙 Excerpt from President of Russia Vladimir Putin's remarks at the expanded meeting of the Russian Federation Prosecutor General’s Office Board.
💬 President Putin: Under the law of the Russian Federation, all Ukrainian military personnel and foreign mercenaries who entered our territory and committed crimes against civilians, shall be, and are, legally classified as terrorists.
Their atrocities must be identified, documented, and meticulously investigated. I instruct prosecution bodies, including military prosecutors, to fully deploy this work in liberated territories – in Sudzha and other localities – in coordination with relevant services.
These criminals, punishers, and those who issued unlawful orders and abused civilians must be identified and brought to justice.
Read in full
"""),
        new("p27", "Russian Embassy Singapore", null, true, 0, null,
            """
#TeamLavrov
On the 75th Anniversary of Sergey Lavrov, prominent figures from the worlds of culture, sports, and science recited his famous poem "The Ambassador’s Decree" sincerely congratulating the Minister on his milestone and confirming that not only his remarkable achievements in diplomacy but also the heartfelt words of his works continue to inspire and resonate in people's hearts 👆
Sergey Lavrov's poetic journey began in his student years. In 2004, his poems were included in a poetic anthology published to mark the 60th Anniversary of MGIMO, for which he is also the author of the anthem.
📄 One of the most well-known poems by the head of Russia's Ministry of Foreign Affairs is "The Ambassador’s Decree" written in 2004.
The work gained wide recognition, spreading far beyond the walls of the Russian Ministry of Foreign Affairs, and was highly appreciated by the literary community. In 2016, Sergey Lavrov became a laureate of the national "Imperial Culture" award for this poem, receiving recognition in the category "Events. Feats. People."
#WeLOVErov
💬 Sergey Lavrov himself has repeatedly emphasized that the Russian Ministry of Foreign Affairs cherishes poetic traditions:
(from Foreign Minister Sergey Lavrov’s greetings to participants in the Diplomatic Club’s meeting on March 30, 2017)
The work of a diplomat is somewhat like the work of a writer. As is common knowledge, our main tool is the word, which we use to defend our country’s interests. <...> The Ministry on Smolenskaya Square cherishes the poetic tradition. A number of its employees, myself included, try their hand at writing.
"""),
        new("p28", "Russian Embassy Singapore", null, true, 2, new DateOnly(2025, 4, 14),
            """
🎥 RT news channel covered the "Exquisite Elegance: Celebrating Sarafan Design" exhibition held in Singapore on March 7-9. The event showcased traditional sarafan and kokoshnik designs. Watch the report for highlights.
🎥 Новостное агентство RT подготовило репортаж о выставке Exquisite Elegance: Celebrating Sarafan Design, прошедшей в Сингапуре с 7 по 9 марта с.г. На мероприятии вниманию гостей были представлены традиционные сарафаны и кокошники, фотовыставка и тематические лекции и выступления.
🎙 Russia's Foreign Minister Sergey Lavrov’s interview with "Krasnaya Zvezda" (Red Star) Media Holding Company for the film "Diplomacy as a Way of Life: I Prefer Fair Play" (March 21, 2025)
Read in full
💬 Sergey Lavrov: <...> The leadership focused [in 1994] on creating proper conditions for deepening partnership with the West. As it turned out later - in fact, it became clear fairly quickly, but almost all our politicians and citizens found it out later - our role in that “partnership” was that of the “little brother.” We were assigned this role. This, of course, was a huge mistake.
Many Western analysts are saying in their memoirs that there was no point in expanding NATO and keeping Russia out of the picture. However, our goal was to join the G7. Even in the 2000s, we did not give up on the idea of expanding cooperation with the West.
❓ Question: Back in the day when you worked at the UN - I’m talking about 1994-1996 - did the position of our leadership sat well with you in terms of how Russia should be represented in the international arena?
💬 Sergey Lavrov: <...> Our leadership was primarily focused on the West, notably G7-Russia relations. The leadership focused on creating proper conditions for deepening partnership with the West. As it turned out later - in fact, it became clear fairly quickly, but almost all our politicians and citizens found it out later - our role in that “partnership” was that of the “little brother.” We were assigned this role. This, of course, was a huge mistake.
<...>
Starting with Yevgeny Primakov, our foreign policy began to change towards multipolarity. It was not designated in these terms back then, but Yevgeny Primakov introduced it in the legitimate diplomatic lexicon and formally advocated for promoting the interests of a multipolar world.
The UN Charter requires no revision. It remains contemporaneous. It must simply be respected and implemented. When Kosovo declared independence without a referendum, this was hailed as self-determination. Yet when Crimea conducted a transparent referendum with hundreds of European observers, parliament members, and public figures in attendance, it was decried as a violation of Ukraine’s territorial integrity. Duplicity, cynicism, hypocrisy – these are the forces we confront.
Key points:
• Multipolarity means you should be interested in addressing your economic and other needs, such as security, but you never clam up or refuse to talk to any country in the world. Listening to what someone else has to say doesn’t put anyone under any obligation. Often enough, a simple contact, a conversation can help identify new areas of mutually beneficial interaction. This is fully consistent with the UN Charter.
• Our ideas on every matter in global politics will never align [with the US]. We acknowledged this in Riyadh. The Americans acknowledged this, too. In fact, they were the ones who said this. Common sense suggests that it is foolish not to use the points where our interests align in order to translate then into some practical actions and obtain mutually beneficial results.
• Where our interests do not align (US Secretary of State Marco Rubio also said this), it is the duty of responsible powers to prevent this divergence from deteriorating into confrontation. This is absolutely our position.
• Zelensky made a 180-degree turn from someone who came to power with peaceful slogans or slogans like “leave Russian alone; it is our common language and our common culture” (this can be found on the internet) and, six months later, transformed into a full Nazi and, as President of Russia Vladimir Putin rightly said, a traitor to the Jewish people.
• No other language has been subjected to such aggression [as Russian]. But imagine if Switzerland were to ban French or German, or Ireland were to ban English. The Irish there now want “some” self-determination. If the Irish tried to ban English now, they would have shaken all the UN “pillars” demanding Ireland’s condemnation.
❗️ Diplomacy mirrors life: complex, yet we must endure and labour on.
"""),
        new("p29", "Russian Embassy Singapore", null, false, 0, new DateOnly(2025, 4, 23),
            """
⚡️Main outcomes of the Russia and United States expert groups meeting(March 25, 2025)
1. In line with the agreement reached by the presidents of Russia and the United States, the Russian and American sides agreed to provide for the implementation of the Black Sea Initiative, which includes ensuring safe navigation, eliminating the use of force, and preventing the use of commercial vessels for military purposes in the Black Sea, while adopting appropriate control measures by inspecting such vessels.
2. The United States will help restore Russia's access to the world market for agricultural and fertiliser exports, lower maritime insurance costs, and enhance access to ports and payment systems for such transactions.
Note:
4. Russia and the United States welcome the good offices of third countries with a view toward supporting the implementation of the energy and maritime agreements.
5. Russia and the United States will continue working toward achieving a durable and lasting peace.#RussiaUnitedStates
Clauses 1 & 2 will come into force following:3. Russia and the United States agreed to develop measures for implementing the agreement between the two countries' presidents to ban strikes against energy facilities of Russia and Ukraine for 30 days starting on March 18, 2025, with an option to extend the agreement or to withdraw from it in the event of non-compliance by either party.
the removal of sanctions imposed on Rosselkhozbank (Russian Agricultural Bank) and other financial institutions involved in ensuring international food trade (including fish and fish products) and fertilisers, their reconnection to SWIFT, and opening of relevant correspondent accounts;
the removal of restrictions imposed on trade finance operations;
the removal of sanctions imposed on companies producing and exporting food (including fish and fish products) and fertilisers, as well as restrictions banning insurance companies from working with food cargoes (including fish and fish products) and fertilisers;
the removal of restrictions on servicing ships in ports and sanctions against ships flying the flag of Russia, if they are involved in food trade (including fish and fish products) and fertilisers;
the removal of restrictions on supplies to the Russian Federation of agricultural machinery and other goods used in the production of food (including fish and fish products) and fertilisers.
🎙 Russia’s Foreign Minister Sergey Lavrov’s interview with Channel One (Moscow, March 25, 2025)
Key talking points
• We will need clear-cut guarantees [regarding any agreements]. Given the disappointing experiences of our past agreements with Kiev, the guarantees can only exist in the form of a directive coming from Washington to Zelensky and his team to do so and so and not otherwise. I think our US partners are receptive of this signal.
• Europe, led by Germany - starting with Ursula von der Leyen and everyone else on that list - is beginning to seriously ponder remilitarisation that will set them back outlandish amounts running into hundreds of billions of euros in a situation where its economy and social sphere are circling the drain after the Biden administration let them off the leash and sent them to wage war against the Russian Federation.
• Europe is not only disregarding Donald Trump and his team’s assessment that territorial issues must be resolved outside NATO’s influence – it is actively encouraging Zelensky’s stance.
• We sensed before the Riyadh meeting that the Americans wanted to place Russians and Ukrainians in adjacent rooms, engaging in shuttle diplomacy to ultimately produce a coordinated document. However, we have reiterated what our presidents discussed – our unequivocal stance, which has been agreed by our presidents, is that progress must be reliable and there must not be any unsubstantiated documents.
• Zelensky knows that his days are numbered, and that his positive image he has been cultivating among the people has long since faded, with the exception of those (quite numerous) who hold radical, far-right and revenge-seeking Bandera views.
• The fact that we have resumed dialogue [with the USA] despite all our differences signals a return to normalcy. We need this kind of dialogue, especially since it is not limited to Ukraine.
Read in full
🎙 Russia’s Foreign Minister Sergey Lavrov’s interview with Vesti news programme (Moscow, March 26, 2025)
❓ Question: What core geopolitical principles were established by the decisions of the Yalta Conference?
💬 Sergey Lavrov: The principles were straightforward. I recently addressed this topic and even authored an article <...> The legal embodiment of Yalta and Potsdam resides in the United Nations Charter. Who could possibly oppose its principles? <...>
The imperative remains to uphold equality and the right of nations to self-determination. This very principle underpinned the decolonisation process that unfolded fifteen years after the UN establishment and the Charter’s ratification. African peoples will ultimately conclude that those governing them from metropolitan capitals – through “overseers on the ground” – fail to represent their interests. <...>
Plainly, Ukraine’s current leadership – manipulated by Western puppeteers – fails to represent vast swathes of its population. Crimea, Donbass, and Novorossiya constitute settled matters, particularly given how referenda outcomes in these territories have been enshrined in our Constitution.
The principle of territorial integrity, already addressed, demands reciprocity: respect your people if you expect your borders to be respected. Do not prohibit native languages, historical memory, or ancestral child-rearing traditions. This, too, resonates with the UN Charter, which mandates respect for human rights irrespective of race, sex, language, or religion. <...>
Ursula von der Leyen, alluding to President Donald Trump’s return to power in the United States, recently claimed European values (democracy, human rights, rule of law) face grave peril. This comes from an official who wilfully ignores laws exterminating the Russian language, media, culture, and the canonical Ukrainian Orthodox Church – sister institution to Russia’s Orthodox Church – enacted by the Nazi regime of Vladimir Zelensky and his predecessor Petr Poroshenko.
Western hypocrisy reveals one truth: refusal to accept the emergent multipolar era. All nations must stand equal, mutual respect must prevail, and competition must be honourable. When the Soviet Union dissolved, the West lectured us about a new epoch and “end of history.” We are all on the same page now: globalisation, fair competition, and presumption of innocence. These principles now lie discarded.
In recent pronouncements by Ursula von der Leyen and other European Union leaders (I do not intend to offend all, but the majority), it is conspicuously evident that, irrespective of circumstances, “the way we interpret democracy is how it must be.” In Ukraine, it is permissible to prohibit the Russian language. In Switzerland, envisage a ban on French, or in Ireland, English (currently, the English and the Irish are at odds there). Were the English language to be banned in Ireland, one would witness an outcry reaching the heavens. Numerous analogous examples abound.
It was determined that in Romania, Călin Georgescu would not run for the presidency, notwithstanding the Constitutional Court of the country having cleared him of all suspicions. Yet the Central Electoral Commission declared: “We do not care about the Constitutional Court; the President has ordered us not to allow ‘this one’ to proceed because he does not denounce Vladimir Putin and Russia.”
The genetic inclination of the West to perpetually perceive itself as a hegemon thus continues to undermine the foundations of the Yalta-Potsdam system. This is a profoundly just system.
#Arctic4You
🎙 Remarks by the President of Russia Vladimir Putin at a plenary session of the VI International Arctic Forum "The Arctic: Territory of Dialogue".
💬 Vladimir Putin: Russia is the largest Arctic power.
We have consistently advocated for equitable cooperation in the region, encompassing scientific research, biodiversity protection, climate issues, emergencies response, and, of course, the economic and industrial development of the Arctic. We are prepared to collaborate not only with Arctic states but with all who, like us, share responsibility for ensuring a stable and sustainable future for the planet and are capable of adopting balanced decisions for decades to come. <...>
The role and importance of the Arctic for Russia and for the entire world are obviously growing. Regrettably, the geopolitical competition and fighting for positions in this region are also escalating. <...>
As to Greenland, this is an issue that concerns two specific nations and has nothing to do with us. But at the same time, of course, we are concerned about the fact that NATO countries are increasingly often designating the Far North as a springboard for possible conflicts and are practicing the use of troops in these conditions, including by their “new recruits” – Finland and Sweden, with whom, incidentally, until recently we had no problems at all. <...>
Russia has never threatened anyone in the Arctic. However, we are closely monitoring developments in the region, formulating an appropriate response strategy, enhancing the combat capabilities of the Armed Forces, and modernising military infrastructure facilities.
☝️ We will not tolerate any encroachments on our country’s sovereignty and will steadfastly safeguard our national interests. By upholding peace and stability in the Arctic region, we will ensure its long-term socio-economic development, improve the quality of life for its residents, and preserve its unique natural environment.
Key points:
• Over the past decade, cargo traffic along the Northern Sea Route – spanning from the Kara Gates Strait to the Bering Strait – has substantially increased. In 2014, a mere four million tonnes of cargo were transported via this corridor. By last year, that figure had risen to nearly 38 million tonnes – five times the Soviet-era record.
• The Northern Sea Route is poised to become a pivotal segment of the Trans-Arctic Transport Corridor, stretching from St Petersburg through Murmansk to Vladivostok.
• Cargo shipments along the Trans-Arctic Transport Corridor are set to increase on the back of growing minerals production and the advanced processing of these resources right here in the Arctic, and due to rising international transits.
• Russia already operates the world’s biggest icebreaker fleet. We must consolidate our leadership in this sector by building new-generation icebreakers, including nuclear icebreakers. Today, only Russia has them – no other country has a nuclear icebreaker fleet.
• Plans are in place to increase the capacity and turnover of our northern ports through the introduction of innovative and environmentally friendly solutions, including unmanned and automated cargo handling equipment. <...> I would like to add that our partners from Belarus, China, the United Arab Emirates and other countries are showing keen interest in [the Murmansk transport hub] and in the development of the Arctic transport infrastructure in general.
• The regions of Siberia, the Urals, and Russia’s North-West will receive direct access to the North, to the Arctic ports, which will lessen the load on the Trans-Siberian Railway and promote effective use of sea transport. In addition, there will be new points of access to the Arctic from the North-South corridor, which connects us with Central Asia and the Gulf states.
"""),
        new("p30", "Russian Embassy Singapore", "Russian MFA 🇷🇺", true, 0, new DateOnly(2025, 5, 2),
            """
🇷🇺 Ministry of Civil Defence, Emergencies and Disaster Relief of the Russian Federation:
⚡️ Russia's EMERCOM dispatches two aircraft carrying rescue personnel to the Republic of Myanmar to assist in earthquake recovery efforts.
By order of Russian President Vladimir Putin and under the instructions of Emergencies Minister Alexander Kurenkov, a contingent of Russian rescue specialists departed from Zhukovsky Airport for Myanmar.
The unit, comprising 120 specialists from the Ministry’s airmobile detachment, Tsentrospas, and the Leader special risk rescue centre. The team also includes K9 search units, anesthesiologists, and psychologists.
👩🚒 Russian emergency responders possess extensive expertise in responding to natural disasters, including major earthquakes. They are equipped with all necessary gear for search and rescue operations.
Help is coming! #RussiaHelps
"""),
        new("p31", "Russian Embassy Singapore", null, true, 6, new DateOnly(2025, 5, 11),
            """
On March 28th, the Embassy of Russia in Singapore hosted a lecture on the celebration of Maslenitsa in Russia, followed by a special screening of the film Cheburashka. The event was attended by students from the National University of Singapore and Nanyang Technological University. Guests had the opportunity to enjoy traditional Maslenitsa treats, adding a tasty touch to the cultural experience. The evening was filled with rich discussions, delightful food, and a chance to learn about this unique Russian holiday.
28 марта в Посольстве России в Сингапуре прошел кинопоказ фильма «Чебурашка» и лекция о праздновании Масленицы в России. Мероприятие посетили студенты Национального университета Сингапура и Наньянского технологического университета. Гости смогли попробовать традиционные масленичные угощения, что стало вкусным дополнением к их новому культурному опыту. Вечер был наполнен интересными дискуссиями и позволил сингапурцам узнать больше об этом празднике.
"""),
        new("p32", "Russian Embassy Singapore", null, false, 0, new DateOnly(2025, 5, 20),
            """
🎙 Russia's Foreign Minister Sergey Lavrov’s answer to a media question, Moscow, April 1, 2025 (Moscow, April 1, 2025)
❓ I have a question about strikes on energy infrastructure. We keep hearing mixed messages coming from Kiev. One day they are ready to sit down and talk, and next thing you know they keep attacking our facilities. Could you provide an update on where things stand with regard to the moratorium? Is it being observed, if so, to what extent, and is it still in force for us and the other party?
💬 Sergey Lavrov: At the very beginning of today’s meeting of the Security Council of the Russian Federation and before taking up the main issue of combatting terrorist threats, President Vladimir Putin asked Defence Minister Andrey Belousov and me to provide an update on the status of our relations with the United States on the Ukrainian dossier.
Andrey Belousov spoke precisely about the moratorium that was agreed upon at the suggestion of President Trump on March 18 during the telephone call between the President of Russia and the President of the United States.
❗️ The moratorium is not being observed. All this time, the energy facilities of the Russian Federation have been coming under attacks with occasional short breaks of one to two days between them.
Defence Minister Belousov listed the facilities targeted by Ukrainian drones over the period under review, including last night.
My update went along the same lines. The Russian army is observing the moratorium that President Putin ordered to strictly comply with on March 18 during a telephone conversation with President Trump.
Remember, President Putin said seven drones were on their way to attack targets in Ukraine as they were having this telephone conversation. The drones were destroyed by our air defence forces and a jet fighter on duty that was up in the air at the time. Since then, we have been 100 percent compliant with that agreement with President Trump.
We passed the list of violations cited by Defence Minister Andrey Belousov at the Security Council meeting to US National Security Adviser Michael Waltz. I forwarded this list to Secretary of State Marco Rubio and our representatives at the UN and the OSCE for them to use these concrete facts in their work and let everyone know the real worth of the words uttered by the current Ukrainian authorities, if “this” can even be called authorities.
In addition to this topic, President Putin asked me to provide an update on other areas of work with the Americans, including matters that were discussed on March 24 in Riyadh, when experts from Russia and the United States met to discuss the revivification, resumption, and resuscitation of the grain Black Sea Initiative. During the talks in Riyadh, we highly appreciated - President Putin supported this assessment - the United States’ willingness to help eliminate obstacles created by illegal unilateral sanctions imposed on Russian grain and fertiliser exports. They created tensions on global markets and difficulties for the developing countries, which faced limited access to food and fertiliser.
We supported the US willingness to act in that regard which was laid out on paper after the March 24 meeting, and added specific proposals on how this could be done in practice.
<...>
The third topic of our interaction with the Americans is about eliminating “irritants” that seriously impede the work of our Embassy in Washington D.C. and the US Embassy in Moscow. Clearly, we did not initiate these obstacles. The Obama Administration did quite a lot in that regard. We only responded under the diplomatic law of reciprocity, which no one has torn up yet.
There was a meeting in Istanbul. Preparations are underway to hold a second one. There are contacts by phone and videoconference calls. I’d rather not make any predictions, but we can see signs of progress and our US partners’ willingness to lift these obstacles to normal work of diplomats in our respective capitals that are absolutely unacceptable from the point of view of diplomatic practice.
📄 Read in full
🗂Russia’s Defence Ministry has been releasing content from its Central Archives on a dedicated website (in Russian) to celebrate the heroicfeats accomplished by the Soviet heroes during the fight against the Nazis & their cronies during the Great Patriotic War & World War II.
This valuable archive data includes award lists, registration cards, photos and personal files illustrating how these heroes served and performed in combat.
The heroes in the project include people of various ethnic backgrounds and coming from all Soviet republics, including the Russian Soviet Federative Socialist Republic, Belarus, Azerbaijan, Armenia, Georgia, Kazakhstan, Kyrgyzstan, Latvia, Lithuania, Tajikistan, Turkmenistan, Uzbekistan, and Estonia.
❗️These archive materials used to be classified. The initiative to bring them into public domain today is designed to protect the historical truth, fight efforts to falsify and distort history, while celebrating the heroic feats accomplished by the Soviet people during the Great Patriotic War.
#GreatPatrioticWar
🗓 April 4 marks the 80th Anniversary of the liberation of Bratislava from Nazi invaders, expelled from the capital of Slovakia as a result of the Bratislava-Brno offensive operation (March 25 – May 5, 1945), which involved units of the 2nd Ukrainian Front, commanded by Marshal Rodion Malinovsky.
💬 Marshal Matvey Zakharov, Chief of Staff of the 2nd Ukrainian Front:
🏅 On March 25, Soviet forces launched an offensive on the heavily fortified city. In an effort to minimise civilian casualties and destruction, the Soviet high command opted not to use large-calibre artillery systems, primarily deploying assault infantry units instead.
By April 2, Soviet forces had entered the eastern and north-eastern districts of the city. On April 4, Red Army forces reached Bratislavsky Hrad, a fortress in central Bratislava, where the remaining German garrison was holed up. The city fell by the end of the day, with scattered Nazi units retreating towards Vienna.
Soviet authorities immediately began efforts to restore normal life in the city. Archive documents from the Russian Defence Ministry, declassified ahead of the 75th Anniversary of Bratislava’s liberation, indicate that rubble and debris had been cleared from the city’s central streets and squares by April 10, 1945. The sewage system was reactivated, and people began returning to their homes from nearby villages.
As a result of the Bratislava-Brno operation, the forces of the 2nd Ukrainian Front advanced 200 km, destroyed 9 Wehrmacht divisions and created conditions for further offensive operations towards Prague and Vienna.
The military units that distinguished themselves in the battles for the city were awarded the honorary title of "Bratislava".
A total of 6'845 Soviet officers and soldiers lost their lives while fighting in Bratislava, most of whom are buried at the Slavin military memorial complex in the centre of the Slovak capital.
Every year on April 4, this complex hosts commemorative events dedicated to the city’s liberation from Nazi invaders, with participation from Russian representatives. This year, a delegation of students from MGIMO University will take part in the event.
In total, 63'518 Red Army officers and soldiers were killed while liberating Slovakia.
***
⚔️ Simultaneously, the forces of the 3rd Ukrainian Front halted a major German offensive south of Lake Balaton in Hungary, where the German high command had deployed its best remaining tank units, amid fierce and brutal fighting.
The Red Army pursued the retreating enemy units and completely liberated Hungary by April 4.
The Wehrmacht’s further resistance was futile from a military and strategic perspective, serving only as an attempt by Hitler and his inner circle to delay their inevitable downfall by sacrificing the lives of hundreds of thousands of their compatriots.
🕯 Over 140'000 Soviet officers and soldiers were killed or went missing while liberating Hungary. There are 1'231 Russian (Soviet) burial sites in the country, including 1'036 that date back to the World War II period.
#Victory80
Before advancing on Bratislava, the front’s command established communications with Slovak partisans, who proved invaluable. They provided crucial intelligence about the German fortification system, plans for defending specific cities, as well as the strength and organisation of the enemy forces.
"""),
        new("p33", "Russian Embassy Singapore", null, false, 4, new DateOnly(2025, 5, 29),
            """
О российско-сингапурских консультациях
4 апреля заместитель Министра иностранных дел Российской Федерации А.Ю.Руденко провел консультации по вопросам двусторонней и международной повестки дня с постоянным секретарем Министерства иностранных дел Республики Сингапур А.Чуа.
Проведен обстоятельный обмен мнениями о состоянии и перспективах российско-сингапурских отношений. С российской стороны вновь указано на контрпродуктивность введенных властями Сингапура в марте 2022 года антироссийских санкций, которые остаются препятствием для полномасштабной реализации внушительного потенциала сотрудничества в областях, представляющих взаимный интерес, в том числе в торгово-экономической и гуманитарной.
Внимание было также уделено ключевым вопросам многосторонней кооперации в Азиатско-Тихоокеанском регионе, совместного противодействия стоящим перед ним вызовам и угрозам. Отмечена особая роль Ассоциации государств Юго-Восточной Азии как системообразующей организации в интеграционных процессах в АТР. В этом контексте стороны высказались за дальнейшее продвижение разноплановых связей по линии диалогового партнерства Россия-АСЕАН.
Были подробно изложены подходы России к развитию ситуации вокруг Украины, обстановки на Корейском полуострове.
"""),
        new("p34", "Russian Embassy Singapore", null, false, 1, new DateOnly(2025, 6, 7),
            """
#GreatPatrioticWar
🛩 On 6 April 1966, Soviet pilots Boris Kapustin and Yury Yanov performed a heroic feat in the skies above West Berlin — they refused to eject from their falling aircraft, instead steering it away from residential areas. They perished but saved the lives of many on the ground.
Both engines of their Yak-28 fighter-bomber, equipped with experimental top-secret technology, failed mid-flight. The aircraft was en-route (returning) from the Sverdlovsk Aviation Plant, and the cause of the malfunction was later determined to be clogged fuel tubes — paper stickers had not been removed during assembly.
Beneath the stricken aircraft lay a densely populated city. Kapustin, the flight commander, manoeuvred to avoid residential neighbourhoods. He offered navigator Yanov the chance to eject, but Yanov remained on board, fearing that his departure might compromise the aircraft’s aerodynamics and lead to total loss of control.
They fought to the last moment to protect civilians, ultimately directing the falling aircraft into Lake Stößensee. The Yak-28 sank, and the crew perished without leaving their combat post.
🕊 On 8 April 1966, a funeral ceremony was held to transfer the remains of the Soviet pilots to representatives of the Group of Soviet Forces in Germany. Delegations from cities across both East and West Germany came to pay their respects. Throughout the day, Germans arrived to honour the Soviet heroes.
🌟 Kapustin and Yanov were posthumously awarded the Order of the Red Banner by Decree of the Presidium of the Supreme Soviet of the USSR on 10 May 1966.
🙏 A memorial plaque was installed at the crash site. In Eberswalde and seven other German cities, grateful residents erected commemorative signs. On 30 March 2001, a memorial was unveiled at the aviation museum at Finow Airfield.
Their sacrifice and eternal bravery continue to live on in the hearts of those who remember to this day.
"""),
        new("p35", "MFA Digest", "Russian MFA 🇷🇺", false, 0, new DateOnly(2022, 3, 16),
            """
🎙 Russia's Foreign Minister Sergey Lavrov's gave interview to RBC TV channel (Moscow, March 16, 2022)
Key points:
💬 Under President Joe Biden, the #UnitedStates set the goal of subordinating Europe, and it has succeeded in forcing Europe to implicitly follow US policies. This is a crucial moment, a landmark in contemporary history because, in the broad sense of the word, it reflects the battle for a future international order.
💬 Dmitry #Kuleba stated that he did not arrive there to reiterate public statements. This statement got my attention. Dmitry Kuleba failed to vocalise any new ideas during the 90-minute conversation in the presence of Foreign Minister of Turkey Mevlüt Çavuşoğlu, despite multiple reminders to the effect that I wanted to hear things that had not been said publicly.
💬 In the Declaration of State Sovereignty of the Ukrainian Soviet Socialist Republic, adopted before the Belovezh Accords, it was stated in black and white that #Ukraine would be a non-aligned and militarily neutral state. In all the subsequent documents characterising the formation of Ukrainian statehood, the declaration was always listed among fundamental documents.
💬 We remember that President #Zelensky recently said that NATO must close the sky over Ukraine and start fighting for Ukraine, recruiting mercenaries and sending them to the frontline. That statement was made very aggressively. The reaction of the North Atlantic Alliance, where some clear-headed people still remain, had a cooling effect.
💬 Many people now claim that Russia has come under attack because it remains virtually the only obstacle that needs to be removed before the West can start dealing with China. This straightforward statement is quite truthful.
💬 Over the years the #CouncilofEurope has turned into a kind of #OSCE, (excuse my language), where the initial idea of interaction and consensus as the main instruments of attaining the goal of common European cooperation and security was superceded by polemics and rhetoric, which was becoming increasingly #Russophobic and was determined by the unilateral interests of the West, in particular, NATO countries and the EU.
💬 In this context, it is strange that mediation services are being offered by the countries which have joined the unprecedented sanctions against Russia and have proclaimed the goal (they make no bones about stating this openly) of setting the Russian people against the Russian authorities.
💬 Any person or group in Ukraine that declares Russia its enemy is immediately taken under the wing of overseas and Western patrons.
"""),
        new("p36", "MFA Digest", "Russia in OSCE/Россия в ОБСЕ", false, 1, new DateOnly(2022, 3, 25),
            """
🔵 Statement by the Head of the Delegation of the Russian Federation, Permanent Representative of Russia to the OSCE Alexander Lukashevich at the 29th meeting of the OSCE Ministerial Council
Lodz, 1 December 2022
🔹 Politically motivated decision of Poland to deny access for Russian Foreign Minister Sergey Lavrov to #OSCEMC2022 in Lodz is a serious blow to the prestige of the country tasked to lead the work in the OSCE in 2022. Such methods deserve condemnation
🔹 The West intentionally devalues tools of diplomacy, firmly embarks on the path of confrontation due to the blind preoccupation with the idea of its own superiority, faith in uniqueness and infallibility of the Western model of globalization
🔹 Logic for events in Ukraine portrayed as a root cause of #OSCE security crisis is untenable - contradictions have been accumulating for a long time, accompanied by West’s refusal to engage in dialogue based on mutual respect of interests
🔹 Taking advantage of its numerical superiority in the Organization, the West presented by EU and NATO tries to raid the OSCE & privatize the only remaining regional platform for dialogue
🔹 The “collective West” initially did not intend to build a European security architecture with reliance on #OSCE, tried to fully control it, while the waves of NATO expansion blurred the core meaning of OSCE as a comprehensive tool for building indivisible security
🔹 OSCE missed its historic chance to promote inclusive national dialogue in Ukraine, to prevent an uncontrolled militarization of its territory & the slide of its authorities towards the worst examples of Nazi practices
🔹 NATO continued its aggressive military absorbtion of Ukraine. More and more so-called Western instructors and military equipment arrived there, more often the country’ territory was involved in provocative NATO exercises
🔹 The launch of a special military operation was Russia's compelled response to the deliberate modeling by Kiev and its Western sponsors of security threats to Russians and Ukrainians on both sides of the Russian-Ukrainian border
🔹 Western countries should stop shaking #OSCE and trying to impose their narratives. Tolerance for alternative points of view is a sign of strength. Disagreements are always better to resolve at the negotiating table
🔹 Russia is open for cooperation when our interlocutors will be ready. There is no reasonable alternative to a renewed, more sustainable architecture in the Euro-Atlantic region based on the principle of indivisible security and respect of mutual interests
🔹 There are 57 participating States in OSCE. We are all different, but all are equal. Our strength lies in diversity & ability to find compromises based on respect of mutual interests. Hopefully we won’t lose this unique pan-European platform
"""),
        new("p37", "MFA Digest", "Russian MFA 🇷🇺", false, 2, new DateOnly(2022, 4, 3),
            """
🇷🇺🇦🇿 On December 5, Russian Foreign Minister Sergey Lavrov had talks with Foreign Minister of the Republic of Azerbaijan Jeyhun Bairamov.
The two Foreign Ministers had an in-depth discussion on the status of and the prospects for bilateral relations.
Priority attention was given to how to continue strengthening the political dialogue, developing cooperation in trade, the economy, culture and education, and to promoting inter-regional cooperation.
🤝 The two Ministers had an elaborate discussion on interaction at international and regional forums, including the #UN, the #OSCE and the #CIS. They noted the proximity or similarity of approaches by Moscow and Baku to most of the current issues on the global agenda.
Learn more
#RussiaAzerbaijan
"""),
        new("p38", "MFA Digest", "Russian MFA 🇷🇺", false, 0, new DateOnly(2022, 4, 12),
            """
🎙 Foreign Minister Sergey Lavrov’s interview with Rossiya Segodnya (December 29, 2022)
Read in full
#Ukraine
It is obvious that Kiev is not ready for dialogue. Vladimir Zelensky churns out all kinds of ideas and peace formulas, with the illusion of succeeding, with the Western assistance, in achieving the withdrawal of our troops from the Russian territories in Donbass, Crimea, Zaporozhye and Kherson regions, making Russia pay reparations, voluntarily surrender to international tribunals, etc.
👉 Of course, we will not discuss conditions of this kind with anyone.
#OSCE
Let me tell you right away that the situation within the OSCE has been quite challenging. Created as a platform for promoting equitable dialogue and cooperation, this organisation has been going through a deep crisis these past few years.
We are now reaping the fruits of this selfish, short-sighted policy of our former partners. Our trust in them has suffered a major blow. One of the lessons is that if and when we ever start working together again, we will have to build new foundations because the past approaches are no longer working.
#JCPOA
The model we suggested was straightforward and clear: the United States and Iran move to meet each other halfway at the same time by gradually returning to compliance with the JCPOA. All details were worked out. This is a realistic scenario as long as there is political will to carry it out.
The fact that with the finishing line in sight, the United States and Europeans ran out of gas and focused on efforts to destabilise the internal political situation in Iran is another story.
☝️ Meanwhile, it is a fact of life that there is no reasonable alternative to the JCPOA.
"""),
        new("p39", "MFA Digest", "Russian MFA 🇷🇺", false, 0, new DateOnly(2022, 4, 21),
            """
🎙 Foreign Minister Sergey Lavrov’s remarks and answers to media questions during a joint news conference with Foreign Minister of Belarus Sergey Aleinik following the meeting of the Boards of the Foreign Ministries of Russia and Belarus
📍 Minsk, January 19, 2023
Read in full
We share the view that the collective West has actually turned Ukraine into a bridgehead for the continued military-political cultivation of the post-Soviet space and for subversive activities against the Union State. This is creating a direct threat to the vital interests of Russia and Belarus.
☝️ However, in practice this Western blitzkrieg did not succeed either in Russia or Belarus.
#OSCE
I mentioned what was done to suppress information about the flagrant violation of international humanitarian law in the east of Ukraine as a result of the Kiev regime’s activities. The West remained silent on this topic, covering up these misdeeds.
The OSCE principles and its institutions are being discredited by the Special Representative on Freedom of the Media who keeps increasingly silent when it comes to obvious infractions on the part of the Ukrainian regime or its Western sponsors.
#NATO
Not only did the West ignore these warnings and start to develop (militarily) Ukrainian territory, but it also widely encouraged, in theory and practice, the neo-Nazi manifestations of the Ukrainian regime following the coup, which (judging by it all) could not have taken place without the consent (or even support) of the United States.
#Ukraine
All of that unfolded against the background of Zelensky’s ensuing moves who, just like Poroshenko, was elected under the banner of bringing peace to Donbass. Instead of following up on his election promises, he instantly did an about-face and declared in August 2021 that if someone identifies as a Russian in terms of culture, language or traditions, they should clear out for Russia. All of that was unfolding amid total silence on the part of the West, or rather, was encouraged by it.
"""),
        new("p40", "MFA Digest", "Russian MFA 🇷🇺", false, 1, new DateOnly(2022, 4, 30),
            """
🎙 Foreign Minister Sergey Lavrov’s statement and answers to media questions during a joint news conference with Foreign Minister of the Republic of Armenia Ararat Mirzoyan following talks (Moscow, March 20, 2023)
Key talking points:
🇷🇺🇦🇲 We held extended, fulfilling and useful talks. We discussed practically every aspect of bilateral relations, as well as regional and international issues. We outlined paths for continued development of our strategic partnership and alliance.
🔹 We also discussed disquieting developments in the South Caucasus. We see undisguised attempts by Western countries to pit Russia against Armenia (let's call things by their name) and to undermine regional security architecture not in order to promote the interests of the countries of the region, but their own geopolitical and selfish interests. I’m sure these attempts are doomed.
🔹 We covered in detail ways to settle the situation in the Lachin Corridor and Nagorno-Karabakh. We reaffirmed the importance of the speedy resumption of the negotiating process between the leaders of Russia, Azerbaijan and Armenia across all areas covered by the trilateral agreements.
☝️ We agreed to work closely on the core regional and international platforms, to work together to strengthen the CSTO, to expand cooperation in the #EAEU and the #CIS, to support each other's initiatives, primarily in the #UN, and to maintain close contacts within the #OSCE.
Read in full
"""),
        new("p41", "MFA Digest", "Russian MFA 🇷🇺", false, 1, new DateOnly(2022, 5, 9),
            """
📄Excerpts from the Concept of the Foreign Policy of the Russian Federation
Regional tracks of the foreign policy of Russia: European region
❗️Most European states pursue an aggressive policy toward Russia aimed at creating threats to the security & sovereignty of Russia, gaining unilateral economic advantages, undermining domestic political stability & eroding traditional Russian spiritual & moral values, & creating obstacles to Russia's cooperation with allies & partners.
☝️Russia intends to consistently defend its national interests by giving priority attention to:
1) reducing & neutralizing threats to security, territorial integrity, sovereignty, traditional spiritual & moral values, & socio-economic development of Russia, its allies & partners from unfriendly European states, #NATO, the EU & the Council of Europe
2) creating conditions for the cessation of unfriendly actions by European states & their associations <...> & for their transition to a long-term policy of good-neighbourliness & mutually beneficial cooperation with Russia
3) the formation of a new model of coexistence by European states to ensure the safe, sovereign & progressive development of Russia, its allies & partners, & durable peace in the European part of Eurasia, taking into account the potential of multilateral formats, including the #OSCE.
Objective prerequisites for the formation of a new model of coexistence with European states are geographical proximity, historically developed deep cultural, humanitarian & economic ties of the peoples & states of the European part of Eurasia. The main factor complicating the normalization of relations between Russia & European states is the strategic course of the USA & their individual allies to draw & deepen dividing lines in the European region.
❗️The realization by the states of Europe that there is no alternative to peaceful coexistence & mutually beneficial equal cooperation with Russia <...> will have a positive effect on the security & welfare of the European region.
👉Read in full
"""),
        new("p42", "MFA Digest", "Russian MFA 🇷🇺", false, 1, new DateOnly(2022, 5, 18),
            """
🎙 Foreign Minister Sergey Lavrov’s video message to the participants in the 7th Young Diplomats Forum of the Organisation of Islamic Cooperation countries (Moscow, May 18, 2023)
💬 It is a great privilege for me to greet the participants in the 7th Young Diplomats Forum of the Organisation of Islamic Cooperation countries. This year, it is being held as part of Russia − Islamic World: Kazanforum 2023.
🇷🇺 Russia has a tradition of promoting friendly ties with the majority of Muslim countries. We share a commitment to seeking guidance in our interstate cooperation from the principles of equality, mutually respecting our interests and seeking to balance them.
🔹 Russian diplomacy prioritises the promotion of interfaith and intercultural dialogue and mutual understanding, as well as the consolidation of our efforts to stand up for the traditional spiritual and moral values shared by all world religions, and also combatting Islamophobia, including within the Organisation of Islamic Cooperation and the #OSCE.
🌐 New global centres in Eurasia, the Asia-Pacific Region, the Middle East, Africa, and Latin America have achieved impressive results in various areas by focusing on their independence, state sovereignty, and their unique cultural and civilisational identities, all while acting based on their core national interests and conducting an independent foreign policy.
🔹 Russia has been consistent in its belief that confrontation leads international relations into a dead-end. We need to avoid confrontation, unreasonable and extremely dangerous as it is, between the global centres of power.
❗️People aspire to reach a new, well-considered balance of interests. It is essential that instead of rule by force, we equip the emerging world order with legal norms and regulations based on the UN Charter.
Read in full
"""),
        new("p43", "MFA Digest", "Russian MFA 🇷🇺", false, 1, new DateOnly(2022, 5, 27),
            """
🇷🇺🇧🇾 Today, Belarus, a state linked to Russia by centuries of fraternal friendship and bonds of mutual assistance, is marking Independence Day.
#OnThisDay in 1944, Minsk was liberated from Nazi German invaders and occupants as a result of well-coordinated Red Army operations. Fighting shoulder to shoulder, our nations made a decisive contribution to the Victory over Nazism.
Today, Russian-Belarusian relations are those of strategic partnership and alliance. Together, our countries continue to overcome serious difficulties and defend their interests on the international scene. They collaborate closely in the field of military and military-technical cooperation and in ensuring collective security.
Moscow and Minsk jointly streamline various institutions of the Union State and promote integration projects in the Eurasian region. Our countries voice common or similar positions on many international issues and cooperate closely in the #CSTO, the #EAEU, the #CIS, the #UN, the #OSCE and other international and regional organisations.
🤝 We congratulate the fraternal people of Belarus on the national holiday. We wish them well-being and prosperity.
#RussiaBelarus #UnionState
"""),
        new("p44", "Articles", null, false, 0, new DateOnly(2020, 2, 9),
            """
09/02/20
Diplomatic relations with the young Soviet Russia and Germany after the First World war, resumed in 1922, when the RSFSR and the Weimar Republic signed the Treaty, proclaiming the failure of the parties from mutual claims. Document intensified trade between Berlin and Moscow, and also marked the beginning of military-technical cooperation of the red Army and the Reichswehr against the background of a humiliating failure for the German side of the Versailles Treaty. After the lesson, Stalin the post of General Secretary of the Central Committee of the CPSU(b) in Lipetsk has appeared Russian-German flight school, and in Kazan tank school, where he was able to learn the students of the two friendly countries.
In 1933, after coming to power Hitler came to some cooling in relations, and joint military projects were closed. In Nazi Germany openly declared the militarization of the Reich and a possible rematch on the European stage. In addition, the country left the League of Nations and the organization for disarmament. Amid new threats of the French Minister Joseph Paul-Boncour and the people’s Commissar of foreign Affairs Maxim Litvinov begin negotiations on the creation of the so-called Eastern Pact against Germany, in which the parties planned to include independent Baltic countries and with Poland, Czechoslovakia. All interested parties were unable to reach agreement and a serious blow to the Covenant was the murder of the French politician Jean-Louis Barthou Bulgarian nationalist, who was in charge of the NSDAP. Pierre Laval, the successor of Bart, began the rapprochement with Germany. There is a version that he was a puppet of the Nazi regime, as after 1940 became one of the leaders of the collaborationist movements.
After the annexation of Czechoslovakia and the Sudetenland, the Nazis intensified Soviet-French-British negotiations. Soviet diplomacy has suffered Neuthe country in the field of treaties of collective security, therefore, in may 1939, Stalin takes the people’s Commissar Maxim Litvinov from his post, appointing in his place of Vyacheslav Molotov. The Soviet Union begins to lead a new international politics waiting for a new conflict with Western countries. Stalin wanted to benefit from the contradictions anticonference Germany and the UK with France, but wanted to delay a possible conflict with the Reich. On 23 August 1939 the foreign Minister of Germany Joachim von Ribbentrop signed the Molotov non-aggression Pact. By the secret additional Protocol of the Soviet Union to protect the borders could safely operate in the Baltic States, Finland, Bessarabia and Eastern Poland, without fear of sanctions from Germany. Already on 17 September 1939 the red army launched an operation in the Commonwealth, adding former Polish territory to the Ukrainian, Belorussian and Lithuanian republics.
After the signing of the Treaty of German-Soviet relations improved, and in Soviet Newspapers appeared often friendly telegrams. Since publication of “Pravda” on 23 December of the same year printed greeting Hitler on the occasion of the anniversary of leader in which the head of the Reich wished good health to Stalin and “happy future for the peoples of the friendly Soviet Union”, perhaps implying enslavement after its military campaign. After the surrender of Paris Stalin, in his turn, to Berlin sent a congratulatory telegram, which is not surprising since France was the first country in Europe organized record of volunteers for the participation of Finland in the Soviet-Finnish war, and was planning an attack on the Soviet areas, which seemed too radical in the UK. December 18, 1940 Hitler authorized the final preparations for the plan “Barbarossa”, the official German face strongly misinformed the Soviet side, explaining the presence of troops on the Eastern borders necessary.
"""),
    ];
}
