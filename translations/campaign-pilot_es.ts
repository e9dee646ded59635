<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Agents</name>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="602"/>
        <source>the store has no figures to judge yet: import sales or take a live snapshot first</source>
        <translation>el almacén de datos aún no tiene cifras que evaluar: importe primero las ventas o tome una instantánea en vivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="701"/>
        <source>the store&apos;s own figures for the last %n day(s)</source>
        <translation>
            <numerusform>las cifras propias de la tienda del último %n día</numerusform>
            <numerusform>las cifras propias de la tienda de los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="712"/>
        <source>%1: no start date on or before %2</source>
        <translation>%1: sin fecha de inicio el %2 o antes</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="721"/>
        <source>%1: no product linked (put the shop&apos;s product id in its name in square brackets, e.g. &quot;Summer [22833]&quot;)</source>
        <translation>%1: ningún producto vinculado (ponga el id de producto de la tienda entre corchetes en su nombre, p. ej. «Verano [22833]»)</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="727"/>
        <source>%1: its product %2 is not in the catalog</source>
        <translation>%1: su producto %2 no está en el catálogo</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="951"/>
        <source>New campaign for %1</source>
        <translation>Nueva campaña para %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="971"/>
        <source>Meets the selection criteria: %1. Proposed daily budget %2 for %3 days.</source>
        <translation>Cumple los criterios de selección: %1. Presupuesto diario propuesto: %2 durante %3 días.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="976"/>
        <source>Figures: %1.</source>
        <translation>Cifras: %1.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="992"/>
        <source>Expected effect on profit: %1 a day if sales rise by the policy&apos;s expected %2 % (at a %3 % margin; from %4 if they do not rise at all to %5 if they rise twice as much; confidence low: an assumption until the campaign has run).</source>
        <translation>Efecto esperado en el beneficio: %1 al día si las ventas suben el %2 % que espera la política (con un margen del %3 %; de %4 si no suben nada a %5 si suben el doble; confianza baja: una suposición hasta que la campaña haya funcionado).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1093"/>
        <source>Pause the campaign.</source>
        <translation>Pausar la campaña.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1104"/>
        <source>Keep it running; its budgets are on its ad sets, which Campaign Pilot does not change (Ads Manager).</source>
        <translation>Mantenerla activa; sus presupuestos están en sus conjuntos de anuncios, que Campaign Pilot no modifica (Administrador de anuncios).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1106"/>
        <source>Keep it running; it has a lifetime budget, which Campaign Pilot does not change (Ads Manager).</source>
        <translation>Mantenerla activa; tiene un presupuesto total, que Campaign Pilot no modifica (Administrador de anuncios).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1112"/>
        <source>Keep it running and raise the daily budget from %1 to %2.</source>
        <translation>Mantenerla activa y subir el presupuesto diario de %1 a %2.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1116"/>
        <source>Keep it running; the budget is at its cap.</source>
        <translation>Mantenerla activa; el presupuesto ya está en su límite.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1121"/>
        <source>Keep the budget; review the ad copy and targeting.</source>
        <translation>Mantener el presupuesto; revisar el texto del anuncio y la segmentación.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="160"/>
        <location filename="../agents/cycle/agents.cpp" line="1125"/>
        <source>No change; look again next cycle.</source>
        <translation>Sin cambios; volver a revisar en el próximo ciclo.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="149"/>
        <source>Portfolio: its extra sales return %1 for each 1.00 of spend (beyond doubt more than they cost): raise the daily budget from %2 to %3.</source>
        <translation>Cartera: sus ventas adicionales devuelven %1 por cada 1,00 de gasto (sin duda más de lo que cuestan): subir el presupuesto diario de %2 a %3.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="151"/>
        <source>Portfolio: its extra sales return %1 for each 1.00 of spend (beyond doubt less than the best campaign&apos;s): lower the daily budget from %2 to %3.</source>
        <translation>Cartera: sus ventas adicionales devuelven %1 por cada 1,00 de gasto (sin duda menos que las de la mejor campaña): bajar el presupuesto diario de %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="156"/>
        <source>One of a set of %n budget change(s) in this cycle moving %1 a day from poor performers to winners within the total daily budget %2.</source>
        <translation>
            <numerusform>Uno de un conjunto de %n cambio de presupuesto en este ciclo que mueve %1 al día de campañas flojas a ganadoras dentro del presupuesto diario total %2.</numerusform>
            <numerusform>Uno de un conjunto de %n cambios de presupuesto en este ciclo que mueven %1 al día de campañas flojas a ganadoras dentro del presupuesto diario total %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="564"/>
        <source>the last day both sources were read whole: the shop through %1, the ad account through %2 (each up to its own today)</source>
        <translation>el último día que ambas fuentes leyeron entero: la tienda hasta %1, la cuenta publicitaria hasta %2 (cada una hasta su propio hoy)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="569"/>
        <source>the last day the ad account was read whole; the shop was last read whole on %1, more than %n day(s) before, and is left out</source>
        <translation>
            <numerusform>el último día en que la cuenta publicitaria se leyó entera; la tienda se leyó entera por última vez el %1, más de %n día antes, y se deja fuera</numerusform>
            <numerusform>el último día en que la cuenta publicitaria se leyó entera; la tienda se leyó entera por última vez el %1, más de %n días antes, y se deja fuera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="572"/>
        <source>the last day the shop was read whole; the ad account was last read whole on %1, more than %n day(s) before, and is left out</source>
        <translation>
            <numerusform>el último día en que la tienda se leyó entera; la cuenta publicitaria se leyó entera por última vez el %1, más de %n día antes, y se deja fuera</numerusform>
            <numerusform>el último día en que la tienda se leyó entera; la cuenta publicitaria se leyó entera por última vez el %1, más de %n días antes, y se deja fuera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="577"/>
        <source>the last day the shop was read whole (its today in its time zone)</source>
        <translation>el último día en que la tienda se leyó entera (su hoy en su zona horaria)</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="579"/>
        <source>the last day the ad account was read whole (its today in its time zone)</source>
        <translation>el último día en que la cuenta publicitaria se leyó entera (su hoy en su zona horaria)</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="580"/>
        <source>the newest day of figures</source>
        <translation>el día más reciente con cifras</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="592"/>
        <source>the store cannot be read: %1</source>
        <translation>no se puede leer el almacén: %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="724"/>
        <source>%1: its product %2 is not in the catalog, which holds no product: the shop&apos;s products have not been read (see the refresh&apos;s failures)</source>
        <translation>%1: su producto %2 no está en el catálogo, que no contiene ningún producto: no se han leído los productos de la tienda (vea los fallos de la actualización)</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="871"/>
        <source>a comparable product&apos;s day &quot;%1&quot; is not a date</source>
        <translation>el día «%1» de un producto comparable no es una fecha</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="988"/>
        <source>Expected effect on profit: unknown, as it sold nothing in 30 days for the policy&apos;s expected rise to scale; until it sells, the campaign costs its budget, %1 a day (confidence low: an assumption until the campaign has run).</source>
        <translation>Efecto esperado en el beneficio: desconocido, pues no vendió nada en 30 días que el aumento esperado de la política pueda escalar; hasta que venda, la campaña cuesta su presupuesto, %1 al día (confianza baja: una suposición hasta que la campaña se haya ejecutado).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1098"/>
        <source>Keep it running at this budget.</source>
        <translation>Mantenerla activa con este presupuesto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1140"/>
        <source>%n comparable product(s) without a campaign moved ×%1 over the same days</source>
        <translation>
            <numerusform>%n producto comparable sin campaña varió ×%1 en los mismos días</numerusform>
            <numerusform>%n productos comparables sin campaña variaron ×%1 en los mismos días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1142"/>
        <source>no comparable products: its own level before the start</source>
        <translation>sin productos comparables: su propio nivel antes del inicio</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1143"/>
        <source>Uplift: %1 units a day against the %2 it would have sold without the campaign (90 % interval %3 to %4, over %n day(s); %5).</source>
        <translation>
            <numerusform>Incremento: %1 unidades al día frente a las %2 que habría vendido sin la campaña (intervalo del 90 % de %3 a %4, en %n día; %5).</numerusform>
            <numerusform>Incremento: %1 unidades al día frente a las %2 que habría vendido sin la campaña (intervalo del 90 % de %3 a %4, en %n días; %5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1155"/>
        <source>That is more than %1 times the campaign&apos;s %2 attributed conversion(s) a day: not its doing, so no expected effect is taken from it.</source>
        <translation>Es más de %1 veces las %2 conversiones atribuidas al día de la campaña: no es obra suya, así que no se toma de ello ningún efecto esperado.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1166"/>
        <source>Expected effect on profit: %1 a day (the spend saved less the margin on the extra sales it brings; 90 % interval %2 to %3, confidence %4), at a %5 % margin.</source>
        <translation>Efecto esperado en el beneficio: %1 al día (el gasto ahorrado menos el margen de las ventas adicionales que aporta; intervalo del 90 % de %2 a %3, confianza %4), con un margen del %5 %.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1170"/>
        <source>Incremental profit now: %1 a day (extra sales × a %5 % margin − spend; 90 % interval %2 to %3, confidence %4).</source>
        <translation>Beneficio incremental ahora: %1 al día (ventas adicionales × un margen del %5 % − gasto; intervalo del 90 % de %2 a %3, confianza %4).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1181"/>
        <source>The shop&apos;s own sales say the opposite of the platform&apos;s figures: pausing would cost money (the whole interval below zero). The platform may credit the campaign with too few of the sales it brings: check its attribution before approving.</source>
        <translation>Las propias ventas de la tienda dicen lo contrario que las cifras de la plataforma: pausar costaría dinero (todo el intervalo por debajo de cero). La plataforma puede atribuir a la campaña menos ventas de las que trae: revise su atribución antes de aprobar.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1184"/>
        <source>The shop&apos;s own sales lean the other way, but their interval spans zero: the pause rests on the platform&apos;s final figures above.</source>
        <translation>Las propias ventas de la tienda se inclinan en sentido contrario, pero su intervalo incluye el cero: la pausa se basa en las cifras finales de la plataforma de arriba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1194"/>
        <source>Expected effect on profit: %1 a day (the spend saved less the revenue given up; 90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n day(s).</source>
        <translation>
            <numerusform>Efecto esperado en el beneficio: %1 al día (el gasto ahorrado menos los ingresos perdidos; intervalo del 90 % de %2 a %3, confianza %4), según las cifras que atribuye la plataforma durante %n día de la campaña.</numerusform>
            <numerusform>Efecto esperado en el beneficio: %1 al día (el gasto ahorrado menos los ingresos perdidos; intervalo del 90 % de %2 a %3, confianza %4), según las cifras que atribuye la plataforma durante los %n días de la campaña.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1200"/>
        <source>Expected effect on profit: %1 a day if the added budget earns at today&apos;s ROAS (90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n day(s).</source>
        <translation>
            <numerusform>Efecto esperado en el beneficio: %1 al día si el presupuesto añadido rinde al ROAS de hoy (intervalo del 90 % de %2 a %3, confianza %4), según las cifras que atribuye la plataforma durante %n día de la campaña.</numerusform>
            <numerusform>Efecto esperado en el beneficio: %1 al día si el presupuesto añadido rinde al ROAS de hoy (intervalo del 90 % de %2 a %3, confianza %4), según las cifras que atribuye la plataforma durante los %n días de la campaña.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/agents.cpp" line="1216"/>
        <source>Evidence: %1.</source>
        <translation>Datos: %1.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../agents/approval.cpp" line="25"/>
        <location filename="../agents/approval.cpp" line="72"/>
        <source>set the operator&apos;s name first (Settings)</source>
        <translation>indique primero el nombre del operador (Configuración)</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="35"/>
        <source>not approved: the ad copy is over the policy&apos;s limits (%1); shorten it in Decisions ▸ Ad copy… first</source>
        <translation>no aprobado: el texto del anuncio supera los límites de la política (%1); acórtelo primero en Decisiones ▸ Texto del anuncio…</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="38"/>
        <location filename="../agents/approval.cpp" line="50"/>
        <location filename="../agents/approval.cpp" line="84"/>
        <location filename="../agents/approval.cpp" line="93"/>
        <source>recommendation %1</source>
        <translation>recomendación %1</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="46"/>
        <source>not approved under policy version %1: its daily budget %2 is above the maximum daily budget %3; edit its budget (Ctrl+E) or reject it</source>
        <translation>no aprobada con la versión %1 de la política: su presupuesto diario %2 supera el presupuesto diario máximo %3; edite su presupuesto (Ctrl+E) o recháchela</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="62"/>
        <source>%1 of %2 approvals (by %3); it needs one more by a different operator</source>
        <translation>%1 de %2 aprobaciones (de %3); necesita una más de otro operador</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="95"/>
        <source>only a done action can be rolled back</source>
        <translation>solo se puede deshacer una acción ya realizada</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="104"/>
        <source>its rollback is recommendation %1 already, waiting for approval</source>
        <translation>su reversión ya es la recomendación %1, pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="106"/>
        <source>it was rolled back already by recommendation %1</source>
        <translation>ya se revirtió con la recomendación %1</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="107"/>
        <source>its rollback, recommendation %1, is approved and on its way</source>
        <translation>su reversión, la recomendación %1, está aprobada y en camino</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="131"/>
        <source>Resume %1</source>
        <translation>Reanudar %1</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="132"/>
        <source>Undo of recommendation #%1 (%2), asked by %3.</source>
        <translation>Anulación de la recomendación n.º %1 (%2), solicitada por %3.</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="137"/>
        <source>Restore the budget of %1 to %2</source>
        <translation>Restaurar el presupuesto de %1 a %2</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="138"/>
        <source>Undo of recommendation #%1: back from %2 to %3, asked by %4.</source>
        <translation>Anulación de la recomendación n.º %1: de %2 de vuelta a %3, solicitada por %4.</translation>
    </message>
    <message>
        <location filename="../agents/approval.cpp" line="143"/>
        <source>this action has no rollback</source>
        <translation>esta acción no se puede deshacer</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../models/auditchain.cpp" line="113"/>
        <source>it carries no hash (written around the chain)</source>
        <translation>no lleva hash (escrita por fuera de la cadena)</translation>
    </message>
    <message>
        <location filename="../models/auditchain.cpp" line="115"/>
        <source>it does not follow entry %1: that entry was changed, or entries between them were removed, inserted or reordered</source>
        <translation>no sigue a la entrada %1: esa entrada se modificó, o se eliminaron, insertaron o reordenaron entradas entre ambas</translation>
    </message>
    <message>
        <location filename="../models/auditchain.cpp" line="118"/>
        <source>it does not follow the start of the log: earlier entries were removed</source>
        <translation>no sigue al comienzo del registro: se eliminaron entradas anteriores</translation>
    </message>
    <message>
        <location filename="../models/auditchain.cpp" line="121"/>
        <source>its content does not match its hash: it was changed after it was written</source>
        <translation>su contenido no coincide con su hash: se modificó después de escribirse</translation>
    </message>
</context>
<context>
    <name>BenchmarkRecordings</name>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="41"/>
        <source>no header line</source>
        <translation>no hay línea de cabecera</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="48"/>
        <source>no column &quot;%1&quot;</source>
        <translation>no hay columna «%1»</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="131"/>
        <source>the scenario&apos;s numbers do not make a recording</source>
        <translation>con las cifras del escenario no se puede hacer una grabación</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="144"/>
        <source>not a price: &quot;%1&quot;</source>
        <translation>no es un precio: «%1»</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="166"/>
        <source>not a daily sales row</source>
        <translation>no es una fila de ventas diarias</translation>
    </message>
    <message>
        <location filename="../agents/simulation/benchmarkrecordings.cpp" line="192"/>
        <source>the public data has fewer products than the scenario needs</source>
        <translation>los datos públicos tienen menos productos de los que necesita el escenario</translation>
    </message>
</context>
<context>
    <name>CampaignListImporter</name>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="14"/>
        <source>Campaign ID</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="15"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="16"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="17"/>
        <source>Product ID</source>
        <translation>ID de producto</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="18"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="19"/>
        <source>Daily budget</source>
        <translation>Presupuesto diario</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="22"/>
        <source>Budget type</source>
        <translation>Tipo de presupuesto</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="23"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="24"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="39"/>
        <source>the campaign id is empty</source>
        <translation>el id de la campaña está vacío</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="52"/>
        <source>status &quot;%1&quot; is not active, paused or ended (nor archived, deleted or completed)</source>
        <translation>el estado «%1» no es active, paused ni ended (ni archived, deleted o completed)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="76"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a budget type (Daily or Lifetime)</source>
        <translation>columna «%1»: «%2» no es un tipo de presupuesto (Daily o Lifetime)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="84"/>
        <source>column &quot;%1&quot;: a negative daily budget (%2)</source>
        <translation>columna &quot;%1&quot;: un presupuesto diario negativo (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="96"/>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="98"/>
        <source>campaign %1 is already on line %2</source>
        <translation>la campaña %1 ya está en la línea %2</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.cpp" line="120"/>
        <source>campaign %1 advertises product %2, which this workspace does not have: import the catalog (or the daily sales) first</source>
        <translation>la campaña %1 anuncia el producto %2, que este espacio de trabajo no tiene: importe antes el catálogo (o las ventas diarias)</translation>
    </message>
    <message>
        <location filename="../agents/import/campaignlistimporter.h" line="24"/>
        <source>Campaign list</source>
        <translation>Lista de campañas</translation>
    </message>
</context>
<context>
    <name>CampaignPilotApi</name>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="23"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>la respuesta no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="26"/>
        <source>field &quot;status&quot; is not &quot;success&quot;</source>
        <translation>el campo &quot;status&quot; no es &quot;success&quot;</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="73"/>
        <source>field &quot;data&quot; is not a list</source>
        <translation>el campo &quot;data&quot; no es una lista</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="78"/>
        <source>field &quot;count&quot; says %1, the list has %2</source>
        <translation>el campo &quot;count&quot; indica %1, la lista tiene %2</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="85"/>
        <source>data[%1] is not an object</source>
        <translation>data[%1] no es un objeto</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="125"/>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="135"/>
        <source>field &quot;data&quot; is not an object</source>
        <translation>el campo &quot;data&quot; no es un objeto</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="147"/>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="161"/>
        <source>is not an object with current and previous</source>
        <translation>no es un objeto con current y previous</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="198"/>
        <source>&quot;%1&quot; is not a campaign status</source>
        <translation>&quot;%1&quot; no es un estado de campaña</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="210"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; no es una fecha</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="223"/>
        <source>%1 is more than the %2 impressions</source>
        <translation>%1 es más que las %2 impresiones</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="231"/>
        <source>is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location filename="../agents/tools/campaignpilotapi.cpp" line="261"/>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>CampaignPilotPlatform</name>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="27"/>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="30"/>
        <source>field &quot;status&quot; is not &quot;success&quot;</source>
        <translation>el campo &quot;status&quot; no es &quot;success&quot;</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="33"/>
        <source>field &quot;data&quot; is missing or null</source>
        <translation>el campo &quot;data&quot; falta o es null</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="43"/>
        <source>field &quot;data&quot; is not an object</source>
        <translation>el campo &quot;data&quot; no es un objeto</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="61"/>
        <source>status &quot;%1&quot; is not a campaign status</source>
        <translation>el estado &quot;%1&quot; no es un estado de campaña</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="100"/>
        <source>field &quot;data&quot; is not a list</source>
        <translation>el campo &quot;data&quot; no es una lista</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="106"/>
        <source>data[%1] is not an object</source>
        <translation>data[%1] no es un objeto</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="118"/>
        <source>the list lacks campaign %1, which exists there: it is partial and proves nothing</source>
        <translation>a la lista le falta la campaña %1, que allí existe: está incompleta y no demuestra nada</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="135"/>
        <source>the answer is about campaign %1, not %2</source>
        <translation>la respuesta se refiere a la campaña %1, no a la %2</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="148"/>
        <source>nothing to check</source>
        <translation>nada que comprobar</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="160"/>
        <source>this Campaign Pilot API server has no budget endpoint (PATCH was refused); change the budget on the server by hand</source>
        <translation>este servidor de la API de Campaign Pilot no tiene punto de acceso de presupuesto (se rechazó el PATCH); cambie el presupuesto en el servidor a mano</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="195"/>
        <source>nothing to send</source>
        <translation>nada que enviar</translation>
    </message>
    <message>
        <location filename="../agents/backend/campaignpilotplatform.cpp" line="203"/>
        <source>this platform cannot change budgets (it answered %1); change it there by hand</source>
        <translation>esta plataforma no puede cambiar presupuestos (respondió %1); cámbielo allí a mano</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="13"/>
        <source>Product code</source>
        <translation>Código de producto</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="14"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="15"/>
        <source>Regular price</source>
        <translation>Precio normal</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="17"/>
        <source>Sale price</source>
        <translation>Precio rebajado</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="18"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="19"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="20"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="33"/>
        <source>price, category or stock</source>
        <translation>precio, categoría o existencias</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="42"/>
        <source>the product code is empty</source>
        <translation>el código de producto está vacío</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="46"/>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="55"/>
        <source>column &quot;%1&quot;: a negative price (%2)</source>
        <translation>columna &quot;%1&quot;: un precio negativo (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.cpp" line="70"/>
        <source>product code %1 is already on line %2: a catalog has one row per product</source>
        <translation>el código de producto %1 ya está en la línea %2: un catálogo tiene una fila por producto</translation>
    </message>
    <message>
        <location filename="../agents/import/catalogimporter.h" line="20"/>
        <source>Product catalog</source>
        <translation>Catálogo de productos</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="28"/>
        <source>the file must end in .png or .csv</source>
        <translation>el archivo debe terminar en .png o .csv</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="30"/>
        <source>size %1×%2 is outside 100…10000</source>
        <translation>el tamaño %1×%2 está fuera de 100…10000</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="72"/>
        <source>cannot encode the PNG</source>
        <translation>no se puede codificar el PNG</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="76"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="56"/>
        <source>%1 recommended for %2</source>
        <translation>%1 recomendado para %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="59"/>
        <source>%1 applied to %2</source>
        <translation>%1 aplicado a %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="69"/>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/charts/chartqueries.cpp" line="70"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="73"/>
        <source>%1 in the category %2</source>
        <translation>%1 en la categoría %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="75"/>
        <source>%1 of product %2</source>
        <translation>%1 del producto %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="84"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="100"/>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="101"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="102"/>
        <location filename="../agents/charts/chartqueries.cpp" line="239"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="103"/>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="104"/>
        <location filename="../agents/charts/chartqueries.cpp" line="240"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
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
        <translation>%1 iniciada</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="148"/>
        <source>no campaign %1 with a product and a start date</source>
        <translation>no hay ninguna campaña %1 con producto y fecha de inicio</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="167"/>
        <source>%1 before and during %2</source>
        <translation>%1 antes y durante %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="168"/>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="169"/>
        <source>Page views</source>
        <translation>Visitas a la página</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="206"/>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="207"/>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="213"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="215"/>
        <source>Sales impact %1 · view impact %2 (the Analyst&apos;s measure: %3 baseline days against the newest %4 days)</source>
        <translation>Impacto en ventas %1 · impacto en visitas %2 (medida del analista: %3 días de referencia frente a los %4 días más recientes)</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="228"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="236"/>
        <source>Spend vs revenue</source>
        <translation>Gasto frente a ingresos</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="258"/>
        <source>Budget vs sales lift</source>
        <translation>Presupuesto frente a aumento de ventas</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="266"/>
        <location filename="../agents/charts/chartqueries.cpp" line="275"/>
        <source>not enough data</source>
        <translation>datos insuficientes</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="272"/>
        <source>Correlation budget ↔ sales lift: %1 · duration ↔ performance: %2 · efficiency by category (mean of sales and page-view impact as weighted by the policy, %): %3</source>
        <translation>Correlación presupuesto ↔ aumento de ventas: %1 · duración ↔ rendimiento: %2 · eficiencia por categoría (media del impacto en ventas y en visitas, ponderada según la política, %): %3</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="302"/>
        <source>no campaign %1 in this workspace</source>
        <translation>ninguna campaña %1 en este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="322"/>
        <source>no campaign for %1</source>
        <translation>ninguna campaña para %1</translation>
    </message>
    <message>
        <location filename="../agents/charts/chartqueries.cpp" line="336"/>
        <source>choose a campaign or a product</source>
        <translation>elija una campaña o un producto</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="77"/>
        <source>the answer is not a JSON object (%1 at byte %2)</source>
        <translation>la respuesta no es un objeto JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="81"/>
        <source>the answer has no choices[0] object</source>
        <translation>la respuesta no tiene un objeto choices[0]</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="85"/>
        <source>choices[0].message is not an object</source>
        <translation>choices[0].message no es un objeto</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="88"/>
        <source>the answer was cut off at the token limit (finish_reason &quot;length&quot;)</source>
        <translation>la respuesta se cortó en el límite de tokens (finish_reason &quot;length&quot;)</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="90"/>
        <source>the model asked to call a tool; it is offered none, and nothing it asks is run</source>
        <translation>el modelo pidió llamar a una herramienta; no se le ofrece ninguna y nada de lo que pide se ejecuta</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="92"/>
        <source>the server&apos;s content filter withheld the answer</source>
        <translation>el filtro de contenido del servidor retuvo la respuesta</translation>
    </message>
    <message>
        <location filename="../agents/llm/chatclient.cpp" line="95"/>
        <source>choices[0].message.content is not text</source>
        <translation>choices[0].message.content no es texto</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <translation>Campaign Pilot: los agentes proponen y evalúan campañas publicitarias; un operador aprueba cada acción.

Comandos (por defecto: abrir la ventana):
  import ARCHIVO...  importar archivos CSV al almacén de datos (líneas de pedido, ventas diarias, catálogo,
                   productos de WooCommerce, anuncios de Facebook, informes diarios de plataformas publicitarias;
                   detectados por la cabecera) [--importer ID] [--merge add|replace|stop] [--encoding NOMBRE]
                   [--currency CODE] (la moneda de los importes, p. ej. GBP)
  make-demo        reconstruir la grabación de demostración incluida a partir de shared/data/public
  cycle            ejecutar los agentes una vez y llenar la cola de decisiones (no envía nada)
  send --approved  enviar lo que aprobaron los operadores (nunca aprueba nada)
  cycle --store TIPO --store-url URL --platform TIPO --platform-url URL
                   tomar primero una instantánea en vivo (campaign-pilot-api|woocommerce; campaign-pilot-api|meta)
  export-recording --out CARPETA   escribir el almacén de datos (con las instantáneas en vivo) como grabación
  policy           mostrar la política vigente (la más reciente del almacén, o la predeterminada incluida) como JSON
  workspace reidentify --database RUTA
                   dar a un archivo de espacio de trabajo copiado una identidad propia (conexiones nuevas)
  queue list [--json] [--all]   las recomendaciones que esperan una decisión (no pospuestas)
  queue approve ID...           aprobar (las reglas y la auditoría de la ventana; send --approved envía)
  queue reject ID --reason TEXTO
  queue snooze ID --until FECHA ocultarla de la cola hasta FECHA (AAAA-MM-DD[THH:MM])
  queue retry ID                un envío fallido: aprobado de nuevo, para send --approved
  queue mark-applied ID         un envío desconocido que encontró aplicado en la plataforma: hecho
  queue send-again ID           un envío desconocido que encontró sin aplicar: aprobado de nuevo
                   códigos de salida de queue: 0 hecho, 1 fallo, 2 argumentos o espacio de trabajo erróneos,
                   3 id desconocido, 4 ya decidida (quién y cuándo en stderr), 5 no permitido (caducada,
                   sustituida, una salvaguarda, un observador del equipo); con varios ids, el código del primer rechazo
                   [--operator NOMBRE] (por defecto: el nombre de operador de la ventana, si no $USER; en un
                   espacio de equipo siempre el rol con el que inició sesión)
  station --database RUTA|URL [--every 1h] [--once]
                   la estación de agentes sin ventana: una captura en vivo (espacio de trabajo en vivo, conectado), un ciclo
                   y el envío de lo que los operadores aprobaron, al momento y luego cada DURACIÓN (s, m, h, d; al menos
                   1m) hasta SIGTERM; una estación por espacio de trabajo. Registra en stderr con prioridades de journald.
                   códigos de salida de station: 0 detenida (--once: la ronda fue bien), 1 una ronda falló (--once),
                   2 argumentos, espacio de trabajo o credenciales incorrectos (la estación de un espacio de equipo
                   se ejecuta como propietario o administrador), 4 ya hay otra estación en este espacio de trabajo
  audit verify     comprobar la cadena de hashes del registro de auditoría: 0 intacta, 1 la primera entrada que no coincide
  stop             la parada de emergencia del espacio de trabajo, como el botón de la ventana: no se ejecuta ningún ciclo
                   ni se envía nada (aquí, en cada ventana y estación) hasta que un operador reanude
  resume [--operator NAME]   levanta la parada de emergencia (auditado con el nombre)
  team add --database URL --role viewer|operator|admin NOMBRE
                   añadir un miembro a un espacio de equipo (PostgreSQL): un rol de inicio de sesión propio; la contraseña
                   se lee de la entrada estándar (se pide en un terminal), nunca como argumento. Solo administradores.
  team list --database URL       los miembros del equipo y sus roles
  team remove --database URL NOMBRE   sacar a un miembro del equipo (solo administradores)
                   códigos de salida de team: 0 hecho, 1 el servidor lo rechazó, 2 argumentos o espacio de trabajo incorrectos
  export-chart     generar un gráfico sin pantalla: --campaign ID|--product ID|--category NOMBRE
                   --kind performance|before-during --out ARCHIVO.png|ARCHIVO.csv [--size ANxAL]
  simulate         reproducir una grabación a través de los agentes: --recording R --from D --to D
                   --policy seed|default|ARCHIVO [--policy ...] --report ARCHIVO.html|.json|.csv [--approve all|none|DECISIONES]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="84"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="85"/>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="87"/>
        <source>The workspace (SQLite file) to open as it is; a new path creates a live workspace.</source>
        <translation>El espacio de trabajo (archivo SQLite) que se abre tal cual; una ruta nueva crea un espacio de trabajo en vivo.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="88"/>
        <location filename="../app/commandline.cpp" line="92"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="90"/>
        <source>Open a recording (a folder with manifest.json, or &quot;demo&quot;) in its own replay workspace (never in a live one).</source>
        <translation>Abrir una grabación (una carpeta con manifest.json, o &quot;demo&quot;) en su propio espacio de trabajo de reproducción (nunca en uno en vivo).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="93"/>
        <source>User interface language, e.g. de or en.</source>
        <translation>Idioma de la interfaz, p. ej. es, de o en.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="93"/>
        <location filename="../app/commandline.cpp" line="108"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="95"/>
        <source>import: the importer to use (%1); default: detected from the header.</source>
        <translation>import: el importador que se usa (%1); por defecto: detectado por la cabecera.</translation>
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
        <translation>import: omitir y contar las filas erróneas en lugar de detenerse en la primera.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="101"/>
        <source>import: the files&apos; text encoding when it is not UTF-8 or UTF-16 with a byte-order mark: latin1 or windows-1252.</source>
        <translation>import: la codificación de texto de los archivos cuando no es UTF-8 ni UTF-16 con marca de orden de bytes: latin1 o windows-1252.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="103"/>
        <location filename="../app/commandline.cpp" line="126"/>
        <location filename="../app/commandline.cpp" line="129"/>
        <location filename="../app/commandline.cpp" line="146"/>
        <location filename="../app/commandline.cpp" line="150"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="105"/>
        <source>import: the currency of the files&apos; amounts (ISO 4217, e.g. GBP): a workspace without one takes it; one in another currency refuses the files. export-recording: the currency of a workspace that has none yet.</source>
        <translation>import: la moneda de los importes de los archivos (ISO 4217, p. ej. GBP): un espacio de trabajo sin moneda la adopta; uno en otra moneda rechaza los archivos. export-recording: la moneda de un espacio de trabajo que aún no tiene.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="110"/>
        <source>import: the order of slash dates (01/11/2011): mdy (month/day/year) or dmy (day/month/year). Default: month first, and a file whose slash dates could be either is refused.</source>
        <translation>import: el orden de las fechas con barra (01/11/2011): mdy (mes/día/año) o dmy (día/mes/año). Por defecto: el mes primero, y se rechaza un archivo cuyas fechas podrían ser de ambas formas.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="113"/>
        <source>ORDER</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="115"/>
        <source>import: what to do with days the store already has: add (sum the figures; a file imported already is refused), replace (the file&apos;s product- or campaign-days replace the store&apos;s; the day&apos;s others stay) or stop (default: refuse the file and name the overlap).</source>
        <translation>import: qué hacer con los días que el almacén ya tiene: add (sumar las cifras; un archivo ya importado se rechaza), replace (los días de producto o de campaña del archivo sustituyen a los del almacén; los demás del día se quedan) o stop (por defecto: rechazar el archivo y nombrar la coincidencia).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="119"/>
        <location filename="../app/commandline.cpp" line="141"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="120"/>
        <source>make-demo: the public data folder.</source>
        <translation>make-demo: la carpeta de datos públicos.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="120"/>
        <location filename="../app/commandline.cpp" line="121"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="121"/>
        <source>make-demo: where to write the recording.</source>
        <translation>make-demo: dónde escribir la grabación.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="122"/>
        <source>cycle: print the recommendations as JSON.</source>
        <translation>cycle: mostrar las recomendaciones como JSON.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="123"/>
        <source>send: send the approved actions.</source>
        <translation>send: enviar las acciones aprobadas.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="124"/>
        <location filename="../app/commandline.cpp" line="137"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="124"/>
        <source>cycle: the policy (JSON) to apply. simulate: a policy to compare (seed, default or a JSON file; repeatable).</source>
        <translation>cycle: la política (JSON) que aplicar. simulate: una política que comparar (seed, default o un archivo JSON; repetible).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="125"/>
        <source>send: the operator named in the audit log.</source>
        <translation>send: el operador que figura en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="127"/>
        <source>export-chart: a campaign id.</source>
        <translation>export-chart: un ID de campaña.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="128"/>
        <source>export-chart: a product id.</source>
        <translation>export-chart: un ID de producto.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="129"/>
        <source>export-chart: a category.</source>
        <translation>export-chart: una categoría.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="130"/>
        <source>export-chart: performance or before-during.</source>
        <translation>export-chart: performance o before-during.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="131"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="132"/>
        <source>export-chart: image size, e.g. 1200x700.</source>
        <translation>export-chart: tamaño de la imagen, p. ej. 1200x700.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="133"/>
        <source>WxH</source>
        <translation>ANxAL</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>simulate: first day (YYYY-MM-DD).</source>
        <translation>simulate: primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <location filename="../app/commandline.cpp" line="135"/>
        <location filename="../app/commandline.cpp" line="162"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="135"/>
        <source>simulate: last day (YYYY-MM-DD).</source>
        <translation>simulate: último día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="136"/>
        <source>simulate: the report file (.html, .json or .csv).</source>
        <translation>simulate: el archivo del informe (.html, .json o .csv).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="139"/>
        <source>simulate: which recommendations the simulation approves: all, none, or decisions such as PAUSE,EMERGENCY_PAUSE.</source>
        <translation>simulate: qué recomendaciones aprueba la simulación: all, none o decisiones como PAUSE,EMERGENCY_PAUSE.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="143"/>
        <source>cycle, send: the ad platform: recorded (default), campaign-pilot-api or meta. Credentials come from the keychain or the environment (CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN).</source>
        <translation>cycle, send: la plataforma publicitaria: recorded (por defecto), campaign-pilot-api o meta. Las credenciales proceden del llavero o del entorno (CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="148"/>
        <source>cycle: the live store: campaign-pilot-api or woocommerce (credentials: keychain, or CP_STORE_TOKEN, CP_WC_CONSUMER_KEY and CP_WC_CONSUMER_SECRET).</source>
        <translation>cycle: la tienda en vivo: campaign-pilot-api o woocommerce (credenciales: llavero, o CP_STORE_TOKEN, CP_WC_CONSUMER_KEY y CP_WC_CONSUMER_SECRET).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="151"/>
        <source>cycle: the store&apos;s address (HTTPS).</source>
        <translation>cycle: la dirección de la tienda (HTTPS).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="152"/>
        <location filename="../app/commandline.cpp" line="156"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="153"/>
        <source>cycle, send: the Meta ad account id (digits; needed with --platform meta).</source>
        <translation>cycle, send: el ID de la cuenta publicitaria de Meta (dígitos; necesario con --platform meta).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="155"/>
        <source>cycle, send: the platform&apos;s address (HTTPS).</source>
        <translation>cycle, send: la dirección de la plataforma (HTTPS).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="157"/>
        <source>queue reject: why (it goes into the audit log).</source>
        <translation>queue reject: por qué (va al registro de auditoría).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="158"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="160"/>
        <source>queue snooze: until when (YYYY-MM-DD: that day&apos;s start, local time; or YYYY-MM-DDTHH:MM).</source>
        <translation>queue snooze: hasta cuándo (AAAA-MM-DD: el comienzo de ese día, hora local; o AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="163"/>
        <source>queue list: every recommendation, decided and snoozed ones too.</source>
        <translation>queue list: todas las recomendaciones, también las decididas y las pospuestas.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="165"/>
        <source>station: the time between rounds, e.g. 15m, 1h or 1d (default 1h).</source>
        <translation>station: el tiempo entre rondas, p. ej. 15m, 1h o 1d (por defecto 1h).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="166"/>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="167"/>
        <source>station: one round, then exit (for cron and tests).</source>
        <translation>station: una ronda y salir (para cron y pruebas).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <source>team add: what the member may do: viewer, operator or admin.</source>
        <translation>team add: lo que puede hacer el miembro: viewer, operator o admin.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="169"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="175"/>
        <source>import | make-demo | cycle | send | queue | simulate | export-recording | export-chart | policy | workspace | audit | team | station (none: open the window)</source>
        <translation>import | make-demo | cycle | send | queue | simulate | export-recording | export-chart | policy | workspace | audit | team | station (ninguno: abrir la ventana)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="177"/>
        <source>[command]</source>
        <translation>[comando]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="178"/>
        <source>import: the CSV files</source>
        <translation>import: los archivos CSV</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="178"/>
        <source>[files...]</source>
        <translation>[archivos...]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="194"/>
        <source>--%1 was given an empty value; give it a %2 or leave the option out</source>
        <translation>--%1 recibió un valor vacío; dele un valor (%2) u omita la opción</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="206"/>
        <source>--lang &quot;%1&quot; is not a language code (e.g. de, en, es)</source>
        <translation>--lang «%1» no es un código de idioma (p. ej. de, en, es)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="272"/>
        <source>import: name at least one CSV file</source>
        <translation>import: indique al menos un archivo CSV</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="275"/>
        <source>import: unknown encoding &quot;%1&quot;; known: latin1, windows-1252</source>
        <translation>import: codificación desconocida &quot;%1&quot;; conocidas: latin1, windows-1252</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="278"/>
        <source>import: --currency &quot;%1&quot; is not a currency code (ISO 4217, three letters, e.g. GBP)</source>
        <translation>import: --currency «%1» no es un código de moneda (ISO 4217, tres letras, p. ej. GBP)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="282"/>
        <source>import: unknown --date-order &quot;%1&quot;; known: mdy (month/day/year), dmy (day/month/year)</source>
        <translation>import: --date-order «%1» desconocido; conocidos: mdy (mes/día/año), dmy (día/mes/año)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="286"/>
        <source>import: unknown --merge &quot;%1&quot;; known: add, replace, stop</source>
        <translation>import: --merge desconocido &quot;%1&quot;; conocidos: add, replace, stop</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="289"/>
        <source>import: unknown importer &quot;%1&quot;; known: %2</source>
        <translation>import: importador desconocido &quot;%1&quot;; conocidos: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="295"/>
        <source>make-demo: --source DIR and --out DIR are required</source>
        <translation>make-demo: se requieren --source CARPETA y --out CARPETA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="301"/>
        <source>cycle: unknown store &quot;%1&quot; (campaign-pilot-api, woocommerce)</source>
        <translation>cycle: tienda desconocida &quot;%1&quot; (campaign-pilot-api, woocommerce)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="304"/>
        <source>cycle: unknown platform &quot;%1&quot; (recorded, campaign-pilot-api, meta)</source>
        <translation>cycle: plataforma desconocida &quot;%1&quot; (recorded, campaign-pilot-api, meta)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="307"/>
        <source>cycle: --store-url URL is required with --store</source>
        <translation>cycle: --store-url URL es obligatorio con --store</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="310"/>
        <source>cycle: --platform-url URL is required with --platform %1</source>
        <translation>cycle: --platform-url URL es obligatorio con --platform %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="313"/>
        <source>cycle: a recording and live connections do not mix; use one or the other</source>
        <translation>cycle: una grabación y las conexiones en vivo no se mezclan; use una cosa u otra</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="319"/>
        <source>export-recording: --out DIR is required</source>
        <translation>export-recording: se requiere --out CARPETA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="322"/>
        <source>export-recording: --currency &quot;%1&quot; is not a currency code (ISO 4217, three letters, e.g. GBP)</source>
        <translation>export-recording: --currency «%1» no es un código de moneda (ISO 4217, tres letras, p. ej. GBP)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="329"/>
        <source>simulate: --recording, --from, --to, --policy and --report are required</source>
        <translation>simulate: se requieren --recording, --from, --to, --policy y --report</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="336"/>
        <source>export-chart: --out FILE and exactly one of --campaign, --product, --category are required</source>
        <translation>export-chart: se requieren --out ARCHIVO y exactamente uno de --campaign, --product, --category</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="339"/>
        <source>export-chart: --kind must be performance or before-during, not &quot;%1&quot;</source>
        <translation>export-chart: --kind debe ser performance o before-during, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="342"/>
        <source>export-chart: --size must be WIDTHxHEIGHT, e.g. 1200x700</source>
        <translation>export-chart: --size debe ser ANCHOxALTO, p. ej. 1200x700</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="346"/>
        <source>export-chart: %1</source>
        <translation>export-chart: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="355"/>
        <source>workspace: name what to do: reidentify</source>
        <translation>workspace: indique qué hacer: reidentify</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="356"/>
        <source>workspace: unknown &quot;%1&quot; (reidentify)</source>
        <translation>workspace: «%1» desconocido (reidentify)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="370"/>
        <source>queue %1: &quot;%2&quot; is not a recommendation id</source>
        <translation>queue %1: «%2» no es un id de recomendación</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="382"/>
        <source>queue: name what to do: list, approve, reject, snooze, retry, mark-applied or send-again</source>
        <translation>queue: diga qué hacer: list, approve, reject, snooze, retry, mark-applied o send-again</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="383"/>
        <source>queue: unknown &quot;%1&quot; (list, approve, reject, snooze, retry, mark-applied, send-again)</source>
        <translation>queue: desconocido &quot;%1&quot; (list, approve, reject, snooze, retry, mark-applied, send-again)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="387"/>
        <source>queue list takes no ids</source>
        <translation>queue list no admite ids</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="389"/>
        <source>queue approve: name at least one recommendation id</source>
        <translation>queue approve: indique al menos un id de recomendación</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="391"/>
        <source>queue %1: name one recommendation id</source>
        <translation>queue %1: indique un id de recomendación</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="393"/>
        <source>queue reject: say why with --reason TEXT (it goes into the audit log)</source>
        <translation>queue reject: diga por qué con --reason TEXTO (va al registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="395"/>
        <source>queue snooze: say until when with --until DATE</source>
        <translation>queue snooze: diga hasta cuándo con --until FECHA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="398"/>
        <source>queue: --policy is not taken; the workspace&apos;s policy in effect applies</source>
        <translation>queue: no se admite --policy; se aplica la política vigente del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="406"/>
        <source>audit: name what to do: verify</source>
        <translation>audit: indique qué hacer: verify</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="407"/>
        <source>audit: unknown &quot;%1&quot; (verify)</source>
        <translation>audit: «%1» desconocido (verify)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="417"/>
        <source>team: name what to do: add, list or remove</source>
        <translation>team: indique qué hacer: add, list o remove</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="418"/>
        <source>team: unknown &quot;%1&quot; (add, list, remove)</source>
        <translation>team: «%1» desconocido (add, list, remove)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="420"/>
        <source>team: name the team workspace with --database postgresql://[USER@]HOST[:PORT]/DB (a workspace file has no team)</source>
        <translation>team: indique el espacio de equipo con --database postgresql://[USUARIO@]HOST[:PUERTO]/BD (un archivo de espacio de trabajo no tiene equipo)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="424"/>
        <source>team list takes no names</source>
        <translation>team list no admite nombres</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="426"/>
        <source>team %1: name one member</source>
        <translation>team %1: indique un miembro</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="430"/>
        <source>team add: say what the member may do with --role viewer|operator|admin</source>
        <translation>team add: indique con --role viewer|operator|admin lo que puede hacer el miembro</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="431"/>
        <source>team add: unknown role &quot;%1&quot; (viewer, operator, admin)</source>
        <translation>team add: rol «%1» desconocido (viewer, operator, admin)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="440"/>
        <source>station: name the workspace with --database PATH|postgresql://HOST[:PORT]/DB</source>
        <translation>station: indique el espacio de trabajo con --database RUTA|postgresql://HOST[:PUERTO]/DB</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="442"/>
        <source>station: --every &quot;%1&quot; is not a duration: a whole number and s, m, h or d, e.g. 15m, 1h, 1d (at least 1m)</source>
        <translation>station: --every «%1» no es una duración: un número entero y s, m, h o d, p. ej. 15m, 1h, 1d (al menos 1m)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="445"/>
        <source>station: unknown store &quot;%1&quot; (campaign-pilot-api, woocommerce)</source>
        <translation>station: tienda desconocida «%1» (campaign-pilot-api, woocommerce)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="447"/>
        <source>station: unknown platform &quot;%1&quot; (recorded, campaign-pilot-api, meta)</source>
        <translation>station: plataforma desconocida «%1» (recorded, campaign-pilot-api, meta)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="449"/>
        <source>station: --store-url URL is required with --store</source>
        <translation>station: --store-url URL es obligatorio con --store</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="451"/>
        <source>station: --platform-url URL is required with --platform %1</source>
        <translation>station: --platform-url URL es obligatorio con --platform %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="453"/>
        <source>station: --json is not taken; the station logs lines for the journal</source>
        <translation>station: --json no se admite; la estación registra líneas para el journal</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="458"/>
        <source>send: say --approved (it sends only what operators approved)</source>
        <translation>send: indique --approved (solo envía lo que aprobaron los operadores)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="461"/>
        <source>send: unknown platform &quot;%1&quot; (recorded, campaign-pilot-api, meta)</source>
        <translation>send: plataforma desconocida &quot;%1&quot; (recorded, campaign-pilot-api, meta)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="464"/>
        <location filename="../app/commandline.cpp" line="467"/>
        <source>send: --platform-url URL is required for campaign-pilot-api</source>
        <translation>send: --platform-url URL es obligatorio para campaign-pilot-api</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="471"/>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>comando desconocido &quot;%1&quot; (pruebe --help)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="475"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="34"/>
        <source>%1: campaign-pilot workspace reidentify --database %2</source>
        <translation>%1: campaign-pilot workspace reidentify --database %2</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="69"/>
        <source>note: no policy is saved in this workspace: the default policy&apos;s amounts are sized for %1 (×%2: a price above %3, at most %4 a day, %5 spent before acting); review them with `campaign-pilot policy` or in Settings ▸ Policy</source>
        <translation>nota: este espacio de trabajo no tiene ninguna política guardada: los importes de la política por defecto están dimensionados para %1 (×%2: un precio por encima de %3, como mucho %4 al día, %5 gastados antes de actuar); revíselos con `campaign-pilot policy` o en Ajustes ▸ Política</translation>
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
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_audit.cpp" line="30"/>
        <source>audit log: entry %1 (%2, %3) does not match: %4</source>
        <translation>registro de auditoría: la entrada %1 (%2, %3) no coincide: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_audit.cpp" line="34"/>
        <source>%n entry(ies) before it verified.</source>
        <translation>
            <numerusform>%n entrada anterior verificada.</numerusform>
            <numerusform>%n entradas anteriores verificadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_audit.cpp" line="37"/>
        <source>audit log: %n entry(ies) verified; the chain is intact.</source>
        <translation>
            <numerusform>registro de auditoría: %n entrada verificada; la cadena está intacta.</numerusform>
            <numerusform>registro de auditoría: %n entradas verificadas; la cadena está intacta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_audit.cpp" line="39"/>
        <source>newest hash: %1 (keep it elsewhere to notice a log rewritten as a whole)</source>
        <translation>hash más reciente: %1 (guárdelo en otro lugar para notar un registro reescrito por completo)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="27"/>
        <source>error: %1 is a replay workspace (a copy of one recording); import into a live workspace (--database PATH)</source>
        <translation>error: %1 es un espacio de trabajo de reproducción (una copia de una grabación); importe en un espacio de trabajo en vivo (--database RUTA)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="66"/>
        <source>error: %1: %2 (%3-separated); name one with --importer</source>
        <translation>error: %1: %2 (separado por %3); indique uno con --importer</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="67"/>
        <source>error: %1: %2 (%3-separated). Column names are read as the platforms and shops export them, in English; a file with other column names can be imported in the window, which maps its columns by hand (File ▸ Import CSV…)</source>
        <translation>error: %1: %2 (separado por %3). Los nombres de columna se leen como los exportan las plataformas y tiendas, en inglés; un archivo con otros nombres de columna se puede importar en la ventana, que asigna sus columnas a mano (Archivo ▸ Importar CSV…)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="86"/>
        <source>error: %1%2</source>
        <translation>error: %1%2</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="87"/>
        <source>nothing from %1 was imported</source>
        <translation>no se importó nada de %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="97"/>
        <source>%1 of %2 files imported; nothing from the others (see above)</source>
        <translation>%1 de %2 archivos importados; nada de los demás (véase arriba)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="102"/>
        <source>none of the %1 files was imported (see above)</source>
        <translation>no se importó ninguno de los %1 archivos (véase arriba)</translation>
    </message>
    <message>
        <location filename="../app/cmd_import.cpp" line="110"/>
        <source>the new workspace %1 was removed again: nothing was imported into it</source>
        <translation>el nuevo espacio de trabajo %1 se eliminó de nuevo: no se importó nada en él</translation>
    </message>
    <message>
        <location filename="../app/cmd_makedemo.cpp" line="27"/>
        <source>demo recording written to %1: %2 products, %3 product days, %4 campaigns, %5 campaign days</source>
        <translation>grabación de demostración escrita en %1: %2 productos, %3 días de producto, %4 campañas, %5 días de campaña</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="57"/>
        <source>cannot read the policy: %1</source>
        <translation>no se puede leer la política: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="73"/>
        <location filename="../app/cmd_cycle.cpp" line="99"/>
        <source>store</source>
        <translation>la tienda</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="74"/>
        <location filename="../app/cmd_cycle.cpp" line="100"/>
        <source>ad platform</source>
        <translation>la plataforma publicitaria</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="79"/>
        <source>  note: the %1 connection %2 is saved for this workspace (the window&apos;s Agents ▸ Connections); its credentials are not</source>
        <translation>  nota: la conexión (%1) %2 queda guardada para este espacio de trabajo (en la ventana, Agentes ▸ Conexiones); sus credenciales no</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="103"/>
        <source>this workspace&apos;s %1 connection is %2, the command names %3: two shops or ad accounts in one workspace would mix their figures and send to the wrong one. Use a workspace of its own (--database), or change the connection in the window (Agents ▸ Connections)</source>
        <translation>la conexión (%1) de este espacio de trabajo es %2, la orden indica %3: dos tiendas o cuentas publicitarias en un espacio de trabajo mezclarían sus cifras y enviarían a la equivocada. Use un espacio de trabajo propio (--database) o cambie la conexión en la ventana (Agentes ▸ Conexiones)</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="132"/>
        <source>error: live data: %1</source>
        <translation>error: datos en vivo: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="137"/>
        <source>live snapshot: %1 products, %2 product days, %3 campaigns, %4 campaign days</source>
        <translation>instantánea en vivo: %1 productos, %2 días de producto, %3 campañas, %4 días de campaña</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="141"/>
        <source>  failed: %1</source>
        <translation>  falló: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="163"/>
        <source>error: the emergency stop is on: no cycle runs and nothing is fetched until an operator resumes (`campaign-pilot resume` or the window)</source>
        <translation>error: la parada de emergencia está activa: no se ejecuta ningún ciclo ni se descarga nada hasta que un operador reanude (`campaign-pilot resume` o la ventana)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="214"/>
        <source>%n of them judged as before: the pending ones were kept, with any approval already given.</source>
        <translation>
            <numerusform>%n de ellas juzgada como antes: se conservó la pendiente, con la aprobación ya dada.</numerusform>
            <numerusform>%n de ellas juzgadas como antes: se conservaron las pendientes, con las aprobaciones ya dadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="129"/>
        <location filename="../app/cmd_cycle.cpp" line="143"/>
        <source>  note: %1</source>
        <translation>  nota: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="24"/>
        <source>Live snapshots exported %1</source>
        <translation>Instantáneas en vivo exportadas el %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="29"/>
        <source>error: the workspace records its amounts in %1, not %2</source>
        <translation>error: el espacio de trabajo registra sus importes en %1, no en %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="34"/>
        <source>error: the workspace&apos;s currency is not known yet (no connection or import named it): give it with --currency CODE, e.g. --currency GBP</source>
        <translation>error: la moneda del espacio de trabajo aún no se conoce (ninguna conexión ni importación la indicó): indíquela con --currency CÓDIGO, p. ej. --currency GBP</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="49"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_exportrecording.cpp" line="50"/>
        <source>recording written to %1 (%2 to %3)</source>
        <translation>grabación escrita en %1 (%2 a %3)</translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="203"/>
        <location filename="../app/cmd_cycle.cpp" line="217"/>
        <source>As of %1: %2.</source>
        <translation>A fecha de %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="209"/>
        <source>Cycle %1 as of %2: %n recommendation(s) queued for approval; nothing was sent.</source>
        <translation>
            <numerusform>Ciclo %1 a fecha de %2: %n recomendación en espera de aprobación; no se envió nada.</numerusform>
            <numerusform>Ciclo %1 a fecha de %2: %n recomendaciones en espera de aprobación; no se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_cycle.cpp" line="219"/>
        <source>#%1 %2 %3 %4 (risk %5): %6</source>
        <translation>n.º %1 %2 %3 %4 (riesgo %5): %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="228"/>
        <source>%n active campaign(s) not judged:</source>
        <translation>
            <numerusform>%n campaña activa sin evaluar:</numerusform>
            <numerusform>%n campañas activas sin evaluar:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_exportchart.cpp" line="38"/>
        <source>wrote %1</source>
        <translation>escrito %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="27"/>
        <location filename="../app/cmd_simulate.cpp" line="29"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="40"/>
        <source>given twice: each policy file is simulated once</source>
        <translation>indicado dos veces: cada archivo de política se simula una vez</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="45"/>
        <source>unknown policy: neither &quot;seed&quot;, &quot;default&quot; nor a policy file</source>
        <translation>política desconocida: ni &quot;seed&quot;, ni &quot;default&quot; ni un archivo de política</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="59"/>
        <source>the report must end in .html, .json or .csv</source>
        <translation>el informe debe terminar en .html, .json o .csv</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="79"/>
        <source>%1 – %2 runs past the recording&apos;s days (%3 – %4): give dates within them</source>
        <translation>%1 – %2 va más allá de los días de la grabación (%3 – %4): indique fechas dentro de ellos</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="86"/>
        <source>the simulation&apos;s model is %1&apos;s (elasticity %2, new-campaign pacing %3, oracle budget up to %4×): every policy of this report, the oracles too, runs under it</source>
        <translation>el modelo de la simulación es el de %1 (elasticidad %2, ritmo de gasto de campañas nuevas %3, presupuesto del oráculo hasta %4×): toda política de este informe, también los oráculos, se ejecuta con él</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="100"/>
        <source>saved as simulation #%1 in %2</source>
        <translation>guardada como simulación n.º %1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_simulate.cpp" line="104"/>
        <source>%1 (%2): spend %3, revenue %4, profit %5 (new campaigns %6), %n action(s)%7</source>
        <translation>
            <numerusform>%1 (%2): gasto %3, ingresos %4, beneficio %5 (campañas nuevas %6), %n acción%7</numerusform>
            <numerusform>%1 (%2): gasto %3, ingresos %4, beneficio %5 (campañas nuevas %6), %n acciones%7</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="108"/>
        <source>, recorded campaigns %1 % of the oracle&apos;s</source>
        <translation>, campañas grabadas %1 % del oráculo</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="114"/>
        <source>incremental profit %1 (recorded campaigns %2%3); wrong pauses %4, missed pauses %5, late-decision loss %6</source>
        <translation>beneficio incremental %1 (campañas grabadas %2%3); pausas erróneas %4, pausas omitidas %5, pérdida por decisiones tardías %6</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="117"/>
        <source>, %1 % of the incremental oracle&apos;s</source>
        <translation>, %1 % del oráculo incremental</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="126"/>
        <source>share of the oracle&apos;s profit: n/a (%1)</source>
        <translation>parte del beneficio del oráculo: n/d (%1)</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="128"/>
        <source>share of the incremental oracle&apos;s profit: n/a (%1)</source>
        <translation>parte del beneficio del oráculo incremental: n/d (%1)</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="130"/>
        <source>the recording states no true incremental units: every attributed conversion counts as incremental</source>
        <translation>la grabación no indica unidades incrementales reales: toda conversión atribuida cuenta como incremental</translation>
    </message>
    <message>
        <location filename="../app/cmd_simulate.cpp" line="132"/>
        <source>report written to %1</source>
        <translation>informe escrito en %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="31"/>
        <source>error: the emergency stop is on; an operator must resume first</source>
        <translation>error: la parada de emergencia está activa; un operador debe reanudar primero</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="38"/>
        <source>error: %1; nothing was sent</source>
        <translation>error: %1; no se envió nada</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="43"/>
        <source>error: this is a live workspace: its approved actions go to its ad platform, never to the recorded backend; name it with --platform, or connect one in the window</source>
        <translation>error: este es un espacio de trabajo en vivo: sus acciones aprobadas van a su plataforma publicitaria, nunca al backend grabado; indíquela con --platform o conecte una en la ventana</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="95"/>
        <source>unknown: recommendation #%1 (%2): its send could not be confirmed%3; later actions on the campaign wait until an operator settles it: campaign-pilot queue mark-applied %1 or queue send-again %1 (in the window, Decisions: Mark applied or Send again)</source>
        <translation>desconocido: recomendación #%1 (%2): no se pudo confirmar su envío%3; las acciones posteriores en la campaña esperan a que un operador lo resuelva: campaign-pilot queue mark-applied %1 o queue send-again %1 (en la ventana, Decisiones: Marcar como aplicado o Enviar de nuevo)</translation>
    </message>
    <message>
        <location filename="../app/cmd_send.cpp" line="110"/>
        <source>failed: recommendation #%1 (%2): %3; nothing was applied. campaign-pilot queue retry %1 sends it again (in the window, Decisions: Retry send)</source>
        <translation>fallido: recomendación #%1 (%2): %3; no se aplicó nada. campaign-pilot queue retry %1 lo envía de nuevo (en la ventana, Decisiones: Reintentar envío)</translation>
    </message>
    <message>
        <location filename="../app/cmd_workspace.cpp" line="12"/>
        <source>error: workspace %1: name the workspace file with --database PATH</source>
        <translation>error: workspace %1: indique el archivo del espacio de trabajo con --database RUTA</translation>
    </message>
    <message>
        <location filename="../app/cmd_workspace.cpp" line="24"/>
        <source>error: %1 is a replay workspace: it has no connections to share, and keeps its id</source>
        <translation>error: %1 es un espacio de trabajo de reproducción: no tiene conexiones que compartir y conserva su id</translation>
    </message>
    <message>
        <location filename="../app/cmd_workspace.cpp" line="36"/>
        <source>%1 now has an identity of its own (id %2, was %3): it has no connections yet (Agents ▸ Connections, or cycle --store/--platform); %4 keeps its own.</source>
        <translation>%1 tiene ahora una identidad propia (id %2, antes %3): todavía no tiene conexiones (Agentes ▸ Conexiones, o cycle --store/--platform); %4 conserva las suyas.</translation>
    </message>
    <message>
        <location filename="../app/cmd_workspace.cpp" line="39"/>
        <source>any workspace it was copied from</source>
        <translation>cualquier espacio de trabajo del que se copió</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="67"/>
        <location filename="../app/cmd_send.cpp" line="90"/>
        <source>product %1</source>
        <translation>producto %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="67"/>
        <source>campaign %1</source>
        <translation>campaña %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="146"/>
        <source>No recommendation yet.</source>
        <translation>Todavía no hay recomendaciones.</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="146"/>
        <source>No recommendation waits for a decision.</source>
        <translation>Ninguna recomendación espera una decisión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="149"/>
        <source>%n recommendation(s):</source>
        <translation>
            <numerusform>%n recomendación:</numerusform>
            <numerusform>%n recomendaciones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="150"/>
        <source>%n recommendation(s) wait for a decision:</source>
        <translation>
            <numerusform>%n recomendación espera una decisión:</numerusform>
            <numerusform>%n recomendaciones esperan una decisión:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="158"/>
        <source>  %n of them spend or stop money (the window&apos;s Decisions count);</source>
        <translation>
            <numerusform>  %n de ellas gasta o detiene dinero (la cifra de la pestaña Decisiones);</numerusform>
            <numerusform>  %n de ellas gastan o detienen dinero (la cifra de la pestaña Decisiones);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="159"/>
        <source>%n only watch (nothing to send)</source>
        <translation>
            <numerusform>%n solo vigila (nada que enviar)</numerusform>
            <numerusform>%n solo vigilan (nada que enviar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="164"/>
        <source>, budget %1 → %2</source>
        <translation>, presupuesto %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="165"/>
        <source>, budget %1</source>
        <translation>, presupuesto %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="168"/>
        <source>%1, %2 of %3 approvals (by %4)</source>
        <translation>%1, %2 de %3 aprobaciones (de %4)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="174"/>
        <source>%1, send %2: %3</source>
        <translation>%1, envío %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="176"/>
        <source>%1, send %2</source>
        <translation>%1, envío %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="176"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="178"/>
        <source>%1, snoozed until %2</source>
        <translation>%1, pospuesta hasta %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="179"/>
        <source>#%1 [%2] %3 %4 %5%6: %7</source>
        <translation>#%1 [%2] %3 %4 %5%6: %7</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="200"/>
        <source>#%1: approval recorded for %2; %3. Nothing is sent until then.</source>
        <translation>#%1: aprobación de %2 registrada; %3. Hasta entonces no se envía nada.</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="206"/>
        <source>#%1 approved by %2: %3 %4; queued to send (campaign-pilot send --approved sends it)</source>
        <translation>#%1 aprobada por %2: %3 %4; en cola para enviar (campaign-pilot send --approved la envía)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="221"/>
        <source>#%1 rejected by %2: %3</source>
        <translation>#%1 rechazada por %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="240"/>
        <source>error: queue %1: #%2 is %3: nothing of it was sent; approve it first (queue approve)</source>
        <translation>error: queue %1: #%2 está %3: no se envió nada; apruébela primero (queue approve)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="252"/>
        <source> (last: %1, at %2)</source>
        <translation> (último: %1, a las %2)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="254"/>
        <source>error: queue %1: #%2&apos;s send is %3, not %4%5</source>
        <translation>error: queue %1: el envío de #%2 está %3, no %4%5</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="271"/>
        <source>#%1: %2 found %3 %4 applied on the platform; its send is done</source>
        <translation>#%1: %2 encontró %3 %4 aplicado en la plataforma; su envío está hecho</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="274"/>
        <source>#%1: %2 %3 the send of %4 %5; campaign-pilot send --approved sends it (it reads the platform first, and confirms what is applied already)</source>
        <translation>#%1: %2 %3 el envío de %4 %5; campaign-pilot send --approved lo envía (lee antes la plataforma y confirma lo que ya está aplicado)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="277"/>
        <source>retried</source>
        <translation>reintentó</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="277"/>
        <source>approved again</source>
        <translation>aprobó de nuevo</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="288"/>
        <source>error: --until: &quot;%1&quot; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>error: --until: «%1» no es una fecha (AAAA-MM-DD) ni una fecha y hora (AAAA-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="294"/>
        <source>error: --until: %1 has passed; a snooze ends later than now</source>
        <translation>error: --until: %1 ya pasó; una posposición termina más tarde que ahora</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="309"/>
        <source> (by %1 at %2)</source>
        <translation> (por %1 el %2)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="318"/>
        <source>#%1 snoozed until %2: hidden from the queue until then, here and in the window on this computer</source>
        <translation>#%1 pospuesta hasta %2: oculta de la cola hasta entonces, aquí y en la ventana de este ordenador</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="336"/>
        <source>error: queue %1: the operator&apos;s name holds a control character (a line break?)</source>
        <translation>error: queue %1: el nombre del operador contiene un carácter de control (¿un salto de línea?)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="341"/>
        <source>error: queue %1: name the operator with --operator NAME (it goes into the audit log)</source>
        <translation>error: queue %1: indique el operador con --operator NOMBRE (va al registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="370"/>
        <source>error: queue %1: %2 has the role %3 in this team workspace: deciding needs an operator or an admin</source>
        <translation>error: queue %1: %2 tiene el rol %3 en este espacio de equipo: decidir requiere un operador o un administrador</translation>
    </message>
    <message>
        <location filename="../app/cmd_queue.cpp" line="373"/>
        <source>note: in a team workspace a decision is recorded as the role you logged in with, %1, not --operator %2</source>
        <translation>nota: en un espacio de equipo una decisión se registra con el rol con el que inició sesión, %1, no con --operator %2</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="127"/>
        <source>a team workspace on PostgreSQL is always live: --recording does not apply</source>
        <translation>un espacio de trabajo de equipo en PostgreSQL siempre está en vivo: --recording no se aplica</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="164"/>
        <source>error: %1 has the role %2 in this team workspace: a station runs as the workspace&apos;s owner or a team admin; this station does not start</source>
        <translation>error: %1 tiene el rol %2 en este espacio de equipo: una estación se ejecuta como propietario del espacio de trabajo o como administrador del equipo; esta estación no arranca</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="173"/>
        <source>error: %1; this station does not start</source>
        <translation>error: %1; esta estación no arranca</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="188"/>
        <source>error: this is a live workspace: its approved actions go to its ad platform, never to the recorded backend</source>
        <translation>error: este es un espacio de trabajo en vivo: sus acciones aprobadas van a su plataforma publicitaria, nunca al backend grabado</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="207"/>
        <source>no live connection: the rounds judge the store&apos;s data as it is</source>
        <translation>sin conexión en vivo: las rondas evalúan los datos del almacén tal como están</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="217"/>
        <source>no ad platform connected (--platform, or the window&apos;s Agents ▸ Connections)</source>
        <translation>ninguna plataforma publicitaria conectada (--platform, o en la ventana Agentes ▸ Conexiones)</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="248"/>
        <source>the workspace&apos;s station lease was taken by another station: %1; this station ends</source>
        <translation>otra estación tomó la concesión de estación del espacio de trabajo: %1; esta estación termina</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="253"/>
        <source>the workspace&apos;s station lease cannot be checked: %1</source>
        <translation>no se puede comprobar la concesión de estación del espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="255"/>
        <source>the workspace&apos;s station lease was lost and has been taken again</source>
        <translation>el bloqueo de la estación sobre el espacio de trabajo se perdió y se ha vuelto a tomar</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="258"/>
        <source>station started for one round (%1)</source>
        <translation>estación iniciada para una ronda (%1)</translation>
    </message>
    <message>
        <location filename="../app/cmd_station.cpp" line="259"/>
        <source>station started: a round now and every %1 (%2)</source>
        <translation>estación iniciada: una ronda ahora y cada %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="50"/>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="52"/>
        <source>Again: </source>
        <translation>Otra vez: </translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="57"/>
        <source>error: the two passwords differ</source>
        <translation>error: las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="82"/>
        <source>The team has no members yet (team add --role admin NAME adds the first admin).</source>
        <translation>El equipo aún no tiene miembros (team add --role admin NOMBRE añade el primer administrador).</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="85"/>
        <source>(cannot log in)</source>
        <translation>(no puede iniciar sesión)</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="93"/>
        <source>error: no password on standard input (a member needs one)</source>
        <translation>error: no hay contraseña en la entrada estándar (un miembro necesita una)</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="99"/>
        <source>%1 is now a member of the team as %2; they log in with --database postgresql://%1@%3%4</source>
        <translation>%1 ya es miembro del equipo como %2; inicia sesión con --database postgresql://%1@%3%4</translation>
    </message>
    <message>
        <location filename="../app/cmd_team.cpp" line="108"/>
        <source>%1 is no longer a member of the team.</source>
        <translation>%1 ya no es miembro del equipo.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="21"/>
        <source>error: resume: name the operator with --operator NAME (it goes into the audit log)</source>
        <translation>error: resume: indique el operador con --operator NOMBRE (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="40"/>
        <source>The emergency stop is on already: agents and sending are halted.</source>
        <translation>La parada de emergencia ya está activa: los agentes y los envíos están detenidos.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="41"/>
        <source>The emergency stop is off: agents and sending may run.</source>
        <translation>La parada de emergencia está desactivada: los agentes y los envíos pueden funcionar.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="51"/>
        <source>Emergency stop: agents and sending are halted in this workspace, here and in every window and station, until an operator resumes.</source>
        <translation>Parada de emergencia: los agentes y los envíos están detenidos en este espacio de trabajo, aquí y en cada ventana y estación, hasta que un operador reanude.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stop.cpp" line="53"/>
        <source>Resumed by %1: agents and sending may run again.</source>
        <translation>Reanudado por %1: los agentes y los envíos pueden funcionar de nuevo.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../agents/live/connections.cpp" line="81"/>
        <source>Meta is an ad platform, not a store</source>
        <translation>Meta es una plataforma publicitaria, no una tienda</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="83"/>
        <source>WooCommerce is a store, not an ad platform</source>
        <translation>WooCommerce es una tienda, no una plataforma publicitaria</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="85"/>
        <source>a language model is neither a store nor an ad platform</source>
        <translation>un modelo de lenguaje no es ni una tienda ni una plataforma publicitaria</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="87"/>
        <source>&quot;%1&quot; is not an address such as https://shop.example.com</source>
        <translation>&quot;%1&quot; no es una dirección como https://shop.example.com</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="89"/>
        <location filename="../agents/live/connections.cpp" line="115"/>
        <source>%1 must be reached over HTTPS (plain HTTP only to this machine)</source>
        <translation>%1 debe accederse por HTTPS (HTTP sin cifrar solo hacia este equipo)</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="94"/>
        <source>the Meta ad account id must be digits (without &quot;act_&quot;), not &quot;%1&quot;</source>
        <translation>el ID de la cuenta publicitaria de Meta debe ser de dígitos (sin &quot;act_&quot;), no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="98"/>
        <source>the Meta API version must look like &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>la versión de la API de Meta debe tener la forma &quot;%1&quot;, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="102"/>
        <source>the days re-read on every refresh must be 0 (the source&apos;s default) to 90, not %1</source>
        <translation>los días que se vuelven a leer en cada actualización deben ser de 0 (el valor por defecto de la fuente) a 90, no %1</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="111"/>
        <source>a language model speaks the OpenAI-compatible chat-completions API</source>
        <translation>un modelo de lenguaje habla la API de chat completions compatible con OpenAI</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="113"/>
        <source>&quot;%1&quot; is not an address such as http://127.0.0.1:8080/v1</source>
        <translation>&quot;%1&quot; no es una dirección como http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="117"/>
        <source>the model&apos;s name is empty (the name its server knows it by, e.g. &quot;llama3.1:8b&quot;)</source>
        <translation>el nombre del modelo está vacío (el nombre con el que lo conoce su servidor, p. ej. &quot;llama3.1:8b&quot;)</translation>
    </message>
    <message>
        <location filename="../agents/live/connections.cpp" line="120"/>
        <source>the language must be a code such as &quot;de&quot; or &quot;es&quot;, not &quot;%1&quot;</source>
        <translation>el idioma debe ser un código como &quot;de&quot; o &quot;es&quot;, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CopyCheck</name>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="158"/>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="160"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="161"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="180"/>
        <source>the %1 is written in %2, not in %3, the workspace&apos;s language</source>
        <translation>%1 está escrito en %2, no en %3, el idioma del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="187"/>
        <source>headline</source>
        <translation>titular</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="189"/>
        <source>primary text</source>
        <translation>texto principal</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="190"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="250"/>
        <source>the answer is not the JSON object asked for (&quot;%1&quot;)</source>
        <translation>la respuesta no es el objeto JSON pedido (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="259"/>
        <source>the answer&apos;s &quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; en la respuesta no es texto</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="274"/>
        <source>the %1 is empty</source>
        <translation>el campo «%1» está vacío</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="276"/>
        <location filename="../agents/llm/copycheck.cpp" line="355"/>
        <source>the %1 has %2 characters, more than the %3 allowed</source>
        <translation>el campo «%1» tiene %2 caracteres, más de los %3 permitidos</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="278"/>
        <source>the %1 holds control or invisible characters</source>
        <translation>el campo «%1» contiene caracteres de control o invisibles</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="280"/>
        <source>the %1 holds markup (HTML or Markdown)</source>
        <translation>el campo «%1» contiene marcado (HTML o Markdown)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="282"/>
        <source>the %1 holds an address (%2); an ad&apos;s link is set on the platform, not in its text</source>
        <translation>el campo «%1» contiene una dirección (%2); el enlace de un anuncio se define en la plataforma, no en su texto</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="308"/>
        <source>the %1 names another currency (%2) than the shop&apos;s, %3</source>
        <translation>%1 nombra otra moneda (%2) que la de la tienda, %3</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="313"/>
        <source>the %1 names a price (%2), but the product has none</source>
        <translation>el campo «%1» menciona un precio (%2), pero el producto no tiene ninguno</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="315"/>
        <source>the %1 names a price (%2) that is not the product&apos;s (%3)</source>
        <translation>el campo «%1» menciona un precio (%2) que no es el del producto (%3)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="322"/>
        <source>the %1 names a number (%2) that is neither the product&apos;s price (as %3) nor in its name, category or stock</source>
        <translation>%1 nombra un número (%2) que no es el precio del producto (como %3) ni está en su nombre, categoría o existencias</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="325"/>
        <source>the %1 names a number (%2) that is not in the product&apos;s name, category or stock</source>
        <translation>%1 nombra un número (%2) que no está en el nombre, la categoría ni las existencias del producto</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="459"/>
        <source>explanation</source>
        <translation>la explicación</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="340"/>
        <source>the %1 speaks of &quot;%2&quot;, the operator&apos;s business, not an ad&apos;s (an instruction in the product&apos;s texts obeyed?)</source>
        <translation>el campo «%1» habla de «%2», asunto del operador, no de un anuncio (¿se obedeció una instrucción en los textos del producto?)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="344"/>
        <source>copy</source>
        <translation>el texto del anuncio</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="436"/>
        <source>the explanation is empty</source>
        <translation>la explicación está vacía</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="438"/>
        <source>the explanation has %1 characters, more than the 800 allowed</source>
        <translation>la explicación tiene %1 caracteres, más de los 800 permitidos</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="440"/>
        <source>the explanation holds control or invisible characters</source>
        <translation>la explicación contiene caracteres de control o invisibles</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="442"/>
        <source>the explanation holds markup (HTML or Markdown)</source>
        <translation>la explicación contiene marcado (HTML o Markdown)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="444"/>
        <source>the explanation holds an address (%1)</source>
        <translation>la explicación contiene una dirección (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/copycheck.cpp" line="458"/>
        <source>the explanation names a number (%1) that is in neither the rationale nor its inputs</source>
        <translation>la explicación menciona un número (%1) que no está ni en la justificación ni en sus datos de entrada</translation>
    </message>
</context>
<context>
    <name>CopyWriter</name>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="61"/>
        <source>%1 — order today</source>
        <translation>%1: pídelo hoy</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="62"/>
        <source>%1 — a favourite in %2</source>
        <translation>%1: un favorito en %2</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="69"/>
        <source>%1 for %2. In stock and ready to ship.</source>
        <translation>%1 por %2. En stock y listo para enviar.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="71"/>
        <source>%1 for %2.</source>
        <translation>%1 por %2.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="72"/>
        <source>Discover %1.</source>
        <translation>Descubre %1.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/copywriter.cpp" line="77"/>
        <source>Ready to ship</source>
        <translation>Listo para enviar</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../agents/live/credentials.cpp" line="98"/>
        <source>no credentials for the %1 (%2): enter them in Agents ▸ Connections, or set %3</source>
        <translation>no hay credenciales para %1 (%2): introdúzcalas en Agentes ▸ Conexiones, o defina %3</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="99"/>
        <source>store</source>
        <translation>la tienda</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="100"/>
        <source>language model</source>
        <translation>modelo de lenguaje</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="101"/>
        <source>ad platform</source>
        <translation>la plataforma publicitaria</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="104"/>
        <source> (the keychain said: %1)</source>
        <translation> (el llavero indicó: %1)</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="143"/>
        <source>the keychain is switched off (CP_NO_KEYCHAIN=1); use the environment variables</source>
        <translation>el llavero está desactivado (CP_NO_KEYCHAIN=1); use las variables de entorno</translation>
    </message>
    <message>
        <location filename="../agents/live/credentials.cpp" line="161"/>
        <source>the keychain refused: %1</source>
        <translation>el llavero se negó: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="102"/>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="106"/>
        <location filename="../agents/import/csvreader.cpp" line="228"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="170"/>
        <source>the text is not UTF-8: byte 0x%1 at byte offset %2 is not a valid UTF-8 sequence. If the file is Latin-1 or Windows-1252, name the encoding (--encoding latin1 or windows-1252, or Encoding in the import dialog); nothing is replaced silently</source>
        <translation>el texto no es UTF-8: el byte 0x%1 en la posición %2 no es una secuencia UTF-8 válida. Si el archivo es Latin-1 o Windows-1252, indique la codificación (--encoding latin1 o windows-1252, o Codificación en el diálogo de importación); no se sustituye nada sin avisar</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="178"/>
        <source>a NUL byte at byte offset %1: this looks like UTF-16 without a byte-order mark; save the file as UTF-8 or UTF-16 with a BOM</source>
        <translation>un byte NUL en la posición %1: parece UTF-16 sin marca de orden de bytes; guarde el archivo como UTF-8 o UTF-16 con BOM</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="191"/>
        <source>the file starts with a UTF-16 byte-order mark but is not valid UTF-16 (near byte offset %1)</source>
        <translation>el archivo empieza con una marca de orden de bytes UTF-16 pero no es UTF-16 válido (cerca de la posición %1)</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="207"/>
        <source>byte 0x%1 at byte offset %2 is not a Windows-1252 character</source>
        <translation>el byte 0x%1 en la posición %2 no es un carácter de Windows-1252</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="408"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="410"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="412"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="470"/>
        <source>the record starting on line %1 is longer than %2 bytes (the limit for one record)</source>
        <translation>el registro que empieza en la línea %1 ocupa más de %2 bytes (el límite para un registro)</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="496"/>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>un campo entre comillas abierto en la línea %1 nunca se cierra</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="551"/>
        <source>text after the closing quote of field %1</source>
        <translation>texto tras las comillas de cierre del campo %1</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="559"/>
        <source>a quote inside unquoted field %1</source>
        <translation>unas comillas dentro del campo %1, que no va entre comillas</translation>
    </message>
    <message>
        <location filename="../agents/import/csvreader.cpp" line="604"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
</context>
<context>
    <name>DailyAdsImporter</name>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="16"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="17"/>
        <source>Campaign ID</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="18"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="19"/>
        <source>Ad set</source>
        <translation>Conjunto de anuncios</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="20"/>
        <source>Ad</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="21"/>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="22"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="23"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="24"/>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="25"/>
        <source>Conversion value</source>
        <translation>Valor de conversión</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="29"/>
        <source>Reporting ends</source>
        <translation>Fin del informe</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="32"/>
        <source>Result indicator</source>
        <translation>Indicador de resultado</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="40"/>
        <source>campaign_id or campaign name</source>
        <translation>campaign_id o nombre de la campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="65"/>
        <source>total rows (&quot;Total: …&quot;) not imported: the report&apos;s own sums</source>
        <translation>filas de total (&quot;Total: …&quot;) no importadas: las sumas propias del informe</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="72"/>
        <source>the campaign id and name are empty</source>
        <translation>el ID y el nombre de la campaña están vacíos</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="83"/>
        <source>campaign id %1 is &quot;%2&quot; here but &quot;%3&quot; on line %4: one id must name one campaign</source>
        <translation>el id de campaña %1 es «%2» aquí pero «%3» en la línea %4: un id debe nombrar una sola campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="104"/>
        <source>columns about conversions not read (%1): conversions and their value are read from Conversions and Conv. value (Meta: Purchases, Purchases conversion value)</source>
        <translation>columnas de conversiones no leídas (%1): las conversiones y su valor se leen de Conversions y Conv. value (Meta: Purchases, Purchases conversion value)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="112"/>
        <source>columns not read (%1): a report&apos;s campaigns are stored as ended, with no budget; their status and daily budget come from a live connection or a campaign list (the &quot;Campaign list&quot; importer)</source>
        <translation>columnas no leídas (%1): las campañas de un informe se guardan como finalizadas y sin presupuesto; su estado y su presupuesto diario vienen de una conexión en vivo o de una lista de campañas (el importador «Lista de campañas»)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="120"/>
        <source>column &quot;%1&quot;: a negative spend (%2)</source>
        <translation>columna &quot;%1&quot;: un gasto negativo (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/dailyadsimporter.cpp" line="129"/>
        <source>the row covers %1 to %2 (%n day(s)), not one day: export the report broken down by day (Ads Manager: Breakdown ▸ By time ▸ Day)</source>
        <translation>
            <numerusform>la fila abarca de %1 a %2 (%n día), no un día: exporte el informe desglosado por día (Administrador de anuncios: Desglose ▸ Por tiempo ▸ Día)</numerusform>
            <numerusform>la fila abarca de %1 a %2 (%n días), no un día: exporte el informe desglosado por día (Administrador de anuncios: Desglose ▸ Por tiempo ▸ Día)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="139"/>
        <source>column &quot;%1&quot; counts each campaign&apos;s objective (link clicks, leads, purchases…) and the file does not say which (no &quot;Result indicator&quot; column): export the Purchases column, or add Result indicator</source>
        <translation>la columna «%1» cuenta el objetivo de cada campaña (clics en enlaces, clientes potenciales, compras…) y el archivo no dice cuál (no hay columna «Result indicator»): exporte la columna «Purchases» o añada «Result indicator»</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="146"/>
        <source>column &quot;%1&quot; counts %2 here, not purchases: export the Purchases column (its conversions would be %2)</source>
        <translation>la columna &quot;%1&quot; cuenta aquí %2, no compras: exporte la columna Compras (sus conversiones serían %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="179"/>
        <source>column &quot;%1&quot;: a negative conversion value (%2)</source>
        <translation>columna &quot;%1&quot;: un valor de conversión negativo (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="186"/>
        <source>campaign %1</source>
        <translation>campaña %1</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="190"/>
        <source>ad %1 in ad set %2 of campaign %3</source>
        <translation>anuncio %1 del conjunto de anuncios %2 de la campaña %3</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="192"/>
        <source>ad %1 of campaign %2</source>
        <translation>anuncio %1 de la campaña %2</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="194"/>
        <source>ad set %1 of campaign %2</source>
        <translation>conjunto de anuncios %1 de la campaña %2</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="201"/>
        <source>%1 on %2 is already on line %3: a row per ad per day must not repeat. If the rows differ in %4, the report has a breakdown: export it without one (or by day only)</source>
        <translation>%1 el %2 ya está en la línea %3: una fila por anuncio y día no debe repetirse. Si las filas difieren en %4, el informe tiene un desglose: expórtelo sin él (o solo por día)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="204"/>
        <source>%1 on %2 is already on line %3: a row per ad per day must not repeat</source>
        <translation>%1 el %2 ya está en la línea %3: una fila por anuncio y día no debe repetirse</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="217"/>
        <source>the campaign&apos;s day total leaves the money range</source>
        <translation>el total diario de la campaña sale del rango de importes</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="224"/>
        <source>the campaign&apos;s day total leaves the range of whole numbers</source>
        <translation>el total diario de la campaña sale del rango de números enteros</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="264"/>
        <source>campaign &quot;%1&quot; is named without an id, and %2 campaigns of the workspace have that name (%3): export the report with its Campaign ID column</source>
        <translation>la campaña &quot;%1&quot; se nombra sin id, y %2 campañas del espacio de trabajo tienen ese nombre (%3): exporte el informe con su columna Campaign ID</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="294"/>
        <source>campaigns named without an id matched to the workspace&apos;s campaign of that name (e.g. &quot;%1&quot; → %2)</source>
        <translation>campañas nombradas sin id asignadas a la campaña del espacio de trabajo con ese nombre (p. ej. &quot;%1&quot; → %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="342"/>
        <source>Writing daily figures</source>
        <translation>Escribiendo cifras diarias</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.cpp" line="347"/>
        <source>campaign-days whose conversions had fractions (data-driven attribution): rounded on each campaign&apos;s running total, the file&apos;s %1 conversions stored as %2</source>
        <translation>días de campaña con conversiones fraccionarias (atribución basada en datos): redondeadas sobre el total acumulado de cada campaña, las %1 conversiones del archivo guardadas como %2</translation>
    </message>
    <message>
        <location filename="../agents/import/dailyadsimporter.h" line="28"/>
        <source>Ad platform daily report</source>
        <translation>Informe diario de plataforma publicitaria</translation>
    </message>
</context>
<context>
    <name>DailySalesImporter</name>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="13"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="14"/>
        <source>Product code</source>
        <translation>Código de producto</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="16"/>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="17"/>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="19"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="21"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="22"/>
        <source>Page views</source>
        <translation>Visitas a la página</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="23"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="88"/>
        <source>the product code is empty</source>
        <translation>el código de producto está vacío</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="95"/>
        <source>column &quot;%1&quot;: negative units (%2)</source>
        <translation>columna &quot;%1&quot;: unidades negativas (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="97"/>
        <source>column &quot;%1&quot;: negative revenue (%2)</source>
        <translation>columna &quot;%1&quot;: ingresos negativos (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="113"/>
        <source>product %1 on %2 is already on line %3: a daily file has one row per product and day</source>
        <translation>el producto %1 el %2 ya está en la línea %3: un archivo diario tiene una fila por producto y día</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="122"/>
        <source>column &quot;%1&quot;: negative orders (%2)</source>
        <translation>columna &quot;%1&quot;: pedidos negativos (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="129"/>
        <source>column &quot;%1&quot;: negative value</source>
        <translation>columna &quot;%1&quot;: valor negativo</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.cpp" line="225"/>
        <source>Writing daily figures</source>
        <translation>Escribiendo cifras diarias</translation>
    </message>
    <message>
        <location filename="../agents/import/dailysalesimporter.h" line="24"/>
        <source>Daily product sales</source>
        <translation>Ventas diarias por producto</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/database.cpp" line="235"/>
        <source>not a workspace: &quot;%1:&quot; begins an address, and the only addresses are postgresql://[USER@]HOST[:PORT]/DATABASE; a file whose name holds a colon is written ./NAME</source>
        <translation>no es un espacio de trabajo: «%1:» inicia una dirección, y las únicas direcciones son postgresql://[USUARIO@]HOST[:PUERTO]/BASE; un archivo con dos puntos en el nombre se escribe ./NOMBRE</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="177"/>
        <source>no server named</source>
        <translation>no se nombra ningún servidor</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="186"/>
        <source>a password in the address</source>
        <translation>una contraseña en la dirección</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="188"/>
        <source>no database named after the server</source>
        <translation>no se nombra ninguna base de datos tras el servidor</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="194"/>
        <source>&quot;%1&quot; is not a parameter this program passes on</source>
        <translation>«%1» no es un parámetro que este programa transmita</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="197"/>
        <source>the value of %1 is empty or holds ; &apos; \ or a space</source>
        <translation>el valor de %1 está vacío o contiene ; &apos; \ o un espacio</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="253"/>
        <source>not a PostgreSQL address (%2): use postgresql://[USER@]HOST[:PORT]/DATABASE (the password comes from PGPASSWORD or ~/.pgpass, never the address), with ?sslmode=… and the like only for libpq&apos;s %1</source>
        <translation>no es una dirección de PostgreSQL (%2): use postgresql://[USUARIO@]HOST[:PUERTO]/BASE_DE_DATOS (la contraseña viene de PGPASSWORD o ~/.pgpass, nunca de la dirección), con ?sslmode=… y similares solo para %1 de libpq</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="272"/>
        <source>cannot open the store: %1</source>
        <translation>no se puede abrir el almacén de datos: %1</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="278"/>
        <source>not a Campaign Pilot store (the database holds other tables)</source>
        <translation>no es un almacén de Campaign Pilot (la base de datos contiene otras tablas)</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="279"/>
        <source>not a Campaign Pilot store (not an SQLite database)</source>
        <translation>no es un almacén de datos de Campaign Pilot (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="282"/>
        <source>the store has schema version %1, newer than this program&apos;s %2; use a newer Campaign Pilot</source>
        <translation>el almacén de datos tiene la versión de esquema %1, más reciente que la %2 de este programa; use una versión más reciente de Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="422"/>
        <source>missing migration</source>
        <translation>falta una migración</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="435"/>
        <location filename="../models/database.cpp" line="442"/>
        <source>migration to version %1 failed: %2</source>
        <translation>falló la migración a la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>DecisionQueuePane</name>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="54"/>
        <source>Campaign age</source>
        <translation>Antigüedad de la campaña</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="55"/>
        <source>Campaign days measured</source>
        <translation>Días de campaña medidos</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="56"/>
        <source>Days before the campaign</source>
        <translation>Días antes de la campaña</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="57"/>
        <source>Sales a day before</source>
        <translation>Ventas al día antes</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="58"/>
        <source>Sales a day during</source>
        <translation>Ventas al día durante</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="59"/>
        <source>Page views a day before</source>
        <translation>Visitas a la página al día antes</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="60"/>
        <source>Page views a day during</source>
        <translation>Visitas a la página al día durante</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="61"/>
        <source>Sales change</source>
        <translation>Variación de ventas</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="62"/>
        <source>Page-view change</source>
        <translation>Variación de visitas</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="63"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="64"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="65"/>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="66"/>
        <source>ROAS (revenue ÷ spend)</source>
        <translation>ROAS (ingresos ÷ gasto)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="67"/>
        <source>Cost per conversion</source>
        <translation>Coste por conversión</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="68"/>
        <source>Efficiency score</source>
        <translation>Puntuación de eficiencia</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="69"/>
        <source>Budget used</source>
        <translation>Presupuesto consumido</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="70"/>
        <source>Performance decline</source>
        <translation>Caída del rendimiento</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="71"/>
        <source>Product lifecycle (0 growing, 1 declining)</source>
        <translation>Ciclo de vida del producto (0 en crecimiento, 1 en declive)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="72"/>
        <source>Competition in the category</source>
        <translation>Competencia en la categoría</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="73"/>
        <source>Risk (of 100)</source>
        <translation>Riesgo (sobre 100)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="74"/>
        <source>Where the figures come from</source>
        <translation>Origen de las cifras</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="75"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="76"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="77"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="78"/>
        <source>Proposed daily budget</source>
        <translation>Presupuesto diario propuesto</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="79"/>
        <source>Daily budget</source>
        <translation>Presupuesto diario</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="80"/>
        <source>Revenue potential a day</source>
        <translation>Ingresos potenciales al día</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="81"/>
        <source>Expected impact a day</source>
        <translation>Impacto esperado al día</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="82"/>
        <source>… at least (90 % interval)</source>
        <translation>… como mínimo (intervalo del 90 %)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="83"/>
        <source>… at most (90 % interval)</source>
        <translation>… como máximo (intervalo del 90 %)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="84"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="85"/>
        <source>Sales moved more than the campaign could cause</source>
        <translation>Las ventas se movieron más de lo que la campaña puede causar</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="86"/>
        <source>Page views, last 30 days</source>
        <translation>Visitas, últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="87"/>
        <source>Units sold, last 30 days</source>
        <translation>Unidades vendidas, últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="88"/>
        <source>Figures as of</source>
        <translation>Cifras a fecha de</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="89"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="90"/>
        <source>Pause now below ROAS</source>
        <translation>Pausar ya por debajo de ROAS</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="91"/>
        <source>Pause when sales change below</source>
        <translation>Pausar si la variación de ventas baja de</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="92"/>
        <source>Pause when page views change below</source>
        <translation>Pausar si la variación de visitas baja de</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="93"/>
        <source>Keep running when sales rise above</source>
        <translation>Mantener activa si las ventas suben más de</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="94"/>
        <source>… and page views rise above</source>
        <translation>… y las visitas suben más de</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="95"/>
        <source>Improve when sales change within (%)</source>
        <translation>Mejorar si la variación de ventas está entre (%)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="96"/>
        <source>Improve when page views change within (%)</source>
        <translation>Mejorar si la variación de visitas está entre (%)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="97"/>
        <source>Learning period</source>
        <translation>Fase de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="98"/>
        <source>Days of figures needed</source>
        <translation>Días de cifras necesarios</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="99"/>
        <source>Stock above</source>
        <translation>Existencias superiores a</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="100"/>
        <source>Price above</source>
        <translation>Precio superior a</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="101"/>
        <source>Page views per sale above</source>
        <translation>Visitas por venta superiores a</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="172"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="173"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <location filename="../models/decisionstore.cpp" line="292"/>
        <source>The copy chosen on #%1 was not kept: the product&apos;s price changed (%2 → %3) and it may name the old one.</source>
        <translation>El texto elegido en #%1 no se conservó: el precio del producto cambió (%2 → %3) y puede nombrar el anterior.</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="302"/>
        <source>kept from #%1, which this cycle superseded (%2): %3 | %4 | %5 (%6)</source>
        <translation>conservado de #%1, que este ciclo sustituyó (%2): %3 | %4 | %5 (%6)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="304"/>
        <source>chosen by an operator</source>
        <translation>elegido por un operador</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="305"/>
        <source>the language model&apos;s, over the template&apos;s of a cycle without one</source>
        <translation>el del modelo de lenguaje, en lugar del de la plantilla de un ciclo sin modelo</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1269"/>
        <source>no recommendation %1</source>
        <translation>no existe la recomendación %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1281"/>
        <location filename="../models/decisionstore.cpp" line="1437"/>
        <location filename="../models/decisionstore.cpp" line="1453"/>
        <location filename="../models/decisionstore.cpp" line="1508"/>
        <location filename="../models/decisionstore.cpp" line="1524"/>
        <source>recommendation %1</source>
        <translation>recomendación %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="57"/>
        <source>it is %1, not pending</source>
        <translation>está %1, no pendiente</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1285"/>
        <source>it proposes no action to send</source>
        <translation>no propone ninguna acción que enviar</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="54"/>
        <location filename="../models/decisionstore.cpp" line="1288"/>
        <source>it expired at %1; run a new cycle</source>
        <translation>caducó el %1; ejecute un nuevo ciclo</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1306"/>
        <location filename="../models/decisionstore.cpp" line="1395"/>
        <source>it was decided by someone else meanwhile</source>
        <translation>otra persona la decidió mientras tanto</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1437"/>
        <location filename="../models/decisionstore.cpp" line="2401"/>
        <source>a rejection needs a reason</source>
        <translation>un rechazo necesita un motivo</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1874"/>
        <source>set your name first (Settings ▸ Operator name): it goes into the audit log</source>
        <translation>indique primero su nombre (Ajustes ▸ Nombre del operador): va al registro de auditoría</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1875"/>
        <location filename="../models/decisionstore.cpp" line="1913"/>
        <location filename="../models/decisionstore.cpp" line="1937"/>
        <source>recommendation #%1</source>
        <translation>recomendación n.º %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1969"/>
        <source>the operator found it applied on the platform</source>
        <translation>el operador lo encontró aplicado en la plataforma</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1979"/>
        <source>the operator found it not applied on the platform: sent again with the same key</source>
        <translation>el operador lo encontró sin aplicar en la plataforma: enviado de nuevo con la misma clave</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2382"/>
        <location filename="../models/decisionstore.cpp" line="2418"/>
        <source>it is not pending</source>
        <translation>no está pendiente</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1507"/>
        <source>only a pending budget or new-campaign recommendation can be edited</source>
        <translation>solo se puede editar una recomendación pendiente de presupuesto o de campaña nueva</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="50"/>
        <source>already approved by %1 at %2</source>
        <translation>ya aprobada por %1 el %2</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="52"/>
        <source>already rejected by %1 at %2 (%3)</source>
        <translation>ya rechazada por %1 el %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="56"/>
        <source>a newer recommendation for the same campaign superseded it</source>
        <translation>una recomendación más reciente para la misma campaña la sustituyó</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="174"/>
        <source> The approval given before this change no longer counts; it needs its approvals again.</source>
        <translation> La aprobación dada antes de este cambio ya no cuenta; necesita sus aprobaciones de nuevo.</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="416"/>
        <source>%1 ids drawn for %2 rows</source>
        <translation>%1 ids obtenidos para %2 filas</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="623"/>
        <source>audit entries were not written in their chain&apos;s order</source>
        <translation>las entradas de auditoría no se escribieron en el orden de su cadena</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="625"/>
        <source>%1 of %2 audit entries written</source>
        <translation>%1 de %2 entradas de auditoría escritas</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="683"/>
        <source>cycle %1 judged %n pending recommendation(s) with nothing to send as before and kept them: %2</source>
        <translation>
            <numerusform>el ciclo %1 juzgó igual %n recomendación pendiente sin nada que enviar y la conservó: %2</numerusform>
            <numerusform>el ciclo %1 juzgó igual %n recomendaciones pendientes sin nada que enviar y las conservó: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="706"/>
        <source>cycle %1 recommended %n with nothing to send (%2): %3</source>
        <translation>
            <numerusform>el ciclo %1 recomendó %n sin nada que enviar (%2): %3</numerusform>
            <numerusform>el ciclo %1 recomendó %n sin nada que enviar (%2): %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1069"/>
        <source>%1 of %2 recommendations written</source>
        <translation>%1 de %2 recomendaciones escritas</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="1146"/>
        <source>cycle %1 proposed again what %n pending recommendation(s) propose that an operator approved already, and kept them with that approval: %2</source>
        <translation>
            <numerusform>el ciclo %1 volvió a proponer lo que propone %n recomendación pendiente que un operador ya aprobó, y la conservó con esa aprobación: %2</numerusform>
            <numerusform>el ciclo %1 volvió a proponer lo que proponen %n recomendaciones pendientes que un operador ya aprobó, y las conservó con esa aprobación: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1334"/>
        <source>was sent without a confirmation yet (see the Outbox)</source>
        <translation>se envió sin confirmación todavía (vea la bandeja de salida)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1335"/>
        <source>waits to be sent</source>
        <translation>espera a enviarse</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1336"/>
        <source>the same action is already on its way: recommendation %1, approved by %2 at %3, %4; approving this one would send it twice</source>
        <translation>la misma acción ya está en camino: recomendación %1, aprobada por %2 a las %3, %4; aprobar esta la enviaría dos veces</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1364"/>
        <source>%1 already approved it at %2; a second, different operator must approve it</source>
        <translation>%1 ya la aprobó el %2; debe aprobarla un segundo operador, distinto</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1378"/>
        <source>%1 of %2 approvals; needs one more by a different operator</source>
        <translation>%1 de %2 aprobaciones; necesita una más de otro operador</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1490"/>
        <source>Budget edited by %1 from %2 to %3 a day: the expected effect above was for %2; the Impact column is for %3.</source>
        <translation>Presupuesto editado por %1 de %2 a %3 al día: el efecto esperado de arriba era para %2; la columna Impacto es para %3.</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1492"/>
        <source>Budget edited by %1 from %2 to %3 a day: the expected effect above was for %2 and is not worked out again for %3.</source>
        <translation>Presupuesto editado por %1 de %2 a %3 al día: el efecto esperado de arriba era para %2 y no se vuelve a calcular para %3.</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1513"/>
        <source>budget %1 → %2. %3</source>
        <translation>presupuesto %1 → %2. %3</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1527"/>
        <source>no ad copy is chosen</source>
        <translation>no hay ningún texto de anuncio elegido</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1542"/>
        <source>only the copy of a pending new campaign can be changed</source>
        <translation>solo se puede cambiar el texto de una campaña nueva pendiente</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1616"/>
        <source>outbox entry %1 is not %2</source>
        <translation>la entrada %1 de la bandeja de salida no está %2</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1644"/>
        <source>claiming the next entry needs row locks (PostgreSQL); list and claim() instead</source>
        <translation>reclamar la siguiente entrada requiere bloqueos de fila (PostgreSQL); en su lugar, listar y claim()</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1735"/>
        <location filename="../models/decisionstore.cpp" line="1746"/>
        <source>outbox entry %1: the lease was lost to another sender</source>
        <translation>entrada %1 de la bandeja de salida: la reserva pasó a otro remitente</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1773"/>
        <source>outbox entry %1 is no longer ours to settle (its lease was lost)</source>
        <translation>la entrada %1 de la bandeja de salida ya no nos corresponde cerrarla (se perdió su reserva)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1786"/>
        <source>a state check showed the last attempt was never applied; sent again with the same key</source>
        <translation>una comprobación de estado mostró que el último intento nunca se aplicó; se envió de nuevo con la misma clave</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1910"/>
        <source>it spends money on evidence that expired at %1; sending it now would act on old figures. It stays %2; the next cycle proposes again what still holds</source>
        <translation>gasta dinero con datos que caducaron el %1; enviarlo ahora sería actuar con cifras antiguas. Sigue %2; el próximo ciclo vuelve a proponer lo que aún vale</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1931"/>
        <source>campaign %1</source>
        <translation>campaña %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1932"/>
        <source>product %1</source>
        <translation>producto %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1933"/>
        <source>recommendation #%1 on the same %2 was approved since (by %3): sending this older one as well would act twice; it stays %4</source>
        <translation>la recomendación #%1 sobre el mismo %2 se aprobó después (por %3): enviar también esta más antigua actuaría dos veces; queda %4</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1958"/>
        <source>the operator sent the failed action again</source>
        <translation>el operador envió de nuevo la acción fallida</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1959"/>
        <source>the operator sent the failed action again (it had failed: %1)</source>
        <translation>el operador volvió a enviar la acción fallida (había fallado: %1)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="1980"/>
        <source>the operator found it not applied on the platform: sent again with the same key (it had been unknown: %1)</source>
        <translation>el operador comprobó que no se aplicó en la plataforma: enviada de nuevo con la misma clave (era desconocida: %1)</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2116"/>
        <source>policy version %1 was saved from elsewhere meanwhile; this change was not saved: open the settings again to see the policy in effect</source>
        <translation>la versión %1 de la política se guardó desde otro lugar mientras tanto; este cambio no se guardó: abra de nuevo los ajustes para ver la política vigente</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2304"/>
        <source>proposal %1 changes policy version %2: %3</source>
        <translation>la propuesta %1 cambia la versión %2 de la política: %3</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2334"/>
        <source>no such policy proposal</source>
        <translation>no existe esa propuesta de política</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2334"/>
        <location filename="../models/decisionstore.cpp" line="2341"/>
        <location filename="../models/decisionstore.cpp" line="2366"/>
        <location filename="../models/decisionstore.cpp" line="2382"/>
        <location filename="../models/decisionstore.cpp" line="2401"/>
        <location filename="../models/decisionstore.cpp" line="2418"/>
        <source>policy proposal %1</source>
        <translation>propuesta de política %1</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2343"/>
        <source>a newer proposal replaced it</source>
        <translation>una propuesta más reciente la sustituyó</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2344"/>
        <source>already %1 by %2 at %3</source>
        <translation>ya %1 por %2 el %3</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2345"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2345"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2363"/>
        <source>the policy it changes (version %1) is no longer the one in effect (version %2); the Analyst proposes again against the new one</source>
        <translation>la política que cambia (versión %1) ya no es la vigente (versión %2); el Analista vuelve a proponer a partir de la nueva</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2384"/>
        <source>proposal %1 approved: policy version %2 in effect from the next cycle: %3</source>
        <translation>propuesta %1 aprobada: la versión %2 de la política rige desde el próximo ciclo: %3</translation>
    </message>
    <message>
        <location filename="../models/decisionstore.cpp" line="2420"/>
        <source>proposal %1 rejected: %2</source>
        <translation>propuesta %1 rechazada: %2</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <location filename="../agents/import/demobuilder.cpp" line="135"/>
        <source>the public data has fewer products than the demo needs</source>
        <translation>los datos públicos tienen menos productos de los que necesita la demostración</translation>
    </message>
    <message>
        <location filename="../agents/import/demobuilder.cpp" line="208"/>
        <source>no Facebook campaign with 20 clicks or more to calibrate on</source>
        <translation>ninguna campaña de Facebook con 20 clics o más con la que calibrar</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <location filename="../agents/dispatcher.cpp" line="89"/>
        <source>halted by the emergency stop</source>
        <translation>detenido por la parada de emergencia</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="98"/>
        <source>interrupted; the platform does not show it applied yet</source>
        <translation>interrumpido; la plataforma aún no lo muestra aplicado</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="102"/>
        <source>the send was interrupted and the state check proves nothing: %1</source>
        <translation>el envío se interrumpió y la comprobación de estado no demuestra nada: %1</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="223"/>
        <source>%1; the platform does not show it applied yet</source>
        <translation>%1; la plataforma aún no lo muestra aplicado</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="226"/>
        <source>%1; the state check proves nothing: %2</source>
        <translation>%1; la comprobación de estado no demuestra nada: %2</translation>
    </message>
    <message>
        <location filename="../agents/dispatcher.cpp" line="291"/>
        <source>sent %1, confirmed by reconcile %2, unknown %3, failed %4, waiting to confirm %5</source>
        <translation>enviadas %1, confirmadas por conciliación %2, desconocidas %3, fallidas %4, pendientes de confirmar %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/dispatcher.cpp" line="296"/>
        <source>; held back %n (an earlier action on the same campaign is not settled)</source>
        <translation>
            <numerusform>; retenida %n (una acción anterior sobre la misma campaña no está resuelta)</numerusform>
            <numerusform>; retenidas %n (una acción anterior sobre la misma campaña no está resuelta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/dispatcher.cpp" line="299"/>
        <source>; left to another sender %n</source>
        <translation>
            <numerusform>; dejada a otro remitente %n</numerusform>
            <numerusform>; dejadas a otro remitente %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacebookAdsImporter</name>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="11"/>
        <source>Ad ID</source>
        <translation>ID del anuncio</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="12"/>
        <source>Campaign group</source>
        <translation>Grupo de campañas</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="13"/>
        <source>Campaign ID</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="14"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="15"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="16"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="17"/>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="18"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="19"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="20"/>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="21"/>
        <source>Approved conversions</source>
        <translation>Conversiones aprobadas</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="38"/>
        <source>column &quot;ad_id&quot; is empty</source>
        <translation>la columna &quot;ad_id&quot; está vacía</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="40"/>
        <source>column &quot;fb_campaign_id&quot; is empty</source>
        <translation>la columna &quot;fb_campaign_id&quot; está vacía</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="61"/>
        <source>more clicks (%1) than impressions (%2)</source>
        <translation>más clics (%1) que impresiones (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="63"/>
        <source>more approved conversions (%1) than conversions (%2)</source>
        <translation>más conversiones aprobadas (%1) que conversiones (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="67"/>
        <source>ad %1 is already on line %2: this importer reads one row of lifetime totals per ad; a file with a row per ad per day is a daily report (import it with --importer daily-ads)</source>
        <translation>el anuncio %1 ya está en la línea %2: este importador lee una fila de totales por anuncio; un archivo con una fila por anuncio y día es un informe diario (impórtelo con --importer daily-ads)</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="79"/>
        <source>age %1</source>
        <translation>edad %1</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="83"/>
        <source>interest %1</source>
        <translation>interés %1</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="90"/>
        <source>Facebook campaign %1</source>
        <translation>Campaña de Facebook %1</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.cpp" line="91"/>
        <source>Facebook campaign %1 (group %2)</source>
        <translation>Campaña de Facebook %1 (grupo %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/facebookadsimporter.h" line="23"/>
        <source>Facebook ads export</source>
        <translation>Exportación de anuncios de Facebook</translation>
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
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="37"/>
        <source>is not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="40"/>
        <source>is %1 characters long (at most %2)</source>
        <translation>tiene %1 caracteres (como máximo %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="42"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="53"/>
        <location filename="../agents/tools/jsonfields.cpp" line="102"/>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="55"/>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="57"/>
        <location filename="../agents/tools/jsonfields.cpp" line="75"/>
        <location filename="../agents/tools/jsonfields.cpp" line="83"/>
        <source>%1 is negative</source>
        <translation>%1 es negativo</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="59"/>
        <location filename="../agents/tools/jsonfields.cpp" line="77"/>
        <location filename="../agents/tools/jsonfields.cpp" line="85"/>
        <source>%1 is absurdly large</source>
        <translation>%1 es absurdamente grande</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="73"/>
        <location filename="../agents/tools/jsonfields.cpp" line="104"/>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="87"/>
        <location filename="../agents/tools/jsonfields.cpp" line="90"/>
        <source>is not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="106"/>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 está fuera del rango de %2 a %3</translation>
    </message>
    <message>
        <location filename="../agents/tools/jsonfields.cpp" line="122"/>
        <source>is not an id</source>
        <translation>no es un ID</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="117"/>
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (tras %n intento)</numerusform>
            <numerusform>%1 (tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="191"/>
        <source>HTTPS is required for %1 (plain HTTP only to loopback)</source>
        <translation>se requiere HTTPS para %1 (HTTP sin cifrar solo hacia loopback)</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="199"/>
        <source>request refused, not sent: the path %1</source>
        <translation>solicitud rechazada, no enviada: la ruta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="229"/>
        <source>no complete answer within this request&apos;s deadline of %1 s (%n attempt(s))%2</source>
        <translation>
            <numerusform>ninguna respuesta completa dentro del plazo de esta solicitud de %1 s (%n intento)%2</numerusform>
            <numerusform>ninguna respuesta completa dentro del plazo de esta solicitud de %1 s (%n intentos)%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="242"/>
        <source>%1 is not answering: paused for %2 s after %3 failures in a row</source>
        <translation>%1 no responde: en pausa %2 s tras %3 fallos seguidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="317"/>
        <source>no complete answer within this request&apos;s deadline of %1 s (%n attempt(s), the last one cut off)</source>
        <translation>
            <numerusform>ninguna respuesta completa dentro del plazo de esta solicitud de %1 s (%n intento, el último cortado)</numerusform>
            <numerusform>ninguna respuesta completa dentro del plazo de esta solicitud de %1 s (%n intentos, el último cortado)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="324"/>
        <location filename="../agents/tools/httpclient.cpp" line="360"/>
        <source>the answer is larger than %1 MB; refused</source>
        <translation>la respuesta supera %1 MB; rechazada</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="331"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="333"/>
        <source>network error: the connection closed before any answer (not resent)</source>
        <translation>error de red: la conexión se cerró antes de cualquier respuesta (no se reenvió)</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="334"/>
        <source>network error: %1</source>
        <translation>error de red: %1</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="345"/>
        <source>the answer was cut off: %1</source>
        <translation>la respuesta se cortó: %1</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="374"/>
        <source>HTTP %1: a redirect (without a Location), refused: redirects are never followed</source>
        <translation>HTTP %1: una redirección (sin Location), rechazada: nunca se siguen redirecciones</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="377"/>
        <source>HTTP %1: %2 answered with a redirect to %3: change the connection&apos;s address to %4 (refused: redirects are never followed, so that credentials stay with the address configured)</source>
        <translation>HTTP %1: %2 respondió con una redirección a %3: cambie la dirección de la conexión a %4 (rechazado: las redirecciones nunca se siguen, para que las credenciales se queden en la dirección configurada)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="386"/>
        <source>HTTP %1 after %n attempt(s)</source>
        <translation>
            <numerusform>HTTP %1 tras %n intento</numerusform>
            <numerusform>HTTP %1 tras %n intentos</numerusform>
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
        <translation>%1; el servidor pide esperar %2 s (Retry-After: %3), más que los %4 s que esta conexión espera como máximo</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="411"/>
        <source>%1; the server asks to wait %2 s, past this request&apos;s deadline of %3 s</source>
        <translation>%1; el servidor pide esperar %2 s, más allá del plazo de esta solicitud de %3 s</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="416"/>
        <source>rate limit, HTTP 429</source>
        <translation>límite de frecuencia, HTTP 429</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="416"/>
        <source>HTTP %1, Retry-After</source>
        <translation>HTTP %1, Retry-After</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="499"/>
        <source>&quot;%1&quot; does not start with &quot;/&quot;</source>
        <translation>&quot;%1&quot; no empieza por &quot;/&quot;</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="502"/>
        <source>&quot;%1&quot; holds a control character</source>
        <translation>&quot;%1&quot; contiene un carácter de control</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="504"/>
        <source>&quot;%1&quot; holds a raw &quot;?&quot; or &quot;#&quot; (an id must be percent-encoded)</source>
        <translation>&quot;%1&quot; contiene un &quot;?&quot; o &quot;#&quot; sin codificar (un ID debe ir codificado con porcentajes)</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="507"/>
        <source>&quot;%1&quot; has an empty segment (an empty id?)</source>
        <translation>&quot;%1&quot; tiene un segmento vacío (¿un ID vacío?)</translation>
    </message>
    <message>
        <location filename="../agents/tools/httpclient.cpp" line="515"/>
        <source>&quot;%1&quot; has a &quot;%2&quot; segment</source>
        <translation>&quot;%1&quot; tiene un segmento &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../agents/import/importer.cpp" line="206"/>
        <source>%1 %2 of this file are already in the store (%3 to %4)</source>
        <translation>%1 %2 de este archivo ya están en el almacén de datos (%3 a %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="242"/>
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n fila leída</numerusform>
            <numerusform>%1: %n filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="235"/>
        <source>%1 %2 written</source>
        <translation>%1 %2 escritos</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="226"/>
        <source>%n product(s) written</source>
        <translation>
            <numerusform>%n producto escrito</numerusform>
            <numerusform>%n productos escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="228"/>
        <source>%n product day(s) written</source>
        <translation>
            <numerusform>%n día de producto escrito</numerusform>
            <numerusform>%n días de producto escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="230"/>
        <source>%n campaign(s) written</source>
        <translation>
            <numerusform>%n campaña escrita</numerusform>
            <numerusform>%n campañas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="232"/>
        <source>%n campaign day(s) written</source>
        <translation>
            <numerusform>%n día de campaña escrito</numerusform>
            <numerusform>%n días de campaña escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="234"/>
        <source>%n ad(s) written</source>
        <translation>
            <numerusform>%n anuncio escrito</numerusform>
            <numerusform>%n anuncios escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="246"/>
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n fila errónea omitida</numerusform>
            <numerusform>%n filas erróneas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="250"/>
        <source>cancelled, nothing written</source>
        <translation>cancelado, no se escribió nada</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="319"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is an id a spreadsheet rewrote in scientific notation, so its digits are lost and two different ones could read as one: export the file again, or format the column as text before saving it</source>
        <translation>columna «%1»: «%2» es un id que una hoja de cálculo reescribió en notación científica, así que sus dígitos se han perdido y dos distintos podrían leerse como uno: exporte el archivo de nuevo o dé formato de texto a la columna antes de guardarlo</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="326"/>
        <source>column &quot;%1&quot;: a negative figure (%2)</source>
        <translation>columna &quot;%1&quot;: una cifra negativa (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="333"/>
        <source>column &quot;%1&quot;: %2</source>
        <translation>columna &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="376"/>
        <location filename="../agents/import/importer.cpp" line="398"/>
        <source>&quot;%1&quot; is out of range for a whole number</source>
        <translation>&quot;%1&quot; está fuera del rango de un número entero</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="380"/>
        <location filename="../agents/import/importer.cpp" line="402"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; no es un número entero</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="415"/>
        <source>&quot;%1&quot; is out of range</source>
        <translation>&quot;%1&quot; está fuera de rango</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="416"/>
        <source>&quot;%1&quot; is not a number (digits with an optional decimal point)</source>
        <translation>&quot;%1&quot; no es un número (dígitos con un punto decimal opcional)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="445"/>
        <source>&quot;%1&quot; reads two ways: %2 with a thousands point (this file separates its fields with semicolons, as spreadsheets that write a decimal comma do) or %3; save the amounts without thousands separators</source>
        <translation>«%1» se lee de dos maneras: %2 con punto de millares (este archivo separa sus campos con punto y coma, como las hojas de cálculo que escriben coma decimal) o %3; guarde los importes sin separadores de millares</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="454"/>
        <source>&quot;%1&quot; is out of range (amounts up to %2)</source>
        <translation>&quot;%1&quot; está fuera de rango (importes hasta %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="460"/>
        <source>&quot;%1&quot; is not an amount: a decimal comma? Amounts are read with a decimal point (%2): save the file with a decimal point</source>
        <translation>«%1» no es un importe: ¿una coma decimal? Los importes se leen con punto decimal (%2): guarde el archivo con punto decimal</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="463"/>
        <source>&quot;%1&quot; is not an amount (digits with an optional decimal point)</source>
        <translation>&quot;%1&quot; no es un importe (dígitos con un punto decimal opcional)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="487"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD, M/D/YYYY, or the month by name: Nov 1, 2026 or 1 Nov 2026)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD, M/D/AAAA o el mes por su nombre: Nov 1, 2026 o 1 Nov 2026)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="506"/>
        <source>&quot;%1&quot; is not a date: dates with a slash are read month/day/year, and %2 is no month; for a file whose dates are day/month/year, import with --date-order dmy (the import window&apos;s &quot;Dates&quot;)</source>
        <translation>«%1» no es una fecha: las fechas con barra se leen como mes/día/año, y %2 no es un mes; un archivo con día/mes/año se importa con --date-order dmy («Fechas» en la ventana de importación)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="511"/>
        <source>&quot;%1&quot; is not a date read as day/month/year</source>
        <translation>«%1» no es una fecha leída como día/mes/año</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="513"/>
        <source>&quot;%1&quot; is not a date read as month/day/year</source>
        <translation>«%1» no es una fecha leída como mes/día/año</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="515"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or M/D/YYYY)</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD o M/D/AAAA)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="552"/>
        <source>&quot;%1&quot; read month first is %2, in the future (today is %3); read day first it is %4: if the file writes day/month/year, import it so (--date-order dmy; in the window, Dates: Day/month/year)</source>
        <translation>&quot;%1&quot; leído con el mes primero es %2, en el futuro (hoy es %3); leído con el día primero es %4: si el archivo escribe día/mes/año, impórtelo así (--date-order dmy; en la ventana, Fechas: Día/mes/año)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="559"/>
        <source>%1 lies in the future (today is %2): a mistyped year? Figures are for days that have passed</source>
        <translation>%1 está en el futuro (hoy es %2): ¿un año mal escrito? Las cifras son de días pasados</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="614"/>
        <source>required column(s) %1 not found for %2; the file&apos;s columns are: %3</source>
        <translation>no se encontraron las columnas obligatorias %1 para %2; las columnas del archivo son: %3</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="638"/>
        <source>this is a replay workspace (a copy of one recording): import into a live workspace (File ▸ New live workspace)</source>
        <translation>este es un espacio de trabajo de reproducción (una copia de una grabación): importe en un espacio de trabajo en vivo (Archivo ▸ Nuevo espacio de trabajo en vivo)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="647"/>
        <source>the file has a header but no rows</source>
        <translation>el archivo tiene cabecera pero ninguna fila</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="651"/>
        <source>every one of its %1 rows is bad, so nothing was imported; the first: %2</source>
        <translation>sus %1 filas son todas erróneas, así que no se importó nada; la primera: %2</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="680"/>
        <source>this file&apos;s content was imported already (as %1 on %2): adding it again would count its %3 twice. Nothing was imported; --merge replace imports it again</source>
        <translation>el contenido de este archivo ya se importó (como %1 el %2): añadirlo de nuevo contaría sus %3 dos veces. No se importó nada; --merge replace lo vuelve a importar</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="694"/>
        <source>&quot;%1&quot; is not a currency code (ISO 4217, e.g. GBP, EUR, USD)</source>
        <translation>&quot;%1&quot; no es un código de moneda (ISO 4217, p. ej. GBP, EUR, USD)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="698"/>
        <source>column &quot;%1&quot; says its amounts are in %2, and the import was told %3</source>
        <translation>la columna &quot;%1&quot; dice que sus importes están en %2, y a la importación se le indicó %3</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="727"/>
        <source>%1 of the %2 %3 this file shares with the store hold exactly the figures the store has for them (the first: %4 on %5): this is the same report imported before (saved again or downloaded again), and adding it would count them twice. Nothing was imported; --merge replace takes the file&apos;s figures for those days</source>
        <translation>%1 de los %2 %3 que este archivo comparte con el almacén tienen exactamente las cifras que el almacén ya tiene (el primero: %4 el %5): es el mismo informe importado antes (guardado o descargado de nuevo), y sumarlo los contaría dos veces. No se importó nada; --merge replace toma las cifras del archivo para esos días</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="733"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="743"/>
        <source>%1 added to the store&apos;s figures</source>
        <translation>%1 sumados a las cifras del almacén de datos</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="744"/>
        <source>%1 replaced</source>
        <translation>%1 reemplazados</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="767"/>
        <source>the file&apos;s amounts are in %1 and this workspace&apos;s in %2: import it into a workspace of its own (its sums would add %1 to %2)</source>
        <translation>los importes del archivo están en %1 y los de este espacio de trabajo en %2: impórtelo en un espacio de trabajo propio (sus sumas añadirían %1 a %2)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="807"/>
        <source>field &quot;%1&quot; is mapped to column %2, but the file has %3 columns</source>
        <translation>el campo &quot;%1&quot; está asignado a la columna %2, pero el archivo tiene %3 columnas</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="810"/>
        <source>required field &quot;%1&quot; is not mapped to a column</source>
        <translation>el campo obligatorio &quot;%1&quot; no está asignado a ninguna columna</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="832"/>
        <source>column &quot;%1&quot; is in %2 and column &quot;%3&quot; in %4: one file holds one currency</source>
        <translation>la columna &quot;%1&quot; está en %2 y la columna &quot;%3&quot; en %4: un archivo tiene una sola moneda</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="855"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a currency code</source>
        <translation>columna &quot;%1&quot;: &quot;%2&quot; no es un código de moneda</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="860"/>
        <source>column &quot;%1&quot; says %2 where column &quot;%3&quot; says %4: one file holds one currency</source>
        <translation>la columna &quot;%1&quot; indica %2 donde la columna &quot;%3&quot; indica %4: un archivo tiene una sola moneda</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="874"/>
        <source>blank lines above the header skipped</source>
        <translation>líneas en blanco sobre la cabecera omitidas</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="875"/>
        <source>lines above the header skipped as the report&apos;s title (&quot;%1&quot;)</source>
        <translation>líneas sobre la cabecera omitidas como título del informe (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="933"/>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="937"/>
        <location filename="../agents/import/importer.cpp" line="972"/>
        <source>lines that repeat the header skipped (exports pasted together?)</source>
        <translation>líneas que repiten la cabecera omitidas (¿exportaciones pegadas?)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="975"/>
        <source>this line is another header, its columns in another order or other columns (exports pasted together?): import each export on its own; nothing was imported</source>
        <translation>esta línea es otra cabecera, con sus columnas en otro orden u otras columnas (¿exportaciones pegadas juntas?): importe cada exportación por separado; no se importó nada</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="991"/>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1000"/>
        <source>dates such as %1 could be month/day (%2) or day/month, and no date in the file shows which comes first: say which with --date-order mdy or dmy (the import window&apos;s &quot;Dates&quot;) and import again. Nothing was imported</source>
        <translation>fechas como %1 podrían ser mes/día (%2) o día/mes, y ninguna fecha del archivo muestra qué va primero: indíquelo con --date-order mdy o dmy («Fechas» en la ventana de importación) e importe de nuevo. No se importó nada</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1006"/>
        <source>amounts with more than two decimals rounded to cents (first on line %1)</source>
        <translation>importes con más de dos decimales redondeados a céntimos (el primero en la línea %1)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1011"/>
        <source>last line (%1) without a line end: if the file was cut off while downloading, its last figure may be short; compare it with the source</source>
        <translation>última línea (%1) sin fin de línea: si el archivo se cortó al descargarlo, su última cifra puede estar incompleta; compárela con el origen</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1036"/>
        <source>product-days</source>
        <translation>días de producto</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1036"/>
        <source>campaign-days</source>
        <translation>días de campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1059"/>
        <source>%1; nothing was imported. Choose what to do with them: replace those days with the file&apos;s figures (--merge replace: a report downloaded again), or add the file&apos;s figures to the store&apos;s (--merge add: only for a file of other products or ads on the same days)</source>
        <translation>%1; no se importó nada. Elija qué hacer con ellos: sustituir esos días por las cifras del archivo (--merge replace: un informe descargado de nuevo) o sumar las cifras del archivo a las del almacén (--merge add: solo para un archivo de otros productos o anuncios en los mismos días)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1093"/>
        <location filename="../agents/import/importer.cpp" line="1121"/>
        <source>adding to the store&apos;s figures leaves the money range</source>
        <translation>sumar a las cifras del almacén sale del rango de importes</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="1190"/>
        <source>%1 (%2, %n column(s) matched)</source>
        <translation>
            <numerusform>%1 (%2, %n columna coincide)</numerusform>
            <numerusform>%1 (%2, %n columnas coinciden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1191"/>
        <source>%1 (%2, missing %3)</source>
        <translation>%1 (%2, falta %3)</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1196"/>
        <source>the columns fit two importers equally well: %1 and %2; choose one</source>
        <translation>las columnas encajan igual de bien con dos importadores: %1 y %2; elija uno</translation>
    </message>
    <message>
        <location filename="../agents/import/importer.cpp" line="1199"/>
        <source>the columns match no importer; the closest are %1 and %2</source>
        <translation>las columnas no coinciden con ningún importador; los más cercanos son %1 y %2</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <location filename="../agents/charts/kpis.cpp" line="24"/>
        <source>a custom range needs a first and a last day</source>
        <translation>un periodo personalizado necesita un primer y un último día</translation>
    </message>
    <message>
        <location filename="../agents/charts/kpis.cpp" line="26"/>
        <source>the first day %1 is after the last day %2</source>
        <translation>el primer día %1 es posterior al último día %2</translation>
    </message>
    <message>
        <location filename="../agents/charts/kpis.cpp" line="32"/>
        <source>no day to count back from: the workspace holds no figures yet</source>
        <translation>no hay un día desde el que contar hacia atrás: el espacio de trabajo aún no tiene cifras</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="217"/>
        <source>%n campaign(s) reached the end of their %1-day evaluation window (%2 paid for themselves beyond doubt, %3 lost money beyond doubt).</source>
        <translation>
            <numerusform>%n campaña llegó al final de su periodo de evaluación de %1 días (%2 se pagaron sin lugar a dudas, %3 perdieron dinero sin lugar a dudas).</numerusform>
            <numerusform>%n campañas llegaron al final de su periodo de evaluación de %1 días (%2 se pagaron sin lugar a dudas, %3 perdieron dinero sin lugar a dudas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="223"/>
        <source>The %n the policy said to keep running earned %1 a day together (90 % interval %2 to %3).</source>
        <translation>
            <numerusform>La %n que la política dijo mantener obtuvo %1 al día (intervalo del 90 % de %2 a %3).</numerusform>
            <numerusform>Las %n que la política dijo mantener obtuvieron juntas %1 al día (intervalo del 90 % de %2 a %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="227"/>
        <source>The %n it said to pause earned %1 a day together while they ran (90 % interval %2 to %3).</source>
        <translation>
            <numerusform>La %n que dijo pausar obtuvo %1 al día mientras funcionó (intervalo del 90 % de %2 a %3).</numerusform>
            <numerusform>Las %n que dijo pausar obtuvieron juntas %1 al día mientras funcionaron (intervalo del 90 % de %2 a %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="232"/>
        <source>Where the policy had predicted a campaign&apos;s profit (%n campaign(s)), it predicted %1 a day on average and %2 a day happened.</source>
        <translation>
            <numerusform>Donde la política había previsto el beneficio de una campaña (%n campaña), previó %1 al día de media y ocurrió %2 al día.</numerusform>
            <numerusform>Donde la política había previsto el beneficio de una campaña (%n campañas), previó %1 al día de media y ocurrió %2 al día.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="245"/>
        <source>The evaluations agree with the policy: nothing to propose.</source>
        <translation>Las evaluaciones dan la razón a la política: nada que proponer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="253"/>
        <source>The workspace&apos;s history is too short for a backtest (%n day(s) after the baseline).</source>
        <translation>
            <numerusform>El historial del espacio de trabajo es demasiado corto para un backtest (%n día tras el periodo de referencia).</numerusform>
            <numerusform>El historial del espacio de trabajo es demasiado corto para un backtest (%n días tras el periodo de referencia).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="324"/>
        <source>A backtest over %1 to %2 on this workspace&apos;s history (every action approved): the policy in effect earns %3 of incremental profit for %4 of ad spend</source>
        <translation>Un backtest del %1 al %2 sobre el historial de este espacio de trabajo (todas las acciones aprobadas): la política vigente obtiene %3 de beneficio incremental con %4 de gasto publicitario</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="330"/>
        <source>none of the %n nearby policies tried earns at least %1 more (%2 % of the spend): nothing to propose.</source>
        <translation>
            <numerusform>la %n política cercana probada no obtiene al menos %1 más (%2 % del gasto): nada que proponer.</numerusform>
            <numerusform>ninguna de las %n políticas cercanas probadas obtiene al menos %1 más (%2 % del gasto): nada que proponer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="342"/>
        <source>“%1” %2 → %3</source>
        <translation>«%1» %2 → %3</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="357"/>
        <source>The policy is too loose beyond doubt.</source>
        <translation>La política es demasiado laxa sin lugar a dudas.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="358"/>
        <source>The policy looks too loose (not yet beyond doubt: the backtest decides).</source>
        <translation>La política parece demasiado laxa (aún no sin lugar a dudas: decide el backtest).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="360"/>
        <source>The policy is too tight beyond doubt.</source>
        <translation>La política es demasiado estricta sin lugar a dudas.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="361"/>
        <source>The policy looks too tight (not yet beyond doubt: the backtest decides).</source>
        <translation>La política parece demasiado estricta (aún no sin lugar a dudas: decide el backtest).</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="363"/>
        <source>Proposed: %1.</source>
        <translation>Propuesto: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="365"/>
        <source>the proposed one %1 for %2 (%3 more; %4 actions against %5). Of %n nearby policies tried this one earns most.</source>
        <translation>
            <numerusform>la propuesta %1 con %2 (%3 más; %4 acciones frente a %5). De %n política cercana probada, esta es la que más obtiene.</numerusform>
            <numerusform>la propuesta %1 con %2 (%3 más; %4 acciones frente a %5). De %n políticas cercanas probadas, esta es la que más obtiene.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="374"/>
        <source>Incremental profit is scored on the recording&apos;s true added sales.</source>
        <translation>El beneficio incremental se mide con las ventas realmente añadidas de la grabación.</translation>
    </message>
    <message>
        <location filename="../agents/cycle/learning.cpp" line="375"/>
        <source>Without a measured truth the backtest counts the platform&apos;s attributed conversions as added sales, so it favours campaigns the platform over-credits.</source>
        <translation>Sin una verdad medida, el backtest cuenta las conversiones atribuidas por la plataforma como ventas añadidas, por lo que favorece a las campañas a las que la plataforma atribuye de más.</translation>
    </message>
</context>
<context>
    <name>LiveFetch</name>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="142"/>
        <source>%1 asked to wait %2 s (%3); resuming at %4</source>
        <translation>%1 pidió esperar %2 s (%3); se reanuda a las %4</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="157"/>
        <source>WooCommerce shop %1</source>
        <translation>tienda WooCommerce %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="159"/>
        <source>Campaign Pilot API %1</source>
        <translation>API de Campaign Pilot %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="161"/>
        <source>Meta ad account %1</source>
        <translation>cuenta publicitaria de Meta %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="205"/>
        <source>no store and no ad platform connected (Agents ▸ Connections)</source>
        <translation>no hay tienda ni plataforma publicitaria conectadas (Agentes ▸ Conexiones)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="241"/>
        <location filename="../agents/live/livefetch.cpp" line="254"/>
        <source>product %1: %2</source>
        <translation>producto %1: %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="242"/>
        <source>the details name product %1</source>
        <translation>los detalles indican el producto %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="255"/>
        <source>the analytics name product %1</source>
        <translation>los datos analíticos indican el producto %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="370"/>
        <source>the refunds of order %1: %2</source>
        <translation>los reembolsos del pedido %1: %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="398"/>
        <source>the shop does not filter orders by modified_after (WooCommerce too old?): an order refunded or cancelled after the re-read window is not noticed; the shop is not asked again</source>
        <translation>la tienda no filtra los pedidos por modified_after (¿WooCommerce demasiado antiguo?): un pedido reembolsado o cancelado después de la ventana de relectura pasa desapercibido; no se le vuelve a preguntar</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="433"/>
        <source>how many unpublished products were left out could not be read (%1)</source>
        <translation>no se pudo leer cuántos productos no publicados se omitieron (%1)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="448"/>
        <source>the shop&apos;s currency setting could not be read (%1); its orders are in %2</source>
        <translation>no se pudo leer la moneda configurada en la tienda (%1); sus pedidos están en %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="453"/>
        <source>the shop&apos;s currency setting could not be read (%1) and its orders are in %2: no order was counted, so that two currencies are never added up</source>
        <translation>no se pudo leer la moneda configurada en la tienda (%1) y sus pedidos están en %2: no se contó ningún pedido, para que nunca se sumen dos monedas</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="483"/>
        <source>%n order(s) in %1, not the shop&apos;s %2, were not counted (orders %3)</source>
        <translation>
            <numerusform>%n pedido en %1, no en la moneda de la tienda %2, no se contó (pedido %3)</numerusform>
            <numerusform>%n pedidos en %1, no en la moneda de la tienda %2, no se contaron (pedidos %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="498"/>
        <source>%n order(s) changed since the last refresh (a refund or cancellation) belong to days before the re-read window: %1 read again whole</source>
        <translation>
            <numerusform>%n pedido cambiado desde la última actualización (un reembolso o una cancelación) pertenece a un día anterior a la ventana de relectura: %1 se leyó de nuevo entero</numerusform>
            <numerusform>%n pedidos cambiados desde la última actualización (reembolsos o cancelaciones) pertenecen a días anteriores a la ventana de relectura: %1 se leyeron de nuevo enteros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="505"/>
        <source>%n order(s) partly refunded: the refunds are taken off the day of the sale</source>
        <translation>
            <numerusform>%n pedido reembolsado en parte: el reembolso se resta del día de la venta</numerusform>
            <numerusform>%n pedidos reembolsados en parte: los reembolsos se restan del día de la venta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="509"/>
        <source>the shop&apos;s time zone is %1 (its site&apos;s setting): its days are counted there; its today is %2</source>
        <translation>la zona horaria de la tienda es %1 (configuración del sitio): sus días se cuentan allí; su hoy es %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="513"/>
        <source>the shop&apos;s time zone could not be read (%1); its newest order says %2 (date_created less date_created_gmt): its days are counted at that offset; its today is %3</source>
        <translation>no se pudo leer la zona horaria de la tienda (%1); su pedido más reciente indica %2 (date_created menos date_created_gmt): sus días se cuentan con ese desfase; su hoy es %3</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="517"/>
        <source>the shop&apos;s time zone could not be read (%1) and no order says its offset: days are as the shop states them (date_created); its today is taken to be this computer&apos;s, %2</source>
        <translation>no se pudo leer la zona horaria de la tienda (%1) y ningún pedido indica su desfase: los días son los que la tienda indica (date_created); su hoy se toma como el de este equipo, %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="564"/>
        <source>Meta ad account %1: currency %2, time zone %3; its days %4 to %5 were read in that time zone%6</source>
        <translation>Cuenta publicitaria de Meta %1: moneda %2, zona horaria %3; sus días del %4 al %5 se leyeron en esa zona horaria%6</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="566"/>
        <source> (today there is %1, here %2)</source>
        <translation> (hoy allí es %1, aquí %2)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="590"/>
        <source>the ad sets&apos; attribution windows could not be read (%1); the re-read window stays as it was</source>
        <translation>no se pudieron leer las ventanas de atribución de los conjuntos de anuncios (%1); la ventana de días releídos queda como estaba</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="602"/>
        <source>Meta insights: %1</source>
        <translation>Estadísticas de Meta: %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="607"/>
        <source>campaign %1: %2</source>
        <translation>campaña %1: %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="637"/>
        <location filename="../agents/live/livefetch.cpp" line="656"/>
        <source>%1; and %2</source>
        <translation>%1; y %2</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="644"/>
        <source>%1 (nothing of the ad platform was written; the store&apos;s data was)</source>
        <translation>%1 (no se escribió nada de la plataforma publicitaria; los datos de la tienda sí)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="670"/>
        <source>%1 (nothing of the store was written; the ad platform&apos;s data was)</source>
        <translation>%1 (no se escribió nada de la tienda; los datos de la plataforma publicitaria sí)</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="705"/>
        <source>Fetching live data: %1 of %2 requests</source>
        <translation>Obteniendo datos en vivo: %1 de %2 solicitudes</translation>
    </message>
    <message>
        <location filename="../agents/live/livefetch.cpp" line="722"/>
        <source>cancelled; nothing was written</source>
        <translation>cancelado; no se escribió nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="772"/>
        <source>%n product(s): the analytics&apos; time_range was not understood; their comparison windows were not kept</source>
        <translation>
            <numerusform>%n producto: no se entendió el time_range de los datos analíticos; no se conservó su periodo de comparación</numerusform>
            <numerusform>%n productos: no se entendió el time_range de los datos analíticos; no se conservaron sus periodos de comparación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message>
        <location filename="../agents/live/livesync.cpp" line="170"/>
        <source>%1 %2: first snapshot; their daily figures begin with the next day&apos;s</source>
        <translation>%1 %2: primera instantánea; sus cifras diarias empiezan con las del día siguiente</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="172"/>
        <source>%1 %2: no snapshot yesterday; the days in between are not guessed</source>
        <translation>%1 %2: ayer no hubo instantánea; los días intermedios no se estiman</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="174"/>
        <source>%1 %2: the source restated its totals downwards (%3); the newest figures win: %4 earlier day(s) rewritten</source>
        <translation>%1 %2: la fuente corrigió sus totales a la baja (%3); prevalecen las cifras más recientes: %4 día(s) anterior(es) reescrito(s)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="239"/>
        <source>the snapshot that began the run of %1 is missing</source>
        <translation>falta la instantánea con la que empezó la serie de %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="344"/>
        <source>this store holds the recording &quot;%1&quot;; keep live data in a store of its own (start with --database PATH)</source>
        <translation>este almacén de datos contiene la grabación &quot;%1&quot;; guarde los datos en vivo en un almacén propio (inicie con --database RUTA)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="367"/>
        <source>the shop&apos;s currency is %1 but this workspace records %2: nothing was written, so that two currencies are never mixed (a shop in %1 needs a workspace of its own)</source>
        <translation>la moneda de la tienda es %1 pero este espacio de trabajo registra %2: no se escribió nada, para que nunca se mezclen dos monedas (una tienda en %1 necesita su propio espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="376"/>
        <source>%1 has three decimals, and Campaign Pilot keeps amounts in hundredths: nothing was written, so that no figure is rounded (a shop or ad account in %1 is not supported yet)</source>
        <translation>%1 tiene tres decimales y Campaign Pilot guarda los importes en centésimas: no se escribió nada, para que ninguna cifra se redondee (una tienda o cuenta publicitaria en %1 aún no es compatible)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="382"/>
        <source>This workspace records its money in %1 from now on.</source>
        <translation>A partir de ahora este espacio de trabajo registra los importes en %1.</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="396"/>
        <source>the ad account&apos;s spend, revenue and budgets were not written: this workspace takes its currency from the shop first, and the shop could not be read this time; the next refresh that reads the shop writes them</source>
        <translation>no se escribieron el gasto, los ingresos ni los presupuestos de la cuenta publicitaria: este espacio de trabajo toma su moneda primero de la tienda, y la tienda no se pudo leer esta vez; la próxima actualización que lea la tienda los escribirá</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="402"/>
        <source>the Meta ad account&apos;s currency is %1 but this workspace records %2: no campaign spend, revenue or budget was written, so that two currencies are never mixed; connect an ad account in %2, or keep this account&apos;s data in a workspace of its own</source>
        <translation>la moneda de la cuenta publicitaria de Meta es %1 pero este espacio de trabajo registra %2: no se escribió ningún gasto, ingreso ni presupuesto de campaña, para que nunca se mezclen dos monedas; conecte una cuenta publicitaria en %2 o guarde los datos de esta cuenta en un espacio de trabajo propio</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="430"/>
        <source>the ad sets credit purchases up to %1 days after the ad: each refresh re-reads the last %2 days of insights</source>
        <translation>los conjuntos de anuncios atribuyen compras hasta %1 días después del anuncio: cada actualización vuelve a leer las estadísticas de los últimos %2 días</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="496"/>
        <source>%n product-day(s) no longer have orders (refunded or cancelled since): now 0</source>
        <translation>
            <numerusform>%n día de producto ya no tiene pedidos (reembolsados o cancelados desde entonces): ahora 0</numerusform>
            <numerusform>%n días de producto ya no tienen pedidos (reembolsados o cancelados desde entonces): ahora 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="499"/>
        <source>%n day(s) of sales for products not in the catalog were not written</source>
        <translation>
            <numerusform>%n día de ventas de productos fuera del catálogo no se escribió</numerusform>
            <numerusform>%n días de ventas de productos fuera del catálogo no se escribieron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="554"/>
        <source>product(s)</source>
        <translation>producto(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="563"/>
        <source>%n campaign(s) kept their earlier figures because theirs could not be fetched (%1); the next refresh asks for the days of its re-read window again</source>
        <translation>
            <numerusform>%n campaña conservó sus cifras anteriores porque no se pudieron obtener las suyas (%1); la próxima actualización vuelve a pedir los días de su periodo de relectura</numerusform>
            <numerusform>%n campañas conservaron sus cifras anteriores porque no se pudieron obtener las suyas (%1); la próxima actualización vuelve a pedir los días de su periodo de relectura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="569"/>
        <source>%n product(s) kept their earlier figures because their fetch failed (%1)</source>
        <translation>
            <numerusform>%n producto conservó sus cifras anteriores porque falló su obtención (%1)</numerusform>
            <numerusform>%n productos conservaron sus cifras anteriores porque falló su obtención (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="587"/>
        <source>%1 campaign(s) name a product of the shop, which was not read this time; they are linked when it is</source>
        <translation>%1 campaña(s) nombran un producto de la tienda, que no se leyó esta vez; se vinculan cuando se lea</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="591"/>
        <source>%1 campaign(s) name a product the store does not know; kept without the link</source>
        <translation>%1 campaña(s) indican un producto que la tienda no conoce; se conservan sin el vínculo</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="651"/>
        <source>conversions %1</source>
        <translation>conversiones %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="653"/>
        <source>spend %1</source>
        <translation>gasto %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="655"/>
        <source>conversion value %1</source>
        <translation>valor de conversión %1</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="657"/>
        <source>impressions or clicks</source>
        <translation>impresiones o clics</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="658"/>
        <source>%n past campaign-day(s) restated by the platform since they were read (%1): %2; the newest figures are kept</source>
        <translation>
            <numerusform>%n día de campaña pasado restablecido por la plataforma desde que se leyó (%1): %2; se mantienen las cifras más recientes</numerusform>
            <numerusform>%n días de campaña pasados restablecidos por la plataforma desde que se leyeron (%1): %2; se mantienen las cifras más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="680"/>
        <source>%n campaign-day(s) that Meta no longer reports (no delivery left on that day) were removed</source>
        <translation>
            <numerusform>se eliminó %n día de campaña que Meta ya no informa (sin entrega ese día)</numerusform>
            <numerusform>se eliminaron %n días de campaña que Meta ya no informa (sin entrega ese día)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="737"/>
        <source>campaign(s)</source>
        <translation>campaña(s)</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="788"/>
        <source>store connection</source>
        <translation>conexión con la tienda</translation>
    </message>
    <message>
        <location filename="../agents/live/livesync.cpp" line="788"/>
        <source>ad platform connection</source>
        <translation>conexión con la plataforma publicitaria</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../models/manifest.cpp" line="21"/>
        <source>field &quot;%1&quot; is missing or not a non-empty string</source>
        <translation>el campo &quot;%1&quot; falta o no es una cadena no vacía</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="32"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="36"/>
        <source>field &quot;format_version&quot; is missing or not an integer</source>
        <translation>el campo &quot;format_version&quot; falta o no es un entero</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="39"/>
        <source>format_version %1 is not supported (this program reads up to %2)</source>
        <translation>format_version %1 no es compatible (este programa lee hasta la %2)</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="46"/>
        <source>field &quot;currency&quot; must be a three-letter ISO 4217 code, not &quot;%1&quot;</source>
        <translation>el campo &quot;currency&quot; debe ser un código ISO 4217 de tres letras, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="49"/>
        <source>field &quot;currency&quot;: &quot;%1&quot; is not an ISO 4217 currency code (e.g. GBP, EUR, USD)</source>
        <translation>campo &quot;currency&quot;: &quot;%1&quot; no es un código de moneda ISO 4217 (p. ej. GBP, EUR, USD)</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="62"/>
        <source>date_range &quot;%1&quot;..&quot;%2&quot; is not a valid ISO date range</source>
        <translation>date_range &quot;%1&quot;..&quot;%2&quot; no es un rango de fechas ISO válido</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="66"/>
        <source>field &quot;files&quot; must name at least &quot;products&quot;</source>
        <translation>el campo &quot;files&quot; debe indicar al menos &quot;products&quot;</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="69"/>
        <source>files.%1 is not a string</source>
        <translation>files.%1 no es una cadena</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="72"/>
        <source>files.%1 must be a plain file name beside the manifest</source>
        <translation>files.%1 debe ser un nombre de archivo simple junto al manifiesto</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="77"/>
        <source>an entry of &quot;sources&quot; is not an object</source>
        <translation>una entrada de &quot;sources&quot; no es un objeto</translation>
    </message>
    <message>
        <location filename="../models/manifest.cpp" line="82"/>
        <source>field &quot;sources&quot; must name where the data came from</source>
        <translation>el campo &quot;sources&quot; debe indicar de dónde proceden los datos</translation>
    </message>
</context>
<context>
    <name>MetaApi</name>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="36"/>
        <source>Graph error</source>
        <translation>Error de Graph</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="37"/>
        <source> (code %1, subcode %2)</source>
        <translation> (código %1, subcódigo %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="37"/>
        <source> (code %1)</source>
        <translation> (código %1)</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="48"/>
        <source>has expired</source>
        <translation>ha caducado</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="49"/>
        <source>was invalidated by a password change</source>
        <translation>se invalidó por un cambio de contraseña</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="50"/>
        <source>has expired or is no longer valid</source>
        <translation>ha caducado o ya no es válido</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="51"/>
        <source>the Meta access token %1 (%2): create a new long-lived token (Meta Business Settings &gt; Users &gt; System users &gt; Generate new token, with ads_read and ads_management) and enter it under Agents &gt; Connections, or in CP_META_ACCESS_TOKEN</source>
        <translation>el token de acceso de Meta %1 (%2): cree un nuevo token de larga duración (Configuración del negocio de Meta &gt; Usuarios &gt; Usuarios del sistema &gt; Generar nuevo token, con ads_read y ads_management) e introdúzcalo en Agentes &gt; Conexiones, o en CP_META_ACCESS_TOKEN</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="149"/>
        <location filename="../agents/tools/metaapi.cpp" line="356"/>
        <source>the answer is not JSON (%1)</source>
        <translation>la respuesta no es JSON (%1)</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="151"/>
        <source>field &quot;data&quot; is not a list</source>
        <translation>el campo &quot;data&quot; no es una lista</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="176"/>
        <source>is not an amount in the currency&apos;s smallest unit</source>
        <translation>no es un importe en la unidad más pequeña de la moneda</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="193"/>
        <source>data[%1].%2 %3</source>
        <translation>data[%1].%2 %3</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="199"/>
        <source>is missing or not an id</source>
        <translation>falta o no es un ID</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="202"/>
        <source>is %1 characters long</source>
        <translation>tiene %1 caracteres</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="221"/>
        <source>&quot;%1&quot; is not a campaign status</source>
        <translation>&quot;%1&quot; no es un estado de campaña</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="241"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>«%1» no es una fecha y hora</translation>
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
        <translation>Meta limita esta cuenta publicitaria: %1; el acceso vuelve en unos %2 min, inténtelo de nuevo después de las %3 UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/metaapi.cpp" line="291"/>
        <source>Meta throttles this ad account: %1; still refused after %n attempt(s), try again in a few minutes</source>
        <translation>
            <numerusform>Meta limita esta cuenta publicitaria: %1; sigue rechazado tras %n intento, inténtelo de nuevo en unos minutos</numerusform>
            <numerusform>Meta limita esta cuenta publicitaria: %1; sigue rechazado tras %n intentos, inténtelo de nuevo en unos minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="297"/>
        <source>rate limit, code %1</source>
        <translation>límite de frecuencia, código %1</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="324"/>
        <source>Meta&apos;s paging does not end: page %1 gave the cursor page %2 gave; nothing of this list was kept, try again later</source>
        <translation>la paginación de Meta no termina: la página %1 dio el cursor que dio la página %2; no se conservó nada de esta lista, inténtelo más tarde</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="330"/>
        <source>more than %1 pages; nothing of this list was kept</source>
        <translation>más de %1 páginas; no se conservó nada de esta lista</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="334"/>
        <source>the ad account is throttled by Meta for about %1 min; try again later</source>
        <translation>Meta limita la cuenta publicitaria durante unos %1 min; inténtelo más tarde</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="339"/>
        <source>near its rate limit</source>
        <translation>cerca de su límite de frecuencia</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="362"/>
        <source>currency &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>la moneda &quot;%1&quot; no es un código ISO 4217</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="364"/>
        <source>timezone_name &quot;%1&quot; is not a time zone this system knows</source>
        <translation>timezone_name &quot;%1&quot; no es una zona horaria que este sistema conozca</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="397"/>
        <source>data[%1].attribution_spec is not a list</source>
        <translation>data[%1].attribution_spec no es una lista</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="408"/>
        <source>data[%1].attribution_spec[%2].window_days is not a number of days from 0 to 90</source>
        <translation>data[%1].attribution_spec[%2].window_days no es un número de días entre 0 y 90</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="472"/>
        <source>is not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="474"/>
        <source>is not the same day as date_start (time_increment=1 was asked)</source>
        <translation>no es el mismo día que date_start (se pidió time_increment=1)</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="482"/>
        <source>%1 is more than the %2 impressions</source>
        <translation>%1 es más que las %2 impresiones</translation>
    </message>
    <message>
        <location filename="../agents/tools/metaapi.cpp" line="493"/>
        <source>purchase count %1 is not whole</source>
        <translation>el número de compras %1 no es entero</translation>
    </message>
</context>
<context>
    <name>MetaPlatform</name>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="58"/>
        <source>the ad account&apos;s currency cannot be read</source>
        <translation>no se puede leer la moneda de la cuenta publicitaria</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="78"/>
        <source>Meta campaigns need an ad set, a creative and an audience: create this one in Ads Manager</source>
        <translation>las campañas de Meta necesitan un conjunto de anuncios, un creativo y un público: cree esta en el Administrador de anuncios</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="96"/>
        <location filename="../agents/backend/metaplatform.cpp" line="238"/>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="102"/>
        <source>the answer is about campaign %1, not %2</source>
        <translation>la respuesta se refiere a la campaña %1, no a la %2</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="121"/>
        <source>nothing to check</source>
        <translation>nada que comprobar</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="135"/>
        <source>no budget to set</source>
        <translation>no hay presupuesto que fijar</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="144"/>
        <source>the campaign could not be read before the budget change, so nothing was sent: %1</source>
        <translation>no se pudo leer la campaña antes del cambio de presupuesto, así que no se envió nada: %1</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="158"/>
        <source>campaign %1 now has a lifetime budget, not a daily one: the daily budget change was not sent (change it in Ads Manager)</source>
        <translation>la campaña %1 tiene ahora un presupuesto total, no diario: no se envió el cambio de presupuesto diario (cámbielo en el Administrador de anuncios)</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="163"/>
        <source>campaign %1 has no campaign budget any more: its budgets moved to its ad sets, so the budget change was not sent (change them in Ads Manager)</source>
        <translation>la campaña %1 ya no tiene presupuesto de campaña: sus presupuestos pasaron a sus conjuntos de anuncios, así que no se envió el cambio (cámbielos en el Administrador de anuncios)</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="170"/>
        <source>the ad account&apos;s currency could not be read, so nothing was sent: %1</source>
        <translation>no se pudo leer la moneda de la cuenta publicitaria, así que no se envió nada: %1</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="178"/>
        <source>this workspace&apos;s currency is not known yet, so a budget in it cannot be told to Meta: refresh live data once, then approve the change again; it was not sent</source>
        <translation>la moneda de este espacio de trabajo aún no se conoce, así que no se puede indicar a Meta un presupuesto en ella: actualice los datos en vivo una vez y vuelva a aprobar el cambio; no se envió</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="183"/>
        <source>the ad account&apos;s currency is %1 but this workspace&apos;s budgets are in %2: the budget change was not sent</source>
        <translation>la moneda de la cuenta publicitaria es %1 pero los presupuestos de este espacio de trabajo están en %2: no se envió el cambio de presupuesto</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="189"/>
        <source>%1 cannot be set in %2, which Meta counts in whole units</source>
        <translation>%1 no se puede fijar en %2, que Meta cuenta en unidades enteras</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="208"/>
        <source>the dry run (validate_only) got no answer, so the change was not sent: %1</source>
        <translation>la prueba (validate_only) no obtuvo respuesta, así que no se envió el cambio: %1</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="215"/>
        <source>Meta refused the change in its dry run (validate_only), so it was not sent: %1</source>
        <translation>Meta rechazó el cambio en la prueba (validate_only), así que no se envió: %1</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="221"/>
        <source>Meta&apos;s dry run (validate_only) did not answer success, so the change was not sent</source>
        <translation>la prueba de Meta (validate_only) no respondió con éxito, así que no se envió el cambio</translation>
    </message>
    <message>
        <location filename="../agents/backend/metaplatform.cpp" line="259"/>
        <source>Meta answered success=false</source>
        <translation>Meta respondió success=false</translation>
    </message>
</context>
<context>
    <name>ModelWriter</name>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="36"/>
        <source>The language model&apos;s explanation was refused (%1)</source>
        <translation>La explicación del modelo de lenguaje fue rechazada (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="37"/>
        <source>The language model&apos;s copy was refused (%1)</source>
        <translation>El texto del modelo de lenguaje fue rechazado (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="39"/>
        <source> No API key is stored for this connection (it was kept for one session only, without a keychain): type it again in Agents ▸ Connections or set CP_LLM_API_KEY.</source>
        <translation> No hay ninguna clave de API guardada para esta conexión (sin llavero solo duró una sesión): escríbala de nuevo en Agentes ▸ Conexiones o defina CP_LLM_API_KEY.</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="49"/>
        <source>The language model&apos;s server answered HTTP %1: the server rejected the key (or none was sent: no key stored for this connection)</source>
        <translation>El servidor del modelo de lenguaje respondió HTTP %1: el servidor rechazó la clave (o no se envió ninguna: no hay clave guardada para esta conexión)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="51"/>
        <source>The language model&apos;s server answered HTTP %1: the server rejected the key (is the API key in Agents ▸ Connections right?)</source>
        <translation>El servidor del modelo de lenguaje respondió HTTP %1: el servidor rechazó la clave (¿es correcta la clave de API en Agentes ▸ Conexiones?)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="56"/>
        <source>The language model was rate limited (%1)</source>
        <translation>El modelo de lenguaje limitó las solicitudes (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="58"/>
        <source>The language model answered HTTP %1 (%2)</source>
        <translation>El modelo de lenguaje respondió HTTP %1 (%2)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="59"/>
        <source>The language model could not be reached or gave no answer in time (%1)</source>
        <translation>No se pudo contactar con el modelo de lenguaje o no respondió a tiempo (%1)</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="114"/>
        <source>%1; the template&apos;s copy is used.</source>
        <translation>%1; se usa el texto de la plantilla.</translation>
    </message>
    <message>
        <location filename="../agents/llm/modelwriter.cpp" line="146"/>
        <source>no answer within the copy deadline of %1 s</source>
        <translation>sin respuesta dentro del plazo para textos de %1 s</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../models/money.cpp" line="209"/>
        <source>“%1” is not an amount (e.g. %2)</source>
        <translation>«%1» no es un importe (p. ej. %2)</translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="231"/>
        <source>“%1”: this workspace&apos;s amounts are in %2</source>
        <translation>«%1»: los importes de este espacio de trabajo están en %2</translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="269"/>
        <source>“%1” reads two ways, as %2 or as %3: write the one you mean without the separator</source>
        <translation>«%1» se lee de dos maneras, como %2 o como %3: escriba el importe que quiere decir sin el separador</translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="293"/>
        <source>“%1” has more than two decimals</source>
        <translation>«%1» tiene más de dos decimales</translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="299"/>
        <source>“%1” is too large</source>
        <translation>«%1» es demasiado grande</translation>
    </message>
</context>
<context>
    <name>NativeQuery</name>
    <message>
        <location filename="../models/nativequery.cpp" line="99"/>
        <source>a value of type %1 cannot be written</source>
        <translation>no se puede escribir un valor de tipo %1</translation>
    </message>
</context>
<context>
    <name>Orchestrator</name>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="102"/>
        <source>expired recommendations could not be marked: %1</source>
        <translation>no se pudieron marcar las recomendaciones caducadas: %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="190"/>
        <source>the cycle&apos;s policy could not be stored: %1</source>
        <translation>no se pudo guardar la política del ciclo: %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="111"/>
        <source>the operator&apos;s earlier decisions could not be read: %1</source>
        <translation>no se pudieron leer las decisiones anteriores del operador: %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="27"/>
        <source>the emergency stop cannot be read (%1); no cycle runs until it can</source>
        <translation>no se puede leer la parada de emergencia (%1); ningún ciclo se ejecuta hasta que se pueda</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="30"/>
        <source>the emergency stop is on: no cycle runs until an operator resumes</source>
        <translation>la parada de emergencia está activa: ningún ciclo se ejecuta hasta que un operador reanude</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="122"/>
        <source>The portfolio&apos;s figures were not saved (the charts show the previous cycle&apos;s): %1</source>
        <translation>Las cifras de la cartera no se guardaron (los gráficos muestran las del ciclo anterior): %1</translation>
    </message>
    <message>
        <location filename="../agents/cycle/orchestrator.cpp" line="128"/>
        <source>The learning loop failed: %1</source>
        <translation>El bucle de aprendizaje falló: %1</translation>
    </message>
</context>
<context>
    <name>OrderLinesImporter</name>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="13"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="14"/>
        <source>Product code</source>
        <translation>Código de producto</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="15"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="16"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="17"/>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="18"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="19"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="20"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="92"/>
        <source>the invoice number is empty</source>
        <translation>el número de factura está vacío</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="94"/>
        <source>the product code is empty</source>
        <translation>el código de producto está vacío</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="96"/>
        <source>column &quot;UnitPrice&quot;: a negative price (%1)</source>
        <translation>columna &quot;UnitPrice&quot;: un precio negativo (%1)</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="118"/>
        <location filename="../agents/import/orderlinesimporter.cpp" line="135"/>
        <source>column &quot;UnitPrice&quot;: %1 × %2 leaves the money range</source>
        <translation>columna &quot;UnitPrice&quot;: %1 × %2 sale del rango de importes</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="121"/>
        <source>cancellation lines booked as returns</source>
        <translation>líneas de cancelación registradas como devoluciones</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="123"/>
        <source>lines with quantity ≤ 0 on a normal invoice not imported (stock write-offs)</source>
        <translation>líneas con cantidad ≤ 0 en una factura normal no importadas (bajas de existencias)</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="126"/>
        <source>lines with price 0 not imported (samples, manual fixes)</source>
        <translation>líneas con precio 0 no importadas (muestras, correcciones manuales)</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.cpp" line="255"/>
        <source>Writing daily figures</source>
        <translation>Escribiendo cifras diarias</translation>
    </message>
    <message>
        <location filename="../agents/import/orderlinesimporter.h" line="36"/>
        <source>Store order lines</source>
        <translation>Líneas de pedido de la tienda</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../agents/rules/policy.cpp" line="103"/>
        <source>field &quot;%1&quot;: %2</source>
        <translation>campo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="111"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="111"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="111"/>
        <source>A name for this policy; each saved change becomes a new version.</source>
        <translation>Un nombre para esta política; cada cambio guardado se convierte en una nueva versión.</translation>
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
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="112"/>
        <source>Pause now when ROAS is below</source>
        <translation>Pausar ya si el ROAS es inferior a</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="112"/>
        <source>Revenue ÷ spend over the campaign&apos;s life; below 1.0× it earns back less than it costs (the seed&apos;s &quot;ROAS &lt; 0&quot;).</source>
        <translation>Ingresos ÷ gasto durante toda la campaña; por debajo de 1,0× recupera menos de lo que cuesta (el &quot;ROAS &lt; 0&quot; de las reglas iniciales).</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="113"/>
        <source>Pause when sales fall below</source>
        <translation>Pausar si las ventas bajan de</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="113"/>
        <source>Sales per day during the campaign against the days before it.</source>
        <translation>Ventas al día durante la campaña frente a los días anteriores.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="114"/>
        <source>Pause when page views fall below</source>
        <translation>Pausar si las visitas bajan de</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="114"/>
        <source>Page views per day during the campaign against the days before it.</source>
        <translation>Visitas al día durante la campaña frente a los días anteriores.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="115"/>
        <source>Keep running when sales rise above</source>
        <translation>Mantener activa si las ventas suben más de</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="115"/>
        <source>Together with the page-view threshold below.</source>
        <translation>Junto con el umbral de visitas de abajo.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="116"/>
        <source>… and page views rise above</source>
        <translation>… y las visitas suben más de</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="116"/>
        <source>Both must hold to keep a campaign running with more budget.</source>
        <translation>Deben cumplirse ambos para mantener una campaña activa con más presupuesto.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="117"/>
        <source>Improve when sales change from</source>
        <translation>Mejorar si las ventas varían desde</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="117"/>
        <source>Lower end of the &quot;review copy and targeting&quot; band for sales.</source>
        <translation>Extremo inferior de la franja &quot;revisar texto y segmentación&quot; para las ventas.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="118"/>
        <location filename="../agents/rules/policy.cpp" line="120"/>
        <source>… to</source>
        <translation>… hasta</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="118"/>
        <location filename="../agents/rules/policy.cpp" line="120"/>
        <source>Upper end of that band.</source>
        <translation>Extremo superior de esa franja.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="119"/>
        <source>Improve when page views change from</source>
        <translation>Mejorar si las visitas varían desde</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="119"/>
        <source>Lower end of the band for page views.</source>
        <translation>Extremo inferior de la franja para las visitas.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="121"/>
        <location filename="../agents/rules/policy.cpp" line="122"/>
        <location filename="../agents/rules/policy.cpp" line="123"/>
        <location filename="../agents/rules/policy.cpp" line="124"/>
        <location filename="../agents/rules/policy.cpp" line="125"/>
        <location filename="../agents/rules/policy.cpp" line="126"/>
        <source>Measuring</source>
        <translation>Medición</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="121"/>
        <source>Days before the campaign (baseline)</source>
        <translation>Días antes de la campaña (referencia)</translation>
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
        <translation>días</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="121"/>
        <source>The days before the start that sales are compared with.</source>
        <translation>Los días anteriores al inicio con los que se comparan las ventas.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="122"/>
        <source>Newest campaign days measured</source>
        <translation>Días de campaña más recientes medidos</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="122"/>
        <source>The campaign&apos;s newest days that are compared with the baseline.</source>
        <translation>Los días más recientes de la campaña que se comparan con la referencia.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="123"/>
        <source>Days of figures needed</source>
        <translation>Días de cifras necesarios</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="123"/>
        <source>With fewer, the campaign is watched, not judged.</source>
        <translation>Con menos, la campaña se observa, no se evalúa.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="124"/>
        <source>Learning period</source>
        <translation>Fase de aprendizaje</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="124"/>
        <source>A younger campaign is watched, not judged.</source>
        <translation>Una campaña más reciente se observa, no se evalúa.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="125"/>
        <source>Efficiency: weight of sales</source>
        <translation>Eficiencia: peso de las ventas</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="125"/>
        <source>Efficiency = sales impact × this + view impact × the next.</source>
        <translation>Eficiencia = impacto en ventas × este valor + impacto en visitas × el siguiente.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="126"/>
        <source>Efficiency: weight of page views</source>
        <translation>Eficiencia: peso de las visitas</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <location filename="../agents/rules/policy.cpp" line="128"/>
        <location filename="../agents/rules/policy.cpp" line="129"/>
        <location filename="../agents/rules/policy.cpp" line="130"/>
        <location filename="../agents/rules/policy.cpp" line="131"/>
        <location filename="../agents/rules/policy.cpp" line="132"/>
        <source>New campaigns</source>
        <translation>Campañas nuevas</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <source>Stock above</source>
        <translation>Existencias superiores a</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="127"/>
        <source>Only products with more in stock are promoted.</source>
        <translation>Solo se promocionan productos con más existencias.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="128"/>
        <source>Page views per sale above</source>
        <translation>Visitas por venta superiores a</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="128"/>
        <source>Many views for each sale: an opportunity.</source>
        <translation>Muchas visitas por cada venta: una oportunidad.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="129"/>
        <source>Price above</source>
        <translation>Precio superior a</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="129"/>
        <source>Cheaper products do not carry ad spend.</source>
        <translation>Los productos más baratos no soportan gasto publicitario.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="130"/>
        <source>Popular categories</source>
        <translation>Categorías populares</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="130"/>
        <source>Comma-separated; products in them come first.</source>
        <translation>Separadas por comas; sus productos van primero.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="131"/>
        <source>Expected conversion lift</source>
        <translation>Aumento de conversiones esperado</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="131"/>
        <source>Revenue potential = price × this.</source>
        <translation>Ingresos potenciales = precio × este valor.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="132"/>
        <source>New campaigns per cycle, at most</source>
        <translation>Campañas nuevas por ciclo, como máximo</translation>
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
        <translation>Presupuestos</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="133"/>
        <source>Budget: share of the price</source>
        <translation>Presupuesto: proporción del precio</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="133"/>
        <source>Budget = min(price × this, max(floor, expected ROI × the ROI share)).</source>
        <translation>Presupuesto = mín(precio × este valor, máx(mínimo, ROI esperado × proporción del ROI)).</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="134"/>
        <source>Budget floor</source>
        <translation>Presupuesto mínimo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="135"/>
        <source>Budget: share of the expected ROI</source>
        <translation>Presupuesto: proporción del ROI esperado</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="136"/>
        <source>Daily budget, at most</source>
        <translation>Presupuesto diario, como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="136"/>
        <source>Guardrail: no campaign is proposed or approved above this a day.</source>
        <translation>Límite de seguridad: no se propone ni aprueba ninguna campaña por encima de esto al día.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="137"/>
        <source>One change moves a budget by at most</source>
        <translation>Un cambio mueve un presupuesto como máximo un</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="137"/>
        <source>Guardrail for each budget action.</source>
        <translation>Límite de seguridad para cada acción de presupuesto.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="138"/>
        <source>Keep running: raise the budget by</source>
        <translation>Mantener activa: subir el presupuesto un</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="139"/>
        <location filename="../agents/rules/policy.cpp" line="140"/>
        <location filename="../agents/rules/policy.cpp" line="141"/>
        <location filename="../agents/rules/policy.cpp" line="142"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="139"/>
        <source>Weight of budget burn</source>
        <translation>Peso del consumo de presupuesto</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="139"/>
        <source>Risk = burn × this + decline × … + competition × … + lifecycle × ….</source>
        <translation>Riesgo = consumo × este valor + caída × … + competencia × … + ciclo de vida × ….</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="140"/>
        <source>Weight of performance decline</source>
        <translation>Peso de la caída del rendimiento</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="141"/>
        <source>Weight of competition</source>
        <translation>Peso de la competencia</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="142"/>
        <source>Weight of product lifecycle</source>
        <translation>Peso del ciclo de vida del producto</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="143"/>
        <location filename="../agents/rules/policy.cpp" line="144"/>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <location filename="../agents/rules/policy.cpp" line="146"/>
        <location filename="../agents/rules/policy.cpp" line="147"/>
        <location filename="../agents/rules/policy.cpp" line="148"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="143"/>
        <source>Campaign days the uplift is measured over</source>
        <translation>Días de campaña en los que se mide el incremento</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="143"/>
        <source>Sales in the campaign&apos;s newest days against what the product would have sold without it: its level before the start, moved as comparable products without a campaign moved.</source>
        <translation>Ventas en los días más recientes de la campaña frente a lo que el producto habría vendido sin ella: su nivel antes del inicio, movido como se movieron los productos comparables sin campaña.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="144"/>
        <source>Act on a campaign with no effect at most</source>
        <translation>Actuar sobre una campaña sin efecto como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="144"/>
        <source>The significance gate: an action needs the uplift&apos;s interval to exclude zero; a lower figure asks for more evidence. 100: no gate (the seed&apos;s rules).</source>
        <translation>El umbral de significación: una acción necesita que el intervalo del incremento excluya el cero; una cifra menor pide más evidencia. 100: sin umbral (las reglas iniciales).</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <source>Conversions needed before acting</source>
        <translation>Conversiones necesarias antes de actuar</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <source>With fewer, only an emergency pause is proposed. 0: off.</source>
        <translation>Con menos, solo se propone una pausa de emergencia. 0: desactivado.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="146"/>
        <source>Spend needed before acting</source>
        <translation>Gasto necesario antes de actuar</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="146"/>
        <source>With less spent, only an emergency pause is proposed. 0: off.</source>
        <translation>Con menos gasto, solo se propone una pausa de emergencia. 0: desactivado.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="147"/>
        <source>Newest days whose conversions are not final</source>
        <translation>Días más recientes cuyas conversiones no son definitivas</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="147"/>
        <source>An emergency pause judges spend and revenue up to this many days ago: the platform still adds conversions to the newest days.</source>
        <translation>Una pausa de emergencia juzga gasto e ingresos hasta hace tantos días: la plataforma todavía añade conversiones a los días más recientes.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="148"/>
        <source>Margin where the catalog has no cost</source>
        <translation>Margen cuando el catálogo no tiene coste</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="148"/>
        <source>Incremental profit = extra units sold × price × this − ad spend.</source>
        <translation>Beneficio incremental = unidades adicionales vendidas × precio × esto − gasto en anuncios.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="149"/>
        <source>Portfolio: all campaigns together, a day, at most</source>
        <translation>Cartera: todas las campañas juntas, al día, como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="150"/>
        <source>Portfolio: move at most this share of a budget per cycle</source>
        <translation>Cartera: mover como máximo esta parte de un presupuesto por ciclo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="151"/>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <location filename="../agents/rules/policy.cpp" line="153"/>
        <location filename="../agents/rules/policy.cpp" line="154"/>
        <location filename="../agents/rules/policy.cpp" line="155"/>
        <location filename="../agents/rules/policy.cpp" line="156"/>
        <source>Safeguards</source>
        <translation>Salvaguardas</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="151"/>
        <source>After an approval or rejection, wait</source>
        <translation>Tras una aprobación o un rechazo, esperar</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="151"/>
        <source>No new action on that campaign (or product) meanwhile, so a change can show and a rejection sticks; an emergency pause is held back only by a rejected one. 0: off.</source>
        <translation>Ninguna acción nueva sobre esa campaña (o producto) mientras tanto, para que un cambio surta efecto y un rechazo se mantenga; una pausa de emergencia solo se retiene si se rechazó una. 0: desactivado.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <source>… unless the evidence moves by</source>
        <translation>… salvo que la evidencia cambie en</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="152"/>
        <source>Sales or page-view impact in percentage points (ROAS in hundredths of ×) since the operator&apos;s word: new evidence is proposed again at once.</source>
        <translation>Impacto en ventas o en visitas en puntos porcentuales (ROAS en centésimas de ×) desde la decisión del operador: la evidencia nueva se propone de inmediato.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="153"/>
        <source>After an approved budget raise, the next raise waits</source>
        <translation>Tras un aumento de presupuesto aprobado, el siguiente espera</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="154"/>
        <source>A campaign is learning until it has</source>
        <translation>Una campaña está aprendiendo hasta tener</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="404"/>
        <source>is out of range</source>
        <translation>está fuera del rango permitido</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="407"/>
        <source>has more than two decimals</source>
        <translation>tiene más de dos decimales</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="145"/>
        <location filename="../agents/rules/policy.cpp" line="154"/>
        <source>conversions</source>
        <translation>conversiones</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="149"/>
        <source>Each cycle proposes moving budget from campaigns whose extra sales return less for their spend to those that return more than they cost, as one set of budget changes within this total. 0: off.</source>
        <translation>Cada ciclo propone mover presupuesto de las campañas cuyas ventas adicionales devuelven menos por su gasto a las que devuelven más de lo que cuestan, como un conjunto de cambios de presupuesto dentro de este total. 0: desactivado.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="153"/>
        <source>So that the next raise is judged on sales at the raised budget: as many days as the uplift is measured over (Evidence). Cuts, pauses and other actions follow the cooldown. 0: off.</source>
        <translation>Para que el siguiente aumento se juzgue con las ventas al presupuesto aumentado: tantos días como se mide el uplift (Evidencia). Recortes, pausas y otras acciones siguen el periodo de espera. 0: desactivado.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="154"/>
        <source>Meta&apos;s learning phase ends after about 50 optimisation events; a large budget edit restarts it.</source>
        <translation>La fase de aprendizaje de Meta termina tras unos 50 eventos de optimización; un cambio grande de presupuesto la reinicia.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="155"/>
        <source>While learning, a budget moves by at most</source>
        <translation>Durante el aprendizaje, un presupuesto cambia como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="155"/>
        <source>A larger proposed change is held back until the campaign has left learning.</source>
        <translation>Un cambio propuesto mayor se retiene hasta que la campaña salga del aprendizaje.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="156"/>
        <source>Actions a day, at most</source>
        <translation>Acciones al día, como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="156"/>
        <source>Approved today and proposed now, together; emergency pauses are never held back by it. 0: no cap.</source>
        <translation>Aprobadas hoy y propuestas ahora, en total; las pausas de emergencia nunca se retienen por ello. 0: sin límite.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="157"/>
        <location filename="../agents/rules/policy.cpp" line="158"/>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="157"/>
        <source>Propose a policy update after</source>
        <translation>Proponer un cambio de política tras</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="157"/>
        <source>evaluations</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="157"/>
        <source>Campaigns whose evaluation window ended since the last proposal: what the policy predicted against what happened. The Analyst then backtests nearby policies on this workspace&apos;s history; you approve or reject the result. 0: off.</source>
        <translation>Campañas cuyo periodo de evaluación terminó desde la última propuesta: lo que la política previó frente a lo que ocurrió. El Analista prueba entonces políticas cercanas sobre el historial de este espacio de trabajo; usted aprueba o rechaza el resultado. 0: desactivado.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="158"/>
        <source>… when the backtest gains at least</source>
        <translation>… cuando el backtest gana al menos</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="158"/>
        <source>% of spend</source>
        <translation>% del gasto</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="158"/>
        <source>Incremental profit the proposed policy adds over the one in effect, as a share of the backtest&apos;s ad spend.</source>
        <translation>Beneficio incremental que la política propuesta añade sobre la vigente, como proporción del gasto publicitario del backtest.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="159"/>
        <location filename="../agents/rules/policy.cpp" line="160"/>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="159"/>
        <source>Two operators approve a budget increase above</source>
        <translation>Dos operadores aprueban un aumento de presupuesto superior a</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="159"/>
        <source>Four-eyes: a budget raised by more than this a day (a new campaign&apos;s whole budget counts) waits for a second, different operator&apos;s approval; the queue shows &quot;1 of 2 approvals&quot;. 0: off.</source>
        <translation>Cuatro ojos: un presupuesto aumentado en más de esto al día (en una campaña nueva cuenta todo su presupuesto) espera la aprobación de un segundo operador, distinto; la cola muestra «1 de 2 aprobaciones». 0: desactivado.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="160"/>
        <source>Two operators approve a daily budget above</source>
        <translation>Dos operadores aprueban un presupuesto diario superior a</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="160"/>
        <source>Four-eyes: an action after which the campaign&apos;s daily budget is above this needs two different operators; a pause never waits. 0: off.</source>
        <translation>Cuatro ojos: una acción tras la cual el presupuesto diario de la campaña supera esto necesita dos operadores distintos; una pausa nunca espera. 0: desactivado.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="161"/>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="161"/>
        <source>A recommendation expires after</source>
        <translation>Una recomendación caduca tras</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="161"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="161"/>
        <source>An old recommendation is not approved on stale figures.</source>
        <translation>Una recomendación antigua no se aprueba con cifras desfasadas.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <source>Time the platform may take to apply a write</source>
        <translation>Tiempo que la plataforma puede tardar en aplicar un cambio</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="162"/>
        <source>Before an interrupted send can be proved lost.</source>
        <translation>Antes de poder dar por perdido un envío interrumpido.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="163"/>
        <location filename="../agents/rules/policy.cpp" line="164"/>
        <location filename="../agents/rules/policy.cpp" line="165"/>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="163"/>
        <source>Conversions scale with budget to the power</source>
        <translation>Las conversiones escalan con el presupuesto elevado a</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="163"/>
        <source>The backtest&apos;s model of a budget change.</source>
        <translation>El modelo del backtest para un cambio de presupuesto.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="164"/>
        <source>Share of a new campaign&apos;s budget spent</source>
        <translation>Proporción gastada del presupuesto de una campaña nueva</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="165"/>
        <source>Hindsight oracle: budget up to</source>
        <translation>Oráculo retrospectivo: presupuesto hasta</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="167"/>
        <location filename="../agents/rules/policy.cpp" line="168"/>
        <location filename="../agents/rules/policy.cpp" line="169"/>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>Ad copy</source>
        <translation>Texto del anuncio</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="167"/>
        <source>Primary text, at most</source>
        <translation>Texto principal, como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="167"/>
        <location filename="../agents/rules/policy.cpp" line="168"/>
        <location filename="../agents/rules/policy.cpp" line="169"/>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="167"/>
        <source>Meta recommends 125: longer text is cut off in most placements. Copy over it is refused, the model&apos;s and yours.</source>
        <translation>Meta recomienda 125: un texto más largo se corta en la mayoría de las ubicaciones. Se rechaza el texto que lo supere, el del modelo y el suyo.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="168"/>
        <source>Headline, at most</source>
        <translation>Titular, como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="168"/>
        <source>Meta recommends 40 (27 in some placements).</source>
        <translation>Meta recomienda 40 (27 en algunas ubicaciones).</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="169"/>
        <source>Description, at most</source>
        <translation>Descripción, como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="169"/>
        <source>Meta recommends 30.</source>
        <translation>Meta recomienda 30.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>Wait for the language model at most</source>
        <translation>Esperar al modelo de lenguaje como máximo</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="170"/>
        <source>All of a cycle&apos;s new campaigns together; past it the template&apos;s copy stands.</source>
        <translation>Todas las campañas nuevas de un ciclo juntas; después se mantiene el texto de la plantilla.</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="213"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="279"/>
        <location filename="../agents/rules/policy.cpp" line="284"/>
        <location filename="../agents/rules/policy.cpp" line="289"/>
        <location filename="../agents/rules/policy.cpp" line="294"/>
        <location filename="../agents/rules/policy.cpp" line="385"/>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 está fuera de %2 … %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="299"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="301"/>
        <source>must not be above optimize_sales_impact_to</source>
        <translation>no debe superar optimize_sales_impact_to</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="303"/>
        <source>must not be above optimize_view_impact_to</source>
        <translation>no debe superar optimize_view_impact_to</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="305"/>
        <source>must not be above max_budget_change_pct</source>
        <translation>no debe superar max_budget_change_pct</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="307"/>
        <source>must not be above max_daily_budget</source>
        <translation>no debe superar max_daily_budget</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="319"/>
        <source>the file is empty: a policy is a JSON object, e.g. {&quot;min_price&quot;: &quot;20.00&quot;}</source>
        <translation>el archivo está vacío: una política es un objeto JSON, p. ej. {&quot;min_price&quot;: &quot;20.00&quot;}</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="324"/>
        <source>not JSON: the text ends at line %1, column %2 before the JSON does</source>
        <translation>no es JSON: el texto termina en la línea %1, columna %2, antes que el JSON</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="327"/>
        <source>not JSON: unexpected “%1” at line %2, column %3</source>
        <translation>no es JSON: «%1» inesperado en la línea %2, columna %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="334"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="345"/>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="349"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="355"/>
        <location filename="../agents/rules/policy.cpp" line="359"/>
        <source>must be a list of names</source>
        <translation>debe ser una lista de nombres</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="367"/>
        <location filename="../agents/rules/policy.cpp" line="375"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="373"/>
        <source>the older form of emergency_roas_below_multiple; give only one of them</source>
        <translation>la forma antigua de emergency_roas_below_multiple; indique solo uno de los dos</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="382"/>
        <location filename="../agents/rules/policy.cpp" line="392"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="400"/>
        <source>must be an amount as text, e.g. &quot;20.00&quot;</source>
        <translation>debe ser un importe como texto, p. ej. &quot;20.00&quot;</translation>
    </message>
    <message>
        <location filename="../agents/rules/policy.cpp" line="404"/>
        <source>is not an amount</source>
        <translation>no es un importe</translation>
    </message>
</context>
<context>
    <name>RecordedBackend</name>
    <message>
        <location filename="../agents/backend/recordedbackend.cpp" line="110"/>
        <source>campaign %1 not found</source>
        <translation>no se encontró la campaña %1</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <location filename="../agents/import/recording.cpp" line="73"/>
        <source>the date %1 is outside the manifest&apos;s range %2 to %3</source>
        <translation>la fecha %1 está fuera del rango del manifiesto, de %2 a %3</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="83"/>
        <source>%1 &quot;%2&quot; is already on line %3</source>
        <translation>%1 &quot;%2&quot; ya está en la línea %3</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="117"/>
        <source>id and name must not be empty</source>
        <translation>el ID y el nombre no deben estar vacíos</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="119"/>
        <source>column &quot;price&quot;: negative</source>
        <translation>columna &quot;price&quot;: negativo</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="120"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="169"/>
        <source>a negative count</source>
        <translation>un recuento negativo</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="177"/>
        <location filename="../agents/import/recording.cpp" line="243"/>
        <source>unknown product &quot;%1&quot; (not in the products file)</source>
        <translation>producto desconocido &quot;%1&quot; (no está en el archivo de productos)</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="181"/>
        <source>product-day</source>
        <translation>día de producto</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="194"/>
        <source>Writing product days</source>
        <translation>Escribiendo días de producto</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="236"/>
        <source>column &quot;status&quot;: &quot;%1&quot; is not active, paused or ended</source>
        <translation>columna &quot;status&quot;: &quot;%1&quot; no es active, paused ni ended</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="238"/>
        <source>column &quot;id&quot; is empty</source>
        <translation>la columna &quot;id&quot; está vacía</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="240"/>
        <source>column &quot;daily_budget&quot;: negative</source>
        <translation>columna &quot;daily_budget&quot;: negativo</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="244"/>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="302"/>
        <source>more clicks than impressions</source>
        <translation>más clics que impresiones</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="318"/>
        <source>unknown campaign &quot;%1&quot; (not in the campaigns file)</source>
        <translation>campaña desconocida &quot;%1&quot; (no está en el archivo de campañas)</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="322"/>
        <source>campaign-day</source>
        <translation>día de campaña</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="351"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="375"/>
        <source>not a recording: no such folder</source>
        <translation>no es una grabación: no existe esa carpeta</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="377"/>
        <source>not a recording: cannot read manifest.json (%1)</source>
        <translation>no es una grabación: no se puede leer manifest.json (%1)</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="393"/>
        <source>this is a live workspace: a recording is never loaded into it; it opens in a replay workspace of its own (campaign-pilot --recording %1)</source>
        <translation>este es un espacio de trabajo en vivo: nunca se carga una grabación en él; se abre en su propio espacio de trabajo de reproducción (campaign-pilot --recording %1)</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="537"/>
        <source>the store holds no daily figures to export yet</source>
        <translation>el almacén de datos aún no tiene cifras diarias que exportar</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="554"/>
        <source>the shop&apos;s own data</source>
        <translation>los datos propios de la tienda</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="555"/>
        <source>not recorded: the imported file&apos;s own terms</source>
        <translation>no registrado: las condiciones propias del archivo importado</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="556"/>
        <source>live snapshots taken by Campaign Pilot</source>
        <translation>instantáneas en vivo tomadas por Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="557"/>
        <source>imported by Campaign Pilot</source>
        <translation>importado por Campaign Pilot</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="581"/>
        <source>%1, with %n action(s) applied in replay</source>
        <translation>
            <numerusform>%1, con %n acción aplicada en la reproducción</numerusform>
            <numerusform>%1, con %n acciones aplicadas en la reproducción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="582"/>
        <source>campaign-pilot export-recording of the replay of %1 (%2), after %n approved action(s) were applied to its recorded campaigns</source>
        <translation>
            <numerusform>campaign-pilot export-recording de la reproducción de %1 (%2), tras aplicar %n acción aprobada a sus campañas grabadas</numerusform>
            <numerusform>campaign-pilot export-recording de la reproducción de %1 (%2), tras aplicar %n acciones aprobadas a sus campañas grabadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="595"/>
        <source>%n campaign(s) have only an ad export&apos;s lifetime totals (%1 spent in all), not daily figures: a recording holds days, so their figures are not in it (their campaigns are). Import a daily report of them to export their days.</source>
        <translation>
            <numerusform>%n campaña solo tiene los totales de una exportación de anuncios (%1 gastados en total), no cifras diarias: una grabación contiene días, así que sus cifras no están en ella (la campaña sí). Importe un informe diario para exportar sus días.</numerusform>
            <numerusform>%n campañas solo tienen los totales de una exportación de anuncios (%1 gastados en total), no cifras diarias: una grabación contiene días, así que sus cifras no están en ella (las campañas sí). Importe un informe diario para exportar sus días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/import/recording.cpp" line="612"/>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>RemotePlatform</name>
    <message>
        <location filename="../agents/backend/remoteplatform.cpp" line="56"/>
        <source>nothing to send</source>
        <translation>nada que enviar</translation>
    </message>
    <message>
        <location filename="../agents/backend/remoteplatform.cpp" line="59"/>
        <source>%1 is not answering; the send waits for a later run</source>
        <translation>%1 no responde; el envío espera a una ejecución posterior</translation>
    </message>
    <message>
        <location filename="../agents/backend/remoteplatform.cpp" line="100"/>
        <source>the platform answered %1 but the answer cannot be read: %2</source>
        <translation>la plataforma respondió %1 pero la respuesta no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../agents/rules/rules.cpp" line="20"/>
        <location filename="../agents/rules/rules.cpp" line="703"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="244"/>
        <source>stock %1 (needs more than %2)</source>
        <translation>existencias %1 (necesita más de %2)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="245"/>
        <source>stock unknown (needs more than %1)</source>
        <translation>existencias desconocidas (necesita más de %1)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="248"/>
        <source>page views per sale unknown (needs more than %1)</source>
        <translation>visitas por venta desconocidas (necesita más de %1)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="250"/>
        <source>%1 page views per sale (needs more than %2)</source>
        <translation>%1 visitas por venta (necesita más de %2)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="251"/>
        <source>%1 page views and no sale in 30 days</source>
        <translation>%1 visitas y ninguna venta en 30 días</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="253"/>
        <source>price %1 (needs more than %2)</source>
        <translation>precio %1 (necesita más de %2)</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="254"/>
        <source>price unknown</source>
        <translation>precio desconocido</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="255"/>
        <source>already has a running campaign</source>
        <translation>ya tiene una campaña activa</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="256"/>
        <source>no running campaign</source>
        <translation>ninguna campaña activa</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="258"/>
        <source>popular category %1</source>
        <translation>categoría popular %1</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="609"/>
        <source>the campaign has no start date on or before %1</source>
        <translation>la campaña no tiene fecha de inicio en o antes del %1</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="620"/>
        <source>figures were summed for %1-day baseline and %2-day current windows, the policy has %3 and %4</source>
        <translation>las cifras se sumaron para una ventana de referencia de %1 días y una actual de %2 días, la política tiene %3 y %4</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="625"/>
        <source>negative product figures on %1</source>
        <translation>cifras de producto negativas el %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="654"/>
        <source>the store reports sales %1 and page views %2 over the last %n day(s) against the %n before (as of %3)</source>
        <translation>
            <numerusform>la tienda informa de ventas %1 y visitas %2 en el último %n día frente al %n anterior (a fecha de %3)</numerusform>
            <numerusform>la tienda informa de ventas %1 y visitas %2 en los últimos %n días frente a los %n anteriores (a fecha de %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="658"/>
        <source>judged on older data: %1</source>
        <translation>evaluado con datos más antiguos: %1</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="660"/>
        <source>no daily product figures %1 the campaign&apos;s start and no window measured by the store</source>
        <translation>no hay cifras diarias del producto %1 el inicio de la campaña ni un periodo medido por la tienda</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="661"/>
        <source>before</source>
        <translation>antes de</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="661"/>
        <source>since</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="663"/>
        <source>daily figures: %1 before the campaign, %2 in the current window</source>
        <translation>cifras diarias: %1 antes de la campaña, %2 en la ventana actual</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="664"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="675"/>
        <source>negative campaign figures on %1</source>
        <translation>cifras de campaña negativas el %1</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="693"/>
        <source>negative lifetime figures from the platform</source>
        <translation>cifras totales negativas de la plataforma</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="702"/>
        <source>; spend %1 and revenue %2: the platform&apos;s lifetime totals as of %3</source>
        <translation>; gasto %1 e ingresos %2: los totales de la plataforma a fecha de %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="783"/>
        <source>The product&apos;s sales rose by %1 unit(s) a day above what it would have sold, more than %2 times the %3 conversion(s) a day the platform credits the campaign with: something else moved them (a large order, a season). Watched, not judged on them.</source>
        <translation>Las ventas del producto subieron %1 unidades al día por encima de lo que habría vendido, más de %2 veces las %3 conversiones al día que la plataforma atribuye a la campaña: otra cosa las movió (un pedido grande, una temporada). Se vigila, no se juzga por ellas.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="802"/>
        <source>Not judged: %1.</source>
        <translation>Sin evaluar: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="806"/>
        <source>The campaign is %n day(s) old, inside its %1-day learning period.</source>
        <translation>
            <numerusform>La campaña tiene %n día, dentro de su fase de aprendizaje de %1 días.</numerusform>
            <numerusform>La campaña tiene %n días, dentro de su fase de aprendizaje de %1 días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="810"/>
        <source>Only %n day(s) of campaign figures; %1 are needed.</source>
        <translation>
            <numerusform>Solo %n día de cifras de campaña; se necesitan %1.</numerusform>
            <numerusform>Solo %n días de cifras de campaña; se necesitan %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="824"/>
        <source>(The newest %n day(s) are left out: their conversions are not final yet.)</source>
        <translation>
            <numerusform>(Queda fuera %n día, el más reciente: sus conversiones aún no son definitivas.)</numerusform>
            <numerusform>(Los %n días más recientes quedan fuera: sus conversiones aún no son definitivas.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="829"/>
        <source>ROAS is %1× (below %2×): the campaign earns back less than it costs (spent %3, revenue %4).</source>
        <translation>El ROAS es %1× (por debajo de %2×): la campaña recupera menos de lo que cuesta (gasto %3, ingresos %4).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="843"/>
        <source>Each conversion costs %1, more than the product&apos;s price %2.</source>
        <translation>Cada conversión cuesta %1, más que el precio del producto, %2.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="845"/>
        <source>Each conversion costs %1, more than the product&apos;s price and than the %2 a conversion brings in revenue.</source>
        <translation>Cada conversión cuesta %1, más que el precio del producto y que los %2 de ingresos que aporta una conversión.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="851"/>
        <source>Spent %1 without a single conversion, more than the product&apos;s price %2.</source>
        <translation>Gastado %1 sin una sola conversión, más que el precio del producto, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="891"/>
        <source>Not enough data to act yet: %n conversion(s) and %1 spent (needs %2 and %3).</source>
        <translation>
            <numerusform>Aún no hay datos suficientes para actuar: %n conversión y %1 gastado (necesita %2 y %3).</numerusform>
            <numerusform>Aún no hay datos suficientes para actuar: %n conversiones y %1 gastado (necesita %2 y %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1115"/>
        <source>a budget increase of %1, above the %2 one operator may approve alone</source>
        <translation>un aumento de presupuesto de %1, por encima de los %2 que un operador puede aprobar solo</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1119"/>
        <source>a daily budget of %1, above the %2 one operator may approve alone</source>
        <translation>un presupuesto diario de %1, por encima de los %2 que un operador puede aprobar solo</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="877"/>
        <source>Below break-even beyond doubt: the platform credits it with %1 of revenue for %2 of spend (ROAS %3×; at most %4× at the %5 % upper end), and at a %6 % margin a campaign needs %7× to pay for itself — even if every sale it is credited with were one it added.</source>
        <translation>Por debajo del punto de equilibrio sin duda: la plataforma le atribuye %1 de ingresos por %2 de gasto (ROAS %3×; como mucho %4× en el extremo superior del %5 %), y con un margen del %6 % una campaña necesita %7× para cubrir su coste, aunque cada venta que se le atribuye fuera una que ella aportó.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="903"/>
        <source>sales %1 against the counterfactual, view impact %2</source>
        <translation>ventas %1 frente al contrafactual, impacto en visitas %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="904"/>
        <source>sales impact %1, view impact %2</source>
        <translation>impacto en ventas %1, impacto en visitas %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="914"/>
        <source>Loses money beyond doubt: it adds %1 unit(s) a day to what the product would have sold (%2 % interval %3 to %4), worth %5 a day at a %6 % margin, against %7 a day of spend.</source>
        <translation>Pierde dinero sin duda: añade %1 unidades al día a lo que el producto habría vendido (intervalo del %2 % de %3 a %4), que valen %5 al día con un margen del %6 %, frente a %7 al día de gasto.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="937"/>
        <source>Pays beyond doubt at this budget: it adds %1 unit(s) a day to what the product would have sold (%2 % interval %3 to %4), worth at least %5 a day at a %6 % margin, against %7 a day of spend; more budget would bring less than it costs (returns fall as budgets grow).</source>
        <translation>Se paga sin duda con este presupuesto: añade %1 unidades al día a lo que el producto habría vendido (intervalo del %2 %: %3 a %4), que valen al menos %5 al día con un margen del %6 %, frente a %7 al día de gasto; más presupuesto aportaría menos de lo que cuesta (el rendimiento baja al crecer el presupuesto).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="941"/>
        <source>Pays beyond doubt: it adds %1 unit(s) a day to what the product would have sold (%2 % interval %3 to %4), worth at least %5 a day at a %6 % margin, against %7 a day of spend.</source>
        <translation>Se paga sin duda: añade %1 unidades al día a lo que el producto habría vendido (intervalo del %2 %: %3 a %4), que valen al menos %5 al día con un margen del %6 %, frente a %7 al día de gasto.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="955"/>
        <source>Performance fell: %1 (pause below %2 sales or %3 views).</source>
        <translation>El rendimiento cayó: %1 (pausa por debajo de %2 en ventas o %3 en visitas).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="959"/>
        <source>Working: %1 (continue above %2 sales and %3 views).</source>
        <translation>Funciona: %1 (continuar por encima de %2 en ventas y %3 en visitas).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="964"/>
        <source>Modest gains: %1 (optimize at %2–%3 sales or %4–%5 views).</source>
        <translation>Mejoras modestas: %1 (optimizar entre %2 y %3 en ventas o entre %4 y %5 en visitas).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="973"/>
        <source>no daily sales before the start to compare with</source>
        <translation>no hay ventas diarias antes del inicio con las que comparar</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="975"/>
        <source>%1 % interval %2 to %3 units a day</source>
        <translation>intervalo del %1 % de %2 a %3 unidades al día</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="979"/>
        <source>needs about %n more day(s) at this volume</source>
        <translation>
            <numerusform>necesita unos %n día más a este volumen</numerusform>
            <numerusform>necesita unos %n días más a este volumen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="981"/>
        <source>more days at this volume will not settle it</source>
        <translation>más días a este volumen no lo resolverán</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="982"/>
        <source>more days at this volume will not settle it within the %n-day window</source>
        <translation>
            <numerusform>más días a este volumen no lo resolverán dentro de la ventana de %n día</numerusform>
            <numerusform>más días a este volumen no lo resolverán dentro de la ventana de %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="984"/>
        <source>%1 more units a day than it would have sold without the campaign (%2); %3</source>
        <translation>%1 unidades al día más de las que habría vendido sin la campaña (%2); %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="985"/>
        <source>%1 fewer units a day than it would have sold without the campaign (%2); %3</source>
        <translation>%1 unidades al día menos de las que habría vendido sin la campaña (%2); %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="989"/>
        <source>Not yet conclusive (the seed&apos;s rules would say %1): %2.</source>
        <translation>Aún no es concluyente (las reglas iniciales dirían %1): %2.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="998"/>
        <source>Sales rose (%1), but its extra sales do not pay for its spend beyond doubt (%2 a day at the interval&apos;s worst end, at a %3 % margin): no more budget yet.</source>
        <translation>Las ventas subieron (%1), pero sus ventas adicionales no cubren su gasto sin duda (%2 al día en el peor extremo del intervalo, con un margen del %3 %): todavía no más presupuesto.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1008"/>
        <source>No baseline to compare with (no sales or views in the %1 days before the start).</source>
        <translation>No hay referencia con la que comparar (ninguna venta ni visita en los %1 días anteriores al inicio).</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1011"/>
        <source>Mixed or flat results: %1.</source>
        <translation>Resultados mixtos o planos: %1.</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1084"/>
        <source>a daily budget must be more than zero</source>
        <translation>un presupuesto diario debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1086"/>
        <source>%1 is above the maximum daily budget %2</source>
        <translation>%1 supera el presupuesto diario máximo de %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/rules.cpp" line="1091"/>
        <source>%1 changes the budget %2 by %3, more than the %4 one action may</source>
        <translation>%1 cambia el presupuesto %2 un %3, más que el %4 que permite una acción</translation>
    </message>
</context>
<context>
    <name>Safeguards</name>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="30"/>
        <source>sales impact</source>
        <translation>impacto en ventas</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="31"/>
        <source>page-view impact</source>
        <translation>impacto en visitas</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="32"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="37"/>
        <source>%1 is now %2</source>
        <translation>%1 ahora es %2</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="37"/>
        <source>known</source>
        <translation>conocido</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="37"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="39"/>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 pasó de %2 a %3</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="47"/>
        <source>a new campaign</source>
        <translation>una campaña nueva</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="48"/>
        <source>a pause</source>
        <translation>una pausa</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="49"/>
        <source>a resume</source>
        <translation>una reanudación</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="50"/>
        <source>a budget change</source>
        <translation>un cambio de presupuesto</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="53"/>
        <source>no change</source>
        <translation>ningún cambio</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="125"/>
        <source>Held back: the campaign is still learning (%1 of %2 conversions), and a budget change of %3 % (more than %4 %) would restart its learning phase.</source>
        <translation>Retenida: la campaña aún está aprendiendo (%1 de %2 conversiones) y un cambio de presupuesto del %3 % (más del %4 %) reiniciaría su fase de aprendizaje.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="160"/>
        <location filename="../agents/rules/safeguards.cpp" line="198"/>
        <location filename="../agents/rules/safeguards.cpp" line="212"/>
        <location filename="../agents/rules/safeguards.cpp" line="253"/>
        <source>the operator</source>
        <translation>el operador</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/safeguards.cpp" line="163"/>
        <source>Held back: %1 approved a budget raise on %2; the next raise waits %n day(s), until the campaign&apos;s uplift window holds only days at the raised budget. Proposed again from %3.</source>
        <translation>
            <numerusform>Retenida: %1 aprobó un aumento de presupuesto el %2; el siguiente aumento espera %n día, hasta que la ventana de uplift de la campaña solo contenga días con el presupuesto aumentado. Se propondrá de nuevo desde %3.</numerusform>
            <numerusform>Retenida: %1 aprobó un aumento de presupuesto el %2; el siguiente aumento espera %n días, hasta que la ventana de uplift de la campaña solo contenga días con el presupuesto aumentado. Se propondrá de nuevo desde %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="201"/>
        <source>Proposed again although %1 rejected %2 on %3: %4.</source>
        <translation>Propuesta de nuevo aunque %1 rechazó %2 el %3: %4.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="202"/>
        <source>Proposed although %1 approved %2 on %3: %4.</source>
        <translation>Propuesta aunque %1 aprobó %2 el %3: %4.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="215"/>
        <source>Proposed again from %1.</source>
        <translation>Se propondrá de nuevo desde %1.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="216"/>
        <source>Proposed again from %1, or sooner if sales or page-view impact moves by %2 points (ROAS by %3×).</source>
        <translation>Se propondrá de nuevo desde %1, o antes si el impacto en ventas o visitas cambia %2 puntos (el ROAS %3×).</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="223"/>
        <source>Held back: %1 rejected %2 on %3.</source>
        <translation>Retenida: %1 rechazó %2 el %3.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="224"/>
        <source>Held back: %1 rejected %2 on %3 (“%4”).</source>
        <translation>Retenida: %1 rechazó %2 el %3 («%4»).</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="225"/>
        <source>Held back: %1 approved %2 on %3; its effect needs time to show.</source>
        <translation>Retenida: %1 aprobó %2 el %3; su efecto necesita tiempo para verse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/safeguards.cpp" line="255"/>
        <source>Held back: %1 approved a new campaign for this product on %2, and it was sent (or marked applied), but the workspace does not show it running: refresh live data or import the campaign list. Another would run beside it. Proposed again from %3, when that campaign&apos;s %n day(s) are over.</source>
        <translation>
            <numerusform>Retenida: %1 aprobó una campaña nueva para este producto el %2 y se envió (o se marcó como aplicada), pero el espacio de trabajo no la muestra en marcha: actualice los datos en vivo o importe la lista de campañas. Otra funcionaría a su lado. Se propone de nuevo a partir del %3, cuando termine el %n día de esa campaña.</numerusform>
            <numerusform>Retenida: %1 aprobó una campaña nueva para este producto el %2 y se envió (o se marcó como aplicada), pero el espacio de trabajo no la muestra en marcha: actualice los datos en vivo o importe la lista de campañas. Otra funcionaría a su lado. Se propone de nuevo a partir del %3, cuando terminen los %n días de esa campaña.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="304"/>
        <source>Held back: the policy allows %1 actions a day (approved today: %2; more urgent, proposed now: %3). Proposed again at a later cycle.</source>
        <translation>Retenida: la política permite %1 acciones al día (aprobadas hoy: %2; más urgentes, propuestas ahora: %3). Se propondrá de nuevo en un ciclo posterior.</translation>
    </message>
    <message>
        <location filename="../agents/rules/safeguards.cpp" line="94"/>
        <source>Would have proposed %1 (%2): %3</source>
        <translation>Habría propuesto %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <location filename="../agents/simulation/simulator.cpp" line="220"/>
        <source>&quot;%1&quot; is not a decision (NEW_CAMPAIGN, CONTINUE, OPTIMIZE, MONITOR, PAUSE, EMERGENCY_PAUSE), nor &quot;all&quot; or &quot;none&quot;</source>
        <translation>&quot;%1&quot; no es una decisión (NEW_CAMPAIGN, CONTINUE, OPTIMIZE, MONITOR, PAUSE, EMERGENCY_PAUSE), ni &quot;all&quot; ni &quot;none&quot;</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulator.cpp" line="225"/>
        <source>name an approval mode: all, none, or decisions</source>
        <translation>indique un modo de aprobación: all, none o decisiones</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulator.cpp" line="351"/>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulator.cpp" line="375"/>
        <source>hindsight</source>
        <translation>retrospectiva</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="433"/>
        <location filename="../agents/simulation/simulator.cpp" line="383"/>
        <source>Hindsight oracle</source>
        <translation>Oráculo retrospectivo</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="434"/>
        <location filename="../agents/simulation/simulator.cpp" line="383"/>
        <source>Hindsight oracle (incremental)</source>
        <translation>Oráculo retrospectivo (incremental)</translation>
    </message>
</context>
<context>
    <name>SimulationReport</name>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="54"/>
        <source>no hindsight oracle in this simulation</source>
        <translation>no hay oráculo retrospectivo en esta simulación</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="163"/>
        <source>not a saved simulation (%1)</source>
        <translation>no es una simulación guardada (%1)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="284"/>
        <location filename="../agents/simulation/simulationreport.cpp" line="288"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="287"/>
        <source>recorded campaigns %1</source>
        <translation>campañas grabadas %1</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="294"/>
        <source>Share of oracle profit n/a: %1</source>
        <translation>Parte del beneficio del oráculo n/d: %1</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="297"/>
        <source>Share of the incremental oracle&apos;s profit n/a: %1</source>
        <translation>Parte del beneficio del oráculo incremental n/d: %1</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="305"/>
        <source>Simulation of %1, %2 – %3</source>
        <translation>Simulación de %1, %2 – %3</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="306"/>
        <source>Replay workspace (offline): nothing in this report was sent to any platform. Approval mode: %1. Money in %2.</source>
        <translation>Espacio de trabajo de reproducción (sin conexión): nada de este informe se envió a ninguna plataforma. Modo de aprobación: %1. Importes en %2.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="307"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="308"/>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="308"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="308"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="308"/>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="309"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="309"/>
        <source>Share of oracle profit (recorded campaigns)</source>
        <translation>Proporción del beneficio del oráculo (campañas grabadas)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="329"/>
        <source>Share of the incremental oracle (recorded campaigns)</source>
        <translation>Parte del oráculo incremental (campañas grabadas)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="259"/>
        <source>Cumulative incremental profit per policy</source>
        <translation>Beneficio incremental acumulado por política</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="58"/>
        <source>%1 made no profit (%2)</source>
        <translation>%1 no obtuvo beneficio (%2)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="60"/>
        <source>the profit of %1 (%2) is under 1 % of its spend (%3): too small to divide by</source>
        <translation>el beneficio de %1 (%2) es inferior al 1 % de su gasto (%3): demasiado pequeño para dividir por él</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="310"/>
        <source>Cumulative incremental profit</source>
        <translation>Beneficio incremental acumulado</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="311"/>
        <source>Counterfactual model: pause = no spend and no attributed revenue; budget × k = spend × k, revenue × k^%1; new campaigns draw CPC and conversion rate from the recording&apos;s campaigns (seed %2). Profit = revenue − spend.</source>
        <translation>Modelo contrafactual: pausa = sin gasto ni ingresos atribuidos; presupuesto × k = gasto × k, ingresos × k^%1; las campañas nuevas toman el CPC y la tasa de conversión de las campañas de la grabación (semilla %2). Beneficio = ingresos − gasto.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="317"/>
        <source>The model&apos;s fields are %1&apos;s: every policy in this report ran under them.</source>
        <translation>Los campos del modelo son los de %1: toda política de este informe se ejecutó con ellos.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="321"/>
        <source>Incremental profit = the units the ads truly added (the recording&apos;s ground truth where it has one, else every attributed conversion) × price × %1 % margin − spend. Wrong pauses: campaigns that truly paid for themselves, paused; missed pauses: campaigns that truly lost money, still running at the end; late-decision loss: what those lost after their first %2 days.</source>
        <translation>Beneficio incremental = las unidades que los anuncios añadieron de verdad (la verdad de la grabación donde la tiene, si no, cada conversión atribuida) × precio × %1 % de margen − gasto. Pausas erróneas: campañas que de verdad se pagaban, pausadas; pausas omitidas: campañas que de verdad perdían dinero, aún activas al final; pérdida por decisiones tardías: lo que estas perdieron tras sus primeros %2 días.</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="329"/>
        <source>Incremental profit</source>
        <translation>Beneficio incremental</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="330"/>
        <source>Wrong / missed pauses</source>
        <translation>Pausas erróneas / omitidas</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="330"/>
        <source>Late-decision loss</source>
        <translation>Pérdida por decisiones tardías</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="345"/>
        <source>the report must end in .html, .json or .csv</source>
        <translation>el informe debe terminar en .html, .json o .csv</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="348"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="371"/>
        <source>simulation_elasticity %1, simulation_new_campaign_pacing %2, simulation_oracle_max_budget_factor %3</source>
        <translation>simulation_elasticity %1, simulation_new_campaign_pacing %2, simulation_oracle_max_budget_factor %3</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="383"/>
        <source>%1 sets the simulation&apos;s model to %2, and %3 to %4: one report runs every policy under one model; give the same simulation_* fields in both, or simulate them apart</source>
        <translation>%1 fija el modelo de la simulación en %2, y %3 en %4: un informe ejecuta toda política con un solo modelo; indique los mismos campos simulation_* en ambos o simúlelos por separado</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="398"/>
        <source>give both dates as YYYY-MM-DD</source>
        <translation>indique ambas fechas como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="400"/>
        <source>the date range %1 – %2 is empty</source>
        <translation>el periodo %1 – %2 está vacío</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="403"/>
        <source>the recording has no daily figures</source>
        <translation>la grabación no tiene cifras diarias</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="405"/>
        <source>%1 – %2 is outside the recording (%3 – %4)</source>
        <translation>%1 – %2 está fuera de la grabación (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="428"/>
        <source>Seed rules</source>
        <translation>Reglas iniciales</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="429"/>
        <source>Default policy</source>
        <translation>Política predeterminada</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="470"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../agents/simulation/simulationreport.cpp" line="518"/>
        <source>no saved simulation %1</source>
        <translation>no existe la simulación guardada %1</translation>
    </message>
</context>
<context>
    <name>Snoozes</name>
    <message>
        <location filename="../agents/snoozes.cpp" line="126"/>
        <source>recommendation %1</source>
        <translation>recomendación %1</translation>
    </message>
    <message>
        <location filename="../agents/snoozes.cpp" line="128"/>
        <source>only a pending recommendation can be snoozed; it is %1</source>
        <translation>solo se puede posponer una recomendación pendiente; está %1</translation>
    </message>
    <message>
        <location filename="../agents/snoozes.cpp" line="130"/>
        <source>a snooze must end later than now</source>
        <translation>una posposición debe terminar más tarde que ahora</translation>
    </message>
</context>
<context>
    <name>StationLease</name>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="35"/>
        <source>lock file %1</source>
        <translation>archivo de bloqueo %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="44"/>
        <source>another station runs on this workspace: process %1 on host %2 holds %3</source>
        <translation>ya hay otra estación en este espacio de trabajo: el proceso %1 en el equipo %2 tiene %3</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="46"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="48"/>
        <source>another station runs on this workspace: %1 is held</source>
        <translation>ya hay otra estación en este espacio de trabajo: %1 está bloqueado</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="51"/>
        <source>cannot create the lock file %1: permission denied (the station&apos;s user must be able to write the workspace&apos;s folder)</source>
        <translation>no se puede crear el archivo de bloqueo %1: permiso denegado (el usuario de la estación debe poder escribir en la carpeta del espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="53"/>
        <source>cannot create the lock file %1</source>
        <translation>no se puede crear el archivo de bloqueo %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="74"/>
        <source>cannot open the station&apos;s lease connection: %1</source>
        <translation>no se puede abrir la conexión de bloqueo de la estación: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="83"/>
        <source>cannot take the station&apos;s advisory lock: %1</source>
        <translation>no se puede tomar el bloqueo consultivo de la estación: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="88"/>
        <source>advisory lock %1 on the workspace&apos;s database</source>
        <translation>bloqueo consultivo %1 en la base de datos del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="106"/>
        <source>process %1 on host %2 (server process %3)</source>
        <translation>proceso %1 en el equipo %2 (proceso del servidor %3)</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="109"/>
        <source>server process %1%2</source>
        <translation>proceso del servidor %1%2</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="110"/>
        <source> from %1</source>
        <translation> desde %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="118"/>
        <source>another station runs on this workspace (it holds the advisory lock %1)</source>
        <translation>ya hay otra estación en este espacio de trabajo (tiene el bloqueo consultivo %1)</translation>
    </message>
    <message>
        <location filename="../agents/station/stationlease.cpp" line="119"/>
        <source>another station runs on this workspace: %1 holds the advisory lock %2</source>
        <translation>ya hay otra estación en este espacio de trabajo: %1 tiene el bloqueo consultivo %2</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <location filename="../models/teamlogin.cpp" line="93"/>
        <source>the server %1 asks role %2 for a password and none was given (the keychain has none for it, PGPASSWORD is not set)</source>
        <translation>el servidor %1 pide una contraseña al rol %2 y no se dio ninguna (el llavero no tiene ninguna para él, PGPASSWORD no está definida)</translation>
    </message>
    <message>
        <location filename="../models/teamlogin.cpp" line="96"/>
        <source>the server %1 refused role %2: wrong password, or no such role</source>
        <translation>el servidor %1 rechazó el rol %2: contraseña incorrecta o rol inexistente</translation>
    </message>
    <message>
        <location filename="../models/teamlogin.cpp" line="98"/>
        <source>the server %1 has no role %2</source>
        <translation>el servidor %1 no tiene el rol %2</translation>
    </message>
    <message>
        <location filename="../models/teamlogin.cpp" line="102"/>
        <source>role %2 is not in the team of workspace %3 on the server %1 (its admin adds members: campaign-pilot team add)</source>
        <translation>el rol %2 no es del equipo del espacio de trabajo %3 en el servidor %1 (su admin añade miembros: campaign-pilot team add)</translation>
    </message>
    <message>
        <location filename="../models/teamlogin.cpp" line="104"/>
        <source>cannot open the store on %1 as %2: %3</source>
        <translation>no se puede abrir el almacén en %1 como %2: %3</translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <location filename="../agents/live/teampassword.cpp" line="64"/>
        <source>the keychain is switched off (CP_NO_KEYCHAIN=1); the password is kept for this session only</source>
        <translation>el llavero está desactivado (CP_NO_KEYCHAIN=1); la contraseña se guarda solo para esta sesión</translation>
    </message>
    <message>
        <location filename="../agents/live/teampassword.cpp" line="75"/>
        <source>the keychain refused: %1</source>
        <translation>el llavero se negó: %1</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <location filename="../models/teamroles.cpp" line="114"/>
        <source>the table team_groups in this database was not made by the workspace&apos;s owner: someone else made it, and it is not read (its owner drops it)</source>
        <translation>la tabla team_groups de esta base de datos no la creó el propietario del espacio de trabajo: la creó otra persona y no se lee (su propietario la borra)</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="142"/>
        <source>the team group &quot;%1&quot; recorded in team_groups is not a name this program makes</source>
        <translation>el grupo de equipo «%1» registrado en team_groups no es un nombre que cree este programa</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="149"/>
        <source>the workspace&apos;s team groups are not all recorded (team_groups)</source>
        <translation>los grupos del equipo del espacio de trabajo no están todos registrados (team_groups)</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="156"/>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="157"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="158"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="159"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="162"/>
        <source>No role</source>
        <translation>Sin rol</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="174"/>
        <source>missing migration</source>
        <translation>falta una migración</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="239"/>
        <source>the team group %1 exists on this server already and %2 is in it: it is left from an earlier workspace named %3, or someone made it; a superuser drops the groups (DROP ROLE %4, %5, %6) or the workspace gets another database name</source>
        <translation>el grupo de equipo %1 ya existe en este servidor y %2 está en él: quedó de un espacio de trabajo anterior llamado %3 o alguien lo creó; un superusuario borra los grupos (DROP ROLE %4, %5, %6) o el espacio de trabajo recibe otro nombre de base de datos</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="380"/>
        <source>&quot;%1&quot; is not a member name: lower-case letters, digits, _ . - (starting with a letter or _), at most 63 characters</source>
        <translation>«%1» no es un nombre de miembro: minúsculas, dígitos, _ . - (empezando por una letra o _), como mucho 63 caracteres</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="383"/>
        <source>a member is a viewer, an operator or an admin</source>
        <translation>un miembro es lector, operador o administrador</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="385"/>
        <source>a member needs a password</source>
        <translation>un miembro necesita una contraseña</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="402"/>
        <source>cannot add %1: %2 (only a team admin or the workspace&apos;s owner adds members)</source>
        <translation>no se puede añadir a %1: %2 (solo un administrador del equipo o el propietario del espacio de trabajo añade miembros)</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="403"/>
        <source>cannot add %1: %2</source>
        <translation>no se puede añadir a %1: %2</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="412"/>
        <source>&quot;%1&quot; is not a member name</source>
        <translation>«%1» no es un nombre de miembro</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="419"/>
        <source>cannot remove %1: %2 (only a team admin or the workspace&apos;s owner removes members)</source>
        <translation>no se puede quitar a %1: %2 (solo un administrador del equipo o el propietario del espacio de trabajo quita miembros)</translation>
    </message>
    <message>
        <location filename="../models/teamroles.cpp" line="420"/>
        <source>cannot remove %1: %2</source>
        <translation>no se puede quitar a %1: %2</translation>
    </message>
</context>
<context>
    <name>WooCommerceApi</name>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="46"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>la respuesta no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="56"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="73"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="63"/>
        <source>is not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="175"/>
        <source>header X-WP-Total is not a count (&quot;%1&quot;)</source>
        <translation>la cabecera X-WP-Total no es un número («%1»)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="181"/>
        <source>X-WP-TotalPages is 0 but the page holds %n item(s)</source>
        <translation>
            <numerusform>X-WP-TotalPages es 0 pero la página contiene %n elemento</numerusform>
            <numerusform>X-WP-TotalPages es 0 pero la página contiene %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="210"/>
        <source>the list kept shrinking while it was read (entries removed meanwhile, %n attempt(s)); nothing was kept, try again</source>
        <translation>
            <numerusform>la lista no dejó de acortarse mientras se leía (entradas eliminadas entretanto, %n intento); no se guardó nada, vuelva a intentarlo</numerusform>
            <numerusform>la lista no dejó de acortarse mientras se leía (entradas eliminadas entretanto, %n intentos); no se guardó nada, vuelva a intentarlo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="387"/>
        <source>the answer is not a list of products</source>
        <translation>la respuesta no es una lista de productos</translation>
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
        <translation>no es un ID de producto</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="327"/>
        <source>is missing or empty</source>
        <translation>falta o está vacío</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="332"/>
        <source>is %1 characters long</source>
        <translation>tiene %1 caracteres</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="339"/>
        <source>is not a price as text</source>
        <translation>no es un precio como texto</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="342"/>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; no es un importe</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="344"/>
        <source>%1 is negative</source>
        <translation>%1 es negativo</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="73"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="351"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="447"/>
        <source>is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="100"/>
        <source>; the consumer key or secret is wrong, or the key lacks Read permission (WordPress admin: WooCommerce ▸ Settings ▸ Advanced ▸ REST API)</source>
        <translation>; la clave o el secreto de consumidor son incorrectos, o la clave no tiene permiso de lectura (administración de WordPress: WooCommerce ▸ Ajustes ▸ Avanzado ▸ API REST)</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="168"/>
        <source>header X-WP-TotalPages is missing or absurd (&quot;%1&quot;)</source>
        <translation>la cabecera X-WP-TotalPages falta o es absurda (&quot;%1&quot;)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="257"/>
        <source>the server counts %1 entries (X-WP-Total) but its pages held %2 different ones (a page served twice or left out, %n attempt(s)); nothing was kept, try again</source>
        <translation>
            <numerusform>el servidor cuenta %1 entradas (X-WP-Total) pero sus páginas tenían %2 distintas (una página servida dos veces u omitida, %n intento); no se conservó nada, inténtelo de nuevo</numerusform>
            <numerusform>el servidor cuenta %1 entradas (X-WP-Total) pero sus páginas tenían %2 distintas (una página servida dos veces u omitida, %n intentos); no se conservó nada, inténtelo de nuevo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="330"/>
        <source>holds only markup</source>
        <translation>solo contiene marcas (HTML)</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="362"/>
        <source>is not a list of ids</source>
        <translation>no es una lista de ids</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="365"/>
        <source>holds something that is not a variation id</source>
        <translation>contiene algo que no es un id de variación</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="418"/>
        <source>the answer is not a list of variations</source>
        <translation>la respuesta no es una lista de variaciones</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="428"/>
        <source>is not a variation id</source>
        <translation>no es un id de variación</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="443"/>
        <source>is neither true, false nor &quot;parent&quot;</source>
        <translation>no es true, false ni «parent»</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="505"/>
        <source>product %1 not read: %2 (%3); its sales are counted, its record is not updated (one new to the store is kept without price or stock); correct it in the shop, the next refresh reads it again</source>
        <translation>producto %1 no leído: %2 (%3); sus ventas se cuentan, su ficha no se actualiza (uno nuevo para el almacén se guarda sin precio ni existencias); corríjalo en la tienda, la próxima actualización lo vuelve a leer</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="531"/>
        <source>product %1: its variations could not be read (%2); stock unknown</source>
        <translation>producto %1: no se pudieron leer sus variaciones (%2); existencias desconocidas</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="532"/>
        <source>not asked</source>
        <translation>no consultado</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="552"/>
        <source>%n product(s) not published (draft, pending or private) left out of the catalog</source>
        <translation>
            <numerusform>%n producto no publicado (borrador, pendiente o privado) quedó fuera del catálogo</numerusform>
            <numerusform>%n productos no publicados (borrador, pendiente o privado) quedaron fuera del catálogo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="555"/>
        <source>%n product(s) out of stock: stock 0, not promoted</source>
        <translation>
            <numerusform>%n producto agotado: existencias 0, no se promociona</numerusform>
            <numerusform>%n productos agotados: existencias 0, no se promocionan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="557"/>
        <source>%n product(s) on backorder counted as 0 in stock (they can be ordered, not shipped now)</source>
        <translation>
            <numerusform>%n producto en reserva contado con 0 existencias (se puede pedir, no enviar ahora)</numerusform>
            <numerusform>%n productos en reserva contados con 0 existencias (se pueden pedir, no enviar ahora)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="606"/>
        <source>header X-WP-Total is missing or not a count</source>
        <translation>falta la cabecera X-WP-Total o no es un número</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="633"/>
        <source>the answer is not a list of orders</source>
        <translation>la respuesta no es una lista de pedidos</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="638"/>
        <source>[%1] is not an order</source>
        <translation>[%1] no es un pedido</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="643"/>
        <source>is not an order id</source>
        <translation>no es un id de pedido</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="654"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="662"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="671"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>«%1» no es una fecha y hora</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="684"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="708"/>
        <location filename="../agents/tools/woocommerceapi.cpp" line="742"/>
        <source>is not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="723"/>
        <source>the answer is not a list of refunds</source>
        <translation>la respuesta no es una lista de reembolsos</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="732"/>
        <source>[%1] is not a refund</source>
        <translation>[%1] no es un reembolso</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="817"/>
        <source>the answer is not the site&apos;s index</source>
        <translation>la respuesta no es el índice del sitio</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="838"/>
        <source>names no time zone (timezone_string &quot;%1&quot;, gmt_offset %2)</source>
        <translation>no indica ninguna zona horaria (timezone_string «%1», gmt_offset %2)</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="867"/>
        <source>the answer is not a currency</source>
        <translation>la respuesta no es una moneda</translation>
    </message>
    <message>
        <location filename="../agents/tools/woocommerceapi.cpp" line="873"/>
        <source>code &quot;%1&quot; is not a currency code (ISO 4217, three letters)</source>
        <translation>code «%1» no es un código de moneda (ISO 4217, tres letras)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="1016"/>
        <source>%n order line(s) of deleted products not counted</source>
        <translation>
            <numerusform>%n línea de pedido de productos eliminados no contada</numerusform>
            <numerusform>%n líneas de pedido de productos eliminados no contadas</numerusform>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="18"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="20"/>
        <source>Regular price</source>
        <translation>Precio normal</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="21"/>
        <source>Sale price</source>
        <translation>Precio rebajado</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="22"/>
        <source>Date sale price starts</source>
        <translation>Inicio del precio rebajado</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="23"/>
        <source>Date sale price ends</source>
        <translation>Fin del precio rebajado</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="24"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="25"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="26"/>
        <source>In stock?</source>
        <translation>¿En stock?</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="27"/>
        <source>Short description</source>
        <translation>Descripción corta</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="28"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="29"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="30"/>
        <source>Parent</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="32"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="94"/>
        <source>&quot;%1&quot; reads two ways: %2 with a thousands comma, or %3 with a decimal comma; save the prices without thousands separators</source>
        <translation>«%1» se lee de dos maneras: %2 con una coma de miles, o %3 con una coma decimal; guarde los precios sin separadores de miles</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="115"/>
        <source>column &quot;Regular price&quot;: a negative price (%1)</source>
        <translation>columna &quot;Regular price&quot;: un precio negativo (%1)</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="125"/>
        <source>column &quot;%1&quot;: a negative price (%2)</source>
        <translation>columna &quot;%1&quot;: un precio negativo (%2)</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="155"/>
        <source>a variation without a Parent</source>
        <translation>una variación sin Parent</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="166"/>
        <source>product ID %1 is already on line %2: an export has one row per product</source>
        <translation>el ID de producto %1 ya está en la línea %2: una exportación tiene una fila por producto</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="180"/>
        <source>column &quot;Name&quot; is empty</source>
        <translation>la columna &quot;Name&quot; está vacía</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="212"/>
        <source>variations whose parent is not in the file (not imported)</source>
        <translation>variaciones cuyo producto superior no está en el archivo (no importadas)</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="231"/>
        <source>variations folded into their parent product</source>
        <translation>variaciones integradas en su producto superior</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.cpp" line="233"/>
        <source>drafts and private products (Published not 1), not imported</source>
        <translation>borradores y productos privados (Published distinto de 1), no importados</translation>
    </message>
    <message>
        <location filename="../agents/import/woocommerceimporter.h" line="26"/>
        <source>WooCommerce product export</source>
        <translation>Exportación de productos de WooCommerce</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="69"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="70"/>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="70"/>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="89"/>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="97"/>
        <source>Workspace: %1 (live) — %2</source>
        <translation>Espacio de trabajo: %1 (en vivo) — %2</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="98"/>
        <source>Workspace: %1 (replay of %2; sends nothing to any network) — %3</source>
        <translation>Espacio de trabajo: %1 (reproducción de %2; no envía nada a ninguna red) — %3</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="99"/>
        <source>a recording</source>
        <translation>una grabación</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="142"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="148"/>
        <source>cannot create the workspace file: %1</source>
        <translation>no se puede crear el archivo del espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="161"/>
        <source>the store does not say what kind of workspace it is</source>
        <translation>el almacén de datos no indica qué tipo de espacio de trabajo es</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="183"/>
        <source>&quot;%1&quot; is not a currency code (ISO 4217, three letters)</source>
        <translation>«%1» no es un código de moneda (ISO 4217, tres letras)</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="196"/>
        <source>&quot;%1&quot; is not a time zone</source>
        <translation>«%1» no es una zona horaria</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="208"/>
        <source>an attribution window of %1 days is not one of 0 to 90</source>
        <translation>una ventana de atribución de %1 días no está entre 0 y 90</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="31"/>
        <source>a team workspace is always live; a recording is replayed in a workspace file of its own (--recording %1, without --database)</source>
        <translation>un espacio de trabajo de equipo siempre es en vivo; una grabación se reproduce en un archivo de espacio de trabajo propio (--recording %1, sin --database)</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="54"/>
        <location filename="../agents/workspace/workspaceopener.cpp" line="87"/>
        <source>there is no workspace here</source>
        <translation>aquí no hay ningún espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="65"/>
        <source>this database holds a replay of %1, not a team workspace (a team workspace is always live)</source>
        <translation>esta base de datos contiene una reproducción de %1, no un espacio de equipo (un espacio de equipo siempre es en vivo)</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="66"/>
        <source>a recording</source>
        <translation>una grabación</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="89"/>
        <source>not a workspace file</source>
        <translation>no es un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="118"/>
        <source>this is a live workspace; a recording is never loaded into it. Open the recording on its own (--recording %1, without --database) or name a new file for its replay workspace</source>
        <translation>este es un espacio de trabajo en vivo; nunca se carga una grabación en él. Abra la grabación por separado (--recording %1, sin --database) o indique un archivo nuevo para su espacio de trabajo de reproducción</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="124"/>
        <source>this is the replay workspace of %1, not of %2</source>
        <translation>este es el espacio de trabajo de reproducción de %1, no de %2</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="134"/>
        <source>opening cancelled</source>
        <translation>apertura cancelada</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceopener.cpp" line="161"/>
        <source>%1 is a copy of the workspace %2 (the same id, %3): it would share that workspace&apos;s connections and keychain entries, and send to its ad account. Give the copy an identity of its own (its connections start empty; the original keeps its own)</source>
        <translation>%1 es una copia del espacio de trabajo %2 (el mismo id, %3): compartiría sus conexiones y entradas del llavero, y enviaría a su cuenta publicitaria. Dé a la copia una identidad propia (sus conexiones empiezan vacías; el original conserva las suyas)</translation>
    </message>
</context>
<context>
    <name>WorkspacePlatform</name>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="22"/>
        <source>this is a replay workspace (a copy of %1): it never reaches a network, so approved actions go only to the recorded backend. Live data and ad platforms belong to a live workspace (File ▸ New live workspace)</source>
        <translation>este es un espacio de trabajo de reproducción (una copia de %1): nunca accede a una red, así que las acciones aprobadas van solo al backend grabado. Los datos en vivo y las plataformas publicitarias corresponden a un espacio de trabajo en vivo (Archivo ▸ Nuevo espacio de trabajo en vivo)</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="25"/>
        <source>a recording</source>
        <translation>una grabación</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="34"/>
        <source>no ad platform is connected to this live workspace (Agents ▸ Connections, or --platform and --platform-url); nothing was sent</source>
        <translation>no hay ninguna plataforma publicitaria conectada a este espacio de trabajo en vivo (Agentes ▸ Conexiones, o --platform y --platform-url); no se envió nada</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="41"/>
        <source>%1 cannot receive actions</source>
        <translation>%1 no puede recibir acciones</translation>
    </message>
    <message>
        <location filename="../agents/workspace/workspaceplatform.cpp" line="51"/>
        <source>language model</source>
        <translation>modelo de lenguaje</translation>
    </message>
</context>
<context>
    <name>cp::AdCopyDialog</name>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="18"/>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="20"/>
        <source>Ad copy of #%1</source>
        <translation>Texto del anuncio de #%1</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="25"/>
        <source>Pick a version, edit it, or ask the language model for another. What you save is the text approval records and the ad platform receives.</source>
        <translation>Elija una versión, edítela o pida otra al modelo de lenguaje. Lo que guarde es el texto que registra la aprobación y que recibe la plataforma publicitaria.</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="31"/>
        <source>Versions of the ad copy</source>
        <translation>Versiones del texto del anuncio</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="47"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="48"/>
        <source>&amp;Primary text:</source>
        <translation>Texto &amp;principal:</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="49"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="60"/>
        <source>Ask the language model for another version from the product&apos;s facts</source>
        <translation>Pedir al modelo de lenguaje otra versión a partir de los datos del producto</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="61"/>
        <source>No language model is connected to this live workspace (Agents ▸ Connections)</source>
        <translation>No hay ningún modelo de lenguaje conectado a este espacio de trabajo en vivo (Agentes ▸ Conexiones)</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="67"/>
        <source>Asking the language model…</source>
        <translation>Preguntando al modelo de lenguaje…</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="82"/>
        <source>language model %1</source>
        <translation>modelo de lenguaje %1</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="84"/>
        <source>your edit</source>
        <translation>su edición</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="85"/>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="102"/>
        <source>Headline %1/%2 · primary text %3/%4 · description %5/%6 characters</source>
        <translation>Titular %1/%2 · texto principal %3/%4 · descripción %5/%6 caracteres</translation>
    </message>
    <message>
        <location filename="../ui/adcopydialog.cpp" line="158"/>
        <source>Not saved: %1.</source>
        <translation>No guardado: %1.</translation>
    </message>
</context>
<context>
    <name>cp::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="107"/>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="112"/>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="113"/>
        <source>pause</source>
        <translation>pausar</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="114"/>
        <source>resume</source>
        <translation>reanudar</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="115"/>
        <source>change the budget of</source>
        <translation>cambiar el presupuesto de</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="116"/>
        <source>watch</source>
        <translation>observar</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="118"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="120"/>
        <source>recommendation #%1</source>
        <translation>recomendación n.º %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="135"/>
        <source>The %1 agent recommended watching, with nothing to send</source>
        <translation>El agente %1 recomendó vigilar, sin nada que enviar</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="136"/>
        <source>The agents recommended watching, with nothing to send, in a cycle %1 ran</source>
        <translation>Los agentes recomendaron vigilar, sin nada que enviar, en un ciclo que ejecutó %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="143"/>
        <source>%1 approved: %2</source>
        <translation>%1 aprobó: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="144"/>
        <source>%1 rejected: %2 — “%3”</source>
        <translation>%1 rechazó: %2 — «%3»</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="145"/>
        <source>%1 edited the budget: %2</source>
        <translation>%1 editó el presupuesto: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="156"/>
        <source>%1 retried sending: %2</source>
        <translation>%1 reintentó el envío: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="159"/>
        <source>%1 pressed the emergency stop</source>
        <translation>%1 pulsó la parada de emergencia</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="160"/>
        <source>%1 let agents and sending run again</source>
        <translation>%1 reactivó los agentes y el envío</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="163"/>
        <source>%1 saved the policy: %2</source>
        <translation>%1 guardó la política: %2</translation>
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
        <translation>la acción</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="66"/>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="68"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="70"/>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="69"/>
        <source>budget before</source>
        <translation>presupuesto anterior</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="67"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="72"/>
        <source>ad copy</source>
        <translation>texto del anuncio</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="73"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="71"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="74"/>
        <source>copy by</source>
        <translation>texto de</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="75"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="76"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="95"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="95"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="128"/>
        <source>An operator asked to undo: %1</source>
        <translation>Un operador pidió deshacer: %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="128"/>
        <source>%1 asked to undo: %2</source>
        <translation>%1 pidió deshacer: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="130"/>
        <source>The %1 agent recommended: %2</source>
        <translation>El agente %1 recomendó: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="131"/>
        <source>The agents recommended, in a cycle %1 ran: %2</source>
        <translation>Los agentes recomendaron, en un ciclo ejecutado por %1: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="138"/>
        <source>The agents judged pending recommendations as before and kept them, in a cycle %1 ran</source>
        <translation>Los agentes juzgaron las recomendaciones pendientes como antes y las conservaron, en un ciclo ejecutado por %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="141"/>
        <source>The %1 agent proposed again what an operator approved once, and kept that approval</source>
        <translation>El agente %1 volvió a proponer lo que un operador aprobó una vez y conservó esa aprobación</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="142"/>
        <source>The agents proposed again what an operator approved once, and kept that approval, in a cycle %1 ran</source>
        <translation>Los agentes volvieron a proponer lo que un operador aprobó una vez y conservaron esa aprobación, en un ciclo ejecutado por %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="149"/>
        <source>%1 began sending: %2</source>
        <translation>%1 empezó a enviar: %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="150"/>
        <source>The platform applied it: %1</source>
        <translation>La plataforma lo aplicó: %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="151"/>
        <source>The platform shows it applied (a state check): %1</source>
        <translation>La plataforma lo muestra aplicado (una comprobación de estado): %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="152"/>
        <source>The platform refused it, nothing was applied: %1 — %2</source>
        <translation>La plataforma lo rechazó, no se aplicó nada: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="153"/>
        <source>Not known whether it reached the platform: %1 — %2</source>
        <translation>No se sabe si llegó a la plataforma: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="154"/>
        <source>Not sent this time; tried again at the next send: %1 — %2</source>
        <translation>No enviado esta vez; se intentará en el próximo envío: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="155"/>
        <source>Sent again with the same key (a state check showed it not applied): %1</source>
        <translation>Enviado de nuevo con la misma clave (una comprobación de estado lo mostró sin aplicar): %1</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="157"/>
        <source>%1 marked it applied (found on the platform): %2</source>
        <translation>%1 lo marcó como aplicado (encontrado en la plataforma): %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="158"/>
        <source>%1 had it sent again (found not applied on the platform): %2</source>
        <translation>%1 lo hizo enviar de nuevo (encontrado sin aplicar en la plataforma): %2</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="162"/>
        <source>The %1 agent judged pending recommendations as before and kept them</source>
        <translation>El agente %1 juzgó las recomendaciones pendientes como antes y las conservó</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="167"/>
        <source>%1 gave approval %2 of %3: %4</source>
        <translation>%1 dio la aprobación %2 de %3: %4</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="168"/>
        <source>The operator&apos;s name on this desktop became %1 (was %2)</source>
        <translation>El nombre del operador en este equipo pasó a ser %1 (era %2)</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="171"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="217"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="217"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="217"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="218"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../models/auditmodel.cpp" line="218"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>cp::AuditPane</name>
    <message>
        <location filename="../ui/auditpane.cpp" line="23"/>
        <source>Verify the log</source>
        <translation>Verificar el registro</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="33"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="35"/>
        <source>Filter: a name, an action, a campaign…</source>
        <translation>Filtro: un nombre, una acción, una campaña…</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="37"/>
        <source>Filter the audit log</source>
        <translation>Filtrar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="38"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="43"/>
        <source>Check that no entry was changed, removed or inserted after it was written</source>
        <translation>Comprobar que ninguna entrada se cambió, eliminó o insertó después de escribirse</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="60"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="60"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditpane.cpp" line="108"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpane.cpp" line="113"/>
        <source>Audit log exported: %n entry(s) to %1</source>
        <translation>
            <numerusform>Registro de auditoría exportado: %n entrada en %1</numerusform>
            <numerusform>Registro de auditoría exportado: %n entradas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::BudgetEditDialog</name>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="27"/>
        <source>Edit budget — #%1</source>
        <translation>Editar presupuesto — #%1</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="31"/>
        <source>Recommendation:</source>
        <translation>Recomendación:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="33"/>
        <source>Budget on the platform:</source>
        <translation>Presupuesto en la plataforma:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="33"/>
        <location filename="../ui/budgeteditdialog.cpp" line="35"/>
        <location filename="../ui/budgeteditdialog.cpp" line="93"/>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="35"/>
        <source>Proposed:</source>
        <translation>Propuesto:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="36"/>
        <source>at most %1 a day</source>
        <translation>como máximo %1 al día</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="38"/>
        <source>; a change of at most %1 % of the platform&apos;s budget</source>
        <translation>; un cambio de como máximo el %1 % del presupuesto de la plataforma</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="40"/>
        <source>Policy:</source>
        <translation>Política:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="42"/>
        <source>New daily budget</source>
        <translation>Nuevo presupuesto diario</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="47"/>
        <source>New daily budget:</source>
        <translation>Nuevo presupuesto diario:</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="74"/>
        <source>%1 approved this budget already. A new budget voids that approval: it then needs its approvals again.</source>
        <translation>%1 ya aprobó este presupuesto. Un presupuesto nuevo anula esa aprobación: entonces necesita de nuevo sus aprobaciones.</translation>
    </message>
    <message>
        <location filename="../ui/budgeteditdialog.cpp" line="88"/>
        <source>That is the budget proposed already.</source>
        <translation>Ese ya es el presupuesto propuesto.</translation>
    </message>
</context>
<context>
    <name>cp::CampaignModel</name>
    <message>
        <location filename="../models/campaignmodel.cpp" line="45"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="46"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="47"/>
        <source>Ended</source>
        <translation>Finalizada</translation>
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
        <translation>Ingresos ÷ gasto. ROI (ingresos − gasto) ÷ gasto: %1 %</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="109"/>
        <source>Revenue ÷ spend; unknown without spend or revenue</source>
        <translation>Ingresos ÷ gasto; desconocido sin gasto o ingresos</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="111"/>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="126"/>
        <source>Daily budget</source>
        <translation>Presupuesto diario</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="127"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="128"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="128"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="130"/>
        <source>%1 (modelled)</source>
        <translation>%1 (modelado)</translation>
    </message>
    <message>
        <location filename="../models/campaignmodel.cpp" line="133"/>
        <source>Modelled, not recorded: %1</source>
        <translation>Modelado, no grabado: %1</translation>
    </message>
</context>
<context>
    <name>cp::CampaignsPane</name>
    <message>
        <location filename="../ui/campaignspane.cpp" line="24"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
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
        <translation>Modelado, no grabado: %1</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="534"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="534"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="534"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="534"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="535"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="535"/>
        <source>Views</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="535"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="535"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="536"/>
        <source>Views/unit</source>
        <translation>Visitas/unidad</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="536"/>
        <source>Active campaign</source>
        <translation>Campaña activa</translation>
    </message>
    <message>
        <location filename="../models/catalogmodel.cpp" line="538"/>
        <source>%1 (modelled)</source>
        <translation>%1 (modelado)</translation>
    </message>
</context>
<context>
    <name>cp::CatalogPane</name>
    <message>
        <location filename="../ui/catalogpane.cpp" line="29"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="31"/>
        <source>Search name, code or description</source>
        <translation>Buscar nombre, código o descripción</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="35"/>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="36"/>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <location filename="../ui/catalogpane.cpp" line="37"/>
        <location filename="../ui/catalogpane.cpp" line="70"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogpane.cpp" line="78"/>
        <source>Views, units and revenue: %1 – %2 (the last %n day(s) of data)</source>
        <translation>
            <numerusform>Visitas, unidades e ingresos: %1 – %2 (el último %n día con datos)</numerusform>
            <numerusform>Visitas, unidades e ingresos: %1 – %2 (los últimos %n días con datos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogpane.cpp" line="88"/>
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 de %n producto</numerusform>
            <numerusform>%1 de %n productos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ChartTableModel</name>
    <message>
        <location filename="../models/charttablemodel.cpp" line="96"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>cp::ChartView</name>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="184"/>
        <source>Count</source>
        <translation>Cantidad</translation>
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
        <translation>Inicio de campaña</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="246"/>
        <source>Action applied</source>
        <translation>Acción aplicada</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="246"/>
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="292"/>
        <source>No figures to chart yet.</source>
        <translation>Aún no hay cifras para un gráfico.</translation>
    </message>
</context>
<context>
    <name>cp::ChartsPane</name>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="36"/>
        <source>Campaigns charted</source>
        <translation>Campañas representadas</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="37"/>
        <source>Chart a whole category</source>
        <translation>Representar una categoría entera</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="38"/>
        <source>First day charted</source>
        <translation>Primer día representado</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="39"/>
        <source>Last day charted</source>
        <translation>Último día representado</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="40"/>
        <source>The chart&apos;s numbers</source>
        <translation>Las cifras del gráfico</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="41"/>
        <location filename="../ui/charts/chartspane.cpp" line="149"/>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="46"/>
        <source>Whole range</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="47"/>
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="48"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="49"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="58"/>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="59"/>
        <source>Product before / during</source>
        <translation>Producto antes / durante</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="71"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="74"/>
        <source>Campaigns (Ctrl+click for several):</source>
        <translation>Campañas (Ctrl+clic para varias):</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="76"/>
        <source>…or all of a category:</source>
        <translation>…o todas las de una categoría:</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="79"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="81"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="219"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="253"/>
        <source>Daily budget</source>
        <translation>Presupuesto diario</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="254"/>
        <source>Sales impact %</source>
        <translation>Impacto en ventas %</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="257"/>
        <source>Campaigns by decision</source>
        <translation>Campañas por decisión</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="275"/>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="275"/>
        <source>Export chart data as CSV</source>
        <translation>Exportar datos del gráfico como CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="276"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="276"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspane.cpp" line="280"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>cp::ConnectionsDialog</name>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="24"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="38"/>
        <source>Secrets go to the system keychain, never to a settings file. Leave a secret empty to keep the one already stored. Headless stations can set CP_STORE_TOKEN, CP_WC_CONSUMER_KEY, CP_WC_CONSUMER_SECRET, CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN or CP_LLM_API_KEY instead. These connections belong to this live workspace only.</source>
        <translation>Los secretos se guardan en el llavero del sistema, nunca en un archivo de configuración. Deje un secreto vacío para conservar el ya guardado. Los equipos sin pantalla pueden definir en su lugar CP_STORE_TOKEN, CP_WC_CONSUMER_KEY, CP_WC_CONSUMER_SECRET, CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN o CP_LLM_API_KEY. Estas conexiones pertenecen solo a este espacio de trabajo en vivo.</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="45"/>
        <source>Ask the ad platform again what it can do (forget that it refused budget changes)</source>
        <translation>Volver a preguntar a la plataforma publicitaria qué puede hacer (olvidar que rechazó cambios de presupuesto)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="70"/>
        <source>Store (catalog and sales)</source>
        <translation>Tienda (catálogo y ventas)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="70"/>
        <source>Ad platform (campaigns; where approved actions go)</source>
        <translation>Plataforma publicitaria (campañas; destino de las acciones aprobadas)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="74"/>
        <source>None (imports only)</source>
        <translation>Ninguna (solo importaciones)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="74"/>
        <source>None (nothing is sent)</source>
        <translation>Ninguna (no se envía nada)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="75"/>
        <source>Campaign Pilot API</source>
        <translation>API de Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="76"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="76"/>
        <source>Meta Marketing API</source>
        <translation>API de marketing de Meta</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="83"/>
        <source>ad account id, digits</source>
        <translation>ID de la cuenta publicitaria, dígitos</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="89"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="93"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="95"/>
        <source>Rate limit: at least this long between two requests to this API</source>
        <translation>Límite de frecuencia: al menos este tiempo entre dos solicitudes a esta API</translation>
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
        <translation>valor por defecto de la fuente</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="104"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="106"/>
        <source>Days read again on every refresh (late refunds); 0: the source&apos;s default</source>
        <translation>Días que se vuelven a leer en cada actualización (reembolsos tardíos); 0: el valor por defecto de la fuente</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="107"/>
        <source>Days of insights read again on every refresh, for conversions that arrive late: 0 is Meta&apos;s default attribution window (7 days); 28 for an account with 28-day windows</source>
        <translation>Días de estadísticas que se vuelven a leer en cada actualización, para conversiones que llegan tarde: 0 es la ventana de atribución por defecto de Meta (7 días); 28 para una cuenta con ventanas de 28 días</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="112"/>
        <source>The Marketing API version, such as %1; empty: %1</source>
        <translation>La versión de la API de marketing, como %1; vacío: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="113"/>
        <location filename="../ui/connectionsdialog.cpp" line="171"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="114"/>
        <location filename="../ui/connectionsdialog.cpp" line="172"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="116"/>
        <source>Ad account:</source>
        <translation>Cuenta publicitaria:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="117"/>
        <source>API version:</source>
        <translation>Versión de la API:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="121"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="123"/>
        <source>Consumer key:</source>
        <translation>Clave de consumidor:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="124"/>
        <source>Consumer secret:</source>
        <translation>Secreto de consumidor:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="132"/>
        <source>Between requests:</source>
        <translation>Entre solicitudes:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="133"/>
        <location filename="../ui/connectionsdialog.cpp" line="176"/>
        <source>Timeout:</source>
        <translation>Tiempo de espera:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="134"/>
        <source>Re-read:</source>
        <translation>Volver a leer:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="141"/>
        <source>Language model (ad copy and explanations; never decisions)</source>
        <translation>Modelo de lenguaje (textos de anuncios y explicaciones; nunca decisiones)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="146"/>
        <source>Off (the template writes the ad copy)</source>
        <translation>Desactivado (la plantilla escribe el texto del anuncio)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="147"/>
        <source>OpenAI-compatible chat completions</source>
        <translation>Chat completions compatible con OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="152"/>
        <source>The API&apos;s base address as OpenAI&apos;s clients take it: llama.cpp&apos;s server http://127.0.0.1:8080/v1, Ollama http://127.0.0.1:11434/v1, a hosted service&apos;s https address</source>
        <translation>La dirección base de la API como la toman los clientes de OpenAI: el servidor de llama.cpp http://127.0.0.1:8080/v1, Ollama http://127.0.0.1:11434/v1, la dirección https de un servicio alojado</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="156"/>
        <source>the name the server knows it by, e.g. llama3.1:8b</source>
        <translation>el nombre con el que lo conoce el servidor, p. ej. llama3.1:8b</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="160"/>
        <source>unchanged (a local server needs none)</source>
        <translation>sin cambios (un servidor local no necesita ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="164"/>
        <source>The language the ad copy and explanations are written in, as a code (de, es, en); empty: the program&apos;s</source>
        <translation>El idioma de los textos de anuncios y las explicaciones, como código (de, es, en); vacío: el del programa</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="170"/>
        <source>How long the model may be silent; a local model on a CPU needs 60 s or more</source>
        <translation>Cuánto tiempo puede callar el modelo; un modelo local en una CPU necesita 60 s o más</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="173"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="174"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="175"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="177"/>
        <source>Off by default. The model writes ad copy for new campaigns (checked, with the template&apos;s beside it) and explains recommendations on request; it never sees or changes budgets, decisions or ids. A cycle waits for it at most as long as the policy says (Ad copy).</source>
        <translation>Desactivado de forma predeterminada. El modelo escribe textos de anuncios para campañas nuevas (comprobados, con el de la plantilla al lado) y explica recomendaciones a petición; nunca ve ni cambia presupuestos, decisiones ni identificadores. Un ciclo lo espera como máximo lo que indica la política (Texto del anuncio).</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="256"/>
        <source>Store: %1</source>
        <translation>Tienda: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="258"/>
        <source>Ad platform: %1</source>
        <translation>Plataforma publicitaria: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="260"/>
        <source>Language model: %1</source>
        <translation>Modelo de lenguaje: %1</translation>
    </message>
</context>
<context>
    <name>cp::DecisionQueuePane</name>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="134"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="202"/>
        <source>All decisions</source>
        <translation>Todas las decisiones</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="205"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="208"/>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="210"/>
        <source>Filter by decision</source>
        <translation>Filtrar por decisión</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="211"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="212"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="213"/>
        <source>Why: the selected recommendation&apos;s rationale</source>
        <translation>Por qué: la justificación de la recomendación seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="223"/>
        <source>Only the newest %L1 decided recommendations are listed here (with every one that waits or whose send is not settled); &lt;code&gt;campaign-pilot queue list --all&lt;/code&gt; lists every one.</source>
        <translation>Aquí solo aparecen las %L1 recomendaciones decididas más recientes (y todas las que esperan una decisión o cuyo envío no está resuelto); &lt;code&gt;campaign-pilot queue list --all&lt;/code&gt; las lista todas.</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="229"/>
        <source>&amp;Approve</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="231"/>
        <location filename="../ui/decisionqueuepane.cpp" line="881"/>
        <source>Approve the selected recommendations (Ctrl+Enter): their actions are sent</source>
        <translation>Aprobar las recomendaciones seleccionadas (Ctrl+Intro): sus acciones se envían</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="232"/>
        <source>&amp;Reject…</source>
        <translation>Rec&amp;hazar…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="234"/>
        <source>Reject the selected recommendations with a reason (Delete)</source>
        <translation>Rechazar las recomendaciones seleccionadas con un motivo (Supr)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="235"/>
        <source>Sn&amp;ooze…</source>
        <translation>P&amp;osponer…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="237"/>
        <source>Hide the selected recommendations until a later time (S); they come back by themselves</source>
        <translation>Ocultar las recomendaciones seleccionadas hasta más tarde (S); vuelven por sí solas</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="238"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="240"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="242"/>
        <source>&amp;Edit budget…</source>
        <translation>&amp;Editar presupuesto…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="244"/>
        <source>Re&amp;try send</source>
        <translation>Re&amp;intentar envío</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="246"/>
        <location filename="../ui/decisionqueuepane.cpp" line="916"/>
        <source>&amp;Undo (needs approval)</source>
        <translation>An&amp;ular (requiere aprobación)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="248"/>
        <source>&amp;Mark applied</source>
        <translation>Marcar como ap&amp;licada</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="249"/>
        <source>You checked the ad platform and the action is there: record it as done</source>
        <translation>Ha comprobado la plataforma publicitaria y la acción está allí: registrarla como hecha</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="250"/>
        <source>&amp;Send again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="251"/>
        <source>You checked the ad platform and the action is not there: send it again (same idempotency key)</source>
        <translation>Ha comprobado la plataforma publicitaria y la acción no está allí: enviarla de nuevo (misma clave de idempotencia)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="252"/>
        <source>Ad &amp;copy…</source>
        <translation>&amp;Texto del anuncio…</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="254"/>
        <source>Pick, edit or regenerate a new campaign&apos;s ad copy before approving it (Ctrl+Shift+C)</source>
        <translation>Elegir, editar o regenerar el texto del anuncio de una campaña nueva antes de aprobarla (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="255"/>
        <source>E&amp;xplain in plain words</source>
        <translation>E&amp;xplicar en palabras sencillas</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="257"/>
        <location filename="../ui/decisionqueuepane.cpp" line="902"/>
        <source>Ask the language model for a paragraph about this recommendation, shown beside the rule&apos;s own rationale (Ctrl+Shift+X)</source>
        <translation>Pedir al modelo de lenguaje un párrafo sobre esta recomendación, mostrado junto a la justificación de la regla (Ctrl+Mayús+X)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="283"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="286"/>
        <source>Why is #%1 rejected?</source>
        <translation>¿Por qué se rechaza la n.º %1?</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="290"/>
        <source>For an hour</source>
        <translation>Durante una hora</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="291"/>
        <source>Until tomorrow morning</source>
        <translation>Hasta mañana por la mañana</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="292"/>
        <source>For a week</source>
        <translation>Durante una semana</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="302"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="302"/>
        <source>Hide the selection:</source>
        <translation>Ocultar la selección:</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="594"/>
        <source>Edit budget</source>
        <translation>Editar presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="428"/>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="209"/>
        <source>Send needs you (failed or unconfirmed)</source>
        <translation>El envío le necesita (fallido o sin confirmar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="284"/>
        <source>Why are %1 rejected? (one reason for all %n)</source>
        <translation>
            <numerusform>¿Por qué se rechaza %1? (un motivo para las %n)</numerusform>
            <numerusform>¿Por qué se rechazan %1? (un motivo para las %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="298"/>
        <source>%1 — it expires first (%2) and would not come back</source>
        <translation>%1 — caduca antes (%2) y no volvería</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="333"/>
        <source>Not rejected: a rejection needs a reason (it goes into the audit log)</source>
        <translation>No rechazada: un rechazo necesita un motivo (va al registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="430"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="587"/>
        <source>Not rejected</source>
        <translation>No rechazada</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="588"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="588"/>
        <source>#%1 rejected: %2</source>
        <translation>n.º %1 rechazada: %2</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="594"/>
        <source>“%1” is not an amount (e.g. 25.00).</source>
        <translation>«%1» no es un importe (p. ej. 25,00).</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="600"/>
        <source>Budget not changed</source>
        <translation>Presupuesto sin cambiar</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="601"/>
        <source>Budget changed</source>
        <translation>Presupuesto cambiado</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="601"/>
        <source>#%1 now proposes %2 a day</source>
        <translation>La n.º %1 propone ahora %2 al día</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="607"/>
        <source>Cannot retry</source>
        <translation>No se puede reintentar</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="608"/>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="608"/>
        <source>The action is queued to send again</source>
        <translation>La acción está en cola para enviarse de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="615"/>
        <source>Not marked applied</source>
        <translation>No marcada como aplicada</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="616"/>
        <source>Marked applied</source>
        <translation>Marcada como aplicada</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="616"/>
        <source>The action is recorded as done</source>
        <translation>La acción consta como hecha</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="622"/>
        <source>Cannot send again</source>
        <translation>No se puede enviar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="623"/>
        <source>Sending again</source>
        <translation>Enviando de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="623"/>
        <source>The action is queued to send again with the same key</source>
        <translation>La acción está en cola para enviarse de nuevo con la misma clave</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="630"/>
        <source>No rollback</source>
        <translation>Sin anulación</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="631"/>
        <source>Rollback proposed</source>
        <translation>Anulación propuesta</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="631"/>
        <source>#%1 waits for approval: %2</source>
        <translation>La n.º %1 espera aprobación: %2</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="807"/>
        <source>Ad copy not changed</source>
        <translation>Texto del anuncio sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="808"/>
        <source>Ad copy changed</source>
        <translation>Texto del anuncio cambiado</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="808"/>
        <source>#%1 now proposes: %2</source>
        <translation>#%1 propone ahora: %2</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="876"/>
        <source>The ad platform cannot do this: %1</source>
        <translation>La plataforma publicitaria no puede hacer esto: %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="877"/>
        <source>%1 refused this change in its dry run, so approving it would fail: %2</source>
        <translation>%1 rechazó este cambio en su prueba, así que aprobarlo fallaría: %2</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="880"/>
        <source>You approved #%1 already; the second approval must come from a different operator</source>
        <translation>Ya aprobó #%1; la segunda aprobación debe venir de otro operador</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="904"/>
        <source>No language model is connected to this live workspace (Agents ▸ Connections); it is off by default</source>
        <translation>No hay ningún modelo de lenguaje conectado a este espacio de trabajo en vivo (Agentes ▸ Conexiones); está desactivado de forma predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="914"/>
        <source>&amp;Resume (needs approval)</source>
        <translation>Rean&amp;udar (requiere aprobación)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="915"/>
        <source>&amp;Restore previous budget (needs approval)</source>
        <translation>Resta&amp;urar el presupuesto anterior (requiere aprobación)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="931"/>
        <source>the Campaign Pilot API</source>
        <translation>la API de Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="975"/>
        <source>&lt;p&gt;Ad: &lt;i&gt;%1&lt;/i&gt; — %2%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anuncio: &lt;i&gt;%1&lt;/i&gt; — %2%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="977"/>
        <source>written by the language model %1 (prompt %2), checked against the product&apos;s facts and the limits</source>
        <translation>escrito por el modelo de lenguaje %1 (prompt %2), comprobado con los datos del producto y los límites</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="980"/>
        <source>edited by an operator</source>
        <translation>editado por un operador</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="981"/>
        <source>from the template</source>
        <translation>de la plantilla</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="982"/>
        <source>&lt;p&gt;&lt;small&gt;Ad copy %1; %n version(s) to choose from (Ad copy…).&lt;/small&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;small&gt;Texto del anuncio %1; %n versión para elegir (Texto del anuncio…).&lt;/small&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;small&gt;Texto del anuncio %1; %n versiones para elegir (Texto del anuncio…).&lt;/small&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="990"/>
        <source>&lt;p&gt;&lt;b&gt;In plain words&lt;/b&gt; &lt;small&gt;(generated by the language model %1, prompt %2; the rule&apos;s rationale above decides)&lt;/small&gt;: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;En palabras sencillas&lt;/b&gt; &lt;small&gt;(generado por el modelo de lenguaje %1, prompt %2; decide la justificación de la regla de arriba)&lt;/small&gt;: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="997"/>
        <source>&lt;p&gt;&lt;small&gt;Asking the language model for an explanation…&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Pidiendo una explicación al modelo de lenguaje…&lt;/small&gt;&lt;/p&gt;</translation>
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
        <translation>los datos grabados</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="937"/>
        <source>the ad platform</source>
        <translation>la plataforma publicitaria</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="940"/>
        <source>creation</source>
        <translation>la creación</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="941"/>
        <source>pause</source>
        <translation>la pausa</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="942"/>
        <source>resume</source>
        <translation>la reanudación</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="943"/>
        <source>budget change</source>
        <translation>el cambio de presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="944"/>
        <source>action</source>
        <translation>la acción</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="946"/>
        <source>We could not confirm whether the %1 of %2 reached %3; check it there, then mark it applied or send it again.</source>
        <translation>No pudimos confirmar si %1 de %2 llegó a %3; compruébelo allí y después márquela como aplicada o envíela de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="954"/>
        <source>&lt;p&gt;Select a recommendation to see why it was made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una recomendación para ver por qué se hizo.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="955"/>
        <source>&lt;p&gt;%n recommendation(s) selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n recomendación seleccionada.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n recomendaciones seleccionadas.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="959"/>
        <source>&lt;h3&gt;#%1 %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;n.º %1 %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="960"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="961"/>
        <source>&lt;p&gt;Action: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;p&gt;Acción: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="963"/>
        <source>, daily budget &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, presupuesto diario &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="965"/>
        <source> (now %1)</source>
        <translation> (ahora %1)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="966"/>
        <source>Campaign Manager</source>
        <translation>Gestor de campañas</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="967"/>
        <source>Campaign Creator</source>
        <translation>Creador de campañas</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="968"/>
        <source>Performance Analyst</source>
        <translation>Analista de rendimiento</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="970"/>
        <source>. Risk %1 of 100. Rule &lt;code&gt;%2&lt;/code&gt;, policy v%3, by the %4 agent.&lt;/p&gt;</source>
        <translation>. Riesgo %1 sobre 100. Regla &lt;code&gt;%2&lt;/code&gt;, política v%3, del agente %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="994"/>
        <source>&lt;p style=&apos;color:#c01c28&apos;&gt;&lt;small&gt;%1.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c01c28&apos;&gt;&lt;small&gt;%1.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="999"/>
        <source>&lt;p&gt;Status: %1</source>
        <translation>&lt;p&gt;Estado: %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1001"/>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1003"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1005"/>
        <source> · sending: %1</source>
        <translation> · envío: %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1007"/>
        <source> · &lt;b&gt;%1 of %2 approvals&lt;/b&gt; (by %3): a second, different operator must approve it before anything is sent</source>
        <translation> · &lt;b&gt;%1 de %2 aprobaciones&lt;/b&gt; (de %3): debe aprobarla un segundo operador, distinto, antes de enviar nada</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1012"/>
        <source> · approved by %1</source>
        <translation> · aprobada por %1</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1012"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1014"/>
        <source> · &lt;span style=&apos;color:#c01c28&apos;&gt;%1&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#c01c28&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1017"/>
        <source> · expires %1&lt;/p&gt;</source>
        <translation> · caduca %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1021"/>
        <source>&lt;p&gt;%1&apos;s dry run (nothing changed): &lt;b&gt;accepted&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prueba en %1 (nada cambió): &lt;b&gt;aceptada&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1024"/>
        <source>&lt;p style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 refused this change in its dry run&lt;/b&gt; (nothing changed): %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 rechazó este cambio en su prueba&lt;/b&gt; (nada cambió): %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1028"/>
        <source>&lt;p&gt;%1&apos;s dry run could not be made: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudo hacer la prueba en %1: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/decisionqueuepane.cpp" line="1034"/>
        <source>&lt;table width=100%&gt;&lt;tr&gt;&lt;td valign=top&gt;&lt;b&gt;Inputs&lt;/b&gt;%1&lt;/td&gt;&lt;td valign=top&gt;&lt;b&gt;Thresholds&lt;/b&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table width=100%&gt;&lt;tr&gt;&lt;td valign=top&gt;&lt;b&gt;Datos de entrada&lt;/b&gt;%1&lt;/td&gt;&lt;td valign=top&gt;&lt;b&gt;Umbrales&lt;/b&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>cp::Dispatcher</name>
    <message>
        <location filename="../agents/dispatcher.cpp" line="431"/>
        <source>no ad platform to send to: its credentials are missing (Agents &gt; Connections)</source>
        <translation>no hay plataforma publicitaria a la que enviar: faltan sus credenciales (Agentes &gt; Conexiones)</translation>
    </message>
</context>
<context>
    <name>cp::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="40"/>
        <location filename="../ui/importdialog.cpp" line="45"/>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="43"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="45"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="51"/>
        <source>UTF-8 / UTF-16 (detected)</source>
        <translation>UTF-8 / UTF-16 (detectado)</translation>
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
        <translation>Mes primero (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Day/month/year</source>
        <translation>Día/mes/año</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="63"/>
        <source>Month/day/year</source>
        <translation>Mes/día/año</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="65"/>
        <source>How the file writes dates with a slash, such as 01/11/2011. Dates written 2011-11-01 are read whatever this says.</source>
        <translation>Cómo escribe el archivo las fechas con barra, p. ej. 01/11/2011. Las fechas como 2011-11-01 se leen en cualquier caso.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="71"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Read as:</source>
        <translation>Leer como:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="97"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="100"/>
        <source>Stop at the first bad row (nothing is imported)</source>
        <translation>Detenerse en la primera fila errónea (no se importa nada)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="101"/>
        <source>Skip bad rows, count them and list them</source>
        <translation>Omitir las filas erróneas, contarlas y listarlas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="103"/>
        <source>Bad rows</source>
        <translation>Filas erróneas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="108"/>
        <source>Ask me (nothing is imported until I choose)</source>
        <translation>Preguntarme (no se importa nada hasta que elija)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="109"/>
        <source>Add the file&apos;s figures to the workspace&apos;s (a file of other products or ads on the same days)</source>
        <translation>Sumar las cifras del archivo a las del espacio de trabajo (un archivo de otros productos o anuncios en los mismos días)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="110"/>
        <source>Replace those days with the file&apos;s figures (a report downloaded again)</source>
        <translation>Sustituir esos días por las cifras del archivo (un informe descargado de nuevo)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="115"/>
        <source>Days the workspace already has</source>
        <translation>Días que el espacio de trabajo ya tiene</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="127"/>
        <location filename="../ui/importdialog.cpp" line="130"/>
        <source>Currency of the amounts</source>
        <translation>Moneda de los importes</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="139"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="151"/>
        <source>First rows:</source>
        <translation>Primeras filas:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="162"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="174"/>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="199"/>
        <source>(bad row at line %1: %2)</source>
        <translation>(fila errónea en la línea %1: %2)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="207"/>
        <source>%1-separated, %2</source>
        <translation>separado por %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="222"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="230"/>
        <source>From the recording&apos;s manifest.json beside the file. This workspace has no currency yet: it takes this one.</source>
        <translation>Del manifest.json de la grabación junto al archivo. Este espacio de trabajo aún no tiene moneda: adopta esta.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="244"/>
        <source>No clear importer: %1. Choose one under &quot;Read as&quot;.</source>
        <translation>No hay un importador claro: %1. Elija uno en &quot;Leer como&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="246"/>
        <source>Detected: %1.</source>
        <translation>Detectado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="264"/>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="264"/>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="270"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="289"/>
        <source>Name the currency of the file&apos;s amounts (three letters, e.g. GBP).</source>
        <translation>Indique la moneda de los importes del archivo (tres letras, p. ej. GBP).</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="291"/>
        <source>Choose the importer that reads this file.</source>
        <translation>Elija el importador que lee este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="293"/>
        <source>Ready: %1 columns mapped.</source>
        <translation>Listo: %1 columnas asignadas.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="294"/>
        <source>Choose a column for: %1</source>
        <translation>Elija una columna para: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="318"/>
        <source>This workspace has no currency yet: it takes this one (ISO 4217, e.g. GBP, EUR, USD).</source>
        <translation>Este espacio de trabajo aún no tiene moneda: adopta esta (ISO 4217, p. ej. GBP, EUR, USD).</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="322"/>
        <source>The workspace&apos;s currency: a file in another belongs in a workspace of its own.</source>
        <translation>La moneda del espacio de trabajo: un archivo en otra va en un espacio de trabajo propio.</translation>
    </message>
</context>
<context>
    <name>cp::LiveFetch</name>
    <message>
        <location filename="../agents/live/livefetch.h" line="191"/>
        <source>not fetched</source>
        <translation>no obtenido</translation>
    </message>
</context>
<context>
    <name>cp::LiveLink</name>
    <message>
        <location filename="../ui/livelink.cpp" line="68"/>
        <source>Secrets kept for this session only: %1</source>
        <translation>Secretos guardados solo para esta sesión: %1</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="87"/>
        <source>Language model: no API key is stored for this connection (without a keychain it was kept for one session only), so requests go without one; type it again in Agents ▸ Connections or set CP_LLM_API_KEY.</source>
        <translation>Modelo de lenguaje: no hay ninguna clave de API guardada para esta conexión (sin llavero solo duró una sesión), así que las solicitudes van sin ella; escríbala de nuevo en Agentes ▸ Conexiones o defina CP_LLM_API_KEY.</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="91"/>
        <source>No language model: the template writes the ad copy.</source>
        <translation>Sin modelo de lenguaje: la plantilla escribe el texto del anuncio.</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="120"/>
        <source>Sending is busy; the new platform applies after it</source>
        <translation>Hay un envío en curso; la nueva plataforma se aplica después</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="138"/>
        <source>Sends: nowhere</source>
        <translation>Envía: a ningún sitio</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="139"/>
        <source>Sends: recorded backend (replay)</source>
        <translation>Envía: backend grabado (reproducción)</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="140"/>
        <source>Sends: %1 %2</source>
        <translation>Envía: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="145"/>
        <source>Sends: no ad platform connected</source>
        <translation>Envía: ninguna plataforma publicitaria conectada</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="145"/>
        <source>Connect an ad platform in Agents ▸ Connections; until then nothing is sent.</source>
        <translation>Conecte una plataforma publicitaria en Agentes ▸ Conexiones; hasta entonces no se envía nada.</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="150"/>
        <source>Sends: no credentials</source>
        <translation>Envía: sin credenciales</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="165"/>
        <source>credentials</source>
        <translation>credenciales</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="188"/>
        <source>%1 not answering (paused)</source>
        <translation>%1 no responde (en pausa)</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="189"/>
        <source>%1 trying again</source>
        <translation>%1 reintentando</translation>
    </message>
    <message>
        <location filename="../ui/livelink.cpp" line="190"/>
        <source>%1 ok</source>
        <translation>%1 correcto</translation>
    </message>
</context>
<context>
    <name>cp::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>categories</source>
        <translation>categorías</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>stock</source>
        <translation>existencias</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>page views</source>
        <translation>visitas a la página</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>campaigns</source>
        <translation>campañas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>daily campaign figures</source>
        <translation>cifras diarias de campaña</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>the sales uplift of ads</source>
        <translation>el aumento de ventas debido a los anuncios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Abriendo el almacén de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Catalog</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Ca&amp;mpaigns</source>
        <translation>Ca&amp;mpañas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <location filename="../ui/mainwindow.cpp" line="750"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Cha&amp;rts</source>
        <translation>Grá&amp;ficos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Aud&amp;it log</source>
        <translation>Regis&amp;tro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>My shop</source>
        <translation>Mi tienda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Imported data</source>
        <translation>Datos importados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Language model off: %1</source>
        <translation>Modelo de lenguaje desactivado: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Your name for the audit log (asked once; Settings changes it):</source>
        <translation>Su nombre para el registro de auditoría (se pregunta una vez; se cambia en Configuración):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>Save and approve</source>
        <translation>Guardar y aprobar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>a name is needed: it goes into the audit log</source>
        <translation>se necesita un nombre: figura en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Save the ad copy</source>
        <translation>Guardar el texto del anuncio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Policy update not approved</source>
        <translation>Cambio de política no aprobado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Policy update approved</source>
        <translation>Cambio de política aprobado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Policy update not rejected</source>
        <translation>Cambio de política no rechazado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Policy update rejected</source>
        <translation>Cambio de política rechazado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>The policy in effect stays</source>
        <translation>La política vigente se mantiene</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Save and reject</source>
        <translation>Guardar y rechazar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <location filename="../ui/mainwindow.cpp" line="1104"/>
        <source>No workspace open</source>
        <translation>Ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>Opening the workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>New live workspace</source>
        <translation>Nuevo espacio de trabajo en vivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>A name for the workspace (one per shop and ad account):</source>
        <translation>Un nombre para el espacio de trabajo (uno por tienda y cuenta publicitaria):</translation>
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
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&amp;New live workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo en vivo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>Campaign Pilot workspaces (*.sqlite);;All files (*)</source>
        <translation>Espacios de trabajo de Campaign Pilot (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Open &amp;team workspace…</source>
        <translation>Abrir espacio de &amp;equipo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Open re&amp;cording…</source>
        <translation>Abrir &amp;grabación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Open recording (a folder with manifest.json)</source>
        <translation>Abrir grabación (una carpeta con manifest.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Open the &amp;demo recording</source>
        <translation>Abrir la grabación de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>&amp;Export recording…</source>
        <translation>&amp;Exportar grabación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>Export recording</source>
        <translation>Exportar grabación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>The workspace&apos;s currency is not known yet. The currency of its amounts (ISO 4217, e.g. GBP):</source>
        <translation>La moneda del espacio de trabajo aún no se conoce. La moneda de sus importes (ISO 4217, p. ej. GBP):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>Export recording into folder</source>
        <translation>Exportar la grabación a una carpeta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>&amp;Agents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>&amp;Run cycle</source>
        <translation>&amp;Ejecutar ciclo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="543"/>
        <source>No cycle while the emergency stop is on: resume first (the button at the top right)</source>
        <translation>No hay ciclo mientras la parada de emergencia está activa: reanude primero (el botón de arriba a la derecha)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Cycle started</source>
        <translation>Ciclo iniciado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>&amp;Cancel cycle</source>
        <translation>&amp;Cancelar ciclo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>Refresh &amp;live data</source>
        <translation>Actualizar datos en &amp;vivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560"/>
        <source>Fetch the live store and ad platform into the store (F6); then run a cycle</source>
        <translation>Traer la tienda y la plataforma publicitaria en vivo al almacén de datos (F6); después ejecutar un ciclo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="561"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>&amp;Connections…</source>
        <translation>C&amp;onexiones…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>Emergency stop / resume</source>
        <translation>Parada de emergencia / reanudar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <location filename="../ui/mainwindow.cpp" line="603"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>Resume the agents and sending of approved actions?</source>
        <translation>¿Reanudar los agentes y el envío de las acciones aprobadas?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>&amp;About Campaign Pilot</source>
        <translation>&amp;Acerca de Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>About Campaign Pilot</source>
        <translation>Acerca de Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>&lt;h3&gt;Campaign Pilot %1&lt;/h3&gt;&lt;p&gt;Agents propose and evaluate ad campaigns; nothing that spends or stops money is sent without an operator&apos;s approval.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Campaign Pilot %1&lt;/h3&gt;&lt;p&gt;Los agentes proponen y evalúan campañas publicitarias; nada que gaste o detenga dinero se envía sin la aprobación de un operador.&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="680"/>
        <source>Not all were approved</source>
        <translation>No se aprobaron todas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>On this local workspace a name is typed, not a login: the second approval must be another person&apos;s. A team workspace checks each operator&apos;s login.</source>
        <translation>En este espacio de trabajo local un nombre se escribe, no es un inicio de sesión: la segunda aprobación debe ser de otra persona. Un espacio de trabajo de equipo comprueba el inicio de sesión de cada operador.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="688"/>
        <source>Approval recorded</source>
        <translation>Aprobación registrada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="683"/>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>%n action(s) approved and queued to send</source>
        <translation>
            <numerusform>%n acción aprobada y en cola para enviar</numerusform>
            <numerusform>%n acciones aprobadas y en cola para enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>The emergency stop is on: what is approved waits and is sent after Resume</source>
        <translation>La parada de emergencia está activa: lo aprobado espera y se envía tras reanudar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>Campaign Pilot — %n decision(s) wait</source>
        <translation>
            <numerusform>Campaign Pilot — %n decisión pendiente</numerusform>
            <numerusform>Campaign Pilot — %n decisiones pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="750"/>
        <source>&amp;Decisions (%1)</source>
        <translation>&amp;Decisiones (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="751"/>
        <source>%n decision(s) wait for you</source>
        <translation>
            <numerusform>%n decisión le espera</numerusform>
            <numerusform>%n decisiones le esperan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="863"/>
        <source>Not told of other people&apos;s changes to the queue: %1</source>
        <translation>Sin aviso de los cambios de otras personas en la cola: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="948"/>
        <source>&lt;b&gt;Team workspace&lt;/b&gt; “%1” on %2 (shared: everyone on the team sees this queue)</source>
        <translation>&lt;b&gt;Espacio de equipo&lt;/b&gt; «%1» en %2 (compartido: todo el equipo ve esta cola)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="950"/>
        <source>&lt;b&gt;Live workspace&lt;/b&gt; “%1”</source>
        <translation>&lt;b&gt;Espacio de trabajo en vivo&lt;/b&gt; «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="951"/>
        <source>&lt;b&gt;Replay workspace&lt;/b&gt; “%1” — approved actions go only to the recorded backend; nothing here reaches a network</source>
        <translation>&lt;b&gt;Espacio de trabajo de reproducción&lt;/b&gt; «%1»: las acciones aprobadas van solo al backend grabado; nada de aquí llega a una red</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="959"/>
        <source>%1.&lt;br&gt;Recording &lt;b&gt;%2&lt;/b&gt; (%3 – %4, %5). &lt;i&gt;Modelled, not recorded:&lt;/i&gt; %6. Hover a column header marked “modelled” for how.</source>
        <translation>%1.&lt;br&gt;Grabación &lt;b&gt;%2&lt;/b&gt; (%3 – %4, %5). &lt;i&gt;Modelado, no grabado:&lt;/i&gt; %6. Pase el cursor sobre una cabecera de columna marcada como «modelado» para ver cómo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="963"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="965"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="968"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="970"/>
        <source>%1 — store: %2; ad platform: %3. Approved actions go to the ad platform. Agents ▸ Refresh live data (F6) takes a snapshot; File ▸ Export recording keeps the snapshots for offline replay.</source>
        <translation>%1 — tienda: %2; plataforma publicitaria: %3. Las acciones aprobadas van a la plataforma publicitaria. Agentes ▸ Actualizar datos en vivo (F6) toma una instantánea; Archivo ▸ Exportar grabación guarda las instantáneas para reproducirlas sin conexión.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="977"/>
        <source>%1 — figures from imported files, no connection: Agents ▸ Connections for your shop and ad account. Nothing can be sent until an ad platform is connected.</source>
        <translation>%1 — cifras de archivos importados, sin conexión: Agentes ▸ Conexiones para su tienda y su cuenta publicitaria. No se puede enviar nada hasta conectar una plataforma publicitaria.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="982"/>
        <source>Their currency is not known, so amounts are shown without a symbol: import with the currency set (File ▸ Import CSV) or connect the shop to name it.</source>
        <translation>Su moneda no se conoce, así que los importes se muestran sin símbolo: importe con la moneda indicada (Archivo ▸ Importar CSV) o conecte la tienda para fijarla.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="986"/>
        <source>%1 — no connection yet: Agents ▸ Connections for your shop and ad account, or File ▸ Import CSV for your own exports. Nothing can be sent until an ad platform is connected.</source>
        <translation>%1 — aún sin conexión: Agentes ▸ Conexiones para su tienda y su cuenta publicitaria, o Archivo ▸ Importar CSV para sus propias exportaciones. No se puede enviar nada hasta conectar una plataforma publicitaria.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="996"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="998"/>
        <source>Workspace file: %1</source>
        <translation>Archivo del espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1010"/>
        <source>%1.

Give this copy an identity of its own, or close it?</source>
        <translation>%1.

¿Dar a esta copia una identidad propia o cerrarla?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1014"/>
        <source>&amp;Give it its own identity</source>
        <translation>Darle &amp;identidad propia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1015"/>
        <source>&amp;Close it</source>
        <translation>&amp;Cerrarla</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1020"/>
        <source>Giving the copy an identity of its own…</source>
        <translation>Dando a la copia una identidad propia…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1062"/>
        <source>%1.

Add the file&apos;s figures to the workspace&apos;s, replace those days with the file&apos;s, or stop (nothing is imported)?</source>
        <translation>%1.

¿Sumar las cifras del archivo a las del espacio de trabajo, reemplazar esos días por los del archivo o detenerse (no se importa nada)?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1065"/>
        <source>&amp;Add</source>
        <translation>&amp;Sumar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1066"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1067"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1143"/>
        <source>reading the store</source>
        <translation>leyendo el almacén de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1144"/>
        <source>Campaign Creator</source>
        <translation>Creador de campañas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1145"/>
        <source>Performance Analyst</source>
        <translation>Analista de rendimiento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1146"/>
        <source>Campaign Manager</source>
        <translation>Gestor de campañas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1147"/>
        <source>saving the recommendations</source>
        <translation>guardando las recomendaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1151"/>
        <source>Cycle: %1…</source>
        <translation>Ciclo: %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1157"/>
        <source>Cycle failed: %1</source>
        <translation>El ciclo falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1159"/>
        <source>Cycle cancelled; nothing was queued</source>
        <translation>Ciclo cancelado; no se puso nada en cola</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1165"/>
        <source>Cycle done as of %1: %n recommendation(s) wait in Decisions</source>
        <translation>
            <numerusform>Ciclo terminado a fecha de %1: %n recomendación espera en Decisiones</numerusform>
            <numerusform>Ciclo terminado a fecha de %1: %n recomendaciones esperan en Decisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1169"/>
        <source>; %n active campaign(s) not judged — %1</source>
        <translation>
            <numerusform>; %n campaña activa sin evaluar — %1</numerusform>
            <numerusform>; %n campañas activas sin evaluar — %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1173"/>
        <source>As of %1: %2.</source>
        <translation>A fecha de %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1177"/>
        <source>as of %1: %2</source>
        <translation>a fecha de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1181"/>
        <source>%n new recommendation(s)</source>
        <translation>
            <numerusform>%n recomendación nueva</numerusform>
            <numerusform>%n recomendaciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1182"/>
        <source>Campaign Pilot: %1 — review them in Decisions</source>
        <translation>Campaign Pilot: %1 — revíselas en Decisiones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1187"/>
        <source>Sending: %1</source>
        <translation>Envío: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1187"/>
        <source> — stopped by the emergency stop</source>
        <translation> — detenido por la parada de emergencia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1228"/>
        <source>■ STOPPED HERE, NOT SAVED — Resume…</source>
        <translation>■ PARADO AQUÍ, SIN GUARDAR — Reanudar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1229"/>
        <source>■ STOPPED — Resume…</source>
        <translation>■ DETENIDO — Reanudar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1230"/>
        <source>■ EMERGENCY STOP</source>
        <translation>■ PARADA DE EMERGENCIA</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1231"/>
        <source>This window is halted; the workspace&apos;s stop is not stored yet (the store cannot be written), so other windows and stations may go on. It is stored as soon as the store can be written (tried every %n second(s)). Click to resume.</source>
        <translation>
            <numerusform>Esta ventana está detenida; la parada del espacio de trabajo aún no está guardada (no se puede escribir en el almacén), así que otras ventanas y estaciones pueden seguir. Se guarda en cuanto se pueda escribir (se intenta cada %n segundo). Haga clic para reanudar.</numerusform>
            <numerusform>Esta ventana está detenida; la parada del espacio de trabajo aún no está guardada (no se puede escribir en el almacén), así que otras ventanas y estaciones pueden seguir. Se guarda en cuanto se pueda escribir (se intenta cada %n segundos). Haga clic para reanudar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1235"/>
        <source>Agents and sending are halted. Click to resume.</source>
        <translation>Los agentes y el envío están detenidos. Haga clic para reanudar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1236"/>
        <source>Halt the agents and every send now (Ctrl+Shift+Esc)</source>
        <translation>Detener ya los agentes y todos los envíos (Ctrl+Mayús+Esc)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1252"/>
        <source>Agents and sending are halted.</source>
        <translation>Los agentes y los envíos están detenidos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1252"/>
        <source>Agents and sending may run.</source>
        <translation>Los agentes y los envíos pueden funcionar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1253"/>
        <source>%1; an operator stops or resumes them</source>
        <translation>%1; un operador los detiene o los reanuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1267"/>
        <source>Connections of “%1”</source>
        <translation>Conexiones de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1275"/>
        <source>Not forgotten</source>
        <translation>No olvidado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1276"/>
        <source>Ad platform limits forgotten</source>
        <translation>Límites de la plataforma publicitaria olvidados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1276"/>
        <source>The next send asks %1 again</source>
        <translation>El próximo envío vuelve a preguntar a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>%n pending action(s) refused by the ad platform&apos;s dry run: see Decisions</source>
        <translation>
            <numerusform>%n acción pendiente rechazada en la prueba de la plataforma publicitaria: vea Decisiones</numerusform>
            <numerusform>%n acciones pendientes rechazadas en la prueba de la plataforma publicitaria: vea Decisiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1295"/>
        <source>No live connection: Agents ▸ Connections…</source>
        <translation>Sin conexión en vivo: Agentes ▸ Conexiones…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1301"/>
        <location filename="../ui/mainwindow.cpp" line="1334"/>
        <location filename="../ui/mainwindow.cpp" line="1375"/>
        <location filename="../ui/mainwindow.cpp" line="1409"/>
        <location filename="../ui/mainwindow.cpp" line="1471"/>
        <source>Busy with the store; try again in a moment</source>
        <translation>El almacén de datos está ocupado; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1304"/>
        <source>Reading credentials…</source>
        <translation>Leyendo credenciales…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1309"/>
        <location filename="../ui/mainwindow.cpp" line="1322"/>
        <source>Live data not fetched</source>
        <translation>Datos en vivo no obtenidos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1326"/>
        <source>Live data fetched</source>
        <translation>Datos en vivo obtenidos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1327"/>
        <source>%1 products, %2 product days, %3 campaigns, %4 campaign days%5</source>
        <translation>%1 productos, %2 días de producto, %3 campañas, %4 días de campaña%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1329"/>
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n falló</numerusform>
            <numerusform>; %n fallaron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1336"/>
        <source>Fetching live data…</source>
        <translation>Obteniendo datos en vivo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1346"/>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1352"/>
        <source>Recording not exported: the workspace&apos;s currency is not known yet; give the currency of its amounts (ISO 4217, three letters, e.g. GBP)</source>
        <translation>Grabación no exportada: la moneda del espacio de trabajo aún no se conoce; indique la moneda de sus importes (ISO 4217, tres letras, p. ej. GBP)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1364"/>
        <source>Recording not exported</source>
        <translation>Grabación no exportada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1365"/>
        <source>Recording exported</source>
        <translation>Grabación exportada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1366"/>
        <source>%1 (%2 – %3); File ▸ Open recording replays it offline</source>
        <translation>%1 (%2 – %3); Archivo ▸ Abrir grabación la reproduce sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1373"/>
        <source>Exporting the recording…</source>
        <translation>Exportando la grabación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1389"/>
        <source>The log could not be verified: %1</source>
        <translation>No se pudo verificar el registro: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1390"/>
        <source>Audit log not verified</source>
        <translation>Registro de auditoría no verificado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1393"/>
        <source>Entry %1 (%2, %3) does not match: %4. It was changed, removed or inserted after it was written; %n entry(ies) before it verified.</source>
        <translation>
            <numerusform>La entrada %1 (%2, %3) no coincide: %4. Se cambió, eliminó o insertó después de escribirse; %n entrada anterior verificada.</numerusform>
            <numerusform>La entrada %1 (%2, %3) no coincide: %4. Se cambió, eliminó o insertó después de escribirse; %n entradas anteriores verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1399"/>
        <source>The audit log was changed</source>
        <translation>El registro de auditoría se modificó</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1401"/>
        <source>%n entry(ies) verified: the chain is intact. Newest hash %1 (keep it elsewhere to notice a log rewritten as a whole).</source>
        <translation>
            <numerusform>%n entrada verificada: la cadena está intacta. Hash más reciente %1 (guárdelo en otro lugar para detectar un registro reescrito por completo).</numerusform>
            <numerusform>%n entradas verificadas: la cadena está intacta. Hash más reciente %1 (guárdelo en otro lugar para detectar un registro reescrito por completo).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1406"/>
        <source>Audit log verified</source>
        <translation>Registro de auditoría verificado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1412"/>
        <source>Verifying the audit log…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1451"/>
        <source>Emergency stop not saved</source>
        <translation>Parada de emergencia no guardada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1451"/>
        <source>Not resumed</source>
        <translation>No reanudado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1455"/>
        <source>The workspace stays stopped: %1</source>
        <translation>El espacio de trabajo sigue detenido: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1446"/>
        <location filename="../ui/mainwindow.cpp" line="1457"/>
        <source>Emergency stop</source>
        <translation>Parada de emergencia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1457"/>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1446"/>
        <location filename="../ui/mainwindow.cpp" line="1458"/>
        <source>Agents and sending are halted</source>
        <translation>Los agentes y el envío están detenidos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1458"/>
        <source>Agents and sending may run again</source>
        <translation>Los agentes y el envío pueden volver a funcionar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1043"/>
        <location filename="../ui/mainwindow.cpp" line="1475"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1452"/>
        <source>Agents and sending are halted in this window only; the workspace&apos;s stop could not be stored: %1. It is stored as soon as the store can be written.</source>
        <translation>Los agentes y los envíos están detenidos solo en esta ventana; no se pudo guardar la parada del espacio de trabajo: %1. Se guarda en cuanto se pueda escribir en el almacén.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1467"/>
        <source>Saved as soon as the store is free…</source>
        <translation>Se guardará en cuanto el almacén esté libre…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1507"/>
        <source>Name not recorded</source>
        <translation>Nombre no registrado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1508"/>
        <source>Name changed</source>
        <translation>Nombre cambiado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1508"/>
        <source>Approvals from now on are %1&apos;s (was %2); the audit log says so</source>
        <translation>Las aprobaciones son ahora de %1 (antes %2); el registro de auditoría lo indica</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1540"/>
        <source>Policy not saved</source>
        <translation>Política no guardada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1541"/>
        <source>Policy saved</source>
        <translation>Política guardada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <location filename="../ui/mainwindow.cpp" line="1541"/>
        <source>Version %1 applies from the next cycle</source>
        <translation>La versión %1 se aplica a partir del próximo ciclo</translation>
    </message>
</context>
<context>
    <name>cp::OverviewPane</name>
    <message>
        <location filename="../ui/overviewpane.cpp" line="24"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="25"/>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="26"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="27"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="28"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="29"/>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="34"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="35"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="41"/>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="52"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="52"/>
        <source>What the campaigns cost in the range</source>
        <translation>Lo que costaron las campañas en el periodo</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="53"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="53"/>
        <source>Revenue the ad platform attributes to the campaigns</source>
        <translation>Ingresos que la plataforma publicitaria atribuye a las campañas</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="54"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="54"/>
        <source>Revenue ÷ spend: 1.0× earns back exactly what it costs</source>
        <translation>Ingresos ÷ gasto: 1,0× recupera exactamente lo que cuesta</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="55"/>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="55"/>
        <source>Revenue − spend (before the products&apos; own costs)</source>
        <translation>Ingresos − gasto (antes de los costes propios de los productos)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>Decisions waiting</source>
        <translation>Decisiones pendientes</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>Recommendations that need your approval</source>
        <translation>Recomendaciones que necesitan su aprobación</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="79"/>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="132"/>
        <source>in Decisions</source>
        <translation>en Decisiones</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="132"/>
        <source>nothing waits</source>
        <translation>nada pendiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpane.cpp" line="135"/>
        <source>%n send(s) failed or unconfirmed: Decisions ▸ Send needs you</source>
        <translation>
            <numerusform>%n envío fallido o sin confirmar: Decisiones ▸ El envío le necesita</numerusform>
            <numerusform>%n envíos fallidos o sin confirmar: Decisiones ▸ El envío le necesita</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="199"/>
        <source>No campaign figures in this range: the newest are of %1. Choose Custom for a range that ends then, or bring newer figures in (File ▸ Import, or a live snapshot).</source>
        <translation>No hay cifras de campañas en este periodo: las más recientes son del %1. Elija Personalizado para un periodo que termine entonces, o traiga cifras más nuevas (Archivo ▸ Importar, o una captura en vivo).</translation>
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
        <translation>frente a %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="225"/>
        <source>now a loss</source>
        <translation>ahora una pérdida</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="225"/>
        <source>now a gain</source>
        <translation>ahora una ganancia</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="228"/>
        <source>%1: %2 (no change to measure)</source>
        <translation>%1: %2 (ningún cambio que medir)</translation>
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
            <numerusform>%1 – %2 (%n día)</numerusform>
            <numerusform>%1 – %2 (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpane.cpp" line="250"/>
        <source>, %n campaign(s) with spend</source>
        <translation>
            <numerusform>, %n campaña con gasto</numerusform>
            <numerusform>, %n campañas con gasto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::PolicyForm</name>
    <message>
        <location filename="../ui/policyform.cpp" line="84"/>
        <source>an amount, e.g. 20.00 (%1 … %2)</source>
        <translation>un importe, p. ej. 20.00 (%1 … %2)</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="97"/>
        <source>Allowed: %1 … %2</source>
        <translation>Permitido: %1 … %2</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="196"/>
        <source>policy form</source>
        <translation>formulario de política</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="216"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="225"/>
        <source>No change against version %1 in effect.</source>
        <translation>Sin cambios respecto a la versión vigente %1.</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="226"/>
        <source>Changes against version %1 in effect: %2</source>
        <translation>Cambios respecto a la versión vigente %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/policyform.cpp" line="228"/>
        <source>Cannot be saved: %1</source>
        <translation>No se puede guardar: %1</translation>
    </message>
</context>
<context>
    <name>cp::PolicyProposalBar</name>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="18"/>
        <source>Approve policy update</source>
        <translation>Aprobar el cambio de política</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="18"/>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="29"/>
        <source>Store the proposed policy as a new version; the next cycle decides with it. Audited.</source>
        <translation>Guardar la política propuesta como nueva versión; el próximo ciclo decide con ella. Queda registrado.</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="30"/>
        <source>Keep the policy in effect; the Analyst proposes again only after new evaluations. Audited.</source>
        <translation>Mantener la política vigente; el Analista solo vuelve a proponer tras nuevas evaluaciones. Queda registrado.</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="40"/>
        <source>Reject the policy update</source>
        <translation>Rechazar el cambio de política</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="41"/>
        <source>Why? (goes into the audit log; the Analyst proposes again only after new evaluations)</source>
        <translation>¿Por qué? (va al registro de auditoría; el Analista solo vuelve a proponer tras nuevas evaluaciones)</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="66"/>
        <source>The Analyst proposes a policy update (version %1 → %2)</source>
        <translation>El Analista propone un cambio de política (versión %1 → %2)</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="75"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="75"/>
        <source>In effect</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="75"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="85"/>
        <source>Backtest on this workspace&apos;s history, %1 to %2:</source>
        <translation>Backtest sobre el historial de este espacio de trabajo, del %1 al %2:</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="92"/>
        <source>In effect (v%1)</source>
        <translation>Vigente (v%1)</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="92"/>
        <source>Proposed (v%1)</source>
        <translation>Propuesta (v%1)</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="99"/>
        <source>Incremental profit</source>
        <translation>Beneficio incremental</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="100"/>
        <source>Attributed profit</source>
        <translation>Beneficio atribuido</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="101"/>
        <source>Ad spend</source>
        <translation>Gasto publicitario</translation>
    </message>
    <message>
        <location filename="../ui/policyproposalbar.cpp" line="102"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>cp::QueueListener</name>
    <message>
        <location filename="../models/queuelistener.cpp" line="139"/>
        <source>the connection to the server was lost</source>
        <translation>se perdió la conexión con el servidor</translation>
    </message>
</context>
<context>
    <name>cp::RecommendationModel</name>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="71"/>
        <source>Waiting for approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="72"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="73"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="74"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="75"/>
        <source>Superseded</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="81"/>
        <source>Queued to send</source>
        <translation>En cola para enviar</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="82"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="83"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="84"/>
        <source>Unknown — check the platform</source>
        <translation>Desconocido — compruebe la plataforma</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="85"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="92"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="93"/>
        <source>Create campaign</source>
        <translation>Crear campaña</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="94"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="95"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="96"/>
        <source>Set budget</source>
        <translation>Fijar presupuesto</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="103"/>
        <source>Pause now — losing money</source>
        <translation>Pausar ya — pierde dinero</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="106"/>
        <source>Pause — performance fell</source>
        <translation>Pausar — el rendimiento cayó</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="107"/>
        <source>Pause — below break-even</source>
        <translation>Pausar — por debajo del umbral de rentabilidad</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="108"/>
        <source>Pause — costs more than it adds</source>
        <translation>Pausar — cuesta más de lo que aporta</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="109"/>
        <source>Pause — not worth its spend</source>
        <translation>Pausar — no compensa su gasto</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="111"/>
        <source>Keep running — it works</source>
        <translation>Mantener activa — funciona</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="112"/>
        <source>Improve — review copy and targeting</source>
        <translation>Mejorar — revisar texto y segmentación</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="113"/>
        <source>Watch — not clear yet</source>
        <translation>Observar — aún no está claro</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="114"/>
        <source>Start a campaign</source>
        <translation>Iniciar una campaña</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="115"/>
        <source>Undo a sent action</source>
        <translation>Anular una acción enviada</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="133"/>
        <source>high confidence</source>
        <translation>confianza alta</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="134"/>
        <source>medium confidence</source>
        <translation>confianza media</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="135"/>
        <source>low confidence</source>
        <translation>confianza baja</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="140"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="141"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="142"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="163"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="187"/>
        <source>Watch — held back by a safeguard</source>
        <translation>Observar — retenida por una salvaguarda</translation>
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
        <translation>%1 de %2 aprobaciones (de %3)</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="211"/>
        <source>For information</source>
        <translation>Para información</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/recommendationmodel.cpp" line="239"/>
        <source>No daily figures for the last %n day(s)</source>
        <translation>
            <numerusform>Sin cifras diarias del último %n día</numerusform>
            <numerusform>Sin cifras diarias de los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="243"/>
        <source>Revenue a day, %1 – %2: %3 in all</source>
        <translation>Ingresos por día, %1 – %2: %3 en total</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="245"/>
        <source>Conversions a day, %1 – %2: %3 in all</source>
        <translation>Conversiones por día, %1 – %2: %3 en total</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="247"/>
        <source>Units sold a day, %1 – %2: %3 in all</source>
        <translation>Unidades vendidas por día, %1 – %2: %3 en total</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="255"/>
        <source>Approved by %1. The policy asks for four eyes: a second, different operator must approve it before anything is sent.</source>
        <translation>Aprobada por %1. La política pide cuatro ojos: debe aprobarla un segundo operador, distinto, antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="261"/>
        <source>No estimate: the action changes no money, or nothing was spent yet</source>
        <translation>Sin estimación: la acción no cambia importes, o aún no se ha gastado nada</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="262"/>
        <source>Expected %1 a day (90 % interval %2 to %3), %4; from the platform&apos;s attributed revenue</source>
        <translation>Esperado %1 al día (intervalo del 90 % de %2 a %3), %4; según los ingresos que atribuye la plataforma</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="289"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="289"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="289"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="290"/>
        <source>Campaign / product</source>
        <translation>Campaña / producto</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="290"/>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="291"/>
        <source>Daily budget</source>
        <translation>Presupuesto diario</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="291"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="291"/>
        <source>Impact a day</source>
        <translation>Impacto al día</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="292"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="293"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../models/recommendationmodel.cpp" line="293"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>cp::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="34"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source>Run a cycle every</source>
        <translation>Ejecutar un ciclo cada</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="38"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="40"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>&amp;Operator name (audit log):</source>
        <translation>&amp;Nombre del operador (registro de auditoría):</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>&amp;Run a cycle every:</source>
        <translation>Ejecutar un &amp;ciclo cada:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="52"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>Policy as JSON</source>
        <translation>Política como JSON</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="58"/>
        <source>The policy as JSON (the same checks as the form; saved as a new version):</source>
        <translation>La política como JSON (las mismas comprobaciones que el formulario; se guarda como nueva versión):</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="60"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="80"/>
        <location filename="../ui/settingsdialog.cpp" line="94"/>
        <source>policy</source>
        <translation>política</translation>
    </message>
</context>
<context>
    <name>cp::SimulationPane</name>
    <message>
        <location filename="../ui/simulationpane.cpp" line="30"/>
        <source>&amp;Simulate</source>
        <translation>Simu&amp;lar</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="31"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="40"/>
        <source>the store&apos;s data (or a recording folder, or &quot;demo&quot;)</source>
        <translation>los datos del almacén (o una carpeta de grabación, o &quot;demo&quot;)</translation>
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
        <translation>Grabación que reproducir</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="35"/>
        <source>First day simulated</source>
        <translation>Primer día simulado</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="36"/>
        <source>Last day simulated</source>
        <translation>Último día simulado</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="37"/>
        <source>Policies compared</source>
        <translation>Políticas comparadas</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="38"/>
        <source>Simulation results</source>
        <translation>Resultados de la simulación</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="39"/>
        <source>Saved simulation runs</source>
        <translation>Simulaciones guardadas</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="54"/>
        <source>Seed rules (always compared)</source>
        <translation>Reglas iniciales (siempre comparadas)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="57"/>
        <source>Default policy (always compared)</source>
        <translation>Política predeterminada (siempre comparada)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="60"/>
        <source>Add policy file…</source>
        <translation>Añadir archivo de política…</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="62"/>
        <location filename="../ui/simulationpane.cpp" line="86"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="62"/>
        <source>Policies (*.json)</source>
        <translation>Políticas (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="71"/>
        <source>Approve all recommendations</source>
        <translation>Aprobar todas las recomendaciones</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="72"/>
        <source>Approve none (agents advise only)</source>
        <translation>No aprobar ninguna (los agentes solo aconsejan)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="73"/>
        <source>Approve pauses only</source>
        <translation>Aprobar solo pausas</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="74"/>
        <source>Approve pauses and budget raises</source>
        <translation>Aprobar pausas y subidas de presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="86"/>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="86"/>
        <source>Share of incremental oracle</source>
        <translation>Parte del oráculo incremental</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="86"/>
        <source>Incremental profit</source>
        <translation>Beneficio incremental</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="88"/>
        <source>of which new campaigns</source>
        <translation>de ello, campañas nuevas</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="315"/>
        <source>Cumulative incremental profit, %1 – %2 (approval: %3)</source>
        <translation>Beneficio incremental acumulado, %1 – %2 (aprobación: %3)</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="88"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="87"/>
        <source>Share of oracle</source>
        <translation>Proporción del oráculo</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="88"/>
        <source>Wrong pauses</source>
        <translation>Pausas erróneas</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="88"/>
        <source>Missed pauses</source>
        <translation>Pausas omitidas</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="89"/>
        <source>Late-decision loss</source>
        <translation>Pérdida por decisiones tardías</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="93"/>
        <source>Incremental profit of the recorded campaigns as a share of the hindsight oracle&apos;s that maximises it</source>
        <translation>Beneficio incremental de las campañas grabadas como parte del del oráculo retrospectivo que lo maximiza</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="94"/>
        <source>The units the ads truly added (the recording&apos;s ground truth where it has one, else every attributed conversion) at the simulation&apos;s margin, less spend</source>
        <translation>Las unidades que los anuncios añadieron de verdad (la verdad de la grabación donde la tiene, si no, cada conversión atribuida) al margen de la simulación, menos el gasto</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="96"/>
        <source>Attributed profit of the recorded campaigns as a share of the hindsight oracle&apos;s</source>
        <translation>Beneficio atribuido de las campañas grabadas como parte del del oráculo retrospectivo</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="97"/>
        <source>Attributed revenue less spend: what the platform reports, including sales that would have happened anyway</source>
        <translation>Ingresos atribuidos menos gasto: lo que informa la plataforma, incluidas ventas que habrían ocurrido de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="101"/>
        <source>Attributed profit of the campaigns the policy created</source>
        <translation>Beneficio atribuido de las campañas que creó la política</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="103"/>
        <source>Campaigns that truly paid for themselves, paused</source>
        <translation>Campañas que de verdad se pagaban, pausadas</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="104"/>
        <source>Campaigns that truly lost money, still running at the end</source>
        <translation>Campañas que de verdad perdían dinero, aún activas al final</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="105"/>
        <source>What campaigns that truly lost money lost while running after their first days</source>
        <translation>Lo que perdieron las campañas que de verdad perdían dinero mientras seguían activas tras sus primeros días</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="119"/>
        <source>Replay:</source>
        <translation>Reproducción:</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="122"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="124"/>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="125"/>
        <source>Policies:</source>
        <translation>Políticas:</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="127"/>
        <source>Approval in the simulation:</source>
        <translation>Aprobación en la simulación:</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="134"/>
        <source>Saved runs (double-click to reopen):</source>
        <translation>Ejecuciones guardadas (doble clic para reabrir):</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="211"/>
        <source>Simulating…</source>
        <translation>Simulando…</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="259"/>
        <source>Saved as run #%1</source>
        <translation>Guardada como ejecución n.º %1</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="262"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="285"/>
        <location filename="../ui/simulationpane.cpp" line="287"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/simulationpane.cpp" line="340"/>
        <source>Reopened run #%1</source>
        <translation>Ejecución n.º %1 reabierta</translation>
    </message>
</context>
<context>
    <name>cp::StartPage</name>
    <message>
        <location filename="../ui/startpage.cpp" line="25"/>
        <source>Explore the demo</source>
        <translation>Explorar la demostración</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="26"/>
        <source>A year of a real gift shop&apos;s sales with modelled campaigns, in a replay workspace: nothing you approve there reaches any network.</source>
        <translation>Un año de ventas de una tienda de regalos real con campañas modeladas, en un espacio de trabajo de reproducción: nada de lo que apruebe allí llega a ninguna red.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="29"/>
        <source>Connect a shop and an ad account</source>
        <translation>Conectar una tienda y una cuenta publicitaria</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="30"/>
        <source>Creates a live workspace and opens its connections (WooCommerce or the Campaign Pilot API; Meta).</source>
        <translation>Crea un espacio de trabajo en vivo y abre sus conexiones (WooCommerce o la API de Campaign Pilot; Meta).</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="32"/>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="33"/>
        <source>Creates a live workspace from your own exports: order lines, daily sales, a catalog, ad reports.</source>
        <translation>Crea un espacio de trabajo en vivo a partir de sus propias exportaciones: líneas de pedido, ventas diarias, un catálogo, informes de anuncios.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="42"/>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="44"/>
        <source>&lt;h2&gt;Welcome to Campaign Pilot&lt;/h2&gt;&lt;p&gt;Agents propose and judge ad campaigns; nothing that spends or stops money is sent without your approval. Each workspace is either &lt;b&gt;live&lt;/b&gt; (your shop and ad account) or a &lt;b&gt;replay&lt;/b&gt; of recorded data — the two never mix.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Campaign Pilot&lt;/h2&gt;&lt;p&gt;Los agentes proponen y evalúan campañas publicitarias; nada que gaste o detenga dinero se envía sin su aprobación. Cada espacio de trabajo es &lt;b&gt;en vivo&lt;/b&gt; (su tienda y su cuenta publicitaria) o una &lt;b&gt;reproducción&lt;/b&gt; de datos grabados; los dos nunca se mezclan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="50"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Espacios de trabajo recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="77"/>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="78"/>
        <source>Team (live)</source>
        <translation>Equipo (en vivo)</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="79"/>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="80"/>
        <source>%1 — %2   (%3)</source>
        <translation>%1 — %2   (%3)</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="87"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
</context>
<context>
    <name>cp::Station</name>
    <message>
        <location filename="../agents/station/station.cpp" line="65"/>
        <source>stopping after the current step</source>
        <translation>deteniéndose tras el paso en curso</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="98"/>
        <source>no round now: %1; the next at %2</source>
        <translation>ninguna ronda ahora: %1; la siguiente a las %2</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="105"/>
        <source>round %1 begins</source>
        <translation>empieza la ronda %1</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="109"/>
        <source>round %1 not started: the previous one still runs</source>
        <translation>ronda %1 no iniciada: la anterior sigue en curso</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="127"/>
        <source>round %1 done; the next at %2</source>
        <translation>ronda %1 terminada; la siguiente a las %2</translation>
    </message>
    <message>
        <location filename="../agents/station/station.cpp" line="127"/>
        <source>round %1 done with errors; the next at %2</source>
        <translation>ronda %1 terminada con errores; la siguiente a las %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/station.cpp" line="144"/>
        <source>station stopped after %n round(s)</source>
        <translation>
            <numerusform>estación detenida tras %n ronda</numerusform>
            <numerusform>estación detenida tras %n rondas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::StationRound</name>
    <message>
        <location filename="../agents/station/stationround.cpp" line="66"/>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="69"/>
        <source>live data not fetched: %1; no cycle this round, the next round tries again</source>
        <translation>datos en vivo no obtenidos: %1; sin ciclo en esta ronda, la siguiente lo vuelve a intentar</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="70"/>
        <location filename="../agents/station/stationround.cpp" line="141"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="77"/>
        <source>live snapshot: %1 products, %2 product days, %3 campaigns, %4 campaign days</source>
        <translation>instantánea en vivo: %1 productos, %2 días de producto, %3 campañas, %4 días de campaña</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="80"/>
        <source>live snapshot: failed: %1</source>
        <translation>captura en vivo: falló: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="82"/>
        <source>live snapshot: note: %1</source>
        <translation>captura en vivo: nota: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="102"/>
        <source>cycle not run: the emergency stop is on; an operator must resume first</source>
        <translation>ciclo no ejecutado: la parada de emergencia está activa; primero un operador debe reanudar</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="112"/>
        <source>cycle not run: the store&apos;s policy cannot be read: %1</source>
        <translation>ciclo no ejecutado: no se puede leer la política del almacén: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="123"/>
        <source>cycle not run: %1</source>
        <translation>ciclo no ejecutado: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="132"/>
        <source>cycle not run: the agents are busy or halted</source>
        <translation>ciclo no ejecutado: los agentes están ocupados o detenidos</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="141"/>
        <source>cycle failed: %1</source>
        <translation>el ciclo falló: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="145"/>
        <source>cycle %1 as of %2: %n recommendation(s) queued for approval</source>
        <translation>
            <numerusform>ciclo %1 al %2: %n recomendación en cola para aprobación</numerusform>
            <numerusform>ciclo %1 al %2: %n recomendaciones en cola para aprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="148"/>
        <source>%n of them judged as before: the pending ones were kept, with any approval already given</source>
        <translation>
            <numerusform>%n de ellas juzgada como antes: se conservó la pendiente, con la aprobación ya dada</numerusform>
            <numerusform>%n de ellas juzgadas como antes: se conservaron las pendientes, con las aprobaciones ya dadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="150"/>
        <source>%n active campaign(s) not judged</source>
        <translation>
            <numerusform>%n campaña activa no evaluada</numerusform>
            <numerusform>%n campañas activas no evaluadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="164"/>
        <source>nothing sent: the emergency stop is on; an operator must resume first</source>
        <translation>nada enviado: la parada de emergencia está activa; un operador debe reanudar primero</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="165"/>
        <location filename="../agents/station/stationround.cpp" line="172"/>
        <source>nothing sent: %1</source>
        <translation>nada enviado: %1</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="177"/>
        <source>nothing sent: the dispatcher is busy or halted</source>
        <translation>nada enviado: el despachador está ocupado o detenido</translation>
    </message>
    <message>
        <location filename="../agents/station/stationround.cpp" line="187"/>
        <location filename="../agents/station/stationround.cpp" line="189"/>
        <source>send: %1</source>
        <translation>envío: %1</translation>
    </message>
</context>
<context>
    <name>cp::StoreSession</name>
    <message>
        <location filename="../ui/storesession.cpp" line="130"/>
        <source>this login may no longer read the team workspace (the server says: %1); it was removed from the team or its role changed: ask a team admin, then open the workspace again</source>
        <translation>este inicio de sesión ya no puede leer el espacio de trabajo del equipo (el servidor dice: %1); se quitó del equipo o cambió su rol: pregunte a un administrador del equipo y vuelva a abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="134"/>
        <source>Cannot read the store</source>
        <translation>No se puede leer el almacén de datos</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="160"/>
        <location filename="../ui/storesession.cpp" line="186"/>
        <location filename="../ui/storesession.cpp" line="190"/>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="164"/>
        <source>This workspace is a copy</source>
        <translation>Este espacio de trabajo es una copia</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="170"/>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="170"/>
        <source>The replay workspace keeps what it held before.</source>
        <translation>El espacio de trabajo de reproducción conserva lo que tenía antes.</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="172"/>
        <source>Recording opened</source>
        <translation>Grabación abierta</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="172"/>
        <source>%1, in its replay workspace</source>
        <translation>%1, en su espacio de reproducción</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="193"/>
        <source>This copy is a workspace of its own now</source>
        <translation>Esta copia es ahora un espacio de trabajo propio</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="194"/>
        <source>It has no connections yet (Agents ▸ Connections); %1 keeps its own.</source>
        <translation>Todavía no tiene conexiones (Agentes ▸ Conexiones); %1 conserva las suyas.</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="203"/>
        <location filename="../ui/storesession.cpp" line="206"/>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="203"/>
        <location filename="../ui/storesession.cpp" line="226"/>
        <location filename="../ui/storesession.cpp" line="237"/>
        <source>No workspace is open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="206"/>
        <source>Unknown importer %1</source>
        <translation>Importador desconocido %1</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="211"/>
        <source>Import stopped: the workspace already has some of these days</source>
        <translation>Importación detenida: el espacio de trabajo ya tiene algunos de estos días</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="214"/>
        <source>Import failed: nothing was imported</source>
        <translation>La importación falló: no se importó nada</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="216"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="216"/>
        <source>Nothing from %1 was imported.</source>
        <translation>No se importó nada de %1.</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="217"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="226"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../ui/storesession.cpp" line="237"/>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
</context>
<context>
    <name>cp::TeamIdentityLabel</name>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="24"/>
        <source>Role unknown</source>
        <translation>Rol desconocido</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="28"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="29"/>
        <source>You can read this team workspace; approving needs an operator</source>
        <translation>Puede leer este espacio de equipo; aprobar requiere un operador</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="30"/>
        <source>You approve, reject and send, up to the policy&apos;s daily budget limit</source>
        <translation>Aprueba, rechaza y envía, hasta el límite de presupuesto diario de la política</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="31"/>
        <source>You approve, and set the policy, connections and the team</source>
        <translation>Aprueba y define la política, las conexiones y el equipo</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="32"/>
        <source>You own this workspace&apos;s database</source>
        <translation>Es el propietario de la base de datos de este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="33"/>
        <source>Your database role is in no Campaign Pilot team group</source>
        <translation>Su rol de base de datos no está en ningún grupo de equipo de Campaign Pilot</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="42"/>
        <source>%1 has the role %2 in this team workspace: approving needs an operator</source>
        <translation>%1 tiene el rol %2 en este espacio de equipo: aprobar requiere un operador</translation>
    </message>
    <message>
        <location filename="../ui/teamidentitylabel.cpp" line="49"/>
        <source>%1 has the role %2 in this team workspace: this needs an admin</source>
        <translation>%1 tiene el rol %2 en este espacio de equipo: esto requiere un administrador</translation>
    </message>
</context>
<context>
    <name>cp::TeamLoginDialog</name>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="33"/>
        <source>Keep the password in the system keychain</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="35"/>
        <source>Log in to the team workspace</source>
        <translation>Iniciar sesión en el espacio de equipo</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="44"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="47"/>
        <source>Workspace (database):</source>
        <translation>Espacio de trabajo (base de datos):</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="48"/>
        <source>Log in as:</source>
        <translation>Iniciar sesión como:</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="51"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="52"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="61"/>
        <source>The keychain is switched off (CP_NO_KEYCHAIN=1): the password is kept until Campaign Pilot closes</source>
        <translation>El llavero está desactivado (CP_NO_KEYCHAIN=1): la contraseña se guarda solo hasta que Campaign Pilot se cierre</translation>
    </message>
    <message>
        <location filename="../ui/teamlogindialog.cpp" line="65"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>cp::TeamWorkspaceDialog</name>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="34"/>
        <source>Open team workspace</source>
        <translation>Abrir espacio de equipo</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="41"/>
        <source>db.example.com, or paste a postgresql:// address</source>
        <translation>db.example.com, o pegue una dirección postgresql://</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="44"/>
        <source>campaign_pilot</source>
        <translation>campaign_pilot</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="49"/>
        <source>A team workspace is one shared PostgreSQL database: everyone on the team sees the same queue, and the database decides what your role may do. It is always live.</source>
        <translation>Un espacio de equipo es una base de datos PostgreSQL compartida: todo el equipo ve la misma cola y la base de datos decide qué puede hacer su rol. Siempre es en vivo.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="54"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="55"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="56"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="57"/>
        <source>Your database &amp;role:</source>
        <translation>Su &amp;rol en la base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="58"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="97"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Escriba el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="103"/>
        <source>Finish the address: postgresql://ROLE@SERVER:PORT/DATABASE</source>
        <translation>Complete la dirección: postgresql://ROL@SERVIDOR:PUERTO/BASE_DE_DATOS</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="110"/>
        <source>“%1” is not a server name or address.</source>
        <translation>«%1» no es un nombre ni una dirección de servidor.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="112"/>
        <source>Enter the database&apos;s name.</source>
        <translation>Escriba el nombre de la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="114"/>
        <source>The database name “%1” may hold only letters, digits, “_”, “.” and “-”.</source>
        <translation>El nombre de base de datos «%1» solo puede tener letras, dígitos, «_», «.» y «-».</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="105"/>
        <location filename="../ui/teamworkspacedialog.cpp" line="116"/>
        <source>Enter the database role you log in as (your own, not a shared one).</source>
        <translation>Escriba el rol de base de datos con el que inicia sesión (el suyo, no uno compartido).</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="118"/>
        <source>The role “%1” may hold only letters, digits, “_”, “.” and “-”.</source>
        <translation>El rol «%1» solo puede tener letras, dígitos, «_», «.» y «-».</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="175"/>
        <source>(incomplete)</source>
        <translation>(incompleta)</translation>
    </message>
</context>
</TS>
