"""Page furniture by its form: the lines a page prints around the text (credits, bylines, the
notice that introduces the text or says which version prevails, end marks, an editor's lead).

One definition for the two stages that read it: the aligner leaves furniture that one page prints
and the other does not unpaired (``one_sided``), and the coverage check grades such a line as
furniture (``align.checks.coverage.furniture_zh`` / ``furniture_en`` build on these forms).
"""

from __future__ import annotations

import re

from align.scripts import HAN, HAN_CHAR

# How many opening sentences of a side may be the page's head at most (a title block, dateline,
# speaker and venue lines, an editor's lead, a photo caption, a contents list).
HEAD_MAX = 16

# A live transcript's turn opened by a bullet and its speaker in brackets, run into the first
# sentence (• [国新办新闻发言人 胡凯红]女士们、先生们…): the label is furniture, the rest is text.
BRACKETED_LABEL_ZH = re.compile(r"^[ \t]*(?:[•·●▪*][ \t]*)?[\[【［][^\]】］\n]{2,40}[\]】］][ \t]*")

# A page's credit line on one side only (来源：新华社, 责任编辑：王华; "Translated by …",
# "Source: …", "Editor: …"): furniture, like a photo credit.
PAGE_CREDIT_ZH = re.compile(r"^\s*[（(【\[]?\s*(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|"
                            r"翻译|翻譯|译者|譯者|记者|記者|校对|校對)\s*[：:][^。！？]{0,40}$")
# A date alone on its line in digits, as a page's head prints it (05-06-2024, 2023-03-31,
# 2023/3/31, 31.03.2023), perhaps with the time: the page's own, on one side or both, and no
# part of the title beside it.
NUMERIC_DATE_LINE = re.compile(r"^\s*(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2\d{4})"
                               r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
# A field of a page's header or contact block on its own line (日期:2022-07-09, 发布时间：…,
# 来源:北京外办, 电话：…, "Date: …", "Source: …", "Tel: …"): no part of the title above it,
# however the page set its lines, and no speaker's label.
FIELD_LINE = {
    "zh": re.compile(r"^\s*(?:日\s*期|时\s*间|時\s*間|地\s*点|地\s*點"
                     r"|(?:发布|發佈|發布|更新|印发|印發|成文)(?:日期|时间|時間)"
                     r"|(?:图片|圖片)?(?:来源|來源)|作者|编辑|編輯|责任编辑|責任編輯|字号|字號"
                     r"|浏览次数|瀏覽次數|点击|點擊"
                     # a contact block's fields (地址：…, 电话：…, 传真：…, 邮编：…)
                     r"|地\s*址|电\s*话|電\s*話|传\s*真|傳\s*真|邮\s*编|郵\s*編|邮政编码|郵政編碼"
                     r"|电\s*邮|電\s*郵|电子邮[件箱]|電子郵[件箱]|网\s*址|網\s*址)\s*[：:]"),
    "en": re.compile(r"^\s*(?:date|time|source|author|editor|updated|published|release date|"
                     r"posted"
                     # a contact block's fields ("Tel. : (852) 2582 4733", "Address: …")
                     r"|tel\.?|telephone|phone|fax|facsimile|e-?mail|website|web|address|add"
                     r"|postal code|postcode|post code|zip code|hotline)\s*:", re.IGNORECASE),
}


def header_field(text: str, lang: str) -> bool:
    """Whether ``text`` is one of the page's header fields and nothing more: the label and a
    value with no sentence end in it (作者：李明。他是… is a sentence about the author)."""
    m = FIELD_LINE[lang].match(text)
    return bool(m) and not re.search(r"[。！？!?]|\.(?:\s|$)", text[m.end():])


# A credit may follow the site's name on the line ("eguangzhou.gov.cn | Updated:2023-09-26").
PAGE_CREDIT_EN = re.compile(r"^\s*(?:[^|\n]{1,40}\|\s*)?"
                            r"\(?(?:(?:translated|edited|compiled|written|reported)\s+by\b"
                            r"|(?:source|editor|translator|author|reporter|updated|published)s?"
                            r"\s*:)[^.!?|]{0,80}$", re.IGNORECASE)
# The mark a news story ends with ((完), 【全文完】, "(End)", "-- END --"), a bracketed byline
# without a colon (（记者 王强 李华）, "(By Wang Qiang)") and the note on who wrote a signed
# article (（作者系中国驻英国大使）, "The author is China's Ambassador to the UK."): furniture
# that a page prints on one side only.
END_MARK_ZH = re.compile(r"^\s*[（(【\[]\s*(?:全文)?完\s*[）)】\]]\s*$")
END_MARK_EN = re.compile(r"^\s*(?:[(\[]\s*(?:the\s+)?end\s*[)\]]|[-—–*]+\s*end\s*[-—–*]+)\s*$",
                         re.IGNORECASE)
BYLINE_ZH = re.compile(r"^\s*[（(]\s*(?:本报|本台|新华社|中新社)?(?:特约)?(?:记者|通讯员|实习生)"
                       r"[\s\u3000]*[^，。,；;：:（）()问答]{2,20}[）)]\s*$")
BYLINE_EN = re.compile(r"^\s*\(\s*[Bb]y\s+[A-Z][^()]{0,40}\)\s*$")
AUTHOR_NOTE_ZH = re.compile(r"^\s*(?:[（(【\[]\s*(?:本文)?作者[系为是為][^）)】\]]{2,40}[）)】\]]"
                            r"|(?:本文)?作者系[^。！？]{2,40})。?\s*$")
AUTHOR_NOTE_EN = re.compile(r"^\s*[(\[]?\s*(?:\*\s*)?[Tt]he\s+(?:author|writer)\s+is\s+"
                            r"(?:an?\s|the\s|[A-Z])[^!?]{2,100}[)\]]?\s*$")

CREDIT_ZH = re.compile(r"[（(][^（）()]{0,30}(?:摄|攝|供图|供圖|制图|製圖|图|圖)[）)]\s*$"
                       r"|^\s*[（(]?(?:新华社|新華社|中新社)?记?者?[^，。,]{0,12}(?:摄|攝)[）)]?\s*$"
                       # a line that ends with its photographer's name and 摄 (… 郭磊 摄)
                       rf"|(?:^|\s)[{HAN}·]{{2,5}}\s+(?:摄|攝)\s*$"
                       # the picture's source in brackets: (图片来源:联络办), （图源：视觉中国）
                       r"|[（(【\[]\s*(?:图片来源|圖片來源|图源|圖源)\s*[:：][^（）()]{1,30}[）)】\]]\s*$"
                       # ... or unbracketed at a caption's end: 资料图 图源:外交部网站
                       r"|(?:^|\s)(?:图片来源|圖片來源|图源|圖源)\s*[:：][^。！？\s]{1,30}\s*$")
CREDIT_EN = re.compile(r"^\s*\(?(?:photo|photograph|picture|image|file photo)s?\b(?: by|:)"
                       r"|[(\[](?:photo|xinhua|cfp|ap|afp|reuters)\b[^)\]]{0,60}[)\]]\s*$"
                       r"|/(?:xinhua|cfp|ap|afp|reuters)[)\]]\s*$", re.IGNORECASE)
# A photo caption's sentence: "Photo taken on July 30, 2021 shows …", "The picture shows …", 图为…,
# 这是…拍摄的…. Each page captions its own photos (the English page may print two where the
# Chinese prints one): a caption is the page's, not the text's.
CAPTION_EN = re.compile(r"^\s*\(?(?:(?:this|the|a|above|below)\s+)?"
                        r"(?:(?:file|aerial|undated|combo)\s+)?(?:photo|photograph|picture|image)s?"
                        r"\s+(?:taken\s+(?:on|in)\b[^.]{0,60}?\s+)?shows?\b(?!\s+that\b)",
                        re.IGNORECASE)
CAPTION_ZH = re.compile(r"^\s*(?:[（(]?[上下左右组組]?[图圖][为為：:]|这是[^。！？]{0,40}拍摄的)")
# The notice may be the last clause of the lead's sentence (…国际研讨会举行，中方提出《倡议》，
# 全文如下：; …作政府工作报告，以下为中英文对照全文——).
NOTICE_ZH = re.compile(r"(?:以|均以).{0,40}(?:文本|中文|版本|原文)为准|(?:文本|中文|原文)為準"
                       r"|(?:^|[，,])\s*以下[是为為系].{0,16}(?:实录|實錄|全文|摘要|摘编|摘編|要点|要點)"
                       r"|(?:^|[，,])[^。！？!?，,]{0,16}(?:实录|實錄|全文|摘要|摘编|摘編|要点|要點)"
                       r"如下[：:。]?\s*$"
                       # a note on the page's translation or language versions (英文官方权威译文,
                       # 中英文双语版本, 译文仅供参考): about the text, no part of it. (Not
                       # 中英对照, which sites also print as a label before a title: 中英对照:自信…)
                       r"|(?:英文|英语|英語|中英文?|双语|雙語)[^。！？]{0,12}"
                       r"(?:译文|譯文|双语版本|雙語版本)"
                       r"|(?:译文|譯文)[^。！？]{0,6}(?:仅供参考|僅供參考)"
                       # a note on how the bilingual edition was made (组织专家进行全文翻译，
                       # 形成汉英对照版): the publisher's, no part of the text
                       r"|进行全文翻译|進行全文翻譯|对照文?版|對照文?版|形成(?:汉|漢)英(?:对|對)照"
                       # the promulgation notice over a law or regulation (…通过，现予公布，自…起
                       # 施行): the issuer's announcement, which an English edition leaves out
                       r"|(?:现|現)予(?:公布|发布|發布)|予以(?:公布|发布|發布)")

NOTICE_EN = re.compile(r"^\s*(?:the\s+)?following\s+(?:is|are)\s+(?:the|an?)\s+(?:full\s+)?"
                       # the kind of text a government release introduces ("The following is a
                       # speech given by … today (March 17)")
                       r"(?:text|transcript|speech|statement|remarks|address|message|reply|"
                       r"opening\s+remarks|keynote\s+speech|written\s+reply|article)\b"
                       r"|\bunofficial\s+translation\b"
                       r"|\bfor\s+reference\s+only\b"
                       # a note on the translation itself ("here is the English translation of
                       # the transcript"; "The interview was done in Chinese")
                       r"|\b(?:here|below|following|this)\s+is\s+(?:the|an?)\s+(?:\w+\s+){0,2}"
                       r"translation\b|\b(?:was|were)\s+(?:done|conducted|given|held)\s+in\s+"
                       r"chinese\b|\btranslated\s+from\s+(?:the\s+)?chinese\b"
                       r"|\b(?:chinese|original|official)\b.{0,60}\b(?:prevail|shall prevail"
                       r"|version|text)\b.{0,60}(?:prevail|authoritative|released|final)"
                       r"|\bprevails?\b.{0,40}\b(?:discrepanc|in case)"
                       # the kind of text as the subject of "follows" (The full text is as
                       # follows:; An edited bilingual excerpt follows:; The transcript of the
                       # interview is as follows:); a position or achievements "as follows" are
                       # content, not a notice
                       r"|^\s*(?:the\s+|an?\s+)?(?:(?:full|complete|edited|bilingual|main|abridged"
                       r"|official|english|unofficial)\s+)*(?:text|transcript|excerpts?|contents?"
                       r"|translation|tweet|highlights)\b[^.!?:;]{0,50}?\s+"
                       r"(?:(?:is|are|goes|go|reads?)\s+as\s+follows?|follows?)\s*:?\s*$",
                       re.IGNORECASE)

# An editor's lead reports, in the third person, that the text it introduces was delivered or
# published: a verb of delivery and, within a clause, the kind of text (国家主席习近平…发表2018年
# 新年贺词; 外长在论坛上作主旨演讲; "President Xi delivered a keynote speech at …"). The text
# itself says 我/I: a first-person sentence is none.
_REPORTS_ZH = re.compile(r"(?:发表|發表|宣读|宣讀|作了"
                         r"|作(?=主旨|专题|專題|重要|书面|書面|视频|視頻|题为|題為)"
                         r"|(?<![一导導以所大极極兴興细細景标標招])致(?![力使富]))[^。！？!?；;]{0,40}?"
                         r"(?:讲话|講話|演讲|演講|致辞|致辭|贺词|賀詞|贺信|賀信|署名文章|"
                         r"讲演|講演|书面致辞|書面致辭|视频致辞|視頻致辭)"
                         r"|[并並](?:致辞|致辭|讲话|講話|演讲|演講)")  # 出席…并致辞
_REPORTS_EN = re.compile(r"\b(?:deliver(?:s|ed)?|gave|gives?|made|makes?|publish(?:es|ed)?)"
                         r"\b[^.!?;]{0,60}?\b(?:speech|address|remarks|message|article|"
                         r"statement)\b", re.IGNORECASE)
# An editor's note by its label or its form: 编者按：…, （本刊根据…整理）, （本报综合…）, "Editor's
# note: …". The page's editor writes it for one language; the other page may have its own.
_EDITORS_NOTE_ZH = re.compile(r"^\s*(?:[【\[]?\s*(?:编者按|編者按|编者的话|編者的話)"
                              r"\s*[】\]]?\s*[：:]"
                              r"|[（(【\[]\s*(?:本刊|本报|本報|本网|本網|本台|编者|編者)"
                              r"[^。！？!?]{2,160}[）)】\]]\s*$)")
_EDITORS_NOTE_EN = re.compile(r"^\s*[(\[]?\s*editor[’']?s[’']?\s+notes?\s*[:：)\]]", re.IGNORECASE)
_FIRST_PERSON_ZH = re.compile(r"我")
_FIRST_PERSON_EN = re.compile(r"\b(?:I|we|my|our)\b", re.IGNORECASE)


def reports_text(text: str, lang: str) -> bool:
    """Whether a sentence has the form of an editor's lead: it reports that a speech, message
    or article was delivered or published, and says neither 我 nor I/we (the text itself
    speaks in the first person). Only read in a page's head, before the text begins."""
    if lang == "zh":
        m = _REPORTS_ZH.search(text)
        return bool(m) and not _FIRST_PERSON_ZH.search(text[: m.end()])
    m = _REPORTS_EN.search(text)
    return bool(m) and not _FIRST_PERSON_EN.search(text[: m.end()])


def is_editors_note(text: str, lang: str) -> bool:
    """Whether a line is an editor's note, by its label (编者按：, "Editor's note:") or, in
    Chinese, a bracketed line in the publication's own voice (（本刊根据…整理）)."""
    return bool((_EDITORS_NOTE_ZH if lang == "zh" else _EDITORS_NOTE_EN).match(text))


def is_credit(text: str, lang: str) -> bool:
    """Whether a line is a photo credit, a page's credit line, a byline or an author's note."""
    t = text.strip()
    if lang == "zh":
        return bool(CREDIT_ZH.search(t) or PAGE_CREDIT_ZH.match(t) or BYLINE_ZH.match(t)
                    or AUTHOR_NOTE_ZH.match(t))
    return bool(CREDIT_EN.search(t) or PAGE_CREDIT_EN.match(t) or BYLINE_EN.match(t)
                or AUTHOR_NOTE_EN.match(t))


def is_notice(text: str, lang: str) -> bool:
    """Whether a line holds a notice: the one that introduces the text (全文如下, "The following
    is the full text") or the one that says which version prevails."""
    return bool((NOTICE_ZH if lang == "zh" else NOTICE_EN).search(text.strip()))


def introduces_text(text: str, lang: str) -> bool:
    """Whether a line is only the notice that introduces the text (以下为讲话全文：, "The
    following is the full text of the speech:"): a notice that ends with its colon, or with a
    full stop ("The following is the transcript of the press conference."). One run into the
    title it introduces is the title's line; one that says which version prevails introduces
    nothing."""
    t = text.strip().rstrip("|").strip()
    if t.endswith((".", "。")) and not _PREVAILS.search(t):
        t = t[:-1].rstrip()
    elif not t.endswith((":", "：", "—", "--")):
        return False
    # the notice alone, or the last clause of a lead's sentence that ends with it
    clause = _CLAUSES.split(t)[-1]
    return any(is_notice(x, lang) and _size(x) <= NOTICE_SIZE for x in (t, clause))


def is_end_mark(text: str, lang: str) -> bool:
    return bool((END_MARK_ZH if lang == "zh" else END_MARK_EN).match(text.strip()))


NOTICE_SIZE = 24  # Chinese characters and English words of a notice line at most
_PREVAILS = re.compile(r"prevail|authoritative|reference\s+only|unofficial|为准|為準",
                       re.IGNORECASE)
_CLAUSES = re.compile(r"[，,；;。]")
_WORDS = re.compile(r"[A-Za-z]+")


def _size(text: str) -> int:
    return len(HAN_CHAR.findall(text)) + len(_WORDS.findall(text))


def _kinds(texts: list[str], lang: str) -> list[str]:
    """Per sentence, the kind of furniture it is that a page may print on one side only ("" for
    none): a credit, an end mark, the notice that introduces the text, or an editor's lead (a
    sentence among the opening ones before that notice, or one with the form of a lead,
    ``reports_text``, or an editor's note, ``is_editors_note``)."""
    opening = texts[:HEAD_MAX]
    notice = max((k for k, t in enumerate(opening) if introduces_text(t, lang)), default=-1)
    out = []
    for k, t in enumerate(texts):
        if is_credit(t, lang):
            out.append("credit")
        elif is_end_mark(t, lang):
            out.append("end mark")
        elif k == notice:
            out.append("notice")
        elif k < HEAD_MAX and (k < notice or reports_text(t, lang) or is_editors_note(t, lang)):
            out.append("lead")
        else:
            out.append("")
    return out


# An English wire dateline opening a release: the place in capitals and the day, perhaps the
# agency, then a dash ("MACAU, December 21 -", "BEIJING, Dec. 21 (Xinhua) --"): the day the
# wire sent it, which the Chinese release need not print.
EN_WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{1,30},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?\s*(?:\([^()]{1,30}\))?\s*(?:-{1,2}|–|—)\s")


# A credit inside a longer line ([新华社 谢环驰 摄] 二十国集团…; "… (Xinhua/Li Xueren)"): the page
# prints credits, though not on a line of their own.
_CREDIT_INSIDE = (re.compile(r"[（(\[【][^（）()\[\]【】]{0,30}(?:摄|攝)\s*[）)\]】]"),
                  re.compile(r"\((?:photo|xinhua|cfp|ap|afp|reuters)\b[^)]{0,60}\)"
                             r"|/(?:xinhua|cfp|ap|afp|reuters)\)", re.IGNORECASE))


def one_sided(zh: list[str], en: list[str]) -> tuple[list[bool], list[bool]]:
    """Per sentence of each side, whether it is page furniture of a kind the other page does not
    print at all (a Chinese reprint's news lead and its 全文如下 where the English page has
    neither; a photo credit on one page only). Such a sentence most likely has no counterpart:
    the aligner does not charge for leaving it unpaired. Furniture both pages print (a lead on
    each, a notice on each) is no evidence: each may translate the other."""
    kz, ke = _kinds(zh, "zh"), _kinds(en, "en")
    has_z = set(kz) | ({"credit"} if any(_CREDIT_INSIDE[0].search(t) for t in zh) else set())
    has_e = set(ke) | ({"credit"} if any(_CREDIT_INSIDE[1].search(t) for t in en) else set())
    return [bool(k) and k not in has_e for k in kz], [bool(k) and k not in has_z for k in ke]
