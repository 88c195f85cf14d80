//! What the keys do, as help and hints say it.

use super::taal::Text;

/// The space bar's name in the help and the hints.
pub const SPACE: Text = Text::new("Spatie", "Space");

pub const SELECT: Text = Text::new("volgende/vorige", "next/previous");
pub const HINT_SELECT: Text = Text::new("kies", "select");
pub const HINT_SELECT_TYPING: Text = Text::new("kies", "select");
pub const UNDO: Text = Text::new(
    "de laatste wissing ongedaan maken (markeringen, een bladwijzer)",
    "undo the last clearing (marks, a bookmark)",
);
pub const RECALL: Text = Text::new(
    "eerder ingetypte filter of zoekopdracht (ook van vorige keren)",
    "an earlier filter or search typed (earlier runs too)",
);
pub const FIRST_LAST: Text = Text::new("eerste/laatste", "first/last");
pub const PAGE: Text = Text::new("pagina omlaag/omhoog", "page down/up");
pub const HINT_PAGE: Text = Text::new("pagina", "page");
pub const SPACE_PAGE: Text = Text::new(
    "ook pagina omlaag (zoals in less)",
    "page down too (as in less)",
);
pub const HALF_PAGE: Text = Text::new("halve pagina omlaag/omhoog", "half a page down/up");
pub const SCROLL: Text = Text::new("regel omlaag/omhoog", "line down/up");
pub const HINT_SCROLL: Text = Text::new("scrollen", "scroll");
pub const START_END: Text = Text::new("begin/einde", "start/end");
pub const HINT_START_END: Text = Text::new("begin/einde", "start/end");
pub const TO_MEMBERS: Text = Text::new("naar het volgende paneel", "to the next pane");
pub const HINT_ON: Text = Text::new("verder", "on");
pub const TREE_LEFT: Text = Text::new(
    "knoop dichtklappen, anders naar de ouder, anders paneel links / knoop openklappen, anders paneel rechts",
    "fold the node, else to its parent, else the pane on the left / unfold the node, else the pane on the right",
);
pub const HINT_CLOSE: Text = Text::new("dicht/open", "fold/unfold");
pub const TOGGLE: Text = Text::new(
    "knoop open/dicht (op een blad: naar de tekst)",
    "fold/unfold the node (on a leaf: to the text)",
);
pub const ALL_NODES: Text = Text::new("alle knopen open / dicht", "unfold / fold every node");
pub const HINT_ALL: Text = Text::new("alles", "all");
pub const LIST_LEFT: Text = Text::new(
    "paneel links / naar de tekst",
    "the pane on the left / to the text",
);
pub const HINT_BACK_ON: Text = Text::new("terug/verder", "back/on");
pub const TEXT_LEFT: Text = Text::new("terug naar het vorige paneel", "back to the previous pane");
pub const HINT_BACK: Text = Text::new("terug", "back");
pub const FILTER: Text = Text::new(
    "filter op titel, stad of notitie (fzf: woorden, 'exact, ^begin, eind$, !niet, a | b voor een van beide; accenten tellen niet)",
    "filter by title, city or note (fzf: words, 'exact, ^start, end$, !not, a | b for either; accents do not count)",
);
pub const HINT_FILTER: Text = Text::new("filter", "filter");
pub const SEARCH: Text = Text::new(
    "zoek in de teksten en je notities (a | b: een van beide; accenten en hoofdletters tellen niet)",
    "search the texts and your notes (a | b: either; accents and case do not count)",
);
pub const HINT_SEARCH: Text = Text::new("zoek", "search");
pub const NEXT_HIT: Text = Text::new(
    "volgende/vorige treffer (binnen wat de filter toont)",
    "next/previous hit (within what the filter shows)",
);
pub const HINT_HIT: Text = Text::new("treffer", "hit");
pub const REGROUP: Text = Text::new(
    "groeperen per stad / per sectie",
    "group by city / by section",
);
pub const HINT_REGROUP: Text = Text::new("groeperen", "group");
pub const GRID: Text = Text::new(
    "dekkingsraster: steden × secties",
    "coverage grid: cities × sections",
);
pub const HINT_GRID: Text = Text::new("raster", "grid");
pub const MARK: Text = Text::new(
    "item markeren of niet meer markeren",
    "mark the item or unmark it",
);
pub const HINT_MARK: Text = Text::new("markeer", "mark");
pub const COMPARE: Text = Text::new(
    "gemarkeerde items naast elkaar",
    "the marked items side by side",
);
pub const HINT_COMPARE: Text = Text::new("vergelijk", "compare");
pub const COMPARE_SECTION: Text = Text::new(
    "de sectie van dit item in alle steden naast elkaar",
    "this item's section in every city, side by side",
);
pub const HINT_COMPARE_SECTION: Text = Text::new("sectie overal", "section everywhere");
pub const SIDEWAYS: Text = Text::new("een kolom naar links/rechts", "a column left/right");
pub const HINT_SIDEWAYS: Text = Text::new("opzij", "sideways");
pub const SIDEWAYS_END: Text =
    Text::new("naar de eerste/laatste kolom", "to the first/last column");
pub const SIDEWAYS_PAGE: Text = Text::new(
    "een scherm kolommen naar links/rechts",
    "a screen of columns left/right",
);
pub const COPY: Text = Text::new(
    "de tekst kopiëren naar het klembord (OSC 52)",
    "copy the text to the clipboard (OSC 52)",
);
pub const EXPORT: Text = Text::new(
    "gemarkeerde items (of dit item) als Markdown-bestand schrijven",
    "write the marked items (or this item) as a Markdown file",
);
pub const NEXT_PANE: Text = Text::new("volgend/vorig paneel", "next/previous pane");
pub const PANES: Text = Text::new("naar paneel 1/2/3", "to pane 1/2/3");
pub const SCROLL_TEXT: Text = Text::new(
    "de tekst scrollen vanuit elk paneel",
    "scroll the text from any pane",
);
pub const BACK_BROWSE: Text = Text::new(
    "invoer, filter of zoekopdracht wissen; anders de markeringen",
    "clear the input, filter or search; else the marks",
);
pub const HELP: Text = Text::new("deze hulp", "this help");
pub const RELATED: Text = Text::new(
    "verwante teksten in andere steden, welke titel ook (Enter gaat erheen)",
    "related texts in other cities, whatever their title (Enter goes there)",
);
pub const HINT_RELATED: Text = Text::new("verwant", "related");
pub const GO_TO_RELATED: Text = Text::new(
    "naar het gekozen verwante item (Ctrl-o komt terug)",
    "to the selected related item (Ctrl-o comes back)",
);
pub const CLOSE_RELATED: Text = Text::new("de lijst sluiten", "close the list");
pub const JUMP_BACK: Text = Text::new(
    "terug naar waar de laatste sprong (n/N, B, raster, verwant) vandaan kwam",
    "back to where the last jump (n/N, B, grid, related) came from",
);
pub const MESSAGES: Text = Text::new(
    "berichten: alles wat de statusregel zei, heel",
    "messages: everything the status line said, whole",
);
pub const HINT_HELP: Text = Text::new("hulp", "help");
/// Windows has no job control: the key says so there instead of promising `fg`.
pub const SUSPEND: Text = if crate::platform::JOB_CONTROL {
    Text::new(
        "onderbreken (fg in de shell hervat)",
        "suspend (fg in the shell resumes)",
    )
} else {
    Text::new(
        "onderbreken: kan niet op Windows (geen taakbeheer)",
        "suspend: not on Windows (no job control)",
    )
};
pub const QUIT: Text = Text::new("stoppen", "quit");
pub const HINT_QUIT: Text = Text::new("stop", "quit");
pub const GRID_ROWS: Text = Text::new("cel omlaag/omhoog/rechts/links", "cell down/up/right/left");
pub const HINT_CELL: Text = Text::new("cel", "cell");
pub const OPEN_CELL: Text = Text::new("de tekst van de cel openen", "open the cell's text");
pub const HINT_OPEN: Text = Text::new("open", "open");
pub const COPY_GRID: Text = Text::new(
    "het raster kopiëren als Markdown-tabel (OSC 52)",
    "copy the grid as a Markdown table (OSC 52)",
);
pub const EXPORT_GRID: Text = Text::new(
    "het raster als Markdown-bestand schrijven",
    "write the grid as a Markdown file",
);
pub const BACK_VIEW: Text = Text::new("terug naar de panelen", "back to the panes");
pub const COPY_COMPARE: Text = Text::new(
    "de teksten naast elkaar kopiëren als Markdown (OSC 52)",
    "copy the texts side by side as Markdown (OSC 52)",
);
pub const HINT_COPY: Text = Text::new("kopieer", "copy");
pub const EXPORT_COMPARE: Text = Text::new(
    "de teksten naast elkaar als Markdown-bestand schrijven",
    "write the texts side by side as a Markdown file",
);
pub const HINT_EXPORT: Text = Text::new("schrijf", "write");
pub const ACCEPT: Text = Text::new(
    "houden en terug naar de panelen",
    "keep it and back to the panes",
);
pub const HINT_ACCEPT: Text = Text::new("houden", "keep");
pub const CLEAR: Text = Text::new("wissen en sluiten", "clear and close");
pub const HINT_CLEAR: Text = Text::new("wissen", "clear");
pub const CURSOR: Text = Text::new("cursor links/rechts", "cursor left/right");
pub const WORD: Text = Text::new("een woord naar links/rechts", "a word left/right");
pub const LINE_ENDS: Text = Text::new(
    "naar begin/einde van de invoer",
    "to the start/end of the input",
);
pub const DELETE_CHAR: Text = Text::new(
    "teken wissen voor/na de cursor",
    "delete the character before/after the cursor",
);
pub const DELETE_WORD: Text = Text::new(
    "woord voor de cursor wissen",
    "delete the word before the cursor",
);
pub const DELETE_TO_START: Text = Text::new(
    "alles voor de cursor wissen",
    "delete everything before the cursor",
);
pub const DELETE_TO_END: Text = Text::new(
    "alles na de cursor wissen",
    "delete everything after the cursor",
);
pub const CLOSE_HELP: Text = Text::new("hulp sluiten", "close the help");
pub const NOTE: Text = Text::new(
    "een notitie schrijven of bewerken ($VISUAL of $EDITOR, anders hier)",
    "write or edit a note ($VISUAL or $EDITOR, else here)",
);
pub const HINT_NOTE: Text = Text::new("notitie", "note");
pub const BOOKMARK: Text = Text::new(
    "bladwijzer op het item zetten of weghalen",
    "put a bookmark on the item or take it off",
);
pub const BOOKMARKS: Text = Text::new(
    "alle bladwijzers, over de steden heen",
    "every bookmark, across the cities",
);
pub const GO_TO_BOOKMARK: Text = Text::new(
    "naar de gekozen bladwijzer; staat het item niet meer in de gegevens: de notitie lezen",
    "to the selected bookmark; if the item is no longer in the data: read the note",
);
pub const HINT_GO: Text = Text::new("ga", "go");
pub const REMOVE_BOOKMARK: Text = Text::new(
    "de gekozen bladwijzer weghalen",
    "take the selected bookmark off",
);
pub const HINT_REMOVE: Text = Text::new("weg", "remove");
pub const CLOSE_LIST: Text = Text::new("de lijst sluiten", "close the list");
pub const SAVE_NOTE: Text = Text::new("de notitie bewaren en sluiten", "save the note and close");
pub const HINT_SAVE: Text = Text::new("bewaar", "save");
pub const DISCARD_NOTE: Text = Text::new(
    "de wijzigingen verwerpen en sluiten",
    "discard the changes and close",
);
pub const HINT_DISCARD: Text = Text::new("verwerp", "discard");
pub const NEWLINE: Text = Text::new("nieuwe regel", "new line");
pub const CURSOR_MOVES: Text = Text::new(
    "cursor links/rechts/omhoog/omlaag",
    "cursor left/right/up/down",
);
pub const DELETE_TO_LINE_START: Text = Text::new(
    "alles voor de cursor op de regel wissen",
    "delete everything before the cursor on the line",
);
pub const DELETE_TO_LINE_END: Text = Text::new(
    "alles na de cursor op de regel wissen",
    "delete everything after the cursor on the line",
);
pub const HINT_CLOSE_HELP: Text = Text::new("sluit", "close");
