<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
    <context>
        <name>App</name>
        <message>
            <source>Family Guide is already open. Look for its window, or its button on the taskbar.</source>
            <translation>Family Guide پہلے سے کھلا ہے۔ اس کی ونڈو ڈھونڈیں، یا ٹاسک بار پر اس کا بٹن۔</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>ترتیبات پڑھی نہیں جا سکیں</translation>
        </message>
        <message>
            <source>The settings file names a country that is not in the list (%1). Help for “Another country” is shown until you choose your country in Settings.</source>
            <translation>ترتیبات کی فائل میں ایسا ملک لکھا ہے جو فہرست میں نہیں ہے (%1)۔ جب تک آپ ترتیبات میں اپنا ملک نہ چنیں، “کوئی اور ملک” کی مدد دکھائی جائے گی۔</translation>
        </message>
    </context>
    <context>
        <name>ContentHtml</name>
        <message>
            <source>Shown in %1: this part is not yet translated into %2.</source>
            <translation>%1 میں دکھایا گیا ہے: اس حصے کا ابھی %2 میں ترجمہ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>This translation has not yet been checked by a fluent speaker.</source>
            <translation>اس ترجمے کو ابھی کسی اہلِ زبان نے نہیں جانچا۔</translation>
        </message>
        <message>
            <source>The English text changed after this was translated: the parts marked may be out of date.</source>
            <translation>ترجمے کے بعد انگریزی متن بدل گیا: نشان لگے حصے پرانے ہو سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Translation checked by %1 on %2.</source>
            <translation>ترجمہ %1 نے %2 کو جانچا۔</translation>
        </message>
        <message>
            <source>Reviewed %1</source>
            <translation>جائزہ لیا گیا %1</translation>
        </message>
        <message>
            <source>The English text changed after this was translated.</source>
            <translation>ترجمے کے بعد انگریزی متن بدل گیا۔</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>ذرائع</translation>
        </message>
        <message>
            <source>For you, not to say to your child:</source>
            <translation>آپ کے لیے، بچے سے کہنے کے لیے نہیں:</translation>
        </message>
        <message>
            <source>Ages %1</source>
            <translation>عمر %1</translation>
        </message>
        <message>
            <source>For this age</source>
            <translation>اس عمر کے لیے</translation>
        </message>
        <message>
            <source>Why this matters</source>
            <translation>یہ کیوں اہم ہے</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>شروع کرنے سے پہلے</translation>
        </message>
        <message>
            <source>Ways to start</source>
            <translation>شروع کرنے کے طریقے</translation>
        </message>
        <message>
            <source>What your child should hear</source>
            <translation>آپ کے بچے کو کیا سننا چاہیے</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>پوچھنے کے سوال</translation>
        </message>
        <message>
            <source>If your child says...</source>
            <translation>اگر آپ کا بچہ کہے...</translation>
        </message>
        <message>
            <source>Show what you might say</source>
            <translation>دکھائیں کہ آپ کیا کہہ سکتے ہیں</translation>
        </message>
        <message>
            <source>What not to say</source>
            <translation>کیا نہ کہیں</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>بعد میں</translation>
        </message>
        <message>
            <source>Signs to watch for</source>
            <translation>دھیان رکھنے والی علامات</translation>
        </message>
        <message>
            <source>Getting help</source>
            <translation>مدد لینا</translation>
        </message>
        <message>
            <source>What this may mean</source>
            <translation>اس کا کیا مطلب ہو سکتا ہے</translation>
        </message>
        <message>
            <source>What this does not mean</source>
            <translation>اس کا کیا مطلب نہیں ہے</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>ابھی کیا کریں</translation>
        </message>
        <message>
            <source>Write down usernames, profile links, phone numbers, dates and the apps or games used.</source>
            <translation>یوزر نیم، پروفائل لنک، فون نمبر، تاریخیں اور استعمال ہونے والی ایپس یا گیمز لکھ لیں۔</translation>
        </message>
        <message>
            <source>Keep the messages. Do not delete them, or the account.</source>
            <translation>پیغامات رکھیں۔ انہیں یا اکاؤنٹ کو ڈیلیٹ نہ کریں۔</translation>
        </message>
        <message>
            <source>Block the account only after you have written the details down.</source>
            <translation>اکاؤنٹ کو بلاک صرف تب کریں جب آپ تفصیلات لکھ چکے ہوں۔</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
            <translation>بچے کی کوئی جنسی تصویر کبھی محفوظ نہ کریں، اس کا اسکرین شاٹ نہ لیں اور آگے نہ بھیجیں، ثبوت کے لیے بھی نہیں۔ پولیس یا رپورٹنگ لائن کو بتائیں کہ وہ کہاں ہے۔</translation>
        </message>
        <message>
            <source>Do not pay, and do not send anything more.</source>
            <translation>پیسے نہ دیں، اور مزید کچھ نہ بھیجیں۔</translation>
        </message>
        <message>
            <source>Keeping evidence</source>
            <translation>ثبوت رکھنا</translation>
        </message>
        <message>
            <source>Conversation guides that can help</source>
            <translation>بات چیت کی رہنمائیاں جو مدد کر سکتی ہیں</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>فون: %1</translation>
        </message>
        <message>
            <source>Copy number</source>
            <translation>نمبر کاپی کریں</translation>
        </message>
        <message>
            <source>Text: %1</source>
            <translation>میسج: %1</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation>اوقات: %1</translation>
        </message>
        <message>
            <source>Checked live on %1</source>
            <translation>%1 کو براہِ راست جانچا گیا</translation>
        </message>
        <message>
            <source>Caution: we could not confirm this. Check it before you rely on it.</source>
            <translation>احتیاط: ہم اس کی تصدیق نہیں کر سکے۔ اس پر بھروسا کرنے سے پہلے اسے جانچ لیں۔</translation>
        </message>
        <message>
            <source>Found in one source only: check this number locally.</source>
            <translation>صرف ایک ذریعے میں ملا: یہ نمبر مقامی طور پر جانچ لیں۔</translation>
        </message>
        <message>
            <source>Source: %1, dated %2</source>
            <translation>ذریعہ: %1، تاریخ %2</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>ذریعہ: %1</translation>
        </message>
    </context>
    <context>
        <name>ContentView</name>
        <message>
            <source>Copied: %1</source>
            <translation>کاپی ہو گیا: %1</translation>
        </message>
        <message>
            <source>This opens your web browser at this address:

%1

Website: %2

Family Guide itself never connects to the internet.</source>
            <translation>اس سے آپ کا ویب براؤزر اس پتے پر کھلے گا:

%1

ویب سائٹ: %2

Family Guide خود کبھی انٹرنیٹ سے نہیں جڑتا۔</translation>
        </message>
        <message>
            <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
            <translation>اس سے کوئی دوسرا پروگرام (جیسے آپ کا ویب براؤزر) اس پتے پر کھلے گا:

%1

Family Guide خود کبھی انٹرنیٹ سے نہیں جڑتا۔</translation>
        </message>
        <message>
            <source>Open outside Family Guide?</source>
            <translation>Family Guide سے باہر کھولیں؟</translation>
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <source>Conversation guides</source>
            <translation>بات چیت کی رہنمائیاں</translation>
        </message>
        <message>
            <source>C&amp;hild's age:</source>
            <translation>بچے کی عمر: (&amp;H)</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>موضوع: (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Written for:</source>
            <translation>کس کے لیے: (&amp;W)</translation>
        </message>
        <message>
            <source>Search the guides</source>
            <translation>رہنمائیوں میں تلاش کریں</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>رہنمائیاں</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>رہنمائی کا متن</translation>
        </message>
        <message>
            <source>We &amp;talked about this...</source>
            <translation>ہم نے اس بارے میں بات کر لی... (&amp;T)</translation>
        </message>
        <message>
            <source>Write down in your private journal that you had this talk</source>
            <translation>اپنی ذاتی ڈائری میں لکھ لیں کہ آپ نے یہ بات کی</translation>
        </message>
        <message>
            <source>Show all &amp;answers</source>
            <translation>سب جواب دکھائیں (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>ہینڈ آؤٹ بنائیں... (&amp;M)</translation>
        </message>
        <message>
            <source>Print this guide as a one- or two-page handout, or save it as a PDF</source>
            <translation>یہ رہنمائی ایک یا دو صفحے کے ہینڈ آؤٹ کے طور پر پرنٹ کریں، یا PDF کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>سب کے لیے</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 سال</translation>
        </message>
        <message>
            <source>%1 (%2 this year)</source>
            <translation>%1 (اس سال %2)</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>تمام موضوعات</translation>
        </message>
        <message>
            <source>No guide matches. Try other words, or choose “All topics”.</source>
            <translation>کوئی رہنمائی نہیں ملی۔ دوسرے الفاظ آزمائیں، یا “تمام موضوعات” چنیں۔</translation>
        </message>
        <message>
            <source>No guides are available for this age yet.</source>
            <translation>اس عمر کے لیے ابھی کوئی رہنمائی موجود نہیں۔</translation>
        </message>
        <message>
            <source>This guide, ages %1</source>
            <translation>یہ رہنمائی، عمر %1</translation>
        </message>
        <message>
            <source>Record that you talked about “%1” (ages %2).</source>
            <translation>لکھیں کہ آپ نے “%1” کے بارے میں بات کی (عمر %2)۔</translation>
        </message>
    </context>
    <context>
        <name>CounselorForm</name>
        <message>
            <source>Your details on handouts</source>
            <translation>ہینڈ آؤٹ پر آپ کی تفصیلات</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>ادارہ: (&amp;O)</translation>
        </message>
        <message>
            <source>Contact li&amp;ne:</source>
            <translation>رابطہ لائن: (&amp;N)</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>لوگو:</translation>
        </message>
        <message>
            <source>Choose lo&amp;go...</source>
            <translation>لوگو چنیں... (&amp;G)</translation>
        </message>
        <message>
            <source>Remo&amp;ve logo</source>
            <translation>لوگو ہٹائیں (&amp;V)</translation>
        </message>
        <message>
            <source>Choose a logo (PNG or JPEG, up to 2 MB)</source>
            <translation>لوگو چنیں (PNG یا JPEG، زیادہ سے زیادہ 2 MB)</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>لوگو لگا ہوا ہے۔</translation>
        </message>
        <message>
            <source>No logo.</source>
            <translation>کوئی لوگو نہیں۔</translation>
        </message>
        <message>
            <source>The organisation name will be cut to %1 characters.</source>
            <translation>ادارے کا نام %1 حروف تک چھوٹا کر دیا جائے گا۔</translation>
        </message>
        <message>
            <source>The contact line will be cut to %1 characters.</source>
            <translation>رابطہ لائن %1 حروف تک چھوٹی کر دی جائے گی۔</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>لوگو چنیں</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>تصویریں (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The logo was saved.</source>
            <translation>لوگو محفوظ ہو گیا۔</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Another country</source>
            <translation>کوئی اور ملک</translation>
        </message>
    </context>
    <context>
        <name>GetHelpPage</name>
        <message>
            <source>Copied to the clipboard: %1</source>
            <translation>کلپ بورڈ پر کاپی ہو گیا: %1</translation>
        </message>
        <message>
            <source>Help lines and reporting</source>
            <translation>ہیلپ لائنز اور رپورٹ کرنا</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>ملک: (&amp;C)</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>ہیلپ لائنز</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>دکھائیں: (&amp;S)</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>ہینڈ آؤٹ بنائیں... (&amp;H)</translation>
        </message>
        <message>
            <source>Print these help lines, or save them as a PDF</source>
            <translation>یہ ہیلپ لائنز پرنٹ کریں، یا PDF کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>All kinds of help</source>
            <translation>ہر قسم کی مدد</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>%1 کی ہیلپ لائنز</translation>
        </message>
        <message>
            <source>These facts come from public pages we read; no one called the numbers to check them. Numbers change: if one does not work, call the emergency number.</source>
            <translation>یہ معلومات ان عوامی صفحات سے ہیں جو ہم نے پڑھے؛ کسی نے نمبر ملا کر انہیں نہیں جانچا۔ نمبر بدلتے رہتے ہیں: اگر کوئی کام نہ کرے تو ایمرجنسی نمبر پر کال کریں۔</translation>
        </message>
        <message>
            <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
            <translation>اس ملک کے لیے اس قسم کی کوئی چیز درج نہیں۔ “ہر قسم کی مدد” چنیں، یا بچوں کی ہیلپ لائن یا پولیس سے پوچھیں۔</translation>
        </message>
        <message>
            <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
            <translation>کوئی ہیلپ لائن لوڈ نہیں ہوئی۔ ایمرجنسی میں اپنے مقامی ایمرجنسی نمبر پر کال کریں۔</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>For parents and carers</source>
            <translation>والدین اور سرپرستوں کے لیے</translation>
        </message>
        <message>
            <source>For young people</source>
            <translation>نوجوانوں کے لیے</translation>
        </message>
        <message>
            <source>Our family safety plan</source>
            <translation>ہمارے خاندان کا حفاظتی منصوبہ</translation>
        </message>
        <message>
            <source>Choose one or two languages.</source>
            <translation>ایک یا دو زبانیں چنیں۔</translation>
        </message>
        <message>
            <source>Choose two different languages, or only one.</source>
            <translation>دو مختلف زبانیں چنیں، یا صرف ایک۔</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>صفحہ %1 از %2</translation>
        </message>
        <message>
            <source>The content '%1' is not loaded.</source>
            <translation>مواد '%1' لوڈ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>This session plan has no take-home handout.</source>
            <translation>اس سیشن کے منصوبے میں گھر لے جانے والا ہینڈ آؤٹ نہیں ہے۔</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet. Choose another language, or make a handout in one.</source>
            <translation>اس مواد کا ابھی %1 میں کوئی متن نہیں۔ کوئی اور زبان چنیں، یا ایک زبان میں ہینڈ آؤٹ بنائیں۔</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet, so it is shown in English.</source>
            <translation>اس مواد کا ابھی %1 میں کوئی متن نہیں، اس لیے یہ انگریزی میں دکھایا گیا ہے۔</translation>
        </message>
        <message>
            <source>The organisation name is too long for a handout; it was cut short.</source>
            <translation>ادارے کا نام ہینڈ آؤٹ کے لیے بہت لمبا ہے؛ اسے چھوٹا کر دیا گیا۔</translation>
        </message>
        <message>
            <source>The contact line is too long for a handout; it was cut short.</source>
            <translation>رابطہ لائن ہینڈ آؤٹ کے لیے بہت لمبی ہے؛ اسے چھوٹا کر دیا گیا۔</translation>
        </message>
        <message>
            <source>Shown in English: this part is not yet translated.</source>
            <translation>انگریزی میں دکھایا گیا ہے: اس حصے کا ابھی ترجمہ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>This guide has no part for ages %1.</source>
            <translation>اس رہنمائی میں عمر %1 کے لیے کوئی حصہ نہیں۔</translation>
        </message>
        <message>
            <source>This guide has nothing written for young people of ages %1.</source>
            <translation>اس رہنمائی میں %1 سال کے نوجوانوں کے لیے کچھ نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>Things to remember</source>
            <translation>یاد رکھنے کی باتیں</translation>
        </message>
        <message>
            <source>People I can tell</source>
            <translation>وہ لوگ جنہیں میں بتا سکتا یا سکتی ہوں</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>مدد کہاں سے ملے</translation>
        </message>
        <message>
            <source>Checklists are written for adults. Make this handout for parents and carers.</source>
            <translation>چیک لسٹیں بڑوں کے لیے لکھی گئی ہیں۔ یہ ہینڈ آؤٹ والدین اور سرپرستوں کے لیے بنائیں۔</translation>
        </message>
        <message>
            <source>Some items are shown in English: not yet translated.</source>
            <translation>کچھ چیزیں انگریزی میں دکھائی گئی ہیں: ابھی ترجمہ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>تاریخ:</translation>
        </message>
        <message>
            <source>This checklist has no guidance called '%1'.</source>
            <translation>اس چیک لسٹ میں '%1' نام کی کوئی رہنمائی نہیں۔</translation>
        </message>
        <message>
            <source>To talk about at home</source>
            <translation>گھر پر بات کرنے کے لیے</translation>
        </message>
        <message>
            <source>To think about</source>
            <translation>سوچنے کے لیے</translation>
        </message>
        <message>
            <source>To talk about with your team</source>
            <translation>اپنی ٹیم کے ساتھ بات کرنے کے لیے</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>کس کے لیے: %1</translation>
        </message>
        <message>
            <source>What not to do</source>
            <translation>کیا نہیں کرنا</translation>
        </message>
        <message>
            <source>Where to get help in %1</source>
            <translation>%1 میں مدد کہاں سے ملے</translation>
        </message>
        <message>
            <source>If a child is in danger now, call the emergency number first. Then use the services below.</source>
            <translation>اگر کوئی بچہ ابھی خطرے میں ہے تو پہلے ایمرجنسی نمبر پر کال کریں۔ پھر نیچے دی گئی خدمات استعمال کریں۔</translation>
        </message>
        <message>
            <source>We made this plan together. Keep it where everyone can see it.</source>
            <translation>ہم نے یہ منصوبہ مل کر بنایا۔ اسے ایسی جگہ رکھیں جہاں سب دیکھ سکیں۔</translation>
        </message>
        <message>
            <source>People I can tell if something feels wrong</source>
            <translation>وہ لوگ جنہیں میں بتا سکتا یا سکتی ہوں اگر کچھ غلط لگے</translation>
        </message>
        <message>
            <source>Our agreements about apps, games and phones</source>
            <translation>ایپس، گیمز اور فون کے بارے میں ہمارے فیصلے</translation>
        </message>
        <message>
            <source>Our agreements about meeting people from online</source>
            <translation>آن لائن ملنے والے لوگوں سے ملاقات کے بارے میں ہمارے فیصلے</translation>
        </message>
        <message>
            <source>If someone threatens you or asks for pictures</source>
            <translation>اگر کوئی آپ کو دھمکائے یا تصویریں مانگے</translation>
        </message>
        <message>
            <source>Stop replying. Do not pay, and do not send anything more.</source>
            <translation>جواب دینا بند کریں۔ پیسے نہ دیں، اور مزید کچھ نہ بھیجیں۔</translation>
        </message>
        <message>
            <source>Do not delete the messages or the account.</source>
            <translation>پیغامات یا اکاؤنٹ ڈیلیٹ نہ کریں۔</translation>
        </message>
        <message>
            <source>Tell one of the people above straight away. You will not be in trouble.</source>
            <translation>اوپر لکھے لوگوں میں سے کسی کو فوراً بتائیں۔ آپ مصیبت میں نہیں پڑیں گے۔</translation>
        </message>
        <message>
            <source>We report it together. It is never your fault.</source>
            <translation>ہم مل کر رپورٹ کرتے ہیں۔ یہ کبھی آپ کی غلطی نہیں۔</translation>
        </message>
        <message>
            <source>Help numbers</source>
            <translation>مدد کے نمبر</translation>
        </message>
        <message>
            <source>Signed and dated:</source>
            <translation>دستخط اور تاریخ:</translation>
        </message>
        <message>
            <source>No country was chosen. These services work anywhere.</source>
            <translation>کوئی ملک نہیں چنا گیا۔ یہ خدمات ہر جگہ کام کرتی ہیں۔</translation>
        </message>
        <message>
            <source>We have no help lines for %1 yet. These services work anywhere.</source>
            <translation>ہمارے پاس ابھی %1 کی کوئی ہیلپ لائن نہیں۔ یہ خدمات ہر جگہ کام کرتی ہیں۔</translation>
        </message>
        <message>
            <source>%1 could not be read as a picture: %2</source>
            <translation>%1 کو تصویر کے طور پر پڑھا نہیں جا سکا: %2</translation>
        </message>
        <message>
            <source>%1 is %2 x %3 pixels; a logo may be at most %4 x %4.</source>
            <translation>%1 کا سائز %2 x %3 پکسل ہے؛ لوگو زیادہ سے زیادہ %4 x %4 ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPEG picture.</source>
            <translation>%1 کوئی PNG یا JPEG تصویر نہیں ہے۔</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB, the most a logo may be.</source>
            <translation>%1 کا سائز %2 MB سے زیادہ ہے، جو لوگو کی حد ہے۔</translation>
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
            <translation>A5 (A4 کا آدھا)</translation>
        </message>
        <message>
            <source>Make a handout</source>
            <translation>ہینڈ آؤٹ بنائیں</translation>
        </message>
        <message>
            <source>&amp;Handout:</source>
            <translation>ہینڈ آؤٹ: (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>زبان: (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Second language:</source>
            <translation>دوسری زبان: (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>کس کے لیے: (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>ملک: (&amp;C)</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>کاغذ: (&amp;R)</translation>
        </message>
        <message>
            <source>Pre&amp;view...</source>
            <translation>پیش منظر... (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>پرنٹ کریں... (&amp;P)</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>PDF کے طور پر محفوظ کریں... (&amp;D)</translation>
        </message>
        <message>
            <source>None (one language)</source>
            <translation>کوئی نہیں (ایک زبان)</translation>
        </message>
        <message>
            <source>This worksheet runs to %1 pages in two languages. For two pages, make it in one language on A4 or Letter.</source>
            <translation>دو زبانوں میں یہ ورک شیٹ %1 صفحات کی بنتی ہے۔ دو صفحات کے لیے اسے ایک زبان میں A4 یا Letter پر بنائیں۔</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>ہینڈ آؤٹ محفوظ کریں</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF فائلیں (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>محفوظ ہو گیا: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpHours</name>
        <message>
            <source>24 hours a day, every day</source>
            <translation>دن کے 24 گھنٹے، ہر روز</translation>
        </message>
        <message>
            <source>24 hours a day</source>
            <translation>دن کے 24 گھنٹے</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Call %1 now.</source>
            <translation>ابھی %1 پر کال کریں۔</translation>
        </message>
        <message>
            <source>Call your local emergency number now.</source>
            <translation>ابھی اپنے مقامی ایمرجنسی نمبر پر کال کریں۔</translation>
        </message>
        <message>
            <source>We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a place of worship which number to call, and keep it by your phone.</source>
            <translation>ہم %1 میں ایمرجنسی نمبر کی تصدیق نہیں کر سکے۔ کسی پڑوسی، اسکول، ڈاکٹر یا عبادت گاہ سے پوچھیں کہ کون سا نمبر ملانا ہے، اور اسے اپنے فون کے پاس رکھیں۔</translation>
        </message>
        <message>
            <source>Reported, not confirmed: %1. Check it locally before you rely on it.</source>
            <translation>بتایا گیا، تصدیق شدہ نہیں: %1۔ اس پر بھروسا کرنے سے پہلے مقامی طور پر جانچ لیں۔</translation>
        </message>
        <message>
            <source>A child is in danger.</source>
            <translation>ایک بچہ خطرے میں ہے۔</translation>
        </message>
        <message>
            <source>Their name is ... They are ... years old.</source>
            <translation>اس کا نام ... ہے۔ اس کی عمر ... سال ہے۔</translation>
        </message>
        <message>
            <source>They may be at ... (an address, a place, or the app they are using).</source>
            <translation>وہ ... پر ہو سکتا یا سکتی ہے (پتا، جگہ، یا وہ ایپ جو استعمال ہو رہی ہے)۔</translation>
        </message>
        <message>
            <source>What is happening: ... (a meeting, a threat, they are missing).</source>
            <translation>کیا ہو رہا ہے: ... (کوئی ملاقات، دھمکی، بچہ لاپتا ہے)۔</translation>
        </message>
        <message>
            <source>My name is ... My phone number is ...</source>
            <translation>میرا نام ... ہے۔ میرا فون نمبر ...</translation>
        </message>
        <message>
            <source>What to say when they answer</source>
            <translation>جب وہ فون اٹھائیں تو کیا کہیں</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>%1 کی ہیلپ لائنز</translation>
        </message>
        <message>
            <source>Get help now</source>
            <translation>ابھی مدد لیں</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>ملک: (&amp;C)</translation>
        </message>
        <message>
            <source>What is happening?</source>
            <translation>کیا ہو رہا ہے؟</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>کیا کریں</translation>
        </message>
        <message>
            <source>Copy &amp;number</source>
            <translation>نمبر کاپی کریں (&amp;N)</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>ہینڈ آؤٹ بنائیں... (&amp;H)</translation>
        </message>
        <message>
            <source>1. Someone is in danger now</source>
            <translation>1. کوئی ابھی خطرے میں ہے</translation>
        </message>
        <message>
            <source>2. A child may hurt themselves</source>
            <translation>2. بچہ خود کو نقصان پہنچا سکتا ہے</translation>
        </message>
        <message>
            <source>3. Someone is threatening to share images</source>
            <translation>3. کوئی تصویریں پھیلانے کی دھمکی دے رہا ہے</translation>
        </message>
        <message>
            <source>4. Report abuse or exploitation</source>
            <translation>4. زیادتی یا استحصال کی رپورٹ کریں</translation>
        </message>
        <message>
            <source>5. Support for the child and for you</source>
            <translation>5. بچے کے لیے اور آپ کے لیے سہارا</translation>
        </message>
        <message>
            <source>Copy the number %1</source>
            <translation>نمبر %1 کاپی کریں</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>کاپی ہو گیا: %1</translation>
        </message>
        <message>
            <source>Choose your country at the top to see its emergency numbers.</source>
            <translation>اوپر اپنا ملک چنیں تاکہ اس کے ایمرجنسی نمبر نظر آئیں۔</translation>
        </message>
        <message>
            <source>Emergency numbers in %1</source>
            <translation>%1 میں ایمرجنسی نمبر</translation>
        </message>
        <message>
            <source>Someone is in danger now</source>
            <translation>کوئی ابھی خطرے میں ہے</translation>
        </message>
        <message>
            <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
            <translation>کال کریں اگر بچہ لاپتا ہو، کسی ایسے شخص سے مل رہا ہو یا ملنے والا ہو جس سے وہ آن لائن ملا، اسے کہیں لے جایا جا رہا ہو یا اس کا اشتہار دیا جا رہا ہو، یا کوئی اسے نقصان پہنچانے کی دھمکی دے۔</translation>
        </message>
        <message>
            <source>If a child may hurt themselves</source>
            <translation>اگر بچہ خود کو نقصان پہنچا سکتا ہے</translation>
        </message>
        <message>
            <source>If they are hurt or in danger now, call the emergency number above.</source>
            <translation>اگر وہ زخمی ہے یا ابھی خطرے میں ہے تو اوپر دیے گئے ایمرجنسی نمبر پر کال کریں۔</translation>
        </message>
        <message>
            <source>Stay with them. Do not leave them alone.</source>
            <translation>اس کے ساتھ رہیں۔ اسے اکیلا نہ چھوڑیں۔</translation>
        </message>
        <message>
            <source>Listen calmly. Tell them you are glad they told you and you will get help.</source>
            <translation>سکون سے سنیں۔ بتائیں کہ آپ خوش ہیں کہ اس نے آپ کو بتایا اور آپ مدد لیں گے۔</translation>
        </message>
        <message>
            <source>If you can, move things they could use to hurt themselves out of reach.</source>
            <translation>اگر ہو سکے تو وہ چیزیں پہنچ سے دور کر دیں جن سے وہ خود کو نقصان پہنچا سکتا ہے۔</translation>
        </message>
        <message>
            <source>Call a crisis line together, now or as soon as you can.</source>
            <translation>مل کر کسی کرائسس لائن پر کال کریں، ابھی یا جتنی جلدی ہو سکے۔</translation>
        </message>
        <message>
            <source>If someone threatens to share images</source>
            <translation>اگر کوئی تصویریں پھیلانے کی دھمکی دے</translation>
        </message>
        <message>
            <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
            <translation>پُرسکون رہیں۔ بچے کو بتائیں کہ وہ مصیبت میں نہیں ہے اور آپ مدد کریں گے۔</translation>
        </message>
        <message>
            <source>Do not pay and do not send more. Paying rarely stops it.</source>
            <translation>پیسے نہ دیں اور مزید کچھ نہ بھیجیں۔ پیسے دینے سے یہ شاذ و نادر ہی رکتا ہے۔</translation>
        </message>
        <message>
            <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
            <translation>جواب دینا بند کریں۔ یوزر نیم، پروفائل لنک، تاریخیں اور ایپس لکھ لیں۔</translation>
        </message>
        <message>
            <source>Keep the messages. Block only after you have written down the details.</source>
            <translation>پیغامات رکھیں۔ بلاک صرف تفصیلات لکھنے کے بعد کریں۔</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
            <translation>بچے کی کوئی جنسی تصویر کبھی محفوظ نہ کریں، اس کا اسکرین شاٹ نہ لیں اور آگے نہ بھیجیں، ثبوت کے لیے بھی نہیں۔ اس کے بجائے رپورٹ کریں۔</translation>
        </message>
        <message>
            <source>Report it, and ask for the images to be taken down (below).</source>
            <translation>رپورٹ کریں، اور تصویریں انٹرنیٹ سے ہٹوانے کی درخواست کریں (نیچے)۔</translation>
        </message>
        <message>
            <source>Report abuse or exploitation</source>
            <translation>زیادتی یا استحصال کی رپورٹ کریں</translation>
        </message>
        <message>
            <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
            <translation>رپورٹ کرنے کے لیے ثبوت ضروری نہیں۔ انتظار کرنے سے بہتر ہے کہ رپورٹ کریں، چاہے غلط نکلیں۔</translation>
        </message>
        <message>
            <source>Support for the child and for you</source>
            <translation>بچے کے لیے اور آپ کے لیے سہارا</translation>
        </message>
        <message>
            <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
            <translation>بچے کا شکریہ ادا کریں کہ اس نے آپ کو بتایا۔ جو ہوا اس میں اس کی غلطی نہیں، اور نہ ہی آپ کی۔</translation>
        </message>
        <message>
            <source>No crisis line is listed for %1. Call the emergency number, or a child help line:</source>
            <translation>%1 کے لیے کوئی کرائسس لائن درج نہیں۔ ایمرجنسی نمبر پر کال کریں، یا بچوں کی ہیلپ لائن پر:</translation>
        </message>
        <message>
            <source>These services work from anywhere.</source>
            <translation>یہ خدمات کہیں سے بھی کام کرتی ہیں۔</translation>
        </message>
        <message>
            <source>No national service of this kind was confirmed for %1. The services below work from anywhere; a child help line or the police can also advise.</source>
            <translation>%1 کے لیے اس قسم کی کوئی قومی سروس تصدیق شدہ نہیں ملی۔ نیچے دی گئی خدمات کہیں سے بھی کام کرتی ہیں؛ بچوں کی ہیلپ لائن یا پولیس بھی مشورہ دے سکتی ہے۔</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome</source>
            <translation>خوش آمدید</translation>
        </message>
        <message>
            <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
            <translation>بچے آن لائن زیادہ محفوظ رہتے ہیں جب انہیں معلوم ہو کہ وہ آپ کو کچھ بھی بتا سکتے ہیں اور مصیبت میں نہیں پڑیں گے۔ Family Guide آپ کی مدد کرتا ہے کہ آپ جلدی اور بار بار بات کریں، خطرے کی علامات جانیں، اور جانیں کہ کیا کرنا ہے۔</translation>
        </message>
        <message>
            <source>Start with a short, calm talk. You do not need to know everything.</source>
            <translation>ایک مختصر، پُرسکون بات سے شروع کریں۔ آپ کو سب کچھ جاننے کی ضرورت نہیں۔</translation>
        </message>
        <message>
            <source>Use the guides to prepare a talk for parents or young people.</source>
            <translation>رہنمائیوں سے والدین یا نوجوانوں کے لیے بات چیت تیار کریں۔</translation>
        </message>
        <message>
            <source>Walk through a checklist with a family, then share the next steps.</source>
            <translation>کسی خاندان کے ساتھ چیک لسٹ دیکھیں، پھر اگلے قدم بتائیں۔</translation>
        </message>
        <message>
            <source>&amp;Start a conversation</source>
            <translation>بات چیت شروع کریں (&amp;S)</translation>
        </message>
        <message>
            <source>Check &amp;warning signs</source>
            <translation>خطرے کی علامات دیکھیں (&amp;W)</translation>
        </message>
        <message>
            <source>Get &amp;help now</source>
            <translation>ابھی مدد لیں (&amp;H)</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation guide(s)</source>
            <translation>
                <numerusform>%n بات چیت کی رہنمائی</numerusform>
                <numerusform>%n بات چیت کی رہنمائیاں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning-sign checklist(s)</source>
            <translation>
                <numerusform>%n خطرے کی علامات کی چیک لسٹ</numerusform>
                <numerusform>%n خطرے کی علامات کی چیک لسٹیں</numerusform>
            </translation>
        </message>
        <message>
            <source>Conversation plan</source>
            <translation>بات چیت کا منصوبہ</translation>
        </message>
        <message>
            <source>Show &amp;fewer</source>
            <translation>کم دکھائیں (&amp;F)</translation>
        </message>
        <message>
            <source>Show all &amp;topics</source>
            <translation>تمام موضوعات دکھائیں (&amp;T)</translation>
        </message>
        <message>
            <source>Topics that suit each child's age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
            <translation>وہ موضوعات جو ابھی ہر بچے کی عمر کے مطابق ہیں۔ ہر سال، جب بچہ اگلے عمر کے گروپ میں جائے، اور جب وہ کوئی نئی ایپ شروع کرے، ہر موضوع پر دوبارہ بات کریں۔</translation>
        </message>
        <message>
            <source>Add your children in the journal to see which topics suit their age.</source>
            <translation>ڈائری میں اپنے بچوں کو شامل کریں تاکہ پتا چلے کون سے موضوعات ان کی عمر کے مطابق ہیں۔</translation>
        </message>
        <message>
            <source>Open the &amp;journal</source>
            <translation>ڈائری کھولیں (&amp;J)</translation>
        </message>
        <message>
            <source>Unlock your journal to see each child's conversation plan.</source>
            <translation>ہر بچے کی بات چیت کا منصوبہ دیکھنے کے لیے اپنی ڈائری کا لاک کھولیں۔</translation>
        </message>
        <message>
            <source>Unlock the &amp;journal</source>
            <translation>ڈائری کا لاک کھولیں (&amp;U)</translation>
        </message>
        <message>
            <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
            <translation>ہر بچے کے لیے بات چیت کا منصوبہ رکھنے کے لیے ایک ذاتی ڈائری بنائیں: کون سے موضوعات اس کی عمر کے مطابق ہیں، آپ نے کس بارے میں بات کی، اور کیا دوبارہ کرنا ہے۔</translation>
        </message>
        <message>
            <source>Set up the &amp;journal</source>
            <translation>ڈائری بنائیں (&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
            <translation>لاک آپ کے نوٹس کو اس شخص کے لیے ناقابلِ پڑھائی رکھتا ہے جو فائلیں کھولے یا ڈائری لاک ہونے پر یہ ایپ استعمال کرے۔ یہ اس کمپیوٹر پر نگرانی والے سافٹ ویئر سے، یا اسے چلانے والے شخص (ایڈمنسٹریٹر) سے نہیں بچا سکتا۔ اگر آپ کو لگے کہ کوئی اس کمپیوٹر پر نظر رکھتا ہے تو کوئی زیادہ محفوظ کمپیوٹر استعمال کریں۔</translation>
        </message>
        <message>
            <source>Use at least %1 characters. A short sentence is easy to remember.</source>
            <translation>کم از کم %1 حروف استعمال کریں۔ ایک چھوٹا جملہ یاد رکھنا آسان ہے۔</translation>
        </message>
        <message>
            <source>That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: a short sentence you can remember works well.</source>
            <translation>یہ پاس فریز بہت عام ہے، اندازہ لگانے والا سب سے پہلے اسی کو آزماتا ہے۔ کوئی اور چنیں: ایک چھوٹا سا جملہ جو آپ کو یاد رہے، اچھا رہتا ہے۔</translation>
        </message>
        <message>
            <source>Set up your private journal</source>
            <translation>اپنی ذاتی ڈائری بنائیں</translation>
        </message>
        <message>
            <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
            <translation>آپ کی ڈائری اسی کمپیوٹر پر، خفیہ کوڈ میں رہتی ہے۔ ایسا پاس فریز چنیں جس کا اندازہ آپ کے گھر کے دوسرے لوگ نہ لگا سکیں۔ ہر بار ڈائری کھولنے کے لیے اس کی ضرورت ہو گی۔</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>پاس فریز</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>پاس فریز دوبارہ لکھیں</translation>
        </message>
        <message>
            <source>Also make a recovery &amp;key, in case I forget the passphrase</source>
            <translation>ریکوری کوڈ بھی بنائیں، اگر میں پاس فریز بھول جاؤں (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Use no passphrase</source>
            <translation>کوئی پاس فریز استعمال نہ کریں (&amp;U)</translation>
        </message>
        <message>
            <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
            <translation>پاس فریز کے بغیر، جو بھی اس کمپیوٹر اکاؤنٹ کو استعمال کر سکے وہ ڈائری کھول کر پڑھ سکتا ہے۔</translation>
        </message>
        <message>
            <source>I understand, and choose no passphrase</source>
            <translation>میں سمجھتا یا سمجھتی ہوں، اور کوئی پاس فریز نہیں چنتا یا چنتی</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>پاس فریز: (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>دوبارہ لکھیں: (&amp;R)</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>ڈائری بنائیں</translation>
        </message>
        <message>
            <source>Tick “I understand” to use the journal without a passphrase.</source>
            <translation>پاس فریز کے بغیر ڈائری استعمال کرنے کے لیے “میں سمجھتا یا سمجھتی ہوں” پر نشان لگائیں۔</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔</translation>
        </message>
        <message>
            <source>The journal could not be created: %1</source>
            <translation>ڈائری بنائی نہیں جا سکی: %1</translation>
        </message>
        <message>
            <source>Use my recovery key &amp;instead</source>
            <translation>اس کے بجائے میرا ریکوری کوڈ استعمال کریں (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>لاک کھولیں (&amp;N)</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
            <translation>ڈائری کی فائل خراب ہے اور کھل نہیں سکتی (%1)۔ آپ کے بیک اپ ڈائری کے فولڈر میں ہیں؛ ڈائری والے حصے میں بیک اپ بحال کریں استعمال کریں۔</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>ریکوری کوڈ: (&amp;E)</translation>
        </message>
        <message>
            <source>That recovery key does not open this journal. Check each group of letters. If you are sure it is right, the key file may be damaged: restore a backup.</source>
            <translation>یہ ریکوری کوڈ اس ڈائری کو نہیں کھولتا۔ حروف کا ہر گروپ جانچیں۔ اگر آپ کو یقین ہے کہ یہ درست ہے تو ہو سکتا ہے کوڈ والی فائل خراب ہو: کوئی بیک اپ بحال کریں۔</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal. Check Caps Lock and try again. If you are sure it is right, the key file may be damaged: use your recovery key, or restore a backup.</source>
            <translation>یہ پاس فریز اس ڈائری کو نہیں کھولتا۔ Caps Lock جانچیں اور دوبارہ کوشش کریں۔ اگر آپ کو یقین ہے کہ یہ درست ہے تو ہو سکتا ہے کوڈ والی فائل خراب ہو: اپنا ریکوری کوڈ استعمال کریں، یا کوئی بیک اپ بحال کریں۔</translation>
        </message>
        <message>
            <source>Unlock your journal</source>
            <translation>اپنی ڈائری کا لاک کھولیں</translation>
        </message>
        <message>
            <source>Set up a private journal?</source>
            <translation>ذاتی ڈائری بنائیں؟</translation>
        </message>
        <message>
            <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
            <translation>اسے محفوظ کرنے کے لیے آپ کو ایک ذاتی ڈائری چاہیے۔ یہ اسی کمپیوٹر پر رہتی ہے، پاس فریز سے لاک۔ ابھی بنائیں؟</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>بچہ</translation>
        </message>
        <message>
            <source>A nickname is enough</source>
            <translation>عرفی نام کافی ہے</translation>
        </message>
        <message>
            <source>For example: Roblox, TikTok, WhatsApp</source>
            <translation>مثال کے طور پر: Roblox، TikTok، WhatsApp</translation>
        </message>
        <message>
            <source>&amp;Nickname:</source>
            <translation>عرفی نام: (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>پیدائش کا سال: (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Apps and games:</source>
            <translation>ایپس اور گیمز: (&amp;D)</translation>
        </message>
        <message>
            <source>Please give a nickname.</source>
            <translation>براہِ کرم عرفی نام لکھیں۔</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>بچے</translation>
        </message>
        <message>
            <source>&amp;Add child</source>
            <translation>بچہ شامل کریں (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>تبدیل کریں (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>ہٹائیں (&amp;M)</translation>
        </message>
        <message>
            <source>%1 (born %2)</source>
            <translation>%1 (پیدائش %2)</translation>
        </message>
        <message>
            <source>Keep the entries</source>
            <translation>اندراج رکھیں</translation>
        </message>
        <message>
            <source>Delete the entries too</source>
            <translation>اندراج بھی ڈیلیٹ کریں</translation>
        </message>
        <message>
            <source>Remove child</source>
            <translation>بچے کو ہٹائیں</translation>
        </message>
        <message>
            <source>Remove %1? What should happen to the journal entries about them?</source>
            <translation>%1 کو ہٹائیں؟ اس کے بارے میں ڈائری کے اندراجات کا کیا کیا جائے؟</translation>
        </message>
        <message>
            <source>No child chosen</source>
            <translation>کوئی بچہ نہیں چنا گیا</translation>
        </message>
        <message>
            <source>Save to journal</source>
            <translation>ڈائری میں محفوظ کریں</translation>
        </message>
        <message>
            <source>Add a &amp;child...</source>
            <translation>بچہ شامل کریں... (&amp;L)</translation>
        </message>
        <message>
            <source>What was said, how it went, what to do next</source>
            <translation>کیا کہا گیا، بات کیسی رہی، آگے کیا کرنا ہے</translation>
        </message>
        <message>
            <source>C&amp;hild:</source>
            <translation>بچہ: (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>کب: (&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>نوٹ: (&amp;O)</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>پاس فریز تبدیل کریں</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>موجودہ پاس فریز: (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>نیا پاس فریز: (&amp;Q)</translation>
        </message>
        <message>
            <source>Also change the &amp;encryption key (makes a new recovery key)</source>
            <translation>انکرپشن کی چابی بھی بدلیں (نیا ریکوری کوڈ بنتا ہے) (&amp;Y)</translation>
        </message>
        <message>
            <source>Backups made before this change still open with the old passphrase or recovery key. Delete old backups you no longer need.</source>
            <translation>اس تبدیلی سے پہلے بنے بیک اپ اب بھی پرانے پاس فریز یا ریکوری کوڈ سے کھلتے ہیں۔ جو پرانے بیک اپ آپ کو اب نہیں چاہییں انہیں ڈیلیٹ کر دیں۔</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>موجودہ پاس فریز درست نہیں۔</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>بیک اپ بحال کریں</translation>
        </message>
        <message>
            <source>Use a recovery &amp;key instead</source>
            <translation>اس کے بجائے ریکوری کوڈ استعمال کریں (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key of the backup:</source>
            <translation>بیک اپ کا پاس فریز یا ریکوری کوڈ: (&amp;X)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>بحال کریں</translation>
        </message>
        <message>
            <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal's backups folder.</source>
            <translation>اس کمپیوٹر کی ڈائری کی جگہ بیک اپ آ جائے گا۔ پرانی ڈائری ڈیلیٹ نہیں ہوتی: وہ ڈائری کے بیک اپ فولڈر میں رکھی جاتی ہے۔</translation>
        </message>
        <message>
            <source>This backup has no passphrase</source>
            <translation>اس بیک اپ کا کوئی پاس فریز نہیں</translation>
        </message>
        <message>
            <source>This backup was made when the journal had no passphrase, so it is not encrypted with one. After restoring it, anyone who can use this computer account can open the journal, until you set a passphrase again (More, Change passphrase). Restore it anyway?</source>
            <translation>یہ بیک اپ اس وقت بنا تھا جب ڈائری کا کوئی پاس فریز نہیں تھا، اس لیے یہ کسی پاس فریز سے خفیہ نہیں۔ اسے بحال کرنے کے بعد، جب تک آپ دوبارہ پاس فریز نہ لگائیں (مزید، پاس فریز تبدیل کریں)، جو بھی اس کمپیوٹر اکاؤنٹ کو استعمال کر سکے وہ ڈائری کھول سکتا ہے۔ پھر بھی بحال کریں؟</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>بیک اپ بحال ہو گیا</translation>
        </message>
        <message>
            <source>Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, then deleted. It is in:
%1</source>
            <translation>بیک اپ کے پاس فریز سے ڈائری کا لاک کھولیں۔ جس ڈائری کی جگہ یہ آئی وہ %2 دن رکھی جاتی ہے، پھر ڈیلیٹ ہو جاتی ہے۔ وہ یہاں ہے:
%1</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>عنوان: (&amp;Z)</translation>
        </message>
        <message>
            <source>C&amp;oncern:</source>
            <translation>تشویش: (&amp;O)</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>ٹیگ: (&amp;G)</translation>
        </message>
        <message>
            <source>Note&amp;s:</source>
            <translation>نوٹس: (&amp;S)</translation>
        </message>
        <message>
            <source>Words to find this again, separated by commas</source>
            <translation>اسے دوبارہ ڈھونڈنے کے لیے الفاظ، کاما سے الگ</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>اندراج ڈیلیٹ کریں (&amp;D)</translation>
        </message>
        <message>
            <source>Choose an entry, or start a new one</source>
            <translation>کوئی اندراج چنیں، یا نیا شروع کریں</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بغیر عنوان</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>محفوظ ہو گیا</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>بات چیت</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>چیک لسٹ</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>واقعہ</translation>
        </message>
        <message>
            <source>No concern</source>
            <translation>کوئی تشویش نہیں</translation>
        </message>
        <message>
            <source>Some concern</source>
            <translation>کچھ تشویش</translation>
        </message>
        <message>
            <source>Serious concern</source>
            <translation>سنگین تشویش</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>فوری</translation>
        </message>
        <message>
            <source>App, game or site</source>
            <translation>ایپ، گیم یا ویب سائٹ</translation>
        </message>
        <message>
            <source>The other person's username or profile link</source>
            <translation>دوسرے شخص کا یوزر نیم یا پروفائل لنک</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>کیا ہوا</translation>
        </message>
        <message>
            <source>Where the evidence is kept (never a copy of a sexual image)</source>
            <translation>ثبوت کہاں رکھا ہے (کبھی کسی جنسی تصویر کی کاپی نہیں)</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>آپ نے کیا کیا</translation>
        </message>
        <message>
            <source>Reports made, and their reference numbers</source>
            <translation>کی گئی رپورٹیں، اور ان کے ریفرنس نمبر</translation>
        </message>
        <message>
            <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
            <translation>یہاں تصویریں جان بوجھ کر شامل نہیں کی جا سکتیں۔ بچے کی کوئی جنسی تصویر کبھی محفوظ نہ کریں، اس کا اسکرین شاٹ نہ لیں اور آگے نہ بھیجیں، ثبوت کے لیے بھی نہیں: اسے رکھنا جرم ہے اور اس سے بچے کو دوبارہ نقصان پہنچتا ہے۔ لکھ لیں کہ وہ کہاں ہے اور اس کی رپورٹ کریں۔</translation>
        </message>
        <message>
            <source>Not saved: the journal is locked. Unlock it, then try again.</source>
            <translation>محفوظ نہیں ہوا: ڈائری لاک ہے۔ اس کا لاک کھولیں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.</source>
            <translation>محفوظ نہیں ہوا: %1۔ کچھ بھی نہیں بدلا، اور آپ کا لکھا یہیں موجود ہے۔ ڈسک پر کچھ جگہ خالی کریں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
        <message>
            <source>That does not open this backup. Nothing was changed.</source>
            <translation>اس سے یہ بیک اپ نہیں کھلتا۔ کچھ بھی نہیں بدلا۔</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1. Nothing was changed.</source>
            <translation>بیک اپ بحال نہیں ہو سکا: %1۔ کچھ بھی نہیں بدلا۔</translation>
        </message>
        <message>
            <source>Recovery key for your Family Guide journal</source>
            <translation>آپ کی Family Guide ڈائری کا ریکوری کوڈ</translation>
        </message>
        <message>
            <source>Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal.</source>
            <translation>یہ کاغذ کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔ جس کے پاس یہ ہو وہ ڈائری کھول سکتا ہے۔</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>آپ کا ریکوری کوڈ</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>ریکوری کوڈ</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>کاپی کریں (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print this key...</source>
            <translation>یہ کوڈ پرنٹ کریں... (&amp;I)</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>میں نے یہ لکھ لی ہے (&amp;W)</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
            <translation>اگر آپ اپنا پاس فریز بھول جائیں تو یہ کوڈ ڈائری کھول دیتا ہے۔ اسے کاغذ پر لکھیں اور کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔ یہ صرف اسی ایک بار دکھایا جاتا ہے۔</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>کاپی ہو گیا۔</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>کوئی پرنٹر نہیں</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key on paper instead.</source>
            <translation>اس کمپیوٹر پر کوئی پرنٹر سیٹ نہیں۔ اس کے بجائے کوڈ کاغذ پر لکھ لیں۔</translation>
        </message>
        <message>
            <source>The key can only be printed on paper, not saved to a file.</source>
            <translation>یہ کوڈ صرف کاغذ پر پرنٹ ہو سکتا ہے، فائل میں محفوظ نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>پرنٹر کو بھیج دیا گیا۔</translation>
        </message>
        <message>
            <source>Guide: %1 (ages %2)</source>
            <translation>رہنمائی: %1 (عمر %2)</translation>
        </message>
        <message>
            <source>Next steps shown: %1</source>
            <translation>دکھائے گئے اگلے قدم: %1</translation>
        </message>
        <message>
            <source>Signs ticked:</source>
            <translation>نشان لگی علامات:</translation>
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation>%1 کے مقابلے میں:</translation>
        </message>
        <message>
            <source>The same signs as last time.</source>
            <translation>وہی علامات جو پچھلی بار تھیں۔</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>نئی: %1</translation>
        </message>
        <message>
            <source>No longer ticked: %1</source>
            <translation>اب نشان نہیں: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n groups of five letters and digits</source>
            <translation>
                <numerusform>حروف اور ہندسوں کا %n گروپ، ہر ایک میں پانچ</numerusform>
                <numerusform>حروف اور ہندسوں کے %n گروپ، ہر ایک میں پانچ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Private journal</source>
            <translation>ذاتی ڈائری</translation>
        </message>
        <message>
            <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, encrypted and locked with your passphrase. It can become a clear report if you go to the police or a counselor.</source>
            <translation>ڈائری ایک ذاتی جگہ ہے جہاں آپ اپنی دیکھی ہوئی باتیں لکھ سکتے ہیں: تاریخیں، یوزر نیم، کیا کہا گیا، اور آپ نے کیا کیا۔ یہ اسی کمپیوٹر پر رہتی ہے، خفیہ کوڈ میں اور آپ کے پاس فریز سے لاک۔ اگر آپ پولیس یا کونسلر کے پاس جائیں تو یہ ایک واضح رپورٹ بن سکتی ہے۔</translation>
        </message>
        <message>
            <source>&amp;Set up a private journal</source>
            <translation>ذاتی ڈائری بنائیں (&amp;S)</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>ڈائری لاک ہے۔</translation>
        </message>
        <message>
            <source>New &amp;note</source>
            <translation>نیا نوٹ (&amp;N)</translation>
        </message>
        <message>
            <source>New &amp;incident</source>
            <translation>نیا واقعہ (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Children...</source>
            <translation>بچے... (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>مزید (&amp;M)</translation>
        </message>
        <message>
            <source>Hide and &amp;lock</source>
            <translation>چھپائیں اور لاک کریں (&amp;L)</translation>
        </message>
        <message>
            <source>Lock the journal at once and go to the home screen (%1)</source>
            <translation>ڈائری فوراً لاک کریں اور ہوم اسکرین پر جائیں (%1)</translation>
        </message>
        <message>
            <source>Search all entries</source>
            <translation>تمام اندراجات میں تلاش کریں</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>اندراجات</translation>
        </message>
        <message>
            <source>Show entries about</source>
            <translation>ان کے بارے میں اندراجات دکھائیں</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>اندراج کی قسم</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>تشویش</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>ٹیگ</translation>
        </message>
        <message>
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <source>&amp;Timeline and report...</source>
            <translation>ٹائم لائن اور رپورٹ... (&amp;T)</translation>
        </message>
        <message>
            <source>Make a &amp;backup...</source>
            <translation>بیک اپ بنائیں... (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore a backup...</source>
            <translation>بیک اپ بحال کریں... (&amp;R)</translation>
        </message>
        <message>
            <source>Change &amp;passphrase...</source>
            <translation>پاس فریز تبدیل کریں... (&amp;P)</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>تمام بچے</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>تمام اقسام</translation>
        </message>
        <message>
            <source>Any concern</source>
            <translation>کوئی بھی تشویش</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>%1 یا زیادہ</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>تمام ٹیگ</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>کسی بھی وقت</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>پچھلے 7 دن</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>پچھلے 30 دن</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>پچھلا سال</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>نیا واقعہ</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>نیا نوٹ</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>یہ اندراج ڈیلیٹ کریں؟</translation>
        </message>
        <message>
            <source>The entry is deleted for good. It cannot be brought back.</source>
            <translation>اندراج ہمیشہ کے لیے ڈیلیٹ ہو جاتا ہے۔ اسے واپس نہیں لایا جا سکتا۔</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>بیک اپ محفوظ کریں</translation>
        </message>
        <message>
            <source>Family Guide backups (*%1)</source>
            <translation>Family Guide بیک اپ (*%1)</translation>
        </message>
        <message>
            <source>The journal has no passphrase, so this backup is not protected: anyone who has the file can open it. Keep it where only you can reach it, or set a passphrase first and make a new backup.</source>
            <translation>ڈائری کا کوئی پاس فریز نہیں، اس لیے یہ بیک اپ محفوظ نہیں: جس کے پاس بھی یہ فائل ہو وہ اسے کھول سکتا ہے۔ اسے ایسی جگہ رکھیں جہاں صرف آپ پہنچ سکیں، یا پہلے پاس فریز لگائیں اور نیا بیک اپ بنائیں۔</translation>
        </message>
        <message>
            <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
            <translation>بیک اپ خفیہ کوڈ میں ہے۔ اسے بحال کرنے کے لیے آپ کو وہ پاس فریز یا ریکوری کوڈ چاہیے جو ابھی ڈائری کھولتا ہے۔ اسے اس کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>بیک اپ بن گیا</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>بیک اپ چنیں</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n اندراج</numerusform>
                <numerusform>%n اندراجات</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Get help now</source>
            <translation>ابھی مدد لیں</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now (F1)</source>
            <translation>ایمرجنسی نمبر اور ابھی کیا کریں (F1)</translation>
        </message>
        <message>
            <source>Family Guide</source>
            <translation>Family Guide</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>ہوم</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>بات چیت</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>خطرے کی علامات</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>ڈائری</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>ہیلپ لائنز</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>ورکشاپس</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>حصے</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now</source>
            <translation>ایمرجنسی نمبر اور ابھی کیا کریں</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>ترتیبات (&amp;E)</translation>
        </message>
        <message>
            <source>Hide and lock the journal</source>
            <translation>ڈائری چھپائیں اور لاک کریں</translation>
        </message>
        <message>
            <source>That content is not available.</source>
            <translation>یہ مواد دستیاب نہیں۔</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>کچھ غلط ہو گیا</translation>
        </message>
    </context>
    <context>
        <name>Need</name>
        <message>
            <source>Emergency: someone is in danger now</source>
            <translation>ایمرجنسی: کوئی ابھی خطرے میں ہے</translation>
        </message>
        <message>
            <source>A child may hurt themselves</source>
            <translation>بچہ خود کو نقصان پہنچا سکتا ہے</translation>
        </message>
        <message>
            <source>Report online abuse or exploitation</source>
            <translation>آن لائن زیادتی یا استحصال کی رپورٹ کریں</translation>
        </message>
        <message>
            <source>Get images taken down</source>
            <translation>تصویریں انٹرنیٹ سے ہٹوائیں</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>انسانی اسمگلنگ</translation>
        </message>
        <message>
            <source>Support for the child</source>
            <translation>بچے کے لیے سہارا</translation>
        </message>
        <message>
            <source>Support for you</source>
            <translation>آپ کے لیے سہارا</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;Details</source>
            <translation>تفصیلات (&amp;D)</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>بند کریں (&amp;M)</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>اطلاع</translation>
        </message>
        <message>
            <source>Folders not read because there are too many modules in one folder: %1.</source>
            <translation>کچھ فولڈر نہیں پڑھے گئے کیونکہ ایک فولڈر میں بہت زیادہ ماڈیول ہیں: %1۔</translation>
        </message>
        <message>
            <source>Skipped content</source>
            <translation>چھوڑا گیا مواد</translation>
        </message>
        <message>
            <source>These modules have problems. Their authors can fix them with the details below.</source>
            <translation>ان ماڈیولز میں مسائل ہیں۔ ان کے لکھنے والے نیچے دی گئی تفصیلات سے انہیں ٹھیک کر سکتے ہیں۔</translation>
        </message>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation>
                <numerusform>%n مواد کے ماڈیول میں غلطیاں ہیں، اس لیے جو پڑھا نہیں جا سکا وہ چھوڑ دیا گیا۔ باقی سب کام کرتا ہے۔</numerusform>
                <numerusform>%n مواد کے ماڈیولز میں غلطیاں ہیں، اس لیے جو پڑھا نہیں جا سکا وہ چھوڑ دیا گیا۔ باقی سب کام کرتا ہے۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksPanel</name>
        <message>
            <source>Content packs</source>
            <translation>مواد کے پیک</translation>
        </message>
        <message>
            <source>Imported content packs</source>
            <translation>درآمد کیے گئے مواد کے پیک</translation>
        </message>
        <message>
            <source>No content packs are imported. Organisations can share guides and workshops as a pack file.</source>
            <translation>کوئی مواد کا پیک درآمد نہیں کیا گیا۔ ادارے رہنمائیاں اور ورکشاپس ایک پیک فائل کی صورت میں دے سکتے ہیں۔</translation>
        </message>
        <message>
            <source>I&amp;mport a pack…</source>
            <translation>پیک درآمد کریں… (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>پیک ہٹائیں (&amp;R)</translation>
        </message>
        <message>
            <source>%1 %2, by %3</source>
            <translation>%1 %2، از %3</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>ماڈیول: %1</translation>
        </message>
        <message>
            <source>Signed by %1, a known signer (key %2)</source>
            <translation>%1 کے دستخط، ایک جانا پہچانا دستخط کنندہ (کلید %2)</translation>
        </message>
        <message>
            <source>Signed by an unknown key (%1) that says it is from “%2”</source>
            <translation>ایک نامعلوم کلید (%1) کے دستخط، جو کہتی ہے کہ یہ “%2” سے ہے</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>دستخط شدہ نہیں</translation>
        </message>
        <message>
            <source>Choose a content pack</source>
            <translation>مواد کا پیک چنیں</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>مواد کے پیک (*.zip)</translation>
        </message>
        <message>
            <source>This pack was not imported</source>
            <translation>یہ پیک درآمد نہیں ہوا</translation>
        </message>
        <message>
            <source>Pack imported</source>
            <translation>پیک درآمد ہو گیا</translation>
        </message>
        <message>
            <source>“%1” is imported. Its guides are now in the app.</source>
            <translation>“%1” درآمد ہو گیا۔ اس کی رہنمائیاں اب ایپ میں ہیں۔</translation>
        </message>
        <message>
            <source>Signed by %1, a signer this computer knows.</source>
            <translation>%1 کے دستخط، ایک دستخط کنندہ جسے یہ کمپیوٹر جانتا ہے۔</translation>
        </message>
        <message>
            <source>Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.</source>
            <translation>ایسی کلید کے دستخط جسے یہ کمپیوٹر نہیں جانتا۔ یہ کہتی ہے کہ یہ “%1” سے ہے، لیکن اس کی جانچ نہیں ہو سکتی۔</translation>
        </message>
        <message>
            <source>This pack is not signed.</source>
            <translation>یہ پیک دستخط شدہ نہیں۔</translation>
        </message>
        <message>
            <source>Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe links, but not for whether its advice is right. Import it only if you got it from someone you trust.</source>
            <translation>Family Guide نہیں بتا سکتا کہ یہ پیک کس نے بنایا۔ اس کے مواد کو غلطیوں اور غیر محفوظ لنکس کے لیے جانچا گیا، لیکن یہ نہیں کہ اس کا مشورہ درست ہے۔ اسے صرف تب درآمد کریں جب آپ کو یہ کسی قابلِ بھروسا شخص سے ملا ہو۔</translation>
        </message>
        <message>
            <source>Pack: %1, version %2</source>
            <translation>پیک: %1، ورژن %2</translation>
        </message>
        <message>
            <source>Made by: %1</source>
            <translation>بنانے والا: %1</translation>
        </message>
        <message>
            <source>It replaces the imported version %1.</source>
            <translation>یہ درآمد شدہ ورژن %1 کی جگہ لیتا ہے۔</translation>
        </message>
        <message>
            <source>Import this pack?</source>
            <translation>یہ پیک درآمد کریں؟</translation>
        </message>
        <message>
            <source>Import anyway</source>
            <translation>پھر بھی درآمد کریں</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>درآمد کریں</translation>
        </message>
        <message>
            <source>Remove this pack?</source>
            <translation>یہ پیک ہٹائیں؟</translation>
        </message>
        <message>
            <source>Remove “%1” and its guides from this computer? You can import the pack file again later.</source>
            <translation>“%1” اور اس کی رہنمائیاں اس کمپیوٹر سے ہٹائیں؟ آپ پیک فائل بعد میں دوبارہ درآمد کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ہٹائیں</translation>
        </message>
        <message>
            <source>The pack was not removed</source>
            <translation>پیک ہٹایا نہیں گیا</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Not talked about yet at this age</source>
            <translation>اس عمر میں ابھی اس پر بات نہیں ہوئی</translation>
        </message>
        <message>
            <source>Your child is older now: this guide has new words for their age</source>
            <translation>آپ کا بچہ اب بڑا ہو گیا ہے: اس رہنمائی میں اس کی عمر کے لیے نئی باتیں ہیں</translation>
        </message>
        <message>
            <source>It has been a year: time to talk again</source>
            <translation>ایک سال ہو گیا: دوبارہ بات کرنے کا وقت ہے</translation>
        </message>
        <message>
            <source>Your child started a new app since you last talked</source>
            <translation>پچھلی بات کے بعد آپ کے بچے نے ایک نئی ایپ شروع کی ہے</translation>
        </message>
        <message>
            <source>%1, %2 this year</source>
            <translation>%1، اس سال %2</translation>
        </message>
        <message>
            <source>The guides are written for ages 5 to 17.</source>
            <translation>رہنمائیاں 5 سے 17 سال کی عمر کے لیے لکھی گئی ہیں۔</translation>
        </message>
        <message>
            <source>%1 of %2 topics talked about for ages %3.</source>
            <translation>عمر %3 کے لیے %2 میں سے %1 موضوعات پر بات ہو چکی۔</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>اب وقت ہے</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>بات ہو چکی</translation>
        </message>
        <message>
            <source>on %1, again by %2</source>
            <translation>%1 کو، دوبارہ %2 تک</translation>
        </message>
        <message>
            <source>All topics talked about for now. Well done.</source>
            <translation>ابھی کے لیے تمام موضوعات پر بات ہو چکی۔ شاباش۔</translation>
        </message>
        <message>
            <source>Next to talk about</source>
            <translation>اگلی بات کا موضوع</translation>
        </message>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation>
                <numerusform>بات کرنے کے لیے %n اور موضوع۔</numerusform>
                <numerusform>بات کرنے کے لیے %n اور موضوعات۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Adapt a plan</source>
            <translation>منصوبہ اپنائیں</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>اوپر لے جائیں (&amp;U)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>نیچے لے جائیں (&amp;W)</translation>
        </message>
        <message>
            <source>A&amp;dd a slide</source>
            <translation>سلائیڈ شامل کریں (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Save as my plan</source>
            <translation>میرے منصوبے کے طور پر محفوظ کریں (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Present without saving...</source>
            <translation>محفوظ کیے بغیر پیش کریں... (&amp;P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Slides in order (tick to show; Alt+Up or Alt+Down to move)</source>
            <translation>سلائیڈیں ترتیب سے (دکھانے کے لیے نشان لگائیں؛ ہٹانے کے لیے Alt+Up یا Alt+Down)</translation>
        </message>
        <message>
            <source>Slide title</source>
            <translation>سلائیڈ کا عنوان</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>حاضرین کیا دیکھتے ہیں</translation>
        </message>
        <message>
            <source>Your notes, one point a line</source>
            <translation>آپ کے نوٹس، ہر سطر میں ایک بات</translation>
        </message>
        <message>
            <source>Questions, one a line</source>
            <translation>سوالات، ہر سطر میں ایک</translation>
        </message>
        <message>
            <source>Agenda section</source>
            <translation>ایجنڈے کا حصہ</translation>
        </message>
        <message>
            <source>Name of your plan</source>
            <translation>آپ کے منصوبے کا نام</translation>
        </message>
        <message>
            <source>Language of the words you edit</source>
            <translation>ان الفاظ کی زبان جن میں آپ ترمیم کرتے ہیں</translation>
        </message>
        <message>
            <source>My plan: %1</source>
            <translation>میرا منصوبہ: %1</translation>
        </message>
        <message>
            <source>Slides (tick to show, drag to reorder)</source>
            <translation>سلائیڈیں (دکھانے کے لیے نشان لگائیں، ترتیب بدلنے کے لیے گھسیٹیں)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Your notes (one point a line)</source>
            <translation>آپ کے نوٹس (ہر سطر میں ایک بات)</translation>
        </message>
        <message>
            <source>Questions (one a line)</source>
            <translation>سوالات (ہر سطر میں ایک)</translation>
        </message>
        <message>
            <source>Minutes for each part of the agenda</source>
            <translation>ایجنڈے کے ہر حصے کے منٹ</translation>
        </message>
        <message>
            <source>min</source>
            <translation>منٹ</translation>
        </message>
        <message>
            <source>The safeguarding page and the help-line slide stay in every plan.</source>
            <translation>حفاظتی صفحہ اور ہیلپ لائن والی سلائیڈ ہر منصوبے میں رہتی ہیں۔</translation>
        </message>
        <message>
            <source>In all: %1 minutes</source>
            <translation>کل: %1 منٹ</translation>
        </message>
        <message>
            <source>%1 (always shown)</source>
            <translation>%1 (ہمیشہ دکھائی جاتی ہے)</translation>
        </message>
        <message>
            <source>New slide</source>
            <translation>نئی سلائیڈ</translation>
        </message>
        <message>
            <source>Give your plan a name first.</source>
            <translation>پہلے اپنے منصوبے کا نام رکھیں۔</translation>
        </message>
        <message>
            <source>Your plan was not saved:</source>
            <translation>آپ کا منصوبہ محفوظ نہیں ہوا:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
        <message>
            <source>Saved as “%1”. It is listed under Workshops.</source>
            <translation>“%1” کے نام سے محفوظ ہو گیا۔ یہ ورکشاپس میں درج ہے۔</translation>
        </message>
    </context>
    <context>
        <name>PresentDialog</name>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation>اسکرین %1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>پیش کریں</translation>
        </message>
        <message>
            <source>None</source>
            <translation>کوئی نہیں</translation>
        </message>
        <message>
            <source>Slides on</source>
            <translation>سلائیڈیں اس پر</translation>
        </message>
        <message>
            <source>Presenter view on</source>
            <translation>پیش کنندہ کا منظر اس پر</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>Second language, below the first</source>
            <translation>دوسری زبان، پہلی کے نیچے</translation>
        </message>
        <message>
            <source>With one screen, press N during the show for your notes. Press ? for the keys.</source>
            <translation>ایک اسکرین ہو تو شو کے دوران اپنے نوٹس کے لیے N دبائیں۔ بٹنوں کی فہرست کے لیے ? دبائیں۔</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>شروع کریں</translation>
        </message>
        <message>
            <source>Not yet in %1, shown in English: %2</source>
            <translation>ابھی %1 میں نہیں، انگریزی میں دکھایا گیا: %2</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Right, Down, Page Down, Space, Enter</source>
            <translation>دائیں تیر، نیچے کا تیر، Page Down، اسپیس، Enter</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>اگلی سلائیڈ</translation>
        </message>
        <message>
            <source>Left, Up, Page Up, Backspace, P</source>
            <translation>بائیں تیر، اوپر کا تیر، Page Up، Backspace، P</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>پچھلی سلائیڈ</translation>
        </message>
        <message>
            <source>Home, End</source>
            <translation>Home، End</translation>
        </message>
        <message>
            <source>First slide, last slide</source>
            <translation>پہلی سلائیڈ، آخری سلائیڈ</translation>
        </message>
        <message>
            <source>A number, then Enter</source>
            <translation>کوئی نمبر، پھر Enter</translation>
        </message>
        <message>
            <source>Go to that slide</source>
            <translation>اس سلائیڈ پر جائیں</translation>
        </message>
        <message>
            <source>B or .</source>
            <translation>B یا .</translation>
        </message>
        <message>
            <source>Black screen (any move key returns to the same slide)</source>
            <translation>سیاہ اسکرین (آگے یا پیچھے جانے کا کوئی بھی بٹن اسی سلائیڈ پر واپس لاتا ہے)</translation>
        </message>
        <message>
            <source>W or ,</source>
            <translation>W یا ,</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>سفید اسکرین</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show or hide the notes (one screen)</source>
            <translation>نوٹس دکھائیں یا چھپائیں (ایک اسکرین)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Cancel a blank or a number; then asks before leaving</source>
            <translation>خالی اسکرین یا نمبر منسوخ کریں؛ پھر باہر نکلنے سے پہلے پوچھتا ہے</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Show or hide this list</source>
            <translation>یہ فہرست دکھائیں یا چھپائیں</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Get help now, on the presenter's screen</source>
            <translation>ابھی مدد لیں، پیش کنندہ کی اسکرین پر</translation>
        </message>
        <message>
            <source>ahead</source>
            <translation>آگے</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>وقت پر</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>پیچھے</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>گروپ کے لیے سوالات</translation>
        </message>
        <message>
            <source>Card %1: one good answer</source>
            <translation>کارڈ %1: ایک اچھا جواب</translation>
        </message>
        <message>
            <source>Family Guide: presentation</source>
            <translation>Family Guide: پیشکش</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>سلائیڈ</translation>
        </message>
        <message>
            <source>Family Guide: presenter view</source>
            <translation>Family Guide: پیش کنندہ کا منظر</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>موجودہ سلائیڈ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>نوٹس</translation>
        </message>
        <message>
            <source>Time and status</source>
            <translation>وقت اور صورتحال</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>اگلی</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>سلائیڈ %1 از %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>گزرا وقت %1</translation>
        </message>
        <message>
            <source>%1: %2 left (%3)</source>
            <translation>%1: %2 باقی (%3)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>شروع نہیں ہوا</translation>
        </message>
        <message>
            <source>BLANK: black</source>
            <translation>خالی: سیاہ</translation>
        </message>
        <message>
            <source>BLANK: white</source>
            <translation>خالی: سفید</translation>
        </message>
        <message>
            <source>Go to slide: %1</source>
            <translation>سلائیڈ پر جائیں: %1</translation>
        </message>
        <message>
            <source>There is no slide %1 (1 to %2).</source>
            <translation>سلائیڈ %1 موجود نہیں (1 سے %2)۔</translation>
        </message>
        <message>
            <source>Time %1</source>
            <translation>وقت %1</translation>
        </message>
        <message>
            <source>Leave the presentation? Press Enter or Y to leave; any other key stays.</source>
            <translation>پیشکش سے باہر نکلیں؟ نکلنے کے لیے Enter یا Y دبائیں؛ کوئی اور بٹن دبانے سے آپ یہیں رہیں گے۔</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>اس میں دیکھیں: (&amp;L)</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>اس میں دیکھیں:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>فائل کا نام: (&amp;N)</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>فائل کی قسم: (&amp;T)</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>فائل کی قسم:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>محفوظ کریں (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>کھولیں (&amp;O)</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>اس نام سے محفوظ کریں</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>پیچھے</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>آگے</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>اوپر والا فولڈر</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>نیا فولڈر بنائیں</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>فہرست کا منظر</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>تفصیلی منظر</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>سائیڈ بار</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>پیچھے جائیں</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>آگے جائیں</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>اوپر والے فولڈر پر جائیں</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>نیا فولڈر بنائیں</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>فہرست کے منظر پر جائیں</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>تفصیلی منظر پر جائیں</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>حالیہ مقامات</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>میرا کمپیوٹر</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>نام بدلیں (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ڈیلیٹ کریں (&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>چھپی فائلیں دکھائیں (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>نیا فولڈر (&amp;E)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>نیا فولڈر</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>فائل فولڈر</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>فولڈر</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>ڈرائیو</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>نامعلوم</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 پہلے سے موجود ہے۔
کیا آپ اس کی جگہ نئی رکھنا چاہتے ہیں؟</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>کیا آپ واقعی '%1' ڈیلیٹ کرنا چاہتے ہیں؟</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' لکھنے سے محفوظ ہے۔
کیا آپ پھر بھی اسے ڈیلیٹ کرنا چاہتے ہیں؟</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>فولڈر ڈیلیٹ نہیں ہو سکا۔</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
فولڈر نہیں ملا۔
براہِ کرم جانچیں کہ فولڈر کا نام درست دیا گیا ہے۔</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
فائل نہیں ملی۔
براہِ کرم جانچیں کہ فائل کا نام درست دیا گیا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>سائز</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>تبدیلی کی تاریخ</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>کمپیوٹر</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>میرا کمپیوٹر</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>فائل کا نام درست نہیں</translation>
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
            <translation>%1 بائٹس</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>واپس کریں (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>دوبارہ کریں (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>کاٹیں (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>کاپی کریں (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>چسپاں کریں (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ڈیلیٹ کریں</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>سب منتخب کریں</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>تفصیلات دکھائیں...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>تفصیلات چھپائیں...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ٹھیک ہے</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>سب محفوظ کریں</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ہاں (&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>سب کے لیے ہاں (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>نہیں (&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>سب کے لیے نہیں (&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>روکیں</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>دوبارہ کوشش کریں</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>نظر انداز کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>رد کریں</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مدد</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>لاگو کریں</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ری سیٹ کریں</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>اصل ترتیبات بحال کریں</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>واپس کریں (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>دوبارہ کریں (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>کاٹیں (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>کاپی کریں (&amp;C)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>لنک کا پتا کاپی کریں (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>چسپاں کریں (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ڈیلیٹ کریں</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>سب منتخب کریں</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Stop</source>
            <translation>روکیں</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>اونچی آواز میں پڑھنا روکیں</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>پڑھنے کی رفتار</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>آہستہ</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>عام رفتار</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>تیز</translation>
        </message>
        <message>
            <source>Only the words to say</source>
            <translation>صرف کہنے والے الفاظ</translation>
        </message>
        <message>
            <source>Read only the lines to say to your child, never the notes for you</source>
            <translation>صرف وہ سطریں پڑھیں جو اپنے بچے سے کہنی ہیں، آپ کے لیے لکھے نوٹس کبھی نہیں</translation>
        </message>
        <message>
            <source>Read the English text</source>
            <translation>انگریزی متن پڑھیں</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>وقفہ</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>اونچی آواز میں پڑھیں</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>جاری رکھیں</translation>
        </message>
        <message>
            <source>This computer has no voice for %1, so that text cannot be read aloud.</source>
            <translation>اس کمپیوٹر میں %1 کی کوئی آواز نہیں، اس لیے وہ متن اونچی آواز میں نہیں پڑھا جا سکتا۔</translation>
        </message>
        <message>
            <source>There is nothing to read aloud here.</source>
            <translation>یہاں اونچی آواز میں پڑھنے کے لیے کچھ نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Timeline of concerns</source>
            <translation>تشویشات کی ٹائم لائن</translation>
        </message>
        <message>
            <source>About: %1 (born %2)</source>
            <translation>بارے میں: %1 (پیدائش %2)</translation>
        </message>
        <message>
            <source>About: all children</source>
            <translation>بارے میں: تمام بچے</translation>
        </message>
        <message>
            <source>Made on %1 from a private journal kept with Family Guide.</source>
            <translation>%1 کو Family Guide کے ساتھ رکھی گئی ایک ذاتی ڈائری سے بنایا گیا۔</translation>
        </message>
        <message>
            <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
            <translation>ایک والد، والدہ یا سرپرست نے لکھا۔ اوقات وہ ہیں جب باتیں ہوئیں، جیسا کہ اسی وقت یا جلد بعد لکھا گیا۔ کوئی تصویر شامل نہیں: ہر اندراج میں لکھا ہے کہ ثبوت کہاں رکھا ہے۔</translation>
        </message>
        <message>
            <source>There are no entries yet.</source>
            <translation>ابھی کوئی اندراج نہیں۔</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>بچہ: %1</translation>
        </message>
        <message>
            <source>Concern: %1</source>
            <translation>تشویش: %1</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>ٹیگ: %1</translation>
        </message>
        <message>
            <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
            <translation>رپورٹ ایک عام فائل ہے، لاک یا خفیہ کوڈ میں نہیں۔ جو بھی فائل کھول سکے وہ اسے پڑھ سکتا ہے، اور آپ کا کمپیوٹر اس کی کاپیاں رکھ سکتا ہے (حالیہ فائلیں، ڈاؤن لوڈز، کلاؤڈ سنک)۔ اسے ایسی جگہ محفوظ کریں جہاں صرف آپ پہنچ سکیں، جیسے آپ کی اپنی USB، یا اس کے بجائے پرنٹ کر لیں۔ جب ضرورت نہ رہے تو اسے ڈیلیٹ کر دیں۔</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>صفحہ %1 از %2</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>PDF کے طور پر محفوظ کریں... (&amp;D)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>ٹائم لائن</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>تمام بچے</translation>
        </message>
        <message>
            <source>&amp;Child:</source>
            <translation>بچہ: (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>پرنٹ کریں... (&amp;P)</translation>
        </message>
        <message>
            <source>A copy outside the locked journal</source>
            <translation>لاک شدہ ڈائری سے باہر ایک کاپی</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>رپورٹ محفوظ کریں</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF فائلیں (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Parent or carer</source>
            <translation>والد، والدہ یا سرپرست</translation>
        </message>
        <message>
            <source>Faith or community leader</source>
            <translation>مذہبی یا کمیونٹی رہنما</translation>
        </message>
        <message>
            <source>Counselor, teacher or NGO worker</source>
            <translation>کونسلر، استاد یا NGO کارکن</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <source>Police, ambulance and fire</source>
            <translation>پولیس، ایمبولینس اور فائر بریگیڈ</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>پولیس</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>ایمبولینس</translation>
        </message>
        <message>
            <source>Fire and rescue, ambulance</source>
            <translation>فائر اور ریسکیو، ایمبولینس</translation>
        </message>
        <message>
            <source>from a mobile phone</source>
            <translation>موبائل فون سے</translation>
        </message>
        <message>
            <source>older number, still works</source>
            <translation>پرانا نمبر، اب بھی کام کرتا ہے</translation>
        </message>
        <message>
            <source>in some areas only</source>
            <translation>صرف کچھ علاقوں میں</translation>
        </message>
        <message>
            <source>new; may not work everywhere yet</source>
            <translation>نیا؛ شاید ابھی ہر جگہ کام نہ کرے</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>ترتیبات</translation>
        </message>
        <message>
            <source>General</source>
            <translation>عمومی</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>ہینڈ آؤٹ</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>مواد</translation>
        </message>
        <message>
            <source>Colo&amp;urs:</source>
            <translation>رنگ: (&amp;U)</translation>
        </message>
        <message>
            <source>Lock the &amp;journal after:</source>
            <translation>ڈائری کب لاک ہو: (&amp;J)</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n منٹ استعمال نہ ہونے پر</numerusform>
                <numerusform>%n منٹ استعمال نہ ہونے پر</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra content modules are loaded from this folder:
%1</source>
            <translation>اضافی مواد کے ماڈیول اس فولڈر سے لوڈ ہوتے ہیں:
%1</translation>
        </message>
        <message>
            <source>Content &amp;packs…</source>
            <translation>مواد کے پیک… (&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>SetupForm</name>
        <message>
            <source>&amp;Country:</source>
            <translation>ملک: (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>زبان: (&amp;L)</translation>
        </message>
        <message>
            <source>I &amp;am a:</source>
            <translation>میں ہوں: (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>متن کا سائز: (&amp;T)</translation>
        </message>
        <message>
            <source>Used to show the right emergency numbers and help lines</source>
            <translation>صحیح ایمرجنسی نمبر اور ہیلپ لائنز دکھانے کے لیے</translation>
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
            <translation>Family Guide میں خوش آمدید</translation>
        </message>
        <message>
            <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
            <translation>تین مختصر انتخاب، تاکہ رہنمائیاں اور ہیلپ لائنز آپ کے مطابق ہوں۔ آپ انہیں بعد میں ترتیبات میں بدل سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
            <translation>Family Guide آف لائن کام کرتا ہے اور کبھی انٹرنیٹ پر کچھ نہیں بھیجتا۔ اس کمپیوٹر کو استعمال کرنے والے دوسرے لوگ پھر بھی دیکھ سکتے ہیں کہ یہ انسٹال ہے، اور کوئی ایپ نگرانی والے سافٹ ویئر سے نہیں بچا سکتی۔</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>شروع کریں (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Like the system (light or dark)</source>
            <translation>سسٹم کی طرح (روشن یا گہرا)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>روشن</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>گہرا</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>زیادہ کنٹراسٹ</translation>
        </message>
    </context>
    <context>
        <name>Topic</name>
        <message>
            <source>Online friends and strangers</source>
            <translation>آن لائن دوست اور اجنبی</translation>
        </message>
        <message>
            <source>Secrets and private chats</source>
            <translation>راز اور نجی چیٹ</translation>
        </message>
        <message>
            <source>Gifts and money</source>
            <translation>تحفے اور پیسے</translation>
        </message>
        <message>
            <source>Photos and videos</source>
            <translation>تصویریں اور ویڈیوز</translation>
        </message>
        <message>
            <source>Sextortion</source>
            <translation>سیکسٹارشن (جنسی بلیک میلنگ)</translation>
        </message>
        <message>
            <source>Live streaming</source>
            <translation>لائیو اسٹریمنگ</translation>
        </message>
        <message>
            <source>Offers too good to be true</source>
            <translation>ایسی پیشکشیں جو سچ ہونے کے لیے بہت اچھی ہوں</translation>
        </message>
        <message>
            <source>Feelings and support</source>
            <translation>جذبات اور سہارا</translation>
        </message>
        <message>
            <source>Body safety</source>
            <translation>جسم کی حفاظت</translation>
        </message>
        <message>
            <source>Relationships and respect</source>
            <translation>رشتے اور عزت</translation>
        </message>
        <message>
            <source>Meeting in person</source>
            <translation>ذاتی طور پر ملنا</translation>
        </message>
        <message>
            <source>When something has happened</source>
            <translation>جب کچھ ہو چکا ہو</translation>
        </message>
        <message>
            <source>Apps and privacy</source>
            <translation>ایپس اور پرائیویسی</translation>
        </message>
        <message>
            <source>Grooming</source>
            <translation>گرومنگ (جنسی مقصد سے بچے کو ورغلانا)</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>انسانی اسمگلنگ</translation>
        </message>
    </context>
    <context>
        <name>WarningSignsPage</name>
        <message>
            <source>Emergency: %1</source>
            <translation>ایمرجنسی: %1</translation>
        </message>
        <message>
            <source>Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps below.</source>
            <translation>انہیں بتائیں کہ ایک بچہ خطرے میں ہے، بچہ کہاں ہو سکتا ہے، اور کیا ہو رہا ہے۔ پھر نیچے دیے گئے قدم اٹھائیں۔</translation>
        </message>
        <message>
            <source>Act today: report and get advice.</source>
            <translation>آج ہی قدم اٹھائیں: رپورٹ کریں اور مشورہ لیں۔</translation>
        </message>
        <message>
            <source>You do not need proof. The steps and the places to report are below.</source>
            <translation>آپ کو ثبوت کی ضرورت نہیں۔ قدم اور رپورٹ کرنے کی جگہیں نیچے ہیں۔</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>خطرے کی علامات</translation>
        </message>
        <message>
            <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
            <translation>جو آپ نے دیکھا ہے اس پر نشان لگائیں۔ بہت سی علامات بڑے ہونے کا حصہ بھی ہوتی ہیں: انہیں بات کرنے کی وجہ بنائیں، الزام لگانے کی نہیں۔ نتیجہ یہ بتاتا ہے کہ آگے کیا کرنا ہے، یہ آپ کے بچے کے بارے میں کوئی فیصلہ نہیں۔</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>چیک لسٹیں</translation>
        </message>
        <message>
            <source>Signs to tick</source>
            <translation>نشان لگانے کی علامات</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>آگے کیا کریں</translation>
        </message>
        <message>
            <source>&amp;Save to journal...</source>
            <translation>ڈائری میں محفوظ کریں... (&amp;S)</translation>
        </message>
        <message>
            <source>Keep what you ticked, with the date and a note, in your private journal</source>
            <translation>جن پر آپ نے نشان لگایا، انہیں تاریخ اور ایک نوٹ کے ساتھ اپنی ذاتی ڈائری میں رکھیں</translation>
        </message>
        <message>
            <source>C&amp;lear ticks</source>
            <translation>نشان ہٹائیں (&amp;L)</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>ہینڈ آؤٹ بنائیں... (&amp;H)</translation>
        </message>
        <message>
            <source>Print this checklist as a blank worksheet, or the next steps shown</source>
            <translation>یہ چیک لسٹ خالی ورک شیٹ کے طور پر پرنٹ کریں، یا دکھائے گئے اگلے قدم</translation>
        </message>
        <message>
            <source>Also normal:</source>
            <translation>یہ بھی عام ہے:</translation>
        </message>
        <message>
            <source>(in %1: not yet translated)</source>
            <translation>(%1 میں: ابھی ترجمہ نہیں ہوا)</translation>
        </message>
        <message>
            <source>(the English text changed after this was translated)</source>
            <translation>(ترجمے کے بعد انگریزی متن بدل گیا)</translation>
        </message>
        <message>
            <source>Who can help in %1</source>
            <translation>%1 میں کون مدد کر سکتا ہے</translation>
        </message>
        <message>
            <source>No services are listed for your country. See Get help now.</source>
            <translation>آپ کے ملک کے لیے کوئی خدمات درج نہیں۔ ابھی مدد لیں دیکھیں۔</translation>
        </message>
        <message>
            <source>Blank worksheet with tick boxes</source>
            <translation>نشان لگانے کے خانوں والی خالی ورک شیٹ</translation>
        </message>
        <message>
            <source>Next steps: %1</source>
            <translation>اگلے قدم: %1</translation>
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation>آپ کی ڈائری میں محفوظ ہو گیا۔</translation>
        </message>
        <message>
            <source>Tick the signs you have noticed to see what to do next.</source>
            <translation>جو علامات آپ نے دیکھی ہیں ان پر نشان لگائیں تاکہ پتا چلے آگے کیا کرنا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation>
                <numerusform>%n نشان لگی علامت اور اگلے قدم آپ کی ڈائری میں رکھے جائیں گے۔</numerusform>
                <numerusform>%n نشان لگی علامات اور اگلے قدم آپ کی ڈائری میں رکھے جائیں گے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation>
                <numerusform>%n علامت پر نشان لگا۔</numerusform>
                <numerusform>%n علامات پر نشان لگا۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workshops</name>
        <message>
            <source>Workshops</source>
            <translation>ورکشاپس</translation>
        </message>
        <message>
            <source>Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding page before you present. Adapt a plan to your group and save it as your own.</source>
            <translation>رہنماؤں کے لیے سیشن کے منصوبے: ایجنڈا، سلائیڈیں، نوٹس اور ایک حفاظتی صفحہ۔ پیش کرنے سے پہلے حفاظتی صفحہ پڑھیں۔ منصوبے کو اپنے گروپ کے مطابق ڈھالیں اور اپنے نام سے محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>سیشن کے منصوبے</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>منصوبہ</translation>
        </message>
        <message>
            <source>&amp;Present...</source>
            <translation>پیش کریں... (&amp;P)</translation>
        </message>
        <message>
            <source>Show the slides full screen (F5)</source>
            <translation>سلائیڈیں پوری اسکرین پر دکھائیں (F5)</translation>
        </message>
        <message>
            <source>&amp;Adapt...</source>
            <translation>اپنائیں... (&amp;A)</translation>
        </message>
        <message>
            <source>Reorder, hide and edit slides; save as your own plan</source>
            <translation>سلائیڈوں کی ترتیب بدلیں، چھپائیں اور ترمیم کریں؛ اپنے منصوبے کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>Export s&amp;lides (PDF)...</source>
            <translation>سلائیڈیں برآمد کریں (PDF)... (&amp;L)</translation>
        </message>
        <message>
            <source>Export n&amp;otes (PDF)...</source>
            <translation>نوٹس برآمد کریں (PDF)... (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>ہینڈ آؤٹ بنائیں... (&amp;M)</translation>
        </message>
        <message>
            <source>Print the plan's take-home handout for participants, or save it as a PDF</source>
            <translation>شرکاء کے لیے منصوبے کا گھر لے جانے والا ہینڈ آؤٹ پرنٹ کریں، یا اسے PDF کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>your plan</source>
            <translation>آپ کا منصوبہ</translation>
        </message>
        <message>
            <source>No session plans are installed.</source>
            <translation>کوئی سیشن منصوبہ انسٹال نہیں۔</translation>
        </message>
        <message>
            <source>Take-home handout: %1</source>
            <translation>گھر لے جانے والا ہینڈ آؤٹ: %1</translation>
        </message>
        <message>
            <source>Cannot present</source>
            <translation>پیش نہیں کیا جا سکتا</translation>
        </message>
        <message>
            <source>This plan has problems to fix first:</source>
            <translation>اس منصوبے میں پہلے کچھ مسائل ٹھیک کرنے ہیں:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF فائلیں (*.pdf)</translation>
        </message>
        <message>
            <source>Export the slides</source>
            <translation>سلائیڈیں برآمد کریں</translation>
        </message>
        <message>
            <source>Export the facilitator notes</source>
            <translation>سہولت کار کے نوٹس برآمد کریں</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
        <message>
            <source>The PDF could not be saved to %1: %2</source>
            <translation>PDF کو %1 میں محفوظ نہیں کیا جا سکا: %2</translation>
        </message>
        <message>
            <source>Workshop slides</source>
            <translation>ورکشاپ کی سلائیڈیں</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>سہولت کار کے نوٹس</translation>
        </message>
        <message>
            <source>%1 to %2 minutes</source>
            <translation>%1 سے %2 منٹ</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 منٹ</translation>
        </message>
        <message>
            <source>Facilitator safeguarding page (read before the session)</source>
            <translation>سہولت کار کا حفاظتی صفحہ (سیشن سے پہلے پڑھیں)</translation>
        </message>
        <message>
            <source>Emergency number in %1: %2</source>
            <translation>%1 میں ایمرجنسی نمبر: %2</translation>
        </message>
        <message>
            <source>No emergency number is confirmed for %1: find the local number before the session.</source>
            <translation>%1 کے لیے کوئی ایمرجنسی نمبر تصدیق شدہ نہیں: سیشن سے پہلے مقامی نمبر معلوم کر لیں۔</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>سیشن سے پہلے</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>سیشن کے دوران</translation>
        </message>
        <message>
            <source>If someone tells you about abuse</source>
            <translation>اگر کوئی آپ کو زیادتی کے بارے میں بتائے</translation>
        </message>
        <message>
            <source>What not to promise</source>
            <translation>کیا وعدہ نہ کریں</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>کسے کال کریں</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 منٹ</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>ایجنڈا</translation>
        </message>
        <message>
            <source>Slides and notes</source>
            <translation>سلائیڈیں اور نوٹس</translation>
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation>(چھپی ہوئی) %1</translation>
        </message>
        <message>
            <source>The help lines of the chosen country are shown here.</source>
            <translation>منتخب ملک کی ہیلپ لائنز یہاں دکھائی جاتی ہیں۔</translation>
        </message>
        <message>
            <source>One good answer:</source>
            <translation>ایک اچھا جواب:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>نوٹس</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>سوالات</translation>
        </message>
    </context>
</TS>
