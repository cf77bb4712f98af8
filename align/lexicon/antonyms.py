"""English antonym pairs, written by hand for this project (common words of news and reports).

``ANTONYMS[w]`` is the set of lemmas opposite to lemma ``w``; the table is symmetric.

Complementary roles (husband/wife, father/mother, man/woman, king/queen, master/servant) are
left out: a text that names one names the other nearby, and which person a word refers to is
reference, not meaning (measured on faithful translations: most of their firings were false).
"""

from __future__ import annotations

_PAIRS = """
increase decrease|increase reduce|increase cut|rise fall|rise drop|rise decline|grow shrink
grow decline|gain lose|gain loss|win lose|win defeat|victory defeat|success failure
succeed fail|more less|more fewer|most least|many few|much little|high low|higher lower
large small|big small|big little|long short|tall short|wide narrow|thick thin|heavy light
strong weak|strengthen weaken|fast slow|quick slow|accelerate slow|speed slow|early late
before after|first last|begin end|start end|start finish|start stop|open close|open shut
import export|buy sell|purchase sell|lend borrow|give take|send receive|push pull|enter exit
arrive depart|arrive leave|come go|up down|rise sink|above below|inside outside|inner outer
internal external|domestic foreign|domestic international|public private|north south
east west|left right|front back|top bottom|head tail|in out|on off|near far|close distant
approve reject|accept reject|accept refuse|agree disagree|allow forbid|allow prohibit
permit forbid|support oppose|praise criticize|praise criticise|love hate|like dislike
friend enemy|ally enemy|peace war|safe dangerous|safety danger|secure insecure
legal illegal|true false|right wrong|correct wrong|good bad|better worse|best worst
positive negative|optimistic pessimistic|happy sad|happy unhappy|rich poor|wealth poverty
cheap expensive|easy difficult|easy hard|simple complex|simple complicated|possible impossible
likely unlikely|old new|old young|ancient modern|new used|young elderly
birth death|born die|born dead|live die|alive dead|life death|healthy sick|health illness
clean dirty|hot cold|warm cool|warm cold|heat cold|wet dry|full empty|light dark|day night
morning evening|summer winter|spring autumn|black white|rich lean|hard soft|deep shallow
raise lower|lift lower|expand contract|expand shrink|expansion contraction|add remove
add subtract|include exclude|attack defend|offense defense|offence defence|arrest release
guilty innocent|punish reward|cause prevent|build destroy|create destroy|construct destroy
remember forget|find lose|hide show|hide reveal|conceal reveal|show hide|ask answer
question answer|teach learn|employ dismiss|hire fire|employment unemployment|join leave
connect disconnect|unite divide|together apart|same different|similar different|equal unequal
identical different|same differ|identical differ|true incorrect|correct incorrect
major minor|majority minority|maximum minimum|max min|upper lower|senior junior
male female|adult juvenile|rural urban|land sea
sky earth|heaven hell|future past|ancient future|past present|absent present|presence absence
always never|often seldom|often rarely|sometimes never|everything nothing|everyone nobody
all none|whole part|complete incomplete|finish start|finished unfinished|known unknown
familiar strange|common rare|usual unusual|normal abnormal|regular irregular|formal informal
official unofficial|natural artificial|real fake|genuine fake|real imaginary|active passive
active inactive|busy idle|careful careless|patient impatient|polite rude|kind cruel|honest dishonest
fair unfair|just unjust|wise foolish|clever stupid|smart stupid|brave cowardly|calm anxious
quiet noisy|quiet loud|silent noisy|beautiful ugly|pretty ugly|sweet bitter|sweet sour|fresh stale
raw cooked|wild tame|wild domestic|solid liquid|freeze melt|float sink|wake sleep|awake asleep
save spend|save waste|profit loss|income expense|income expenditure|credit debit|asset liability
surplus deficit|export import|supply demand|advantage disadvantage|benefit harm|help hurt
help harm|protect harm|protect attack|strengthen undermine|improve worsen|improve deteriorate
improvement deterioration|boost curb|encourage discourage|encourage deter|promote hinder
promote obstruct|promote suppress|accelerate decelerate|speed decelerate|hasten delay
advance retreat|advance delay|progress regress|forward backward|ahead behind
lead follow|leader follower
superior inferior|success defeat|pass fail|approve veto|confirm deny|admit deny|affirm deny
include omit|obey disobey|obey violate|comply violate|legal unlawful|lawful unlawful|ban allow
ban permit|lift impose|impose remove|join quit|continue stop|continue discontinue|keep lose
maintain abandon|accept decline|welcome reject|attract repel|attract deter|mature immature
maturation regression|increase drop|increase fall|gain drop|expensive inexpensive|cheap costly
wet arid|flood drought|abundant scarce|plenty scarcity|sufficient insufficient|enough insufficient
optimism pessimism|optimistic pessimism|optimism pessimistic|majority minority
largest smallest|early late
precedented unprecedented|new old|demanding undemanding
challenging undemanding|dense sparse|densely sparsely|gradually suddenly
immediately eventually|beat surrender|win surrender
initially eventually|initially finally|originally eventually|initial final|beginning end
cheap pricey|cheap pricy|dense sparse
""".split("|")

ANTONYMS: dict[str, frozenset[str]] = {}


def _build() -> None:
    table: dict[str, set[str]] = {}
    for chunk in _PAIRS:
        for line in chunk.split("\n"):
            words = line.split()
            for i in range(0, len(words) - 1, 2):
                a, b = words[i], words[i + 1]
                table.setdefault(a, set()).add(b)
                table.setdefault(b, set()).add(a)
    ANTONYMS.update({k: frozenset(v) for k, v in table.items()})


_build()
