<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/history_panel.py" line="+161"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n message</numerusform>
            <numerusform>%1 · %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/main_window.py" line="+249"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%n reply(ies) were cut off when Paddock last closed; their text so far was kept.</source>
        <translation>
            <numerusform>%n reply was cut off when Paddock last closed; its text so far was kept.</numerusform>
            <numerusform>%n replies were cut off when Paddock last closed; their text so far was kept.</numerusform>
        </translation>
    </message>
</context>
</TS>
