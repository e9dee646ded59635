<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Agents</name>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="156"/>
        <source>One of a set of %n budget change(s) in this cycle moving %1 a day from poor performers to winners within the total daily budget %2.</source>
        <translation>
            <numerusform>One of a set of %n budget change in this cycle moving %1 a day from poor performers to winners within the total daily budget %2.</numerusform>
            <numerusform>One of a set of %n budget changes in this cycle moving %1 a day from poor performers to winners within the total daily budget %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="569"/>
        <source>the last day the ad account was read whole; the shop was last read whole on %1, more than %n day(s) before, and is left out</source>
        <translation>
            <numerusform>the last day the ad account was read whole; the shop was last read whole on %1, more than %n day before, and is left out</numerusform>
            <numerusform>the last day the ad account was read whole; the shop was last read whole on %1, more than %n days before, and is left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="572"/>
        <source>the last day the shop was read whole; the ad account was last read whole on %1, more than %n day(s) before, and is left out</source>
        <translation>
            <numerusform>the last day the shop was read whole; the ad account was last read whole on %1, more than %n day before, and is left out</numerusform>
            <numerusform>the last day the shop was read whole; the ad account was last read whole on %1, more than %n days before, and is left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="701"/>
        <source>the store&apos;s own figures for the last %n day(s)</source>
        <translation>
            <numerusform>the store&apos;s own figures for the last %n day</numerusform>
            <numerusform>the store&apos;s own figures for the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1140"/>
        <source>%n comparable product(s) without a campaign moved ×%1 over the same days</source>
        <translation>
            <numerusform>%n comparable product without a campaign moved ×%1 over the same days</numerusform>
            <numerusform>%n comparable products without a campaign moved ×%1 over the same days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1143"/>
        <source>Uplift: %1 units a day against the %2 it would have sold without the campaign (90 % interval %3 to %4, over %n day(s); %5).</source>
        <translation>
            <numerusform>Uplift: %1 units a day against the %2 it would have sold without the campaign (90 % interval %3 to %4, over %n day; %5).</numerusform>
            <numerusform>Uplift: %1 units a day against the %2 it would have sold without the campaign (90 % interval %3 to %4, over %n days; %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1194"/>
        <source>Expected effect on profit: %1 a day (the spend saved less the revenue given up; 90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n day(s).</source>
        <translation>
            <numerusform>Expected effect on profit: %1 a day (the spend saved less the revenue given up; 90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n day.</numerusform>
            <numerusform>Expected effect on profit: %1 a day (the spend saved less the revenue given up; 90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/agents.cpp" line="1200"/>
        <source>Expected effect on profit: %1 a day if the added budget earns at today&apos;s ROAS (90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n day(s).</source>
        <translation>
            <numerusform>Expected effect on profit: %1 a day if the added budget earns at today&apos;s ROAS (90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n day.</numerusform>
            <numerusform>Expected effect on profit: %1 a day if the added budget earns at today&apos;s ROAS (90 % interval %2 to %3, confidence %4), from the platform&apos;s attributed figures over the campaign&apos;s %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../agents/charts/chartqueries.cpp" line="70"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="209"/>
        <source>Cycle %1 as of %2: %n recommendation(s) queued for approval; nothing was sent.</source>
        <translation>
            <numerusform>Cycle %1 as of %2: %n recommendation queued for approval; nothing was sent.</numerusform>
            <numerusform>Cycle %1 as of %2: %n recommendations queued for approval; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="214"/>
        <source>%n of them judged as before: the pending ones were kept, with any approval already given.</source>
        <translation>
            <numerusform>%n of them judged as before: the pending one was kept, with any approval already given.</numerusform>
            <numerusform>%n of them judged as before: the pending ones were kept, with any approval already given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_cycle.cpp" line="228"/>
        <source>%n active campaign(s) not judged:</source>
        <translation>
            <numerusform>%n active campaign not judged:</numerusform>
            <numerusform>%n active campaigns not judged:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_simulate.cpp" line="104"/>
        <source>%1 (%2): spend %3, revenue %4, profit %5 (new campaigns %6), %n action(s)%7</source>
        <translation>
            <numerusform>%1 (%2): spend %3, revenue %4, profit %5 (new campaigns %6), %n action%7</numerusform>
            <numerusform>%1 (%2): spend %3, revenue %4, profit %5 (new campaigns %6), %n actions%7</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_audit.cpp" line="34"/>
        <source>%n entry(ies) before it verified.</source>
        <translation>
            <numerusform>%n entry before it verified.</numerusform>
            <numerusform>%n entries before it verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_audit.cpp" line="37"/>
        <source>audit log: %n entry(ies) verified; the chain is intact.</source>
        <translation>
            <numerusform>audit log: %n entry verified; the chain is intact.</numerusform>
            <numerusform>audit log: %n entries verified; the chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="149"/>
        <source>%n recommendation(s):</source>
        <translation>
            <numerusform>%n recommendation:</numerusform>
            <numerusform>%n recommendations:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="150"/>
        <source>%n recommendation(s) wait for a decision:</source>
        <translation>
            <numerusform>%n recommendation waits for a decision:</numerusform>
            <numerusform>%n recommendations wait for a decision:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="158"/>
        <source>  %n of them spend or stop money (the window&apos;s Decisions count);</source>
        <translation>
            <numerusform>  %n of them spends or stops money (the window&apos;s Decisions count);</numerusform>
            <numerusform>  %n of them spend or stop money (the window&apos;s Decisions count);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_queue.cpp" line="159"/>
        <source>%n only watch (nothing to send)</source>
        <translation>
            <numerusform>%n only watches (nothing to send)</numerusform>
            <numerusform>%n only watch (nothing to send)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyAdsImporter</name>
    <message numerus="yes">
        <location filename="../agents/import/dailyadsimporter.cpp" line="129"/>
        <source>the row covers %1 to %2 (%n day(s)), not one day: export the report broken down by day (Ads Manager: Breakdown ▸ By time ▸ Day)</source>
        <translation>
            <numerusform>the row covers %1 to %2 (%n day), not one day: export the report broken down by day (Ads Manager: Breakdown ▸ By time ▸ Day)</numerusform>
            <numerusform>the row covers %1 to %2 (%n days), not one day: export the report broken down by day (Ads Manager: Breakdown ▸ By time ▸ Day)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="683"/>
        <source>cycle %1 judged %n pending recommendation(s) with nothing to send as before and kept them: %2</source>
        <translation>
            <numerusform>cycle %1 judged %n pending recommendation with nothing to send as before and kept it: %2</numerusform>
            <numerusform>cycle %1 judged %n pending recommendations with nothing to send as before and kept them: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="706"/>
        <source>cycle %1 recommended %n with nothing to send (%2): %3</source>
        <translation>
            <numerusform>cycle %1 recommended %n with nothing to send (%2): %3</numerusform>
            <numerusform>cycle %1 recommended %n with nothing to send (%2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/decisionstore.cpp" line="1146"/>
        <source>cycle %1 proposed again what %n pending recommendation(s) propose that an operator approved already, and kept them with that approval: %2</source>
        <translation>
            <numerusform>cycle %1 proposed again what %n pending recommendation proposes that an operator approved already, and kept it with that approval: %2</numerusform>
            <numerusform>cycle %1 proposed again what %n pending recommendations propose that an operator approved already, and kept them with that approval: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message numerus="yes">
        <location filename="../agents/dispatcher.cpp" line="296"/>
        <source>; held back %n (an earlier action on the same campaign is not settled)</source>
        <translation>
            <numerusform>; held back %n (an earlier action on the same campaign is not settled)</numerusform>
            <numerusform>; held back %n (an earlier action on the same campaign is not settled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/dispatcher.cpp" line="299"/>
        <source>; left to another sender %n</source>
        <translation>
            <numerusform>; left to another sender %n</numerusform>
            <numerusform>; left to another sender %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="117"/>
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="229"/>
        <source>no complete answer within this request&apos;s deadline of %1 s (%n attempt(s))%2</source>
        <translation>
            <numerusform>no complete answer within this request&apos;s deadline of %1 s (%n attempt)%2</numerusform>
            <numerusform>no complete answer within this request&apos;s deadline of %1 s (%n attempts)%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="317"/>
        <source>no complete answer within this request&apos;s deadline of %1 s (%n attempt(s), the last one cut off)</source>
        <translation>
            <numerusform>no complete answer within this request&apos;s deadline of %1 s (%n attempt, the last one cut off)</numerusform>
            <numerusform>no complete answer within this request&apos;s deadline of %1 s (%n attempts, the last one cut off)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/httpclient.cpp" line="386"/>
        <source>HTTP %1 after %n attempt(s)</source>
        <translation>
            <numerusform>HTTP %1 after %n attempt</numerusform>
            <numerusform>HTTP %1 after %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="226"/>
        <source>%n product(s) written</source>
        <translation>
            <numerusform>%n product written</numerusform>
            <numerusform>%n products written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="228"/>
        <source>%n product day(s) written</source>
        <translation>
            <numerusform>%n product day written</numerusform>
            <numerusform>%n product days written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="230"/>
        <source>%n campaign(s) written</source>
        <translation>
            <numerusform>%n campaign written</numerusform>
            <numerusform>%n campaigns written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="232"/>
        <source>%n campaign day(s) written</source>
        <translation>
            <numerusform>%n campaign day written</numerusform>
            <numerusform>%n campaign days written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="234"/>
        <source>%n ad(s) written</source>
        <translation>
            <numerusform>%n ad written</numerusform>
            <numerusform>%n ads written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="242"/>
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="246"/>
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n bad row skipped</numerusform>
            <numerusform>%n bad rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/importer.cpp" line="1190"/>
        <source>%1 (%2, %n column(s) matched)</source>
        <translation>
            <numerusform>%1 (%2, %n column matched)</numerusform>
            <numerusform>%1 (%2, %n columns matched)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="217"/>
        <source>%n campaign(s) reached the end of their %1-day evaluation window (%2 paid for themselves beyond doubt, %3 lost money beyond doubt).</source>
        <translation>
            <numerusform>%n campaign reached the end of its %1-day evaluation window (%2 paid for themselves beyond doubt, %3 lost money beyond doubt).</numerusform>
            <numerusform>%n campaigns reached the end of their %1-day evaluation window (%2 paid for themselves beyond doubt, %3 lost money beyond doubt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="223"/>
        <source>The %n the policy said to keep running earned %1 a day together (90 % interval %2 to %3).</source>
        <translation>
            <numerusform>The %n the policy said to keep running earned %1 a day (90 % interval %2 to %3).</numerusform>
            <numerusform>The %n the policy said to keep running earned %1 a day together (90 % interval %2 to %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="227"/>
        <source>The %n it said to pause earned %1 a day together while they ran (90 % interval %2 to %3).</source>
        <translation>
            <numerusform>The %n it said to pause earned %1 a day while it ran (90 % interval %2 to %3).</numerusform>
            <numerusform>The %n it said to pause earned %1 a day together while they ran (90 % interval %2 to %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="232"/>
        <source>Where the policy had predicted a campaign&apos;s profit (%n campaign(s)), it predicted %1 a day on average and %2 a day happened.</source>
        <translation>
            <numerusform>Where the policy had predicted a campaign&apos;s profit (%n campaign), it predicted %1 a day on average and %2 a day happened.</numerusform>
            <numerusform>Where the policy had predicted a campaign&apos;s profit (%n campaigns), it predicted %1 a day on average and %2 a day happened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="253"/>
        <source>The workspace&apos;s history is too short for a backtest (%n day(s) after the baseline).</source>
        <translation>
            <numerusform>The workspace&apos;s history is too short for a backtest (%n day after the baseline).</numerusform>
            <numerusform>The workspace&apos;s history is too short for a backtest (%n days after the baseline).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="330"/>
        <source>none of the %n nearby policies tried earns at least %1 more (%2 % of the spend): nothing to propose.</source>
        <translation>
            <numerusform>the %n nearby policy tried does not earn at least %1 more (%2 % of the spend): nothing to propose.</numerusform>
            <numerusform>none of the %n nearby policies tried earns at least %1 more (%2 % of the spend): nothing to propose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/cycle/learning.cpp" line="365"/>
        <source>the proposed one %1 for %2 (%3 more; %4 actions against %5). Of %n nearby policies tried this one earns most.</source>
        <translation>
            <numerusform>the proposed one %1 for %2 (%3 more; %4 actions against %5). It is the %n nearby policy tried.</numerusform>
            <numerusform>the proposed one %1 for %2 (%3 more; %4 actions against %5). Of %n nearby policies tried this one earns most.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveFetch</name>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="483"/>
        <source>%n order(s) in %1, not the shop&apos;s %2, were not counted (orders %3)</source>
        <translation>
            <numerusform>%n order in %1, not the shop&apos;s %2, was not counted (order %3)</numerusform>
            <numerusform>%n orders in %1, not the shop&apos;s %2, were not counted (orders %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="498"/>
        <source>%n order(s) changed since the last refresh (a refund or cancellation) belong to days before the re-read window: %1 read again whole</source>
        <translation>
            <numerusform>%n order changed since the last refresh (a refund or cancellation) belongs to days before the re-read window: %1 read again whole</numerusform>
            <numerusform>%n orders changed since the last refresh (a refund or cancellation) belong to days before the re-read window: %1 read again whole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="505"/>
        <source>%n order(s) partly refunded: the refunds are taken off the day of the sale</source>
        <translation>
            <numerusform>%n order partly refunded: the refunds are taken off the day of the sale</numerusform>
            <numerusform>%n orders partly refunded: the refunds are taken off the day of the sale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livefetch.cpp" line="772"/>
        <source>%n product(s): the analytics&apos; time_range was not understood; their comparison windows were not kept</source>
        <translation>
            <numerusform>%n product: the analytics&apos; time_range was not understood; its comparison windows were not kept</numerusform>
            <numerusform>%n products: the analytics&apos; time_range was not understood; their comparison windows were not kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="496"/>
        <source>%n product-day(s) no longer have orders (refunded or cancelled since): now 0</source>
        <translation>
            <numerusform>%n product-day no longer has orders (refunded or cancelled since): now 0</numerusform>
            <numerusform>%n product-days no longer have orders (refunded or cancelled since): now 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="499"/>
        <source>%n day(s) of sales for products not in the catalog were not written</source>
        <translation>
            <numerusform>%n day of sales for a product not in the catalog was not written</numerusform>
            <numerusform>%n days of sales for products not in the catalog were not written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="563"/>
        <source>%n campaign(s) kept their earlier figures because theirs could not be fetched (%1); the next refresh asks for the days of its re-read window again</source>
        <translation>
            <numerusform>%n campaign kept its earlier figures because its own could not be fetched (%1); the next refresh asks for the days of its re-read window again</numerusform>
            <numerusform>%n campaigns kept their earlier figures because theirs could not be fetched (%1); the next refresh asks for the days of its re-read window again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="569"/>
        <source>%n product(s) kept their earlier figures because their fetch failed (%1)</source>
        <translation>
            <numerusform>%n product kept its earlier figures because its fetch failed (%1)</numerusform>
            <numerusform>%n products kept their earlier figures because their fetch failed (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="658"/>
        <source>%n past campaign-day(s) restated by the platform since they were read (%1): %2; the newest figures are kept</source>
        <translation>
            <numerusform>%n past campaign-day restated by the platform since it was read (%1): %2; the newest figures are kept</numerusform>
            <numerusform>%n past campaign-days restated by the platform since they were read (%1): %2; the newest figures are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/live/livesync.cpp" line="680"/>
        <source>%n campaign-day(s) that Meta no longer reports (no delivery left on that day) were removed</source>
        <translation>
            <numerusform>%n campaign-day that Meta no longer reports (no delivery left on that day) was removed</numerusform>
            <numerusform>%n campaign-days that Meta no longer reports (no delivery left on that day) were removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetaApi</name>
    <message numerus="yes">
        <location filename="../agents/tools/metaapi.cpp" line="291"/>
        <source>Meta throttles this ad account: %1; still refused after %n attempt(s), try again in a few minutes</source>
        <translation>
            <numerusform>Meta throttles this ad account: %1; still refused after %n attempt, try again in a few minutes</numerusform>
            <numerusform>Meta throttles this ad account: %1; still refused after %n attempts, try again in a few minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="581"/>
        <source>%1, with %n action(s) applied in replay</source>
        <translation>
            <numerusform>%1, with %n action applied in replay</numerusform>
            <numerusform>%1, with %n actions applied in replay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="582"/>
        <source>campaign-pilot export-recording of the replay of %1 (%2), after %n approved action(s) were applied to its recorded campaigns</source>
        <translation>
            <numerusform>campaign-pilot export-recording of the replay of %1 (%2), after %n approved action was applied to its recorded campaigns</numerusform>
            <numerusform>campaign-pilot export-recording of the replay of %1 (%2), after %n approved actions were applied to its recorded campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/import/recording.cpp" line="595"/>
        <source>%n campaign(s) have only an ad export&apos;s lifetime totals (%1 spent in all), not daily figures: a recording holds days, so their figures are not in it (their campaigns are). Import a daily report of them to export their days.</source>
        <translation>
            <numerusform>%n campaign has only an ad export&apos;s lifetime totals (%1 spent in all), not daily figures: a recording holds days, so its figures are not in it (the campaign is). Import a daily report of it to export its days.</numerusform>
            <numerusform>%n campaigns have only an ad export&apos;s lifetime totals (%1 spent in all), not daily figures: a recording holds days, so their figures are not in it (their campaigns are). Import a daily report of them to export their days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="654"/>
        <source>the store reports sales %1 and page views %2 over the last %n day(s) against the %n before (as of %3)</source>
        <translation>
            <numerusform>the store reports sales %1 and page views %2 over the last %n day against the %n before (as of %3)</numerusform>
            <numerusform>the store reports sales %1 and page views %2 over the last %n days against the %n before (as of %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="664"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="806"/>
        <source>The campaign is %n day(s) old, inside its %1-day learning period.</source>
        <translation>
            <numerusform>The campaign is %n day old, inside its %1-day learning period.</numerusform>
            <numerusform>The campaign is %n days old, inside its %1-day learning period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="810"/>
        <source>Only %n day(s) of campaign figures; %1 are needed.</source>
        <translation>
            <numerusform>Only %n day of campaign figures; %1 are needed.</numerusform>
            <numerusform>Only %n days of campaign figures; %1 are needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="824"/>
        <source>(The newest %n day(s) are left out: their conversions are not final yet.)</source>
        <translation>
            <numerusform>(The newest %n day is left out: its conversions are not final yet.)</numerusform>
            <numerusform>(The newest %n days are left out: their conversions are not final yet.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="891"/>
        <source>Not enough data to act yet: %n conversion(s) and %1 spent (needs %2 and %3).</source>
        <translation>
            <numerusform>Not enough data to act yet: %n conversion and %1 spent (needs %2 and %3).</numerusform>
            <numerusform>Not enough data to act yet: %n conversions and %1 spent (needs %2 and %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="979"/>
        <source>needs about %n more day(s) at this volume</source>
        <translation>
            <numerusform>needs about %n more day at this volume</numerusform>
            <numerusform>needs about %n more days at this volume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/rules.cpp" line="982"/>
        <source>more days at this volume will not settle it within the %n-day window</source>
        <translation>
            <numerusform>more days at this volume will not settle it within the %n-day window</numerusform>
            <numerusform>more days at this volume will not settle it within the %n-day window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Safeguards</name>
    <message numerus="yes">
        <location filename="../agents/rules/safeguards.cpp" line="163"/>
        <source>Held back: %1 approved a budget raise on %2; the next raise waits %n day(s), until the campaign&apos;s uplift window holds only days at the raised budget. Proposed again from %3.</source>
        <translation>
            <numerusform>Held back: %1 approved a budget raise on %2; the next raise waits %n day, until the campaign&apos;s uplift window holds only days at the raised budget. Proposed again from %3.</numerusform>
            <numerusform>Held back: %1 approved a budget raise on %2; the next raise waits %n days, until the campaign&apos;s uplift window holds only days at the raised budget. Proposed again from %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/rules/safeguards.cpp" line="255"/>
        <source>Held back: %1 approved a new campaign for this product on %2, and it was sent (or marked applied), but the workspace does not show it running: refresh live data or import the campaign list. Another would run beside it. Proposed again from %3, when that campaign&apos;s %n day(s) are over.</source>
        <translation>
            <numerusform>Held back: %1 approved a new campaign for this product on %2, and it was sent (or marked applied), but the workspace does not show it running: refresh live data or import the campaign list. Another would run beside it. Proposed again from %3, when that campaign&apos;s %n day is over.</numerusform>
            <numerusform>Held back: %1 approved a new campaign for this product on %2, and it was sent (or marked applied), but the workspace does not show it running: refresh live data or import the campaign list. Another would run beside it. Proposed again from %3, when that campaign&apos;s %n days are over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WooCommerceApi</name>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="181"/>
        <source>X-WP-TotalPages is 0 but the page holds %n item(s)</source>
        <translation>
            <numerusform>X-WP-TotalPages is 0 but the page holds %n item</numerusform>
            <numerusform>X-WP-TotalPages is 0 but the page holds %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="210"/>
        <source>the list kept shrinking while it was read (entries removed meanwhile, %n attempt(s)); nothing was kept, try again</source>
        <translation>
            <numerusform>the list kept shrinking while it was read (entries removed meanwhile, %n attempt); nothing was kept, try again</numerusform>
            <numerusform>the list kept shrinking while it was read (entries removed meanwhile, %n attempts); nothing was kept, try again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="257"/>
        <source>the server counts %1 entries (X-WP-Total) but its pages held %2 different ones (a page served twice or left out, %n attempt(s)); nothing was kept, try again</source>
        <translation>
            <numerusform>the server counts %1 entries (X-WP-Total) but its pages held %2 different ones (a page served twice or left out, %n attempt); nothing was kept, try again</numerusform>
            <numerusform>the server counts %1 entries (X-WP-Total) but its pages held %2 different ones (a page served twice or left out, %n attempts); nothing was kept, try again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="552"/>
        <source>%n product(s) not published (draft, pending or private) left out of the catalog</source>
        <translation>
            <numerusform>%n product not published (draft, pending or private) left out of the catalog</numerusform>
            <numerusform>%n products not published (draft, pending or private) left out of the catalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="555"/>
        <source>%n product(s) out of stock: stock 0, not promoted</source>
        <translation>
            <numerusform>%n product out of stock: stock 0, not promoted</numerusform>
            <numerusform>%n products out of stock: stock 0, not promoted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="557"/>
        <source>%n product(s) on backorder counted as 0 in stock (they can be ordered, not shipped now)</source>
        <translation>
            <numerusform>%n product on backorder counted as 0 in stock (it can be ordered, not shipped now)</numerusform>
            <numerusform>%n products on backorder counted as 0 in stock (they can be ordered, not shipped now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/tools/woocommerceapi.cpp" line="1016"/>
        <source>%n order line(s) of deleted products not counted</source>
        <translation>
            <numerusform>%n order line of a deleted product not counted</numerusform>
            <numerusform>%n order lines of deleted products not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::AuditPane</name>
    <message numerus="yes">
        <location filename="../ui/auditpane.cpp" line="113"/>
        <source>Audit log exported: %n entry(s) to %1</source>
        <translation>
            <numerusform>Audit log exported: %n entry to %1</numerusform>
            <numerusform>Audit log exported: %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::CatalogPane</name>
    <message numerus="yes">
        <location filename="../ui/catalogpane.cpp" line="78"/>
        <source>Views, units and revenue: %1 – %2 (the last %n day(s) of data)</source>
        <translation>
            <numerusform>Views, units and revenue: %1 – %2 (the last %n day of data)</numerusform>
            <numerusform>Views, units and revenue: %1 – %2 (the last %n days of data)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogpane.cpp" line="88"/>
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 of %n product</numerusform>
            <numerusform>%1 of %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::DecisionQueuePane</name>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="134"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="284"/>
        <source>Why are %1 rejected? (one reason for all %n)</source>
        <translation>
            <numerusform>Why is %1 rejected? (one reason for all %n)</numerusform>
            <numerusform>Why are %1 rejected? (one reason for all %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="955"/>
        <source>&lt;p&gt;%n recommendation(s) selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n recommendation selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n recommendations selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionqueuepane.cpp" line="982"/>
        <source>&lt;p&gt;&lt;small&gt;Ad copy %1; %n version(s) to choose from (Ad copy…).&lt;/small&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;small&gt;Ad copy %1; %n version to choose from (Ad copy…).&lt;/small&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;small&gt;Ad copy %1; %n versions to choose from (Ad copy…).&lt;/small&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="683"/>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>%n action(s) approved and queued to send</source>
        <translation>
            <numerusform>%n action approved and queued to send</numerusform>
            <numerusform>%n actions approved and queued to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>Campaign Pilot — %n decision(s) wait</source>
        <translation>
            <numerusform>Campaign Pilot — %n decision waits</numerusform>
            <numerusform>Campaign Pilot — %n decisions wait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="751"/>
        <source>%n decision(s) wait for you</source>
        <translation>
            <numerusform>%n decision waits for you</numerusform>
            <numerusform>%n decisions wait for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1165"/>
        <source>Cycle done as of %1: %n recommendation(s) wait in Decisions</source>
        <translation>
            <numerusform>Cycle done as of %1: %n recommendation waits in Decisions</numerusform>
            <numerusform>Cycle done as of %1: %n recommendations wait in Decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1181"/>
        <source>%n new recommendation(s)</source>
        <translation>
            <numerusform>%n new recommendation</numerusform>
            <numerusform>%n new recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>%n pending action(s) refused by the ad platform&apos;s dry run: see Decisions</source>
        <translation>
            <numerusform>%n pending action refused by the ad platform&apos;s dry run: see Decisions</numerusform>
            <numerusform>%n pending actions refused by the ad platform&apos;s dry run: see Decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1169"/>
        <source>; %n active campaign(s) not judged — %1</source>
        <translation>
            <numerusform>; %n active campaign not judged — %1</numerusform>
            <numerusform>; %n active campaigns not judged — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1231"/>
        <source>This window is halted; the workspace&apos;s stop is not stored yet (the store cannot be written), so other windows and stations may go on. It is stored as soon as the store can be written (tried every %n second(s)). Click to resume.</source>
        <translation>
            <numerusform>This window is halted; the workspace&apos;s stop is not stored yet (the store cannot be written), so other windows and stations may go on. It is stored as soon as the store can be written (tried every %n second). Click to resume.</numerusform>
            <numerusform>This window is halted; the workspace&apos;s stop is not stored yet (the store cannot be written), so other windows and stations may go on. It is stored as soon as the store can be written (tried every %n seconds). Click to resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1329"/>
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n failed</numerusform>
            <numerusform>; %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1393"/>
        <source>Entry %1 (%2, %3) does not match: %4. It was changed, removed or inserted after it was written; %n entry(ies) before it verified.</source>
        <translation>
            <numerusform>Entry %1 (%2, %3) does not match: %4. It was changed, removed or inserted after it was written; %n entry before it verified.</numerusform>
            <numerusform>Entry %1 (%2, %3) does not match: %4. It was changed, removed or inserted after it was written; %n entries before it verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1401"/>
        <source>%n entry(ies) verified: the chain is intact. Newest hash %1 (keep it elsewhere to notice a log rewritten as a whole).</source>
        <translation>
            <numerusform>%n entry verified: the chain is intact. Newest hash %1 (keep it elsewhere to notice a log rewritten as a whole).</numerusform>
            <numerusform>%n entries verified: the chain is intact. Newest hash %1 (keep it elsewhere to notice a log rewritten as a whole).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::OverviewPane</name>
    <message numerus="yes">
        <location filename="../ui/overviewpane.cpp" line="135"/>
        <source>%n send(s) failed or unconfirmed: Decisions ▸ Send needs you</source>
        <translation>
            <numerusform>%n send failed or unconfirmed: Decisions ▸ Send needs you</numerusform>
            <numerusform>%n sends failed or unconfirmed: Decisions ▸ Send needs you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpane.cpp" line="248"/>
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n day)</numerusform>
            <numerusform>%1 – %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpane.cpp" line="250"/>
        <source>, %n campaign(s) with spend</source>
        <translation>
            <numerusform>, %n campaign with spend</numerusform>
            <numerusform>, %n campaigns with spend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::RecommendationModel</name>
    <message numerus="yes">
        <location filename="../models/recommendationmodel.cpp" line="239"/>
        <source>No daily figures for the last %n day(s)</source>
        <translation>
            <numerusform>No daily figures for the last %n day</numerusform>
            <numerusform>No daily figures for the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::Station</name>
    <message numerus="yes">
        <location filename="../agents/station/station.cpp" line="144"/>
        <source>station stopped after %n round(s)</source>
        <translation>
            <numerusform>station stopped after %n round</numerusform>
            <numerusform>station stopped after %n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::StationRound</name>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="145"/>
        <source>cycle %1 as of %2: %n recommendation(s) queued for approval</source>
        <translation>
            <numerusform>cycle %1 as of %2: %n recommendation queued for approval</numerusform>
            <numerusform>cycle %1 as of %2: %n recommendations queued for approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="148"/>
        <source>%n of them judged as before: the pending ones were kept, with any approval already given</source>
        <translation>
            <numerusform>%n of them judged as before: the pending one was kept, with any approval already given</numerusform>
            <numerusform>%n of them judged as before: the pending ones were kept, with any approval already given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agents/station/stationround.cpp" line="150"/>
        <source>%n active campaign(s) not judged</source>
        <translation>
            <numerusform>%n active campaign not judged</numerusform>
            <numerusform>%n active campaigns not judged</numerusform>
        </translation>
    </message>
</context>
</TS>
