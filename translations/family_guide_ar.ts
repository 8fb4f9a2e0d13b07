<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>App</name>
    <message>
        <source>Settings could not be read</source>
        <translation>تعذّرت قراءة الإعدادات</translation>
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
        <source>Sources</source>
        <translation>المصادر</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the messages. Do not delete them, or the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the account only after you have written the details down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not pay, and do not send anything more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation guides that can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
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
        <source>Last checked %1</source>
        <translation>آخر تحقق: %1</translation>
    </message>
    <message>
        <source>Caution: we could not confirm this. Check it before you rely on it.</source>
        <translation>تنبيه: لم نتمكن من التأكد من هذه المعلومة. تحقّق منها قبل أن تعتمد عليها.</translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Child&apos;s &amp;age:</source>
        <translation>عمر الطفل (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guides</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down in your private journal that you had this talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all &amp;answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 this year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide matches. Try other words, or choose “All topics”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides are available for this age yet.</source>
        <translation>لا توجد أدلة لهذا العمر بعد.</translation>
    </message>
    <message>
        <source>Record that you talked about “%1” (ages %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>العمر %1</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>البرازيل</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <source>India</source>
        <translation>الهند</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>كينيا</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>المكسيك</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>نيجيريا</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>الفلبين</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>A country in the European Union</source>
        <translation>دولة في الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>دولة أخرى</translation>
    </message>
</context>
<context>
    <name>GetHelpPage</name>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
        <translation>لم يتم تحميل أي خطوط مساعدة. في حالة الطوارئ، اتصل برقم الطوارئ المحلي.</translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Get help now</source>
        <translation>اطلب المساعدة الآن</translation>
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
        <source>2. Someone is threatening to share images</source>
        <translation>2. شخص يهدد بنشر صور</translation>
    </message>
    <message>
        <source>3. Report abuse or exploitation</source>
        <translation>3. الإبلاغ عن إساءة أو استغلال</translation>
    </message>
    <message>
        <source>4. Support for the child and for you</source>
        <translation>4. دعم للطفل ولك</translation>
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
        <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
        <translation>اتصل إذا كان طفل مفقودًا، أو يلتقي أو سيلتقي قريبًا بشخص تعرّف عليه عبر الإنترنت، أو يتم نقله إلى مكان آخر أو عرضه في إعلانات، أو إذا هدّد أحد بإيذائه.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics that suit each child&apos;s age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your children in the journal to see which topics suit their age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal to see each child&apos;s conversation plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make a &amp;recovery key, in case I forget the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use no passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, and choose no passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “I understand” to use the journal without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. A short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my recovery &amp;key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this journal. Check each group of letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a private journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Roblox, TikTok, WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apps and games:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entries too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? What should happen to the journal entries about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;child...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, how it went, what to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1. The old passphrase still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a recovery &amp;key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal&apos;s backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not open this backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal with the backup&apos;s passphrase. The journal it replaced is in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find this again, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry, or start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is still here. Free some disk space, then type anything to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App, game or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other person&apos;s username or profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the evidence is kept (never a copy of a sexual image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports made, and their reference numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: %1 (ages %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs ticked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same signs as last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer ticked: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up a private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hildren...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide and &amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal at once and go to the home screen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline and report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted &amp;backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is deleted for good. It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Guide backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, locked with your passphrase. It is not available in this version yet.</source>
        <translation type="vanished">الدفتر مكان خاص تكتب فيه ما تلاحظه: التواريخ، وأسماء المستخدمين، وما قيل، وما فعلته. يبقى على هذا الكمبيوتر، مقفلًا بكلمة المرور الخاصة بك. هذه الميزة غير متاحة في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <source>Please know its limits: a lock cannot protect against monitoring software, or against someone who manages this computer.</source>
        <translation type="vanished">يُرجى معرفة حدوده: القفل لا يحمي من برامج المراقبة، ولا من الشخص الذي يدير هذا الكمبيوتر.</translation>
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
        <source>Get help</source>
        <translation>طلب المساعدة</translation>
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
        <source>Se&amp;ttings</source>
        <translation>الإعدادات (&amp;T)</translation>
    </message>
    <message>
        <source>Hide and lock the journal</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content module(s) could not be loaded and were skipped. Everything else works.</source>
        <translation type="vanished">
            <numerusform>تعذّر تحميل %n وحدة محتوى، فتم تخطيها. كل شيء آخر يعمل.</numerusform>
            <numerusform>تعذّر تحميل %n وحدة محتوى، فتم تخطيها. كل شيء آخر يعمل.</numerusform>
            <numerusform>تعذّر تحميل %n وحدتَي محتوى، فتم تخطيهما. كل شيء آخر يعمل.</numerusform>
            <numerusform>تعذّر تحميل %n وحدات محتوى، فتم تخطيها. كل شيء آخر يعمل.</numerusform>
            <numerusform>تعذّر تحميل %n وحدةَ محتوى، فتم تخطيها. كل شيء آخر يعمل.</numerusform>
            <numerusform>تعذّر تحميل %n وحدة محتوى، فتم تخطيها. كل شيء آخر يعمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped content</source>
        <translation>محتوى تم تخطيه</translation>
    </message>
    <message>
        <source>These modules have problems. Their authors can fix them with the details below.</source>
        <translation>في هذه الوحدات مشكلات. يمكن لمؤلفيها إصلاحها باستخدام التفاصيل أدناه.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Not talked about yet at this age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child is older now: this guide has new words for their age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been a year: time to talk again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child started a new app since you last talked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guides are written for ages 5 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 topics talked about for ages %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1, again by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Timeline of concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1 (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: all children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 from a private journal kept with Family Guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy outside the locked journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
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
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>I am a</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Lock the journal after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-run setup finished</source>
        <translation>اكتمل الإعداد الأول</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Lock the journal after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Extra content modules are loaded from this folder:
%1</source>
        <translation>يتم تحميل وحدات المحتوى الإضافية من هذا المجلد:
%1</translation>
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
    <name>Topic</name>
    <message>
        <source>Online friends and strangers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets and private chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts and money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sextortion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers too good to be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships and respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation type="unfinished">الاتجار بالبشر</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you ticked, with the date and a note, in your private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in %1: not yet translated)</source>
        <translation>(بلغة %1: لم يُترجم بعد)</translation>
    </message>
    <message>
        <source>Who can help in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are listed for your country. See Get help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Tick the signs you have noticed to see what to do next.</source>
        <translation>حدّد العلامات التي لاحظتها لترى ماذا تفعل بعد ذلك.</translation>
    </message>
</context>
</TS>
