<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>App</name>
    <message>
        <source>Settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentHtml</name>
    <message>
        <source>Shown in %1: this part is not yet translated into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This translation has not yet been checked by a fluent speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your child should hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your child says...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: we could not confirm this. Check it before you rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>Open outside Family Guide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>Conversation guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides are available for this age yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country in the European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetHelpPage</name>
    <message>
        <source>Help lines and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Someone is in danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Someone is threatening to share images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Report abuse or exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Support for the child and for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not pay and do not send more. Paying rarely stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the messages. Block only after you have written down the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report it, and ask for the images to be taken down (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a short, calm talk. You do not need to know everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the guides to prepare a talk for parents or young people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through a checklist with a family, then share the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get &amp;help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation guide(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning-sign checklist(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, locked with your passphrase. It is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please know its limits: a lock cannot protect against monitoring software, or against someone who manages this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Family Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency numbers and what to do now (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency numbers and what to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That content is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <source>Emergency: someone is in danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report online abuse or exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get images taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n content module(s) could not be loaded and were skipped. Everything else works.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These modules have problems. Their authors can fix them with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith or community leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor, teacher or NGO worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-run setup finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra content modules are loaded from this folder:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;am a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to show the right emergency numbers and help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Family Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningSignsPage</name>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s) ticked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the signs you have noticed to see what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
