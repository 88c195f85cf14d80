//! What each command is for, as its help and the man page say it.

use super::super::taal::Text;

/// What a command is for: `""` is the program itself.
#[must_use]
pub fn about(command: &str) -> Option<Text> {
    Some(match command {
        "" => Text::new(
            "Lees de lokale woonbeleidsteksten van de centrumsteden in de terminal",
            "Browse the centre cities' local housing-policy texts in the terminal",
        ),
        "import" => Text::new(
            "Importeer exports van de lijst als een RON-dataset. Gelezen, herkend aan hun inhoud: tekst gekopieerd uit de weblijst (gegroepeerd per stad, of de itemweergave van één stad), SharePoints CSV-export (komma, puntkomma of tab), REST-JSON (`_api/web/lists/…/items`) en Microsoft Graph-JSON (`…/lists/…/items?expand=fields`), de pagina's van één export samen.",
            "Import exports of the list as a RON dataset. It reads, told by their content: text copied from the web list (grouped per city, or the item view of one city), SharePoint's CSV export (comma, semicolon or tab), REST JSON (`_api/web/lists/…/items`) and Microsoft Graph JSON (`…/lists/…/items?expand=fields`), pages of one export together.",
        ),
        "diff" => Text::new(
            "Zeg wat er veranderde van OUD naar NIEUW: steden erbij en weg, per stad de items erbij, weg en gewijzigd (op titel). Exit 0 als er niets veranderde, 1 als er iets veranderde, 2 als een bestand niet gelezen kan worden (zoals diff). `diff --embedded NIEUW.ron` vergelijkt de ingebouwde dataset met NIEUW, zonder die eerst te exporteren.",
            "Say what changed from OLD to NEW: cities added and removed, per city the items added, removed and changed (by title). Exit 0 when nothing changed, 1 when something did, 2 when a file cannot be read (like diff). `diff --embedded NEW.ron` compares the dataset built into this program with NEW, without exporting it first.",
        ),
        "filter" => Text::new(
            "Druk de items af waarvan titel of stad past bij ZOEKTERM (fzf-syntaxis), de beste eerst, als STAD<TAB>TITEL. Exit 1 als niets past.",
            "Print the items whose title or city matches QUERY (fzf syntax), best first, as CITY<TAB>TITLE. Exit 1 when nothing matches.",
        ),
        "search" => Text::new(
            "Druk elke regel van de teksten af die TEKST bevat (hoofdletters en accenten tellen niet), als STAD<TAB>TITEL<TAB>REGEL. Exit 1 als niets past.",
            "Print every line of the texts that contains TEXT (case and accents ignored), as CITY<TAB>TITLE<TAB>LINE. Exit 1 when nothing matches.",
        ),
        "note" => Text::new(
            "Druk de notitie van een item af (exit 1 als het er geen heeft), zet ze met --set, of verplaats ze naar een hernoemde titel met --move. Notities staan in $WOONBELEID_HOME, anders in de gegevensmap van het platform.",
            "Print an item's note (exit 1 when it has none), set it with --set, or move it to a renamed title with --move. Notes live in $WOONBELEID_HOME, else the platform's data folder.",
        ),
        "notes" => Text::new(
            "Toon alle notities, die waarvan het item weg is (wees) als laatste.",
            "List every note, notes whose item is gone (orphans) last.",
        ),
        "bookmarks" => Text::new(
            "Toon alle bladwijzers als STAD<TAB>TITEL, in de volgorde van de dataset; bladwijzers waarvan het item weg is als laatste, met een derde kolom `wees`.",
            "List every bookmark as CITY<TAB>TITLE, in the dataset's order; bookmarks whose item is gone last, with a third column `orphan`.",
        ),
        "show" => Text::new(
            "Druk een item af als platte tekst: waar het staat (stad en secties), de tekst en je notitie. Een stad alleen: al haar items, op volgorde. Voor schermlezers, pijpen en scripts.",
            "Print an item as plain text: where it stands (city and sections), its text and your note. A city alone: all its items, in order. For screen readers, pipes and scripts.",
        ),
        "related" => Text::new(
            "Toon de verwante teksten van andere steden, welke titel ze ook hebben: de teksten die het meest op die van het item lijken (dezelfde woorden, stammen en delen van samenstellingen, gewogen over de hele dataset), de beste eerst, als STAD<TAB>TITEL<TAB>SCORE<TAB>gedeelde woorden. Exit 1 als er geen is (een lege tekst).",
            "Show the related texts of other cities, whatever their title: the texts most like the item's (the same words, stems and parts of compounds, weighed over the whole dataset), best first, as CITY<TAB>TITLE<TAB>SCORE<TAB>shared words. Exit 1 when there is none (an empty text).",
        ),
        "completions" => Text::new(
            "Druk het aanvulscript voor SHELL af: bash, zsh, fish, powershell of elvish (de README zegt waar elk heen gaat).",
            "Print the completion script for SHELL: bash, zsh, fish, powershell or elvish (the README says where each goes).",
        ),
        "man" => Text::new(
            "Druk de handleidingpagina af, in roff (`woonbeleid man > woonbeleid.1`).",
            "Print the manual page, in roff (`woonbeleid man > woonbeleid.1`).",
        ),
        "export" => Text::new("Druk de dataset af.", "Print the dataset."),
        "config" => Text::new(
            "Druk de standaardinstellingen af, elke regel met wat ze doet (`woonbeleid config > BESTAND`); met --check: lees het instellingenbestand en meld wat ervan niet gebruikt wordt.",
            "Print the default configuration, every entry with what it does (`woonbeleid config > FILE`); with --check: read the configuration file and name what in it is not used.",
        ),
        _ => return None,
    })
}
