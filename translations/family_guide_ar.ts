<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>App</name>
        <message>
            <source>Family Guide is already open. Look for its window, or its button on the taskbar.</source>
            <translation>تطبيق Family Guide مفتوح بالفعل. ابحث عن نافذته، أو عن زره في شريط المهام.</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>تعذّرت قراءة الإعدادات</translation>
        </message>
        <message>
            <source>The settings file names a country that is not in the list (%1). Help for “Another country” is shown until you choose your country in Settings.</source>
            <translation>ملف الإعدادات يذكر دولة ليست في القائمة (%1). ستظهر المساعدة الخاصة بـ«دولة أخرى» إلى أن تختار دولتك في الإعدادات.</translation>
        </message>
    </context>
    <context>
        <name>ContentHtml</name>
        <message>
            <source>Shown in %1: this part is not yet translated into %2.</source>
            <translation>معروض بلغة %1: هذا الجزء لم يُترجم إلى %2 بعد.</translation>
        </message>
        <message>
            <source>Reviewed %1</source>
            <translation>تمت المراجعة: %1</translation>
        </message>
        <message>
            <source>This translation has not yet been checked by a fluent speaker.</source>
            <translation>لم يراجع هذه الترجمة بعد شخص يتقن هذه اللغة.</translation>
        </message>
        <message>
            <source>The English text changed after this was translated: the parts marked may be out of date.</source>
            <translation>تغير النص الإنجليزي بعد هذه الترجمة: قد تكون الأجزاء التي عليها علامة قديمة.</translation>
        </message>
        <message>
            <source>Translation checked by %1 on %2.</source>
            <translation>راجع %1 هذه الترجمة في %2.</translation>
        </message>
        <message>
            <source>The English text changed after this was translated.</source>
            <translation>تغير النص الإنجليزي بعد هذه الترجمة.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>For you, not to say to your child:</source>
            <translation>لك أنت، وليس لتقوله لطفلك:</translation>
        </message>
        <message>
            <source>Ages %1</source>
            <translation>الأعمار: %1</translation>
        </message>
        <message>
            <source>For this age</source>
            <translation>لهذا العمر</translation>
        </message>
        <message>
            <source>Why this matters</source>
            <translation>لماذا هذا مهم</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>قبل أن تبدأ</translation>
        </message>
        <message>
            <source>Ways to start</source>
            <translation>طرق لبدء الحديث</translation>
        </message>
        <message>
            <source>What your child should hear</source>
            <translation>ما يجب أن يسمعه طفلك</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>أسئلة يمكنك طرحها</translation>
        </message>
        <message>
            <source>If your child says...</source>
            <translation>إذا قال طفلك...</translation>
        </message>
        <message>
            <source>Show what you might say</source>
            <translation>اعرض ما يمكنك قوله</translation>
        </message>
        <message>
            <source>What not to say</source>
            <translation>ما يجب ألا تقوله</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>بعد ذلك</translation>
        </message>
        <message>
            <source>Signs to watch for</source>
            <translation>علامات يجب الانتباه لها</translation>
        </message>
        <message>
            <source>Getting help</source>
            <translation>الحصول على المساعدة</translation>
        </message>
        <message>
            <source>What this may mean</source>
            <translation>ما الذي قد يعنيه هذا</translation>
        </message>
        <message>
            <source>What this does not mean</source>
            <translation>ما الذي لا يعنيه هذا</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>ماذا تفعل الآن</translation>
        </message>
        <message>
            <source>Write down usernames, profile links, phone numbers, dates and the apps or games used.</source>
            <translation>اكتب أسماء المستخدمين، وروابط الحسابات، وأرقام الهواتف، والتواريخ، وأسماء التطبيقات أو الألعاب المستخدمة.</translation>
        </message>
        <message>
            <source>Keep the messages. Do not delete them, or the account.</source>
            <translation>احتفظ بالرسائل. لا تحذفها، ولا تحذف الحساب.</translation>
        </message>
        <message>
            <source>Block the account only after you have written the details down.</source>
            <translation>لا تحظر الحساب إلا بعد أن تكتب التفاصيل.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
            <translation>لا تحفظ أبدًا صورة جنسية لطفل، ولا تلتقط لها لقطة شاشة، ولا تُعِد إرسالها، حتى لو كان ذلك كدليل. أخبر الشرطة أو خط الإبلاغ بمكان وجودها.</translation>
        </message>
        <message>
            <source>Do not pay, and do not send anything more.</source>
            <translation>لا تدفع، ولا ترسل أي شيء آخر.</translation>
        </message>
        <message>
            <source>Keeping evidence</source>
            <translation>الاحتفاظ بالأدلة</translation>
        </message>
        <message>
            <source>Conversation guides that can help</source>
            <translation>أدلة محادثة يمكن أن تساعدك</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>الهاتف: %1</translation>
        </message>
        <message>
            <source>Copy number</source>
            <translation>انسخ الرقم</translation>
        </message>
        <message>
            <source>Text: %1</source>
            <translation>رسالة نصية: %1</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation>ساعات العمل: %1</translation>
        </message>
        <message>
            <source>Checked live on %1</source>
            <translation>تم التحقق منه مباشرةً في %1</translation>
        </message>
        <message>
            <source>Caution: we could not confirm this. Check it before you rely on it.</source>
            <translation>تنبيه: لم نتمكن من التأكد من هذه المعلومة. تحقّق منها قبل أن تعتمد عليها.</translation>
        </message>
        <message>
            <source>Found in one source only: check this number locally.</source>
            <translation>وجدناه في مصدر واحد فقط: تحقّق من هذا الرقم محليًا.</translation>
        </message>
        <message>
            <source>Source: %1, dated %2</source>
            <translation>المصدر: %1، بتاريخ %2</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
    </context>
    <context>
        <name>ContentView</name>
        <message>
            <source>Copied: %1</source>
            <translation>تم النسخ: %1</translation>
        </message>
        <message>
            <source>This opens your web browser at this address:

%1

Website: %2

Family Guide itself never connects to the internet.</source>
            <translation>سيفتح هذا متصفح الإنترنت على هذا العنوان:

%1

الموقع: %2

لا يتصل Family Guide نفسه بالإنترنت أبدًا.</translation>
        </message>
        <message>
            <source>Open outside Family Guide?</source>
            <translation>هل تريد الفتح خارج Family Guide؟</translation>
        </message>
        <message>
            <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
            <translation>سيفتح هذا برنامجًا آخر (مثل متصفح الإنترنت) على هذا العنوان:

%1

أما Family Guide نفسه فلا يتصل بالإنترنت أبدًا.</translation>
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <source>Conversation guides</source>
            <translation>أدلة المحادثة</translation>
        </message>
        <message>
            <source>C&amp;hild's age:</source>
            <translation>عمر الطفل (&amp;H):</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>الموضوع (&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Written for:</source>
            <translation>موجّه إلى (&amp;W):</translation>
        </message>
        <message>
            <source>Search the guides</source>
            <translation>ابحث في الأدلة</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>نص الدليل</translation>
        </message>
        <message>
            <source>We &amp;talked about this...</source>
            <translation>تحدّثنا عن هذا... (&amp;T)</translation>
        </message>
        <message>
            <source>Write down in your private journal that you had this talk</source>
            <translation>اكتب في دفترك الخاص أنك أجريت هذا الحديث</translation>
        </message>
        <message>
            <source>Show all &amp;answers</source>
            <translation>اعرض كل الإجابات (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>إعداد نشرة للطباعة (&amp;M)...</translation>
        </message>
        <message>
            <source>Print this guide as a one- or two-page handout, or save it as a PDF</source>
            <translation>اطبع هذا الدليل كنشرة من صفحة أو صفحتين، أو احفظه بصيغة PDF</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>الجميع</translation>
        </message>
        <message>
            <source>%1 (%2 this year)</source>
            <translation>%1 (العمر %2 هذا العام)</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>كل المواضيع</translation>
        </message>
        <message>
            <source>No guide matches. Try other words, or choose “All topics”.</source>
            <translation>لا يوجد دليل مطابق. جرّب كلمات أخرى، أو اختر «كل المواضيع».</translation>
        </message>
        <message>
            <source>No guides are available for this age yet.</source>
            <translation>لا توجد أدلة لهذا العمر بعد.</translation>
        </message>
        <message>
            <source>This guide, ages %1</source>
            <translation>هذا الدليل، الأعمار %1</translation>
        </message>
        <message>
            <source>Record that you talked about “%1” (ages %2).</source>
            <translation>سجّل أنك تحدثت عن «%1» (الأعمار %2).</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>العمر %1</translation>
        </message>
    </context>
    <context>
        <name>CounselorForm</name>
        <message>
            <source>Your details on handouts</source>
            <translation>بياناتك على النشرات</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>المنظمة (&amp;O):</translation>
        </message>
        <message>
            <source>Contact li&amp;ne:</source>
            <translation>بيانات التواصل (&amp;N):</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>الشعار:</translation>
        </message>
        <message>
            <source>Choose lo&amp;go...</source>
            <translation>اختر الشعار (&amp;G)...</translation>
        </message>
        <message>
            <source>Remo&amp;ve logo</source>
            <translation>أزل الشعار (&amp;V)</translation>
        </message>
        <message>
            <source>Choose a logo (PNG or JPEG, up to 2 MB)</source>
            <translation>اختر شعارا (PNG أو JPEG، حتى 2 MB)</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>تم اختيار شعار.</translation>
        </message>
        <message>
            <source>No logo.</source>
            <translation>لا يوجد شعار.</translation>
        </message>
        <message>
            <source>The organisation name will be cut to %1 characters.</source>
            <translation>سيتم اختصار اسم المنظمة إلى %1 من الأحرف.</translation>
        </message>
        <message>
            <source>The contact line will be cut to %1 characters.</source>
            <translation>سيتم اختصار بيانات التواصل إلى %1 من الأحرف.</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>اختر شعارا</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>صور (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The logo was saved.</source>
            <translation>تم حفظ الشعار.</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Another country</source>
            <translation>دولة أخرى</translation>
        </message>
    </context>
    <context>
        <name>GetHelpPage</name>
        <message>
            <source>Copied to the clipboard: %1</source>
            <translation>تم النسخ إلى الحافظة: %1</translation>
        </message>
        <message>
            <source>Help lines and reporting</source>
            <translation>خطوط المساعدة والإبلاغ</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>الدولة (&amp;C):</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>خطوط المساعدة</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>عرض (&amp;S):</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>أنشئ نشرة (&amp;H)...</translation>
        </message>
        <message>
            <source>Print these help lines, or save them as a PDF</source>
            <translation>اطبع خطوط المساعدة هذه، أو احفظها بصيغة PDF</translation>
        </message>
        <message>
            <source>All kinds of help</source>
            <translation>كل أنواع المساعدة</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>خطوط المساعدة في %1</translation>
        </message>
        <message>
            <source>These facts come from public pages we read; no one called the numbers to check them. Numbers change: if one does not work, call the emergency number.</source>
            <translation>هذه المعلومات مأخوذة من صفحات عامة قرأناها؛ لم يتصل أحد بهذه الأرقام للتحقق منها. الأرقام تتغير: إذا لم يعمل رقم منها، فاتصل برقم الطوارئ.</translation>
        </message>
        <message>
            <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
            <translation>لا يوجد شيء من هذا النوع في قائمة هذه الدولة. اختر «كل أنواع المساعدة»، أو اسأل خط مساعدة الأطفال أو الشرطة.</translation>
        </message>
        <message>
            <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
            <translation>لم يتم تحميل أي خطوط مساعدة. في حالة الطوارئ، اتصل برقم الطوارئ المحلي.</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>For parents and carers</source>
            <translation>للآباء والأمهات ومقدمي الرعاية</translation>
        </message>
        <message>
            <source>For young people</source>
            <translation>للأطفال والشباب</translation>
        </message>
        <message>
            <source>Our family safety plan</source>
            <translation>خطة الأمان لعائلتنا</translation>
        </message>
        <message>
            <source>Choose one or two languages.</source>
            <translation>اختر لغة واحدة أو لغتين.</translation>
        </message>
        <message>
            <source>Choose two different languages, or only one.</source>
            <translation>اختر لغتين مختلفتين، أو لغة واحدة فقط.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>The content '%1' is not loaded.</source>
            <translation>لم يتم تحميل المحتوى '%1'.</translation>
        </message>
        <message>
            <source>This session plan has no take-home handout.</source>
            <translation>ليس لخطة هذه الجلسة نشرة يأخذها المشاركون إلى البيت.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet. Choose another language, or make a handout in one.</source>
            <translation>لا يوجد لهذا المحتوى نص بلغة %1 بعد. اختر لغة أخرى، أو أنشئ النشرة بلغة واحدة.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet, so it is shown in English.</source>
            <translation>لا يوجد لهذا المحتوى نص بلغة %1 بعد، لذلك يظهر بالإنجليزية.</translation>
        </message>
        <message>
            <source>The organisation name is too long for a handout; it was cut short.</source>
            <translation>اسم المنظمة أطول من اللازم للنشرة، لذلك تم اختصاره.</translation>
        </message>
        <message>
            <source>The contact line is too long for a handout; it was cut short.</source>
            <translation>بيانات التواصل أطول من اللازم للنشرة، لذلك تم اختصارها.</translation>
        </message>
        <message>
            <source>Shown in English: this part is not yet translated.</source>
            <translation>معروض بالإنجليزية: هذا الجزء لم يترجم بعد.</translation>
        </message>
        <message>
            <source>This guide has no part for ages %1.</source>
            <translation>لا يوجد في هذا الدليل جزء للأعمار %1.</translation>
        </message>
        <message>
            <source>This guide has nothing written for young people of ages %1.</source>
            <translation>لا يوجد في هذا الدليل شيء مكتوب للأطفال والشباب في الأعمار %1.</translation>
        </message>
        <message>
            <source>Things to remember</source>
            <translation>أشياء يجب تذكرها</translation>
        </message>
        <message>
            <source>People I can tell</source>
            <translation>أشخاص أستطيع أن أخبرهم</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>أين تجد المساعدة</translation>
        </message>
        <message>
            <source>Checklists are written for adults. Make this handout for parents and carers.</source>
            <translation>قوائم التحقق مكتوبة للكبار. اجعل هذه النشرة للآباء والأمهات ومقدمي الرعاية.</translation>
        </message>
        <message>
            <source>Some items are shown in English: not yet translated.</source>
            <translation>بعض البنود معروضة بالإنجليزية: لم تترجم بعد.</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>التاريخ:</translation>
        </message>
        <message>
            <source>This checklist has no guidance called '%1'.</source>
            <translation>لا توجد في قائمة التحقق هذه إرشادات باسم '%1'.</translation>
        </message>
        <message>
            <source>To talk about at home</source>
            <translation>للحديث عنه في البيت</translation>
        </message>
        <message>
            <source>To think about</source>
            <translation>للتفكير فيه</translation>
        </message>
        <message>
            <source>To talk about with your team</source>
            <translation>للحديث عنه مع فريقك</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>لمن: %1</translation>
        </message>
        <message>
            <source>What not to do</source>
            <translation>ما لا يجب فعله</translation>
        </message>
        <message>
            <source>Where to get help in %1</source>
            <translation>أين تجد المساعدة في %1</translation>
        </message>
        <message>
            <source>If a child is in danger now, call the emergency number first. Then use the services below.</source>
            <translation>إذا كان طفل في خطر الآن، فاتصل برقم الطوارئ أولا. ثم استخدم الخدمات أدناه.</translation>
        </message>
        <message>
            <source>We made this plan together. Keep it where everyone can see it.</source>
            <translation>أعددنا هذه الخطة معا. نضعها في مكان يراه فيه الجميع.</translation>
        </message>
        <message>
            <source>People I can tell if something feels wrong</source>
            <translation>أشخاص أستطيع أن أخبرهم إذا شعرت أن شيئا ليس على ما يرام</translation>
        </message>
        <message>
            <source>Our agreements about apps, games and phones</source>
            <translation>اتفاقاتنا حول التطبيقات والألعاب والهواتف</translation>
        </message>
        <message>
            <source>Our agreements about meeting people from online</source>
            <translation>اتفاقاتنا حول لقاء أشخاص تعرفنا عليهم عبر الإنترنت</translation>
        </message>
        <message>
            <source>If someone threatens you or asks for pictures</source>
            <translation>إذا هددك شخص أو طلب منك صورا</translation>
        </message>
        <message>
            <source>Stop replying. Do not pay, and do not send anything more.</source>
            <translation>توقف عن الرد. لا تدفع، ولا ترسل أي شيء آخر.</translation>
        </message>
        <message>
            <source>Do not delete the messages or the account.</source>
            <translation>لا تحذف الرسائل أو الحساب.</translation>
        </message>
        <message>
            <source>Tell one of the people above straight away. You will not be in trouble.</source>
            <translation>أخبر أحد الأشخاص المذكورين أعلاه فورا. لن يعاقبك أحد.</translation>
        </message>
        <message>
            <source>We report it together. It is never your fault.</source>
            <translation>نبلغ عن الأمر معا. الذنب ليس ذنبك أبدا.</translation>
        </message>
        <message>
            <source>Help numbers</source>
            <translation>أرقام المساعدة</translation>
        </message>
        <message>
            <source>Signed and dated:</source>
            <translation>التوقيع والتاريخ:</translation>
        </message>
        <message>
            <source>No country was chosen. These services work anywhere.</source>
            <translation>لم يتم اختيار دولة. هذه الخدمات متاحة من أي مكان.</translation>
        </message>
        <message>
            <source>We have no help lines for %1 yet. These services work anywhere.</source>
            <translation>ليست لدينا خطوط مساعدة في %1 بعد. هذه الخدمات متاحة من أي مكان.</translation>
        </message>
        <message>
            <source>%1 could not be read as a picture: %2</source>
            <translation>تعذرت قراءة %1 كصورة: %2</translation>
        </message>
        <message>
            <source>%1 is %2 x %3 pixels; a logo may be at most %4 x %4.</source>
            <translation>مقاس %1 هو %2 x %3 بكسل؛ وأقصى مقاس للشعار %4 x %4.</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPEG picture.</source>
            <translation>%1 ليس صورة PNG أو JPEG.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB, the most a logo may be.</source>
            <translation>حجم %1 أكبر من %2 MB، وهو الحد الأقصى للشعار.</translation>
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
            <translation>A5 (نصف A4)</translation>
        </message>
        <message>
            <source>Make a handout</source>
            <translation>إنشاء نشرة</translation>
        </message>
        <message>
            <source>&amp;Handout:</source>
            <translation>النشرة (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>اللغة (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Second language:</source>
            <translation>اللغة الثانية (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>لمن (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>الدولة (&amp;C):</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>الورق (&amp;R):</translation>
        </message>
        <message>
            <source>Pre&amp;view...</source>
            <translation>معاينة (&amp;V)...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>طباعة (&amp;P)...</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>حفظ بصيغة PDF (&amp;D)...</translation>
        </message>
        <message>
            <source>None (one language)</source>
            <translation>لا شيء (لغة واحدة)</translation>
        </message>
        <message>
            <source>This worksheet runs to %1 pages in two languages. For two pages, make it in one language on A4 or Letter.</source>
            <translation>تشغل ورقة العمل هذه %1 صفحات بلغتين. لتكون في صفحتين، اجعلها بلغة واحدة على ورق A4 أو Letter.</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>حفظ النشرة</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يتم الحفظ</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>تم الحفظ: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpHours</name>
        <message>
            <source>24 hours a day, every day</source>
            <translation>على مدار 24 ساعة، كل يوم</translation>
        </message>
        <message>
            <source>24 hours a day</source>
            <translation>على مدار 24 ساعة</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Get help now</source>
            <translation>اطلب المساعدة الآن</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>الدولة (&amp;C):</translation>
        </message>
        <message>
            <source>What is happening?</source>
            <translation>ماذا يحدث؟</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>ماذا تفعل</translation>
        </message>
        <message>
            <source>1. Someone is in danger now</source>
            <translation>1. شخص في خطر الآن</translation>
        </message>
        <message>
            <source>Call %1 now.</source>
            <translation>اتصل بالرقم %1 الآن.</translation>
        </message>
        <message>
            <source>Call your local emergency number now.</source>
            <translation>اتصل برقم الطوارئ المحلي الآن.</translation>
        </message>
        <message>
            <source>We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a place of worship which number to call, and keep it by your phone.</source>
            <translation>لم نتمكن من التأكد من رقم الطوارئ في %1. اسأل الجيران، أو في مدرسة، أو طبيبًا، أو في دار عبادة عن الرقم الذي يجب الاتصال به، واحتفظ به بجانب هاتفك.</translation>
        </message>
        <message>
            <source>Reported, not confirmed: %1. Check it locally before you rely on it.</source>
            <translation>مذكور في بعض المصادر، لكنه غير مؤكد: %1. تحقّق منه محليًا قبل أن تعتمد عليه.</translation>
        </message>
        <message>
            <source>A child is in danger.</source>
            <translation>هناك طفل في خطر.</translation>
        </message>
        <message>
            <source>Their name is ... They are ... years old.</source>
            <translation>اسم الطفل ... وعمره ... سنوات.</translation>
        </message>
        <message>
            <source>They may be at ... (an address, a place, or the app they are using).</source>
            <translation>قد يكون الطفل في ... (عنوان، أو مكان، أو التطبيق الذي يستخدمه).</translation>
        </message>
        <message>
            <source>What is happening: ... (a meeting, a threat, they are missing).</source>
            <translation>ما يحدث: ... (لقاء، أو تهديد، أو أن الطفل مفقود).</translation>
        </message>
        <message>
            <source>My name is ... My phone number is ...</source>
            <translation>اسمي ... ورقم هاتفي ...</translation>
        </message>
        <message>
            <source>What to say when they answer</source>
            <translation>ماذا تقول عندما يردّون عليك</translation>
        </message>
        <message>
            <source>Copy &amp;number</source>
            <translation>انسخ الرقم (&amp;N)</translation>
        </message>
        <message>
            <source>2. A child may hurt themselves</source>
            <translation>2. طفل قد يؤذي نفسه</translation>
        </message>
        <message>
            <source>3. Someone is threatening to share images</source>
            <translation>3. شخص يهدد بنشر صور</translation>
        </message>
        <message>
            <source>4. Report abuse or exploitation</source>
            <translation>4. الإبلاغ عن إساءة أو استغلال</translation>
        </message>
        <message>
            <source>5. Support for the child and for you</source>
            <translation>5. دعم للطفل ولك</translation>
        </message>
        <message>
            <source>Copy the number %1</source>
            <translation>انسخ الرقم %1</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>تم النسخ: %1</translation>
        </message>
        <message>
            <source>Someone is in danger now</source>
            <translation>شخص في خطر الآن</translation>
        </message>
        <message>
            <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
            <translation>اتصل إذا كان طفل مفقودًا، أو يلتقي أو سيلتقي قريبًا بشخص تعرّف عليه عبر الإنترنت، أو يتم نقله إلى مكان آخر أو عرضه في إعلانات، أو إذا هدّد أحد بإيذائه.</translation>
        </message>
        <message>
            <source>Emergency numbers in %1</source>
            <translation>أرقام الطوارئ في %1</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>خطوط المساعدة في %1</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>أنشئ نشرة (&amp;H)...</translation>
        </message>
        <message>
            <source>Choose your country at the top to see its emergency numbers.</source>
            <translation>اختر دولتك في الأعلى لترى أرقام الطوارئ فيها.</translation>
        </message>
        <message>
            <source>If a child may hurt themselves</source>
            <translation>إذا كان طفل قد يؤذي نفسه</translation>
        </message>
        <message>
            <source>If they are hurt or in danger now, call the emergency number above.</source>
            <translation>إذا كان الطفل مصابًا أو في خطر الآن، فاتصل برقم الطوارئ المذكور أعلاه.</translation>
        </message>
        <message>
            <source>Stay with them. Do not leave them alone.</source>
            <translation>ابقَ مع الطفل. لا تتركه وحده.</translation>
        </message>
        <message>
            <source>Listen calmly. Tell them you are glad they told you and you will get help.</source>
            <translation>استمع بهدوء. قل للطفل: «يسعدني أنك أخبرتني، وسأطلب المساعدة».</translation>
        </message>
        <message>
            <source>If you can, move things they could use to hurt themselves out of reach.</source>
            <translation>إذا استطعت، فأبعِد عن متناول الطفل الأشياء التي قد يؤذي بها نفسه.</translation>
        </message>
        <message>
            <source>Call a crisis line together, now or as soon as you can.</source>
            <translation>اتصلا معًا بخط مساعدة للأزمات، الآن أو في أقرب وقت ممكن.</translation>
        </message>
        <message>
            <source>If someone threatens to share images</source>
            <translation>إذا هدّد شخص بنشر صور</translation>
        </message>
        <message>
            <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
            <translation>حافظ على هدوئك. قل للطفل إنه لن يُعاقَب، وإنك ستساعده.</translation>
        </message>
        <message>
            <source>Do not pay and do not send more. Paying rarely stops it.</source>
            <translation>لا تدفع ولا ترسل أي شيء آخر. الدفع نادرًا ما يوقف الأمر.</translation>
        </message>
        <message>
            <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
            <translation>توقّف عن الرد. اكتب أسماء المستخدمين، وروابط الحسابات، والتواريخ، وأسماء التطبيقات.</translation>
        </message>
        <message>
            <source>Keep the messages. Block only after you have written down the details.</source>
            <translation>احتفظ بالرسائل. لا تحظر الحساب إلا بعد أن تكتب التفاصيل.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
            <translation>لا تحفظ أبدًا صورة جنسية لطفل، ولا تلتقط لها لقطة شاشة، ولا تُعِد إرسالها، حتى لو كان ذلك كدليل. بدلًا من ذلك، أبلغ عنها.</translation>
        </message>
        <message>
            <source>Report it, and ask for the images to be taken down (below).</source>
            <translation>أبلغ عن الأمر، واطلب إزالة الصور (انظر أدناه).</translation>
        </message>
        <message>
            <source>Report abuse or exploitation</source>
            <translation>أبلِغ عن الإساءة أو الاستغلال</translation>
        </message>
        <message>
            <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
            <translation>لا تحتاج إلى دليل لكي تبلغ. من الأفضل أن تبلغ وتكون مخطئًا من أن تنتظر.</translation>
        </message>
        <message>
            <source>Support for the child and for you</source>
            <translation>الدعم للطفل ولك</translation>
        </message>
        <message>
            <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
            <translation>اشكر الطفل لأنه أخبرك. ما حدث ليس ذنب الطفل، وليس ذنبك أنت.</translation>
        </message>
        <message>
            <source>No crisis line is listed for %1. Call the emergency number, or a child help line:</source>
            <translation>لا يوجد في القائمة خط مساعدة للأزمات في %1. اتصل برقم الطوارئ، أو بخط مساعدة الأطفال:</translation>
        </message>
        <message>
            <source>These services work from anywhere.</source>
            <translation>هذه الخدمات متاحة من أي مكان.</translation>
        </message>
        <message>
            <source>No national service of this kind was confirmed for %1. The services below work from anywhere; a child help line or the police can also advise.</source>
            <translation>لم نتمكن من التأكد من وجود خدمة وطنية من هذا النوع في %1. الخدمات أدناه متاحة من أي مكان؛ ويمكن أيضًا لخط مساعدة الأطفال أو للشرطة أن يقدّما لك النصيحة.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome</source>
            <translation>أهلًا بك</translation>
        </message>
        <message>
            <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
            <translation>يكون الأطفال أكثر أمانًا على الإنترنت عندما يعرفون أنهم يستطيعون أن يخبروك بأي شيء دون أن يُعاقَبوا. يساعدك Family Guide على أن تتحدث معهم مبكرًا وكثيرًا، وأن تعرف علامات الخطر، وأن تعرف ماذا تفعل.</translation>
        </message>
        <message>
            <source>Start with a short, calm talk. You do not need to know everything.</source>
            <translation>ابدأ بحديث قصير وهادئ. لا تحتاج إلى أن تعرف كل شيء.</translation>
        </message>
        <message>
            <source>Use the guides to prepare a talk for parents or young people.</source>
            <translation>استخدم الأدلة لتحضير لقاء للآباء والأمهات أو للشباب.</translation>
        </message>
        <message>
            <source>Walk through a checklist with a family, then share the next steps.</source>
            <translation>راجع قائمة تحقق مع الأسرة خطوة بخطوة، ثم شارك معها الخطوات التالية.</translation>
        </message>
        <message>
            <source>&amp;Start a conversation</source>
            <translation>ابدأ محادثة (&amp;S)</translation>
        </message>
        <message>
            <source>Check &amp;warning signs</source>
            <translation>تحقّق من علامات الخطر (&amp;W)</translation>
        </message>
        <message>
            <source>Get &amp;help now</source>
            <translation>اطلب المساعدة الآن (&amp;H)</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation guide(s)</source>
            <translation>
                <numerusform>%n دليل للمحادثة</numerusform>
                <numerusform>%n دليل للمحادثة</numerusform>
                <numerusform>%n دليلان للمحادثة</numerusform>
                <numerusform>%n أدلة للمحادثة</numerusform>
                <numerusform>%n دليلًا للمحادثة</numerusform>
                <numerusform>%n دليل للمحادثة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning-sign checklist(s)</source>
            <translation>
                <numerusform>%n قائمة لعلامات الخطر</numerusform>
                <numerusform>%n قائمة لعلامات الخطر</numerusform>
                <numerusform>%n قائمتان لعلامات الخطر</numerusform>
                <numerusform>%n قوائم لعلامات الخطر</numerusform>
                <numerusform>%n قائمةً لعلامات الخطر</numerusform>
                <numerusform>%n قائمة لعلامات الخطر</numerusform>
            </translation>
        </message>
        <message>
            <source>Conversation plan</source>
            <translation>خطة المحادثات</translation>
        </message>
        <message>
            <source>Show &amp;fewer</source>
            <translation>اعرض أقل (&amp;F)</translation>
        </message>
        <message>
            <source>Show all &amp;topics</source>
            <translation>اعرض كل المواضيع (&amp;T)</translation>
        </message>
        <message>
            <source>Topics that suit each child's age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
            <translation>مواضيع تناسب عمر كل طفل الآن. تحدّث عن كل موضوع مرة أخرى كل عام، وعندما ينتقل طفلك إلى فئة عمرية أكبر، وعندما يبدأ استخدام تطبيق جديد.</translation>
        </message>
        <message>
            <source>Add your children in the journal to see which topics suit their age.</source>
            <translation>أضف أطفالك في الدفتر لترى المواضيع التي تناسب أعمارهم.</translation>
        </message>
        <message>
            <source>Open the &amp;journal</source>
            <translation>افتح الدفتر (&amp;J)</translation>
        </message>
        <message>
            <source>Unlock your journal to see each child's conversation plan.</source>
            <translation>افتح قفل دفترك لترى خطة المحادثات لكل طفل.</translation>
        </message>
        <message>
            <source>Unlock the &amp;journal</source>
            <translation>افتح قفل الدفتر (&amp;J)</translation>
        </message>
        <message>
            <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
            <translation>أنشئ دفترًا خاصًا لتحتفظ بخطة محادثات لكل طفل: المواضيع التي تناسب عمره، وما تحدثتما عنه، وما حان وقت الحديث عنه مرة أخرى.</translation>
        </message>
        <message>
            <source>Set up the &amp;journal</source>
            <translation>أنشئ الدفتر (&amp;J)</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
            <translation>القفل يمنع قراءة ملاحظاتك على من يفتح الملفات، أو يستخدم هذا التطبيق وهو مقفل. لكنه لا يستطيع الحماية من برامج المراقبة على هذا الكمبيوتر، ولا من الشخص الذي يديره (مسؤول الجهاز). إذا كنت تظن أن أحدًا يراقب هذا الكمبيوتر، فاستخدم جهازًا أكثر أمانًا.</translation>
        </message>
        <message>
            <source>That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: a short sentence you can remember works well.</source>
            <translation>كلمة المرور هذه من أكثر الكلمات شيوعا، وهي أول ما يجربه من يحاول تخمينها. اختر غيرها: جملة قصيرة تستطيع تذكرها تفي بالغرض.</translation>
        </message>
        <message>
            <source>Set up your private journal</source>
            <translation>أنشئ دفترك الخاص</translation>
        </message>
        <message>
            <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
            <translation>يبقى دفترك على هذا الكمبيوتر، مشفّرًا. اختر كلمة مرور لا يستطيع الآخرون في بيتك تخمينها. ستحتاج إليها في كل مرة تفتح فيها الدفتر.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>أعد كتابة كلمة المرور</translation>
        </message>
        <message>
            <source>&amp;Use no passphrase</source>
            <translation>بدون كلمة مرور (&amp;U)</translation>
        </message>
        <message>
            <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
            <translation>بدون كلمة مرور، يستطيع أي شخص يستخدم حساب الكمبيوتر هذا أن يفتح الدفتر ويقرأه.</translation>
        </message>
        <message>
            <source>I understand, and choose no passphrase</source>
            <translation>أفهم ذلك، وأختار عدم استخدام كلمة مرور</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>كلمة المرور (&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>أعد كتابتها (&amp;R):</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>أنشئ الدفتر</translation>
        </message>
        <message>
            <source>Tick “I understand” to use the journal without a passphrase.</source>
            <translation>حدّد «أفهم ذلك» لاستخدام الدفتر بدون كلمة مرور.</translation>
        </message>
        <message>
            <source>Use at least %1 characters. A short sentence is easy to remember.</source>
            <translation>استخدم ما لا يقل عن %1 من الأحرف. من السهل أن تتذكر جملة قصيرة.</translation>
        </message>
        <message>
            <source>Also make a recovery &amp;key, in case I forget the passphrase</source>
            <translation>أنشئ أيضًا مفتاح استرداد، في حال نسيت كلمة المرور (&amp;K)</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>كلمتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <source>The journal could not be created: %1</source>
            <translation>تعذّر إنشاء الدفتر: %1</translation>
        </message>
        <message>
            <source>Recovery key for your Family Guide journal</source>
            <translation>مفتاح الاسترداد لدفترك في Family Guide</translation>
        </message>
        <message>
            <source>Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal.</source>
            <translation>احتفظ بهذه الورقة في مكان آمن بعيدًا عن الكمبيوتر. أي شخص يحصل عليها يستطيع فتح الدفتر.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>مفتاح الاسترداد الخاص بك</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>انسخ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print this key...</source>
            <translation>اطبع هذا المفتاح (&amp;P)...</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>لقد كتبته (&amp;W)</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
            <translation>إذا نسيت كلمة المرور، فهذا المفتاح يفتح الدفتر. اكتبه على ورقة واحفظه في مكان آمن، بعيدًا عن الكمبيوتر. لن يظهر إلا هذه المرة فقط.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>تم النسخ.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>لا توجد طابعة</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key on paper instead.</source>
            <translation>لا توجد طابعة مُعدّة على هذا الكمبيوتر. اكتب المفتاح على ورقة بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The key can only be printed on paper, not saved to a file.</source>
            <translation>يمكن طباعة المفتاح على الورق فقط، لا حفظه في ملف.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>أُرسل إلى الطابعة.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>افتح القفل (&amp;U)</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>مفتاح الاسترداد (&amp;K):</translation>
        </message>
        <message>
            <source>Use my recovery key &amp;instead</source>
            <translation>استخدم مفتاح الاسترداد بدلًا من ذلك (&amp;I)</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
            <translation>ملف الدفتر تالف ولا يمكن فتحه (%1). نسخك الاحتياطية موجودة في مجلد الدفتر؛ استخدم «استعادة نسخة احتياطية» في قسم «الدفتر».</translation>
        </message>
        <message>
            <source>That recovery key does not open this journal. Check each group of letters. If you are sure it is right, the key file may be damaged: restore a backup.</source>
            <translation>مفتاح الاسترداد هذا لا يفتح هذا الدفتر. تحقق من كل مجموعة من الأحرف. إذا كنت متأكدا من أنه صحيح، فقد يكون ملف المفاتيح تالفا: استعد نسخة احتياطية.</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal. Check Caps Lock and try again. If you are sure it is right, the key file may be damaged: use your recovery key, or restore a backup.</source>
            <translation>كلمة المرور هذه لا تفتح هذا الدفتر. تحقق من مفتاح Caps Lock وحاول مرة أخرى. إذا كنت متأكدا من أنها صحيحة، فقد يكون ملف المفاتيح تالفا: استخدم مفتاح الاسترداد، أو استعد نسخة احتياطية.</translation>
        </message>
        <message>
            <source>Unlock your journal</source>
            <translation>افتح قفل دفترك</translation>
        </message>
        <message>
            <source>Set up a private journal?</source>
            <translation>هل تريد إنشاء دفتر خاص؟</translation>
        </message>
        <message>
            <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
            <translation>لحفظ هذا تحتاج إلى دفتر خاص. يبقى على هذا الكمبيوتر، مقفلًا بكلمة مرور. هل تريد إنشاءه الآن؟</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>الطفل</translation>
        </message>
        <message>
            <source>A nickname is enough</source>
            <translation>يكفي اسم مستعار</translation>
        </message>
        <message>
            <source>For example: Roblox, TikTok, WhatsApp</source>
            <translation>مثلًا: Roblox، TikTok، WhatsApp</translation>
        </message>
        <message>
            <source>&amp;Nickname:</source>
            <translation>الاسم المستعار (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>سنة الميلاد (&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Apps and games:</source>
            <translation>التطبيقات والألعاب (&amp;A):</translation>
        </message>
        <message>
            <source>Please give a nickname.</source>
            <translation>يُرجى كتابة اسم مستعار.</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>الأطفال</translation>
        </message>
        <message>
            <source>&amp;Add child</source>
            <translation>أضف طفلًا (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>تعديل (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>إزالة (&amp;R)</translation>
        </message>
        <message>
            <source>%1 (born %2)</source>
            <translation>%1 (مواليد %2)</translation>
        </message>
        <message>
            <source>This backup has no passphrase</source>
            <translation>هذه النسخة الاحتياطية بلا كلمة مرور</translation>
        </message>
        <message>
            <source>This backup was made when the journal had no passphrase, so it is not encrypted with one. After restoring it, anyone who can use this computer account can open the journal, until you set a passphrase again (More, Change passphrase). Restore it anyway?</source>
            <translation>أنشئت هذه النسخة الاحتياطية عندما لم يكن للدفتر كلمة مرور، لذلك فهي غير مشفرة بكلمة مرور. بعد استعادتها، يستطيع أي شخص يستخدم حساب الكمبيوتر هذا أن يفتح الدفتر، إلى أن تضع كلمة مرور من جديد (المزيد، تغيير كلمة المرور). هل تريد استعادتها على أي حال؟</translation>
        </message>
        <message>
            <source>Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, then deleted. It is in:
%1</source>
            <translation>افتح قفل الدفتر بكلمة مرور النسخة الاحتياطية. الدفتر الذي تم استبداله يحفظ لمدة %2 يوما، ثم يحذف. وهو موجود في:
%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يتم الحفظ</translation>
        </message>
        <message>
            <source>Keep the entries</source>
            <translation>احتفظ بالتدوينات</translation>
        </message>
        <message>
            <source>Delete the entries too</source>
            <translation>احذف التدوينات أيضًا</translation>
        </message>
        <message>
            <source>Remove child</source>
            <translation>إزالة الطفل</translation>
        </message>
        <message>
            <source>Remove %1? What should happen to the journal entries about them?</source>
            <translation>هل تريد إزالة %1؟ ماذا تريد أن تفعل بتدوينات الدفتر الخاصة به؟</translation>
        </message>
        <message>
            <source>No child chosen</source>
            <translation>لم يتم اختيار طفل</translation>
        </message>
        <message>
            <source>Save to journal</source>
            <translation>احفظ في الدفتر</translation>
        </message>
        <message>
            <source>Add a &amp;child...</source>
            <translation>أضف طفلًا... (&amp;C)</translation>
        </message>
        <message>
            <source>What was said, how it went, what to do next</source>
            <translation>ما قيل، وكيف جرى الحديث، وماذا تفعل بعد ذلك</translation>
        </message>
        <message>
            <source>C&amp;hild:</source>
            <translation>الطفل (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>متى (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>ملاحظة (&amp;N):</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير كلمة المرور</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>كلمة المرور الحالية (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>كلمة المرور الجديدة (&amp;N):</translation>
        </message>
        <message>
            <source>Also change the &amp;encryption key (makes a new recovery key)</source>
            <translation>تغيير مفتاح التشفير أيضا (ينشئ مفتاح استرداد جديدا) (&amp;E)</translation>
        </message>
        <message>
            <source>Backups made before this change still open with the old passphrase or recovery key. Delete old backups you no longer need.</source>
            <translation>النسخ الاحتياطية التي أنشئت قبل هذا التغيير ما زالت تفتح بكلمة المرور القديمة أو بمفتاح الاسترداد القديم. احذف النسخ القديمة التي لم تعد بحاجة إليها.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>كلمة المرور الحالية غير صحيحة.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>استعادة نسخة احتياطية</translation>
        </message>
        <message>
            <source>Use a recovery &amp;key instead</source>
            <translation>استخدم مفتاح استرداد بدلًا من ذلك (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key of the backup:</source>
            <translation>كلمة المرور أو مفتاح الاسترداد للنسخة الاحتياطية (&amp;P):</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal's backups folder.</source>
            <translation>سيتم استبدال الدفتر الموجود على هذا الكمبيوتر بالنسخة الاحتياطية. لن يُحذف: سيُحفظ في مجلد النسخ الاحتياطية الخاص بالدفتر.</translation>
        </message>
        <message>
            <source>Not saved: the journal is locked. Unlock it, then try again.</source>
            <translation>لم يتم الحفظ: الدفتر مقفل. افتح قفله، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.</source>
            <translation>لم يتم الحفظ: %1. لم يتغير شيء، وما كتبته ما زال هنا. أفرغ بعض المساحة على القرص، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>That does not open this backup. Nothing was changed.</source>
            <translation>هذا لا يفتح هذه النسخة الاحتياطية. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1. Nothing was changed.</source>
            <translation>تعذّرت استعادة النسخة الاحتياطية: %1. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>تمت استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>العنوان (&amp;T):</translation>
        </message>
        <message>
            <source>C&amp;oncern:</source>
            <translation>مستوى القلق (&amp;O):</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>الوسوم (&amp;G):</translation>
        </message>
        <message>
            <source>Note&amp;s:</source>
            <translation>الملاحظات (&amp;S):</translation>
        </message>
        <message>
            <source>Words to find this again, separated by commas</source>
            <translation>كلمات تساعدك على إيجاد هذا لاحقًا، تفصل بينها فواصل</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>احذف التدوينة (&amp;D)</translation>
        </message>
        <message>
            <source>Choose an entry, or start a new one</source>
            <translation>اختر تدوينة، أو ابدأ تدوينة جديدة</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>تم الحفظ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>محادثة</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>قائمة تحقق</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>حادثة</translation>
        </message>
        <message>
            <source>No concern</source>
            <translation>لا يوجد قلق</translation>
        </message>
        <message>
            <source>Some concern</source>
            <translation>بعض القلق</translation>
        </message>
        <message>
            <source>Serious concern</source>
            <translation>قلق كبير</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>عاجل</translation>
        </message>
        <message>
            <source>App, game or site</source>
            <translation>التطبيق أو اللعبة أو الموقع</translation>
        </message>
        <message>
            <source>The other person's username or profile link</source>
            <translation>اسم المستخدم للشخص الآخر أو رابط حسابه</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ماذا حدث</translation>
        </message>
        <message>
            <source>Where the evidence is kept (never a copy of a sexual image)</source>
            <translation>مكان حفظ الأدلة (لا تحفظ أبدًا نسخة من صورة جنسية)</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>ماذا فعلت</translation>
        </message>
        <message>
            <source>Reports made, and their reference numbers</source>
            <translation>البلاغات التي قدّمتها، وأرقامها المرجعية</translation>
        </message>
        <message>
            <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
            <translation>لا يمكنك إضافة صور هنا، وهذا مقصود. لا تحفظ أبدًا صورة جنسية لطفل، ولا تلتقط لها لقطة شاشة، ولا تُعِد إرسالها، حتى لو كان ذلك كدليل: الاحتفاظ بها جريمة، ويؤذي الطفل مرة أخرى. اكتب مكان وجودها وأبلغ عنها.</translation>
        </message>
        <message>
            <source>Guide: %1 (ages %2)</source>
            <translation>الدليل: %1 (الأعمار %2)</translation>
        </message>
        <message>
            <source>Next steps shown: %1</source>
            <translation>الخطوات التالية المعروضة: %1</translation>
        </message>
        <message>
            <source>Signs ticked:</source>
            <translation>العلامات المحدّدة:</translation>
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation>مقارنةً بـ %1:</translation>
        </message>
        <message>
            <source>The same signs as last time.</source>
            <translation>العلامات نفسها كما في المرة السابقة.</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>جديد: %1</translation>
        </message>
        <message>
            <source>No longer ticked: %1</source>
            <translation>لم تعد محدّدة: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n groups of five letters and digits</source>
            <translation>
                <numerusform>%n مجموعات من خمسة أحرف وأرقام</numerusform>
                <numerusform>%n مجموعة من خمسة أحرف وأرقام</numerusform>
                <numerusform>%n مجموعتان من خمسة أحرف وأرقام</numerusform>
                <numerusform>%n مجموعات من خمسة أحرف وأرقام</numerusform>
                <numerusform>%n مجموعة من خمسة أحرف وأرقام</numerusform>
                <numerusform>%n مجموعة من خمسة أحرف وأرقام</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Private journal</source>
            <translation>دفتر خاص</translation>
        </message>
        <message>
            <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, encrypted and locked with your passphrase. It can become a clear report if you go to the police or a counselor.</source>
            <translation>الدفتر مكان خاص تكتب فيه ما تلاحظه: التواريخ، وأسماء المستخدمين، وما قيل، وما فعلته. يبقى على هذا الكمبيوتر، مشفّرًا ومقفلًا بكلمة المرور الخاصة بك. ويمكن أن يصبح تقريرًا واضحًا إذا ذهبت إلى الشرطة أو إلى مرشد.</translation>
        </message>
        <message>
            <source>&amp;Set up a private journal</source>
            <translation>أنشئ دفترًا خاصًا (&amp;S)</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>الدفتر مقفل.</translation>
        </message>
        <message>
            <source>New &amp;note</source>
            <translation>ملاحظة جديدة (&amp;N)</translation>
        </message>
        <message>
            <source>New &amp;incident</source>
            <translation>حادثة جديدة (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>المزيد (&amp;M)</translation>
        </message>
        <message>
            <source>Hide and &amp;lock</source>
            <translation>إخفاء وقفل (&amp;L)</translation>
        </message>
        <message>
            <source>Lock the journal at once and go to the home screen (%1)</source>
            <translation>أقفل الدفتر فورًا وانتقل إلى الشاشة الرئيسية (%1)</translation>
        </message>
        <message>
            <source>Search all entries</source>
            <translation>ابحث في كل التدوينات</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>التدوينات</translation>
        </message>
        <message>
            <source>Show entries about</source>
            <translation>اعرض التدوينات الخاصة بـ</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>نوع التدوينة</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>مستوى القلق</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>&amp;Timeline and report...</source>
            <translation>التسلسل الزمني والتقرير... (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Restore a backup...</source>
            <translation>استعادة نسخة احتياطية... (&amp;R)</translation>
        </message>
        <message>
            <source>Change &amp;passphrase...</source>
            <translation>تغيير كلمة المرور... (&amp;P)</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>كل الأطفال</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <source>Any concern</source>
            <translation>أي مستوى من القلق</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>%1 أو أكثر</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>كل الوسوم</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>أي وقت</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>آخر 7 أيام</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>آخر 30 يومًا</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>آخر سنة</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>حادثة جديدة</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>ملاحظة جديدة</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>هل تريد حذف هذه التدوينة؟</translation>
        </message>
        <message>
            <source>The entry is deleted for good. It cannot be brought back.</source>
            <translation>ستُحذف التدوينة نهائيًا. لا يمكن استرجاعها.</translation>
        </message>
        <message>
            <source>Family Guide backups (*%1)</source>
            <translation>نسخ Family Guide الاحتياطية (*%1)</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>تم إنشاء النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
            <translation>النسخة الاحتياطية مشفّرة. لاستعادتها تحتاج إلى كلمة المرور أو مفتاح الاسترداد الذي يفتح الدفتر الآن. احفظها في مكان آمن، بعيدًا عن هذا الكمبيوتر.</translation>
        </message>
        <message>
            <source>&amp;Children...</source>
            <translation>الأطفال (&amp;C)...</translation>
        </message>
        <message>
            <source>Make a &amp;backup...</source>
            <translation>أنشئ نسخة احتياطية (&amp;B)...</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>حفظ نسخة احتياطية</translation>
        </message>
        <message>
            <source>The journal has no passphrase, so this backup is not protected: anyone who has the file can open it. Keep it where only you can reach it, or set a passphrase first and make a new backup.</source>
            <translation>الدفتر بلا كلمة مرور، لذلك هذه النسخة الاحتياطية غير محمية: أي شخص لديه الملف يستطيع فتحها. احفظها في مكان لا يصل إليه غيرك، أو ضع كلمة مرور أولا ثم أنشئ نسخة احتياطية جديدة.</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>اختر نسخة احتياطية</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n تدوينة</numerusform>
                <numerusform>%n تدوينة</numerusform>
                <numerusform>%n تدوينتان</numerusform>
                <numerusform>%n تدوينات</numerusform>
                <numerusform>%n تدوينةً</numerusform>
                <numerusform>%n تدوينة</numerusform>
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
            <translation>الرئيسية</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>المحادثات</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>علامات الخطر</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>خطوط المساعدة</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>ورش العمل</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>الإعدادات (&amp;E)</translation>
        </message>
        <message>
            <source>Get help now</source>
            <translation>اطلب المساعدة الآن</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now (F1)</source>
            <translation>أرقام الطوارئ وماذا تفعل الآن (F1)</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now</source>
            <translation>أرقام الطوارئ وماذا تفعل الآن</translation>
        </message>
        <message>
            <source>Hide and lock the journal</source>
            <translation>إخفاء الدفتر وقفله</translation>
        </message>
        <message>
            <source>That content is not available.</source>
            <translation>هذا المحتوى غير متاح.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>حدث خطأ ما</translation>
        </message>
    </context>
    <context>
        <name>Need</name>
        <message>
            <source>Emergency: someone is in danger now</source>
            <translation>طوارئ: شخص في خطر الآن</translation>
        </message>
        <message>
            <source>A child may hurt themselves</source>
            <translation>قد يؤذي طفل نفسه</translation>
        </message>
        <message>
            <source>Report online abuse or exploitation</source>
            <translation>الإبلاغ عن إساءة أو استغلال عبر الإنترنت</translation>
        </message>
        <message>
            <source>Get images taken down</source>
            <translation>طلب إزالة الصور</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>الاتجار بالبشر</translation>
        </message>
        <message>
            <source>Support for the child</source>
            <translation>دعم للطفل</translation>
        </message>
        <message>
            <source>Support for you</source>
            <translation>دعم لك</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;Details</source>
            <translation>التفاصيل (&amp;D)</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>إغلاق (&amp;M)</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>إشعار</translation>
        </message>
        <message>
            <source>Folders not read because there are too many modules in one folder: %1.</source>
            <translation>مجلدات لم تُقرأ لأن في مجلد واحد وحدات كثيرة جدًا: %1.</translation>
        </message>
        <message>
            <source>Skipped content</source>
            <translation>محتوى تم تخطيه</translation>
        </message>
        <message>
            <source>These modules have problems. Their authors can fix them with the details below.</source>
            <translation>في هذه الوحدات مشكلات. يمكن لمؤلفيها إصلاحها باستخدام التفاصيل أدناه.</translation>
        </message>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation>
                <numerusform>توجد أخطاء في %n وحدة محتوى، فتم استبعاد ما تعذّرت قراءته. كل شيء آخر يعمل.</numerusform>
                <numerusform>توجد أخطاء في %n وحدة محتوى، فتم استبعاد ما تعذّرت قراءته. كل شيء آخر يعمل.</numerusform>
                <numerusform>توجد أخطاء في %n وحدتَي محتوى، فتم استبعاد ما تعذّرت قراءته. كل شيء آخر يعمل.</numerusform>
                <numerusform>توجد أخطاء في %n وحدات محتوى، فتم استبعاد ما تعذّرت قراءته. كل شيء آخر يعمل.</numerusform>
                <numerusform>توجد أخطاء في %n وحدةً محتوى، فتم استبعاد ما تعذّرت قراءته. كل شيء آخر يعمل.</numerusform>
                <numerusform>توجد أخطاء في %n وحدة محتوى، فتم استبعاد ما تعذّرت قراءته. كل شيء آخر يعمل.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksPanel</name>
        <message>
            <source>Content packs</source>
            <translation>حزم المحتوى</translation>
        </message>
        <message>
            <source>Imported content packs</source>
            <translation>حزم المحتوى المستوردة</translation>
        </message>
        <message>
            <source>No content packs are imported. Organisations can share guides and workshops as a pack file.</source>
            <translation>لم تُستورد أي حزم محتوى. يمكن للمنظمات مشاركة الأدلة وورش العمل في ملف حزمة.</translation>
        </message>
        <message>
            <source>I&amp;mport a pack…</source>
            <translation>استيراد حزمة (&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>إزالة الحزمة (&amp;R)</translation>
        </message>
        <message>
            <source>%1 %2, by %3</source>
            <translation>%1 %2، من %3</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>الوحدات: %1</translation>
        </message>
        <message>
            <source>Signed by %1, a known signer (key %2)</source>
            <translation>موقّعة من %1، وهو موقّع معروف (المفتاح %2)</translation>
        </message>
        <message>
            <source>Signed by an unknown key (%1) that says it is from “%2”</source>
            <translation>موقّعة بمفتاح غير معروف (%1) يقول إنه من “%2”</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>غير موقّعة</translation>
        </message>
        <message>
            <source>Choose a content pack</source>
            <translation>اختر حزمة محتوى</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>حزم المحتوى (*.zip)</translation>
        </message>
        <message>
            <source>This pack was not imported</source>
            <translation>لم تُستورد هذه الحزمة</translation>
        </message>
        <message>
            <source>Pack imported</source>
            <translation>تم استيراد الحزمة</translation>
        </message>
        <message>
            <source>“%1” is imported. Its guides are now in the app.</source>
            <translation>تم استيراد “%1”. أدلته موجودة الآن في التطبيق.</translation>
        </message>
        <message>
            <source>Signed by %1, a signer this computer knows.</source>
            <translation>موقّعة من %1، وهو موقّع يعرفه هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.</source>
            <translation>موقّعة بمفتاح لا يعرفه هذا الحاسوب. يقول إنه من “%1”، لكن لا يمكن التحقق من ذلك.</translation>
        </message>
        <message>
            <source>This pack is not signed.</source>
            <translation>هذه الحزمة غير موقّعة.</translation>
        </message>
        <message>
            <source>Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe links, but not for whether its advice is right. Import it only if you got it from someone you trust.</source>
            <translation>لا يستطيع Family Guide معرفة من أعدّ هذه الحزمة. فُحص محتواها بحثًا عن الأخطاء والروابط غير الآمنة، لكن لم يُفحص إن كانت نصائحها صحيحة. استوردها فقط إذا حصلت عليها من شخص تثق به.</translation>
        </message>
        <message>
            <source>Pack: %1, version %2</source>
            <translation>الحزمة: %1، الإصدار %2</translation>
        </message>
        <message>
            <source>Made by: %1</source>
            <translation>من إعداد: %1</translation>
        </message>
        <message>
            <source>It replaces the imported version %1.</source>
            <translation>تحل محل الإصدار المستورد %1.</translation>
        </message>
        <message>
            <source>Import this pack?</source>
            <translation>هل تريد استيراد هذه الحزمة؟</translation>
        </message>
        <message>
            <source>Import anyway</source>
            <translation>استيراد على أي حال</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Remove this pack?</source>
            <translation>هل تريد إزالة هذه الحزمة؟</translation>
        </message>
        <message>
            <source>Remove “%1” and its guides from this computer? You can import the pack file again later.</source>
            <translation>هل تريد إزالة “%1” وأدلته من هذا الحاسوب؟ يمكنك استيراد ملف الحزمة مرة أخرى لاحقًا.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>The pack was not removed</source>
            <translation>لم تُزل الحزمة</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Not talked about yet at this age</source>
            <translation>لم يتم الحديث عنه بعد في هذا العمر</translation>
        </message>
        <message>
            <source>Your child is older now: this guide has new words for their age</source>
            <translation>كبر طفلك: في هذا الدليل كلمات جديدة تناسب عمره</translation>
        </message>
        <message>
            <source>It has been a year: time to talk again</source>
            <translation>مرّ عام: حان وقت الحديث مرة أخرى</translation>
        </message>
        <message>
            <source>Your child started a new app since you last talked</source>
            <translation>بدأ طفلك استخدام تطبيق جديد منذ آخر حديث بينكما</translation>
        </message>
        <message>
            <source>%1, %2 this year</source>
            <translation>%1، العمر %2 هذا العام</translation>
        </message>
        <message>
            <source>The guides are written for ages 5 to 17.</source>
            <translation>الأدلة مكتوبة للأعمار من 5 إلى 17 سنة.</translation>
        </message>
        <message>
            <source>%1 of %2 topics talked about for ages %3.</source>
            <translation>تم الحديث عن %1 من أصل %2 من المواضيع للأعمار %3.</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>حان وقتها الآن</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>تم الحديث عنها</translation>
        </message>
        <message>
            <source>on %1, again by %2</source>
            <translation>في %1، ومرة أخرى قبل %2</translation>
        </message>
        <message>
            <source>All topics talked about for now. Well done.</source>
            <translation>تم الحديث عن كل المواضيع حتى الآن. أحسنت.</translation>
        </message>
        <message>
            <source>Next to talk about</source>
            <translation>المواضيع التالية للحديث عنها</translation>
        </message>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation>
                <numerusform>%n موضوعات أخرى للحديث عنها.</numerusform>
                <numerusform>%n موضوع آخر للحديث عنه.</numerusform>
                <numerusform>%n موضوعان آخران للحديث عنهما.</numerusform>
                <numerusform>%n مواضيع أخرى للحديث عنها.</numerusform>
                <numerusform>%n موضوعًا آخر للحديث عنه.</numerusform>
                <numerusform>%n موضوع آخر للحديث عنه.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Adapt a plan</source>
            <translation>تكييف خطة</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>انقل لأعلى (&amp;U)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>انقل لأسفل (&amp;W)</translation>
        </message>
        <message>
            <source>A&amp;dd a slide</source>
            <translation>أضف شريحة (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Save as my plan</source>
            <translation>احفظ كخطة خاصة بي (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Present without saving...</source>
            <translation>اعرض دون حفظ (&amp;P)...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>أغلق</translation>
        </message>
        <message>
            <source>Slides in order (tick to show; Alt+Up or Alt+Down to move)</source>
            <translation>الشرائح بالترتيب (حدد الشريحة لإظهارها؛ Alt+↑ أو Alt+↓ لتحريكها)</translation>
        </message>
        <message>
            <source>Slide title</source>
            <translation>عنوان الشريحة</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>ما يراه الحاضرون</translation>
        </message>
        <message>
            <source>Your notes, one point a line</source>
            <translation>ملاحظاتك، نقطة واحدة في كل سطر</translation>
        </message>
        <message>
            <source>Questions, one a line</source>
            <translation>الأسئلة، سؤال واحد في كل سطر</translation>
        </message>
        <message>
            <source>Agenda section</source>
            <translation>قسم جدول الجلسة</translation>
        </message>
        <message>
            <source>Name of your plan</source>
            <translation>اسم خطتك</translation>
        </message>
        <message>
            <source>Language of the words you edit</source>
            <translation>لغة النص الذي تعدله</translation>
        </message>
        <message>
            <source>My plan: %1</source>
            <translation>خطتي: %1</translation>
        </message>
        <message>
            <source>Slides (tick to show, drag to reorder)</source>
            <translation>الشرائح (حدد الشريحة لإظهارها، واسحبها لتغيير الترتيب)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Your notes (one point a line)</source>
            <translation>ملاحظاتك (نقطة واحدة في كل سطر)</translation>
        </message>
        <message>
            <source>Questions (one a line)</source>
            <translation>الأسئلة (سؤال واحد في كل سطر)</translation>
        </message>
        <message>
            <source>Minutes for each part of the agenda</source>
            <translation>الدقائق لكل قسم من جدول الجلسة</translation>
        </message>
        <message>
            <source>min</source>
            <translation>دقيقة</translation>
        </message>
        <message>
            <source>The safeguarding page and the help-line slide stay in every plan.</source>
            <translation>صفحة حماية الأطفال وشريحة خطوط المساعدة تبقيان في كل خطة.</translation>
        </message>
        <message>
            <source>In all: %1 minutes</source>
            <translation>المجموع: %1 دقيقة</translation>
        </message>
        <message>
            <source>%1 (always shown)</source>
            <translation>%1 (تظهر دائما)</translation>
        </message>
        <message>
            <source>New slide</source>
            <translation>شريحة جديدة</translation>
        </message>
        <message>
            <source>Give your plan a name first.</source>
            <translation>أعط خطتك اسما أولا.</translation>
        </message>
        <message>
            <source>Your plan was not saved:</source>
            <translation>لم يتم حفظ خطتك:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يتم الحفظ</translation>
        </message>
        <message>
            <source>Saved as “%1”. It is listed under Workshops.</source>
            <translation>تم الحفظ باسم «%1». ستجدها في ورش العمل.</translation>
        </message>
    </context>
    <context>
        <name>PresentDialog</name>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation>الشاشة %1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Slides on</source>
            <translation>الشرائح على</translation>
        </message>
        <message>
            <source>Presenter view on</source>
            <translation>شاشة المقدم على</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Second language, below the first</source>
            <translation>لغة ثانية، تحت الأولى</translation>
        </message>
        <message>
            <source>With one screen, press N during the show for your notes. Press ? for the keys.</source>
            <translation>إذا كانت لديك شاشة واحدة، فاضغط N أثناء العرض لترى ملاحظاتك. اضغط ? لترى المفاتيح.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>ابدأ</translation>
        </message>
        <message>
            <source>Not yet in %1, shown in English: %2</source>
            <translation>غير متوفر بلغة %1 بعد، ويظهر بالإنجليزية: %2</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Right, Down, Page Down, Space, Enter</source>
            <translation>السهم الأيمن، السهم السفلي، Page Down، المسافة، Enter</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>الشريحة التالية</translation>
        </message>
        <message>
            <source>Left, Up, Page Up, Backspace, P</source>
            <translation>السهم الأيسر، السهم العلوي، Page Up، Backspace، P</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>الشريحة السابقة</translation>
        </message>
        <message>
            <source>Home, End</source>
            <translation>Home، End</translation>
        </message>
        <message>
            <source>First slide, last slide</source>
            <translation>الشريحة الأولى، الشريحة الأخيرة</translation>
        </message>
        <message>
            <source>A number, then Enter</source>
            <translation>رقم، ثم Enter</translation>
        </message>
        <message>
            <source>Go to that slide</source>
            <translation>الانتقال إلى تلك الشريحة</translation>
        </message>
        <message>
            <source>B or .</source>
            <translation>B أو .</translation>
        </message>
        <message>
            <source>Black screen (any move key returns to the same slide)</source>
            <translation>شاشة سوداء (أي مفتاح تنقل يعيدك إلى الشريحة نفسها)</translation>
        </message>
        <message>
            <source>W or ,</source>
            <translation>W أو ,</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>شاشة بيضاء</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show or hide the notes (one screen)</source>
            <translation>إظهار الملاحظات أو إخفاؤها (شاشة واحدة)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Cancel a blank or a number; then asks before leaving</source>
            <translation>يلغي الشاشة الفارغة أو الرقم؛ ثم يسأل قبل الخروج</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Show or hide this list</source>
            <translation>إظهار هذه القائمة أو إخفاؤها</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Get help now, on the presenter's screen</source>
            <translation>اطلب المساعدة الآن، على شاشة المقدم</translation>
        </message>
        <message>
            <source>ahead</source>
            <translation>متقدم</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>في الوقت</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>أسئلة للمجموعة</translation>
        </message>
        <message>
            <source>Card %1: one good answer</source>
            <translation>البطاقة %1: إجابة جيدة</translation>
        </message>
        <message>
            <source>Family Guide: presentation</source>
            <translation>Family Guide: العرض التقديمي</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>شريحة</translation>
        </message>
        <message>
            <source>Family Guide: presenter view</source>
            <translation>Family Guide: شاشة المقدم</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>الشريحة الحالية</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Time and status</source>
            <translation>الوقت والحالة</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالية</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>الشريحة %1 من %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>الوقت المنقضي %1</translation>
        </message>
        <message>
            <source>%1: %2 left (%3)</source>
            <translation>%1: بقي %2 (%3)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>لم يبدأ</translation>
        </message>
        <message>
            <source>BLANK: black</source>
            <translation>شاشة فارغة: سوداء</translation>
        </message>
        <message>
            <source>BLANK: white</source>
            <translation>شاشة فارغة: بيضاء</translation>
        </message>
        <message>
            <source>Go to slide: %1</source>
            <translation>الانتقال إلى الشريحة: %1</translation>
        </message>
        <message>
            <source>There is no slide %1 (1 to %2).</source>
            <translation>لا توجد شريحة رقم %1 (من 1 إلى %2).</translation>
        </message>
        <message>
            <source>Time %1</source>
            <translation>الساعة %1</translation>
        </message>
        <message>
            <source>Leave the presentation? Press Enter or Y to leave; any other key stays.</source>
            <translation>هل تريد الخروج من العرض؟ اضغط Enter أو Y للخروج؛ أي مفتاح آخر يبقيك في العرض.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>البحث في (&amp;L):</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>البحث في:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>اسم الملف (&amp;N):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>نوع الملفات (&amp;T):</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>نوع الملفات:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>حفظ (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>فتح (&amp;O)</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>للخلف</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>للأمام</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>المجلد الأعلى</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>إنشاء مجلد جديد</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>عرض القائمة</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>عرض التفاصيل</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>الشريط الجانبي</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>الرجوع للخلف</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>التقدم للأمام</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>الانتقال إلى المجلد الأعلى</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>إنشاء مجلد جديد</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>التبديل إلى عرض القائمة</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>التبديل إلى عرض التفاصيل</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>الأماكن الأخيرة</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>جهاز الكمبيوتر</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>إعادة تسمية (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>حذف (&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>إظهار الملفات المخفية (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>مجلد جديد (&amp;N)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>مجلد جديد</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>مجلد ملفات</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>مجلد</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ملف</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>محرك أقراص</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 موجود بالفعل.
هل تريد استبداله؟</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>هل أنت متأكد من أنك تريد حذف '%1'؟</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' محمي ضد الكتابة.
هل تريد حذفه على أي حال؟</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>تعذر حذف المجلد.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
لم يتم العثور على المجلد.
تحقق من أن اسم المجلد صحيح.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
لم يتم العثور على الملف.
تحقق من أن اسم الملف صحيح.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>تاريخ التعديل</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>الكمبيوتر</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>جهاز الكمبيوتر</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>اسم ملف غير صالح</translation>
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
            <translation>%1 بايت</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>تراجع (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>أعد (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>قصّ (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>انسخ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ألصق (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>احذف</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>حدّد الكلّ</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>أظهر التّفاصيل...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>أخفِ التّفاصيل...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>حسنًا</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>احفظ</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>احفظ الكلّ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>افتح</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>نعم (&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>نعم للكلّ (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>لا (&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>لا للكلّ (&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>أجهض</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>حاول مجدّدًا</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>أغلق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ارفض</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>طبّق</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>صفّر</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>استعد الافتراضيّات</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>تراجع (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>أعد (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>قصّ (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>انسخ (&amp;C)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>انسخ وصلة المكان (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ألصق (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>احذف</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>حدّد الكلّ</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>إيقاف القراءة بصوت عال</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>سرعة القراءة</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>أبطأ</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>سرعة عادية</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>أسرع</translation>
        </message>
        <message>
            <source>Only the words to say</source>
            <translation>فقط ما تقوله لطفلك</translation>
        </message>
        <message>
            <source>Read only the lines to say to your child, never the notes for you</source>
            <translation>اقرأ فقط الجمل التي تقولها لطفلك، وليس الملاحظات الموجهة إليك</translation>
        </message>
        <message>
            <source>Read the English text</source>
            <translation>اقرأ النص الإنجليزي</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>اقرأ بصوت عال</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>This computer has no voice for %1, so that text cannot be read aloud.</source>
            <translation>لا يوجد على هذا الكمبيوتر صوت للغة %1، لذلك لا يمكن قراءة هذا النص بصوت عال.</translation>
        </message>
        <message>
            <source>There is nothing to read aloud here.</source>
            <translation>لا يوجد هنا شيء للقراءة بصوت عال.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Timeline of concerns</source>
            <translation>التسلسل الزمني للمخاوف</translation>
        </message>
        <message>
            <source>About: %1 (born %2)</source>
            <translation>عن: %1 (مواليد %2)</translation>
        </message>
        <message>
            <source>About: all children</source>
            <translation>عن: كل الأطفال</translation>
        </message>
        <message>
            <source>Made on %1 from a private journal kept with Family Guide.</source>
            <translation>أُعدّ في %1 من دفتر خاص محفوظ في Family Guide.</translation>
        </message>
        <message>
            <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
            <translation>كتبه أحد الوالدين أو مقدّم رعاية. الأوقات هي أوقات حدوث الأمور، كما سُجّلت في حينها أو بعدها بقليل. لا يتضمن التقرير أي صور: مكان حفظ الأدلة مكتوب في كل تدوينة.</translation>
        </message>
        <message>
            <source>There are no entries yet.</source>
            <translation>لا توجد تدوينات بعد.</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>الطفل: %1</translation>
        </message>
        <message>
            <source>Concern: %1</source>
            <translation>مستوى القلق: %1</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>الوسوم: %1</translation>
        </message>
        <message>
            <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
            <translation>التقرير ملف عادي، غير مقفل وغير مشفّر. يستطيع أي شخص يفتح الملف أن يقرأه، وقد يحتفظ الكمبيوتر بنسخ منه (الملفات الأخيرة، والتنزيلات، والمزامنة مع السحابة). احفظه في مكان لا يصل إليه أحد غيرك، مثل ذاكرة USB تحتفظ بها معك، أو اطبعه بدلًا من ذلك. احذفه عندما لا تعود بحاجة إليه.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>التسلسل الزمني</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>كل الأطفال</translation>
        </message>
        <message>
            <source>&amp;Child:</source>
            <translation>الطفل (&amp;C):</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>حفظ بصيغة PDF (&amp;D)...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>طباعة... (&amp;P)</translation>
        </message>
        <message>
            <source>A copy outside the locked journal</source>
            <translation>نسخة خارج الدفتر المقفل</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>حفظ التقرير</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يتم الحفظ</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Parent or carer</source>
            <translation>أحد الوالدين أو مقدّم رعاية</translation>
        </message>
        <message>
            <source>Faith or community leader</source>
            <translation>قائد ديني أو مجتمعي</translation>
        </message>
        <message>
            <source>Counselor, teacher or NGO worker</source>
            <translation>مرشد أو معلّم أو عامل في منظمة غير حكومية</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <source>Police, ambulance and fire</source>
            <translation>الشرطة والإسعاف والإطفاء</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>الشرطة</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>الإسعاف</translation>
        </message>
        <message>
            <source>Fire and rescue, ambulance</source>
            <translation>الإطفاء والإنقاذ، والإسعاف</translation>
        </message>
        <message>
            <source>from a mobile phone</source>
            <translation>من الهاتف المحمول</translation>
        </message>
        <message>
            <source>older number, still works</source>
            <translation>رقم قديم، وما زال يعمل</translation>
        </message>
        <message>
            <source>in some areas only</source>
            <translation>في بعض المناطق فقط</translation>
        </message>
        <message>
            <source>new; may not work everywhere yet</source>
            <translation>رقم جديد؛ قد لا يعمل في كل مكان بعد</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>General</source>
            <translation>عام</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>النشرات</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>المحتوى</translation>
        </message>
        <message>
            <source>Colo&amp;urs:</source>
            <translation>الألوان (&amp;U):</translation>
        </message>
        <message>
            <source>Lock the &amp;journal after:</source>
            <translation>قفل الدفتر بعد (&amp;J):</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n دقيقة دون استخدام</numerusform>
                <numerusform>%n دقيقة دون استخدام</numerusform>
                <numerusform>%n دقيقتين دون استخدام</numerusform>
                <numerusform>%n دقائق دون استخدام</numerusform>
                <numerusform>%n دقيقةً دون استخدام</numerusform>
                <numerusform>%n دقيقة دون استخدام</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra content modules are loaded from this folder:
%1</source>
            <translation>يتم تحميل وحدات المحتوى الإضافية من هذا المجلد:
%1</translation>
        </message>
        <message>
            <source>Content &amp;packs…</source>
            <translation>حزم المحتوى (&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>SetupForm</name>
        <message>
            <source>&amp;Language:</source>
            <translation>اللغة (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>الدولة (&amp;C):</translation>
        </message>
        <message>
            <source>I &amp;am a:</source>
            <translation>أنا (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>حجم النص (&amp;T):</translation>
        </message>
        <message>
            <source>Used to show the right emergency numbers and help lines</source>
            <translation>يُستخدم لعرض أرقام الطوارئ وخطوط المساعدة المناسبة لك</translation>
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
            <translation>أهلًا بك في Family Guide</translation>
        </message>
        <message>
            <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
            <translation>ثلاثة اختيارات سريعة، لكي تناسبك الأدلة وخطوط المساعدة. يمكنك تغييرها لاحقًا من الإعدادات.</translation>
        </message>
        <message>
            <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
            <translation>يعمل Family Guide دون إنترنت، ولا يرسل أي شيء عبر الإنترنت أبدًا. لكن قد يرى الآخرون الذين يستخدمون هذا الكمبيوتر أنه مثبّت عليه، ولا يوجد تطبيق يستطيع الحماية من برامج المراقبة.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>ابدأ (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Like the system (light or dark)</source>
            <translation>مثل النظام (فاتح أو داكن)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عال</translation>
        </message>
    </context>
    <context>
        <name>Topic</name>
        <message>
            <source>Online friends and strangers</source>
            <translation>الأصدقاء والغرباء على الإنترنت</translation>
        </message>
        <message>
            <source>Secrets and private chats</source>
            <translation>الأسرار والمحادثات الخاصة</translation>
        </message>
        <message>
            <source>Gifts and money</source>
            <translation>الهدايا والمال</translation>
        </message>
        <message>
            <source>Photos and videos</source>
            <translation>الصور ومقاطع الفيديو</translation>
        </message>
        <message>
            <source>Sextortion</source>
            <translation>الابتزاز الجنسي</translation>
        </message>
        <message>
            <source>Live streaming</source>
            <translation>البث المباشر</translation>
        </message>
        <message>
            <source>Offers too good to be true</source>
            <translation>عروض أجمل من أن تكون حقيقية</translation>
        </message>
        <message>
            <source>Feelings and support</source>
            <translation>المشاعر والدعم</translation>
        </message>
        <message>
            <source>Body safety</source>
            <translation>سلامة الجسد</translation>
        </message>
        <message>
            <source>Relationships and respect</source>
            <translation>العلاقات والاحترام</translation>
        </message>
        <message>
            <source>Meeting in person</source>
            <translation>اللقاء وجهًا لوجه</translation>
        </message>
        <message>
            <source>When something has happened</source>
            <translation>إذا حدث شيء بالفعل</translation>
        </message>
        <message>
            <source>Apps and privacy</source>
            <translation>التطبيقات والخصوصية</translation>
        </message>
        <message>
            <source>Grooming</source>
            <translation>الاستدراج</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>الاتجار بالبشر</translation>
        </message>
    </context>
    <context>
        <name>WarningSignsPage</name>
        <message>
            <source>Warning signs</source>
            <translation>علامات الخطر</translation>
        </message>
        <message>
            <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
            <translation>حدّد ما لاحظته. كثير من هذه العلامات جزء عادي من مرحلة النمو أيضًا: اجعلها سببًا للحديث، لا للاتهام. النتيجة تخبرك بما تفعله بعد ذلك، وليست حكمًا على طفلك.</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>قوائم التحقق</translation>
        </message>
        <message>
            <source>Signs to tick</source>
            <translation>علامات لتحديدها</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>ماذا تفعل بعد ذلك</translation>
        </message>
        <message>
            <source>&amp;Save to journal...</source>
            <translation>احفظ في الدفتر... (&amp;S)</translation>
        </message>
        <message>
            <source>Keep what you ticked, with the date and a note, in your private journal</source>
            <translation>احتفظ بما حدّدته، مع التاريخ وملاحظة، في دفترك الخاص</translation>
        </message>
        <message>
            <source>C&amp;lear ticks</source>
            <translation>امسح التحديدات (&amp;L)</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>أنشئ نشرة (&amp;H)...</translation>
        </message>
        <message>
            <source>Print this checklist as a blank worksheet, or the next steps shown</source>
            <translation>اطبع قائمة التحقق هذه كورقة فارغة للتحديد، أو اطبع الخطوات التالية المعروضة</translation>
        </message>
        <message>
            <source>Also normal:</source>
            <translation>من الطبيعي أيضا:</translation>
        </message>
        <message>
            <source>(in %1: not yet translated)</source>
            <translation>(بلغة %1: لم يُترجم بعد)</translation>
        </message>
        <message>
            <source>(the English text changed after this was translated)</source>
            <translation>(تغير النص الإنجليزي بعد هذه الترجمة)</translation>
        </message>
        <message>
            <source>Who can help in %1</source>
            <translation>من يمكنه المساعدة في %1</translation>
        </message>
        <message>
            <source>No services are listed for your country. See Get help now.</source>
            <translation>لا توجد خدمات مدرجة لدولتك. انظر «اطلب المساعدة الآن».</translation>
        </message>
        <message>
            <source>Blank worksheet with tick boxes</source>
            <translation>ورقة فارغة بمربعات للتحديد</translation>
        </message>
        <message>
            <source>Next steps: %1</source>
            <translation>الخطوات التالية: %1</translation>
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation>تم الحفظ في دفترك.</translation>
        </message>
        <message>
            <source>Tick the signs you have noticed to see what to do next.</source>
            <translation>حدّد العلامات التي لاحظتها لترى ماذا تفعل بعد ذلك.</translation>
        </message>
        <message>
            <source>Emergency: %1</source>
            <translation>طوارئ: %1</translation>
        </message>
        <message>
            <source>Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps below.</source>
            <translation>قل لهم إن طفلًا في خطر، وأين قد يكون، وماذا يحدث. ثم اتبع الخطوات أدناه.</translation>
        </message>
        <message>
            <source>Act today: report and get advice.</source>
            <translation>تصرّف اليوم: أبلِغ واطلب النصيحة.</translation>
        </message>
        <message>
            <source>You do not need proof. The steps and the places to report are below.</source>
            <translation>لا تحتاج إلى دليل. الخطوات وجهات الإبلاغ موجودة أدناه.</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation>
                <numerusform>سيتم حفظ %n علامة محدّدة والخطوات التالية في دفترك.</numerusform>
                <numerusform>سيتم حفظ %n علامة محدّدة والخطوات التالية في دفترك.</numerusform>
                <numerusform>سيتم حفظ %n علامتين محدّدتين والخطوات التالية في دفترك.</numerusform>
                <numerusform>سيتم حفظ %n علامات محدّدة والخطوات التالية في دفترك.</numerusform>
                <numerusform>سيتم حفظ %n علامةً محدّدة والخطوات التالية في دفترك.</numerusform>
                <numerusform>سيتم حفظ %n علامة محدّدة والخطوات التالية في دفترك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation>
                <numerusform>تم تحديد %n علامة.</numerusform>
                <numerusform>تم تحديد %n علامة.</numerusform>
                <numerusform>تم تحديد %n علامتين.</numerusform>
                <numerusform>تم تحديد %n علامات.</numerusform>
                <numerusform>تم تحديد %n علامة.</numerusform>
                <numerusform>تم تحديد %n علامة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workshops</name>
        <message>
            <source>Workshops</source>
            <translation>ورش العمل</translation>
        </message>
        <message>
            <source>Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding page before you present. Adapt a plan to your group and save it as your own.</source>
            <translation>خطط جلسات للقادة: جدول الجلسة، والشرائح، والملاحظات، وصفحة لحماية الأطفال. اقرأ صفحة الحماية قبل أن تبدأ العرض. يمكنك تكييف خطة لتناسب مجموعتك وحفظها كخطة خاصة بك.</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>خطط الجلسات</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>الخطة</translation>
        </message>
        <message>
            <source>&amp;Present...</source>
            <translation>اعرض (&amp;P)...</translation>
        </message>
        <message>
            <source>Show the slides full screen (F5)</source>
            <translation>اعرض الشرائح بملء الشاشة (F5)</translation>
        </message>
        <message>
            <source>&amp;Adapt...</source>
            <translation>تكييف (&amp;A)...</translation>
        </message>
        <message>
            <source>Reorder, hide and edit slides; save as your own plan</source>
            <translation>تغيير ترتيب الشرائح وإخفاؤها وتعديلها، ثم حفظها كخطة خاصة بك</translation>
        </message>
        <message>
            <source>Export s&amp;lides (PDF)...</source>
            <translation>تصدير الشرائح (PDF) (&amp;L)...</translation>
        </message>
        <message>
            <source>Export n&amp;otes (PDF)...</source>
            <translation>تصدير الملاحظات (PDF) (&amp;O)...</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>إعداد نشرة للطباعة (&amp;M)...</translation>
        </message>
        <message>
            <source>Print the plan's take-home handout for participants, or save it as a PDF</source>
            <translation>اطبع نشرة الخطة ليأخذها المشاركون إلى البيت، أو احفظها بصيغة PDF</translation>
        </message>
        <message>
            <source>your plan</source>
            <translation>خطتك</translation>
        </message>
        <message>
            <source>No session plans are installed.</source>
            <translation>لا توجد خطط جلسات مثبتة.</translation>
        </message>
        <message>
            <source>Take-home handout: %1</source>
            <translation>نشرة للبيت: %1</translation>
        </message>
        <message>
            <source>Cannot present</source>
            <translation>لا يمكن العرض</translation>
        </message>
        <message>
            <source>This plan has problems to fix first:</source>
            <translation>في هذه الخطة مشكلات يجب إصلاحها أولا:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the slides</source>
            <translation>تصدير الشرائح</translation>
        </message>
        <message>
            <source>Export the facilitator notes</source>
            <translation>تصدير ملاحظات الميسر</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يتم الحفظ</translation>
        </message>
        <message>
            <source>The PDF could not be saved to %1: %2</source>
            <translation>تعذر حفظ ملف PDF في %1: %2</translation>
        </message>
        <message>
            <source>Workshop slides</source>
            <translation>شرائح ورشة العمل</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>ملاحظات الميسر</translation>
        </message>
        <message>
            <source>%1 to %2 minutes</source>
            <translation>من %1 إلى %2 دقيقة</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 دقيقة</translation>
        </message>
        <message>
            <source>Facilitator safeguarding page (read before the session)</source>
            <translation>صفحة حماية الأطفال للميسر (اقرأها قبل الجلسة)</translation>
        </message>
        <message>
            <source>Emergency number in %1: %2</source>
            <translation>رقم الطوارئ في %1: %2</translation>
        </message>
        <message>
            <source>No emergency number is confirmed for %1: find the local number before the session.</source>
            <translation>لا يوجد رقم طوارئ مؤكد في %1: ابحث عن الرقم المحلي قبل الجلسة.</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>قبل الجلسة</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>أثناء الجلسة</translation>
        </message>
        <message>
            <source>If someone tells you about abuse</source>
            <translation>إذا أخبرك أحد عن إساءة</translation>
        </message>
        <message>
            <source>What not to promise</source>
            <translation>ما يجب ألا تعد به</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>بمن تتصل</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 دقيقة</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>جدول الجلسة</translation>
        </message>
        <message>
            <source>Slides and notes</source>
            <translation>الشرائح والملاحظات</translation>
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation>(مخفية) %1</translation>
        </message>
        <message>
            <source>The help lines of the chosen country are shown here.</source>
            <translation>تظهر هنا خطوط المساعدة للدولة المختارة.</translation>
        </message>
        <message>
            <source>One good answer:</source>
            <translation>إجابة جيدة:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
    </context>
</TS>
