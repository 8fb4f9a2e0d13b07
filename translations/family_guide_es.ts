<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>App</name>
        <message>
            <source>Family Guide is already open. Look for its window, or its button on the taskbar.</source>
            <translation>Family Guide ya está abierto. Busque su ventana, o su botón en la barra de tareas.</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>No se pudo leer la configuración</translation>
        </message>
        <message>
            <source>The settings file names a country that is not in the list (%1). Help for “Another country” is shown until you choose your country in Settings.</source>
            <translation>El archivo de configuración indica un país que no está en la lista (%1). Se muestra la ayuda para “Otro país” hasta que elija su país en Configuración.</translation>
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
            <source>The English text changed after this was translated: the parts marked may be out of date.</source>
            <translation>El texto en inglés cambió después de esta traducción: las partes marcadas pueden estar desactualizadas.</translation>
        </message>
        <message>
            <source>Translation checked by %1 on %2.</source>
            <translation>Traducción revisada por %1 el %2.</translation>
        </message>
        <message>
            <source>The English text changed after this was translated.</source>
            <translation>El texto en inglés cambió después de esta traducción.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>For you, not to say to your child:</source>
            <translation>Para usted, no para decírselo a su hijo o hija:</translation>
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
            <translation>Ver lo que podría decir</translation>
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
            <translation>Anote los nombres de usuario, los enlaces de los perfiles, los números de teléfono, las fechas y las apps o juegos que se usaron.</translation>
        </message>
        <message>
            <source>Keep the messages. Do not delete them, or the account.</source>
            <translation>Guarde los mensajes. No los borre, y tampoco borre la cuenta.</translation>
        </message>
        <message>
            <source>Block the account only after you have written the details down.</source>
            <translation>Bloquee la cuenta solo después de anotar los datos.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
            <translation>Nunca guarde, reenvíe ni tome capturas de pantalla de una imagen sexual de un niño o niña, ni siquiera como prueba. Dígale a la policía o a la línea de denuncia dónde está.</translation>
        </message>
        <message>
            <source>Do not pay, and do not send anything more.</source>
            <translation>No pague, y no envíe nada más.</translation>
        </message>
        <message>
            <source>Keeping evidence</source>
            <translation>Cómo guardar pruebas</translation>
        </message>
        <message>
            <source>Conversation guides that can help</source>
            <translation>Guías para conversar que pueden ayudar</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Teléfono: %1</translation>
        </message>
        <message>
            <source>Copy number</source>
            <translation>Copiar número</translation>
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
            <source>Checked live on %1</source>
            <translation>Comprobado directamente el %1</translation>
        </message>
        <message>
            <source>Caution: we could not confirm this. Check it before you rely on it.</source>
            <translation>Atención: no pudimos confirmar este dato. Verifíquelo antes de confiar en él.</translation>
        </message>
        <message>
            <source>Found in one source only: check this number locally.</source>
            <translation>Solo lo encontramos en una fuente: verifique este número en su zona.</translation>
        </message>
        <message>
            <source>Source: %1, dated %2</source>
            <translation>Fuente: %1, con fecha %2</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Fuente: %1</translation>
        </message>
    </context>
    <context>
        <name>ContentView</name>
        <message>
            <source>Copied: %1</source>
            <translation>Copiado: %1</translation>
        </message>
        <message>
            <source>This opens your web browser at this address:

%1

Website: %2

Family Guide itself never connects to the internet.</source>
            <translation>Esto abre su navegador en esta dirección:

%1

Sitio web: %2

Family Guide nunca se conecta a internet por sí mismo.</translation>
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
            <source>C&amp;hild's age:</source>
            <translation>&amp;Edad del niño o niña:</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>&amp;Written for:</source>
            <translation>&amp;Dirigida a:</translation>
        </message>
        <message>
            <source>Search the guides</source>
            <translation>Buscar en las guías</translation>
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
            <translation>&amp;Ya hablamos de esto...</translation>
        </message>
        <message>
            <source>Write down in your private journal that you had this talk</source>
            <translation>Anote en su diario privado que tuvieron esta conversación</translation>
        </message>
        <message>
            <source>Show all &amp;answers</source>
            <translation>Mostrar todas las &amp;respuestas</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>&amp;Hacer una hoja informativa...</translation>
        </message>
        <message>
            <source>Print this guide as a one- or two-page handout, or save it as a PDF</source>
            <translation>Imprima esta guía como un folleto de una o dos páginas, o guárdela como PDF</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>%1 (%2 this year)</source>
            <translation>%1 (cumple %2 este año)</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Todos los temas</translation>
        </message>
        <message>
            <source>No guide matches. Try other words, or choose “All topics”.</source>
            <translation>Ninguna guía coincide. Pruebe con otras palabras o elija “Todos los temas”.</translation>
        </message>
        <message>
            <source>No guides are available for this age yet.</source>
            <translation>Todavía no hay guías para esta edad.</translation>
        </message>
        <message>
            <source>This guide, ages %1</source>
            <translation>Esta guía, de %1 años</translation>
        </message>
        <message>
            <source>Record that you talked about “%1” (ages %2).</source>
            <translation>Anote que hablaron sobre “%1” (de %2 años).</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 años</translation>
        </message>
    </context>
    <context>
        <name>CounselorForm</name>
        <message>
            <source>Your details on handouts</source>
            <translation>Sus datos en los folletos</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organización:</translation>
        </message>
        <message>
            <source>Contact li&amp;ne:</source>
            <translation>Datos de &amp;contacto:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>Choose lo&amp;go...</source>
            <translation>&amp;Elegir logo...</translation>
        </message>
        <message>
            <source>Remo&amp;ve logo</source>
            <translation>&amp;Quitar logo</translation>
        </message>
        <message>
            <source>Choose a logo (PNG or JPEG, up to 2 MB)</source>
            <translation>Elegir un logo (PNG o JPEG, hasta 2 MB)</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>Hay un logo.</translation>
        </message>
        <message>
            <source>No logo.</source>
            <translation>Sin logo.</translation>
        </message>
        <message>
            <source>The organisation name will be cut to %1 characters.</source>
            <translation>El nombre de la organización se acortará a %1 caracteres.</translation>
        </message>
        <message>
            <source>The contact line will be cut to %1 characters.</source>
            <translation>Los datos de contacto se acortarán a %1 caracteres.</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Elegir un logo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The logo was saved.</source>
            <translation>Se guardó el logo.</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Another country</source>
            <translation>Otro país</translation>
        </message>
    </context>
    <context>
        <name>GetHelpPage</name>
        <message>
            <source>Copied to the clipboard: %1</source>
            <translation>Copiado al portapapeles: %1</translation>
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
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>&amp;Crear un folleto...</translation>
        </message>
        <message>
            <source>Print these help lines, or save them as a PDF</source>
            <translation>Imprima estas líneas de ayuda o guárdelas como PDF</translation>
        </message>
        <message>
            <source>All kinds of help</source>
            <translation>Todo tipo de ayuda</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>Líneas de ayuda para %1</translation>
        </message>
        <message>
            <source>These facts come from public pages we read; no one called the numbers to check them. Numbers change: if one does not work, call the emergency number.</source>
            <translation>Estos datos vienen de páginas públicas que leímos; nadie llamó a los números para comprobarlos. Los números cambian: si uno no funciona, llame al número de emergencias.</translation>
        </message>
        <message>
            <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
            <translation>No hay nada de este tipo en la lista para este país. Elija “Todo tipo de ayuda”, o consulte a la línea de ayuda para niños y niñas o a la policía.</translation>
        </message>
        <message>
            <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
            <translation>No hay líneas de ayuda cargadas. En una emergencia, llame al número de emergencias local.</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>For parents and carers</source>
            <translation>Para madres, padres y cuidadores</translation>
        </message>
        <message>
            <source>For young people</source>
            <translation>Para niños, niñas y jóvenes</translation>
        </message>
        <message>
            <source>Our family safety plan</source>
            <translation>Nuestro plan de seguridad familiar</translation>
        </message>
        <message>
            <source>Choose one or two languages.</source>
            <translation>Elija uno o dos idiomas.</translation>
        </message>
        <message>
            <source>Choose two different languages, or only one.</source>
            <translation>Elija dos idiomas distintos, o solo uno.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>The content '%1' is not loaded.</source>
            <translation>El contenido '%1' no está cargado.</translation>
        </message>
        <message>
            <source>This session plan has no take-home handout.</source>
            <translation>Este plan de sesión no tiene hoja para llevar a casa.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet. Choose another language, or make a handout in one.</source>
            <translation>Este contenido todavía no tiene texto en %1. Elija otro idioma, o haga el folleto en un solo idioma.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet, so it is shown in English.</source>
            <translation>Este contenido todavía no tiene texto en %1, así que se muestra en inglés.</translation>
        </message>
        <message>
            <source>The organisation name is too long for a handout; it was cut short.</source>
            <translation>El nombre de la organización es demasiado largo para un folleto; se acortó.</translation>
        </message>
        <message>
            <source>The contact line is too long for a handout; it was cut short.</source>
            <translation>Los datos de contacto son demasiado largos para un folleto; se acortaron.</translation>
        </message>
        <message>
            <source>Shown in English: this part is not yet translated.</source>
            <translation>Se muestra en inglés: esta parte todavía no está traducida.</translation>
        </message>
        <message>
            <source>This guide has no part for ages %1.</source>
            <translation>Esta guía no tiene una parte para %1 años.</translation>
        </message>
        <message>
            <source>This guide has nothing written for young people of ages %1.</source>
            <translation>Esta guía no tiene nada escrito para niños, niñas y jóvenes de %1 años.</translation>
        </message>
        <message>
            <source>Things to remember</source>
            <translation>Cosas para recordar</translation>
        </message>
        <message>
            <source>People I can tell</source>
            <translation>Personas a quienes se lo puedo contar</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Dónde pedir ayuda</translation>
        </message>
        <message>
            <source>Checklists are written for adults. Make this handout for parents and carers.</source>
            <translation>Las listas de verificación están escritas para adultos. Haga este folleto para madres, padres y cuidadores.</translation>
        </message>
        <message>
            <source>Some items are shown in English: not yet translated.</source>
            <translation>Algunos puntos se muestran en inglés: todavía no están traducidos.</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>This checklist has no guidance called '%1'.</source>
            <translation>Esta lista de verificación no tiene ninguna orientación llamada '%1'.</translation>
        </message>
        <message>
            <source>To talk about at home</source>
            <translation>Para hablar en casa</translation>
        </message>
        <message>
            <source>To think about</source>
            <translation>Para pensar</translation>
        </message>
        <message>
            <source>To talk about with your team</source>
            <translation>Para hablar con su equipo</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>Para: %1</translation>
        </message>
        <message>
            <source>What not to do</source>
            <translation>Lo que no hay que hacer</translation>
        </message>
        <message>
            <source>Where to get help in %1</source>
            <translation>Dónde pedir ayuda en %1</translation>
        </message>
        <message>
            <source>If a child is in danger now, call the emergency number first. Then use the services below.</source>
            <translation>Si un niño o niña está en peligro ahora, llame primero al número de emergencias. Después, use los servicios de abajo.</translation>
        </message>
        <message>
            <source>We made this plan together. Keep it where everyone can see it.</source>
            <translation>Hicimos este plan en familia. Lo ponemos donde todos puedan verlo.</translation>
        </message>
        <message>
            <source>People I can tell if something feels wrong</source>
            <translation>Personas a quienes se lo puedo contar si algo me parece mal</translation>
        </message>
        <message>
            <source>Our agreements about apps, games and phones</source>
            <translation>Nuestros acuerdos sobre apps, juegos y teléfonos</translation>
        </message>
        <message>
            <source>Our agreements about meeting people from online</source>
            <translation>Nuestros acuerdos sobre verse con personas que conocimos en internet</translation>
        </message>
        <message>
            <source>If someone threatens you or asks for pictures</source>
            <translation>Si alguien te amenaza o te pide fotos</translation>
        </message>
        <message>
            <source>Stop replying. Do not pay, and do not send anything more.</source>
            <translation>Deja de responder. No pagues y no envíes nada más.</translation>
        </message>
        <message>
            <source>Do not delete the messages or the account.</source>
            <translation>No borres los mensajes ni la cuenta.</translation>
        </message>
        <message>
            <source>Tell one of the people above straight away. You will not be in trouble.</source>
            <translation>Cuéntaselo enseguida a una de las personas de arriba. Nadie te va a regañar ni castigar.</translation>
        </message>
        <message>
            <source>We report it together. It is never your fault.</source>
            <translation>Lo denunciamos juntos. Nunca es tu culpa.</translation>
        </message>
        <message>
            <source>Help numbers</source>
            <translation>Números de ayuda</translation>
        </message>
        <message>
            <source>Signed and dated:</source>
            <translation>Firma y fecha:</translation>
        </message>
        <message>
            <source>No country was chosen. These services work anywhere.</source>
            <translation>No se eligió ningún país. Estos servicios funcionan en cualquier lugar.</translation>
        </message>
        <message>
            <source>We have no help lines for %1 yet. These services work anywhere.</source>
            <translation>Todavía no tenemos líneas de ayuda para %1. Estos servicios funcionan en cualquier lugar.</translation>
        </message>
        <message>
            <source>%1 could not be read as a picture: %2</source>
            <translation>No se pudo leer %1 como imagen: %2</translation>
        </message>
        <message>
            <source>%1 is %2 x %3 pixels; a logo may be at most %4 x %4.</source>
            <translation>%1 mide %2 x %3 píxeles; un logo puede medir como máximo %4 x %4.</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPEG picture.</source>
            <translation>%1 no es una imagen PNG ni JPEG.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB, the most a logo may be.</source>
            <translation>%1 pesa más de %2 MB, el máximo para un logo.</translation>
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
            <translation>Carta</translation>
        </message>
        <message>
            <source>A5 (half of A4)</source>
            <translation>A5 (la mitad de A4)</translation>
        </message>
        <message>
            <source>Make a handout</source>
            <translation>Crear un folleto</translation>
        </message>
        <message>
            <source>&amp;Handout:</source>
            <translation>&amp;Folleto:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Second language:</source>
            <translation>&amp;Segundo idioma:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>Dirigido &amp;a:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>Pape&amp;l:</translation>
        </message>
        <message>
            <source>Pre&amp;view...</source>
            <translation>&amp;Vista previa...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>Imp&amp;rimir...</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>Guardar como P&amp;DF...</translation>
        </message>
        <message>
            <source>None (one language)</source>
            <translation>Ninguno (un solo idioma)</translation>
        </message>
        <message>
            <source>This worksheet runs to %1 pages in two languages. For two pages, make it in one language on A4 or Letter.</source>
            <translation>En dos idiomas, esta hoja de trabajo ocupa %1 páginas. Para que ocupe dos, hágala en un solo idioma, en A4 o Carta.</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Guardar el folleto</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Guardado: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpHours</name>
        <message>
            <source>24 hours a day, every day</source>
            <translation>las 24 horas, todos los días</translation>
        </message>
        <message>
            <source>24 hours a day</source>
            <translation>las 24 horas del día</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Get help now</source>
            <translation>Pedir ayuda ahora</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
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
            <source>Call %1 now.</source>
            <translation>Llame ahora al %1.</translation>
        </message>
        <message>
            <source>Call your local emergency number now.</source>
            <translation>Llame ahora al número de emergencias local.</translation>
        </message>
        <message>
            <source>We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a place of worship which number to call, and keep it by your phone.</source>
            <translation>No pudimos confirmar el número de emergencias en %1. Pregunte a sus vecinos, en una escuela, en un consultorio médico o en un lugar de culto a qué número llamar, y téngalo anotado junto a su teléfono.</translation>
        </message>
        <message>
            <source>Reported, not confirmed: %1. Check it locally before you rely on it.</source>
            <translation>Según algunas fuentes, sin confirmar: %1. Verifíquelo en su zona antes de confiar en este número.</translation>
        </message>
        <message>
            <source>A child is in danger.</source>
            <translation>Hay un niño o una niña en peligro.</translation>
        </message>
        <message>
            <source>Their name is ... They are ... years old.</source>
            <translation>Se llama ... Tiene ... años.</translation>
        </message>
        <message>
            <source>They may be at ... (an address, a place, or the app they are using).</source>
            <translation>Puede estar en ... (una dirección, un lugar o la app que está usando).</translation>
        </message>
        <message>
            <source>What is happening: ... (a meeting, a threat, they are missing).</source>
            <translation>Lo que está pasando: ... (un encuentro, una amenaza, ha desaparecido).</translation>
        </message>
        <message>
            <source>My name is ... My phone number is ...</source>
            <translation>Me llamo ... Mi número de teléfono es ...</translation>
        </message>
        <message>
            <source>What to say when they answer</source>
            <translation>Qué decir cuando contesten</translation>
        </message>
        <message>
            <source>Copy &amp;number</source>
            <translation>Copiar &amp;número</translation>
        </message>
        <message>
            <source>2. A child may hurt themselves</source>
            <translation>2. Un niño o niña puede hacerse daño</translation>
        </message>
        <message>
            <source>3. Someone is threatening to share images</source>
            <translation>3. Alguien amenaza con compartir imágenes</translation>
        </message>
        <message>
            <source>4. Report abuse or exploitation</source>
            <translation>4. Denunciar abuso o explotación</translation>
        </message>
        <message>
            <source>5. Support for the child and for you</source>
            <translation>5. Apoyo para el niño o niña y para usted</translation>
        </message>
        <message>
            <source>Copy the number %1</source>
            <translation>Copiar el número %1</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>Copiado: %1</translation>
        </message>
        <message>
            <source>Someone is in danger now</source>
            <translation>Alguien está en peligro ahora</translation>
        </message>
        <message>
            <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
            <translation>Llame si un niño o niña desapareció, si se está viendo o va a verse con alguien que conoció en internet, si lo están llevando a otro lugar o lo ofrecen en anuncios, o si alguien amenaza con hacerle daño.</translation>
        </message>
        <message>
            <source>Emergency numbers in %1</source>
            <translation>Números de emergencia en %1</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>Líneas de ayuda para %1</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>&amp;Crear un folleto...</translation>
        </message>
        <message>
            <source>Choose your country at the top to see its emergency numbers.</source>
            <translation>Elija su país arriba para ver sus números de emergencia.</translation>
        </message>
        <message>
            <source>If a child may hurt themselves</source>
            <translation>Si un niño o niña puede hacerse daño</translation>
        </message>
        <message>
            <source>If they are hurt or in danger now, call the emergency number above.</source>
            <translation>Si ya se hizo daño o está en peligro ahora, llame al número de emergencias que aparece arriba.</translation>
        </message>
        <message>
            <source>Stay with them. Do not leave them alone.</source>
            <translation>Quédese a su lado. No se vaya.</translation>
        </message>
        <message>
            <source>Listen calmly. Tell them you are glad they told you and you will get help.</source>
            <translation>Escuche con calma. Dígale que le alegra que se lo haya contado y que usted va a buscar ayuda.</translation>
        </message>
        <message>
            <source>If you can, move things they could use to hurt themselves out of reach.</source>
            <translation>Si puede, aparte de su alcance las cosas con las que podría hacerse daño.</translation>
        </message>
        <message>
            <source>Call a crisis line together, now or as soon as you can.</source>
            <translation>Llamen juntos a una línea de crisis, ahora o en cuanto puedan.</translation>
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
        <message>
            <source>No crisis line is listed for %1. Call the emergency number, or a child help line:</source>
            <translation>No hay ninguna línea de crisis en la lista para %1. Llame al número de emergencias o a una línea de ayuda para niños y niñas:</translation>
        </message>
        <message>
            <source>These services work from anywhere.</source>
            <translation>Estos servicios funcionan desde cualquier lugar.</translation>
        </message>
        <message>
            <source>No national service of this kind was confirmed for %1. The services below work from anywhere; a child help line or the police can also advise.</source>
            <translation>No se confirmó ningún servicio nacional de este tipo para %1. Los servicios de abajo funcionan desde cualquier lugar; una línea de ayuda para niños y niñas o la policía también pueden orientarle.</translation>
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
            <translation>Plan de conversaciones</translation>
        </message>
        <message>
            <source>Show &amp;fewer</source>
            <translation>Mostrar &amp;menos</translation>
        </message>
        <message>
            <source>Show all &amp;topics</source>
            <translation>Mostrar todos los &amp;temas</translation>
        </message>
        <message>
            <source>Topics that suit each child's age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
            <translation>Temas adecuados para la edad actual de cada niño o niña. Vuelva a hablar de cada tema cada año, cuando su hijo o hija pase a otro grupo de edad y cuando empiece a usar una app nueva.</translation>
        </message>
        <message>
            <source>Add your children in the journal to see which topics suit their age.</source>
            <translation>Agregue a sus hijos e hijas en el diario para ver qué temas son adecuados para su edad.</translation>
        </message>
        <message>
            <source>Open the &amp;journal</source>
            <translation>Abrir el &amp;diario</translation>
        </message>
        <message>
            <source>Unlock your journal to see each child's conversation plan.</source>
            <translation>Desbloquee su diario para ver el plan de conversaciones de cada niño o niña.</translation>
        </message>
        <message>
            <source>Unlock the &amp;journal</source>
            <translation>Desbloquear el &amp;diario</translation>
        </message>
        <message>
            <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
            <translation>Cree un diario privado para llevar un plan de conversaciones para cada niño o niña: qué temas son adecuados para su edad, de qué ya hablaron y de qué toca volver a hablar.</translation>
        </message>
        <message>
            <source>Set up the &amp;journal</source>
            <translation>Crear el &amp;diario</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
            <translation>El bloqueo impide que lean sus notas quienes abran los archivos o usen esta app mientras el diario está bloqueado. No puede proteger contra programas espía o de vigilancia en esta computadora, ni contra alguien que la administra (un administrador). Si cree que alguien vigila esta computadora, use una más segura.</translation>
        </message>
        <message>
            <source>That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: a short sentence you can remember works well.</source>
            <translation>Esa contraseña es una de las más comunes, y es lo primero que prueba quien intenta adivinarla. Elija otra: una frase corta que pueda recordar funciona bien.</translation>
        </message>
        <message>
            <source>Set up your private journal</source>
            <translation>Crear su diario privado</translation>
        </message>
        <message>
            <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
            <translation>Su diario se queda en esta computadora, cifrado. Elija una contraseña que las demás personas de su casa no puedan adivinar. La necesitará cada vez que abra el diario.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repita la contraseña</translation>
        </message>
        <message>
            <source>&amp;Use no passphrase</source>
            <translation>&amp;No usar contraseña</translation>
        </message>
        <message>
            <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
            <translation>Sin contraseña, cualquier persona que pueda usar esta cuenta de la computadora puede abrir el diario y leerlo.</translation>
        </message>
        <message>
            <source>I understand, and choose no passphrase</source>
            <translation>Entiendo, y elijo no usar contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repítala:</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>Crear diario</translation>
        </message>
        <message>
            <source>Tick “I understand” to use the journal without a passphrase.</source>
            <translation>Marque “Entiendo” para usar el diario sin contraseña.</translation>
        </message>
        <message>
            <source>Use at least %1 characters. A short sentence is easy to remember.</source>
            <translation>Use al menos %1 caracteres. Una frase corta es fácil de recordar.</translation>
        </message>
        <message>
            <source>Also make a recovery &amp;key, in case I forget the passphrase</source>
            <translation>Crear también una c&amp;lave de recuperación, por si olvido la contraseña</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Las dos contraseñas no son iguales.</translation>
        </message>
        <message>
            <source>The journal could not be created: %1</source>
            <translation>No se pudo crear el diario: %1</translation>
        </message>
        <message>
            <source>Recovery key for your Family Guide journal</source>
            <translation>Clave de recuperación de su diario de Family Guide</translation>
        </message>
        <message>
            <source>Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal.</source>
            <translation>Guarde este papel en un lugar seguro, lejos de la computadora. Cualquier persona que lo tenga puede abrir el diario.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Su clave de recuperación</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Print this key...</source>
            <translation>&amp;Imprimir esta clave...</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>Ya la &amp;anoté</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
            <translation>Si olvida su contraseña, esta clave abre el diario. Escríbala en papel y guárdela en un lugar seguro, lejos de la computadora. Solo se muestra esta vez.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copiada.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No hay impresora</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key on paper instead.</source>
            <translation>No hay ninguna impresora configurada en esta computadora. Escriba la clave en un papel.</translation>
        </message>
        <message>
            <source>The key can only be printed on paper, not saved to a file.</source>
            <translation>La clave solo se puede imprimir en papel, no guardar en un archivo.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviada a la impresora.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>&amp;Clave de recuperación:</translation>
        </message>
        <message>
            <source>Use my recovery key &amp;instead</source>
            <translation>Usar mi clave de recuperación en su &amp;lugar</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
            <translation>El archivo del diario está dañado y no se puede abrir (%1). Sus copias de seguridad están en la carpeta del diario; use “Restaurar una copia de seguridad” en la sección Diario.</translation>
        </message>
        <message>
            <source>That recovery key does not open this journal. Check each group of letters. If you are sure it is right, the key file may be damaged: restore a backup.</source>
            <translation>Esa clave de recuperación no abre este diario. Revise cada grupo de letras. Si tiene la certeza de que es correcta, puede que el archivo de claves esté dañado: restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal. Check Caps Lock and try again. If you are sure it is right, the key file may be damaged: use your recovery key, or restore a backup.</source>
            <translation>Esa contraseña no abre este diario. Revise la tecla Bloq Mayús y vuelva a intentarlo. Si tiene la certeza de que es correcta, puede que el archivo de claves esté dañado: use su clave de recuperación o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>Unlock your journal</source>
            <translation>Desbloquear su diario</translation>
        </message>
        <message>
            <source>Set up a private journal?</source>
            <translation>¿Crear un diario privado?</translation>
        </message>
        <message>
            <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
            <translation>Para guardar esto necesita un diario privado. Se queda en esta computadora, bloqueado con una contraseña. ¿Quiere crearlo ahora?</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Niño o niña</translation>
        </message>
        <message>
            <source>A nickname is enough</source>
            <translation>Basta con un apodo</translation>
        </message>
        <message>
            <source>For example: Roblox, TikTok, WhatsApp</source>
            <translation>Por ejemplo: Roblox, TikTok, WhatsApp</translation>
        </message>
        <message>
            <source>&amp;Nickname:</source>
            <translation>&amp;Apodo:</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>Año de &amp;nacimiento:</translation>
        </message>
        <message>
            <source>&amp;Apps and games:</source>
            <translation>Apps y &amp;juegos:</translation>
        </message>
        <message>
            <source>Please give a nickname.</source>
            <translation>Escriba un apodo, por favor.</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Niños y niñas</translation>
        </message>
        <message>
            <source>&amp;Add child</source>
            <translation>&amp;Agregar niño o niña</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Cambiar</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>%1 (born %2)</source>
            <translation>%1 (nació en %2)</translation>
        </message>
        <message>
            <source>This backup has no passphrase</source>
            <translation>Esta copia de seguridad no tiene contraseña</translation>
        </message>
        <message>
            <source>This backup was made when the journal had no passphrase, so it is not encrypted with one. After restoring it, anyone who can use this computer account can open the journal, until you set a passphrase again (More, Change passphrase). Restore it anyway?</source>
            <translation>Esta copia de seguridad se hizo cuando el diario no tenía contraseña, así que no está cifrada con una. Después de restaurarla, cualquier persona que pueda usar esta cuenta de la computadora podrá abrir el diario, hasta que usted vuelva a poner una contraseña (Más, Cambiar la contraseña). ¿Restaurarla de todos modos?</translation>
        </message>
        <message>
            <source>Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, then deleted. It is in:
%1</source>
            <translation>Desbloquee el diario con la contraseña de la copia de seguridad. El diario que se reemplazó se conserva durante %2 días y luego se borra. Está en:
%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>Keep the entries</source>
            <translation>Conservar las anotaciones</translation>
        </message>
        <message>
            <source>Delete the entries too</source>
            <translation>Borrar también las anotaciones</translation>
        </message>
        <message>
            <source>Remove child</source>
            <translation>Quitar niño o niña</translation>
        </message>
        <message>
            <source>Remove %1? What should happen to the journal entries about them?</source>
            <translation>¿Quitar a %1? ¿Qué quiere hacer con las anotaciones del diario sobre este niño o niña?</translation>
        </message>
        <message>
            <source>No child chosen</source>
            <translation>No se eligió ningún niño o niña</translation>
        </message>
        <message>
            <source>Save to journal</source>
            <translation>Guardar en el diario</translation>
        </message>
        <message>
            <source>Add a &amp;child...</source>
            <translation>A&amp;gregar un niño o niña...</translation>
        </message>
        <message>
            <source>What was said, how it went, what to do next</source>
            <translation>Qué se dijo, cómo fue, qué hacer después</translation>
        </message>
        <message>
            <source>C&amp;hild:</source>
            <translation>Niñ&amp;o o niña:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la contraseña</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Contraseña &amp;actual:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva contraseña:</translation>
        </message>
        <message>
            <source>Also change the &amp;encryption key (makes a new recovery key)</source>
            <translation>Cambiar también la clave de &amp;cifrado (crea una clave de recuperación nueva)</translation>
        </message>
        <message>
            <source>Backups made before this change still open with the old passphrase or recovery key. Delete old backups you no longer need.</source>
            <translation>Las copias de seguridad hechas antes de este cambio todavía se abren con la contraseña o la clave de recuperación anteriores. Borre las copias antiguas que ya no necesite.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>La contraseña actual no es correcta.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Use a recovery &amp;key instead</source>
            <translation>Usar una clave de &amp;recuperación en su lugar</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key of the backup:</source>
            <translation>&amp;Contraseña o clave de recuperación de la copia de seguridad:</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal's backups folder.</source>
            <translation>La copia de seguridad reemplazará el diario que está en esta computadora. Ese diario no se borra: se guarda en la carpeta de copias de seguridad del diario.</translation>
        </message>
        <message>
            <source>Not saved: the journal is locked. Unlock it, then try again.</source>
            <translation>No se guardó: el diario está bloqueado. Desbloquéelo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.</source>
            <translation>No se guardó: %1. No se cambió nada y su texto sigue aquí. Libere algo de espacio en el disco y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>That does not open this backup. Nothing was changed.</source>
            <translation>Eso no abre esta copia de seguridad. No se cambió nada.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1. Nothing was changed.</source>
            <translation>No se pudo restaurar la copia de seguridad: %1. No se cambió nada.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>C&amp;oncern:</source>
            <translation>&amp;Preocupación:</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>&amp;Etiquetas:</translation>
        </message>
        <message>
            <source>Note&amp;s:</source>
            <translation>Nota&amp;s:</translation>
        </message>
        <message>
            <source>Words to find this again, separated by commas</source>
            <translation>Palabras para volver a encontrar esto, separadas por comas</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>Bo&amp;rrar anotación</translation>
        </message>
        <message>
            <source>Choose an entry, or start a new one</source>
            <translation>Elija una anotación o empiece una nueva</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de verificación</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <source>No concern</source>
            <translation>Sin preocupación</translation>
        </message>
        <message>
            <source>Some concern</source>
            <translation>Algo de preocupación</translation>
        </message>
        <message>
            <source>Serious concern</source>
            <translation>Preocupación seria</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>App, game or site</source>
            <translation>App, juego o sitio web</translation>
        </message>
        <message>
            <source>The other person's username or profile link</source>
            <translation>Nombre de usuario o enlace del perfil de la otra persona</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>Where the evidence is kept (never a copy of a sexual image)</source>
            <translation>Dónde están guardadas las pruebas (nunca una copia de una imagen sexual)</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>Qué hizo usted</translation>
        </message>
        <message>
            <source>Reports made, and their reference numbers</source>
            <translation>Denuncias hechas y sus números de referencia</translation>
        </message>
        <message>
            <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
            <translation>Aquí no se pueden agregar imágenes, a propósito. Nunca guarde, reenvíe ni tome capturas de pantalla de una imagen sexual de un niño o niña, ni siquiera como prueba: guardarla es un delito y vuelve a hacerle daño al niño o niña. Anote dónde está y denúnciela.</translation>
        </message>
        <message>
            <source>Guide: %1 (ages %2)</source>
            <translation>Guía: %1 (de %2 años)</translation>
        </message>
        <message>
            <source>Next steps shown: %1</source>
            <translation>Próximos pasos que se mostraron: %1</translation>
        </message>
        <message>
            <source>Signs ticked:</source>
            <translation>Señales marcadas:</translation>
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation>En comparación con el %1:</translation>
        </message>
        <message>
            <source>The same signs as last time.</source>
            <translation>Las mismas señales que la última vez.</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>Nueva: %1</translation>
        </message>
        <message>
            <source>No longer ticked: %1</source>
            <translation>Ya no está marcada: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n groups of five letters and digits</source>
            <translation>
                <numerusform>%n grupo de cinco letras y números</numerusform>
                <numerusform>%n grupos de cinco letras y números</numerusform>
            </translation>
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
            <translation>El diario es un lugar privado para anotar lo que usted nota: fechas, nombres de usuario, lo que se dijo y lo que usted hizo. Se queda en esta computadora, cifrado y bloqueado con su contraseña. Puede convertirse en un informe claro si acude a la policía o a un consejero.</translation>
        </message>
        <message>
            <source>&amp;Set up a private journal</source>
            <translation>&amp;Crear un diario privado</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>El diario está bloqueado.</translation>
        </message>
        <message>
            <source>New &amp;note</source>
            <translation>Nueva &amp;nota</translation>
        </message>
        <message>
            <source>New &amp;incident</source>
            <translation>Nuevo &amp;incidente</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Más</translation>
        </message>
        <message>
            <source>Hide and &amp;lock</source>
            <translation>Ocultar y &amp;bloquear</translation>
        </message>
        <message>
            <source>Lock the journal at once and go to the home screen (%1)</source>
            <translation>Bloquear el diario de inmediato e ir a la pantalla de inicio (%1)</translation>
        </message>
        <message>
            <source>Search all entries</source>
            <translation>Buscar en todas las anotaciones</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Anotaciones</translation>
        </message>
        <message>
            <source>Show entries about</source>
            <translation>Mostrar anotaciones sobre</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>Tipo de anotación</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Preocupación</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>&amp;Timeline and report...</source>
            <translation>&amp;Línea de tiempo e informe...</translation>
        </message>
        <message>
            <source>&amp;Restore a backup...</source>
            <translation>&amp;Restaurar una copia de seguridad...</translation>
        </message>
        <message>
            <source>Change &amp;passphrase...</source>
            <translation>Cambiar la c&amp;ontraseña...</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>Todos los niños y niñas</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Any concern</source>
            <translation>Cualquier nivel de preocupación</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>%1 o más</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>Nuevo incidente</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>¿Borrar esta anotación?</translation>
        </message>
        <message>
            <source>The entry is deleted for good. It cannot be brought back.</source>
            <translation>La anotación se borra para siempre. No se puede recuperar.</translation>
        </message>
        <message>
            <source>Family Guide backups (*%1)</source>
            <translation>Copias de seguridad de Family Guide (*%1)</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Copia de seguridad hecha</translation>
        </message>
        <message>
            <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
            <translation>La copia de seguridad está cifrada. Para restaurarla necesita la contraseña o la clave de recuperación que abre el diario ahora. Guarde la copia en un lugar seguro, lejos de esta computadora.</translation>
        </message>
        <message>
            <source>&amp;Children...</source>
            <translation>Niños y niñ&amp;as...</translation>
        </message>
        <message>
            <source>Make a &amp;backup...</source>
            <translation>Hacer una &amp;copia de seguridad...</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>Guardar una copia de seguridad</translation>
        </message>
        <message>
            <source>The journal has no passphrase, so this backup is not protected: anyone who has the file can open it. Keep it where only you can reach it, or set a passphrase first and make a new backup.</source>
            <translation>El diario no tiene contraseña, así que esta copia de seguridad no está protegida: cualquier persona que tenga el archivo puede abrirla. Guárdela donde solo usted pueda llegar, o ponga primero una contraseña y haga una copia nueva.</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Elija una copia de seguridad</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n anotación</numerusform>
                <numerusform>%n anotaciones</numerusform>
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
            <source>Help lines</source>
            <translation>Líneas de ayuda</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Talleres</translation>
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
            <source>S&amp;ettings</source>
            <translation>Con&amp;figuración</translation>
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
            <source>Hide and lock the journal</source>
            <translation>Ocultar y bloquear el diario</translation>
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
            <source>A child may hurt themselves</source>
            <translation>Un niño o una niña podría hacerse daño</translation>
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
        <message>
            <source>Folders not read because there are too many modules in one folder: %1.</source>
            <translation>Carpetas no leídas porque hay demasiados módulos en una carpeta: %1.</translation>
        </message>
        <message>
            <source>Skipped content</source>
            <translation>Contenido omitido</translation>
        </message>
        <message>
            <source>These modules have problems. Their authors can fix them with the details below.</source>
            <translation>Estos módulos tienen problemas. Sus autores pueden corregirlos con los detalles de abajo.</translation>
        </message>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation>
                <numerusform>%n módulo de contenido tiene errores, así que se omitió lo que no se pudo leer. Todo lo demás funciona.</numerusform>
                <numerusform>%n módulos de contenido tienen errores, así que se omitió lo que no se pudo leer. Todo lo demás funciona.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksPanel</name>
        <message>
            <source>Content packs</source>
            <translation>Paquetes de contenido</translation>
        </message>
        <message>
            <source>Imported content packs</source>
            <translation>Paquetes de contenido importados</translation>
        </message>
        <message>
            <source>No content packs are imported. Organisations can share guides and workshops as a pack file.</source>
            <translation>No hay paquetes de contenido importados. Las organizaciones pueden compartir guías y talleres como un archivo de paquete.</translation>
        </message>
        <message>
            <source>I&amp;mport a pack…</source>
            <translation>I&amp;mportar un paquete…</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>&amp;Quitar paquete</translation>
        </message>
        <message>
            <source>%1 %2, by %3</source>
            <translation>%1 %2, de %3</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>Módulos: %1</translation>
        </message>
        <message>
            <source>Signed by %1, a known signer (key %2)</source>
            <translation>Firmado por %1, un firmante conocido (clave %2)</translation>
        </message>
        <message>
            <source>Signed by an unknown key (%1) that says it is from “%2”</source>
            <translation>Firmado por una clave desconocida (%1) que dice ser de “%2”</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Sin firma</translation>
        </message>
        <message>
            <source>Choose a content pack</source>
            <translation>Elija un paquete de contenido</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>Paquetes de contenido (*.zip)</translation>
        </message>
        <message>
            <source>This pack was not imported</source>
            <translation>Este paquete no se importó</translation>
        </message>
        <message>
            <source>Pack imported</source>
            <translation>Paquete importado</translation>
        </message>
        <message>
            <source>“%1” is imported. Its guides are now in the app.</source>
            <translation>“%1” está importado. Sus guías ya están en la aplicación.</translation>
        </message>
        <message>
            <source>Signed by %1, a signer this computer knows.</source>
            <translation>Firmado por %1, un firmante que esta computadora conoce.</translation>
        </message>
        <message>
            <source>Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.</source>
            <translation>Firmado por una clave que esta computadora no conoce. Dice ser de “%1”, pero eso no se puede comprobar.</translation>
        </message>
        <message>
            <source>This pack is not signed.</source>
            <translation>Este paquete no está firmado.</translation>
        </message>
        <message>
            <source>Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe links, but not for whether its advice is right. Import it only if you got it from someone you trust.</source>
            <translation>Family Guide no puede saber quién hizo este paquete. Se revisó que su contenido no tenga errores ni enlaces peligrosos, pero no si sus consejos son correctos. Impórtelo solo si lo recibió de alguien de confianza.</translation>
        </message>
        <message>
            <source>Pack: %1, version %2</source>
            <translation>Paquete: %1, versión %2</translation>
        </message>
        <message>
            <source>Made by: %1</source>
            <translation>Hecho por: %1</translation>
        </message>
        <message>
            <source>It replaces the imported version %1.</source>
            <translation>Reemplaza la versión importada %1.</translation>
        </message>
        <message>
            <source>Import this pack?</source>
            <translation>¿Importar este paquete?</translation>
        </message>
        <message>
            <source>Import anyway</source>
            <translation>Importar de todos modos</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Remove this pack?</source>
            <translation>¿Quitar este paquete?</translation>
        </message>
        <message>
            <source>Remove “%1” and its guides from this computer? You can import the pack file again later.</source>
            <translation>¿Quitar “%1” y sus guías de esta computadora? Puede volver a importar el archivo del paquete más tarde.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>The pack was not removed</source>
            <translation>El paquete no se quitó</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Not talked about yet at this age</source>
            <translation>Todavía no lo han hablado a esta edad</translation>
        </message>
        <message>
            <source>Your child is older now: this guide has new words for their age</source>
            <translation>Su hijo o hija ya es mayor: esta guía tiene palabras nuevas para su edad</translation>
        </message>
        <message>
            <source>It has been a year: time to talk again</source>
            <translation>Ya pasó un año: es hora de volver a hablar</translation>
        </message>
        <message>
            <source>Your child started a new app since you last talked</source>
            <translation>Su hijo o hija empezó a usar una app nueva desde la última vez que hablaron</translation>
        </message>
        <message>
            <source>%1, %2 this year</source>
            <translation>%1, cumple %2 este año</translation>
        </message>
        <message>
            <source>The guides are written for ages 5 to 17.</source>
            <translation>Las guías son para niños, niñas y jóvenes de 5 a 17 años.</translation>
        </message>
        <message>
            <source>%1 of %2 topics talked about for ages %3.</source>
            <translation>Ya hablaron de %1 de los %2 temas para la edad de %3 años.</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Para hablar ahora</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>Temas que ya hablaron</translation>
        </message>
        <message>
            <source>on %1, again by %2</source>
            <translation>el %1; volver a hablar antes del %2</translation>
        </message>
        <message>
            <source>All topics talked about for now. Well done.</source>
            <translation>Por ahora ya hablaron de todos los temas. ¡Bien hecho!</translation>
        </message>
        <message>
            <source>Next to talk about</source>
            <translation>Próximos temas para hablar</translation>
        </message>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation>
                <numerusform>%n tema más para hablar.</numerusform>
                <numerusform>%n temas más para hablar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Adapt a plan</source>
            <translation>Adaptar un plan</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>A&amp;dd a slide</source>
            <translation>&amp;Agregar una diapositiva</translation>
        </message>
        <message>
            <source>&amp;Save as my plan</source>
            <translation>&amp;Guardar como mi plan</translation>
        </message>
        <message>
            <source>&amp;Present without saving...</source>
            <translation>&amp;Presentar sin guardar...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Slides in order (tick to show; Alt+Up or Alt+Down to move)</source>
            <translation>Diapositivas en orden (marque para mostrar; Alt+Arriba o Alt+Abajo para mover)</translation>
        </message>
        <message>
            <source>Slide title</source>
            <translation>Título de la diapositiva</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>Lo que ve el público</translation>
        </message>
        <message>
            <source>Your notes, one point a line</source>
            <translation>Sus notas, un punto por línea</translation>
        </message>
        <message>
            <source>Questions, one a line</source>
            <translation>Preguntas, una por línea</translation>
        </message>
        <message>
            <source>Agenda section</source>
            <translation>Parte de la agenda</translation>
        </message>
        <message>
            <source>Name of your plan</source>
            <translation>Nombre de su plan</translation>
        </message>
        <message>
            <source>Language of the words you edit</source>
            <translation>Idioma del texto que edita</translation>
        </message>
        <message>
            <source>My plan: %1</source>
            <translation>Mi plan: %1</translation>
        </message>
        <message>
            <source>Slides (tick to show, drag to reorder)</source>
            <translation>Diapositivas (marque para mostrar, arrastre para cambiar el orden)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Your notes (one point a line)</source>
            <translation>Sus notas (un punto por línea)</translation>
        </message>
        <message>
            <source>Questions (one a line)</source>
            <translation>Preguntas (una por línea)</translation>
        </message>
        <message>
            <source>Minutes for each part of the agenda</source>
            <translation>Minutos para cada parte de la agenda</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>The safeguarding page and the help-line slide stay in every plan.</source>
            <translation>La página de protección infantil y la diapositiva de líneas de ayuda se quedan en todos los planes.</translation>
        </message>
        <message>
            <source>In all: %1 minutes</source>
            <translation>En total: %1 minutos</translation>
        </message>
        <message>
            <source>%1 (always shown)</source>
            <translation>%1 (siempre se muestra)</translation>
        </message>
        <message>
            <source>New slide</source>
            <translation>Diapositiva nueva</translation>
        </message>
        <message>
            <source>Give your plan a name first.</source>
            <translation>Primero póngale un nombre a su plan.</translation>
        </message>
        <message>
            <source>Your plan was not saved:</source>
            <translation>Su plan no se guardó:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>Saved as “%1”. It is listed under Workshops.</source>
            <translation>Se guardó como “%1”. Aparece en Talleres.</translation>
        </message>
    </context>
    <context>
        <name>PresentDialog</name>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation>Pantalla %1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presentar</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Slides on</source>
            <translation>Diapositivas en</translation>
        </message>
        <message>
            <source>Presenter view on</source>
            <translation>Vista del presentador en</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Second language, below the first</source>
            <translation>Segundo idioma, debajo del primero</translation>
        </message>
        <message>
            <source>With one screen, press N during the show for your notes. Press ? for the keys.</source>
            <translation>Con una sola pantalla, pulse N durante la presentación para ver sus notas. Pulse ? para ver las teclas.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Not yet in %1, shown in English: %2</source>
            <translation>Todavía no está en %1, se muestra en inglés: %2</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Right, Down, Page Down, Space, Enter</source>
            <translation>Flecha derecha, flecha abajo, Av Pág, Espacio, Enter</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Diapositiva siguiente</translation>
        </message>
        <message>
            <source>Left, Up, Page Up, Backspace, P</source>
            <translation>Flecha izquierda, flecha arriba, Re Pág, Retroceso, P</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>Diapositiva anterior</translation>
        </message>
        <message>
            <source>Home, End</source>
            <translation>Inicio, Fin</translation>
        </message>
        <message>
            <source>First slide, last slide</source>
            <translation>Primera diapositiva, última diapositiva</translation>
        </message>
        <message>
            <source>A number, then Enter</source>
            <translation>Un número y luego Enter</translation>
        </message>
        <message>
            <source>Go to that slide</source>
            <translation>Ir a esa diapositiva</translation>
        </message>
        <message>
            <source>B or .</source>
            <translation>B o .</translation>
        </message>
        <message>
            <source>Black screen (any move key returns to the same slide)</source>
            <translation>Pantalla negra (cualquier tecla de movimiento vuelve a la misma diapositiva)</translation>
        </message>
        <message>
            <source>W or ,</source>
            <translation>W o ,</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Pantalla blanca</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show or hide the notes (one screen)</source>
            <translation>Mostrar u ocultar las notas (una sola pantalla)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Cancel a blank or a number; then asks before leaving</source>
            <translation>Cancela la pantalla vacía o el número; después pregunta antes de salir</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Show or hide this list</source>
            <translation>Mostrar u ocultar esta lista</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Get help now, on the presenter's screen</source>
            <translation>Pedir ayuda ahora, en la pantalla del presentador</translation>
        </message>
        <message>
            <source>ahead</source>
            <translation>adelantado</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>a tiempo</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>atrasado</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>Preguntas para el grupo</translation>
        </message>
        <message>
            <source>Card %1: one good answer</source>
            <translation>Tarjeta %1: una buena respuesta</translation>
        </message>
        <message>
            <source>Family Guide: presentation</source>
            <translation>Family Guide: presentación</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>Diapositiva</translation>
        </message>
        <message>
            <source>Family Guide: presenter view</source>
            <translation>Family Guide: vista del presentador</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Diapositiva actual</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Time and status</source>
            <translation>Tiempo y estado</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Diapositiva %1 de %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Transcurrido %1</translation>
        </message>
        <message>
            <source>%1: %2 left (%3)</source>
            <translation>%1: quedan %2 (%3)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>BLANK: black</source>
            <translation>PANTALLA VACÍA: negra</translation>
        </message>
        <message>
            <source>BLANK: white</source>
            <translation>PANTALLA VACÍA: blanca</translation>
        </message>
        <message>
            <source>Go to slide: %1</source>
            <translation>Ir a la diapositiva: %1</translation>
        </message>
        <message>
            <source>There is no slide %1 (1 to %2).</source>
            <translation>No hay diapositiva %1 (de 1 a %2).</translation>
        </message>
        <message>
            <source>Time %1</source>
            <translation>Hora %1</translation>
        </message>
        <message>
            <source>Leave the presentation? Press Enter or Y to leave; any other key stays.</source>
            <translation>¿Salir de la presentación? Pulse Enter o Y para salir; cualquier otra tecla la mantiene.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Buscar en:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nombre de archivo:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Tipo de archivo:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Tipo de archivo:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Carpeta superior</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Crear nueva carpeta</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Vista de lista</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Vista de detalles</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Barra lateral</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Ir atrás</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Ir adelante</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ir a la carpeta superior</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Crear una nueva carpeta</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Cambiar a vista de lista</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Cambiar a vista de detalles</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Sitios recientes</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Mi PC</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Cambia&amp;r nombre</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Mostrar archivos &amp;ocultos</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Nueva carpeta</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nueva carpeta</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Carpeta de archivos</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 ya existe.
¿Desea reemplazarlo?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>¿Está seguro de que desea eliminar '%1'?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' está protegido contra escritura.
¿Desea eliminarlo de todos modos?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>No se pudo eliminar la carpeta.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
No se encontró la carpeta.
Compruebe que el nombre de la carpeta sea correcto.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
No se encontró el archivo.
Compruebe que el nombre del archivo sea correcto.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Fecha de modificación</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Mi PC</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Nombre de archivo no válido</translation>
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
            <translation>%1 bytes</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Seleccionar todo</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Mostrar los detalles...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ocultar los detalles...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Guardar todo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Sí a &amp;todo</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o a todo</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Interrumpir</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reinicializar</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restaurar los valores predeterminados</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copiar la ubicación del en&amp;lace</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Seleccionar todo</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>Dejar de leer en voz alta</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>Velocidad de lectura</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Más lento</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Más rápido</translation>
        </message>
        <message>
            <source>Only the words to say</source>
            <translation>Solo lo que hay que decir</translation>
        </message>
        <message>
            <source>Read only the lines to say to your child, never the notes for you</source>
            <translation>Leer solo las frases para decirle a su hijo o hija, nunca las notas para usted</translation>
        </message>
        <message>
            <source>Read the English text</source>
            <translation>Leer el texto en inglés</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Leer en voz alta</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>This computer has no voice for %1, so that text cannot be read aloud.</source>
            <translation>Esta computadora no tiene una voz para %1, así que ese texto no se puede leer en voz alta.</translation>
        </message>
        <message>
            <source>There is nothing to read aloud here.</source>
            <translation>Aquí no hay nada para leer en voz alta.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Timeline of concerns</source>
            <translation>Línea de tiempo de las preocupaciones</translation>
        </message>
        <message>
            <source>About: %1 (born %2)</source>
            <translation>Sobre: %1 (nació en %2)</translation>
        </message>
        <message>
            <source>About: all children</source>
            <translation>Sobre: todos los niños y niñas</translation>
        </message>
        <message>
            <source>Made on %1 from a private journal kept with Family Guide.</source>
            <translation>Hecho el %1 a partir de un diario privado llevado con Family Guide.</translation>
        </message>
        <message>
            <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
            <translation>Escrito por la madre, el padre o la persona que cuida al niño o niña. Las fechas y horas indican cuándo pasaron las cosas, según se anotaron en el momento o poco después. No se incluyen imágenes: en cada anotación se indica dónde se guardan las pruebas.</translation>
        </message>
        <message>
            <source>There are no entries yet.</source>
            <translation>Todavía no hay anotaciones.</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>Niño o niña: %1</translation>
        </message>
        <message>
            <source>Concern: %1</source>
            <translation>Preocupación: %1</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Etiquetas: %1</translation>
        </message>
        <message>
            <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
            <translation>El informe es un archivo normal, sin bloqueo ni cifrado. Cualquier persona que pueda abrir el archivo puede leerlo, y su computadora puede guardar copias (archivos recientes, descargas, sincronización con la nube). Guárdelo donde solo usted pueda llegar, por ejemplo en una memoria USB que tenga con usted, o mejor imprímalo. Bórrelo cuando ya no lo necesite.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Línea de tiempo</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>Todos los niños y niñas</translation>
        </message>
        <message>
            <source>&amp;Child:</source>
            <translation>&amp;Niño o niña:</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>Guardar como P&amp;DF...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Imprimir...</translation>
        </message>
        <message>
            <source>A copy outside the locked journal</source>
            <translation>Una copia fuera del diario bloqueado</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
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
        <name>Service</name>
        <message>
            <source>Police, ambulance and fire</source>
            <translation>Policía, ambulancia y bomberos</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Policía</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>Ambulancia</translation>
        </message>
        <message>
            <source>Fire and rescue, ambulance</source>
            <translation>Bomberos y rescate, ambulancia</translation>
        </message>
        <message>
            <source>from a mobile phone</source>
            <translation>desde un celular</translation>
        </message>
        <message>
            <source>older number, still works</source>
            <translation>número anterior, todavía funciona</translation>
        </message>
        <message>
            <source>in some areas only</source>
            <translation>solo en algunas zonas</translation>
        </message>
        <message>
            <source>new; may not work everywhere yet</source>
            <translation>nuevo; puede que aún no funcione en todas partes</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Hojas informativas</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Colo&amp;urs:</source>
            <translation>Colo&amp;res:</translation>
        </message>
        <message>
            <source>Lock the &amp;journal after:</source>
            <translation>Bloquear el &amp;diario después de:</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n minuto sin uso</numerusform>
                <numerusform>%n minutos sin uso</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra content modules are loaded from this folder:
%1</source>
            <translation>Los módulos de contenido adicionales se cargan desde esta carpeta:
%1</translation>
        </message>
        <message>
            <source>Content &amp;packs…</source>
            <translation>&amp;Paquetes de contenido…</translation>
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
        <name>Theme</name>
        <message>
            <source>Like the system (light or dark)</source>
            <translation>Como el sistema (claro u oscuro)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
    </context>
    <context>
        <name>Topic</name>
        <message>
            <source>Online friends and strangers</source>
            <translation>Amigos de internet y desconocidos</translation>
        </message>
        <message>
            <source>Secrets and private chats</source>
            <translation>Secretos y chats privados</translation>
        </message>
        <message>
            <source>Gifts and money</source>
            <translation>Regalos y dinero</translation>
        </message>
        <message>
            <source>Photos and videos</source>
            <translation>Fotos y videos</translation>
        </message>
        <message>
            <source>Sextortion</source>
            <translation>Sextorsión</translation>
        </message>
        <message>
            <source>Live streaming</source>
            <translation>Transmisiones en vivo</translation>
        </message>
        <message>
            <source>Offers too good to be true</source>
            <translation>Ofertas demasiado buenas para ser verdad</translation>
        </message>
        <message>
            <source>Feelings and support</source>
            <translation>Sentimientos y apoyo</translation>
        </message>
        <message>
            <source>Body safety</source>
            <translation>Seguridad del cuerpo</translation>
        </message>
        <message>
            <source>Relationships and respect</source>
            <translation>Relaciones y respeto</translation>
        </message>
        <message>
            <source>Meeting in person</source>
            <translation>Encuentros en persona</translation>
        </message>
        <message>
            <source>When something has happened</source>
            <translation>Cuando algo ya pasó</translation>
        </message>
        <message>
            <source>Apps and privacy</source>
            <translation>Apps y privacidad</translation>
        </message>
        <message>
            <source>Grooming</source>
            <translation>Grooming (captación)</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Trata de personas</translation>
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
            <translation>&amp;Guardar en el diario...</translation>
        </message>
        <message>
            <source>Keep what you ticked, with the date and a note, in your private journal</source>
            <translation>Guarde en su diario privado lo que marcó, con la fecha y una nota</translation>
        </message>
        <message>
            <source>C&amp;lear ticks</source>
            <translation>&amp;Quitar las marcas</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>&amp;Crear un folleto...</translation>
        </message>
        <message>
            <source>Print this checklist as a blank worksheet, or the next steps shown</source>
            <translation>Imprima esta lista como una hoja en blanco para marcar, o los próximos pasos que se muestran</translation>
        </message>
        <message>
            <source>Also normal:</source>
            <translation>También es normal:</translation>
        </message>
        <message>
            <source>(in %1: not yet translated)</source>
            <translation>(en %1: aún no traducido)</translation>
        </message>
        <message>
            <source>(the English text changed after this was translated)</source>
            <translation>(el texto en inglés cambió después de esta traducción)</translation>
        </message>
        <message>
            <source>Who can help in %1</source>
            <translation>Quién puede ayudar en %1</translation>
        </message>
        <message>
            <source>No services are listed for your country. See Get help now.</source>
            <translation>No hay servicios en la lista para su país. Vea “Pedir ayuda ahora”.</translation>
        </message>
        <message>
            <source>Blank worksheet with tick boxes</source>
            <translation>Hoja en blanco con casillas para marcar</translation>
        </message>
        <message>
            <source>Next steps: %1</source>
            <translation>Próximos pasos: %1</translation>
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation>Se guardó en su diario.</translation>
        </message>
        <message>
            <source>Tick the signs you have noticed to see what to do next.</source>
            <translation>Marque las señales que ha notado para ver qué hacer después.</translation>
        </message>
        <message>
            <source>Emergency: %1</source>
            <translation>Emergencia: %1</translation>
        </message>
        <message>
            <source>Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps below.</source>
            <translation>Diga que hay un niño o una niña en peligro, dónde puede estar y qué está pasando. Después, siga los pasos de abajo.</translation>
        </message>
        <message>
            <source>Act today: report and get advice.</source>
            <translation>Actúe hoy: denuncie y pida orientación.</translation>
        </message>
        <message>
            <source>You do not need proof. The steps and the places to report are below.</source>
            <translation>No necesita pruebas. Abajo están los pasos y los lugares donde denunciar.</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation>
                <numerusform>Se guardarán en su diario %n señal marcada y los próximos pasos.</numerusform>
                <numerusform>Se guardarán en su diario %n señales marcadas y los próximos pasos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation>
                <numerusform>%n señal marcada.</numerusform>
                <numerusform>%n señales marcadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workshops</name>
        <message>
            <source>Workshops</source>
            <translation>Talleres</translation>
        </message>
        <message>
            <source>Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding page before you present. Adapt a plan to your group and save it as your own.</source>
            <translation>Planes de sesión para líderes: agenda, diapositivas, notas y una página de protección infantil. Lea la página de protección antes de presentar. Adapte un plan a su grupo y guárdelo como propio.</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>Planes de sesión</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>El plan</translation>
        </message>
        <message>
            <source>&amp;Present...</source>
            <translation>&amp;Presentar...</translation>
        </message>
        <message>
            <source>Show the slides full screen (F5)</source>
            <translation>Mostrar las diapositivas en pantalla completa (F5)</translation>
        </message>
        <message>
            <source>&amp;Adapt...</source>
            <translation>&amp;Adaptar...</translation>
        </message>
        <message>
            <source>Reorder, hide and edit slides; save as your own plan</source>
            <translation>Cambie el orden, oculte y edite diapositivas; guárdelo como su propio plan</translation>
        </message>
        <message>
            <source>Export s&amp;lides (PDF)...</source>
            <translation>&amp;Diapositivas en PDF...</translation>
        </message>
        <message>
            <source>Export n&amp;otes (PDF)...</source>
            <translation>&amp;Notas en PDF...</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>&amp;Hacer una hoja informativa...</translation>
        </message>
        <message>
            <source>Print the plan's take-home handout for participants, or save it as a PDF</source>
            <translation>Imprima la hoja del plan para que los participantes la lleven a casa, o guárdela como PDF</translation>
        </message>
        <message>
            <source>your plan</source>
            <translation>su plan</translation>
        </message>
        <message>
            <source>No session plans are installed.</source>
            <translation>No hay planes de sesión instalados.</translation>
        </message>
        <message>
            <source>Take-home handout: %1</source>
            <translation>Hoja para llevar a casa: %1</translation>
        </message>
        <message>
            <source>Cannot present</source>
            <translation>No se puede presentar</translation>
        </message>
        <message>
            <source>This plan has problems to fix first:</source>
            <translation>Este plan tiene problemas que hay que corregir primero:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the slides</source>
            <translation>Exportar las diapositivas</translation>
        </message>
        <message>
            <source>Export the facilitator notes</source>
            <translation>Exportar las notas del facilitador</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>The PDF could not be saved to %1: %2</source>
            <translation>No se pudo guardar el PDF en %1: %2</translation>
        </message>
        <message>
            <source>Workshop slides</source>
            <translation>Diapositivas del taller</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Notas del facilitador</translation>
        </message>
        <message>
            <source>%1 to %2 minutes</source>
            <translation>De %1 a %2 minutos</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 minutos</translation>
        </message>
        <message>
            <source>Facilitator safeguarding page (read before the session)</source>
            <translation>Página de protección infantil para el facilitador (léala antes de la sesión)</translation>
        </message>
        <message>
            <source>Emergency number in %1: %2</source>
            <translation>Número de emergencias en %1: %2</translation>
        </message>
        <message>
            <source>No emergency number is confirmed for %1: find the local number before the session.</source>
            <translation>No hay un número de emergencias confirmado para %1: averigüe el número local antes de la sesión.</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Antes de la sesión</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>Durante la sesión</translation>
        </message>
        <message>
            <source>If someone tells you about abuse</source>
            <translation>Si alguien le cuenta sobre un abuso</translation>
        </message>
        <message>
            <source>What not to promise</source>
            <translation>Qué no prometer</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>A quién llamar</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Slides and notes</source>
            <translation>Diapositivas y notas</translation>
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation>(oculta) %1</translation>
        </message>
        <message>
            <source>The help lines of the chosen country are shown here.</source>
            <translation>Aquí se muestran las líneas de ayuda del país elegido.</translation>
        </message>
        <message>
            <source>One good answer:</source>
            <translation>Una buena respuesta:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
    </context>
</TS>
