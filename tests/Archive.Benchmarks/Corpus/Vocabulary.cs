namespace Archive.Benchmarks.Corpus;

/// <summary>An English noun in both numbers, so the corpus holds "negotiation" and "negotiations".</summary>
public sealed record EnNoun(string Singular, string Plural);

/// <summary>An English verb in the forms sentences need ("discuss", "discussed", "discussing", "discusses").</summary>
public sealed record EnVerb(string Base, string Past, string Ing, string ThirdPerson);

/// <summary>A Russian noun in the cases sentences need, so the corpus holds "выставка", "выставки", "выставке", "выставку".</summary>
public sealed record RuNoun(string Nom, string Gen, string Prep, string Acc, string PluralNom, string PluralGen);

/// <summary>A Russian past-tense verb by subject gender/number: "посетил", "посетила", "посетили".</summary>
public sealed record RuVerb(string Masculine, string Feminine, string Plural);

/// <summary>A place with its English name and Russian cases: "Singapore", "Сингапур", "Сингапура", "в Сингапуре".</summary>
public sealed record Place(string En, string RuNom, string RuGen, string RuPrep);

/// <summary>A person with an English and a Russian name; <see cref="Feminine"/> picks the Russian verb form.</summary>
public sealed record Person(string En, string Ru, bool Feminine);

/// <summary>The word lists the corpus is built from. Lists are ordered common first: <see cref="Rng.PickSkewed{T}"/> makes the tail rare.</summary>
public static class Vocabulary
{
    public static readonly EnNoun[] EnNouns =
    [
        new("negotiation", "negotiations"), new("embassy", "embassies"), new("minister", "ministers"),
        new("agreement", "agreements"), new("meeting", "meetings"), new("delegation", "delegations"),
        new("relation", "relations"), new("statement", "statements"), new("conference", "conferences"),
        new("exhibition", "exhibitions"), new("ambassador", "ambassadors"), new("treaty", "treaties"),
        new("partnership", "partnerships"), new("visit", "visits"), new("consultation", "consultations"),
        new("interview", "interviews"), new("anniversary", "anniversaries"), new("victory", "victories"),
        new("veteran", "veterans"), new("diplomat", "diplomats"), new("sanction", "sanctions"),
        new("summit", "summits"), new("initiative", "initiatives"), new("ceremony", "ceremonies"),
        new("briefing", "briefings"), new("project", "projects"), new("document", "documents"),
        new("principle", "principles"), new("resolution", "resolutions"), new("dialogue", "dialogues"),
        new("parade", "parades"), new("memorial", "memorials"), new("museum", "museums"),
        new("concert", "concerts"), new("festival", "festivals"), new("student", "students"),
        new("journalist", "journalists"), new("correspondent", "correspondents"), new("reception", "receptions"),
        new("forum", "forums"), new("ceasefire", "ceasefires"), new("prisoner", "prisoners"),
        new("investment", "investments"), new("shipment", "shipments"), new("corridor", "corridors"),
        new("monument", "monuments"), new("archive", "archives"), new("scholarship", "scholarships"),
        new("railway", "railways"), new("harbour", "harbours"), new("satellite", "satellites"),
        new("cosmonaut", "cosmonauts"), new("icebreaker", "icebreakers"), new("samovar", "samovars"),
        new("kokoshnik", "kokoshniks"), new("sarafan", "sarafans"), new("manuscript", "manuscripts"),
        new("lighthouse", "lighthouses"), new("observatory", "observatories"), new("glacier", "glaciers"),
    ];

    public static readonly EnVerb[] EnVerbs =
    [
        new("discuss", "discussed", "discussing", "discusses"), new("sign", "signed", "signing", "signs"),
        new("hold", "held", "holding", "holds"), new("visit", "visited", "visiting", "visits"),
        new("welcome", "welcomed", "welcoming", "welcomes"), new("support", "supported", "supporting", "supports"),
        new("celebrate", "celebrated", "celebrating", "celebrates"), new("negotiate", "negotiated", "negotiating", "negotiates"),
        new("open", "opened", "opening", "opens"), new("announce", "announced", "announcing", "announces"),
        new("attend", "attended", "attending", "attends"), new("host", "hosted", "hosting", "hosts"),
        new("reaffirm", "reaffirmed", "reaffirming", "reaffirms"), new("strengthen", "strengthened", "strengthening", "strengthens"),
        new("review", "reviewed", "reviewing", "reviews"), new("present", "presented", "presenting", "presents"),
        new("commemorate", "commemorated", "commemorating", "commemorates"), new("condemn", "condemned", "condemning", "condemns"),
        new("launch", "launched", "launching", "launches"), new("honour", "honoured", "honouring", "honours"),
    ];

    public static readonly string[] EnAdjectives =
    [
        "bilateral", "international", "historic", "cultural", "economic", "strategic", "diplomatic",
        "regional", "humanitarian", "joint", "official", "annual", "constructive", "frank", "detailed",
        "peaceful", "sovereign", "multipolar", "scientific", "educational", "maritime", "arctic",
    ];

    public static readonly Place[] Places =
    [
        new("Moscow", "Москва", "Москвы", "Москве"), new("London", "Лондон", "Лондона", "Лондоне"),
        new("Singapore", "Сингапур", "Сингапура", "Сингапуре"), new("Minsk", "Минск", "Минска", "Минске"),
        new("Berlin", "Берлин", "Берлина", "Берлине"), new("Geneva", "Женева", "Женевы", "Женеве"),
        new("Vienna", "Вена", "Вены", "Вене"), new("Beijing", "Пекин", "Пекина", "Пекине"),
        new("Yalta", "Ялта", "Ялты", "Ялте"), new("Cairo", "Каир", "Каира", "Каире"),
        new("Yerevan", "Ереван", "Еревана", "Ереване"), new("Astana", "Астана", "Астаны", "Астане"),
        new("Havana", "Гавана", "Гаваны", "Гаване"), new("Hanoi", "Ханой", "Ханоя", "Ханое"),
        new("Riyadh", "Эр-Рияд", "Эр-Рияда", "Эр-Рияде"), new("Lodz", "Лодзь", "Лодзи", "Лодзи"),
    ];

    public static readonly Person[] People =
    [
        new("Sergey Lavrov", "Сергей Лавров", false), new("Maria Zakharova", "Мария Захарова", true),
        new("Andrei Kelin", "Андрей Келин", false), new("Vladimir Putin", "Владимир Путин", false),
        new("Alexander Lukashevich", "Александр Лукашевич", false), new("Nikolay Kudashev", "Николай Кудашев", false),
        new("Valentina Tereshkova", "Валентина Терешкова", true), new("Yuri Gagarin", "Юрий Гагарин", false),
    ];

    public static readonly RuNoun[] RuNouns =
    [
        new("выставка", "выставки", "выставке", "выставку", "выставки", "выставок"),
        new("посольство", "посольства", "посольстве", "посольство", "посольства", "посольств"),
        new("министр", "министра", "министре", "министра", "министры", "министров"),
        new("встреча", "встречи", "встрече", "встречу", "встречи", "встреч"),
        new("соглашение", "соглашения", "соглашении", "соглашение", "соглашения", "соглашений"),
        new("делегация", "делегации", "делегации", "делегацию", "делегации", "делегаций"),
        new("переговоры", "переговоров", "переговорах", "переговоры", "переговоры", "переговоров"),
        new("конференция", "конференции", "конференции", "конференцию", "конференции", "конференций"),
        new("договор", "договора", "договоре", "договор", "договоры", "договоров"),
        new("визит", "визита", "визите", "визит", "визиты", "визитов"),
        new("годовщина", "годовщины", "годовщине", "годовщину", "годовщины", "годовщин"),
        new("победа", "победы", "победе", "победу", "победы", "побед"),
        new("ветеран", "ветерана", "ветеране", "ветерана", "ветераны", "ветеранов"),
        new("дипломат", "дипломата", "дипломате", "дипломата", "дипломаты", "дипломатов"),
        new("партнёрство", "партнёрства", "партнёрстве", "партнёрство", "партнёрства", "партнёрств"),
        new("сотрудничество", "сотрудничества", "сотрудничестве", "сотрудничество", "сотрудничества", "сотрудничеств"),
        new("заявление", "заявления", "заявлении", "заявление", "заявления", "заявлений"),
        new("церемония", "церемонии", "церемонии", "церемонию", "церемонии", "церемоний"),
        new("памятник", "памятника", "памятнике", "памятник", "памятники", "памятников"),
        new("музей", "музея", "музее", "музей", "музеи", "музеев"),
        new("концерт", "концерта", "концерте", "концерт", "концерты", "концертов"),
        new("фестиваль", "фестиваля", "фестивале", "фестиваль", "фестивали", "фестивалей"),
        new("студент", "студента", "студенте", "студента", "студенты", "студентов"),
        new("брифинг", "брифинга", "брифинге", "брифинг", "брифинги", "брифингов"),
        new("саммит", "саммита", "саммите", "саммит", "саммиты", "саммитов"),
        new("проект", "проекта", "проекте", "проект", "проекты", "проектов"),
        new("праздник", "праздника", "празднике", "праздник", "праздники", "праздников"),
        new("ёлка", "ёлки", "ёлке", "ёлку", "ёлки", "ёлок"),
        new("ледокол", "ледокола", "ледоколе", "ледокол", "ледоколы", "ледоколов"),
        new("самовар", "самовара", "самоваре", "самовар", "самовары", "самоваров"),
        new("кокошник", "кокошника", "кокошнике", "кокошник", "кокошники", "кокошников"),
        new("рукопись", "рукописи", "рукописи", "рукопись", "рукописи", "рукописей"),
        new("маяк", "маяка", "маяке", "маяк", "маяки", "маяков"),
    ];

    public static readonly RuVerb[] RuVerbs =
    [
        new("посетил", "посетила", "посетили"), new("обсудил", "обсудила", "обсудили"),
        new("подписал", "подписала", "подписали"), new("открыл", "открыла", "открыли"),
        new("приветствовал", "приветствовала", "приветствовали"), new("поддержал", "поддержала", "поддержали"),
        new("отметил", "отметила", "отметили"), new("представил", "представила", "представили"),
        new("провёл", "провела", "провели"), new("осудил", "осудила", "осудили"),
    ];

    /// <summary>Genitive phrases that end Russian sentences ("в интересах ..."): fixed, so they make good phrase queries.</summary>
    public static readonly string[] RuGenitivePhrases =
    [
        "международного сотрудничества", "двусторонних отношений", "стратегического партнёрства",
        "культурного обмена", "мирного урегулирования", "исторической памяти", "научного сотрудничества",
    ];

    /// <summary>English phrases used verbatim, so they make good phrase queries.</summary>
    public static readonly string[] EnFixedPhrases =
    [
        "strategic partnership", "bilateral relations", "international law", "peaceful resolution",
        "cultural exchange", "historical memory", "sovereign equality", "Second World War",
    ];

    public static readonly string[] EnTags =
    [
        "WeWereAllies", "HistoryOfDiplomacy", "RussiaUS", "OSCE", "UN", "Ukraine", "Victory80", "DiplomatsDay",
        "RussiaUnitedStates", "YaltaConference", "UnitedNations", "BRICS", "Culture", "Science", "Arctic", "OnThisDay",
    ];

    public static readonly string[] RuTags =
    [
        "ДеньПобеды", "ИсторияДипломатии", "Дипломатия", "ДеньКосмонавтики", "МыВместе", "Выставка",
        "Посольство", "Россия", "Культура", "ЁлкаЖеланий", "Наука",
    ];

    public static readonly string[] LineEmoji = ["🎙", "💬", "🔹", "•", "ℹ️", "❗️", "☝️", "📰", "🤝", "📜", "👉", "✍️", "🌐", "🔴", "🟣", "📄"];

    public static readonly string[] HeadlineEmoji = ["🎙", "📰", "⚡️", "🇷🇺🇺🇸📞", "🇷🇺🇦🇿", "🇷🇺🇧🇾", "🎥", "📄", "🗓", "🤝"];

    public static readonly string[] EnLinkLabels = ["Read in full", "Learn more", "👉Read in full", "Watch the interview in full on our YouTube channel"];

    public static readonly string[] RuLinkLabels = ["Читайте полностью", "Подробнее", "Смотрите интервью на YouTube-канале Посольства"];

    public static readonly string[] ForwardSources =
    [
        "Russian MFA 🇷🇺", "Russia in OSCE/Россия в ОБСЕ", "МИД России 🇷🇺", "Russian Embassy in Singapore",
        "Maria Zakharova", "Russian Mission Geneva",
    ];

    public static readonly string[] Reactions = ["👍", "❤", "💯", "👏", "🔥", "😁", "🤔", "🙏", "👎", "🥰", "🏆", "✍", "😢", "🤯", "😎"];

    public static readonly string[] EnMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Genitive month names, as dates are written: "4 апреля".</summary>
    public static readonly string[] RuMonths =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
}
