<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>%n conversation guide(s)</source>
            <translation>
                <numerusform>%n conversation guide</numerusform>
                <numerusform>%n conversation guides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning-sign checklist(s)</source>
            <translation>
                <numerusform>%n warning-sign checklist</numerusform>
                <numerusform>%n warning-sign checklists</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message numerus="yes">
            <source>%n groups of five letters and digits</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation>
                <numerusform>%n content module has mistakes, so what could not be read was left out. Everything else works.</numerusform>
                <numerusform>%n content modules have mistakes, so what could not be read was left out. Everything else works.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n minute without use</numerusform>
                <numerusform>%n minutes without use</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WarningSignsPage</name>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation>
                <numerusform>%n ticked sign and the next steps will be kept in your journal.</numerusform>
                <numerusform>%n ticked signs and the next steps will be kept in your journal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation>
                <numerusform>%n sign ticked.</numerusform>
                <numerusform>%n signs ticked.</numerusform>
            </translation>
        </message>
    </context>
</TS>
