<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Settings could not be read</source>
        <translation>No se pudo leer la configuración</translation>
    </message>
</context>
<context>
    <name>ContentHtml</name>
    <message>
        <source>Shown in %1: this part is not yet translated into %2.</source>
        <translation>Se muestra en %1: esta parte todavía no está traducida al idioma %2.</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>Revisado: %1</translation>
    </message>
    <message>
        <source>This translation has not yet been checked by a fluent speaker.</source>
        <translation>Esta traducción todavía no la ha revisado una persona que hable bien el idioma.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <source>For this age</source>
        <translation>Para esta edad</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Ways to start</source>
        <translation>Formas de empezar</translation>
    </message>
    <message>
        <source>What your child should hear</source>
        <translation>Lo que su hijo o hija necesita escuchar</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que puede hacer</translation>
    </message>
    <message>
        <source>If your child says...</source>
        <translation>Si su hijo o hija dice...</translation>
    </message>
    <message>
        <source>Show what you might say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>Qué no decir</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Signs to watch for</source>
        <translation>Señales a las que debe prestar atención</translation>
    </message>
    <message>
        <source>Getting help</source>
        <translation>Cómo pedir ayuda</translation>
    </message>
    <message>
        <source>What this may mean</source>
        <translation>Qué puede significar</translation>
    </message>
    <message>
        <source>What this does not mean</source>
        <translation>Qué no significa</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
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
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Mensaje de texto: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <source>Caution: we could not confirm this. Check it before you rely on it.</source>
        <translation>Atención: no pudimos confirmar este dato. Verifíquelo antes de confiar en él.</translation>
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
        <translation>¿Abrir fuera de Family Guide?</translation>
    </message>
    <message>
        <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
        <translation>Esto abre otro programa (como su navegador web) en esta dirección:

%1

Family Guide en sí nunca se conecta a internet.</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>Conversation guides</source>
        <translation>Guías para conversar</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>&amp;Edad del niño o niña:</translation>
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
        <translation>Guías</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
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
        <translation>Todavía no hay guías para esta edad.</translation>
    </message>
    <message>
        <source>Record that you talked about “%1” (ages %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>A country in the European Union</source>
        <translation>Un país de la Unión Europea</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Otro país</translation>
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
        <translation>Líneas de ayuda y denuncias</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Líneas de ayuda</translation>
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
        <translation>No hay líneas de ayuda cargadas. En una emergencia, llame al número de emergencias local.</translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation>¿Qué está pasando?</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>1. Someone is in danger now</source>
        <translation>1. Alguien está en peligro ahora</translation>
    </message>
    <message>
        <source>2. Someone is threatening to share images</source>
        <translation>2. Alguien amenaza con compartir imágenes</translation>
    </message>
    <message>
        <source>3. Report abuse or exploitation</source>
        <translation>3. Denunciar abuso o explotación</translation>
    </message>
    <message>
        <source>4. Support for the child and for you</source>
        <translation>4. Apoyo para el niño o niña y para usted</translation>
    </message>
    <message>
        <source>Call %1 now.</source>
        <translation>Llame ahora al %1.</translation>
    </message>
    <message>
        <source>Call your local emergency number now.</source>
        <translation>Llame ahora al número de emergencias local.</translation>
    </message>
    <message>
        <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
        <translation>Llame si un niño o niña desapareció, si se está viendo o va a verse con alguien que conoció en internet, si lo están llevando a otro lugar o lo ofrecen en anuncios, o si alguien amenaza con hacerle daño.</translation>
    </message>
    <message>
        <source>If someone threatens to share images</source>
        <translation>Si alguien amenaza con compartir imágenes</translation>
    </message>
    <message>
        <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
        <translation>Mantenga la calma. Dígale al niño o niña que no lo va a regañar ni castigar, y que usted lo va a ayudar.</translation>
    </message>
    <message>
        <source>Do not pay and do not send more. Paying rarely stops it.</source>
        <translation>No pague ni envíe nada más. Pagar casi nunca detiene esto.</translation>
    </message>
    <message>
        <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
        <translation>Deje de responder. Anote los nombres de usuario, los enlaces de los perfiles, las fechas y las apps.</translation>
    </message>
    <message>
        <source>Keep the messages. Block only after you have written down the details.</source>
        <translation>Guarde los mensajes. Bloquee solo después de anotar los datos.</translation>
    </message>
    <message>
        <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
        <translation>Nunca guarde, reenvíe ni tome capturas de pantalla de una imagen sexual de un niño o niña, ni siquiera como prueba. En lugar de eso, denúnciela.</translation>
    </message>
    <message>
        <source>Report it, and ask for the images to be taken down (below).</source>
        <translation>Denúncielo y pida que eliminen las imágenes (vea abajo).</translation>
    </message>
    <message>
        <source>Report abuse or exploitation</source>
        <translation>Denunciar el abuso o la explotación</translation>
    </message>
    <message>
        <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
        <translation>No necesita pruebas para denunciar. Es mejor denunciar y equivocarse que esperar.</translation>
    </message>
    <message>
        <source>Support for the child and for you</source>
        <translation>Apoyo para el niño o la niña y para usted</translation>
    </message>
    <message>
        <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
        <translation>Agradézcale al niño o niña por contárselo. Lo que pasó no es culpa del niño o niña, y tampoco es culpa de usted.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
        <translation>Los niños están más seguros en internet cuando saben que pueden contarle cualquier cosa sin que los regañen ni los castiguen. Family Guide le ayuda a hablar con ellos desde temprano y seguido, a conocer las señales de alerta y a saber qué hacer.</translation>
    </message>
    <message>
        <source>Start with a short, calm talk. You do not need to know everything.</source>
        <translation>Empiece con una charla corta y tranquila. No necesita saberlo todo.</translation>
    </message>
    <message>
        <source>Use the guides to prepare a talk for parents or young people.</source>
        <translation>Use las guías para preparar una charla para madres, padres o jóvenes.</translation>
    </message>
    <message>
        <source>Walk through a checklist with a family, then share the next steps.</source>
        <translation>Revise una lista de verificación con una familia y luego comparta los próximos pasos.</translation>
    </message>
    <message>
        <source>&amp;Start a conversation</source>
        <translation>&amp;Iniciar una conversación</translation>
    </message>
    <message>
        <source>Check &amp;warning signs</source>
        <translation>Revisar señales de &amp;alerta</translation>
    </message>
    <message>
        <source>Get &amp;help now</source>
        <translation>Pedir a&amp;yuda ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation guide(s)</source>
        <translation>
            <numerusform>%n guía para conversar</numerusform>
            <numerusform>%n guías para conversar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning-sign checklist(s)</source>
        <translation>
            <numerusform>%n lista de señales de alerta</numerusform>
            <numerusform>%n listas de señales de alerta</numerusform>
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
        <translation>Diario privado</translation>
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
        <translation type="vanished">El diario es un lugar privado para anotar lo que usted nota: fechas, nombres de usuario, lo que se dijo y lo que usted hizo. Se queda en esta computadora, protegido con su contraseña. Todavía no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Please know its limits: a lock cannot protect against monitoring software, or against someone who manages this computer.</source>
        <translation type="vanished">Tenga en cuenta sus límites: un bloqueo no puede proteger contra programas espía o de vigilancia, ni contra alguien que administra esta computadora.</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Emergency numbers and what to do now (F1)</source>
        <translation>Números de emergencia y qué hacer ahora (F1)</translation>
    </message>
    <message>
        <source>Emergency numbers and what to do now</source>
        <translation>Números de emergencia y qué hacer ahora</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Hide and lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That content is not available.</source>
        <translation>Ese contenido no está disponible.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <source>Emergency: someone is in danger now</source>
        <translation>Emergencia: alguien está en peligro ahora</translation>
    </message>
    <message>
        <source>Report online abuse or exploitation</source>
        <translation>Denunciar abuso o explotación en internet</translation>
    </message>
    <message>
        <source>Get images taken down</source>
        <translation>Pedir que eliminen imágenes</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <source>Support for the child</source>
        <translation>Apoyo para el niño o niña</translation>
    </message>
    <message>
        <source>Support for you</source>
        <translation>Apoyo para usted</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message numerus="yes">
        <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content module(s) could not be loaded and were skipped. Everything else works.</source>
        <translation type="vanished">
            <numerusform>No se pudo cargar %n módulo de contenido y se omitió. Todo lo demás funciona.</numerusform>
            <numerusform>No se pudieron cargar %n módulos de contenido y se omitieron. Todo lo demás funciona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped content</source>
        <translation>Contenido omitido</translation>
    </message>
    <message>
        <source>These modules have problems. Their authors can fix them with the details below.</source>
        <translation>Estos módulos tienen problemas. Sus autores pueden corregirlos con los detalles de abajo.</translation>
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
        <translation>Madre, padre o cuidador</translation>
    </message>
    <message>
        <source>Faith or community leader</source>
        <translation>Líder religioso o comunitario</translation>
    </message>
    <message>
        <source>Counselor, teacher or NGO worker</source>
        <translation>Consejero, docente o trabajador de una ONG</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>I am a</source>
        <translation>Soy</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Lock the journal after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-run setup finished</source>
        <translation>Configuración inicial terminada</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        </translation>
    </message>
    <message>
        <source>Extra content modules are loaded from this folder:
%1</source>
        <translation>Los módulos de contenido adicionales se cargan desde esta carpeta:
%1</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>I &amp;am a:</source>
        <translation>&amp;Soy:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Used to show the right emergency numbers and help lines</source>
        <translation>Sirve para mostrar los números de emergencia y las líneas de ayuda correctos</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Family Guide</source>
        <translation>Le damos la bienvenida a Family Guide</translation>
    </message>
    <message>
        <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
        <translation>Tres opciones rápidas para que las guías y las líneas de ayuda sean adecuadas para usted. Puede cambiarlas más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
        <translation>Family Guide funciona sin conexión y nunca envía nada por internet. Aun así, otras personas que usan esta computadora pueden ver que está instalada, y ninguna app puede proteger contra programas espía o de vigilancia.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
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
        <translation type="unfinished">Trata de personas</translation>
    </message>
</context>
<context>
    <name>WarningSignsPage</name>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
        <translation>Marque lo que ha notado. Muchas señales también son parte de crecer: úselas como un motivo para hablar, no para acusar. El resultado le dice qué hacer después; no es un juicio sobre su hijo o hija.</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Signs to tick</source>
        <translation>Señales para marcar</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer después</translation>
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
        <translation>(en %1: aún no traducido)</translation>
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
        </translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s) ticked.</source>
        <translation>
            <numerusform>%n señal marcada.</numerusform>
            <numerusform>%n señales marcadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the signs you have noticed to see what to do next.</source>
        <translation>Marque las señales que ha notado para ver qué hacer después.</translation>
    </message>
</context>
</TS>
