"""Vocabularies for the synthetic benchmark corpus (data only, no logic).

Every name that reaches gold.jsonl is a canonical name from this file; the
aliases are what the documents print. Money ranges are in units of the
company's reporting currency (a quarter's revenue) or in USD (a month's
exports); operating margins are fractions and may be negative (losses).
"""

# --- companies ---------------------------------------------------------------
# name: canonical name (gold); aliases: how the text may refer to it (the first
# alias is the canonical spelling, repeated to weight it); kr: Korean name
# (printed in parentheses in CP949 documents); cur: reporting currency;
# qrev: (low, high) quarterly revenue; margin: (low, high) operating margin;
# sector: for fillers and noise.
COMPANIES = [
    dict(name="Samsung Electronics", aliases=["Samsung Electronics", "Samsung Electronics", "Samsung Electronics Co.", "Samsung"],
         kr="삼성전자", cur="KRW", qrev=(55e12, 80e12), margin=(0.01, 0.2), sector="memory"),
    dict(name="SK hynix", aliases=["SK hynix", "SK hynix", "SK Hynix", "Hynix", "SK hynix Inc."],
         kr="SK하이닉스", cur="KRW", qrev=(5e12, 25e12), margin=(-0.5, 0.45), sector="memory"),
    dict(name="Micron Technology", aliases=["Micron Technology", "Micron", "Micron Technology Inc."],
         kr=None, cur="USD", qrev=(3.5e9, 9.5e9), margin=(-0.6, 0.35), sector="memory"),
    dict(name="Kioxia", aliases=["Kioxia", "Kioxia Holdings"],
         kr=None, cur="JPY", qrev=(250e9, 500e9), margin=(-0.3, 0.3), sector="memory"),
    dict(name="Nanya Technology", aliases=["Nanya Technology", "Nanya"],
         kr=None, cur="TWD", qrev=(6e9, 20e9), margin=(-0.6, 0.4), sector="memory"),
    dict(name="Western Digital", aliases=["Western Digital", "Western Digital Corp."],
         kr=None, cur="USD", qrev=(2.8e9, 4.5e9), margin=(-0.2, 0.15), sector="memory"),
    dict(name="TSMC", aliases=["TSMC", "TSMC", "Taiwan Semiconductor Manufacturing Co."],
         kr="TSMC", cur="TWD", qrev=(400e9, 1000e9), margin=(0.35, 0.5), sector="foundry"),
    dict(name="UMC", aliases=["UMC", "United Microelectronics"],
         kr=None, cur="TWD", qrev=(50e9, 75e9), margin=(0.15, 0.35), sector="foundry"),
    dict(name="SMIC", aliases=["SMIC", "Semiconductor Manufacturing International Corp. (SMIC)"],
         kr=None, cur="USD", qrev=(1.4e9, 2.3e9), margin=(0.05, 0.3), sector="foundry"),
    dict(name="GlobalFoundries", aliases=["GlobalFoundries", "GlobalFoundries Inc."],
         kr=None, cur="USD", qrev=(1.5e9, 2.2e9), margin=(0.05, 0.2), sector="foundry"),
    dict(name="DB HiTek", aliases=["DB HiTek", "DB HiTek Co."],
         kr="DB하이텍", cur="KRW", qrev=(250e9, 500e9), margin=(0.1, 0.5), sector="foundry"),
    dict(name="Nvidia", aliases=["Nvidia", "Nvidia", "NVIDIA"],
         kr=None, cur="USD", qrev=(5e9, 45e9), margin=(0.1, 0.65), sector="fabless"),
    dict(name="Qualcomm", aliases=["Qualcomm", "Qualcomm Inc."],
         kr=None, cur="USD", qrev=(7e9, 12e9), margin=(0.2, 0.35), sector="fabless"),
    dict(name="AMD", aliases=["AMD", "AMD", "Advanced Micro Devices"],
         kr=None, cur="USD", qrev=(4.5e9, 8e9), margin=(-0.05, 0.15), sector="fabless"),
    dict(name="MediaTek", aliases=["MediaTek"],
         kr=None, cur="TWD", qrev=(90e9, 160e9), margin=(0.1, 0.25), sector="fabless"),
    dict(name="Broadcom", aliases=["Broadcom", "Broadcom Inc."],
         kr=None, cur="USD", qrev=(6e9, 15e9), margin=(0.25, 0.45), sector="fabless"),
    dict(name="Intel", aliases=["Intel", "Intel Corp."],
         kr=None, cur="USD", qrev=(12e9, 20e9), margin=(-0.3, 0.2), sector="fabless"),
    dict(name="LX Semicon", aliases=["LX Semicon", "LX Semicon Co."],
         kr="LX세미콘", cur="KRW", qrev=(400e9, 600e9), margin=(0.02, 0.2), sector="fabless"),
    dict(name="Hanmi Semiconductor", aliases=["Hanmi Semiconductor"],
         kr="한미반도체", cur="KRW", qrev=(30e9, 250e9), margin=(0.1, 0.55), sector="equipment"),
    dict(name="ASML", aliases=["ASML", "ASML Holding"],
         kr=None, cur="EUR", qrev=(4.5e9, 9.5e9), margin=(0.25, 0.38), sector="equipment"),
    dict(name="Infineon", aliases=["Infineon", "Infineon Technologies"],
         kr=None, cur="EUR", qrev=(3.5e9, 4.3e9), margin=(0.08, 0.25), sector="fabless"),
    dict(name="LG Energy Solution", aliases=["LG Energy Solution", "LG Energy Solution", "LGES", "LG Energy Solution Ltd."],
         kr="LG에너지솔루션", cur="KRW", qrev=(5e12, 9e12), margin=(-0.02, 0.08), sector="battery"),
    dict(name="Samsung SDI", aliases=["Samsung SDI", "Samsung SDI Co."],
         kr="삼성SDI", cur="KRW", qrev=(3.5e12, 6.5e12), margin=(-0.1, 0.09), sector="battery"),
    dict(name="SK On", aliases=["SK On", "SK On Co."],
         kr="SK온", cur="KRW", qrev=(1.5e12, 5e12), margin=(-0.15, 0.02), sector="battery"),
    dict(name="CATL", aliases=["CATL", "CATL", "Contemporary Amperex Technology"],
         kr=None, cur="CNY", qrev=(70e9, 110e9), margin=(0.12, 0.2), sector="battery"),
    dict(name="BYD", aliases=["BYD", "BYD Co."],
         kr=None, cur="CNY", qrev=(100e9, 210e9), margin=(0.03, 0.08), sector="battery"),
    dict(name="Panasonic", aliases=["Panasonic", "Panasonic Energy"],
         kr=None, cur="JPY", qrev=(1.9e12, 2.2e12), margin=(0.03, 0.06), sector="battery"),
    dict(name="POSCO Future M", aliases=["POSCO Future M", "POSCO Future M", "Posco Future M"],
         kr="포스코퓨처엠", cur="KRW", qrev=(0.8e12, 1.5e12), margin=(-0.05, 0.06), sector="materials"),
    dict(name="EcoPro BM", aliases=["EcoPro BM", "EcoPro BM Co."],
         kr="에코프로비엠", cur="KRW", qrev=(0.5e12, 2.1e12), margin=(-0.1, 0.1), sector="materials"),
    dict(name="L&F", aliases=["L&F", "L&F Co."],
         kr="엘앤에프", cur="KRW", qrev=(0.3e12, 1.4e12), margin=(-0.3, 0.08), sector="materials"),
    dict(name="LG Chem", aliases=["LG Chem", "LG Chem Ltd."],
         kr="LG화학", cur="KRW", qrev=(10e12, 16e12), margin=(0.0, 0.1), sector="materials"),
    dict(name="SK Innovation", aliases=["SK Innovation", "SK Innovation Co."],
         kr="SK이노베이션", cur="KRW", qrev=(15e12, 25e12), margin=(-0.05, 0.08), sector="materials"),
    dict(name="Hyundai Motor", aliases=["Hyundai Motor", "Hyundai Motor", "Hyundai Motor Co.", "Hyundai"],
         kr="현대자동차", cur="KRW", qrev=(30e12, 46e12), margin=(0.04, 0.1), sector="auto"),
    dict(name="Kia", aliases=["Kia", "Kia", "Kia Corp."],
         kr="기아", cur="KRW", qrev=(18e12, 28e12), margin=(0.05, 0.13), sector="auto"),
    dict(name="Hyundai Mobis", aliases=["Hyundai Mobis"],
         kr="현대모비스", cur="KRW", qrev=(13e12, 15.5e12), margin=(0.03, 0.06), sector="auto"),
    dict(name="Tesla", aliases=["Tesla", "Tesla Inc."],
         kr=None, cur="USD", qrev=(20e9, 27e9), margin=(0.05, 0.15), sector="auto"),
    dict(name="Toyota", aliases=["Toyota", "Toyota Motor"],
         kr=None, cur="JPY", qrev=(9e12, 12.5e12), margin=(0.08, 0.13), sector="auto"),
    dict(name="LG Electronics", aliases=["LG Electronics", "LG Electronics", "LG Electronics Inc."],
         kr="LG전자", cur="KRW", qrev=(18e12, 23e12), margin=(0.01, 0.08), sector="electronics"),
    dict(name="LG Display", aliases=["LG Display", "LG Display Co."],
         kr="LG디스플레이", cur="KRW", qrev=(5e12, 8e12), margin=(-0.2, 0.05), sector="electronics"),
    dict(name="Apple", aliases=["Apple", "Apple Inc."],
         kr=None, cur="USD", qrev=(80e9, 125e9), margin=(0.25, 0.33), sector="electronics"),
    dict(name="Xiaomi", aliases=["Xiaomi", "Xiaomi Corp."],
         kr=None, cur="CNY", qrev=(70e9, 110e9), margin=(0.02, 0.08), sector="electronics"),
    dict(name="Sony", aliases=["Sony", "Sony Group"],
         kr=None, cur="JPY", qrev=(2.5e12, 3.8e12), margin=(0.08, 0.14), sector="electronics"),
]

# Companies that only appear in market-share statements (no earnings).
SHARE_ONLY = {
    "CXMT": ["CXMT", "ChangXin Memory Technologies (CXMT)"],
    "YMTC": ["YMTC", "Yangtze Memory Technologies (YMTC)"],
    "Hua Hong": ["Hua Hong", "Hua Hong Semiconductor"],
    "CALB": ["CALB"],
    "Gotion High-Tech": ["Gotion High-Tech", "Gotion"],
    "EVE Energy": ["EVE Energy"],
    "Samsung Display": ["Samsung Display"],
    "BOE": ["BOE", "BOE Technology"],
    "Oppo": ["Oppo", "OPPO"],
    "Vivo": ["Vivo", "vivo"],
    "Transsion": ["Transsion"],
    "OmniVision": ["OmniVision"],
    "Unisoc": ["Unisoc"],
    "Texas Instruments": ["Texas Instruments"],
}

SHARE_ONLY_SECTOR = {"CXMT": "memory", "YMTC": "memory", "Hua Hong": "foundry", "CALB": "battery",
                     "Gotion High-Tech": "battery", "EVE Energy": "battery", "Samsung Display": "electronics",
                     "BOE": "electronics", "Oppo": "electronics", "Vivo": "electronics", "Transsion": "electronics",
                     "OmniVision": "fabless", "Unisoc": "fabless", "Texas Instruments": "fabless"}

# --- markets for shares ------------------------------------------------------
# label (gold), text (how it is printed inside "the global ... market"),
# bases (allowed basis values, first is most common), sources, players:
# (canonical name, low %, high %).
MARKETS = [
    dict(label="dram", text=["DRAM", "DRAM", "global DRAM"], bases=["revenue", "revenue", "unknown"],
         sources=["TrendForce", "Omdia", "Counterpoint Research"],
         players=[("Samsung Electronics", 32, 46), ("SK hynix", 27, 38), ("Micron Technology", 19, 26),
                  ("CXMT", 2, 6), ("Nanya Technology", 1, 3)]),
    dict(label="nand", text=["NAND flash", "NAND"], bases=["revenue", "revenue", "unknown"],
         sources=["TrendForce", "Omdia"],
         players=[("Samsung Electronics", 30, 37), ("SK hynix", 15, 22), ("Kioxia", 13, 19),
                  ("Micron Technology", 10, 14), ("Western Digital", 10, 14), ("YMTC", 3, 6)]),
    dict(label="hbm", text=["HBM", "high bandwidth memory (HBM)"], bases=["revenue", "shipments", "unknown"],
         sources=["TrendForce", "Counterpoint Research"],
         players=[("SK hynix", 45, 62), ("Samsung Electronics", 28, 42), ("Micron Technology", 4, 10)]),
    dict(label="foundry", text=["foundry", "contract chipmaking"], bases=["revenue", "revenue"],
         sources=["TrendForce", "Counterpoint Research"],
         players=[("TSMC", 54, 68), ("Samsung Electronics", 7, 17), ("SMIC", 4, 6.5), ("UMC", 4.5, 7),
                  ("GlobalFoundries", 4.5, 7), ("Hua Hong", 2, 3.2)]),
    dict(label="ev batteries", text=["EV battery", "electric vehicle battery", "EV battery"],
         bases=["installations", "installations", "shipments"],
         sources=["SNE Research"],
         players=[("CATL", 33, 39), ("BYD", 13, 17), ("LG Energy Solution", 10, 16), ("Panasonic", 4, 8),
                  ("SK On", 3.5, 6.5), ("Samsung SDI", 3, 5), ("CALB", 2.5, 4.5), ("Gotion High-Tech", 2, 3)]),
    dict(label="ess batteries", text=["energy storage system (ESS) battery", "ESS battery"],
         bases=["shipments", "unknown"], sources=["SNE Research"],
         players=[("CATL", 35, 42), ("BYD", 10, 14), ("EVE Energy", 7, 10), ("LG Energy Solution", 5, 10),
                  ("Samsung SDI", 3, 6)]),
    dict(label="smartphones", text=["smartphone"], bases=["shipments"],
         sources=["Counterpoint Research", "IDC", "Canalys"],
         players=[("Samsung Electronics", 18, 23), ("Apple", 15, 21), ("Xiaomi", 11, 14), ("Oppo", 8, 10),
                  ("Transsion", 7, 9), ("Vivo", 6.5, 8.5)]),
    dict(label="oled", text=["smartphone OLED panel", "OLED panel"], bases=["shipments"],
         sources=["Omdia", "UBI Research"],
         players=[("Samsung Display", 45, 56), ("BOE", 13, 20), ("LG Display", 8, 13)]),
    dict(label="ai accelerators", text=["AI accelerator", "AI chip"], bases=["revenue", "shipments"],
         sources=["TechInsights", "Omdia"],
         players=[("Nvidia", 78, 92), ("AMD", 3, 9), ("Intel", 1, 3)]),
    dict(label="image sensors", text=["CMOS image sensor (CIS)", "image sensor"], bases=["revenue"],
         sources=["Yole Group", "Counterpoint Research"],
         players=[("Sony", 42, 55), ("Samsung Electronics", 15, 20), ("OmniVision", 8, 12)]),
]

# Vendors for a Gartner-style "top 10 semiconductor suppliers" table: name,
# annual semiconductor revenue range in USD millions.
CHIP_VENDORS = [
    ("Nvidia", 25000, 130000), ("Samsung Electronics", 38000, 80000), ("Intel", 45000, 58000),
    ("SK hynix", 23000, 60000), ("Qualcomm", 27000, 36000), ("Broadcom", 23000, 32000),
    ("Micron Technology", 15000, 33000), ("AMD", 21000, 30000), ("Apple", 17000, 22000),
    ("MediaTek", 13000, 18000), ("Infineon", 15000, 18000), ("Texas Instruments", 14000, 19000),
]

BATTERY_GROUP = "Korean battery makers (combined)"
BATTERY_GROUP_MEMBERS = ("LG Energy Solution", "SK On", "Samsung SDI")

# --- trade -------------------------------------------------------------------
# label (gold), nouns (as in "exports of X"), adjectives ("X exports"), monthly
# export range in USD.
PRODUCTS = [
    dict(label="semiconductors", nouns=["semiconductors", "chips", "semiconductors"], adjs=["semiconductor", "chip"],
         month=(6e9, 15e9), w=6),
    dict(label="automobiles", nouns=["automobiles", "cars", "autos"], adjs=["automobile", "car", "auto"],
         month=(3.5e9, 7.1e9), w=4),
    dict(label="petroleum products", nouns=["petroleum products", "refined petroleum products"],
         adjs=["petroleum product", "refined petroleum"], month=(2.5e9, 6.5e9), w=3),
    dict(label="ships", nouns=["ships", "vessels"], adjs=["ship", "shipbuilding"], month=(0.8e9, 3.5e9), w=2),
    dict(label="displays", nouns=["displays", "display panels"], adjs=["display"], month=(1.2e9, 2.5e9), w=2),
    dict(label="secondary batteries", nouns=["secondary batteries", "rechargeable batteries"],
         adjs=["secondary battery", "rechargeable battery"], month=(0.6e9, 1.0e9), w=3),
    dict(label="cathode materials", nouns=["cathode materials", "cathodes"], adjs=["cathode", "cathode material"],
         month=(0.25e9, 1.2e9), w=2),
    dict(label="auto parts", nouns=["auto parts", "automobile parts"], adjs=["auto parts", "auto-parts"],
         month=(1.6e9, 2.1e9), w=1),
    dict(label="wireless communication devices", nouns=["wireless communication devices", "wireless devices"],
         adjs=["wireless communication device"], month=(1.0e9, 1.8e9), w=1),
    dict(label="computers", nouns=["computers", "computer products"], adjs=["computer"], month=(0.8e9, 2.6e9), w=1),
    dict(label="steel", nouns=["steel products", "steel"], adjs=["steel"], month=(2.5e9, 3.8e9), w=1),
    dict(label="petrochemicals", nouns=["petrochemicals", "petrochemical products"], adjs=["petrochemical"],
         month=(3.3e9, 5.0e9), w=1),
    dict(label="electric vehicles", nouns=["electric vehicles", "EVs"], adjs=["electric vehicle", "EV"],
         month=(0.8e9, 2.5e9), w=2),
    dict(label="home appliances", nouns=["home appliances"], adjs=["home appliance"], month=(0.6e9, 0.9e9), w=1),
]

# ISO code, how the text names it, monthly Korean exports there (USD).
DESTINATIONS = [
    ("CN", ["China", "China"], (9e9, 15e9), 5),
    ("US", ["the United States", "the U.S.", "the US"], (7e9, 12.5e9), 5),
    ("VN", ["Vietnam"], (4e9, 6e9), 3),
    ("EU", ["the European Union", "the EU"], (4.5e9, 6.5e9), 3),
    ("JP", ["Japan"], (2.1e9, 2.8e9), 2),
    ("IN", ["India"], (1.3e9, 1.9e9), 1),
    ("TW", ["Taiwan"], (1.5e9, 3.5e9), 1),
    ("HK", ["Hong Kong"], (1.5e9, 3.5e9), 1),
    ("MX", ["Mexico"], (0.8e9, 1.2e9), 1),
]

# Exporters other than Korea: code, subject forms, currency, monthly total.
OTHER_EXPORTERS = [
    ("TW", ["Taiwan's exports", "Taiwanese exports"], "USD", (30e9, 55e9), ["Taiwan's Ministry of Finance"]),
    ("JP", ["Japan's exports", "Japanese exports"], "JPY", (7e12, 9.5e12), ["Japan's Ministry of Finance"]),
]

KR_EXPORT_MONTH = (45e9, 70e9)

KR_TRADE_SOURCES = {
    "MOTIE": ["the Ministry of Trade, Industry and Energy", "the trade ministry", "the industry ministry",
              "the Ministry of Trade, Industry and Energy (MOTIE)"],
    "KCS": ["the Korea Customs Service", "the customs office", "the Korea Customs Service (KCS)"],
    "KITA": ["the Korea International Trade Association (KITA)", "the Korea International Trade Association"],
}

# --- money -------------------------------------------------------------------
# Surface patterns by currency: {n} number, {s} scale word ('billion').
# 'utf8' marks forms whose symbol CP949 cannot encode.
MONEY_FORMS = {
    "USD": [("${n} {s}", 8, False), ("US${n} {s}", 3, False), ("USD {n} {s}", 2, False),
            ("{n} {s} dollars", 1, False), ("${n}{sa}", 1, False)],
    "KRW": [("{n} {s} won", 9, False), ("KRW {n} {s}", 3, False), ("\u20a9{n} {s}", 1, True)],
    "TWD": [("{n} {s} New Taiwan Dollars", 2, False), ("NT${n} {s}", 3, False), ("TWD {n} {s}", 1, False),
            ("{n} {s} New Taiwan dollars", 1, False)],
    "CNY": [("{n} {s} yuan", 4, False), ("RMB {n} {s}", 2, False), ("CNY {n} {s}", 1, False)],
    "JPY": [("{n} {s} yen", 4, False), ("\u00a5{n} {s}", 1, True), ("JPY {n} {s}", 1, False)],
    "EUR": [("\u20ac{n} {s}", 3, False), ("{n} {s} euros", 2, False), ("EUR {n} {s}", 1, False)],
}
SCALE_ABBR = {"billion": "bn", "million": "mn", "trillion": "tn"}
# Units per USD (rough, for "(US$... )" conversions printed after amounts).
USD_RATE = {"KRW": (1100, 1450), "TWD": (28, 33), "CNY": (6.3, 7.3), "JPY": (105, 155), "EUR": (0.85, 1.0)}
CONVERSION_FORMS = ["(US${n} {s})", "(${n} {s})", "(approximately ${n} {s})", "(about US${n} {s})"]

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]

QUALIFIER_WORDS = {
    "approx": ["about", "around", "approximately", "nearly", "roughly", "some", "almost"],
    "at_least": ["over", "more than", "above", "in excess of"],
    "at_most": ["less than", "under", "below"],
}

# --- calendar ----------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth"]
COUNT_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "11", "12"]

# --- words ---------------------------------------------------------------------
UP_VERBS = ["rose", "increased", "grew", "climbed", "gained", "advanced", "rose"]
UP_VERBS_BIG = ["jumped", "surged", "soared", "spiked"]
DOWN_VERBS = ["fell", "declined", "dropped", "decreased", "slid", "fell"]
DOWN_VERBS_BIG = ["plunged", "slumped", "tumbled", "sank"]
UP_NOUNS = ["increase", "rise", "gain"]
DOWN_NOUNS = ["decrease", "drop", "decline", "fall"]
YOY = ["on-year", "from a year earlier", "year-on-year", "from a year ago", "on-year"]
YOY_YEAR = ["from a year earlier", "on-year", "from the previous year", "year-on-year"]
PREV_REF = ["a year earlier", "a year ago", "in the same period last year", "a year before"]
PREV_REF_YEAR = ["the previous year", "a year earlier", "in the previous year"]

METRIC_WORDS = {
    "revenue": ["revenue", "sales", "revenue", "turnover"],
    "operating_profit": ["operating profit", "operating income", "operating profit"],
    "net_profit": ["net profit", "net income", "net profit"],
}
TABLE_METRIC_LABELS = {
    "revenue": ["Revenue", "Sales", "Revenue"],
    "operating_profit": ["Operating profit", "Operating income", "Operating profit"],
    "net_profit": ["Net profit", "Net income", "Net profit"],
}

BASIS_PHRASES = {
    "revenue": ["by revenue", "in terms of revenue", "based on revenue"],
    "shipments": ["by shipments", "in terms of shipments", "based on shipments"],
    "installations": ["by installations", "based on installed capacity", "in terms of battery installations"],
    "capacity": ["by capacity"],
    "unknown": [""],
}

# Fillers and noise pick from these.
TECHS_BY_SECTOR = {
    "memory": ["high bandwidth memory (HBM)", "HBM3E", "HBM4", "DDR5", "LPDDR5X", "CXL memory", "enterprise SSDs",
               "hybrid bonding"],
    "foundry": ["3-nanometer process", "2nm process", "gate-all-around (GAA) transistors", "advanced packaging",
                "glass substrates"],
    "fabless": ["AI accelerators", "neural processing units (NPUs)", "on-device AI chips", "display driver ICs"],
    "equipment": ["TC bonders", "hybrid bonding", "EUV lithography tools", "advanced packaging"],
    "battery": ["solid-state batteries", "lithium iron phosphate (LFP) cells", "46-series cylindrical cells",
                "dry electrode technology", "ESS batteries"],
    "materials": ["high-nickel cathodes", "silicon anodes", "LFP cathodes", "precursors"],
    "auto": ["software-defined vehicles", "hybrid vehicles", "hydrogen fuel cells", "extended-range EVs (EREVs)"],
    "electronics": ["micro LED", "OLED panels for IT devices", "on-device AI", "liquid cooling systems for data centers"],
}
FACILITIES_BY_SECTOR = {
    "memory": ["fab", "HBM production line", "advanced packaging plant", "R&D center"],
    "foundry": ["fab", "R&D center", "advanced packaging plant"],
    "fabless": ["R&D center", "design center"],
    "equipment": ["production plant", "R&D center"],
    "battery": ["battery plant", "joint venture battery plant", "ESS battery line"],
    "materials": ["cathode plant", "precursor plant", "anode material plant"],
    "auto": ["EV plant", "assembly plant", "battery joint venture plant"],
    "electronics": ["OLED line", "factory", "R&D center"],
}
CUSTOMERS_BY_SECTOR = {
    "memory": ["Nvidia", "AMD", "Microsoft", "Google", "Amazon Web Services", "Meta", "Apple"],
    "foundry": ["Nvidia", "Qualcomm", "AMD", "Apple", "Google", "Tesla"],
    "fabless": ["Apple", "Samsung", "Xiaomi", "Microsoft", "Google"],
    "equipment": ["Micron", "TSMC", "Samsung", "SK hynix"],
    "battery": ["General Motors", "Ford", "Stellantis", "Volkswagen", "BMW", "Tesla", "Rivian", "Honda",
                "Mercedes-Benz"],
    "materials": ["General Motors", "Ford", "Tesla", "Panasonic", "LG Energy Solution", "Samsung SDI"],
    "auto": ["Hertz", "Uber", "Avis Budget", "the U.S. Postal Service"],
    "electronics": ["Apple", "Dell", "HP", "Microsoft", "Meta"],
}
# Section of a newsletter -> sectors of its companies, markets, export products.
NEWSLETTER_SECTIONS = {
    "AI INDUSTRY TRENDS": (["fabless", "electronics"], ["hbm", "ai accelerators"], ["computers"]),
    "SEMICONDUCTOR INDUSTRY TRENDS": (["memory", "foundry", "fabless", "equipment"],
                                      ["dram", "nand", "hbm", "foundry", "image sensors"], ["semiconductors"]),
    "BATTERY INDUSTRY TRENDS": (["battery", "materials"], ["ev batteries", "ess batteries"],
                                ["secondary batteries", "cathode materials"]),
    "ELECTRIC VEHICLE INDUSTRY TRENDS": (["auto", "battery"], ["ev batteries"], ["automobiles", "electric vehicles",
                                                                                  "auto parts"]),
    "DISPLAY INDUSTRY TRENDS": (["electronics"], ["oled", "smartphones"], ["displays"]),
    "POLICY AND TRADE": (["memory", "auto", "battery"], [], ["semiconductors", "automobiles", "petroleum products",
                                                            "ships", "steel", "petrochemicals"]),
}
PLACES = ["Pyeongtaek", "Yongin", "Icheon", "Cheongju", "Hwaseong", "Ochang", "Gumi", "Ulsan", "Poland",
          "Hungary", "Texas", "Arizona", "Georgia", "Indiana", "Michigan", "Ohio", "Tennessee", "Kentucky",
          "Indonesia", "Mexico", "Vietnam", "Chengdu", "Wuxi", "Dalian", "Kumamoto", "Hiroshima"]
OFFICIALS = ["an official", "a company official", "an industry official", "a spokesperson", "an analyst",
             "a senior researcher"]
ANALYST_FIRMS = ["KB Securities", "Mirae Asset Securities", "Kiwoom Securities", "NH Investment & Securities",
                 "Shinhan Investment", "Korea Investment & Securities", "Hana Securities", "Daishin Securities"]
CONSENSUS_PROVIDERS = ["FnGuide", "Yonhap Infomax", "LSEG", "Bloomberg"]
REPORTERS = ["Kim Min-su", "Lee Ji-hoon", "Park Seo-yeon", "Choi Jae-won", "Jung Hae-in", "Kang Da-eun",
             "Yoon Sung-min", "Han Ji-woo", "Cho Eun-bi", "Shin Dong-hyuk"]
KOREAN_AUTHORS = ["한국산업기술진흥원", "한국무역협회", "산업연구팀", "편집부"]
REPORTER_KR = ["김민수", "이지훈", "박서연", "최재원", "정해인", "강다은"]
OUTLETS = ["The Korea Bizwire", "Korea Tech Today", "Seoul Economic Review", "K-Industry Daily",
           "Asia Chip Watch", "The Battery Report", "Korea Market Wire"]
NEWSLETTER_NAMES = ["Korean Industrial Insight", "K-Tech Industry Brief", "Semiconductor & Battery Monthly",
                    "Korea Advanced Industry Newsletter"]
ROMAN = ["\u2160", "\u2161", "\u2162", "\u2163", "\u2164", "\u2165"]
AGENCIES = ["the Ministry of Science and ICT (MSIT)", "the Ministry of Trade, Industry and Energy",
            "Gyeonggi Province", "the Korea Institute for Advancement of Technology (KIAT)",
            "the Korea Semiconductor Industry Association", "Korea Battery Industry Association",
            "the Korea Development Bank", "the Financial Services Commission", "the Ministry of Environment"]
SURVEY_ORGS = ["the Korea Chamber of Commerce and Industry", "Gallup Korea", "the Federation of Korean Industries",
               "Embrain", "the Korea Economic Research Institute"]
