<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
    <context>
        <name>App</name>
        <message>
            <source>Family Guide is already open. Look for its window, or its button on the taskbar.</source>
            <translation>Family Guide पहले से खुला है। उसकी विंडो ढूँढें, या टास्कबार पर उसका बटन।</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>सेटिंग्स पढ़ी नहीं जा सकीं</translation>
        </message>
        <message>
            <source>The settings file names a country that is not in the list (%1). Help for “Another country” is shown until you choose your country in Settings.</source>
            <translation>सेटिंग्स फ़ाइल में ऐसा देश लिखा है जो सूची में नहीं है (%1)। जब तक आप सेटिंग्स में अपना देश नहीं चुनते, तब तक “कोई दूसरा देश” के लिए मदद दिखाई जाएगी।</translation>
        </message>
    </context>
    <context>
        <name>ContentHtml</name>
        <message>
            <source>Shown in %1: this part is not yet translated into %2.</source>
            <translation>%1 में दिखाया जा रहा है: इस हिस्से का %2 में अनुवाद अभी नहीं हुआ है।</translation>
        </message>
        <message>
            <source>Reviewed %1</source>
            <translation>जाँचा गया: %1</translation>
        </message>
        <message>
            <source>This translation has not yet been checked by a fluent speaker.</source>
            <translation>इस अनुवाद को अभी तक किसी ऐसे व्यक्ति ने नहीं जाँचा है जो यह भाषा अच्छी तरह जानता हो।</translation>
        </message>
        <message>
            <source>The English text changed after this was translated: the parts marked may be out of date.</source>
            <translation>इस अनुवाद के बाद अंग्रेज़ी टेक्स्ट बदल गया है: जिन हिस्सों पर निशान है, वे पुराने हो सकते हैं।</translation>
        </message>
        <message>
            <source>Translation checked by %1 on %2.</source>
            <translation>अनुवाद %1 ने %2 को जाँचा।</translation>
        </message>
        <message>
            <source>The English text changed after this was translated.</source>
            <translation>इस अनुवाद के बाद अंग्रेज़ी टेक्स्ट बदल गया है।</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>स्रोत</translation>
        </message>
        <message>
            <source>For you, not to say to your child:</source>
            <translation>आपके लिए, बच्चे से कहने के लिए नहीं:</translation>
        </message>
        <message>
            <source>Ages %1</source>
            <translation>उम्र: %1 साल</translation>
        </message>
        <message>
            <source>For this age</source>
            <translation>इस उम्र के लिए</translation>
        </message>
        <message>
            <source>Why this matters</source>
            <translation>यह क्यों ज़रूरी है</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>शुरू करने से पहले</translation>
        </message>
        <message>
            <source>Ways to start</source>
            <translation>बात शुरू करने के तरीके</translation>
        </message>
        <message>
            <source>What your child should hear</source>
            <translation>आपके बच्चे को क्या सुनना चाहिए</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>पूछने के लिए सवाल</translation>
        </message>
        <message>
            <source>If your child says...</source>
            <translation>अगर आपका बच्चा कहे...</translation>
        </message>
        <message>
            <source>Show what you might say</source>
            <translation>आप क्या कह सकते हैं, यह देखें</translation>
        </message>
        <message>
            <source>What not to say</source>
            <translation>क्या न कहें</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>उसके बाद</translation>
        </message>
        <message>
            <source>Signs to watch for</source>
            <translation>इन संकेतों पर ध्यान दें</translation>
        </message>
        <message>
            <source>Getting help</source>
            <translation>मदद कैसे लें</translation>
        </message>
        <message>
            <source>What this may mean</source>
            <translation>इसका क्या मतलब हो सकता है</translation>
        </message>
        <message>
            <source>What this does not mean</source>
            <translation>इसका क्या मतलब नहीं है</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>अभी क्या करें</translation>
        </message>
        <message>
            <source>Write down usernames, profile links, phone numbers, dates and the apps or games used.</source>
            <translation>यूज़रनेम, प्रोफ़ाइल लिंक, फ़ोन नंबर, तारीखें और इस्तेमाल हुए ऐप या गेम के नाम लिख लें।</translation>
        </message>
        <message>
            <source>Keep the messages. Do not delete them, or the account.</source>
            <translation>मैसेज संभालकर रखें। न मैसेज डिलीट करें, न अकाउंट।</translation>
        </message>
        <message>
            <source>Block the account only after you have written the details down.</source>
            <translation>सारी जानकारी लिख लेने के बाद ही अकाउंट को ब्लॉक करें।</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
            <translation>किसी बच्चे की यौन तस्वीर को कभी भी सेव, स्क्रीनशॉट या फ़ॉरवर्ड न करें, सबूत के लिए भी नहीं। पुलिस या रिपोर्टिंग लाइन को बताएँ कि वह तस्वीर कहाँ है।</translation>
        </message>
        <message>
            <source>Do not pay, and do not send anything more.</source>
            <translation>पैसे न दें, और आगे कुछ भी न भेजें।</translation>
        </message>
        <message>
            <source>Keeping evidence</source>
            <translation>सबूत संभालकर रखना</translation>
        </message>
        <message>
            <source>Conversation guides that can help</source>
            <translation>बातचीत के गाइड जो मदद कर सकते हैं</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>फ़ोन: %1</translation>
        </message>
        <message>
            <source>Copy number</source>
            <translation>नंबर कॉपी करें</translation>
        </message>
        <message>
            <source>Text: %1</source>
            <translation>SMS: %1</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation>समय: %1</translation>
        </message>
        <message>
            <source>Checked live on %1</source>
            <translation>%1 को सीधे जाँचा गया</translation>
        </message>
        <message>
            <source>Caution: we could not confirm this. Check it before you rely on it.</source>
            <translation>ध्यान दें: हम इस जानकारी को पक्का नहीं कर पाए। इस पर भरोसा करने से पहले इसे जाँच लें।</translation>
        </message>
        <message>
            <source>Found in one source only: check this number locally.</source>
            <translation>यह सिर्फ़ एक स्रोत में मिला: इस नंबर को अपने इलाके में पक्का कर लें।</translation>
        </message>
        <message>
            <source>Source: %1, dated %2</source>
            <translation>स्रोत: %1, तारीख: %2</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>स्रोत: %1</translation>
        </message>
    </context>
    <context>
        <name>ContentView</name>
        <message>
            <source>Copied: %1</source>
            <translation>कॉपी हो गया: %1</translation>
        </message>
        <message>
            <source>This opens your web browser at this address:

%1

Website: %2

Family Guide itself never connects to the internet.</source>
            <translation>इससे आपका वेब ब्राउज़र इस पते पर खुलेगा:

%1

वेबसाइट: %2

Family Guide ख़ुद कभी इंटरनेट से नहीं जुड़ता।</translation>
        </message>
        <message>
            <source>Open outside Family Guide?</source>
            <translation>Family Guide के बाहर खोलें?</translation>
        </message>
        <message>
            <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
            <translation>इससे कोई दूसरा प्रोग्राम (जैसे आपका वेब ब्राउज़र) इस पते पर खुलेगा:

%1

Family Guide खुद कभी इंटरनेट से नहीं जुड़ता।</translation>
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <source>Conversation guides</source>
            <translation>बातचीत के लिए गाइड</translation>
        </message>
        <message>
            <source>C&amp;hild's age:</source>
            <translation>बच्चे की उम्र (&amp;H):</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>विषय (&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Written for:</source>
            <translation>किसके लिए लिखा गया (&amp;W):</translation>
        </message>
        <message>
            <source>Search the guides</source>
            <translation>गाइड में खोजें</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>गाइड</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>गाइड का टेक्स्ट</translation>
        </message>
        <message>
            <source>We &amp;talked about this...</source>
            <translation>हमने इस पर बात की (&amp;T)...</translation>
        </message>
        <message>
            <source>Write down in your private journal that you had this talk</source>
            <translation>अपनी निजी डायरी में लिख लें कि आपने यह बातचीत की</translation>
        </message>
        <message>
            <source>Show all &amp;answers</source>
            <translation>सभी जवाब दिखाएँ (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>हैंडआउट बनाएँ (&amp;M)...</translation>
        </message>
        <message>
            <source>Print this guide as a one- or two-page handout, or save it as a PDF</source>
            <translation>इस गाइड को एक या दो पेज के हैंडआउट के रूप में प्रिंट करें, या PDF के रूप में सेव करें</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>सभी</translation>
        </message>
        <message>
            <source>%1 (%2 this year)</source>
            <translation>%1 (इस साल %2 साल)</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>सभी विषय</translation>
        </message>
        <message>
            <source>No guide matches. Try other words, or choose “All topics”.</source>
            <translation>कोई मिलती-जुलती गाइड नहीं है। दूसरे शब्दों से खोजें, या “सभी विषय” चुनें।</translation>
        </message>
        <message>
            <source>No guides are available for this age yet.</source>
            <translation>इस उम्र के लिए अभी कोई गाइड नहीं है।</translation>
        </message>
        <message>
            <source>This guide, ages %1</source>
            <translation>यह गाइड, उम्र: %1 साल</translation>
        </message>
        <message>
            <source>Record that you talked about “%1” (ages %2).</source>
            <translation>डायरी में लिखें कि आपने “%1” पर बात की (उम्र: %2 साल)।</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 साल</translation>
        </message>
    </context>
    <context>
        <name>CounselorForm</name>
        <message>
            <source>Your details on handouts</source>
            <translation>हैंडआउट पर आपकी जानकारी</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>संस्था (&amp;O):</translation>
        </message>
        <message>
            <source>Contact li&amp;ne:</source>
            <translation>संपर्क की जानकारी (&amp;N):</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>लोगो:</translation>
        </message>
        <message>
            <source>Choose lo&amp;go...</source>
            <translation>लोगो चुनें (&amp;G)...</translation>
        </message>
        <message>
            <source>Remo&amp;ve logo</source>
            <translation>लोगो हटाएँ (&amp;V)</translation>
        </message>
        <message>
            <source>Choose a logo (PNG or JPEG, up to 2 MB)</source>
            <translation>लोगो चुनें (PNG या JPEG, 2 MB तक)</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>लोगो लगा हुआ है।</translation>
        </message>
        <message>
            <source>No logo.</source>
            <translation>कोई लोगो नहीं।</translation>
        </message>
        <message>
            <source>The organisation name will be cut to %1 characters.</source>
            <translation>संस्था का नाम छोटा करके %1 अक्षरों का कर दिया जाएगा।</translation>
        </message>
        <message>
            <source>The contact line will be cut to %1 characters.</source>
            <translation>संपर्क की जानकारी छोटी करके %1 अक्षरों की कर दी जाएगी।</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>लोगो चुनें</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>तस्वीरें (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The logo was saved.</source>
            <translation>लोगो सेव हो गया।</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Another country</source>
            <translation>कोई दूसरा देश</translation>
        </message>
    </context>
    <context>
        <name>GetHelpPage</name>
        <message>
            <source>Copied to the clipboard: %1</source>
            <translation>कॉपी हो गया: %1</translation>
        </message>
        <message>
            <source>Help lines and reporting</source>
            <translation>हेल्पलाइन और रिपोर्ट करना</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>देश (&amp;C):</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>हेल्पलाइन</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>दिखाएँ (&amp;S):</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>हैंडआउट बनाएँ (&amp;H)...</translation>
        </message>
        <message>
            <source>Print these help lines, or save them as a PDF</source>
            <translation>इन हेल्पलाइन को प्रिंट करें, या PDF के रूप में सेव करें</translation>
        </message>
        <message>
            <source>All kinds of help</source>
            <translation>हर तरह की मदद</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>%1 के लिए हेल्पलाइन</translation>
        </message>
        <message>
            <source>These facts come from public pages we read; no one called the numbers to check them. Numbers change: if one does not work, call the emergency number.</source>
            <translation>यह जानकारी उन सार्वजनिक पेजों से ली गई है जिन्हें हमने पढ़ा; इन नंबरों को जाँचने के लिए किसी ने इन पर कॉल नहीं किया। नंबर बदलते रहते हैं: अगर कोई नंबर काम न करे, तो इमरजेंसी नंबर पर कॉल करें।</translation>
        </message>
        <message>
            <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
            <translation>इस देश के लिए इस तरह की कोई मदद सूची में नहीं है। “हर तरह की मदद” चुनें, या बच्चों की हेल्पलाइन या पुलिस से पूछें।</translation>
        </message>
        <message>
            <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
            <translation>कोई हेल्पलाइन लोड नहीं हुई है। इमरजेंसी में अपने इलाके के इमरजेंसी नंबर पर कॉल करें।</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>For parents and carers</source>
            <translation>माता-पिता और देखभाल करने वालों के लिए</translation>
        </message>
        <message>
            <source>For young people</source>
            <translation>बच्चों और युवाओं के लिए</translation>
        </message>
        <message>
            <source>Our family safety plan</source>
            <translation>हमारे परिवार की सुरक्षा योजना</translation>
        </message>
        <message>
            <source>Choose one or two languages.</source>
            <translation>एक या दो भाषाएँ चुनें।</translation>
        </message>
        <message>
            <source>Choose two different languages, or only one.</source>
            <translation>दो अलग-अलग भाषाएँ चुनें, या सिर्फ़ एक।</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%2 में से पेज %1</translation>
        </message>
        <message>
            <source>The content '%1' is not loaded.</source>
            <translation>कंटेंट '%1' लोड नहीं हुआ है।</translation>
        </message>
        <message>
            <source>This session plan has no take-home handout.</source>
            <translation>इस सत्र योजना में घर ले जाने वाला हैंडआउट नहीं है।</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet. Choose another language, or make a handout in one.</source>
            <translation>इस कंटेंट का अभी %1 में कोई टेक्स्ट नहीं है। कोई दूसरी भाषा चुनें, या हैंडआउट एक ही भाषा में बनाएँ।</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet, so it is shown in English.</source>
            <translation>इस कंटेंट का अभी %1 में कोई टेक्स्ट नहीं है, इसलिए यह अंग्रेज़ी में दिखाया गया है।</translation>
        </message>
        <message>
            <source>The organisation name is too long for a handout; it was cut short.</source>
            <translation>संस्था का नाम हैंडआउट के लिए बहुत लंबा है; उसे छोटा कर दिया गया।</translation>
        </message>
        <message>
            <source>The contact line is too long for a handout; it was cut short.</source>
            <translation>संपर्क की जानकारी हैंडआउट के लिए बहुत लंबी है; उसे छोटा कर दिया गया।</translation>
        </message>
        <message>
            <source>Shown in English: this part is not yet translated.</source>
            <translation>अंग्रेज़ी में दिखाया गया है: इस हिस्से का अभी अनुवाद नहीं हुआ है।</translation>
        </message>
        <message>
            <source>This guide has no part for ages %1.</source>
            <translation>इस गाइड में %1 साल की उम्र के लिए कोई हिस्सा नहीं है।</translation>
        </message>
        <message>
            <source>This guide has nothing written for young people of ages %1.</source>
            <translation>इस गाइड में %1 साल के बच्चों और युवाओं के लिए कुछ नहीं लिखा है।</translation>
        </message>
        <message>
            <source>Things to remember</source>
            <translation>याद रखने की बातें</translation>
        </message>
        <message>
            <source>People I can tell</source>
            <translation>वे लोग जिन्हें मैं बता सकूँ</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>मदद कहाँ मिलेगी</translation>
        </message>
        <message>
            <source>Checklists are written for adults. Make this handout for parents and carers.</source>
            <translation>चेकलिस्ट बड़ों के लिए लिखी गई हैं। यह हैंडआउट माता-पिता और देखभाल करने वालों के लिए बनाएँ।</translation>
        </message>
        <message>
            <source>Some items are shown in English: not yet translated.</source>
            <translation>कुछ बातें अंग्रेज़ी में दिखाई गई हैं: इनका अभी अनुवाद नहीं हुआ है।</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>तारीख:</translation>
        </message>
        <message>
            <source>This checklist has no guidance called '%1'.</source>
            <translation>इस चेकलिस्ट में '%1' नाम की कोई सलाह नहीं है।</translation>
        </message>
        <message>
            <source>To talk about at home</source>
            <translation>घर पर बात करने के लिए</translation>
        </message>
        <message>
            <source>To think about</source>
            <translation>सोचने के लिए</translation>
        </message>
        <message>
            <source>To talk about with your team</source>
            <translation>अपनी टीम के साथ बात करने के लिए</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>किसके लिए: %1</translation>
        </message>
        <message>
            <source>What not to do</source>
            <translation>क्या न करें</translation>
        </message>
        <message>
            <source>Where to get help in %1</source>
            <translation>%1 में मदद कहाँ मिलेगी</translation>
        </message>
        <message>
            <source>If a child is in danger now, call the emergency number first. Then use the services below.</source>
            <translation>अगर कोई बच्चा अभी खतरे में है, तो पहले इमरजेंसी नंबर पर कॉल करें। फिर नीचे दी गई सेवाओं का इस्तेमाल करें।</translation>
        </message>
        <message>
            <source>We made this plan together. Keep it where everyone can see it.</source>
            <translation>हमने यह योजना साथ मिलकर बनाई है। इसे ऐसी जगह रखें जहाँ सब देख सकें।</translation>
        </message>
        <message>
            <source>People I can tell if something feels wrong</source>
            <translation>अगर कुछ गलत लगे, तो वे लोग जिन्हें मैं बता सकूँ</translation>
        </message>
        <message>
            <source>Our agreements about apps, games and phones</source>
            <translation>ऐप, गेम और फ़ोन के बारे में हमने क्या तय किया</translation>
        </message>
        <message>
            <source>Our agreements about meeting people from online</source>
            <translation>ऑनलाइन मिले लोगों से मिलने के बारे में हमने क्या तय किया</translation>
        </message>
        <message>
            <source>If someone threatens you or asks for pictures</source>
            <translation>अगर कोई तुम्हें धमकाए या तस्वीरें माँगे</translation>
        </message>
        <message>
            <source>Stop replying. Do not pay, and do not send anything more.</source>
            <translation>जवाब देना बंद करो। पैसे मत दो, और आगे कुछ भी मत भेजो।</translation>
        </message>
        <message>
            <source>Do not delete the messages or the account.</source>
            <translation>मैसेज या अकाउंट डिलीट न करो।</translation>
        </message>
        <message>
            <source>Tell one of the people above straight away. You will not be in trouble.</source>
            <translation>ऊपर लिखे लोगों में से किसी एक को तुरंत बताओ। तुम्हें डाँट या सज़ा नहीं मिलेगी।</translation>
        </message>
        <message>
            <source>We report it together. It is never your fault.</source>
            <translation>हम मिलकर इसकी रिपोर्ट करेंगे। यह कभी तुम्हारी गलती नहीं है।</translation>
        </message>
        <message>
            <source>Help numbers</source>
            <translation>मदद के नंबर</translation>
        </message>
        <message>
            <source>Signed and dated:</source>
            <translation>हस्ताक्षर और तारीख:</translation>
        </message>
        <message>
            <source>No country was chosen. These services work anywhere.</source>
            <translation>कोई देश नहीं चुना गया। ये सेवाएँ कहीं से भी काम करती हैं।</translation>
        </message>
        <message>
            <source>We have no help lines for %1 yet. These services work anywhere.</source>
            <translation>%1 के लिए अभी हमारे पास कोई हेल्पलाइन नहीं है। ये सेवाएँ कहीं से भी काम करती हैं।</translation>
        </message>
        <message>
            <source>%1 could not be read as a picture: %2</source>
            <translation>%1 को तस्वीर के रूप में पढ़ा नहीं जा सका: %2</translation>
        </message>
        <message>
            <source>%1 is %2 x %3 pixels; a logo may be at most %4 x %4.</source>
            <translation>%1 का आकार %2 x %3 पिक्सेल है; लोगो ज़्यादा से ज़्यादा %4 x %4 का हो सकता है।</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPEG picture.</source>
            <translation>%1 PNG या JPEG तस्वीर नहीं है।</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB, the most a logo may be.</source>
            <translation>%1 का साइज़ %2 MB से ज़्यादा है; लोगो ज़्यादा से ज़्यादा %2 MB का हो सकता है।</translation>
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
            <translation>लेटर</translation>
        </message>
        <message>
            <source>A5 (half of A4)</source>
            <translation>A5 (A4 का आधा)</translation>
        </message>
        <message>
            <source>Make a handout</source>
            <translation>हैंडआउट बनाएँ</translation>
        </message>
        <message>
            <source>&amp;Handout:</source>
            <translation>कौन-सा हैंडआउट (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>भाषा (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Second language:</source>
            <translation>दूसरी भाषा (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>किसके लिए (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>देश (&amp;C):</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>कागज़ (&amp;R):</translation>
        </message>
        <message>
            <source>Pre&amp;view...</source>
            <translation>झलक देखें (&amp;V)...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>प्रिंट करें (&amp;P)...</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>PDF के रूप में सेव करें (&amp;D)...</translation>
        </message>
        <message>
            <source>None (one language)</source>
            <translation>कोई नहीं (एक ही भाषा)</translation>
        </message>
        <message>
            <source>This worksheet runs to %1 pages in two languages. For two pages, make it in one language on A4 or Letter.</source>
            <translation>दो भाषाओं में यह वर्कशीट %1 पन्नों की बनती है। दो पन्नों के लिए इसे एक भाषा में A4 या Letter पर बनाएँ।</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>हैंडआउट सेव करें</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF फ़ाइलें (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>सेव नहीं हुआ</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>सेव हो गया: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpHours</name>
        <message>
            <source>24 hours a day, every day</source>
            <translation>दिन में 24 घंटे, हर दिन</translation>
        </message>
        <message>
            <source>24 hours a day</source>
            <translation>दिन में 24 घंटे</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Get help now</source>
            <translation>अभी मदद लें</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>देश (&amp;C):</translation>
        </message>
        <message>
            <source>What is happening?</source>
            <translation>क्या हो रहा है?</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>क्या करें</translation>
        </message>
        <message>
            <source>1. Someone is in danger now</source>
            <translation>1. कोई अभी खतरे में है</translation>
        </message>
        <message>
            <source>Call %1 now.</source>
            <translation>अभी %1 पर कॉल करें।</translation>
        </message>
        <message>
            <source>Call your local emergency number now.</source>
            <translation>अभी अपने इलाके के इमरजेंसी नंबर पर कॉल करें।</translation>
        </message>
        <message>
            <source>We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a place of worship which number to call, and keep it by your phone.</source>
            <translation>हम पक्का नहीं कर सके कि %1 में इमरजेंसी नंबर क्या है। किसी पड़ोसी, स्कूल, डॉक्टर या धार्मिक स्थान पर पूछें कि किस नंबर पर कॉल करना है, और उसे लिखकर अपने फ़ोन के पास रखें।</translation>
        </message>
        <message>
            <source>Reported, not confirmed: %1. Check it locally before you rely on it.</source>
            <translation>बताया गया है, पर पक्का नहीं: %1। इस पर भरोसा करने से पहले इसे अपने इलाके में जाँच लें।</translation>
        </message>
        <message>
            <source>A child is in danger.</source>
            <translation>एक बच्चा खतरे में है।</translation>
        </message>
        <message>
            <source>Their name is ... They are ... years old.</source>
            <translation>उसका नाम ... है। उसकी उम्र ... साल है।</translation>
        </message>
        <message>
            <source>They may be at ... (an address, a place, or the app they are using).</source>
            <translation>वह शायद यहाँ है: ... (कोई पता, कोई जगह, या वह ऐप जिस पर वह अभी है)।</translation>
        </message>
        <message>
            <source>What is happening: ... (a meeting, a threat, they are missing).</source>
            <translation>क्या हो रहा है: ... (कोई मुलाकात, कोई धमकी, बच्चा लापता है)।</translation>
        </message>
        <message>
            <source>My name is ... My phone number is ...</source>
            <translation>मेरा नाम ... है। मेरा फ़ोन नंबर ... है।</translation>
        </message>
        <message>
            <source>What to say when they answer</source>
            <translation>जब फ़ोन उठे, तो क्या कहें</translation>
        </message>
        <message>
            <source>Copy &amp;number</source>
            <translation>नंबर कॉपी करें (&amp;N)</translation>
        </message>
        <message>
            <source>2. A child may hurt themselves</source>
            <translation>2. बच्चा खुद को चोट पहुँचा सकता है</translation>
        </message>
        <message>
            <source>3. Someone is threatening to share images</source>
            <translation>3. कोई तस्वीरें शेयर करने की धमकी दे रहा है</translation>
        </message>
        <message>
            <source>4. Report abuse or exploitation</source>
            <translation>4. दुर्व्यवहार या शोषण की रिपोर्ट करें</translation>
        </message>
        <message>
            <source>5. Support for the child and for you</source>
            <translation>5. बच्चे के लिए और आपके लिए सहारा</translation>
        </message>
        <message>
            <source>Copy the number %1</source>
            <translation>नंबर %1 कॉपी करें</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>कॉपी हो गया: %1</translation>
        </message>
        <message>
            <source>Someone is in danger now</source>
            <translation>कोई अभी खतरे में है</translation>
        </message>
        <message>
            <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
            <translation>अगर कोई बच्चा लापता है, ऑनलाइन मिले किसी व्यक्ति से मिल रहा है या मिलने वाला है, उसे कहीं और ले जाया जा रहा है या उसका विज्ञापन दिया जा रहा है, या कोई उसे नुकसान पहुँचाने की धमकी दे रहा है, तो कॉल करें।</translation>
        </message>
        <message>
            <source>Emergency numbers in %1</source>
            <translation>%1 में इमरजेंसी नंबर</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>%1 के लिए हेल्पलाइन</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>हैंडआउट बनाएँ (&amp;H)...</translation>
        </message>
        <message>
            <source>Choose your country at the top to see its emergency numbers.</source>
            <translation>अपने देश के इमरजेंसी नंबर देखने के लिए ऊपर अपना देश चुनें।</translation>
        </message>
        <message>
            <source>If a child may hurt themselves</source>
            <translation>अगर डर है कि बच्चा खुद को चोट पहुँचा सकता है</translation>
        </message>
        <message>
            <source>If they are hurt or in danger now, call the emergency number above.</source>
            <translation>अगर बच्चे को चोट लगी है या वह अभी खतरे में है, तो ऊपर दिए इमरजेंसी नंबर पर कॉल करें।</translation>
        </message>
        <message>
            <source>Stay with them. Do not leave them alone.</source>
            <translation>बच्चे के साथ रहें। उसे अकेला न छोड़ें।</translation>
        </message>
        <message>
            <source>Listen calmly. Tell them you are glad they told you and you will get help.</source>
            <translation>शांति से सुनें। बच्चे से कहें कि आपको खुशी है कि उसने आपको बताया, और अब मदद मिलेगी।</translation>
        </message>
        <message>
            <source>If you can, move things they could use to hurt themselves out of reach.</source>
            <translation>अगर हो सके, तो ऐसी चीज़ें बच्चे की पहुँच से दूर कर दें जिनसे चोट लग सकती है।</translation>
        </message>
        <message>
            <source>Call a crisis line together, now or as soon as you can.</source>
            <translation>साथ मिलकर किसी क्राइसिस हेल्पलाइन पर कॉल करें, अभी या जितनी जल्दी हो सके।</translation>
        </message>
        <message>
            <source>If someone threatens to share images</source>
            <translation>अगर कोई तस्वीरें फैलाने की धमकी दे</translation>
        </message>
        <message>
            <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
            <translation>शांत रहें। बच्चे से कहें कि उसे डाँट या सज़ा नहीं मिलेगी, और आप उसकी मदद करेंगे।</translation>
        </message>
        <message>
            <source>Do not pay and do not send more. Paying rarely stops it.</source>
            <translation>पैसे न दें और आगे कुछ भी न भेजें। पैसे देने से यह बहुत कम ही रुकता है।</translation>
        </message>
        <message>
            <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
            <translation>जवाब देना बंद करें। यूज़रनेम, प्रोफ़ाइल लिंक, तारीखें और ऐप के नाम लिख लें।</translation>
        </message>
        <message>
            <source>Keep the messages. Block only after you have written down the details.</source>
            <translation>मैसेज संभालकर रखें। सारी जानकारी लिख लेने के बाद ही ब्लॉक करें।</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
            <translation>किसी बच्चे की यौन तस्वीर को कभी भी सेव, स्क्रीनशॉट या फ़ॉरवर्ड न करें, सबूत के लिए भी नहीं। इसकी जगह उसकी रिपोर्ट करें।</translation>
        </message>
        <message>
            <source>Report it, and ask for the images to be taken down (below).</source>
            <translation>इसकी रिपोर्ट करें, और तस्वीरें हटवाने के लिए कहें (नीचे देखें)।</translation>
        </message>
        <message>
            <source>Report abuse or exploitation</source>
            <translation>शोषण या दुर्व्यवहार की शिकायत करें</translation>
        </message>
        <message>
            <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
            <translation>रिपोर्ट करने के लिए आपको सबूत की ज़रूरत नहीं है। इंतज़ार करने से अच्छा है कि आप रिपोर्ट करें, चाहे बाद में आप गलत निकलें।</translation>
        </message>
        <message>
            <source>Support for the child and for you</source>
            <translation>बच्चे के लिए और आपके लिए मदद</translation>
        </message>
        <message>
            <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
            <translation>बताने के लिए बच्चे को धन्यवाद कहें। जो हुआ उसमें बच्चे की कोई गलती नहीं है, और आपकी भी नहीं।</translation>
        </message>
        <message>
            <source>No crisis line is listed for %1. Call the emergency number, or a child help line:</source>
            <translation>%1 के लिए कोई क्राइसिस हेल्पलाइन सूची में नहीं है। इमरजेंसी नंबर पर कॉल करें, या बच्चों की किसी हेल्पलाइन पर:</translation>
        </message>
        <message>
            <source>These services work from anywhere.</source>
            <translation>ये सेवाएँ कहीं से भी काम करती हैं।</translation>
        </message>
        <message>
            <source>No national service of this kind was confirmed for %1. The services below work from anywhere; a child help line or the police can also advise.</source>
            <translation>%1 में इस तरह की कोई राष्ट्रीय सेवा पक्की नहीं हो सकी। नीचे दी गई सेवाएँ कहीं से भी काम करती हैं; बच्चों की कोई हेल्पलाइन या पुलिस भी सलाह दे सकती है।</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome</source>
            <translation>स्वागत है</translation>
        </message>
        <message>
            <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
            <translation>जब बच्चे जानते हैं कि वे बिना डाँट या सज़ा के डर के आपको कुछ भी बता सकते हैं, तो वे ऑनलाइन ज़्यादा सुरक्षित रहते हैं। Family Guide आपकी मदद करता है कि आप जल्दी और बार-बार बात करें, खतरे के संकेत पहचानें, और जानें कि क्या करना है।</translation>
        </message>
        <message>
            <source>Start with a short, calm talk. You do not need to know everything.</source>
            <translation>एक छोटी और शांत बातचीत से शुरू करें। आपको सब कुछ जानने की ज़रूरत नहीं है।</translation>
        </message>
        <message>
            <source>Use the guides to prepare a talk for parents or young people.</source>
            <translation>माता-पिता या युवाओं के लिए बातचीत तैयार करने में गाइड का इस्तेमाल करें।</translation>
        </message>
        <message>
            <source>Walk through a checklist with a family, then share the next steps.</source>
            <translation>किसी परिवार के साथ मिलकर चेकलिस्ट देखें, फिर उन्हें अगले कदम बताएँ।</translation>
        </message>
        <message>
            <source>&amp;Start a conversation</source>
            <translation>बातचीत शुरू करें (&amp;S)</translation>
        </message>
        <message>
            <source>Check &amp;warning signs</source>
            <translation>खतरे के संकेत देखें (&amp;W)</translation>
        </message>
        <message>
            <source>Get &amp;help now</source>
            <translation>अभी मदद लें (&amp;H)</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation guide(s)</source>
            <translation>
                <numerusform>बातचीत के लिए %n गाइड</numerusform>
                <numerusform>बातचीत के लिए %n गाइड</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning-sign checklist(s)</source>
            <translation>
                <numerusform>खतरे के संकेतों की %n चेकलिस्ट</numerusform>
                <numerusform>खतरे के संकेतों की %n चेकलिस्ट</numerusform>
            </translation>
        </message>
        <message>
            <source>Conversation plan</source>
            <translation>बातचीत की योजना</translation>
        </message>
        <message>
            <source>Show &amp;fewer</source>
            <translation>कम दिखाएँ (&amp;F)</translation>
        </message>
        <message>
            <source>Show all &amp;topics</source>
            <translation>सभी विषय दिखाएँ (&amp;T)</translation>
        </message>
        <message>
            <source>Topics that suit each child's age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
            <translation>ऐसे विषय जो अभी हर बच्चे की उम्र के लिए सही हैं। हर विषय पर दोबारा बात करें: हर साल, जब आपका बच्चा अगले उम्र-समूह में पहुँचे, और जब वह कोई नया ऐप इस्तेमाल करना शुरू करे।</translation>
        </message>
        <message>
            <source>Add your children in the journal to see which topics suit their age.</source>
            <translation>डायरी में अपने बच्चों को जोड़ें, ताकि आप देख सकें कि उनकी उम्र के लिए कौन-से विषय सही हैं।</translation>
        </message>
        <message>
            <source>Open the &amp;journal</source>
            <translation>डायरी खोलें (&amp;J)</translation>
        </message>
        <message>
            <source>Unlock your journal to see each child's conversation plan.</source>
            <translation>हर बच्चे की बातचीत की योजना देखने के लिए अपनी डायरी अनलॉक करें।</translation>
        </message>
        <message>
            <source>Unlock the &amp;journal</source>
            <translation>डायरी अनलॉक करें (&amp;J)</translation>
        </message>
        <message>
            <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
            <translation>एक निजी डायरी बनाएँ, ताकि हर बच्चे के लिए बातचीत की योजना रख सकें: उसकी उम्र के लिए कौन-से विषय सही हैं, आपने किस बारे में बात की, और किस पर फिर से बात करने का समय आ गया है।</translation>
        </message>
        <message>
            <source>Set up the &amp;journal</source>
            <translation>डायरी बनाएँ (&amp;J)</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
            <translation>जब डायरी लॉक होती है, तब कोई फ़ाइलें खोले या यह ऐप इस्तेमाल करे, तो भी वह आपके नोट्स नहीं पढ़ सकता। लेकिन लॉक इस कंप्यूटर पर चल रहे निगरानी करने वाले सॉफ़्टवेयर से नहीं बचा सकता, और न ही उस व्यक्ति से जो इस कंप्यूटर को मैनेज करता है (एडमिनिस्ट्रेटर)। अगर आपको लगता है कि कोई इस कंप्यूटर पर नज़र रखता है, तो किसी ज़्यादा सुरक्षित कंप्यूटर का इस्तेमाल करें।</translation>
        </message>
        <message>
            <source>That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: a short sentence you can remember works well.</source>
            <translation>यह पासवर्ड सबसे आम पासवर्डों में से एक है, और अंदाज़ा लगाने वाला सबसे पहले यही आज़माता है। कोई दूसरा चुनें: कोई छोटा वाक्य जो आपको याद रहे, अच्छा रहता है।</translation>
        </message>
        <message>
            <source>Set up your private journal</source>
            <translation>अपनी निजी डायरी बनाएँ</translation>
        </message>
        <message>
            <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
            <translation>आपकी डायरी इसी कंप्यूटर पर रहती है, एन्क्रिप्ट होकर (गुप्त कोड में बंद)। ऐसा पासवर्ड चुनें जिसका अंदाज़ा आपके घर के दूसरे लोग न लगा सकें। डायरी खोलने के लिए हर बार इसकी ज़रूरत होगी।</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>पासवर्ड</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>पासवर्ड दोबारा लिखें</translation>
        </message>
        <message>
            <source>&amp;Use no passphrase</source>
            <translation>बिना पासवर्ड के इस्तेमाल करें (&amp;U)</translation>
        </message>
        <message>
            <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
            <translation>पासवर्ड के बिना, इस कंप्यूटर अकाउंट को इस्तेमाल करने वाला कोई भी व्यक्ति डायरी खोलकर पढ़ सकता है।</translation>
        </message>
        <message>
            <source>I understand, and choose no passphrase</source>
            <translation>मुझे समझ आ गया, मुझे पासवर्ड नहीं चाहिए</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>पासवर्ड (&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>दोबारा लिखें (&amp;R):</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>डायरी बनाएँ</translation>
        </message>
        <message>
            <source>Tick “I understand” to use the journal without a passphrase.</source>
            <translation>बिना पासवर्ड के डायरी इस्तेमाल करने के लिए “मुझे समझ आ गया” पर निशान लगाएँ।</translation>
        </message>
        <message>
            <source>Use at least %1 characters. A short sentence is easy to remember.</source>
            <translation>कम से कम %1 अक्षर इस्तेमाल करें। एक छोटा वाक्य याद रखना आसान होता है।</translation>
        </message>
        <message>
            <source>Also make a recovery &amp;key, in case I forget the passphrase</source>
            <translation>अगर मैं पासवर्ड भूल जाऊँ, तो उसके लिए एक रिकवरी कोड भी बनाएँ (&amp;K)</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>दोनों पासवर्ड एक जैसे नहीं हैं।</translation>
        </message>
        <message>
            <source>The journal could not be created: %1</source>
            <translation>डायरी नहीं बन सकी: %1</translation>
        </message>
        <message>
            <source>Recovery key for your Family Guide journal</source>
            <translation>आपकी Family Guide डायरी का रिकवरी कोड</translation>
        </message>
        <message>
            <source>Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal.</source>
            <translation>इस काग़ज़ को कंप्यूटर से दूर किसी सुरक्षित जगह रखें। जिसके पास यह होगा, वह डायरी खोल सकता है।</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>आपका रिकवरी कोड</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>रिकवरी कोड</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>कॉपी करें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print this key...</source>
            <translation>यह कोड प्रिंट करें (&amp;P)...</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>मैंने इसे लिख लिया है (&amp;W)</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
            <translation>अगर आप अपना पासवर्ड भूल जाएँ, तो इस कोड से डायरी खुल जाएगी। इसे कागज़ पर लिखें और कंप्यूटर से दूर किसी सुरक्षित जगह रखें। यह सिर्फ़ इसी एक बार दिखाया जाएगा।</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>कॉपी हो गया।</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>कोई प्रिंटर नहीं</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key on paper instead.</source>
            <translation>इस कंप्यूटर पर कोई प्रिंटर सेट नहीं है। इसकी जगह कोड को काग़ज़ पर लिख लें।</translation>
        </message>
        <message>
            <source>The key can only be printed on paper, not saved to a file.</source>
            <translation>कोड सिर्फ़ काग़ज़ पर प्रिंट हो सकता है, फ़ाइल में सेव नहीं।</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>प्रिंटर को भेज दिया गया।</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>अनलॉक करें (&amp;U)</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>रिकवरी कोड (&amp;K):</translation>
        </message>
        <message>
            <source>Use my recovery key &amp;instead</source>
            <translation>इसकी जगह मेरा रिकवरी कोड इस्तेमाल करें (&amp;I)</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
            <translation>डायरी की फ़ाइल खराब हो गई है और खुल नहीं सकती (%1)। आपके बैकअप डायरी के फ़ोल्डर में हैं; “डायरी” सेक्शन में “बैकअप वापस लाएँ” का इस्तेमाल करें।</translation>
        </message>
        <message>
            <source>That recovery key does not open this journal. Check each group of letters. If you are sure it is right, the key file may be damaged: restore a backup.</source>
            <translation>यह रिकवरी कोड इस डायरी को नहीं खोलता। अक्षरों के हर समूह को जाँचें। अगर आपको पक्का है कि यह सही है, तो हो सकता है कि डायरी की चाबी वाली फ़ाइल खराब हो गई हो: कोई बैकअप वापस लाएँ।</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal. Check Caps Lock and try again. If you are sure it is right, the key file may be damaged: use your recovery key, or restore a backup.</source>
            <translation>यह पासवर्ड इस डायरी को नहीं खोलता। देखें कि Caps Lock चालू तो नहीं है, और फिर से कोशिश करें। अगर आपको पक्का है कि यह सही है, तो हो सकता है कि डायरी की चाबी वाली फ़ाइल खराब हो गई हो: अपना रिकवरी कोड इस्तेमाल करें, या कोई बैकअप वापस लाएँ।</translation>
        </message>
        <message>
            <source>Unlock your journal</source>
            <translation>अपनी डायरी अनलॉक करें</translation>
        </message>
        <message>
            <source>Set up a private journal?</source>
            <translation>निजी डायरी बनाएँ?</translation>
        </message>
        <message>
            <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
            <translation>इसे सेव करने के लिए आपको एक निजी डायरी चाहिए। यह इसी कंप्यूटर पर रहती है और पासवर्ड से लॉक रहती है। क्या अभी डायरी बनाएँ?</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>बच्चा</translation>
        </message>
        <message>
            <source>A nickname is enough</source>
            <translation>बस एक निकनेम (घर का नाम) काफ़ी है</translation>
        </message>
        <message>
            <source>For example: Roblox, TikTok, WhatsApp</source>
            <translation>जैसे: Roblox, TikTok, WhatsApp</translation>
        </message>
        <message>
            <source>&amp;Nickname:</source>
            <translation>निकनेम (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>जन्म का साल (&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Apps and games:</source>
            <translation>ऐप और गेम (&amp;A):</translation>
        </message>
        <message>
            <source>Please give a nickname.</source>
            <translation>कृपया एक निकनेम लिखें।</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>बच्चे</translation>
        </message>
        <message>
            <source>&amp;Add child</source>
            <translation>बच्चा जोड़ें (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>बदलें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>हटाएँ (&amp;R)</translation>
        </message>
        <message>
            <source>%1 (born %2)</source>
            <translation>%1 (जन्म: %2)</translation>
        </message>
        <message>
            <source>This backup has no passphrase</source>
            <translation>इस बैकअप का कोई पासवर्ड नहीं है</translation>
        </message>
        <message>
            <source>This backup was made when the journal had no passphrase, so it is not encrypted with one. After restoring it, anyone who can use this computer account can open the journal, until you set a passphrase again (More, Change passphrase). Restore it anyway?</source>
            <translation>यह बैकअप तब बना था जब डायरी का कोई पासवर्ड नहीं था, इसलिए यह पासवर्ड से एन्क्रिप्टेड नहीं है। इसे वापस लाने के बाद, इस कंप्यूटर अकाउंट को इस्तेमाल करने वाला कोई भी व्यक्ति डायरी खोल सकेगा, जब तक आप फिर से पासवर्ड नहीं रखते (और विकल्प, पासवर्ड बदलें)। फिर भी इसे वापस लाएँ?</translation>
        </message>
        <message>
            <source>Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, then deleted. It is in:
%1</source>
            <translation>बैकअप के पासवर्ड से डायरी अनलॉक करें। जिस डायरी की जगह बैकअप आया है, वह %2 दिन तक रखी जाएगी, फिर मिटा दी जाएगी। वह यहाँ है:
%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>सेव नहीं हुआ</translation>
        </message>
        <message>
            <source>Keep the entries</source>
            <translation>एंट्रियाँ रहने दें</translation>
        </message>
        <message>
            <source>Delete the entries too</source>
            <translation>एंट्रियाँ भी मिटा दें</translation>
        </message>
        <message>
            <source>Remove child</source>
            <translation>बच्चे को हटाएँ</translation>
        </message>
        <message>
            <source>Remove %1? What should happen to the journal entries about them?</source>
            <translation>%1 को हटाएँ? उसके बारे में डायरी में लिखी एंट्रियों का क्या करना है?</translation>
        </message>
        <message>
            <source>No child chosen</source>
            <translation>कोई बच्चा नहीं चुना गया</translation>
        </message>
        <message>
            <source>Save to journal</source>
            <translation>डायरी में सेव करें</translation>
        </message>
        <message>
            <source>Add a &amp;child...</source>
            <translation>बच्चा जोड़ें (&amp;C)...</translation>
        </message>
        <message>
            <source>What was said, how it went, what to do next</source>
            <translation>क्या बात हुई, कैसी रही, आगे क्या करना है</translation>
        </message>
        <message>
            <source>C&amp;hild:</source>
            <translation>बच्चा (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>कब (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>नोट (&amp;N):</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>पासवर्ड बदलें</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>अभी का पासवर्ड (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>नया पासवर्ड (&amp;N):</translation>
        </message>
        <message>
            <source>Also change the &amp;encryption key (makes a new recovery key)</source>
            <translation>एन्क्रिप्शन कोड भी बदलें (इससे नया रिकवरी कोड बनेगा) (&amp;E)</translation>
        </message>
        <message>
            <source>Backups made before this change still open with the old passphrase or recovery key. Delete old backups you no longer need.</source>
            <translation>इस बदलाव से पहले बने बैकअप अब भी पुराने पासवर्ड या पुराने रिकवरी कोड से खुलते हैं। जिन पुराने बैकअप की अब ज़रूरत नहीं है, उन्हें मिटा दें।</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>अभी का पासवर्ड सही नहीं है।</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>बैकअप वापस लाएँ</translation>
        </message>
        <message>
            <source>Use a recovery &amp;key instead</source>
            <translation>इसकी जगह रिकवरी कोड इस्तेमाल करें (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key of the backup:</source>
            <translation>बैकअप का पासवर्ड या रिकवरी कोड (&amp;P):</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>वापस लाएँ</translation>
        </message>
        <message>
            <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal's backups folder.</source>
            <translation>इस कंप्यूटर पर अभी जो डायरी है, उसकी जगह बैकअप आ जाएगा। अभी वाली डायरी मिटाई नहीं जाएगी: वह डायरी के बैकअप फ़ोल्डर में रखी जाएगी।</translation>
        </message>
        <message>
            <source>Not saved: the journal is locked. Unlock it, then try again.</source>
            <translation>सेव नहीं हुआ: डायरी लॉक है। इसे अनलॉक करें, फिर से कोशिश करें।</translation>
        </message>
        <message>
            <source>Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.</source>
            <translation>सेव नहीं हुआ: %1। कुछ नहीं बदला, और आपका लिखा हुआ अभी भी यहीं है। डिस्क पर थोड़ी जगह खाली करें, फिर से कोशिश करें।</translation>
        </message>
        <message>
            <source>That does not open this backup. Nothing was changed.</source>
            <translation>इससे यह बैकअप नहीं खुलता। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1. Nothing was changed.</source>
            <translation>बैकअप वापस नहीं लाया जा सका: %1। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>बैकअप वापस आ गया</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>शीर्षक (&amp;T):</translation>
        </message>
        <message>
            <source>C&amp;oncern:</source>
            <translation>चिंता (&amp;O):</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>टैग (&amp;G):</translation>
        </message>
        <message>
            <source>Note&amp;s:</source>
            <translation>नोट्स (&amp;S):</translation>
        </message>
        <message>
            <source>Words to find this again, separated by commas</source>
            <translation>बाद में इसे ढूँढने के लिए शब्द, कॉमा (,) से अलग करके</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>एंट्री मिटाएँ (&amp;D)</translation>
        </message>
        <message>
            <source>Choose an entry, or start a new one</source>
            <translation>कोई एंट्री चुनें, या नई एंट्री शुरू करें</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>बिना शीर्षक</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>सेव हो गया</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>नोट</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>बातचीत</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>चेकलिस्ट</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>घटना</translation>
        </message>
        <message>
            <source>No concern</source>
            <translation>कोई चिंता नहीं</translation>
        </message>
        <message>
            <source>Some concern</source>
            <translation>थोड़ी चिंता</translation>
        </message>
        <message>
            <source>Serious concern</source>
            <translation>गंभीर चिंता</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>बहुत ज़रूरी</translation>
        </message>
        <message>
            <source>App, game or site</source>
            <translation>ऐप, गेम या साइट</translation>
        </message>
        <message>
            <source>The other person's username or profile link</source>
            <translation>दूसरे व्यक्ति का यूज़रनेम या प्रोफ़ाइल लिंक</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>क्या हुआ</translation>
        </message>
        <message>
            <source>Where the evidence is kept (never a copy of a sexual image)</source>
            <translation>सबूत कहाँ है (किसी यौन तस्वीर की कॉपी कभी न रखें)</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>आपने क्या किया</translation>
        </message>
        <message>
            <source>Reports made, and their reference numbers</source>
            <translation>की गई रिपोर्ट, और उनके रेफ़रेंस नंबर</translation>
        </message>
        <message>
            <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
            <translation>यहाँ जानबूझकर तस्वीरें नहीं जोड़ी जा सकतीं। किसी बच्चे की यौन तस्वीर को कभी भी सेव, स्क्रीनशॉट या फ़ॉरवर्ड न करें, सबूत के लिए भी नहीं: उसे रखना अपराध है और इससे बच्चे को फिर से नुकसान पहुँचता है। लिख लें कि वह तस्वीर कहाँ है, और उसकी रिपोर्ट करें।</translation>
        </message>
        <message>
            <source>Guide: %1 (ages %2)</source>
            <translation>गाइड: %1 (उम्र: %2 साल)</translation>
        </message>
        <message>
            <source>Next steps shown: %1</source>
            <translation>दिखाए गए अगले कदम: %1</translation>
        </message>
        <message>
            <source>Signs ticked:</source>
            <translation>जिन संकेतों पर निशान लगाया गया:</translation>
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation>%1 की तुलना में:</translation>
        </message>
        <message>
            <source>The same signs as last time.</source>
            <translation>वही संकेत जो पिछली बार थे।</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>नए: %1</translation>
        </message>
        <message>
            <source>No longer ticked: %1</source>
            <translation>अब निशान नहीं: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n groups of five letters and digits</source>
            <translation>
                <numerusform>%n समूह, हर एक में पाँच अक्षर और अंक</numerusform>
                <numerusform>%n समूह, हर एक में पाँच अक्षर और अंक</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Private journal</source>
            <translation>निजी डायरी</translation>
        </message>
        <message>
            <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, encrypted and locked with your passphrase. It can become a clear report if you go to the police or a counselor.</source>
            <translation>डायरी एक निजी जगह है जहाँ आप लिख सकते हैं कि आपने क्या देखा: तारीखें, यूज़रनेम, क्या कहा गया, और आपने क्या किया। यह इसी कंप्यूटर पर रहती है, एन्क्रिप्ट होकर और आपके पासवर्ड से लॉक होकर। अगर आप पुलिस या किसी काउंसलर के पास जाते हैं, तो इससे एक साफ़ रिपोर्ट बन सकती है।</translation>
        </message>
        <message>
            <source>&amp;Set up a private journal</source>
            <translation>निजी डायरी बनाएँ (&amp;S)</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>डायरी लॉक है।</translation>
        </message>
        <message>
            <source>New &amp;note</source>
            <translation>नया नोट (&amp;N)</translation>
        </message>
        <message>
            <source>New &amp;incident</source>
            <translation>नई घटना (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>और विकल्प (&amp;M)</translation>
        </message>
        <message>
            <source>Hide and &amp;lock</source>
            <translation>छिपाएँ और लॉक करें (&amp;L)</translation>
        </message>
        <message>
            <source>Lock the journal at once and go to the home screen (%1)</source>
            <translation>डायरी तुरंत लॉक करें और होम स्क्रीन पर जाएँ (%1)</translation>
        </message>
        <message>
            <source>Search all entries</source>
            <translation>सभी एंट्रियों में खोजें</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>एंट्रियाँ</translation>
        </message>
        <message>
            <source>Show entries about</source>
            <translation>किसके बारे में एंट्रियाँ दिखाएँ</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>एंट्री का प्रकार</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>चिंता</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>टैग</translation>
        </message>
        <message>
            <source>When</source>
            <translation>कब</translation>
        </message>
        <message>
            <source>&amp;Timeline and report...</source>
            <translation>टाइमलाइन और रिपोर्ट (&amp;T)...</translation>
        </message>
        <message>
            <source>&amp;Restore a backup...</source>
            <translation>बैकअप वापस लाएँ (&amp;R)...</translation>
        </message>
        <message>
            <source>Change &amp;passphrase...</source>
            <translation>पासवर्ड बदलें (&amp;P)...</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>सभी बच्चे</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>सभी प्रकार</translation>
        </message>
        <message>
            <source>Any concern</source>
            <translation>कोई भी चिंता</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>%1 या उससे ज़्यादा</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>सभी टैग</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>कभी भी</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>पिछले 7 दिन</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>पिछले 30 दिन</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>पिछले 12 महीने</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>नई घटना</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>नया नोट</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>यह एंट्री मिटाएँ?</translation>
        </message>
        <message>
            <source>The entry is deleted for good. It cannot be brought back.</source>
            <translation>एंट्री हमेशा के लिए मिट जाएगी। इसे वापस नहीं लाया जा सकता।</translation>
        </message>
        <message>
            <source>Family Guide backups (*%1)</source>
            <translation>Family Guide बैकअप (*%1)</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>बैकअप बन गया</translation>
        </message>
        <message>
            <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
            <translation>बैकअप एन्क्रिप्टेड है। इसे वापस लाने के लिए आपको वही पासवर्ड या रिकवरी कोड चाहिए होगा जिससे अभी डायरी खुलती है। बैकअप को इस कंप्यूटर से दूर किसी सुरक्षित जगह रखें।</translation>
        </message>
        <message>
            <source>&amp;Children...</source>
            <translation>बच्चे (&amp;C)...</translation>
        </message>
        <message>
            <source>Make a &amp;backup...</source>
            <translation>बैकअप बनाएँ (&amp;B)...</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>बैकअप सेव करें</translation>
        </message>
        <message>
            <source>The journal has no passphrase, so this backup is not protected: anyone who has the file can open it. Keep it where only you can reach it, or set a passphrase first and make a new backup.</source>
            <translation>डायरी का कोई पासवर्ड नहीं है, इसलिए यह बैकअप सुरक्षित नहीं है: जिसके पास भी यह फ़ाइल होगी, वह इसे खोल सकता है। इसे ऐसी जगह रखें जहाँ सिर्फ़ आप पहुँच सकें, या पहले पासवर्ड रखें और फिर नया बैकअप बनाएँ।</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>बैकअप चुनें</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n एंट्री</numerusform>
                <numerusform>%n एंट्रियाँ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Family Guide</source>
            <translation>Family Guide</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>होम</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>बातचीत</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>खतरे के संकेत</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>डायरी</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>हेल्पलाइन</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>वर्कशॉप</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>सेक्शन</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>सेटिंग्स (&amp;E)</translation>
        </message>
        <message>
            <source>Get help now</source>
            <translation>अभी मदद लें</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now (F1)</source>
            <translation>इमरजेंसी नंबर और अभी क्या करें (F1)</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now</source>
            <translation>इमरजेंसी नंबर और अभी क्या करें</translation>
        </message>
        <message>
            <source>Hide and lock the journal</source>
            <translation>डायरी छिपाएँ और लॉक करें</translation>
        </message>
        <message>
            <source>That content is not available.</source>
            <translation>यह कंटेंट उपलब्ध नहीं है।</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>कुछ गड़बड़ हो गई</translation>
        </message>
    </context>
    <context>
        <name>Need</name>
        <message>
            <source>Emergency: someone is in danger now</source>
            <translation>इमरजेंसी: कोई अभी खतरे में है</translation>
        </message>
        <message>
            <source>A child may hurt themselves</source>
            <translation>कोई बच्चा खुद को नुकसान पहुँचा सकता है</translation>
        </message>
        <message>
            <source>Report online abuse or exploitation</source>
            <translation>ऑनलाइन दुर्व्यवहार या शोषण की रिपोर्ट करें</translation>
        </message>
        <message>
            <source>Get images taken down</source>
            <translation>तस्वीरें हटवाएँ</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>मानव तस्करी</translation>
        </message>
        <message>
            <source>Support for the child</source>
            <translation>बच्चे के लिए सहारा</translation>
        </message>
        <message>
            <source>Support for you</source>
            <translation>आपके लिए सहारा</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;Details</source>
            <translation>जानकारी (&amp;D)</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>बंद करें (&amp;M)</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>सूचना</translation>
        </message>
        <message>
            <source>Folders not read because there are too many modules in one folder: %1.</source>
            <translation>ये फ़ोल्डर नहीं पढ़े गए, क्योंकि एक फ़ोल्डर में बहुत ज़्यादा मॉड्यूल हैं: %1.</translation>
        </message>
        <message>
            <source>Skipped content</source>
            <translation>छोड़ा गया कंटेंट</translation>
        </message>
        <message>
            <source>These modules have problems. Their authors can fix them with the details below.</source>
            <translation>इन मॉड्यूल में कुछ समस्याएँ हैं। इनके लेखक नीचे दी गई जानकारी से इन्हें ठीक कर सकते हैं।</translation>
        </message>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation>
                <numerusform>%n कंटेंट मॉड्यूल में गलतियाँ हैं, इसलिए जो हिस्सा पढ़ा नहीं जा सका उसे छोड़ दिया गया। बाकी सब ठीक काम कर रहा है।</numerusform>
                <numerusform>%n कंटेंट मॉड्यूल में गलतियाँ हैं, इसलिए जो हिस्से पढ़े नहीं जा सके उन्हें छोड़ दिया गया। बाकी सब ठीक काम कर रहा है।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksPanel</name>
        <message>
            <source>Content packs</source>
            <translation>सामग्री पैक</translation>
        </message>
        <message>
            <source>Imported content packs</source>
            <translation>इम्पोर्ट किए गए सामग्री पैक</translation>
        </message>
        <message>
            <source>No content packs are imported. Organisations can share guides and workshops as a pack file.</source>
            <translation>कोई सामग्री पैक इम्पोर्ट नहीं किया गया है। संस्थाएँ गाइड और वर्कशॉप एक पैक फ़ाइल के रूप में दे सकती हैं।</translation>
        </message>
        <message>
            <source>I&amp;mport a pack…</source>
            <translation>पैक इम्पोर्ट करें (&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>पैक हटाएँ (&amp;R)</translation>
        </message>
        <message>
            <source>%1 %2, by %3</source>
            <translation>%1 %2, %3 द्वारा</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>मॉड्यूल: %1</translation>
        </message>
        <message>
            <source>Signed by %1, a known signer (key %2)</source>
            <translation>%1 द्वारा साइन किया गया, एक जाना-पहचाना साइन करने वाला (कुंजी %2)</translation>
        </message>
        <message>
            <source>Signed by an unknown key (%1) that says it is from “%2”</source>
            <translation>एक अनजान कुंजी (%1) से साइन किया गया, जो कहती है कि यह “%2” से है</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>साइन नहीं किया गया</translation>
        </message>
        <message>
            <source>Choose a content pack</source>
            <translation>कोई सामग्री पैक चुनें</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>सामग्री पैक (*.zip)</translation>
        </message>
        <message>
            <source>This pack was not imported</source>
            <translation>यह पैक इम्पोर्ट नहीं हुआ</translation>
        </message>
        <message>
            <source>Pack imported</source>
            <translation>पैक इम्पोर्ट हो गया</translation>
        </message>
        <message>
            <source>“%1” is imported. Its guides are now in the app.</source>
            <translation>“%1” इम्पोर्ट हो गया। इसकी गाइड अब ऐप में हैं।</translation>
        </message>
        <message>
            <source>Signed by %1, a signer this computer knows.</source>
            <translation>%1 द्वारा साइन किया गया, जिसे यह कंप्यूटर पहचानता है।</translation>
        </message>
        <message>
            <source>Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.</source>
            <translation>ऐसी कुंजी से साइन किया गया जिसे यह कंप्यूटर नहीं पहचानता। यह कहती है कि यह “%1” से है, लेकिन इसकी जाँच नहीं हो सकती।</translation>
        </message>
        <message>
            <source>This pack is not signed.</source>
            <translation>यह पैक साइन नहीं किया गया है।</translation>
        </message>
        <message>
            <source>Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe links, but not for whether its advice is right. Import it only if you got it from someone you trust.</source>
            <translation>Family Guide यह नहीं बता सकता कि यह पैक किसने बनाया। इसकी सामग्री में गलतियाँ और असुरक्षित लिंक जाँचे गए हैं, पर यह नहीं कि इसकी सलाह सही है या नहीं। इसे तभी इम्पोर्ट करें जब यह आपको किसी भरोसेमंद व्यक्ति से मिला हो।</translation>
        </message>
        <message>
            <source>Pack: %1, version %2</source>
            <translation>पैक: %1, संस्करण %2</translation>
        </message>
        <message>
            <source>Made by: %1</source>
            <translation>बनाने वाले: %1</translation>
        </message>
        <message>
            <source>It replaces the imported version %1.</source>
            <translation>यह इम्पोर्ट किए गए संस्करण %1 की जगह लेगा।</translation>
        </message>
        <message>
            <source>Import this pack?</source>
            <translation>यह पैक इम्पोर्ट करें?</translation>
        </message>
        <message>
            <source>Import anyway</source>
            <translation>फिर भी इम्पोर्ट करें</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>इम्पोर्ट करें</translation>
        </message>
        <message>
            <source>Remove this pack?</source>
            <translation>यह पैक हटाएँ?</translation>
        </message>
        <message>
            <source>Remove “%1” and its guides from this computer? You can import the pack file again later.</source>
            <translation>“%1” और उसकी गाइड इस कंप्यूटर से हटाएँ? आप पैक फ़ाइल बाद में फिर से इम्पोर्ट कर सकते हैं।</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>The pack was not removed</source>
            <translation>पैक हटाया नहीं गया</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Not talked about yet at this age</source>
            <translation>इस उम्र में अभी तक इस पर बात नहीं हुई</translation>
        </message>
        <message>
            <source>Your child is older now: this guide has new words for their age</source>
            <translation>आपका बच्चा अब बड़ा हो गया है: इस गाइड में उसकी उम्र के लिए नई बातें हैं</translation>
        </message>
        <message>
            <source>It has been a year: time to talk again</source>
            <translation>एक साल हो गया है: फिर से बात करने का समय है</translation>
        </message>
        <message>
            <source>Your child started a new app since you last talked</source>
            <translation>पिछली बातचीत के बाद आपके बच्चे ने एक नया ऐप इस्तेमाल करना शुरू किया है</translation>
        </message>
        <message>
            <source>%1, %2 this year</source>
            <translation>%1, इस साल %2 साल</translation>
        </message>
        <message>
            <source>The guides are written for ages 5 to 17.</source>
            <translation>ये गाइड 5 से 17 साल के बच्चों के लिए हैं।</translation>
        </message>
        <message>
            <source>%1 of %2 topics talked about for ages %3.</source>
            <translation>%3 साल की उम्र के %2 विषयों में से %1 पर बात हो चुकी है।</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>अब बात करने का समय है</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>इन पर बात हो चुकी है</translation>
        </message>
        <message>
            <source>on %1, again by %2</source>
            <translation>%1 को, अगली बार %2 तक</translation>
        </message>
        <message>
            <source>All topics talked about for now. Well done.</source>
            <translation>अभी के लिए सभी विषयों पर बात हो चुकी है। बहुत बढ़िया!</translation>
        </message>
        <message>
            <source>Next to talk about</source>
            <translation>आगे किस पर बात करें</translation>
        </message>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation>
                <numerusform>बात करने के लिए %n और विषय।</numerusform>
                <numerusform>बात करने के लिए %n और विषय।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Adapt a plan</source>
            <translation>योजना को अपने हिसाब से बदलें</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>ऊपर ले जाएँ (&amp;U)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>नीचे ले जाएँ (&amp;W)</translation>
        </message>
        <message>
            <source>A&amp;dd a slide</source>
            <translation>स्लाइड जोड़ें (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Save as my plan</source>
            <translation>मेरी योजना के रूप में सेव करें (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Present without saving...</source>
            <translation>सेव किए बिना प्रस्तुत करें (&amp;P)...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>Slides in order (tick to show; Alt+Up or Alt+Down to move)</source>
            <translation>स्लाइड क्रम से (दिखाने के लिए निशान लगाएँ; आगे-पीछे करने के लिए Alt+↑ या Alt+↓)</translation>
        </message>
        <message>
            <source>Slide title</source>
            <translation>स्लाइड का शीर्षक</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>लोगों को क्या दिखेगा</translation>
        </message>
        <message>
            <source>Your notes, one point a line</source>
            <translation>आपके नोट्स, हर लाइन में एक बात</translation>
        </message>
        <message>
            <source>Questions, one a line</source>
            <translation>सवाल, हर लाइन में एक</translation>
        </message>
        <message>
            <source>Agenda section</source>
            <translation>कार्यक्रम का हिस्सा</translation>
        </message>
        <message>
            <source>Name of your plan</source>
            <translation>आपकी योजना का नाम</translation>
        </message>
        <message>
            <source>Language of the words you edit</source>
            <translation>जिस टेक्स्ट को आप बदल रहे हैं, उसकी भाषा</translation>
        </message>
        <message>
            <source>My plan: %1</source>
            <translation>मेरी योजना: %1</translation>
        </message>
        <message>
            <source>Slides (tick to show, drag to reorder)</source>
            <translation>स्लाइड (दिखाने के लिए निशान लगाएँ, क्रम बदलने के लिए खींचें)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Your notes (one point a line)</source>
            <translation>आपके नोट्स (हर लाइन में एक बात)</translation>
        </message>
        <message>
            <source>Questions (one a line)</source>
            <translation>सवाल (हर लाइन में एक)</translation>
        </message>
        <message>
            <source>Minutes for each part of the agenda</source>
            <translation>कार्यक्रम के हर हिस्से के लिए मिनट</translation>
        </message>
        <message>
            <source>min</source>
            <translation>मिनट</translation>
        </message>
        <message>
            <source>The safeguarding page and the help-line slide stay in every plan.</source>
            <translation>बाल-सुरक्षा पेज और हेल्पलाइन वाली स्लाइड हर योजना में रहती हैं।</translation>
        </message>
        <message>
            <source>In all: %1 minutes</source>
            <translation>कुल: %1 मिनट</translation>
        </message>
        <message>
            <source>%1 (always shown)</source>
            <translation>%1 (हमेशा दिखती है)</translation>
        </message>
        <message>
            <source>New slide</source>
            <translation>नई स्लाइड</translation>
        </message>
        <message>
            <source>Give your plan a name first.</source>
            <translation>पहले अपनी योजना का नाम लिखें।</translation>
        </message>
        <message>
            <source>Your plan was not saved:</source>
            <translation>आपकी योजना सेव नहीं हुई:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>सेव नहीं हुआ</translation>
        </message>
        <message>
            <source>Saved as “%1”. It is listed under Workshops.</source>
            <translation>“%1” नाम से सेव हो गई। यह वर्कशॉप में दिखेगी।</translation>
        </message>
    </context>
    <context>
        <name>PresentDialog</name>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation>स्क्रीन %1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>प्रस्तुत करें</translation>
        </message>
        <message>
            <source>None</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <source>Slides on</source>
            <translation>स्लाइड किस स्क्रीन पर</translation>
        </message>
        <message>
            <source>Presenter view on</source>
            <translation>प्रस्तुत करने वाले का व्यू किस स्क्रीन पर</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>Second language, below the first</source>
            <translation>दूसरी भाषा, पहली के नीचे</translation>
        </message>
        <message>
            <source>With one screen, press N during the show for your notes. Press ? for the keys.</source>
            <translation>अगर एक ही स्क्रीन है, तो प्रस्तुति के दौरान अपने नोट्स देखने के लिए N दबाएँ। कीबोर्ड के बटन देखने के लिए ? दबाएँ।</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>शुरू करें</translation>
        </message>
        <message>
            <source>Not yet in %1, shown in English: %2</source>
            <translation>अभी %1 में नहीं है, अंग्रेज़ी में दिखाया गया: %2</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Right, Down, Page Down, Space, Enter</source>
            <translation>दायाँ तीर, नीचे का तीर, Page Down, Space, Enter</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>अगली स्लाइड</translation>
        </message>
        <message>
            <source>Left, Up, Page Up, Backspace, P</source>
            <translation>बायाँ तीर, ऊपर का तीर, Page Up, Backspace, P</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>पिछली स्लाइड</translation>
        </message>
        <message>
            <source>Home, End</source>
            <translation>Home, End</translation>
        </message>
        <message>
            <source>First slide, last slide</source>
            <translation>पहली स्लाइड, आखिरी स्लाइड</translation>
        </message>
        <message>
            <source>A number, then Enter</source>
            <translation>कोई नंबर, फिर Enter</translation>
        </message>
        <message>
            <source>Go to that slide</source>
            <translation>उस स्लाइड पर जाएँ</translation>
        </message>
        <message>
            <source>B or .</source>
            <translation>B या .</translation>
        </message>
        <message>
            <source>Black screen (any move key returns to the same slide)</source>
            <translation>काली स्क्रीन (आगे-पीछे जाने का कोई भी बटन दबाने पर उसी स्लाइड पर लौट आएँगे)</translation>
        </message>
        <message>
            <source>W or ,</source>
            <translation>W या ,</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>सफ़ेद स्क्रीन</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show or hide the notes (one screen)</source>
            <translation>नोट्स दिखाएँ या छिपाएँ (एक ही स्क्रीन हो तो)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Cancel a blank or a number; then asks before leaving</source>
            <translation>खाली स्क्रीन या नंबर रद्द करें; उसके बाद बाहर निकलने से पहले पूछा जाएगा</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Show or hide this list</source>
            <translation>यह सूची दिखाएँ या छिपाएँ</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Get help now, on the presenter's screen</source>
            <translation>अभी मदद लें, प्रस्तुत करने वाले की स्क्रीन पर</translation>
        </message>
        <message>
            <source>ahead</source>
            <translation>समय से आगे</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>समय पर</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>समय से पीछे</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>समूह के लिए सवाल</translation>
        </message>
        <message>
            <source>Card %1: one good answer</source>
            <translation>कार्ड %1: एक अच्छा जवाब</translation>
        </message>
        <message>
            <source>Family Guide: presentation</source>
            <translation>Family Guide: प्रस्तुति</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>स्लाइड</translation>
        </message>
        <message>
            <source>Family Guide: presenter view</source>
            <translation>Family Guide: प्रस्तुत करने वाले का व्यू</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>अभी की स्लाइड</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>नोट्स</translation>
        </message>
        <message>
            <source>Time and status</source>
            <translation>समय और स्थिति</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>संदेश</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>अगली</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>%2 में से स्लाइड %1</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>बीता समय %1</translation>
        </message>
        <message>
            <source>%1: %2 left (%3)</source>
            <translation>%1: %2 बाकी (%3)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>शुरू नहीं हुआ</translation>
        </message>
        <message>
            <source>BLANK: black</source>
            <translation>खाली स्क्रीन: काली</translation>
        </message>
        <message>
            <source>BLANK: white</source>
            <translation>खाली स्क्रीन: सफ़ेद</translation>
        </message>
        <message>
            <source>Go to slide: %1</source>
            <translation>स्लाइड पर जाएँ: %1</translation>
        </message>
        <message>
            <source>There is no slide %1 (1 to %2).</source>
            <translation>स्लाइड %1 नहीं है (1 से %2 तक)।</translation>
        </message>
        <message>
            <source>Time %1</source>
            <translation>समय %1</translation>
        </message>
        <message>
            <source>Leave the presentation? Press Enter or Y to leave; any other key stays.</source>
            <translation>प्रस्तुति से बाहर निकलें? बाहर निकलने के लिए Enter या Y दबाएँ; कोई और बटन दबाने पर प्रस्तुति चलती रहेगी।</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>इसमें देखें (&amp;L):</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>इसमें देखें:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>फ़ाइल का नाम (&amp;N):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>फ़ाइल का प्रकार (&amp;T):</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>फ़ाइल का प्रकार:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>सहेजें (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>खोलें (&amp;O)</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>इस नाम से सहेजें</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खोलें</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>पीछे</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>आगे</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ऊपर वाला फ़ोल्डर</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>नया फ़ोल्डर बनाएँ</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>सूची</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>विवरण के साथ</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>साइडबार</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>पीछे जाएँ</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>आगे जाएँ</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ऊपर वाले फ़ोल्डर में जाएँ</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>नया फ़ोल्डर बनाएँ</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>सूची के रूप में दिखाएँ</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>विवरण के साथ दिखाएँ</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>हाल की जगहें</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>मेरा कंप्यूटर</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>नाम बदलें (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>मिटाएँ (&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>छिपी फ़ाइलें दिखाएँ (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>नया फ़ोल्डर (&amp;N)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>नया फ़ोल्डर</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>फ़ाइल फ़ोल्डर</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>फ़ोल्डर</translation>
        </message>
        <message>
            <source>File</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>ड्राइव</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>अज्ञात</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 पहले से मौजूद है।
क्या आप इसकी जगह नई फ़ाइल रखना चाहते हैं?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>क्या आप सच में '%1' मिटाना चाहते हैं?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' में बदलाव नहीं किया जा सकता।
क्या आप फिर भी इसे मिटाना चाहते हैं?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>फ़ोल्डर मिटाया नहीं जा सका।</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
फ़ोल्डर नहीं मिला।
जाँच लें कि फ़ोल्डर का नाम सही है।</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
फ़ाइल नहीं मिली।
जाँच लें कि फ़ाइल का नाम सही है।</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>आकार</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>बदलने की तारीख</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>कंप्यूटर</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>मेरा कंप्यूटर</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>फ़ाइल का यह नाम नहीं चल सकता</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 बाइट</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>पूर्ववत करें (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>फिर से करें (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>काटें (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>कॉपी करें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>चिपकाएँ (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>मिटाएँ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>सब चुनें</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>विवरण दिखाएँ...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>विवरण छिपाएँ...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ठीक है</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>सहेजें</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>सब सहेजें</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खोलें</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>हाँ (&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>सब के लिए हाँ (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>नहीं (&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>सब के लिए नहीं (&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>रोकें</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>फिर से कोशिश करें</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>अनदेखा करें</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>छोड़ दें</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>मदद</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>लागू करें</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>पहले जैसा करें</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>मूल सेटिंग वापस लाएँ</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>पूर्ववत करें (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>फिर से करें (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>काटें (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>कॉपी करें (&amp;C)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>चिपकाएँ (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>मिटाएँ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>सब चुनें</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Stop</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>पढ़कर सुनाना बंद करें</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>पढ़ने की रफ़्तार</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>धीमे</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>सामान्य रफ़्तार</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>तेज़</translation>
        </message>
        <message>
            <source>Only the words to say</source>
            <translation>सिर्फ़ कहने वाली बातें</translation>
        </message>
        <message>
            <source>Read only the lines to say to your child, never the notes for you</source>
            <translation>सिर्फ़ वे बातें पढ़ें जो बच्चे से कहनी हैं, आपके लिए लिखे नोट्स कभी नहीं</translation>
        </message>
        <message>
            <source>Read the English text</source>
            <translation>अंग्रेज़ी टेक्स्ट पढ़ें</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>रोकें</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>पढ़कर सुनाएँ</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>जारी रखें</translation>
        </message>
        <message>
            <source>This computer has no voice for %1, so that text cannot be read aloud.</source>
            <translation>इस कंप्यूटर में %1 के लिए कोई आवाज़ नहीं है, इसलिए वह टेक्स्ट पढ़कर नहीं सुनाया जा सकता।</translation>
        </message>
        <message>
            <source>There is nothing to read aloud here.</source>
            <translation>यहाँ पढ़कर सुनाने के लिए कुछ नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Timeline of concerns</source>
            <translation>चिंताओं की टाइमलाइन</translation>
        </message>
        <message>
            <source>About: %1 (born %2)</source>
            <translation>किसके बारे में: %1 (जन्म: %2)</translation>
        </message>
        <message>
            <source>About: all children</source>
            <translation>किसके बारे में: सभी बच्चे</translation>
        </message>
        <message>
            <source>Made on %1 from a private journal kept with Family Guide.</source>
            <translation>%1 को Family Guide में रखी गई एक निजी डायरी से बनाई गई।</translation>
        </message>
        <message>
            <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
            <translation>इसे माता-पिता या देखभाल करने वाले ने लिखा है। दिया गया समय वह है जब बातें हुईं, जैसा उसी समय या थोड़ी देर बाद लिखा गया। इसमें कोई तस्वीर शामिल नहीं है: सबूत कहाँ रखा है, यह हर एंट्री में लिखा है।</translation>
        </message>
        <message>
            <source>There are no entries yet.</source>
            <translation>अभी कोई एंट्री नहीं है।</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>बच्चा: %1</translation>
        </message>
        <message>
            <source>Concern: %1</source>
            <translation>चिंता: %1</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>टैग: %1</translation>
        </message>
        <message>
            <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
            <translation>रिपोर्ट एक साधारण फ़ाइल है। यह लॉक या एन्क्रिप्टेड नहीं है। जो भी इस फ़ाइल को खोल सकता है, वह इसे पढ़ सकता है, और आपका कंप्यूटर इसकी कॉपी रख सकता है (हाल की फ़ाइलें, डाउनलोड, क्लाउड सिंक)। इसे ऐसी जगह सेव करें जहाँ सिर्फ़ आप पहुँच सकें, जैसे आपके पास रखी USB स्टिक, या सेव करने के बजाय इसे प्रिंट कर लें। जब इसकी ज़रूरत न रहे, तो इसे मिटा दें।</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%2 में से पेज %1</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>टाइमलाइन</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>सभी बच्चे</translation>
        </message>
        <message>
            <source>&amp;Child:</source>
            <translation>बच्चा (&amp;C):</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>PDF के रूप में सेव करें (&amp;D)...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>प्रिंट करें (&amp;P)...</translation>
        </message>
        <message>
            <source>A copy outside the locked journal</source>
            <translation>लॉक की गई डायरी के बाहर एक कॉपी</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>रिपोर्ट सेव करें</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF फ़ाइलें (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>सेव नहीं हुआ</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Parent or carer</source>
            <translation>माता-पिता या देखभाल करने वाले</translation>
        </message>
        <message>
            <source>Faith or community leader</source>
            <translation>धार्मिक या समुदाय के नेता</translation>
        </message>
        <message>
            <source>Counselor, teacher or NGO worker</source>
            <translation>काउंसलर, शिक्षक या NGO कार्यकर्ता</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <source>Police, ambulance and fire</source>
            <translation>पुलिस, एम्बुलेंस और फ़ायर ब्रिगेड</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>पुलिस</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>एम्बुलेंस</translation>
        </message>
        <message>
            <source>Fire and rescue, ambulance</source>
            <translation>फ़ायर ब्रिगेड और बचाव, एम्बुलेंस</translation>
        </message>
        <message>
            <source>from a mobile phone</source>
            <translation>मोबाइल फ़ोन से</translation>
        </message>
        <message>
            <source>older number, still works</source>
            <translation>पुराना नंबर, अभी भी काम करता है</translation>
        </message>
        <message>
            <source>in some areas only</source>
            <translation>सिर्फ़ कुछ इलाकों में</translation>
        </message>
        <message>
            <source>new; may not work everywhere yet</source>
            <translation>नया नंबर; हो सकता है अभी हर जगह काम न करे</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <source>General</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>हैंडआउट</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>सामग्री</translation>
        </message>
        <message>
            <source>Colo&amp;urs:</source>
            <translation>रंग (&amp;U):</translation>
        </message>
        <message>
            <source>Lock the &amp;journal after:</source>
            <translation>डायरी कितनी देर बाद लॉक हो (&amp;J):</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n मिनट तक इस्तेमाल न होने पर</numerusform>
                <numerusform>%n मिनट तक इस्तेमाल न होने पर</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra content modules are loaded from this folder:
%1</source>
            <translation>अतिरिक्त कंटेंट मॉड्यूल इस फ़ोल्डर से लोड होते हैं:
%1</translation>
        </message>
        <message>
            <source>Content &amp;packs…</source>
            <translation>सामग्री पैक (&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>SetupForm</name>
        <message>
            <source>&amp;Language:</source>
            <translation>भाषा (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>देश (&amp;C):</translation>
        </message>
        <message>
            <source>I &amp;am a:</source>
            <translation>मेरी भूमिका (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>अक्षरों का आकार (&amp;T):</translation>
        </message>
        <message>
            <source>Used to show the right emergency numbers and help lines</source>
            <translation>इससे सही इमरजेंसी नंबर और हेल्पलाइन दिखाई जाती हैं</translation>
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
            <translation>Family Guide में आपका स्वागत है</translation>
        </message>
        <message>
            <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
            <translation>बस तीन चीज़ें चुनें, ताकि गाइड और हेल्पलाइन आपके काम की हों। आप इन्हें बाद में सेटिंग्स में बदल सकते हैं।</translation>
        </message>
        <message>
            <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
            <translation>Family Guide बिना इंटरनेट के चलता है और इंटरनेट पर कभी कुछ नहीं भेजता। फिर भी, इस कंप्यूटर को इस्तेमाल करने वाले दूसरे लोग देख सकते हैं कि यह इंस्टॉल है। और कोई भी ऐप निगरानी करने वाले सॉफ़्टवेयर से नहीं बचा सकता।</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>शुरू करें (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Like the system (light or dark)</source>
            <translation>सिस्टम जैसा (हल्का या गहरा)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>हल्का</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>गहरा</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>हाई कंट्रास्ट</translation>
        </message>
    </context>
    <context>
        <name>Topic</name>
        <message>
            <source>Online friends and strangers</source>
            <translation>ऑनलाइन दोस्त और अजनबी</translation>
        </message>
        <message>
            <source>Secrets and private chats</source>
            <translation>राज़ और निजी चैट</translation>
        </message>
        <message>
            <source>Gifts and money</source>
            <translation>तोहफ़े और पैसे</translation>
        </message>
        <message>
            <source>Photos and videos</source>
            <translation>फ़ोटो और वीडियो</translation>
        </message>
        <message>
            <source>Sextortion</source>
            <translation>यौन ब्लैकमेल (सेक्सटॉर्शन)</translation>
        </message>
        <message>
            <source>Live streaming</source>
            <translation>लाइव स्ट्रीमिंग</translation>
        </message>
        <message>
            <source>Offers too good to be true</source>
            <translation>ऐसे ऑफ़र जो सच होने के लिए बहुत अच्छे लगें</translation>
        </message>
        <message>
            <source>Feelings and support</source>
            <translation>भावनाएँ और सहारा</translation>
        </message>
        <message>
            <source>Body safety</source>
            <translation>शरीर की सुरक्षा</translation>
        </message>
        <message>
            <source>Relationships and respect</source>
            <translation>रिश्ते और सम्मान</translation>
        </message>
        <message>
            <source>Meeting in person</source>
            <translation>आमने-सामने मिलना</translation>
        </message>
        <message>
            <source>When something has happened</source>
            <translation>जब कुछ हो चुका हो</translation>
        </message>
        <message>
            <source>Apps and privacy</source>
            <translation>ऐप और प्राइवेसी</translation>
        </message>
        <message>
            <source>Grooming</source>
            <translation>ग्रूमिंग (भरोसा जीतकर फँसाना)</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>मानव तस्करी</translation>
        </message>
    </context>
    <context>
        <name>WarningSignsPage</name>
        <message>
            <source>Warning signs</source>
            <translation>खतरे के संकेत</translation>
        </message>
        <message>
            <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
            <translation>आपने जो देखा है, उस पर निशान लगाएँ। कई संकेत बड़े होने का आम हिस्सा भी होते हैं: इन्हें बात करने की वजह बनाएँ, इल्ज़ाम लगाने की नहीं। नतीजा बताता है कि आगे क्या करें। यह आपके बच्चे के बारे में कोई फ़ैसला नहीं है।</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>चेकलिस्ट</translation>
        </message>
        <message>
            <source>Signs to tick</source>
            <translation>निशान लगाने के लिए संकेत</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>आगे क्या करें</translation>
        </message>
        <message>
            <source>&amp;Save to journal...</source>
            <translation>डायरी में सेव करें (&amp;S)...</translation>
        </message>
        <message>
            <source>Keep what you ticked, with the date and a note, in your private journal</source>
            <translation>जिन पर आपने निशान लगाया है, उन्हें तारीख और एक नोट के साथ अपनी निजी डायरी में रखें</translation>
        </message>
        <message>
            <source>C&amp;lear ticks</source>
            <translation>निशान हटाएँ (&amp;L)</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>हैंडआउट बनाएँ (&amp;H)...</translation>
        </message>
        <message>
            <source>Print this checklist as a blank worksheet, or the next steps shown</source>
            <translation>इस चेकलिस्ट को खाली वर्कशीट के रूप में प्रिंट करें, या दिखाए गए अगले कदम</translation>
        </message>
        <message>
            <source>Also normal:</source>
            <translation>यह भी सामान्य है:</translation>
        </message>
        <message>
            <source>(in %1: not yet translated)</source>
            <translation>(%1 में: अभी अनुवाद नहीं हुआ)</translation>
        </message>
        <message>
            <source>(the English text changed after this was translated)</source>
            <translation>(इस अनुवाद के बाद अंग्रेज़ी टेक्स्ट बदल गया है)</translation>
        </message>
        <message>
            <source>Who can help in %1</source>
            <translation>%1 में कौन मदद कर सकता है</translation>
        </message>
        <message>
            <source>No services are listed for your country. See Get help now.</source>
            <translation>आपके देश के लिए कोई सेवा सूची में नहीं है। “अभी मदद लें” देखें।</translation>
        </message>
        <message>
            <source>Blank worksheet with tick boxes</source>
            <translation>निशान लगाने के खानों वाली खाली वर्कशीट</translation>
        </message>
        <message>
            <source>Next steps: %1</source>
            <translation>अगले कदम: %1</translation>
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation>आपकी डायरी में सेव हो गया।</translation>
        </message>
        <message>
            <source>Tick the signs you have noticed to see what to do next.</source>
            <translation>आपने जो संकेत देखे हैं, उन पर निशान लगाएँ। फिर आप देख पाएँगे कि आगे क्या करना है।</translation>
        </message>
        <message>
            <source>Emergency: %1</source>
            <translation>इमरजेंसी: %1</translation>
        </message>
        <message>
            <source>Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps below.</source>
            <translation>उन्हें बताएँ कि एक बच्चा खतरे में है, वह कहाँ हो सकता है, और क्या हो रहा है। फिर नीचे दिए कदम उठाएँ।</translation>
        </message>
        <message>
            <source>Act today: report and get advice.</source>
            <translation>आज ही कदम उठाएँ: रिपोर्ट करें और सलाह लें।</translation>
        </message>
        <message>
            <source>You do not need proof. The steps and the places to report are below.</source>
            <translation>आपको सबूत की ज़रूरत नहीं है। कदम और रिपोर्ट करने की जगहें नीचे दी गई हैं।</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation>
                <numerusform>निशान लगाया गया %n संकेत और अगले कदम आपकी डायरी में रखे जाएँगे।</numerusform>
                <numerusform>निशान लगाए गए %n संकेत और अगले कदम आपकी डायरी में रखे जाएँगे।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation>
                <numerusform>%n संकेत पर निशान लगाया गया।</numerusform>
                <numerusform>%n संकेतों पर निशान लगाया गया।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workshops</name>
        <message>
            <source>Workshops</source>
            <translation>वर्कशॉप</translation>
        </message>
        <message>
            <source>Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding page before you present. Adapt a plan to your group and save it as your own.</source>
            <translation>सत्र चलाने वालों के लिए योजनाएँ: कार्यक्रम, स्लाइड, नोट्स और बाल-सुरक्षा पेज। प्रस्तुत करने से पहले बाल-सुरक्षा पेज पढ़ें। किसी योजना को अपने समूह के हिसाब से बदलें और उसे अपनी योजना के रूप में सेव करें।</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>सत्र की योजनाएँ</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>योजना</translation>
        </message>
        <message>
            <source>&amp;Present...</source>
            <translation>प्रस्तुत करें (&amp;P)...</translation>
        </message>
        <message>
            <source>Show the slides full screen (F5)</source>
            <translation>स्लाइड पूरी स्क्रीन पर दिखाएँ (F5)</translation>
        </message>
        <message>
            <source>&amp;Adapt...</source>
            <translation>अपने हिसाब से बदलें (&amp;A)...</translation>
        </message>
        <message>
            <source>Reorder, hide and edit slides; save as your own plan</source>
            <translation>स्लाइड आगे-पीछे करें, छिपाएँ और बदलें; अपनी योजना के रूप में सेव करें</translation>
        </message>
        <message>
            <source>Export s&amp;lides (PDF)...</source>
            <translation>स्लाइड की PDF बनाएँ (&amp;L)...</translation>
        </message>
        <message>
            <source>Export n&amp;otes (PDF)...</source>
            <translation>नोट्स की PDF बनाएँ (&amp;O)...</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>हैंडआउट बनाएँ (&amp;M)...</translation>
        </message>
        <message>
            <source>Print the plan's take-home handout for participants, or save it as a PDF</source>
            <translation>प्रतिभागियों के लिए योजना का घर ले जाने वाला हैंडआउट प्रिंट करें, या PDF के रूप में सेव करें</translation>
        </message>
        <message>
            <source>your plan</source>
            <translation>आपकी योजना</translation>
        </message>
        <message>
            <source>No session plans are installed.</source>
            <translation>कोई सत्र योजना इंस्टॉल नहीं है।</translation>
        </message>
        <message>
            <source>Take-home handout: %1</source>
            <translation>घर ले जाने वाला हैंडआउट: %1</translation>
        </message>
        <message>
            <source>Cannot present</source>
            <translation>प्रस्तुत नहीं किया जा सकता</translation>
        </message>
        <message>
            <source>This plan has problems to fix first:</source>
            <translation>इस योजना में कुछ समस्याएँ हैं जिन्हें पहले ठीक करना होगा:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF फ़ाइलें (*.pdf)</translation>
        </message>
        <message>
            <source>Export the slides</source>
            <translation>स्लाइड की PDF बनाएँ</translation>
        </message>
        <message>
            <source>Export the facilitator notes</source>
            <translation>संचालक के नोट्स की PDF बनाएँ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>सेव नहीं हुआ</translation>
        </message>
        <message>
            <source>The PDF could not be saved to %1: %2</source>
            <translation>PDF को %1 में सेव नहीं किया जा सका: %2</translation>
        </message>
        <message>
            <source>Workshop slides</source>
            <translation>वर्कशॉप की स्लाइड</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>संचालक के नोट्स</translation>
        </message>
        <message>
            <source>%1 to %2 minutes</source>
            <translation>%1 से %2 मिनट</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 मिनट</translation>
        </message>
        <message>
            <source>Facilitator safeguarding page (read before the session)</source>
            <translation>संचालक के लिए बाल-सुरक्षा पेज (सत्र से पहले पढ़ें)</translation>
        </message>
        <message>
            <source>Emergency number in %1: %2</source>
            <translation>%1 में इमरजेंसी नंबर: %2</translation>
        </message>
        <message>
            <source>No emergency number is confirmed for %1: find the local number before the session.</source>
            <translation>%1 के लिए कोई पक्का इमरजेंसी नंबर नहीं है: सत्र से पहले अपने इलाके का नंबर पता कर लें।</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>सत्र से पहले</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>सत्र के दौरान</translation>
        </message>
        <message>
            <source>If someone tells you about abuse</source>
            <translation>अगर कोई आपको दुर्व्यवहार के बारे में बताए</translation>
        </message>
        <message>
            <source>What not to promise</source>
            <translation>क्या वादा न करें</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>किसे कॉल करें</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 मिनट</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>कार्यक्रम</translation>
        </message>
        <message>
            <source>Slides and notes</source>
            <translation>स्लाइड और नोट्स</translation>
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation>(छिपी हुई) %1</translation>
        </message>
        <message>
            <source>The help lines of the chosen country are shown here.</source>
            <translation>चुने गए देश की हेल्पलाइन यहाँ दिखाई जाती हैं।</translation>
        </message>
        <message>
            <source>One good answer:</source>
            <translation>एक अच्छा जवाब:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>नोट्स</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>सवाल</translation>
        </message>
    </context>
</TS>
