"""Names: a hand-written table of abbreviations, countries, organisations and media, and pinyin.

CC-CEDICT already knows most places and many organisations (北京 Beijing, 联合国 United Nations);
this table adds what press Chinese abbreviates and the dictionary lacks or buries: one-character
country names (美 → US), "X方" sides (中方 → China/Chinese side), bilateral pairs (中美), media,
ministries and agencies with the acronyms English uses. Written for this project.
"""

from __future__ import annotations

import re
from functools import cache

# The most common Chinese surnames (single and compound), as characters; their pinyin readings
# make the set of surnames recognised in English.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖萧田董潘袁蔡蒋余于杜叶程魏苏"
    "吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万"
    "钱严覃武洪赖莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝"
    "包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤"
    "阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和"
    "仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡钮鞠寿许付闫诸甯"
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容",
)

# One-character abbreviations of cities and of China in compounds (在京 "in Beijing", 访华 "visit
# China", 沪港 "Shanghai and Hong Kong").
CITY_CHARS: dict[str, str] = {
    "京": "Beijing", "沪": "Shanghai", "津": "Tianjin", "渝": "Chongqing", "穗": "Guangzhou",
    "华": "China Chinese",
}

# Titles that follow a person's name or surname (高主任, 郭梅女士).
TITLES = (
    "主任", "先生", "女士", "部长", "主席", "总理", "大使", "局长", "司长", "书记", "总统", "教授",
    "博士", "同志", "老师", "院长", "市长", "省长", "董事长", "总裁", "经理", "发言人", "委员",
    "副", "参赞", "公使", "领事", "特使", "秘书长", "会长", "校长", "总监", "将军", "阁下",
)

# Romanisations of common surnames other than pinyin (Cantonese, Wade-Giles, Hokkien,
# Vietnamese), lower case: Chan for 陈, Wong for 黄, Tsai for 蔡.
SURNAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "陈": ("chan", "tan", "chen", "tran"), "黄": ("wong", "ng", "huang", "hwang", "oei"),
    "张": ("cheung", "chang", "teo", "chong", "cheong"), "李": ("lee", "li", "lei", "ly"),
    "林": ("lam", "lim", "lin"), "梁": ("leung", "liang", "neo"), "吴": ("ng", "wu", "goh"),
    "刘": ("lau", "liu", "lao"), "何": ("ho", "hoe"), "郑": ("cheng", "tay", "chang"),
    "王": ("wong", "ong", "wang", "vuong"), "周": ("chow", "chau", "chou", "chew"),
    "许": ("hui", "hsu", "koh", "khaw"), "曾": ("tsang", "tseng", "chan"), "谢": ("tse", "hsieh"),
    "邓": ("tang", "teng"), "蔡": ("tsai", "choi", "chua"), "胡": ("woo", "hu", "ho"),
    "杨": ("yeung", "yang", "yong", "duong"), "叶": ("yip", "yeh", "yap"),
    "冯": ("fung", "feng"), "郭": ("kwok", "kuo", "quek"), "罗": ("law", "lo", "lok"),
    "苏": ("so", "su", "soh"), "卢": ("lo", "lu", "lou"), "朱": ("chu", "choo"),
    "徐": ("tsui", "hsu", "chee"), "孙": ("suen", "sun"), "高": ("ko", "kao", "koh"),
    "萧": ("siu", "hsiao"), "范": ("fan", "pham"), "阮": ("yuen", "nguyen"),
    "蒋": ("chiang", "tseung"), "江": ("kong", "chiang"), "钟": ("chung", "chong"),
    "邱": ("yau", "chiu", "khoo"), "彭": ("pang", "peng"), "潘": ("poon", "pan", "phua"),
    "袁": ("yuen", "yuan"), "吕": ("lui", "lu", "lv"), "马": ("ma", "mah"),
    "魏": ("ngai", "wei"), "宋": ("sung", "soong"), "唐": ("tong", "tang"),
    "韩": ("hon", "han"), "董": ("tung", "dong"), "汪": ("wong", "wang"),
    "丁": ("ting", "ding"), "姚": ("yiu", "yao"), "廖": ("liu", "liao"), "金": ("kam", "kim"),
    "程": ("ching", "cheng"), "诸": ("chu", "zhu"), "童": ("tung", "tong"),
}

# One-character forms of country and region names, as used in 中美, 美方, 访美, 中欧.
COUNTRY_CHARS: dict[str, str] = {
    "中": "China Chinese Sino PRC",
    "美": "US USA America American United States",
    "俄": "Russia Russian",
    "英": "Britain British UK England English",
    "法": "France French",
    "德": "Germany German",
    "日": "Japan Japanese",
    "韩": "Korea Korean ROK",
    "朝": "DPRK North Korea Korean",
    "印": "India Indian",
    "澳": "Australia Australian Macao Macau",
    "加": "Canada Canadian",
    "意": "Italy Italian",
    "西": "Spain Spanish",
    "葡": "Portugal Portuguese",
    "荷": "Netherlands Dutch Holland",
    "比": "Belgium Belgian",
    "瑞": "Sweden Swedish Switzerland Swiss",
    "巴": "Pakistan Brazil",
    "越": "Vietnam Vietnamese",
    "泰": "Thailand Thai",
    "菲": "Philippines Philippine Filipino",
    "马": "Malaysia Malaysian",
    "新": "Singapore Singaporean",
    "伊": "Iran Iranian Iraq",
    "以": "Israel Israeli",
    "埃": "Egypt Egyptian",
    "土": "Turkey Turkish Türkiye",
    "乌": "Ukraine Ukrainian",
    "白": "Belarus",
    "哈": "Kazakhstan",
    "蒙": "Mongolia Mongolian",
    "港": "Hong Kong",
    "台": "Taiwan",
    "欧": "Europe European EU",
    "亚": "Asia Asian",
    "非": "Africa African",
    "拉": "Latin America",
    "阿": "Arab Argentina Afghanistan",
    "墨": "Mexico Mexican",
    "古": "Cuba Cuban",
    "希": "Greece Greek Hellas Hellenic",
    "波": "Poland Polish",
    "奥": "Austria Austrian",
    "丹": "Denmark Danish",
    "挪": "Norway Norwegian",
    "芬": "Finland Finnish",
    "沙": "Saudi",
    "叙": "Syria Syrian",
    "缅": "Myanmar",
    "柬": "Cambodia Cambodian",
    "老": "Laos Lao",
    "尼": "Nepal Nigeria",
    "斯": "Sri Lanka",
}

NAMES: dict[str, str] = {
    # Countries and regions, full and short forms
    "美国": "US USA America American United States",
    "美方": "US American side",
    "中国": "China Chinese PRC",
    "中方": "China Chinese side",
    "我国": "China our country",
    "俄罗斯": "Russia Russian",
    "俄方": "Russia Russian side",
    "英国": "Britain British UK",
    "英方": "UK British side",
    "日方": "Japan Japanese side",
    "欧方": "EU European side",
    "韩方": "ROK South Korea Korean side",
    "朝方": "DPRK side",
    "印方": "India Indian side",
    "朝鲜": "DPRK North Korea",
    "韩国": "ROK South Korea Korea Korean",
    "欧洲": "Europe European",
    "拉美": "Latin America Latin American",
    "中东": "Middle East",
    "东南亚": "Southeast Asia",
    # parts of the world, as English names them (the dictionary lacks "Nordic", "Central Asian")
    "北欧": "Nordic Northern Europe Scandinavia Scandinavian",
    "东欧": "Eastern Europe East European",
    "西欧": "Western Europe West European",
    "南欧": "Southern Europe",
    "中东欧": "Central and Eastern Europe CEE CEEC",
    "北非": "North Africa North African",
    "东非": "East Africa East African",
    "西非": "West Africa West African",
    "南亚": "South Asia South Asian",
    "中亚": "Central Asia Central Asian",
    "西亚": "West Asia Western Asia",
    "东亚": "East Asia East Asian",
    "北美": "North America North American",
    "南美": "South America South American",
    "加勒比": "Caribbean",
    "南岛": "Austronesian",  # 南岛民族, 南岛语系: the Austronesian peoples and languages
    "亚太": "Asia-Pacific Asia Pacific",
    "台湾": "Taiwan",
    "西藏": "Xizang Tibet Tibetan",  # Xizang: the official English name since 2023
    "西藏自治区": "Xizang Tibet Autonomous Region",
    "香港": "Hong Kong HKSAR",
    "澳门": "Macao Macau",
    "港澳": "Hong Kong Macao",
    "港澳台": "Hong Kong Macao Taiwan",
    "两岸": "cross-Strait Strait mainland Taiwan",
    "大陆": "mainland",
    "内地": "mainland",
    "西方": "West Western",
    "全球": "global world",
    "全国": "national nationwide country",
    "国内": "domestic China",
    "海外": "overseas abroad",
    "境外": "overseas foreign",
    "沙特": "Saudi Arabia",
    "阿联酋": "UAE Emirates",
    "乌克兰": "Ukraine Ukrainian",
    "巴勒斯坦": "Palestine Palestinian",
    "以色列": "Israel Israeli",
    "新西兰": "New Zealand",
    "南非": "South Africa",
    # countries English also calls by an own or older name (the Hellenic Republic, Burma)
    "希腊": "Greece Greek Hellas Hellenic",
    "土耳其": "Turkey Turkish Türkiye",
    "荷兰": "Netherlands Dutch Holland",
    "缅甸": "Myanmar Burma Burmese",
    "捷克": "Czech Republic Czechia Czech",
    "科特迪瓦": "Côte d'Ivoire Cote d'Ivoire Ivory Coast",
    "佛得角": "Cabo Verde Cape Verde",
    "东帝汶": "Timor-Leste East Timor",
    "斯威士兰": "Eswatini Swaziland",
    "埃斯瓦蒂尼": "Eswatini Swaziland",
    # International organisations
    "欧盟": "EU European Union",
    "联合国": "UN United Nations",
    "安理会": "Security Council UNSC",
    "联大": "UN General Assembly UNGA",
    "世卫组织": "WHO World Health Organization",
    "世界卫生组织": "WHO World Health Organization",
    "世贸组织": "WTO World Trade Organization",
    "世界贸易组织": "WTO World Trade Organization",
    "国际货币基金组织": "IMF International Monetary Fund",
    "基金组织": "IMF Fund",
    "世界银行": "World Bank",
    "世行": "World Bank",
    "亚投行": "AIIB Asian Infrastructure Investment Bank",
    "亚洲开发银行": "ADB",
    "亚行": "ADB Asian Development Bank",
    "东盟": "ASEAN",
    "北约": "NATO",
    "上合组织": "SCO Shanghai Cooperation Organization",
    "金砖国家": "BRICS",
    "金砖": "BRICS",
    "二十国集团": "G20",
    "七国集团": "G7",
    "亚太经合组织": "APEC",
    "经合组织": "OECD",
    "欧佩克": "OPEC",
    "非盟": "AU African Union",
    "国际奥委会": "IOC Olympic Committee",
    "奥委会": "Olympic Committee",
    "国际原子能机构": "IAEA",
    "教科文组织": "UNESCO",
    "联合国教科文组织": "UNESCO",
    "粮农组织": "FAO",
    "国际劳工组织": "ILO",
    "联合国儿童基金会": "UNICEF",
    "红十字会": "Red Cross",
    "国际刑警组织": "Interpol",
    "达沃斯": "Davos",
    "博鳌": "Boao",
    # Media
    "新华社": "Xinhua",
    "新华网": "Xinhua xinhuanet",
    "央视": "CCTV",
    "中央电视台": "CCTV",
    "中央广播电视总台": "CMG China Media Group",
    "总台": "CMG",
    "中国国际电视台": "CGTN",
    "中新社": "China News Service CNS",
    "中新网": "China News chinanews",
    "人民日报": "People's Daily",
    "人民网": "People's Daily Online",
    "环球时报": "Global Times",
    "中国日报": "China Daily",
    "光明日报": "Guangming Daily",
    "经济日报": "Economic Daily",
    "凤凰卫视": "Phoenix TV",
    "路透社": "Reuters",
    "美联社": "AP Associated Press",
    "法新社": "AFP Agence France-Presse",
    "彭博社": "Bloomberg",
    "彭博": "Bloomberg",
    "共同社": "Kyodo",
    "塔斯社": "TASS",
    "俄新社": "RIA Novosti",
    "韩联社": "Yonhap",
    "英国广播公司": "BBC",
    "有线电视新闻网": "CNN",
    "美国有线电视新闻网": "CNN",
    "华尔街日报": "Wall Street Journal WSJ",
    "纽约时报": "New York Times",
    "华盛顿邮报": "Washington Post",
    "金融时报": "Financial Times FT",
    "经济学人": "Economist",
    "半岛电视台": "Al Jazeera",
    "德新社": "DPA",
    "侨报": "China Press",
    "欧洲时报": "Nouvelles d'Europe European Times",
    "星岛日报": "Sing Tao Daily",
    "明报": "Ming Pao",
    "大公报": "Ta Kung Pao",
    "文汇报": "Wen Wei Po",
    "南华早报": "South China Morning Post SCMP",
    "联合早报": "Lianhe Zaobao Zaobao",
    "世界日报": "World Journal",
    "汉语": "Chinese Mandarin",
    "普通话": "Mandarin Putonghua Chinese",
    # Chinese institutions
    "中共": "CPC Communist Party",
    "中国共产党": "CPC Communist Party of China",
    "共产党": "Communist Party CPC",
    "党中央": "CPC Central Committee Party",
    "中共中央": "CPC Central Committee",
    "国务院": "State Council",
    "全国人大": "NPC",
    "人大": "NPC people's congress",
    "全国政协": "CPPCC",
    "政协": "CPPCC",
    "人大常委会": "NPC Standing Committee",
    "中央军委": "Central Military Commission CMC",
    "外交部": "Foreign Ministry MFA Ministry of Foreign Affairs",
    "商务部": "Ministry of Commerce MOFCOM Commerce",
    "国防部": "Ministry of National Defense MND",
    "财政部": "Ministry of Finance MOF Finance",
    "教育部": "Ministry of Education MOE",
    "工信部": "MIIT Ministry of Industry and Information Technology",
    "工业和信息化部": "MIIT Ministry of Industry and Information Technology",
    "科技部": "MOST Ministry of Science and Technology",
    "公安部": "Ministry of Public Security",
    "人社部": "Ministry of Human Resources and Social Security MOHRSS",
    "生态环境部": "Ministry of Ecology and Environment MEE",
    "农业农村部": "MARA agriculture",
    "自然资源部": "Ministry of Natural Resources",
    "交通运输部": "Ministry of Transport",
    "国家卫健委": "NHC National Health Commission",
    "卫健委": "Health Commission NHC",
    "发改委": "NDRC Development and Reform Commission",
    "国家发展改革委": "NDRC National Development and Reform Commission",
    "国家发改委": "NDRC National Development and Reform Commission",
    "国资委": "SASAC",
    "证监会": "CSRC Securities Regulatory Commission",
    "银保监会": "CBIRC",
    "金融监管总局": "NFRA financial regulatory",
    "国家统计局": "NBS National Bureau of Statistics",
    "统计局": "statistics bureau NBS",
    "海关总署": "GAC General Administration of Customs customs",
    "海关": "customs",
    "央行": "central bank PBOC PBC",
    "人民银行": "PBOC PBC People's Bank of China",
    "中国人民银行": "PBOC PBC People's Bank of China",
    "外汇局": "SAFE",
    "国家外汇管理局": "SAFE",
    "税务总局": "STA State Taxation Administration",
    "市场监管总局": "SAMR market regulation",
    "新闻办": "SCIO Information Office",
    "国新办": "SCIO State Council Information Office",
    "国务院新闻办公室": "SCIO State Council Information Office",
    "解放军": "PLA People's Liberation Army",
    "中国人民解放军": "PLA People's Liberation Army",
    "最高法": "Supreme People's Court SPC",
    "最高检": "Supreme People's Procuratorate SPP",
    "中科院": "CAS Chinese Academy of Sciences",
    "社科院": "CASS Academy of Social Sciences",
    "港府": "HKSAR government Hong Kong government",
    "特区政府": "SAR government",
    # Foreign institutions and places press Chinese names by metonymy
    "白宫": "White House",
    "五角大楼": "Pentagon",
    "国会": "Congress parliament Parliament National Assembly Diet legislature",
    "美国国会": "US Congress",
    "国务卿": "Secretary of State",
    "克里姆林宫": "Kremlin",
    "唐宁街": "Downing Street",
    "美联储": "Fed Federal Reserve",
    "欧洲央行": "ECB",
    "欧洲议会": "European Parliament",
    "欧委会": "European Commission",
    # Policies, currencies and set names
    "一带一路": "Belt and Road BRI Silk Road",
    "大湾区": "Greater Bay Area GBA",
    "粤港澳大湾区": "Guangdong-Hong Kong-Macao Greater Bay Area GBA",
    "长三角": "Yangtze River Delta",
    "京津冀": "Beijing-Tianjin-Hebei",
    "珠三角": "Pearl River Delta",
    "人民币": "RMB yuan renminbi",
    "数字人民币": "e-CNY digital RMB digital yuan digital renminbi",
    "苹果手机": "iPhone iPhones Apple",
    "美元": "dollar USD US$",
    "欧元": "euro EUR",
    "日元": "yen JPY",
    "英镑": "pound sterling GBP",
    "卢布": "ruble rouble",
    "港元": "HK$ HKD",
    "港币": "HK$ HKD",
    "新冠": "COVID-19 COVID coronavirus",
    "新冠肺炎": "COVID-19 COVID",
    "疫情": "pandemic epidemic COVID-19 outbreak",
    "十四五": "14th Five-Year Plan",
    "两会": "two sessions NPC CPPCC",
    "进博会": "CIIE Import Expo",
    "广交会": "Canton Fair",
    "服贸会": "CIFTIS services trade fair",
    "冬奥会": "Winter Olympics Olympic",
    "奥运会": "Olympics Olympic Games",
    "亚运会": "Asian Games",
}

# Renderings so common in press English that a checker must know them, which CC-CEDICT lacks.
RENDERINGS: dict[str, str] = {
    "表示": "say said state",
    "指出": "say note point",
    "强调": "stress emphasize emphasise underline",
    "介绍": "brief introduce say present",
    "先生": "Mr",
    "女士": "Ms Mrs",
    "请": "please invite ask",
    "会见": "meet",
    "会谈": "talks meet",
    "举行": "hold",
    "召开": "hold convene",
    "推动": "promote push drive advance boost",
    "推进": "advance promote push",
    "加快": "accelerate speed faster",
    "加强": "strengthen enhance step",
    "促进": "promote boost facilitate",
    "落实": "implement",
    "同比": "year-on-year year",
    "环比": "month-on-month quarter-on-quarter",
    "高质量": "high-quality quality",
    "实现": "achieve realize realise",
    "开展": "carry launch conduct",
    "重症": "severe serious critical",  # 重症病例 "severe cases"
    "轻症": "mild",
    # the festival as Taiwan, Hong Kong and most English press call it, and its days off
    "春节": "Spring Festival Lunar",  # "the Lunar New Year": its word no other sense has
    "农历新年": "Lunar",
    "假期": "holiday vacation break",
}


@cache
def name_words(word: str) -> tuple[str, ...]:
    """English words the table gives for a Chinese word, or for a run of country characters
    (中美 → China … US …), or () when it knows none."""
    found = NAMES.get(word) or RENDERINGS.get(word)
    if found is not None:
        return tuple(found.split())
    if word in COUNTRY_CHARS:
        return tuple(COUNTRY_CHARS[word].split())
    if 2 <= len(word) <= 4 and all(c in COUNTRY_CHARS for c in word):
        return tuple(w for c in word for w in COUNTRY_CHARS[c].split())
    if len(word) == 2 and word[1] == "方" and word[0] in COUNTRY_CHARS:
        return (*COUNTRY_CHARS[word[0]].split(), "side")
    return ()


@cache
def _pypinyin_lazy():  # noqa: ANN202 - a module
    import pypinyin

    return pypinyin


@cache
def pinyin(word: str) -> tuple[str, ...]:
    """Toneless syllables of a word as a name would be read (surnames in their surname reading)."""
    pp = _pypinyin_lazy()
    return tuple(
        s[0]
        for s in pp.pinyin(word, style=pp.Style.NORMAL, heteronym=False)
        if s and s[0].isalpha()
    )


def romanise(syllables: tuple[str, ...], person: bool) -> tuple[str, ...]:
    """The lower-case strings an English text may use for a Chinese name: the whole name run
    together (Beijing, Xiongan), and for a person the surname and the given name (Zhao, Qiming)."""
    clean = tuple(re.sub(r"[^a-zü]", "", s.lower()).replace("ü", "v") for s in syllables)
    clean = tuple(s for s in clean if s)
    if not clean:
        return ()
    out = ["".join(clean)]
    if person and len(clean) >= 2:
        if len(clean) == 4:  # a two-character surname: Ouyang, Sima
            out += ["".join(clean[:2]), "".join(clean[2:])]
        out += [clean[0], "".join(clean[1:])]
    return tuple(dict.fromkeys(out))
