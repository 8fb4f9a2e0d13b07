<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ">
    <context>
        <name>App</name>
        <message>
            <source>Family Guide is already open. Look for its window, or its button on the taskbar.</source>
            <translation>Family Guide tayari iko wazi. Tafuta dirisha lake, au kitufe chake kwenye upau wa kazi.</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>Mipangilio haikuweza kusomwa</translation>
        </message>
        <message>
            <source>The settings file names a country that is not in the list (%1). Help for “Another country” is shown until you choose your country in Settings.</source>
            <translation>Faili ya mipangilio inataja nchi ambayo haimo kwenye orodha (%1). Msaada wa “Nchi nyingine” unaonyeshwa hadi uchague nchi yako kwenye Mipangilio.</translation>
        </message>
    </context>
    <context>
        <name>ContentHtml</name>
        <message>
            <source>Shown in %1: this part is not yet translated into %2.</source>
            <translation>Imeonyeshwa kwa %1: sehemu hii bado haijatafsiriwa kwa %2.</translation>
        </message>
        <message>
            <source>This translation has not yet been checked by a fluent speaker.</source>
            <translation>Tafsiri hii bado haijakaguliwa na mzungumzaji fasaha.</translation>
        </message>
        <message>
            <source>The English text changed after this was translated: the parts marked may be out of date.</source>
            <translation>Maandishi ya Kiingereza yalibadilika baada ya kutafsiriwa: sehemu zilizowekwa alama huenda zimepitwa na wakati.</translation>
        </message>
        <message>
            <source>Translation checked by %1 on %2.</source>
            <translation>Tafsiri imekaguliwa na %1 tarehe %2.</translation>
        </message>
        <message>
            <source>Reviewed %1</source>
            <translation>Imepitiwa %1</translation>
        </message>
        <message>
            <source>The English text changed after this was translated.</source>
            <translation>Maandishi ya Kiingereza yalibadilika baada ya kutafsiriwa.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Vyanzo</translation>
        </message>
        <message>
            <source>For you, not to say to your child:</source>
            <translation>Kwa ajili yako, si ya kumwambia mtoto wako:</translation>
        </message>
        <message>
            <source>Ages %1</source>
            <translation>Umri %1</translation>
        </message>
        <message>
            <source>For this age</source>
            <translation>Kwa umri huu</translation>
        </message>
        <message>
            <source>Why this matters</source>
            <translation>Kwa nini hili ni muhimu</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Kabla ya kuanza</translation>
        </message>
        <message>
            <source>Ways to start</source>
            <translation>Njia za kuanza</translation>
        </message>
        <message>
            <source>What your child should hear</source>
            <translation>Mtoto wako anahitaji kusikia nini</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Maswali ya kuuliza</translation>
        </message>
        <message>
            <source>If your child says...</source>
            <translation>Mtoto wako akisema...</translation>
        </message>
        <message>
            <source>Show what you might say</source>
            <translation>Onyesha unachoweza kusema</translation>
        </message>
        <message>
            <source>What not to say</source>
            <translation>Usiseme nini</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Baadaye</translation>
        </message>
        <message>
            <source>Signs to watch for</source>
            <translation>Dalili za kuangalia</translation>
        </message>
        <message>
            <source>Getting help</source>
            <translation>Kupata msaada</translation>
        </message>
        <message>
            <source>What this may mean</source>
            <translation>Hii inaweza kumaanisha nini</translation>
        </message>
        <message>
            <source>What this does not mean</source>
            <translation>Hii haimaanishi nini</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Ufanye nini sasa</translation>
        </message>
        <message>
            <source>Write down usernames, profile links, phone numbers, dates and the apps or games used.</source>
            <translation>Andika majina ya watumiaji, viungo vya wasifu, namba za simu, tarehe na programu au michezo iliyotumika.</translation>
        </message>
        <message>
            <source>Keep the messages. Do not delete them, or the account.</source>
            <translation>Weka jumbe. Usizifute, wala akaunti.</translation>
        </message>
        <message>
            <source>Block the account only after you have written the details down.</source>
            <translation>Zuia akaunti tu baada ya kuandika maelezo.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
            <translation>Kamwe usihifadhi, usipige picha ya skrini wala usitume mbele picha ya ngono ya mtoto, hata kama ushahidi. Iambie polisi au huduma ya kuripoti mahali ilipo.</translation>
        </message>
        <message>
            <source>Do not pay, and do not send anything more.</source>
            <translation>Usilipe, na usitume kitu kingine chochote.</translation>
        </message>
        <message>
            <source>Keeping evidence</source>
            <translation>Kutunza ushahidi</translation>
        </message>
        <message>
            <source>Conversation guides that can help</source>
            <translation>Miongozo ya mazungumzo inayoweza kusaidia</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Simu: %1</translation>
        </message>
        <message>
            <source>Copy number</source>
            <translation>Nakili namba</translation>
        </message>
        <message>
            <source>Text: %1</source>
            <translation>Ujumbe mfupi: %1</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation>Saa: %1</translation>
        </message>
        <message>
            <source>Checked live on %1</source>
            <translation>Ilikaguliwa moja kwa moja tarehe %1</translation>
        </message>
        <message>
            <source>Caution: we could not confirm this. Check it before you rely on it.</source>
            <translation>Tahadhari: hatukuweza kuthibitisha hili. Likague kabla ya kulitegemea.</translation>
        </message>
        <message>
            <source>Found in one source only: check this number locally.</source>
            <translation>Imepatikana kwenye chanzo kimoja tu: kagua namba hii huko ulipo.</translation>
        </message>
        <message>
            <source>Source: %1, dated %2</source>
            <translation>Chanzo: %1, cha tarehe %2</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Chanzo: %1</translation>
        </message>
    </context>
    <context>
        <name>ContentView</name>
        <message>
            <source>Copied: %1</source>
            <translation>Imenakiliwa: %1</translation>
        </message>
        <message>
            <source>This opens your web browser at this address:

%1

Website: %2

Family Guide itself never connects to the internet.</source>
            <translation>Hii inafungua kivinjari chako cha wavuti kwenye anwani hii:

%1

Tovuti: %2

Family Guide yenyewe haiunganishi kamwe na intaneti.</translation>
        </message>
        <message>
            <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
            <translation>Hii inafungua programu nyingine (kama kivinjari chako cha wavuti) kwenye anwani hii:

%1

Family Guide yenyewe haiunganishi kamwe na intaneti.</translation>
        </message>
        <message>
            <source>Open outside Family Guide?</source>
            <translation>Fungua nje ya Family Guide?</translation>
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <source>Conversation guides</source>
            <translation>Miongozo ya mazungumzo</translation>
        </message>
        <message>
            <source>C&amp;hild's age:</source>
            <translation>&amp;Umri wa mtoto:</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>&amp;Mada:</translation>
        </message>
        <message>
            <source>&amp;Written for:</source>
            <translation>&amp;Kwa ajili ya:</translation>
        </message>
        <message>
            <source>Search the guides</source>
            <translation>Tafuta kwenye miongozo</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Miongozo</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>Maandishi ya mwongozo</translation>
        </message>
        <message>
            <source>We &amp;talked about this...</source>
            <translation>Tume&amp;zungumza kuhusu hili...</translation>
        </message>
        <message>
            <source>Write down in your private journal that you had this talk</source>
            <translation>Andika kwenye shajara yako ya siri kwamba mlizungumza hili</translation>
        </message>
        <message>
            <source>Show all &amp;answers</source>
            <translation>Onyesha majibu &amp;yote</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>Tengeneza ki&amp;peperushi...</translation>
        </message>
        <message>
            <source>Print this guide as a one- or two-page handout, or save it as a PDF</source>
            <translation>Chapisha mwongozo huu kama kipeperushi cha ukurasa mmoja au miwili, au uhifadhi kama PDF</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Kila mtu</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>Miaka %1</translation>
        </message>
        <message>
            <source>%1 (%2 this year)</source>
            <translation>%1 (%2 mwaka huu)</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Mada zote</translation>
        </message>
        <message>
            <source>No guide matches. Try other words, or choose “All topics”.</source>
            <translation>Hakuna mwongozo unaolingana. Jaribu maneno mengine, au chagua “Mada zote”.</translation>
        </message>
        <message>
            <source>No guides are available for this age yet.</source>
            <translation>Bado hakuna miongozo kwa umri huu.</translation>
        </message>
        <message>
            <source>This guide, ages %1</source>
            <translation>Mwongozo huu, umri %1</translation>
        </message>
        <message>
            <source>Record that you talked about “%1” (ages %2).</source>
            <translation>Andika kwamba mlizungumza kuhusu “%1” (umri %2).</translation>
        </message>
    </context>
    <context>
        <name>CounselorForm</name>
        <message>
            <source>Your details on handouts</source>
            <translation>Maelezo yako kwenye vipeperushi</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Shirika:</translation>
        </message>
        <message>
            <source>Contact li&amp;ne:</source>
            <translation>Namba ya ma&amp;wasiliano:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Nembo:</translation>
        </message>
        <message>
            <source>Choose lo&amp;go...</source>
            <translation>Chagua &amp;nembo...</translation>
        </message>
        <message>
            <source>Remo&amp;ve logo</source>
            <translation>&amp;Ondoa nembo</translation>
        </message>
        <message>
            <source>Choose a logo (PNG or JPEG, up to 2 MB)</source>
            <translation>Chagua nembo (PNG au JPEG, hadi MB 2)</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>Nembo imewekwa.</translation>
        </message>
        <message>
            <source>No logo.</source>
            <translation>Hakuna nembo.</translation>
        </message>
        <message>
            <source>The organisation name will be cut to %1 characters.</source>
            <translation>Jina la shirika litafupishwa hadi herufi %1.</translation>
        </message>
        <message>
            <source>The contact line will be cut to %1 characters.</source>
            <translation>Namba ya mawasiliano itafupishwa hadi herufi %1.</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Chagua nembo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Picha (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The logo was saved.</source>
            <translation>Nembo imehifadhiwa.</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Another country</source>
            <translation>Nchi nyingine</translation>
        </message>
    </context>
    <context>
        <name>GetHelpPage</name>
        <message>
            <source>Copied to the clipboard: %1</source>
            <translation>Imenakiliwa kwenye ubao wa kunakili: %1</translation>
        </message>
        <message>
            <source>Help lines and reporting</source>
            <translation>Simu za msaada na kuripoti</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Nchi:</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>Simu za msaada</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>Onye&amp;sha:</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Tengeneza ki&amp;peperushi...</translation>
        </message>
        <message>
            <source>Print these help lines, or save them as a PDF</source>
            <translation>Chapisha simu hizi za msaada, au uzihifadhi kama PDF</translation>
        </message>
        <message>
            <source>All kinds of help</source>
            <translation>Aina zote za msaada</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>Simu za msaada za %1</translation>
        </message>
        <message>
            <source>These facts come from public pages we read; no one called the numbers to check them. Numbers change: if one does not work, call the emergency number.</source>
            <translation>Taarifa hizi zinatoka kwenye kurasa za umma tulizosoma; hakuna aliyepiga namba hizi kuzikagua. Namba hubadilika: kama moja haifanyi kazi, piga namba ya dharura.</translation>
        </message>
        <message>
            <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
            <translation>Hakuna huduma ya aina hii iliyoorodheshwa kwa nchi hii. Chagua “Aina zote za msaada”, au uliza simu ya msaada kwa watoto au polisi.</translation>
        </message>
        <message>
            <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
            <translation>Hakuna simu za msaada zilizopakiwa. Wakati wa dharura, piga namba ya dharura ya eneo lako.</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>For parents and carers</source>
            <translation>Kwa wazazi na walezi</translation>
        </message>
        <message>
            <source>For young people</source>
            <translation>Kwa vijana</translation>
        </message>
        <message>
            <source>Our family safety plan</source>
            <translation>Mpango wa usalama wa familia yetu</translation>
        </message>
        <message>
            <source>Choose one or two languages.</source>
            <translation>Chagua lugha moja au mbili.</translation>
        </message>
        <message>
            <source>Choose two different languages, or only one.</source>
            <translation>Chagua lugha mbili tofauti, au moja tu.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Ukurasa %1 kati ya %2</translation>
        </message>
        <message>
            <source>The content '%1' is not loaded.</source>
            <translation>Maudhui '%1' hayajapakiwa.</translation>
        </message>
        <message>
            <source>This session plan has no take-home handout.</source>
            <translation>Mpango huu wa kipindi hauna kipeperushi cha kwenda nacho nyumbani.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet. Choose another language, or make a handout in one.</source>
            <translation>Maudhui haya bado hayana maandishi kwa %1. Chagua lugha nyingine, au tengeneza kipeperushi kwa lugha moja.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet, so it is shown in English.</source>
            <translation>Maudhui haya bado hayana maandishi kwa %1, kwa hiyo yameonyeshwa kwa Kiingereza.</translation>
        </message>
        <message>
            <source>The organisation name is too long for a handout; it was cut short.</source>
            <translation>Jina la shirika ni refu mno kwa kipeperushi; limefupishwa.</translation>
        </message>
        <message>
            <source>The contact line is too long for a handout; it was cut short.</source>
            <translation>Namba ya mawasiliano ni ndefu mno kwa kipeperushi; imefupishwa.</translation>
        </message>
        <message>
            <source>Shown in English: this part is not yet translated.</source>
            <translation>Imeonyeshwa kwa Kiingereza: sehemu hii bado haijatafsiriwa.</translation>
        </message>
        <message>
            <source>This guide has no part for ages %1.</source>
            <translation>Mwongozo huu hauna sehemu ya umri %1.</translation>
        </message>
        <message>
            <source>This guide has nothing written for young people of ages %1.</source>
            <translation>Mwongozo huu hauna kitu kilichoandikwa kwa vijana wa umri %1.</translation>
        </message>
        <message>
            <source>Things to remember</source>
            <translation>Mambo ya kukumbuka</translation>
        </message>
        <message>
            <source>People I can tell</source>
            <translation>Watu ninaoweza kuwaambia</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Mahali pa kupata msaada</translation>
        </message>
        <message>
            <source>Checklists are written for adults. Make this handout for parents and carers.</source>
            <translation>Orodha za ukaguzi zimeandikwa kwa watu wazima. Tengeneza kipeperushi hiki kwa ajili ya wazazi na walezi.</translation>
        </message>
        <message>
            <source>Some items are shown in English: not yet translated.</source>
            <translation>Baadhi ya vipengele vimeonyeshwa kwa Kiingereza: bado havijatafsiriwa.</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Tarehe:</translation>
        </message>
        <message>
            <source>This checklist has no guidance called '%1'.</source>
            <translation>Orodha hii ya ukaguzi haina mwongozo unaoitwa '%1'.</translation>
        </message>
        <message>
            <source>To talk about at home</source>
            <translation>Ya kuzungumza nyumbani</translation>
        </message>
        <message>
            <source>To think about</source>
            <translation>Ya kufikiria</translation>
        </message>
        <message>
            <source>To talk about with your team</source>
            <translation>Ya kuzungumza na timu yako</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>Kwa: %1</translation>
        </message>
        <message>
            <source>What not to do</source>
            <translation>Usichopaswa kufanya</translation>
        </message>
        <message>
            <source>Where to get help in %1</source>
            <translation>Mahali pa kupata msaada nchini %1</translation>
        </message>
        <message>
            <source>If a child is in danger now, call the emergency number first. Then use the services below.</source>
            <translation>Kama mtoto yuko hatarini sasa, piga namba ya dharura kwanza. Kisha tumia huduma zilizo hapa chini.</translation>
        </message>
        <message>
            <source>We made this plan together. Keep it where everyone can see it.</source>
            <translation>Tulitengeneza mpango huu pamoja. Uweke mahali ambapo kila mtu anaweza kuuona.</translation>
        </message>
        <message>
            <source>People I can tell if something feels wrong</source>
            <translation>Watu ninaoweza kuwaambia kama kitu hakiko sawa</translation>
        </message>
        <message>
            <source>Our agreements about apps, games and phones</source>
            <translation>Makubaliano yetu kuhusu programu, michezo na simu</translation>
        </message>
        <message>
            <source>Our agreements about meeting people from online</source>
            <translation>Makubaliano yetu kuhusu kukutana na watu tuliowajua mtandaoni</translation>
        </message>
        <message>
            <source>If someone threatens you or asks for pictures</source>
            <translation>Mtu akikutisha au akiomba picha</translation>
        </message>
        <message>
            <source>Stop replying. Do not pay, and do not send anything more.</source>
            <translation>Acha kujibu. Usilipe, na usitume kitu kingine chochote.</translation>
        </message>
        <message>
            <source>Do not delete the messages or the account.</source>
            <translation>Usifute jumbe wala akaunti.</translation>
        </message>
        <message>
            <source>Tell one of the people above straight away. You will not be in trouble.</source>
            <translation>Mwambie mmoja wa watu walio hapo juu mara moja. Hutapata matatizo.</translation>
        </message>
        <message>
            <source>We report it together. It is never your fault.</source>
            <translation>Tunaripoti pamoja. Si kosa lako kamwe.</translation>
        </message>
        <message>
            <source>Help numbers</source>
            <translation>Namba za msaada</translation>
        </message>
        <message>
            <source>Signed and dated:</source>
            <translation>Sahihi na tarehe:</translation>
        </message>
        <message>
            <source>No country was chosen. These services work anywhere.</source>
            <translation>Hakuna nchi iliyochaguliwa. Huduma hizi zinafanya kazi popote.</translation>
        </message>
        <message>
            <source>We have no help lines for %1 yet. These services work anywhere.</source>
            <translation>Bado hatuna simu za msaada za %1. Huduma hizi zinafanya kazi popote.</translation>
        </message>
        <message>
            <source>%1 could not be read as a picture: %2</source>
            <translation>%1 haikuweza kusomwa kama picha: %2</translation>
        </message>
        <message>
            <source>%1 is %2 x %3 pixels; a logo may be at most %4 x %4.</source>
            <translation>%1 ina pikseli %2 x %3; nembo inaweza kuwa hadi %4 x %4 tu.</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPEG picture.</source>
            <translation>%1 si picha ya PNG au JPEG.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB, the most a logo may be.</source>
            <translation>%1 ni kubwa kuliko MB %2, kiwango cha juu cha nembo.</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>A5 (half of A4)</source>
            <translation>A5 (nusu ya A4)</translation>
        </message>
        <message>
            <source>Make a handout</source>
            <translation>Tengeneza kipeperushi</translation>
        </message>
        <message>
            <source>&amp;Handout:</source>
            <translation>&amp;Kipeperushi:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lugha:</translation>
        </message>
        <message>
            <source>&amp;Second language:</source>
            <translation>Lugha ya &amp;pili:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>Kwa a&amp;jili ya:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Nchi:</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>Ka&amp;ratasi:</translation>
        </message>
        <message>
            <source>Pre&amp;view...</source>
            <translation>Onyesho la &amp;awali...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Chapisha...</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>Hifadhi kama P&amp;DF...</translation>
        </message>
        <message>
            <source>None (one language)</source>
            <translation>Hakuna (lugha moja)</translation>
        </message>
        <message>
            <source>This worksheet runs to %1 pages in two languages. For two pages, make it in one language on A4 or Letter.</source>
            <translation>Kwa lugha mbili, karatasi hii ya kazi ina kurasa %1. Ili iwe kurasa mbili, itengeneze kwa lugha moja kwenye A4 au Letter.</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Hifadhi kipeperushi</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Faili za PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Haijahifadhiwa</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Imehifadhiwa: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpHours</name>
        <message>
            <source>24 hours a day, every day</source>
            <translation>Saa 24 kwa siku, kila siku</translation>
        </message>
        <message>
            <source>24 hours a day</source>
            <translation>Saa 24 kwa siku</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Call %1 now.</source>
            <translation>Piga %1 sasa.</translation>
        </message>
        <message>
            <source>Call your local emergency number now.</source>
            <translation>Piga namba ya dharura ya eneo lako sasa.</translation>
        </message>
        <message>
            <source>We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a place of worship which number to call, and keep it by your phone.</source>
            <translation>Hatukuweza kuthibitisha namba ya dharura nchini %1. Uliza jirani, shule, daktari au nyumba ya ibada namba ya kupiga, na uiweke karibu na simu yako.</translation>
        </message>
        <message>
            <source>Reported, not confirmed: %1. Check it locally before you rely on it.</source>
            <translation>Imeripotiwa, haijathibitishwa: %1. Ikague huko ulipo kabla ya kuitegemea.</translation>
        </message>
        <message>
            <source>A child is in danger.</source>
            <translation>Mtoto yuko hatarini.</translation>
        </message>
        <message>
            <source>Their name is ... They are ... years old.</source>
            <translation>Jina lake ni ... Ana umri wa miaka ...</translation>
        </message>
        <message>
            <source>They may be at ... (an address, a place, or the app they are using).</source>
            <translation>Huenda yuko ... (anwani, mahali, au programu anayotumia).</translation>
        </message>
        <message>
            <source>What is happening: ... (a meeting, a threat, they are missing).</source>
            <translation>Kinachotokea: ... (mkutano, tishio, hajulikani alipo).</translation>
        </message>
        <message>
            <source>My name is ... My phone number is ...</source>
            <translation>Jina langu ni ... Namba yangu ya simu ni ...</translation>
        </message>
        <message>
            <source>What to say when they answer</source>
            <translation>Useme nini wakijibu simu</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>Simu za msaada za %1</translation>
        </message>
        <message>
            <source>Get help now</source>
            <translation>Pata msaada sasa</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Nchi:</translation>
        </message>
        <message>
            <source>What is happening?</source>
            <translation>Nini kinatokea?</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Ufanye nini</translation>
        </message>
        <message>
            <source>Copy &amp;number</source>
            <translation>Na&amp;kili namba</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Tengeneza ki&amp;peperushi...</translation>
        </message>
        <message>
            <source>1. Someone is in danger now</source>
            <translation>1. Mtu yuko hatarini sasa</translation>
        </message>
        <message>
            <source>2. A child may hurt themselves</source>
            <translation>2. Mtoto anaweza kujidhuru</translation>
        </message>
        <message>
            <source>3. Someone is threatening to share images</source>
            <translation>3. Mtu anatishia kusambaza picha</translation>
        </message>
        <message>
            <source>4. Report abuse or exploitation</source>
            <translation>4. Ripoti unyanyasaji au unyonyaji</translation>
        </message>
        <message>
            <source>5. Support for the child and for you</source>
            <translation>5. Msaada kwa mtoto na kwako</translation>
        </message>
        <message>
            <source>Copy the number %1</source>
            <translation>Nakili namba %1</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>Imenakiliwa: %1</translation>
        </message>
        <message>
            <source>Choose your country at the top to see its emergency numbers.</source>
            <translation>Chagua nchi yako hapo juu ili kuona namba zake za dharura.</translation>
        </message>
        <message>
            <source>Emergency numbers in %1</source>
            <translation>Namba za dharura nchini %1</translation>
        </message>
        <message>
            <source>Someone is in danger now</source>
            <translation>Mtu yuko hatarini sasa</translation>
        </message>
        <message>
            <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
            <translation>Piga simu kama mtoto hajulikani alipo, anakutana au yuko karibu kukutana na mtu aliyemjua mtandaoni, anahamishwa au anatangazwa, au mtu anatishia kumdhuru.</translation>
        </message>
        <message>
            <source>If a child may hurt themselves</source>
            <translation>Kama mtoto anaweza kujidhuru</translation>
        </message>
        <message>
            <source>If they are hurt or in danger now, call the emergency number above.</source>
            <translation>Kama ameumia au yuko hatarini sasa, piga namba ya dharura iliyo hapo juu.</translation>
        </message>
        <message>
            <source>Stay with them. Do not leave them alone.</source>
            <translation>Kaa naye. Usimwache peke yake.</translation>
        </message>
        <message>
            <source>Listen calmly. Tell them you are glad they told you and you will get help.</source>
            <translation>Sikiliza kwa utulivu. Mwambie unafurahi kwamba amekuambia na utatafuta msaada.</translation>
        </message>
        <message>
            <source>If you can, move things they could use to hurt themselves out of reach.</source>
            <translation>Ukiweza, ondoa vitu anavyoweza kutumia kujidhuru, viweke mbali asipovifikia.</translation>
        </message>
        <message>
            <source>Call a crisis line together, now or as soon as you can.</source>
            <translation>Pigeni simu ya dharura ya msaada pamoja, sasa au mapema iwezekanavyo.</translation>
        </message>
        <message>
            <source>If someone threatens to share images</source>
            <translation>Mtu akitishia kusambaza picha</translation>
        </message>
        <message>
            <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
            <translation>Tulia. Mwambie mtoto kwamba hana hatia na utamsaidia.</translation>
        </message>
        <message>
            <source>Do not pay and do not send more. Paying rarely stops it.</source>
            <translation>Usilipe na usitume kitu kingine. Kulipa mara chache sana hukomesha jambo hili.</translation>
        </message>
        <message>
            <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
            <translation>Acha kujibu. Andika majina ya watumiaji, viungo vya wasifu, tarehe na programu.</translation>
        </message>
        <message>
            <source>Keep the messages. Block only after you have written down the details.</source>
            <translation>Weka jumbe. Zuia tu baada ya kuandika maelezo.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
            <translation>Kamwe usihifadhi, usipige picha ya skrini wala usitume mbele picha ya ngono ya mtoto, hata kama ushahidi. Badala yake, iripoti.</translation>
        </message>
        <message>
            <source>Report it, and ask for the images to be taken down (below).</source>
            <translation>Ripoti, na uombe picha ziondolewe mtandaoni (hapa chini).</translation>
        </message>
        <message>
            <source>Report abuse or exploitation</source>
            <translation>Ripoti unyanyasaji au unyonyaji</translation>
        </message>
        <message>
            <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
            <translation>Huhitaji uthibitisho ili kuripoti. Ni bora kuripoti na ukakosea kuliko kusubiri.</translation>
        </message>
        <message>
            <source>Support for the child and for you</source>
            <translation>Msaada kwa mtoto na kwako</translation>
        </message>
        <message>
            <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
            <translation>Mshukuru mtoto kwa kukuambia. Kilichotokea si kosa lake, na si kosa lako.</translation>
        </message>
        <message>
            <source>No crisis line is listed for %1. Call the emergency number, or a child help line:</source>
            <translation>Hakuna simu ya msaada wa dharura iliyoorodheshwa kwa %1. Piga namba ya dharura, au simu ya msaada kwa watoto:</translation>
        </message>
        <message>
            <source>These services work from anywhere.</source>
            <translation>Huduma hizi zinafanya kazi ukiwa popote.</translation>
        </message>
        <message>
            <source>No national service of this kind was confirmed for %1. The services below work from anywhere; a child help line or the police can also advise.</source>
            <translation>Hakuna huduma ya kitaifa ya aina hii iliyothibitishwa kwa %1. Huduma zilizo hapa chini zinafanya kazi ukiwa popote; simu ya msaada kwa watoto au polisi wanaweza pia kukushauri.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Karibu</translation>
        </message>
        <message>
            <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
            <translation>Watoto wako salama zaidi mtandaoni wanapojua wanaweza kukuambia chochote bila kupata matatizo. Family Guide inakusaidia kuzungumza mapema na mara kwa mara, kujua dalili za hatari, na kujua la kufanya.</translation>
        </message>
        <message>
            <source>Start with a short, calm talk. You do not need to know everything.</source>
            <translation>Anza na mazungumzo mafupi ya utulivu. Huhitaji kujua kila kitu.</translation>
        </message>
        <message>
            <source>Use the guides to prepare a talk for parents or young people.</source>
            <translation>Tumia miongozo kuandaa mazungumzo kwa wazazi au vijana.</translation>
        </message>
        <message>
            <source>Walk through a checklist with a family, then share the next steps.</source>
            <translation>Pitia orodha ya ukaguzi pamoja na familia, kisha mshirikishe hatua zinazofuata.</translation>
        </message>
        <message>
            <source>&amp;Start a conversation</source>
            <translation>&amp;Anzisha mazungumzo</translation>
        </message>
        <message>
            <source>Check &amp;warning signs</source>
            <translation>Angalia &amp;dalili za hatari</translation>
        </message>
        <message>
            <source>Get &amp;help now</source>
            <translation>&amp;Pata msaada sasa</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation guide(s)</source>
            <translation>
                <numerusform>Mwongozo %n wa mazungumzo</numerusform>
                <numerusform>Miongozo %n ya mazungumzo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning-sign checklist(s)</source>
            <translation>
                <numerusform>Orodha %n ya dalili za hatari</numerusform>
                <numerusform>Orodha %n za dalili za hatari</numerusform>
            </translation>
        </message>
        <message>
            <source>Conversation plan</source>
            <translation>Mpango wa mazungumzo</translation>
        </message>
        <message>
            <source>Show &amp;fewer</source>
            <translation>&amp;Onyesha chache</translation>
        </message>
        <message>
            <source>Show all &amp;topics</source>
            <translation>Onyesha &amp;mada zote</translation>
        </message>
        <message>
            <source>Topics that suit each child's age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
            <translation>Mada zinazofaa umri wa kila mtoto sasa. Zungumzeni kila mada tena kila mwaka, mtoto wako anapohamia kundi la umri linalofuata, na anapoanza kutumia programu mpya.</translation>
        </message>
        <message>
            <source>Add your children in the journal to see which topics suit their age.</source>
            <translation>Ongeza watoto wako kwenye shajara ili kuona mada zinazofaa umri wao.</translation>
        </message>
        <message>
            <source>Open the &amp;journal</source>
            <translation>&amp;Fungua shajara</translation>
        </message>
        <message>
            <source>Unlock your journal to see each child's conversation plan.</source>
            <translation>Ondoa kufuli ya shajara yako ili kuona mpango wa mazungumzo wa kila mtoto.</translation>
        </message>
        <message>
            <source>Unlock the &amp;journal</source>
            <translation>Ondoa &amp;kufuli ya shajara</translation>
        </message>
        <message>
            <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
            <translation>Andaa shajara ya siri ili kuweka mpango wa mazungumzo kwa kila mtoto: mada zinazofaa umri wake, mlichozungumza, na kinachohitaji kurudiwa.</translation>
        </message>
        <message>
            <source>Set up the &amp;journal</source>
            <translation>Andaa &amp;shajara</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
            <translation>Kufuli inazuia maandishi yako yasisomwe na mtu anayefungua faili au anayetumia programu hii ikiwa imefungwa. Haiwezi kukulinda dhidi ya programu za upelelezi kwenye kompyuta hii, au dhidi ya mtu anayeisimamia (msimamizi). Ukidhani mtu anafuatilia kompyuta hii, tumia kompyuta iliyo salama zaidi.</translation>
        </message>
        <message>
            <source>Use at least %1 characters. A short sentence is easy to remember.</source>
            <translation>Tumia angalau herufi %1. Sentensi fupi ni rahisi kukumbuka.</translation>
        </message>
        <message>
            <source>That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: a short sentence you can remember works well.</source>
            <translation>Nenosiri hilo ni mojawapo ya yanayotumika sana, ambayo mtu anayebahatisha hujaribu kwanza. Chagua jingine: sentensi fupi unayoweza kukumbuka inafaa.</translation>
        </message>
        <message>
            <source>Set up your private journal</source>
            <translation>Andaa shajara yako ya siri</translation>
        </message>
        <message>
            <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
            <translation>Shajara yako inabaki kwenye kompyuta hii, ikiwa imesimbwa. Chagua nenosiri ambalo wengine nyumbani hawawezi kulibahatisha. Utalihitaji kila unapofungua shajara.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Nenosiri</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Rudia nenosiri</translation>
        </message>
        <message>
            <source>Also make a recovery &amp;key, in case I forget the passphrase</source>
            <translation>&amp;Tengeneza pia ufunguo wa kurejesha, endapo nitasahau nenosiri</translation>
        </message>
        <message>
            <source>&amp;Use no passphrase</source>
            <translation>&amp;Usitumie nenosiri</translation>
        </message>
        <message>
            <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
            <translation>Bila nenosiri, mtu yeyote anayeweza kutumia akaunti hii ya kompyuta anaweza kufungua shajara na kuisoma.</translation>
        </message>
        <message>
            <source>I understand, and choose no passphrase</source>
            <translation>Ninaelewa, na nachagua kutotumia nenosiri</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Rudia:</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>Unda shajara</translation>
        </message>
        <message>
            <source>Tick “I understand” to use the journal without a passphrase.</source>
            <translation>Weka alama kwenye “Ninaelewa” ili kutumia shajara bila nenosiri.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Nenosiri hayo mawili hayafanani.</translation>
        </message>
        <message>
            <source>The journal could not be created: %1</source>
            <translation>Shajara haikuweza kuundwa: %1</translation>
        </message>
        <message>
            <source>Use my recovery key &amp;instead</source>
            <translation>Tumia ufunguo wangu wa &amp;kurejesha badala yake</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>F&amp;ungua</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
            <translation>Faili ya shajara imeharibika na haiwezi kufunguliwa (%1). Nakala zako za akiba ziko kwenye folda ya shajara; tumia Rejesha nakala ya akiba katika sehemu ya Shajara.</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>Ufunguo &amp;wa kurejesha:</translation>
        </message>
        <message>
            <source>That recovery key does not open this journal. Check each group of letters. If you are sure it is right, the key file may be damaged: restore a backup.</source>
            <translation>Ufunguo huo wa kurejesha haufungui shajara hii. Kagua kila kundi la herufi. Kama una uhakika ni sahihi, huenda faili ya ufunguo imeharibika: rejesha nakala ya akiba.</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal. Check Caps Lock and try again. If you are sure it is right, the key file may be damaged: use your recovery key, or restore a backup.</source>
            <translation>Nenosiri hilo halifungui shajara hii. Kagua Caps Lock na ujaribu tena. Kama una uhakika ni sahihi, huenda faili ya ufunguo imeharibika: tumia ufunguo wako wa kurejesha, au rejesha nakala ya akiba.</translation>
        </message>
        <message>
            <source>Unlock your journal</source>
            <translation>Fungua shajara yako</translation>
        </message>
        <message>
            <source>Set up a private journal?</source>
            <translation>Uandae shajara ya siri?</translation>
        </message>
        <message>
            <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
            <translation>Ili kuhifadhi hili unahitaji shajara ya siri. Inabaki kwenye kompyuta hii, ikiwa imefungwa kwa nenosiri. Uiandae sasa?</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Mtoto</translation>
        </message>
        <message>
            <source>A nickname is enough</source>
            <translation>Jina la utani linatosha</translation>
        </message>
        <message>
            <source>For example: Roblox, TikTok, WhatsApp</source>
            <translation>Kwa mfano: Roblox, TikTok, WhatsApp</translation>
        </message>
        <message>
            <source>&amp;Nickname:</source>
            <translation>&amp;Jina la utani:</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>&amp;Mwaka wa kuzaliwa:</translation>
        </message>
        <message>
            <source>&amp;Apps and games:</source>
            <translation>&amp;Programu na michezo:</translation>
        </message>
        <message>
            <source>Please give a nickname.</source>
            <translation>Tafadhali andika jina la utani.</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Watoto</translation>
        </message>
        <message>
            <source>&amp;Add child</source>
            <translation>&amp;Ongeza mtoto</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Badilisha</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>On&amp;doa</translation>
        </message>
        <message>
            <source>%1 (born %2)</source>
            <translation>%1 (alizaliwa %2)</translation>
        </message>
        <message>
            <source>Keep the entries</source>
            <translation>Weka maingizo</translation>
        </message>
        <message>
            <source>Delete the entries too</source>
            <translation>Futa maingizo pia</translation>
        </message>
        <message>
            <source>Remove child</source>
            <translation>Ondoa mtoto</translation>
        </message>
        <message>
            <source>Remove %1? What should happen to the journal entries about them?</source>
            <translation>Umwondoe %1? Maingizo ya shajara yanayomhusu yafanywe nini?</translation>
        </message>
        <message>
            <source>No child chosen</source>
            <translation>Hakuna mtoto aliyechaguliwa</translation>
        </message>
        <message>
            <source>Save to journal</source>
            <translation>Hifadhi kwenye shajara</translation>
        </message>
        <message>
            <source>Add a &amp;child...</source>
            <translation>On&amp;geza mtoto...</translation>
        </message>
        <message>
            <source>What was said, how it went, what to do next</source>
            <translation>Kilichosemwa, jinsi ilivyokwenda, la kufanya baadaye</translation>
        </message>
        <message>
            <source>C&amp;hild:</source>
            <translation>&amp;Mtoto:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Lini:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>Dok&amp;ezo:</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Badilisha nenosiri</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Nenosiri la &amp;sasa:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>Nenosiri jip&amp;ya:</translation>
        </message>
        <message>
            <source>Also change the &amp;encryption key (makes a new recovery key)</source>
            <translation>Badilis&amp;ha pia ufunguo wa usimbaji (unatengeneza ufunguo mpya wa kurejesha)</translation>
        </message>
        <message>
            <source>Backups made before this change still open with the old passphrase or recovery key. Delete old backups you no longer need.</source>
            <translation>Nakala za akiba zilizotengenezwa kabla ya mabadiliko haya bado zinafunguka kwa nenosiri au ufunguo wa kurejesha wa zamani. Futa nakala za zamani usizozihitaji tena.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>Nenosiri la sasa si sahihi.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Rejesha nakala ya akiba</translation>
        </message>
        <message>
            <source>Use a recovery &amp;key instead</source>
            <translation>&amp;Tumia ufunguo wa kurejesha badala yake</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key of the backup:</source>
            <translation>&amp;Nenosiri au ufunguo wa kurejesha wa nakala ya akiba:</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Rejesha</translation>
        </message>
        <message>
            <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal's backups folder.</source>
            <translation>Shajara iliyo kwenye kompyuta hii itabadilishwa na nakala ya akiba. Haifutwi: inatunzwa kwenye folda ya nakala za akiba za shajara.</translation>
        </message>
        <message>
            <source>This backup has no passphrase</source>
            <translation>Nakala hii ya akiba haina nenosiri</translation>
        </message>
        <message>
            <source>This backup was made when the journal had no passphrase, so it is not encrypted with one. After restoring it, anyone who can use this computer account can open the journal, until you set a passphrase again (More, Change passphrase). Restore it anyway?</source>
            <translation>Nakala hii ya akiba ilitengenezwa shajara ilipokuwa haina nenosiri, kwa hiyo haijasimbwa kwa nenosiri. Baada ya kuirejesha, mtu yeyote anayeweza kutumia akaunti hii ya kompyuta anaweza kufungua shajara, hadi uweke nenosiri tena (Zaidi, Badilisha nenosiri). Uirejeshe hata hivyo?</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Nakala ya akiba imerejeshwa</translation>
        </message>
        <message>
            <source>Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, then deleted. It is in:
%1</source>
            <translation>Fungua shajara kwa nenosiri la nakala ya akiba. Shajara iliyobadilishwa inatunzwa kwa siku %2, kisha inafutwa. Iko hapa:
%1</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Kichwa:</translation>
        </message>
        <message>
            <source>C&amp;oncern:</source>
            <translation>Wa&amp;siwasi:</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>Le&amp;bo:</translation>
        </message>
        <message>
            <source>Note&amp;s:</source>
            <translation>Ma&amp;elezo:</translation>
        </message>
        <message>
            <source>Words to find this again, separated by commas</source>
            <translation>Maneno ya kupata hiki tena, yaliyotenganishwa kwa koma</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>Futa &amp;ingizo</translation>
        </message>
        <message>
            <source>Choose an entry, or start a new one</source>
            <translation>Chagua ingizo, au anza jipya</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Bila kichwa</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Imehifadhiwa</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Dokezo</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Mazungumzo</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Orodha ya ukaguzi</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Tukio</translation>
        </message>
        <message>
            <source>No concern</source>
            <translation>Hakuna wasiwasi</translation>
        </message>
        <message>
            <source>Some concern</source>
            <translation>Wasiwasi kiasi</translation>
        </message>
        <message>
            <source>Serious concern</source>
            <translation>Wasiwasi mkubwa</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Ya haraka</translation>
        </message>
        <message>
            <source>App, game or site</source>
            <translation>Programu, mchezo au tovuti</translation>
        </message>
        <message>
            <source>The other person's username or profile link</source>
            <translation>Jina la mtumiaji au kiungo cha wasifu wa mtu huyo mwingine</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Kilichotokea</translation>
        </message>
        <message>
            <source>Where the evidence is kept (never a copy of a sexual image)</source>
            <translation>Mahali ushahidi ulipo (kamwe si nakala ya picha ya ngono)</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>Ulichofanya</translation>
        </message>
        <message>
            <source>Reports made, and their reference numbers</source>
            <translation>Ripoti zilizotolewa, na namba zake za kumbukumbu</translation>
        </message>
        <message>
            <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
            <translation>Huwezi kuongeza picha hapa, kwa makusudi. Kamwe usihifadhi, usipige picha ya skrini wala usitume mbele picha ya ngono ya mtoto, hata kama ushahidi: kuitunza ni kosa la jinai na kunamdhuru mtoto tena. Andika mahali ilipo na uiripoti.</translation>
        </message>
        <message>
            <source>Not saved: the journal is locked. Unlock it, then try again.</source>
            <translation>Haijahifadhiwa: shajara imefungwa. Ifungue, kisha ujaribu tena.</translation>
        </message>
        <message>
            <source>Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.</source>
            <translation>Haijahifadhiwa: %1. Hakuna kilichobadilika, na maandishi yako bado yako hapa. Ondoa baadhi ya vitu ili kupata nafasi kwenye diski, kisha ujaribu tena.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Haijahifadhiwa</translation>
        </message>
        <message>
            <source>That does not open this backup. Nothing was changed.</source>
            <translation>Hilo halifungui nakala hii ya akiba. Hakuna kilichobadilika.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1. Nothing was changed.</source>
            <translation>Nakala ya akiba haikuweza kurejeshwa: %1. Hakuna kilichobadilika.</translation>
        </message>
        <message>
            <source>Recovery key for your Family Guide journal</source>
            <translation>Ufunguo wa kurejesha shajara yako ya Family Guide</translation>
        </message>
        <message>
            <source>Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal.</source>
            <translation>Weka karatasi hii mahali salama, mbali na kompyuta. Yeyote aliye nayo anaweza kufungua shajara.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Ufunguo wako wa kurejesha</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Ufunguo wa kurejesha</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>N&amp;akili</translation>
        </message>
        <message>
            <source>&amp;Print this key...</source>
            <translation>&amp;Chapisha ufunguo huu...</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>N&amp;imeiandika</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
            <translation>Ukisahau nenosiri lako, ufunguo huu unafungua shajara. Uandike kwenye karatasi na uuweke mahali salama, mbali na kompyuta. Unaonyeshwa mara hii moja tu.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Imenakiliwa.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Hakuna printa</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key on paper instead.</source>
            <translation>Hakuna printa iliyowekwa kwenye kompyuta hii. Badala yake, andika ufunguo kwenye karatasi.</translation>
        </message>
        <message>
            <source>The key can only be printed on paper, not saved to a file.</source>
            <translation>Ufunguo unaweza kuchapishwa kwenye karatasi tu, si kuhifadhiwa kwenye faili.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Imetumwa kwa printa.</translation>
        </message>
        <message>
            <source>Guide: %1 (ages %2)</source>
            <translation>Mwongozo: %1 (umri %2)</translation>
        </message>
        <message>
            <source>Next steps shown: %1</source>
            <translation>Hatua zinazofuata zilizoonyeshwa: %1</translation>
        </message>
        <message>
            <source>Signs ticked:</source>
            <translation>Dalili zilizowekewa alama:</translation>
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation>Ukilinganisha na %1:</translation>
        </message>
        <message>
            <source>The same signs as last time.</source>
            <translation>Dalili zile zile kama mara iliyopita.</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>Mpya: %1</translation>
        </message>
        <message>
            <source>No longer ticked: %1</source>
            <translation>Hazijawekewa alama tena: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n groups of five letters and digits</source>
            <translation>
                <numerusform>Kundi %n la herufi na tarakimu tano</numerusform>
                <numerusform>Makundi %n ya herufi na tarakimu tano</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Private journal</source>
            <translation>Shajara ya siri</translation>
        </message>
        <message>
            <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, encrypted and locked with your passphrase. It can become a clear report if you go to the police or a counselor.</source>
            <translation>Shajara ni mahali pa siri pa kuandika unachogundua: tarehe, majina ya watumiaji, kilichosemwa, na ulichofanya. Inabaki kwenye kompyuta hii, ikiwa imesimbwa na kufungwa kwa nenosiri lako. Inaweza kuwa ripoti iliyo wazi ukienda polisi au kwa mshauri.</translation>
        </message>
        <message>
            <source>&amp;Set up a private journal</source>
            <translation>&amp;Andaa shajara ya siri</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>Shajara imefungwa.</translation>
        </message>
        <message>
            <source>New &amp;note</source>
            <translation>&amp;Dokezo jipya</translation>
        </message>
        <message>
            <source>New &amp;incident</source>
            <translation>&amp;Tukio jipya</translation>
        </message>
        <message>
            <source>&amp;Children...</source>
            <translation>&amp;Watoto...</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Zaidi</translation>
        </message>
        <message>
            <source>Hide and &amp;lock</source>
            <translation>&amp;Ficha na ufunge</translation>
        </message>
        <message>
            <source>Lock the journal at once and go to the home screen (%1)</source>
            <translation>Funga shajara mara moja na uende kwenye skrini ya mwanzo (%1)</translation>
        </message>
        <message>
            <source>Search all entries</source>
            <translation>Tafuta kwenye maingizo yote</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Maingizo</translation>
        </message>
        <message>
            <source>Show entries about</source>
            <translation>Onyesha maingizo kuhusu</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>Aina ya ingizo</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Wasiwasi</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Lebo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Lini</translation>
        </message>
        <message>
            <source>&amp;Timeline and report...</source>
            <translation>&amp;Mfuatano wa matukio na ripoti...</translation>
        </message>
        <message>
            <source>Make a &amp;backup...</source>
            <translation>Tengeneza &amp;nakala ya akiba...</translation>
        </message>
        <message>
            <source>&amp;Restore a backup...</source>
            <translation>&amp;Rejesha nakala ya akiba...</translation>
        </message>
        <message>
            <source>Change &amp;passphrase...</source>
            <translation>&amp;Badilisha nenosiri...</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>Watoto wote</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Aina zote</translation>
        </message>
        <message>
            <source>Any concern</source>
            <translation>Wasiwasi wowote</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>%1 au zaidi</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Lebo zote</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Wakati wowote</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Siku 7 zilizopita</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Siku 30 zilizopita</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Mwaka uliopita</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>Tukio jipya</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Dokezo jipya</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>Ufute ingizo hili?</translation>
        </message>
        <message>
            <source>The entry is deleted for good. It cannot be brought back.</source>
            <translation>Ingizo linafutwa kabisa. Haliwezi kurudishwa.</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>Hifadhi nakala ya akiba</translation>
        </message>
        <message>
            <source>Family Guide backups (*%1)</source>
            <translation>Nakala za akiba za Family Guide (*%1)</translation>
        </message>
        <message>
            <source>The journal has no passphrase, so this backup is not protected: anyone who has the file can open it. Keep it where only you can reach it, or set a passphrase first and make a new backup.</source>
            <translation>Shajara haina nenosiri, kwa hiyo nakala hii ya akiba haijalindwa: yeyote mwenye faili hii anaweza kuifungua. Iweke mahali ambapo wewe tu unaweza kufikia, au weka nenosiri kwanza na utengeneze nakala mpya ya akiba.</translation>
        </message>
        <message>
            <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
            <translation>Nakala ya akiba imesimbwa. Ili kuirejesha unahitaji nenosiri au ufunguo wa kurejesha unaofungua shajara sasa. Uweke mahali salama, mbali na kompyuta hii.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Nakala ya akiba imetengenezwa</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Chagua nakala ya akiba</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>Ingizo %n</numerusform>
                <numerusform>Maingizo %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Get help now</source>
            <translation>Pata msaada sasa</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now (F1)</source>
            <translation>Namba za dharura na la kufanya sasa (F1)</translation>
        </message>
        <message>
            <source>Family Guide</source>
            <translation>Family Guide</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Mwanzo</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Mazungumzo</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Dalili za hatari</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Shajara</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>Simu za msaada</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Warsha</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sehemu</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now</source>
            <translation>Namba za dharura na la kufanya sasa</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>Mipan&amp;gilio</translation>
        </message>
        <message>
            <source>Hide and lock the journal</source>
            <translation>Ficha na ufunge shajara</translation>
        </message>
        <message>
            <source>That content is not available.</source>
            <translation>Maudhui hayo hayapatikani.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Kuna hitilafu imetokea</translation>
        </message>
    </context>
    <context>
        <name>Need</name>
        <message>
            <source>Emergency: someone is in danger now</source>
            <translation>Dharura: mtu yuko hatarini sasa</translation>
        </message>
        <message>
            <source>A child may hurt themselves</source>
            <translation>Mtoto anaweza kujidhuru</translation>
        </message>
        <message>
            <source>Report online abuse or exploitation</source>
            <translation>Ripoti unyanyasaji au unyonyaji mtandaoni</translation>
        </message>
        <message>
            <source>Get images taken down</source>
            <translation>Fanya picha ziondolewe mtandaoni</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Usafirishaji haramu wa binadamu</translation>
        </message>
        <message>
            <source>Support for the child</source>
            <translation>Msaada kwa mtoto</translation>
        </message>
        <message>
            <source>Support for you</source>
            <translation>Msaada kwako</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Maelezo</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Funga</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Taarifa</translation>
        </message>
        <message>
            <source>Folders not read because there are too many modules in one folder: %1.</source>
            <translation>Folda hazikusomwa kwa sababu kuna moduli nyingi mno katika folda moja: %1.</translation>
        </message>
        <message>
            <source>Skipped content</source>
            <translation>Maudhui yaliyorukwa</translation>
        </message>
        <message>
            <source>These modules have problems. Their authors can fix them with the details below.</source>
            <translation>Moduli hizi zina matatizo. Waandishi wake wanaweza kuzirekebisha kwa kutumia maelezo yaliyo hapa chini.</translation>
        </message>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation>
                <numerusform>Moduli %n ya maudhui ina makosa, kwa hiyo kisichoweza kusomwa kimeachwa. Kila kitu kingine kinafanya kazi.</numerusform>
                <numerusform>Moduli %n za maudhui zina makosa, kwa hiyo kisichoweza kusomwa kimeachwa. Kila kitu kingine kinafanya kazi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksPanel</name>
        <message>
            <source>Content packs</source>
            <translation>Vifurushi vya maudhui</translation>
        </message>
        <message>
            <source>Imported content packs</source>
            <translation>Vifurushi vya maudhui vilivyoingizwa</translation>
        </message>
        <message>
            <source>No content packs are imported. Organisations can share guides and workshops as a pack file.</source>
            <translation>Hakuna kifurushi cha maudhui kilichoingizwa. Mashirika yanaweza kushiriki miongozo na warsha kama faili ya kifurushi.</translation>
        </message>
        <message>
            <source>I&amp;mport a pack…</source>
            <translation>&amp;Ingiza kifurushi…</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>&amp;Ondoa kifurushi</translation>
        </message>
        <message>
            <source>%1 %2, by %3</source>
            <translation>%1 %2, na %3</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>Moduli: %1</translation>
        </message>
        <message>
            <source>Signed by %1, a known signer (key %2)</source>
            <translation>Imetiwa sahihi na %1, mtia sahihi anayejulikana (ufunguo %2)</translation>
        </message>
        <message>
            <source>Signed by an unknown key (%1) that says it is from “%2”</source>
            <translation>Imetiwa sahihi kwa ufunguo usiojulikana (%1) unaodai kutoka kwa “%2”</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Haijatiwa sahihi</translation>
        </message>
        <message>
            <source>Choose a content pack</source>
            <translation>Chagua kifurushi cha maudhui</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>Vifurushi vya maudhui (*.zip)</translation>
        </message>
        <message>
            <source>This pack was not imported</source>
            <translation>Kifurushi hiki hakikuingizwa</translation>
        </message>
        <message>
            <source>Pack imported</source>
            <translation>Kifurushi kimeingizwa</translation>
        </message>
        <message>
            <source>“%1” is imported. Its guides are now in the app.</source>
            <translation>“%1” kimeingizwa. Miongozo yake sasa iko kwenye programu.</translation>
        </message>
        <message>
            <source>Signed by %1, a signer this computer knows.</source>
            <translation>Imetiwa sahihi na %1, mtia sahihi anayejulikana na kompyuta hii.</translation>
        </message>
        <message>
            <source>Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.</source>
            <translation>Imetiwa sahihi kwa ufunguo usiojulikana na kompyuta hii. Unadai kutoka kwa “%1”, lakini hilo haliwezi kuthibitishwa.</translation>
        </message>
        <message>
            <source>This pack is not signed.</source>
            <translation>Kifurushi hiki hakijatiwa sahihi.</translation>
        </message>
        <message>
            <source>Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe links, but not for whether its advice is right. Import it only if you got it from someone you trust.</source>
            <translation>Family Guide haiwezi kujua nani alitengeneza kifurushi hiki. Maudhui yake yamekaguliwa kwa makosa na viungo visivyo salama, lakini si kama ushauri wake ni sahihi. Kiingize tu kama ulikipata kutoka kwa mtu unayemwamini.</translation>
        </message>
        <message>
            <source>Pack: %1, version %2</source>
            <translation>Kifurushi: %1, toleo %2</translation>
        </message>
        <message>
            <source>Made by: %1</source>
            <translation>Kimetengenezwa na: %1</translation>
        </message>
        <message>
            <source>It replaces the imported version %1.</source>
            <translation>Kinachukua nafasi ya toleo lililoingizwa %1.</translation>
        </message>
        <message>
            <source>Import this pack?</source>
            <translation>Uingize kifurushi hiki?</translation>
        </message>
        <message>
            <source>Import anyway</source>
            <translation>Ingiza hata hivyo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Ingiza</translation>
        </message>
        <message>
            <source>Remove this pack?</source>
            <translation>Uondoe kifurushi hiki?</translation>
        </message>
        <message>
            <source>Remove “%1” and its guides from this computer? You can import the pack file again later.</source>
            <translation>Uondoe “%1” na miongozo yake kwenye kompyuta hii? Unaweza kuingiza faili ya kifurushi tena baadaye.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>The pack was not removed</source>
            <translation>Kifurushi hakikuondolewa</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Not talked about yet at this age</source>
            <translation>Bado hamjazungumza hili katika umri huu</translation>
        </message>
        <message>
            <source>Your child is older now: this guide has new words for their age</source>
            <translation>Mtoto wako sasa ni mkubwa zaidi: mwongozo huu una maneno mapya kwa umri wake</translation>
        </message>
        <message>
            <source>It has been a year: time to talk again</source>
            <translation>Mwaka umepita: ni wakati wa kuzungumza tena</translation>
        </message>
        <message>
            <source>Your child started a new app since you last talked</source>
            <translation>Mtoto wako ameanza kutumia programu mpya tangu mlipozungumza mara ya mwisho</translation>
        </message>
        <message>
            <source>%1, %2 this year</source>
            <translation>%1, %2 mwaka huu</translation>
        </message>
        <message>
            <source>The guides are written for ages 5 to 17.</source>
            <translation>Miongozo imeandikwa kwa umri wa miaka 5 hadi 17.</translation>
        </message>
        <message>
            <source>%1 of %2 topics talked about for ages %3.</source>
            <translation>Mada %1 kati ya %2 zimezungumzwa kwa umri %3.</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Sasa ni wakati</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>Mmezungumza</translation>
        </message>
        <message>
            <source>on %1, again by %2</source>
            <translation>tarehe %1, tena kufikia %2</translation>
        </message>
        <message>
            <source>All topics talked about for now. Well done.</source>
            <translation>Mada zote zimezungumzwa kwa sasa. Hongera.</translation>
        </message>
        <message>
            <source>Next to talk about</source>
            <translation>Mada inayofuata kuzungumza</translation>
        </message>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation>
                <numerusform>Mada %n zaidi ya kuzungumza.</numerusform>
                <numerusform>Mada %n zaidi za kuzungumza.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Adapt a plan</source>
            <translation>Rekebisha mpango</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Sogeza juu</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Sogeza &amp;chini</translation>
        </message>
        <message>
            <source>A&amp;dd a slide</source>
            <translation>&amp;Ongeza slaidi</translation>
        </message>
        <message>
            <source>&amp;Save as my plan</source>
            <translation>&amp;Hifadhi kama mpango wangu</translation>
        </message>
        <message>
            <source>&amp;Present without saving...</source>
            <translation>&amp;Wasilisha bila kuhifadhi...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Slides in order (tick to show; Alt+Up or Alt+Down to move)</source>
            <translation>Slaidi kwa mpangilio (weka alama ili kuonyesha; Alt+Up au Alt+Down kusogeza)</translation>
        </message>
        <message>
            <source>Slide title</source>
            <translation>Kichwa cha slaidi</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>Kile ambacho watu wanaona</translation>
        </message>
        <message>
            <source>Your notes, one point a line</source>
            <translation>Maelezo yako, jambo moja kila mstari</translation>
        </message>
        <message>
            <source>Questions, one a line</source>
            <translation>Maswali, moja kila mstari</translation>
        </message>
        <message>
            <source>Agenda section</source>
            <translation>Sehemu ya ajenda</translation>
        </message>
        <message>
            <source>Name of your plan</source>
            <translation>Jina la mpango wako</translation>
        </message>
        <message>
            <source>Language of the words you edit</source>
            <translation>Lugha ya maneno unayohariri</translation>
        </message>
        <message>
            <source>My plan: %1</source>
            <translation>Mpango wangu: %1</translation>
        </message>
        <message>
            <source>Slides (tick to show, drag to reorder)</source>
            <translation>Slaidi (weka alama ili kuonyesha, buruta ili kubadilisha mpangilio)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Kichwa</translation>
        </message>
        <message>
            <source>Your notes (one point a line)</source>
            <translation>Maelezo yako (jambo moja kila mstari)</translation>
        </message>
        <message>
            <source>Questions (one a line)</source>
            <translation>Maswali (moja kila mstari)</translation>
        </message>
        <message>
            <source>Minutes for each part of the agenda</source>
            <translation>Dakika kwa kila sehemu ya ajenda</translation>
        </message>
        <message>
            <source>min</source>
            <translation>dak</translation>
        </message>
        <message>
            <source>The safeguarding page and the help-line slide stay in every plan.</source>
            <translation>Ukurasa wa ulinzi wa watoto na slaidi ya simu za msaada hubaki katika kila mpango.</translation>
        </message>
        <message>
            <source>In all: %1 minutes</source>
            <translation>Jumla: dakika %1</translation>
        </message>
        <message>
            <source>%1 (always shown)</source>
            <translation>%1 (huonyeshwa kila wakati)</translation>
        </message>
        <message>
            <source>New slide</source>
            <translation>Slaidi mpya</translation>
        </message>
        <message>
            <source>Give your plan a name first.</source>
            <translation>Kwanza upe mpango wako jina.</translation>
        </message>
        <message>
            <source>Your plan was not saved:</source>
            <translation>Mpango wako haukuhifadhiwa:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Haijahifadhiwa</translation>
        </message>
        <message>
            <source>Saved as “%1”. It is listed under Workshops.</source>
            <translation>Imehifadhiwa kama “%1”. Imeorodheshwa chini ya Warsha.</translation>
        </message>
    </context>
    <context>
        <name>PresentDialog</name>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation>Skrini %1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Wasilisha</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Hakuna</translation>
        </message>
        <message>
            <source>Slides on</source>
            <translation>Slaidi kwenye</translation>
        </message>
        <message>
            <source>Presenter view on</source>
            <translation>Mwonekano wa mwasilishaji kwenye</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <source>Second language, below the first</source>
            <translation>Lugha ya pili, chini ya ya kwanza</translation>
        </message>
        <message>
            <source>With one screen, press N during the show for your notes. Press ? for the keys.</source>
            <translation>Ukiwa na skrini moja, bonyeza N wakati wa onyesho ili kuona maelezo yako. Bonyeza ? kuona vitufe.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Anza</translation>
        </message>
        <message>
            <source>Not yet in %1, shown in English: %2</source>
            <translation>Bado haipo kwa %1, imeonyeshwa kwa Kiingereza: %2</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Right, Down, Page Down, Space, Enter</source>
            <translation>Mshale wa kulia, mshale wa chini, Page Down, Space, Enter</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Slaidi inayofuata</translation>
        </message>
        <message>
            <source>Left, Up, Page Up, Backspace, P</source>
            <translation>Mshale wa kushoto, mshale wa juu, Page Up, Backspace, P</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>Slaidi iliyotangulia</translation>
        </message>
        <message>
            <source>Home, End</source>
            <translation>Home, End</translation>
        </message>
        <message>
            <source>First slide, last slide</source>
            <translation>Slaidi ya kwanza, slaidi ya mwisho</translation>
        </message>
        <message>
            <source>A number, then Enter</source>
            <translation>Namba, kisha Enter</translation>
        </message>
        <message>
            <source>Go to that slide</source>
            <translation>Nenda kwenye slaidi hiyo</translation>
        </message>
        <message>
            <source>B or .</source>
            <translation>B au .</translation>
        </message>
        <message>
            <source>Black screen (any move key returns to the same slide)</source>
            <translation>Skrini nyeusi (kitufe chochote cha kusogeza kinarudisha slaidi ile ile)</translation>
        </message>
        <message>
            <source>W or ,</source>
            <translation>W au ,</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Skrini nyeupe</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show or hide the notes (one screen)</source>
            <translation>Onyesha au ficha maelezo (skrini moja)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Cancel a blank or a number; then asks before leaving</source>
            <translation>Ghairi skrini tupu au namba; kisha huuliza kabla ya kutoka</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Show or hide this list</source>
            <translation>Onyesha au ficha orodha hii</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Get help now, on the presenter's screen</source>
            <translation>Pata msaada sasa, kwenye skrini ya mwasilishaji</translation>
        </message>
        <message>
            <source>ahead</source>
            <translation>mbele ya muda</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>kwa wakati</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>nyuma ya muda</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>Maswali kwa kikundi</translation>
        </message>
        <message>
            <source>Card %1: one good answer</source>
            <translation>Kadi %1: jibu moja zuri</translation>
        </message>
        <message>
            <source>Family Guide: presentation</source>
            <translation>Family Guide: uwasilishaji</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>Slaidi</translation>
        </message>
        <message>
            <source>Family Guide: presenter view</source>
            <translation>Family Guide: mwonekano wa mwasilishaji</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Slaidi ya sasa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Time and status</source>
            <translation>Muda na hali</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Ujumbe</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Inayofuata</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Slaidi %1 kati ya %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Muda uliopita %1</translation>
        </message>
        <message>
            <source>%1: %2 left (%3)</source>
            <translation>%1: %2 zimebaki (%3)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>haijaanza</translation>
        </message>
        <message>
            <source>BLANK: black</source>
            <translation>TUPU: nyeusi</translation>
        </message>
        <message>
            <source>BLANK: white</source>
            <translation>TUPU: nyeupe</translation>
        </message>
        <message>
            <source>Go to slide: %1</source>
            <translation>Nenda kwenye slaidi: %1</translation>
        </message>
        <message>
            <source>There is no slide %1 (1 to %2).</source>
            <translation>Hakuna slaidi %1 (1 hadi %2).</translation>
        </message>
        <message>
            <source>Time %1</source>
            <translation>Muda %1</translation>
        </message>
        <message>
            <source>Leave the presentation? Press Enter or Y to leave; any other key stays.</source>
            <translation>Uondoke kwenye uwasilishaji? Bonyeza Enter au Y kuondoka; kitufe kingine chochote kinakubakiza.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Angalia ndani ya:</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Angalia ndani ya:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Jina la faili:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Aina &amp;za faili:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Aina za faili:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Hifadhi</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Fungua</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Hifadhi kama</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Nyuma</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Mbele</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folda kuu</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Unda folda mpya</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Mwonekano wa orodha</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Mwonekano wa kina</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Upau wa pembeni</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Rudi nyuma</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Nenda mbele</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Nenda kwenye folda kuu</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Unda folda mpya</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Badilisha hadi mwonekano wa orodha</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Badilisha hadi mwonekano wa kina</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Maeneo ya hivi karibuni</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Kompyuta yangu</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Badilisha jina</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>F&amp;uta</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;Onyesha faili zilizofichwa</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folda &amp;mpya</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folda mpya</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Folda ya faili</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folda</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Faili</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Diski</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Haijulikani</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 tayari ipo.
Unataka kuibadilisha?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Una uhakika unataka kufuta '%1'?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' imelindwa isiandikwe.
Unataka kuifuta hata hivyo?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Folda haikuweza kufutwa.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Folda haikupatikana.
Tafadhali hakikisha jina sahihi la folda limetolewa.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Faili haikupatikana.
Tafadhali hakikisha jina sahihi la faili limetolewa.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukubwa</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tarehe ya mabadiliko</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Kompyuta</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Kompyuta yangu</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Jina la faili si sahihi</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>KB %1</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>MB %1</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>GB %1</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>baiti %1</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Tendua</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rudia</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kata</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Nakili</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Bandika</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Futa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chagua zote</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Onyesha maelezo...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ficha maelezo...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Sawa</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Hifadhi</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Hifadhi zote</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ndiyo</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ndiyo kwa &amp;zote</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Hapana</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Hapana &amp;kwa zote</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Sitisha</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Jaribu tena</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Puuza</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Tupa</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Msaada</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tumia</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Weka upya</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Rejesha chaguo-msingi</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Tendua</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rudia</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kata</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Nakili</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Nakili &amp;anwani ya kiungo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Bandika</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Futa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chagua zote</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Stop</source>
            <translation>Simamisha</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>Acha kusoma kwa sauti</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>Kasi ya kusoma</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Polepole zaidi</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>Kasi ya kawaida</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Haraka zaidi</translation>
        </message>
        <message>
            <source>Only the words to say</source>
            <translation>Maneno ya kusema tu</translation>
        </message>
        <message>
            <source>Read only the lines to say to your child, never the notes for you</source>
            <translation>Soma tu mistari ya kumwambia mtoto wako, kamwe si maelezo ya kwako</translation>
        </message>
        <message>
            <source>Read the English text</source>
            <translation>Soma maandishi ya Kiingereza</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pumzika</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Soma kwa sauti</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Endelea</translation>
        </message>
        <message>
            <source>This computer has no voice for %1, so that text cannot be read aloud.</source>
            <translation>Kompyuta hii haina sauti ya %1, kwa hiyo maandishi hayo hayawezi kusomwa kwa sauti.</translation>
        </message>
        <message>
            <source>There is nothing to read aloud here.</source>
            <translation>Hakuna cha kusoma kwa sauti hapa.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Timeline of concerns</source>
            <translation>Mfuatano wa matukio ya wasiwasi</translation>
        </message>
        <message>
            <source>About: %1 (born %2)</source>
            <translation>Kuhusu: %1 (alizaliwa %2)</translation>
        </message>
        <message>
            <source>About: all children</source>
            <translation>Kuhusu: watoto wote</translation>
        </message>
        <message>
            <source>Made on %1 from a private journal kept with Family Guide.</source>
            <translation>Imetengenezwa tarehe %1 kutoka kwenye shajara ya siri iliyotunzwa kwa Family Guide.</translation>
        </message>
        <message>
            <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
            <translation>Imeandikwa na mzazi au mlezi. Nyakati ni pale mambo yalipotokea, kama yalivyoandikwa wakati huo au muda mfupi baadaye. Hakuna picha zilizojumuishwa: kila ingizo linaeleza mahali ushahidi ulipo.</translation>
        </message>
        <message>
            <source>There are no entries yet.</source>
            <translation>Bado hakuna maingizo.</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>Mtoto: %1</translation>
        </message>
        <message>
            <source>Concern: %1</source>
            <translation>Wasiwasi: %1</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Lebo: %1</translation>
        </message>
        <message>
            <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
            <translation>Ripoti ni faili ya kawaida, haijafungwa wala kusimbwa. Yeyote anayeweza kufungua faili anaweza kuisoma, na kompyuta yako inaweza kuweka nakala zake (faili za hivi karibuni, vipakuliwa, usawazishaji wa wingu). Ihifadhi mahali ambapo wewe tu unaweza kufikia, kama USB unayoitunza, au uichapishe badala yake. Ifute usipoihitaji tena.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Ukurasa %1 kati ya %2</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>Hifadhi kama P&amp;DF...</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Mfuatano wa matukio</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>Watoto wote</translation>
        </message>
        <message>
            <source>&amp;Child:</source>
            <translation>&amp;Mtoto:</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Chapisha...</translation>
        </message>
        <message>
            <source>A copy outside the locked journal</source>
            <translation>Nakala nje ya shajara iliyofungwa</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Hifadhi ripoti</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Faili za PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Haijahifadhiwa</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Parent or carer</source>
            <translation>Mzazi au mlezi</translation>
        </message>
        <message>
            <source>Faith or community leader</source>
            <translation>Kiongozi wa dini au wa jamii</translation>
        </message>
        <message>
            <source>Counselor, teacher or NGO worker</source>
            <translation>Mshauri, mwalimu au mfanyakazi wa NGO</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <source>Police, ambulance and fire</source>
            <translation>Polisi, gari la wagonjwa na zimamoto</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Polisi</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>Gari la wagonjwa</translation>
        </message>
        <message>
            <source>Fire and rescue, ambulance</source>
            <translation>Zimamoto na uokoaji, gari la wagonjwa</translation>
        </message>
        <message>
            <source>from a mobile phone</source>
            <translation>kutoka kwenye simu ya mkononi</translation>
        </message>
        <message>
            <source>older number, still works</source>
            <translation>namba ya zamani, bado inafanya kazi</translation>
        </message>
        <message>
            <source>in some areas only</source>
            <translation>katika baadhi ya maeneo tu</translation>
        </message>
        <message>
            <source>new; may not work everywhere yet</source>
            <translation>mpya; huenda bado haifanyi kazi kila mahali</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Mipangilio</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Jumla</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Vipeperushi</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Maudhui</translation>
        </message>
        <message>
            <source>Colo&amp;urs:</source>
            <translation>&amp;Rangi:</translation>
        </message>
        <message>
            <source>Lock the &amp;journal after:</source>
            <translation>&amp;Funga shajara baada ya:</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>dakika %n bila kutumika</numerusform>
                <numerusform>dakika %n bila kutumika</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra content modules are loaded from this folder:
%1</source>
            <translation>Moduli za ziada za maudhui zinapakiwa kutoka kwenye folda hii:
%1</translation>
        </message>
        <message>
            <source>Content &amp;packs…</source>
            <translation>&amp;Vifurushi vya maudhui…</translation>
        </message>
    </context>
    <context>
        <name>SetupForm</name>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Nchi:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lugha:</translation>
        </message>
        <message>
            <source>I &amp;am a:</source>
            <translation>&amp;Mimi ni:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Ukubwa wa maandishi:</translation>
        </message>
        <message>
            <source>Used to show the right emergency numbers and help lines</source>
            <translation>Inatumika kuonyesha namba sahihi za dharura na simu za msaada</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Welcome to Family Guide</source>
            <translation>Karibu Family Guide</translation>
        </message>
        <message>
            <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
            <translation>Machaguo matatu mafupi, ili miongozo na simu za msaada zikufae. Unaweza kuyabadilisha baadaye kwenye Mipangilio.</translation>
        </message>
        <message>
            <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
            <translation>Family Guide inafanya kazi bila intaneti na haitumi kamwe chochote kupitia intaneti. Watu wengine wanaotumia kompyuta hii bado wanaweza kuona kwamba imesakinishwa, na hakuna programu inayoweza kulinda dhidi ya programu za upelelezi.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Anza</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Like the system (light or dark)</source>
            <translation>Kama mfumo (mwanga au giza)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Mwanga</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Giza</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Utofautishaji mkubwa</translation>
        </message>
    </context>
    <context>
        <name>Topic</name>
        <message>
            <source>Online friends and strangers</source>
            <translation>Marafiki na wageni wa mtandaoni</translation>
        </message>
        <message>
            <source>Secrets and private chats</source>
            <translation>Siri na soga za faragha</translation>
        </message>
        <message>
            <source>Gifts and money</source>
            <translation>Zawadi na pesa</translation>
        </message>
        <message>
            <source>Photos and videos</source>
            <translation>Picha na video</translation>
        </message>
        <message>
            <source>Sextortion</source>
            <translation>Usaliti wa kingono (sextortion)</translation>
        </message>
        <message>
            <source>Live streaming</source>
            <translation>Kutiririsha mubashara</translation>
        </message>
        <message>
            <source>Offers too good to be true</source>
            <translation>Ofa zilizo nzuri mno kuwa za kweli</translation>
        </message>
        <message>
            <source>Feelings and support</source>
            <translation>Hisia na msaada</translation>
        </message>
        <message>
            <source>Body safety</source>
            <translation>Usalama wa mwili</translation>
        </message>
        <message>
            <source>Relationships and respect</source>
            <translation>Mahusiano na heshima</translation>
        </message>
        <message>
            <source>Meeting in person</source>
            <translation>Kukutana ana kwa ana</translation>
        </message>
        <message>
            <source>When something has happened</source>
            <translation>Jambo likishatokea</translation>
        </message>
        <message>
            <source>Apps and privacy</source>
            <translation>Programu na faragha</translation>
        </message>
        <message>
            <source>Grooming</source>
            <translation>Urubuni wa watoto (grooming)</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Usafirishaji haramu wa binadamu</translation>
        </message>
    </context>
    <context>
        <name>WarningSignsPage</name>
        <message>
            <source>Emergency: %1</source>
            <translation>Dharura: %1</translation>
        </message>
        <message>
            <source>Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps below.</source>
            <translation>Waambie kwamba mtoto yuko hatarini, mahali mtoto anaweza kuwa, na kinachotokea. Kisha fuata hatua zilizo hapa chini.</translation>
        </message>
        <message>
            <source>Act today: report and get advice.</source>
            <translation>Chukua hatua leo: ripoti na upate ushauri.</translation>
        </message>
        <message>
            <source>You do not need proof. The steps and the places to report are below.</source>
            <translation>Huhitaji uthibitisho. Hatua na mahali pa kuripoti viko hapa chini.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Dalili za hatari</translation>
        </message>
        <message>
            <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
            <translation>Weka alama kwenye ulichogundua. Dalili nyingi pia ni sehemu ya kukua: zitumie kama sababu ya kuzungumza, si ya kulaumu. Matokeo ni hatua za kuchukua, si hukumu kuhusu mtoto wako.</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Orodha za ukaguzi</translation>
        </message>
        <message>
            <source>Signs to tick</source>
            <translation>Dalili za kuwekea alama</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>La kufanya baadaye</translation>
        </message>
        <message>
            <source>&amp;Save to journal...</source>
            <translation>&amp;Hifadhi kwenye shajara...</translation>
        </message>
        <message>
            <source>Keep what you ticked, with the date and a note, in your private journal</source>
            <translation>Weka ulichowekea alama, pamoja na tarehe na dokezo, kwenye shajara yako ya siri</translation>
        </message>
        <message>
            <source>C&amp;lear ticks</source>
            <translation>&amp;Ondoa alama</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Tengeneza ki&amp;peperushi...</translation>
        </message>
        <message>
            <source>Print this checklist as a blank worksheet, or the next steps shown</source>
            <translation>Chapisha orodha hii ya ukaguzi kama fomu tupu, au hatua zinazofuata zilizoonyeshwa</translation>
        </message>
        <message>
            <source>Also normal:</source>
            <translation>Pia ni kawaida:</translation>
        </message>
        <message>
            <source>(in %1: not yet translated)</source>
            <translation>(kwa %1: bado haijatafsiriwa)</translation>
        </message>
        <message>
            <source>(the English text changed after this was translated)</source>
            <translation>(maandishi ya Kiingereza yalibadilika baada ya kutafsiriwa)</translation>
        </message>
        <message>
            <source>Who can help in %1</source>
            <translation>Nani anaweza kusaidia nchini %1</translation>
        </message>
        <message>
            <source>No services are listed for your country. See Get help now.</source>
            <translation>Hakuna huduma zilizoorodheshwa kwa nchi yako. Angalia Pata msaada sasa.</translation>
        </message>
        <message>
            <source>Blank worksheet with tick boxes</source>
            <translation>Fomu tupu yenye visanduku vya kuwekea alama</translation>
        </message>
        <message>
            <source>Next steps: %1</source>
            <translation>Hatua zinazofuata: %1</translation>
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation>Imehifadhiwa kwenye shajara yako.</translation>
        </message>
        <message>
            <source>Tick the signs you have noticed to see what to do next.</source>
            <translation>Weka alama kwenye dalili ulizogundua ili kuona la kufanya baadaye.</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation>
                <numerusform>Dalili %n iliyowekewa alama na hatua zinazofuata zitawekwa kwenye shajara yako.</numerusform>
                <numerusform>Dalili %n zilizowekewa alama na hatua zinazofuata zitawekwa kwenye shajara yako.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation>
                <numerusform>Dalili %n imewekewa alama.</numerusform>
                <numerusform>Dalili %n zimewekewa alama.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workshops</name>
        <message>
            <source>Workshops</source>
            <translation>Warsha</translation>
        </message>
        <message>
            <source>Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding page before you present. Adapt a plan to your group and save it as your own.</source>
            <translation>Mipango ya vipindi kwa viongozi: ajenda, slaidi, maelezo na ukurasa wa ulinzi wa watoto. Soma ukurasa wa ulinzi kabla ya kuwasilisha. Rekebisha mpango kulingana na kikundi chako na uuhifadhi kama wako.</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>Mipango ya vipindi</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>Mpango</translation>
        </message>
        <message>
            <source>&amp;Present...</source>
            <translation>&amp;Wasilisha...</translation>
        </message>
        <message>
            <source>Show the slides full screen (F5)</source>
            <translation>Onyesha slaidi kwenye skrini nzima (F5)</translation>
        </message>
        <message>
            <source>&amp;Adapt...</source>
            <translation>&amp;Rekebisha...</translation>
        </message>
        <message>
            <source>Reorder, hide and edit slides; save as your own plan</source>
            <translation>Panga upya, ficha na uhariri slaidi; hifadhi kama mpango wako</translation>
        </message>
        <message>
            <source>Export s&amp;lides (PDF)...</source>
            <translation>Hamisha &amp;slaidi (PDF)...</translation>
        </message>
        <message>
            <source>Export n&amp;otes (PDF)...</source>
            <translation>Hamisha &amp;maelezo (PDF)...</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>Tengeneza &amp;kipeperushi...</translation>
        </message>
        <message>
            <source>Print the plan's take-home handout for participants, or save it as a PDF</source>
            <translation>Chapisha kipeperushi cha mpango kwa washiriki kwenda nacho nyumbani, au kihifadhi kama PDF</translation>
        </message>
        <message>
            <source>your plan</source>
            <translation>mpango wako</translation>
        </message>
        <message>
            <source>No session plans are installed.</source>
            <translation>Hakuna mipango ya vipindi iliyosakinishwa.</translation>
        </message>
        <message>
            <source>Take-home handout: %1</source>
            <translation>Kipeperushi cha kwenda nacho nyumbani: %1</translation>
        </message>
        <message>
            <source>Cannot present</source>
            <translation>Haiwezi kuwasilishwa</translation>
        </message>
        <message>
            <source>This plan has problems to fix first:</source>
            <translation>Mpango huu una matatizo ya kurekebisha kwanza:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Faili za PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the slides</source>
            <translation>Hamisha slaidi</translation>
        </message>
        <message>
            <source>Export the facilitator notes</source>
            <translation>Hamisha maelezo ya mwezeshaji</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Haijahifadhiwa</translation>
        </message>
        <message>
            <source>The PDF could not be saved to %1: %2</source>
            <translation>PDF haikuweza kuhifadhiwa kwenye %1: %2</translation>
        </message>
        <message>
            <source>Workshop slides</source>
            <translation>Slaidi za warsha</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Maelezo ya mwezeshaji</translation>
        </message>
        <message>
            <source>%1 to %2 minutes</source>
            <translation>Dakika %1 hadi %2</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>Dakika %1</translation>
        </message>
        <message>
            <source>Facilitator safeguarding page (read before the session)</source>
            <translation>Ukurasa wa ulinzi wa watoto kwa mwezeshaji (soma kabla ya kipindi)</translation>
        </message>
        <message>
            <source>Emergency number in %1: %2</source>
            <translation>Namba ya dharura nchini %1: %2</translation>
        </message>
        <message>
            <source>No emergency number is confirmed for %1: find the local number before the session.</source>
            <translation>Hakuna namba ya dharura iliyothibitishwa kwa %1: tafuta namba ya eneo hilo kabla ya kipindi.</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Kabla ya kipindi</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>Wakati wa kipindi</translation>
        </message>
        <message>
            <source>If someone tells you about abuse</source>
            <translation>Mtu akikuambia kuhusu unyanyasaji</translation>
        </message>
        <message>
            <source>What not to promise</source>
            <translation>Usiahidi nini</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Umpigie nani simu</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>dak %1</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ajenda</translation>
        </message>
        <message>
            <source>Slides and notes</source>
            <translation>Slaidi na maelezo</translation>
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation>(imefichwa) %1</translation>
        </message>
        <message>
            <source>The help lines of the chosen country are shown here.</source>
            <translation>Simu za msaada za nchi iliyochaguliwa zinaonyeshwa hapa.</translation>
        </message>
        <message>
            <source>One good answer:</source>
            <translation>Jibu moja zuri:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Maswali</translation>
        </message>
    </context>
</TS>
