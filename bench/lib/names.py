"""Finnish-looking names for generated actors, villages and groups.

The genitive of a place name ("Rovaniemi" -> "Rovaniemen") follows the endings of Finnish place
names plus a list of the municipalities that do not follow them; a wrong form now and then is
harmless in benchmark data.
"""

GENITIVE_EXCEPTIONS = {
    "Helsinki": "Helsingin",
    "Turku": "Turun",
    "Hanko": "Hangon",
    "Loppi": "Lopen",
    "Vihti": "Vihdin",
    "Juuka": "Juuan",
    "Kaustinen": "Kaustisen",
    "Alavus": "Alavuden",
    "Varkaus": "Varkauden",
    "Pihtipudas": "Pihtiputaan",
    "Virrat": "Virtain",
    "Punkalaidun": "Punkalaitumen",
    "Outokumpu": "Outokummun",
    "Uusikaupunki": "Uudenkaupungin",
    "Uusikaarlepyy": "Uudenkaarlepyyn",
    "Isokyrö": "Isonkyrön",
    "Koski Tl": "Kosken Tl",
    "Pedersören kunta": "Pedersören",
    "Muurame": "Muuramen",
    "Raahe": "Raahen",
    "Lappi": "Lapin",
    "Ii": "Iin",
    "Lahti": "Lahden",
    "Tampere": "Tampereen",
    "Lieto": "Liedon",
    "Hailuoto": "Hailuodon",
    "Luoto": "Luodon",
}

# endings whose stem changes, longest first
_SUFFIXES = [
    ("kaupunki", "kaupungin"),
    ("niemi", "niemen"),
    ("järvi", "järven"),
    ("joki", "joen"),
    ("lahti", "lahden"),
    ("koski", "kosken"),
    ("saari", "saaren"),
    ("salmi", "salmen"),
    ("lampi", "lammen"),
    ("mäki", "mäen"),
    ("vesi", "veden"),
    ("virta", "virran"),
    ("kangas", "kankaan"),
    ("korpi", "korven"),
    ("selkä", "selän"),
    ("nummi", "nummen"),
    ("inen", "isten"),
    ("nki", "ngin"),
    ("nko", "ngon"),
    ("nka", "ngan"),
    ("nkä", "ngän"),
    ("nto", "nnon"),
    ("nta", "nnan"),
    ("ntä", "nnän"),
    ("lta", "llan"),
    ("ltä", "llän"),
    ("mpu", "mmun"),
    ("lto", "llon"),
    ("us", "uksen"),
    ("os", "oksen"),
    ("es", "eksen"),
]

_DOUBLE = ("kk", "pp", "tt")
_VOWELS = "aeiouyäöå"


def genitive(name):
    """Finnish genitive of a place name."""
    if name in GENITIVE_EXCEPTIONS:
        return GENITIVE_EXCEPTIONS[name]
    for sep in ("-", " "):
        if sep in name:
            head, _, tail = name.rpartition(sep)
            return head + sep + genitive(tail)
    low = name.lower()
    for end, gen in _SUFFIXES:
        if low.endswith(end) and len(low) > len(end):
            return name[: len(name) - len(end)] + gen
    if low[-1] in _VOWELS:
        if len(low) >= 3 and low[-3:-1] in _DOUBLE:
            return name[:-2] + name[-1] + "n"
        if low.endswith(("le", "ne")) and len(low) > 4:
            return name + "en"
        return name + "n"
    return name + "in"


REGION_GENITIVE = {
    "01": "Uudenmaan",
    "02": "Varsinais-Suomen",
    "04": "Satakunnan",
    "05": "Kanta-Hämeen",
    "06": "Pirkanmaan",
    "07": "Päijät-Hämeen",
    "08": "Kymenlaakson",
    "09": "Etelä-Karjalan",
    "10": "Etelä-Savon",
    "11": "Pohjois-Savon",
    "12": "Pohjois-Karjalan",
    "13": "Keski-Suomen",
    "14": "Etelä-Pohjanmaan",
    "15": "Pohjanmaan",
    "16": "Keski-Pohjanmaan",
    "17": "Pohjois-Pohjanmaan",
    "18": "Kainuun",
    "19": "Lapin",
    "21": "Ahvenanmaan",
}


def short_name(municipality_name):
    """The name used inside other names: "Pedersören kunta" -> "Pedersöre"."""
    return "Pedersöre" if municipality_name == "Pedersören kunta" else municipality_name


VILLAGE_FIRST = [
    "Koivu", "Mänty", "Kuusi", "Haapa", "Leppä", "Pihlaja", "Kivi", "Hiekka", "Savi", "Pitkä",
    "Iso", "Pikku", "Ala", "Yli", "Keski", "Karhu", "Susi", "Kettu", "Hirvi", "Jänis", "Joutsen",
    "Kurki", "Valko", "Musta", "Kylmä", "Raja", "Kirkon", "Mylly", "Kaita", "Syvä", "Lohi",
    "Hauki", "Ahven", "Tervo", "Paju", "Kotka", "Korpi", "Lehto", "Riihi", "Aitta",
]

# (nominative, genitive)
VILLAGE_LAST = [
    ("mäki", "mäen"), ("niemi", "niemen"), ("järvi", "järven"), ("joki", "joen"),
    ("lahti", "lahden"), ("vaara", "vaaran"), ("kylä", "kylän"), ("koski", "kosken"),
    ("saari", "saaren"), ("ranta", "rannan"), ("lampi", "lammen"), ("salmi", "salmen"),
    ("aho", "ahon"), ("harju", "harjun"), ("kangas", "kankaan"), ("pelto", "pellon"),
    ("suo", "suon"), ("perä", "perän"), ("kallio", "kallion"), ("salo", "salon"),
    ("vesi", "veden"), ("selkä", "selän"), ("nummi", "nummen"),
]


def villages(rng, count):
    """count distinct (name, genitive) village names."""
    seen = set()
    out = []
    while len(out) < count:
        first = rng.choice(VILLAGE_FIRST)
        last, last_gen = rng.choice(VILLAGE_LAST)
        if first.lower().endswith(last[:2]) or first.lower() == last:
            continue
        name = first + last
        if name in seen:
            continue
        seen.add(name)
        out.append((name, first + last_gen))
    return out


SURNAMES = [
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
    "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
    "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hietala",
    "Kallio", "Peltonen", "Väisänen", "Aaltonen", "Lindholm", "Ojala", "Leinonen", "Hiltunen",
    "Pitkänen",
]

FIRST_NAMES = [
    "Anna", "Maria", "Aino", "Helena", "Johanna", "Kaisa", "Sari", "Tiina", "Minna", "Leena",
    "Matti", "Juha", "Mikko", "Timo", "Jari", "Antti", "Pekka", "Kari", "Ville", "Janne",
]

# Actor names by sector. {G} = genitive of the municipality, {K} = its name, {S} = a surname,
# {V} = a village, {VG} = the village's genitive.
LOCAL_ACTORS = {
    "NGO": [
        "{G} VPK ry", "{G} Martat ry", "{G} Reserviläiset ry", "{G} Eläkeläiset ry",
        "{G} Sotaveteraanit ry", "{G} Metsästysseura ry", "{G} Urheiluseura ry",
        "{G} Partiolaiset ry", "{G} Yrittäjät ry", "{G} 4H-yhdistys ry",
        "{G} Mielenterveysseura ry", "{G} Nuorisoseura ry", "{G} Omaishoitajat ry",
        "{G} Kennelkerho ry", "{G} Moottorikerho ry", "{G} Lions Club ry", "{G} Rotaryklubi ry",
        "{G} Maa- ja kotitalousnaiset ry", "{G} Kotiseutuyhdistys ry", "{G} Invalidit ry",
        "{G} Sydänyhdistys ry", "{G} Diabetesyhdistys ry", "{G} Kalastusseura ry",
        "{G} Ampumaseura ry", "{G} Latu ry", "{G} Venekerho ry", "{G} Ratsastajat ry",
        "MLL:n {G} yhdistys ry", "SPR {G} osasto", "Vapepa {G} paikallistoimikunta",
        "{G} Nuorkauppakamari ry", "{G} Työttömät ry", "{G} Naisvoimistelijat ry",
        "{G} Kylät ry", "{G} Harrastajateatteri ry", "{G} Maanpuolustusnaiset ry",
        "Kylätoimikunta {V}", "{VG} kyläyhdistys ry", "{VG} Nuorisoseura ry",
        "{VG} Metsästysseura ry", "{VG} VPK ry", "{VG} Maamiesseura ry", "{VG} Erä ry",
        "{VG} Marttayhdistys ry", "{VG} Urheilijat ry",
    ],
    "BUSINESS": [
        "{G} Kuljetus Oy", "{G} Sähkö Oy", "{G} Lämpö Oy", "{G} Vesi Oy", "{G} Energia Oy",
        "{G} Rakennus Oy", "{G} Taksi Oy", "{G} Apteekki", "{G} Vuokra-asunnot Oy",
        "{G} Kiinteistöhuolto Oy", "{G} Tilitoimisto Oy", "{G} Konepaja Oy", "{G} Saha Oy",
        "{G} Maansiirto Oy", "{G} Autokorjaamo Oy", "{G} Lääkäriasema Oy", "{G} Hoivakoti Oy",
        "{G} Turvapalvelut Oy", "{G} Puhdistuspalvelu Oy", "{G} Hautaustoimisto Oy",
        "Kuljetus {S} Oy", "Sähkö-{S} Oy", "Rakennus {S} Oy", "Maansiirto {S} Oy",
        "Taksi {S} Ky", "Kiinteistöhuolto {S} Oy", "LVI-{S} Oy", "Metsäpalvelu {S} Oy",
        "Konepalvelu {S} Ky", "Kauppa {S} Oy", "Tilausajo {S} Oy", "Hirsi-{S} Oy",
        "{VG} kyläkauppa", "{VG} Tila Oy", "{VG} Lomamökit Oy",
    ],
    "CHURCH": [
        "{G} seurakunta", "{G} helluntaiseurakunta", "{G} vapaaseurakunta",
        "{G} ortodoksinen seurakunta", "{G} adventtiseurakunta", "{VG} rukoushuone",
    ],
    "MUNICIPALITY": [
        "{K}, sivistystoimi", "{K}, tekninen toimi", "{K}, ympäristönsuojelu",
        "{K}, vesihuoltolaitos", "{K}, varhaiskasvatus", "{K}, nuorisopalvelut",
        "{K}, liikuntapalvelut", "{K}, ruokapalvelut", "{G} kirjasto", "{K}, elinvoimapalvelut",
        "{K}, maaseutupalvelut", "{K}, henkilöstöpalvelut",
    ],
    "EDUCATION_RESEARCH": [
        "{G} lukio", "{G} yläkoulu", "{G} kansalaisopisto", "{G} musiikkiopisto",
        "{VG} koulu", "{G} ammattiopisto",
    ],
    "WELLBEING_COUNTY": [
        "{G} terveysasema", "{G} neuvola", "{G} kotihoito", "{G} palvelukeskus",
        "{G} sosiaalipalvelut", "{G} suun terveydenhuolto",
    ],
    "RESCUE": ["{G} paloasema", "{VG} sivupaloasema", "{G} ensihoitoasema"],
    "POLICE": ["{G} poliisiasema", "{G} lupapalvelut"],
    "OTHER": [
        "{G} kalastuskunta", "{VG} tiekunta", "{VG} osakaskunta", "{G} jakokunta",
        "{G} riistanhoitoyhdistys", "{VG} vesiosuuskunta", "{VG} metsästysalueyhdistys",
        "{G} yhteismetsä",
    ],
}

# Northern extras (reindeer herding districts exist in Lapland and the north of Northern Ostrobothnia)
NORTHERN_OTHER = ["{G} paliskunta", "{VG} paliskunta"]

LOCAL_SECTOR_WEIGHTS = [
    ("NGO", 44),
    ("BUSINESS", 25),
    ("MUNICIPALITY", 8),
    ("OTHER", 7),
    ("EDUCATION_RESEARCH", 5),
    ("WELLBEING_COUNTY", 4),
    ("CHURCH", 3),
    ("RESCUE", 3),
    ("POLICE", 1),
]

# (name, sector) of a region's own actors; {R} = genitive of the region
REGIONAL_ACTORS = [
    ("{R} liitto", "REGIONAL_COUNCIL"),
    ("{R} hyvinvointialue", "WELLBEING_COUNTY"),
    ("{R} pelastuslaitos", "RESCUE"),
    ("{R} poliisilaitos", "POLICE"),
    ("{R} ELY-keskus", "STATE_AUTHORITY"),
    ("{R} Martat ry", "NGO"),
    ("{R} Pelastusliitto ry", "NGO"),
    ("SPR {R} piiri", "NGO"),
    ("{R} Reserviläispiiri ry", "NGO"),
    ("{R} Yrittäjät ry", "NGO"),
    ("{R} Kylät ry", "NGO"),
    ("{R} Maanpuolustuspiiri", "NGO"),
    ("{R} Partiolaiset ry", "NGO"),
    ("{R} Sotaveteraanipiiri ry", "NGO"),
    ("{R} Vapepa-toimikunta", "NGO"),
    ("{R} Kauppakamari", "BUSINESS"),
    ("{R} Sähköverkko Oy", "BUSINESS"),
    ("{R} Tilausliikenne Oy", "BUSINESS"),
    ("{R} ammattikorkeakoulu", "EDUCATION_RESEARCH"),
    ("{R} Maanpuolustuskoulutus ry", "NGO"),
]

# (name, kind, reports-to key) of a municipality's groups; reports-to: REGION (the region's forum),
# COUNCIL, BOARD or None.
MUNICIPAL_GROUPS = [
    ("{G} valmiustoimikunta", "PREPAREDNESS_COMMITTEE", "REGION"),
    ("{G} hyvinvointi- ja turvallisuustyöryhmä", "WELLBEING_SAFETY_GROUP", "REGION"),
    ("{G} turvallisuusyhteistyöryhmä", "COOPERATION_GROUP", "REGION"),
    ("{K}, valtuusto", "COUNCIL", None),
    ("{K}, hallitus", "BOARD", "COUNCIL"),
    ("{K}, johtoryhmä", "MANAGEMENT_GROUP", "BOARD"),
    ("{K}, tekninen lautakunta", "COMMITTEE", "BOARD"),
    ("{K}, sivistyslautakunta", "COMMITTEE", "BOARD"),
    ("{K}, ympäristölautakunta", "COMMITTEE", "BOARD"),
    ("{G} terveyden edistämisen työryhmä", "HEALTH_PROMOTION_GROUP", None),
    ("{G} ehkäisevän päihdetyön työryhmä", "HEALTH_PROMOTION_GROUP", None),
    ("{G} varautumisen yhteistyöryhmä", "COOPERATION_GROUP", "REGION"),
    ("{G} vapaaehtoistoiminnan verkosto", "OTHER", None),
    ("{G} psykososiaalisen tuen ryhmä", "OTHER", None),
    ("{G} kylien turvallisuusverkosto", "COOPERATION_GROUP", None),
    ("{G} vanhusneuvosto", "OTHER", "BOARD"),
    ("{G} nuorisovaltuusto", "OTHER", "BOARD"),
    ("{G} vammaisneuvosto", "OTHER", "BOARD"),
    ("{G} koulujen turvallisuustyöryhmä", "WELLBEING_SAFETY_GROUP", None),
    ("{G} sähkökatkoihin varautumisen työryhmä", "COOPERATION_GROUP", None),
    ("{VG} kyläturvallisuusryhmä", "COOPERATION_GROUP", None),
]

REGIONAL_GROUPS = [
    ("{R} valmiusfoorumi", "COOPERATION_GROUP"),
    ("{R} alueellinen turvallisuusyhteistyöryhmä", "COOPERATION_GROUP"),
    ("{R} hyvinvointialueen valmiustoimikunta", "PREPAREDNESS_COMMITTEE"),
    ("{R} järjestöjen valmiusverkosto", "OTHER"),
    ("{R} huoltovarmuustoimikunta", "COOPERATION_GROUP"),
    ("{R} terveyden edistämisen neuvottelukunta", "HEALTH_PROMOTION_GROUP"),
]

PLACES = [
    "{K}, virastotalo", "{K}, paloasema", "{G} kirjasto, kokoushuone", "Teams-kokous",
    "{K}, valtuustosali", "{G} seurakuntakeskus", "{K}, kunnan kokoushuone",
]
