<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>Campaign Pilot: agents propose and evaluate ad campaigns; an operator approves every action.

Commands (default: open the window):
  import FILE...   import CSV files into the store (order lines, daily sales, catalog,
                   WooCommerce products, Facebook ads; detected from the header)
  make-demo        rebuild the bundled demo recording from shared/data/public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="40"/>
        <source>Show this help.</source>
        <translation type="unfinished">Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="41"/>
        <source>Show the version.</source>
        <translation type="unfinished">Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="42"/>
        <source>The store (SQLite file) to use.</source>
        <translation type="unfinished">Der zu verwendende Datenbestand (SQLite-Datei).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="42"/>
        <location filename="../app/commandline.cpp" line="44"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="44"/>
        <source>Open a recording (a folder with manifest.json, or &quot;demo&quot;).</source>
        <translation>Eine Aufzeichnung öffnen (ein Ordner mit manifest.json, oder „demo“).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="45"/>
        <source>User interface language, e.g. de or en.</source>
        <translation type="unfinished">Sprache der Oberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="45"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="47"/>
        <source>import: the importer to use (%1); default: detected from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="49"/>
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="51"/>
        <source>import: skip and count bad rows instead of stopping at the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="52"/>
        <source>make-demo: the public data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="52"/>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>make-demo: where to write the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="55"/>
        <source>import | make-demo (none: open the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="57"/>
        <source>import: the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="57"/>
        <source>[files...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="91"/>
        <source>import: name at least one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="94"/>
        <source>import: unknown importer &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="100"/>
        <source>make-demo: --source DIR and --out DIR are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="104"/>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="108"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="124"/>
        <location filename="../app/commandline.cpp" line="131"/>
        <location filename="../app/commandline.cpp" line="152"/>
        <location filename="../app/commandline.cpp" line="170"/>
        <location filename="../app/commandline.cpp" line="174"/>
        <location filename="../app/commandline.cpp" line="197"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="143"/>
        <source>error: %1: the columns match no importer; name one with --importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="153"/>
        <source>nothing from %1 was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="177"/>
        <source>demo recording written to %1: %2 products, %3 product days, %4 campaigns, %5 campaign days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="13"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="73"/>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="123"/>
        <source>text after the closing quote of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="131"/>
        <source>a quote inside unquoted field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="164"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/database.cpp" line="84"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="89"/>
        <source>cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="92"/>
        <source>not a Campaign Pilot store (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="94"/>
        <source>the store has schema version %1, newer than this program&apos;s %2; use a newer Campaign Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="151"/>
        <source>missing migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="157"/>
        <source>migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="54"/>
        <source>%1: %n row(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="56"/>
        <source>%1 %2 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="58"/>
        <source>%n bad row(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="62"/>
        <source>cancelled, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="102"/>
        <source>column &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="114"/>
        <location filename="../agents/import/importer.cpp" line="131"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="142"/>
        <source>&quot;%1&quot; is not an amount (digits with an optional decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="163"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or M/D/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="189"/>
        <source>required column(s) %1 not found for %2; the file&apos;s columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="263"/>
        <source>field &quot;%1&quot; is mapped to column %2, but the file has %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="266"/>
        <source>required field &quot;%1&quot; is not mapped to a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="310"/>
        <source>%1 fields, but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="325"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../models/manifest.cpp" line="20"/>
        <source>field &quot;%1&quot; is missing or not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="31"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="35"/>
        <source>field &quot;format_version&quot; is missing or not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="38"/>
        <source>format_version %1 is not supported (this program reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="45"/>
        <source>field &quot;currency&quot; must be a three-letter ISO 4217 code, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="56"/>
        <source>date_range &quot;%1&quot;..&quot;%2&quot; is not a valid ISO date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="60"/>
        <source>field &quot;files&quot; must name at least &quot;products&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="63"/>
        <source>files.%1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="66"/>
        <source>files.%1 must be a plain file name beside the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="71"/>
        <source>an entry of &quot;sources&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="76"/>
        <source>field &quot;sources&quot; must name where the data came from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <location filename="../agents/import/recording.cpp" line="83"/>
        <source>id and name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="85"/>
        <source>column &quot;price&quot;: negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="131"/>
        <source>a negative count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="149"/>
        <source>Writing product days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="188"/>
        <source>column &quot;status&quot;: &quot;%1&quot; is not active, paused or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="190"/>
        <source>column &quot;id&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="192"/>
        <source>column &quot;daily_budget&quot;: negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="236"/>
        <source>a negative figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="238"/>
        <source>more clicks than impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="270"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="294"/>
        <source>not a recording: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="296"/>
        <source>not a recording: cannot read manifest.json (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="389"/>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::CampaignModel</name>
    <message>
        <location filename="../models/campaignmodel.cpp" line="45"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="46"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="47"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="67"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="108"/>
        <source>(revenue − spend) / spend, as the seed document defines ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="110"/>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="125"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="125"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="129"/>
        <source>%1 (modelled)</source>
        <translation>%1 (modelliert)</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="132"/>
        <source>Modelled, not recorded: %1</source>
        <translation>Modelliert, nicht aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>cp::CatalogImporter</name>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="11"/>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="14"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="16"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="17"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="18"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="28"/>
        <source>the product code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="30"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="36"/>
        <source>a negative price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="61"/>
        <source>rows repeating an earlier product code (the later row wins)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::CatalogModel</name>
    <message>
        <location filename="../models/catalogmodel.cpp" line="94"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="135"/>
        <location filename="../models/catalogmodel.cpp" line="156"/>
        <source>Modelled, not recorded: %1</source>
        <translation>Modelliert, nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="149"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="149"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="149"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="150"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="150"/>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="150"/>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="150"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="151"/>
        <source>Views/unit</source>
        <translation>Aufrufe/Stück</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="151"/>
        <source>Active campaign</source>
        <translation>Aktive Kampagne</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="153"/>
        <source>%1 (modelled)</source>
        <translation>%1 (modelliert)</translation>
    </message>
</context>
<context>
    <name>cp::CatalogPane</name>
    <message>
        <location filename="../ui/catalogpane.cpp" line="31"/>
        <source>Search name, code or description</source>
        <translation>Name, Code oder Beschreibung suchen</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="35"/>
        <location filename="../ui/catalogpane.cpp" line="72"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogpane.cpp" line="80"/>
        <source>Views, units and revenue: %1 – %2 (the last %n day(s) of data)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogpane.cpp" line="90"/>
        <source>%1 of %n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation type="vanished">Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="vanished">Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The store (SQLite file) to use.</source>
        <translation type="vanished">Der zu verwendende Datenbestand (SQLite-Datei).</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en.</source>
        <translation type="vanished">Sprache der Oberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="vanished">ID</translation>
    </message>
</context>
<context>
    <name>cp::DailySalesImporter</name>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="13"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="14"/>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="16"/>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="17"/>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="19"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="21"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="22"/>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="23"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="39"/>
        <source>the product code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="46"/>
        <source>column &quot;%1&quot;: negative units (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="48"/>
        <source>column &quot;%1&quot;: negative revenue (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="55"/>
        <source>negative orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="62"/>
        <source>column &quot;%1&quot;: negative value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="109"/>
        <source>Writing daily figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::FacebookAdsImporter</name>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="11"/>
        <source>Ad ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="12"/>
        <source>Campaign group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="13"/>
        <source>Campaign ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="14"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="15"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="16"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="17"/>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="18"/>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="19"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="20"/>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="21"/>
        <source>Approved conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="37"/>
        <source>column &quot;ad_id&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="39"/>
        <source>column &quot;fb_campaign_id&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="48"/>
        <source>a negative figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="50"/>
        <source>more clicks (%1) than impressions (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="52"/>
        <source>more approved conversions (%1) than conversions (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="61"/>
        <source>age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="65"/>
        <source>interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="72"/>
        <source>Facebook campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="73"/>
        <source>Facebook campaign %1 (group %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="35"/>
        <location filename="../ui/importdialog.cpp" line="40"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="38"/>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="40"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="45"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Read as:</source>
        <translation>Lesen als:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="61"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="64"/>
        <source>Stop at the first bad row (nothing is imported)</source>
        <translation>Bei der ersten fehlerhaften Zeile anhalten (nichts wird importiert)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="65"/>
        <source>Skip bad rows, count them and list them</source>
        <translation>Fehlerhafte Zeilen überspringen, zählen und auflisten</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="67"/>
        <source>Bad rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="74"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="85"/>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="96"/>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="107"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="127"/>
        <source>(bad row at line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="146"/>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="187"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="205"/>
        <source>Ready: %1 columns mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="206"/>
        <source>Choose a column for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="27"/>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="28"/>
        <source>stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="30"/>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="31"/>
        <source>daily campaign figures</source>
        <translation>tägliche Kampagnenzahlen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="32"/>
        <source>the sales uplift of ads</source>
        <translation>der Umsatzeffekt der Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>Campaign Pilot</source>
        <translation>Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Opening the store…</source>
        <translation>Datenbestand wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>C&amp;ampaigns</source>
        <translation>K&amp;ampagnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>&amp;Open recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Open recording (a folder with manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Open the &amp;demo recording</source>
        <translation>&amp;Demo-Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;About Campaign Pilot</source>
        <translation>Ü&amp;ber Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>About Campaign Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>&lt;h3&gt;Campaign Pilot %1&lt;/h3&gt;&lt;p&gt;Agents propose and evaluate ad campaigns; nothing that spends or stops money is sent without an operator&apos;s approval.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Opening the recording…</source>
        <translation>Aufzeichnung wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&lt;b&gt;Offline&lt;/b&gt; — recording &lt;b&gt;%1&lt;/b&gt; (%2 – %3, %4).&lt;br&gt;&lt;i&gt;Modelled, not recorded:&lt;/i&gt; %5. Hover a column header marked “modelled” for how.</source>
        <translation>&lt;b&gt;Offline&lt;/b&gt; — Aufzeichnung &lt;b&gt;%1&lt;/b&gt; (%2 – %3, %4).&lt;br&gt;&lt;i&gt;Modelliert, nicht aufgezeichnet:&lt;/i&gt; %5. Fahren Sie über eine als „modelliert“ markierte Spalte, um zu sehen, wie.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>&lt;b&gt;Offline&lt;/b&gt; — no recording loaded: the store holds only imported files. File ▸ Open the demo recording, or File ▸ Import CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Store: %1</source>
        <translation>Datenbestand: %1</translation>
    </message>
</context>
<context>
    <name>cp::OrderLinesImporter</name>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="13"/>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="14"/>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="15"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="16"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="17"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="18"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="19"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="20"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="40"/>
        <source>the invoice number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="42"/>
        <source>the product code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="44"/>
        <source>column &quot;UnitPrice&quot;: a negative price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="52"/>
        <source>cancellation lines booked as returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="54"/>
        <source>lines with quantity ≤ 0 on a normal invoice not imported (stock write-offs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="57"/>
        <source>lines with price 0 not imported (samples, manual fixes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="107"/>
        <source>Writing daily figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::StoreSession</name>
    <message>
        <location filename="../ui/storesession.cpp" line="67"/>
        <source>Cannot open the store</source>
        <translation>Datenbestand kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="80"/>
        <source>Cannot read the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="103"/>
        <source>Cannot open the recording</source>
        <translation>Aufzeichnung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="105"/>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="105"/>
        <source>The store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="106"/>
        <source>Recording opened</source>
        <translation>Aufzeichnung geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="116"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="116"/>
        <source>Unknown importer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="119"/>
        <source>Import failed: nothing was imported</source>
        <translation>Import fehlgeschlagen: nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="121"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="121"/>
        <source>Nothing from %1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="122"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
</context>
<context>
    <name>cp::WooCommerceImporter</name>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="25"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="26"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="28"/>
        <source>Regular price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="29"/>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="30"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="31"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="32"/>
        <source>In stock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="33"/>
        <source>Short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="34"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="35"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="36"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="59"/>
        <source>column &quot;Regular price&quot;: a negative price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="78"/>
        <source>a variation without a Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="89"/>
        <source>column &quot;Name&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="116"/>
        <source>variations whose parent is not in the file (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="135"/>
        <source>variations folded into their parent product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
