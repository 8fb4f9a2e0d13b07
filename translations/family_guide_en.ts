<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation type="vanished">
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message numerus="yes">
        <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
        <translation type="vanished">
            <numerusform>%n content module has mistakes, so what could not be read was left out. Everything else works.</numerusform>
            <numerusform>%n content modules have mistakes, so what could not be read was left out. Everything else works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningSignsPage</name>
    <message numerus="yes">
        <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
        <translation type="vanished">
            <numerusform>%n ticked sign and the next steps will be kept in your journal.</numerusform>
            <numerusform>%n ticked signs and the next steps will be kept in your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s) ticked.</source>
        <translation type="vanished">
            <numerusform>%n sign ticked.</numerusform>
            <numerusform>%n signs ticked.</numerusform>
        </translation>
    </message>
</context>
</TS>
