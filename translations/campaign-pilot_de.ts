<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agents</name>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="602"/>
        <source>the store has no figures to judge yet: import sales or take a live snapshot first</source>
        <translation>der Datenbestand hat noch keine Zahlen zum Bewerten: zuerst Verkäufe importieren oder einen Live-Abruf machen</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="701"/>
        <source>the store&apos;s own figures for the last %n day(s)</source>
        <translation>
            <numerusform>die eigenen Zahlen des Shops für den letzten %n Tag</numerusform>
            <numerusform>die eigenen Zahlen des Shops für die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="712"/>
        <source>%1: no start date on or before %2</source>
        <translation>%1: kein Startdatum am oder vor dem %2</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="721"/>
        <source>%1: no product linked (put the shop&apos;s product id in its name in square brackets, e.g. &quot;Summer [22833]&quot;)</source>
        <translation>%1: kein Produkt verknüpft (die Produkt-ID des Shops in eckigen Klammern in den Namen schreiben, z. B. „Sommer [22833]“)</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="727"/>
        <source>%1: its product %2 is not in the catalog</source>
        <translation>%1: sein Produkt %2 ist nicht im Katalog</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="951"/>
        <source>New campaign for %1</source>
        <translation>Neue Kampagne für %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="971"/>
        <source>Meets the selection criteria: %1. Proposed daily budget %2 for %3 days.</source>
        <translation>Erfüllt die Auswahlkriterien: %1. Vorgeschlagenes Tagesbudget %2 für %3 Tage.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="976"/>
        <source>Figures: %1.</source>
        <translation>Zahlen: %1.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="992"/>
        <source>Expected effect on profit: %1 a day if sales rise by the policy&apos;s expected %2 % (at a %3 % margin; from %4 if they do not rise at all to %5 if they rise twice as much; confidence low: an assumption until the campaign has run).</source>
        <translation>Erwartete Wirkung auf den Gewinn: %1 pro Tag, wenn die Verkäufe um die von der Richtlinie erwarteten %2 % steigen (bei %3 % Marge; von %4, wenn sie gar nicht steigen, bis %5, wenn sie doppelt so stark steigen; Vertrauen niedrig: eine Annahme, bis die Kampagne gelaufen ist).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1093"/>
        <source>Pause the campaign.</source>
        <translation>Kampagne pausieren.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1104"/>
        <source>Keep it running; its budgets are on its ad sets, which Campaign Pilot does not change (Ads Manager).</source>
        <translation>Weiterlaufen lassen; die Budgets liegen auf den Anzeigengruppen, die Campaign Pilot nicht ändert (Werbeanzeigenmanager).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1106"/>
        <source>Keep it running; it has a lifetime budget, which Campaign Pilot does not change (Ads Manager).</source>
        <translation>Weiterlaufen lassen; sie hat ein Laufzeitbudget, das Campaign Pilot nicht ändert (Werbeanzeigenmanager).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1112"/>
        <source>Keep it running and raise the daily budget from %1 to %2.</source>
        <translation>Weiterlaufen lassen und das Tagesbudget von %1 auf %2 erhöhen.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1116"/>
        <source>Keep it running; the budget is at its cap.</source>
        <translation>Weiterlaufen lassen; das Budget ist am Limit.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1121"/>
        <source>Keep the budget; review the ad copy and targeting.</source>
        <translation>Budget beibehalten; Anzeigentext und Targeting überprüfen.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="160"/>
        <location filename="../agents/cycle/agents.cpp" line="1125"/>
        <source>No change; look again next cycle.</source>
        <translation>Keine Änderung; im nächsten Zyklus erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="149"/>
        <source>Portfolio: its extra sales return %1 for each 1.00 of spend (beyond doubt more than they cost): raise the daily budget from %2 to %3.</source>
        <translation>Portfolio: ihre Mehrverkäufe bringen %1 je 1,00 Ausgaben (zweifelsfrei mehr, als sie kosten): das Tagesbudget von %2 auf %3 erhöhen.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="151"/>
        <source>Portfolio: its extra sales return %1 for each 1.00 of spend (beyond doubt less than the best campaign&apos;s): lower the daily budget from %2 to %3.</source>
        <translation>Portfolio: ihre Mehrverkäufe bringen %1 je 1,00 Ausgaben (zweifelsfrei weniger als die der besten Kampagne): das Tagesbudget von %2 auf %3 senken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="156"/>
        <source>One of a set of %n budget change(s) in this cycle moving %1 a day from poor performers to winners within the total daily budget %2.</source>
        <translation>
            <numerusform>Eine von %n Budgetänderung in diesem Zyklus, die %1 pro Tag von schwachen zu starken Kampagnen verschiebt, innerhalb des gesamten Tagesbudgets %2.</numerusform>
            <numerusform>Eine von %n Budgetänderungen in diesem Zyklus, die %1 pro Tag von schwachen zu starken Kampagnen verschieben, innerhalb des gesamten Tagesbudgets %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="564"/>
        <source>the last day both sources were read whole: the shop through %1, the ad account through %2 (each up to its own today)</source>
        <translation>der letzte Tag, den beide Quellen vollständig gelesen haben: der Shop bis %1, das Werbekonto bis %2 (jeweils bis zu seinem eigenen Heute)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="569"/>
        <source>the last day the ad account was read whole; the shop was last read whole on %1, more than %n day(s) before, and is left out</source>
        <translation>
            <numerusform>der letzte Tag, an dem das Werbekonto vollständig gelesen wurde; der Shop wurde zuletzt am %1 vollständig gelesen, mehr als %n Tag davor, und bleibt außen vor</numerusform>
            <numerusform>der letzte Tag, an dem das Werbekonto vollständig gelesen wurde; der Shop wurde zuletzt am %1 vollständig gelesen, mehr als %n Tage davor, und bleibt außen vor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="572"/>
        <source>the last day the shop was read whole; the ad account was last read whole on %1, more than %n day(s) before, and is left out</source>
        <translation>
            <numerusform>der letzte Tag, an dem der Shop vollständig gelesen wurde; das Werbekonto wurde zuletzt am %1 vollständig gelesen, mehr als %n Tag davor, und bleibt außen vor</numerusform>
            <numerusform>der letzte Tag, an dem der Shop vollständig gelesen wurde; das Werbekonto wurde zuletzt am %1 vollständig gelesen, mehr als %n Tage davor, und bleibt außen vor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="577"/>
        <source>the last day the shop was read whole (its today in its time zone)</source>
        <translation>der letzte Tag, an dem der Shop vollständig gelesen wurde (sein Heute in seiner Zeitzone)</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="579"/>
        <source>the last day the ad account was read whole (its today in its time zone)</source>
        <translation>der letzte Tag, an dem das Werbekonto vollständig gelesen wurde (sein Heute in seiner Zeitzone)</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="580"/>
        <source>the newest day of figures</source>
        <translation>der neueste Tag mit Zahlen</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="592"/>
        <source>the store cannot be read: %1</source>
        <translation>der Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="724"/>
        <source>%1: its product %2 is not in the catalog, which holds no product: the shop&apos;s products have not been read (see the refresh&apos;s failures)</source>
        <translation>%1: sein Produkt %2 ist nicht im Katalog, der kein Produkt enthält: die Produkte des Shops wurden nicht gelesen (siehe die Fehler der Aktualisierung)</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="871"/>
        <source>a comparable product&apos;s day &quot;%1&quot; is not a date</source>
        <translation>der Tag „%1“ eines vergleichbaren Produkts ist kein Datum</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="988"/>
        <source>Expected effect on profit: unknown, as it sold nothing in 30 days for the policy&apos;s expected rise to scale; until it sells, the campaign costs its budget, %1 a day (confidence low: an assumption until the campaign has run).</source>
        <translation>Erwartete Wirkung auf den Gewinn: unbekannt, da in 30 Tagen nichts verkauft wurde, das der erwartete Anstieg der Richtlinie skalieren könnte; bis es sich verkauft, kostet die Kampagne ihr Budget, %1 pro Tag (Vertrauen gering: eine Annahme, bis die Kampagne gelaufen ist).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1098"/>
        <source>Keep it running at this budget.</source>
        <translation>Mit diesem Budget weiterlaufen lassen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1140"/>
        <source>%n comparable product(s) without a campaign moved ×%1 over the same days</source>
        <translation>
            <numerusform>%n vergleichbares Produkt ohne Kampagne veränderte sich an denselben Tagen um ×%1</numerusform>
            <numerusform>%n vergleichbare Produkte ohne Kampagne veränderten sich an denselben Tagen um ×%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1142"/>
        <source>no comparable products: its own level before the start</source>
        <translation>keine vergleichbaren Produkte: sein eigenes Niveau vor dem Start</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1143"/>
        <source>Uplift: %1 units a day against the %2 it would have sold without the campaign (90 % interval %3 to %4, over %n day(s); %5).</source>
        <translation>
            <numerusform>Mehrabsatz: %1 Stück pro Tag gegenüber den %2, die es ohne die Kampagne verkauft hätte (90-%-Intervall %3 bis %4, über %n Tag; %5).</numerusform>
            <numerusform>Mehrabsatz: %1 Stück pro Tag gegenüber den %2, die es ohne die Kampagne verkauft hätte (90-%-Intervall %3 bis %4, über %n Tage; %5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1155"/>
        <source>That is more than %1 times the campaign&apos;s %2 attributed conversion(s) a day: not its doing, so no expected effect is taken from it.</source>
        <translation>Das ist mehr als das %1-Fache der %2 zugerechneten Conversion(s) der Kampagne am Tag: nicht ihr Werk, daher wird daraus keine erwartete Wirkung abgeleitet.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1166"/>
        <source>Expected effect on profit: %1 a day (the spend saved less the margin on the extra sales it brings; 90 % interval %2 to %3, confidence %4), at a %5 % margin.</source>
        <translation>Erwartete Wirkung auf den Gewinn: %1 pro Tag (die eingesparten Ausgaben abzüglich der Marge auf den Mehrverkäufen, die sie bringt; 90-%-Intervall %2 bis %3, Vertrauen %4), bei %5 % Marge.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1170"/>
        <source>Incremental profit now: %1 a day (extra sales × a %5 % margin − spend; 90 % interval %2 to %3, confidence %4).</source>
        <translation>Zusätzlicher Gewinn derzeit: %1 pro Tag (Mehrverkäufe × %5 % Marge − Ausgaben; 90-%-Intervall %2 bis %3, Vertrauen %4).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1181"/>
        <source>The shop&apos;s own sales say the opposite of the platform&apos;s figures: pausing would cost money (the whole interval below zero). The platform may credit the campaign with too few of the sales it brings: check its attribution before approving.</source>
        <translation>Die eigenen Verkäufe des Shops sagen das Gegenteil der Zahlen der Plattform: Pausieren würde Geld kosten (das ganze Intervall unter null). Die Plattform rechnet der Kampagne womöglich zu wenige der Verkäufe zu, die sie bringt: Prüfen Sie die Zuordnung, bevor Sie genehmigen.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1184"/>
        <source>The shop&apos;s own sales lean the other way, but their interval spans zero: the pause rests on the platform&apos;s final figures above.</source>
        <translation>Die eigenen Verkäufe des Shops neigen in die andere Richtung, doch ihr Intervall schließt null ein: die Pause stützt sich auf die endgültigen Zahlen der Plattform oben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1194"/>
        <source>Expected effect on profit: %1 a day (the spend saved less the revenue given up; 90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n day(s).</source>
        <translation>
            <numerusform>Erwartete Wirkung auf den Gewinn: %1 pro Tag (eingesparte Werbeausgaben abzüglich entgangenen Umsatzes; 90-%-Intervall %2 bis %3, Zuverlässigkeit %4), nach den von der Plattform zugeschriebenen Zahlen über %n Tag der Kampagne.</numerusform>
            <numerusform>Erwartete Wirkung auf den Gewinn: %1 pro Tag (eingesparte Werbeausgaben abzüglich entgangenen Umsatzes; 90-%-Intervall %2 bis %3, Zuverlässigkeit %4), nach den von der Plattform zugeschriebenen Zahlen über %n Tage der Kampagne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1200"/>
        <source>Expected effect on profit: %1 a day if the added budget earns at today&apos;s ROAS (90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n day(s).</source>
        <translation>
            <numerusform>Erwartete Wirkung auf den Gewinn: %1 pro Tag, wenn das zusätzliche Budget zum heutigen ROAS einbringt (90-%-Intervall %2 bis %3, Zuverlässigkeit %4), nach den von der Plattform zugeschriebenen Zahlen über %n Tag der Kampagne.</numerusform>
            <numerusform>Erwartete Wirkung auf den Gewinn: %1 pro Tag, wenn das zusätzliche Budget zum heutigen ROAS einbringt (90-%-Intervall %2 bis %3, Zuverlässigkeit %4), nach den von der Plattform zugeschriebenen Zahlen über %n Tage der Kampagne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1216"/>
        <source>Evidence: %1.</source>
        <translation>Belege: %1.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../agents/approval.cpp" line="25"/>
        <location filename="../agents/approval.cpp" line="72"/>
        <source>set the operator&apos;s name first (Settings)</source>
        <translation>zuerst den Namen des Bearbeiters festlegen (Einstellungen)</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="35"/>
        <source>not approved: the ad copy is over the policy&apos;s limits (%1); shorten it in Decisions ▸ Ad copy… first</source>
        <translation>nicht genehmigt: der Anzeigentext überschreitet die Grenzen der Richtlinie (%1); zuerst unter Entscheidungen ▸ Anzeigentext… kürzen</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="38"/>
        <location filename="../agents/approval.cpp" line="50"/>
        <location filename="../agents/approval.cpp" line="84"/>
        <location filename="../agents/approval.cpp" line="93"/>
        <source>recommendation %1</source>
        <translation>Empfehlung %1</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="46"/>
        <source>not approved under policy version %1: its daily budget %2 is above the maximum daily budget %3; edit its budget (Ctrl+E) or reject it</source>
        <translation>nicht genehmigt unter Richtlinienversion %1: sein Tagesbudget %2 liegt über dem maximalen Tagesbudget %3; Budget bearbeiten (Strg+E) oder ablehnen</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="62"/>
        <source>%1 of %2 approvals (by %3); it needs one more by a different operator</source>
        <translation>%1 von %2 Genehmigungen (von %3); es braucht noch eine von einem anderen Bearbeiter</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="95"/>
        <source>only a done action can be rolled back</source>
        <translation>nur eine ausgeführte Aktion kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="104"/>
        <source>its rollback is recommendation %1 already, waiting for approval</source>
        <translation>ihre Rücknahme ist bereits Empfehlung %1 und wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="106"/>
        <source>it was rolled back already by recommendation %1</source>
        <translation>sie wurde bereits durch Empfehlung %1 zurückgenommen</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="107"/>
        <source>its rollback, recommendation %1, is approved and on its way</source>
        <translation>ihre Rücknahme, Empfehlung %1, ist genehmigt und unterwegs</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="131"/>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="132"/>
        <source>Undo of recommendation #%1 (%2), asked by %3.</source>
        <translation>Rücknahme von Empfehlung #%1 (%2), angefordert von %3.</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="137"/>
        <source>Restore the budget of %1 to %2</source>
        <translation>Budget von %1 auf %2 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="138"/>
        <source>Undo of recommendation #%1: back from %2 to %3, asked by %4.</source>
        <translation>Rücknahme von Empfehlung #%1: zurück von %2 auf %3, angefordert von %4.</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="143"/>
        <source>this action has no rollback</source>
        <translation>diese Aktion lässt sich nicht rückgängig machen</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../models/auditchain.cpp" line="113"/>
        <source>it carries no hash (written around the chain)</source>
        <translation>er trägt keinen Hash (an der Kette vorbei geschrieben)</translation>
    </message>
    <message>
        <location filename="../models/auditchain.cpp" line="115"/>
        <source>it does not follow entry %1: that entry was changed, or entries between them were removed, inserted or reordered</source>
        <translation>er folgt nicht auf Eintrag %1: dieser Eintrag wurde geändert, oder Einträge dazwischen wurden entfernt, eingefügt oder umgestellt</translation>
    </message>
    <message>
        <location filename="../models/auditchain.cpp" line="118"/>
        <source>it does not follow the start of the log: earlier entries were removed</source>
        <translation>er folgt nicht auf den Anfang des Protokolls: frühere Einträge wurden entfernt</translation>
    </message>
    <message>
        <location filename="../models/auditchain.cpp" line="121"/>
        <source>its content does not match its hash: it was changed after it was written</source>
        <translation>sein Inhalt passt nicht zu seinem Hash: er wurde nach dem Schreiben geändert</translation>
    </message>
</context>
<context>
    <name>BenchmarkRecordings</name>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="41"/>
        <source>no header line</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="48"/>
        <source>no column &quot;%1&quot;</source>
        <translation>keine Spalte „%1“</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="131"/>
        <source>the scenario&apos;s numbers do not make a recording</source>
        <translation>aus den Zahlen des Szenarios lässt sich keine Aufzeichnung machen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="144"/>
        <source>not a price: &quot;%1&quot;</source>
        <translation>kein Preis: „%1“</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="166"/>
        <source>not a daily sales row</source>
        <translation>keine Zeile mit Tagesverkäufen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="192"/>
        <source>the public data has fewer products than the scenario needs</source>
        <translation>die öffentlichen Daten haben weniger Produkte, als das Szenario braucht</translation>
    </message>
</context>
<context>
    <name>CampaignListImporter</name>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="14"/>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="15"/>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="17"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="18"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="19"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="22"/>
        <source>Budget type</source>
        <translation>Budgettyp</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="23"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="24"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="39"/>
        <source>the campaign id is empty</source>
        <translation>die Kampagnen-ID ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="52"/>
        <source>status &quot;%1&quot; is not active, paused or ended (nor archived, deleted or completed)</source>
        <translation>Status „%1“ ist weder active, paused noch ended (auch nicht archived, deleted oder completed)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="76"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a budget type (Daily or Lifetime)</source>
        <translation>Spalte „%1“: „%2“ ist kein Budgettyp (Daily oder Lifetime)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="84"/>
        <source>column &quot;%1&quot;: a negative daily budget (%2)</source>
        <translation>Spalte &quot;%1&quot;: ein negatives Tagesbudget (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="96"/>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>sie endet (%1), bevor sie beginnt (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="98"/>
        <source>campaign %1 is already on line %2</source>
        <translation>Kampagne %1 steht schon in Zeile %2</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="120"/>
        <source>campaign %1 advertises product %2, which this workspace does not have: import the catalog (or the daily sales) first</source>
        <translation>Kampagne %1 bewirbt Produkt %2, das dieser Arbeitsbereich nicht hat: zuerst den Katalog (oder die Tagesverkäufe) importieren</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.h" line="24"/>
        <source>Campaign list</source>
        <translation>Kampagnenliste</translation>
    </message>
</context>
<context>
    <name>CampaignPilotApi</name>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="23"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="26"/>
        <source>field &quot;status&quot; is not &quot;success&quot;</source>
        <translation>das Feld &quot;status&quot; ist nicht &quot;success&quot;</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="73"/>
        <source>field &quot;data&quot; is not a list</source>
        <translation>das Feld &quot;data&quot; ist keine Liste</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="78"/>
        <source>field &quot;count&quot; says %1, the list has %2</source>
        <translation>das Feld &quot;count&quot; nennt %1, die Liste hat %2</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="85"/>
        <source>data[%1] is not an object</source>
        <translation>data[%1] ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="125"/>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="135"/>
        <source>field &quot;data&quot; is not an object</source>
        <translation>das Feld &quot;data&quot; ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="147"/>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="161"/>
        <source>is not an object with current and previous</source>
        <translation>ist kein Objekt mit current und previous</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="198"/>
        <source>&quot;%1&quot; is not a campaign status</source>
        <translation>&quot;%1&quot; ist kein Kampagnenstatus</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="210"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; ist kein Datum</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="223"/>
        <source>%1 is more than the %2 impressions</source>
        <translation>%1 ist mehr als die %2 Impressionen</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="231"/>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="261"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>CampaignPilotPlatform</name>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="27"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="30"/>
        <source>field &quot;status&quot; is not &quot;success&quot;</source>
        <translation>das Feld &quot;status&quot; ist nicht &quot;success&quot;</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="33"/>
        <source>field &quot;data&quot; is missing or null</source>
        <translation>das Feld &quot;data&quot; fehlt oder ist null</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="43"/>
        <source>field &quot;data&quot; is not an object</source>
        <translation>das Feld &quot;data&quot; ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="61"/>
        <source>status &quot;%1&quot; is not a campaign status</source>
        <translation>Status &quot;%1&quot; ist kein Kampagnenstatus</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="100"/>
        <source>field &quot;data&quot; is not a list</source>
        <translation>das Feld &quot;data&quot; ist keine Liste</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="106"/>
        <source>data[%1] is not an object</source>
        <translation>data[%1] ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="118"/>
        <source>the list lacks campaign %1, which exists there: it is partial and proves nothing</source>
        <translation>der Liste fehlt Kampagne %1, die dort existiert: sie ist unvollständig und beweist nichts</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="135"/>
        <source>the answer is about campaign %1, not %2</source>
        <translation>die Antwort betrifft Kampagne %1, nicht %2</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="148"/>
        <source>nothing to check</source>
        <translation>nichts zu prüfen</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="160"/>
        <source>this Campaign Pilot API server has no budget endpoint (PATCH was refused); change the budget on the server by hand</source>
        <translation>dieser Campaign-Pilot-API-Server hat keinen Budget-Endpunkt (PATCH wurde abgelehnt); das Budget auf dem Server von Hand ändern</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="195"/>
        <source>nothing to send</source>
        <translation>nichts zu senden</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="203"/>
        <source>this platform cannot change budgets (it answered %1); change it there by hand</source>
        <translation>diese Plattform kann keine Budgets ändern (sie antwortete %1); dort von Hand ändern</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="13"/>
        <source>Product code</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="15"/>
        <source>Regular price</source>
        <translation>Regulärer Preis</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="17"/>
        <source>Sale price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="18"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="19"/>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="20"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="33"/>
        <source>price, category or stock</source>
        <translation>Preis, Kategorie oder Lagerbestand</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="42"/>
        <source>the product code is empty</source>
        <translation>die Artikelnummer ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="46"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="55"/>
        <source>column &quot;%1&quot;: a negative price (%2)</source>
        <translation>Spalte &quot;%1&quot;: ein negativer Preis (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="70"/>
        <source>product code %1 is already on line %2: a catalog has one row per product</source>
        <translation>Artikelnummer %1 steht schon in Zeile %2: ein Katalog hat eine Zeile pro Produkt</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.h" line="20"/>
        <source>Product catalog</source>
        <translation>Produktkatalog</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="28"/>
        <source>the file must end in .png or .csv</source>
        <translation>die Datei muss auf .png oder .csv enden</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="30"/>
        <source>size %1×%2 is outside 100…10000</source>
        <translation>Größe %1×%2 liegt außerhalb von 100…10000</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="72"/>
        <source>cannot encode the PNG</source>
        <translation>das PNG kann nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="76"/>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="56"/>
        <source>%1 recommended for %2</source>
        <translation>%1 empfohlen für %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="59"/>
        <source>%1 applied to %2</source>
        <translation>%1 angewendet auf %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="69"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/charts/chartqueries.cpp" line="70"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="73"/>
        <source>%1 in the category %2</source>
        <translation>%1 in der Kategorie %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="75"/>
        <source>%1 of product %2</source>
        <translation>%1 des Produkts %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="84"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="100"/>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="101"/>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="102"/>
        <location filename="../agents/charts/chartqueries.cpp" line="239"/>
        <source>Spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="103"/>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="104"/>
        <location filename="../agents/charts/chartqueries.cpp" line="240"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="105"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="129"/>
        <location filename="../agents/charts/chartqueries.cpp" line="208"/>
        <source>%1 started</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="148"/>
        <source>no campaign %1 with a product and a start date</source>
        <translation>keine Kampagne %1 mit Produkt und Startdatum</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="167"/>
        <source>%1 before and during %2</source>
        <translation>%1 vor und während %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="168"/>
        <source>Units sold</source>
        <translation>Verkaufte Einheiten</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="169"/>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="206"/>
        <source>Baseline</source>
        <translation>Vergleichszeitraum</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="207"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="213"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="215"/>
        <source>Sales impact %1 · view impact %2 (the Analyst&apos;s measure: %3 baseline days against the newest %4 days)</source>
        <translation>Verkaufswirkung %1 · Aufrufwirkung %2 (Messung des Analysten: %3 Vergleichstage gegen die neuesten %4 Tage)</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="228"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="236"/>
        <source>Spend vs revenue</source>
        <translation>Werbeausgaben vs. Umsatz</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="258"/>
        <source>Budget vs sales lift</source>
        <translation>Budget vs. Verkaufssteigerung</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="266"/>
        <location filename="../agents/charts/chartqueries.cpp" line="275"/>
        <source>not enough data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="272"/>
        <source>Correlation budget ↔ sales lift: %1 · duration ↔ performance: %2 · efficiency by category (mean of sales and page-view impact as weighted by the policy, %): %3</source>
        <translation>Korrelation Budget ↔ Absatzsteigerung: %1 · Laufzeit ↔ Leistung: %2 · Effizienz nach Kategorie (Mittel der Absatz- und Seitenaufrufwirkung, gewichtet nach der Richtlinie, %): %3</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="302"/>
        <source>no campaign %1 in this workspace</source>
        <translation>keine Kampagne %1 in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="322"/>
        <source>no campaign for %1</source>
        <translation>keine Kampagne für %1</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="336"/>
        <source>choose a campaign or a product</source>
        <translation>eine Kampagne oder ein Produkt wählen</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="77"/>
        <source>the answer is not a JSON object (%1 at byte %2)</source>
        <translation>die Antwort ist kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="81"/>
        <source>the answer has no choices[0] object</source>
        <translation>die Antwort hat kein Objekt choices[0]</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="85"/>
        <source>choices[0].message is not an object</source>
        <translation>choices[0].message ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="88"/>
        <source>the answer was cut off at the token limit (finish_reason &quot;length&quot;)</source>
        <translation>die Antwort wurde am Token-Limit abgeschnitten (finish_reason &quot;length&quot;)</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="90"/>
        <source>the model asked to call a tool; it is offered none, and nothing it asks is run</source>
        <translation>das Modell wollte ein Werkzeug aufrufen; es bekommt keines, und nichts, worum es bittet, wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="92"/>
        <source>the server&apos;s content filter withheld the answer</source>
        <translation>der Inhaltsfilter des Servers hat die Antwort zurückgehalten</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="95"/>
        <source>choices[0].message.content is not text</source>
        <translation>choices[0].message.content ist kein Text</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="84"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="85"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="88"/>
        <location filename="../app/commandline.cpp" line="92"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="93"/>
        <source>User interface language, e.g. de or en.</source>
        <translation>Sprache der Oberfläche, z. B. de, es oder en.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="93"/>
        <location filename="../app/commandline.cpp" line="108"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="95"/>
        <source>import: the importer to use (%1); default: detected from the header.</source>
        <translation>import: der zu verwendende Importer (%1); Standard: an der Kopfzeile erkannt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="97"/>
        <location filename="../app/commandline.cpp" line="127"/>
        <location filename="../app/commandline.cpp" line="128"/>
        <location filename="../app/commandline.cpp" line="154"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="99"/>
        <source>import: skip and count bad rows instead of stopping at the first one.</source>
        <translation>import: fehlerhafte Zeilen überspringen und zählen, statt bei der ersten anzuhalten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="105"/>
        <source>import: the currency of the files&apos; amounts (ISO 4217, e.g. GBP): a workspace without one takes it; one in another currency refuses the files. export-recording: the currency of a workspace that has none yet.</source>
        <translation>import: die Währung der Beträge in den Dateien (ISO 4217, z. B. GBP): ein Arbeitsbereich ohne Währung übernimmt sie, einer in einer anderen Währung lehnt die Dateien ab. export-recording: die Währung eines Arbeitsbereichs, der noch keine hat.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="115"/>
        <source>import: what to do with days the store already has: add (sum the figures; a file imported already is refused), replace (the file&apos;s product- or campaign-days replace the store&apos;s; the day&apos;s others stay) or stop (default: refuse the file and name the overlap).</source>
        <translation>import: was mit Tagen geschieht, die der Speicher schon hat: add (die Zahlen addieren; eine schon importierte Datei wird abgelehnt), replace (die Produkt- oder Kampagnentage der Datei ersetzen die des Speichers; die übrigen des Tages bleiben) oder stop (Standard: die Datei ablehnen und die Überschneidung nennen).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="120"/>
        <source>make-demo: the public data folder.</source>
        <translation>make-demo: der Ordner mit den öffentlichen Daten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="120"/>
        <location filename="../app/commandline.cpp" line="121"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="121"/>
        <source>make-demo: where to write the recording.</source>
        <translation>make-demo: wohin die Aufzeichnung geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="122"/>
        <source>cycle: print the recommendations as JSON.</source>
        <translation>cycle: die Empfehlungen als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="123"/>
        <source>send: send the approved actions.</source>
        <translation>send: die genehmigten Aktionen senden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="124"/>
        <location filename="../app/commandline.cpp" line="137"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="125"/>
        <source>send: the operator named in the audit log.</source>
        <translation>send: der im Prüfprotokoll genannte Bearbeiter.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="103"/>
        <location filename="../app/commandline.cpp" line="126"/>
        <location filename="../app/commandline.cpp" line="129"/>
        <location filename="../app/commandline.cpp" line="146"/>
        <location filename="../app/commandline.cpp" line="150"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>Campaign Pilot: agents propose and evaluate ad campaigns; an operator approves every action.

Commands (default: open the window):
  import FILE...   import CSV files into the store (order lines, daily sales, catalog,
                   WooCommerce products, Facebook ads, ad platform daily reports; detected
                   from the header) [--importer ID] [--merge add|replace|stop] [--encoding NAME]
                   [--currency CODE] (the amounts&apos; currency, e.g. GBP)
  make-demo        rebuild the bundled demo recording from shared/data/public
  cycle            run the agents once and fill the decision queue (sends nothing)
  send --approved  send what operators approved (never approves anything)
  cycle --store KIND --store-url URL --platform KIND --platform-url URL
                   first take a live snapshot (campaign-pilot-api|woocommerce; campaign-pilot-api|meta)
  export-recording --out DIR   write the store (live snapshots included) as a recording
  policy           print the policy in effect (the store&apos;s newest, or the shipped default) as JSON
  workspace reidentify --database PATH
                   give a copied workspace file an identity of its own (new connections)
  queue list [--json] [--all]   the recommendations waiting for a decision (not snoozed)
  queue approve ID...           approve (the window&apos;s rules and audit; send --approved sends)
  queue reject ID --reason TEXT
  queue snooze ID --until DATE  hide it from the queue until DATE (YYYY-MM-DD[THH:MM])
  queue retry ID                a failed send: approved again, for send --approved
  queue mark-applied ID         an unknown send you found applied on the platform: done
  queue send-again ID           an unknown send you found not applied: approved again
                   queue exit codes: 0 done, 1 failed, 2 bad arguments or workspace, 3 unknown id,
                   4 already decided (who and when on stderr), 5 not permitted (expired, superseded,
                   a guardrail, a team viewer); with several ids, the first refusal&apos;s code
                   [--operator NAME] (default: the window&apos;s operator name, else $USER; in a team
                   workspace always the role you logged in with)
  station --database PATH|URL [--every 1h] [--once]
                   the headless agent station: a live snapshot (live workspace, connected), a cycle and
                   sending what operators approved, at once and then every DURATION (s, m, h, d; at least
                   1m) until SIGTERM; one station per workspace. Logs to stderr with journald priorities.
                   station exit codes: 0 stopped (--once: the round went well), 1 a round failed (--once),
                   2 bad arguments, workspace or credentials (a team workspace&apos;s station runs as its owner
                   or an admin), 4 another station runs on this workspace
  audit verify     check the audit log&apos;s hash chain: 0 intact, 1 the first entry that does not match
  stop             the workspace&apos;s emergency stop, as the window&apos;s button: no cycle runs and nothing is sent
                   (here, in every window and station) until an operator resumes
  resume [--operator NAME]   lift the emergency stop (audited under the name)
  team add --database URL --role viewer|operator|admin NAME
                   add a member to a team workspace (PostgreSQL): a login role of their own; the password
                   is read from standard input (asked for on a terminal), never an argument. Admins only.
  team list --database URL       the team&apos;s members and their roles
  team remove --database URL NAME   take a member out of the team (admins only)
                   team exit codes: 0 done, 1 the server refused, 2 bad arguments or workspace
  export-chart     render a chart offscreen: --campaign ID|--product ID|--category NAME
                   --kind performance|before-during --out FILE.png|FILE.csv [--size WxH]
  simulate         replay a recording through the agents: --recording R --from D --to D
                   --policy seed|default|FILE [--policy ...] --report FILE.html|.json|.csv [--approve all|none|DECISIONS]</source>
        <translation>Campaign Pilot: Agenten schlagen Werbekampagnen vor und bewerten sie; ein Bearbeiter genehmigt jede Aktion.

Befehle (Standard: das Fenster öffnen):
  import DATEI...  CSV-Dateien in den Datenbestand importieren (Bestellpositionen, Tagesverkäufe,
                   Katalog, WooCommerce-Produkte, Facebook-Anzeigen, Tagesberichte von Werbeplattformen;
                   an der Kopfzeile erkannt) [--importer ID] [--merge add|replace|stop] [--encoding NAME]
                   [--currency CODE] (die Währung der Beträge, z. B. GBP)
  make-demo        die mitgelieferte Demo-Aufzeichnung aus shared/data/public neu erstellen
  cycle            die Agenten einmal ausführen und die Entscheidungsliste füllen (sendet nichts)
  send --approved  senden, was Bearbeiter genehmigt haben (genehmigt selbst nie etwas)
  cycle --store ART --store-url URL --platform ART --platform-url URL
                   zuerst einen Live-Abruf machen (campaign-pilot-api|woocommerce; campaign-pilot-api|meta)
  export-recording --out ORDNER   den Datenbestand (mit Live-Abrufen) als Aufzeichnung schreiben
  policy           die geltende Richtlinie (die neueste des Datenbestands oder die mitgelieferte Standardrichtlinie) als JSON ausgeben
  workspace reidentify --database PFAD
                   einer kopierten Arbeitsbereichsdatei eine eigene Identität geben (neue Verbindungen)
  queue list [--json] [--all]   die Empfehlungen, die auf eine Entscheidung warten (nicht zurückgestellt)
  queue approve ID...           genehmigen (Regeln und Protokoll wie im Fenster; send --approved sendet)
  queue reject ID --reason TEXT
  queue snooze ID --until DATUM aus der Liste ausblenden bis DATUM (JJJJ-MM-TT[THH:MM])
  queue retry ID                ein fehlgeschlagener Versand: wieder genehmigt, für send --approved
  queue mark-applied ID         ein unbekannter Versand, den Sie auf der Plattform angewendet fanden: erledigt
  queue send-again ID           ein unbekannter Versand, den Sie nicht angewendet fanden: wieder genehmigt
                   Exit-Codes von queue: 0 erledigt, 1 fehlgeschlagen, 2 falsche Argumente oder Arbeitsbereich,
                   3 unbekannte ID, 4 schon entschieden (wer und wann auf stderr), 5 nicht erlaubt (abgelaufen,
                   ersetzt, eine Schutzregel, ein Team-Betrachter); bei mehreren IDs der Code der ersten Ablehnung
                   [--operator NAME] (Standard: der Bearbeitername des Fensters, sonst $USER; in einem
                   Team-Arbeitsbereich immer die angemeldete Rolle)
  station --database PFAD|URL [--every 1h] [--once]
                   die Agentenstation ohne Fenster: ein Live-Abruf (Live-Arbeitsbereich, verbunden), ein Zyklus und
                   das Senden dessen, was Bearbeiter genehmigt haben, sofort und dann alle DAUER (s, m, h, d; mindestens
                   1m) bis SIGTERM; eine Station je Arbeitsbereich. Protokolliert auf stderr mit journald-Prioritäten.
                   Exit-Codes von station: 0 beendet (--once: die Runde lief gut), 1 eine Runde schlug fehl (--once),
                   2 falsche Argumente, Arbeitsbereich oder Zugangsdaten (die Station eines Team-Arbeitsbereichs
                   läuft als Eigentümer oder Admin), 4 auf diesem Arbeitsbereich läuft schon eine Station
  audit verify     die Hash-Kette des Prüfprotokolls prüfen: 0 intakt, 1 der erste Eintrag, der nicht passt
  stop             der Notstopp des Arbeitsbereichs, wie der Knopf im Fenster: kein Zyklus läuft und nichts wird gesendet
                   (hier, in jedem Fenster und jeder Station), bis ein Operator fortsetzt
  resume [--operator NAME]   hebt den Notstopp auf (unter dem Namen protokolliert)
  team add --database URL --role viewer|operator|admin NAME
                   ein Mitglied zu einem Team-Arbeitsbereich (PostgreSQL) hinzufügen: eine eigene Anmelderolle; das Passwort
                   wird von der Standardeingabe gelesen (am Terminal abgefragt), nie als Argument. Nur Admins.
  team list --database URL       die Mitglieder des Teams und ihre Rollen
  team remove --database URL NAME   ein Mitglied aus dem Team nehmen (nur Admins)
                   team-Exit-Codes: 0 erledigt, 1 der Server lehnte ab, 2 falsche Argumente oder Arbeitsbereich
  export-chart     ein Diagramm ohne Bildschirm rendern: --campaign ID|--product ID|--category NAME
                   --kind performance|before-during --out DATEI.png|DATEI.csv [--size BxH]
  simulate         eine Aufzeichnung durch die Agenten abspielen: --recording R --from D --to D
                   --policy seed|default|DATEI [--policy ...] --report DATEI.html|.json|.csv [--approve all|none|ENTSCHEIDUNGEN]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="87"/>
        <source>The workspace (SQLite file) to open as it is; a new path creates a live workspace.</source>
        <translation>Der Arbeitsbereich (SQLite-Datei), der so geöffnet wird, wie er ist; ein neuer Pfad legt einen Live-Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="90"/>
        <source>Open a recording (a folder with manifest.json, or &quot;demo&quot;) in its own replay workspace (never in a live one).</source>
        <translation>Eine Aufzeichnung (einen Ordner mit manifest.json oder &quot;demo&quot;) in ihrem eigenen Wiedergabe-Arbeitsbereich öffnen (nie in einem Live-Arbeitsbereich).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="101"/>
        <source>import: the files&apos; text encoding when it is not UTF-8 or UTF-16 with a byte-order mark: latin1 or windows-1252.</source>
        <translation>import: die Textkodierung der Dateien, wenn sie nicht UTF-8 oder UTF-16 mit Byte-Order-Mark ist: latin1 oder windows-1252.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="110"/>
        <source>import: the order of slash dates (01/11/2011): mdy (month/day/year) or dmy (day/month/year). Default: month first, and a file whose slash dates could be either is refused.</source>
        <translation>import: die Reihenfolge von Daten mit Schrägstrich (01/11/2011): mdy (Monat/Tag/Jahr) oder dmy (Tag/Monat/Jahr). Standard: Monat zuerst; eine Datei, deren Daten beides sein könnten, wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="113"/>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="119"/>
        <location filename="../app/commandline.cpp" line="141"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="124"/>
        <source>cycle: the policy (JSON) to apply. simulate: a policy to compare (seed, default or a JSON file; repeatable).</source>
        <translation>cycle: die anzuwendende Richtlinie (JSON). simulate: eine zu vergleichende Richtlinie (seed, default oder eine JSON-Datei; wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="127"/>
        <source>export-chart: a campaign id.</source>
        <translation>export-chart: eine Kampagnen-ID.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="128"/>
        <source>export-chart: a product id.</source>
        <translation>export-chart: eine Produkt-ID.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="129"/>
        <source>export-chart: a category.</source>
        <translation>export-chart: eine Kategorie.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="130"/>
        <source>export-chart: performance or before-during.</source>
        <translation>export-chart: performance oder before-during.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="131"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="132"/>
        <source>export-chart: image size, e.g. 1200x700.</source>
        <translation>export-chart: Bildgröße, z. B. 1200x700.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="133"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>simulate: first day (YYYY-MM-DD).</source>
        <translation>simulate: erster Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <location filename="../app/commandline.cpp" line="135"/>
        <location filename="../app/commandline.cpp" line="162"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="135"/>
        <source>simulate: last day (YYYY-MM-DD).</source>
        <translation>simulate: letzter Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="136"/>
        <source>simulate: the report file (.html, .json or .csv).</source>
        <translation>simulate: die Berichtsdatei (.html, .json oder .csv).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="139"/>
        <source>simulate: which recommendations the simulation approves: all, none, or decisions such as PAUSE,EMERGENCY_PAUSE.</source>
        <translation>simulate: welche Empfehlungen die Simulation genehmigt: all, none oder Entscheidungen wie PAUSE,EMERGENCY_PAUSE.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="143"/>
        <source>cycle, send: the ad platform: recorded (default), campaign-pilot-api or meta. Credentials come from the keychain or the environment (CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN).</source>
        <translation>cycle, send: die Werbeplattform: recorded (Standard), campaign-pilot-api oder meta. Zugangsdaten kommen aus dem Schlüsselbund oder der Umgebung (CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="148"/>
        <source>cycle: the live store: campaign-pilot-api or woocommerce (credentials: keychain, or CP_STORE_TOKEN, CP_WC_CONSUMER_KEY and CP_WC_CONSUMER_SECRET).</source>
        <translation>cycle: der Live-Shop: campaign-pilot-api oder woocommerce (Zugangsdaten: Schlüsselbund oder CP_STORE_TOKEN, CP_WC_CONSUMER_KEY und CP_WC_CONSUMER_SECRET).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="151"/>
        <source>cycle: the store&apos;s address (HTTPS).</source>
        <translation>cycle: die Adresse des Shops (HTTPS).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="152"/>
        <location filename="../app/commandline.cpp" line="156"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="157"/>
        <source>queue reject: why (it goes into the audit log).</source>
        <translation>queue reject: warum (kommt ins Prüfprotokoll).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="158"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="160"/>
        <source>queue snooze: until when (YYYY-MM-DD: that day&apos;s start, local time; or YYYY-MM-DDTHH:MM).</source>
        <translation>queue snooze: bis wann (JJJJ-MM-TT: Beginn dieses Tages, Ortszeit; oder JJJJ-MM-TTTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="163"/>
        <source>queue list: every recommendation, decided and snoozed ones too.</source>
        <translation>queue list: jede Empfehlung, auch entschiedene und zurückgestellte.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="165"/>
        <source>station: the time between rounds, e.g. 15m, 1h or 1d (default 1h).</source>
        <translation>station: die Zeit zwischen zwei Runden, z. B. 15m, 1h oder 1d (Standard 1h).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="166"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="167"/>
        <source>station: one round, then exit (for cron and tests).</source>
        <translation>station: eine Runde, dann beenden (für cron und Tests).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <source>team add: what the member may do: viewer, operator or admin.</source>
        <translation>team add: was das Mitglied darf: viewer, operator oder admin.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="169"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="175"/>
        <source>import | make-demo | cycle | send | queue | simulate | export-recording | export-chart | policy | workspace | audit | team | station (none: open the window)</source>
        <translation>import | make-demo | cycle | send | queue | simulate | export-recording | export-chart | policy | workspace | audit | team | station (keiner: das Fenster öffnen)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="177"/>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="178"/>
        <source>import: the CSV files</source>
        <translation>import: die CSV-Dateien</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="178"/>
        <source>[files...]</source>
        <translation>[Dateien...]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="194"/>
        <source>--%1 was given an empty value; give it a %2 or leave the option out</source>
        <translation>--%1 wurde ein leerer Wert gegeben; geben Sie einen Wert (%2) an oder lassen Sie die Option weg</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="206"/>
        <source>--lang &quot;%1&quot; is not a language code (e.g. de, en, es)</source>
        <translation>--lang „%1“ ist kein Sprachcode (z. B. de, en, es)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="272"/>
        <source>import: name at least one CSV file</source>
        <translation>import: mindestens eine CSV-Datei angeben</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="275"/>
        <source>import: unknown encoding &quot;%1&quot;; known: latin1, windows-1252</source>
        <translation>import: unbekannte Kodierung &quot;%1&quot;; bekannt: latin1, windows-1252</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="278"/>
        <source>import: --currency &quot;%1&quot; is not a currency code (ISO 4217, three letters, e.g. GBP)</source>
        <translation>import: --currency „%1“ ist kein Währungscode (ISO 4217, drei Buchstaben, z. B. GBP)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="282"/>
        <source>import: unknown --date-order &quot;%1&quot;; known: mdy (month/day/year), dmy (day/month/year)</source>
        <translation>import: unbekannte --date-order „%1“; bekannt: mdy (Monat/Tag/Jahr), dmy (Tag/Monat/Jahr)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="286"/>
        <source>import: unknown --merge &quot;%1&quot;; known: add, replace, stop</source>
        <translation>import: unbekanntes --merge &quot;%1&quot;; bekannt: add, replace, stop</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="289"/>
        <source>import: unknown importer &quot;%1&quot;; known: %2</source>
        <translation>import: unbekannter Importer &quot;%1&quot;; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="295"/>
        <source>make-demo: --source DIR and --out DIR are required</source>
        <translation>make-demo: --source ORDNER und --out ORDNER sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="301"/>
        <source>cycle: unknown store &quot;%1&quot; (campaign-pilot-api, woocommerce)</source>
        <translation>cycle: unbekannter Shop &quot;%1&quot; (campaign-pilot-api, woocommerce)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="304"/>
        <source>cycle: unknown platform &quot;%1&quot; (recorded, campaign-pilot-api, meta)</source>
        <translation>cycle: unbekannte Plattform &quot;%1&quot; (recorded, campaign-pilot-api, meta)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="307"/>
        <source>cycle: --store-url URL is required with --store</source>
        <translation>cycle: --store-url URL ist mit --store erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="310"/>
        <source>cycle: --platform-url URL is required with --platform %1</source>
        <translation>cycle: --platform-url URL ist mit --platform %1 erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="313"/>
        <source>cycle: a recording and live connections do not mix; use one or the other</source>
        <translation>cycle: eine Aufzeichnung und Live-Verbindungen lassen sich nicht mischen; das eine oder das andere verwenden</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="319"/>
        <source>export-recording: --out DIR is required</source>
        <translation>export-recording: --out ORDNER ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="322"/>
        <source>export-recording: --currency &quot;%1&quot; is not a currency code (ISO 4217, three letters, e.g. GBP)</source>
        <translation>export-recording: --currency „%1“ ist kein Währungscode (ISO 4217, drei Buchstaben, z. B. GBP)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="329"/>
        <source>simulate: --recording, --from, --to, --policy and --report are required</source>
        <translation>simulate: --recording, --from, --to, --policy und --report sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="336"/>
        <source>export-chart: --out FILE and exactly one of --campaign, --product, --category are required</source>
        <translation>export-chart: --out DATEI und genau eines von --campaign, --product, --category sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="339"/>
        <source>export-chart: --kind must be performance or before-during, not &quot;%1&quot;</source>
        <translation>export-chart: --kind muss performance oder before-during sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="342"/>
        <source>export-chart: --size must be WIDTHxHEIGHT, e.g. 1200x700</source>
        <translation>export-chart: --size muss BREITExHÖHE sein, z. B. 1200x700</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="346"/>
        <source>export-chart: %1</source>
        <translation>export-chart: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="355"/>
        <source>workspace: name what to do: reidentify</source>
        <translation>workspace: sagen, was zu tun ist: reidentify</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="356"/>
        <source>workspace: unknown &quot;%1&quot; (reidentify)</source>
        <translation>workspace: unbekannt „%1“ (reidentify)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="370"/>
        <source>queue %1: &quot;%2&quot; is not a recommendation id</source>
        <translation>queue %1: „%2“ ist keine Empfehlungs-ID</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="382"/>
        <source>queue: name what to do: list, approve, reject, snooze, retry, mark-applied or send-again</source>
        <translation>queue: sagen Sie, was zu tun ist: list, approve, reject, snooze, retry, mark-applied oder send-again</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="383"/>
        <source>queue: unknown &quot;%1&quot; (list, approve, reject, snooze, retry, mark-applied, send-again)</source>
        <translation>queue: unbekannt &quot;%1&quot; (list, approve, reject, snooze, retry, mark-applied, send-again)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="387"/>
        <source>queue list takes no ids</source>
        <translation>queue list nimmt keine IDs</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="389"/>
        <source>queue approve: name at least one recommendation id</source>
        <translation>queue approve: mindestens eine Empfehlungs-ID angeben</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="391"/>
        <source>queue %1: name one recommendation id</source>
        <translation>queue %1: genau eine Empfehlungs-ID angeben</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="393"/>
        <source>queue reject: say why with --reason TEXT (it goes into the audit log)</source>
        <translation>queue reject: mit --reason TEXT sagen, warum (kommt ins Prüfprotokoll)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="395"/>
        <source>queue snooze: say until when with --until DATE</source>
        <translation>queue snooze: mit --until DATUM sagen, bis wann</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="398"/>
        <source>queue: --policy is not taken; the workspace&apos;s policy in effect applies</source>
        <translation>queue: --policy wird nicht angenommen; es gilt die Richtlinie des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="406"/>
        <source>audit: name what to do: verify</source>
        <translation>audit: sagen, was zu tun ist: verify</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="407"/>
        <source>audit: unknown &quot;%1&quot; (verify)</source>
        <translation>audit: unbekannt „%1“ (verify)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="417"/>
        <source>team: name what to do: add, list or remove</source>
        <translation>team: nennen Sie, was zu tun ist: add, list oder remove</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="418"/>
        <source>team: unknown &quot;%1&quot; (add, list, remove)</source>
        <translation>team: unbekannt „%1“ (add, list, remove)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="420"/>
        <source>team: name the team workspace with --database postgresql://[USER@]HOST[:PORT]/DB (a workspace file has no team)</source>
        <translation>team: nennen Sie den Team-Arbeitsbereich mit --database postgresql://[BENUTZER@]HOST[:PORT]/DB (eine Arbeitsbereichsdatei hat kein Team)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="424"/>
        <source>team list takes no names</source>
        <translation>team list nimmt keine Namen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="426"/>
        <source>team %1: name one member</source>
        <translation>team %1: nennen Sie ein Mitglied</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="430"/>
        <source>team add: say what the member may do with --role viewer|operator|admin</source>
        <translation>team add: sagen Sie mit --role viewer|operator|admin, was das Mitglied darf</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="431"/>
        <source>team add: unknown role &quot;%1&quot; (viewer, operator, admin)</source>
        <translation>team add: unbekannte Rolle „%1“ (viewer, operator, admin)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="440"/>
        <source>station: name the workspace with --database PATH|postgresql://HOST[:PORT]/DB</source>
        <translation>station: den Arbeitsbereich mit --database PFAD|postgresql://HOST[:PORT]/DB angeben</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="442"/>
        <source>station: --every &quot;%1&quot; is not a duration: a whole number and s, m, h or d, e.g. 15m, 1h, 1d (at least 1m)</source>
        <translation>station: --every „%1“ ist keine Dauer: eine ganze Zahl und s, m, h oder d, z. B. 15m, 1h, 1d (mindestens 1m)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="445"/>
        <source>station: unknown store &quot;%1&quot; (campaign-pilot-api, woocommerce)</source>
        <translation>station: unbekannter Shop „%1“ (campaign-pilot-api, woocommerce)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="447"/>
        <source>station: unknown platform &quot;%1&quot; (recorded, campaign-pilot-api, meta)</source>
        <translation>station: unbekannte Plattform „%1“ (recorded, campaign-pilot-api, meta)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="449"/>
        <source>station: --store-url URL is required with --store</source>
        <translation>station: --store-url URL ist mit --store erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="451"/>
        <source>station: --platform-url URL is required with --platform %1</source>
        <translation>station: --platform-url URL ist mit --platform %1 erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="453"/>
        <source>station: --json is not taken; the station logs lines for the journal</source>
        <translation>station: --json wird nicht angenommen; die Station protokolliert Zeilen für das Journal</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="458"/>
        <source>send: say --approved (it sends only what operators approved)</source>
        <translation>send: --approved angeben (es wird nur gesendet, was Bearbeiter genehmigt haben)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="461"/>
        <source>send: unknown platform &quot;%1&quot; (recorded, campaign-pilot-api, meta)</source>
        <translation>send: unbekannte Plattform &quot;%1&quot; (recorded, campaign-pilot-api, meta)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="464"/>
        <location filename="../app/commandline.cpp" line="467"/>
        <source>send: --platform-url URL is required for campaign-pilot-api</source>
        <translation>send: --platform-url URL ist für campaign-pilot-api erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="471"/>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>unbekannter Befehl &quot;%1&quot; (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="475"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="34"/>
        <source>%1: campaign-pilot workspace reidentify --database %2</source>
        <translation>%1: campaign-pilot workspace reidentify --database %2</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="69"/>
        <source>note: no policy is saved in this workspace: the default policy&apos;s amounts are sized for %1 (×%2: a price above %3, at most %4 a day, %5 spent before acting); review them with `campaign-pilot policy` or in Settings ▸ Policy</source>
        <translation>Hinweis: In diesem Arbeitsbereich ist keine Richtlinie gespeichert: die Beträge der Standardrichtlinie sind für %1 bemessen (×%2: ein Preis über %3, höchstens %4 am Tag, %5 ausgegeben, bevor gehandelt wird); prüfen Sie sie mit `campaign-pilot policy` oder unter Einstellungen ▸ Richtlinie</translation>
    </message>
    <message>
        <location filename="../app/cmd_audit.cpp" line="15"/>
        <location filename="../app/cmd_audit.cpp" line="25"/>
        <location filename="../app/cmd_cycle.cpp" line="118"/>
        <location filename="../app/cmd_cycle.cpp" line="156"/>
        <location filename="../app/cmd_cycle.cpp" line="172"/>
        <location filename="../app/cmd_cycle.cpp" line="180"/>
        <location filename="../app/cmd_cycle.cpp" line="197"/>
        <location filename="../app/cmd_exportchart.cpp" line="17"/>
        <location filename="../app/cmd_exportchart.cpp" line="30"/>
        <location filename="../app/cmd_exportchart.cpp" line="35"/>
        <location filename="../app/cmd_exportrecording.cpp" line="19"/>
        <location filename="../app/cmd_exportrecording.cpp" line="45"/>
        <location filename="../app/cmd_import.cpp" line="23"/>
        <location filename="../app/cmd_import.cpp" line="38"/>
        <location filename="../app/cmd_import.cpp" line="49"/>
        <location filename="../app/cmd_import.cpp" line="56"/>
        <location filename="../app/cmd_makedemo.cpp" line="20"/>
        <location filename="../app/cmd_makedemo.cpp" line="24"/>
        <location filename="../app/cmd_policy.cpp" line="22"/>
        <location filename="../app/cmd_policy.cpp" line="28"/>
        <location filename="../app/cmd_queue.cpp" line="125"/>
        <location filename="../app/cmd_queue.cpp" line="193"/>
        <location filename="../app/cmd_queue.cpp" line="218"/>
        <location filename="../app/cmd_queue.cpp" line="234"/>
        <location filename="../app/cmd_queue.cpp" line="265"/>
        <location filename="../app/cmd_queue.cpp" line="301"/>
        <location filename="../app/cmd_queue.cpp" line="307"/>
        <location filename="../app/cmd_queue.cpp" line="348"/>
        <location filename="../app/cmd_queue.cpp" line="356"/>
        <location filename="../app/cmd_send.cpp" line="24"/>
        <location filename="../app/cmd_send.cpp" line="67"/>
        <location filename="../app/cmd_send.cpp" line="102"/>
        <location filename="../app/cmd_simulate.cpp" line="20"/>
        <location filename="../app/cmd_station.cpp" line="112"/>
        <location filename="../app/cmd_station.cpp" line="149"/>
        <location filename="../app/cmd_station.cpp" line="160"/>
        <location filename="../app/cmd_station.cpp" line="184"/>
        <location filename="../app/cmd_station.cpp" line="200"/>
        <location filename="../app/cmd_station.cpp" line="212"/>
        <location filename="../app/cmd_station.cpp" line="222"/>
        <location filename="../app/cmd_stop.cpp" line="26"/>
        <location filename="../app/cmd_stop.cpp" line="37"/>
        <location filename="../app/cmd_stop.cpp" line="48"/>
        <location filename="../app/cmd_team.cpp" line="69"/>
        <location filename="../app/cmd_team.cpp" line="78"/>
        <location filename="../app/cmd_team.cpp" line="96"/>
        <location filename="../app/cmd_team.cpp" line="105"/>
        <location filename="../app/cmd_workspace.cpp" line="18"/>
        <location filename="../app/cmd_workspace.cpp" line="33"/>
        <location filename="../app/commandline.cpp" line="488"/>
        <location filename="../app/commandsupport.cpp" line="102"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_audit.cpp" line="30"/>
        <source>audit log: entry %1 (%2, %3) does not match: %4</source>
        <translation>Prüfprotokoll: Eintrag %1 (%2, %3) passt nicht: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_audit.cpp" line="34"/>
        <source>%n entry(ies) before it verified.</source>
        <translation>
            <numerusform>%n Eintrag davor geprüft.</numerusform>
            <numerusform>%n Einträge davor geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_audit.cpp" line="37"/>
        <source>audit log: %n entry(ies) verified; the chain is intact.</source>
        <translation>
            <numerusform>Prüfprotokoll: %n Eintrag geprüft; die Kette ist intakt.</numerusform>
            <numerusform>Prüfprotokoll: %n Einträge geprüft; die Kette ist intakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_audit.cpp" line="39"/>
        <source>newest hash: %1 (keep it elsewhere to notice a log rewritten as a whole)</source>
        <translation>neuester Hash: %1 (anderswo aufbewahren, um ein komplett neu geschriebenes Protokoll zu bemerken)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="27"/>
        <source>error: %1 is a replay workspace (a copy of one recording); import into a live workspace (--database PATH)</source>
        <translation>Fehler: %1 ist ein Wiedergabe-Arbeitsbereich (eine Kopie einer Aufzeichnung); in einen Live-Arbeitsbereich importieren (--database PFAD)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="66"/>
        <source>error: %1: %2 (%3-separated); name one with --importer</source>
        <translation>Fehler: %1: %2 (getrennt durch %3); einen mit --importer angeben</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="67"/>
        <source>error: %1: %2 (%3-separated). Column names are read as the platforms and shops export them, in English; a file with other column names can be imported in the window, which maps its columns by hand (File ▸ Import CSV…)</source>
        <translation>Fehler: %1: %2 (%3-getrennt). Spaltennamen werden so gelesen, wie Plattformen und Shops sie exportieren, auf Englisch; eine Datei mit anderen Spaltennamen lässt sich im Fenster importieren, das ihre Spalten von Hand zuordnet (Datei ▸ CSV importieren…)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="86"/>
        <source>error: %1%2</source>
        <translation>Fehler: %1%2</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="97"/>
        <source>%1 of %2 files imported; nothing from the others (see above)</source>
        <translation>%1 von %2 Dateien importiert; nichts aus den übrigen (siehe oben)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="102"/>
        <source>none of the %1 files was imported (see above)</source>
        <translation>keine der %1 Dateien wurde importiert (siehe oben)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="110"/>
        <source>the new workspace %1 was removed again: nothing was imported into it</source>
        <translation>der neue Arbeitsbereich %1 wurde wieder entfernt: nichts wurde in ihn importiert</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="73"/>
        <location filename="../app/cmd_cycle.cpp" line="99"/>
        <source>store</source>
        <translation>den Shop</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="74"/>
        <location filename="../app/cmd_cycle.cpp" line="100"/>
        <source>ad platform</source>
        <translation>die Werbeplattform</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="79"/>
        <source>  note: the %1 connection %2 is saved for this workspace (the window&apos;s Agents ▸ Connections); its credentials are not</source>
        <translation>  Hinweis: die Verbindung (%1) %2 ist für diesen Arbeitsbereich gespeichert (im Fenster unter Agenten ▸ Verbindungen); ihre Zugangsdaten nicht</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="103"/>
        <source>this workspace&apos;s %1 connection is %2, the command names %3: two shops or ad accounts in one workspace would mix their figures and send to the wrong one. Use a workspace of its own (--database), or change the connection in the window (Agents ▸ Connections)</source>
        <translation>die Verbindung (%1) dieses Arbeitsbereichs ist %2, der Befehl nennt %3: zwei Shops oder Werbekonten in einem Arbeitsbereich würden ihre Zahlen vermischen und an das falsche senden. Einen eigenen Arbeitsbereich verwenden (--database) oder die Verbindung im Fenster ändern (Agenten ▸ Verbindungen)</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="163"/>
        <source>error: the emergency stop is on: no cycle runs and nothing is fetched until an operator resumes (`campaign-pilot resume` or the window)</source>
        <translation>Fehler: Der Notstopp ist aktiv: kein Zyklus läuft und nichts wird abgerufen, bis ein Operator fortsetzt (`campaign-pilot resume` oder das Fenster)</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="203"/>
        <location filename="../app/cmd_cycle.cpp" line="217"/>
        <source>As of %1: %2.</source>
        <translation>Stand %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="228"/>
        <source>%n active campaign(s) not judged:</source>
        <translation>
            <numerusform>%n aktive Kampagne nicht bewertet:</numerusform>
            <numerusform>%n aktive Kampagnen nicht bewertet:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="45"/>
        <source>unknown policy: neither &quot;seed&quot;, &quot;default&quot; nor a policy file</source>
        <translation>unbekannte Richtlinie: weder &quot;seed&quot;, &quot;default&quot; noch eine Richtliniendatei</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="79"/>
        <source>%1 – %2 runs past the recording&apos;s days (%3 – %4): give dates within them</source>
        <translation>%1 – %2 reicht über die Tage der Aufzeichnung hinaus (%3 – %4): geben Sie Daten innerhalb davon an</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="126"/>
        <source>share of the oracle&apos;s profit: n/a (%1)</source>
        <translation>Anteil am Gewinn des Orakels: k. A. (%1)</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="128"/>
        <source>share of the incremental oracle&apos;s profit: n/a (%1)</source>
        <translation>Anteil am Gewinn des inkrementellen Orakels: k. A. (%1)</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="130"/>
        <source>the recording states no true incremental units: every attributed conversion counts as incremental</source>
        <translation>die Aufzeichnung nennt keine wahren Zusatzeinheiten: jede zugeordnete Conversion zählt als zusätzlich</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="38"/>
        <source>error: %1; nothing was sent</source>
        <translation>Fehler: %1; nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="43"/>
        <source>error: this is a live workspace: its approved actions go to its ad platform, never to the recorded backend; name it with --platform, or connect one in the window</source>
        <translation>Fehler: dies ist ein Live-Arbeitsbereich: seine genehmigten Aktionen gehen an seine Werbeplattform, nie an das aufgezeichnete Backend; sie mit --platform angeben oder im Fenster eine verbinden</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="95"/>
        <source>unknown: recommendation #%1 (%2): its send could not be confirmed%3; later actions on the campaign wait until an operator settles it: campaign-pilot queue mark-applied %1 or queue send-again %1 (in the window, Decisions: Mark applied or Send again)</source>
        <translation>unbekannt: Empfehlung #%1 (%2): ihr Versand konnte nicht bestätigt werden%3; spätere Aktionen auf der Kampagne warten, bis ein Operator ihn klärt: campaign-pilot queue mark-applied %1 oder queue send-again %1 (im Fenster, Entscheidungen: Als angewendet markieren oder Erneut senden)</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="110"/>
        <source>failed: recommendation #%1 (%2): %3; nothing was applied. campaign-pilot queue retry %1 sends it again (in the window, Decisions: Retry send)</source>
        <translation>fehlgeschlagen: Empfehlung #%1 (%2): %3; nichts wurde angewendet. campaign-pilot queue retry %1 sendet sie erneut (im Fenster, Entscheidungen: Versand wiederholen)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="87"/>
        <source>nothing from %1 was imported</source>
        <translation>nichts aus %1 wurde importiert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="153"/>
        <source>cycle, send: the Meta ad account id (digits; needed with --platform meta).</source>
        <translation>cycle, send: die ID des Meta-Werbekontos (Ziffern; nötig mit --platform meta).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="155"/>
        <source>cycle, send: the platform&apos;s address (HTTPS).</source>
        <translation>cycle, send: die Adresse der Plattform (HTTPS).</translation>
    </message>
    <message>
        <location filename="../app/cmd_makedemo.cpp" line="27"/>
        <source>demo recording written to %1: %2 products, %3 product days, %4 campaigns, %5 campaign days</source>
        <translation>Demo-Aufzeichnung nach %1 geschrieben: %2 Produkte, %3 Produkttage, %4 Kampagnen, %5 Kampagnentage</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="57"/>
        <source>cannot read the policy: %1</source>
        <translation>die Richtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="132"/>
        <source>error: live data: %1</source>
        <translation>Fehler: Live-Daten: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="137"/>
        <source>live snapshot: %1 products, %2 product days, %3 campaigns, %4 campaign days</source>
        <translation>Live-Abruf: %1 Produkte, %2 Produkttage, %3 Kampagnen, %4 Kampagnentage</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="141"/>
        <source>  failed: %1</source>
        <translation>  fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="129"/>
        <location filename="../app/cmd_cycle.cpp" line="143"/>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="24"/>
        <source>Live snapshots exported %1</source>
        <translation>Live-Abrufe exportiert am %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="29"/>
        <source>error: the workspace records its amounts in %1, not %2</source>
        <translation>Fehler: der Arbeitsbereich führt seine Beträge in %1, nicht in %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="34"/>
        <source>error: the workspace&apos;s currency is not known yet (no connection or import named it): give it with --currency CODE, e.g. --currency GBP</source>
        <translation>Fehler: die Währung des Arbeitsbereichs ist noch nicht bekannt (keine Verbindung und kein Import hat sie genannt): mit --currency CODE angeben, z. B. --currency GBP</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="49"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="50"/>
        <source>recording written to %1 (%2 to %3)</source>
        <translation>Aufzeichnung nach %1 geschrieben (%2 bis %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="209"/>
        <source>Cycle %1 as of %2: %n recommendation(s) queued for approval; nothing was sent.</source>
        <translation>
            <numerusform>Zyklus %1 mit Stand %2: %n Empfehlung wartet auf Genehmigung; nichts wurde gesendet.</numerusform>
            <numerusform>Zyklus %1 mit Stand %2: %n Empfehlungen warten auf Genehmigung; nichts wurde gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="214"/>
        <source>%n of them judged as before: the pending ones were kept, with any approval already given.</source>
        <translation>
            <numerusform>%n davon wie zuvor beurteilt: die wartende wurde behalten, mit einer bereits gegebenen Genehmigung.</numerusform>
            <numerusform>%n davon wie zuvor beurteilt: die wartenden wurden behalten, mit bereits gegebenen Genehmigungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="219"/>
        <source>#%1 %2 %3 %4 (risk %5): %6</source>
        <translation>#%1 %2 %3 %4 (Risiko %5): %6</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportchart.cpp" line="38"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="27"/>
        <location filename="../app/cmd_simulate.cpp" line="29"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="40"/>
        <source>given twice: each policy file is simulated once</source>
        <translation>zweimal angegeben: jede Richtliniendatei wird einmal simuliert</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="59"/>
        <source>the report must end in .html, .json or .csv</source>
        <translation>der Bericht muss auf .html, .json oder .csv enden</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="86"/>
        <source>the simulation&apos;s model is %1&apos;s (elasticity %2, new-campaign pacing %3, oracle budget up to %4×): every policy of this report, the oracles too, runs under it</source>
        <translation>das Modell der Simulation ist das von %1 (Elastizität %2, Ausgabequote neuer Kampagnen %3, Orakel-Budget bis %4×): jede Richtlinie dieses Berichts, auch die Orakel, läuft darunter</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="100"/>
        <source>saved as simulation #%1 in %2</source>
        <translation>als Simulation #%1 in %2 gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_simulate.cpp" line="104"/>
        <source>%1 (%2): spend %3, revenue %4, profit %5 (new campaigns %6), %n action(s)%7</source>
        <translation>
            <numerusform>%1 (%2): Werbeausgaben %3, Umsatz %4, Gewinn %5 (neue Kampagnen %6), %n Aktion%7</numerusform>
            <numerusform>%1 (%2): Werbeausgaben %3, Umsatz %4, Gewinn %5 (neue Kampagnen %6), %n Aktionen%7</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="108"/>
        <source>, recorded campaigns %1 % of the oracle&apos;s</source>
        <translation>, aufgezeichnete Kampagnen %1 % des Orakels</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="114"/>
        <source>incremental profit %1 (recorded campaigns %2%3); wrong pauses %4, missed pauses %5, late-decision loss %6</source>
        <translation>inkrementeller Gewinn %1 (aufgezeichnete Kampagnen %2%3); falsche Pausen %4, verpasste Pausen %5, Verlust durch späte Entscheidungen %6</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="117"/>
        <source>, %1 % of the incremental oracle&apos;s</source>
        <translation>, %1 % des inkrementellen Orakels</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="132"/>
        <source>report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="31"/>
        <source>error: the emergency stop is on; an operator must resume first</source>
        <translation>Fehler: der Not-Aus ist aktiv; ein Bearbeiter muss zuerst fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/cmd_workspace.cpp" line="12"/>
        <source>error: workspace %1: name the workspace file with --database PATH</source>
        <translation>Fehler: workspace %1: die Arbeitsbereichsdatei mit --database PFAD angeben</translation>
    </message>
    <message>
        <location filename="../app/cmd_workspace.cpp" line="24"/>
        <source>error: %1 is a replay workspace: it has no connections to share, and keeps its id</source>
        <translation>Fehler: %1 ist ein Wiedergabe-Arbeitsbereich: er hat keine Verbindungen, die er teilen könnte, und behält seine ID</translation>
    </message>
    <message>
        <location filename="../app/cmd_workspace.cpp" line="36"/>
        <source>%1 now has an identity of its own (id %2, was %3): it has no connections yet (Agents ▸ Connections, or cycle --store/--platform); %4 keeps its own.</source>
        <translation>%1 hat jetzt eine eigene Identität (ID %2, vorher %3): noch keine Verbindungen (Agenten ▸ Verbindungen oder cycle --store/--platform); %4 behält seine eigenen.</translation>
    </message>
    <message>
        <location filename="../app/cmd_workspace.cpp" line="39"/>
        <source>any workspace it was copied from</source>
        <translation>ein Arbeitsbereich, von dem er kopiert wurde,</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="67"/>
        <location filename="../app/cmd_send.cpp" line="90"/>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="67"/>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="146"/>
        <source>No recommendation yet.</source>
        <translation>Noch keine Empfehlung.</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="146"/>
        <source>No recommendation waits for a decision.</source>
        <translation>Keine Empfehlung wartet auf eine Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="149"/>
        <source>%n recommendation(s):</source>
        <translation>
            <numerusform>%n Empfehlung:</numerusform>
            <numerusform>%n Empfehlungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="150"/>
        <source>%n recommendation(s) wait for a decision:</source>
        <translation>
            <numerusform>%n Empfehlung wartet auf eine Entscheidung:</numerusform>
            <numerusform>%n Empfehlungen warten auf eine Entscheidung:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="158"/>
        <source>  %n of them spend or stop money (the window&apos;s Decisions count);</source>
        <translation>
            <numerusform>  %n davon gibt Geld aus oder stoppt es (die Zahl im Reiter Entscheidungen);</numerusform>
            <numerusform>  %n davon geben Geld aus oder stoppen es (die Zahl im Reiter Entscheidungen);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="159"/>
        <source>%n only watch (nothing to send)</source>
        <translation>
            <numerusform>%n beobachtet nur (nichts zu senden)</numerusform>
            <numerusform>%n beobachten nur (nichts zu senden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="164"/>
        <source>, budget %1 → %2</source>
        <translation>, Budget %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="165"/>
        <source>, budget %1</source>
        <translation>, Budget %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="168"/>
        <source>%1, %2 of %3 approvals (by %4)</source>
        <translation>%1, %2 von %3 Genehmigungen (von %4)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="174"/>
        <source>%1, send %2: %3</source>
        <translation>%1, Senden %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="176"/>
        <source>%1, send %2</source>
        <translation>%1, Versand %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="176"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="178"/>
        <source>%1, snoozed until %2</source>
        <translation>%1, zurückgestellt bis %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="179"/>
        <source>#%1 [%2] %3 %4 %5%6: %7</source>
        <translation>#%1 [%2] %3 %4 %5%6: %7</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="200"/>
        <source>#%1: approval recorded for %2; %3. Nothing is sent until then.</source>
        <translation>#%1: Genehmigung von %2 erfasst; %3. Bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="206"/>
        <source>#%1 approved by %2: %3 %4; queued to send (campaign-pilot send --approved sends it)</source>
        <translation>#%1 genehmigt von %2: %3 %4; zum Senden vorgemerkt (campaign-pilot send --approved sendet es)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="221"/>
        <source>#%1 rejected by %2: %3</source>
        <translation>#%1 abgelehnt von %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="240"/>
        <source>error: queue %1: #%2 is %3: nothing of it was sent; approve it first (queue approve)</source>
        <translation>Fehler: queue %1: #%2 ist %3: davon wurde nichts gesendet; zuerst genehmigen (queue approve)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="252"/>
        <source> (last: %1, at %2)</source>
        <translation> (zuletzt: %1, um %2)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="254"/>
        <source>error: queue %1: #%2&apos;s send is %3, not %4%5</source>
        <translation>Fehler: queue %1: der Versand von #%2 ist %3, nicht %4%5</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="271"/>
        <source>#%1: %2 found %3 %4 applied on the platform; its send is done</source>
        <translation>#%1: %2 fand %3 %4 auf der Plattform angewendet; der Versand ist erledigt</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="274"/>
        <source>#%1: %2 %3 the send of %4 %5; campaign-pilot send --approved sends it (it reads the platform first, and confirms what is applied already)</source>
        <translation>#%1: %2 hat den Versand von %4 %5 %3; campaign-pilot send --approved sendet ihn (es liest zuerst die Plattform und bestätigt, was schon angewendet ist)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="277"/>
        <source>retried</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="277"/>
        <source>approved again</source>
        <translation>wieder genehmigt</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="288"/>
        <source>error: --until: &quot;%1&quot; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>Fehler: --until: „%1“ ist kein Datum (JJJJ-MM-TT) und keine Datum-Uhrzeit (JJJJ-MM-TTTHH:MM)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="294"/>
        <source>error: --until: %1 has passed; a snooze ends later than now</source>
        <translation>Fehler: --until: %1 ist vorbei; ein Zurückstellen endet später als jetzt</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="309"/>
        <source> (by %1 at %2)</source>
        <translation> (von %1 am %2)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="318"/>
        <source>#%1 snoozed until %2: hidden from the queue until then, here and in the window on this computer</source>
        <translation>#%1 zurückgestellt bis %2: bis dahin aus der Liste ausgeblendet, hier und im Fenster auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="336"/>
        <source>error: queue %1: the operator&apos;s name holds a control character (a line break?)</source>
        <translation>Fehler: queue %1: der Name des Operators enthält ein Steuerzeichen (einen Zeilenumbruch?)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="341"/>
        <source>error: queue %1: name the operator with --operator NAME (it goes into the audit log)</source>
        <translation>Fehler: queue %1: den Bearbeiter mit --operator NAME angeben (kommt ins Prüfprotokoll)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="370"/>
        <source>error: queue %1: %2 has the role %3 in this team workspace: deciding needs an operator or an admin</source>
        <translation>Fehler: queue %1: %2 hat die Rolle %3 in diesem Team-Arbeitsbereich: Entscheiden braucht einen Bearbeiter oder einen Admin</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="373"/>
        <source>note: in a team workspace a decision is recorded as the role you logged in with, %1, not --operator %2</source>
        <translation>Hinweis: in einem Team-Arbeitsbereich wird eine Entscheidung unter der angemeldeten Rolle %1 verbucht, nicht unter --operator %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="127"/>
        <source>a team workspace on PostgreSQL is always live: --recording does not apply</source>
        <translation>ein Team-Arbeitsbereich auf PostgreSQL ist immer live: --recording gilt hier nicht</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="164"/>
        <source>error: %1 has the role %2 in this team workspace: a station runs as the workspace&apos;s owner or a team admin; this station does not start</source>
        <translation>Fehler: %1 hat die Rolle %2 in diesem Team-Arbeitsbereich: eine Station läuft als Eigentümer des Arbeitsbereichs oder als Team-Admin; diese Station startet nicht</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="173"/>
        <source>error: %1; this station does not start</source>
        <translation>Fehler: %1; diese Station startet nicht</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="188"/>
        <source>error: this is a live workspace: its approved actions go to its ad platform, never to the recorded backend</source>
        <translation>Fehler: dies ist ein Live-Arbeitsbereich: seine genehmigten Aktionen gehen an seine Werbeplattform, nie an das aufgezeichnete Backend</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="207"/>
        <source>no live connection: the rounds judge the store&apos;s data as it is</source>
        <translation>keine Live-Verbindung: die Runden bewerten die Daten des Datenbestands, wie sie sind</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="217"/>
        <source>no ad platform connected (--platform, or the window&apos;s Agents ▸ Connections)</source>
        <translation>keine Werbeplattform verbunden (--platform oder im Fenster Agenten ▸ Verbindungen)</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="248"/>
        <source>the workspace&apos;s station lease was taken by another station: %1; this station ends</source>
        <translation>die Stations-Lease des Arbeitsbereichs hat eine andere Station übernommen: %1; diese Station endet</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="253"/>
        <source>the workspace&apos;s station lease cannot be checked: %1</source>
        <translation>die Stations-Lease des Arbeitsbereichs kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="255"/>
        <source>the workspace&apos;s station lease was lost and has been taken again</source>
        <translation>die Sperre der Station auf dem Arbeitsbereich ging verloren und wurde wieder genommen</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="258"/>
        <source>station started for one round (%1)</source>
        <translation>Station für eine Runde gestartet (%1)</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="259"/>
        <source>station started: a round now and every %1 (%2)</source>
        <translation>Station gestartet: eine Runde jetzt und alle %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="50"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="52"/>
        <source>Again: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="57"/>
        <source>error: the two passwords differ</source>
        <translation>Fehler: die beiden Passwörter unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="82"/>
        <source>The team has no members yet (team add --role admin NAME adds the first admin).</source>
        <translation>Das Team hat noch keine Mitglieder (team add --role admin NAME fügt den ersten Admin hinzu).</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="85"/>
        <source>(cannot log in)</source>
        <translation>(kann sich nicht anmelden)</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="93"/>
        <source>error: no password on standard input (a member needs one)</source>
        <translation>Fehler: kein Passwort auf der Standardeingabe (ein Mitglied braucht eines)</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="99"/>
        <source>%1 is now a member of the team as %2; they log in with --database postgresql://%1@%3%4</source>
        <translation>%1 ist jetzt Mitglied des Teams als %2; die Anmeldung erfolgt mit --database postgresql://%1@%3%4</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="108"/>
        <source>%1 is no longer a member of the team.</source>
        <translation>%1 ist kein Mitglied des Teams mehr.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="21"/>
        <source>error: resume: name the operator with --operator NAME (it goes into the audit log)</source>
        <translation>Fehler: resume: nennen Sie den Operator mit --operator NAME (er kommt ins Prüfprotokoll)</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="40"/>
        <source>The emergency stop is on already: agents and sending are halted.</source>
        <translation>Der Notstopp ist bereits aktiv: Agenten und Senden sind angehalten.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="41"/>
        <source>The emergency stop is off: agents and sending may run.</source>
        <translation>Der Notstopp ist aus: Agenten und Senden dürfen laufen.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="51"/>
        <source>Emergency stop: agents and sending are halted in this workspace, here and in every window and station, until an operator resumes.</source>
        <translation>Notstopp: Agenten und Senden sind in diesem Arbeitsbereich angehalten, hier und in jedem Fenster und jeder Station, bis ein Operator fortsetzt.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="53"/>
        <source>Resumed by %1: agents and sending may run again.</source>
        <translation>Fortgesetzt von %1: Agenten und Senden dürfen wieder laufen.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../agents/live/connections.cpp" line="81"/>
        <source>Meta is an ad platform, not a store</source>
        <translation>Meta ist eine Werbeplattform, kein Shop</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="83"/>
        <source>WooCommerce is a store, not an ad platform</source>
        <translation>WooCommerce ist ein Shop, keine Werbeplattform</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="85"/>
        <source>a language model is neither a store nor an ad platform</source>
        <translation>ein Sprachmodell ist weder ein Shop noch eine Werbeplattform</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="87"/>
        <source>&quot;%1&quot; is not an address such as https://shop.example.com</source>
        <translation>&quot;%1&quot; ist keine Adresse wie https://shop.example.com</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="89"/>
        <location filename="../agents/live/connections.cpp" line="115"/>
        <source>%1 must be reached over HTTPS (plain HTTP only to this machine)</source>
        <translation>%1 muss über HTTPS erreicht werden (einfaches HTTP nur zu diesem Rechner)</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="94"/>
        <source>the Meta ad account id must be digits (without &quot;act_&quot;), not &quot;%1&quot;</source>
        <translation>die ID des Meta-Werbekontos muss aus Ziffern bestehen (ohne &quot;act_&quot;), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="98"/>
        <source>the Meta API version must look like &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>die Meta-API-Version muss wie &quot;%1&quot; aussehen, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="102"/>
        <source>the days re-read on every refresh must be 0 (the source&apos;s default) to 90, not %1</source>
        <translation>die bei jeder Aktualisierung erneut gelesenen Tage müssen 0 (Standard der Quelle) bis 90 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="111"/>
        <source>a language model speaks the OpenAI-compatible chat-completions API</source>
        <translation>ein Sprachmodell spricht die OpenAI-kompatible Chat-Completions-API</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="113"/>
        <source>&quot;%1&quot; is not an address such as http://127.0.0.1:8080/v1</source>
        <translation>&quot;%1&quot; ist keine Adresse wie http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="117"/>
        <source>the model&apos;s name is empty (the name its server knows it by, e.g. &quot;llama3.1:8b&quot;)</source>
        <translation>der Name des Modells ist leer (der Name, unter dem sein Server es kennt, z. B. &quot;llama3.1:8b&quot;)</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="120"/>
        <source>the language must be a code such as &quot;de&quot; or &quot;es&quot;, not &quot;%1&quot;</source>
        <translation>die Sprache muss ein Kürzel wie &quot;de&quot; oder &quot;es&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CopyCheck</name>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="158"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="160"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="161"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="180"/>
        <source>the %1 is written in %2, not in %3, the workspace&apos;s language</source>
        <translation>%1 ist auf %2 geschrieben, nicht auf %3, der Sprache des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="187"/>
        <source>headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="189"/>
        <source>primary text</source>
        <translation>Haupttext</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="190"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="250"/>
        <source>the answer is not the JSON object asked for (&quot;%1&quot;)</source>
        <translation>die Antwort ist nicht das verlangte JSON-Objekt (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="259"/>
        <source>the answer&apos;s &quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; in der Antwort ist kein Text</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="274"/>
        <source>the %1 is empty</source>
        <translation>das Feld „%1“ ist leer</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="276"/>
        <location filename="../agents/llm/copycheck.cpp" line="355"/>
        <source>the %1 has %2 characters, more than the %3 allowed</source>
        <translation>das Feld „%1“ hat %2 Zeichen, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="278"/>
        <source>the %1 holds control or invisible characters</source>
        <translation>das Feld „%1“ enthält Steuer- oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="280"/>
        <source>the %1 holds markup (HTML or Markdown)</source>
        <translation>das Feld „%1“ enthält Auszeichnungen (HTML oder Markdown)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="282"/>
        <source>the %1 holds an address (%2); an ad&apos;s link is set on the platform, not in its text</source>
        <translation>das Feld „%1“ enthält eine Adresse (%2); der Link einer Anzeige wird auf der Plattform gesetzt, nicht im Text</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="308"/>
        <source>the %1 names another currency (%2) than the shop&apos;s, %3</source>
        <translation>%1 nennt eine andere Währung (%2) als die des Shops, %3</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="313"/>
        <source>the %1 names a price (%2), but the product has none</source>
        <translation>das Feld „%1“ nennt einen Preis (%2), aber das Produkt hat keinen</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="315"/>
        <source>the %1 names a price (%2) that is not the product&apos;s (%3)</source>
        <translation>das Feld „%1“ nennt einen Preis (%2), der nicht der des Produkts ist (%3)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="322"/>
        <source>the %1 names a number (%2) that is neither the product&apos;s price (as %3) nor in its name, category or stock</source>
        <translation>%1 nennt eine Zahl (%2), die weder der Preis des Produkts (als %3) ist noch in seinem Namen, seiner Kategorie oder seinem Bestand steht</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="325"/>
        <source>the %1 names a number (%2) that is not in the product&apos;s name, category or stock</source>
        <translation>%1 nennt eine Zahl (%2), die nicht im Namen, in der Kategorie oder im Bestand des Produkts steht</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="459"/>
        <source>explanation</source>
        <translation>die Erklärung</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="340"/>
        <source>the %1 speaks of &quot;%2&quot;, the operator&apos;s business, not an ad&apos;s (an instruction in the product&apos;s texts obeyed?)</source>
        <translation>das Feld „%1“ spricht von „%2“, Sache des Bedieners, nicht einer Anzeige (eine Anweisung in den Produkttexten befolgt?)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="344"/>
        <source>copy</source>
        <translation>der Anzeigentext</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="436"/>
        <source>the explanation is empty</source>
        <translation>die Erklärung ist leer</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="438"/>
        <source>the explanation has %1 characters, more than the 800 allowed</source>
        <translation>die Erklärung hat %1 Zeichen, mehr als die erlaubten 800</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="440"/>
        <source>the explanation holds control or invisible characters</source>
        <translation>die Erklärung enthält Steuer- oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="442"/>
        <source>the explanation holds markup (HTML or Markdown)</source>
        <translation>die Erklärung enthält Auszeichnungen (HTML oder Markdown)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="444"/>
        <source>the explanation holds an address (%1)</source>
        <translation>die Erklärung enthält eine Adresse (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="458"/>
        <source>the explanation names a number (%1) that is in neither the rationale nor its inputs</source>
        <translation>die Erklärung nennt eine Zahl (%1), die weder in der Begründung noch in ihren Eingangswerten steht</translation>
    </message>
</context>
<context>
    <name>CopyWriter</name>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="61"/>
        <source>%1 — order today</source>
        <translation>%1 – heute bestellen</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="62"/>
        <source>%1 — a favourite in %2</source>
        <translation>%1 – ein Favorit in %2</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="69"/>
        <source>%1 for %2. In stock and ready to ship.</source>
        <translation>%1 für %2. Auf Lager und versandbereit.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="71"/>
        <source>%1 for %2.</source>
        <translation>%1 für %2.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="72"/>
        <source>Discover %1.</source>
        <translation>Entdecken Sie %1.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="77"/>
        <source>Ready to ship</source>
        <translation>Sofort lieferbar</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../agents/live/credentials.cpp" line="98"/>
        <source>no credentials for the %1 (%2): enter them in Agents ▸ Connections, or set %3</source>
        <translation>keine Zugangsdaten für %1 (%2): unter Agenten ▸ Verbindungen eingeben oder %3 setzen</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="99"/>
        <source>store</source>
        <translation>den Shop</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="100"/>
        <source>language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="101"/>
        <source>ad platform</source>
        <translation>die Werbeplattform</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="104"/>
        <source> (the keychain said: %1)</source>
        <translation> (der Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="143"/>
        <source>the keychain is switched off (CP_NO_KEYCHAIN=1); use the environment variables</source>
        <translation>der Schlüsselbund ist abgeschaltet (CP_NO_KEYCHAIN=1); die Umgebungsvariablen verwenden</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="161"/>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund lehnte ab: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="102"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="106"/>
        <location filename="../agents/import/csvreader.cpp" line="228"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="170"/>
        <source>the text is not UTF-8: byte 0x%1 at byte offset %2 is not a valid UTF-8 sequence. If the file is Latin-1 or Windows-1252, name the encoding (--encoding latin1 or windows-1252, or Encoding in the import dialog); nothing is replaced silently</source>
        <translation>der Text ist kein UTF-8: Byte 0x%1 an Byte-Position %2 ist keine gültige UTF-8-Folge. Ist die Datei Latin-1 oder Windows-1252, die Kodierung angeben (--encoding latin1 oder windows-1252, oder Kodierung im Importdialog); nichts wird stillschweigend ersetzt</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="178"/>
        <source>a NUL byte at byte offset %1: this looks like UTF-16 without a byte-order mark; save the file as UTF-8 or UTF-16 with a BOM</source>
        <translation>ein NUL-Byte an Byte-Position %1: das sieht nach UTF-16 ohne Byte-Order-Mark aus; die Datei als UTF-8 oder UTF-16 mit BOM speichern</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="191"/>
        <source>the file starts with a UTF-16 byte-order mark but is not valid UTF-16 (near byte offset %1)</source>
        <translation>die Datei beginnt mit einem UTF-16-Byte-Order-Mark, ist aber kein gültiges UTF-16 (nahe Byte-Position %1)</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="207"/>
        <source>byte 0x%1 at byte offset %2 is not a Windows-1252 character</source>
        <translation>Byte 0x%1 an Byte-Position %2 ist kein Windows-1252-Zeichen</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="408"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="410"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="412"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="470"/>
        <source>the record starting on line %1 is longer than %2 bytes (the limit for one record)</source>
        <translation>der Datensatz ab Zeile %1 ist länger als %2 Byte (die Grenze für einen Datensatz)</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="496"/>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>ein in Zeile %1 geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="551"/>
        <source>text after the closing quote of field %1</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="559"/>
        <source>a quote inside unquoted field %1</source>
        <translation>ein Anführungszeichen im Feld %1 ohne Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="604"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>DailyAdsImporter</name>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="16"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="17"/>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="18"/>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="19"/>
        <source>Ad set</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="20"/>
        <source>Ad</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="21"/>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="22"/>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="23"/>
        <source>Spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="24"/>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="25"/>
        <source>Conversion value</source>
        <translation>Conversion-Wert</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="29"/>
        <source>Reporting ends</source>
        <translation>Berichtsende</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="32"/>
        <source>Result indicator</source>
        <translation>Ergebnisindikator</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="40"/>
        <source>campaign_id or campaign name</source>
        <translation>campaign_id oder Kampagnenname</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="65"/>
        <source>total rows (&quot;Total: …&quot;) not imported: the report&apos;s own sums</source>
        <translation>Summenzeilen (&quot;Total: …&quot;) nicht importiert: die eigenen Summen des Berichts</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="72"/>
        <source>the campaign id and name are empty</source>
        <translation>Kampagnen-ID und -Name sind leer</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="83"/>
        <source>campaign id %1 is &quot;%2&quot; here but &quot;%3&quot; on line %4: one id must name one campaign</source>
        <translation>Kampagnen-ID %1 ist hier „%2“, in Zeile %4 aber „%3“: eine ID muss genau eine Kampagne bezeichnen</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="104"/>
        <source>columns about conversions not read (%1): conversions and their value are read from Conversions and Conv. value (Meta: Purchases, Purchases conversion value)</source>
        <translation>Spalten zu Conversions nicht gelesen (%1): Conversions und ihr Wert werden aus Conversions und Conv. value gelesen (Meta: Purchases, Purchases conversion value)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="112"/>
        <source>columns not read (%1): a report&apos;s campaigns are stored as ended, with no budget; their status and daily budget come from a live connection or a campaign list (the &quot;Campaign list&quot; importer)</source>
        <translation>Spalten nicht gelesen (%1): die Kampagnen eines Berichts werden als beendet und ohne Budget gespeichert; ihr Status und Tagesbudget kommen aus einer Live-Verbindung oder einer Kampagnenliste (Import „Kampagnenliste“)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="120"/>
        <source>column &quot;%1&quot;: a negative spend (%2)</source>
        <translation>Spalte &quot;%1&quot;: negative Ausgaben (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/dailyadsimporter.cpp" line="129"/>
        <source>the row covers %1 to %2 (%n day(s)), not one day: export the report broken down by day (Ads Manager: Breakdown ▸ By time ▸ Day)</source>
        <translation>
            <numerusform>die Zeile umfasst %1 bis %2 (%n Tag), nicht einen Tag: exportieren Sie den Bericht nach Tagen aufgeschlüsselt (Werbeanzeigenmanager: Aufschlüsselung ▸ Nach Zeit ▸ Tag)</numerusform>
            <numerusform>die Zeile umfasst %1 bis %2 (%n Tage), nicht einen Tag: exportieren Sie den Bericht nach Tagen aufgeschlüsselt (Werbeanzeigenmanager: Aufschlüsselung ▸ Nach Zeit ▸ Tag)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="139"/>
        <source>column &quot;%1&quot; counts each campaign&apos;s objective (link clicks, leads, purchases…) and the file does not say which (no &quot;Result indicator&quot; column): export the Purchases column, or add Result indicator</source>
        <translation>Spalte „%1“ zählt das Ziel der jeweiligen Kampagne (Link-Klicks, Leads, Käufe …), und die Datei sagt nicht, welches (keine Spalte „Result indicator“): exportieren Sie die Spalte „Purchases“ oder fügen Sie „Result indicator“ hinzu</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="146"/>
        <source>column &quot;%1&quot; counts %2 here, not purchases: export the Purchases column (its conversions would be %2)</source>
        <translation>Spalte &quot;%1&quot; zählt hier %2, keine Käufe: exportieren Sie die Spalte Käufe (ihre Conversions wären %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="179"/>
        <source>column &quot;%1&quot;: a negative conversion value (%2)</source>
        <translation>Spalte &quot;%1&quot;: ein negativer Conversion-Wert (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="186"/>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="190"/>
        <source>ad %1 in ad set %2 of campaign %3</source>
        <translation>Anzeige %1 in Anzeigengruppe %2 der Kampagne %3</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="192"/>
        <source>ad %1 of campaign %2</source>
        <translation>Anzeige %1 der Kampagne %2</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="194"/>
        <source>ad set %1 of campaign %2</source>
        <translation>Anzeigengruppe %1 der Kampagne %2</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="201"/>
        <source>%1 on %2 is already on line %3: a row per ad per day must not repeat. If the rows differ in %4, the report has a breakdown: export it without one (or by day only)</source>
        <translation>%1 am %2 steht schon in Zeile %3: eine Zeile pro Anzeige und Tag darf sich nicht wiederholen. Wenn sich die Zeilen in %4 unterscheiden, hat der Bericht eine Aufschlüsselung: exportieren Sie ihn ohne (oder nur nach Tag)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="204"/>
        <source>%1 on %2 is already on line %3: a row per ad per day must not repeat</source>
        <translation>%1 am %2 steht schon in Zeile %3: eine Zeile pro Anzeige und Tag darf sich nicht wiederholen</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="217"/>
        <source>the campaign&apos;s day total leaves the money range</source>
        <translation>die Tagessumme der Kampagne verlässt den Betragsbereich</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="224"/>
        <source>the campaign&apos;s day total leaves the range of whole numbers</source>
        <translation>die Tagessumme der Kampagne verlässt den Bereich ganzer Zahlen</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="264"/>
        <source>campaign &quot;%1&quot; is named without an id, and %2 campaigns of the workspace have that name (%3): export the report with its Campaign ID column</source>
        <translation>Kampagne &quot;%1&quot; ist ohne ID genannt, und %2 Kampagnen des Arbeitsbereichs tragen diesen Namen (%3): exportieren Sie den Bericht mit der Spalte Campaign ID</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="294"/>
        <source>campaigns named without an id matched to the workspace&apos;s campaign of that name (e.g. &quot;%1&quot; → %2)</source>
        <translation>ohne ID genannte Kampagnen der gleichnamigen Kampagne des Arbeitsbereichs zugeordnet (z. B. &quot;%1&quot; → %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="342"/>
        <source>Writing daily figures</source>
        <translation>Tageszahlen werden geschrieben</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="347"/>
        <source>campaign-days whose conversions had fractions (data-driven attribution): rounded on each campaign&apos;s running total, the file&apos;s %1 conversions stored as %2</source>
        <translation>Kampagnentage mit gebrochenen Conversions (datengetriebene Attribution): auf der laufenden Summe jeder Kampagne gerundet, die %1 Conversions der Datei als %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.h" line="28"/>
        <source>Ad platform daily report</source>
        <translation>Tagesbericht einer Werbeplattform</translation>
    </message>
</context>
<context>
    <name>DailySalesImporter</name>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="13"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="14"/>
        <source>Product code</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="16"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="17"/>
        <source>Units sold</source>
        <translation>Verkaufte Einheiten</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="19"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="21"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="22"/>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="23"/>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="88"/>
        <source>the product code is empty</source>
        <translation>die Artikelnummer ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="95"/>
        <source>column &quot;%1&quot;: negative units (%2)</source>
        <translation>Spalte &quot;%1&quot;: negative Stückzahl (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="97"/>
        <source>column &quot;%1&quot;: negative revenue (%2)</source>
        <translation>Spalte &quot;%1&quot;: negativer Umsatz (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="113"/>
        <source>product %1 on %2 is already on line %3: a daily file has one row per product and day</source>
        <translation>Produkt %1 am %2 steht schon in Zeile %3: eine Tagesdatei hat eine Zeile pro Produkt und Tag</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="122"/>
        <source>column &quot;%1&quot;: negative orders (%2)</source>
        <translation>Spalte &quot;%1&quot;: negative Bestellungen (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="129"/>
        <source>column &quot;%1&quot;: negative value</source>
        <translation>Spalte &quot;%1&quot;: negativer Wert</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="225"/>
        <source>Writing daily figures</source>
        <translation>Tageszahlen werden geschrieben</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.h" line="24"/>
        <source>Daily product sales</source>
        <translation>Tägliche Produktverkäufe</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/database.cpp" line="235"/>
        <source>not a workspace: &quot;%1:&quot; begins an address, and the only addresses are postgresql://[USER@]HOST[:PORT]/DATABASE; a file whose name holds a colon is written ./NAME</source>
        <translation>kein Arbeitsbereich: „%1:“ beginnt eine Adresse, und die einzigen Adressen sind postgresql://[BENUTZER@]HOST[:PORT]/DATENBANK; eine Datei mit Doppelpunkt im Namen schreiben Sie ./NAME</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="177"/>
        <source>no server named</source>
        <translation>kein Server genannt</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="186"/>
        <source>a password in the address</source>
        <translation>ein Passwort in der Adresse</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="188"/>
        <source>no database named after the server</source>
        <translation>keine Datenbank nach dem Server genannt</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="194"/>
        <source>&quot;%1&quot; is not a parameter this program passes on</source>
        <translation>„%1“ ist kein Parameter, den dieses Programm weitergibt</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="197"/>
        <source>the value of %1 is empty or holds ; &apos; \ or a space</source>
        <translation>der Wert von %1 ist leer oder enthält ; &apos; \ oder ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="253"/>
        <source>not a PostgreSQL address (%2): use postgresql://[USER@]HOST[:PORT]/DATABASE (the password comes from PGPASSWORD or ~/.pgpass, never the address), with ?sslmode=… and the like only for libpq&apos;s %1</source>
        <translation>keine PostgreSQL-Adresse (%2): postgresql://[BENUTZER@]HOST[:PORT]/DATENBANK verwenden (das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie aus der Adresse), mit ?sslmode=… und Ähnlichem nur für libpqs %1</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="272"/>
        <source>cannot open the store: %1</source>
        <translation>der Datenbestand kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="278"/>
        <source>not a Campaign Pilot store (the database holds other tables)</source>
        <translation>kein Campaign-Pilot-Speicher (die Datenbank enthält andere Tabellen)</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="279"/>
        <source>not a Campaign Pilot store (not an SQLite database)</source>
        <translation>kein Campaign-Pilot-Datenbestand (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="282"/>
        <source>the store has schema version %1, newer than this program&apos;s %2; use a newer Campaign Pilot</source>
        <translation>der Datenbestand hat Schemaversion %1, neuer als %2 dieses Programms; eine neuere Version von Campaign Pilot verwenden</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="422"/>
        <source>missing migration</source>
        <translation>fehlende Migration</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="435"/>
        <location filename="../models/database.cpp" line="442"/>
        <source>migration to version %1 failed: %2</source>
        <translation>Migration auf Version %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DecisionQueuePane</name>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="54"/>
        <source>Campaign age</source>
        <translation>Alter der Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="55"/>
        <source>Campaign days measured</source>
        <translation>Gemessene Kampagnentage</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="56"/>
        <source>Days before the campaign</source>
        <translation>Tage vor der Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="57"/>
        <source>Sales a day before</source>
        <translation>Verkäufe pro Tag vorher</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="58"/>
        <source>Sales a day during</source>
        <translation>Verkäufe pro Tag währenddessen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="59"/>
        <source>Page views a day before</source>
        <translation>Seitenaufrufe pro Tag vorher</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="60"/>
        <source>Page views a day during</source>
        <translation>Seitenaufrufe pro Tag währenddessen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="61"/>
        <source>Sales change</source>
        <translation>Veränderung der Verkäufe</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="62"/>
        <source>Page-view change</source>
        <translation>Veränderung der Seitenaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="63"/>
        <source>Spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="64"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="65"/>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="66"/>
        <source>ROAS (revenue ÷ spend)</source>
        <translation>ROAS (Umsatz ÷ Werbeausgaben)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="67"/>
        <source>Cost per conversion</source>
        <translation>Kosten pro Conversion</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="68"/>
        <source>Efficiency score</source>
        <translation>Effizienzwert</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="69"/>
        <source>Budget used</source>
        <translation>Budget verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="70"/>
        <source>Performance decline</source>
        <translation>Leistungsrückgang</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="71"/>
        <source>Product lifecycle (0 growing, 1 declining)</source>
        <translation>Produktlebenszyklus (0 wachsend, 1 rückläufig)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="72"/>
        <source>Competition in the category</source>
        <translation>Wettbewerb in der Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="73"/>
        <source>Risk (of 100)</source>
        <translation>Risiko (von 100)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="74"/>
        <source>Where the figures come from</source>
        <translation>Herkunft der Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="75"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="76"/>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="77"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="78"/>
        <source>Proposed daily budget</source>
        <translation>Vorgeschlagenes Tagesbudget</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="79"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="80"/>
        <source>Revenue potential a day</source>
        <translation>Umsatzpotenzial pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="81"/>
        <source>Expected impact a day</source>
        <translation>Erwartete Wirkung pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="82"/>
        <source>… at least (90 % interval)</source>
        <translation>… mindestens (90-%-Intervall)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="83"/>
        <source>… at most (90 % interval)</source>
        <translation>… höchstens (90-%-Intervall)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="84"/>
        <source>Confidence</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="85"/>
        <source>Sales moved more than the campaign could cause</source>
        <translation>Umsatz bewegte sich stärker, als die Kampagne bewirken kann</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="86"/>
        <source>Page views, last 30 days</source>
        <translation>Seitenaufrufe, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="87"/>
        <source>Units sold, last 30 days</source>
        <translation>Verkaufte Stück, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="88"/>
        <source>Figures as of</source>
        <translation>Zahlen mit Stand</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="89"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="90"/>
        <source>Pause now below ROAS</source>
        <translation>Sofort pausieren unter ROAS</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="91"/>
        <source>Pause when sales change below</source>
        <translation>Pausieren bei Verkaufsveränderung unter</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="92"/>
        <source>Pause when page views change below</source>
        <translation>Pausieren bei Veränderung der Seitenaufrufe unter</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="93"/>
        <source>Keep running when sales rise above</source>
        <translation>Weiterlaufen, wenn Verkäufe steigen über</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="94"/>
        <source>… and page views rise above</source>
        <translation>… und Seitenaufrufe steigen über</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="95"/>
        <source>Improve when sales change within (%)</source>
        <translation>Verbessern bei Verkaufsveränderung innerhalb (%)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="96"/>
        <source>Improve when page views change within (%)</source>
        <translation>Verbessern bei Veränderung der Seitenaufrufe innerhalb (%)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="97"/>
        <source>Learning period</source>
        <translation>Lernphase</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="98"/>
        <source>Days of figures needed</source>
        <translation>Benötigte Tage mit Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="99"/>
        <source>Stock above</source>
        <translation>Lagerbestand über</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="100"/>
        <source>Price above</source>
        <translation>Preis über</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="101"/>
        <source>Page views per sale above</source>
        <translation>Seitenaufrufe pro Verkauf über</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="172"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="173"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <location filename="../models/decisionstore.cpp" line="292"/>
        <source>The copy chosen on #%1 was not kept: the product&apos;s price changed (%2 → %3) and it may name the old one.</source>
        <translation>Der bei #%1 gewählte Anzeigentext wurde nicht übernommen: Der Preis des Produkts hat sich geändert (%2 → %3), und der Text nennt vielleicht den alten.</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="302"/>
        <source>kept from #%1, which this cycle superseded (%2): %3 | %4 | %5 (%6)</source>
        <translation>übernommen von #%1, die dieser Zyklus ersetzt hat (%2): %3 | %4 | %5 (%6)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="304"/>
        <source>chosen by an operator</source>
        <translation>von einem Bearbeiter gewählt</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="305"/>
        <source>the language model&apos;s, over the template&apos;s of a cycle without one</source>
        <translation>der des Sprachmodells, statt dem der Vorlage eines Zyklus ohne Sprachmodell</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1269"/>
        <source>no recommendation %1</source>
        <translation>keine Empfehlung %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1281"/>
        <location filename="../models/decisionstore.cpp" line="1437"/>
        <location filename="../models/decisionstore.cpp" line="1453"/>
        <location filename="../models/decisionstore.cpp" line="1508"/>
        <location filename="../models/decisionstore.cpp" line="1524"/>
        <source>recommendation %1</source>
        <translation>Empfehlung %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="57"/>
        <source>it is %1, not pending</source>
        <translation>sie ist %1, nicht ausstehend</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1285"/>
        <source>it proposes no action to send</source>
        <translation>sie schlägt keine zu sendende Aktion vor</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="54"/>
        <location filename="../models/decisionstore.cpp" line="1288"/>
        <source>it expired at %1; run a new cycle</source>
        <translation>sie ist am %1 abgelaufen; einen neuen Zyklus starten</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1306"/>
        <location filename="../models/decisionstore.cpp" line="1395"/>
        <source>it was decided by someone else meanwhile</source>
        <translation>inzwischen hat jemand anderes darüber entschieden</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1437"/>
        <location filename="../models/decisionstore.cpp" line="2401"/>
        <source>a rejection needs a reason</source>
        <translation>eine Ablehnung braucht eine Begründung</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1874"/>
        <source>set your name first (Settings ▸ Operator name): it goes into the audit log</source>
        <translation>tragen Sie zuerst Ihren Namen ein (Einstellungen ▸ Operatorname): er kommt ins Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1875"/>
        <location filename="../models/decisionstore.cpp" line="1913"/>
        <location filename="../models/decisionstore.cpp" line="1937"/>
        <source>recommendation #%1</source>
        <translation>Empfehlung #%1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1969"/>
        <source>the operator found it applied on the platform</source>
        <translation>der Operator fand es auf der Plattform angewendet</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1979"/>
        <source>the operator found it not applied on the platform: sent again with the same key</source>
        <translation>der Operator fand es auf der Plattform nicht angewendet: erneut mit demselben Schlüssel gesendet</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2382"/>
        <location filename="../models/decisionstore.cpp" line="2418"/>
        <source>it is not pending</source>
        <translation>sie ist nicht ausstehend</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1507"/>
        <source>only a pending budget or new-campaign recommendation can be edited</source>
        <translation>nur eine ausstehende Budget- oder Neukampagnen-Empfehlung kann bearbeitet werden</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="50"/>
        <source>already approved by %1 at %2</source>
        <translation>schon genehmigt von %1 am %2</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="52"/>
        <source>already rejected by %1 at %2 (%3)</source>
        <translation>schon abgelehnt von %1 am %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="56"/>
        <source>a newer recommendation for the same campaign superseded it</source>
        <translation>eine neuere Empfehlung für dieselbe Kampagne hat sie ersetzt</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="174"/>
        <source> The approval given before this change no longer counts; it needs its approvals again.</source>
        <translation> Die vor dieser Änderung erteilte Genehmigung zählt nicht mehr; die Genehmigungen sind erneut nötig.</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="416"/>
        <source>%1 ids drawn for %2 rows</source>
        <translation>%1 IDs für %2 Zeilen bezogen</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="623"/>
        <source>audit entries were not written in their chain&apos;s order</source>
        <translation>Audit-Einträge wurden nicht in der Reihenfolge ihrer Kette geschrieben</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="625"/>
        <source>%1 of %2 audit entries written</source>
        <translation>%1 von %2 Audit-Einträgen geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="683"/>
        <source>cycle %1 judged %n pending recommendation(s) with nothing to send as before and kept them: %2</source>
        <translation>
            <numerusform>Zyklus %1 hat %n offene Empfehlung ohne Aktion unverändert beurteilt und sie behalten: %2</numerusform>
            <numerusform>Zyklus %1 hat %n offene Empfehlungen ohne Aktion unverändert beurteilt und sie behalten: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="706"/>
        <source>cycle %1 recommended %n with nothing to send (%2): %3</source>
        <translation>
            <numerusform>Zyklus %1 empfahl %n ohne etwas zu senden (%2): %3</numerusform>
            <numerusform>Zyklus %1 empfahl %n ohne etwas zu senden (%2): %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1069"/>
        <source>%1 of %2 recommendations written</source>
        <translation>%1 von %2 Empfehlungen geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="1146"/>
        <source>cycle %1 proposed again what %n pending recommendation(s) propose that an operator approved already, and kept them with that approval: %2</source>
        <translation>
            <numerusform>Zyklus %1 schlug erneut vor, was %n wartende Empfehlung vorschlägt, die ein Bearbeiter bereits genehmigt hat, und behielt sie mit dieser Genehmigung: %2</numerusform>
            <numerusform>Zyklus %1 schlug erneut vor, was %n wartende Empfehlungen vorschlagen, die ein Bearbeiter bereits genehmigt hat, und behielt sie mit dieser Genehmigung: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1334"/>
        <source>was sent without a confirmation yet (see the Outbox)</source>
        <translation>wurde ohne Bestätigung gesendet (siehe Postausgang)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1335"/>
        <source>waits to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1336"/>
        <source>the same action is already on its way: recommendation %1, approved by %2 at %3, %4; approving this one would send it twice</source>
        <translation>dieselbe Aktion ist schon unterwegs: Empfehlung %1, genehmigt von %2 um %3, %4; diese zu genehmigen hieße, sie zweimal zu senden</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1364"/>
        <source>%1 already approved it at %2; a second, different operator must approve it</source>
        <translation>%1 hat sie bereits am %2 genehmigt; ein zweiter, anderer Bearbeiter muss sie genehmigen</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1378"/>
        <source>%1 of %2 approvals; needs one more by a different operator</source>
        <translation>%1 von %2 Genehmigungen; braucht noch eine von einem anderen Bearbeiter</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1490"/>
        <source>Budget edited by %1 from %2 to %3 a day: the expected effect above was for %2; the Impact column is for %3.</source>
        <translation>Budget von %1 geändert von %2 auf %3 am Tag: die erwartete Wirkung oben galt für %2; die Spalte Wirkung gilt für %3.</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1492"/>
        <source>Budget edited by %1 from %2 to %3 a day: the expected effect above was for %2 and is not worked out again for %3.</source>
        <translation>Budget von %1 geändert von %2 auf %3 am Tag: die erwartete Wirkung oben galt für %2 und wird für %3 nicht neu berechnet.</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1513"/>
        <source>budget %1 → %2. %3</source>
        <translation>Budget %1 → %2. %3</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1527"/>
        <source>no ad copy is chosen</source>
        <translation>kein Anzeigentext ist gewählt</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1542"/>
        <source>only the copy of a pending new campaign can be changed</source>
        <translation>nur der Text einer wartenden neuen Kampagne kann geändert werden</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1616"/>
        <source>outbox entry %1 is not %2</source>
        <translation>Postausgangseintrag %1 ist nicht %2</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1644"/>
        <source>claiming the next entry needs row locks (PostgreSQL); list and claim() instead</source>
        <translation>den nächsten Eintrag zu beanspruchen braucht Zeilensperren (PostgreSQL); stattdessen auflisten und claim()</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1735"/>
        <location filename="../models/decisionstore.cpp" line="1746"/>
        <source>outbox entry %1: the lease was lost to another sender</source>
        <translation>Postausgangseintrag %1: die Reservierung ging an einen anderen Sender verloren</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1773"/>
        <source>outbox entry %1 is no longer ours to settle (its lease was lost)</source>
        <translation>Postausgangseintrag %1 ist nicht mehr von uns abzuschließen (die Reservierung ging verloren)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1786"/>
        <source>a state check showed the last attempt was never applied; sent again with the same key</source>
        <translation>eine Statusprüfung zeigte, dass der letzte Versuch nie angewendet wurde; mit demselben Schlüssel erneut gesendet</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1910"/>
        <source>it spends money on evidence that expired at %1; sending it now would act on old figures. It stays %2; the next cycle proposes again what still holds</source>
        <translation>es gibt Geld aus auf Grundlage von Zahlen, die am %1 abgelaufen sind; es jetzt zu senden hieße, nach alten Zahlen zu handeln. Es bleibt %2; der nächste Zyklus schlägt erneut vor, was noch gilt</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1931"/>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1932"/>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1933"/>
        <source>recommendation #%1 on the same %2 was approved since (by %3): sending this older one as well would act twice; it stays %4</source>
        <translation>Empfehlung #%1 für dieselbe %2 wurde seitdem genehmigt (von %3): auch diese ältere zu senden, würde doppelt handeln; sie bleibt %4</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1958"/>
        <source>the operator sent the failed action again</source>
        <translation>der Operator hat die fehlgeschlagene Aktion erneut gesendet</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1959"/>
        <source>the operator sent the failed action again (it had failed: %1)</source>
        <translation>der Operator hat die fehlgeschlagene Aktion erneut gesendet (sie war fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1980"/>
        <source>the operator found it not applied on the platform: sent again with the same key (it had been unknown: %1)</source>
        <translation>der Operator fand sie auf der Plattform nicht angewendet: erneut mit demselben Schlüssel gesendet (sie war unbekannt: %1)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2116"/>
        <source>policy version %1 was saved from elsewhere meanwhile; this change was not saved: open the settings again to see the policy in effect</source>
        <translation>die Richtlinienversion %1 wurde inzwischen anderswo gespeichert; diese Änderung wurde nicht gespeichert: die Einstellungen erneut öffnen, um die geltende Richtlinie zu sehen</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2304"/>
        <source>proposal %1 changes policy version %2: %3</source>
        <translation>Vorschlag %1 ändert Richtlinienversion %2: %3</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2334"/>
        <source>no such policy proposal</source>
        <translation>diesen Richtlinienvorschlag gibt es nicht</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2334"/>
        <location filename="../models/decisionstore.cpp" line="2341"/>
        <location filename="../models/decisionstore.cpp" line="2366"/>
        <location filename="../models/decisionstore.cpp" line="2382"/>
        <location filename="../models/decisionstore.cpp" line="2401"/>
        <location filename="../models/decisionstore.cpp" line="2418"/>
        <source>policy proposal %1</source>
        <translation>Richtlinienvorschlag %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2343"/>
        <source>a newer proposal replaced it</source>
        <translation>ein neuerer Vorschlag hat ihn ersetzt</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2344"/>
        <source>already %1 by %2 at %3</source>
        <translation>bereits %1 von %2 am %3</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2345"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2345"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2363"/>
        <source>the policy it changes (version %1) is no longer the one in effect (version %2); the Analyst proposes again against the new one</source>
        <translation>die Richtlinie, die er ändert (Version %1), gilt nicht mehr (es gilt Version %2); der Analyst schlägt auf Grundlage der neuen erneut vor</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2384"/>
        <source>proposal %1 approved: policy version %2 in effect from the next cycle: %3</source>
        <translation>Vorschlag %1 genehmigt: Richtlinienversion %2 gilt ab dem nächsten Zyklus: %3</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2420"/>
        <source>proposal %1 rejected: %2</source>
        <translation>Vorschlag %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <location filename="../agents/import/demobuilder.cpp" line="135"/>
        <source>the public data has fewer products than the demo needs</source>
        <translation>die öffentlichen Daten haben weniger Produkte, als die Demo braucht</translation>
    </message>
    <message>
        <location filename="../agents/import/demobuilder.cpp" line="208"/>
        <source>no Facebook campaign with 20 clicks or more to calibrate on</source>
        <translation>keine Facebook-Kampagne mit 20 oder mehr Klicks zum Kalibrieren</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <location filename="../agents/dispatcher.cpp" line="89"/>
        <source>halted by the emergency stop</source>
        <translation>durch den Not-Aus angehalten</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="98"/>
        <source>interrupted; the platform does not show it applied yet</source>
        <translation>unterbrochen; die Plattform zeigt es noch nicht als angewendet</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="102"/>
        <source>the send was interrupted and the state check proves nothing: %1</source>
        <translation>das Senden wurde unterbrochen und die Statusprüfung beweist nichts: %1</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="223"/>
        <source>%1; the platform does not show it applied yet</source>
        <translation>%1; die Plattform zeigt es noch nicht als angewendet</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="226"/>
        <source>%1; the state check proves nothing: %2</source>
        <translation>%1; die Statusprüfung beweist nichts: %2</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="291"/>
        <source>sent %1, confirmed by reconcile %2, unknown %3, failed %4, waiting to confirm %5</source>
        <translation>gesendet %1, per Abgleich bestätigt %2, unbekannt %3, fehlgeschlagen %4, warten auf Bestätigung %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/dispatcher.cpp" line="296"/>
        <source>; held back %n (an earlier action on the same campaign is not settled)</source>
        <translation>
            <numerusform>; zurückgehalten %n (eine frühere Aktion für dieselbe Kampagne ist nicht geklärt)</numerusform>
            <numerusform>; zurückgehalten %n (eine frühere Aktion für dieselbe Kampagne ist nicht geklärt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/dispatcher.cpp" line="299"/>
        <source>; left to another sender %n</source>
        <translation>
            <numerusform>; einem anderen Sender überlassen %n</numerusform>
            <numerusform>; einem anderen Sender überlassen %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacebookAdsImporter</name>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="11"/>
        <source>Ad ID</source>
        <translation>Anzeigen-ID</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="12"/>
        <source>Campaign group</source>
        <translation>Kampagnengruppe</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="13"/>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="14"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="15"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="16"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="17"/>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="18"/>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="19"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="20"/>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="21"/>
        <source>Approved conversions</source>
        <translation>Bestätigte Conversions</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="38"/>
        <source>column &quot;ad_id&quot; is empty</source>
        <translation>Spalte &quot;ad_id&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="40"/>
        <source>column &quot;fb_campaign_id&quot; is empty</source>
        <translation>Spalte &quot;fb_campaign_id&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="61"/>
        <source>more clicks (%1) than impressions (%2)</source>
        <translation>mehr Klicks (%1) als Impressionen (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="63"/>
        <source>more approved conversions (%1) than conversions (%2)</source>
        <translation>mehr bestätigte Conversions (%1) als Conversions (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="67"/>
        <source>ad %1 is already on line %2: this importer reads one row of lifetime totals per ad; a file with a row per ad per day is a daily report (import it with --importer daily-ads)</source>
        <translation>Anzeige %1 steht schon in Zeile %2: dieser Importer liest eine Zeile mit Gesamtwerten pro Anzeige; eine Datei mit einer Zeile pro Anzeige und Tag ist ein Tagesbericht (mit --importer daily-ads importieren)</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="79"/>
        <source>age %1</source>
        <translation>Alter %1</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="83"/>
        <source>interest %1</source>
        <translation>Interesse %1</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="90"/>
        <source>Facebook campaign %1</source>
        <translation>Facebook-Kampagne %1</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="91"/>
        <source>Facebook campaign %1 (group %2)</source>
        <translation>Facebook-Kampagne %1 (Gruppe %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.h" line="23"/>
        <source>Facebook ads export</source>
        <translation>Facebook-Anzeigenexport</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="35"/>
        <location filename="../agents/tools/jsonfields.cpp" line="50"/>
        <location filename="../agents/tools/jsonfields.cpp" line="68"/>
        <location filename="../agents/tools/jsonfields.cpp" line="99"/>
        <location filename="../agents/tools/jsonfields.cpp" line="122"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="37"/>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="40"/>
        <source>is %1 characters long (at most %2)</source>
        <translation>ist %1 Zeichen lang (höchstens %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="42"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="53"/>
        <location filename="../agents/tools/jsonfields.cpp" line="102"/>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="55"/>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="57"/>
        <location filename="../agents/tools/jsonfields.cpp" line="75"/>
        <location filename="../agents/tools/jsonfields.cpp" line="83"/>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="59"/>
        <location filename="../agents/tools/jsonfields.cpp" line="77"/>
        <location filename="../agents/tools/jsonfields.cpp" line="85"/>
        <source>%1 is absurdly large</source>
        <translation>%1 ist absurd groß</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="73"/>
        <location filename="../agents/tools/jsonfields.cpp" line="104"/>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="87"/>
        <location filename="../agents/tools/jsonfields.cpp" line="90"/>
        <source>is not an amount</source>
        <translation>ist kein Betrag</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="106"/>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 liegt außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="122"/>
        <source>is not an id</source>
        <translation>ist keine ID</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="117"/>
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch)</numerusform>
            <numerusform>%1 (nach %n Versuchen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="191"/>
        <source>HTTPS is required for %1 (plain HTTP only to loopback)</source>
        <translation>HTTPS ist für %1 erforderlich (einfaches HTTP nur zu Loopback)</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="199"/>
        <source>request refused, not sent: the path %1</source>
        <translation>Anfrage abgelehnt, nicht gesendet: der Pfad %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="229"/>
        <source>no complete answer within this request&apos;s deadline of %1 s (%n attempt(s))%2</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb der Frist dieser Anfrage von %1 s (%n Versuch)%2</numerusform>
            <numerusform>keine vollständige Antwort innerhalb der Frist dieser Anfrage von %1 s (%n Versuche)%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="242"/>
        <source>%1 is not answering: paused for %2 s after %3 failures in a row</source>
        <translation>%1 antwortet nicht: %2 s Pause nach %3 Fehlschlägen in Folge</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="317"/>
        <source>no complete answer within this request&apos;s deadline of %1 s (%n attempt(s), the last one cut off)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb der Frist dieser Anfrage von %1 s (%n Versuch, der letzte abgebrochen)</numerusform>
            <numerusform>keine vollständige Antwort innerhalb der Frist dieser Anfrage von %1 s (%n Versuche, der letzte abgebrochen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="324"/>
        <location filename="../agents/tools/httpclient.cpp" line="360"/>
        <source>the answer is larger than %1 MB; refused</source>
        <translation>die Antwort ist größer als %1 MB; abgelehnt</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="331"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="333"/>
        <source>network error: the connection closed before any answer (not resent)</source>
        <translation>Netzwerkfehler: die Verbindung wurde vor jeder Antwort geschlossen (nicht erneut gesendet)</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="334"/>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="345"/>
        <source>the answer was cut off: %1</source>
        <translation>die Antwort wurde abgeschnitten: %1</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="374"/>
        <source>HTTP %1: a redirect (without a Location), refused: redirects are never followed</source>
        <translation>HTTP %1: eine Weiterleitung (ohne Location), abgelehnt: Weiterleitungen werden nie befolgt</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="377"/>
        <source>HTTP %1: %2 answered with a redirect to %3: change the connection&apos;s address to %4 (refused: redirects are never followed, so that credentials stay with the address configured)</source>
        <translation>HTTP %1: %2 antwortete mit einer Weiterleitung nach %3: ändern Sie die Adresse der Verbindung in %4 (abgelehnt: Weiterleitungen werden nie befolgt, damit die Zugangsdaten bei der eingestellten Adresse bleiben)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="386"/>
        <source>HTTP %1 after %n attempt(s)</source>
        <translation>
            <numerusform>HTTP %1 nach %n Versuch</numerusform>
            <numerusform>HTTP %1 nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="387"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="388"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="400"/>
        <source>%1; the server asks to wait %2 s (Retry-After: %3), longer than the %4 s this connection waits at most</source>
        <translation>%1; der Server bittet, %2 s zu warten (Retry-After: %3), länger als die höchstens %4 s, die diese Verbindung wartet</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="411"/>
        <source>%1; the server asks to wait %2 s, past this request&apos;s deadline of %3 s</source>
        <translation>%1; der Server bittet, %2 s zu warten, über die Frist dieser Anfrage von %3 s hinaus</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="416"/>
        <source>rate limit, HTTP 429</source>
        <translation>Ratenlimit, HTTP 429</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="416"/>
        <source>HTTP %1, Retry-After</source>
        <translation>HTTP %1, Retry-After</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="499"/>
        <source>&quot;%1&quot; does not start with &quot;/&quot;</source>
        <translation>&quot;%1&quot; beginnt nicht mit &quot;/&quot;</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="502"/>
        <source>&quot;%1&quot; holds a control character</source>
        <translation>&quot;%1&quot; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="504"/>
        <source>&quot;%1&quot; holds a raw &quot;?&quot; or &quot;#&quot; (an id must be percent-encoded)</source>
        <translation>&quot;%1&quot; enthält ein rohes &quot;?&quot; oder &quot;#&quot; (eine ID muss prozentkodiert sein)</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="507"/>
        <source>&quot;%1&quot; has an empty segment (an empty id?)</source>
        <translation>&quot;%1&quot; hat ein leeres Segment (eine leere ID?)</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="515"/>
        <source>&quot;%1&quot; has a &quot;%2&quot; segment</source>
        <translation>&quot;%1&quot; hat ein Segment &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../agents/import/importer.cpp" line="206"/>
        <source>%1 %2 of this file are already in the store (%3 to %4)</source>
        <translation>%1 %2 dieser Datei sind schon im Datenbestand (%3 bis %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="242"/>
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n Zeile gelesen</numerusform>
            <numerusform>%1: %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="235"/>
        <source>%1 %2 written</source>
        <translation>%1 %2 geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="226"/>
        <source>%n product(s) written</source>
        <translation>
            <numerusform>%n Produkt geschrieben</numerusform>
            <numerusform>%n Produkte geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="228"/>
        <source>%n product day(s) written</source>
        <translation>
            <numerusform>%n Produkttag geschrieben</numerusform>
            <numerusform>%n Produkttage geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="230"/>
        <source>%n campaign(s) written</source>
        <translation>
            <numerusform>%n Kampagne geschrieben</numerusform>
            <numerusform>%n Kampagnen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="232"/>
        <source>%n campaign day(s) written</source>
        <translation>
            <numerusform>%n Kampagnentag geschrieben</numerusform>
            <numerusform>%n Kampagnentage geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="234"/>
        <source>%n ad(s) written</source>
        <translation>
            <numerusform>%n Anzeige geschrieben</numerusform>
            <numerusform>%n Anzeigen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="246"/>
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="250"/>
        <source>cancelled, nothing written</source>
        <translation>abgebrochen, nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="319"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is an id a spreadsheet rewrote in scientific notation, so its digits are lost and two different ones could read as one: export the file again, or format the column as text before saving it</source>
        <translation>Spalte „%1“: „%2“ ist eine ID, die eine Tabellenkalkulation in wissenschaftliche Schreibweise umgeschrieben hat; ihre Ziffern sind verloren, und zwei verschiedene IDs könnten als eine gelesen werden: exportieren Sie die Datei erneut oder formatieren Sie die Spalte vor dem Speichern als Text</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="326"/>
        <source>column &quot;%1&quot;: a negative figure (%2)</source>
        <translation>Spalte &quot;%1&quot;: eine negative Zahl (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="333"/>
        <source>column &quot;%1&quot;: %2</source>
        <translation>Spalte &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="376"/>
        <location filename="../agents/import/importer.cpp" line="398"/>
        <source>&quot;%1&quot; is out of range for a whole number</source>
        <translation>&quot;%1&quot; liegt außerhalb des Bereichs für eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="380"/>
        <location filename="../agents/import/importer.cpp" line="402"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="415"/>
        <source>&quot;%1&quot; is out of range</source>
        <translation>&quot;%1&quot; liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="416"/>
        <source>&quot;%1&quot; is not a number (digits with an optional decimal point)</source>
        <translation>&quot;%1&quot; ist keine Zahl (Ziffern mit optionalem Dezimalpunkt)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="445"/>
        <source>&quot;%1&quot; reads two ways: %2 with a thousands point (this file separates its fields with semicolons, as spreadsheets that write a decimal comma do) or %3; save the amounts without thousands separators</source>
        <translation>„%1“ ist zweideutig: %2 mit Tausenderpunkt (diese Datei trennt ihre Felder mit Semikolons, wie Tabellenkalkulationen mit Dezimalkomma) oder %3; speichern Sie die Beträge ohne Tausendertrennzeichen</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="454"/>
        <source>&quot;%1&quot; is out of range (amounts up to %2)</source>
        <translation>&quot;%1&quot; liegt außerhalb des Bereichs (Beträge bis %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="460"/>
        <source>&quot;%1&quot; is not an amount: a decimal comma? Amounts are read with a decimal point (%2): save the file with a decimal point</source>
        <translation>„%1“ ist kein Betrag: ein Dezimalkomma? Beträge werden mit Dezimalpunkt gelesen (%2): speichern Sie die Datei mit Dezimalpunkt</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="463"/>
        <source>&quot;%1&quot; is not an amount (digits with an optional decimal point)</source>
        <translation>&quot;%1&quot; ist kein Betrag (Ziffern mit optionalem Dezimalpunkt)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="487"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD, M/D/YYYY, or the month by name: Nov 1, 2026 or 1 Nov 2026)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT, M/T/JJJJ oder der Monat mit Namen: Nov 1, 2026 oder 1 Nov 2026)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="506"/>
        <source>&quot;%1&quot; is not a date: dates with a slash are read month/day/year, and %2 is no month; for a file whose dates are day/month/year, import with --date-order dmy (the import window&apos;s &quot;Dates&quot;)</source>
        <translation>„%1“ ist kein Datum: Daten mit Schrägstrich werden als Monat/Tag/Jahr gelesen, und %2 ist kein Monat; eine Datei mit Tag/Monat/Jahr importieren Sie mit --date-order dmy („Daten“ im Importfenster)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="511"/>
        <source>&quot;%1&quot; is not a date read as day/month/year</source>
        <translation>„%1“ ist als Tag/Monat/Jahr gelesen kein Datum</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="513"/>
        <source>&quot;%1&quot; is not a date read as month/day/year</source>
        <translation>„%1“ ist als Monat/Tag/Jahr gelesen kein Datum</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="515"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or M/D/YYYY)</source>
        <translation>&quot;%1&quot; ist kein Datum (JJJJ-MM-TT oder M/T/JJJJ)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="552"/>
        <source>&quot;%1&quot; read month first is %2, in the future (today is %3); read day first it is %4: if the file writes day/month/year, import it so (--date-order dmy; in the window, Dates: Day/month/year)</source>
        <translation>&quot;%1&quot; mit dem Monat zuerst gelesen ist %2, in der Zukunft (heute ist %3); mit dem Tag zuerst gelesen ist es %4: wenn die Datei Tag/Monat/Jahr schreibt, importieren Sie sie so (--date-order dmy; im Fenster, Datumsangaben: Tag/Monat/Jahr)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="559"/>
        <source>%1 lies in the future (today is %2): a mistyped year? Figures are for days that have passed</source>
        <translation>%1 liegt in der Zukunft (heute ist %2): ein vertipptes Jahr? Zahlen gelten für vergangene Tage</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="614"/>
        <source>required column(s) %1 not found for %2; the file&apos;s columns are: %3</source>
        <translation>erforderliche Spalte(n) %1 für %2 nicht gefunden; die Spalten der Datei sind: %3</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="638"/>
        <source>this is a replay workspace (a copy of one recording): import into a live workspace (File ▸ New live workspace)</source>
        <translation>dies ist ein Wiedergabe-Arbeitsbereich (eine Kopie einer Aufzeichnung): in einen Live-Arbeitsbereich importieren (Datei ▸ Neuer Live-Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="647"/>
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="651"/>
        <source>every one of its %1 rows is bad, so nothing was imported; the first: %2</source>
        <translation>alle ihre %1 Zeilen sind fehlerhaft, daher wurde nichts importiert; die erste: %2</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="680"/>
        <source>this file&apos;s content was imported already (as %1 on %2): adding it again would count its %3 twice. Nothing was imported; --merge replace imports it again</source>
        <translation>der Inhalt dieser Datei wurde schon importiert (als %1 am %2): ein erneutes Hinzufügen würde ihre %3 doppelt zählen. Nichts wurde importiert; --merge replace importiert sie erneut</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="694"/>
        <source>&quot;%1&quot; is not a currency code (ISO 4217, e.g. GBP, EUR, USD)</source>
        <translation>&quot;%1&quot; ist kein Währungscode (ISO 4217, z. B. GBP, EUR, USD)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="698"/>
        <source>column &quot;%1&quot; says its amounts are in %2, and the import was told %3</source>
        <translation>Spalte &quot;%1&quot; sagt, ihre Beträge sind in %2, und dem Import wurde %3 genannt</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="727"/>
        <source>%1 of the %2 %3 this file shares with the store hold exactly the figures the store has for them (the first: %4 on %5): this is the same report imported before (saved again or downloaded again), and adding it would count them twice. Nothing was imported; --merge replace takes the file&apos;s figures for those days</source>
        <translation>%1 der %2 %3, die diese Datei mit dem Speicher teilt, enthalten genau die Zahlen, die der Speicher für sie hat (der erste: %4 am %5): das ist derselbe Bericht wie zuvor (erneut gespeichert oder erneut heruntergeladen), und ihn zu addieren würde sie doppelt zählen. Nichts wurde importiert; --merge replace übernimmt die Zahlen der Datei für diese Tage</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="733"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="743"/>
        <source>%1 added to the store&apos;s figures</source>
        <translation>%1 zu den Zahlen des Datenbestands addiert</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="744"/>
        <source>%1 replaced</source>
        <translation>%1 ersetzt</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="767"/>
        <source>the file&apos;s amounts are in %1 and this workspace&apos;s in %2: import it into a workspace of its own (its sums would add %1 to %2)</source>
        <translation>die Beträge der Datei sind in %1, die dieses Arbeitsbereichs in %2: importieren Sie sie in einen eigenen Arbeitsbereich (seine Summen würden %1 zu %2 addieren)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="807"/>
        <source>field &quot;%1&quot; is mapped to column %2, but the file has %3 columns</source>
        <translation>Feld &quot;%1&quot; ist Spalte %2 zugeordnet, aber die Datei hat %3 Spalten</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="810"/>
        <source>required field &quot;%1&quot; is not mapped to a column</source>
        <translation>Pflichtfeld &quot;%1&quot; ist keiner Spalte zugeordnet</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="832"/>
        <source>column &quot;%1&quot; is in %2 and column &quot;%3&quot; in %4: one file holds one currency</source>
        <translation>Spalte &quot;%1&quot; ist in %2 und Spalte &quot;%3&quot; in %4: eine Datei hat eine Währung</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="855"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a currency code</source>
        <translation>Spalte &quot;%1&quot;: &quot;%2&quot; ist kein Währungscode</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="860"/>
        <source>column &quot;%1&quot; says %2 where column &quot;%3&quot; says %4: one file holds one currency</source>
        <translation>Spalte &quot;%1&quot; nennt %2, wo Spalte &quot;%3&quot; %4 nennt: eine Datei hat eine Währung</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="874"/>
        <source>blank lines above the header skipped</source>
        <translation>leere Zeilen über der Kopfzeile übersprungen</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="875"/>
        <source>lines above the header skipped as the report&apos;s title (&quot;%1&quot;)</source>
        <translation>Zeilen über der Kopfzeile als Titel des Berichts übersprungen (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="933"/>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="937"/>
        <location filename="../agents/import/importer.cpp" line="972"/>
        <source>lines that repeat the header skipped (exports pasted together?)</source>
        <translation>Zeilen, die die Kopfzeile wiederholen, übersprungen (zusammenkopierte Exporte?)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="975"/>
        <source>this line is another header, its columns in another order or other columns (exports pasted together?): import each export on its own; nothing was imported</source>
        <translation>diese Zeile ist eine weitere Kopfzeile, ihre Spalten in anderer Reihenfolge oder andere Spalten (Exporte zusammenkopiert?): jeden Export einzeln importieren; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="991"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1000"/>
        <source>dates such as %1 could be month/day (%2) or day/month, and no date in the file shows which comes first: say which with --date-order mdy or dmy (the import window&apos;s &quot;Dates&quot;) and import again. Nothing was imported</source>
        <translation>Daten wie %1 könnten Monat/Tag (%2) oder Tag/Monat sein, und kein Datum der Datei zeigt, was zuerst kommt: Geben Sie es mit --date-order mdy oder dmy an („Daten“ im Importfenster) und importieren Sie erneut. Nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1006"/>
        <source>amounts with more than two decimals rounded to cents (first on line %1)</source>
        <translation>Beträge mit mehr als zwei Nachkommastellen auf Cent gerundet (erstmals in Zeile %1)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1011"/>
        <source>last line (%1) without a line end: if the file was cut off while downloading, its last figure may be short; compare it with the source</source>
        <translation>letzte Zeile (%1) ohne Zeilenende: wurde die Datei beim Herunterladen abgeschnitten, kann ihre letzte Zahl zu kurz sein; vergleichen Sie sie mit der Quelle</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1036"/>
        <source>product-days</source>
        <translation>Produkttage</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1036"/>
        <source>campaign-days</source>
        <translation>Kampagnentage</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1059"/>
        <source>%1; nothing was imported. Choose what to do with them: replace those days with the file&apos;s figures (--merge replace: a report downloaded again), or add the file&apos;s figures to the store&apos;s (--merge add: only for a file of other products or ads on the same days)</source>
        <translation>%1; nichts wurde importiert. Wählen Sie, was mit ihnen geschehen soll: diese Tage durch die Zahlen der Datei ersetzen (--merge replace: ein erneut heruntergeladener Bericht) oder die Zahlen der Datei zu denen des Speichers addieren (--merge add: nur für eine Datei mit anderen Produkten oder Anzeigen an denselben Tagen)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1093"/>
        <location filename="../agents/import/importer.cpp" line="1121"/>
        <source>adding to the store&apos;s figures leaves the money range</source>
        <translation>das Addieren zu den Zahlen des Datenbestands verlässt den Betragsbereich</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="1190"/>
        <source>%1 (%2, %n column(s) matched)</source>
        <translation>
            <numerusform>%1 (%2, %n Spalte passt)</numerusform>
            <numerusform>%1 (%2, %n Spalten passen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1191"/>
        <source>%1 (%2, missing %3)</source>
        <translation>%1 (%2, fehlt: %3)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1196"/>
        <source>the columns fit two importers equally well: %1 and %2; choose one</source>
        <translation>die Spalten passen gleich gut zu zwei Importern: %1 und %2; einen wählen</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1199"/>
        <source>the columns match no importer; the closest are %1 and %2</source>
        <translation>die Spalten passen zu keinem Importer; am nächsten kommen %1 und %2</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <location filename="../agents/charts/kpis.cpp" line="24"/>
        <source>a custom range needs a first and a last day</source>
        <translation>ein eigener Zeitraum braucht einen ersten und einen letzten Tag</translation>
    </message>
    <message>
        <location filename="../agents/charts/kpis.cpp" line="26"/>
        <source>the first day %1 is after the last day %2</source>
        <translation>der erste Tag %1 liegt nach dem letzten Tag %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/kpis.cpp" line="32"/>
        <source>no day to count back from: the workspace holds no figures yet</source>
        <translation>kein Tag, von dem aus zurückgezählt werden kann: der Arbeitsbereich enthält noch keine Zahlen</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="217"/>
        <source>%n campaign(s) reached the end of their %1-day evaluation window (%2 paid for themselves beyond doubt, %3 lost money beyond doubt).</source>
        <translation>
            <numerusform>%n Kampagne hat das Ende ihres %1-tägigen Bewertungszeitraums erreicht (%2 haben sich zweifelsfrei bezahlt gemacht, %3 haben zweifelsfrei Geld verloren).</numerusform>
            <numerusform>%n Kampagnen haben das Ende ihres %1-tägigen Bewertungszeitraums erreicht (%2 haben sich zweifelsfrei bezahlt gemacht, %3 haben zweifelsfrei Geld verloren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="223"/>
        <source>The %n the policy said to keep running earned %1 a day together (90 % interval %2 to %3).</source>
        <translation>
            <numerusform>Die %n, die die Richtlinie weiterlaufen lassen wollte, erzielte %1 pro Tag (90-%-Intervall %2 bis %3).</numerusform>
            <numerusform>Die %n, die die Richtlinie weiterlaufen lassen wollte, erzielten zusammen %1 pro Tag (90-%-Intervall %2 bis %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="227"/>
        <source>The %n it said to pause earned %1 a day together while they ran (90 % interval %2 to %3).</source>
        <translation>
            <numerusform>Die %n, die sie pausieren wollte, erzielte, solange sie lief, %1 pro Tag (90-%-Intervall %2 bis %3).</numerusform>
            <numerusform>Die %n, die sie pausieren wollte, erzielten zusammen, solange sie liefen, %1 pro Tag (90-%-Intervall %2 bis %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="232"/>
        <source>Where the policy had predicted a campaign&apos;s profit (%n campaign(s)), it predicted %1 a day on average and %2 a day happened.</source>
        <translation>
            <numerusform>Wo die Richtlinie den Gewinn einer Kampagne vorhergesagt hatte (%n Kampagne), sagte sie im Schnitt %1 pro Tag voraus, und %2 pro Tag trat ein.</numerusform>
            <numerusform>Wo die Richtlinie den Gewinn einer Kampagne vorhergesagt hatte (%n Kampagnen), sagte sie im Schnitt %1 pro Tag voraus, und %2 pro Tag trat ein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="245"/>
        <source>The evaluations agree with the policy: nothing to propose.</source>
        <translation>Die Bewertungen bestätigen die Richtlinie: nichts vorzuschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="253"/>
        <source>The workspace&apos;s history is too short for a backtest (%n day(s) after the baseline).</source>
        <translation>
            <numerusform>Die Historie des Arbeitsbereichs ist für einen Backtest zu kurz (%n Tag nach dem Vergleichszeitraum).</numerusform>
            <numerusform>Die Historie des Arbeitsbereichs ist für einen Backtest zu kurz (%n Tage nach dem Vergleichszeitraum).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="324"/>
        <source>A backtest over %1 to %2 on this workspace&apos;s history (every action approved): the policy in effect earns %3 of incremental profit for %4 of ad spend</source>
        <translation>Ein Backtest von %1 bis %2 auf der Historie dieses Arbeitsbereichs (jede Aktion genehmigt): die geltende Richtlinie erzielt %3 zusätzlichen Gewinn bei %4 Werbeausgaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="330"/>
        <source>none of the %n nearby policies tried earns at least %1 more (%2 % of the spend): nothing to propose.</source>
        <translation>
            <numerusform>die %n getestete benachbarte Richtlinie erzielt nicht mindestens %1 mehr (%2 % der Ausgaben): nichts vorzuschlagen.</numerusform>
            <numerusform>keine der %n getesteten benachbarten Richtlinien erzielt mindestens %1 mehr (%2 % der Ausgaben): nichts vorzuschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="342"/>
        <source>“%1” %2 → %3</source>
        <translation>„%1“ %2 → %3</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="357"/>
        <source>The policy is too loose beyond doubt.</source>
        <translation>Die Richtlinie ist zweifelsfrei zu locker.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="358"/>
        <source>The policy looks too loose (not yet beyond doubt: the backtest decides).</source>
        <translation>Die Richtlinie wirkt zu locker (noch nicht zweifelsfrei: der Backtest entscheidet).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="360"/>
        <source>The policy is too tight beyond doubt.</source>
        <translation>Die Richtlinie ist zweifelsfrei zu streng.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="361"/>
        <source>The policy looks too tight (not yet beyond doubt: the backtest decides).</source>
        <translation>Die Richtlinie wirkt zu streng (noch nicht zweifelsfrei: der Backtest entscheidet).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="363"/>
        <source>Proposed: %1.</source>
        <translation>Vorgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="365"/>
        <source>the proposed one %1 for %2 (%3 more; %4 actions against %5). Of %n nearby policies tried this one earns most.</source>
        <translation>
            <numerusform>die vorgeschlagene %1 bei %2 (%3 mehr; %4 Aktionen gegenüber %5). Von %n getesteten benachbarten Richtlinie erzielt diese am meisten.</numerusform>
            <numerusform>die vorgeschlagene %1 bei %2 (%3 mehr; %4 Aktionen gegenüber %5). Von %n getesteten benachbarten Richtlinien erzielt diese am meisten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="374"/>
        <source>Incremental profit is scored on the recording&apos;s true added sales.</source>
        <translation>Der zusätzliche Gewinn wird an den tatsächlich hinzugekommenen Verkäufen der Aufzeichnung gemessen.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="375"/>
        <source>Without a measured truth the backtest counts the platform&apos;s attributed conversions as added sales, so it favours campaigns the platform over-credits.</source>
        <translation>Ohne gemessene Wahrheit zählt der Backtest die von der Plattform zugeschriebenen Conversions als zusätzliche Verkäufe und bevorzugt daher Kampagnen, denen die Plattform zu viel zuschreibt.</translation>
    </message>
</context>
<context>
    <name>LiveFetch</name>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="142"/>
        <source>%1 asked to wait %2 s (%3); resuming at %4</source>
        <translation>%1 bat, %2 s zu warten (%3); weiter um %4</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="157"/>
        <source>WooCommerce shop %1</source>
        <translation>WooCommerce-Shop %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="159"/>
        <source>Campaign Pilot API %1</source>
        <translation>Campaign-Pilot-API %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="161"/>
        <source>Meta ad account %1</source>
        <translation>Meta-Werbekonto %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="205"/>
        <source>no store and no ad platform connected (Agents ▸ Connections)</source>
        <translation>kein Shop und keine Werbeplattform verbunden (Agenten ▸ Verbindungen)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="241"/>
        <location filename="../agents/live/livefetch.cpp" line="254"/>
        <source>product %1: %2</source>
        <translation>Produkt %1: %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="242"/>
        <source>the details name product %1</source>
        <translation>die Details nennen Produkt %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="255"/>
        <source>the analytics name product %1</source>
        <translation>die Analysedaten nennen Produkt %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="370"/>
        <source>the refunds of order %1: %2</source>
        <translation>die Erstattungen der Bestellung %1: %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="398"/>
        <source>the shop does not filter orders by modified_after (WooCommerce too old?): an order refunded or cancelled after the re-read window is not noticed; the shop is not asked again</source>
        <translation>der Shop filtert Bestellungen nicht nach modified_after (WooCommerce zu alt?): eine Bestellung, die nach dem Zeitraum des erneuten Lesens erstattet oder storniert wird, bleibt unbemerkt; der Shop wird nicht wieder danach gefragt</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="433"/>
        <source>how many unpublished products were left out could not be read (%1)</source>
        <translation>wie viele unveröffentlichte Produkte ausgelassen wurden, konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="448"/>
        <source>the shop&apos;s currency setting could not be read (%1); its orders are in %2</source>
        <translation>die Währungseinstellung des Shops konnte nicht gelesen werden (%1); seine Bestellungen sind in %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="453"/>
        <source>the shop&apos;s currency setting could not be read (%1) and its orders are in %2: no order was counted, so that two currencies are never added up</source>
        <translation>die Währungseinstellung des Shops konnte nicht gelesen werden (%1) und seine Bestellungen sind in %2: keine Bestellung wurde gezählt, damit nie zwei Währungen addiert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="483"/>
        <source>%n order(s) in %1, not the shop&apos;s %2, were not counted (orders %3)</source>
        <translation>
            <numerusform>%n Bestellung in %1 statt in der Shopwährung %2 wurde nicht gezählt (Bestellung %3)</numerusform>
            <numerusform>%n Bestellungen in %1 statt in der Shopwährung %2 wurden nicht gezählt (Bestellungen %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="498"/>
        <source>%n order(s) changed since the last refresh (a refund or cancellation) belong to days before the re-read window: %1 read again whole</source>
        <translation>
            <numerusform>%n seit dem letzten Abruf geänderte Bestellung (eine Erstattung oder Stornierung) gehört zu einem Tag vor dem Zeitraum des erneuten Lesens: %1 ganz neu gelesen</numerusform>
            <numerusform>%n seit dem letzten Abruf geänderte Bestellungen (Erstattungen oder Stornierungen) gehören zu Tagen vor dem Zeitraum des erneuten Lesens: %1 ganz neu gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="505"/>
        <source>%n order(s) partly refunded: the refunds are taken off the day of the sale</source>
        <translation>
            <numerusform>%n Bestellung teilweise erstattet: die Erstattung wird vom Verkaufstag abgezogen</numerusform>
            <numerusform>%n Bestellungen teilweise erstattet: die Erstattungen werden vom Verkaufstag abgezogen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="509"/>
        <source>the shop&apos;s time zone is %1 (its site&apos;s setting): its days are counted there; its today is %2</source>
        <translation>die Zeitzone des Shops ist %1 (Einstellung der Website): seine Tage werden dort gezählt; sein heutiger Tag ist der %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="513"/>
        <source>the shop&apos;s time zone could not be read (%1); its newest order says %2 (date_created less date_created_gmt): its days are counted at that offset; its today is %3</source>
        <translation>die Zeitzone des Shops konnte nicht gelesen werden (%1); seine neueste Bestellung nennt %2 (date_created minus date_created_gmt): seine Tage werden mit diesem Versatz gezählt; sein heutiger Tag ist der %3</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="517"/>
        <source>the shop&apos;s time zone could not be read (%1) and no order says its offset: days are as the shop states them (date_created); its today is taken to be this computer&apos;s, %2</source>
        <translation>die Zeitzone des Shops konnte nicht gelesen werden (%1) und keine Bestellung nennt ihren Versatz: die Tage sind so, wie der Shop sie angibt (date_created); als sein heutiger Tag gilt der dieses Computers, %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="564"/>
        <source>Meta ad account %1: currency %2, time zone %3; its days %4 to %5 were read in that time zone%6</source>
        <translation>Meta-Werbekonto %1: Währung %2, Zeitzone %3; seine Tage %4 bis %5 wurden in dieser Zeitzone gelesen%6</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="566"/>
        <source> (today there is %1, here %2)</source>
        <translation> (heute ist dort der %1, hier der %2)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="590"/>
        <source>the ad sets&apos; attribution windows could not be read (%1); the re-read window stays as it was</source>
        <translation>die Attributionsfenster der Anzeigengruppen waren nicht lesbar (%1); das Fenster der erneut gelesenen Tage bleibt, wie es war</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="602"/>
        <source>Meta insights: %1</source>
        <translation>Meta-Statistiken: %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="607"/>
        <source>campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="637"/>
        <location filename="../agents/live/livefetch.cpp" line="656"/>
        <source>%1; and %2</source>
        <translation>%1; und %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="644"/>
        <source>%1 (nothing of the ad platform was written; the store&apos;s data was)</source>
        <translation>%1 (von der Werbeplattform wurde nichts geschrieben; die Daten des Shops schon)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="670"/>
        <source>%1 (nothing of the store was written; the ad platform&apos;s data was)</source>
        <translation>%1 (vom Shop wurde nichts geschrieben; die Daten der Werbeplattform schon)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="705"/>
        <source>Fetching live data: %1 of %2 requests</source>
        <translation>Live-Daten werden abgerufen: %1 von %2 Anfragen</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="722"/>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="772"/>
        <source>%n product(s): the analytics&apos; time_range was not understood; their comparison windows were not kept</source>
        <translation>
            <numerusform>%n Produkt: der time_range der Analysedaten wurde nicht verstanden; sein Vergleichszeitraum wurde nicht übernommen</numerusform>
            <numerusform>%n Produkte: der time_range der Analysedaten wurde nicht verstanden; ihre Vergleichszeiträume wurden nicht übernommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message>
        <location filename="../agents/live/livesync.cpp" line="170"/>
        <source>%1 %2: first snapshot; their daily figures begin with the next day&apos;s</source>
        <translation>%1 %2: erster Abruf; ihre Tageszahlen beginnen mit denen des nächsten Tages</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="172"/>
        <source>%1 %2: no snapshot yesterday; the days in between are not guessed</source>
        <translation>%1 %2: gestern kein Abruf; die Tage dazwischen werden nicht geschätzt</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="174"/>
        <source>%1 %2: the source restated its totals downwards (%3); the newest figures win: %4 earlier day(s) rewritten</source>
        <translation>%1 %2: die Quelle hat ihre Summen nach unten korrigiert (%3); die neuesten Zahlen gelten: %4 frühere(r) Tag(e) neu geschrieben</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="239"/>
        <source>the snapshot that began the run of %1 is missing</source>
        <translation>der Abruf, mit dem die Reihe von %1 begann, fehlt</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="344"/>
        <source>this store holds the recording &quot;%1&quot;; keep live data in a store of its own (start with --database PATH)</source>
        <translation>dieser Datenbestand enthält die Aufzeichnung &quot;%1&quot;; Live-Daten in einem eigenen Datenbestand halten (mit --database PFAD starten)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="367"/>
        <source>the shop&apos;s currency is %1 but this workspace records %2: nothing was written, so that two currencies are never mixed (a shop in %1 needs a workspace of its own)</source>
        <translation>die Währung des Shops ist %1, dieser Arbeitsbereich erfasst aber %2: nichts wurde geschrieben, damit nie zwei Währungen vermischt werden (ein Shop in %1 braucht einen eigenen Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="376"/>
        <source>%1 has three decimals, and Campaign Pilot keeps amounts in hundredths: nothing was written, so that no figure is rounded (a shop or ad account in %1 is not supported yet)</source>
        <translation>%1 hat drei Nachkommastellen, und Campaign Pilot führt Beträge in Hundertsteln: nichts wurde geschrieben, damit keine Zahl gerundet wird (ein Shop oder Werbekonto in %1 wird noch nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="382"/>
        <source>This workspace records its money in %1 from now on.</source>
        <translation>Dieser Arbeitsbereich erfasst Beträge ab jetzt in %1.</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="396"/>
        <source>the ad account&apos;s spend, revenue and budgets were not written: this workspace takes its currency from the shop first, and the shop could not be read this time; the next refresh that reads the shop writes them</source>
        <translation>Ausgaben, Umsatz und Budgets des Werbekontos wurden nicht geschrieben: dieser Arbeitsbereich nimmt seine Währung zuerst vom Shop, und der Shop konnte diesmal nicht gelesen werden; die nächste Aktualisierung, die den Shop liest, schreibt sie</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="402"/>
        <source>the Meta ad account&apos;s currency is %1 but this workspace records %2: no campaign spend, revenue or budget was written, so that two currencies are never mixed; connect an ad account in %2, or keep this account&apos;s data in a workspace of its own</source>
        <translation>die Währung des Meta-Werbekontos ist %1, dieser Arbeitsbereich erfasst aber %2: keine Werbeausgaben, kein Umsatz und kein Budget der Kampagnen wurden geschrieben, damit nie zwei Währungen vermischt werden; verbinden Sie ein Werbekonto in %2 oder führen Sie die Daten dieses Kontos in einem eigenen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="430"/>
        <source>the ad sets credit purchases up to %1 days after the ad: each refresh re-reads the last %2 days of insights</source>
        <translation>die Anzeigengruppen rechnen Käufe bis zu %1 Tage nach der Anzeige zu: jede Aktualisierung liest die Insights der letzten %2 Tage erneut</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="496"/>
        <source>%n product-day(s) no longer have orders (refunded or cancelled since): now 0</source>
        <translation>
            <numerusform>%n Produkttag hat keine Bestellungen mehr (inzwischen erstattet oder storniert): jetzt 0</numerusform>
            <numerusform>%n Produkttage haben keine Bestellungen mehr (inzwischen erstattet oder storniert): jetzt 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="499"/>
        <source>%n day(s) of sales for products not in the catalog were not written</source>
        <translation>
            <numerusform>%n Verkaufstag für Produkte außerhalb des Katalogs wurde nicht geschrieben</numerusform>
            <numerusform>%n Verkaufstage für Produkte außerhalb des Katalogs wurden nicht geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="554"/>
        <source>product(s)</source>
        <translation>Produkt(e)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="563"/>
        <source>%n campaign(s) kept their earlier figures because theirs could not be fetched (%1); the next refresh asks for the days of its re-read window again</source>
        <translation>
            <numerusform>%n Kampagne behielt ihre früheren Zahlen, weil ihre nicht abgerufen werden konnten (%1); die nächste Aktualisierung fragt die Tage ihres Nachlesezeitraums erneut ab</numerusform>
            <numerusform>%n Kampagnen behielten ihre früheren Zahlen, weil ihre nicht abgerufen werden konnten (%1); die nächste Aktualisierung fragt die Tage ihres Nachlesezeitraums erneut ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="569"/>
        <source>%n product(s) kept their earlier figures because their fetch failed (%1)</source>
        <translation>
            <numerusform>%n Produkt behielt seine früheren Zahlen, weil der Abruf fehlschlug (%1)</numerusform>
            <numerusform>%n Produkte behielten ihre früheren Zahlen, weil der Abruf fehlschlug (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="587"/>
        <source>%1 campaign(s) name a product of the shop, which was not read this time; they are linked when it is</source>
        <translation>%1 Kampagne(n) nennen ein Produkt des Shops, der diesmal nicht gelesen wurde; sie werden verknüpft, sobald er gelesen ist</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="591"/>
        <source>%1 campaign(s) name a product the store does not know; kept without the link</source>
        <translation>%1 Kampagne(n) nennen ein Produkt, das der Shop nicht kennt; ohne Verknüpfung übernommen</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="651"/>
        <source>conversions %1</source>
        <translation>Conversions %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="653"/>
        <source>spend %1</source>
        <translation>Ausgaben %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="655"/>
        <source>conversion value %1</source>
        <translation>Conversion-Wert %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="657"/>
        <source>impressions or clicks</source>
        <translation>Impressionen oder Klicks</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="658"/>
        <source>%n past campaign-day(s) restated by the platform since they were read (%1): %2; the newest figures are kept</source>
        <translation>
            <numerusform>%n vergangener Kampagnentag von der Plattform neu angegeben, seit er gelesen wurde (%1): %2; die neuesten Zahlen gelten</numerusform>
            <numerusform>%n vergangene Kampagnentage von der Plattform neu angegeben, seit sie gelesen wurden (%1): %2; die neuesten Zahlen gelten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="680"/>
        <source>%n campaign-day(s) that Meta no longer reports (no delivery left on that day) were removed</source>
        <translation>
            <numerusform>%n Kampagnentag, den Meta nicht mehr meldet (an dem Tag keine Auslieferung mehr), wurde entfernt</numerusform>
            <numerusform>%n Kampagnentage, die Meta nicht mehr meldet (an dem Tag keine Auslieferung mehr), wurden entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="737"/>
        <source>campaign(s)</source>
        <translation>Kampagne(n)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="788"/>
        <source>store connection</source>
        <translation>Shop-Verbindung</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="788"/>
        <source>ad platform connection</source>
        <translation>Verbindung zur Werbeplattform</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../models/manifest.cpp" line="21"/>
        <source>field &quot;%1&quot; is missing or not a non-empty string</source>
        <translation>das Feld &quot;%1&quot; fehlt oder ist keine nicht-leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="32"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="36"/>
        <source>field &quot;format_version&quot; is missing or not an integer</source>
        <translation>das Feld &quot;format_version&quot; fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="39"/>
        <source>format_version %1 is not supported (this program reads up to %2)</source>
        <translation>format_version %1 wird nicht unterstützt (dieses Programm liest bis %2)</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="46"/>
        <source>field &quot;currency&quot; must be a three-letter ISO 4217 code, not &quot;%1&quot;</source>
        <translation>das Feld &quot;currency&quot; muss ein dreistelliger ISO-4217-Code sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="49"/>
        <source>field &quot;currency&quot;: &quot;%1&quot; is not an ISO 4217 currency code (e.g. GBP, EUR, USD)</source>
        <translation>Feld &quot;currency&quot;: &quot;%1&quot; ist kein ISO-4217-Währungscode (z. B. GBP, EUR, USD)</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="62"/>
        <source>date_range &quot;%1&quot;..&quot;%2&quot; is not a valid ISO date range</source>
        <translation>date_range &quot;%1&quot;..&quot;%2&quot; ist kein gültiger ISO-Datumsbereich</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="66"/>
        <source>field &quot;files&quot; must name at least &quot;products&quot;</source>
        <translation>das Feld &quot;files&quot; muss mindestens &quot;products&quot; nennen</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="69"/>
        <source>files.%1 is not a string</source>
        <translation>files.%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="72"/>
        <source>files.%1 must be a plain file name beside the manifest</source>
        <translation>files.%1 muss ein einfacher Dateiname neben dem Manifest sein</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="77"/>
        <source>an entry of &quot;sources&quot; is not an object</source>
        <translation>ein Eintrag von &quot;sources&quot; ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="82"/>
        <source>field &quot;sources&quot; must name where the data came from</source>
        <translation>das Feld &quot;sources&quot; muss nennen, woher die Daten stammen</translation>
    </message>
</context>
<context>
    <name>MetaApi</name>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="36"/>
        <source>Graph error</source>
        <translation>Graph-Fehler</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="37"/>
        <source> (code %1, subcode %2)</source>
        <translation> (Code %1, Subcode %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="37"/>
        <source> (code %1)</source>
        <translation> (Code %1)</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="48"/>
        <source>has expired</source>
        <translation>ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="49"/>
        <source>was invalidated by a password change</source>
        <translation>wurde durch eine Passwortänderung ungültig</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="50"/>
        <source>has expired or is no longer valid</source>
        <translation>ist abgelaufen oder nicht mehr gültig</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="51"/>
        <source>the Meta access token %1 (%2): create a new long-lived token (Meta Business Settings &gt; Users &gt; System users &gt; Generate new token, with ads_read and ads_management) and enter it under Agents &gt; Connections, or in CP_META_ACCESS_TOKEN</source>
        <translation>das Meta-Zugriffstoken %1 (%2): ein neues langlebiges Token erstellen (Meta-Unternehmenseinstellungen &gt; Nutzer &gt; Systemnutzer &gt; Neues Token generieren, mit ads_read und ads_management) und unter Agenten &gt; Verbindungen oder in CP_META_ACCESS_TOKEN eintragen</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="149"/>
        <location filename="../agents/tools/metaapi.cpp" line="356"/>
        <source>the answer is not JSON (%1)</source>
        <translation>die Antwort ist kein JSON (%1)</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="151"/>
        <source>field &quot;data&quot; is not a list</source>
        <translation>das Feld &quot;data&quot; ist keine Liste</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="176"/>
        <source>is not an amount in the currency&apos;s smallest unit</source>
        <translation>ist kein Betrag in der kleinsten Einheit der Währung</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="193"/>
        <source>data[%1].%2 %3</source>
        <translation>data[%1].%2 %3</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="199"/>
        <source>is missing or not an id</source>
        <translation>fehlt oder ist keine ID</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="202"/>
        <source>is %1 characters long</source>
        <translation>ist %1 Zeichen lang</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="221"/>
        <source>&quot;%1&quot; is not a campaign status</source>
        <translation>&quot;%1&quot; ist kein Kampagnenstatus</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="241"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="269"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="273"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="282"/>
        <source>Meta throttles this ad account: %1; access returns in about %2 min, try again after %3 UTC</source>
        <translation>Meta drosselt dieses Werbekonto: %1; der Zugriff ist in etwa %2 Min. wieder möglich, nach %3 UTC erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/metaapi.cpp" line="291"/>
        <source>Meta throttles this ad account: %1; still refused after %n attempt(s), try again in a few minutes</source>
        <translation>
            <numerusform>Meta drosselt dieses Werbekonto: %1; nach %n Versuch weiterhin abgelehnt, in ein paar Minuten erneut versuchen</numerusform>
            <numerusform>Meta drosselt dieses Werbekonto: %1; nach %n Versuchen weiterhin abgelehnt, in ein paar Minuten erneut versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="297"/>
        <source>rate limit, code %1</source>
        <translation>Ratenlimit, Code %1</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="324"/>
        <source>Meta&apos;s paging does not end: page %1 gave the cursor page %2 gave; nothing of this list was kept, try again later</source>
        <translation>Metas Seitenfolge endet nicht: Seite %1 gab den Cursor, den Seite %2 gab; nichts von dieser Liste wurde behalten, später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="330"/>
        <source>more than %1 pages; nothing of this list was kept</source>
        <translation>mehr als %1 Seiten; nichts von dieser Liste wurde behalten</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="334"/>
        <source>the ad account is throttled by Meta for about %1 min; try again later</source>
        <translation>das Werbekonto wird von Meta für etwa %1 Min. gedrosselt; später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="339"/>
        <source>near its rate limit</source>
        <translation>nahe am Ratenlimit</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="362"/>
        <source>currency &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>Währung &quot;%1&quot; ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="364"/>
        <source>timezone_name &quot;%1&quot; is not a time zone this system knows</source>
        <translation>timezone_name &quot;%1&quot; ist keine Zeitzone, die dieses System kennt</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="397"/>
        <source>data[%1].attribution_spec is not a list</source>
        <translation>data[%1].attribution_spec ist keine Liste</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="408"/>
        <source>data[%1].attribution_spec[%2].window_days is not a number of days from 0 to 90</source>
        <translation>data[%1].attribution_spec[%2].window_days ist keine Zahl von Tagen zwischen 0 und 90</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="472"/>
        <source>is not a date</source>
        <translation>ist kein Datum</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="474"/>
        <source>is not the same day as date_start (time_increment=1 was asked)</source>
        <translation>ist nicht derselbe Tag wie date_start (time_increment=1 war angefragt)</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="482"/>
        <source>%1 is more than the %2 impressions</source>
        <translation>%1 ist mehr als die %2 Impressionen</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="493"/>
        <source>purchase count %1 is not whole</source>
        <translation>Kaufanzahl %1 ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>MetaPlatform</name>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="58"/>
        <source>the ad account&apos;s currency cannot be read</source>
        <translation>die Währung des Werbekontos kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="78"/>
        <source>Meta campaigns need an ad set, a creative and an audience: create this one in Ads Manager</source>
        <translation>Meta-Kampagnen brauchen eine Anzeigengruppe, ein Werbemittel und eine Zielgruppe: diese im Werbeanzeigenmanager erstellen</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="96"/>
        <location filename="../agents/backend/metaplatform.cpp" line="238"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="102"/>
        <source>the answer is about campaign %1, not %2</source>
        <translation>die Antwort betrifft Kampagne %1, nicht %2</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="121"/>
        <source>nothing to check</source>
        <translation>nichts zu prüfen</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="135"/>
        <source>no budget to set</source>
        <translation>kein Budget zu setzen</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="144"/>
        <source>the campaign could not be read before the budget change, so nothing was sent: %1</source>
        <translation>die Kampagne konnte vor der Budgetänderung nicht gelesen werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="158"/>
        <source>campaign %1 now has a lifetime budget, not a daily one: the daily budget change was not sent (change it in Ads Manager)</source>
        <translation>Kampagne %1 hat jetzt ein Laufzeitbudget statt eines Tagesbudgets: die Tagesbudget-Änderung wurde nicht gesendet (im Werbeanzeigenmanager ändern)</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="163"/>
        <source>campaign %1 has no campaign budget any more: its budgets moved to its ad sets, so the budget change was not sent (change them in Ads Manager)</source>
        <translation>Kampagne %1 hat kein Kampagnenbudget mehr: ihre Budgets liegen jetzt auf den Anzeigengruppen, daher wurde die Budgetänderung nicht gesendet (im Werbeanzeigenmanager ändern)</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="170"/>
        <source>the ad account&apos;s currency could not be read, so nothing was sent: %1</source>
        <translation>die Währung des Werbekontos konnte nicht gelesen werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="178"/>
        <source>this workspace&apos;s currency is not known yet, so a budget in it cannot be told to Meta: refresh live data once, then approve the change again; it was not sent</source>
        <translation>die Währung dieses Arbeitsbereichs ist noch nicht bekannt, daher kann Meta kein Budget in ihr genannt werden: aktualisieren Sie die Live-Daten einmal und genehmigen Sie die Änderung dann erneut; sie wurde nicht gesendet</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="183"/>
        <source>the ad account&apos;s currency is %1 but this workspace&apos;s budgets are in %2: the budget change was not sent</source>
        <translation>die Währung des Werbekontos ist %1, die Budgets dieses Arbeitsbereichs sind aber in %2: die Budgetänderung wurde nicht gesendet</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="189"/>
        <source>%1 cannot be set in %2, which Meta counts in whole units</source>
        <translation>%1 kann nicht in %2 gesetzt werden, das Meta in ganzen Einheiten zählt</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="208"/>
        <source>the dry run (validate_only) got no answer, so the change was not sent: %1</source>
        <translation>der Testlauf (validate_only) bekam keine Antwort, daher wurde die Änderung nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="215"/>
        <source>Meta refused the change in its dry run (validate_only), so it was not sent: %1</source>
        <translation>Meta lehnte die Änderung im Testlauf (validate_only) ab, daher wurde sie nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="221"/>
        <source>Meta&apos;s dry run (validate_only) did not answer success, so the change was not sent</source>
        <translation>der Testlauf von Meta (validate_only) meldete keinen Erfolg, daher wurde die Änderung nicht gesendet</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="259"/>
        <source>Meta answered success=false</source>
        <translation>Meta antwortete success=false</translation>
    </message>
</context>
<context>
    <name>ModelWriter</name>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="36"/>
        <source>The language model&apos;s explanation was refused (%1)</source>
        <translation>Die Erklärung des Sprachmodells wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="37"/>
        <source>The language model&apos;s copy was refused (%1)</source>
        <translation>Der Anzeigentext des Sprachmodells wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="39"/>
        <source> No API key is stored for this connection (it was kept for one session only, without a keychain): type it again in Agents ▸ Connections or set CP_LLM_API_KEY.</source>
        <translation> Für diese Verbindung ist kein API-Schlüssel gespeichert (ohne Schlüsselbund galt er nur für eine Sitzung): erneut unter Agenten ▸ Verbindungen eingeben oder CP_LLM_API_KEY setzen.</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="49"/>
        <source>The language model&apos;s server answered HTTP %1: the server rejected the key (or none was sent: no key stored for this connection)</source>
        <translation>Der Server des Sprachmodells antwortete HTTP %1: Der Server hat den Schlüssel abgelehnt (oder es wurde keiner gesendet: für diese Verbindung ist kein Schlüssel gespeichert)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="51"/>
        <source>The language model&apos;s server answered HTTP %1: the server rejected the key (is the API key in Agents ▸ Connections right?)</source>
        <translation>Der Server des Sprachmodells antwortete HTTP %1: Der Server hat den Schlüssel abgelehnt (stimmt der API-Schlüssel unter Agenten ▸ Verbindungen?)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="56"/>
        <source>The language model was rate limited (%1)</source>
        <translation>Das Sprachmodell hat die Anfragen begrenzt (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="58"/>
        <source>The language model answered HTTP %1 (%2)</source>
        <translation>Das Sprachmodell antwortete HTTP %1 (%2)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="59"/>
        <source>The language model could not be reached or gave no answer in time (%1)</source>
        <translation>Das Sprachmodell war nicht erreichbar oder antwortete nicht rechtzeitig (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="114"/>
        <source>%1; the template&apos;s copy is used.</source>
        <translation>%1; der Text der Vorlage wird verwendet.</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="146"/>
        <source>no answer within the copy deadline of %1 s</source>
        <translation>keine Antwort innerhalb der Frist für Anzeigentexte von %1 s</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../models/money.cpp" line="209"/>
        <source>“%1” is not an amount (e.g. %2)</source>
        <translation>„%1“ ist kein Betrag (z. B. %2)</translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="231"/>
        <source>“%1”: this workspace&apos;s amounts are in %2</source>
        <translation>„%1“: die Beträge dieses Arbeitsbereichs sind in %2</translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="269"/>
        <source>“%1” reads two ways, as %2 or as %3: write the one you mean without the separator</source>
        <translation>„%1“ lässt sich zweifach lesen, als %2 oder als %3: schreiben Sie den gemeinten Betrag ohne Trennzeichen</translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="293"/>
        <source>“%1” has more than two decimals</source>
        <translation>„%1“ hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="299"/>
        <source>“%1” is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
</context>
<context>
    <name>NativeQuery</name>
    <message>
        <location filename="../models/nativequery.cpp" line="99"/>
        <source>a value of type %1 cannot be written</source>
        <translation>ein Wert vom Typ %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Orchestrator</name>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="102"/>
        <source>expired recommendations could not be marked: %1</source>
        <translation>abgelaufene Empfehlungen konnten nicht markiert werden: %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="190"/>
        <source>the cycle&apos;s policy could not be stored: %1</source>
        <translation>die Richtlinie des Zyklus konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="111"/>
        <source>the operator&apos;s earlier decisions could not be read: %1</source>
        <translation>die früheren Entscheidungen der Bedienung waren nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="27"/>
        <source>the emergency stop cannot be read (%1); no cycle runs until it can</source>
        <translation>der Notstopp kann nicht gelesen werden (%1); kein Zyklus läuft, bis er es kann</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="30"/>
        <source>the emergency stop is on: no cycle runs until an operator resumes</source>
        <translation>der Notstopp ist aktiv: kein Zyklus läuft, bis ein Bearbeiter fortsetzt</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="122"/>
        <source>The portfolio&apos;s figures were not saved (the charts show the previous cycle&apos;s): %1</source>
        <translation>Die Zahlen des Portfolios wurden nicht gespeichert (die Diagramme zeigen die des vorigen Zyklus): %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="128"/>
        <source>The learning loop failed: %1</source>
        <translation>Die Lernschleife ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>OrderLinesImporter</name>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="13"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="14"/>
        <source>Product code</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="15"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="16"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="17"/>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="18"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="19"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="20"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="92"/>
        <source>the invoice number is empty</source>
        <translation>die Rechnungsnummer ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="94"/>
        <source>the product code is empty</source>
        <translation>die Artikelnummer ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="96"/>
        <source>column &quot;UnitPrice&quot;: a negative price (%1)</source>
        <translation>Spalte &quot;UnitPrice&quot;: ein negativer Preis (%1)</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="118"/>
        <location filename="../agents/import/orderlinesimporter.cpp" line="135"/>
        <source>column &quot;UnitPrice&quot;: %1 × %2 leaves the money range</source>
        <translation>Spalte &quot;UnitPrice&quot;: %1 × %2 verlässt den Betragsbereich</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="121"/>
        <source>cancellation lines booked as returns</source>
        <translation>Stornozeilen als Retouren gebucht</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="123"/>
        <source>lines with quantity ≤ 0 on a normal invoice not imported (stock write-offs)</source>
        <translation>Zeilen mit Menge ≤ 0 auf einer normalen Rechnung nicht importiert (Bestandsabschreibungen)</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="126"/>
        <source>lines with price 0 not imported (samples, manual fixes)</source>
        <translation>Zeilen mit Preis 0 nicht importiert (Muster, manuelle Korrekturen)</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="255"/>
        <source>Writing daily figures</source>
        <translation>Tageszahlen werden geschrieben</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.h" line="36"/>
        <source>Store order lines</source>
        <translation>Bestellpositionen des Shops</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../agents/rules/policy.cpp" line="103"/>
        <source>field &quot;%1&quot;: %2</source>
        <translation>Feld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="111"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="111"/>
        <source>A name for this policy; each saved change becomes a new version.</source>
        <translation>Ein Name für diese Richtlinie; jede gespeicherte Änderung wird eine neue Version.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="112"/>
        <location filename="../agents/rules/policy.cpp" line="113"/>
        <location filename="../agents/rules/policy.cpp" line="114"/>
        <location filename="../agents/rules/policy.cpp" line="115"/>
        <location filename="../agents/rules/policy.cpp" line="116"/>
        <location filename="../agents/rules/policy.cpp" line="117"/>
        <location filename="../agents/rules/policy.cpp" line="118"/>
        <location filename="../agents/rules/policy.cpp" line="119"/>
        <location filename="../agents/rules/policy.cpp" line="120"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="112"/>
        <source>Pause now when ROAS is below</source>
        <translation>Sofort pausieren, wenn ROAS unter</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="112"/>
        <source>Revenue ÷ spend over the campaign&apos;s life; below 1.0× it earns back less than it costs (the seed&apos;s &quot;ROAS &lt; 0&quot;).</source>
        <translation>Umsatz ÷ Werbeausgaben über die gesamte Laufzeit; unter 1,0× spielt die Kampagne weniger ein, als sie kostet (&quot;ROAS &lt; 0&quot; der Ausgangsregeln).</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="113"/>
        <source>Pause when sales fall below</source>
        <translation>Pausieren, wenn Verkäufe fallen unter</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="113"/>
        <source>Sales per day during the campaign against the days before it.</source>
        <translation>Verkäufe pro Tag während der Kampagne gegenüber den Tagen davor.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="114"/>
        <source>Pause when page views fall below</source>
        <translation>Pausieren, wenn Seitenaufrufe fallen unter</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="114"/>
        <source>Page views per day during the campaign against the days before it.</source>
        <translation>Seitenaufrufe pro Tag während der Kampagne gegenüber den Tagen davor.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="115"/>
        <source>Keep running when sales rise above</source>
        <translation>Weiterlaufen, wenn Verkäufe steigen über</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="115"/>
        <source>Together with the page-view threshold below.</source>
        <translation>Zusammen mit der Schwelle für Seitenaufrufe darunter.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="116"/>
        <source>… and page views rise above</source>
        <translation>… und Seitenaufrufe steigen über</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="116"/>
        <source>Both must hold to keep a campaign running with more budget.</source>
        <translation>Beides muss zutreffen, damit eine Kampagne mit mehr Budget weiterläuft.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="117"/>
        <source>Improve when sales change from</source>
        <translation>Verbessern, wenn Verkäufe sich ändern von</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="117"/>
        <source>Lower end of the &quot;review copy and targeting&quot; band for sales.</source>
        <translation>Untere Grenze des Bereichs &quot;Anzeigentext und Targeting prüfen&quot; für Verkäufe.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="118"/>
        <location filename="../agents/rules/policy.cpp" line="120"/>
        <source>… to</source>
        <translation>… bis</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="118"/>
        <location filename="../agents/rules/policy.cpp" line="120"/>
        <source>Upper end of that band.</source>
        <translation>Obere Grenze dieses Bereichs.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="119"/>
        <source>Improve when page views change from</source>
        <translation>Verbessern, wenn Seitenaufrufe sich ändern von</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="119"/>
        <source>Lower end of the band for page views.</source>
        <translation>Untere Grenze des Bereichs für Seitenaufrufe.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="121"/>
        <location filename="../agents/rules/policy.cpp" line="122"/>
        <location filename="../agents/rules/policy.cpp" line="123"/>
        <location filename="../agents/rules/policy.cpp" line="124"/>
        <location filename="../agents/rules/policy.cpp" line="125"/>
        <location filename="../agents/rules/policy.cpp" line="126"/>
        <source>Measuring</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="121"/>
        <source>Days before the campaign (baseline)</source>
        <translation>Tage vor der Kampagne (Vergleichszeitraum)</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="121"/>
        <location filename="../agents/rules/policy.cpp" line="122"/>
        <location filename="../agents/rules/policy.cpp" line="123"/>
        <location filename="../agents/rules/policy.cpp" line="124"/>
        <location filename="../agents/rules/policy.cpp" line="143"/>
        <location filename="../agents/rules/policy.cpp" line="147"/>
        <location filename="../agents/rules/policy.cpp" line="151"/>
        <location filename="../agents/rules/policy.cpp" line="153"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="121"/>
        <source>The days before the start that sales are compared with.</source>
        <translation>Die Tage vor dem Start, mit denen die Verkäufe verglichen werden.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="122"/>
        <source>Newest campaign days measured</source>
        <translation>Gemessene neueste Kampagnentage</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="122"/>
        <source>The campaign&apos;s newest days that are compared with the baseline.</source>
        <translation>Die neuesten Tage der Kampagne, die mit dem Vergleichszeitraum verglichen werden.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="123"/>
        <source>Days of figures needed</source>
        <translation>Benötigte Tage mit Zahlen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="123"/>
        <source>With fewer, the campaign is watched, not judged.</source>
        <translation>Mit weniger wird die Kampagne beobachtet, nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="124"/>
        <source>Learning period</source>
        <translation>Lernphase</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="124"/>
        <source>A younger campaign is watched, not judged.</source>
        <translation>Eine jüngere Kampagne wird beobachtet, nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="125"/>
        <source>Efficiency: weight of sales</source>
        <translation>Effizienz: Gewicht der Verkäufe</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="125"/>
        <source>Efficiency = sales impact × this + view impact × the next.</source>
        <translation>Effizienz = Verkaufswirkung × dieser Wert + Aufrufwirkung × der nächste.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="126"/>
        <source>Efficiency: weight of page views</source>
        <translation>Effizienz: Gewicht der Seitenaufrufe</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <location filename="../agents/rules/policy.cpp" line="128"/>
        <location filename="../agents/rules/policy.cpp" line="129"/>
        <location filename="../agents/rules/policy.cpp" line="130"/>
        <location filename="../agents/rules/policy.cpp" line="131"/>
        <location filename="../agents/rules/policy.cpp" line="132"/>
        <source>New campaigns</source>
        <translation>Neue Kampagnen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <source>Stock above</source>
        <translation>Lagerbestand über</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <source>units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <source>Only products with more in stock are promoted.</source>
        <translation>Nur Produkte mit mehr Lagerbestand werden beworben.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="128"/>
        <source>Page views per sale above</source>
        <translation>Seitenaufrufe pro Verkauf über</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="128"/>
        <source>Many views for each sale: an opportunity.</source>
        <translation>Viele Aufrufe pro Verkauf: eine Chance.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="129"/>
        <source>Price above</source>
        <translation>Preis über</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="129"/>
        <source>Cheaper products do not carry ad spend.</source>
        <translation>Günstigere Produkte tragen keine Werbeausgaben.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="130"/>
        <source>Popular categories</source>
        <translation>Beliebte Kategorien</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="130"/>
        <source>Comma-separated; products in them come first.</source>
        <translation>Durch Kommas getrennt; Produkte darin kommen zuerst.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="131"/>
        <source>Expected conversion lift</source>
        <translation>Erwartete Conversion-Steigerung</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="131"/>
        <source>Revenue potential = price × this.</source>
        <translation>Umsatzpotenzial = Preis × dieser Wert.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="132"/>
        <source>New campaigns per cycle, at most</source>
        <translation>Neue Kampagnen pro Zyklus, höchstens</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="133"/>
        <location filename="../agents/rules/policy.cpp" line="134"/>
        <location filename="../agents/rules/policy.cpp" line="135"/>
        <location filename="../agents/rules/policy.cpp" line="136"/>
        <location filename="../agents/rules/policy.cpp" line="137"/>
        <location filename="../agents/rules/policy.cpp" line="138"/>
        <location filename="../agents/rules/policy.cpp" line="149"/>
        <location filename="../agents/rules/policy.cpp" line="150"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="133"/>
        <source>Budget: share of the price</source>
        <translation>Budget: Anteil am Preis</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="133"/>
        <source>Budget = min(price × this, max(floor, expected ROI × the ROI share)).</source>
        <translation>Budget = min(Preis × dieser Wert, max(Untergrenze, erwarteter ROI × ROI-Anteil)).</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="134"/>
        <source>Budget floor</source>
        <translation>Budget-Untergrenze</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="135"/>
        <source>Budget: share of the expected ROI</source>
        <translation>Budget: Anteil am erwarteten ROI</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="136"/>
        <source>Daily budget, at most</source>
        <translation>Tagesbudget, höchstens</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="136"/>
        <source>Guardrail: no campaign is proposed or approved above this a day.</source>
        <translation>Leitplanke: keine Kampagne wird über diesem Betrag pro Tag vorgeschlagen oder genehmigt.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="137"/>
        <source>One change moves a budget by at most</source>
        <translation>Eine Änderung verschiebt ein Budget um höchstens</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="137"/>
        <source>Guardrail for each budget action.</source>
        <translation>Leitplanke für jede Budgetaktion.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="138"/>
        <source>Keep running: raise the budget by</source>
        <translation>Weiterlaufen: Budget erhöhen um</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="139"/>
        <location filename="../agents/rules/policy.cpp" line="140"/>
        <location filename="../agents/rules/policy.cpp" line="141"/>
        <location filename="../agents/rules/policy.cpp" line="142"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="139"/>
        <source>Weight of budget burn</source>
        <translation>Gewicht des Budgetverbrauchs</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="139"/>
        <source>Risk = burn × this + decline × … + competition × … + lifecycle × ….</source>
        <translation>Risiko = Verbrauch × dieser Wert + Rückgang × … + Wettbewerb × … + Lebenszyklus × ….</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="140"/>
        <source>Weight of performance decline</source>
        <translation>Gewicht des Leistungsrückgangs</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="141"/>
        <source>Weight of competition</source>
        <translation>Gewicht des Wettbewerbs</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="142"/>
        <source>Weight of product lifecycle</source>
        <translation>Gewicht des Produktlebenszyklus</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="143"/>
        <location filename="../agents/rules/policy.cpp" line="144"/>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <location filename="../agents/rules/policy.cpp" line="146"/>
        <location filename="../agents/rules/policy.cpp" line="147"/>
        <location filename="../agents/rules/policy.cpp" line="148"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="143"/>
        <source>Campaign days the uplift is measured over</source>
        <translation>Kampagnentage, über die der Mehrabsatz gemessen wird</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="143"/>
        <source>Sales in the campaign&apos;s newest days against what the product would have sold without it: its level before the start, moved as comparable products without a campaign moved.</source>
        <translation>Verkäufe an den neuesten Kampagnentagen gegenüber dem, was das Produkt ohne sie verkauft hätte: sein Niveau vor dem Start, bewegt wie vergleichbare Produkte ohne Kampagne.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="144"/>
        <source>Act on a campaign with no effect at most</source>
        <translation>Bei einer Kampagne ohne Wirkung höchstens so oft handeln</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="144"/>
        <source>The significance gate: an action needs the uplift&apos;s interval to exclude zero; a lower figure asks for more evidence. 100: no gate (the seed&apos;s rules).</source>
        <translation>Die Signifikanzschwelle: eine Aktion braucht ein Intervall des Mehrabsatzes, das null ausschließt; ein kleinerer Wert verlangt mehr Nachweis. 100: keine Schwelle (die Ausgangsregeln).</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <source>Conversions needed before acting</source>
        <translation>Nötige Conversions vor einer Aktion</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <source>With fewer, only an emergency pause is proposed. 0: off.</source>
        <translation>Mit weniger wird nur eine Notpause vorgeschlagen. 0: aus.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="146"/>
        <source>Spend needed before acting</source>
        <translation>Nötige Ausgaben vor einer Aktion</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="146"/>
        <source>With less spent, only an emergency pause is proposed. 0: off.</source>
        <translation>Mit weniger Ausgaben wird nur eine Notpause vorgeschlagen. 0: aus.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="147"/>
        <source>Newest days whose conversions are not final</source>
        <translation>Neueste Tage, deren Conversions noch nicht endgültig sind</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="147"/>
        <source>An emergency pause judges spend and revenue up to this many days ago: the platform still adds conversions to the newest days.</source>
        <translation>Eine Notpause beurteilt Ausgaben und Umsatz bis vor so vielen Tagen: die Plattform ergänzt an den neuesten Tagen noch Conversions.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="148"/>
        <source>Margin where the catalog has no cost</source>
        <translation>Marge, wo der Katalog keine Kosten kennt</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="148"/>
        <source>Incremental profit = extra units sold × price × this − ad spend.</source>
        <translation>Zusätzlicher Gewinn = mehr verkaufte Stück × Preis × diese − Werbeausgaben.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="149"/>
        <source>Portfolio: all campaigns together, a day, at most</source>
        <translation>Portfolio: alle Kampagnen zusammen, pro Tag, höchstens</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="150"/>
        <source>Portfolio: move at most this share of a budget per cycle</source>
        <translation>Portfolio: höchstens diesen Anteil eines Budgets je Zyklus verschieben</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="151"/>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <location filename="../agents/rules/policy.cpp" line="153"/>
        <location filename="../agents/rules/policy.cpp" line="154"/>
        <location filename="../agents/rules/policy.cpp" line="155"/>
        <location filename="../agents/rules/policy.cpp" line="156"/>
        <source>Safeguards</source>
        <translation>Schutzregeln</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="151"/>
        <source>After an approval or rejection, wait</source>
        <translation>Nach einer Freigabe oder Ablehnung warten</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="151"/>
        <source>No new action on that campaign (or product) meanwhile, so a change can show and a rejection sticks; an emergency pause is held back only by a rejected one. 0: off.</source>
        <translation>Solange keine neue Aktion für diese Kampagne (oder dieses Produkt), damit eine Änderung wirken kann und eine Ablehnung gilt; ein Notstopp wird nur durch einen abgelehnten zurückgehalten. 0: aus.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <source>… unless the evidence moves by</source>
        <translation>… außer die Belege ändern sich um</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <source>Sales or page-view impact in percentage points (ROAS in hundredths of ×) since the operator&apos;s word: new evidence is proposed again at once.</source>
        <translation>Umsatz- oder Seitenaufrufwirkung in Prozentpunkten (ROAS in Hundertsteln von ×) seit der Entscheidung: neue Belege werden sofort wieder vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="153"/>
        <source>After an approved budget raise, the next raise waits</source>
        <translation>Nach einer freigegebenen Budgeterhöhung wartet die nächste</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="154"/>
        <source>A campaign is learning until it has</source>
        <translation>Eine Kampagne lernt, bis sie hat</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="404"/>
        <source>is out of range</source>
        <translation>liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="407"/>
        <source>has more than two decimals</source>
        <translation>hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <location filename="../agents/rules/policy.cpp" line="154"/>
        <source>conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="149"/>
        <source>Each cycle proposes moving budget from campaigns whose extra sales return less for their spend to those that return more than they cost, as one set of budget changes within this total. 0: off.</source>
        <translation>Jeder Zyklus schlägt vor, Budget von Kampagnen, deren Mehrverkäufe für ihre Ausgaben weniger bringen, zu denen zu verschieben, die mehr bringen, als sie kosten – als ein Satz von Budgetänderungen innerhalb dieser Summe. 0: aus.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="153"/>
        <source>So that the next raise is judged on sales at the raised budget: as many days as the uplift is measured over (Evidence). Cuts, pauses and other actions follow the cooldown. 0: off.</source>
        <translation>Damit die nächste Erhöhung nach den Verkäufen beim erhöhten Budget beurteilt wird: so viele Tage, wie der Uplift gemessen wird (Nachweis). Kürzungen, Pausen und andere Aktionen folgen der Wartezeit. 0: aus.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="154"/>
        <source>Meta&apos;s learning phase ends after about 50 optimisation events; a large budget edit restarts it.</source>
        <translation>Die Lernphase von Meta endet nach etwa 50 Optimierungsereignissen; eine große Budgetänderung startet sie neu.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="155"/>
        <source>While learning, a budget moves by at most</source>
        <translation>In der Lernphase ändert sich ein Budget höchstens um</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="155"/>
        <source>A larger proposed change is held back until the campaign has left learning.</source>
        <translation>Eine größere vorgeschlagene Änderung wird zurückgehalten, bis die Kampagne die Lernphase verlassen hat.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="156"/>
        <source>Actions a day, at most</source>
        <translation>Aktionen pro Tag, höchstens</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="156"/>
        <source>Approved today and proposed now, together; emergency pauses are never held back by it. 0: no cap.</source>
        <translation>Heute freigegebene und jetzt vorgeschlagene zusammen; Notstopps werden dadurch nie zurückgehalten. 0: keine Grenze.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="157"/>
        <location filename="../agents/rules/policy.cpp" line="158"/>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="157"/>
        <source>Propose a policy update after</source>
        <translation>Eine Richtlinienänderung vorschlagen nach</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="157"/>
        <source>evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="157"/>
        <source>Campaigns whose evaluation window ended since the last proposal: what the policy predicted against what happened. The Analyst then backtests nearby policies on this workspace&apos;s history; you approve or reject the result. 0: off.</source>
        <translation>Kampagnen, deren Bewertungszeitraum seit dem letzten Vorschlag endete: was die Richtlinie vorhersagte gegenüber dem, was eintrat. Der Analyst testet dann benachbarte Richtlinien rückwirkend auf der Historie dieses Arbeitsbereichs; Sie genehmigen oder lehnen das Ergebnis ab. 0: aus.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="158"/>
        <source>… when the backtest gains at least</source>
        <translation>… wenn der Backtest mindestens gewinnt</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="158"/>
        <source>% of spend</source>
        <translation>% der Ausgaben</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="158"/>
        <source>Incremental profit the proposed policy adds over the one in effect, as a share of the backtest&apos;s ad spend.</source>
        <translation>Zusätzlicher Gewinn der vorgeschlagenen Richtlinie gegenüber der geltenden, als Anteil der Werbeausgaben im Backtest.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="159"/>
        <location filename="../agents/rules/policy.cpp" line="160"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="159"/>
        <source>Two operators approve a budget increase above</source>
        <translation>Zwei Bearbeiter genehmigen eine Budgeterhöhung über</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="159"/>
        <source>Four-eyes: a budget raised by more than this a day (a new campaign&apos;s whole budget counts) waits for a second, different operator&apos;s approval; the queue shows &quot;1 of 2 approvals&quot;. 0: off.</source>
        <translation>Vier-Augen-Prinzip: Ein Budget, das um mehr als diesen Betrag pro Tag erhöht wird (bei einer neuen Kampagne zählt das ganze Budget), wartet auf die Genehmigung eines zweiten, anderen Bearbeiters; die Warteschlange zeigt „1 von 2 Genehmigungen“. 0: aus.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="160"/>
        <source>Two operators approve a daily budget above</source>
        <translation>Zwei Bearbeiter genehmigen ein Tagesbudget über</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="160"/>
        <source>Four-eyes: an action after which the campaign&apos;s daily budget is above this needs two different operators; a pause never waits. 0: off.</source>
        <translation>Vier-Augen-Prinzip: Eine Aktion, nach der das Tagesbudget der Kampagne darüber liegt, braucht zwei verschiedene Bearbeiter; eine Pause wartet nie. 0: aus.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="161"/>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="161"/>
        <source>A recommendation expires after</source>
        <translation>Eine Empfehlung läuft ab nach</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="161"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="161"/>
        <source>An old recommendation is not approved on stale figures.</source>
        <translation>Eine alte Empfehlung wird nicht auf Basis veralteter Zahlen genehmigt.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <source>Time the platform may take to apply a write</source>
        <translation>Zeit, die die Plattform zum Anwenden einer Änderung brauchen darf</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <source>Before an interrupted send can be proved lost.</source>
        <translation>Bevor ein unterbrochenes Senden als verloren gelten kann.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="163"/>
        <location filename="../agents/rules/policy.cpp" line="164"/>
        <location filename="../agents/rules/policy.cpp" line="165"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="163"/>
        <source>Conversions scale with budget to the power</source>
        <translation>Conversions skalieren mit dem Budget hoch</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="163"/>
        <source>The backtest&apos;s model of a budget change.</source>
        <translation>Das Modell des Backtests für eine Budgetänderung.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="164"/>
        <source>Share of a new campaign&apos;s budget spent</source>
        <translation>Ausgegebener Anteil des Budgets einer neuen Kampagne</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="165"/>
        <source>Hindsight oracle: budget up to</source>
        <translation>Rückblick-Orakel: Budget bis</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="167"/>
        <location filename="../agents/rules/policy.cpp" line="168"/>
        <location filename="../agents/rules/policy.cpp" line="169"/>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>Ad copy</source>
        <translation>Anzeigentext</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="167"/>
        <source>Primary text, at most</source>
        <translation>Haupttext, höchstens</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="167"/>
        <location filename="../agents/rules/policy.cpp" line="168"/>
        <location filename="../agents/rules/policy.cpp" line="169"/>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="167"/>
        <source>Meta recommends 125: longer text is cut off in most placements. Copy over it is refused, the model&apos;s and yours.</source>
        <translation>Meta empfiehlt 125: längerer Text wird in den meisten Platzierungen abgeschnitten. Text darüber wird abgelehnt, der des Modells und Ihrer.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="168"/>
        <source>Headline, at most</source>
        <translation>Überschrift, höchstens</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="168"/>
        <source>Meta recommends 40 (27 in some placements).</source>
        <translation>Meta empfiehlt 40 (27 in manchen Platzierungen).</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="169"/>
        <source>Description, at most</source>
        <translation>Beschreibung, höchstens</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="169"/>
        <source>Meta recommends 30.</source>
        <translation>Meta empfiehlt 30.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>Wait for the language model at most</source>
        <translation>Auf das Sprachmodell höchstens warten</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>All of a cycle&apos;s new campaigns together; past it the template&apos;s copy stands.</source>
        <translation>Für alle neuen Kampagnen eines Zyklus zusammen; danach gilt der Text der Vorlage.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="213"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="279"/>
        <location filename="../agents/rules/policy.cpp" line="284"/>
        <location filename="../agents/rules/policy.cpp" line="289"/>
        <location filename="../agents/rules/policy.cpp" line="294"/>
        <location filename="../agents/rules/policy.cpp" line="385"/>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 liegt außerhalb von %2 … %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="299"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="301"/>
        <source>must not be above optimize_sales_impact_to</source>
        <translation>darf nicht über optimize_sales_impact_to liegen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="303"/>
        <source>must not be above optimize_view_impact_to</source>
        <translation>darf nicht über optimize_view_impact_to liegen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="305"/>
        <source>must not be above max_budget_change_pct</source>
        <translation>darf nicht über max_budget_change_pct liegen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="307"/>
        <source>must not be above max_daily_budget</source>
        <translation>darf nicht über max_daily_budget liegen</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="319"/>
        <source>the file is empty: a policy is a JSON object, e.g. {&quot;min_price&quot;: &quot;20.00&quot;}</source>
        <translation>die Datei ist leer: eine Richtlinie ist ein JSON-Objekt, z. B. {&quot;min_price&quot;: &quot;20.00&quot;}</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="324"/>
        <source>not JSON: the text ends at line %1, column %2 before the JSON does</source>
        <translation>kein JSON: der Text endet in Zeile %1, Spalte %2, bevor das JSON endet</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="327"/>
        <source>not JSON: unexpected “%1” at line %2, column %3</source>
        <translation>kein JSON: unerwartetes „%1“ in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="334"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="345"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="349"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="355"/>
        <location filename="../agents/rules/policy.cpp" line="359"/>
        <source>must be a list of names</source>
        <translation>muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="367"/>
        <location filename="../agents/rules/policy.cpp" line="375"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="373"/>
        <source>the older form of emergency_roas_below_multiple; give only one of them</source>
        <translation>die ältere Form von emergency_roas_below_multiple; nur eines von beiden angeben</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="382"/>
        <location filename="../agents/rules/policy.cpp" line="392"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="400"/>
        <source>must be an amount as text, e.g. &quot;20.00&quot;</source>
        <translation>muss ein Betrag als Text sein, z. B. &quot;20.00&quot;</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="404"/>
        <source>is not an amount</source>
        <translation>ist kein Betrag</translation>
    </message>
</context>
<context>
    <name>RecordedBackend</name>
    <message>
        <location filename="../agents/backend/recordedbackend.cpp" line="110"/>
        <source>campaign %1 not found</source>
        <translation>Kampagne %1 nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <location filename="../agents/import/recording.cpp" line="73"/>
        <source>the date %1 is outside the manifest&apos;s range %2 to %3</source>
        <translation>das Datum %1 liegt außerhalb des Bereichs des Manifests %2 bis %3</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="83"/>
        <source>%1 &quot;%2&quot; is already on line %3</source>
        <translation>%1 &quot;%2&quot; steht schon in Zeile %3</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="117"/>
        <source>id and name must not be empty</source>
        <translation>ID und Name dürfen nicht leer sein</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="119"/>
        <source>column &quot;price&quot;: negative</source>
        <translation>Spalte &quot;price&quot;: negativ</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="120"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="169"/>
        <source>a negative count</source>
        <translation>eine negative Anzahl</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="177"/>
        <location filename="../agents/import/recording.cpp" line="243"/>
        <source>unknown product &quot;%1&quot; (not in the products file)</source>
        <translation>unbekanntes Produkt &quot;%1&quot; (nicht in der Produktdatei)</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="181"/>
        <source>product-day</source>
        <translation>Produkttag</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="194"/>
        <source>Writing product days</source>
        <translation>Produkttage werden geschrieben</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="236"/>
        <source>column &quot;status&quot;: &quot;%1&quot; is not active, paused or ended</source>
        <translation>Spalte &quot;status&quot;: &quot;%1&quot; ist nicht active, paused oder ended</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="238"/>
        <source>column &quot;id&quot; is empty</source>
        <translation>Spalte &quot;id&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="240"/>
        <source>column &quot;daily_budget&quot;: negative</source>
        <translation>Spalte &quot;daily_budget&quot;: negativ</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="244"/>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="302"/>
        <source>more clicks than impressions</source>
        <translation>mehr Klicks als Impressionen</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="318"/>
        <source>unknown campaign &quot;%1&quot; (not in the campaigns file)</source>
        <translation>unbekannte Kampagne &quot;%1&quot; (nicht in der Kampagnendatei)</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="322"/>
        <source>campaign-day</source>
        <translation>Kampagnentag</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="351"/>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="375"/>
        <source>not a recording: no such folder</source>
        <translation>keine Aufzeichnung: Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="377"/>
        <source>not a recording: cannot read manifest.json (%1)</source>
        <translation>keine Aufzeichnung: manifest.json kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="393"/>
        <source>this is a live workspace: a recording is never loaded into it; it opens in a replay workspace of its own (campaign-pilot --recording %1)</source>
        <translation>dies ist ein Live-Arbeitsbereich: eine Aufzeichnung wird nie in ihn geladen; sie öffnet sich in einem eigenen Wiedergabe-Arbeitsbereich (campaign-pilot --recording %1)</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="537"/>
        <source>the store holds no daily figures to export yet</source>
        <translation>der Datenbestand enthält noch keine Tageszahlen zum Exportieren</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="554"/>
        <source>the shop&apos;s own data</source>
        <translation>die eigenen Daten des Shops</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="555"/>
        <source>not recorded: the imported file&apos;s own terms</source>
        <translation>nicht erfasst: die eigenen Bedingungen der importierten Datei</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="556"/>
        <source>live snapshots taken by Campaign Pilot</source>
        <translation>von Campaign Pilot gemachte Live-Abrufe</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="557"/>
        <source>imported by Campaign Pilot</source>
        <translation>von Campaign Pilot importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="581"/>
        <source>%1, with %n action(s) applied in replay</source>
        <translation>
            <numerusform>%1, mit %n in der Wiedergabe angewandten Aktion</numerusform>
            <numerusform>%1, mit %n in der Wiedergabe angewandten Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="582"/>
        <source>campaign-pilot export-recording of the replay of %1 (%2), after %n approved action(s) were applied to its recorded campaigns</source>
        <translation>
            <numerusform>campaign-pilot export-recording der Wiedergabe von %1 (%2), nachdem %n genehmigte Aktion auf ihre aufgezeichneten Kampagnen angewandt wurde</numerusform>
            <numerusform>campaign-pilot export-recording der Wiedergabe von %1 (%2), nachdem %n genehmigte Aktionen auf ihre aufgezeichneten Kampagnen angewandt wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="595"/>
        <source>%n campaign(s) have only an ad export&apos;s lifetime totals (%1 spent in all), not daily figures: a recording holds days, so their figures are not in it (their campaigns are). Import a daily report of them to export their days.</source>
        <translation>
            <numerusform>%n Kampagne hat nur die Gesamtwerte eines Anzeigenexports (%1 ausgegeben insgesamt), keine Tageswerte: eine Aufzeichnung enthält Tage, daher fehlen ihre Zahlen darin (die Kampagne nicht). Importieren Sie einen Tagesbericht, um ihre Tage zu exportieren.</numerusform>
            <numerusform>%n Kampagnen haben nur die Gesamtwerte eines Anzeigenexports (%1 ausgegeben insgesamt), keine Tageswerte: eine Aufzeichnung enthält Tage, daher fehlen ihre Zahlen darin (die Kampagnen nicht). Importieren Sie einen Tagesbericht, um ihre Tage zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="612"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>RemotePlatform</name>
    <message>
        <location filename="../agents/backend/remoteplatform.cpp" line="56"/>
        <source>nothing to send</source>
        <translation>nichts zu senden</translation>
    </message>
    <message>
        <location filename="../agents/backend/remoteplatform.cpp" line="59"/>
        <source>%1 is not answering; the send waits for a later run</source>
        <translation>%1 antwortet nicht; das Senden wartet auf einen späteren Durchlauf</translation>
    </message>
    <message>
        <location filename="../agents/backend/remoteplatform.cpp" line="100"/>
        <source>the platform answered %1 but the answer cannot be read: %2</source>
        <translation>die Plattform antwortete %1, aber die Antwort ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../agents/rules/rules.cpp" line="20"/>
        <location filename="../agents/rules/rules.cpp" line="703"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="244"/>
        <source>stock %1 (needs more than %2)</source>
        <translation>Lagerbestand %1 (braucht mehr als %2)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="245"/>
        <source>stock unknown (needs more than %1)</source>
        <translation>Lagerbestand unbekannt (braucht mehr als %1)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="248"/>
        <source>page views per sale unknown (needs more than %1)</source>
        <translation>Seitenaufrufe pro Verkauf unbekannt (braucht mehr als %1)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="250"/>
        <source>%1 page views per sale (needs more than %2)</source>
        <translation>%1 Seitenaufrufe pro Verkauf (braucht mehr als %2)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="251"/>
        <source>%1 page views and no sale in 30 days</source>
        <translation>%1 Seitenaufrufe und kein Verkauf in 30 Tagen</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="253"/>
        <source>price %1 (needs more than %2)</source>
        <translation>Preis %1 (braucht mehr als %2)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="254"/>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="255"/>
        <source>already has a running campaign</source>
        <translation>hat schon eine laufende Kampagne</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="256"/>
        <source>no running campaign</source>
        <translation>keine laufende Kampagne</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="258"/>
        <source>popular category %1</source>
        <translation>beliebte Kategorie %1</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="609"/>
        <source>the campaign has no start date on or before %1</source>
        <translation>die Kampagne hat kein Startdatum am oder vor dem %1</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="620"/>
        <source>figures were summed for %1-day baseline and %2-day current windows, the policy has %3 and %4</source>
        <translation>die Zahlen wurden für ein Vergleichsfenster von %1 Tagen und ein aktuelles Fenster von %2 Tagen summiert, die Richtlinie hat %3 und %4</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="625"/>
        <source>negative product figures on %1</source>
        <translation>negative Produktzahlen am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="654"/>
        <source>the store reports sales %1 and page views %2 over the last %n day(s) against the %n before (as of %3)</source>
        <translation>
            <numerusform>der Shop meldet Verkäufe %1 und Seitenaufrufe %2 über den letzten %n Tag gegenüber dem %n davor (Stand %3)</numerusform>
            <numerusform>der Shop meldet Verkäufe %1 und Seitenaufrufe %2 über die letzten %n Tage gegenüber den %n davor (Stand %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="658"/>
        <source>judged on older data: %1</source>
        <translation>auf Basis älterer Daten bewertet: %1</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="660"/>
        <source>no daily product figures %1 the campaign&apos;s start and no window measured by the store</source>
        <translation>keine täglichen Produktzahlen %1 dem Kampagnenstart und kein vom Shop gemessener Zeitraum</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="661"/>
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="661"/>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="663"/>
        <source>daily figures: %1 before the campaign, %2 in the current window</source>
        <translation>Tageszahlen: %1 vor der Kampagne, %2 im aktuellen Fenster</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="664"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="675"/>
        <source>negative campaign figures on %1</source>
        <translation>negative Kampagnenzahlen am %1</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="693"/>
        <source>negative lifetime figures from the platform</source>
        <translation>negative Gesamtzahlen von der Plattform</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="702"/>
        <source>; spend %1 and revenue %2: the platform&apos;s lifetime totals as of %3</source>
        <translation>; Werbeausgaben %1 und Umsatz %2: die Gesamtwerte der Plattform mit Stand %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="783"/>
        <source>The product&apos;s sales rose by %1 unit(s) a day above what it would have sold, more than %2 times the %3 conversion(s) a day the platform credits the campaign with: something else moved them (a large order, a season). Watched, not judged on them.</source>
        <translation>Der Absatz des Produkts stieg um %1 Stück am Tag über das, was es ohne Kampagne verkauft hätte, mehr als das %2-Fache der %3 Conversion(s) am Tag, die die Plattform der Kampagne zurechnet: etwas anderes hat ihn bewegt (eine Großbestellung, eine Saison). Beobachtet, nicht danach beurteilt.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="802"/>
        <source>Not judged: %1.</source>
        <translation>Nicht bewertet: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="806"/>
        <source>The campaign is %n day(s) old, inside its %1-day learning period.</source>
        <translation>
            <numerusform>Die Kampagne ist %n Tag alt, innerhalb ihrer Lernphase von %1 Tagen.</numerusform>
            <numerusform>Die Kampagne ist %n Tage alt, innerhalb ihrer Lernphase von %1 Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="810"/>
        <source>Only %n day(s) of campaign figures; %1 are needed.</source>
        <translation>
            <numerusform>Nur %n Tag mit Kampagnenzahlen; %1 werden benötigt.</numerusform>
            <numerusform>Nur %n Tage mit Kampagnenzahlen; %1 werden benötigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="824"/>
        <source>(The newest %n day(s) are left out: their conversions are not final yet.)</source>
        <translation>
            <numerusform>(%n neuester Tag bleibt außen vor: seine Conversions sind noch nicht endgültig.)</numerusform>
            <numerusform>(Die neuesten %n Tage bleiben außen vor: ihre Conversions sind noch nicht endgültig.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="829"/>
        <source>ROAS is %1× (below %2×): the campaign earns back less than it costs (spent %3, revenue %4).</source>
        <translation>ROAS ist %1× (unter %2×): die Kampagne spielt weniger ein, als sie kostet (ausgegeben %3, Umsatz %4).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="843"/>
        <source>Each conversion costs %1, more than the product&apos;s price %2.</source>
        <translation>Jede Conversion kostet %1, mehr als der Produktpreis %2.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="845"/>
        <source>Each conversion costs %1, more than the product&apos;s price and than the %2 a conversion brings in revenue.</source>
        <translation>Jede Conversion kostet %1, mehr als der Produktpreis und als die %2 Umsatz, die eine Conversion bringt.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="851"/>
        <source>Spent %1 without a single conversion, more than the product&apos;s price %2.</source>
        <translation>%1 ohne eine einzige Conversion ausgegeben, mehr als der Produktpreis %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="891"/>
        <source>Not enough data to act yet: %n conversion(s) and %1 spent (needs %2 and %3).</source>
        <translation>
            <numerusform>Noch zu wenig Daten für eine Aktion: %n Conversion und %1 ausgegeben (nötig sind %2 und %3).</numerusform>
            <numerusform>Noch zu wenig Daten für eine Aktion: %n Conversions und %1 ausgegeben (nötig sind %2 und %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1115"/>
        <source>a budget increase of %1, above the %2 one operator may approve alone</source>
        <translation>eine Budgeterhöhung um %1, über den %2, die ein Bearbeiter allein genehmigen darf</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1119"/>
        <source>a daily budget of %1, above the %2 one operator may approve alone</source>
        <translation>ein Tagesbudget von %1, über den %2, die ein Bearbeiter allein genehmigen darf</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="877"/>
        <source>Below break-even beyond doubt: the platform credits it with %1 of revenue for %2 of spend (ROAS %3×; at most %4× at the %5 % upper end), and at a %6 % margin a campaign needs %7× to pay for itself — even if every sale it is credited with were one it added.</source>
        <translation>Zweifelsfrei unter der Gewinnschwelle: Die Plattform rechnet ihr %1 Umsatz für %2 Ausgaben zu (ROAS %3×; höchstens %4× am oberen Ende, %5 %), und bei %6 % Marge braucht eine Kampagne %7×, um sich zu tragen – selbst wenn jeder ihr zugerechnete Verkauf einer wäre, den sie gebracht hat.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="903"/>
        <source>sales %1 against the counterfactual, view impact %2</source>
        <translation>Verkäufe %1 gegenüber dem Kontrafaktum, Wirkung auf Seitenaufrufe %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="904"/>
        <source>sales impact %1, view impact %2</source>
        <translation>Verkaufswirkung %1, Aufrufwirkung %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="914"/>
        <source>Loses money beyond doubt: it adds %1 unit(s) a day to what the product would have sold (%2 % interval %3 to %4), worth %5 a day at a %6 % margin, against %7 a day of spend.</source>
        <translation>Verliert zweifelsfrei Geld: sie bringt %1 Stück pro Tag zu dem, was das Produkt verkauft hätte (%2-%-Intervall %3 bis %4), %5 pro Tag wert bei %6 % Marge, gegenüber %7 Ausgaben pro Tag.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="937"/>
        <source>Pays beyond doubt at this budget: it adds %1 unit(s) a day to what the product would have sold (%2 % interval %3 to %4), worth at least %5 a day at a %6 % margin, against %7 a day of spend; more budget would bring less than it costs (returns fall as budgets grow).</source>
        <translation>Trägt sich mit diesem Budget zweifelsfrei: Sie bringt %1 Stück am Tag mehr, als das Produkt ohne sie verkauft hätte (%2-%-Intervall %3 bis %4), bei %6 % Marge mindestens %5 am Tag wert, gegen %7 Ausgaben am Tag; mehr Budget brächte weniger, als es kostet (der Ertrag sinkt, wenn Budgets wachsen).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="941"/>
        <source>Pays beyond doubt: it adds %1 unit(s) a day to what the product would have sold (%2 % interval %3 to %4), worth at least %5 a day at a %6 % margin, against %7 a day of spend.</source>
        <translation>Trägt sich zweifelsfrei: Sie bringt %1 Stück am Tag mehr, als das Produkt ohne sie verkauft hätte (%2-%-Intervall %3 bis %4), bei %6 % Marge mindestens %5 am Tag wert, gegen %7 Ausgaben am Tag.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="955"/>
        <source>Performance fell: %1 (pause below %2 sales or %3 views).</source>
        <translation>Leistung gesunken: %1 (Pause unter %2 Verkäufe oder %3 Aufrufe).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="959"/>
        <source>Working: %1 (continue above %2 sales and %3 views).</source>
        <translation>Wirkt: %1 (weiter über %2 Verkäufe und %3 Aufrufe).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="964"/>
        <source>Modest gains: %1 (optimize at %2–%3 sales or %4–%5 views).</source>
        <translation>Geringe Zuwächse: %1 (optimieren bei %2–%3 Verkäufe oder %4–%5 Aufrufe).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="973"/>
        <source>no daily sales before the start to compare with</source>
        <translation>keine täglichen Verkäufe vor dem Start zum Vergleich</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="975"/>
        <source>%1 % interval %2 to %3 units a day</source>
        <translation>%1-%-Intervall %2 bis %3 Stück pro Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="979"/>
        <source>needs about %n more day(s) at this volume</source>
        <translation>
            <numerusform>braucht bei diesem Volumen etwa %n weiteren Tag</numerusform>
            <numerusform>braucht bei diesem Volumen etwa %n weitere Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="981"/>
        <source>more days at this volume will not settle it</source>
        <translation>weitere Tage bei diesem Volumen werden es nicht klären</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="982"/>
        <source>more days at this volume will not settle it within the %n-day window</source>
        <translation>
            <numerusform>weitere Tage bei diesem Volumen werden es im %n-Tage-Fenster nicht klären</numerusform>
            <numerusform>weitere Tage bei diesem Volumen werden es im %n-Tage-Fenster nicht klären</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="984"/>
        <source>%1 more units a day than it would have sold without the campaign (%2); %3</source>
        <translation>%1 Stück pro Tag mehr, als es ohne die Kampagne verkauft hätte (%2); %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="985"/>
        <source>%1 fewer units a day than it would have sold without the campaign (%2); %3</source>
        <translation>%1 Stück pro Tag weniger, als es ohne die Kampagne verkauft hätte (%2); %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="989"/>
        <source>Not yet conclusive (the seed&apos;s rules would say %1): %2.</source>
        <translation>Noch nicht eindeutig (die Ausgangsregeln würden %1 sagen): %2.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="998"/>
        <source>Sales rose (%1), but its extra sales do not pay for its spend beyond doubt (%2 a day at the interval&apos;s worst end, at a %3 % margin): no more budget yet.</source>
        <translation>Die Verkäufe stiegen (%1), aber ihre zusätzlichen Verkäufe tragen ihre Ausgaben nicht zweifelsfrei (%2 am Tag am ungünstigsten Ende des Intervalls, bei %3 % Marge): noch kein höheres Budget.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1008"/>
        <source>No baseline to compare with (no sales or views in the %1 days before the start).</source>
        <translation>Kein Vergleichszeitraum (keine Verkäufe oder Aufrufe in den %1 Tagen vor dem Start).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1011"/>
        <source>Mixed or flat results: %1.</source>
        <translation>Gemischte oder unveränderte Ergebnisse: %1.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1084"/>
        <source>a daily budget must be more than zero</source>
        <translation>ein Tagesbudget muss größer als null sein</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1086"/>
        <source>%1 is above the maximum daily budget %2</source>
        <translation>%1 liegt über dem maximalen Tagesbudget %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1091"/>
        <source>%1 changes the budget %2 by %3, more than the %4 one action may</source>
        <translation>%1 ändert das Budget %2 um %3, mehr als die %4, die eine Aktion darf</translation>
    </message>
</context>
<context>
    <name>Safeguards</name>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="30"/>
        <source>sales impact</source>
        <translation>Umsatzwirkung</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="31"/>
        <source>page-view impact</source>
        <translation>Seitenaufrufwirkung</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="32"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="37"/>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="37"/>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="37"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="39"/>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 hat sich von %2 auf %3 verändert</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="47"/>
        <source>a new campaign</source>
        <translation>eine neue Kampagne</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="48"/>
        <source>a pause</source>
        <translation>eine Pause</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="49"/>
        <source>a resume</source>
        <translation>eine Fortsetzung</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="50"/>
        <source>a budget change</source>
        <translation>eine Budgetänderung</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="53"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="125"/>
        <source>Held back: the campaign is still learning (%1 of %2 conversions), and a budget change of %3 % (more than %4 %) would restart its learning phase.</source>
        <translation>Zurückgehalten: die Kampagne lernt noch (%1 von %2 Conversions), und eine Budgetänderung um %3 % (mehr als %4 %) würde ihre Lernphase neu starten.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="160"/>
        <location filename="../agents/rules/safeguards.cpp" line="198"/>
        <location filename="../agents/rules/safeguards.cpp" line="212"/>
        <location filename="../agents/rules/safeguards.cpp" line="253"/>
        <source>the operator</source>
        <translation>die Bedienung</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/safeguards.cpp" line="163"/>
        <source>Held back: %1 approved a budget raise on %2; the next raise waits %n day(s), until the campaign&apos;s uplift window holds only days at the raised budget. Proposed again from %3.</source>
        <translation>
            <numerusform>Zurückgehalten: %1 hat am %2 eine Budgeterhöhung freigegeben; die nächste Erhöhung wartet %n Tag, bis das Uplift-Fenster der Kampagne nur noch Tage mit dem erhöhten Budget enthält. Wieder vorgeschlagen ab %3.</numerusform>
            <numerusform>Zurückgehalten: %1 hat am %2 eine Budgeterhöhung freigegeben; die nächste Erhöhung wartet %n Tage, bis das Uplift-Fenster der Kampagne nur noch Tage mit dem erhöhten Budget enthält. Wieder vorgeschlagen ab %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="201"/>
        <source>Proposed again although %1 rejected %2 on %3: %4.</source>
        <translation>Erneut vorgeschlagen, obwohl %1 am %3 %2 abgelehnt hat: %4.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="202"/>
        <source>Proposed although %1 approved %2 on %3: %4.</source>
        <translation>Vorgeschlagen, obwohl %1 am %3 %2 freigegeben hat: %4.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="215"/>
        <source>Proposed again from %1.</source>
        <translation>Wieder vorgeschlagen ab %1.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="216"/>
        <source>Proposed again from %1, or sooner if sales or page-view impact moves by %2 points (ROAS by %3×).</source>
        <translation>Wieder vorgeschlagen ab %1, oder früher, wenn sich die Umsatz- oder Seitenaufrufwirkung um %2 Punkte ändert (ROAS um %3×).</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="223"/>
        <source>Held back: %1 rejected %2 on %3.</source>
        <translation>Zurückgehalten: %1 hat am %3 %2 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="224"/>
        <source>Held back: %1 rejected %2 on %3 (“%4”).</source>
        <translation>Zurückgehalten: %1 hat am %3 %2 abgelehnt („%4“).</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="225"/>
        <source>Held back: %1 approved %2 on %3; its effect needs time to show.</source>
        <translation>Zurückgehalten: %1 hat am %3 %2 freigegeben; die Wirkung braucht Zeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/safeguards.cpp" line="255"/>
        <source>Held back: %1 approved a new campaign for this product on %2, and it was sent (or marked applied), but the workspace does not show it running: refresh live data or import the campaign list. Another would run beside it. Proposed again from %3, when that campaign&apos;s %n day(s) are over.</source>
        <translation>
            <numerusform>Zurückgehalten: %1 hat am %2 eine neue Kampagne für dieses Produkt genehmigt, und sie wurde gesendet (oder als angewendet markiert), aber der Arbeitsbereich zeigt sie nicht als laufend: Live-Daten aktualisieren oder die Kampagnenliste importieren. Eine weitere liefe daneben. Erneut vorgeschlagen ab %3, wenn der %n Tag dieser Kampagne vorbei ist.</numerusform>
            <numerusform>Zurückgehalten: %1 hat am %2 eine neue Kampagne für dieses Produkt genehmigt, und sie wurde gesendet (oder als angewendet markiert), aber der Arbeitsbereich zeigt sie nicht als laufend: Live-Daten aktualisieren oder die Kampagnenliste importieren. Eine weitere liefe daneben. Erneut vorgeschlagen ab %3, wenn die %n Tage dieser Kampagne vorbei sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="304"/>
        <source>Held back: the policy allows %1 actions a day (approved today: %2; more urgent, proposed now: %3). Proposed again at a later cycle.</source>
        <translation>Zurückgehalten: die Richtlinie erlaubt %1 Aktionen pro Tag (heute freigegeben: %2; dringender, jetzt vorgeschlagen: %3). Wird in einem späteren Durchlauf erneut vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="94"/>
        <source>Would have proposed %1 (%2): %3</source>
        <translation>Hätte %1 vorgeschlagen (%2): %3</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <location filename="../agents/simulation/simulator.cpp" line="220"/>
        <source>&quot;%1&quot; is not a decision (NEW_CAMPAIGN, CONTINUE, OPTIMIZE, MONITOR, PAUSE, EMERGENCY_PAUSE), nor &quot;all&quot; or &quot;none&quot;</source>
        <translation>&quot;%1&quot; ist keine Entscheidung (NEW_CAMPAIGN, CONTINUE, OPTIMIZE, MONITOR, PAUSE, EMERGENCY_PAUSE) und weder &quot;all&quot; noch &quot;none&quot;</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulator.cpp" line="225"/>
        <source>name an approval mode: all, none, or decisions</source>
        <translation>einen Genehmigungsmodus angeben: all, none oder Entscheidungen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulator.cpp" line="351"/>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulator.cpp" line="375"/>
        <source>hindsight</source>
        <translation>Rückschau</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="433"/>
        <location filename="../agents/simulation/simulator.cpp" line="383"/>
        <source>Hindsight oracle</source>
        <translation>Rückblick-Orakel</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="434"/>
        <location filename="../agents/simulation/simulator.cpp" line="383"/>
        <source>Hindsight oracle (incremental)</source>
        <translation>Rückblick-Orakel (inkrementell)</translation>
    </message>
</context>
<context>
    <name>SimulationReport</name>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="54"/>
        <source>no hindsight oracle in this simulation</source>
        <translation>kein Rückblick-Orakel in dieser Simulation</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="163"/>
        <source>not a saved simulation (%1)</source>
        <translation>keine gespeicherte Simulation (%1)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="284"/>
        <location filename="../agents/simulation/simulationreport.cpp" line="288"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="287"/>
        <source>recorded campaigns %1</source>
        <translation>aufgezeichnete Kampagnen %1</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="294"/>
        <source>Share of oracle profit n/a: %1</source>
        <translation>Anteil am Gewinn des Orakels k. A.: %1</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="297"/>
        <source>Share of the incremental oracle&apos;s profit n/a: %1</source>
        <translation>Anteil am Gewinn des inkrementellen Orakels k. A.: %1</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="305"/>
        <source>Simulation of %1, %2 – %3</source>
        <translation>Simulation von %1, %2 – %3</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="306"/>
        <source>Replay workspace (offline): nothing in this report was sent to any platform. Approval mode: %1. Money in %2.</source>
        <translation>Wiedergabe-Arbeitsbereich (offline): nichts in diesem Bericht wurde an eine Plattform gesendet. Genehmigungsmodus: %1. Beträge in %2.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="307"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="308"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="308"/>
        <source>Spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="308"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="308"/>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="309"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="309"/>
        <source>Share of oracle profit (recorded campaigns)</source>
        <translation>Anteil am Orakel-Gewinn (aufgezeichnete Kampagnen)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="329"/>
        <source>Share of the incremental oracle (recorded campaigns)</source>
        <translation>Anteil am inkrementellen Orakel (aufgezeichnete Kampagnen)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="259"/>
        <source>Cumulative incremental profit per policy</source>
        <translation>Kumulierter zusätzlicher Gewinn je Richtlinie</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="58"/>
        <source>%1 made no profit (%2)</source>
        <translation>%1 erzielte keinen Gewinn (%2)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="60"/>
        <source>the profit of %1 (%2) is under 1 % of its spend (%3): too small to divide by</source>
        <translation>der Gewinn von %1 (%2) liegt unter 1 % seiner Ausgaben (%3): zu klein, um dadurch zu teilen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="310"/>
        <source>Cumulative incremental profit</source>
        <translation>Kumulierter zusätzlicher Gewinn</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="311"/>
        <source>Counterfactual model: pause = no spend and no attributed revenue; budget × k = spend × k, revenue × k^%1; new campaigns draw CPC and conversion rate from the recording&apos;s campaigns (seed %2). Profit = revenue − spend.</source>
        <translation>Kontrafaktisches Modell: Pause = keine Werbeausgaben und kein zugeordneter Umsatz; Budget × k = Werbeausgaben × k, Umsatz × k^%1; neue Kampagnen ziehen CPC und Conversion-Rate aus den Kampagnen der Aufzeichnung (Seed %2). Gewinn = Umsatz − Werbeausgaben.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="317"/>
        <source>The model&apos;s fields are %1&apos;s: every policy in this report ran under them.</source>
        <translation>Die Modellfelder stammen aus %1: jede Richtlinie dieses Berichts lief darunter.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="321"/>
        <source>Incremental profit = the units the ads truly added (the recording&apos;s ground truth where it has one, else every attributed conversion) × price × %1 % margin − spend. Wrong pauses: campaigns that truly paid for themselves, paused; missed pauses: campaigns that truly lost money, still running at the end; late-decision loss: what those lost after their first %2 days.</source>
        <translation>Inkrementeller Gewinn = die Einheiten, die die Anzeigen wirklich hinzugefügt haben (die Grundwahrheit der Aufzeichnung, wo sie eine hat, sonst jede zugeordnete Conversion) × Preis × %1 % Marge − Ausgaben. Falsche Pausen: Kampagnen, die sich wirklich bezahlt machten, pausiert; versäumte Pausen: Kampagnen, die wirklich Geld verloren, am Ende noch aktiv; Verlust durch späte Entscheidungen: was diese nach ihren ersten %2 Tagen verloren.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="329"/>
        <source>Incremental profit</source>
        <translation>Inkrementeller Gewinn</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="330"/>
        <source>Wrong / missed pauses</source>
        <translation>Falsche / versäumte Pausen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="330"/>
        <source>Late-decision loss</source>
        <translation>Verlust durch späte Entscheidungen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="345"/>
        <source>the report must end in .html, .json or .csv</source>
        <translation>der Bericht muss auf .html, .json oder .csv enden</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="348"/>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="371"/>
        <source>simulation_elasticity %1, simulation_new_campaign_pacing %2, simulation_oracle_max_budget_factor %3</source>
        <translation>simulation_elasticity %1, simulation_new_campaign_pacing %2, simulation_oracle_max_budget_factor %3</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="383"/>
        <source>%1 sets the simulation&apos;s model to %2, and %3 to %4: one report runs every policy under one model; give the same simulation_* fields in both, or simulate them apart</source>
        <translation>%1 setzt das Modell der Simulation auf %2 und %3 auf %4: ein Bericht rechnet jede Richtlinie unter einem Modell; geben Sie in beiden dieselben simulation_*-Felder an oder simulieren Sie sie getrennt</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="398"/>
        <source>give both dates as YYYY-MM-DD</source>
        <translation>beide Daten als JJJJ-MM-TT angeben</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="400"/>
        <source>the date range %1 – %2 is empty</source>
        <translation>der Zeitraum %1 – %2 ist leer</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="403"/>
        <source>the recording has no daily figures</source>
        <translation>die Aufzeichnung hat keine Tageszahlen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="405"/>
        <source>%1 – %2 is outside the recording (%3 – %4)</source>
        <translation>%1 – %2 liegt außerhalb der Aufzeichnung (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="428"/>
        <source>Seed rules</source>
        <translation>Ausgangsregeln</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="429"/>
        <source>Default policy</source>
        <translation>Standardrichtlinie</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="470"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="518"/>
        <source>no saved simulation %1</source>
        <translation>keine gespeicherte Simulation %1</translation>
    </message>
</context>
<context>
    <name>Snoozes</name>
    <message>
        <location filename="../agents/snoozes.cpp" line="126"/>
        <source>recommendation %1</source>
        <translation>Empfehlung %1</translation>
    </message>
    <message>
        <location filename="../agents/snoozes.cpp" line="128"/>
        <source>only a pending recommendation can be snoozed; it is %1</source>
        <translation>nur eine ausstehende Empfehlung kann zurückgestellt werden; sie ist %1</translation>
    </message>
    <message>
        <location filename="../agents/snoozes.cpp" line="130"/>
        <source>a snooze must end later than now</source>
        <translation>ein Zurückstellen muss später als jetzt enden</translation>
    </message>
</context>
<context>
    <name>StationLease</name>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="35"/>
        <source>lock file %1</source>
        <translation>Sperrdatei %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="44"/>
        <source>another station runs on this workspace: process %1 on host %2 holds %3</source>
        <translation>auf diesem Arbeitsbereich läuft schon eine Station: Prozess %1 auf Rechner %2 hält %3</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="46"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="48"/>
        <source>another station runs on this workspace: %1 is held</source>
        <translation>auf diesem Arbeitsbereich läuft schon eine Station: %1 ist gesperrt</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="51"/>
        <source>cannot create the lock file %1: permission denied (the station&apos;s user must be able to write the workspace&apos;s folder)</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden: keine Berechtigung (der Benutzer der Station muss in den Ordner des Arbeitsbereichs schreiben dürfen)</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="53"/>
        <source>cannot create the lock file %1</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="74"/>
        <source>cannot open the station&apos;s lease connection: %1</source>
        <translation>die Sperrverbindung der Station kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="83"/>
        <source>cannot take the station&apos;s advisory lock: %1</source>
        <translation>die Advisory-Sperre der Station kann nicht genommen werden: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="88"/>
        <source>advisory lock %1 on the workspace&apos;s database</source>
        <translation>Advisory-Sperre %1 auf der Datenbank des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="106"/>
        <source>process %1 on host %2 (server process %3)</source>
        <translation>Prozess %1 auf Rechner %2 (Serverprozess %3)</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="109"/>
        <source>server process %1%2</source>
        <translation>Serverprozess %1%2</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="110"/>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="118"/>
        <source>another station runs on this workspace (it holds the advisory lock %1)</source>
        <translation>auf diesem Arbeitsbereich läuft schon eine Station (sie hält die Advisory-Sperre %1)</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="119"/>
        <source>another station runs on this workspace: %1 holds the advisory lock %2</source>
        <translation>auf diesem Arbeitsbereich läuft schon eine Station: %1 hält die Advisory-Sperre %2</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <location filename="../models/teamlogin.cpp" line="93"/>
        <source>the server %1 asks role %2 for a password and none was given (the keychain has none for it, PGPASSWORD is not set)</source>
        <translation>der Server %1 verlangt von der Rolle %2 ein Passwort, und keines wurde angegeben (der Schlüsselbund hat keines dafür, PGPASSWORD ist nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../models/teamlogin.cpp" line="96"/>
        <source>the server %1 refused role %2: wrong password, or no such role</source>
        <translation>der Server %1 hat die Rolle %2 abgelehnt: falsches Passwort oder keine solche Rolle</translation>
    </message>
    <message>
        <location filename="../models/teamlogin.cpp" line="98"/>
        <source>the server %1 has no role %2</source>
        <translation>der Server %1 hat keine Rolle %2</translation>
    </message>
    <message>
        <location filename="../models/teamlogin.cpp" line="102"/>
        <source>role %2 is not in the team of workspace %3 on the server %1 (its admin adds members: campaign-pilot team add)</source>
        <translation>Rolle %2 gehört nicht zum Team des Arbeitsbereichs %3 auf dem Server %1 (dessen Admin nimmt Mitglieder auf: campaign-pilot team add)</translation>
    </message>
    <message>
        <location filename="../models/teamlogin.cpp" line="104"/>
        <source>cannot open the store on %1 as %2: %3</source>
        <translation>der Datenbestand auf %1 lässt sich als %2 nicht öffnen: %3</translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <location filename="../agents/live/teampassword.cpp" line="64"/>
        <source>the keychain is switched off (CP_NO_KEYCHAIN=1); the password is kept for this session only</source>
        <translation>der Schlüsselbund ist abgeschaltet (CP_NO_KEYCHAIN=1); das Passwort gilt nur für diese Sitzung</translation>
    </message>
    <message>
        <location filename="../agents/live/teampassword.cpp" line="75"/>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund lehnte ab: %1</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <location filename="../models/teamroles.cpp" line="114"/>
        <source>the table team_groups in this database was not made by the workspace&apos;s owner: someone else made it, and it is not read (its owner drops it)</source>
        <translation>die Tabelle team_groups in dieser Datenbank stammt nicht vom Eigentümer des Arbeitsbereichs: jemand anderes hat sie angelegt, sie wird nicht gelesen (ihr Eigentümer löscht sie)</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="142"/>
        <source>the team group &quot;%1&quot; recorded in team_groups is not a name this program makes</source>
        <translation>die in team_groups verzeichnete Teamgruppe „%1“ ist kein Name, den dieses Programm vergibt</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="149"/>
        <source>the workspace&apos;s team groups are not all recorded (team_groups)</source>
        <translation>die Teamgruppen des Arbeitsbereichs sind nicht alle verzeichnet (team_groups)</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="156"/>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="157"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="158"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="159"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="162"/>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="174"/>
        <source>missing migration</source>
        <translation>fehlende Migration</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="239"/>
        <source>the team group %1 exists on this server already and %2 is in it: it is left from an earlier workspace named %3, or someone made it; a superuser drops the groups (DROP ROLE %4, %5, %6) or the workspace gets another database name</source>
        <translation>die Teamgruppe %1 gibt es auf diesem Server schon, und %2 gehört zu ihr: sie stammt von einem früheren Arbeitsbereich namens %3 oder wurde von jemandem angelegt; ein Superuser löscht die Gruppen (DROP ROLE %4, %5, %6), oder der Arbeitsbereich bekommt einen anderen Datenbanknamen</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="380"/>
        <source>&quot;%1&quot; is not a member name: lower-case letters, digits, _ . - (starting with a letter or _), at most 63 characters</source>
        <translation>„%1“ ist kein Mitgliedsname: Kleinbuchstaben, Ziffern, _ . - (beginnend mit einem Buchstaben oder _), höchstens 63 Zeichen</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="383"/>
        <source>a member is a viewer, an operator or an admin</source>
        <translation>ein Mitglied ist Betrachter, Bearbeiter oder Admin</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="385"/>
        <source>a member needs a password</source>
        <translation>ein Mitglied braucht ein Passwort</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="402"/>
        <source>cannot add %1: %2 (only a team admin or the workspace&apos;s owner adds members)</source>
        <translation>%1 kann nicht hinzugefügt werden: %2 (nur ein Team-Admin oder der Eigentümer des Arbeitsbereichs fügt Mitglieder hinzu)</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="403"/>
        <source>cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="412"/>
        <source>&quot;%1&quot; is not a member name</source>
        <translation>„%1“ ist kein Mitgliedsname</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="419"/>
        <source>cannot remove %1: %2 (only a team admin or the workspace&apos;s owner removes members)</source>
        <translation>%1 kann nicht entfernt werden: %2 (nur ein Team-Admin oder der Eigentümer des Arbeitsbereichs entfernt Mitglieder)</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="420"/>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>WooCommerceApi</name>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="46"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="56"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="73"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="63"/>
        <source>is not an amount</source>
        <translation>ist kein Betrag</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="175"/>
        <source>header X-WP-Total is not a count (&quot;%1&quot;)</source>
        <translation>der Header X-WP-Total ist keine Anzahl („%1“)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="181"/>
        <source>X-WP-TotalPages is 0 but the page holds %n item(s)</source>
        <translation>
            <numerusform>X-WP-TotalPages ist 0, aber die Seite enthält %n Eintrag</numerusform>
            <numerusform>X-WP-TotalPages ist 0, aber die Seite enthält %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="210"/>
        <source>the list kept shrinking while it was read (entries removed meanwhile, %n attempt(s)); nothing was kept, try again</source>
        <translation>
            <numerusform>die Liste wurde beim Lesen immer kürzer (Einträge zwischendurch entfernt, %n Versuch); nichts wurde übernommen, versuchen Sie es erneut</numerusform>
            <numerusform>die Liste wurde beim Lesen immer kürzer (Einträge zwischendurch entfernt, %n Versuche); nichts wurde übernommen, versuchen Sie es erneut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="387"/>
        <source>the answer is not a list of products</source>
        <translation>die Antwort ist keine Produktliste</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="393"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="424"/>
        <source>[%1].%2 %3</source>
        <translation>[%1].%2 %3</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="399"/>
        <source>is not a product id</source>
        <translation>ist keine Produkt-ID</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="327"/>
        <source>is missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="332"/>
        <source>is %1 characters long</source>
        <translation>ist %1 Zeichen lang</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="339"/>
        <source>is not a price as text</source>
        <translation>ist kein Preis als Text</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="342"/>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; ist kein Betrag</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="344"/>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="73"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="351"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="447"/>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="100"/>
        <source>; the consumer key or secret is wrong, or the key lacks Read permission (WordPress admin: WooCommerce ▸ Settings ▸ Advanced ▸ REST API)</source>
        <translation>; der Consumer Key oder das Secret ist falsch, oder der Schlüssel hat keine Leseberechtigung (WordPress-Verwaltung: WooCommerce ▸ Einstellungen ▸ Erweitert ▸ REST-API)</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="168"/>
        <source>header X-WP-TotalPages is missing or absurd (&quot;%1&quot;)</source>
        <translation>Header X-WP-TotalPages fehlt oder ist absurd (&quot;%1&quot;)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="257"/>
        <source>the server counts %1 entries (X-WP-Total) but its pages held %2 different ones (a page served twice or left out, %n attempt(s)); nothing was kept, try again</source>
        <translation>
            <numerusform>der Server zählt %1 Einträge (X-WP-Total), seine Seiten enthielten aber %2 verschiedene (eine Seite doppelt geliefert oder ausgelassen, %n Versuch); nichts wurde behalten, erneut versuchen</numerusform>
            <numerusform>der Server zählt %1 Einträge (X-WP-Total), seine Seiten enthielten aber %2 verschiedene (eine Seite doppelt geliefert oder ausgelassen, %n Versuche); nichts wurde behalten, erneut versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="330"/>
        <source>holds only markup</source>
        <translation>enthält nur Auszeichnungen (HTML)</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="362"/>
        <source>is not a list of ids</source>
        <translation>ist keine Liste von IDs</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="365"/>
        <source>holds something that is not a variation id</source>
        <translation>enthält etwas, das keine Variations-ID ist</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="418"/>
        <source>the answer is not a list of variations</source>
        <translation>die Antwort ist keine Liste von Variationen</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="428"/>
        <source>is not a variation id</source>
        <translation>ist keine Variations-ID</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="443"/>
        <source>is neither true, false nor &quot;parent&quot;</source>
        <translation>ist weder true, false noch „parent“</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="505"/>
        <source>product %1 not read: %2 (%3); its sales are counted, its record is not updated (one new to the store is kept without price or stock); correct it in the shop, the next refresh reads it again</source>
        <translation>Produkt %1 nicht gelesen: %2 (%3); seine Verkäufe werden gezählt, sein Eintrag wird nicht aktualisiert (ein für den Speicher neues wird ohne Preis und Bestand angelegt); korrigieren Sie es im Shop, die nächste Aktualisierung liest es erneut</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="531"/>
        <source>product %1: its variations could not be read (%2); stock unknown</source>
        <translation>Produkt %1: seine Variationen konnten nicht gelesen werden (%2); Bestand unbekannt</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="532"/>
        <source>not asked</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="552"/>
        <source>%n product(s) not published (draft, pending or private) left out of the catalog</source>
        <translation>
            <numerusform>%n nicht veröffentlichtes Produkt (Entwurf, ausstehend oder privat) nicht in den Katalog übernommen</numerusform>
            <numerusform>%n nicht veröffentlichte Produkte (Entwurf, ausstehend oder privat) nicht in den Katalog übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="555"/>
        <source>%n product(s) out of stock: stock 0, not promoted</source>
        <translation>
            <numerusform>%n Produkt nicht vorrätig: Bestand 0, wird nicht beworben</numerusform>
            <numerusform>%n Produkte nicht vorrätig: Bestand 0, werden nicht beworben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="557"/>
        <source>%n product(s) on backorder counted as 0 in stock (they can be ordered, not shipped now)</source>
        <translation>
            <numerusform>%n Produkt im Rückstand mit Bestand 0 gezählt (bestellbar, aber derzeit nicht lieferbar)</numerusform>
            <numerusform>%n Produkte im Rückstand mit Bestand 0 gezählt (bestellbar, aber derzeit nicht lieferbar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="606"/>
        <source>header X-WP-Total is missing or not a count</source>
        <translation>der Header X-WP-Total fehlt oder ist keine Anzahl</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="633"/>
        <source>the answer is not a list of orders</source>
        <translation>die Antwort ist keine Bestellliste</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="638"/>
        <source>[%1] is not an order</source>
        <translation>[%1] ist keine Bestellung</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="643"/>
        <source>is not an order id</source>
        <translation>ist keine Bestell-ID</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="654"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="662"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="671"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="684"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="708"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="742"/>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="723"/>
        <source>the answer is not a list of refunds</source>
        <translation>die Antwort ist keine Liste von Erstattungen</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="732"/>
        <source>[%1] is not a refund</source>
        <translation>[%1] ist keine Erstattung</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="817"/>
        <source>the answer is not the site&apos;s index</source>
        <translation>die Antwort ist nicht der Index der Website</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="838"/>
        <source>names no time zone (timezone_string &quot;%1&quot;, gmt_offset %2)</source>
        <translation>nennt keine Zeitzone (timezone_string „%1“, gmt_offset %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="867"/>
        <source>the answer is not a currency</source>
        <translation>die Antwort ist keine Währung</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="873"/>
        <source>code &quot;%1&quot; is not a currency code (ISO 4217, three letters)</source>
        <translation>code „%1“ ist kein Währungscode (ISO 4217, drei Buchstaben)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="1016"/>
        <source>%n order line(s) of deleted products not counted</source>
        <translation>
            <numerusform>%n Bestellposition gelöschter Produkte nicht gezählt</numerusform>
            <numerusform>%n Bestellpositionen gelöschter Produkte nicht gezählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WooCommerceImporter</name>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="16"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="17"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="18"/>
        <source>SKU</source>
        <translation>Artikelnummer (SKU)</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="20"/>
        <source>Regular price</source>
        <translation>Regulärer Preis</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="21"/>
        <source>Sale price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="22"/>
        <source>Date sale price starts</source>
        <translation>Beginn des Angebotspreises</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="23"/>
        <source>Date sale price ends</source>
        <translation>Ende des Angebotspreises</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="24"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="25"/>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="26"/>
        <source>In stock?</source>
        <translation>Vorrätig?</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="27"/>
        <source>Short description</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="28"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="29"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="30"/>
        <source>Parent</source>
        <translation>Übergeordnetes Produkt</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="32"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="94"/>
        <source>&quot;%1&quot; reads two ways: %2 with a thousands comma, or %3 with a decimal comma; save the prices without thousands separators</source>
        <translation>„%1“ lässt sich zweifach lesen: %2 mit Tausenderkomma oder %3 mit Dezimalkomma; speichern Sie die Preise ohne Tausendertrennzeichen</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="115"/>
        <source>column &quot;Regular price&quot;: a negative price (%1)</source>
        <translation>Spalte &quot;Regular price&quot;: ein negativer Preis (%1)</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="125"/>
        <source>column &quot;%1&quot;: a negative price (%2)</source>
        <translation>Spalte &quot;%1&quot;: ein negativer Preis (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="155"/>
        <source>a variation without a Parent</source>
        <translation>eine Variante ohne Parent</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="166"/>
        <source>product ID %1 is already on line %2: an export has one row per product</source>
        <translation>Produkt-ID %1 steht schon in Zeile %2: ein Export hat eine Zeile je Produkt</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="180"/>
        <source>column &quot;Name&quot; is empty</source>
        <translation>Spalte &quot;Name&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="212"/>
        <source>variations whose parent is not in the file (not imported)</source>
        <translation>Varianten, deren übergeordnetes Produkt nicht in der Datei ist (nicht importiert)</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="231"/>
        <source>variations folded into their parent product</source>
        <translation>Varianten in ihr übergeordnetes Produkt zusammengeführt</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="233"/>
        <source>drafts and private products (Published not 1), not imported</source>
        <translation>Entwürfe und private Produkte (Published nicht 1), nicht importiert</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.h" line="26"/>
        <source>WooCommerce product export</source>
        <translation>WooCommerce-Produktexport</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="69"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="70"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="70"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="89"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="97"/>
        <source>Workspace: %1 (live) — %2</source>
        <translation>Arbeitsbereich: %1 (live) — %2</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="98"/>
        <source>Workspace: %1 (replay of %2; sends nothing to any network) — %3</source>
        <translation>Arbeitsbereich: %1 (Wiedergabe von %2; sendet nichts in ein Netzwerk) — %3</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="99"/>
        <source>a recording</source>
        <translation>einer Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="142"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="148"/>
        <source>cannot create the workspace file: %1</source>
        <translation>die Arbeitsbereichsdatei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="161"/>
        <source>the store does not say what kind of workspace it is</source>
        <translation>der Datenbestand sagt nicht, welche Art Arbeitsbereich er ist</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="183"/>
        <source>&quot;%1&quot; is not a currency code (ISO 4217, three letters)</source>
        <translation>„%1“ ist kein Währungscode (ISO 4217, drei Buchstaben)</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="196"/>
        <source>&quot;%1&quot; is not a time zone</source>
        <translation>„%1“ ist keine Zeitzone</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="208"/>
        <source>an attribution window of %1 days is not one of 0 to 90</source>
        <translation>ein Attributionsfenster von %1 Tagen liegt nicht zwischen 0 und 90</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="31"/>
        <source>a team workspace is always live; a recording is replayed in a workspace file of its own (--recording %1, without --database)</source>
        <translation>ein Team-Arbeitsbereich ist immer live; eine Aufzeichnung wird in einer eigenen Arbeitsbereichsdatei abgespielt (--recording %1, ohne --database)</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="54"/>
        <location filename="../agents/workspace/workspaceopener.cpp" line="87"/>
        <source>there is no workspace here</source>
        <translation>hier gibt es keinen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="65"/>
        <source>this database holds a replay of %1, not a team workspace (a team workspace is always live)</source>
        <translation>diese Datenbank enthält eine Wiedergabe von %1, keinen Team-Arbeitsbereich (ein Team-Arbeitsbereich ist immer live)</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="66"/>
        <source>a recording</source>
        <translation>einer Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="89"/>
        <source>not a workspace file</source>
        <translation>keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="118"/>
        <source>this is a live workspace; a recording is never loaded into it. Open the recording on its own (--recording %1, without --database) or name a new file for its replay workspace</source>
        <translation>dies ist ein Live-Arbeitsbereich; eine Aufzeichnung wird nie in ihn geladen. Die Aufzeichnung für sich öffnen (--recording %1, ohne --database) oder eine neue Datei für ihren Wiedergabe-Arbeitsbereich angeben</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="124"/>
        <source>this is the replay workspace of %1, not of %2</source>
        <translation>dies ist der Wiedergabe-Arbeitsbereich von %1, nicht von %2</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="134"/>
        <source>opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="161"/>
        <source>%1 is a copy of the workspace %2 (the same id, %3): it would share that workspace&apos;s connections and keychain entries, and send to its ad account. Give the copy an identity of its own (its connections start empty; the original keeps its own)</source>
        <translation>%1 ist eine Kopie des Arbeitsbereichs %2 (dieselbe ID, %3): sie würde dessen Verbindungen und Schlüsselbund-Einträge teilen und an sein Werbekonto senden. Der Kopie eine eigene Identität geben (ihre Verbindungen beginnen leer; das Original behält seine)</translation>
    </message>
</context>
<context>
    <name>WorkspacePlatform</name>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="22"/>
        <source>this is a replay workspace (a copy of %1): it never reaches a network, so approved actions go only to the recorded backend. Live data and ad platforms belong to a live workspace (File ▸ New live workspace)</source>
        <translation>dies ist ein Wiedergabe-Arbeitsbereich (eine Kopie von %1): er erreicht nie ein Netzwerk, daher gehen genehmigte Aktionen nur an das aufgezeichnete Backend. Live-Daten und Werbeplattformen gehören in einen Live-Arbeitsbereich (Datei ▸ Neuer Live-Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="25"/>
        <source>a recording</source>
        <translation>einer Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="34"/>
        <source>no ad platform is connected to this live workspace (Agents ▸ Connections, or --platform and --platform-url); nothing was sent</source>
        <translation>mit diesem Live-Arbeitsbereich ist keine Werbeplattform verbunden (Agenten ▸ Verbindungen, oder --platform und --platform-url); nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="41"/>
        <source>%1 cannot receive actions</source>
        <translation>%1 kann keine Aktionen empfangen</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="51"/>
        <source>language model</source>
        <translation>Sprachmodell</translation>
    </message>
</context>
<context>
    <name>cp::AdCopyDialog</name>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="18"/>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu schreiben lassen</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="20"/>
        <source>Ad copy of #%1</source>
        <translation>Anzeigentext von #%1</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="25"/>
        <source>Pick a version, edit it, or ask the language model for another. What you save is the text approval records and the ad platform receives.</source>
        <translation>Eine Fassung wählen, bearbeiten oder das Sprachmodell um eine weitere bitten. Was Sie speichern, ist der Text, den die Genehmigung festhält und die Werbeplattform erhält.</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="31"/>
        <source>Versions of the ad copy</source>
        <translation>Fassungen des Anzeigentexts</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="47"/>
        <source>&amp;Headline:</source>
        <translation>Ü&amp;berschrift:</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="48"/>
        <source>&amp;Primary text:</source>
        <translation>&amp;Haupttext:</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="49"/>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="60"/>
        <source>Ask the language model for another version from the product&apos;s facts</source>
        <translation>Das Sprachmodell um eine weitere Fassung aus den Angaben zum Produkt bitten</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="61"/>
        <source>No language model is connected to this live workspace (Agents ▸ Connections)</source>
        <translation>Mit diesem Live-Arbeitsbereich ist kein Sprachmodell verbunden (Agenten ▸ Verbindungen)</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="67"/>
        <source>Asking the language model…</source>
        <translation>Das Sprachmodell wird gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="82"/>
        <source>language model %1</source>
        <translation>Sprachmodell %1</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="84"/>
        <source>your edit</source>
        <translation>Ihre Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="85"/>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="102"/>
        <source>Headline %1/%2 · primary text %3/%4 · description %5/%6 characters</source>
        <translation>Überschrift %1/%2 · Haupttext %3/%4 · Beschreibung %5/%6 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="158"/>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>cp::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="107"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="112"/>
        <source>create</source>
        <translation>Anlegen von</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="113"/>
        <source>pause</source>
        <translation>Pausieren von</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="114"/>
        <source>resume</source>
        <translation>Fortsetzen von</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="115"/>
        <source>change the budget of</source>
        <translation>Budgetänderung von</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="116"/>
        <source>watch</source>
        <translation>Beobachten von</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="118"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="120"/>
        <source>recommendation #%1</source>
        <translation>Empfehlung #%1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="135"/>
        <source>The %1 agent recommended watching, with nothing to send</source>
        <translation>Der Agent %1 empfahl Beobachten, ohne etwas zu senden</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="136"/>
        <source>The agents recommended watching, with nothing to send, in a cycle %1 ran</source>
        <translation>Die Agenten empfahlen Beobachten, ohne etwas zu senden, in einem Zyklus, den %1 ausführte</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="143"/>
        <source>%1 approved: %2</source>
        <translation>%1 genehmigte: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="144"/>
        <source>%1 rejected: %2 — “%3”</source>
        <translation>%1 lehnte ab: %2 — „%3“</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="145"/>
        <source>%1 edited the budget: %2</source>
        <translation>%1 bearbeitete das Budget: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="156"/>
        <source>%1 retried sending: %2</source>
        <translation>%1 versuchte erneut zu senden: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="159"/>
        <source>%1 pressed the emergency stop</source>
        <translation>%1 löste den Not-Aus aus</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="160"/>
        <source>%1 let agents and sending run again</source>
        <translation>%1 ließ Agenten und Senden wieder laufen</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="163"/>
        <source>%1 saved the policy: %2</source>
        <translation>%1 speicherte die Richtlinie: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="100"/>
        <location filename="../models/auditmodel.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="65"/>
        <source>action</source>
        <translation>die Aktion</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="66"/>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="68"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="70"/>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="69"/>
        <source>budget before</source>
        <translation>Budget vorher</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="67"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="72"/>
        <source>ad copy</source>
        <translation>Anzeigentext</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="73"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="71"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="74"/>
        <source>copy by</source>
        <translation>Text von</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="75"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="76"/>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="95"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="95"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="128"/>
        <source>An operator asked to undo: %1</source>
        <translation>Ein Bediener bat um Rücknahme: %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="128"/>
        <source>%1 asked to undo: %2</source>
        <translation>%1 bat um Rücknahme: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="130"/>
        <source>The %1 agent recommended: %2</source>
        <translation>Der Agent %1 empfahl: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="131"/>
        <source>The agents recommended, in a cycle %1 ran: %2</source>
        <translation>Die Agenten empfahlen, in einem Zyklus von %1: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="138"/>
        <source>The agents judged pending recommendations as before and kept them, in a cycle %1 ran</source>
        <translation>Die Agenten beurteilten offene Empfehlungen wie zuvor und behielten sie, in einem Zyklus von %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="141"/>
        <source>The %1 agent proposed again what an operator approved once, and kept that approval</source>
        <translation>Der Agent %1 schlug erneut vor, was ein Bediener einmal genehmigt hatte, und behielt diese Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="142"/>
        <source>The agents proposed again what an operator approved once, and kept that approval, in a cycle %1 ran</source>
        <translation>Die Agenten schlugen erneut vor, was ein Bediener einmal genehmigt hatte, und behielten diese Genehmigung, in einem Zyklus von %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="149"/>
        <source>%1 began sending: %2</source>
        <translation>%1 begann zu senden: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="150"/>
        <source>The platform applied it: %1</source>
        <translation>Die Plattform hat es angewendet: %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="151"/>
        <source>The platform shows it applied (a state check): %1</source>
        <translation>Die Plattform zeigt es angewendet (Zustandsprüfung): %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="152"/>
        <source>The platform refused it, nothing was applied: %1 — %2</source>
        <translation>Die Plattform hat es abgelehnt, nichts wurde angewendet: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="153"/>
        <source>Not known whether it reached the platform: %1 — %2</source>
        <translation>Unbekannt, ob es die Plattform erreicht hat: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="154"/>
        <source>Not sent this time; tried again at the next send: %1 — %2</source>
        <translation>Diesmal nicht gesendet; beim nächsten Senden erneut versucht: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="155"/>
        <source>Sent again with the same key (a state check showed it not applied): %1</source>
        <translation>Erneut mit demselben Schlüssel gesendet (eine Zustandsprüfung zeigte es nicht angewendet): %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="157"/>
        <source>%1 marked it applied (found on the platform): %2</source>
        <translation>%1 hat es als angewendet markiert (auf der Plattform gefunden): %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="158"/>
        <source>%1 had it sent again (found not applied on the platform): %2</source>
        <translation>%1 ließ es erneut senden (auf der Plattform nicht angewendet gefunden): %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="162"/>
        <source>The %1 agent judged pending recommendations as before and kept them</source>
        <translation>Der Agent %1 beurteilte offene Empfehlungen wie zuvor und behielt sie</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="167"/>
        <source>%1 gave approval %2 of %3: %4</source>
        <translation>%1 gab Genehmigung %2 von %3: %4</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="168"/>
        <source>The operator&apos;s name on this desktop became %1 (was %2)</source>
        <translation>Der Bedienername an diesem Rechner ist jetzt %1 (war %2)</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="171"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="217"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="217"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="217"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="218"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="218"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>cp::AuditPane</name>
    <message>
        <location filename="../ui/auditpane.cpp" line="23"/>
        <source>Verify the log</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="33"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="35"/>
        <source>Filter: a name, an action, a campaign…</source>
        <translation>Filter: ein Name, eine Aktion, eine Kampagne…</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="37"/>
        <source>Filter the audit log</source>
        <translation>Prüfprotokoll filtern</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="38"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="43"/>
        <source>Check that no entry was changed, removed or inserted after it was written</source>
        <translation>Prüfen, dass kein Eintrag nach dem Schreiben geändert, entfernt oder eingefügt wurde</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="60"/>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="60"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="108"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpane.cpp" line="113"/>
        <source>Audit log exported: %n entry(s) to %1</source>
        <translation>
            <numerusform>Prüfprotokoll exportiert: %n Eintrag nach %1</numerusform>
            <numerusform>Prüfprotokoll exportiert: %n Einträge nach %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::BudgetEditDialog</name>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="27"/>
        <source>Edit budget — #%1</source>
        <translation>Budget bearbeiten — #%1</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="31"/>
        <source>Recommendation:</source>
        <translation>Empfehlung:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="33"/>
        <source>Budget on the platform:</source>
        <translation>Budget auf der Plattform:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="33"/>
        <location filename="../ui/budgeteditdialog.cpp" line="35"/>
        <location filename="../ui/budgeteditdialog.cpp" line="93"/>
        <source>%1 a day</source>
        <translation>%1 am Tag</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="35"/>
        <source>Proposed:</source>
        <translation>Vorgeschlagen:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="36"/>
        <source>at most %1 a day</source>
        <translation>höchstens %1 am Tag</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="38"/>
        <source>; a change of at most %1 % of the platform&apos;s budget</source>
        <translation>; eine Änderung um höchstens %1 % des Plattformbudgets</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="40"/>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="42"/>
        <source>New daily budget</source>
        <translation>Neues Tagesbudget</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="47"/>
        <source>New daily budget:</source>
        <translation>Neues Tagesbudget:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="74"/>
        <source>%1 approved this budget already. A new budget voids that approval: it then needs its approvals again.</source>
        <translation>%1 hat dieses Budget bereits genehmigt. Ein neues Budget hebt diese Genehmigung auf: es braucht dann seine Genehmigungen erneut.</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="88"/>
        <source>That is the budget proposed already.</source>
        <translation>Das ist bereits das vorgeschlagene Budget.</translation>
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
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="80"/>
        <source>%1×</source>
        <comment>ROAS as a multiple of spend</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="108"/>
        <source>Revenue ÷ spend. ROI (revenue − spend) ÷ spend: %1 %</source>
        <translation>Umsatz ÷ Werbeausgaben. ROI (Umsatz − Werbeausgaben) ÷ Werbeausgaben: %1 %</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="109"/>
        <source>Revenue ÷ spend; unknown without spend or revenue</source>
        <translation>Umsatz ÷ Werbeausgaben; unbekannt ohne Werbeausgaben oder Umsatz</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="111"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>Spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="128"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="128"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="130"/>
        <source>%1 (modelled)</source>
        <translation>%1 (modelliert)</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="133"/>
        <source>Modelled, not recorded: %1</source>
        <translation>Modelliert, nicht aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>cp::CampaignsPane</name>
    <message>
        <location filename="../ui/campaignspane.cpp" line="24"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
</context>
<context>
    <name>cp::CatalogModel</name>
    <message>
        <location filename="../models/catalogmodel.cpp" line="479"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="520"/>
        <location filename="../models/catalogmodel.cpp" line="541"/>
        <source>Modelled, not recorded: %1</source>
        <translation>Modelliert, nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="534"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="534"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="534"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="534"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="535"/>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="535"/>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="535"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="535"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="536"/>
        <source>Views/unit</source>
        <translation>Aufrufe/Einheit</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="536"/>
        <source>Active campaign</source>
        <translation>Aktive Kampagne</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="538"/>
        <source>%1 (modelled)</source>
        <translation>%1 (modelliert)</translation>
    </message>
</context>
<context>
    <name>cp::CatalogPane</name>
    <message>
        <location filename="../ui/catalogpane.cpp" line="29"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="31"/>
        <source>Search name, code or description</source>
        <translation>Name, Nummer oder Beschreibung suchen</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="35"/>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="36"/>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="37"/>
        <location filename="../ui/catalogpane.cpp" line="70"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogpane.cpp" line="78"/>
        <source>Views, units and revenue: %1 – %2 (the last %n day(s) of data)</source>
        <translation>
            <numerusform>Aufrufe, Einheiten und Umsatz: %1 – %2 (der letzte %n Tag mit Daten)</numerusform>
            <numerusform>Aufrufe, Einheiten und Umsatz: %1 – %2 (die letzten %n Tage mit Daten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogpane.cpp" line="88"/>
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 von %n Produkt</numerusform>
            <numerusform>%1 von %n Produkten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ChartTableModel</name>
    <message>
        <location filename="../models/charttablemodel.cpp" line="96"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>cp::ChartView</name>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="184"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="186"/>
        <source>ROAS (×)</source>
        <translation>ROAS (×)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="187"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="246"/>
        <source>Campaign start</source>
        <translation>Kampagnenstart</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="246"/>
        <source>Action applied</source>
        <translation>Aktion angewendet</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="246"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="292"/>
        <source>No figures to chart yet.</source>
        <translation>Noch keine Zahlen für ein Diagramm.</translation>
    </message>
</context>
<context>
    <name>cp::ChartsPane</name>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="36"/>
        <source>Campaigns charted</source>
        <translation>Dargestellte Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="37"/>
        <source>Chart a whole category</source>
        <translation>Eine ganze Kategorie darstellen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="38"/>
        <source>First day charted</source>
        <translation>Erster dargestellter Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="39"/>
        <source>Last day charted</source>
        <translation>Letzter dargestellter Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="40"/>
        <source>The chart&apos;s numbers</source>
        <translation>Die Zahlen des Diagramms</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="41"/>
        <location filename="../ui/charts/chartspane.cpp" line="149"/>
        <source>Any category</source>
        <translation>Beliebige Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="46"/>
        <source>Whole range</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="47"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="48"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="49"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="58"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="59"/>
        <source>Product before / during</source>
        <translation>Produkt vorher / währenddessen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="71"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="74"/>
        <source>Campaigns (Ctrl+click for several):</source>
        <translation>Kampagnen (Strg+Klick für mehrere):</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="76"/>
        <source>…or all of a category:</source>
        <translation>…oder alle einer Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="79"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="81"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="219"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="253"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="254"/>
        <source>Sales impact %</source>
        <translation>Verkaufswirkung %</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="257"/>
        <source>Campaigns by decision</source>
        <translation>Kampagnen nach Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="275"/>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="275"/>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="276"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="276"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="280"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>cp::ConnectionsDialog</name>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="24"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="38"/>
        <source>Secrets go to the system keychain, never to a settings file. Leave a secret empty to keep the one already stored. Headless stations can set CP_STORE_TOKEN, CP_WC_CONSUMER_KEY, CP_WC_CONSUMER_SECRET, CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN or CP_LLM_API_KEY instead. These connections belong to this live workspace only.</source>
        <translation>Geheimnisse kommen in den Schlüsselbund des Systems, nie in eine Einstellungsdatei. Ein Geheimnis leer lassen, um das gespeicherte zu behalten. Rechner ohne Bildschirm können stattdessen CP_STORE_TOKEN, CP_WC_CONSUMER_KEY, CP_WC_CONSUMER_SECRET, CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN oder CP_LLM_API_KEY setzen. Diese Verbindungen gehören nur zu diesem Live-Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="45"/>
        <source>Ask the ad platform again what it can do (forget that it refused budget changes)</source>
        <translation>Die Werbeplattform erneut fragen, was sie kann (vergessen, dass sie Budgetänderungen abgelehnt hat)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="70"/>
        <source>Store (catalog and sales)</source>
        <translation>Shop (Katalog und Verkäufe)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="70"/>
        <source>Ad platform (campaigns; where approved actions go)</source>
        <translation>Werbeplattform (Kampagnen; Ziel genehmigter Aktionen)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="74"/>
        <source>None (imports only)</source>
        <translation>Keiner (nur Importe)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="74"/>
        <source>None (nothing is sent)</source>
        <translation>Keine (nichts wird gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="75"/>
        <source>Campaign Pilot API</source>
        <translation>Campaign Pilot API</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="76"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="76"/>
        <source>Meta Marketing API</source>
        <translation>Meta Marketing API</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="83"/>
        <source>ad account id, digits</source>
        <translation>Werbekonto-ID, Ziffern</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="89"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="93"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="95"/>
        <source>Rate limit: at least this long between two requests to this API</source>
        <translation>Ratenbegrenzung: mindestens so lange zwischen zwei Anfragen an diese API</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="98"/>
        <location filename="../ui/connectionsdialog.cpp" line="168"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="103"/>
        <source>source&apos;s default</source>
        <translation>Standard der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="104"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="106"/>
        <source>Days read again on every refresh (late refunds); 0: the source&apos;s default</source>
        <translation>Tage, die bei jeder Aktualisierung erneut gelesen werden (späte Erstattungen); 0: Standard der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="107"/>
        <source>Days of insights read again on every refresh, for conversions that arrive late: 0 is Meta&apos;s default attribution window (7 days); 28 for an account with 28-day windows</source>
        <translation>Tage mit Statistiken, die bei jeder Aktualisierung erneut gelesen werden, für spät eintreffende Conversions: 0 ist Metas Standard-Attributionszeitraum (7 Tage); 28 für ein Konto mit 28-Tage-Zeiträumen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="112"/>
        <source>The Marketing API version, such as %1; empty: %1</source>
        <translation>Die Version der Marketing API, etwa %1; leer: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="113"/>
        <location filename="../ui/connectionsdialog.cpp" line="171"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="114"/>
        <location filename="../ui/connectionsdialog.cpp" line="172"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="116"/>
        <source>Ad account:</source>
        <translation>Werbekonto:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="117"/>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="121"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="123"/>
        <source>Consumer key:</source>
        <translation>Consumer Key:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="124"/>
        <source>Consumer secret:</source>
        <translation>Consumer Secret:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="132"/>
        <source>Between requests:</source>
        <translation>Zwischen Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="133"/>
        <location filename="../ui/connectionsdialog.cpp" line="176"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="134"/>
        <source>Re-read:</source>
        <translation>Erneut lesen:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="141"/>
        <source>Language model (ad copy and explanations; never decisions)</source>
        <translation>Sprachmodell (Anzeigentexte und Erklärungen; nie Entscheidungen)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="146"/>
        <source>Off (the template writes the ad copy)</source>
        <translation>Aus (die Vorlage schreibt den Anzeigentext)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="147"/>
        <source>OpenAI-compatible chat completions</source>
        <translation>OpenAI-kompatible Chat Completions</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="152"/>
        <source>The API&apos;s base address as OpenAI&apos;s clients take it: llama.cpp&apos;s server http://127.0.0.1:8080/v1, Ollama http://127.0.0.1:11434/v1, a hosted service&apos;s https address</source>
        <translation>Die Basisadresse der API, wie OpenAIs Clients sie nehmen: der Server von llama.cpp http://127.0.0.1:8080/v1, Ollama http://127.0.0.1:11434/v1, die https-Adresse eines gehosteten Dienstes</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="156"/>
        <source>the name the server knows it by, e.g. llama3.1:8b</source>
        <translation>der Name, unter dem der Server es kennt, z. B. llama3.1:8b</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="160"/>
        <source>unchanged (a local server needs none)</source>
        <translation>unverändert (ein lokaler Server braucht keinen)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="164"/>
        <source>The language the ad copy and explanations are written in, as a code (de, es, en); empty: the program&apos;s</source>
        <translation>Die Sprache der Anzeigentexte und Erklärungen als Kürzel (de, es, en); leer: die des Programms</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="170"/>
        <source>How long the model may be silent; a local model on a CPU needs 60 s or more</source>
        <translation>Wie lange das Modell schweigen darf; ein lokales Modell auf einer CPU braucht 60 s oder mehr</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="173"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="174"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="175"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="177"/>
        <source>Off by default. The model writes ad copy for new campaigns (checked, with the template&apos;s beside it) and explains recommendations on request; it never sees or changes budgets, decisions or ids. A cycle waits for it at most as long as the policy says (Ad copy).</source>
        <translation>Standardmäßig aus. Das Modell schreibt Anzeigentexte für neue Kampagnen (geprüft, der Text der Vorlage daneben) und erklärt Empfehlungen auf Wunsch; Budgets, Entscheidungen und IDs sieht und ändert es nie. Ein Zyklus wartet höchstens so lange darauf, wie die Richtlinie sagt (Anzeigentext).</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="256"/>
        <source>Store: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="258"/>
        <source>Ad platform: %1</source>
        <translation>Werbeplattform: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="260"/>
        <source>Language model: %1</source>
        <translation>Sprachmodell: %1</translation>
    </message>
</context>
<context>
    <name>cp::DecisionQueuePane</name>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="134"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="202"/>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="205"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="208"/>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="210"/>
        <source>Filter by decision</source>
        <translation>Nach Entscheidung filtern</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="211"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="212"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="213"/>
        <source>Why: the selected recommendation&apos;s rationale</source>
        <translation>Warum: die Begründung der gewählten Empfehlung</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="223"/>
        <source>Only the newest %L1 decided recommendations are listed here (with every one that waits or whose send is not settled); &lt;code&gt;campaign-pilot queue list --all&lt;/code&gt; lists every one.</source>
        <translation>Hier stehen nur die neuesten %L1 entschiedenen Empfehlungen (dazu jede, die auf eine Entscheidung wartet oder deren Senden nicht abgeschlossen ist); &lt;code&gt;campaign-pilot queue list --all&lt;/code&gt; listet alle.</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="229"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="231"/>
        <location filename="../ui/decisionqueuepane.cpp" line="881"/>
        <source>Approve the selected recommendations (Ctrl+Enter): their actions are sent</source>
        <translation>Die gewählten Empfehlungen genehmigen (Strg+Eingabe): ihre Aktionen werden gesendet</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="232"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="234"/>
        <source>Reject the selected recommendations with a reason (Delete)</source>
        <translation>Die gewählten Empfehlungen mit Begründung ablehnen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="235"/>
        <source>Sn&amp;ooze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="237"/>
        <source>Hide the selected recommendations until a later time (S); they come back by themselves</source>
        <translation>Die gewählten Empfehlungen bis später ausblenden (S); sie kommen von selbst wieder</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="238"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="240"/>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="242"/>
        <source>&amp;Edit budget…</source>
        <translation>B&amp;udget bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="244"/>
        <source>Re&amp;try send</source>
        <translation>Senden &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="246"/>
        <location filename="../ui/decisionqueuepane.cpp" line="916"/>
        <source>&amp;Undo (needs approval)</source>
        <translation>Rü&amp;ckgängig machen (Genehmigung nötig)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="248"/>
        <source>&amp;Mark applied</source>
        <translation>Als ausgeführt &amp;markieren</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="249"/>
        <source>You checked the ad platform and the action is there: record it as done</source>
        <translation>Sie haben die Werbeplattform geprüft und die Aktion ist dort: als erledigt erfassen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="250"/>
        <source>&amp;Send again</source>
        <translation>N&amp;och einmal senden</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="251"/>
        <source>You checked the ad platform and the action is not there: send it again (same idempotency key)</source>
        <translation>Sie haben die Werbeplattform geprüft und die Aktion ist nicht dort: noch einmal senden (gleicher Idempotenzschlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="252"/>
        <source>Ad &amp;copy…</source>
        <translation>Anzeigen&amp;text…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="254"/>
        <source>Pick, edit or regenerate a new campaign&apos;s ad copy before approving it (Ctrl+Shift+C)</source>
        <translation>Den Anzeigentext einer neuen Kampagne vor der Genehmigung wählen, bearbeiten oder neu schreiben lassen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="255"/>
        <source>E&amp;xplain in plain words</source>
        <translation>In einfachen Worten &amp;erklären</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="257"/>
        <location filename="../ui/decisionqueuepane.cpp" line="902"/>
        <source>Ask the language model for a paragraph about this recommendation, shown beside the rule&apos;s own rationale (Ctrl+Shift+X)</source>
        <translation>Das Sprachmodell um einen Absatz zu dieser Empfehlung bitten, angezeigt neben der Begründung der Regel (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="283"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="286"/>
        <source>Why is #%1 rejected?</source>
        <translation>Warum wird #%1 abgelehnt?</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="290"/>
        <source>For an hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="291"/>
        <source>Until tomorrow morning</source>
        <translation>Bis morgen früh</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="292"/>
        <source>For a week</source>
        <translation>Für eine Woche</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="302"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="302"/>
        <source>Hide the selection:</source>
        <translation>Auswahl ausblenden:</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="594"/>
        <source>Edit budget</source>
        <translation>Budget bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="428"/>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="209"/>
        <source>Send needs you (failed or unconfirmed)</source>
        <translation>Senden braucht Sie (fehlgeschlagen oder unbestätigt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="284"/>
        <source>Why are %1 rejected? (one reason for all %n)</source>
        <translation>
            <numerusform>Warum wird %1 abgelehnt? (ein Grund für alle %n)</numerusform>
            <numerusform>Warum werden %1 abgelehnt? (ein Grund für alle %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="298"/>
        <source>%1 — it expires first (%2) and would not come back</source>
        <translation>%1 — sie läuft vorher ab (%2) und käme nicht wieder</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="333"/>
        <source>Not rejected: a rejection needs a reason (it goes into the audit log)</source>
        <translation>Nicht abgelehnt: eine Ablehnung braucht einen Grund (er kommt ins Audit-Protokoll)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="430"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="587"/>
        <source>Not rejected</source>
        <translation>Nicht abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="588"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="588"/>
        <source>#%1 rejected: %2</source>
        <translation>#%1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="594"/>
        <source>“%1” is not an amount (e.g. 25.00).</source>
        <translation>„%1“ ist kein Betrag (z. B. 25,00).</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="600"/>
        <source>Budget not changed</source>
        <translation>Budget nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="601"/>
        <source>Budget changed</source>
        <translation>Budget geändert</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="601"/>
        <source>#%1 now proposes %2 a day</source>
        <translation>#%1 schlägt jetzt %2 pro Tag vor</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="607"/>
        <source>Cannot retry</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="608"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="608"/>
        <source>The action is queued to send again</source>
        <translation>Die Aktion wartet darauf, erneut gesendet zu werden</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="615"/>
        <source>Not marked applied</source>
        <translation>Nicht als ausgeführt markiert</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="616"/>
        <source>Marked applied</source>
        <translation>Als ausgeführt markiert</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="616"/>
        <source>The action is recorded as done</source>
        <translation>Die Aktion ist als erledigt erfasst</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="622"/>
        <source>Cannot send again</source>
        <translation>Erneutes Senden nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="623"/>
        <source>Sending again</source>
        <translation>Wird erneut gesendet</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="623"/>
        <source>The action is queued to send again with the same key</source>
        <translation>Die Aktion wartet darauf, mit demselben Schlüssel erneut gesendet zu werden</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="630"/>
        <source>No rollback</source>
        <translation>Keine Rücknahme</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="631"/>
        <source>Rollback proposed</source>
        <translation>Rücknahme vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="631"/>
        <source>#%1 waits for approval: %2</source>
        <translation>#%1 wartet auf Genehmigung: %2</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="807"/>
        <source>Ad copy not changed</source>
        <translation>Anzeigentext nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="808"/>
        <source>Ad copy changed</source>
        <translation>Anzeigentext geändert</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="808"/>
        <source>#%1 now proposes: %2</source>
        <translation>#%1 schlägt jetzt vor: %2</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="876"/>
        <source>The ad platform cannot do this: %1</source>
        <translation>Die Werbeplattform kann das nicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="877"/>
        <source>%1 refused this change in its dry run, so approving it would fail: %2</source>
        <translation>%1 hat diese Änderung im Probelauf abgelehnt, eine Genehmigung würde daher fehlschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="880"/>
        <source>You approved #%1 already; the second approval must come from a different operator</source>
        <translation>Sie haben #%1 bereits genehmigt; die zweite Genehmigung muss von einer anderen Bedienperson kommen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="904"/>
        <source>No language model is connected to this live workspace (Agents ▸ Connections); it is off by default</source>
        <translation>Mit diesem Live-Arbeitsbereich ist kein Sprachmodell verbunden (Agenten ▸ Verbindungen); standardmäßig ist es aus</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="914"/>
        <source>&amp;Resume (needs approval)</source>
        <translation>&amp;Fortsetzen (Genehmigung nötig)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="915"/>
        <source>&amp;Restore previous budget (needs approval)</source>
        <translation>Vorheriges Budget wiederherstel&amp;len (Genehmigung nötig)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="931"/>
        <source>the Campaign Pilot API</source>
        <translation>der Campaign Pilot API</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="975"/>
        <source>&lt;p&gt;Ad: &lt;i&gt;%1&lt;/i&gt; — %2%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anzeige: &lt;i&gt;%1&lt;/i&gt; — %2%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="977"/>
        <source>written by the language model %1 (prompt %2), checked against the product&apos;s facts and the limits</source>
        <translation>geschrieben vom Sprachmodell %1 (Prompt %2), geprüft gegen die Angaben zum Produkt und die Grenzen</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="980"/>
        <source>edited by an operator</source>
        <translation>von einem Bearbeiter geändert</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="981"/>
        <source>from the template</source>
        <translation>aus der Vorlage</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="982"/>
        <source>&lt;p&gt;&lt;small&gt;Ad copy %1; %n version(s) to choose from (Ad copy…).&lt;/small&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;small&gt;Anzeigentext %1; %n Fassung zur Wahl (Anzeigentext…).&lt;/small&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;small&gt;Anzeigentext %1; %n Fassungen zur Wahl (Anzeigentext…).&lt;/small&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="990"/>
        <source>&lt;p&gt;&lt;b&gt;In plain words&lt;/b&gt; &lt;small&gt;(generated by the language model %1, prompt %2; the rule&apos;s rationale above decides)&lt;/small&gt;: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;In einfachen Worten&lt;/b&gt; &lt;small&gt;(erzeugt vom Sprachmodell %1, Prompt %2; es entscheidet die Begründung der Regel oben)&lt;/small&gt;: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="997"/>
        <source>&lt;p&gt;&lt;small&gt;Asking the language model for an explanation…&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Das Sprachmodell wird um eine Erklärung gebeten…&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="655"/>
        <location filename="../ui/decisionqueuepane.cpp" line="933"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="782"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="935"/>
        <source>the recorded data</source>
        <translation>den aufgezeichneten Daten</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="937"/>
        <source>the ad platform</source>
        <translation>der Werbeplattform</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="940"/>
        <source>creation</source>
        <translation>die Anlage</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="941"/>
        <source>pause</source>
        <translation>die Pausierung</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="942"/>
        <source>resume</source>
        <translation>die Fortsetzung</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="943"/>
        <source>budget change</source>
        <translation>die Budgetänderung</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="944"/>
        <source>action</source>
        <translation>die Aktion</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="946"/>
        <source>We could not confirm whether the %1 of %2 reached %3; check it there, then mark it applied or send it again.</source>
        <translation>Wir konnten nicht bestätigen, ob %1 von %2 bei %3 angekommen ist; dort prüfen, dann als ausgeführt markieren oder noch einmal senden.</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="954"/>
        <source>&lt;p&gt;Select a recommendation to see why it was made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Empfehlung auswählen, um zu sehen, warum sie gegeben wurde.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="955"/>
        <source>&lt;p&gt;%n recommendation(s) selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Empfehlung ausgewählt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Empfehlungen ausgewählt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="959"/>
        <source>&lt;h3&gt;#%1 %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;#%1 %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="960"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="961"/>
        <source>&lt;p&gt;Action: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;p&gt;Aktion: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="963"/>
        <source>, daily budget &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, Tagesbudget &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="965"/>
        <source> (now %1)</source>
        <translation> (jetzt %1)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="966"/>
        <source>Campaign Manager</source>
        <translation>Kampagnenmanager</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="967"/>
        <source>Campaign Creator</source>
        <translation>Kampagnenersteller</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="968"/>
        <source>Performance Analyst</source>
        <translation>Leistungsanalyst</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="970"/>
        <source>. Risk %1 of 100. Rule &lt;code&gt;%2&lt;/code&gt;, policy v%3, by the %4 agent.&lt;/p&gt;</source>
        <translation>. Risiko %1 von 100. Regel &lt;code&gt;%2&lt;/code&gt;, Richtlinie v%3, vom Agenten %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="994"/>
        <source>&lt;p style=&apos;color:#c01c28&apos;&gt;&lt;small&gt;%1.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c01c28&apos;&gt;&lt;small&gt;%1.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="999"/>
        <source>&lt;p&gt;Status: %1</source>
        <translation>&lt;p&gt;Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1001"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1003"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1005"/>
        <source> · sending: %1</source>
        <translation> · Senden: %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1007"/>
        <source> · &lt;b&gt;%1 of %2 approvals&lt;/b&gt; (by %3): a second, different operator must approve it before anything is sent</source>
        <translation> · &lt;b&gt;%1 von %2 Genehmigungen&lt;/b&gt; (von %3): ein zweiter, anderer Bearbeiter muss sie genehmigen, bevor etwas gesendet wird</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1012"/>
        <source> · approved by %1</source>
        <translation> · genehmigt von %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1012"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1014"/>
        <source> · &lt;span style=&apos;color:#c01c28&apos;&gt;%1&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#c01c28&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1017"/>
        <source> · expires %1&lt;/p&gt;</source>
        <translation> · läuft ab %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1021"/>
        <source>&lt;p&gt;%1&apos;s dry run (nothing changed): &lt;b&gt;accepted&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Probelauf bei %1 (nichts geändert): &lt;b&gt;angenommen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1024"/>
        <source>&lt;p style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 refused this change in its dry run&lt;/b&gt; (nothing changed): %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 hat diese Änderung im Probelauf abgelehnt&lt;/b&gt; (nichts geändert): %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1028"/>
        <source>&lt;p&gt;%1&apos;s dry run could not be made: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Probelauf bei %1 war nicht möglich: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1034"/>
        <source>&lt;table width=100%&gt;&lt;tr&gt;&lt;td valign=top&gt;&lt;b&gt;Inputs&lt;/b&gt;%1&lt;/td&gt;&lt;td valign=top&gt;&lt;b&gt;Thresholds&lt;/b&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table width=100%&gt;&lt;tr&gt;&lt;td valign=top&gt;&lt;b&gt;Eingangswerte&lt;/b&gt;%1&lt;/td&gt;&lt;td valign=top&gt;&lt;b&gt;Schwellen&lt;/b&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>cp::Dispatcher</name>
    <message>
        <location filename="../agents/dispatcher.cpp" line="431"/>
        <source>no ad platform to send to: its credentials are missing (Agents &gt; Connections)</source>
        <translation>keine Werbeplattform zum Senden: ihre Zugangsdaten fehlen (Agenten &gt; Verbindungen)</translation>
    </message>
</context>
<context>
    <name>cp::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="40"/>
        <location filename="../ui/importdialog.cpp" line="45"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="43"/>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="45"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="51"/>
        <source>UTF-8 / UTF-16 (detected)</source>
        <translation>UTF-8 / UTF-16 (erkannt)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="53"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="61"/>
        <source>Month first (default)</source>
        <translation>Monat zuerst (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="63"/>
        <source>Month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="65"/>
        <source>How the file writes dates with a slash, such as 01/11/2011. Dates written 2011-11-01 are read whatever this says.</source>
        <translation>Wie die Datei Daten mit Schrägstrich schreibt, etwa 01/11/2011. Daten wie 2011-11-01 werden unabhängig davon gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="71"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Read as:</source>
        <translation>Lesen als:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="97"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="100"/>
        <source>Stop at the first bad row (nothing is imported)</source>
        <translation>Bei der ersten fehlerhaften Zeile anhalten (nichts wird importiert)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="101"/>
        <source>Skip bad rows, count them and list them</source>
        <translation>Fehlerhafte Zeilen überspringen, zählen und auflisten</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="103"/>
        <source>Bad rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="108"/>
        <source>Ask me (nothing is imported until I choose)</source>
        <translation>Nachfragen (nichts wird importiert, bis ich wähle)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="109"/>
        <source>Add the file&apos;s figures to the workspace&apos;s (a file of other products or ads on the same days)</source>
        <translation>Die Zahlen der Datei zu denen des Arbeitsbereichs addieren (eine Datei mit anderen Produkten oder Anzeigen an denselben Tagen)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="110"/>
        <source>Replace those days with the file&apos;s figures (a report downloaded again)</source>
        <translation>Diese Tage durch die Zahlen der Datei ersetzen (ein erneut heruntergeladener Bericht)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="115"/>
        <source>Days the workspace already has</source>
        <translation>Tage, die der Arbeitsbereich schon hat</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="127"/>
        <location filename="../ui/importdialog.cpp" line="130"/>
        <source>Currency of the amounts</source>
        <translation>Währung der Beträge</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="139"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="151"/>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="162"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="174"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="199"/>
        <source>(bad row at line %1: %2)</source>
        <translation>(fehlerhafte Zeile in Zeile %1: %2)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="207"/>
        <source>%1-separated, %2</source>
        <translation>getrennt durch %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="222"/>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="230"/>
        <source>From the recording&apos;s manifest.json beside the file. This workspace has no currency yet: it takes this one.</source>
        <translation>Aus der manifest.json der Aufzeichnung neben der Datei. Dieser Arbeitsbereich hat noch keine Währung: er übernimmt diese.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="244"/>
        <source>No clear importer: %1. Choose one under &quot;Read as&quot;.</source>
        <translation>Kein eindeutiger Importer: %1. Unter &quot;Lesen als&quot; einen wählen.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="246"/>
        <source>Detected: %1.</source>
        <translation>Erkannt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="264"/>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="264"/>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="270"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="289"/>
        <source>Name the currency of the file&apos;s amounts (three letters, e.g. GBP).</source>
        <translation>Geben Sie die Währung der Beträge der Datei an (drei Buchstaben, z. B. GBP).</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="291"/>
        <source>Choose the importer that reads this file.</source>
        <translation>Den Importer wählen, der diese Datei liest.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="293"/>
        <source>Ready: %1 columns mapped.</source>
        <translation>Bereit: %1 Spalten zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="294"/>
        <source>Choose a column for: %1</source>
        <translation>Eine Spalte wählen für: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="318"/>
        <source>This workspace has no currency yet: it takes this one (ISO 4217, e.g. GBP, EUR, USD).</source>
        <translation>Dieser Arbeitsbereich hat noch keine Währung: er übernimmt diese (ISO 4217, z. B. GBP, EUR, USD).</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="322"/>
        <source>The workspace&apos;s currency: a file in another belongs in a workspace of its own.</source>
        <translation>Die Währung des Arbeitsbereichs: eine Datei in einer anderen gehört in einen eigenen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>cp::LiveFetch</name>
    <message>
        <location filename="../agents/live/livefetch.h" line="191"/>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
</context>
<context>
    <name>cp::LiveLink</name>
    <message>
        <location filename="../ui/livelink.cpp" line="68"/>
        <source>Secrets kept for this session only: %1</source>
        <translation>Geheimnisse nur für diese Sitzung behalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="87"/>
        <source>Language model: no API key is stored for this connection (without a keychain it was kept for one session only), so requests go without one; type it again in Agents ▸ Connections or set CP_LLM_API_KEY.</source>
        <translation>Sprachmodell: Für diese Verbindung ist kein API-Schlüssel gespeichert (ohne Schlüsselbund galt er nur für eine Sitzung), Anfragen gehen also ohne; erneut unter Agenten ▸ Verbindungen eingeben oder CP_LLM_API_KEY setzen.</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="91"/>
        <source>No language model: the template writes the ad copy.</source>
        <translation>Kein Sprachmodell: die Vorlage schreibt den Anzeigentext.</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="120"/>
        <source>Sending is busy; the new platform applies after it</source>
        <translation>Es wird gerade gesendet; die neue Plattform gilt danach</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="138"/>
        <source>Sends: nowhere</source>
        <translation>Sendet: nirgendwohin</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="139"/>
        <source>Sends: recorded backend (replay)</source>
        <translation>Sendet: aufgezeichnetes Backend (Wiedergabe)</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="140"/>
        <source>Sends: %1 %2</source>
        <translation>Sendet: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="145"/>
        <source>Sends: no ad platform connected</source>
        <translation>Sendet: keine Werbeplattform verbunden</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="145"/>
        <source>Connect an ad platform in Agents ▸ Connections; until then nothing is sent.</source>
        <translation>Eine Werbeplattform unter Agenten ▸ Verbindungen verbinden; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="150"/>
        <source>Sends: no credentials</source>
        <translation>Sendet: keine Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="165"/>
        <source>credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="188"/>
        <source>%1 not answering (paused)</source>
        <translation>%1 antwortet nicht (pausiert)</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="189"/>
        <source>%1 trying again</source>
        <translation>%1 wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="190"/>
        <source>%1 ok</source>
        <translation>%1 ok</translation>
    </message>
</context>
<context>
    <name>cp::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>daily campaign figures</source>
        <translation>tägliche Kampagnenzahlen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>the sales uplift of ads</source>
        <translation>die Umsatzsteigerung durch Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <location filename="../ui/mainwindow.cpp" line="752"/>
        <source>Campaign Pilot</source>
        <translation>Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Opening the store…</source>
        <translation>Datenbestand wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <location filename="../ui/mainwindow.cpp" line="750"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="680"/>
        <source>Not all were approved</source>
        <translation>Nicht alle wurden genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="683"/>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>%n action(s) approved and queued to send</source>
        <translation>
            <numerusform>%n Aktion genehmigt und zum Senden eingereiht</numerusform>
            <numerusform>%n Aktionen genehmigt und zum Senden eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Ca&amp;mpaigns</source>
        <translation>Kampag&amp;nen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Cha&amp;rts</source>
        <translation>Diag&amp;ramme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Aud&amp;it log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>My shop</source>
        <translation>Mein Shop</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Imported data</source>
        <translation>Importierte Daten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Language model off: %1</source>
        <translation>Sprachmodell aus: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Your name for the audit log (asked once; Settings changes it):</source>
        <translation>Ihr Name für das Prüfprotokoll (einmal gefragt; in den Einstellungen änderbar):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Operator name</source>
        <translation>Name des Bearbeiters</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>Save and approve</source>
        <translation>Speichern und genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>a name is needed: it goes into the audit log</source>
        <translation>ein Name ist nötig: er kommt ins Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Save the ad copy</source>
        <translation>Anzeigentext speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Policy update not approved</source>
        <translation>Richtlinienänderung nicht genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Policy update approved</source>
        <translation>Richtlinienänderung genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Policy update not rejected</source>
        <translation>Richtlinienänderung nicht abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Policy update rejected</source>
        <translation>Richtlinienänderung abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>The policy in effect stays</source>
        <translation>Die geltende Richtlinie bleibt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Save and reject</source>
        <translation>Speichern und ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <location filename="../ui/mainwindow.cpp" line="1104"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>New live workspace</source>
        <translation>Neuer Live-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>A name for the workspace (one per shop and ad account):</source>
        <translation>Ein Name für den Arbeitsbereich (einer pro Shop und Werbekonto):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="436"/>
        <location filename="../ui/mainwindow.cpp" line="753"/>
        <source>%1 (%2) — Campaign Pilot</source>
        <translation>%1 (%2) — Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <location filename="../ui/mainwindow.cpp" line="1261"/>
        <location filename="../ui/mainwindow.cpp" line="1289"/>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich ist geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Open &amp;team workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Open recording (a folder with manifest.json)</source>
        <translation>Aufzeichnung öffnen (ein Ordner mit manifest.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Open the &amp;demo recording</source>
        <translation>&amp;Demo-Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>&amp;Export recording…</source>
        <translation>Aufzeichnung &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>Export recording</source>
        <translation>Aufzeichnung exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>The workspace&apos;s currency is not known yet. The currency of its amounts (ISO 4217, e.g. GBP):</source>
        <translation>Die Währung des Arbeitsbereichs ist noch nicht bekannt. Die Währung seiner Beträge (ISO 4217, z. B. GBP):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>Export recording into folder</source>
        <translation>Aufzeichnung in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>&amp;Agents</source>
        <translation>Agen&amp;ten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>&amp;Run cycle</source>
        <translation>Zyklus &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="543"/>
        <source>No cycle while the emergency stop is on: resume first (the button at the top right)</source>
        <translation>Kein Zyklus, solange der Notstopp aktiv ist: erst fortsetzen (die Schaltfläche oben rechts)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Cycle started</source>
        <translation>Zyklus gestartet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>&amp;Cancel cycle</source>
        <translation>Zyklus a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>Refresh &amp;live data</source>
        <translation>&amp;Live-Daten aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560"/>
        <source>Fetch the live store and ad platform into the store (F6); then run a cycle</source>
        <translation>Live-Shop und Werbeplattform in den Datenbestand abrufen (F6); dann einen Zyklus starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="561"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>Emergency stop / resume</source>
        <translation>Notstopp / fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <location filename="../ui/mainwindow.cpp" line="603"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>Resume the agents and sending of approved actions?</source>
        <translation>Agenten und das Senden genehmigter Aktionen fortsetzen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>&amp;About Campaign Pilot</source>
        <translation>Ü&amp;ber Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>About Campaign Pilot</source>
        <translation>Über Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>&lt;h3&gt;Campaign Pilot %1&lt;/h3&gt;&lt;p&gt;Agents propose and evaluate ad campaigns; nothing that spends or stops money is sent without an operator&apos;s approval.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Campaign Pilot %1&lt;/h3&gt;&lt;p&gt;Agenten schlagen Werbekampagnen vor und bewerten sie; nichts, was Geld ausgibt oder stoppt, wird ohne Genehmigung eines Bearbeiters gesendet.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>On this local workspace a name is typed, not a login: the second approval must be another person&apos;s. A team workspace checks each operator&apos;s login.</source>
        <translation>In diesem lokalen Arbeitsbereich ist ein Name eingetippt, keine Anmeldung: die zweite Genehmigung muss von einer anderen Person kommen. Ein Team-Arbeitsbereich prüft die Anmeldung jedes Bedieners.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="688"/>
        <source>Approval recorded</source>
        <translation>Genehmigung erfasst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>The emergency stop is on: what is approved waits and is sent after Resume</source>
        <translation>Der Notstopp ist aktiv: Genehmigtes wartet und wird nach dem Fortsetzen gesendet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="863"/>
        <source>Not told of other people&apos;s changes to the queue: %1</source>
        <translation>Keine Meldung über Änderungen anderer an der Warteschlange: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="948"/>
        <source>&lt;b&gt;Team workspace&lt;/b&gt; “%1” on %2 (shared: everyone on the team sees this queue)</source>
        <translation>&lt;b&gt;Team-Arbeitsbereich&lt;/b&gt; „%1“ auf %2 (geteilt: alle im Team sehen diese Warteschlange)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="963"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="977"/>
        <source>%1 — figures from imported files, no connection: Agents ▸ Connections for your shop and ad account. Nothing can be sent until an ad platform is connected.</source>
        <translation>%1 — Zahlen aus importierten Dateien, keine Verbindung: Agenten ▸ Verbindungen für Ihren Shop und Ihr Werbekonto. Nichts kann gesendet werden, bis eine Werbeplattform verbunden ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="982"/>
        <source>Their currency is not known, so amounts are shown without a symbol: import with the currency set (File ▸ Import CSV) or connect the shop to name it.</source>
        <translation>Ihre Währung ist nicht bekannt, daher werden Beträge ohne Symbol gezeigt: mit gesetzter Währung importieren (Datei ▸ CSV importieren) oder den Shop verbinden, um sie festzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1010"/>
        <source>%1.

Give this copy an identity of its own, or close it?</source>
        <translation>%1.

Dieser Kopie eine eigene Identität geben oder sie schließen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1014"/>
        <source>&amp;Give it its own identity</source>
        <translation>Eigene &amp;Identität geben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1015"/>
        <source>&amp;Close it</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1020"/>
        <source>Giving the copy an identity of its own…</source>
        <translation>Die Kopie bekommt eine eigene Identität…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1143"/>
        <source>reading the store</source>
        <translation>Datenbestand wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1144"/>
        <source>Campaign Creator</source>
        <translation>Kampagnenersteller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1145"/>
        <source>Performance Analyst</source>
        <translation>Leistungsanalyst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1146"/>
        <source>Campaign Manager</source>
        <translation>Kampagnenmanager</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1147"/>
        <source>saving the recommendations</source>
        <translation>Empfehlungen werden gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1151"/>
        <source>Cycle: %1…</source>
        <translation>Zyklus: %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1157"/>
        <source>Cycle failed: %1</source>
        <translation>Zyklus fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1159"/>
        <source>Cycle cancelled; nothing was queued</source>
        <translation>Zyklus abgebrochen; nichts wurde eingereiht</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1165"/>
        <source>Cycle done as of %1: %n recommendation(s) wait in Decisions</source>
        <translation>
            <numerusform>Zyklus mit Stand %1 fertig: %n Empfehlung wartet unter Entscheidungen</numerusform>
            <numerusform>Zyklus mit Stand %1 fertig: %n Empfehlungen warten unter Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1169"/>
        <source>; %n active campaign(s) not judged — %1</source>
        <translation>
            <numerusform>; %n aktive Kampagne nicht bewertet — %1</numerusform>
            <numerusform>; %n aktive Kampagnen nicht bewertet — %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1173"/>
        <source>As of %1: %2.</source>
        <translation>Stand %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1177"/>
        <source>as of %1: %2</source>
        <translation>Stand %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1187"/>
        <source> — stopped by the emergency stop</source>
        <translation> — durch den Not-Aus gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1228"/>
        <source>■ STOPPED HERE, NOT SAVED — Resume…</source>
        <translation>■ HIER GESTOPPT, NICHT GESPEICHERT — Fortsetzen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1229"/>
        <source>■ STOPPED — Resume…</source>
        <translation>■ GESTOPPT — Fortsetzen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1230"/>
        <source>■ EMERGENCY STOP</source>
        <translation>■ NOT-AUS</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1231"/>
        <source>This window is halted; the workspace&apos;s stop is not stored yet (the store cannot be written), so other windows and stations may go on. It is stored as soon as the store can be written (tried every %n second(s)). Click to resume.</source>
        <translation>
            <numerusform>Dieses Fenster ist angehalten; der Stopp des Arbeitsbereichs ist noch nicht gespeichert (der Speicher kann nicht beschrieben werden), andere Fenster und Stationen können also weiterlaufen. Er wird gespeichert, sobald der Speicher beschrieben werden kann (Versuch alle %n Sekunde). Klicken zum Fortsetzen.</numerusform>
            <numerusform>Dieses Fenster ist angehalten; der Stopp des Arbeitsbereichs ist noch nicht gespeichert (der Speicher kann nicht beschrieben werden), andere Fenster und Stationen können also weiterlaufen. Er wird gespeichert, sobald der Speicher beschrieben werden kann (Versuch alle %n Sekunden). Klicken zum Fortsetzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1235"/>
        <source>Agents and sending are halted. Click to resume.</source>
        <translation>Agenten und Senden sind angehalten. Zum Fortsetzen klicken.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1236"/>
        <source>Halt the agents and every send now (Ctrl+Shift+Esc)</source>
        <translation>Agenten und jedes Senden sofort anhalten (Strg+Umschalt+Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>%n pending action(s) refused by the ad platform&apos;s dry run: see Decisions</source>
        <translation>
            <numerusform>%n offene Aktion im Probelauf der Werbeplattform abgelehnt: siehe Entscheidungen</numerusform>
            <numerusform>%n offene Aktionen im Probelauf der Werbeplattform abgelehnt: siehe Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1446"/>
        <location filename="../ui/mainwindow.cpp" line="1457"/>
        <source>Emergency stop</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1457"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1446"/>
        <location filename="../ui/mainwindow.cpp" line="1458"/>
        <source>Agents and sending are halted</source>
        <translation>Agenten und Senden sind angehalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1458"/>
        <source>Agents and sending may run again</source>
        <translation>Agenten und Senden dürfen wieder laufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1301"/>
        <location filename="../ui/mainwindow.cpp" line="1334"/>
        <location filename="../ui/mainwindow.cpp" line="1375"/>
        <location filename="../ui/mainwindow.cpp" line="1409"/>
        <location filename="../ui/mainwindow.cpp" line="1471"/>
        <source>Busy with the store; try again in a moment</source>
        <translation>Der Datenbestand ist beschäftigt; gleich noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&amp;New live workspace…</source>
        <translation>&amp;Neuer Live-Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>Campaign Pilot workspaces (*.sqlite);;All files (*)</source>
        <translation>Campaign-Pilot-Arbeitsbereiche (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Open re&amp;cording…</source>
        <translation>&amp;Aufzeichnung öffnen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>Campaign Pilot — %n decision(s) wait</source>
        <translation>
            <numerusform>Campaign Pilot — %n Entscheidung wartet</numerusform>
            <numerusform>Campaign Pilot — %n Entscheidungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="750"/>
        <source>&amp;Decisions (%1)</source>
        <translation>&amp;Entscheidungen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="751"/>
        <source>%n decision(s) wait for you</source>
        <translation>
            <numerusform>%n Entscheidung wartet auf Sie</numerusform>
            <numerusform>%n Entscheidungen warten auf Sie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="950"/>
        <source>&lt;b&gt;Live workspace&lt;/b&gt; “%1”</source>
        <translation>&lt;b&gt;Live-Arbeitsbereich&lt;/b&gt; „%1“</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="951"/>
        <source>&lt;b&gt;Replay workspace&lt;/b&gt; “%1” — approved actions go only to the recorded backend; nothing here reaches a network</source>
        <translation>&lt;b&gt;Wiedergabe-Arbeitsbereich&lt;/b&gt; „%1“ — genehmigte Aktionen gehen nur an das aufgezeichnete Backend; nichts hier erreicht ein Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="959"/>
        <source>%1.&lt;br&gt;Recording &lt;b&gt;%2&lt;/b&gt; (%3 – %4, %5). &lt;i&gt;Modelled, not recorded:&lt;/i&gt; %6. Hover a column header marked “modelled” for how.</source>
        <translation>%1.&lt;br&gt;Aufzeichnung &lt;b&gt;%2&lt;/b&gt; (%3 – %4, %5). &lt;i&gt;Modelliert, nicht aufgezeichnet:&lt;/i&gt; %6. Über eine mit „modelliert“ markierte Spaltenüberschrift fahren, um zu sehen, wie.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="965"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="968"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="970"/>
        <source>%1 — store: %2; ad platform: %3. Approved actions go to the ad platform. Agents ▸ Refresh live data (F6) takes a snapshot; File ▸ Export recording keeps the snapshots for offline replay.</source>
        <translation>%1 — Shop: %2; Werbeplattform: %3. Genehmigte Aktionen gehen an die Werbeplattform. Agenten ▸ Live-Daten aktualisieren (F6) macht einen Abruf; Datei ▸ Aufzeichnung exportieren behält die Abrufe für die Offline-Wiedergabe.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="986"/>
        <source>%1 — no connection yet: Agents ▸ Connections for your shop and ad account, or File ▸ Import CSV for your own exports. Nothing can be sent until an ad platform is connected.</source>
        <translation>%1 — noch keine Verbindung: Agenten ▸ Verbindungen für Ihren Shop und Ihr Werbekonto oder Datei ▸ CSV importieren für Ihre eigenen Exporte. Nichts kann gesendet werden, bis eine Werbeplattform verbunden ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="996"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="998"/>
        <source>Workspace file: %1</source>
        <translation>Arbeitsbereichsdatei: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1062"/>
        <source>%1.

Add the file&apos;s figures to the workspace&apos;s, replace those days with the file&apos;s, or stop (nothing is imported)?</source>
        <translation>%1.

Die Zahlen der Datei zu denen des Arbeitsbereichs addieren, diese Tage durch die der Datei ersetzen oder abbrechen (nichts wird importiert)?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1065"/>
        <source>&amp;Add</source>
        <translation>&amp;Addieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1066"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1067"/>
        <source>&amp;Stop</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1181"/>
        <source>%n new recommendation(s)</source>
        <translation>
            <numerusform>%n neue Empfehlung</numerusform>
            <numerusform>%n neue Empfehlungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1182"/>
        <source>Campaign Pilot: %1 — review them in Decisions</source>
        <translation>Campaign Pilot: %1 — unter Entscheidungen prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1187"/>
        <source>Sending: %1</source>
        <translation>Senden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1252"/>
        <source>Agents and sending are halted.</source>
        <translation>Agenten und Senden sind angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1252"/>
        <source>Agents and sending may run.</source>
        <translation>Agenten und Senden dürfen laufen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1253"/>
        <source>%1; an operator stops or resumes them</source>
        <translation>%1; ein Operator hält sie an oder setzt sie fort</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1267"/>
        <source>Connections of “%1”</source>
        <translation>Verbindungen von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1275"/>
        <source>Not forgotten</source>
        <translation>Nicht vergessen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1276"/>
        <source>Ad platform limits forgotten</source>
        <translation>Grenzen der Werbeplattform vergessen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1276"/>
        <source>The next send asks %1 again</source>
        <translation>Das nächste Senden fragt %1 erneut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1295"/>
        <source>No live connection: Agents ▸ Connections…</source>
        <translation>Keine Live-Verbindung: Agenten ▸ Verbindungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1304"/>
        <source>Reading credentials…</source>
        <translation>Zugangsdaten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1309"/>
        <location filename="../ui/mainwindow.cpp" line="1322"/>
        <source>Live data not fetched</source>
        <translation>Live-Daten nicht abgerufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1326"/>
        <source>Live data fetched</source>
        <translation>Live-Daten abgerufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1327"/>
        <source>%1 products, %2 product days, %3 campaigns, %4 campaign days%5</source>
        <translation>%1 Produkte, %2 Produkttage, %3 Kampagnen, %4 Kampagnentage%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1329"/>
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n fehlgeschlagen</numerusform>
            <numerusform>; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1336"/>
        <source>Fetching live data…</source>
        <translation>Live-Daten werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1346"/>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1352"/>
        <source>Recording not exported: the workspace&apos;s currency is not known yet; give the currency of its amounts (ISO 4217, three letters, e.g. GBP)</source>
        <translation>Aufzeichnung nicht exportiert: die Währung des Arbeitsbereichs ist noch nicht bekannt; die Währung seiner Beträge angeben (ISO 4217, drei Buchstaben, z. B. GBP)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1364"/>
        <source>Recording not exported</source>
        <translation>Aufzeichnung nicht exportiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1365"/>
        <source>Recording exported</source>
        <translation>Aufzeichnung exportiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1366"/>
        <source>%1 (%2 – %3); File ▸ Open recording replays it offline</source>
        <translation>%1 (%2 – %3); Datei ▸ Aufzeichnung öffnen spielt sie offline ab</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1373"/>
        <source>Exporting the recording…</source>
        <translation>Aufzeichnung wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1389"/>
        <source>The log could not be verified: %1</source>
        <translation>Das Protokoll konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1390"/>
        <source>Audit log not verified</source>
        <translation>Audit-Protokoll nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1393"/>
        <source>Entry %1 (%2, %3) does not match: %4. It was changed, removed or inserted after it was written; %n entry(ies) before it verified.</source>
        <translation>
            <numerusform>Eintrag %1 (%2, %3) stimmt nicht: %4. Er wurde nach dem Schreiben geändert, entfernt oder eingefügt; %n Eintrag davor geprüft.</numerusform>
            <numerusform>Eintrag %1 (%2, %3) stimmt nicht: %4. Er wurde nach dem Schreiben geändert, entfernt oder eingefügt; %n Einträge davor geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1399"/>
        <source>The audit log was changed</source>
        <translation>Das Audit-Protokoll wurde geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1401"/>
        <source>%n entry(ies) verified: the chain is intact. Newest hash %1 (keep it elsewhere to notice a log rewritten as a whole).</source>
        <translation>
            <numerusform>%n Eintrag geprüft: die Kette ist intakt. Neuester Hash %1 (bewahren Sie ihn anderswo auf, um ein komplett neu geschriebenes Protokoll zu bemerken).</numerusform>
            <numerusform>%n Einträge geprüft: die Kette ist intakt. Neuester Hash %1 (bewahren Sie ihn anderswo auf, um ein komplett neu geschriebenes Protokoll zu bemerken).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1406"/>
        <source>Audit log verified</source>
        <translation>Audit-Protokoll geprüft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1412"/>
        <source>Verifying the audit log…</source>
        <translation>Audit-Protokoll wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1451"/>
        <source>Emergency stop not saved</source>
        <translation>Notstopp nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1451"/>
        <source>Not resumed</source>
        <translation>Nicht fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1455"/>
        <source>The workspace stays stopped: %1</source>
        <translation>Der Arbeitsbereich bleibt angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1043"/>
        <location filename="../ui/mainwindow.cpp" line="1475"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1452"/>
        <source>Agents and sending are halted in this window only; the workspace&apos;s stop could not be stored: %1. It is stored as soon as the store can be written.</source>
        <translation>Agenten und Senden sind nur in diesem Fenster angehalten; der Stopp des Arbeitsbereichs konnte nicht gespeichert werden: %1. Er wird gespeichert, sobald der Speicher beschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1467"/>
        <source>Saved as soon as the store is free…</source>
        <translation>Wird gespeichert, sobald der Datenbestand frei ist…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1507"/>
        <source>Name not recorded</source>
        <translation>Name nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1508"/>
        <source>Name changed</source>
        <translation>Name geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1508"/>
        <source>Approvals from now on are %1&apos;s (was %2); the audit log says so</source>
        <translation>Genehmigungen sind ab jetzt von %1 (war %2); das Audit-Protokoll vermerkt es</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1540"/>
        <source>Policy not saved</source>
        <translation>Richtlinie nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1541"/>
        <source>Policy saved</source>
        <translation>Richtlinie gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <location filename="../ui/mainwindow.cpp" line="1541"/>
        <source>Version %1 applies from the next cycle</source>
        <translation>Version %1 gilt ab dem nächsten Zyklus</translation>
    </message>
</context>
<context>
    <name>cp::OverviewPane</name>
    <message>
        <location filename="../ui/overviewpane.cpp" line="24"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="25"/>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="26"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="27"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="28"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="29"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="34"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="35"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="41"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="52"/>
        <source>Spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="52"/>
        <source>What the campaigns cost in the range</source>
        <translation>Was die Kampagnen im Zeitraum gekostet haben</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="53"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="53"/>
        <source>Revenue the ad platform attributes to the campaigns</source>
        <translation>Umsatz, den die Werbeplattform den Kampagnen zuordnet</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="54"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="54"/>
        <source>Revenue ÷ spend: 1.0× earns back exactly what it costs</source>
        <translation>Umsatz ÷ Werbeausgaben: 1,0× spielt genau ein, was es kostet</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="55"/>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="55"/>
        <source>Revenue − spend (before the products&apos; own costs)</source>
        <translation>Umsatz − Werbeausgaben (vor den eigenen Kosten der Produkte)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>Decisions waiting</source>
        <translation>Offene Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>Recommendations that need your approval</source>
        <translation>Empfehlungen, die Ihre Genehmigung brauchen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="79"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="132"/>
        <source>in Decisions</source>
        <translation>unter Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="132"/>
        <source>nothing waits</source>
        <translation>nichts offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpane.cpp" line="135"/>
        <source>%n send(s) failed or unconfirmed: Decisions ▸ Send needs you</source>
        <translation>
            <numerusform>%n Sendung fehlgeschlagen oder unbestätigt: Entscheidungen ▸ Senden braucht Sie</numerusform>
            <numerusform>%n Sendungen fehlgeschlagen oder unbestätigt: Entscheidungen ▸ Senden braucht Sie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="199"/>
        <source>No campaign figures in this range: the newest are of %1. Choose Custom for a range that ends then, or bring newer figures in (File ▸ Import, or a live snapshot).</source>
        <translation>Keine Kampagnenzahlen in diesem Zeitraum: die neuesten sind vom %1. Wählen Sie „Benutzerdefiniert“ für einen Zeitraum, der dann endet, oder holen Sie neuere Zahlen (Datei ▸ Importieren oder ein Live-Abruf).</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="213"/>
        <source>%1×</source>
        <comment>ROAS as a multiple of spend</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="215"/>
        <source>vs %1 – %2</source>
        <translation>vs. %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="225"/>
        <source>now a loss</source>
        <translation>jetzt ein Verlust</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="225"/>
        <source>now a gain</source>
        <translation>jetzt ein Gewinn</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="228"/>
        <source>%1: %2 (no change to measure)</source>
        <translation>%1: %2 (keine Veränderung messbar)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="245"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpane.cpp" line="248"/>
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n Tag)</numerusform>
            <numerusform>%1 – %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpane.cpp" line="250"/>
        <source>, %n campaign(s) with spend</source>
        <translation>
            <numerusform>, %n Kampagne mit Werbeausgaben</numerusform>
            <numerusform>, %n Kampagnen mit Werbeausgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::PolicyForm</name>
    <message>
        <location filename="../ui/policyform.cpp" line="84"/>
        <source>an amount, e.g. 20.00 (%1 … %2)</source>
        <translation>ein Betrag, z. B. 20.00 (%1 … %2)</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="97"/>
        <source>Allowed: %1 … %2</source>
        <translation>Erlaubt: %1 … %2</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="196"/>
        <source>policy form</source>
        <translation>Richtlinienformular</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="216"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="225"/>
        <source>No change against version %1 in effect.</source>
        <translation>Keine Änderung gegenüber der geltenden Version %1.</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="226"/>
        <source>Changes against version %1 in effect: %2</source>
        <translation>Änderungen gegenüber der geltenden Version %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="228"/>
        <source>Cannot be saved: %1</source>
        <translation>Kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>cp::PolicyProposalBar</name>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="18"/>
        <source>Approve policy update</source>
        <translation>Richtlinienänderung genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="18"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="29"/>
        <source>Store the proposed policy as a new version; the next cycle decides with it. Audited.</source>
        <translation>Die vorgeschlagene Richtlinie als neue Version speichern; der nächste Zyklus entscheidet damit. Protokolliert.</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="30"/>
        <source>Keep the policy in effect; the Analyst proposes again only after new evaluations. Audited.</source>
        <translation>Die geltende Richtlinie behalten; der Analyst schlägt erst nach neuen Bewertungen erneut vor. Protokolliert.</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="40"/>
        <source>Reject the policy update</source>
        <translation>Richtlinienänderung ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="41"/>
        <source>Why? (goes into the audit log; the Analyst proposes again only after new evaluations)</source>
        <translation>Warum? (kommt ins Prüfprotokoll; der Analyst schlägt erst nach neuen Bewertungen erneut vor)</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="66"/>
        <source>The Analyst proposes a policy update (version %1 → %2)</source>
        <translation>Der Analyst schlägt eine Richtlinienänderung vor (Version %1 → %2)</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="75"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="75"/>
        <source>In effect</source>
        <translation>Geltend</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="75"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="85"/>
        <source>Backtest on this workspace&apos;s history, %1 to %2:</source>
        <translation>Backtest auf der Historie dieses Arbeitsbereichs, %1 bis %2:</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="92"/>
        <source>In effect (v%1)</source>
        <translation>Geltend (v%1)</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="92"/>
        <source>Proposed (v%1)</source>
        <translation>Vorgeschlagen (v%1)</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="99"/>
        <source>Incremental profit</source>
        <translation>Zusätzlicher Gewinn</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="100"/>
        <source>Attributed profit</source>
        <translation>Zugeschriebener Gewinn</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="101"/>
        <source>Ad spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="102"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>cp::QueueListener</name>
    <message>
        <location filename="../models/queuelistener.cpp" line="139"/>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist abgebrochen</translation>
    </message>
</context>
<context>
    <name>cp::RecommendationModel</name>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="71"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="72"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="73"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="74"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="75"/>
        <source>Superseded</source>
        <translation>Überholt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="81"/>
        <source>Queued to send</source>
        <translation>Zum Senden eingereiht</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="82"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="83"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="84"/>
        <source>Unknown — check the platform</source>
        <translation>Unbekannt — Plattform prüfen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="85"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="92"/>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="93"/>
        <source>Create campaign</source>
        <translation>Kampagne anlegen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="94"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="95"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="96"/>
        <source>Set budget</source>
        <translation>Budget setzen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="103"/>
        <source>Pause now — losing money</source>
        <translation>Sofort pausieren — verliert Geld</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="106"/>
        <source>Pause — performance fell</source>
        <translation>Pausieren — Leistung gesunken</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="107"/>
        <source>Pause — below break-even</source>
        <translation>Pausieren — unter der Gewinnschwelle</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="108"/>
        <source>Pause — costs more than it adds</source>
        <translation>Pausieren — kostet mehr, als sie bringt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="109"/>
        <source>Pause — not worth its spend</source>
        <translation>Pausieren — die Ausgaben lohnen nicht</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="111"/>
        <source>Keep running — it works</source>
        <translation>Weiterlaufen lassen — funktioniert</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="112"/>
        <source>Improve — review copy and targeting</source>
        <translation>Verbessern — Anzeigentext und Targeting prüfen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="113"/>
        <source>Watch — not clear yet</source>
        <translation>Beobachten — noch unklar</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="114"/>
        <source>Start a campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="115"/>
        <source>Undo a sent action</source>
        <translation>Gesendete Aktion zurücknehmen</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="133"/>
        <source>high confidence</source>
        <translation>hohe Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="134"/>
        <source>medium confidence</source>
        <translation>mittlere Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="135"/>
        <source>low confidence</source>
        <translation>niedrige Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="140"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="141"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="142"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="163"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="187"/>
        <source>Watch — held back by a safeguard</source>
        <translation>Beobachten — von einer Schutzregel zurückgehalten</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="194"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="200"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="206"/>
        <source>%1 of %2 approvals (by %3)</source>
        <translation>%1 von %2 Genehmigungen (von %3)</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="211"/>
        <source>For information</source>
        <translation>Zur Information</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/recommendationmodel.cpp" line="239"/>
        <source>No daily figures for the last %n day(s)</source>
        <translation>
            <numerusform>Keine Tageszahlen für den letzten %n Tag</numerusform>
            <numerusform>Keine Tageszahlen für die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="243"/>
        <source>Revenue a day, %1 – %2: %3 in all</source>
        <translation>Umsatz pro Tag, %1 – %2: insgesamt %3</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="245"/>
        <source>Conversions a day, %1 – %2: %3 in all</source>
        <translation>Conversions pro Tag, %1 – %2: insgesamt %3</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="247"/>
        <source>Units sold a day, %1 – %2: %3 in all</source>
        <translation>Verkaufte Stück pro Tag, %1 – %2: insgesamt %3</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="255"/>
        <source>Approved by %1. The policy asks for four eyes: a second, different operator must approve it before anything is sent.</source>
        <translation>Genehmigt von %1. Die Richtlinie verlangt vier Augen: Ein zweiter, anderer Bearbeiter muss sie genehmigen, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="261"/>
        <source>No estimate: the action changes no money, or nothing was spent yet</source>
        <translation>Keine Schätzung: die Aktion ändert keine Beträge, oder es wurde noch nichts ausgegeben</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="262"/>
        <source>Expected %1 a day (90 % interval %2 to %3), %4; from the platform&apos;s attributed revenue</source>
        <translation>Erwartet %1 pro Tag (90-%-Intervall %2 bis %3), %4; nach dem von der Plattform zugeschriebenen Umsatz</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="289"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="289"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="289"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="290"/>
        <source>Campaign / product</source>
        <translation>Kampagne / Produkt</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="290"/>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="291"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="291"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="291"/>
        <source>Impact a day</source>
        <translation>Wirkung pro Tag</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="292"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="293"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="293"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>cp::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>Operator name</source>
        <translation>Name des Bearbeiters</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="34"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source>Run a cycle every</source>
        <translation>Einen Zyklus starten alle</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="38"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="40"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>&amp;Operator name (audit log):</source>
        <translation>&amp;Name des Bearbeiters (Prüfprotokoll):</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>&amp;Run a cycle every:</source>
        <translation>&amp;Zyklus starten alle:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="52"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>Policy as JSON</source>
        <translation>Richtlinie als JSON</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="58"/>
        <source>The policy as JSON (the same checks as the form; saved as a new version):</source>
        <translation>Die Richtlinie als JSON (dieselben Prüfungen wie im Formular; als neue Version gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="60"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="80"/>
        <location filename="../ui/settingsdialog.cpp" line="94"/>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>cp::SimulationPane</name>
    <message>
        <location filename="../ui/simulationpane.cpp" line="30"/>
        <source>&amp;Simulate</source>
        <translation>S&amp;imulieren</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="31"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="40"/>
        <source>the store&apos;s data (or a recording folder, or &quot;demo&quot;)</source>
        <translation>die Daten des Datenbestands (oder ein Aufzeichnungsordner oder &quot;demo&quot;)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="41"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="34"/>
        <location filename="../ui/simulationpane.cpp" line="43"/>
        <source>Recording to replay</source>
        <translation>Abzuspielende Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="35"/>
        <source>First day simulated</source>
        <translation>Erster simulierter Tag</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="36"/>
        <source>Last day simulated</source>
        <translation>Letzter simulierter Tag</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="37"/>
        <source>Policies compared</source>
        <translation>Verglichene Richtlinien</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="38"/>
        <source>Simulation results</source>
        <translation>Simulationsergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="39"/>
        <source>Saved simulation runs</source>
        <translation>Gespeicherte Simulationsläufe</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="54"/>
        <source>Seed rules (always compared)</source>
        <translation>Ausgangsregeln (immer verglichen)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="57"/>
        <source>Default policy (always compared)</source>
        <translation>Standardrichtlinie (immer verglichen)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="60"/>
        <source>Add policy file…</source>
        <translation>Richtliniendatei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="62"/>
        <location filename="../ui/simulationpane.cpp" line="86"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="62"/>
        <source>Policies (*.json)</source>
        <translation>Richtlinien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="71"/>
        <source>Approve all recommendations</source>
        <translation>Alle Empfehlungen genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="72"/>
        <source>Approve none (agents advise only)</source>
        <translation>Keine genehmigen (Agenten beraten nur)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="73"/>
        <source>Approve pauses only</source>
        <translation>Nur Pausen genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="74"/>
        <source>Approve pauses and budget raises</source>
        <translation>Pausen und Budgeterhöhungen genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="86"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="86"/>
        <source>Share of incremental oracle</source>
        <translation>Anteil am inkrementellen Orakel</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="86"/>
        <source>Incremental profit</source>
        <translation>Inkrementeller Gewinn</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>Spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="88"/>
        <source>of which new campaigns</source>
        <translation>davon neue Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="315"/>
        <source>Cumulative incremental profit, %1 – %2 (approval: %3)</source>
        <translation>Kumulierter zusätzlicher Gewinn, %1 – %2 (Genehmigung: %3)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="88"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>Share of oracle</source>
        <translation>Anteil am Orakel</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="88"/>
        <source>Wrong pauses</source>
        <translation>Falsche Pausen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="88"/>
        <source>Missed pauses</source>
        <translation>Versäumte Pausen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="89"/>
        <source>Late-decision loss</source>
        <translation>Verlust durch späte Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="93"/>
        <source>Incremental profit of the recorded campaigns as a share of the hindsight oracle&apos;s that maximises it</source>
        <translation>Inkrementeller Gewinn der aufgezeichneten Kampagnen als Anteil an dem des Rückblick-Orakels, das ihn maximiert</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="94"/>
        <source>The units the ads truly added (the recording&apos;s ground truth where it has one, else every attributed conversion) at the simulation&apos;s margin, less spend</source>
        <translation>Die Einheiten, die die Anzeigen wirklich hinzugefügt haben (die Grundwahrheit der Aufzeichnung, wo sie eine hat, sonst jede zugeordnete Conversion), zur Marge der Simulation, abzüglich der Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="96"/>
        <source>Attributed profit of the recorded campaigns as a share of the hindsight oracle&apos;s</source>
        <translation>Zugeordneter Gewinn der aufgezeichneten Kampagnen als Anteil an dem des Rückblick-Orakels</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="97"/>
        <source>Attributed revenue less spend: what the platform reports, including sales that would have happened anyway</source>
        <translation>Zugeordneter Umsatz abzüglich Ausgaben: was die Plattform meldet, einschließlich Verkäufen, die ohnehin stattgefunden hätten</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="101"/>
        <source>Attributed profit of the campaigns the policy created</source>
        <translation>Zugeordneter Gewinn der Kampagnen, die die Richtlinie angelegt hat</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="103"/>
        <source>Campaigns that truly paid for themselves, paused</source>
        <translation>Kampagnen, die sich wirklich bezahlt machten, pausiert</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="104"/>
        <source>Campaigns that truly lost money, still running at the end</source>
        <translation>Kampagnen, die wirklich Geld verloren, am Ende noch aktiv</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="105"/>
        <source>What campaigns that truly lost money lost while running after their first days</source>
        <translation>Was Kampagnen, die wirklich Geld verloren, nach ihren ersten Tagen im Betrieb verloren</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="119"/>
        <source>Replay:</source>
        <translation>Wiedergabe:</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="122"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="124"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="125"/>
        <source>Policies:</source>
        <translation>Richtlinien:</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="127"/>
        <source>Approval in the simulation:</source>
        <translation>Genehmigung in der Simulation:</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="134"/>
        <source>Saved runs (double-click to reopen):</source>
        <translation>Gespeicherte Läufe (Doppelklick zum erneuten Öffnen):</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="211"/>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="259"/>
        <source>Saved as run #%1</source>
        <translation>Als Lauf #%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="262"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="285"/>
        <location filename="../ui/simulationpane.cpp" line="287"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="340"/>
        <source>Reopened run #%1</source>
        <translation>Lauf #%1 erneut geöffnet</translation>
    </message>
</context>
<context>
    <name>cp::StartPage</name>
    <message>
        <location filename="../ui/startpage.cpp" line="25"/>
        <source>Explore the demo</source>
        <translation>Demo erkunden</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="26"/>
        <source>A year of a real gift shop&apos;s sales with modelled campaigns, in a replay workspace: nothing you approve there reaches any network.</source>
        <translation>Ein Jahr Verkäufe eines echten Geschenkeladens mit modellierten Kampagnen, in einem Wiedergabe-Arbeitsbereich: nichts, was Sie dort genehmigen, erreicht ein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="29"/>
        <source>Connect a shop and an ad account</source>
        <translation>Shop und Werbekonto verbinden</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="30"/>
        <source>Creates a live workspace and opens its connections (WooCommerce or the Campaign Pilot API; Meta).</source>
        <translation>Legt einen Live-Arbeitsbereich an und öffnet seine Verbindungen (WooCommerce oder die Campaign Pilot API; Meta).</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="32"/>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="33"/>
        <source>Creates a live workspace from your own exports: order lines, daily sales, a catalog, ad reports.</source>
        <translation>Legt einen Live-Arbeitsbereich aus Ihren eigenen Exporten an: Bestellpositionen, Tagesverkäufe, ein Katalog, Anzeigenberichte.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="42"/>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="44"/>
        <source>&lt;h2&gt;Welcome to Campaign Pilot&lt;/h2&gt;&lt;p&gt;Agents propose and judge ad campaigns; nothing that spends or stops money is sent without your approval. Each workspace is either &lt;b&gt;live&lt;/b&gt; (your shop and ad account) or a &lt;b&gt;replay&lt;/b&gt; of recorded data — the two never mix.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Campaign Pilot&lt;/h2&gt;&lt;p&gt;Agenten schlagen Werbekampagnen vor und bewerten sie; nichts, was Geld ausgibt oder stoppt, wird ohne Ihre Genehmigung gesendet. Jeder Arbeitsbereich ist entweder &lt;b&gt;live&lt;/b&gt; (Ihr Shop und Ihr Werbekonto) oder eine &lt;b&gt;Wiedergabe&lt;/b&gt; aufgezeichneter Daten — beides wird nie gemischt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="50"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt verwendete Arbeitsbereiche&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="77"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="78"/>
        <source>Team (live)</source>
        <translation>Team (live)</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="79"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="80"/>
        <source>%1 — %2   (%3)</source>
        <translation>%1 — %2   (%3)</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="87"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
</context>
<context>
    <name>cp::Station</name>
    <message>
        <location filename="../agents/station/station.cpp" line="65"/>
        <source>stopping after the current step</source>
        <translation>Ende nach dem laufenden Schritt</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="98"/>
        <source>no round now: %1; the next at %2</source>
        <translation>jetzt keine Runde: %1; die nächste um %2</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="105"/>
        <source>round %1 begins</source>
        <translation>Runde %1 beginnt</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="109"/>
        <source>round %1 not started: the previous one still runs</source>
        <translation>Runde %1 nicht begonnen: die vorige läuft noch</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="127"/>
        <source>round %1 done; the next at %2</source>
        <translation>Runde %1 fertig; die nächste um %2</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="127"/>
        <source>round %1 done with errors; the next at %2</source>
        <translation>Runde %1 mit Fehlern fertig; die nächste um %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/station.cpp" line="144"/>
        <source>station stopped after %n round(s)</source>
        <translation>
            <numerusform>Station nach %n Runde beendet</numerusform>
            <numerusform>Station nach %n Runden beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::StationRound</name>
    <message>
        <location filename="../agents/station/stationround.cpp" line="66"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="69"/>
        <source>live data not fetched: %1; no cycle this round, the next round tries again</source>
        <translation>Live-Daten nicht abgerufen: %1; in dieser Runde kein Zyklus, die nächste Runde versucht es wieder</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="70"/>
        <location filename="../agents/station/stationround.cpp" line="141"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="77"/>
        <source>live snapshot: %1 products, %2 product days, %3 campaigns, %4 campaign days</source>
        <translation>Live-Abruf: %1 Produkte, %2 Produkttage, %3 Kampagnen, %4 Kampagnentage</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="80"/>
        <source>live snapshot: failed: %1</source>
        <translation>Live-Abruf: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="82"/>
        <source>live snapshot: note: %1</source>
        <translation>Live-Abruf: Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="102"/>
        <source>cycle not run: the emergency stop is on; an operator must resume first</source>
        <translation>Zyklus nicht ausgeführt: der Notstopp ist aktiv; zuerst muss ein Bearbeiter fortsetzen</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="112"/>
        <source>cycle not run: the store&apos;s policy cannot be read: %1</source>
        <translation>Zyklus nicht ausgeführt: die Richtlinie des Datenbestands kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="123"/>
        <source>cycle not run: %1</source>
        <translation>Zyklus nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="132"/>
        <source>cycle not run: the agents are busy or halted</source>
        <translation>Zyklus nicht ausgeführt: die Agenten sind beschäftigt oder angehalten</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="141"/>
        <source>cycle failed: %1</source>
        <translation>Zyklus fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="145"/>
        <source>cycle %1 as of %2: %n recommendation(s) queued for approval</source>
        <translation>
            <numerusform>Zyklus %1 zum %2: %n Empfehlung zur Genehmigung eingereiht</numerusform>
            <numerusform>Zyklus %1 zum %2: %n Empfehlungen zur Genehmigung eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="148"/>
        <source>%n of them judged as before: the pending ones were kept, with any approval already given</source>
        <translation>
            <numerusform>%n davon wie zuvor beurteilt: die wartende wurde behalten, mit einer bereits gegebenen Genehmigung</numerusform>
            <numerusform>%n davon wie zuvor beurteilt: die wartenden wurden behalten, mit bereits gegebenen Genehmigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="150"/>
        <source>%n active campaign(s) not judged</source>
        <translation>
            <numerusform>%n aktive Kampagne nicht bewertet</numerusform>
            <numerusform>%n aktive Kampagnen nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="164"/>
        <source>nothing sent: the emergency stop is on; an operator must resume first</source>
        <translation>nichts gesendet: der Notstopp ist an; ein Bearbeiter muss zuerst fortsetzen</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="165"/>
        <location filename="../agents/station/stationround.cpp" line="172"/>
        <source>nothing sent: %1</source>
        <translation>nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="177"/>
        <source>nothing sent: the dispatcher is busy or halted</source>
        <translation>nichts gesendet: der Versand ist beschäftigt oder angehalten</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="187"/>
        <location filename="../agents/station/stationround.cpp" line="189"/>
        <source>send: %1</source>
        <translation>Senden: %1</translation>
    </message>
</context>
<context>
    <name>cp::StoreSession</name>
    <message>
        <location filename="../ui/storesession.cpp" line="130"/>
        <source>this login may no longer read the team workspace (the server says: %1); it was removed from the team or its role changed: ask a team admin, then open the workspace again</source>
        <translation>diese Anmeldung darf den Team-Arbeitsbereich nicht mehr lesen (der Server sagt: %1); sie wurde aus dem Team entfernt oder ihre Rolle geändert: fragen Sie einen Team-Admin und öffnen Sie den Arbeitsbereich dann erneut</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="134"/>
        <source>Cannot read the store</source>
        <translation>Datenbestand nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="160"/>
        <location filename="../ui/storesession.cpp" line="186"/>
        <location filename="../ui/storesession.cpp" line="190"/>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="164"/>
        <source>This workspace is a copy</source>
        <translation>Dieser Arbeitsbereich ist eine Kopie</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="170"/>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="170"/>
        <source>The replay workspace keeps what it held before.</source>
        <translation>Der Wiedergabe-Arbeitsbereich behält, was er vorher enthielt.</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="172"/>
        <source>Recording opened</source>
        <translation>Aufzeichnung geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="172"/>
        <source>%1, in its replay workspace</source>
        <translation>%1, in ihrem Wiedergabe-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="193"/>
        <source>This copy is a workspace of its own now</source>
        <translation>Diese Kopie ist jetzt ein eigener Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="194"/>
        <source>It has no connections yet (Agents ▸ Connections); %1 keeps its own.</source>
        <translation>Sie hat noch keine Verbindungen (Agenten ▸ Verbindungen); %1 behält seine eigenen.</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="203"/>
        <location filename="../ui/storesession.cpp" line="206"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="203"/>
        <location filename="../ui/storesession.cpp" line="226"/>
        <location filename="../ui/storesession.cpp" line="237"/>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich ist geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="206"/>
        <source>Unknown importer %1</source>
        <translation>Unbekannter Importer %1</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="211"/>
        <source>Import stopped: the workspace already has some of these days</source>
        <translation>Import angehalten: der Arbeitsbereich hat einige dieser Tage schon</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="214"/>
        <source>Import failed: nothing was imported</source>
        <translation>Import fehlgeschlagen: nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="216"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="216"/>
        <source>Nothing from %1 was imported.</source>
        <translation>Nichts aus %1 wurde importiert.</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="217"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="226"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="237"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
</context>
<context>
    <name>cp::TeamIdentityLabel</name>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="24"/>
        <source>Role unknown</source>
        <translation>Rolle unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="28"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="29"/>
        <source>You can read this team workspace; approving needs an operator</source>
        <translation>Sie können diesen Team-Arbeitsbereich lesen; Genehmigen braucht einen Bearbeiter</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="30"/>
        <source>You approve, reject and send, up to the policy&apos;s daily budget limit</source>
        <translation>Sie genehmigen, lehnen ab und senden, bis zur Tagesbudget-Grenze der Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="31"/>
        <source>You approve, and set the policy, connections and the team</source>
        <translation>Sie genehmigen und bestimmen Richtlinie, Verbindungen und das Team</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="32"/>
        <source>You own this workspace&apos;s database</source>
        <translation>Ihnen gehört die Datenbank dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="33"/>
        <source>Your database role is in no Campaign Pilot team group</source>
        <translation>Ihre Datenbankrolle ist in keiner Campaign-Pilot-Teamgruppe</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="42"/>
        <source>%1 has the role %2 in this team workspace: approving needs an operator</source>
        <translation>%1 hat die Rolle %2 in diesem Team-Arbeitsbereich: Genehmigen braucht einen Bearbeiter</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="49"/>
        <source>%1 has the role %2 in this team workspace: this needs an admin</source>
        <translation>%1 hat die Rolle %2 in diesem Team-Arbeitsbereich: dafür braucht es einen Admin</translation>
    </message>
</context>
<context>
    <name>cp::TeamLoginDialog</name>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="33"/>
        <source>Keep the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="35"/>
        <source>Log in to the team workspace</source>
        <translation>Am Team-Arbeitsbereich anmelden</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="44"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="47"/>
        <source>Workspace (database):</source>
        <translation>Arbeitsbereich (Datenbank):</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="48"/>
        <source>Log in as:</source>
        <translation>Anmelden als:</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="51"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="52"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="61"/>
        <source>The keychain is switched off (CP_NO_KEYCHAIN=1): the password is kept until Campaign Pilot closes</source>
        <translation>Der Schlüsselbund ist ausgeschaltet (CP_NO_KEYCHAIN=1): das Passwort bleibt nur, bis Campaign Pilot beendet wird</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="65"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>cp::TeamWorkspaceDialog</name>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="34"/>
        <source>Open team workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="41"/>
        <source>db.example.com, or paste a postgresql:// address</source>
        <translation>db.example.com, oder eine postgresql://-Adresse einfügen</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="44"/>
        <source>campaign_pilot</source>
        <translation>campaign_pilot</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="49"/>
        <source>A team workspace is one shared PostgreSQL database: everyone on the team sees the same queue, and the database decides what your role may do. It is always live.</source>
        <translation>Ein Team-Arbeitsbereich ist eine gemeinsame PostgreSQL-Datenbank: Alle im Team sehen dieselbe Warteschlange, und die Datenbank entscheidet, was Ihre Rolle darf. Er ist immer live.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="54"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="55"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="56"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="57"/>
        <source>Your database &amp;role:</source>
        <translation>Ihre Datenbank&amp;rolle:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="58"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="97"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="103"/>
        <source>Finish the address: postgresql://ROLE@SERVER:PORT/DATABASE</source>
        <translation>Vervollständigen Sie die Adresse: postgresql://ROLLE@SERVER:PORT/DATENBANK</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="110"/>
        <source>“%1” is not a server name or address.</source>
        <translation>„%1“ ist kein Servername und keine Serveradresse.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="112"/>
        <source>Enter the database&apos;s name.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="114"/>
        <source>The database name “%1” may hold only letters, digits, “_”, “.” and “-”.</source>
        <translation>Der Datenbankname „%1“ darf nur Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="105"/>
        <location filename="../ui/teamworkspacedialog.cpp" line="116"/>
        <source>Enter the database role you log in as (your own, not a shared one).</source>
        <translation>Geben Sie die Datenbankrolle ein, mit der Sie sich anmelden (Ihre eigene, keine geteilte).</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="118"/>
        <source>The role “%1” may hold only letters, digits, “_”, “.” and “-”.</source>
        <translation>Die Rolle „%1“ darf nur Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="175"/>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
</context>
</TS>
