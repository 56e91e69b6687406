"""Sentence and document templates for the synthetic benchmark corpus.

Templates are str.format strings. Slot meanings (filled by generate_corpus):

  {exp}       plural export subject: "South Korea's exports", "chip exports to China"
  {goods}     what is shipped, for passive forms: "semiconductors", "goods"
  {dest_to}   " to China" or ""
  {co}        company as printed; {co_s} its possessive ("SK hynix's")
  {met}       metric word ("operating profit"); {met_cap} capitalised
  {val}       money as printed ("$1.83 billion", "17.6391 trillion won")
  {prev_val}  the comparison amount; {prev_ref} "a year earlier", ...
  {in_per}    period with its preposition ("in March", "last year", "from January to July")
  {for_per}   period for "for ..." constructions ("for the first quarter")
  {chg}       "5.1 percent" / "5.1%"; {rose} "rose"/"fell"; {up} "up"/"down"
  {a_chg}     "a 5.1 percent increase"; {an_chg_of} "an increase of 5.1%"
  {yoy}       "on-year", "from a year earlier", ...
  {src_tail}  ", according to the trade ministry" or ""; {src_lead} "According to X, " or ""
  {sh}        share as printed ("35.9%"); {mkt} "the global DRAM market"
  {basis_by}  "by revenue" or ""

Every template of one list states the same facts; only the wording differs.
The first character of each rendered sentence is capitalised afterwards and
runs of spaces are collapsed, so "{in_per}, ..." and an empty {basis_by} are fine.
"""

# --- exports -----------------------------------------------------------------
EXPORT_CHG = [  # value + year-on-year change
    "{exp} {rose} {chg} {yoy} {in_per} to {val}{src_tail}.",
    "{in_per}, {exp} {rose} {chg} {yoy} to {val}{src_tail}.",
    "{exp} {in_per} {rose} {chg} {yoy} to {val}.",
    "{exp} came to {val} {in_per}, {up} {chg} {yoy}{src_tail}.",
    "{exp} {in_per} reached {val}, {a_chg} {yoy}.",
    "{src_cap} said {exp} {in_per} {rose} {chg} {yoy} to {val}.",
    "{val} worth of {goods} were shipped{dest_to} {in_per}, {up} {chg} {yoy}.",
    "{exp} totaled {val} {in_per}, marking {a_chg} {yoy}{src_tail}.",
    "{exp} were tallied at {val} {in_per}, {up} {chg} {yoy}.",
]
EXPORT_PREV = [  # value + the year-earlier value
    "{exp} {in_per} reached {val}, {up} from {prev_val} {prev_ref}.",
    "{exp} {rose} to {val} {in_per} from {prev_val} {prev_ref}{src_tail}.",
    "{exp} {in_per} amounted to {val}, compared with {prev_val} {prev_ref}.",
    "{exp} came in at {val} {in_per}, versus {prev_val} {prev_ref}.",
]
EXPORT_BOTH = [  # value + change + year-earlier value
    "{exp} {in_per} reached {val}, {a_chg} compared to {prev_val} {prev_ref}.",
    "{exp} {rose} {chg} to {val} {in_per} from {prev_val} {prev_ref}{src_tail}.",
    "{src_lead}the value of {goods} exported{dest_to} {in_per} reached {val}, {an_chg_of} compared to {prev_val} {prev_ref}.",
]
EXPORT_PLAIN = [  # value only (qualifiers show up here)
    "{exp} {in_per} stood at {val}{src_tail}.",
    "{exp} came to {val} {in_per}.",
    "{in_per}, {exp} amounted to {val}.",
]
EXPORT_AT_LEAST = [  # value is a threshold: qualifier at_least
    "{exp} surpassed the {val} mark {in_per}.",
    "{exp} topped {val} {in_per} for the first time.",
    "Monthly shipments crossed the {val} mark {in_per}.",
]
EXPORT_RECORD = [
    "{exp} hit a record high of {val} {in_per}.",
    "{exp} reached an all-time high of {val} {in_per}.",
]
EXPORT_BULLET = [  # one line of a bulleted list under a dated heading
    "{Goods}: {val} ({sign}{pct_num}%)",
    "{Goods}: {val}, {up} {chg} on-year",
    "{Goods} - {val} ({sign}{pct_num}% YoY)",
]

EXPORT_TOTAL_SUBJ = ["South Korea's exports", "Korea's exports", "the country's exports", "outbound shipments",
                     "South Korea's outbound shipments", "exports"]
EXPORT_DEST_SUBJ = ["exports to {dest}", "Korea's exports to {dest}", "shipments to {dest}",
                    "outbound shipments to {dest}"]
EXPORT_PROD_SUBJ = ["{adj} exports", "exports of {noun}", "outbound shipments of {noun}", "Korea's {adj} exports",
                    "overseas sales of {noun}"]
EXPORT_PROD_DEST_SUBJ = ["{adj} exports to {dest}", "exports of {noun} to {dest}", "shipments of {noun} to {dest}"]

# --- company results -----------------------------------------------------------
REV_CHG = [
    "{co} said its {met} {in_per} {rose} {chg} {yoy} to {val}.",
    "{co_s} {met} {rose} {chg} {yoy} to {val} {in_per}.",
    "{co} posted {met} of {val} {in_per}, {up} {chg} {yoy}.",
    "{in_per}, {co} reported {met} of {val}, {a_chg} {yoy}.",
    "{co} reported {val} in {met} {for_per}, {up} {chg} {yoy}.",
    "{met_cap} at {co} {rose} {chg} {yoy} to {val} {in_per}, the company said in a regulatory filing.",
    "{val} in {met} was recorded by {co} {in_per}, {up} {chg} {yoy}.",
    "According to {co_s} preliminary consolidated results {for_per}, {met} reached {val}, marking {a_chg} {yoy}.",
    "{co} said on {weekday} that its {met} {in_per} {rose} {chg} {yoy} to {val}.",
]
REV_PREV = [
    "{co_s} {met} {in_per} came to {val}, {up} from {prev_val} {prev_ref}.",
    "{co} posted {met} of {val} {for_per}, compared with {prev_val} {prev_ref}.",
    "{co_s} {met} {rose} to {val} {in_per} from {prev_val} {prev_ref}.",
    "{co} logged {val} in {met} {in_per}, versus {prev_val} {prev_ref}.",
]
REV_BOTH = [
    "{co_s} {met} {rose} {chg} to {val} {in_per} from {prev_val} {prev_ref}.",
    "{co} posted {met} of {val} {in_per}, {a_chg} from {prev_val} {prev_ref}.",
]
REV_QOQ = [  # change is quarter-on-quarter: not a change_pct
    "{co_s} {met} {in_per} {rose} {chg} from the previous quarter to {val}.",
    "{co} said its {met} {rose} {chg} quarter-on-quarter to {val} {in_per}.",
]
REV_PLAIN = [
    "{co} posted {met} of {val} {in_per}.",
    "{co_s} {met} {for_per} came to {val}.",
    "{co} reported {met} of {val} {for_per}, the company said.",
]
REV_CHAIN = [  # company and period come from the previous sentence
    "{met_cap} for the same period {rose} {chg} {yoy} to {val}.",
    "The company's {met} {rose} {chg} {yoy} to {val}.",
    "{met_cap} came to {val}, {up} {chg} {yoy}.",
    "Its {met} {rose} {chg} {yoy} to {val} during the same period.",
]
REV_CHAIN_PLAIN = [
    "{met_cap} reached {val} during the same period.",
    "{met_cap} for the quarter stood at {val}.",
]
LOSS_FROM_PROFIT = [  # cur < 0, prev > 0
    "{co} swung to {loss_a} of {val} {in_per}, compared with {profit_a} of {prev_val} {prev_ref}.",
    "{co} posted {loss_a} of {val} {in_per}, turning from {profit_a} of {prev_val} {prev_ref}.",
    "{co} fell into the red {in_per}, posting {loss_a} of {val} against {profit_a} of {prev_val} {prev_ref}.",
]
LOSS_ONLY = [
    "{co} logged {loss_a} of {val} {for_per}.",
    "{co_s} {loss_n} {in_per} came to {val}.",
    "{co} posted {loss_a} of {val} {in_per}, the company said.",
]
LOSS_FROM_LOSS = [  # cur < 0, prev < 0
    "{co_s} {loss_n} {narrowed} to {val} {in_per} from {prev_val} {prev_ref}.",
    "{co} reported {loss_a} of {val} {in_per}, compared with {loss_a2} of {prev_val} {prev_ref}.",
]
PROFIT_FROM_LOSS = [  # cur > 0, prev < 0
    "{co} returned to the black {in_per} with {profit_a} of {val}, compared with {loss_a} of {prev_val} {prev_ref}.",
    "{co} swung to {profit_a} of {val} {in_per} from {loss_a} of {prev_val} {prev_ref}.",
]
GUIDANCE = [  # preliminary figures: qualifier estimate
    "{co} estimated its {met} {for_per} at {val}, {up} {chg} {yoy}, according to its preliminary earnings guidance.",
    "{co} said on {weekday} its {met} {in_per} likely reached {val}, {up} {chg} {yoy}, in a preliminary earnings report.",
    "In its earnings guidance, {co} estimated {met} {for_per} at {val}.",
]
CONSENSUS_CLAUSE = [  # appended to an operating-profit sentence: optional forecast fact
    "{beat} the market consensus of {cons_val}",
    "{beat} the average forecast of {cons_val} compiled by {provider}",
    "{beat} analysts' consensus estimate of {cons_val}",
]
FORECAST = [  # qualifier forecast
    "Analysts expect {co_s} {met} {for_per} to reach {val}.",
    "{firm} forecast {co_s} {met} {for_per} at {val}.",
    "The market consensus puts {co_s} {met} {for_per} at {val}, according to {provider}.",
    "{co_s} {met} is projected to reach {val} {in_per}, according to {firm}.",
]
SEGMENT = [  # a division's figure: optional (not the company's own total)
    "The {division}, which oversees the {biz} business, posted an operating profit of {val} {in_per}.",
    "Operating profit at the {division} came to {val} {in_per}.",
]
DIVISIONS = {
    "Samsung Electronics": [("Device Solutions (DS) division", "chip"), ("Mobile eXperience (MX) division", "smartphone")],
    "LG Electronics": [("Home Appliance Solution division", "home appliance"), ("Vehicle Solution division", "auto parts")],
    "SK Innovation": [("battery unit", "battery")],
    "LG Chem": [("advanced materials division", "cathode")],
}

# --- market shares -------------------------------------------------------------
SHARE_ONE = [
    "{src_lead}{co} held a {sh} share of {mkt} {basis_by} {in_per}.",
    "{co_s} share of {mkt} {basis_by} stood at {sh} {in_per}{src_tail}.",
    "{in_per}, {co} accounted for {sh} of {mkt} {basis_by}{src_tail}.",
    "{src_lead}{co} took a {sh} share of {mkt} {in_per}.",
    "{co} captured {sh} of {mkt} {basis_by} {in_per}.",
]
SHARE_RANK = [
    "{co} ranked {ordinal} in {mkt} {in_per} with a market share of {sh}{src_tail}.",
    "{co} was the {largest} player in {mkt} {basis_by} {in_per}, with a {sh} share.",
    "{src_lead}{co} recorded the {ordinal} position with a {sh} market share {basis_by} {in_per}.",
]
SHARE_FOLLOW = [
    "{co1} led {mkt} {in_per} with a {sh1} share, followed by {co2} ({sh2}) and {co3} ({sh3}).",
    "{src_lead}{co1} topped {mkt} {basis_by} {in_per} with {sh1}, followed by {co2} with {sh2} and {co3} with {sh3}.",
]
SHARE_LIST = [
    "{src_lead}{mkt} {basis_by} {in_per} was led by {lst}.",
    "The top {n} players in {mkt} {in_per} were {lst}{src_tail}.",
    "{in_per}, the ranking {basis_by} was as follows: {lst}.",
]
SHARE_SURPASS = [
    "{src_lead}{co1} recorded a {sh1} share of {mkt} {basis_by} {in_per}, surpassing {co2} ({sh2}).",
    "{co1} overtook {co2} in {mkt} {in_per}, with a share of {sh1} against {sh2}.",
]
SHARE_PREV = [
    "{co_s} share of {mkt} {rose} to {sh} {in_per} from {sh_prev} {prev_ref}.",
    "{co_s} market share {in_per} was {sh}, {up} from {sh_prev} {prev_ref}.",
]
SHARE_PP = [  # change in points: only the current share is a fact
    "{co_s} market share {rose} {pp} percentage points {pp_ref} to {sh} {in_per}.",
    "{co} saw its share of {mkt} {move} by {pp} percentage points {pp_ref} to {sh} {in_per}.",
]
SHARE_GROUP = [
    "The combined market share of the three Korean battery makers - LG Energy Solution, SK On and Samsung SDI - stood at {sh} {in_per}.",
    "{in_per}, the combined market share of the three major Korean battery companies was only {sh}.",
    "Korean battery makers LG Energy Solution, SK On and Samsung SDI together held {sh} of {mkt} {in_per}.",
]
SHARE_APPROX = [
    "{co} is the leading company in {mkt}, holding {qual} {sh} market share {in_per}.",
    "{co} controlled {qual} {sh} of {mkt} {in_per}.",
]

# --- noise (never facts) -----------------------------------------------------------
# Slots: {co} a company of the story, {kco} a Korean listed company, {bco} a
# battery maker, {mco} a memory maker, {chipco} a chipmaker; {inv} an amount
# in {co}'s currency; percentages come with plausible ranges.
NOISE = {
    "budget": [
        "{agency} allocated {krw} to {purpose} this year.",
        "The government plans to spend {krw} on {purpose} by {fyear}.",
        "A supplementary budget of {krw} was approved to {purpose}.",
        "{agency} will provide {krw} in low-interest loans to {sector_firms}.",
    ],
    "investment": [
        "{co} will invest {inv} in a new {facility} in {place} by {fyear}.",
        "{co} plans capital expenditure of {inv} this year, mostly for {tech}.",
        "{co} said it would spend {inv} to build {a_facility} in {place}.",
    ],
    "survey": [
        "In a survey of {n} companies by {org}, {pct} of respondents said {survey_topic}.",
        "{pct} of Koreans said they {survey_opinion}, according to a poll by {org}.",
        "A survey showed that {pct} of {sector_firms} expect {survey_topic2}.",
    ],
    "price": [
        "The average fixed contract price of DDR4 8Gb DRAM {rose} {pct_small} from the previous month to ${price}.",
        "Lithium carbonate prices fell to {lith},000 yuan per ton {past_some}.",
        "Spot prices of DDR5 chips rose {pct_small} over the month.",
        "NAND flash contract prices are expected to rise {pct_small} {future_some}.",
    ],
    "market_cap": [
        "{kco_s} market capitalization rose to {mcap} on {weekday}.",
        "Shares of {kco} {rose} {pct_small} to {n},{n3} won on the Korea Exchange.",
        "{kco} will pay a year-end dividend of {n} won per share.",
    ],
    "contract": [
        "{co} signed a supply contract worth {inv} with {customer}.",
        "{bco} won an order worth {usd_small} from {customer}.",
        "The deal with {customer} is valued at about {usd_small}.",
    ],
    "market_size": [
        "The global {mkt_word} market is expected to grow to {usd} by {fyear}, according to {src}.",
        "The {mkt_word} market was valued at {usd} {past_some}.",
        "The dry electrode market is projected to grow to {krw} by {fyear}.",
        "The global {mkt_word} market is forecast to expand {pct_small} annually through {fyear}.",
    ],
    "margin": [
        "{co_s} operating margin improved to {margin_pct}.",
        "The operating margin stood at {margin_pct}, the highest in {n_small} quarters.",
    ],
    "cost": [
        "Cathodes account for about {cath_pct} of battery production costs.",
        "The {place} plant accounts for {pct} of {bco_s} total production capacity.",
        "HBM accounted for {pct} of {mco_s} DRAM revenue.",
        "Semiconductors accounted for {exp_pct} of Korea's total exports.",
    ],
    "subsidy": [
        "The IRA offers tax credits of up to $7,500 for the purchase of EVs assembled in North America.",
        "Under the CHIPS Act, {chipco} is eligible for up to {usd_small} in subsidies.",
        "The government will extend tax credits of up to {credit_pct} for investments in national strategic technologies.",
    ],
    "capacity": [
        "{bco} aims to raise its annual production capacity to {n} GWh by {fyear}.",
        "{co} plans to hire {n} engineers this year.",
        "The new line will produce {n_small},000 wafers per month.",
    ],
}
# Trade-specific noise: imports, balances, daily averages, export shares.
TRADE_NOISE = [
    "Imports {rose} {pct_small} to {imp}, resulting in a trade surplus of {bal}.",
    "Imports {rose} {pct_small} on-year to {imp}, leaving a trade deficit of {bal}.",
    "Daily average exports, which take into account the number of working days, {rose} {pct_small} to {daily}.",
    "Energy imports, including crude oil, gas and coal, {rose} {pct_small} to {energy}.",
    "{Noun} accounted for {exp_pct} of total exports.",
    "The trade balance stayed in the black for the {ordinal} consecutive month.",
    "The number of working days was {wd}, compared with {wd2} a year earlier.",
]

PURPOSES = ["strengthen national AI capability", "secure 10,000 advanced GPUs", "expand AI computing infrastructure",
            "support domestic AI semiconductor startups", "build power grids for chip clusters",
            "develop next-generation battery technologies", "train semiconductor engineers",
            "support small parts suppliers", "expand EV charging infrastructure"]
SECTOR_FIRMS = ["chipmakers", "battery makers", "small and medium-sized exporters", "fabless startups",
                "parts suppliers"]
SURVEY_TOPICS = ["they expect business conditions to worsen next quarter", "they plan to increase AI investment",
                 "U.S. tariffs are their biggest risk", "they are struggling to hire engineers"]
SURVEY_TOPICS2 = ["exports to improve next year", "higher raw material costs", "weaker demand from China"]
SURVEY_OPINIONS = ["trust AI judges more than human judges", "would consider buying an EV",
                   "use generative AI at work", "are worried about battery fires"]
MKT_WORDS = ["HBM", "AI semiconductor", "solid-state battery", "ESS", "on-device AI", "advanced packaging",
             "EV charging", "foundry"]
NOISE_SOURCES = ["Yole Group", "Precedence Research", "SNE Research", "TrendForce", "Gartner", "IDC"]
PAST_SOME = ["last year", "last month", "in the first half", "at the end of last year"]
FUTURE_SOME = ["next quarter", "in the second half", "next year", "this quarter"]

# --- fillers (numbers-free context) ----------------------------------------------------
FILLER_COMPANY = [
    "{co} is accelerating the development of {tech} to meet growing demand from {customer}.",
    "{lq}Demand for {tech} is expected to remain strong,{rq} {official} at {co} said.",
    "{lq}We will continue to strengthen our competitiveness in {tech},{rq} {official} at {co} said.",
    "{co} plans to expand its production lines in {place}.",
    "{co} declined to comment on specific customers.",
    "{co} is also in talks with {customer} about supplying {tech}.",
    "{co} said it would focus on high-value products such as {tech}.",
    "{co} has been supplying {tech} to {customer} since last year.",
    "Investors are watching whether {co} can pass {customer}'s quality tests.",
    "{co} expects the {tech} business to become a new growth engine.",
    "{co} completed the construction of its new plant in {place} earlier this year.",
    "{co} unveiled its {tech} lineup at a trade show in {city}.",
    "{co} and {co2} are racing to secure orders from {customer}.",
    "Meanwhile, {co} is expanding its presence in the North American market.",
    "{co} also announced a plan to strengthen shareholder returns.",
    "{co} did not provide a detailed outlook for the next quarter.",
    "Shares of {co} have gained ground since the beginning of the year.",
    "{co} said it will prioritize profitability over volume growth this year.",
    "{co} is reviewing plans to build an additional production base in {place}.",
    "Sources said {co} has recently begun mass production of {tech}.",
    "{co} has strengthened its partnership with {customer} in recent months.",
    "The company attributed the improvement to a better product mix and cost cuts.",
    "{co} plans to unveil details of its mid- to long-term strategy at an investor day.",
    "{co} has been diversifying its customer base beyond {customer}.",
    "According to industry sources, {co} is in final negotiations with {customer}.",
    "{co} recently reorganized its business divisions to respond faster to market changes.",
    "{co} said it expects demand from {customer} to pick up in the second half.",
    "A {co} official said the company would announce a new shareholder return policy soon.",
    "{co} has been expanding investment in {tech} despite the downturn.",
    "{co} is also considering a joint venture with {customer}.",
    "The company's order backlog has grown steadily, according to {co}.",
    "{co} did not disclose the terms of the agreement.",
    "Some analysts remain cautious about {co}'s outlook, citing intensifying competition.",
]
FILLER_GENERAL = [
    "Industry watchers say {tech} will be a key battleground in the coming years.",
    "The results come amid growing uncertainty over U.S. tariff policy.",
    "Analysts attributed the results to strong demand for AI servers.",
    "Market watchers expect the recovery to continue as inventories normalize.",
    "Competition with Chinese rivals has intensified in recent quarters.",
    "Experts called for stronger government support for the {sector} industry.",
    "The {sector} industry has been hit by weak demand and falling prices.",
    "Observers say the upturn in the memory cycle is gathering pace.",
    "Sluggish demand for electric vehicles weighed on the battery sector.",
    "Battery makers are shifting toward lithium iron phosphate (LFP) cells to cut costs.",
    "{lq}Demand for {tech} is expected to remain strong,{rq} {official} said.",
    "The global supply chain is being reshaped as major economies pursue industrial policies.",
    "Chinese competitors have been expanding aggressively with government support.",
    "The industry expects the market to recover gradually from the second half.",
    "Price competition is expected to intensify as new capacity comes online.",
    "Some experts warned that the recovery could be slower than expected.",
    "Demand for AI data centers continues to drive investment across the supply chain.",
    "Korean companies are stepping up efforts to secure critical minerals.",
    "The rise of {tech} is reshaping the competitive landscape.",
    "Industry insiders say technological leadership will determine the winners.",
    "Policy uncertainty in the United States has weighed on investment decisions.",
    "Local governments are competing to attract new production facilities.",
    "Talent shortages remain a key challenge for the {sector} industry.",
    "The {sector} industry is entering a period of restructuring.",
    "{lq}The key is how quickly companies can commercialize {tech},{rq} {official} said.",
]
FILLER_TRADE = [
    "The government said it will continue to support exporters with trade financing and market diversification.",
    "The ministry attributed the growth to robust demand for high-value-added products such as {tech}.",
    "Concerns persist over the impact of {risk} on the country's outbound shipments.",
    "{lq}We will make all-out efforts to sustain the export recovery,{rq} the trade minister said.",
    "The ministry said it will closely monitor the impact of {risk} on exporters.",
    "Shipments to major markets were mixed, reflecting {risk}.",
    "Exporters have been struggling with {risk}.",
    "The government plans to announce additional measures to support exporters next month.",
    "Exports to the Middle East and Latin America have also been rising, diversifying export markets.",
    "The ministry expects exports to maintain their upward trend for the rest of the year.",
    "High-tech products such as chips and displays led the gains.",
    "Working-day adjustments partly explained the monthly swing.",
    "The trade ministry said it will hold an emergency meeting with exporters next week.",
    "Analysts say the strength of the won could weigh on exporters' earnings.",
    "The government is pushing to expand free trade agreements with emerging economies.",
    "Logistics costs have stabilized after surging last year.",
]
RISKS = ["U.S. tariffs", "the global economic slowdown", "China's sluggish recovery", "a strong dollar",
         "geopolitical tensions", "falling memory prices", "export controls"]
CITIES = ["Las Vegas", "Berlin", "San Francisco", "Seoul", "Shanghai", "Munich", "Taipei", "Tokyo"]
SECTORS = {"memory": "semiconductor", "foundry": "semiconductor", "fabless": "semiconductor",
           "equipment": "semiconductor equipment", "battery": "battery", "materials": "battery materials",
           "auto": "automobile", "electronics": "electronics"}

# --- titles ---------------------------------------------------------------------------
TITLE_EXPORTS = [
    "(LEAD) S. Korea's exports {up_short} {pct_num} pct in {month} {reason}",
    "S. Korea's {month} exports {rise_short} for {count} straight month",
    "Korea's exports {rise_short} {pct_num}% in {month} on {tech_short} demand",
    "{month} exports {rise_short} to {val_short}",
    "Exports {up_short} in {month} as chip shipments {chip_move}",
]
TITLE_EARLY = [
    "Exports {up_short} {pct_num} pct in first {days} days of {month}",
    "S. Korea's exports for first {days} days of {month} {rise_short}",
]
TITLE_EARNINGS = [
    "{co} {per_short} operating profit {op_move}",
    "{co} posts {per_short} results; {met} {rise_short} {pct_num}%",
    "(LEAD) {co} {per_short} {met} {rise_short} on {reason_short}",
    "{co} reports {per_short} earnings",
    "{co} {per_short} net {profit_word} {val_short}",
]
TITLE_SHARES = [
    "{co} extends lead in global {mkt_short} market",
    "{co} {share_move} in {mkt_short} market in {per_short}",
    "Global {mkt_short} market share: {co} at {sh}",
    "{co} tops {mkt_short} ranking for {per_short}",
]
TITLE_TRADE = [
    "{src_short}: {goods_cap} exports {rise_short} in {per_short}",
    "Korea's {goods} exports{dest_to} {rise_short} sharply",
    "Trade data: exports by item, {per_short}",
]
REASONS = ["on robust chip sales", "amid chip boom", "despite tariff woes", "on strong car shipments",
           "as chip demand recovers", "on weak China demand"]
TECH_SHORT = ["AI chip", "HBM", "EV", "memory", "server"]

NEWSLETTER_NOISE_HEADS = {
    "budget": ["Government Expands Support for AI Computing Infrastructure", "Supplementary Budget Targets Strategic Industries",
               "Policy Funds Earmarked for Chip and Battery Sectors"],
    "survey": ["Survey Shows Growing Use of AI at Work", "Companies Brace for Tougher Conditions, Survey Finds"],
    "investment": ["{co} Unveils New Investment Plan", "{co} Expands Production Footprint"],
    "contract": ["{co} Wins Major Supply Deal", "New Supply Contracts Signal Demand Recovery"],
    "market_size": ["Market Projected to Grow Rapidly", "Next-generation Market Set for Expansion"],
    "capacity": ["Capacity Expansion Accelerates", "{co} Ramps Up Capacity"],
    "price": ["Memory Prices Rebound", "Raw Material Prices Stabilize"],
}

# --- page furniture ------------------------------------------------------------------
HTML_NAV = ["Home", "Business", "Industry", "Tech", "Economy", "Markets", "Opinion"]
HTML_RELATED = ["Chipmakers bet big on advanced packaging", "Battery makers brace for slower EV demand",
                "Government unveils support package for exporters", "Why HBM matters for Korea's chip industry",
                "Carmakers race to localize supply chains in North America", "Display makers turn to IT OLED"]
FOOTER_LINES = ["All rights reserved. Unauthorized reproduction and redistribution prohibited.",
                "Copyright (c) {outlet}. All rights reserved.", "Contact us | Terms of service | Privacy policy"]
