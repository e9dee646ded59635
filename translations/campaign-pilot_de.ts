<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agents</name>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="71"/>
        <source>the store has no daily product figures to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="197"/>
        <source>New campaign for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="216"/>
        <source>Meets the selection criteria: %1. Proposed daily budget %2 for %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="301"/>
        <source>Pause the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="307"/>
        <source>Keep it running and raise the daily budget from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="310"/>
        <source>Keep it running; the budget is at its cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="314"/>
        <source>Keep the budget; review the ad copy and targeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="317"/>
        <source>No change; look again next cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../agents/approval.cpp" line="22"/>
        <location filename="../agents/approval.cpp" line="29"/>
        <source>set the operator&apos;s name first (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="52"/>
        <source>only a done action can be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="67"/>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="68"/>
        <source>Undo of recommendation #%1 (%2), asked by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="73"/>
        <source>Restore the budget of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="74"/>
        <source>Undo of recommendation #%1: back from %2 to %3, asked by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="79"/>
        <source>this action has no rollback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Campaign Pilot: agents propose and evaluate ad campaigns; an operator approves every action.

Commands (default: open the window):
  import FILE...   import CSV files into the store (order lines, daily sales, catalog,
                   WooCommerce products, Facebook ads; detected from the header)
  make-demo        rebuild the bundled demo recording from shared/data/public
  cycle            run the agents once and fill the decision queue (sends nothing)
  send --approved  send what operators approved (never approves anything)
  policy           print the policy in effect (the store&apos;s newest, or the seed&apos;s) as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="51"/>
        <source>Show this help.</source>
        <translation type="unfinished">Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="52"/>
        <source>Show the version.</source>
        <translation type="unfinished">Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>The store (SQLite file) to use.</source>
        <translation type="unfinished">Der zu verwendende Datenbestand (SQLite-Datei).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <location filename="../app/commandline.cpp" line="55"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="55"/>
        <source>Open a recording (a folder with manifest.json, or &quot;demo&quot;).</source>
        <translation>Eine Aufzeichnung öffnen (ein Ordner mit manifest.json, oder „demo“).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <source>User interface language, e.g. de or en.</source>
        <translation type="unfinished">Sprache der Oberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="58"/>
        <source>import: the importer to use (%1); default: detected from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="60"/>
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="62"/>
        <source>import: skip and count bad rows instead of stopping at the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <source>make-demo: the public data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <location filename="../app/commandline.cpp" line="64"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="64"/>
        <source>make-demo: where to write the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="65"/>
        <source>cycle: print the recommendations as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="66"/>
        <source>send: send the approved actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="67"/>
        <source>cycle: the policy (JSON) to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="67"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="68"/>
        <source>send: the operator named in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="69"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="71"/>
        <source>import | make-demo (none: open the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="72"/>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="73"/>
        <source>import: the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="73"/>
        <source>[files...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="111"/>
        <source>import: name at least one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="114"/>
        <source>import: unknown importer &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="120"/>
        <source>make-demo: --source DIR and --out DIR are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="130"/>
        <source>send: say --approved (it sends only what operators approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="138"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="154"/>
        <location filename="../app/commandline.cpp" line="161"/>
        <location filename="../app/commandline.cpp" line="182"/>
        <location filename="../app/commandline.cpp" line="200"/>
        <location filename="../app/commandline.cpp" line="204"/>
        <location filename="../app/commandline.cpp" line="253"/>
        <location filename="../app/commandline.cpp" line="259"/>
        <location filename="../app/commandline.cpp" line="265"/>
        <location filename="../app/commandline.cpp" line="282"/>
        <location filename="../app/commandline.cpp" line="312"/>
        <location filename="../app/commandline.cpp" line="341"/>
        <location filename="../app/commandline.cpp" line="358"/>
        <location filename="../app/commandline.cpp" line="364"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="173"/>
        <source>error: %1: the columns match no importer; name one with --importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="183"/>
        <source>nothing from %1 was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="207"/>
        <source>demo recording written to %1: %2 products, %3 product days, %4 campaigns, %5 campaign days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="222"/>
        <source>cannot read the policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="291"/>
        <source>Cycle %1 as of %2: %n recommendation(s) queued for approval; nothing was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="317"/>
        <source>error: the emergency stop is on; an operator must resume first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="323"/>
        <source>sent %1, failed %2, reconciled %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyWriter</name>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="28"/>
        <source>%1 — order today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="29"/>
        <source>%1 — a favourite in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="36"/>
        <source>%1 for %2. In stock and ready to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="38"/>
        <source>%1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="39"/>
        <source>Discover %1.</source>
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
    <name>DecisionStore</name>
    <message>
        <location filename="../models/decisionstore.cpp" line="187"/>
        <source>no recommendation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="198"/>
        <source>it is %1, not pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="200"/>
        <source>it proposes no action to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="203"/>
        <source>it expired at %1; run a new cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="215"/>
        <source>it was decided by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="246"/>
        <source>a rejection needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="258"/>
        <source>it is not pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="278"/>
        <source>only a pending budget or new-campaign recommendation can be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="281"/>
        <source>budget %1 → %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="336"/>
        <source>outbox entry %1 is not %2</source>
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
    <name>Policy</name>
    <message>
        <location filename="../agents/rules/policy.cpp" line="68"/>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="78"/>
        <location filename="../agents/rules/policy.cpp" line="83"/>
        <location filename="../agents/rules/policy.cpp" line="88"/>
        <location filename="../agents/rules/policy.cpp" line="93"/>
        <location filename="../agents/rules/policy.cpp" line="155"/>
        <source>%1 is outside %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="98"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="100"/>
        <source>must not be above optimize_sales_impact_to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="102"/>
        <source>must not be above optimize_view_impact_to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="104"/>
        <source>must not be above max_daily_budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="112"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="123"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="133"/>
        <location filename="../agents/rules/policy.cpp" line="137"/>
        <source>must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>must be an amount as text, e.g. &quot;20.00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="173"/>
        <source>is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedBackend</name>
    <message>
        <location filename="../agents/backend/recordedbackend.cpp" line="101"/>
        <source>campaign %1 not found</source>
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
    <name>Rules</name>
    <message>
        <location filename="../agents/rules/rules.cpp" line="18"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="88"/>
        <source>stock %1 (needs more than %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="89"/>
        <source>stock unknown (needs more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="94"/>
        <source>page views per sale unknown (needs more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="96"/>
        <source>%1 page views per sale (needs more than %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="97"/>
        <source>%1 page views and no sale in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="99"/>
        <source>price %1 (needs more than %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="100"/>
        <source>price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="101"/>
        <source>already has a running campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="102"/>
        <source>no running campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="105"/>
        <source>popular category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="131"/>
        <source>the campaign has no start date on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="146"/>
        <source>negative product figures on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="184"/>
        <source>negative campaign figures on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="217"/>
        <source>Not judged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="221"/>
        <source>The campaign is %n day(s) old, inside its %1-day learning period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="225"/>
        <source>Only %n day(s) of campaign figures; %1 are needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="229"/>
        <source>ROAS is %1 (below %2): the campaign earns back less than it costs (spent %3, revenue %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="234"/>
        <source>Each conversion costs %1, more than the product&apos;s price %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="237"/>
        <source>Spent %1 without a single conversion, more than the product&apos;s price %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="243"/>
        <source>sales impact %1, view impact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="246"/>
        <source>Performance fell: %1 (pause below %2 sales or %3 views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="250"/>
        <source>Working: %1 (continue above %2 sales and %3 views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="255"/>
        <source>Modest gains: %1 (optimize at %2–%3 sales or %4–%5 views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="261"/>
        <source>No baseline to compare with (no sales or views in the %1 days before the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="263"/>
        <source>Mixed or flat results: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="287"/>
        <source>a daily budget must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="289"/>
        <source>%1 is above the maximum daily budget %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="294"/>
        <source>%1 changes the budget %2 by %3, more than the %4 one action may</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="60"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="60"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="60"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="61"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="61"/>
        <source>Details</source>
        <translation>Details</translation>
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
    <name>cp::DecisionQueuePane</name>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="50"/>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="53"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="62"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="64"/>
        <source>Approve the selected recommendations (Ctrl+Enter): their actions are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="65"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="67"/>
        <source>&amp;Edit budget…</source>
        <translation>Budget ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="69"/>
        <source>Re&amp;try send</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="71"/>
        <location filename="../ui/decisionqueuepane.cpp" line="197"/>
        <source>&amp;Undo (needs approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="81"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="81"/>
        <source>Why is #%1 rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="84"/>
        <source>Edit budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="84"/>
        <source>New daily budget for #%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="129"/>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="131"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="195"/>
        <source>&amp;Resume (needs approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="196"/>
        <source>&amp;Restore previous budget (needs approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="204"/>
        <source>&lt;p&gt;Select a recommendation to see why it was made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Empfehlung, um ihre Begründung zu sehen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="205"/>
        <source>&lt;p&gt;%n recommendation(s) selected.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="209"/>
        <source>&lt;h3&gt;#%1 %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="210"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="211"/>
        <source>&lt;p&gt;Action: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="213"/>
        <source>, daily budget &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="215"/>
        <source> (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="216"/>
        <source>. Risk %1 of 100. Rule &lt;code&gt;%2&lt;/code&gt;, policy v%3, by the %4 agent.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="219"/>
        <source>&lt;p&gt;Ad: &lt;i&gt;%1&lt;/i&gt; — %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="220"/>
        <source>&lt;p&gt;Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="222"/>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="224"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="226"/>
        <source> · sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="228"/>
        <source> · &lt;span style=&apos;color:#c01c28&apos;&gt;%1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="229"/>
        <source> · expires %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="230"/>
        <source>&lt;table width=100%&gt;&lt;tr&gt;&lt;td valign=top&gt;&lt;b&gt;Inputs&lt;/b&gt;%1&lt;/td&gt;&lt;td valign=top&gt;&lt;b&gt;Thresholds&lt;/b&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
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
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>daily campaign figures</source>
        <translation>tägliche Kampagnenzahlen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>the sales uplift of ads</source>
        <translation>der Umsatzeffekt der Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Campaign Pilot</source>
        <translation>Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Opening the store…</source>
        <translation>Datenbestand wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>C&amp;ampaigns</source>
        <translation>K&amp;ampagnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Au&amp;dit log</source>
        <translation>Protoko&amp;ll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Not all were approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>%n action(s) approved and queued to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>#%1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Edit budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>“%1” is not an amount (e.g. 25.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Budget not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Budget changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>#%1 now proposes %2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Cannot retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>The action is queued to send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>No rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Rollback proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>#%1 waits for approval: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>&amp;Open recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Open recording (a folder with manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Open the &amp;demo recording</source>
        <translation>&amp;Demo-Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Run cycle</source>
        <translation>Zyklus &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Cycle started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Cancel cycle</source>
        <translation>Zyklus a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Resume the agents and sending of approved actions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>&amp;About Campaign Pilot</source>
        <translation>Ü&amp;ber Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>About Campaign Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&lt;h3&gt;Campaign Pilot %1&lt;/h3&gt;&lt;p&gt;Agents propose and evaluate ad campaigns; nothing that spends or stops money is sent without an operator&apos;s approval.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Opening the recording…</source>
        <translation>Aufzeichnung wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>&lt;b&gt;Offline&lt;/b&gt; — recording &lt;b&gt;%1&lt;/b&gt; (%2 – %3, %4).&lt;br&gt;&lt;i&gt;Modelled, not recorded:&lt;/i&gt; %5. Hover a column header marked “modelled” for how.</source>
        <translation>&lt;b&gt;Offline&lt;/b&gt; — Aufzeichnung &lt;b&gt;%1&lt;/b&gt; (%2 – %3, %4).&lt;br&gt;&lt;i&gt;Modelliert, nicht aufgezeichnet:&lt;/i&gt; %5. Fahren Sie über eine als „modelliert“ markierte Spalte, um zu sehen, wie.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&lt;b&gt;Offline&lt;/b&gt; — no recording loaded: the store holds only imported files. File ▸ Open the demo recording, or File ▸ Import CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Store: %1</source>
        <translation>Datenbestand: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>reading the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>Campaign Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Performance Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Campaign Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>saving the recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Cycle: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>Cycle failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Cycle cancelled; nothing was queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Cycle done as of %1: %n recommendation(s) wait in Decisions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>Sent %1, failed %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source> — stopped by the emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>■ STOPPED — Resume…</source>
        <translation>■ ANGEHALTEN — Fortsetzen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>■ EMERGENCY STOP</source>
        <translation>■ NOTHALT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Agents and sending are halted. Click to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>Halt the agents and every send now (Ctrl+Shift+Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>Agents and sending are halted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>Agents and sending may run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Busy with the store; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Operator name (audit log):</source>
        <translation>Name der Bedienperson (Protokoll):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <source>Run a cycle every:</source>
        <translation>Zyklus alle:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="436"/>
        <source>Policy (the seed&apos;s rules; saved as a new version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>The operator name must not be empty: it goes into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Policy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Policy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Version %1 applies from the next cycle</source>
        <translation type="unfinished"></translation>
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
    <name>cp::RecommendationModel</name>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="48"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="49"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="50"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="51"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="52"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="58"/>
        <source>Queued to send</source>
        <translation>Zum Senden bereit</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="59"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="60"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="61"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="68"/>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="69"/>
        <source>Create campaign</source>
        <translation>Kampagne anlegen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="70"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="71"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="72"/>
        <source>Set budget</source>
        <translation>Budget setzen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="103"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="145"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="145"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="145"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="146"/>
        <source>Campaign / product</source>
        <translation>Kampagne / Produkt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="146"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="147"/>
        <source>Daily budget</source>
        <translation type="unfinished">Tagesbudget</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="147"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="147"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="148"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="148"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>cp::StoreSession</name>
    <message>
        <location filename="../ui/storesession.cpp" line="81"/>
        <source>Cannot open the store</source>
        <translation>Datenbestand kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="93"/>
        <source>Cannot read the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="116"/>
        <source>Cannot open the recording</source>
        <translation>Aufzeichnung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="118"/>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="118"/>
        <source>The store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="119"/>
        <source>Recording opened</source>
        <translation>Aufzeichnung geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="129"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="129"/>
        <source>Unknown importer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="132"/>
        <source>Import failed: nothing was imported</source>
        <translation>Import fehlgeschlagen: nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="134"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="134"/>
        <source>Nothing from %1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="135"/>
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
