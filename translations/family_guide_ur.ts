<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
    <context>
        <name>App</name>
        <message>
            <source>Family Guide is already open. Look for its window, or its button on the taskbar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file names a country that is not in the list (%1). Help for “Another country” is shown until you choose your country in Settings.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContentHtml</name>
        <message>
            <source>Shown in %1: this part is not yet translated into %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This translation has not yet been checked by a fluent speaker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The English text changed after this was translated: the parts marked may be out of date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Translation checked by %1 on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The English text changed after this was translated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For you, not to say to your child:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ages %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For this age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ways to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What your child should hear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If your child says...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what you might say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What not to say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afterwards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signs to watch for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this may mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this does not mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write down usernames, profile links, phone numbers, dates and the apps or games used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the messages. Do not delete them, or the account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block the account only after you have written the details down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not pay, and do not send anything more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeping evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation guides that can help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked live on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caution: we could not confirm this. Check it before you rely on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found in one source only: check this number locally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1, dated %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContentView</name>
        <message>
            <source>Copied: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This opens your web browser at this address:

%1

Website: %2

Family Guide itself never connects to the internet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open outside Family Guide?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <source>Conversation guides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hild's age:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Written for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the guides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guide text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We &amp;talked about this...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write down in your private journal that you had this talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all &amp;answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print this guide as a one- or two-page handout, or save it as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 this year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No guide matches. Try other words, or choose “All topics”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No guides are available for this age yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This guide, ages %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that you talked about “%1” (ages %2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CounselorForm</name>
        <message>
            <source>Your details on handouts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact li&amp;ne:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose lo&amp;go...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remo&amp;ve logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a logo (PNG or JPEG, up to 2 MB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A logo is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No logo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation name will be cut to %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact line will be cut to %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo was saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Another country</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GetHelpPage</name>
        <message>
            <source>Copied to the clipboard: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help lines and reporting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print these help lines, or save them as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds of help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These facts come from public pages we read; no one called the numbers to check them. Numbers change: if one does not work, call the emergency number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>For parents and carers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For young people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our family safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one or two languages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose two different languages, or only one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The content '%1' is not loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This content has no text in %1 yet. Choose another language, or make a handout in one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This content has no text in %1 yet, so it is shown in English.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation name is too long for a handout; it was cut short.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact line is too long for a handout; it was cut short.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown in English: this part is not yet translated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This guide has no part for ages %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This guide has nothing written for young people of ages %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Things to remember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People I can tell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to get help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklists are written for adults. Make this handout for parents and carers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some items are shown in English: not yet translated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This checklist has no guidance called '%1'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to get help in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If a child is in danger now, call the emergency number first. Then use the services below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We made this plan together. Keep it where everyone can see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People I can tell if something feels wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our agreements about apps, games and phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our agreements about meeting people from online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If someone threatens you or asks for pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop replying. Do not pay, and do not send anything more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not delete the messages or the account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell one of the people above straight away. You will not be in trouble.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We report it together. It is never your fault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed and dated:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No country was chosen. These services work anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We have no help lines for %1 yet. These services work anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read as a picture: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is %2 x %3 pixels; a logo may be at most %4 x %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a PNG or JPEG picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is larger than %2 MB, the most a logo may be.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A5 (half of A4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Handout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Second language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;For:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;view...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None (one language)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpHours</name>
        <message>
            <source>24 hours a day, every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>24 hours a day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Call %1 now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call your local emergency number now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a place of worship which number to call, and keep it by your phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported, not confirmed: %1. Check it locally before you rely on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A child is in danger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their name is ... They are ... years old.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They may be at ... (an address, a place, or the app they are using).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is happening: ... (a meeting, a threat, they are missing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My name is ... My phone number is ...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to say when they answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get help now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is happening?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Someone is in danger now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. A child may hurt themselves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Someone is threatening to share images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. Report abuse or exploitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5. Support for the child and for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the number %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your country at the top to see its emergency numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency numbers in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone is in danger now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If a child may hurt themselves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If they are hurt or in danger now, call the emergency number above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay with them. Do not leave them alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen calmly. Tell them you are glad they told you and you will get help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you can, move things they could use to hurt themselves out of reach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call a crisis line together, now or as soon as you can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If someone threatens to share images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not pay and do not send more. Paying rarely stops it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the messages. Block only after you have written down the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report it, and ask for the images to be taken down (below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report abuse or exploitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support for the child and for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No crisis line is listed for %1. Call the emergency number, or a child help line:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These services work from anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No national service of this kind was confirmed for %1. The services below work from anywhere; a child help line or the police can also advise.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with a short, calm talk. You do not need to know everything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the guides to prepare a talk for parents or young people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk through a checklist with a family, then share the next steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start a conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check &amp;warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get &amp;help now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n conversation guide(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning-sign checklist(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Conversation plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;fewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all &amp;topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topics that suit each child's age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your children in the journal to see which topics suit their age.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock your journal to see each child's conversation plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock the &amp;journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up the &amp;journal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at least %1 characters. A short sentence is easy to remember.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: a short sentence you can remember works well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your private journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also make a recovery &amp;key, in case I forget the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use no passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand, and choose no passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick “I understand” to use the journal without a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be created: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use my recovery key &amp;instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That recovery key does not open this journal. Check each group of letters. If you are sure it is right, the key file may be damaged: restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase does not open this journal. Check Caps Lock and try again. If you are sure it is right, the key file may be damaged: use your recovery key, or restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock your journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up a private journal?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Child</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A nickname is enough</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Roblox, TikTok, WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nickname:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Apps and games:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please give a nickname.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add child</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (born %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the entries too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove child</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove %1? What should happen to the journal entries about them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No child chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save to journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;child...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said, how it went, what to do next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hild:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also change the &amp;encryption key (makes a new recovery key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups made before this change still open with the old passphrase or recovery key. Delete old backups you no longer need.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a recovery &amp;key instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase or recovery key of the backup:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal's backups folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup has no passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup was made when the journal had no passphrase, so it is not encrypted with one. After restoring it, anyone who can use this computer account can open the journal, until you set a passphrase again (More, Change passphrase). Restore it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, then deleted. It is in:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;oncern:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note&amp;s:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words to find this again, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an entry, or start a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serious concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App, game or site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The other person's username or profile link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the evidence is kept (never a copy of a sexual image)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports made, and their reference numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: the journal is locked. Unlock it, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That does not open this backup. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be restored: %1. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key for your Family Guide journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print this key...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key on paper instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key can only be printed on paper, not saved to a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guide: %1 (ages %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next steps shown: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signs ticked:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same signs as last time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No longer ticked: %1</source>
            <translation type="unfinished" />
        </message>
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
        <message>
            <source>Private journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, encrypted and locked with your passphrase. It can become a clear report if you go to the police or a counselor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Set up a private journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Children...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide and &amp;lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the journal at once and go to the home screen (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search all entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show entries about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Timeline and report...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a &amp;backup...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore a backup...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change &amp;passphrase...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All children</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry is deleted for good. It cannot be brought back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family Guide backups (*%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal has no passphrase, so this backup is not protected: anyone who has the file can open it. Keep it where only you can reach it, or set a passphrase first and make a new backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a backup</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Get help now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency numbers and what to do now (F1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency numbers and what to do now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide and lock the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That content is not available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Need</name>
        <message>
            <source>Emergency: someone is in danger now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A child may hurt themselves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report online abuse or exploitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get images taken down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trafficking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support for the child</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support for you</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folders not read because there are too many modules in one folder: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These modules have problems. Their authors can fix them with the details below.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PacksPanel</name>
        <message>
            <source>Content packs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported content packs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No content packs are imported. Organisations can share guides and workshops as a pack file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I&amp;mport a pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2, by %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modules: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by %1, a known signer (key %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by an unknown key (%1) that says it is from “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a content pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack was not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is imported. Its guides are now in the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by %1, a signer this computer knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack is not signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe links, but not for whether its advice is right. Import it only if you got it from someone you trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack: %1, version %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made by: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It replaces the imported version %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import this pack?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this pack?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove “%1” and its guides from this computer? You can import the pack file again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pack was not removed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Not talked about yet at this age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your child is older now: this guide has new words for their age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has been a year: time to talk again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your child started a new app since you last talked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2 this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The guides are written for ages 5 to 17.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 topics talked about for ages %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talked about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on %1, again by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All topics talked about for now. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next to talk about</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Adapt a plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd a slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as my plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Present without saving...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slides in order (tick to show; Alt+Up or Alt+Down to move)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the room sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes, one point a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions, one a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of your plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the words you edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My plan: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slides (tick to show, drag to reorder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes (one point a line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions (one a line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes for each part of the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The safeguarding page and the help-line slide stay in every plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In all: %1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (always shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give your plan a name first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your plan was not saved:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as “%1”. It is listed under Workshops.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresentDialog</name>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slides on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presenter view on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second language, below the first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With one screen, press N during the show for your notes. Press ? for the keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet in %1, shown in English: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Right, Down, Page Down, Space, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left, Up, Page Up, Backspace, P</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home, End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First slide, last slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to that slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B or .</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Black screen (any move key returns to the same slide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W or ,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>White screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the notes (one screen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel a blank or a number; then asks before leaving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide this list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get help now, on the presenter's screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>behind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions for the group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card %1: one good answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family Guide: presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family Guide: presenter view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time and status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 left (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BLANK: black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BLANK: white</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to slide: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no slide %1 (1 to %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the presentation? Press Enter or Y to leave; any other key stays.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files of type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent Directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sidebar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent Places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date Modified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid filename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 bytes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide Details...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the words to say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read only the lines to say to your child, never the notes for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the English text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no voice for %1, so that text cannot be read aloud.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to read aloud here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Timeline of concerns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About: %1 (born %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About: all children</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on %1 from a private journal kept with Family Guide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no entries yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Child: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Concern: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All children</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Child:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy outside the locked journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Parent or carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faith or community leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counselor, teacher or NGO worker</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <source>Police, ambulance and fire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Police</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ambulance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fire and rescue, ambulance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from a mobile phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>older number, still works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in some areas only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new; may not work everywhere yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I am a</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the journal after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First-run setup finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation name on handouts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact line on handouts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout paper size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handouts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colo&amp;urs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the &amp;journal after:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Extra content modules are loaded from this folder:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content &amp;packs…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupForm</name>
        <message>
            <source>&amp;Country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I &amp;am a:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used to show the right emergency numbers and help lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Welcome to Family Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Like the system (light or dark)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Topic</name>
        <message>
            <source>Online friends and strangers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secrets and private chats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gifts and money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos and videos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sextortion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live streaming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers too good to be true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feelings and support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationships and respect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting in person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When something has happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apps and privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grooming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trafficking</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarningSignsPage</name>
        <message>
            <source>Emergency: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Act today: report and get advice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You do not need proof. The steps and the places to report are below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signs to tick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save to journal...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep what you ticked, with the date and a note, in your private journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lear ticks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print this checklist as a blank worksheet, or the next steps shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also normal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(in %1: not yet translated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the English text changed after this was translated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can help in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No services are listed for your country. See Get help now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank worksheet with tick boxes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next steps: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the signs you have noticed to see what to do next.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Workshops</name>
        <message>
            <source>Workshops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding page before you present. Adapt a plan to your group and save it as your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Present...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the slides full screen (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Adapt...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder, hide and edit slides; save as your own plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export s&amp;lides (PDF)...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export n&amp;otes (PDF)...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session plans are installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This plan has problems to fix first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the slides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the facilitator notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be saved to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop slides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to %2 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator safeguarding page (read before the session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency number in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No emergency number is confirmed for %1: find the local number before the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>During the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If someone tells you about abuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What not to promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slides and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The help lines of the chosen country are shown here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One good answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
