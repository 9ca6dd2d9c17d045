"""The grammar of a marked line: banners, fields, email subjects, sensitivity labels and
the head comments of source files (see ``markings`` for where a marking counts).

Compiled only when a text holds a marking word (``markings._candidate_lines``): some thirty
patterns, 30 ms to build, that most files and most commits never need.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise

import regex

from safecommit import re2scan
from safecommit.detect.markings import TIMEOUT, Mode, _candidate_lines
from safecommit.lazyre import lazy_regex

_NOT_WORD = r"(?![A-Za-z0-9_])"
_NO_WORD_BEFORE = r"(?<![A-Za-z0-9_])"
# A hyphen as a word processor or a typesetter may set it: a hard hyphen, a figure dash, a
# minus sign, a dash; spaced out or not.
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2212]"
_OS_JOIN = rf"(?:[ ]{{0,3}}{_DASH}[ ]{{0,3}}|[ ]+)"

# Descriptors and handling instructions, as the 2014 and 2023 policies write them.
_EYES = r"(?:FIVE|[A-Z]{2,5}(?:[ ]?/[ ]?[A-Z]{2,5})*)[ ]EYES[ ]ONLY"
# The words are also written in title case ("Official-Sensitive Personal"); STRAP and its
# levels are codewords that go with SECRET and TOP SECRET.
_DESCRIPTOR = (
    rf"(?:{_EYES}|STRAP[ ]?[1-3]?|(?i:RECIPIENTS[ ]ONLY|HMG[ ]USE[ ]ONLY|PERSONAL[ ]DATA"
    r"|PERSONAL|COMMERCIAL|LOCSEN|LEGAL[ ]PROFESSIONAL[ ]PRIVILEGE|LEGAL"
    r"|HR[ ]?/[ ]?MANAGEMENT|HR|MANAGEMENT|STAFF|POLICY|MARKET[ ]SENSITIVE|HONOURS|APPOINTMENTS"
    r"|CONTRACTS)|NOFORN)"
)
# A descriptor in brackets, in capitals or (the policy's three) as the marking is written:
# "official-sensitive [personal]", "Official-Sensitive (Commercial)". A short list: each
# pattern holds it many times over, and compiles in proportion.
_IN_BRACKETS = r"(?:[A-Z][A-Z /&-]*[A-Z]|(?i:personal|commercial|locsen))"
_BRACKETED = rf"(?:\[[ ]?{_IN_BRACKETS}[ ]?\]|\([ ]?{_IN_BRACKETS}[ ]?\))"
_SEP = r"(?:[ \t]*(?://|[-:/,|\u2013\u2014])[ \t]*|[ \t]+)"
_TAIL = rf"(?:{_SEP}{_DESCRIPTOR}{_NOT_WORD}|[ \t]*{_BRACKETED})*"

# Also written with the descriptor's brackets: "OFFICIAL (SENSITIVE)", or after a colon or
# a slash ("OFFICIAL: SENSITIVE", as a field's value is written; "OFFICIAL/SENSITIVE/SECRET"
# lists three); as its abbreviation,
# OFFSEN; and in Welsh, as
# the Welsh Government's bilingual labels write it (SWYDDOGOL, "official"). In capitals a
# tab may join the words, as a document's header may set one ("Official<tab>Sensitive" is
# a table's two cells, a level and a yes; ``markings.hits`` reads a data file's tab as its
# columns' edge).
_OS_UPPER = (rf"(?:(?:UK[ ])?OFFICIAL(?:(?:{_OS_JOIN}|\t)SENSITIVE"
             r"|[ ]?\([ ]?SENSITIVE[ ]?\)"
             r"|[ ]?\[[ ]?SENSITIVE[ ]?\])"
             rf"|SWYDDOGOL{_OS_JOIN}SENSITIF)")
# (the colon's, the slash's and the abbreviation's forms are read as banners and fields
# only: every other pattern holds the level many times over, and compiles in proportion)
_OS_SHORT = r"OFFICIAL[ ]?[:/][ ]?SENSITIVE(?![ ]?/)|OFFSEN"
# (and the level in capitals, its descriptor not: "OFFICIAL-Sensitive")
_OS_TITLE = (rf"(?:Official(?:{_OS_JOIN}[Ss]ensitive|[ ]?\([ ]?Sensitive[ ]?\))"
             rf"|OFFICIAL{_OS_JOIN}Sensitive"
             rf"|Swyddogol{_OS_JOIN}[Ss]ensitif)")
_OS_LOWER = rf"official{_OS_JOIN}sensitive"
_SECRET_LOWER = r"(?:top[ ])?secret"
_SECRET_UPPER = r"(?:UK[ ])?(?:TOP[ ])?SECRET"
_SECRET_TITLE = r"(?:UK[ ])?(?:Top[ ])?Secret"
_LEGACY = r"(?:(?:UK|NATO)[ ])?(?:PROTECT|RESTRICTED|CONFIDENTIAL)"


def _marking(*alternatives: str) -> str:
    return rf"{_NO_WORD_BEFORE}(?:{'|'.join(alternatives)}){_NOT_WORD}{_TAIL}"


# A banner is in capitals; OFFICIAL-SENSITIVE is distinctive enough in title case too, and
# in lower case at the top or foot of a document; so is a handling caveat on its own there.
# "Secret" in title case is a word ("Secret Santa") unless a caveat follows it.
_SECRET_CAVEAT = rf"{_SECRET_TITLE}{_SEP}(?:FIVE|Five|[A-Z]{{2,5}})[ ](?:EYES[ ]ONLY|Eyes[ ]Only)"
# A banner may run the words together as a constant does ("OFFICIAL_SENSITIVE"), in
# capitals; only as a document's first or last line, as a constant may stand alone
# elsewhere (``_stands_apart``).
_OS_RUN = r"OFFICIAL_?SENSITIVE"
_RUN_TOGETHER = ("OFFICIAL_", "OFFICIALS")
_BANNER_MARKING = _marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER, _LEGACY, _OS_LOWER, _EYES,
                           _SECRET_CAVEAT, _OS_RUN)
_BANNER_FORMS = _marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER, _LEGACY, _OS_LOWER, _EYES,
                         _SECRET_CAVEAT, _OS_RUN, _OS_SHORT)  # a banner alone: every form
# A field's value may join the words as a label or an enum must ("official_sensitive", as
# cloud labels allow no hyphen-less space; "OFFICIAL_SENSITIVE").
_OS_SNAKE = r"(?:OFFICIAL_SENSITIVE|Official_Sensitive|official_sensitive)"
# A field may give OFFICIAL-SENSITIVE by its initials ("Marking: OS", "Classification: O-S").
_OS_INITIALS = r"O-?S"
_FIELD_MARKING = _marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER, _SECRET_TITLE, _LEGACY,
                          _OS_LOWER, _SECRET_LOWER, _OS_SNAKE, _OS_INITIALS, _OS_SHORT)

# What may surround a banner: comment, markdown and rule punctuation, never quotes; and the
# symbols and emoji a README puts beside it (a padlock, a warning sign), pictures not words.
_SYMBOLS = "\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff"
_DECO = rf"[\s*_=#~<>!|\[\](){{}}/.:%+{_SYMBOLS}-]*"
# After the marking, a banner may carry more capitals after a separator ("- NOT FOR …").
_PAGE = r"(?:Page|PAGE)[ ]\d+(?:[ ](?:of|OF)[ ]\d+)?"
# Handling text in sentence case ("- not for onward distribution") is read too: such a
# line is a banner only at the top or foot of a document. OFFICIAL-SENSITIVE in capitals
# may go on with a department's own descriptor, a word or two in capitals not on the
# policy's list ("OFFICIAL-SENSITIVE BUDGET"); not with a noun that makes it a title about
# the level ("OFFICIAL-SENSITIVE DATA", "… HANDLING").
_OWN_DESCRIPTOR = (
    r"(?<=SENSITIVE|OFFSEN)[ ]+(?:NOT[ ]FOR[ ][A-Z]+(?:[ ][A-Z]+)?|(?!(?:DATA|INFO(?:RMATION)?"
    r"|MATERIALS?|DOCUMENTS?|FILES?|HANDLING|GUIDANCE|GUIDE|RULES?|LEVELS?|MARKINGS?"
    r"|CLASSIFICATIONS?|BANNERS?|EXAMPLES?|TEMPLATES?|AND|OR|IS|ARE|MUST|NOT|ONLY|OF|IN|ON"
    r"|FOR|THE|A|AN|TO|WITH|WORK|ITEMS?|TESTS?|MODE)(?![A-Z]))[A-Z][A-Z&'-]+"
    r"(?:[ ][A-Z][A-Z&'-]+)?)")
_BANNER = lazy_regex(
    rf"{_DECO}(?P<v>{_BANNER_FORMS})"  # emphasis may close before
    rf"(?:[*_]*[ \t]*[-:|/\u2013\u2014][ \t]*[*_]*(?:[A-Z0-9][A-Z0-9 ,/&'-]*"  # its separator
    rf"|(?P<prose>[A-Za-z][A-Za-z0-9 ,/&'()-]*?)))?(?:[ \t|-]*{_PAGE})?{_DECO}")
# (read only where that finds no banner on a line with such words: ``_banner``)
_OWN_BANNER = lazy_regex(
    rf"{_DECO}(?P<v>{_NO_WORD_BEFORE}(?:{_OS_UPPER}|{_OS_SHORT}){_NOT_WORD}){_OWN_DESCRIPTOR}"
    rf"{_DECO}")
# A running header or footer that ends with the marking: "Annual report 2023   OFFICIAL-
# SENSITIVE", "Page 3 of 8 - OFFICIAL-SENSITIVE" (text extracted from a PDF or a document),
# or a title that ends with it in brackets: "# Fraud referrals (OFFICIAL-SENSITIVE)".
_TRAILING = lazy_regex(
    rf"{_DECO}(?P<lead>[^\n]*?[^\s*_=#~<>!|\[\](){{}}/.:%+-])"
    rf"(?:(?:[ \t]{{3,}}|\t+|[ \t]+[-|\u2013\u2014][ \t]+)(?P<v>{_BANNER_MARKING})"
    rf"|[ \t]+\((?P<v>{_BANNER_MARKING})\)|[ \t]+\[(?P<v>{_BANNER_MARKING})\]){_DECO}")
# A page's running header or footer with its parts a space apart, as a PDF's text gives
# them: "Defra Casework OFFICIAL-SENSITIVE", "Fraud referrals OFFICIAL-SENSITIVE Page 2".
# SECRET, an ordinary word too, only before the page's number.
_RUNNING = lazy_regex(
    rf"{_DECO}(?P<lead>[^\n]*?[A-Za-z0-9)])[ \t]+"
    rf"(?:(?P<v>{_marking(_OS_UPPER, _OS_TITLE)})(?:[ \t]+(?:{_PAGE}|\d{{1,4}}))?"
    rf"|(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER)})[ \t]+(?:{_PAGE}|\d{{1,4}}))"
    r"[ \t*_]*")
# Or with its marking between two columns: "Page 2 of 5     OFFICIAL-SENSITIVE     Fraud
# referrals", "Defra | OFFICIAL-SENSITIVE | Casework"; SECRET only beside the page's number.
_COLUMN = r"(?:[ \t]{3,}|\t|[ \t]+[-|\u2013\u2014][ \t]+)"
_CENTRED = lazy_regex(
    rf"{_DECO}(?P<lead>[^\n]*?\S){_COLUMN}(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER)})"
    rf"{_COLUMN}(?P<tail>\S[^\n]*?){_DECO}")
# Or with its marking first, a column before the rest: "OFFICIAL-SENSITIVE     Annual
# report 2023", a page's header with its marking at the left and its title (or its page's
# number) at the right; words in lower case there are a note about the level, and a
# figure ("40%") a chart's value for it.
_HEADED = lazy_regex(
    rf"{_DECO}(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER)})(?:[ \t]{{3,}}|\t+)"
    rf"(?P<lead>(?:[A-Z]|\d{{1,4}}(?![\d%.,]))[^\n]*?){_DECO}")
_NUMBERED = lazy_regex(rf"{_PAGE}|\d{{1,4}}")
# The columns of a line laid out as a table's (or parted by pipes): a list of levels puts
# one in each.
_COLUMNS = lazy_regex(r"[ \t]{3,}|\t+|[ \t]+\|[ \t]+")
# The word before a marking that makes it part of a sentence or a title about it ("are
# OFFICIAL-SENSITIVE", "Guide to …", "Sharing …"), where a header's part ends with a name.
_PROSE_BEFORE = lazy_regex(
    r"(?i)(?<![A-Za-z])(?:is|are|be|been|being|was|were|as|at|of|marked|classified|labelled"
    r"|the|a|an|and|or|nor|to|with|for|not|no|any|all|our|your|their|its|this|that|these"
    r"|those|than|under|above|below|from|by|on|in|into|about|it|them|stays?|remains?"
    r"|becomes?|still|only|handles?|stores?|holds?|contains?|keeps?|keep|mark|label|use"
    r"|handling|sharing|storing|sending|processing|protecting|managing|dealing|working"
    r"|marking|labelling|using|classifying|holding|moving|transferring|emailing|printing"
    r"|saving|keeping|blocks?|detects?|finds?|flags?|checks?|scans?|catches|redacts?"
    r"|removes?|stops?|prevents?|rejects?|allows?|permits?|needs?|requires?|means|includes?"
    r"|including|covers?|excludes?|supports?|shows?|displays?|says|reads?|called|named|like"
    r"|vs|versus|add(?:s|ed)?|set|sets|tests?|tested|fix(?:es|ed)?|handled|shown|allowed"
    r"|enables?|disables?|detected|found|blocked|flagged|checked|redacted|removed|rejected|treats?"
    r"|treated|assumes?|defaults?|what|why|how|when|where|who|which"
    r"|^[ \t*_#>]*(?:[A-Za-z][\w -]{0,30}:[ \t]+)?[A-Za-z]+ing)$")  # after a label: "Title: …"
# A paragraph's (or a title's) own marking, in brackets at its start: "(OFFICIAL-SENSITIVE)
# The …", "# [SECRET] Visit notes"; a Markdown link's text ("[SECRET](…)") is followed by
# no space.
_PORTION_MARKING = _marking(_OS_UPPER, _SECRET_UPPER)
_PORTION = lazy_regex(
    rf"[ \t>*_#]*(?:\([ ]?(?P<v>{_PORTION_MARKING})[ ]?\)|\[[ ]?(?P<v>{_PORTION_MARKING})[ ]?\])"
    r"[*_]*[ \t]+\S")
# A document that names its own marking in a sentence, as an email's footer or a report's
# cover does: "This email and any attachments are OFFICIAL-SENSITIVE."
_DOCUMENT_NOUN = (
    r"(?:e-?mail|message|document|report|paper|file|briefing|note"
    r"|letter|submission|annex|attachment|information|material|page|spreadsheet|presentation"
    r"|minute|transcript|recording|meeting|call|chat|conversation|thread|notebook|workbook"
    r"|dataset|data|extract|export|record|summary|analysis|slide|deck|repository|repo|folder"
    r"|module|script|package|code|source|query|schema|notebook|workflow|pipeline|directory"
    r")s?(?:[ ]and[ ](?:any|its|all)[ ]attachments?)?")
_STATEMENT = lazy_regex(
    r"[ \t>*_]*(?:The[ ]contents?[ ]of[ ](?:this|the)|This|The)"
    rf"[ ]{_DOCUMENT_NOUN}"
    r"[ ](?:is|are|has[ ]been|have[ ]been)[ ](?:(?:protectively[ ])?(?:classified|marked)[ ])?"
    rf"(?:as[ ]|at[ ])?(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER)})"
    r"(?:[ \t]*(?:[.,;:)]|[\u2013\u2014-](?![A-Za-z]))[^\n]*"  # not "is SECRET-free"
    r"|[ ](?:and|so|until|unless|or|when|if)[ ][^\n]*|[ \t*_]*)")
# The same asked of the reader: "Please treat this email as OFFICIAL-SENSITIVE."
_TREATED = lazy_regex(
    r"[ \t>*_]*(?:(?i:please|kindly)[ ])?(?i:treat|handle)[ ]"
    rf"(?:(?P<n>(?:this|these|the[ ]attached|the[ ]contents[ ]of[ ]this)[ ]{_DOCUMENT_NOUN})"
    r"|this|these|the[ ]attached)"
    rf"[ ](?:as[ ])?(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER)})"
    r"(?:[ \t]*(?:[.,;:!)]|[\u2013\u2014-](?![A-Za-z]))[^\n]*|[ ](?:and|so|please|thanks)[ ]?[^\n]*"
    r"|[ \t*_]*)")
# LaTeX's alignment and type styles: what may surround a banner in a document's body.
_LATEX_COMMAND = lazy_regex(
    r"\\(?:begin|end)\{(?:center|flushright|flushleft)\}|\\(?:text|f)?color\{[A-Za-z]+\}"
    r"|\\(?:textbf|textsc|textsf|textit|emph|underline|uppercase|centering|bfseries|scshape"
    r"|sffamily|large|Large|LARGE|huge|Huge|normalsize|small|footnotesize)(?![A-Za-z])")
_CONDITION = lazy_regex(r"[ \t,]+(?:until|unless|or|when|if|once|where)[ ]")
_GIVEN = lazy_regex(r"(?:classified|marked)[ ]")
# A drawing's or a page's header, footer or title, named as such (PlantUML: "header SECRET",
# "title SECRET - Site visit"); reStructuredText's header and footer directives.
_PAGE_PART = lazy_regex(
    r"[ \t]*(?:\.\.[ \t]+(?P<directive>header|footer)::"
    r"|(?i:(?:left|right|center|centre)[ \t]+)?(?i:header|footer)[ \t]*:?|title)[ \t]+")
# LaTeX's running header and footer (fancyhdr's \fancyhead[C]{…}, \chead{…}) and its
# watermark (draftwatermark's \SetWatermarkText{…}): a marking there is on every page,
# wherever in the preamble the command is; so is the document's title or subtitle (a
# Beamer deck's title page), as a document's properties are; and a Beamer theme's
# headline and footline (\setbeamertemplate{footline}{…}), on every slide.
_LATEX_PARTS = (r"\\(?:(?:fancy(?:head|foot)|[lcrio](?:head|foot))(?:\[[A-Za-z,]*\])?"
                r"|(?:sub)?title|SetWatermarkText"
                r"|setbeamertemplate\{(?:head|foot)line\}(?:\[[^\]\n]*\])?)\{")
_LATEX_PART = lazy_regex(rf"[ \t]*{_LATEX_PARTS}")
# A macro's definition: "\newcommand{\classification}{…}", "\def\marking{…}". Its text is
# the document's marking where a running header or footer (or the title) uses the macro.
_LATEX_DEFINITION = lazy_regex(
    r"[ \t]*\\(?:(?:(?:re)?newcommand|providecommand|DeclareRobustCommand)\*?[ \t]*"
    r"(?:\{[ \t]*\\(?P<name>[A-Za-z@]+)[ \t]*\}|\\(?P<name>[A-Za-z@]+))(?:\[\d\])?"
    r"|[gex]?def[ \t]*\\(?P<name>[A-Za-z@]+))[ \t]*\{")
_LATEX_USE = lazy_regex(_LATEX_PARTS)
# What surrounds a marking inside such a command: type styles, a colour and its name, the
# page's number, braces, and LaTeX's dashes ("--" sets an en dash), read as one dash. A
# line break's second backslash opens no command ("Team\\SECRET" breaks before SECRET).
_LATEX_NOISE = lazy_regex(
    r"\\(?:text|f)?color(?:\[[a-z]+\])?\{[^{}\n]*\}|(?<!\\)\\[A-Za-z]+\*?|[{}]|(?<=-)-")
# Any classification alone on a line, OFFICIAL included, and the lower levels of the
# commercial schemes that share the legacy words (PUBLIC, INTERNAL): neighbours like this
# make a list, and titles like this explain a scheme; so do a table's rows laid out in
# columns ("SECRET      Serious threats").
_TIER_LINE = lazy_regex(
    rf"{_DECO}(?P<t>{_OS_UPPER}|{_OS_RUN}|{_SECRET_UPPER}|{_LEGACY}|UNCLASSIFIED|OFFICIAL|SWYDDOGOL"
    rf"|PUBLIC|INTERNAL){_NOT_WORD}"
    rf"{_TAIL}(?:{_DECO}$|[*_]*[ \t]*[-:|\u2013\u2014][ \t]+\S|(?:[ \t]{{3,}}|\t)\S)")
# In a source file's head comment, a marking may be the sentence that ends a line: a sentence
# before it, ended, then the marking alone (and its full stop).
_CLOSING = lazy_regex(
    rf"{_DECO}(?P<lead>[^\n]*?[a-z0-9)][.!?])[ \t]+(?P<v>{_BANNER_MARKING})[ \t]*[.!]?{_DECO}")
# In a source file's head comment, a marking may lead a line of explanation.
_LEADING = lazy_regex(
    rf"{_DECO}(?P<v>{_BANNER_MARKING})[ \t]*[-:|\u2013\u2014.][ \t]+\S[^\n]*")
LEGACY_START = lazy_regex(rf"{_LEGACY}{_NOT_WORD}")
# A handling instruction after a marking: what a note about a secret value never says
# ("SECRET - do not distribute", "SECRET: need to know").
_HANDLING = lazy_regex(
    r"(?i)distribut|circulat|onward|dissemin|need[ -]to[ -]know|eyes[ ]only"
    r"|handle[ ]accordingly|outside[ ](?:hmg|government|defra)")
# Or one that tells the reader what not to do with the material it marks: "OFFICIAL-SENSITIVE:
# do not share outside the counter-fraud team", "- handle in line with the GSC".
_MATERIAL_HANDLING = lazy_regex(
    r"(?i)(?<![A-Za-z])(?:do[ ]not|don['\u2019]?t|must[ ]not|never|not[ ]to[ ]be)[ ](?:be[ ])?"
    r"(?:share|forward|copy|copied|circulate|disclose|distribute|send|sent|e-?mail|print"
    r"|upload|publish|release|pass)|handled?[ ](?:in[ ]line|in[ ]accordance|with[ ]care)")


# A thing told of, not material handled: "do not share it", "don't tell anyone".
_TOLD_OF = lazy_regex(
    r"(?i)(?<![A-Za-z])(?:share|tell|show|forward|send|copy|pass)[ ]"
    r"(?:it|this|that|them|anyone|anybody|a[ ]soul)(?![A-Za-z])")


def _handled(text: str) -> bool:
    """Whether ``text``, after a marking, tells its reader how to handle what it marks."""
    return _HANDLING.search(text, timeout=TIMEOUT) is not None \
        or _MATERIAL_HANDLING.search(text, timeout=TIMEOUT) is not None


_TIER_WORD = lazy_regex(r"(?i)official|secret|restricted|confidential|protect")
# SECRET and TOP SECRET are words of play too. A title that exclaims ("TOP SECRET!"), or names
# a game, a puzzle, a recipe or a celebration ("TOP SECRET: the escape room answers",
# "Pub quiz answers - TOP SECRET"), uses them so: a marking is never exclaimed, and a marked
# document's title names its work. Words that also name work stay out ("game plan", "war
# game", "working party", "gifts and hospitality").
_PLAY = lazy_regex(
    r"[A-Za-z0-9)\]*_'\"]!|(?<![A-Za-z])(?i:"
    r"(?:board|card|video|computer|browser|mobile|party|drinking|guessing|word|dice)[ -]games?"
    r"|games?[ -]nights?|gaming|puzzles?|quiz(?:zes)?|riddles?|crosswords?|sudoku"
    r"|escape[ -]rooms?|(?:treasure|scavenger)[ -]hunts?|spoilers?|cheat(?:[ -]?codes?|s)"
    r"|easter[ -]eggs?|walkthroughs?|recipes?|cakes?|baking|bake[ -]?(?:off|sale)s?"
    r"|flapjacks?|brownies?|cocktails?|birthdays?|(?:surprise|birthday|leaving|christmas|xmas"
    r"|office|summer|garden|pizza)[ -]part(?:y|ies)|part(?:y|ies)[ -]planning"
    r"|leaving[ -](?:do|drinks)|(?:hen|stag)[ -](?:do|party)|santa|shh+|psst"
    r"|don'?t[ ]tell)(?![A-Za-z])")
# A codename is any word, a game's or a party's too: "Operation Birthday Cake".
_CODENAME = lazy_regex(
    r"(?<![A-Za-z])(?i:operation|op|exercise|project|programme|codenamed?"
    r"|code[ ]name)[ ]+[A-Z]")
_ANY_TIER = lazy_regex(
    rf"{_NO_WORD_BEFORE}(?:{_OS_UPPER}|{_SECRET_UPPER}|{_LEGACY}|OFFICIAL|SWYDDOGOL){_NOT_WORD}")

# Where a field's value ends: the end of the line, closing punctuation, or a separator.
_END = (r"(?=[ \t]*$|[ \t]*[\"'<>*_|,;.)\]}\\]|[ \t]*(?:-->|\*/|#>)"
        r"|[ \t]*[-:\u2013\u2014](?:[ \t]|$)|[ \t]{2,}\S|[ \t]+\()")  # or a note in brackets
# A key may say whose scheme it follows ("gov_classification", "handlingMarking"), or name
# what it classifies ("dataClassification", "information_sensitivity"): such
# keys also tag cloud resources under commercial schemes, whose CONFIDENTIAL and "secret"
# are not government markings (``_fields``).
_WHAT = r"(?P<what>data|information|info|document|doc|file|record|dataset|asset|content)[ _-]?"
_KEY = (
    rf"(?i:(?:{_WHAT})?(?:(?:(?:government|gov|hmg)[ _-]?)?security[ _-]?|protective[ _-]?"
    rf"|(?:government|gov|hmg|handling)[ _-]?)?"
    rf"(?:classification|marking|sensitivity)(?:[ _-]?(?:level|name|label))?"
    rf"|gsc(?:[ _-]?level)?"
    # Dublin Core's access rights (<meta name="dcterms.accessRights">): a catalogue's
    # RESTRICTED there is an access level, so it is read as a key that names what it
    # classifies is.
    rf"|(?P<what>access[ _-]?rights)"
    # A document's handling, or its security level, as a cover sheet's label gives it
    # ("Handling: OFFICIAL-SENSITIVE"): in capitals or as the marking is written only, as
    # a setting's "handling: secret" treats a value as a secret.
    rf"|(?P<loose>handling|security[ _-]?level))"
)
_FIELD = lazy_regex(
    # a tracker's own field may carry its prefix: ServiceNow's "u_" and "x_<scope>_"
    rf"(?<![A-Za-z0-9_])_{{0,2}}(?:u_|x_[a-z0-9]+_)??{_KEY}"
    # a Kubernetes label's domain named for it: "classification.example.gov.uk/level"
    r"(?:(?:\.[a-z0-9-]+)+/(?:level|name|label|value|marking))?[*_\"']*"
    # a reStructuredText directive's "::", then a table's next cell
    rf"(?:[ \t]*(?:::(?=[ \t])|[:=|>]|{_DASH}(?=[ \t])|[ \t]+content[ \t]*=)|\t|,(?=\S)"
    r"|(?<=@[A-Za-z_-]+)[ \t]+)"  # a doc comment's tag: @classification OFFICIAL-SENSITIVE
    rf"[ \t]*(?:<[^<>\n]*>[ \t]*)*[*_\"'\[(]*[ \t]*(?P<v>{_FIELD_MARKING}){_END}")
# The email protective marking standard (X-Protective-Marking, and its subject tag) spells
# its levels its own way: "OFFICIAL:Sensitive", "TOP-SECRET". The same levels, so the same
# rules; its other levels (OFFICIAL, PROTECTED) are not the UK's.
_SEC_LEVEL = rf"(?:OFFICIAL:[ ]?Sensitive|(?:UK[ ])?TOP-SECRET){_NOT_WORD}"
# Its tag in a subject: "[SEC=OFFICIAL:Sensitive, ACCESS=Legal-Privilege]".
_SEC_TAG = (rf"\[[ \t]*SEC=(?P<v>{_SEC_LEVEL}|{_marking(_OS_UPPER, _SECRET_UPPER)})"
            r"(?=[ \t]*[,\]])")
_SEC_TAG_ALONE = lazy_regex(_SEC_TAG)
# A marking header written as a list of settings, the level one of them: an email's
# "X-Protective-Marking: VERSION=…, NS=…, SEC=OFFICIAL-SENSITIVE, ORIGIN=…".
_PAIRED = lazy_regex(
    rf"[ \t>*_]*(?i:x-)?{_KEY}[ \t]*:[^\n]*?(?<![A-Za-z])"
    r"(?i:sec|security[-_ ]?classification|classification)[ \t]*=[ \t]*"
    rf"(?P<v>(?:{_OS_UPPER}|{_OS_TITLE}|{_SECRET_UPPER}|{_LEGACY}){_NOT_WORD}|{_SEC_LEVEL})"
    r"(?=[ \t]*(?:[,;]|$))")
# The words that make a subject about the level, not under it.
_ABOUT_MARKINGS = (r"(?i:banners?|markings?|labels?|tags?|classifications?|levels?|guidance"
                   r"|guide|handling|rules?|polic(?:y|ies)|templates?|examples?|questions?"
                   r"|queries|query|checks?|training|definitions?)(?![A-Za-z])")
# Legacy words are left out: "CONFIDENTIAL: offer letter" is ordinary business email.
_SUBJECT = lazy_regex(
    rf"^[ \t>]*[*_]*(?i:subject)[*_]*[ \t]*:[ \t]*[*_]*"
    rf"(?:(?i:re|fwd?|aw|sv)[ \t]*:[ \t]*|\[[A-Za-z][^\]\n]{{0,30}}\][ \t]*)*"  # RE:, [EXTERNAL]
    rf"(?:[\[(]?[ \t]*(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER, _OS_SHORT)})"
    rf"(?=[ \t]*(?:$|[-:|/\u2013\u2014\])]))"
    rf"|(?P<v>{_marking(_OS_UPPER, _OS_SHORT)})(?=[ \t]+\S)"  # "OFFICIAL-SENSITIVE Fraud …"
    rf"(?![ \t]+{_ABOUT_MARKINGS})"  # not "… banner missing on exports", about the level
    rf"|[^\n]*?[\[(](?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER, _OS_SHORT)})[\])]"
    rf"|[^\n]*?{_SEC_TAG}"  # or the standard's tag, anywhere
    # or one that ends the subject, after a dash, or (OFFICIAL-SENSITIVE only) a space
    rf"|[^\n]*?(?:[ \t]+[-|:\u2013\u2014][ \t]+"
    rf"(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER, _OS_SHORT)})"
    rf"|[ \t]+(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _OS_SHORT)}))[ \t]*$)")
# Microsoft sensitivity labels, as a property line, an email header or docProps/custom.xml.
# A tenant names its labels freely ("Official Sensitive Personal"), so any wording counts.
# "sensitivity label" must start the line, as a property does, not sit in a how-to sentence.
# A mail's header may name its label so too, as a classification tool writes it
# ("X-Security-Label", Boldon James's "x-bjsecuritylabel").
_MSIP = lazy_regex(
    r"(?:MSIP_Label_[0-9A-Fa-f-]+_Name|^[ \t*_\"']*(?i:sensitivity[ _-]?label"
    r"|x-(?:[a-z0-9]{1,12}-)?[a-z]{0,4}(?:security|sensitivity)-?label))[\"'*_]?[ \t]*"
    r"(?:[:=][ \t]*[\"'*_]*|>[ \t]*(?:<[^<>\n]*>[ \t]*)*)(?P<v>[^\"'<;\n*]*)")
_MSIP_VALUE = lazy_regex(
    rf"{_NO_WORD_BEFORE}(?i:official[-_ ]?sensitive|(?:top[-_ ])?secret){_NOT_WORD}")

# A label's name given apart from its key: the element under a custom property named
# ``MSIP_Label_…_Name`` (docProps/custom.xml, indented), or the name inside an API's
# ``"sensitivityLabel": {…, "displayName": "…"}`` (Microsoft Graph's files and messages).
_LABEL_PROPERTY = lazy_regex(r'name="MSIP_Label_[0-9A-Fa-f-]+_Name"[^<>\n]*>[ \t]*$')
_ELEMENT_TEXT = lazy_regex(r"[ \t]*<[^<>\n]*>[ \t]*(?P<v>[^<>\n]*?)[ \t]*</[^<>\n]*>[ \t]*")
_LABEL_OBJECT = lazy_regex(r'(?i:"sensitivity[_-]?label")[ \t]*:[ \t]*\{[ \t]*$')
_LABEL_NAME = lazy_regex(
    r'(?P<key>(?i:"sensitivity[_-]?label")[ \t]*:[ \t]*\{[^{}\n]*?)?"(?:displayName|name)"'
    r'[ \t]*:[ \t]*"(?P<v>[^"\n]*)"')


def _label_named(lines: _Lines, index: int, line: str) -> Hit | None:
    """A sensitivity label's name on line ``index``, its key on the line itself or above."""
    value: regex.Match[str] | None = None
    if "</" in line:
        above = next((i for i in range(index - 1, max(index - _NEAR, -1), -1)
                      if lines.lines[i].strip()), -1)
        if above >= 0 and "MSIP_Label_" in lines.lines[above] \
                and _LABEL_PROPERTY.search(lines.lines[above], timeout=TIMEOUT):
            value = _ELEMENT_TEXT.fullmatch(line, timeout=TIMEOUT)
    elif "ame" in line:
        value = _LABEL_NAME.search(line, timeout=TIMEOUT)
        if value is not None and value.group("key") is None \
                and not _label_object_above(lines, index):
            value = None  # a name outside a label's object: a record's, a setting's
    if value is None or not _MSIP_VALUE.search(value.group("v")):
        return None
    return Hit(index, value.start("v"), value.group("v"), "marking-label")


# An issue tracker's security level, which says who may see the issue: Jira's export gives
# it as an object (``"security": {"id": …, "name": "…"}``) or an element (``<security
# id="…">…</security>``), as it gives a classification kept as an object. Its name is the
# field's value; legacy words there are a company's own levels.
_LEVEL_OBJECT = lazy_regex(rf'"(?:security|{_KEY})"[ \t]*:[ \t]*\{{[ \t]*')
_LEVEL_NAME = lazy_regex(r'"(?:name|value|displayName)"[ \t]*:[ \t]*"(?P<v>[^"\n]*)"')
_LEVEL_ELEMENT = lazy_regex(r"<security\b[^<>\n]*>[ \t]*(?P<v>[^<>\n]*?)[ \t]*</security>")
_LEVEL = lazy_regex(_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER))


def _security_level(lines: _Lines, index: int, line: str) -> Hit | None:
    """A classification or security level kept as an object's name (or a ``<security>``
    element's text) on line ``index``, its key on the line or on the object's first line."""
    if "<security" in line:
        value = _LEVEL_ELEMENT.search(line, timeout=TIMEOUT)
    else:  # the first name under a level's key: a one-line export names other objects too
        value = next((name for name in _LEVEL_NAME.finditer(line, timeout=TIMEOUT)
                      if _under_level_key(lines, index, line[:name.start()])), None)
    if value is None or _LEVEL.fullmatch(value.group("v"), timeout=TIMEOUT) is None:
        return None
    return Hit(index, value.start("v"), value.group("v"), "marking-field")


def _under_level_key(lines: _Lines, index: int, before: str) -> bool:
    """Whether an object's member, ``before`` it on line ``index``, is in an object opened
    under a classification's or a security level's key."""
    opened = before.rfind("{")
    if opened < 0 and "}" not in before:
        for i in range(index - 1, max(index - _NEAR - 2, -1), -1):
            if "}" in lines.lines[i] or "{" in lines.lines[i]:
                before = lines.lines[i].rstrip()
                opened = len(before) - 1 if before.endswith("{") else -1
                break
    if opened < 0 or "}" in before[opened:]:
        return False
    return any(m.end() == opened + 1 for m in _LEVEL_OBJECT.finditer(
        before, max(opened - 80, 0), opened + 1, timeout=TIMEOUT))


# An issue's or a record's labels, as a tracker's export gives them in JSON (Jira's and
# GitHub's ``"labels"``, Azure DevOps' ``"System.Tags"`` string) or XML: a label that is a
# marking alone marks what it labels; a list of several levels (or OFFICIAL) offers them.
# (A config file's labels are an automation's, which adds a level's label to others.)
_LABELS_KEY = r'(?:"|(?<=\.))(?i:labels|tags)"[ \t]*:[ \t]*'
_LABELS = lazy_regex(rf'{_LABELS_KEY}(?P<list>\[[^\]\n]*\]|"[^"\n]*")')
_LABELS_OPEN = lazy_regex(rf'[ \t]*(?:"\w*\.)?{_LABELS_KEY}\[[ \t]*')
_LABEL_ITEM = lazy_regex(r'[ \t]*"(?P<v>[^"\n,;\[\]]*)"[ \t]*,?[ \t]*')
_LABEL_ELEMENT = lazy_regex(r"[ \t]*<(?P<t>label|tag)>(?P<v>[^<>\n]*)</(?P=t)>[ \t]*")
_LABEL_PART = lazy_regex(r"[^,;\[\]\"']+")


def _labelled(lines: _Lines, index: int, line: str) -> Hit | None:
    """A label that is a marking alone on line ``index``: in a list of labels on the line,
    an item of a list opened above it, or a ``<label>`` element."""
    items: list[tuple[int, str]] = []
    opened = _LABELS.search(line, timeout=TIMEOUT) if "abels" in line or "ags" in line \
        else None
    if opened is not None:
        items = [(m.start(), m.group()) for m in _LABEL_PART.finditer(
            line, opened.start("list"), opened.end("list"), timeout=TIMEOUT)]
    elif "<" in line:
        element = _LABEL_ELEMENT.fullmatch(line, timeout=TIMEOUT)
        if element is not None:
            items = [(element.start("v"), element.group("v"))]
    else:
        item = _LABEL_ITEM.fullmatch(line, timeout=TIMEOUT)
        if item is not None and _in_labels(lines, index):
            items = [(item.start("v"), item.group("v"))]
    found = [(at + len(text) - len(text.lstrip()), level) for at, text in items
             if (level := _LEVEL.fullmatch(text.strip(), timeout=TIMEOUT)) is not None]
    levels = {_tier_name(level.group()) for _, level in found}
    if len(levels) != 1 or any(_ANY_TIER.fullmatch(text.strip()) and not _LEVEL.fullmatch(
            text.strip()) for _, text in items):
        return None  # several levels, or OFFICIAL among them: the levels on offer
    # (a bare SECRET or TOP SECRET among tags is a topic's as often: "secret-santa", "SECRET")
    marked = [(at, level) for at, level in found if level.group() not in ("SECRET", "TOP SECRET")]
    return Hit(index, marked[0][0], marked[0][1].group(), "marking-field") if marked else None


def _in_labels(lines: _Lines, index: int) -> bool:
    """Whether line ``index`` is an item of a list of labels opened above it."""
    for i in range(index - 1, max(index - _NEAR * 2, -1), -1):
        above = lines.lines[i]
        if _LABELS_OPEN.fullmatch(above, timeout=TIMEOUT) is not None:
            return True
        if _LABEL_ITEM.fullmatch(above, timeout=TIMEOUT) is None:
            return False
    return False


def _label_object_above(lines: _Lines, index: int) -> bool:
    """Whether line ``index`` is in a ``"sensitivityLabel": {`` object opened above it."""
    for i in range(index - 1, max(index - _NEAR - 2, -1), -1):
        if "}" in lines.lines[i] or "{" in lines.lines[i]:
            return _LABEL_OBJECT.search(lines.lines[i], timeout=TIMEOUT) is not None
    return False

# What a source file declares before its code (its package, imports, namespace; a batch
# file's "@echo off"; a SQL script's database and session settings): a marking in the
# comment under them, or on the class below them, still heads the file.
_PREAMBLE = lazy_regex(
    r"(?:package|import|using|namespace|use|require(?:_relative)?|declare"
    r"|from[ \t]+[\w.]+[ \t]+import|#[ \t]*(?:include|import)|@file:"
    r"|['\"]use[ \t]strict['\"]|(?i:@?echo[ \t]+off|setlocal)"
    r"|GO|USE[ \t]+\[?\w+\]?;?|SET[ \t]+\w+[ \t]+(?:ON|OFF)\b;?"  # a T-SQL script's session
    r"|SET[ \t]+\w+[ \t]*(?:=|TO\b)[^;\n]*;)(?![\w$.=])")  # and a dump's, as pg_dump writes
# (COBOL's fixed form numbers its lines: a * or / after the six digits comments the line;
# R's roxygen comments open with #'.)
_COMMENT = lazy_regex(
    r"[ \t]*(?:<#|#+'?|//+|/\*+|\*+|--+|;+|%+|<!--|\(\*|\{-|::|REM\b|'(?!'')|\d{6}[*/])")
# Block comments of Lua ("--[[" … "]]") and Haskell or Elm ("{-" … "-}"), by their opener's
# first two characters; and by their closer alone on its line, Ruby's "=end" too.
_BLOCK_CLOSE = {"--": "]]", "{-": "-}"}
_BLOCK_OPEN = {"]]": "--[[", "--]]": "--[[", "-}": "{-", "=end": "=begin"}
# An XML document's root element: its opening tag alone on its line (its attributes may run
# on below), and its closing tag.
_ROOT_OPEN = lazy_regex(r"<[A-Za-z_][\w:.-]*(?:\s[^<>]*)?(?<!/)>?")
_ROOT_CLOSE = lazy_regex(r"</[A-Za-z_][\w:.-]*[ \t]*>")
_DOCSTRING = lazy_regex(r"[ \t]*[rRuUbB]{0,2}(\"\"\"|''')")
_LIST_ITEM = lazy_regex(r"[ \t>]*(?:[-+*]|\d+[.)])[ \t]+\S")
_LIST_MARK = lazy_regex(r"^[ \t>]*[-+*](?=[ \t])")
# An element that holds one entry of a list, a menu or a glossary, as a Markdown list item
# does: "<option>SECRET</option>", "<li>…", "<dt>…".
_ITEM_TAG = lazy_regex(r"(?i)<(?:li|option|dt|dd)\b")
_HEADING = lazy_regex(r"[ \t]*#{1,6}[ \t]")
_CODE_SPAN = lazy_regex(r"``?[^`\n]+``?")
_MARKUP = lazy_regex(r"<!--.*?(?:-->|$)|<[^<>\n]*>")
_TAG = lazy_regex(r"<!--|-->|<[^<>\n]*>")
# (The transcript extractor blanks WEBVTT itself, leaving its dash: "       - OFFICIAL-…".)
_VTT_LEADER = lazy_regex(r"^(?:WEBVTT(?:[ \t]+-)?|NOTE)(?=[ \t])|\A[ \t]*-(?=[ \t])",
                         regex.MULTILINE)
_JSON_LINE = lazy_regex(r"[ \t]*(\"(?:[^\"\\\n]|\\.)*\\n\")[ \t]*,?[ \t]*")

# A pipe table: a row that opens and closes with a pipe and has cells between, or a row
# under the table's rule ("|---|:---:|", "--- | ---").
_CELL = lazy_regex(r"(?i)<t[dh][\s>]")
_HEADER_CELL = lazy_regex(r"<th[\s>]")
# Tags inside a sentence: what they leave between words is not a column's gap.
_INLINE_TAG = lazy_regex(
    r"(?i)</?(?:b|strong|em|i|u|s|span|a|font|mark|small|big|code|abbr|cite|q|sub|sup)\b[^<>\n]*>")
_PIPE_ROW = lazy_regex(r"[ \t>]*\|[^|\n]*\|[^\n]*\|[ \t]*$")
_TABLE_RULE = lazy_regex(r"[ \t>]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?[ \t]*")
_TABLE_ROWS = 500  # how far up a table's rule is looked for

_NEAR = 4  # how far a list's next entry is looked for

# A metadata block's line, and how far down one is read.
# (Org mode writes its keywords after "#+": "#+TITLE: …".)
_METADATA_LINE = lazy_regex(r"(?:#\+)?[A-Za-z][\w -]{0,30}:(?:[ \t]|$)")
_METADATA_LINES = 20

# How far from the top or bottom of a prose file a heading or legacy marking is a banner.
_EDGE_LINES = 3
# How far down a document's front matter is looked for its closing fence, and how its first
# line reads (YAML's "key:", TOML's "key ="), not a rule's paragraph.
_FRONT_MATTER_LINES = 60
_SETTING = lazy_regex(r"[A-Za-z_][\w-]*[ \t]*[:=]")


@dataclass(frozen=True)
class Hit:
    """A marking on one line of a text."""

    line: int
    start: int  # offset of the marking within the line
    value: str
    detector: str


# Spaces and dashes that word processors, PDFs and web pages put between a marking's words
# ("TOP<no-break space>SECRET", "OFFICIAL<non-breaking hyphen>SENSITIVE"), each one
# character, so reading them as a plain space or hyphen keeps every offset.
_PLAIN = {
    **dict.fromkeys([0xA0, 0x1680, *range(0x2000, 0x200C), 0x202F, 0x205F, 0x2060, 0x3000,
                     0xFEFF], " "),
    **dict.fromkeys([0xAD, *range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63, 0xFF0D], "-"),
}


def _plain(text: str) -> str:
    """``text`` with its odd spaces and dashes made plain, offsets unchanged."""
    if text.isascii():
        return text
    plain = text.translate(_PLAIN)
    return text if plain == text else plain


def _blank(text: str, pattern: regex.Pattern[str]) -> str:
    """Replace what ``pattern`` matches by spaces, so offsets stay put."""
    return pattern.sub(lambda m: " " * len(m.group()), text, timeout=TIMEOUT)


class _Lines:
    """One text's lines, with the head and foot regions worked out only when needed."""

    def __init__(self, text: str, mode: Mode, running: bool = False) -> None:
        self.lines = text.split("\n")
        self.mode = mode
        self.running = running  # a header's or footer's text: every line on every page
        self.texts = True  # a data file's strings of several lines are texts of their own
        self.own = False  # the text is a document's own properties (``read``)
        self.fielded = False  # reStructuredText or AsciiDoc: its fields name properties
        self._ruled: dict[int, bool] = {}
        self.nodes: dict[tuple[int, int], list[Hit]] = {}  # an XML text's markings, read once

    @cached_property
    def chat(self) -> bool:
        """Whether the text is a chat's export (Slack's, Teams'): its records are messages."""
        return any(_CHAT_EXPORT.search(line) is not None for line in self.lines
                   if '"' in line and ("ts" in line or "essage" in line or "Time" in line))

    @cached_property
    def labelled(self) -> bool:
        """Whether the text may hold a list of labels (``_labelled``)."""
        return any("abels" in line or "ags" in line or "<label>" in line or "<tag>" in line
                   for line in self.lines)

    @cached_property
    def head_end(self) -> int:
        """Index of the first line of code: before it are comments, docstrings, blanks."""
        closing: str | None = None
        root = self.mode == "structured"
        for i, line in enumerate(self.lines):
            s = line.strip()
            if closing is not None:
                if closing in s:
                    closing = None
                continue
            if root and s in ("{", "["):
                root = False  # JSON with comments: a comment just inside its object heads it
                continue
            if root and self.markup_file and _ROOT_OPEN.fullmatch(s):
                # XML: a comment just inside the root element still heads the document
                root = False
                if not s.endswith(">"):
                    closing = ">"  # its attributes run on over the lines below
                continue
            if not s or s.startswith(("<?", "<!DOCTYPE")) or _COMMENT.match(s):
                if s.startswith("/*") and "*/" not in s[2:]:
                    closing = "*/"
                elif s.startswith("<!--") and "-->" not in s[4:]:
                    closing = "-->"
                elif s.startswith("<#") and "#>" not in s[2:]:
                    closing = "#>"  # PowerShell's block comment
                elif s.startswith(("--[[", "{-")):
                    closing = _BLOCK_CLOSE.get(s[:2]) if s[-2:] not in ("]]", "-}") else None
                elif s[:2] == "#=" and s[2:3] in ("", " ", "\t") and "=#" not in s[2:] \
                        and any("=#" in below for below in self.lines[i + 1:]):
                    closing = "=#"  # Julia's block comment (a rule, "#====", is no opener)
                continue
            if s == "=begin":
                closing = "=end"  # Ruby's block comment
                continue
            doc = _DOCSTRING.match(s)
            if doc is not None:
                if doc.group(1) not in s[doc.end():]:
                    closing = doc.group(1)
                continue
            if _PREAMBLE.match(s) is not None:
                if s[-1] in "({":  # import (…), import {…} from: a block of names
                    closing = ")" if s[-1] == "(" else "}"
                continue
            return i
        return len(self.lines)

    @cached_property
    def foot_start(self) -> int:
        """Index of the first line of the closing run of comments and blanks."""
        opening: str | None = None
        root = self.mode == "structured"
        for i in range(len(self.lines) - 1, -1, -1):
            s = self.lines[i].strip()
            if opening is not None:
                if opening in s:
                    opening = None
                continue
            if root and s in ("}", "]"):
                root = False
                continue
            if root and self.markup_file and _ROOT_CLOSE.fullmatch(s):
                root = False  # XML: a comment just inside the root element ends the document
                continue
            if s.endswith("*/") and "/*" not in s:
                opening = "/*"
                continue
            if s.endswith("-->") and "<!--" not in s:
                opening = "<!--"
                continue
            if s.endswith("#>") and "<#" not in s:
                opening = "<#"
                continue
            if s.endswith("=#") and "#=" not in s:
                opening = "#="  # Julia's block comment
                continue
            if s in _BLOCK_OPEN and any(above.lstrip().startswith(_BLOCK_OPEN[s])
                                        for above in self.lines[:i]):
                opening = _BLOCK_OPEN[s]  # a block comment's closer alone on its line
                continue
            if not s or _COMMENT.match(s):
                continue
            return i + 1
        return 0

    @cached_property
    def markup_file(self) -> bool:
        """Whether the text is XML (or another markup): its first line opens a tag."""
        return bool(self.non_blank) and self.lines[self.non_blank[0]].lstrip()[:1] == "<"

    @cached_property
    def non_blank(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if line.strip()]

    def at_edge(self, index: int) -> bool:
        """Among the first or last few non-blank lines, or the first few after the front
        matter (which the reader never sees): where banners sit."""
        nb = self.non_blank
        return self.running or index in nb[:_EDGE_LINES] or index in nb[-_EDGE_LINES:] \
            or index in self.body[:_EDGE_LINES]

    def page_edge(self, index: int) -> bool:
        """The first or last line, where a page's running header and footer sit; any line
        of a header's or footer's own text."""
        return self.running or index in self.non_blank[:1] + self.non_blank[-1:]

    def under_titles(self, index: int) -> bool:
        """Whether a data file's line ``index`` is among its first few, with only titles
        above it: rows of one cell of words each, not a table's header row (nor a one-column
        file's header, a single name)."""
        nb = self.non_blank
        at = nb.index(index) if index in nb[:_EDGE_LINES] else _EDGE_LINES
        return at < _EDGE_LINES and all(map(_title_row, (self.lines[i] for i in nb[:at])))

    @cached_property
    def body(self) -> list[int]:
        """The non-blank lines after a document's front matter (``---`` or ``+++`` fenced);
        every non-blank line when it has none."""
        lines = self.lines
        fence = lines[0].rstrip() if lines else ""
        if fence in ("---", "+++") and len(lines) > 1 and _SETTING.match(lines[1]):
            for i in range(1, min(len(lines), _FRONT_MATTER_LINES)):
                if lines[i].rstrip() == fence:
                    return [n for n in self.non_blank if n > i]
        return self.non_blank

    def titles(self, index: int) -> bool:
        """Whether a heading at ``index`` heads the document, not a section: nothing but
        headings and markup stands between it and the document's start (after its front
        matter) or end."""
        return self.bare_above(index) or self.bare_below(index)

    def bare_above(self, index: int) -> bool:
        """Whether only headings and markup stand above line ``index`` (after the front
        matter)."""
        nb = self.non_blank
        at = nb.index(index)
        before = [i for i in nb[:at] if i >= self.body[0]] if self.body else nb[:at]
        return all(map(self._bare, before))

    def bare_below(self, index: int) -> bool:
        """Whether only headings and markup stand below line ``index``."""
        nb = self.non_blank
        return all(map(self._bare, nb[nb.index(index) + 1:]))

    def _bare(self, index: int) -> bool:
        line = self.lines[index]
        return _HEADING.match(line) is not None \
            or not any(map(str.isalnum, _MARKUP.sub("", line)))

    def table_row(self, index: int, content: str, markup: str | None = None) -> bool:
        """Whether the line is a row of a pipe table or of HTML cells: its last cell is one
        row's value (a catalogue's classification, a variable's type), not a running footer."""
        if _PIPE_ROW.match(content) or (markup is not None and self.in_row(index, markup)):
            return True
        return self.under_rule(index)

    def in_row(self, index: int, markup: str) -> bool:
        """Whether the line's HTML cell sits in a table of several rows and cells (a report's
        data), not alone in its row, as a page's header laid out as a table is."""
        cells = len(_CELL.findall(markup))
        if cells == 0:
            return False
        if cells > 1 and markup.lower().count("<tr") > 1:
            return True
        # the cells a line apart, past the lines that only open or close a row; a cell alone
        # on its line shares its row with them, or it is alone in its row (an email's
        # banner, laid out as a table a row a line: its next row is the letter)
        near = [i for i in (self.neighbour(index, -1), self.neighbour(index, 1))
                if 0 <= i < len(self.lines) and _CELL.search(self.lines[i]) is not None]
        return bool(near) and (cells > 1 or self.headed(index)
                               or any(self.same_row(index, markup, i) for i in near))

    def headed(self, index: int) -> bool:
        """Whether the table line ``index`` is in has a header cell above it: a table of
        data, its columns named, as a layout's table (an email's) has none."""
        for i in range(index, max(index - _TABLE_ROWS, -1), -1):
            line = self.lines[i].lower()
            if _HEADER_CELL.search(line) is not None:
                return True
            if "<table" in line:
                break
        return False

    def same_row(self, index: int, markup: str, other: int) -> bool:
        """Whether the cell alone on line ``index`` and a cell on line ``other`` are in one
        row: no row opens or closes between them."""
        lines = self.lines
        own = _CELL.search(markup)
        at = own.start() if own is not None else 0
        if other < index:
            ends = lines[other].lower()
            between = [ends[max(ends.rfind("<td"), ends.rfind("<th")):], *lines[other + 1:index],
                       markup[:at]]
        else:
            starts = lines[other].lower()
            cell = _CELL.search(starts)
            between = [markup[at:], *lines[index + 1:other],
                       starts[:cell.start() if cell is not None else 0]]
        joined = "".join(between).lower()
        return "<tr" not in joined and "</tr" not in joined

    def under_rule(self, index: int) -> bool:
        """Whether a table's rule ("--- | ---") heads the run of piped lines ``index`` is in."""
        seen = []
        found = False
        for i in range(index, max(index - _TABLE_ROWS, -1), -1):
            if i in self._ruled:
                found = self._ruled[i]
                break
            line = self.lines[i]
            if "|" not in line:
                break
            seen.append(i)
            if _TABLE_RULE.fullmatch(line):
                found = True
                break
        self._ruled.update(dict.fromkeys(seen, found))  # the next row asks the same
        return found

    @cached_property
    def metadata_end(self) -> int:
        """Index of the first line after a document's opening block of ``Key: value`` lines
        (its metadata, in front matter or not); 0 when it has none."""
        lines = self.lines
        i = 1 if lines and lines[0].strip() == "---" else 0
        while i < min(len(lines), _METADATA_LINES) and _METADATA_LINE.match(lines[i]):
            i += 1
        return i

    def in_front_matter(self, index: int) -> bool:
        """Whether line ``index`` is in the document's front matter (``_Lines.body``)."""
        return self.lines[0].rstrip() in ("---", "+++") and bool(self.body) \
            and 0 < index < self.body[0]

    def in_metadata(self, index: int) -> bool:
        return index < self.metadata_end

    def in_head_or_foot(self, index: int) -> bool:
        return index < self.head_end or index >= self.foot_start

    def tier_line(self, index: int) -> str | None:
        """The classification named alone on line ``index``, normalised, if any."""
        if not 0 <= index < len(self.lines):
            return None
        line = self.lines[index]
        json_line = _JSON_LINE.fullmatch(line)
        if json_line is not None:
            line = _decode_json(json_line.group(1)) or line
        if self.mode == "code":
            line = _COMMENT.sub("", line, count=1)
        if "<" in line:
            told = _told(line) if "=" in line else None  # <span aria-label="SECRET">
            line = told if told is not None else _blank(line, _TAG)  # <option>SECRET</option>
        elif self.mode == "html" and ("text" in line or "html" in line) and ":" in line:
            line = _given(line) or line  # { text: "SECRET", classes: "govuk-tag--red" },
        if _LIST_ITEM.match(line):
            line = line.lstrip(" \t>-+*0123456789.)")
        line = line.rstrip(",;\t ")  # a list's commas, a spreadsheet row's empty cells
        match = _TIER_LINE.match(line, timeout=TIMEOUT)
        if match is None:
            return None
        return " ".join(regex.sub(r"[^A-Z]+", " ", match.group("t")).split())

    def in_list(self, index: int) -> bool:
        """A neighbour names another classification alone on its line (a list of tiers),
        or the next line defines the word (a glossary's term)."""
        own = self.tier_line(index)
        if any((other := self.tier_line(self.neighbour(index, step))) is not None
               and other != own for step in (-1, 1)):
            return True
        return index + 1 < len(self.lines) and _defines(self.lines[index + 1])

    def neighbour(self, index: int, step: int) -> int:
        """The nearest line with text above or below: a list may be spaced by blank lines,
        and a drawing's labels by its shapes (``<rect …/>``)."""
        for i in range(index + step, index + step * _NEAR, step):
            if not 0 <= i < len(self.lines):
                break
            line = self.lines[i]
            if line.strip() and not ("<" in line and _blank(line, _TAG).isspace()):
                return i
        return index + step


# A document's own properties, as the Office and PDF extractors write them: a marking as its
# title, subject, category or one of its keywords ("keywords: OFFICIAL-SENSITIVE; TB") or
# tags (a page's front matter, a notebook's metadata).
# A PDF's or an image's XMP properties come as the extractors name them (``XMP title``,
# ``XMP Keywords``), and a workbook's sheets by their titles (``sheet title``): a tab named
# "OFFICIAL-SENSITIVE" marks what it holds, as a document's title does.
# An image's titles and keywords come under their own standards' names: EXIF's Windows
# tags and DocumentName, IPTC's Object Name (its title), Headline and Keywords, a PNG's
# text chunks. So do its description and comments (``d``: EXIF's ImageDescription and
# comments, IPTC's caption, a JPEG's comment, a PNG's or XMP's description), the caption a
# photo carries with it.
_PROPERTY = lazy_regex(
    r"(?:XMP[ ](?i:title|subject|keywords)|(?:sheet[ ]|page[ ])?title"
    r"|subtitle|subject|category|keywords|tags"
    r"|EXIF[ ](?:XPTitle|XPSubject|XPKeywords|DocumentName)"
    r"|IPTC[ ](?:Object[ ]Name|Headline|Keywords)"
    r"|PNG[ ](?i:title|subject|keywords)"
    r"|(?P<d>EXIF[ ](?:ImageDescription|XPComment|UserComment)"
    r"|IPTC[ ]Caption|JPEG[ ]comment|(?:PNG|XMP)[ ](?i:description|comment)"
    r")):[ \t]*")
# A document's own description and comments (Word's Comments, a PDF's or an ODF file's
# description), read only among its own properties: in a data file a description is a
# record's, about its data.
# Its status too (Office's Status box, which some teams fill with the marking): the
# marking alone or set apart, as a title's.
_OWN_PROPERTY = lazy_regex(r"[A-Za-z][\w .-]{0,40}:[ ]")
_OWN_DESCRIPTION = lazy_regex(r"(?:(?P<d>description|comments)|status):[ \t]*")
# A caption may open with its marking as a plain prefix, no separator after it: "OFFICIAL-
# SENSITIVE site photo". Only OFFICIAL-SENSITIVE, in capitals: "SECRET garden tour" is a
# title's shout.
_CAPTION_LEAD = lazy_regex(rf"[ \t]*(?P<v>{_marking(_OS_UPPER)})[ \t]+[A-Za-z0-9]")
# The same properties as a raw OOXML or ODF part writes them (docProps/core.xml, meta.xml):
# ``<cp:keywords>OFFICIAL-SENSITIVE</cp:keywords>``; and as a document's metadata block
# at its head writes them (MultiMarkdown, a PDF's info printed out): ``Keywords: …``.
_PROPERTY_XML = lazy_regex(
    r"[ \t]*<(?:\w+:)?(?P<k>title|subject|category|keywords)>(?P<v>[^<>\n]*)</(?:\w+:)?(?P=k)>")
# OFFICIAL-SENSITIVE as one of a document's keywords, whatever parts them; not a topic
# ("OFFICIAL-SENSITIVE handling").
_KEYWORD_LEVEL = lazy_regex(
    rf"(?<![\w-])(?P<v>{_marking(_OS_UPPER, _OS_SHORT)})(?![\w-])(?![ \t]+(?i:data|info"
    r"|information|handling|guidance|guide|rules?|levels?|markings?|classifications?"
    r"|banners?|examples?|templates?|policy|policies)(?![A-Za-z]))")
# (A mail's subject has its own grammar: ``_SUBJECT``.)
_REPLIED = lazy_regex(r"(?:(?i:re|fwd?|aw|sv)[ \t]*:[ \t]*)*")
# A metadata block's description is the document's, as its title is: the marking alone,
# or set apart from its other words, marks it.
_PROPERTY_HEAD = lazy_regex(
    r"(?i:title|subtitle|subject|category|keywords|tags|description|security)"
    r"[ \t]*:[ \t]*")


# A document's properties as reStructuredText's docinfo and ``.. meta::`` fields and an
# AsciiDoc header's attributes write them: ``:keywords: OFFICIAL-SENSITIVE``.
_FIELD_ENTRY = lazy_regex(
    r"[ \t]*:(?P<k>(?i:keywords|description|title|subtitle|subject|category)):"
    r"[ \t]")


# A front matter's key that names the page's classification whatever it prefixes
# ("page_classification", "govuk-marking", "reportClassification"): front matter holds the
# document's own settings, so its key says whose the classification is.
_FRONT_KEY = lazy_regex(
    r"[ \t]*[\"']?[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*"
    r"(?:[_-](?i:classification|marking)|Classification|Marking)[\"']?[ \t]*[:=][ \t]*")


def _front_matter_field(index: int, line: str) -> Iterator[Hit]:
    keyed = _FRONT_KEY.match(line, timeout=TIMEOUT)
    if keyed is None:
        return
    named = "classification: "
    for m in _fields(named + line[keyed.end():]):
        value = m.group("v")
        if not _commercial_level(value):
            yield Hit(index, keyed.end() + m.start("v") - len(named), value, "marking-field")


def _property_markings(line: str, head: bool = False, at: int = 0,
                       own: bool = False) -> Iterator[regex.Match[str]]:
    """The markings among a document's properties on ``line`` (an element's from ``at``);
    ``head`` when the line is in a prose document's metadata block, where the key is written
    in any case; ``own`` when it is among a document's own properties (``read``)."""
    if "<" in line:
        element = _PROPERTY_XML.match(line, at, timeout=TIMEOUT)
        if element is not None:
            yield from _property_parts(line, element.start("v"), element.end("v"))
            return
    key = (_PROPERTY_HEAD if head else _PROPERTY).match(line)
    if key is None and own:
        key = _OWN_DESCRIPTION.match(line)
    if key is not None:
        # A message's subject may open with its replies' and forwards' prefixes ("RE: FW:").
        replied = _REPLIED.match(line, key.end())
        at = key.end() if replied is None else replied.end()
        # Front matter quotes its values: title: "OFFICIAL-SENSITIVE: Fraud referrals".
        tag = _SEC_TAG_ALONE.search(line, at, timeout=TIMEOUT) \
            if "SEC=" in line else None
        if tag is not None:  # a subject's protective marking tag (an Outlook .msg's)
            yield tag
            return
        parts = list(_property_parts(_unquoted(line, at), at, len(line)))
        if not parts and "eywords" in line[:at] and "SENSITIVE" in line \
                and not _CELL_SEPARATOR.search(line, at):
            # Keywords parted by spaces, as a PDF's may be: "appeals OFFICIAL-SENSITIVE".
            parts = list(_KEYWORD_LEVEL.finditer(line, at, timeout=TIMEOUT))[:1]
        if not parts and key.groupdict().get("d"):
            lead = _CAPTION_LEAD.match(line, at, timeout=TIMEOUT)
            parts = [lead] if lead is not None else []
        yield from parts


# The same properties as JSON writes them: a message exported from a mail client or an API
# ("subject": "OFFICIAL-SENSITIVE: …"), a document's record, an issue's title (Jira's
# "summary").
_JSON_PROPERTY = lazy_regex(
    r'"(?:title|subject|category|keywords|summary)"[ \t]*:[ \t]*"(?P<v>(?:[^"\\\n]|\\.)*)"')


def _json_properties(line: str) -> Iterator[regex.Match[str]]:
    """The markings among the document's properties that a JSON ``line`` holds."""
    if '"' not in line or not any(key in line for key in ('"title"', '"subject"', '"category"',
                                                           '"keywords"', '"summary"')):
        return
    for found in _JSON_PROPERTY.finditer(line, timeout=TIMEOUT):
        replied = _REPLIED.match(line, found.start("v"), found.end("v"))
        at = found.start("v") if replied is None else replied.end()
        for part in _property_parts(line, at, found.end("v")):
            rest = line[part.end("v"):found.end("v")]
            if _ABOUT_THE_LEVEL.match(rest, timeout=TIMEOUT) is None or _handled(rest):
                yield part  # (not an issue's task about the level: "<level>: add the banner")


# A tab's name (a sheet's, a drawing's page's) is short, its words often joined by
# underscores: OFFICIAL-SENSITIVE among them ("OFFICIAL-SENSITIVE_Data", "Claims
# OFFICIAL_SENSITIVE") names what the tab holds.
# SECRET alone is a word ("Secret_Santa"), so only as a whole title or beside a separator.
_SHEET_MARKING = lazy_regex(
    rf"(?<![A-Za-z0-9])(?P<v>{_OS_UPPER}|{_OS_TITLE}|OFFICIAL_SENSITIVE|Official_Sensitive)"
    r"(?![A-Za-z0-9])")
# Another level among a workbook's tabs: a tab for each level is a template or a register.
_SHEET_LEVEL = lazy_regex(
    r"(?<![A-Za-z0-9])(?:OFFICIAL|Official|SECRET|UNCLASSIFIED|PUBLIC"
    r"|RESTRICTED|CONFIDENTIAL)(?![A-Za-z0-9])")


def _sheet_marking(lines: _Lines, index: int) -> regex.Match[str] | None:
    """OFFICIAL-SENSITIVE run into the other words of the tab's name on line ``index``,
    unless another tab names another level."""
    line = lines.lines[index]
    found = _SHEET_MARKING.search(line, line.find(":"), timeout=TIMEOUT)
    if found is None:
        return None
    for other in lines.lines:
        if other.startswith(("sheet title: ", "page title: ")) and other is not line \
                and _SHEET_MARKING.search(other, other.find(":"), timeout=TIMEOUT) \
                is None and _SHEET_LEVEL.search(other, other.find(":"),
                                                         timeout=TIMEOUT) is not None:
            return None
    return found


# A tracker's issue key before its title: "[FRAUD-12] OFFICIAL-SENSITIVE: referral triage".
_ISSUE_KEY = lazy_regex(r"[ \t]*\[?[A-Z][A-Z0-9_]+-\d+\]?:?[ \t]+")


def _property_parts(line: str, at: int, stop: int) -> Iterator[regex.Match[str]]:
    for part in regex.split(r"[;,]", line[at:stop]):
        end = at + len(part)
        key = _ISSUE_KEY.match(line, at, end, timeout=TIMEOUT)
        if key is not None:
            at = key.end()
        # Alone, leading ("OFFICIAL-SENSITIVE - Fraud referrals", "[SECRET] Visit") or
        # ending the title as a header would ("Fraud referrals - OFFICIAL-SENSITIVE").
        found = _BANNER.fullmatch(line, at, end, timeout=TIMEOUT) \
            or _PORTION.match(line, at, end, timeout=TIMEOUT) \
            or _TRAILING.fullmatch(line, at, end, timeout=TIMEOUT)
        if found and not _at_play(found.group("v"), line[at:end]):
            yield found
        at = end + 1


def _title_row(row: str) -> bool:
    """Whether a data file's row holds one cell of words (a title), its other cells empty."""
    row = row.strip().rstrip(",;\t| ")
    if row[:1] == '"' and row[-1:] == '"' and row.count('"') == 2:
        row = row[1:-1]
    elif any(separator in row for separator in ",;\t|"):
        return False
    return " " in row


def _in_sentence(gap: str) -> bool:
    """Whether the markup between a line's words and its last word was only inline tags."""
    rest = _INLINE_TAG.sub("", gap)
    return len(rest) < 3 and not rest.strip() and "\t" not in rest


def _defines(line: str) -> bool:
    """Whether ``line`` is a definition list's definition (Markdown extensions, HTML)."""
    line = line.lstrip(" \t")
    return (line[:1] in (":", "~") and line[1:2] in (" ", "\t")) or line[:3].lower() == "<dd"


def _decode_json(literal: str) -> str | None:
    try:
        value = json.loads(literal)
    except ValueError:
        return None
    return _plain(value.rstrip("\n")) if isinstance(value, str) else None


def _commercial_level(value: str) -> bool:
    """A field's level in lower case ("secret"): a commercial scheme's, as config files and
    labels write theirs. Only "official-sensitive" is the government's in any case."""
    return value.islower() and not value.startswith("official")


def _labels_image(lines: list[str], index: int) -> bool:
    """Line ``index`` is a Dockerfile's LABEL instruction, or a line it continues."""
    while True:
        if lines[index].lstrip()[:6].upper() == "LABEL ":
            return True
        if index == 0 or not lines[index - 1].rstrip().endswith("\\"):
            return False
        index -= 1


def _banner(content: str) -> regex.Match[str] | None:
    found = _BANNER.fullmatch(content, timeout=TIMEOUT)
    if found is None and ("SENSITIVE " in content or "OFFSEN " in content):
        found = _OWN_BANNER.fullmatch(content, timeout=TIMEOUT)  # its own descriptor
    if found is None and content.rstrip(" \t*_")[-1:] == ")":
        status = _STATUS_NOTE.search(content, timeout=TIMEOUT)
        if status is not None:  # "OFFICIAL-SENSITIVE (draft)": the banner, then its status
            found = _BANNER.fullmatch(_blank(content, _STATUS_NOTE), timeout=TIMEOUT)
    return found


# A draft's or a version's note in brackets after a banner: "(draft)", "(v0.3)".
_STATUS_NOTE = lazy_regex(
    r"[ \t]+\((?i:draft|final|(?:draft[ ]|version[ ])?v?\d+(?:\.\d+)*)\)(?=[ \t*_]*$)")


def _fields(content: str) -> Iterator[regex.Match[str]]:
    for field in _FIELD.finditer(content, timeout=TIMEOUT):
        if field.group("loose") and field.group("v").islower():
            continue
        if field.group("v")[:2] in ("OS", "O-") and (field.group("what") or field.group("loose")):
            continue  # "asset_classification: OS", an operating system: only a marking's key
        if field.group("what") and (LEGACY_START.match(field.group("v")) or (
                field.group("v").islower() and not field.group("v").startswith("official"))):
            # DataClassification = "CONFIDENTIAL", "secret": a commercial scheme's level. A
            # label in lower case ("data-classification: official-sensitive", as Kubernetes
            # writes labels) names the government's level: no other scheme has it.
            continue
        value = _tier_name(field.group("v"))
        # A link's address names no level: a badge spells its marking there its own way.
        rest = _blank(content, _URL) if "://" in content else content
        after = _ANY_TIER.finditer(rest, field.end("v"), timeout=TIMEOUT)
        if all(_tier_name(m.group()) == value for m in after):
            yield field  # "a marking: SECRET, TOP SECRET or …" is a list, not a field


_URL = lazy_regex(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s)\]>\"']+")
_MARKING_END = lazy_regex(
    r"(?:SENSITIVE|SENSITIF|SECRET|ONLY|RESTRICTED|CONFIDENTIAL|PROTECT|STRAP[ ]?[1-3]?"
    r"|PERSONAL|DATA|COMMERCIAL|LOCSEN|[A-Z]\]|[A-Z]\))[\s*_=#~<>!|\[\](){}/.:%+-]*$",
    regex.IGNORECASE)


def _ends_with_marking(content: str) -> bool:
    """Whether a line could end with a marking, before its trailing form is tried."""
    return _MARKING_END.search(content[-80:]) is not None


def _between_dashes(content: str) -> bool:
    """Whether ``content`` is drawn between two dashes, as a footer is ("- SECRET -"), not
    an item of a list."""
    stripped = content.strip(" \t")
    return stripped[:2] == "- " and stripped[-2:] == " -"


def _in_text(lines: _Lines, index: int, content: str, *, edge: bool, comment: bool = False,
             leading: bool = False, markup: str | None = None) -> Iterator[Hit]:
    """Markings in a line of prose (or a comment's text): subject, fields, then a banner.

    ``comment`` says the line is a source file's comment; ``leading`` accepts a marking that
    leads a line of explanation, as head comments do; ``markup`` is the line with its HTML
    tags, when ``content`` had them blanked.
    """
    content = _blank(content, _CODE_SPAN)  # `SECRET` in a code span is a mention
    if content[:2] == "^ ":
        content = " " + content[1:]  # GOV.UK Notify's inset text: "^ OFFICIAL-SENSITIVE"
    subject = _SUBJECT.match(content, timeout=TIMEOUT) \
        if "ubject" in content[:64] else None
    if subject is not None:
        if not _at_play(subject.group("v"), content):  # a subject is the email's title
            yield Hit(index, subject.start("v"), subject.group("v"), "marking-subject")
        return
    found = False
    for field in _fields(content):
        found = True
        yield Hit(index, field.start("v"), field.group("v"), "marking-field")
    paired = _PAIRED.match(content, timeout=TIMEOUT) if not found and "=" in content \
        and ("arking" in content or "lassification" in content) else None
    if paired is not None:
        yield Hit(index, paired.start("v"), paired.group("v"), "marking-field")
        return
    if _LIST_ITEM.match(content) and content.lstrip(" \t>-+*")[:1] == "\\":
        # A YAML list of LaTeX lines (R Markdown's header-includes): read as LaTeX.
        content = _blank(content, _LIST_MARK)
    if found or (_LIST_ITEM.match(content) and not _between_dashes(content)) \
            or (markup is not None and (_ITEM_TAG.search(markup) is not None
                                        or lines.in_row(index, markup))):
        return
    portion = _PORTION.match(content, timeout=TIMEOUT) \
        if content.lstrip(" \t>*_#")[:1] in ("(", "[") else None
    if portion is not None:
        # A portion's paragraph opens with a capital: "[SECRET] value redacted" is a log's
        # or a note's tag about a secret value.
        tag = portion.group("v") == "SECRET" and (
            comment or content[portion.end() - 1:portion.end()].islower())
        if not tag and not _at_play(portion.group("v"), content):
            yield Hit(index, portion.start("v"), portion.group("v"), "marking-portion")
        return
    latex = _LATEX_PART.match(content, timeout=TIMEOUT) \
        if content.lstrip(" \t")[:1] == "\\" else None
    if latex is not None:
        header = _BANNER.fullmatch(_blank(content, _LATEX_NOISE), latex.end(),
                                   timeout=TIMEOUT)
        if header is not None:
            if not _at_play(header.group("v"), content):
                value = content[header.start("v"):header.end("v")]  # as written: "--" and all
                yield Hit(index, header.start("v"), value, "marking-banner")
            return
    if content.lstrip(" \t")[:1] == "\\":
        # Several commands on one line, a watermark's options, a header's lines.
        running = list(_latex_running(index, content))
        if running or latex is not None:
            yield from running
            return
    definition = _LATEX_DEFINITION.match(content, timeout=TIMEOUT) \
        if content.lstrip(" \t")[:1] == "\\" else None
    if definition is not None:
        if _heads_pages(lines, definition.group("name")):
            text = _blank(content, _LATEX_NOISE)
            header = _BANNER.fullmatch(text, definition.end(), timeout=TIMEOUT)
            if header is not None and not _at_play(header.group("v"), content):
                value = content[header.start("v"):header.end("v")]
                yield Hit(index, header.start("v"), value, "marking-banner")
        return
    if content.lstrip(" \t")[:1] == "\\":
        # LaTeX's layout around a banner: \begin{center}\textbf{SECRET}\end{center}.
        content = _blank(content, _LATEX_COMMAND)
    if content.lstrip(" \t>*_")[:3].lower() in ("ple", "kin", "tre", "han"):
        treated = _treated(index, content, comment, edge)
        if treated is not None:
            yield treated
            return
    # A header or footer directive is on every page, wherever the source puts it.
    named = _named(index, content, comment) \
        if edge or content.lstrip(" \t")[:3] == ".. " else None
    if named is None and not comment and lines.mode in ("prose", "html"):
        named = _stated(index, content, edge)
    if named is not None:
        if not _played(lines, index, named.value, content):
            yield named
        return
    banner = _banner(content)
    explains = False
    if banner is None and leading:
        banner = _LEADING.fullmatch(content, timeout=TIMEOUT)
        explains = banner is not None
    elif banner is None and edge and not comment and lines.mode in ("prose", "html"):
        # "OFFICIAL-SENSITIVE. Do not share outside the programme.": a document's head or
        # foot that marks it, then says how to handle it, in a sentence of its own.
        # A bare SECRET or legacy word there may name a value ("SECRET. Do not share it");
        # TOP SECRET names none ("TOP SECRET - do not forward. The list is attached."),
        # unless told of as a thing is ("TOP SECRET. Do not share it").
        banner = _LEADING.fullmatch(content, timeout=TIMEOUT)
        if banner is not None and (banner.group("v") == "SECRET"
                                   or LEGACY_START.match(banner.group("v"))
                                   or not _handled(content[banner.end("v"):])
                                   or (banner.group("v") == "TOP SECRET"
                                       and _TOLD_OF.search(content, banner.end("v"),
                                                           timeout=TIMEOUT) is not None)):
            banner = None
    trailing = False
    if banner is None and _ends_with_marking(content):
        banner = _TRAILING.fullmatch(content, timeout=TIMEOUT)
        trailing = banner is not None
        if banner is None and comment:
            banner = _closing(content)
    if banner is None and not comment and lines.mode in ("prose", "html") \
            and lines.page_edge(index):
        banner = _running(content)
        trailing = banner is not None
    if not banner:
        return
    value = banner.group("v")
    # Only at the top or foot of a document: a heading, a legacy word, handling text in
    # sentence case, a lower-case marking, a caveat alone, a running header (unless it
    # numbers its page).
    prose = not trailing and "prose" in banner.groupdict() and banner.group("prose")
    restricted_to_edge = (
        _HEADING.match(content) or LEGACY_START.match(value) or value.islower()
        or value.startswith(_RUN_TOGETHER)
        or not _TIER_WORD.search(value) or prose
        or (trailing and not regex.search(_PAGE, banner.group("lead"))))
    if restricted_to_edge and not edge:
        return
    if value.startswith(_RUN_TOGETHER) and lines.mode != "code" \
            and (not _stands_apart(lines, index) or _HEADING.match(content)):
        # "The API accepts:" then OFFICIAL_SENSITIVE names a value; a heading spelt as a
        # constant is the constant's section in its docs
        return
    if trailing and markup is not None and _in_sentence(
            markup[banner.end("lead"):banner.start("v")] if banner.start("lead") < banner.start("v")
            else markup[banner.end("v"):banner.start("lead")]):
        return  # "Keep it <b>SECRET</b>": the gap was a tag, not a column's
    if trailing and (_listed(value, content) or any(
            _listed(value, lines.lines[i]) for step in (-1, 1)
            if 0 <= (i := lines.neighbour(index, step)) < len(lines.lines))):
        return  # a level a column, here or in the next row: a table of levels
    if trailing and lines.table_row(index, content, markup):
        return  # "| DB_PASSWORD | SECRET |": a row's value, not a running footer
    if "|" in content and lines.under_rule(index):
        return  # "| SECRET | Very sensitive |" ends a glossary: a row under a table's rule
    if lines.mode in ("prose", "html") and _HEADING.match(content) and not lines.titles(index):
        return  # "## SECRET" after an introduction heads a section about SECRET
    if prose and lines.mode == "code" and not leading \
            and not _handled(content[banner.end("v"):]):
        return  # deeper in a docstring, "SECRET: always blocks" documents a rule
    if comment and (prose or explains) and _tags_a_note(value, content[banner.end("v"):]) \
            and not _HANDLING.search(content, banner.end("v"), timeout=TIMEOUT):
        return  # "// SECRET: do not log the value" tags a note about a secret, as TODO: does
    if prose and not comment and _notes_a_value(value, prose, content):
        return
    if value[:6] == "SECRET" and _SECRET_TOPIC.match(content, banner.start("v") + 6) \
            and not _HANDLING.search(content, timeout=TIMEOUT):
        return  # "# SECRET MANAGEMENT", "SECRET - KEY VAULT": a heading about secret values
    if _at_play(value, content) or lines.in_list(index) or _played(lines, index, value, content):
        return
    yield Hit(index, banner.start("v"), value, "marking-banner")


def _stands_apart(lines: _Lines, index: int) -> bool:
    """Whether line ``index`` is a document's first or last line of text (after its front
    matter too), not a value a sentence introduces ("… one of:")."""
    nb = lines.non_blank
    if len(nb) < 2 or not (lines.page_edge(index) or index in lines.body[:1]):
        return False  # a file holding the constant alone is a setting
    at = nb.index(index)
    return at == 0 or lines.lines[nb[at - 1]].rstrip(" \t*_")[-1:] != ":"


# LaTeX's running parts anywhere on a line (``\lhead{…}\chead{…}``, a page style's
# ``\fancyhf{}\fancyhead[C]{…}``), marks for every page (``\markright``), the kernel's own
# running header (``\def\@oddhead{…}``), a title page's institute, date and author (where a
# Beamer deck or a report puts its marking, a line of its own under the authors' names),
# and the watermarks of the background, draftwatermark, xwatermark and eso-pic packages
# (``\SetBgContents{…}``, ``\newwatermark[…]{…}``, ``\AddToShipoutPictureBG{…}``).
_LATEX_RUNNING = lazy_regex(
    rf"{_LATEX_PARTS}|\\(?:markright|markboth|SetBgContents|AddToShipoutPicture(?:BG|FG)?\*?"
    r"|institute|date|author"
    r"|newwatermark\*?(?:\[[^\]\n]*\])?|[gex]?def[ \t]*\\@(?:odd|even)(?:head|foot))\{")
# What a watermark's picture wraps its text in: boxes and their sizes, angles and places
# (``\makebox[0pt]{\scalebox{6}{\rotatebox{45}{…}}}``, ``\put(0,0){…}``).
_LATEX_BOXES = lazy_regex(
    r"\\(?:(?:scale|rotate|raise|par|color)box(?:\[[^\]\n]*\])*\{[^{}\n]*\}"
    r"|resizebox\*?\{[^{}\n]*\}\{[^{}\n]*\}|fcolorbox\{[^{}\n]*\}\{[^{}\n]*\}"
    r"|(?:make|frame)box(?:\[[^\]\n]*\])*|put\([^()\n]*\))")
# A watermark package's text as an option: ``\backgroundsetup{contents={…}}``,
# ``\usepackage[text=…]{draftwatermark}``, ``\DraftwatermarkOptions{text=…}``.
_WATERMARK_SETUP = lazy_regex(
    r"\\(?:backgroundsetup|DraftwatermarkOptions|draftwatermarksetup)\{"
    r"|\\usepackage\[(?=[^\]\n]*\][ \t]*\{(?:background|draftwatermark)\})")
_WATERMARK_TEXT = lazy_regex(r"(?<![A-Za-z])(?:contents|text)[ \t]*=[ \t]*")
# A line break inside a header's text (``OFFICIAL-SENSITIVE \\ \thepage``): its lines.
_LATEX_BREAK = lazy_regex(r"(\\\\(?:\[[^\]\n]*\])?)")


def _latex_group(content: str, at: int) -> int:
    """The end of the brace group whose text starts at ``at`` (just after its ``{``)."""
    depth = 1
    for i in range(at, len(content)):
        if content[i] == "{":
            depth += 1
        elif content[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(content)


def _latex_texts(content: str) -> Iterator[tuple[int, int]]:
    """The spans of the texts a LaTeX line sets on every page: each running part's
    argument, and a watermark's text given as an option."""
    for command in _LATEX_RUNNING.finditer(content, timeout=TIMEOUT):
        yield command.end(), _latex_group(content, command.end())
    setup = _WATERMARK_SETUP.search(content, timeout=TIMEOUT) \
        if "backgroundsetup" in content or "atermark" in content \
        or "usepackage[" in content else None
    if setup is None:
        return
    option = _WATERMARK_TEXT.search(content, setup.end(), timeout=TIMEOUT)
    if option is None:
        return
    at = option.end()
    if content[at:at + 1] == "{":
        yield at + 1, _latex_group(content, at + 1)
    else:
        end = at
        while end < len(content) and content[end] not in ",]}":
            end += 1
        yield at, end


def _latex_running(index: int, content: str) -> Iterator[Hit]:
    """Banners in the texts a LaTeX line sets on every page, each line of them apart."""
    plain = _blank(_blank(content, _LATEX_BOXES) if "box" in content or "\\put(" in content
                   else content, _LATEX_NOISE)
    for start, end in _latex_texts(content):
        for piece in _LATEX_BREAK.split(content[start:end]):
            stop = start + len(piece)
            header = _BANNER.fullmatch(plain, start, stop, timeout=TIMEOUT) \
                if not piece.startswith("\\\\") else None
            start = stop
            if header is not None and not _at_play(header.group("v"), content):
                value = content[header.start("v"):header.end("v")]
                yield Hit(index, header.start("v"), value, "marking-banner")


def _played(lines: _Lines, index: int, value: str, content: str) -> bool:
    """Whether a bare SECRET or TOP SECRET banner on line ``index`` heads (or ends) a text of
    play, named by its title or a heading beside it: "TOP SECRET" over "# Escape room
    clues", under "# Grandma's flapjack recipe". A handling instruction or a codename on
    either line still makes it a marking (``_at_play``); a sentence beside it that mentions
    a cake does not make a marked minute play."""
    if value not in ("SECRET", "TOP SECRET") or lines.mode == "code":
        return False
    # the first line, the first after the front matter, a page's title element
    titles = {*lines.non_blank[:1], *lines.body[:1],
              *(i for i in lines.non_blank[:_EDGE_LINES]
                if _TITLED.search(lines.lines[i]))}
    near = [i for i in (lines.neighbour(index, -1), lines.neighbour(index, 1))
            if 0 <= i < len(lines.lines) and (_HEADING.match(lines.lines[i])
                                              or _TITLED.search(lines.lines[i]))]
    return any(i != index and _at_play(value, f"{lines.lines[i]} {content}")
               for i in {*titles, *near})


_TITLED = lazy_regex(r"(?i)<(?:title|h[1-3])\b")


def _heads_pages(lines: _Lines, name: str) -> bool:
    """Whether a LaTeX document's running header or footer, or its title, uses the macro
    ``name`` (``\\fancyhead[C]{\\small\\name}``): the macro's text is on every page."""
    call = "\\" + name
    for line in lines.lines:
        at = line.find(call)
        while at >= 0:
            end = at + len(call)
            if not (line[end:end + 1].isalpha() or line[end:end + 1] == "@") \
                    and _LATEX_USE.search(line, 0, at, timeout=TIMEOUT) is not None:
                return True
            at = line.find(call, end)
    return False


# A remark after a comment's "TOP SECRET:", and (after "this") the file it may name instead.
_REMARK = lazy_regex(
    r"(?i)[ \t]*:[ \t]*(?:this|that|it|here|there|you|we|nobody|no[ ]one|shh+|psst"
    r"|do(?:n'?t|[ ]not)[ ]tell)(?:'s)?(?![A-Za-z])")
_REMARK_NAMES = lazy_regex(
    r"(?i)[ \t]+(?:file|module|script|code|document|package|repo|repository"
    r"|folder|directory|data|dataset|extract|class|library|notebook)s?\b")
_QUOTED_ROW = lazy_regex(r'[ \t]*"[^"\n]*"(?:[ \t]*[,;\t][ \t]*(?:"")?)*[ \t]*')


def _quoted_row(line: str) -> str | None:
    """A data file's row whose first cell alone holds text, every cell quoted
    (``"OFFICIAL-SENSITIVE","",""``, or that cell alone), its quotes blanked; None for any
    other line."""
    if _QUOTED_ROW.fullmatch(line) is None:
        return None
    return line.replace('"', " ")


def _beside_table(lines: _Lines, index: int) -> bool:
    """Whether a quoted row at ``index`` stands over (or under) a table of several columns:
    a cell alone is a banner there, and one value of a one-column export otherwise."""
    if _CELL_SEPARATOR.search(lines.lines[index]) is not None:
        return True
    inward = lines.neighbour(index, 1 if index != lines.non_blank[-1] else -1)
    return 0 <= inward < len(lines.lines) \
        and _CELL_SEPARATOR.search(lines.lines[inward]) is not None


_CELL_SEPARATOR = lazy_regex(r"[,;\t]")


def _states_own(statement: regex.Match[str]) -> bool:
    """Whether a head comment's statement gives the file its marking, not a rule about
    markings ("The document is marked OFFICIAL-SENSITIVE when it has a banner", "… and
    SECRET ones are blocked") or a boast ("this code is TOP SECRET")."""
    text, end = statement.string, statement.end("v")
    if "SECRET" in statement.group("v").upper() \
            and not _GIVEN.search(text, statement.start(), statement.start("v")):
        return False
    if _CONDITION.match(text, end) is not None:
        return False
    return all(_tier_name(m.group()) == _tier_name(statement.group("v"))
               for m in _ANY_TIER.finditer(text, end, timeout=TIMEOUT))


def _closing(content: str) -> regex.Match[str] | None:
    """A head comment's or docstring's marking as the sentence that ends it: "Grant rules.
    OFFICIAL SENSITIVE." (the line names no other tier, as a list of them would)."""
    found = _CLOSING.fullmatch(content, timeout=TIMEOUT)
    if found is None:
        return None
    own = _tier_name(found.group("v"))
    if any(_tier_name(m.group()) != own
           for m in _ANY_TIER.finditer(content, timeout=TIMEOUT)):
        return None
    return found


# What a heading in capitals about secret values names after SECRET: "SECRET MANAGEMENT",
# "SECRET - KEY VAULT", "SECRET / TOKEN UTILITIES" title code or a page about them.
_SECRET_TOPIC = lazy_regex(
    r"[ \t]*(?:[-:/|\u2013\u2014][ \t]*)?(?:KEYS?|VAULTS?|PASSWORDS?|TOKENS?|CREDENTIALS?"
    r"|ROTATION|STORES?|STORAGE|MANAGER|MANAGEMENT|POLIC(?:Y|IES)|VALUES?|HELPERS?|UTILS"
    r"|UTILITIES|HANDLING|SCANNING|ACCESS|ENV|CONFIG)(?![A-Za-z])")


def _tags_a_note(value: str, after: str) -> bool:
    """Whether a comment's SECRET or TOP SECRET (or legacy word), then ``after``, tags a
    note as TODO: does.

    SECRET is an ordinary word (a secret value), so any explanation after it makes a note;
    so do the legacy words alone ("PROTECT: this handler guards against forgery", a
    vendor's "CONFIDENTIAL - Copyright …"). TOP SECRET is a marking or a joke, and a marked
    file's banner goes on to say what the file holds ("TOP SECRET: case notes") or how to
    handle it. The joke is a tag, a colon, then a remark to the reader: it opens with a
    pronoun or an aside ("this is where the magic happens", "shh", "don't tell anyone"),
    never with the contents it names ("this file holds case notes" names them, as a
    marking's statement does).
    """
    if value in ("SECRET", "PROTECT", "RESTRICTED", "CONFIDENTIAL"):
        return True
    if value != "TOP SECRET":
        return False
    remark = _REMARK.match(after)
    return remark is not None and _REMARK_NAMES.match(after, remark.end()) is None


def _running(content: str) -> regex.Match[str] | None:
    """A page's first or last line as a running header or footer, its parts a space apart
    (``_RUNNING``), unless the words before the marking make it a sentence or a title."""
    found = _RUNNING.fullmatch(content, timeout=TIMEOUT)
    if found is None:
        found = _CENTRED.fullmatch(content, timeout=TIMEOUT)
        if found is not None and "SECRET" in found.group("v").upper() \
                and not any(_NUMBERED.fullmatch(part.strip(), timeout=TIMEOUT)
                            for part in found.group("lead", "tail")):
            return None
    if found is None and ("\t" in content or "   " in content):
        found = _HEADED.fullmatch(content, timeout=TIMEOUT)
        if found is not None and "SECRET" in found.group("v").upper() \
                and not _NUMBERED.fullmatch(found.group("lead").strip(),
                                                     timeout=TIMEOUT):
            return None  # SECRET, an ordinary word too, only beside the page's number
        return found
    if found is None or _PROSE_BEFORE.search(found.group("lead"),
                                                       timeout=TIMEOUT) is not None:
        return None
    return found


def _listed(value: str, content: str) -> bool:
    """Whether a column of ``content`` names a level other than ``value``'s alone: "Levels:
    OFFICIAL   OFFICIAL-SENSITIVE   SECRET" lists them, as a filter's or a legend's labels
    do; so do a printed table's rows ("0    OFFICIAL-SENSITIVE" over "1    OFFICIAL")."""
    own = _tier_name(value)
    for column in _COLUMNS.split(content):
        other = _TIER_LINE.fullmatch(column, timeout=TIMEOUT)
        if other is not None and _tier_name(other.group("t")) != own:
            return True
    return False


# What an instruction says, where a note about a value only describes it.
_INSTRUCTS = lazy_regex(
    r"(?i)(?<![A-Za-z])(?:not|never|only|must|may|should|shall|keep)(?![A-Za-z])")


def _notes_a_value(value: str, prose: str, line: str) -> bool:
    """Whether a document's "SECRET: …" is a note about a secret value, as a comment's is: a
    sentence in lower case after it, ended with a full stop, that neither instructs nor names
    what the file is ("SECRET: the values live in Key Vault."); or words in lower case that
    say where the value lives or how software gets it ("SECRET - read from Key Vault at
    start-up", "injected by the pipeline, do not hard-code it"), handling it as no marked
    material is (never shared or forwarded)."""
    if value != "SECRET" or not prose[:1].islower() or _handled(line) \
            or _REMARK_NAMES.search(prose, timeout=TIMEOUT) is not None:
        return False
    return _VALUE_TALK.search(prose, timeout=TIMEOUT) is not None or (
        line.rstrip(" \t*_").endswith(".") and _INSTRUCTS.search(prose, timeout=TIMEOUT) is None)


# Where a secret value lives and how software gets it.
_VALUE_TALK = lazy_regex(
    r"(?i)(?<![A-Za-z])(?:key[ ]?vault|vault|environment|env(?:[ ]var)?|pipeline"
    r"|hard-?cod|rotat|inject|secrets?[ ]manager|parameter[ ]store|app[ ]settings"
    r"|start-?up|runtime|config)")


def _at_play(value: str, line: str) -> bool:
    """Whether ``value``, a bare SECRET or TOP SECRET on ``line``, is a word of play
    (``_PLAY``), with no handling instruction ("DO NOT SHARE!") or codename to make it a
    marking."""
    return value in ("SECRET", "TOP SECRET") \
        and _PLAY.search(line, timeout=TIMEOUT) is not None \
        and _HANDLING.search(line, timeout=TIMEOUT) is None \
        and _INSTRUCTS.search(line, timeout=TIMEOUT) is None \
        and _CODENAME.search(line, timeout=TIMEOUT) is None


def _named(index: int, content: str, comment: bool = False) -> Hit | None:
    """At the top or foot of a document: a sentence naming its marking, or a header or
    footer named as such. In a source file's head comment or docstring, only the sentence
    ("This module is OFFICIAL SENSITIVE."), and a SECRET one only as a marking it was given
    ("classified SECRET"): "this code is TOP SECRET" there is a boast, not a marking."""
    start = content.lstrip(" \t>*_")[:4].lower()
    found: regex.Match[str] | None = None
    if start[:3] in ("thi", "the"):
        found = _STATEMENT.fullmatch(content, timeout=TIMEOUT)
        if found is not None and comment and not _states_own(found):
            found = None
    elif comment:
        return None
    elif start in ("head", "foot", "left", "righ", "cent", "titl", ".. h", ".. f"):
        part = _PAGE_PART.match(content, timeout=TIMEOUT)
        if part is not None:
            found = _BANNER.fullmatch(_unquoted(content, part.end()), part.end(),
                                      timeout=TIMEOUT)
            if found is not None and _at_play(found.group("v"), content):
                found = None
    if found is None:
        return None
    return Hit(index, found.start("v"), found.group("v"), "marking-banner")


def _treated(index: int, content: str, comment: bool, edge: bool) -> Hit | None:
    """A request to treat the document as marked (``_TREATED``): anywhere when it names the
    document ("this email"), else ("this", "the attached") at its top or foot or in a
    message, as a guide's "treat this as …" may follow a rule's condition. Not under a
    condition, nor beside another level; SECRET and TOP SECRET only for a document named,
    and in a source comment only OFFICIAL-SENSITIVE: "treat this as SECRET" there is about
    a value."""
    found = _TREATED.fullmatch(content, timeout=TIMEOUT)
    if found is None:
        return None
    value, end = found.group("v"), found.end("v")
    if found.group("n") is None and (not edge or "SECRET" in value.upper()):
        return None
    if comment and "SECRET" in value.upper():
        return None
    if _CONDITION.match(content, end) is not None or any(
            _tier_name(m.group()) != _tier_name(value)
            for m in _ANY_TIER.finditer(content, end, timeout=TIMEOUT)):
        return None
    return Hit(index, found.start("v"), value, "marking-banner")


# A note's label before a sentence: "Note: this document is …", "**Important** - This …".
_NOTE_LABEL = lazy_regex(
    r"(?i)[ \t>*_]*(?:note|nb|n\.b\.|important|warning|caution|reminder"
    r"|please[ ]note)[*_]*[ \t]*[:!\u2013\u2014-]?[*_]*[ \t]+")


def _stated(index: int, content: str, edge: bool) -> Hit | None:
    """A sentence that names the document's own marking, after a note's label, or away from
    its top and foot ("Note: this document is OFFICIAL-SENSITIVE. Do not share it outside
    the team."). Away from the edges only with an instruction for handling it, so that a
    sentence about markings in general ("This document is OFFICIAL-SENSITIVE when …") is
    no marking."""
    label = _NOTE_LABEL.match(content, timeout=TIMEOUT)
    if label is not None:  # after it, the sentence may start in lower case
        content = " " * label.end() + content[label.end():label.end() + 1].upper() \
            + content[label.end() + 1:]
    elif edge or content.lstrip(" \t>*_")[:3].lower() not in ("thi", "the"):
        return _said(index, content)  # at the edges, _named has read a sentence that opens it
    found = _STATEMENT.fullmatch(content, timeout=TIMEOUT)
    if found is None or not _states_own(found):
        return None
    rest = content[found.end("v"):]
    if not edge and _HANDLING.search(rest, timeout=TIMEOUT) is None \
            and _INSTRUCTS.search(rest, timeout=TIMEOUT) is None:
        return None
    return Hit(index, found.start("v"), found.group("v"), "marking-banner")


# Where a speaker's words (or a clause of them) open: after a speaker's name, a chat's
# time, or a clause's punctuation ("<name>: Before we start, this meeting is …").
# Only "this" names the speaker's own document or meeting: "the data is …" there describes
# what a service handles.
_SPOKEN = lazy_regex(
    r"(?<![A-Za-z])[Tt]his[ ][a-z-]+[ ](?:and[ ][a-z]+[ ]attachments?[ ])?"
    r"(?:is|are|has[ ]been|have[ ]been)[ ]")
# (A WebVTT voice tag reads "<name>:This …", its colon against the words.)
_OPENS = lazy_regex(r"[^\n]*(?:[,;:.!?)\]>\u2013\u2014][ \t]+|[A-Za-z]:)")
# ("Just to say" and "I'd like to say" preface the speaker's own words: no quotation.)
_IF = lazy_regex(
    r"(?i)(?<![A-Za-z])(?:if|when|whenever|where|unless|once|until|whether|suppose"
    r"|imagine|example|e\.g|instance|(?<!to[ ])say|says|said|reads?|writes?|wrote|shows?"
    r"|states?|like(?![ ]to(?![A-Za-z])))(?![A-Za-z])")


def _said(index: int, content: str) -> Hit | None:
    """A speaker's (or a clause's) sentence naming the document's marking, with an
    instruction for handling it: a transcript's "<name>: Before we start, this meeting is
    OFFICIAL-SENSITIVE, so please do not share the recording", a chat's "[<time>] <name>: This
    document is OFFICIAL-SENSITIVE - do not forward". A clause under a condition ("if the
    report names a farm, this report is …") states a rule, not the document's marking."""
    for opening in _SPOKEN.finditer(content, timeout=TIMEOUT):
        at = opening.start()
        lead = content[:at]
        if not lead.strip() or _OPENS.fullmatch(lead, timeout=TIMEOUT) is None \
                or _IF.search(lead, timeout=TIMEOUT) is not None:
            continue
        sentence = " " * at + content[at].upper() + content[at + 1:]
        found = _STATEMENT.fullmatch(sentence, timeout=TIMEOUT)
        if found is None or not _states_own(found):
            continue
        rest = content[found.end("v"):]
        if _handled(rest) or _INSTRUCTS.search(rest, timeout=TIMEOUT) is not None:
            return Hit(index, found.start("v"), found.group("v"), "marking-banner")
    return None


def _unquoted(content: str, at: int) -> str:
    """``content`` with the quotes around its value from ``at`` blanked, offsets kept: a
    slide deck's front matter sets its footer as a string (``footer: 'SECRET'``)."""
    body = content[at:].rstrip()
    if len(body) > 1 and body[0] in "'\"" and body[-1] == body[0]:
        end = at + len(body) - 1
        return f"{content[:at]} {content[at + 1:end]} {content[end + 1:]}"
    return content


# A region's name (C#'s "#region", VB's "#Region", C++'s "#pragma region"): the label an
# editor shows for the folded code, as a comment's text.
_REGION = lazy_regex(r"[ \t]*#[ \t]*(?:pragma[ \t]+)?(?i:region)[ \t]+\"?")


def _in_comment(lines: _Lines, index: int, line: str) -> Iterator[Hit]:
    """A line in the head or foot of a source or config file."""
    region = _REGION.match(line) if "egion" in line[:24] else None
    if region is not None:
        line = " " * region.end() + line[region.end():].replace('"', " ")
    elif line[:5].lower() == "<?php" and line[5:6] in (" ", "\t"):
        line = "     " + line[5:]  # PHP's open tag, with the file's first comment beside it
    comment = _COMMENT.match(line)
    if comment is not None:
        body = " " * comment.end() + line[comment.end():]
    else:
        doc = _DOCSTRING.match(line)
        body = " " * doc.end() + line[doc.end():] if doc is not None else line
        body = body.replace('"""', "   ").replace("'''", "   ")
    end = len(body.rstrip(" \t"))
    if body[end - 1:end] == ";":
        body = body[:end - 1] + " " + body[end:]  # SAS and SPSS end a comment with ";"
    # Only the file's first or last line of text may lead with its marking and go on to
    # explain it: deeper in a docstring, "SECRET: always blocks" documents a rule. A
    # comment's bare opener or closer ("/**", " */") and a script's directives hold no text.
    nb = lines.non_blank
    at = nb.index(index)
    edge_line = index in nb[:1] + nb[-1:] or (
        at < 4 and all(_holds_no_text(lines.lines[i]) for i in nb[:at])) or (
        at >= len(nb) - 3 and all(_holds_no_text(lines.lines[i]) for i in nb[at + 1:]))
    yield from _in_text(lines, index, body, edge=True, comment=True, leading=edge_line)


# A comment's or a docstring's delimiter alone on its line, or a rule drawn in a comment
# ("# -----", "// ====").
_BARE_DELIMITER = lazy_regex(
    r"[ \t]*(?:/\*+|\**\*/|<!--|-->|<#|#>|[rRuUbB]{0,2}(?:\"\"\"|\'\'\')"
    r"|(?:--)?\[\[|(?:--)?\]\]|\{-|-\}|=begin|=end|\#=|=\#"
    r"|[*#/;%-]+(?:[ \t]+[-=*#~_]{3,})?)[ \t]*")


def _holds_no_text(line: str) -> bool:
    return _DIRECTIVE.match(line) is not None or _BARE_DELIMITER.fullmatch(line) is not None


# What a script's first lines say to the system, before its own first comment: a shebang,
# an encoding, an editor's mode line.
_DIRECTIVE = lazy_regex(r"[ \t]*(?:#!|#[^\n]*(?:coding[:=]|-\*-|vim?:))")


# A man page's title line (``.TH NAME SECTION DATE SOURCE MANUAL``): its date, source and
# manual run in the header and footer of every page, as a running header's parts do; the
# title names the command (``secret-tool``). And a roff comment's leader (``.\"``).
_ROFF_TITLE = lazy_regex(r"\.TH[ \t]+(?:\"[^\"\n]*\"|\S+)[ \t]+(?:\"[^\"\n]*\"|\S+)")
_ROFF_ARGUMENT = lazy_regex(r"\"(?P<v>[^\"\n]*)\"|(?P<v>[^\s\"]+)")
_ROFF_COMMENT = lazy_regex(r"^[.'][ \t]*\\[\"#]")


def _roff_title(index: int, line: str) -> Iterator[Hit]:
    title = _ROFF_TITLE.match(line, timeout=TIMEOUT)
    for part in _ROFF_ARGUMENT.finditer(line, title.end(), timeout=TIMEOUT) if title else ():
        banner = _banner(part.group("v"))
        if banner is not None:
            yield Hit(index, part.start("v") + banner.start("v"), banner.group("v"),
                      "marking-banner")


def _in_line(lines: _Lines, index: int) -> Iterator[Hit]:
    line = lines.lines[index]
    mode = lines.mode
    if mode == "prose" and line[:4] == ".TH ":
        yield from _roff_title(index, line)
        return
    if mode != "code":
        label = _MSIP.search(line, timeout=TIMEOUT)
        if label is not None and label.group("v").strip() != "{":  # "{": its object follows
            value = label.group("v").strip()
            if _MSIP_VALUE.search(value):
                yield Hit(index, label.start("v") + line[label.start("v"):].find(value),
                           value, "marking-label")
            return
        if '"' in line or "</" in line:
            named = _label_named(lines, index, line)
            if named is not None:
                yield named
                return
    if mode == "code":
        if lines.in_head_or_foot(index):
            yield from _in_comment(lines, index, line)
        elif _labels_image(lines.lines, index):
            # A Dockerfile's LABEL sets the image's metadata as keys and values, as a
            # compose file's labels do: a classification there marks what the image holds.
            for field in _fields(line):
                value = field.group("v")
                if not _commercial_level(value):
                    yield Hit(index, field.start("v"), value, "marking-field")
        elif line.lstrip(" \t")[:1] in ("t", "T", "f", "F") \
                and (";" in line or line.rstrip()[-1:] == "."):
            yield from _sas_title(index, line)
        elif "COMMENT" in line or "comment" in line:
            yield from _sql_comment(index, line)
        elif any(word in line for word in _SITE_WORDS):
            yield from _site_setting(index, line)
        elif line[:2] == "__":
            yield from _dunder(index, line)
        return
    if mode == "metadata":
        for field in _fields(line):
            yield Hit(index, field.start("v"), field.group("v"), "marking-field")
        return
    if mode == "structured":
        embedded = _JSON_LINE.fullmatch(line)
        if embedded is not None:
            # A line of text inside JSON, such as a notebook cell's source.
            decoded = _decode_json(embedded.group(1))
            if decoded is not None:
                for hit in _in_text(lines, index, decoded, edge=True):
                    at = line.find(hit.value)
                    yield replace(hit, start=at if at >= 0 else embedded.start(1))
                return
        if lines.in_head_or_foot(index) and _COMMENT.match(line):
            yield from _in_comment(lines, index, line)
            return
        note = _JSON_COMMENT.fullmatch(line, timeout=TIMEOUT) \
            if line.lstrip(" \t")[1:2] in ("/", "#", "$", "_", "c") else None
        if note is not None and _in_top_object(lines, index):
            # JSON's comment, kept as a key ("//", "$comment"), at the head or foot of its
            # top object: the file's head comment.
            text = _decode_json(note.group("s"))
            if text is not None and len(text) == len(note.group("s")) - 2:
                body = " " * (note.start("s") + 1) + text
                yield from _in_text(lines, index, body, edge=True, comment=True, leading=True)
            return
        said = False
        node: tuple[int, int, int, int, bool] | None = None
        level = _security_level(lines, index, line) \
            if "<security" in line or 'e":' in line or 'e" :' in line else None
        if level is None and lines.labelled:
            level = _labelled(lines, index, line)
        if level is not None:
            yield level
            return
        for field in _fields(line):
            said = True
            value = field.group("v")
            if _commercial_level(value) and not lines.own:
                # A data file's label or setting in lower case ("classification: secret",
                # as Kubernetes and config files write them): a commercial scheme's level.
                # A document's own property, or its front matter, still marks it.
                continue
            yield Hit(index, field.start("v"), value, "marking-field")
        # A nested key, as JSON's are read at any depth (``_json_properties``): a notebook's
        # or a page's metadata written as YAML, its value where it stands in the file.
        indent = len(line) - len(line.lstrip(" \t"))
        for part in _property_markings(line[indent:], own=lines.own):
            said = True
            yield Hit(index, indent + part.start("v"), part.group("v"), "marking-property")
        for part in _json_properties(line):
            said = True
            yield Hit(index, part.start("v"), part.group("v"), "marking-property")
        if not said and '"description"' in line and _in_top_object(lines, index, edge=False):
            # The file's own description (package.json's, a manifest's): its property. A
            # bare SECRET or a legacy word there may name what the package handles.
            described = _JSON_DESCRIPTION.fullmatch(line, timeout=TIMEOUT)
            for part in _property_parts(line, described.start("v"), described.end("v")) \
                    if described is not None else ():
                if part.group("v") == "SECRET" or LEGACY_START.match(part.group("v")):
                    continue
                said = True
                yield Hit(index, part.start("v"), part.group("v"), "marking-property")
        if not said and lines.own and ": " in line:
            # A document's own property of a name its writer chose (a PDF's or an Office
            # file's custom "PM", "Security", "Caveat"), its value the marking alone: the
            # document's marking, as its category's would be. A bare SECRET there may name
            # a kind of value; a legacy word, a scheme of a business's own.
            chosen = _OWN_PROPERTY.match(line)
            banner = _banner(" " * chosen.end() + line[chosen.end():]) if chosen else None
            if banner is not None and banner.group("v") != "SECRET" \
                    and not LEGACY_START.match(banner.group("v")):
                said = True
                yield Hit(index, banner.start("v"), banner.group("v"), "marking-property")
        if not said and any(word in line for word in _SITE_WORDS):
            site = list(_site_setting(index, line))
            said = bool(site)
            yield from site
        if not said and line.startswith(("sheet title: ", "page title: ")):
            tab = _sheet_marking(lines, index)
            if tab is not None:
                said = True
                yield Hit(index, tab.start("v"), tab.group("v"), "marking-property")
        if not said and lines.texts and ('\\n' in line or "</" in line) and '":' in line:
            yield from _json_texts(index, line)
        elif not said and lines.texts and '":' in line and lines.chat:
            sent = list(_json_message(index, line))
            said = bool(sent)
            yield from sent
        if not said and lines.texts and ": " in line and ('"' in line or "'" in line) \
                and '":' not in line:
            quoted = list(_yaml_texts(index, line))
            said = bool(quoted)
            yield from quoted
        if not said and "<name>" in line:
            yield from _document_name(lines, index, line)
        if not said and lines.texts and lines.markup_file:
            node = _xml_node(lines, index)
            if node is not None:
                found = [hit for hit in _node_texts(lines, node) if hit.line == index]
                said = bool(found)
                yield from found
        if not said and ("&lt;" in line or "<![CDATA[" in line) and node is None:
            yield from _xml_texts(index, line)
        if not said and "</" in line:
            yield from _xml_pairs(lines, index, line)
        if not said and ("alue" in line or "ALUE" in line):
            yield from _tag_pair(lines, index, line)
        if not said and "default" in line:
            yield from _variable_default(lines, index, line)
        elif not said and line.lstrip(" \t")[:6] == "param ":
            yield from _bicep_param(index, line)
        if not said and lines.texts and index and _opens_block(lines.lines[index - 1]):
            # A YAML block scalar's first line: the head of a text of its own (an API's
            # description, a runbook's notes), as a JSON string's is (``_json_texts``);
            # a Notify template's body may open with its inset text ("^ OFFICIAL-SENSITIVE").
            body = line.lstrip(" \t")
            banner = _banner(line if body[:2] != "^ " else line.replace("^", " ", 1))
            if banner is not None and banner.group("v") not in ("SECRET", "TOP SECRET") \
                    and not LEGACY_START.match(banner.group("v")):
                yield Hit(index, banner.start("v"), banner.group("v"), "marking-banner")
                return
        row = line if '"' not in line else _quoted_row(line)
        if row is not None and (index in lines.non_blank[:1] + lines.non_blank[-1:]
                                or lines.under_titles(index)):
            # A spreadsheet's banner row: the marking in its first cell, the others empty;
            # every cell quoted, as some tools export them. It may sit under the sheet's
            # title rows, above its table.
            banner = _banner(row.rstrip(",;\t "))
            if banner is not None and not _LIST_ITEM.match(row) and not lines.in_list(index) \
                    and (row is line or _beside_table(lines, index)):
                yield Hit(index, banner.start("v"), banner.group("v"), "marking-banner")
        return
    if mode in ("html", "prose") and "<" in line \
            and ("text=" in line or "html=" in line or "-bind" in line):
        line = _unplaced(line)
    if mode == "html":
        fields = [Hit(index, m.start("v"), m.group("v"), "marking-field") for m in _fields(line)]
        if not fields and ("</t" in line.lower() or "</dd" in line.lower()):
            fields = _cell_fields(lines, index, line)
        if not fields and line.lstrip()[:7] == "content":
            fields = _meta_content(lines, index, line)
        if fields:
            yield from fields  # <meta name="classification" content="…">
            return
        if "<meta" in line or "<META" in line:
            titled = list(_meta_title(index, line))
            if titled:
                yield from titled
                return
        at = line.find("<title>")
        if at >= 0:  # the page's title, as a document's: "<title>SECRET - Visits</title>"
            title = [Hit(index, m.start("v"), m.group("v"), "marking-property")
                     for m in _property_markings(line, at=at)]
            if title:
                yield from title
                return
        if 'ac:name="title"' in line:
            macro = _macro_titles(lines, index, line)
            if macro:
                yield from macro
                return
    if mode == "prose" and ":" in line and lines.in_metadata(index):
        at = 2 if line[:2] == "#+" else 0
        found = [Hit(index, at + m.start("v"), m.group("v"), "marking-property")
                 for m in _property_markings(line[at:], head=True)
                 if not LEGACY_START.match(m.group("v"))]  # "Title: Confidential …"
        if found:
            yield from found
            return
    if mode in ("prose", "html") and lines.in_front_matter(index):
        found = list(_front_matter_field(index, line))
        if found:
            yield from found
            return
    if mode == "prose" and lines.fielded and line.lstrip(" \t")[:1] == ":":
        entry = _FIELD_ENTRY.match(line)
        if entry is not None:
            at = entry.start("k")
            found = [Hit(index, at + m.start("v"), m.group("v"), "marking-property")
                     for m in _property_markings(line[at:], head=True)
                     if not LEGACY_START.match(m.group("v"))]
            if found:
                yield from found
                return
    if "pdf" in line and ("\\" in line or line.lstrip(" \t")[:3] == "pdf"):
        found = [Hit(index, m.start("v"), m.group("v"), "marking-property")
                 for m in _pdf_properties(line)]
        if found:
            yield from found
            return
    if ("![" in line or "<img" in line or "<IMG" in line) \
            and (lines.at_edge(index) or (mode == "html" and _body_edge(lines, index))):
        pictured = _pictured(lines, index, line)
        if pictured is not None:
            yield pictured
            return
    if mode == "html" and ("text" in line or "Text" in line or "html" in line
                           or "Html" in line) and ":" in line:
        given = _given(line)
        if given is not None and not any(
                _CHOICE.search(lines.lines[i]) is not None
                for i in range(max(index - 2, 0), min(index + 3, len(lines.lines)))):
            # (an item with a value beside its text is a choice a form offers: a level to
            # pick, among others)
            found = list(_in_text(lines, index, given, edge=lines.at_edge(index), markup=line))
            if found:
                yield from found
                return
    if mode in ("html", "prose") and ("label" in line or "title" in line
                                      or "description" in line or "text" in line):
        told = _told(line)
        if told is not None:
            found = list(_in_text(lines, index, told, edge=lines.at_edge(index), markup=line))
            if found:
                yield from found
                return
    if line.lstrip(" \t")[:1] == "'" and line.count("'") == 1:
        line = line.replace("'", " ", 1)  # a Basic comment read as text: ' OFFICIAL-SENSITIVE
    # Markdown and documents carry HTML too: <div align="center">SECRET</div>.
    markup = None
    if "<" in line:
        markup = line
        line = _blank(line, _TAG)
    if index > 0 and "<" in lines.lines[index - 1] and _in_title(lines, index):
        titled = [Hit(index, m.start("v"), m.group("v"), "marking-property")
                  for m in _property_parts(line, 0, len(line))]
        if titled:
            yield from titled
            return
    message = _message(lines, index, line) if mode == "prose" else None
    if message is not None:
        found = [hit for hit in _in_text(lines, index, message, edge=True, markup=markup)
                 if _marks_a_message(hit.value, message[hit.start + len(hit.value):])]
        if found:
            yield from found
            return
    yield from _in_text(lines, index, line, edge=lines.at_edge(index), markup=markup)


# An element whose text a template's attribute replaces when the page renders (Thymeleaf's
# th:text, Vue's v-text, Alpine's x-text, Angular's ng-bind, Knockout's data-bind): its own
# text is a designer's placeholder, not what the page shows.
_REPLACED = lazy_regex(
    r"<[^<>\n]*\s(?:th:u?text|v-(?:text|html)|x-(?:text|html)|ng-bind(?:-html)?"
    r"|data-bind[ \t]*=[ \t]*[\"'][^\"'<>\n]*(?<![\w-])(?:text|html)[ \t]*:)"
    r"[^<>\n]*>(?P<t>[^<\n]*)")


def _unplaced(line: str) -> str:
    """``line`` without the placeholder text of elements whose text a template replaces
    (``_REPLACED``), its columns kept."""
    for element in _REPLACED.finditer(line, timeout=TIMEOUT):
        start, end = element.span("t")
        line = line[:start] + " " * (end - start) + line[end:]
    return line


# A documentation site's settings that every page shows: its footer (MkDocs' and
# Docusaurus' ``copyright``), its name or title (``site_name``, Sphinx's ``html_title``) and
# its announcement bar. A marking there, alone or ending the value, marks every page.
_SITE_SETTING = lazy_regex(
    r"(?<![\w.-])[\"']?(?P<k>(?i:copyright|site[_-]?(?:name|title)|html[_-]?title"
    r"|announcement(?:[_-]?bar)?))[\"']?[ \t]*[:=][ \t]*"
    r"(?:\{[^{}\n]*?\bcontent[\"']?[ \t]*:[ \t]*)?"
    r"(?P<q>[\"'`]?)(?P<v>[^\"'`\n]*)(?P=q)[ \t]*(?:[,;}]|$)")
_SITE_WORDS = ("opyright", "site_", "site-", "html_title", "nnouncement")


def _site_setting(index: int, line: str) -> Iterator[Hit]:
    found = _SITE_SETTING.search(line, timeout=TIMEOUT)
    if found is None:
        return
    value = found.group("v")
    banner = _banner(value) or _TRAILING.fullmatch(value, timeout=TIMEOUT)
    if banner is not None and not _at_play(banner.group("v"), value) \
            and not _listed(banner.group("v"), value):
        yield Hit(index, found.start("v") + banner.start("v"), banner.group("v"),
                  "marking-banner")


# A SAS program's TITLE and FOOTNOTE statements (``title1 j=c "<level>";``), and SPSS's
# TITLE command (``TITLE '<level>'.``): the text it prints at the head or foot of every
# page of its output, a running header's.
_SAS_TITLE = lazy_regex(
    r"[ \t]*(?i:title|footnote)(?:10|[1-9])?(?=[ \t]*[\"']|[ \t]+[A-Za-z])"
    r"(?:[^;\n]*;|[^\n]*\.[ \t]*$)")
_QUOTED = lazy_regex(r"(?P<q>[\"'])(?P<v>[^\"'\n]*)(?P=q)")


def _sas_title(index: int, line: str) -> Iterator[Hit]:
    """The marking a SAS TITLE or FOOTNOTE statement on ``line`` prints on every page; not
    one naming several levels (a report's title about them)."""
    statement = _SAS_TITLE.match(line, timeout=TIMEOUT)
    if statement is None or len({_tier_name(m.group()) for m in _ANY_TIER.finditer(
            line, 0, statement.end(), timeout=TIMEOUT)}) != 1:
        return
    texts = list(_QUOTED.finditer(line, 0, statement.end(), timeout=TIMEOUT))
    if not texts or line[texts[-1].end():statement.end()].strip() not in (";", "."):
        return  # a sentence that names a title, not the statement
    for text in texts:
        for part in _property_parts(line, text.start("v"), text.end("v")):
            yield Hit(index, part.start("v"), part.group("v"), "marking-banner")


# A database object's comment in SQL, where a schema records what a table holds: "COMMENT
# ON TABLE herds IS '<level>'", MySQL's table option "COMMENT='<level>'" after the closing
# bracket of its columns; not a column's.
_SQL_COMMENT = lazy_regex(
    r"(?i:[ \t]*comment[ \t]+on[ \t]+(?:table|view|materialized[ \t]+view|schema|database)"
    r"[ \t]+[^'\n]*?[ \t]is[ \t]+|[ \t]*\)[^'\n]*?(?<![\w])comment[ \t]*=[ \t]*)"
    r"'(?P<v>[^'\n]*)'")


def _sql_comment(index: int, line: str) -> Iterator[Hit]:
    """A marking that is a table's (or a schema's) whole comment on ``line``."""
    comment = _SQL_COMMENT.match(line, timeout=TIMEOUT)
    if comment is None:
        return
    banner = _BANNER.fullmatch(line, comment.start("v"), comment.end("v"), timeout=TIMEOUT)
    if banner is not None and not _at_play(banner.group("v"), line):
        yield Hit(index, banner.start("v"), banner.group("v"), "marking-field")


# A Python module's own metadata, beside ``__author__``: ``__classification__ = "<level>"``.
_DUNDER = lazy_regex(
    r"__(?:[a-z]+_)*(?:classification|marking)__[ \t]*(?::[ \t]*str[ \t]*)?=[ \t]*"
    r"(?P<q>[\"'])(?P<v>[^\"'\n]*)(?P=q)[ \t]*(?:#[^\n]*)?")


def _dunder(index: int, line: str) -> Iterator[Hit]:
    """The marking a module gives itself in its metadata on ``line``."""
    field = _DUNDER.fullmatch(line, timeout=TIMEOUT)
    banner = _BANNER.fullmatch(line, field.start("v"), field.end("v"), timeout=TIMEOUT) \
        if field is not None else None
    if banner is not None:
        yield Hit(index, banner.start("v"), banner.group("v"), "marking-field")


# A chat's line: its time (and date), then the speaker's name or nick, then the message
# ("[<date>, <time>] <name>: …", "<date> <time> <nick> …", a nick's brackets blanked as a
# tag's); or a transcript's speaker alone ("<name>: …"; a WebVTT voice tag reads so, its
# colon against the words).
_CLOCK = r"\d{1,2}:\d{2}"
_AM_PM = r"(?:[ ]?[AaPp][Mm])?"
_CHAT_NAME = r"[A-Z][\w.'-]*(?:[ ][A-Z][\w.'-]*){0,3}"  # up to four capitalised words
_CHAT_TIME = (rf"[ \t]*\[?(?:\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}},?[ \tT]+)?{_CLOCK}(?::\d{{2}})?"
              rf"{_AM_PM}\]?(?:[ \t]+-)?[ \t]+")
# A level's words as a chat message opens with them (a speaker's name never is one).
_LEVEL_OPENING = r"(?:UK[ ])?(?:OFFICIAL|SWYDDOGOL|TOP[ ]SECRET|SECRET)"
_SPEAKER = (rf"(?!{_LEVEL_OPENING}(?![a-z]))"
            # a log's level is no speaker: "<time> WARN: <level> - document blocked"
            r"(?!(?i:info|warn|warning|error|debug|trace|fatal|critical|notice)\b)"
            rf"{_CHAT_NAME}[ \t]*:")
_CHAT_LEAD = lazy_regex(rf"{_CHAT_TIME}(?:{_SPEAKER}[ \t]*)?|[ \t]*{_SPEAKER}[ \t]*")
# Or the message under its speaker's line: "<name>  09:14", "[09:14] <name>".
_CHAT_HEADER = lazy_regex(
    rf"[ \t]*(?:{_CHAT_NAME}[ \t]+\[?{_CLOCK}{_AM_PM}\]?"
    rf"|\[{_CLOCK}{_AM_PM}\][ \t]+{_CHAT_NAME})[ \t]*")
# (or with a request to treat it as marked: "please treat this as …", ``_TREATED``)
_MESSAGE_START = lazy_regex(
    rf"[*_\[(]*{_LEVEL_OPENING}|(?i:please[ ]|kindly[ ])?(?i:treat|handle)[ ]")


def _message(lines: _Lines, index: int, line: str) -> str | None:
    """A chat message that opens with a marking on line ``index``, its speaker and time
    blanked: the head of a message of its own; None for any other line."""
    lead = _CHAT_LEAD.match(line, timeout=TIMEOUT) if ":" in line else None
    if lead is not None and _MESSAGE_START.match(line, lead.end()) is not None:
        return " " * lead.end() + line[lead.end():]
    if index and _MESSAGE_START.match(line.lstrip(" \t")) is not None:
        above = lines.neighbour(index, -1)
        if 0 <= above < index and ":" in lines.lines[above] \
                and _CHAT_HEADER.fullmatch(lines.lines[above], timeout=TIMEOUT) is not None:
            return line
    return None


def _marks_a_message(value: str, rest: str) -> bool:
    """Whether a marking that opens a chat message marks it: OFFICIAL-SENSITIVE or a caveat,
    unless a verb then says what to do with the level ("OFFICIAL-SENSITIVE: add the
    banner"); a bare SECRET (an ordinary word in a chat) only with a handling instruction."""
    if _handled(rest):
        return True
    return value not in ("SECRET", "TOP SECRET") \
        and _ABOUT_THE_LEVEL.match(rest, timeout=TIMEOUT) is None


# What a message says about a level, not under it: "<level>: add the banner", "- means …".
_ABOUT_THE_LEVEL = lazy_regex(
    r"[ \t*_]*[-:\u2013\u2014]?[ \t*_]*(?:add|adds|use|uses|mark|marks|put|apply|applies"
    r"|check|see|means?|needs?|requires?|is|are|goes|go|gets?|can|cannot|can't|will|would"
    r"|should|covers?|includes?|stays?|remains?|only|same|as|like)(?![A-Za-z])")


# The words an element tells its reader instead of showing them: the name a screen reader
# reads out (``aria-label``), a tooltip (``title``), the words a page's component is given
# to show (``<govuk-tag text="…">``, ``<ClassificationBanner label="…">``). (A picture's
# alternative text is a banner's only at the page's edge: ``_pictured``; mid-page it is an
# example.) An element
# that shows nothing else (``<div class="banner" aria-label="OFFICIAL-SENSITIVE">``) says
# them as its text; its class names and other attributes say nothing.
_TOLD = lazy_regex(
    r"(?<![\w-])(?i:aria-label|aria-description|title|text|label)[ \t]*=[ \t]*"
    r"(?P<q>[\"'])(?P<v>[^\"'<>\n]*)(?P=q)")
_CONTROL = lazy_regex(
    r"[\w.:-]*?(?i:input|textarea|select|option|button|label|field|checkbox|radio"
    r"|combo|picker)")
_ATTRIBUTE = lazy_regex(r"[\w:.@-]+[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'<>=]+)|&#?\w+;")


def _told(line: str) -> str | None:
    """The line as its reader is told it, when an element on it shows nothing and tells a
    level in a label, tooltip or alternative text: the label's words at their columns."""
    for told in _TOLD.finditer(line, timeout=TIMEOUT):
        start, end = told.span("v")
        if _TIER_WORD.search(line, start, end) is None:
            continue
        tag = line.rfind("<", 0, start)
        if tag >= 0 and _CONTROL.match(line, tag + 1) is not None:
            continue  # a field's label names what is typed in it: a client's secret
        rest = _blank(_blank(line, _ATTRIBUTE), _TAG)
        if any(map(str.isalnum, rest)):
            return None  # it shows words of its own: the label is theirs
        return " " * start + line[start:end] + " " * (len(line) - end)
    return None


# The text a page template gives a component to show, as GOV.UK Frontend's macros take it
# (``govukPhaseBanner({ tag: { text: "OFFICIAL-SENSITIVE" } })``, ``titleText``, ``html``):
# the component's words on the page, as an element's text is.
_GIVEN_TEXT = lazy_regex(
    r"(?<![\w-])(?:text|html|titleText|titleHtml|headingText|headingHtml)"
    r"[ \t]*:[ \t]*(?P<q>[\"'])(?P<v>[^\"'\n]*)(?P=q)")


_CHOICE = lazy_regex(r"(?<![\w-])value[ \t]*:")


def _given(line: str) -> str | None:
    """The line as a page shows it, when a template gives a component a level to show:
    the given words at their columns, tags blanked."""
    for given in _GIVEN_TEXT.finditer(line, timeout=TIMEOUT):
        start, end = given.span("v")
        if _TIER_WORD.search(line, start, end) is None:
            continue
        shown = " " * start + line[start:end] + " " * (len(line) - end)
        return _blank(shown, _TAG) if "<" in shown else shown
    return None


# A LaTeX document's PDF properties, as hyperref sets them (``\\hypersetup{pdfsubject=…}``,
# its package options): its title, subject and keywords, as a PDF's own properties are.
_PDF_PROPERTY = lazy_regex(
    r"(?<![A-Za-z])pdf(?:title|subject|keywords)[ \t]*=[ \t]*"
    r"(?:\{(?P<v>[^{}\n]*)\}|(?P<v>[^,{}\]\n]*))")


def _pdf_properties(line: str) -> Iterator[regex.Match[str]]:
    """The markings among the PDF properties a LaTeX ``line`` sets with hyperref."""
    for found in _PDF_PROPERTY.finditer(line, timeout=TIMEOUT):
        yield from _property_parts(line, found.start("v"), found.end("v"))


# A picture alone on its line (Markdown's, or HTML's, perhaps inside a link or a centred
# paragraph), with its alternative text: what a reader who cannot see it is told it shows.
_PICTURE = lazy_regex(
    r"[ \t>]*(?:(?i:<(?!img\b)[a-z][^<>\n]*>)[ \t]*)*(?:\[[ \t]*)?"
    r"(?:!\[(?P<alt>[^\]\n]*)\]\([^()\n]*\)"
    r"|(?i:<img\b[^<>\n]*?\balt[ \t]*=[ \t]*)(?P<q>[\"'])(?P<alt>[^\"'<>\n]*)(?P=q)[^<>\n]*>)"
    r"(?:[ \t]*\]\([^()\n]*\))?(?:[ \t]*(?i:</[a-z][^<>\n]*>))*[ \t]*")


def _body_edge(lines: _Lines, index: int) -> bool:
    """Whether line ``index`` of a page is the first or last thing its body shows: only
    markup stands between it and ``<body>`` (or ``</body>``)."""
    def shown(i: int) -> bool:
        return any(map(str.isalnum, _MARKUP.sub("", lines.lines[i], timeout=TIMEOUT)))

    for step, edge in ((-1, "<body"), (1, "</body")):
        if edge in lines.lines[index].lower():
            return True  # "<body><img …>": nothing before it
        i = index + step
        while 0 <= i < len(lines.lines) and edge not in lines.lines[i].lower():
            if shown(i):
                break
            i += step
        else:
            if 0 <= i < len(lines.lines):
                return True
    return False


def _pictured(lines: _Lines, index: int, line: str) -> Hit | None:
    """A banner drawn as a picture at the top or foot of a document, its alternative text
    the marking: ``![OFFICIAL-SENSITIVE](banner.png)``, ``<img alt="SECRET" …>``."""
    picture = _PICTURE.fullmatch(line, timeout=TIMEOUT)
    if picture is None:
        return None
    start, end = picture.span("alt")
    banner = _banner(" " * start + line[start:end] + " " * (len(line) - end))
    if banner is None and "/badge/" in line and _TIER_WORD.search(line, start, end) is None:
        return _badge(lines, index, line)  # its words say nothing of a level: its address
    if banner is None or _at_play(banner.group("v"), line) or lines.in_list(index):
        return None
    return Hit(index, banner.start("v"), banner.group("v"), "marking-banner")


# A badge drawn from its URL (shields.io's ``/badge/<label>-<message>-<colour>``), where a
# dash is written ``--``, an underscore ``__`` and a space ``_``: a README's badge whose
# message is a marking, alone or under a classification label, marks the repository.
_BADGE = lazy_regex(
    r"/badge/(?:(?P<label>(?:[^-/?#)\s\"']|--)*)-)?(?P<msg>(?:[^-/?#)\s\"']|--)+)"
    r"-[A-Za-z0-9]+(?=[/?#)\s\"'.]|$)")


def _badge(lines: _Lines, index: int, line: str) -> Hit | None:
    found = _BADGE.search(line, timeout=TIMEOUT)
    if found is None or lines.in_list(index):
        return None

    def said(written: str) -> str:  # as the badge shows it, a character for a character
        return regex.sub(r"--|__|_|%20", lambda m: {"--": "-", "__": "_"}.get(m[0], " "),
                         written)

    label, message = said(found.group("label") or ""), said(found.group("msg"))
    shown = _banner(message) if not label.strip() \
        else next(_fields(f"{label}: {message}"), None)
    if shown is None or _at_play(shown.group("v"), message):
        return None
    return Hit(index, found.start("msg"), found.group("msg"), "marking-banner")


def _meta_content(lines: _Lines, index: int, line: str) -> list[Hit]:
    """A meta tag's content on a line of its own, its name on a line above, as a formatter
    lays out a long tag: ``<meta`` / ``name="protective-marking"`` / ``content="…"``."""
    for i in range(index - 1, max(index - _NEAR, -1), -1):
        above = lines.lines[i]
        if ">" in above:
            return []
        if "<meta" in above.lower():
            joined = " ".join(part.strip() for part in lines.lines[i:index]) + " "
            return [Hit(index, m.start("v") - len(joined), m.group("v"), "marking-field")
                    for m in _fields(joined + line) if m.start("v") >= len(joined)]
    return []


# A page's title, subject, keywords and description given in its head's meta tags (plain,
# Open Graph's, Twitter's, Dublin Core's, a citation's): the page's own properties.
_META_TAG = lazy_regex(r"(?i)<meta\b[^<>\n]*>")
_META_NAMED = lazy_regex(
    r"""(?i)\b(?:name|property|itemprop)[ \t]*=[ \t]*["']?(?:og:|twitter:|dc\.|dcterms\."""
    r"""|citation_)?(?:title|subject|keywords|description)["'\s/>]""")
_META_CONTENT = lazy_regex(r"""(?i)\bcontent[ \t]*=[ \t]*(?P<q>["'])(?P<v>[^"'<>\n]*)(?P=q)""")


def _meta_title(index: int, line: str) -> Iterator[Hit]:
    """The markings in a meta tag's content that titles or describes the page."""
    for tag in _META_TAG.finditer(line, timeout=TIMEOUT):
        content = _META_CONTENT.search(tag.group(), timeout=TIMEOUT)
        if content is None:
            continue
        if _META_NAMED.search(tag.group(), timeout=TIMEOUT) is None:
            # A property of the page's own naming ("security", "DC.rights") whose whole
            # value is the marking: nothing else is written so (a bare SECRET may name a
            # kind of value, as a document's custom property's may).
            own = _LEVEL.fullmatch(content.group("v").strip(), timeout=TIMEOUT)
            if own is not None and own.group() != "SECRET":
                at = tag.start() + content.start("v")
                at += content.group("v").find(own.group())
                yield Hit(index, at, own.group(), "marking-property")
            continue
        levels = {_tier_name(m.group()) for m in _ANY_TIER.finditer(content.group("v"))}
        if len(levels) == 1:  # several levels (or OFFICIAL) are a page's words about them
            at = tag.start() + content.start("v")
            for m in _property_parts(line, at, at + len(content.group("v"))):
                yield Hit(index, m.start("v"), m.group("v"), "marking-property")


_TITLE_OPEN = lazy_regex(r"(?i)<(?:\w+:)?title\b[^<>\n]*>")
_TITLE_CLOSE = lazy_regex(r"(?i)</(?:\w+:)?title\b")


def _in_title(lines: _Lines, index: int) -> bool:
    """Whether line ``index`` is the text of a title element opened on the lines above it,
    with only tags between: a Tableau sheet's ``<title><formatted-text><run>…``."""
    for i in range(index - 1, max(index - _NEAR, -1), -1):
        above = lines.lines[i]
        if _blank(above, _TAG).strip():
            return False
        if _TITLE_CLOSE.search(above, timeout=TIMEOUT) is not None:
            return False
        if _TITLE_OPEN.search(above, timeout=TIMEOUT) is not None:
            return True
    return False


# A Confluence macro's title, as the page shows it: a status lozenge's text, a panel's title;
# and any of a macro's parameters, which the page does not show as text.
_MACRO_TITLE = lazy_regex(
    r'<ac:parameter[ \t]+ac:name="title"[ \t]*>(?P<v>[^<>\n]*)</ac:parameter>')
_MACRO_PARAMETER = lazy_regex(
    r"<ac:parameter\b[^<>\n]*>[^<>\n]*</ac:parameter>|<!\[CDATA\[.*?\]\]>")


def _macro_titles(lines: _Lines, index: int, line: str) -> list[Hit]:
    """The markings a Confluence page's macros give as their titles at the page's head (or
    foot), where nothing but markup stands between them and its edge: the page's own
    marking, as a document's title or banner is. A lozenge further down (or in a table's
    last row) labels a row or a step."""
    def bare(text: str) -> bool:
        text = _MACRO_PARAMETER.sub("", text, timeout=TIMEOUT)
        return not any(map(str.isalnum, _MARKUP.sub("", text, timeout=TIMEOUT)))

    nb = lines.non_blank
    at = nb.index(index)
    found: list[Hit] = []
    for title in _MACRO_TITLE.finditer(line, timeout=TIMEOUT):
        head = bare(line[:title.start()]) and all(bare(lines.lines[i]) for i in nb[:at])
        # a lozenge in a table's last row labels that row, though only markup follows it
        foot = bare(line[title.end():]) and all(bare(lines.lines[i]) for i in nb[at + 1:]) \
            and _CELL.search(line, 0, title.start()) is None
        if head or foot:
            found.extend(Hit(index, m.start("v"), m.group("v"), "marking-property")
                         for m in _property_parts(line, title.start("v"), title.end("v")))
    return found


# A map's or a track's own name (KML's <Document> and <Folder>, GPX's <metadata>), which
# a viewer shows as its title; an element's name anywhere else names a setting or a thing.
_NAMED_BY = lazy_regex(r"(?i)<(?:kml:)?(?:Document|Folder|metadata)\b[^<>\n]*>[ \t]*$")
_NAME = lazy_regex(r"<name>(?P<v>[^<>\n]*)</name>")


def _document_name(lines: _Lines, index: int, line: str) -> Iterator[Hit]:
    found = _NAME.search(line, timeout=TIMEOUT)
    if found is None:
        return
    before = line[:found.start()]
    above = lines.neighbour(index, -1)
    if _NAMED_BY.search(before, timeout=TIMEOUT) is None and not (
            not before.strip() and 0 <= above < index
            and _NAMED_BY.search(lines.lines[above], timeout=TIMEOUT) is not None):
        return
    for part in _property_parts(line, found.start("v"), found.end("v")):
        yield Hit(index, part.start("v"), part.group("v"), "marking-property")


# An XML element that holds rich text, escaped or in CDATA: an issue's description in a
# Jira export, a placemark's description in KML.
_XML_BREAK = lazy_regex(r"(?i)(?:&lt;|<)(?:/(?:p|div|h[1-6])|br\b)")


def _xml_texts(index: int, line: str) -> Iterator[Hit]:
    """The markings at the head or foot of the rich text on an XML line, read as the page
    it shows: "<description>&lt;p&gt;OFFICIAL-SENSITIVE&lt;/p&gt;…", "<![CDATA[<p>SECRET…"."""
    import html

    if "<![CDATA[" in line:
        start = line.index("<![CDATA[") + len("<![CDATA[")
        end = line.find("]]>", start)
    else:  # from the element's opening tag, or the line's start, to the next tag
        first = line.index("&lt;")
        start = line.rfind(">", 0, first) + 1
        end = line.find("<", first)
    said = line[start:end if end >= 0 else len(line)]
    if _XML_BREAK.search(said, timeout=TIMEOUT) is None:
        return
    shown = html.unescape(said)
    candidates = _candidate_lines(shown)
    if not candidates:
        return
    for hit in read(shown, "html", candidates):
        at = line.find(hit.value, start)
        yield Hit(index, at if at >= 0 else start, hit.value, hit.detector)


# How far up or down an XML element's text (or CDATA section) is followed over lines.
_NODE_LINES = 200


def _xml_node(lines: _Lines, index: int) -> tuple[int, int, int, int, bool] | None:
    """The XML text that line ``index`` is part of, when it runs over more lines than this
    one: its first line and column, its last line and end column, and whether it is a CDATA
    section. None for a text on one line, or a line that is no element's text."""
    rows = lines.lines
    line = rows[index]
    opened, closed = line.find("<![CDATA["), line.find("]]>")
    if opened >= 0 or closed >= 0 or _open_cdata(rows, index):
        start = (index, opened + 9) if opened >= 0 else None
        end = (index, closed) if closed > opened else None
        if start is None:
            start = next(((i, rows[i].rfind("<![CDATA[") + 9)
                          for i in range(index - 1, max(index - _NODE_LINES, -1), -1)
                          if "<![CDATA[" in rows[i]), None)
        if end is None:
            end = next(((i, rows[i].find("]]>"))
                        for i in range(index + 1, min(index + _NODE_LINES, len(rows)))
                        if "]]>" in rows[i]), None)
        cdata = True
    else:
        at = line.find("&lt;")
        at = at if at >= 0 else len(line) - len(line.lstrip())
        if line[at:at + 1] == "<":
            return None  # a tag opens the line: its text is the tag's, on this line
        before, after = line.rfind(">", 0, at), line.find("<", at)
        start = (index, before + 1) if before >= 0 else next(
            ((i, rows[i].rfind(">") + 1)
             for i in range(index - 1, max(index - _NODE_LINES, -1), -1) if ">" in rows[i]),
            None)
        end = (index, after) if after >= 0 else next(
            ((i, rows[i].find("<"))
             for i in range(index + 1, min(index + _NODE_LINES, len(rows))) if "<" in rows[i]),
            None)
        cdata = False
    if start is None or end is None or start[0] == end[0]:
        return None
    return start[0], start[1], end[0], end[1], cdata


def _open_cdata(rows: list[str], index: int) -> bool:
    """Whether line ``index`` lies inside a CDATA section opened on a line above it."""
    for i in range(index - 1, max(index - _NODE_LINES, -1), -1):
        opened, closed = rows[i].rfind("<![CDATA["), rows[i].rfind("]]>")
        if opened >= 0 or closed >= 0:
            return opened > closed
    return False


def _node_texts(lines: _Lines, node: tuple[int, int, int, int, bool]) -> list[Hit]:
    """The markings at the head or foot of an XML element's text of several lines, read as
    the document it is: a Jira issue's description, escaped, whose last paragraph is
    "OFFICIAL-SENSITIVE". Rich text (escaped, or markup in CDATA) is read as the page it
    shows; plain text as prose, where a bare SECRET or a legacy word is a note's heading as
    often (``_json_texts``) and only a marking that is nothing else counts."""
    import html

    first, start, last, end, cdata = node
    if (first, start) in lines.nodes:
        return lines.nodes[(first, start)]
    parts = [lines.lines[i] for i in range(first, last + 1)]
    parts[-1] = parts[-1][:end]
    parts[0] = parts[0][start:]
    rich = any("&lt;" in part or (cdata and "<" in part) for part in parts)
    shown: list[str] = []
    origin: list[int] = []
    for at, part in enumerate(parts, first):
        said = part if cdata else html.unescape(part)
        if rich:
            said = _BLOCK_END.sub(lambda m: m.group() + "\n", said, timeout=TIMEOUT)
        for piece in said.split("\n"):
            shown.append(piece)
            origin.append(at)
    text = "\n".join(shown)
    found: list[Hit] = []
    if sum(1 for piece in shown if piece.strip()) > 1:
        candidates = _candidate_lines(text)
        for hit in read(text, "html" if rich else "prose", candidates) if candidates else ():
            if not rich and (hit.value in ("SECRET", "TOP SECRET")
                             or LEGACY_START.match(hit.value)):
                continue
            row = origin[hit.line]
            at = lines.lines[row].find(hit.value, start if row == first else 0)
            found.append(Hit(row, max(at, 0), hit.value, hit.detector))
    lines.nodes[(first, start)] = found
    return found


# An XML element's end, read as a table cell's: a name's element, then its value's.
_CLOSE = lazy_regex(r"</[^<>\n]*>")
_CDATA = lazy_regex(r"<!\[CDATA\[|\]\]>")


# An element opened on its own line whose name attribute names the key, its value the element
# under it: Azure DevOps' work item export (``<Field Name="Custom.Classification">`` over
# ``<Value>…</Value>``).
_NAMED_OPEN = lazy_regex(
    rf"""[ \t]*<[\w:.-]+[^<>\n]*?[ \t](?i:name|refname)[ \t]*=[ \t]*["'](?:[\w ]*\.)?{_KEY}["']"""
    r"""[^<>\n]*(?<!/)>[ \t]*""")


def _xml_pairs(lines: _Lines, index: int, line: str) -> Iterator[Hit]:
    """A classification in an XML element beside (or under, lines apart) the element that
    names the key, as an exported record keeps a field: Jira's ``<customfieldname>
    Classification</customfieldname>`` over its ``<customfieldvalue>OFFICIAL-SENSITIVE``."""
    def plain(text: str) -> str:
        text = _blank(text, _CDATA)
        closed = _CLOSE.sub(lambda m: "|" + " " * (len(m.group()) - 1), text,
                                     timeout=TIMEOUT)
        return _blank(closed, _TAG)

    content = plain(line)
    found = [Hit(index, m.start("v"), m.group("v"), "marking-field") for m in _fields(content)]
    if found:
        yield from found
        return
    above = lines.neighbour(index, -1)
    if (not 0 <= above < index or "</" not in lines.lines[above]
            or _KEY_CELL.fullmatch(plain(lines.lines[above]), timeout=TIMEOUT) is None) \
            and not (index and _NAMED_OPEN.fullmatch(lines.lines[index - 1], timeout=TIMEOUT)):
        return
    key = "classification|"
    for m in _fields(key + content):
        if m.start("v") >= len(key):
            yield Hit(index, m.start("v") - len(key), m.group("v"), "marking-field")


# A cloud resource's tag kept as a pair, its key's name and its value apart (CloudFormation's
# and AWS's ``Key: Classification`` then ``Value: …``, Azure's ``name`` and ``value``), on
# one line or on two.
_PAIR_KEY = lazy_regex(
    rf"""(?i:["']?(?:key|name|tag[_-]?key)["']?)[ \t]*[:=][ \t]*["']?(?P<k>{_KEY})["']?"""
    r"""(?=[ \t]*[,}]|[ \t]*$)""")
_PAIR_VALUE = lazy_regex(r"""(?i:["']?(?:value|tag[_-]?value)["']?)[ \t]*[:=][ \t]*""")


def _tag_pair(lines: _Lines, index: int, line: str) -> Iterator[Hit]:
    """A classification given as a tag's value, its key named beside it or a line apart."""
    value = _PAIR_VALUE.search(line, timeout=TIMEOUT)
    if value is None:
        return
    key = _PAIR_KEY.search(line, 0, value.start(), timeout=TIMEOUT)
    # its key on the line above; or below, when the value opens the pair ("- Value: …")
    at = index + (1 if line.lstrip(" \t")[:1] in ("-", "{") else -1)
    if key is None and 0 <= at < len(lines.lines) \
            and _PAIR_VALUE.search(lines.lines[at], timeout=TIMEOUT) is None:
        key = _PAIR_KEY.search(lines.lines[at], timeout=TIMEOUT)
    if key is None:
        return
    named = key.group("k") + ": "
    for m in _fields(named + line[value.end():]):
        found = m.group("v")
        if not (found.islower() and not found.startswith("official")):
            yield Hit(index, value.end() + m.start("v") - len(named), found, "marking-field")


# A Terraform variable named for the classification, and its default: the value its
# resources are tagged with (``variable "classification" {`` … ``default = "<level>"``).
_VARIABLE = lazy_regex(rf'[ \t]*variable[ \t]+"(?P<k>{_KEY})"[ \t]*\{{')
_DEFAULT = lazy_regex(r"[ \t]*default[ \t]*=[ \t]*")


def _variable_default(lines: _Lines, index: int, line: str) -> Iterator[Hit]:
    """A classification given as the default of the variable its block declares."""
    default = _DEFAULT.match(line, timeout=TIMEOUT)
    if default is None:
        return
    for i in range(index - 1, max(index - _NEAR - 3, -1), -1):
        above = lines.lines[i]
        if above[:1] == "}":
            return  # the block above closed: this default is another's
        declared = _VARIABLE.match(above, timeout=TIMEOUT) if "variable" in above else None
        if declared is not None:
            named = declared.group("k") + ": "
            for m in _fields(named + line[default.end():]):
                found = m.group("v")
                if not _commercial_level(found):
                    yield Hit(index, default.end() + m.start("v") - len(named), found,
                              "marking-field")
            return


# A Bicep parameter named for the classification, and its default value:
# ``param classification string = '<level>'``.
_PARAM = lazy_regex(rf"[ \t]*param[ \t]+(?P<k>{_KEY})[ \t]+\w+[ \t]*=[ \t]*")


def _bicep_param(index: int, line: str) -> Iterator[Hit]:
    """A classification given as the default of the parameter ``line`` declares."""
    param = _PARAM.match(line, timeout=TIMEOUT)
    if param is None:
        return
    named = param.group("k") + ": "
    for m in _fields(named + line[param.end():]):
        if not _commercial_level(m.group("v")):
            yield Hit(index, param.end() + m.start("v") - len(named), m.group("v"),
                      "marking-field")


# A JSON string that holds a text of its own: several lines (a chat message, an issue's
# description), or HTML's blocks (a Teams message's body).
_JSON_VALUE = lazy_regex(r'"[^"\\\n]*"[ \t]*:[ \t]*(?P<s>"(?:[^"\\\n]|\\.)*")')
_TEXT_BREAK = lazy_regex(r"\\n|(?i:</(?:p|div|h[1-6])>|<br\b)")


def _json_texts(index: int, line: str,
                values: regex.Pattern[str] = _JSON_VALUE) -> Iterator[Hit]:
    """The markings at the head or foot of the texts a JSON line's string values hold, each
    read as the document it is: a message exported from Slack or Teams whose first line is
    "OFFICIAL-SENSITIVE" is marked, as an email is. A bare SECRET or a legacy word there is
    a note's heading as often (an API's field described as "SECRET", then what it holds):
    only a marking that is nothing else (OFFICIAL-SENSITIVE, a caveat) counts."""
    for value in values.finditer(line, timeout=TIMEOUT):
        literal = value.group("s")
        if _TEXT_BREAK.search(literal, timeout=TIMEOUT) is None:
            continue  # one line: a label, a name, a setting
        decoded = _decode_json(literal)
        candidates = _candidate_lines(decoded) if decoded else []
        if decoded is None or not candidates:
            continue
        markup = "<" in decoded and _TAG.search(decoded) is not None
        for hit in read(decoded, "html" if markup else "prose", candidates):
            if hit.value in ("SECRET", "TOP SECRET") or LEGACY_START.match(hit.value):
                continue  # "SECRET\nThe client secret, write-only.": an API field's notes
            at = line.find(hit.value, value.start("s"), value.end("s"))
            yield Hit(index, at if at >= 0 else value.start("s"), hit.value, hit.detector)


# A chat message's text on one line, as Slack's and Teams' exports keep it: a record with a
# message's keys (Slack's "ts" and "type": "message", Graph's "messageType", "chatId").
_CHAT_EXPORT = lazy_regex(
    r'"(?:ts|thread_ts|messageType|chatId|createdDateTime)"[ \t]*:'
    r'|"type"[ \t]*:[ \t]*"message"')
_JSON_MESSAGE = lazy_regex(
    r'"(?:text|message|msg|body|content)"[ \t]*:[ \t]*(?P<s>"(?:[^"\\\n]|\\.)*")')


def _json_message(index: int, line: str) -> Iterator[Hit]:
    """A chat message on one line of JSON that opens with its marking, then words of its
    own ("OFFICIAL-SENSITIVE: the review's summary, do not forward"): marked as a message
    whose first line is its banner. The marking alone there is a component's label."""
    for value in _JSON_MESSAGE.finditer(line, timeout=TIMEOUT):
        decoded = _decode_json(value.group("s"))
        if not decoded or _MESSAGE_START.match(decoded) is None:
            continue
        banner = _banner(decoded)
        if banner is None and decoded[:1] in "PpKkTtHh":  # "please treat this as …"
            treated = _treated(0, decoded, comment=False, edge=True)
            at = line.find(treated.value, value.start("s"), value.end("s")) if treated else -1
            if treated is not None and at >= 0:
                yield Hit(index, at, treated.value, "marking-banner")
            continue
        if banner is None or banner.end("v") == len(decoded.rstrip(" \t.*_")) \
                or not _marks_a_message(banner.group("v"), decoded[banner.end("v"):]):
            continue
        at = line.find(banner.group("v"), value.start("s"), value.end("s"))
        yield Hit(index, at if at >= 0 else value.start("s"), banner.group("v"), "marking-banner")


# A YAML value quoted on its key's line, as a Notify template's body may be written: a text
# of its own when it holds several lines, as "\n" escapes in double quotes, or run on to the
# lines below with its quote left open (``body: 'OFFICIAL-SENSITIVE``, a blank line, the
# letter).
_YAML_QUOTED = lazy_regex(r'[ \t]*(?:-[ \t]+)?[\w.$/-]+[ \t]*:[ \t]+(?P<s>"(?:[^"\\\n]|\\.)*")')
_YAML_OPEN = lazy_regex(
    r"""[ \t]*(?:-[ \t]+)?[\w.$/-]+[ \t]*:[ \t]+(?:"(?P<v>(?:[^"\\\n]|\\.)*)|'(?P<v>[^'\n]*))""")


def _yaml_texts(index: int, line: str) -> Iterator[Hit]:
    """The marking at the head of a YAML value quoted on ``line`` that holds a text of
    several lines, read as a JSON string's is (``_json_texts``)."""
    opened = _YAML_OPEN.fullmatch(line, timeout=TIMEOUT)
    if opened is not None:  # the text's first line; the rest follow, up to the quote
        start, end = opened.span("v")
        body = line[start:end]
        if body[:2] == "^ ":
            start += 2  # GOV.UK Notify's inset text
        banner = _banner(" " * start + line[start:end])
        if banner is not None and banner.group("v") not in ("SECRET", "TOP SECRET") \
                and not LEGACY_START.match(banner.group("v")):
            yield Hit(index, banner.start("v"), banner.group("v"), "marking-banner")
    elif "\\n" in line:
        yield from _json_texts(index, line, _YAML_QUOTED)


# A YAML key whose value is a block scalar, its text on the lines below: "description: |".
_BLOCK_OPENER = lazy_regex(r"[^\n#]*[^\s#][ \t]*:[ \t]+[|>][-+]?[1-9]?[-+]?[ \t]*")


def _opens_block(line: str) -> bool:
    end = line.rstrip()[-3:]
    return ("|" in end or ">" in end) and _BLOCK_OPENER.fullmatch(
        line.rstrip(), timeout=TIMEOUT) is not None


# A table cell's end, read as a pipe table's: a key's cell, then its value's.
_CELL_END = lazy_regex(r"(?i)</(?:t[dh]|d[dt])[ \t]*>")  # a definition list's term too
_KEY_CELL = lazy_regex(rf"[ \t]*{_KEY}[ \t]*:?[ \t]*\|?[ \t]*")


def _cell_fields(lines: _Lines, index: int, line: str) -> list[Hit]:
    """A classification in an HTML table's cell beside (or under, a cell a line) the cell
    that names the key: a wiki page's properties table, "Classification | OFFICIAL-SENSITIVE".
    """
    def apart(text: str) -> str:
        cells = _CELL_END.sub(lambda m: "|" + " " * (len(m.group()) - 1), text,
                                       timeout=TIMEOUT)
        return _blank(cells, _TAG)

    content = apart(line)
    found = [Hit(index, m.start("v"), m.group("v"), "marking-field") for m in _fields(content)]
    above = lines.neighbour(index, -1)
    if found or not 0 <= above < index or ("<t" not in lines.lines[above].lower()
                                           and "<dt" not in lines.lines[above].lower()):
        return found
    if _KEY_CELL.fullmatch(apart(lines.lines[above]), timeout=TIMEOUT) is None:
        return found
    if "</tr" in lines.lines[above].lower() or "<tr" in line.lower() \
            or any("<tr" in between.lower() or "</tr" in between.lower()
                   for between in lines.lines[above + 1:index]):
        return found  # the cell under the key's, in the next row: a column of values
    key = "classification|"  # the cell above names the key: read the value as its field's
    return [Hit(index, m.start("v") - len(key), m.group("v"), "marking-field")
            for m in _fields(key + content) if m.start("v") >= len(key)]


# A game's data (quests, items, achievements, a player's save) names its records by what
# they are in play: a quest's "classification": "TOP SECRET", an achievement's "title"; so
# does a recipe book's (a "TOP SECRET" recipe).
# Keys only a game has, or two that a game's records share, make a file of play; a bare
# SECRET or TOP SECRET among its values is a word of play, not the file's marking.
_PLAY_KEY = lazy_regex(
    r"(?im)(?:^[ \t]*(?:-[ \t]+)?|[\"'{,][ \t]*)(?:(?P<game>xp|hp|mp|mana|loot|sprites?"
    r"|quests?|npcs?|respawn|boss(?:es)?|achievements?|inventory|spawns?|spawn[_-]?point"
    r"|level[_-]?up|power[_-]?ups?|high[_-]?scores?|enem(?:y|ies)|weapons?|hit[_-]?points"
    r"|players?|lives|cheats?|ingredients|recipes?|servings|prep[_-]?time|cook(?:ing)?[_-]?time)"
    r"|(?P<k>score|rewards?|coins|gold|gems|difficulty|armou?r"
    r"|attack|defen[cs]e|rarity))[\"']?[ \t]*:")


def _of_play(text: str) -> bool:
    """Whether a data file's keys make it a game's (``_PLAY_KEY``)."""
    shared: set[str] = set()
    for key in _PLAY_KEY.finditer(text, timeout=TIMEOUT):
        if key.group("game"):
            return True
        shared.add(key.group("k").lower())
        if len(shared) > 1:
            return True
    return False


def read(text: str, mode: Mode, candidates: list[int], vtt: bool = False,
         markdown: bool = False, whole: bool = True, running: bool = False,
         rst: bool = False, texts: bool = True, asciidoc: bool = False,
         own: bool = False, css: bool = False, jsx: bool = False,
         table: bool = False, pieces: bool = False, typst: bool = False,
         fixed_form: bool = False) -> list[Hit]:
    """The markings on the ``candidates`` lines of ``text``, read in ``mode``.

    ``whole`` says ``text`` is a whole document, not the lines read from one (``_one_line``);
    ``running``, that it is a document's header or footer, every line at a page's edge;
    ``texts``, that a data file's strings of several lines are texts of their own
    (``_json_texts``), not a catalogue's messages; ``own``, that it is a document's own
    properties, each one about the document, however many levels they name; ``css``,
    that it is a stylesheet; ``jsx``, that it is a component's code that writes its page's
    elements (JSX), not a test's or a story's; ``table``, that it is a CSV or TSV table;
    ``pieces``, that it is a notebook's code cell, whose source lines a one-line JSON list
    puts on one line, a gap apart; ``typst``, that it is a Typst document;
    ``fixed_form``, that it is Fortran in fixed form, a C or a * in column 1 its comment.
    """
    if vtt:
        # A WebVTT header or NOTE block may open on its own line: "NOTE OFFICIAL-SENSITIVE".
        text = _blank(text, _VTT_LEADER)
    lines = _Lines(text, mode, running)
    lines.texts = texts
    lines.own = own
    lines.fielded = rst or asciidoc
    if pieces:
        for i in candidates:
            lines.lines[i] = _first_piece(lines.lines[i])
    written = _make_plain(lines.lines, candidates)
    _unspaced(lines.lines, candidates, written)
    if mode in ("html", "prose"):
        for i in candidates:
            if lines.lines[i].lstrip(" \t")[:2] in _TEMPLATE_OPENERS:
                lines.lines[i] = _uncommented(lines.lines[i])
    if mode == "prose" and not markdown:
        for i in candidates:  # AsciiDoc's italics, and plain text's: "_OFFICIAL-SENSITIVE_"
            if "_" in lines.lines[i] and not rst:
                lines.lines[i] = _blank(lines.lines[i], _UNDERSCORES)
            if lines.lines[i][:1] in (".", "'"):  # a roff comment: a man page's own note
                lines.lines[i] = _blank(lines.lines[i], _ROFF_COMMENT)
            elif fixed_form and lines.lines[i][:1] in ("*", "C", "c") \
                    and lines.lines[i][1:2] in (" ", "\t"):
                lines.lines[i] = " " + lines.lines[i][1:]  # a comment line, not a list item
    if markdown or rst or asciidoc:
        # A marking in a code block is an example of one: "A header should read: …".
        # (Read before marks are blanked: a shortcode blanked is no code block's indent.)
        code = _code_blocks(lines.lines) if markdown else _literal_blocks(lines.lines) \
            if rst else _delimited_blocks(lines.lines)
        candidates = [i for i in candidates if i not in code]
    if markdown:
        for i in candidates:  # Obsidian's block ids, which a reader never sees
            if "{{" in lines.lines[i]:
                lines.lines[i] = _shortcodes(lines.lines[i]) \
                    if not _highlighted(lines.lines, i) else " " * len(lines.lines[i])
            ref = _BLOCK_ID.search(lines.lines[i]) if "^" in lines.lines[i] else None
            if ref is not None:
                lines.lines[i] = lines.lines[i][:ref.start()] + " " * len(ref.group())
            if ":" in lines.lines[i] or "!!!" in lines.lines[i] or "???" in lines.lines[i]:
                lines.lines[i] = _as_shown(lines.lines[i])
            if "_" in lines.lines[i]:  # _OFFICIAL-SENSITIVE_ shows the words in italics
                lines.lines[i] = _blank(lines.lines[i], _UNDERSCORES)
    if rst:  # ".. warning:: OFFICIAL-SENSITIVE": the box shows the words after the directive
        _unlabel(lines.lines, candidates, _RST_ADMONITION, ":: ")
    if asciidoc:  # "NOTE: OFFICIAL-SENSITIVE": the label is drawn as an icon
        _unlabel(lines.lines, candidates, _ADOC_LABEL, ": ")
    found = [hit for index in candidates for hit in _in_line(lines, index)]
    if table and not found:
        found = _classified_column(lines.lines, candidates)
    if typst:
        said = {hit.line for hit in found}
        found += [hit for index in candidates if index not in said
                  for hit in _typst_parts(lines.lines, index)]
    if jsx:
        said = {hit.line for hit in found}
        found += [hit for index in candidates if index not in said and "</" in lines.lines[index]
                  for hit in _element_text(lines, index)]
    if css or mode == "html":
        said = {hit.line for hit in found}
        found += _drawn(lines, [i for i in candidates if i not in said], text, css)
    if mode in ("prose", "html"):
        found += _wrapped(lines, candidates, found)
    if lines.mode == "structured" and own:
        # A document's own properties are about it, however many levels they name; but its
        # tabs (a workbook's sheets, listed among them) are records, a tab for each level.
        tabs = [h for h in found if h.detector == "marking-property"
                and lines.lines[h.line].startswith(("sheet title: ", "page title: "))]
        named = {_tier_name(h.value) for h in tabs}
        if len(named) > 1 or (named and _OFFICIAL_TITLE.search(text, timeout=TIMEOUT)):
            found = [h for h in found if h not in tabs]
    elif lines.mode == "structured":
        fields = {_tier_name(h.value) for h in found if h.detector == "marking-field"}
        if len(fields) > 1 or (fields and _OFFICIAL_FIELD.search(text, timeout=TIMEOUT)):
            # Records or rules naming several tiers (a data catalogue, a policy's settings):
            # data about markings, not a marked file.
            found = [h for h in found if h.detector != "marking-field"]
        titles = {_tier_name(h.value) for h in found if h.detector == "marking-property"}
        if len(titles) > 1 or (titles and _OFFICIAL_TITLE.search(text, timeout=TIMEOUT)):
            found = [h for h in found if h.detector != "marking-property"]  # records of levels
        if any(h.value in ("SECRET", "TOP SECRET") for h in found) and _of_play(text):
            found = [h for h in found if h.value not in ("SECRET", "TOP SECRET")
                     or h.detector not in ("marking-field", "marking-property")]
    if not found and whole and mode in ("prose", "html") and len(lines.lines) <= _SHORT \
            and len(lines.non_blank) == 1:
        found = _one_line(lines, lines.non_blank[0], markdown)
    if found and mode in ("prose", "html"):  # a document: a page, a slide, a section
        subjects = _subjects(lines, text)
        found = [hit for hit in found if hit.line not in subjects]
        if found and "=" in text and not (markdown or rst or asciidoc):
            compared = _compared(text)
            found = [hit for hit in found if _tier_name(hit.value) not in compared]
    if found and mode != "html":
        found = [hit for hit in found if not _titles_secrets(lines.lines, hit, markdown)]
    if found and any(LEGACY_START.match(hit.value) for hit in found):
        found = [hit for hit in found if not _vendors_notice(lines, hit)]
    if found and mode in ("prose", "structured"):
        found = [hit for hit in found if not (_heads_a_note(lines.lines, hit) if mode == "prose"
                                              else _keys_a_mapping(lines.lines, hit))]
    if found and mode == "structured":  # a data file's OS is an operating system's
        found = [hit for hit in found if hit.value not in ("OS", "O-S")]
    if written:
        found = _as_written(found, lines.lines, written)
    return found


# A comment that titles a config's section between rules ("# ===== SECRET =====") over the
# settings that hold its credentials: the section's name, as "# ===== DATABASE =====" is.
_SECTION_TITLE = lazy_regex(
    r"[ \t]*(?:#+|//|;+|--)[ \t]*(?P<r>[-=*#~])(?P=r){2,}[ \t]*SECRETS?[ \t]*(?P=r){3,}[ \t]*")
_CREDENTIAL_SETTING = lazy_regex(
    r"[ \t]*(?:export[ \t]+)?[\"']?[\w.-]*(?i:secret|password|passw|pwd|token|credential"
    r"|api[_-]?key|private[_-]?key)[\w.-]*[\"']?[ \t]*[:=]")
_SECTION_LINES = 3  # the settings looked at below the title (an INI section's header too)


# A heading that names a setting, as a page documenting a service's environment heads
# each variable's section ("### SECRET", "### `CLIENT_ID`").
_SETTING_HEADING = lazy_regex(
    r"[ \t]*(?P<h>#{1,6})[ \t]+(?P<q>`?)(?P<n>[A-Z][A-Z0-9_]*)(?P=q)[ \t]*")
_LEVEL_CONSTANT = ("OFFICIAL", "TOP_SECRET", "UK_", "NATO_")


def _titles_secrets(lines: list[str], hit: Hit, markdown: bool) -> bool:
    """Whether ``hit``, a bare SECRET, titles a section of credentials (``_SECTION_TITLE``),
    or a setting's section among others' (``_names_a_setting``)."""
    if hit.value != "SECRET":
        return False
    if markdown and lines[hit.line][:1] == "#" and _names_a_setting(lines, hit.line):
        return True
    if _SECTION_TITLE.fullmatch(lines[hit.line]) is None:
        return False
    below = [line for line in lines[hit.line + 1:hit.line + 1 + 2 * _SECTION_LINES]
             if line.strip()][:_SECTION_LINES]
    return any(_CREDENTIAL_SETTING.match(line) for line in below)


def _names_a_setting(lines: list[str], index: int) -> bool:
    """Whether line ``index`` heads a setting's section (``_SETTING_HEADING``): another
    heading of the same depth names a setting as code does (``CLIENT_ID``, ``PORT``)."""
    own = _SETTING_HEADING.fullmatch(lines[index])
    if own is None or own.group("n") != "SECRET":
        return False
    for line in lines:
        other = _SETTING_HEADING.fullmatch(line) if line[:1] == "#" else None
        if other is not None and other.group("h") == own.group("h") and (
                "_" in other.group("n") or other.group("q")) \
                and not other.group("n").startswith(_LEVEL_CONSTANT):
            return True
    return False


# A vendor's notice: a legacy word alone beside its copyright line ("CONFIDENTIAL", then
# "Copyright (c) <year> <company>. All rights reserved.") keeps a company's code in
# confidence; it is no government marking. Crown copyright is the government's own.
_VENDOR_NOTICE = lazy_regex(r"(?i)copyright|\u00a9|all[ ]rights[ ]reserved|proprietary")
_LEGACY_ALONE = lazy_regex(rf"{_LEGACY}")


def _vendors_notice(lines: _Lines, hit: Hit) -> bool:
    """Whether ``hit``, a legacy word alone on its line, sits beside a company's copyright."""
    if _LEGACY_ALONE.fullmatch(hit.value) is None \
            or lines.lines[hit.line].strip(" \t/#*;!=<>-") != hit.value:
        return False
    for step in (-1, 1):
        i = lines.neighbour(hit.line, step)
        if 0 <= i < len(lines.lines):
            line = lines.lines[i]
            if _VENDOR_NOTICE.search(line) is not None and "rown" not in line:
                return True
    return False


# What a note under a heading SECRET says about a secret value: the value ("the client
# secret", "Secrets are …"), or where such values are kept; under a legacy word, the same
# word as the note's own ("How we protect the API", "restricted to admins").
_SECRET_VALUE = lazy_regex(
    r"(?<![A-Za-z])(?:[Ss]ecrets?|passwords?|credentials?|tokens?|(?i:key[ ]?vault))(?![A-Za-z])")
_TOPIC_WORDS = {"PROTECT": "[Pp]rotect", "RESTRICTED": "[Rr]estrict",
                "CONFIDENTIAL": "[Cc]onfidential"}
_TOPIC = {word: lazy_regex(rf"(?<![A-Za-z]){stem}") for word, stem in _TOPIC_WORDS.items()}
# ("This document is restricted to …" states the document's own marking.)
_OWN_NOTE = lazy_regex(rf"(?i)(?<![A-Za-z])(?:this|these)[ ]{_DOCUMENT_NOUN}(?![A-Za-z])")
_RULE_LINE = lazy_regex(r"[ \t]*[-=~^*#_+`:.'\"]*[ \t]*")


def _next_text(lines: list[str], index: int) -> str | None:
    """The first line with words below line ``index`` (past blank lines and rules)."""
    for line in lines[index + 1:index + 1 + 2 * _SECTION_LINES]:
        if _RULE_LINE.fullmatch(line) is None:
            return line
    return None


def _heads_a_note(lines: list[str], hit: Hit) -> bool:
    """Whether ``hit``, a document's heading SECRET (or a legacy word) alone, heads a note
    about its topic ("# SECRET", then "The client secret lives in Key Vault."; "# PROTECT",
    then "How we protect the API"): a setting's or a feature's docs."""
    topic = _SECRET_VALUE if hit.value == "SECRET" else _TOPIC.get(hit.value)
    if topic is None or lines[hit.line].strip(" \t#*_=:") != hit.value:
        return False
    below = _next_text(lines, hit.line)
    return below is not None and topic.search(below, timeout=TIMEOUT) is not None \
        and not _handled(below) and _OWN_NOTE.search(below, timeout=TIMEOUT) is None


def _keys_a_mapping(lines: list[str], hit: Hit) -> bool:
    """Whether ``hit`` in a data file is a key over the settings indented under it
    ("SECRET:", then "  client_id: …"): config keyed by a word, not a banner."""
    line = lines[hit.line]
    if line.rstrip()[-1:] != ":" or line.strip(" \t\"':") != hit.value:
        return False
    below = _next_text(lines, hit.line)
    indent = len(line) - len(line.lstrip(" \t"))
    return below is not None and len(below) - len(below.lstrip(" \t")) > indent


# A Typst page's running parts and its watermark (``#set page(header: align(center)[…])``,
# ``background: rotate(…)[…]``), and a content block's text: what such a part shows.
_TYPST_PART = lazy_regex(r"(?<![\w-])(?:header|footer|background|foreground)[ \t]*:")
_TYPST_BLOCK = lazy_regex(r"\[(?P<t>[^\[\]\n]*)\]")


def _typst_parts(lines: list[str], index: int) -> Iterator[Hit]:
    """Banners in the content blocks on line ``index`` that belong to a Typst page's
    running part, named on that line before them or on a line above it is nested under."""
    line = lines[index]
    part = _TYPST_PART.search(line, timeout=TIMEOUT)
    at = part.end() if part is not None else -1
    indent = len(line) - len(line.lstrip(" \t"))
    for i in range(index - 1, max(index - _NEAR - 1, -1), -1):
        if at >= 0 or not indent:
            break
        own = len(lines[i]) - len(lines[i].lstrip(" \t"))
        if own < indent and lines[i].strip():  # the block (or call) it is nested in
            at = 0 if _TYPST_PART.search(lines[i], timeout=TIMEOUT) is not None else -1
            indent = own
    if at < 0:
        return
    for block in _TYPST_BLOCK.finditer(line, at, timeout=TIMEOUT):
        banner = _BANNER.fullmatch(line, block.start("t"), block.end("t"), timeout=TIMEOUT)
        if banner is not None and not _at_play(banner.group("v"), line):
            yield Hit(index, banner.start("v"), banner.group("v"), "marking-banner")


_JSON_DESCRIPTION = lazy_regex(
    r'[ \t]*"description"[ \t]*:[ \t]*"(?P<v>(?:[^"\\\n]|\\.)*)"[ \t]*,?[ \t]*')
# JSON's comments, written as keys: package.json's "//", JSON Schema's "$comment", a
# config's "_comment".
_JSON_COMMENT = lazy_regex(
    r'[ \t]*"(?://|\#|\$comment|_{1,2}comment|comment)"[ \t]*:[ \t]*'
    r'(?P<s>"(?:[^"\\\n]|\\.)*")[ \t]*,?[ \t]*')


def _in_top_object(lines: _Lines, index: int, edge: bool = True) -> bool:
    """Whether line ``index`` is a key of a JSON file's top object, a key a line: one of its
    first or last few, when ``edge``."""
    nb = lines.non_blank
    if len(nb) < 3 or lines.lines[nb[0]].strip() != "{" or (edge and index not in (
            *nb[1:_EDGE_LINES + 1], *nb[-_EDGE_LINES - 1:-1])):
        return False
    first = lines.lines[nb[1]]
    line = lines.lines[index]
    return len(line) - len(line.lstrip(" \t")) == len(first) - len(first.lstrip(" \t"))


# The gap between two source lines of a notebook's cell written as a one-line JSON list
# (``["# <level>\\n", "import …"]``): the newline, the quotes and the comma between them.
_PIECE_GAP = lazy_regex(r"(?<=\S)[ ]{4,}(?=\S)")


def _first_piece(line: str) -> str:
    """A notebook cell's comment (or docstring) that opens a line of its one-line source,
    without the source lines after it: a comment ends with its own line, not the cell's."""
    text = line.lstrip(" \t")
    if _COMMENT.match(text) is None and _DOCSTRING.match(text) is None:
        return line
    gap = _PIECE_GAP.search(line, len(line) - len(text), timeout=TIMEOUT)
    return line if gap is None else line[:gap.start()] + " " * (len(line) - gap.start())


# A table's header cell that names its rows' classification or security level (a tracker's
# export: "Security Level", ServiceNow's "u_classification").
_KEY_HEADER = lazy_regex(rf"[ \t]*(?:u_|x_[a-z0-9]+_)?{_KEY}[ \t]*")
_ROW_LEVEL = lazy_regex(rf"[ \t]*(?P<v>{_marking(_OS_UPPER, _OS_TITLE, _SECRET_UPPER)})[ \t]*")


def _cells(row: str, separator: str) -> list[tuple[int, str]]:
    """A CSV row's cells, each with the column where its text starts, quotes taken off."""
    cells: list[tuple[int, str]] = []
    at = 0
    while at <= len(row):
        if row[at:at + 1] == '"':
            end = at + 1
            while True:
                end = row.find('"', end)
                if end < 0 or row[end + 1:end + 2] != '"':
                    break
                end += 2
            end = len(row) if end < 0 else end
            cells.append((at + 1, row[at + 1:end].replace('""', '"')))
            at = row.find(separator, end)
        else:
            stop = row.find(separator, at)
            cells.append((at, row[at:] if stop < 0 else row[at:stop]))
            at = stop
        if at < 0:
            break
        at += 1
    return cells


def _classified_column(rows: list[str], candidates: list[int]) -> list[Hit]:
    """A table whose rows each give their classification in a column named for it (a
    tracker's issues exported at their security level): the first row's level marks the
    export, as a JSON record's classification field does, when every row gives the same
    level. A column of several levels (or of OFFICIAL) is a register of documents."""
    head = next((i for i, row in enumerate(rows) if row.strip()), None)
    if head is None or not candidates:
        return []
    separator = "\t" if "\t" in rows[head] else ";" if ";" in rows[head] \
        and "," not in rows[head] else ","
    column = next((k for k, (_, cell) in enumerate(_cells(rows[head], separator))
                   if _KEY_HEADER.fullmatch(cell.strip('"')) is not None), None)
    if column is None:
        return []
    first: Hit | None = None
    for i in range(head + 1, len(rows)):
        if not rows[i].strip():
            continue
        cells = _cells(rows[i], separator)
        if column >= len(cells) or not cells[column][1].strip():
            continue
        at, cell = cells[column]
        level = _ROW_LEVEL.fullmatch(cell)
        if level is None or (first is not None
                             and _tier_name(level.group("v")) != _tier_name(first.value)):
            return []  # another value, or another level: a register
        if first is None:
            first = Hit(i, at + level.start("v"), level.group("v"), "marking-field")
    return [first] if first is not None else []


# An element a component writes with its text on one line (JSX's
# ``<div className="banner">OFFICIAL-SENSITIVE</div>``): the words the page shows.
_ELEMENT = lazy_regex(
    r"[ \t]*<(?P<tag>[A-Za-z][\w.]*)\b[^<>{}\n]*>(?P<v>[^<>{}\n]+)</(?P=tag)>[ \t]*")


def _element_text(lines: _Lines, index: int) -> list[Hit]:
    """A banner a component's element shows, alone on its line: not an item of a list or
    a cell of a table (``_in_text``'s rules for markup)."""
    line = lines.lines[index]
    element = _ELEMENT.fullmatch(line, timeout=TIMEOUT)
    if element is None:
        return []
    start, end = element.span("v")
    banner = _banner(" " * start + line[start:end] + " " * (len(line) - end))
    if banner is None or _ITEM_TAG.search(line) is not None \
            or lines.in_row(index, line) or lines.in_list(index) \
            or _at_play(banner.group("v"), line):
        return []
    return [Hit(index, banner.start("v"), banner.group("v"), "marking-banner")]


# Words a stylesheet draws on the page (``.banner::before { content: "OFFICIAL-SENSITIVE"; }``):
# a banner the page shows, as an element's text is. A stylesheet that draws several levels
# (a banner component's, a level for each class) draws none of them as its own.
_CONTENT = lazy_regex(r"(?<![\w-])content[ \t]*:[ \t]*(?P<q>[\"'])(?P<v>[^\"'\\\n]*)(?P=q)")


_SELECTED = lazy_regex(
    r"\[[ \t]*[\w:-]+[ \t]*[~|^$*]?=[ \t]*(?P<q>[\"']?)(?P<v>[^\"'\]\n]*)(?P=q)"
    r"(?:[ \t]+[iIsS])?[ \t]*\]")


def _drawn(lines: _Lines, candidates: list[int], text: str, css: bool) -> list[Hit]:
    """The banners a stylesheet (``css``) or a page's style draws with ``content``."""
    drawn = []
    for index in candidates:
        line = lines.lines[index]
        if "content" not in line:
            continue
        for found in _CONTENT.finditer(line, timeout=TIMEOUT):
            start, end = found.span("v")
            banner = _banner(" " * start + line[start:end])
            if banner is not None and not _at_play(banner.group("v"), line):
                drawn.append(Hit(index, banner.start("v"), banner.group("v"), "marking-banner"))
    if drawn:
        levels = {_tier_name(m.group("v")) for m in _CONTENT.finditer(text)
                  if _TIER_WORD.search(m.group("v")) is not None}
        if len(levels) > 1:
            return []
        # drawn only on an element whose attribute says it is that level: code about
        # markings, as a template's comparison is (``_compared``)
        selected = {_tier_name(m.group("v")) for m in _SELECTED.finditer(text)}
        # or, in a stylesheet, on one whose class's modifier names it
        # (".govuk-tag--official-sensitive"): a variant of a component, one of its levels (a
        # page that writes the element shows it)
        if css and "--" in text:
            selected |= {_tier_name(m.group("v")) for m in _MODIFIER.finditer(text)}
        drawn = [hit for hit in drawn if _tier_name(hit.value) not in selected]
    return drawn


_MODIFIER = lazy_regex(
    r"[\w&-]--(?P<v>(?i:official[-_]?sensitive|top[-_]?secret|secret))(?![\w-])")


# A page template that compares a value with a marking ({% if doc.marking ==
# "OFFICIAL-SENSITIVE" %}, v-if="level === 'SECRET'") shows that marking's banner when
# the value is so: it is code about markings, and its banner is not the template's own.
_COMPARED_LEVEL = rf"(?P<t>{_OS_UPPER}|{_OS_TITLE}|{_SECRET_UPPER}|{_LEGACY})"
_COMPARED = lazy_regex(
    rf"(?:[=!]==?|(?<![A-Za-z])(?:eq|ne)(?![A-Za-z]))[ \t]*[\"']{_COMPARED_LEVEL}[\"']"
    rf"|[\"']{_COMPARED_LEVEL}[\"'][ \t]*[=!]==?")
# Where a template's logic is written: its tags, and the attributes frameworks read.
_TEMPLATE_LOGIC = ("{%", "{{", "<%", "v-if", "v-show", "ngIf", "th:if", "@if")


def _compared(text: str) -> set[str]:
    """The levels a page template's logic compares values with (``_COMPARED``)."""
    said: set[str] = set()
    for found in _COMPARED.finditer(text, timeout=TIMEOUT):
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        line = text[start:end if end >= 0 else len(text)]
        if any(mark in line for mark in _TEMPLATE_LOGIC):
            said.add(_tier_name(found.group("t")))
    return said


# What Markdown shows in place of its marks: an emoji's shortcode (":lock:") is a picture,
# not words; an admonition's opening line (MkDocs' ``!!! warning "…"``, ``??? note "…"``)
# shows its title alone, as a box's heading.
_SHORTCODE = lazy_regex(r"(?<![^\s>*_|(\[]):[a-z0-9_+-]{2,40}:(?![^\s*_|)\].,;!])")
_ADMONITION = lazy_regex(
    r'(?P<lead>[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z-]+(?:[ \t]+[A-Za-z-]+)*'
    r'[ \t]+")(?P<title>[^"\n]*)(?P<end>"[ \t]*)$')


def _as_shown(line: str) -> str:
    """``line`` with what Markdown shows as no words blanked (``_SHORTCODE``,
    ``_ADMONITION``), each character kept in its column."""
    box = _ADMONITION.match(line, timeout=TIMEOUT) if "!!!" in line or "???" in line \
        else None
    if box is not None:
        line = " " * box.end("lead") + box.group("title") + " " * len(box.group("end"))
    if ":" in line:
        line = _SHORTCODE.sub(lambda m: " " * len(m.group()), line, timeout=TIMEOUT)
    return line


# A page template's own comment, which its page never shows (ERB's and EJS's ``<%# … %>``,
# JSP's ``<%-- … --%>``, Razor's ``@* … *@``, Jinja's ``{# … #}``, Handlebars' ``{{!-- … --}}``):
# its words are read as an HTML comment's are, where a template's head notes its marking.
_TEMPLATE_OPENERS = ("<%", "@*", "{#", "{{")
_TEMPLATE_COMMENT = lazy_regex(
    r"(?P<open>[ \t]*(?:<%#|<%--|@\*|\{#-?|\{\{!(?:--)?))(?P<body>[^\n]*?)"
    r"(?P<close>(?:--%>|%>|\*@|-?#\}|(?:--)?\}\})?[ \t]*)")


def _uncommented(line: str) -> str:
    """``line`` with a template comment's marks blanked, each character kept in its column."""
    found = _TEMPLATE_COMMENT.fullmatch(line, timeout=TIMEOUT)
    if found is None:
        return line
    return " " * found.end("open") + found.group("body") + " " * len(found.group("close"))


# A Hugo shortcode's tag (``{{< name args >}}``, ``{{% name args %}}``, and its closing
# tag): the page shows what it renders, not the tag. One named for the page's marking or
# banner shows its first quoted argument (``{{< classification "…" >}}``); a tag with no
# quoted argument shows nothing of its own (``{{% notice warning %}}``).
_SHORTCODE_TAG = lazy_regex(
    r"\{\{[<%][ \t]*/?(?P<name>[\w./-]+)(?P<args>[^\n]*?)[ \t]*[>%]\}\}")
_SHOWS_MARKING = lazy_regex(r"(?i)classification|marking|banner|security|sensitivity")


def _shortcodes(line: str) -> str:
    """``line`` as a Hugo page shows it (``_SHORTCODE_TAG``), each character in its column."""
    def shown(tag: regex.Match[str]) -> str:
        quoted = _QUOTED.search(tag.group("args")) if '"' in tag.group("args") else None
        if quoted is None:
            return tag.group() if "=" in tag.group("args") else " " * len(tag.group())
        if _SHOWS_MARKING.search(tag.group("name")) is None:
            return tag.group()
        at = tag.start("args") - tag.start() + quoted.start("v")
        text = quoted.group("v")
        return " " * at + text + " " * (len(tag.group()) - at - len(text))
    return _SHORTCODE_TAG.sub(shown, line, timeout=TIMEOUT)


# A Hugo site's code block written as a shortcode: what it holds is an example.
_HIGHLIGHT = lazy_regex(r"[ \t]*\{\{[<%][ \t]*(?P<close>/)?[ \t]*(?:highlight|code)\b")
_HIGHLIGHT_LINES = 40  # how far up a code block's opening is looked for


def _highlighted(lines: list[str], index: int) -> bool:
    """Whether line ``index`` is inside a Hugo page's ``{{< highlight >}}`` block."""
    for i in range(index - 1, max(index - _HIGHLIGHT_LINES, -1), -1):
        if lines[i][:1] in ("{", " ", "\t") and "{{" in lines[i]:
            block = _HIGHLIGHT.match(lines[i])
            if block is not None:
                return block.group("close") is None
    return False


# Markdown's emphasis by underscores around words in capitals: "_SECRET_", "__TOP SECRET__".
_UNDERSCORES = lazy_regex(r"(?<![A-Za-z0-9_])_{1,2}(?=[A-Z])|(?<=[A-Z\])])_{1,2}(?![A-Za-z0-9_])")


# A block's id at the end of its line in Obsidian's Markdown ("OFFICIAL-SENSITIVE ^k2Lr8"),
# as its Excalidraw plugin writes a drawing's text elements: hidden when the note is read.
_BLOCK_ID = lazy_regex(r"[ \t]\^[A-Za-z0-9-]{1,64}[ \t]*$")
# The level words, OFFICIAL and UNCLASSIFIED among them: a text that names levels alone on
# their lines holds some of these.
_LEVEL_WORD = (rb"OFFICIAL|SWYDDOGOL|SECRET|RESTRICTED|CONFIDENTIAL|PROTECT|UNCLASSIFIED|PUBLIC"
               rb"|INTERNAL")
# How many levels a text explains, each under its own name, to explain the scheme.
_SCHEME_LEVELS = 3


def _subjects(lines: _Lines, text: str) -> set[int]:
    """The lines that name a level as the title of its explanation, in a text that explains
    three or more levels so (training material about the scheme, one level a section or a
    slide), or OFFICIAL and OFFICIAL-SENSITIVE (the two a team handles): there a level is a
    subject, not a banner. Empty for any other text.

    A title stands alone on its line, in no list. A level on two or more such lines is a
    running header or footer, which marks the text even when it explains the scheme.
    """
    titled: dict[str, list[int]] = {}
    for index in re2scan.lines_with(_LEVEL_WORD, text.encode("utf-8", "surrogatepass")):
        if _LIST_ITEM.match(lines.lines[index]):
            continue
        level = lines.tier_line(index)
        if level is not None and not lines.in_list(index):
            titled.setdefault(level, []).append(index)
    if len(titled) >= _SCHEME_LEVELS:
        return _explained(lines, titled)
    if set(titled) == {"OFFICIAL", "OFFICIAL SENSITIVE"}:
        # The two levels a team handles, each explained: OFFICIAL-SENSITIVE is a subject,
        # explained after OFFICIAL, whose subset it is. Named before it, at the text's head,
        # it is the text's own marking.
        own = titled["OFFICIAL SENSITIVE"][0]
        if own < titled["OFFICIAL"][0] and _at_head(lines, own):
            return set()
        return _explained(lines, titled) - set(titled["OFFICIAL"])
    if len(titled) == 2 and all(len(at) == 1 for at in titled.values()):
        # Two levels, each the heading of its own section, alike: a guide's sections.
        pair = sorted(at[0] for at in titled.values())
        if _section_heading(lines, pair[0]) == _section_heading(lines, pair[1]) != "":
            return set(pair)
    return set()


# A heading's markup before its title: Markdown's hashes, AsciiDoc's equals signs.
_HEADING_MARK = lazy_regex(r"[ \t]*(?:#{1,6}|={1,6})(?=[ \t])")


def _section_heading(lines: _Lines, index: int) -> str:
    """The heading markup of line ``index`` when it heads a section: text (not another
    heading) follows it within a few lines. Empty otherwise."""
    mark = _HEADING_MARK.match(lines.lines[index])
    if mark is None:
        return ""
    below = [line for line in lines.lines[index + 1:index + 1 + 2 * _EDGE_LINES]
             if line.strip()][:1]
    if not below or _HEADING_MARK.match(below[0]) is not None:
        return ""
    return mark.group().strip()


# Each level's place in the scheme, the 2014 one's and its predecessor's together, low to high.
_RANK = {"UNCLASSIFIED": 0, "PUBLIC": 0, "INTERNAL": 1, "PROTECT": 1, "OFFICIAL": 1,
         "RESTRICTED": 2, "OFFICIAL SENSITIVE": 2, "CONFIDENTIAL": 3, "SECRET": 4,
         "TOP SECRET": 5}


def _explained(lines: _Lines, titled: dict[str, list[int]]) -> set[int]:
    """The lines of ``titled`` (each level's title lines) that title an explanation.

    An explanation goes through the levels in order, up the scheme or down it. A level
    titled once, at the text's head (or foot), that breaks that order is the text's own
    marking, as a policy marked OFFICIAL-SENSITIVE at its top then explaining OFFICIAL,
    SECRET and TOP SECRET is marked: the explanation does not hide it. (A level titled on
    two or more lines marks the text as a running header does, and is no subject either.)
    """
    subjects = {at[0] for at in titled.values() if len(at) == 1}
    named = sorted((i, level) for level, at in titled.items() for i in at)
    order = [_RANK.get(level.removeprefix("UK ").removeprefix("NATO "), 1) for _, level in named]
    if _in_order(order):
        return subjects
    first, last = named[0][0], named[-1][0]
    if first in subjects and _at_head(lines, first) and _in_order(order[1:]):
        subjects.discard(first)
    elif last in subjects and last in lines.non_blank[-_EDGE_LINES:] and _in_order(order[:-1]):
        subjects.discard(last)
    return subjects


def _at_head(lines: _Lines, index: int) -> bool:
    """Among a text's first few lines (after its front matter), where its banner sits."""
    return index in lines.non_blank[:_EDGE_LINES] or index in lines.body[:_EDGE_LINES]


def _in_order(ranks: list[int]) -> bool:
    """Whether ``ranks`` go one way only, up or down (a level may repeat)."""
    pairs = list(pairwise(ranks))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def explains_the_scheme(text: str) -> bool:
    """Whether ``text`` (a document's pages or slides, read together) explains the levels,
    each under its own name (``_subjects``)."""
    return bool(_subjects(_Lines(text, "prose"), text))


# A document saved on one line (minified HTML, a notebook written without indentation)
# still has lines: where its blocks end, and (in Markdown) the runs of spaces the notebook
# extractor leaves where a cell's list of JSON strings broke them.
_SHORT = 4
_BLOCK_END = lazy_regex(
    r"(?i)</(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|section|article|header"
    r"|footer|main|nav|aside|blockquote|pre|head|title|form|select|option|figure|figcaption"
    r"|caption|center|body)[ \t]*>|<(?:br|hr)\b[^<>\n]*>")
_GAP = lazy_regex(r"[ \t]{3,}")


def _one_line(lines: _Lines, index: int, markdown: bool) -> list[Hit]:
    """The markings at the top or foot of a document written on line ``index`` alone, read
    as the lines it stands for."""
    def broken(m: regex.Match[str]) -> str:
        return "\n" + " " * (len(m.group()) - 1)

    written = lines.lines[index]
    text = _BLOCK_END.sub(broken, written, timeout=TIMEOUT)
    if markdown:
        text = _GAP.sub(broken, text, timeout=TIMEOUT)
    if "\n" not in text:
        return []
    parts = text.split("\n")
    starts = [0]
    for part in parts[:-1]:
        starts.append(starts[-1] + len(part) + 1)
    non_blank = [i for i, part in enumerate(parts) if part.strip()]
    edge = set(non_blank[:_EDGE_LINES] + non_blank[-_EDGE_LINES:])
    return [replace(hit, line=index, start=starts[hit.line] + hit.start)
            for hit in read(text, lines.mode, _candidate_lines(text), whole=False)
            if hit.line in edge]


def _make_plain(lines: list[str], candidates: list[int]) -> dict[int, str]:
    """Make the ``candidates`` lines plain (``_plain``) in place; the lines as written."""
    written = {}
    for i in candidates:
        plain = _plain(lines[i])
        if plain is not lines[i]:
            written[i] = lines[i]
            lines[i] = plain
    return written


# A banner wrapped at its hyphen, as a narrow header box or a PDF's text sets it:
# "OFFICIAL-" alone on a line, "SENSITIVE" opening the next.
_WRAPPED_HEAD = lazy_regex(rf"[ \t*_#>|]*(?P<v>(?:UK[ ])?OFFICIAL[ ]?{_DASH})[ \t*_]*")


def _wrapped(lines: _Lines, candidates: list[int], found: list[Hit]) -> list[Hit]:
    """The banners wrapped at their hyphen (``_WRAPPED_HEAD``) whose second line is among
    ``candidates``, read as one line: the hit on the first line, its value the marking."""
    read = {hit.line for hit in found}
    out = []
    for i in candidates:
        line = lines.lines[i]
        if not i or i in read or i - 1 in read or "SENSITIVE" not in line[:40] \
                or "OFFICIAL" not in lines.lines[i - 1]:
            continue
        head = _WRAPPED_HEAD.fullmatch(lines.lines[i - 1], timeout=TIMEOUT)
        rest = line.lstrip(" \t*_")
        if head is None or not rest.startswith("SENSITIVE"):
            continue
        banner = _banner(head.group("v") + rest)
        if banner is not None and banner.start("v") == 0:
            value = head.group("v") + banner.group("v")[len(head.group("v")):]
            out.append(Hit(i - 1, head.start("v"), value, "marking-banner"))
    return out


# Capitals a space apart, words two spaces or a dash apart: a banner styled letter-spaced
# ("O F F I C I A L - S E N S I T I V E"). Squeezed, such a line is read as any banner is.
_SPACED = lazy_regex(
    r"(?<![A-Za-z0-9])[A-Z](?: [A-Z])+(?:(?: {2,4}| {0,2}-+ {0,2})[A-Z](?: [A-Z])+)+"
    r"(?![A-Za-z0-9])|(?<![A-Za-z0-9])S E C R E T(?![A-Za-z0-9])")
_SPACED_JOIN = lazy_regex(r" {2,4}| {0,2}-+ {0,2}")


def _unspaced(lines: list[str], candidates: list[int], written: dict[int, str]) -> None:
    """Squeeze the letter-spaced words of the ``candidates`` lines in place, each at the
    column where it starts (``_SPACED``); a hit's value there is the word squeezed, not the
    line as ``written``."""
    for i in candidates:
        line = lines[i]
        if " E " not in line:
            continue
        parts = []
        at = 0
        for m in _SPACED.finditer(line, timeout=TIMEOUT):
            words = _SPACED_JOIN.sub(
                lambda j: "-" if "-" in j.group() else "_", m.group())
            squeezed = words.replace(" ", "").replace("_", " ")
            parts += [line[at:m.start()], squeezed.ljust(len(m.group()))]
            at = m.end()
        if parts:
            lines[i] = "".join(parts) + line[at:]
            written.pop(i, None)


def _as_written(found: list[Hit], read: list[str], written: dict[int, str]) -> list[Hit]:
    """Each hit's value as the file writes it, odd spaces and all: plain text was read."""
    out = []
    for hit in found:
        end = hit.start + len(hit.value)
        if hit.line in written and read[hit.line][hit.start:end] == hit.value:
            hit = replace(hit, value=written[hit.line][hit.start:end])
        out.append(hit)
    return out


# A classification field that holds OFFICIAL itself, or another unmarked level.
_OFFICIAL_FIELD = lazy_regex(
    rf"(?m){_KEY}[*_\"']*[ \t]*[:=][ \t]*[\"']?(?:OFFICIAL|UNCLASSIFIED|PUBLIC|Official)"
    r"[\"']?[ \t]*(?:[,}\]]|$)")
# A title (or subject …) that is OFFICIAL itself, or another unmarked level.
_OFFICIAL_TITLE = lazy_regex(
    r"(?m)(?<![A-Za-z0-9_])[\"']?(?:title|subject|category|keywords|(?<=XMP[ ])(?i:title|subject"
    r"|keywords))[\"']?[ \t]*:[ \t]*[\"']?"
    r"(?:OFFICIAL|UNCLASSIFIED|PUBLIC)[\"']?[ \t]*(?:[,}\]]|$)")
_FENCE = lazy_regex(r"[ \t]{0,3}(```|~~~)")


def _code_blocks(lines: list[str]) -> set[int]:
    """Markdown's code blocks: fenced, or indented four spaces after a blank line."""
    code: set[int] = set()
    fence: str | None = None
    indented = False
    for i, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence is not None:
            code.add(i)
            if opening is not None and opening.group(1) == fence:
                fence = None
            continue
        if opening is not None:
            fence = opening.group(1)
            code.add(i)
            continue
        if not line.strip():
            continue
        indented = line.startswith(("    ", "\t")) and (indented or not lines[i - 1].strip()
                                                       if i > 0 else False)
        if indented:
            code.add(i)
    return code


def _literal_blocks(lines: list[str]) -> set[int]:
    """reStructuredText's literal blocks: the lines indented under a paragraph that ends
    with "::", or under a code directive (``.. code-block:: rst``). Another directive's
    content (``.. note::``) is the document's text."""
    code: set[int] = set()
    opened: int | None = None  # the indent of the line that opened a block
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if opened is not None and indent > opened:
            code.add(i)
            continue
        opened = None
        stripped = line.rstrip()
        directive = stripped.lstrip(" \t").startswith("..")
        if (stripped.endswith("::") and not directive) or _RST_CODE.match(stripped):
            opened = indent
    return code


def _unlabel(lines: list[str], candidates: list[int], label: regex.Pattern[str],
             gate: str) -> None:
    """Blank the admonitions' labels on the ``candidates`` lines, so the words their boxes
    show are read as the page's; unless the boxes name different levels, a guide's notes
    about each."""
    labelled: dict[int, int] = {}
    for i in candidates:
        found = label.match(lines[i]) if gate in lines[i] else None
        if found is not None:
            labelled[i] = found.end()
    named = {_tier_name(m.group()) for i, end in labelled.items()
             for m in _ANY_TIER.finditer(lines[i], end, timeout=TIMEOUT)}
    if len(named) > 1:
        return
    for i, end in labelled.items():
        lines[i] = " " * end + lines[i][end:]


# AsciiDoc's listing and literal blocks, and its fenced code, between delimiter lines.
# An AsciiDoc admonition paragraph's label, which the page shows as an icon, not words.
_ADOC_LABEL = lazy_regex(r"(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
_ADOC_DELIMITER = lazy_regex(r"(?:-{4,}|\.{4,}|```)[ \t]*")


def _delimited_blocks(lines: list[str]) -> set[int]:
    """AsciiDoc's listing (``----``) and literal (``....``) blocks and fenced code: the
    lines between a delimiter and the same delimiter again, delimiters included."""
    code: set[int] = set()
    opened: str | None = None
    for i, line in enumerate(lines):
        delimiter = line.rstrip() if _ADOC_DELIMITER.fullmatch(line) else None
        if opened is not None:
            code.add(i)
            if delimiter == opened:
                opened = None
        elif delimiter is not None:
            opened = delimiter
            code.add(i)
    return code


_RST_CODE = lazy_regex(r"[ \t]*\.\.[ \t]+(?:code-block|code|sourcecode|literalinclude)::")
# A reStructuredText admonition's directive, before the text its box shows.
_RST_ADMONITION = lazy_regex(
    r"[ \t]*\.\.[ \t]+(?:attention|caution|danger|error|hint|important|note|tip|warning)::[ \t]+")


def _tier_name(marking: str) -> str:
    upper = regex.sub(r"[^A-Z]+", " ", marking.upper()).replace("SWYDDOGOL", "OFFICIAL") \
        .replace("OFFICIAL SENSITIF", "OFFICIAL SENSITIVE")  # the Welsh labels' words
    if upper.strip() in ("OFFSEN", "OS", "O S"):
        return "OFFICIAL SENSITIVE"  # its abbreviation and its initials
    for name in ("TOP SECRET", "SECRET", "OFFICIAL SENSITIVE", "RESTRICTED", "CONFIDENTIAL",
                 "PROTECT"):
        if name in upper:
            return name
    return upper
