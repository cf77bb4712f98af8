"""Forms met on real published pairs in the thirty-fourth session: dollars of other places than
the United States (NT$, S$, C$, NZ$, New Taiwan dollars); 中葡 and every other one-character
country after 中 say "bilateral"; countries English names in their own or older name (Hellas,
Burma, Türkiye); the Republic of China's year in Chinese numerals with ○; disasters a place
names by their date (88風災, 九二一大地震); a date line in digits above the title (05-06-2024);
a Hong Kong or Macao officer's own English name with the surname as those cities spell it
(張曼莉, Ms Lillian Cheong); an annex or table numbered in Chinese numerals beside a particle
(以附件一的表一列出); header fields that a mirror glosses in pinyin (時(shí)間:); 晚上 before the
first of two times; a count of digits (2位數, "in the double digits")."""

import pytest
from conftest import check_texts, loud, quantity_value

from align.checks.antonym import antonym_pairs
from align.checks.coverage import furniture_en, furniture_zh, header_fields
from align.checks.lexical import corr
from align.checks.names import pinyin_names
from align.checks.partial import _modifier_said
from align.numbers import extract_en, extract_zh
from align.numbers.tokens import without_readings
from align.segment import segment


@pytest.mark.parametrize(("en", "value", "currency"), [
    ("donations of NT$5.1 billion", "5100000000", "TWD"),
    ("a budget of NT$300 million", "300000000", "TWD"),
    ("5 billion New Taiwan dollars", "5000000000", "TWD"),
    ("TWD 100 million", "100000000", "TWD"),
    ("S$2 million in grants", "2000000", "SGD"),
    ("C$4 billion of trade", "4000000000", "CAD"),
    ("NZ$ 20 million", "20000000", "NZD"),
    ("A$3 million", "3000000", "AUD"),
    ("30 million Australian dollars", "30000000", "AUD"),
    ("2 billion Singapore dollars", "2000000000", "SGD"),
    ("US$5 million", "5000000", "USD"),
    ("$5 million", "5000000", "USD"),
    ("HK$1.2 billion", "1200000000", "HKD"),
])
def test_dollars_of_other_places_keep_their_currency(en, value, currency):
    [q] = extract_en(en)
    assert (q.kind, quantity_value(q), q.unit) == ("money", value, currency)


@pytest.mark.parametrize(("zh", "value", "currency"), [
    ("捐款達51億新台幣", "5100000000", "TWD"),
    ("3000万新加坡元", "30000000", "SGD"),
    ("20亿加元", "2000000000", "CAD"),
    ("1.5亿加拿大元", "150000000", "CAD"),
    ("5亿澳元", "500000000", "AUD"),
    ("800万新西兰元", "8000000", "NZD"),
])
def test_chinese_names_of_other_dollars(zh, value, currency):
    [q] = extract_zh(zh)
    assert (q.kind, quantity_value(q), q.unit) == ("money", value, currency)


def test_new_taiwan_dollars_meet_nt_dollars_and_not_us_dollars(tmp_path):
    zh = "日本各界為風災捐款達51億新台幣。"
    assert loud(check_texts(tmp_path, zh, "Japan donated NT$5.1 billion for the typhoon relief."),
                "number-mismatch") == []
    assert loud(check_texts(tmp_path, zh, "Japan donated NT$5.1 billion for the typhoon relief."),
                "number-missing") == []
    assert loud(check_texts(tmp_path, zh, "Japan donated US$5.1 billion for the typhoon relief."),
                "number-mismatch") != []


@pytest.mark.parametrize("zh", ["推动中葡关系发展", "中希合作", "深化中越友谊", "中泰一家亲",
                                "中巴经济走廊", "中韓關係", "中烏合作", "中蒙边境"])
def test_china_and_any_one_character_country_say_bilateral(zh):
    assert _modifier_said(zh, "bilateral")


@pytest.mark.parametrize("zh", ["中国发展", "推动关系发展", "其中一项"])
def test_no_pair_of_countries_no_bilateral(zh):
    assert not _modifier_said(zh, "bilateral")


@pytest.mark.parametrize(("zh", "en"), [
    ("感谢希腊朋友的支持。", "Thank you, Hellas, for your support."),
    ("希腊政府表示欢迎。", "The Hellenic Government welcomed it."),
    ("缅甸代表出席。", "A representative of Burma attended."),
    ("土耳其代表出席。", "A representative of Türkiye attended."),
    ("捷克代表出席。", "A representative of Czechia attended."),
    ("科特迪瓦代表出席。", "A representative of Ivory Coast attended."),
])
def test_a_country_by_its_own_or_older_english_name_is_the_same_country(tmp_path, zh, en):
    found = check_texts(tmp_path, zh, en)
    assert loud(found, "name-unmatched") == [] and loud(found, "name-missing") == []


def test_a_country_replaced_is_still_reported(tmp_path):
    found = check_texts(tmp_path, "感谢希腊朋友的支持。", "Thank you, Italy, for your support.")
    assert loud(found, "name-unmatched") + loud(found, "name-missing") != []


@pytest.mark.parametrize("title", ["中華民國一○八年總統農曆春節談話",
                                   "中華民國一〇八年總統農曆春節談話",
                                   "中華民國108年總統農曆春節談話"])
def test_the_roc_era_of_a_year_in_a_title_is_no_name_replaced(tmp_path, title):
    found = check_texts(tmp_path, title, "President Tsai's remarks for Lunar New Year 2019")
    assert not any("中華民國" in m for m in loud(found, "name-unmatched"))


@pytest.mark.parametrize(("zh", "month_day"), [
    ("捐款賑濟88風災", "808"), ("八八水災災後重建", "808"), ("九二一大地震之後", "921"),
    ("512地震的救援", "512"), ("921地震後", "921"),
])
def test_a_disaster_named_by_its_date_is_a_weak_date(zh, month_day):
    [q] = extract_zh(zh)
    assert (q.kind, quantity_value(q), q.weak) == ("date", month_day, True)


@pytest.mark.parametrize("zh", ["發生12次地震", "2008地震", "30地震"])
def test_counts_and_years_before_a_disaster_are_no_event_date(zh):
    assert all(q.unit != "md" for q in extract_zh(zh))


def test_the_88_of_a_disasters_name_is_no_figure_to_pair(tmp_path):
    found = check_texts(tmp_path, "日本各界為88風災捐款達51億新台幣。",
                        "Japan donated NT$5.1 billion after Typhoon Morakot.")
    assert loud(found, "number-mismatch") == [] and loud(found, "number-missing") == []


@pytest.mark.parametrize("line", ["05-06-2024", "2023-03-31", "2023/3/31 15:06", "31.03.2023",
                                  " 2024-06-05 "])
def test_a_date_in_digits_alone_on_its_line_is_a_dateline(line):
    assert furniture_zh(line) == "dateline" and furniture_en(line) == "dateline"


@pytest.mark.parametrize("line", ["5-6-24", "2023-03-31 出席会议", "Call 2023-03-31 now"])
def test_a_date_in_a_sentence_is_no_dateline(line):
    assert furniture_zh(line) != "dateline" and furniture_en(line) != "dateline"


def test_a_date_line_above_a_wrapped_title_stays_apart_from_it():
    text = "05-06-2024\n立法會二題:可用作數據中心用途的物業\n以下是今日的提問和答覆:\n"
    texts = [s.text for s in segment(text, "zh")]
    assert texts[0] == "05-06-2024"
    assert not any("05-06-2024" in t and "物業" in t for t in texts)


def test_a_one_sided_date_line_above_the_title_is_not_missing(tmp_path):
    found = check_texts(tmp_path, "05-06-2024\n可用作數據中心用途的物業\n政府會研究有關建議。",
                        "Properties available for data centre use\n"
                        "The Government will study the proposals.")
    assert loud(found, "number-missing") == []


@pytest.mark.parametrize(("zh", "en"), [
    ("以下是署理創新科技及工業局局長張曼莉的答覆:",
     "Following is a reply by the Acting Secretary for Innovation, Technology and Industry, "
     "Ms Lillian Cheong:"),
    ("以下是今日在立法會會議上謝偉銓議員的提問和署理創新科技及工業局局長張曼莉的答覆:",
     "Following is a question by the Hon Tony Tse and a reply by the Acting Secretary for "
     "Innovation, Technology and Industry, Ms Lillian Cheong, in the Legislative Council today:"),
    ("以下是创新科技及工业局局长张曼莉的答复:",
     "Following is a reply by the Secretary for Innovation, Technology and Industry, "
     "Ms Lillian Cheung, in the Legislative Council today:"),
])
def test_an_officers_own_english_name_with_the_surname_is_no_name_replaced(tmp_path, zh, en):
    assert loud(check_texts(tmp_path, zh, en), "name-unmatched") == []


def test_an_officer_of_another_surname_is_still_a_name_replaced(tmp_path):
    found = check_texts(tmp_path, "以下是今日在立法會會議上謝偉銓議員的提問和"
                                  "署理創新科技及工業局局長張曼莉的答覆:",
                        "Following is a question by the Hon Tony Tse and a reply by the Acting "
                        "Secretary for Innovation, Technology and Industry, Ms Lillian Wong, in "
                        "the Legislative Council today:")
    assert any("張曼莉" in m for m in loud(found, "name-unmatched"))


@pytest.mark.parametrize(("zh", "values"), [
    ("(以附件一的表一列出)", ["1", "1"]), ("見附件二", ["2"]), ("见表二及表三", ["2", "3"]),
    ("在表一中", ["1"]), ("按附表三所列", ["3"]),
])
def test_an_annex_or_table_numbered_in_chinese_numerals_is_a_label(zh, values):
    qs = extract_zh(zh)
    assert [quantity_value(q) for q in qs] == values and all(q.weak for q in qs)


@pytest.mark.parametrize("zh", ["表一致", "代表一致同意", "列表一栏", "他发表一篇文章"])
def test_biao_inside_a_word_is_no_label(zh):
    assert [q for q in extract_zh(zh) if q.kind == "count" and q.unit == ""] == []


def test_annex_and_appendix_numbers_meet_their_chinese_labels(tmp_path):
    found = check_texts(tmp_path, "有關資料以附件一的表一列出。",
                        "The details are set out in Annex 1 in Appendix 1.")
    assert loud(found, "number-extra") == []


@pytest.mark.parametrize("line", ["時(shí)間:2024年3月28日15:00—16:37",
                                  "地點(diǎn):中央軍委國(guó)際軍事合作辦公室",
                                  "時間:2024年3月28日15:00—16:37"])
def test_a_header_field_glossed_in_pinyin_reads_as_one_without_its_readings(line):
    assert header_fields(without_readings(line)[0]) != []


def test_an_untranslated_glossed_header_block_gives_no_missing_time(tmp_path):
    zh = ("2024年3月國(guó)防部例行記者會(huì)文字實(shí)錄\n時(shí)間:2024年3月28日15:00—16:37\n"
          "地點(diǎn):中央軍委國(guó)際軍事合作辦公室\n發(fā)布人:國(guó)防部新聞發(fā)言人吳謙大校\n"
          "吳謙:各位記者朋友,大家下午好。今天我沒有需要主動(dòng)發(fā)布的消息。")
    en = ("Regular Press Conference of the Ministry of National Defense on March 28\n"
          "Wu Qian: Friends from the media, good afternoon. Today I have no information to "
          "announce.")
    assert loud(check_texts(tmp_path, zh, en), "number-missing") == []


@pytest.mark.parametrize(("zh", "hours"), [
    ("晚上九時正和9時40分", ["21", "21.67"]), ("晚上9时和9时40分", ["21", "21.67"]),
    ("晚上8點及10點", ["20", "22"]), ("下午3时至5时", ["15", "17"]),
    ("上午9时和下午3时", ["9", "15"]), ("晚上7:30和9:00", ["19.5", "21"]),
])
def test_the_part_of_the_day_carries_to_a_time_listed_after_it(zh, hours):
    assert [f"{float(q.value):.2f}".rstrip("0").rstrip(".") for q in extract_zh(zh)] == hours


def test_two_evening_times_meet_two_pm_times(tmp_path):
    found = check_texts(tmp_path, "煙花將於晚上九時正和9時40分燃放。",
                        "The fireworks will be launched at 9 p.m. and 9:40 p.m.")
    assert loud(found, "number-mismatch") == []


@pytest.mark.parametrize("zh", ["出現2位數的確診案例", "三位数增长", "保持两位数"])
def test_a_count_of_digits_is_weak(zh):
    [q] = extract_zh(zh)
    assert q.weak


def test_a_count_of_digits_said_in_words_is_not_missing(tmp_path):
    found = check_texts(tmp_path, "本市每天仍出現2位數的確診案例。",
                        "The city still reports new cases in the double digits every day.")
    assert loud(found, "number-missing") == []


def test_a_derived_word_renders_the_chinese_so_close_is_no_antonym_of_opened():
    zh = "两国传统友好历经考验,焕发新机。"
    en = ("The traditional friendship between the two countries has stood the test and opened "
          "up new opportunities.")
    assert antonym_pairs(zh, en) == []


def test_an_antonym_with_no_derived_rendering_is_still_found():
    assert antonym_pairs("两国关系日益密切。", "The relations between the two countries are "
                                              "increasingly distant.") != []


def test_the_year_before_a_stated_year_is_said_year_on_year(tmp_path):
    zh = "2023年工業調查結果。2023年共有830間工業場所,較2022年減少30間。"
    said = check_texts(tmp_path, zh, "Industrial Survey 2023. There were 830 industrial "
                                     "establishments in 2023, down by 30 year-on-year.")
    assert loud(said, "number-missing") == []


def test_an_older_year_is_not_said_year_on_year(tmp_path):
    found = check_texts(tmp_path, "2023年共有830間工業場所,較2019年減少30間。",
                        "There were 830 industrial establishments in 2023, down by 30 "
                        "year-on-year.")
    assert any("2019" in m for m in loud(found, "number-missing"))


def test_a_quarter_compared_after_what_is_compared_is_the_previous_quarter(tmp_path):
    found = check_texts(tmp_path, "与第2季修订后的零售业销售额(131.3亿元)比较,"
                                  "第3季销售额减少15.2%。",
                        "Value of retail sales in the third quarter decreased by 15.2% as "
                        "compared with the revised figure (MOP13.13 billion) in the previous "
                        "quarter.")
    assert loud(found, "number-missing") == []


@pytest.mark.parametrize(("zh", "en"), [("春节", "the Lunar New Year"),
                                        ("春节假期", "the Lunar New Year break"),
                                        ("农历新年", "Lunar New Year"),
                                        ("假期", "the holiday")])
def test_the_festival_and_its_break_as_english_press_calls_them(zh, en):
    assert corr(zh, en).coverage[0] == 1.0


def test_a_short_sentence_made_the_opening_clause_of_the_next_is_no_omission(tmp_path):
    zh = ("大家好,今天是小年夜。春節假期已經開始了。首先我要感謝所有堅守崗位的軍、警、消防、海巡,"
          "以及醫護同仁。祝大家新年快樂。")
    en = ("Hello everyone, today is the night before Lunar New Year's Eve. With the Lunar New "
          "Year break having already begun, I want to first thank our military, police, "
          "firefighters, coast guard, and medical personnel who will be standing guard over "
          "the holiday. Happy New Year to all.")
    assert loud(check_texts(tmp_path, zh, en), "omission") == []


def test_a_sentence_left_out_beside_the_festival_is_still_an_omission(tmp_path):
    zh = ("大家好,今天是小年夜。春節假期已經開始了。首先我要感謝所有堅守崗位的軍、警、消防、海巡,"
          "以及醫護同仁。我也要感謝超商店員、快遞司機和外送員。疫情期間,請大家注意防疫措施。"
          "我們一起努力,讓臺灣更好。祝大家新年快樂。")
    en = ("Hello everyone, today is the night before Lunar New Year's Eve. The Lunar New Year "
          "break has already begun. I want to first thank our military, police, firefighters, "
          "coast guard, and medical personnel who will be standing guard. I also want to thank "
          "convenience store clerks, couriers and delivery drivers. Let us work together to "
          "make Taiwan even better. Happy New Year to all.")
    assert any("防疫" in f.zh.text for f in check_texts(tmp_path, zh, en)
               if f.rule == "omission" and f.severity.value == "error")


@pytest.mark.parametrize("en", ["the Hong Kong Human Rights and Democracy Act",
                                "the Hong Kong Human Rights Commission"])
def test_words_after_hong_kong_are_no_pinyin_name(en):
    assert pinyin_names(en) == []


def test_a_pinyin_name_after_other_words_is_still_read():
    assert [n for n, _, _ in pinyin_names("Wang Yi met Kong Quan in Hong Kong")] == [
        "Wang Yi", "Kong Quan"]


def test_the_year_of_an_acts_short_title_is_info(tmp_path):
    found = check_texts(tmp_path, "美国国会众议院通过所谓“香港人权与民主法案”。我们对此强烈反对。",
                        "The US House of Representatives passed the so-called Hong Kong Human "
                        "Rights and Democracy Act of 2019. We firmly oppose it.")
    assert loud(found, "number-extra") == [] and loud(found, "name-mismatch") == []
    assert any(f.rule == "number-extra" for f in found)  # still said, at info


@pytest.mark.parametrize(("zh", "en"), [
    ("總統府歡迎聖文森總督杜甘(H.E. Dame Susan D. Dougan, GCMG, OBE)訪台",
     "The Office welcomes Governor-General Susan D. Dougan of Saint Vincent"),
    ("李家超(John Lee, GBM, SBS, PDSM)出席典禮", "Chief Executive John Lee attended the ceremony"),
    ("馬哈蒂爾(Tun Dr Mahathir Mohamad)訪華", "Mahathir Mohamad visited China"),
])
def test_styles_and_honours_beside_a_name_the_english_says_are_not_missing(zh, en):
    from align.numbers.tokens import missing_tokens

    assert missing_tokens(zh, en) == []


def test_styles_with_no_name_said_are_still_missing():
    from align.numbers.tokens import missing_tokens

    assert [t for t, _, _ in missing_tokens("總督杜甘(Dame Susan Dougan, GCMG)訪台",
                                            "The Governor-General visited Taiwan")] == [
        "Dame", "Susan", "Dougan", "GCMG"]


def test_an_amount_converted_in_brackets_is_the_same_amount(tmp_path):
    found = check_texts(tmp_path, "去年双边贸易额达到797.4亿美元,是建交初期的28倍。",
                        "Our bilateral trade last year hit US$79.74 billion (S$112.4 billion), "
                        "a 28-fold increase.")
    assert not any("112.4" in m for m in loud(found, "number-extra"))
    assert any(f.rule == "number-extra" and "converted" in f.message for f in found)


def test_an_amount_in_brackets_of_the_same_currency_is_still_extra(tmp_path):
    found = check_texts(tmp_path, "去年双边贸易额达到797.4亿美元。",
                        "Our bilateral trade last year hit US$79.74 billion (US$112.4 billion).")
    assert any("112.4" in m for m in loud(found, "number-extra"))


@pytest.mark.parametrize(("zh", "en"), [
    ("新加坡总统陈庆炎阁下出席。", "Singapore's President Tony Tan Keng Yam attended."),
    ("越南国家主席陈大光出席。", "Vietnamese President Tran Dai Quang attended."),
])
def test_a_name_in_its_own_romanisation_with_the_surname_is_the_same_person(tmp_path, zh, en):
    assert loud(check_texts(tmp_path, zh, en), "name-mismatch") == []


def test_a_pinyin_name_of_another_person_is_still_a_mismatch(tmp_path):
    found = check_texts(tmp_path, "越南国家主席陈大光出席。", "Vietnamese President Wang Dai Quang "
                                                          "attended.")
    assert loud(found, "name-mismatch") != []


@pytest.mark.parametrize("zh", ["红军25000里长征", "二万五千里长征的精神", "兩萬五千里長征"])
def test_the_long_marchs_chinese_name_is_no_distance(zh):
    assert extract_zh(zh) == []


@pytest.mark.parametrize("zh", ["(Bilingual)广州参加达尔文市国际贸易展览会",
                                "【EN/CN】广州参加展览会", "（English）广州参加展览会"])
def test_a_posts_language_label_is_no_token_to_translate(zh):
    from align.numbers.tokens import missing_tokens

    assert missing_tokens(zh, "Guangzhou attends the Darwin fair") == []


def test_a_count_summing_up_the_chinese_list_before_it_is_said_by_the_items(tmp_path):
    found = check_texts(tmp_path, "前往人流密集场所、通风不良场所和医疗机构等三类场所时"
                                  "务必规范佩戴口罩。",
                        "Wear your mask properly when you visit crowded and poor ventilated "
                        "public places and hospitals.")
    assert loud(found, "number-missing") == []


def test_a_count_with_no_list_before_it_is_still_missing(tmp_path):
    found = check_texts(tmp_path, "前往这三类场所时务必规范佩戴口罩。",
                        "Wear your mask properly when you visit these places.")
    assert loud(found, "number-missing") != []


def test_the_year_of_an_acts_short_title_beside_a_dateline_is_info(tmp_path):
    found = check_texts(tmp_path, "新华社北京9月26日电 美国国会通过“香港人权与民主法案”。",
                        "The US Congress passed the Hong Kong Human Rights and Democracy Act of "
                        "2019.")
    assert loud(found, "number-extra") == []
