<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>App</name>
        <message>
            <source>Family Guide is already open. Look for its window, or its button on the taskbar.</source>
            <translation>O Family Guide já está aberto. Procure a janela dele ou o botão dele na barra de tarefas.</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>Não foi possível ler as configurações</translation>
        </message>
        <message>
            <source>The settings file names a country that is not in the list (%1). Help for “Another country” is shown until you choose your country in Settings.</source>
            <translation>O arquivo de configurações indica um país que não está na lista (%1). Até você escolher seu país em Configurações, aparece a ajuda para “Outro país”.</translation>
        </message>
    </context>
    <context>
        <name>ContentHtml</name>
        <message>
            <source>Shown in %1: this part is not yet translated into %2.</source>
            <translation>Mostrado em %1: esta parte ainda não foi traduzida para %2.</translation>
        </message>
        <message>
            <source>This translation has not yet been checked by a fluent speaker.</source>
            <translation>Esta tradução ainda não foi revisada por um falante fluente.</translation>
        </message>
        <message>
            <source>The English text changed after this was translated: the parts marked may be out of date.</source>
            <translation>O texto em inglês mudou depois desta tradução: as partes marcadas podem estar desatualizadas.</translation>
        </message>
        <message>
            <source>Translation checked by %1 on %2.</source>
            <translation>Tradução revisada por %1 em %2.</translation>
        </message>
        <message>
            <source>Reviewed %1</source>
            <translation>Revisado em %1</translation>
        </message>
        <message>
            <source>The English text changed after this was translated.</source>
            <translation>O texto em inglês mudou depois desta tradução.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fontes</translation>
        </message>
        <message>
            <source>For you, not to say to your child:</source>
            <translation>Para você, não para dizer à criança:</translation>
        </message>
        <message>
            <source>Ages %1</source>
            <translation>Idades %1</translation>
        </message>
        <message>
            <source>For this age</source>
            <translation>Para esta idade</translation>
        </message>
        <message>
            <source>Why this matters</source>
            <translation>Por que isso importa</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Antes de começar</translation>
        </message>
        <message>
            <source>Ways to start</source>
            <translation>Como começar</translation>
        </message>
        <message>
            <source>What your child should hear</source>
            <translation>O que a criança precisa ouvir</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Perguntas para fazer</translation>
        </message>
        <message>
            <source>If your child says...</source>
            <translation>Se a criança disser...</translation>
        </message>
        <message>
            <source>Show what you might say</source>
            <translation>Mostrar o que você pode dizer</translation>
        </message>
        <message>
            <source>What not to say</source>
            <translation>O que não dizer</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Depois</translation>
        </message>
        <message>
            <source>Signs to watch for</source>
            <translation>Sinais para observar</translation>
        </message>
        <message>
            <source>Getting help</source>
            <translation>Buscar ajuda</translation>
        </message>
        <message>
            <source>What this may mean</source>
            <translation>O que isso pode significar</translation>
        </message>
        <message>
            <source>What this does not mean</source>
            <translation>O que isso não significa</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>O que fazer agora</translation>
        </message>
        <message>
            <source>Write down usernames, profile links, phone numbers, dates and the apps or games used.</source>
            <translation>Anote nomes de usuário, links de perfil, números de telefone, datas e os apps ou jogos usados.</translation>
        </message>
        <message>
            <source>Keep the messages. Do not delete them, or the account.</source>
            <translation>Guarde as mensagens. Não apague as mensagens nem a conta.</translation>
        </message>
        <message>
            <source>Block the account only after you have written the details down.</source>
            <translation>Bloqueie a conta só depois de anotar os detalhes.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
            <translation>Nunca salve, faça captura de tela nem encaminhe uma imagem sexual de uma criança, nem mesmo como prova. Diga à polícia ou ao canal de denúncia onde ela está.</translation>
        </message>
        <message>
            <source>Do not pay, and do not send anything more.</source>
            <translation>Não pague e não envie mais nada.</translation>
        </message>
        <message>
            <source>Keeping evidence</source>
            <translation>Guardar as provas</translation>
        </message>
        <message>
            <source>Conversation guides that can help</source>
            <translation>Guias de conversa que podem ajudar</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Telefone: %1</translation>
        </message>
        <message>
            <source>Copy number</source>
            <translation>Copiar número</translation>
        </message>
        <message>
            <source>Text: %1</source>
            <translation>SMS: %1</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation>Horário: %1</translation>
        </message>
        <message>
            <source>Checked live on %1</source>
            <translation>Conferido na fonte em %1</translation>
        </message>
        <message>
            <source>Caution: we could not confirm this. Check it before you rely on it.</source>
            <translation>Atenção: não conseguimos confirmar isto. Confira antes de contar com isso.</translation>
        </message>
        <message>
            <source>Found in one source only: check this number locally.</source>
            <translation>Encontrado em uma única fonte: confirme este número na sua região.</translation>
        </message>
        <message>
            <source>Source: %1, dated %2</source>
            <translation>Fonte: %1, de %2</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Fonte: %1</translation>
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
            <translation>Isto abre o seu navegador neste endereço:

%1

Site: %2

O próprio Family Guide nunca se conecta à internet.</translation>
        </message>
        <message>
            <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
            <translation>Isto abre outro programa (como o seu navegador) neste endereço:

%1

O próprio Family Guide nunca se conecta à internet.</translation>
        </message>
        <message>
            <source>Open outside Family Guide?</source>
            <translation>Abrir fora do Family Guide?</translation>
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <source>Conversation guides</source>
            <translation>Guias de conversa</translation>
        </message>
        <message>
            <source>C&amp;hild's age:</source>
            <translation>&amp;Idade da criança:</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>&amp;Written for:</source>
            <translation>&amp;Escrito para:</translation>
        </message>
        <message>
            <source>Search the guides</source>
            <translation>Pesquisar nos guias</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Guias</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>Texto do guia</translation>
        </message>
        <message>
            <source>We &amp;talked about this...</source>
            <translation>&amp;Já conversamos sobre isto...</translation>
        </message>
        <message>
            <source>Write down in your private journal that you had this talk</source>
            <translation>Anotar no seu diário privado que vocês tiveram esta conversa</translation>
        </message>
        <message>
            <source>Show all &amp;answers</source>
            <translation>Mostrar todas as &amp;respostas</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>&amp;Fazer um folheto...</translation>
        </message>
        <message>
            <source>Print this guide as a one- or two-page handout, or save it as a PDF</source>
            <translation>Imprimir este guia como folheto de uma ou duas páginas, ou salvar como PDF</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 anos</translation>
        </message>
        <message>
            <source>%1 (%2 this year)</source>
            <translation>%1 (%2 este ano)</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Todos os temas</translation>
        </message>
        <message>
            <source>No guide matches. Try other words, or choose “All topics”.</source>
            <translation>Nenhum guia encontrado. Tente outras palavras ou escolha “Todos os temas”.</translation>
        </message>
        <message>
            <source>No guides are available for this age yet.</source>
            <translation>Ainda não há guias para esta idade.</translation>
        </message>
        <message>
            <source>This guide, ages %1</source>
            <translation>Este guia, idades %1</translation>
        </message>
        <message>
            <source>Record that you talked about “%1” (ages %2).</source>
            <translation>Registrar que vocês conversaram sobre “%1” (idades %2).</translation>
        </message>
    </context>
    <context>
        <name>CounselorForm</name>
        <message>
            <source>Your details on handouts</source>
            <translation>Seus dados nos folhetos</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organização:</translation>
        </message>
        <message>
            <source>Contact li&amp;ne:</source>
            <translation>Linha de &amp;contato:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>Choose lo&amp;go...</source>
            <translation>&amp;Escolher logo...</translation>
        </message>
        <message>
            <source>Remo&amp;ve logo</source>
            <translation>&amp;Remover logo</translation>
        </message>
        <message>
            <source>Choose a logo (PNG or JPEG, up to 2 MB)</source>
            <translation>Escolha um logo (PNG ou JPEG, até 2 MB)</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>Há um logo definido.</translation>
        </message>
        <message>
            <source>No logo.</source>
            <translation>Sem logo.</translation>
        </message>
        <message>
            <source>The organisation name will be cut to %1 characters.</source>
            <translation>O nome da organização será cortado para %1 caracteres.</translation>
        </message>
        <message>
            <source>The contact line will be cut to %1 characters.</source>
            <translation>A linha de contato será cortada para %1 caracteres.</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Escolha um logo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imagens (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The logo was saved.</source>
            <translation>O logo foi salvo.</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Another country</source>
            <translation>Outro país</translation>
        </message>
    </context>
    <context>
        <name>GetHelpPage</name>
        <message>
            <source>Copied to the clipboard: %1</source>
            <translation>Copiado para a área de transferência: %1</translation>
        </message>
        <message>
            <source>Help lines and reporting</source>
            <translation>Linhas de ajuda e denúncia</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>Linhas de ajuda</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Fazer um &amp;folheto...</translation>
        </message>
        <message>
            <source>Print these help lines, or save them as a PDF</source>
            <translation>Imprimir estas linhas de ajuda ou salvar como PDF</translation>
        </message>
        <message>
            <source>All kinds of help</source>
            <translation>Todos os tipos de ajuda</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>Linhas de ajuda: %1</translation>
        </message>
        <message>
            <source>These facts come from public pages we read; no one called the numbers to check them. Numbers change: if one does not work, call the emergency number.</source>
            <translation>Estas informações vêm de páginas públicas que lemos; ninguém ligou para os números para conferir. Os números mudam: se um não funcionar, ligue para o número de emergência.</translation>
        </message>
        <message>
            <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
            <translation>Não há nada deste tipo na lista para este país. Escolha “Todos os tipos de ajuda” ou pergunte à linha de ajuda para crianças ou à polícia.</translation>
        </message>
        <message>
            <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
            <translation>Nenhuma linha de ajuda foi carregada. Em uma emergência, ligue para o número de emergência local.</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>For parents and carers</source>
            <translation>Para pais e responsáveis</translation>
        </message>
        <message>
            <source>For young people</source>
            <translation>Para jovens</translation>
        </message>
        <message>
            <source>Our family safety plan</source>
            <translation>Nosso plano de segurança da família</translation>
        </message>
        <message>
            <source>Choose one or two languages.</source>
            <translation>Escolha um ou dois idiomas.</translation>
        </message>
        <message>
            <source>Choose two different languages, or only one.</source>
            <translation>Escolha dois idiomas diferentes, ou só um.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>The content '%1' is not loaded.</source>
            <translation>O conteúdo “%1” não está carregado.</translation>
        </message>
        <message>
            <source>This session plan has no take-home handout.</source>
            <translation>Este plano de sessão não tem folheto para levar para casa.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet. Choose another language, or make a handout in one.</source>
            <translation>Este conteúdo ainda não tem texto em %1. Escolha outro idioma ou faça um folheto em um só idioma.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet, so it is shown in English.</source>
            <translation>Este conteúdo ainda não tem texto em %1, por isso aparece em inglês.</translation>
        </message>
        <message>
            <source>The organisation name is too long for a handout; it was cut short.</source>
            <translation>O nome da organização é longo demais para um folheto; foi encurtado.</translation>
        </message>
        <message>
            <source>The contact line is too long for a handout; it was cut short.</source>
            <translation>A linha de contato é longa demais para um folheto; foi encurtada.</translation>
        </message>
        <message>
            <source>Shown in English: this part is not yet translated.</source>
            <translation>Em inglês: esta parte ainda não foi traduzida.</translation>
        </message>
        <message>
            <source>This guide has no part for ages %1.</source>
            <translation>Este guia não tem uma parte para %1 anos.</translation>
        </message>
        <message>
            <source>This guide has nothing written for young people of ages %1.</source>
            <translation>Este guia não tem nada escrito para jovens de %1 anos.</translation>
        </message>
        <message>
            <source>Things to remember</source>
            <translation>Para lembrar</translation>
        </message>
        <message>
            <source>People I can tell</source>
            <translation>Pessoas para quem posso contar</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Onde buscar ajuda</translation>
        </message>
        <message>
            <source>Checklists are written for adults. Make this handout for parents and carers.</source>
            <translation>As listas de verificação são escritas para adultos. Faça este folheto para pais e responsáveis.</translation>
        </message>
        <message>
            <source>Some items are shown in English: not yet translated.</source>
            <translation>Alguns itens aparecem em inglês: ainda não foram traduzidos.</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>This checklist has no guidance called '%1'.</source>
            <translation>Esta lista de verificação não tem uma orientação chamada “%1”.</translation>
        </message>
        <message>
            <source>To talk about at home</source>
            <translation>Para conversar em casa</translation>
        </message>
        <message>
            <source>To think about</source>
            <translation>Para pensar</translation>
        </message>
        <message>
            <source>To talk about with your team</source>
            <translation>Para conversar com sua equipe</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>Para: %1</translation>
        </message>
        <message>
            <source>What not to do</source>
            <translation>O que não fazer</translation>
        </message>
        <message>
            <source>Where to get help in %1</source>
            <translation>Onde buscar ajuda: %1</translation>
        </message>
        <message>
            <source>If a child is in danger now, call the emergency number first. Then use the services below.</source>
            <translation>Se uma criança estiver em perigo agora, ligue primeiro para o número de emergência. Depois, use os serviços abaixo.</translation>
        </message>
        <message>
            <source>We made this plan together. Keep it where everyone can see it.</source>
            <translation>Fizemos este plano juntos. Deixe-o onde todos possam ver.</translation>
        </message>
        <message>
            <source>People I can tell if something feels wrong</source>
            <translation>Pessoas para quem posso contar se algo parecer errado</translation>
        </message>
        <message>
            <source>Our agreements about apps, games and phones</source>
            <translation>Nossos combinados sobre apps, jogos e celulares</translation>
        </message>
        <message>
            <source>Our agreements about meeting people from online</source>
            <translation>Nossos combinados sobre encontrar pessoas que conhecemos on-line</translation>
        </message>
        <message>
            <source>If someone threatens you or asks for pictures</source>
            <translation>Se alguém ameaçar você ou pedir fotos</translation>
        </message>
        <message>
            <source>Stop replying. Do not pay, and do not send anything more.</source>
            <translation>Pare de responder. Não pague e não envie mais nada.</translation>
        </message>
        <message>
            <source>Do not delete the messages or the account.</source>
            <translation>Não apague as mensagens nem a conta.</translation>
        </message>
        <message>
            <source>Tell one of the people above straight away. You will not be in trouble.</source>
            <translation>Conte logo para uma das pessoas acima. Ninguém vai brigar com você.</translation>
        </message>
        <message>
            <source>We report it together. It is never your fault.</source>
            <translation>Vamos denunciar juntos. Nunca é culpa sua.</translation>
        </message>
        <message>
            <source>Help numbers</source>
            <translation>Números de ajuda</translation>
        </message>
        <message>
            <source>Signed and dated:</source>
            <translation>Assinatura e data:</translation>
        </message>
        <message>
            <source>No country was chosen. These services work anywhere.</source>
            <translation>Nenhum país foi escolhido. Estes serviços funcionam em qualquer lugar.</translation>
        </message>
        <message>
            <source>We have no help lines for %1 yet. These services work anywhere.</source>
            <translation>Ainda não temos linhas de ajuda para este país (%1). Estes serviços funcionam em qualquer lugar.</translation>
        </message>
        <message>
            <source>%1 could not be read as a picture: %2</source>
            <translation>Não foi possível ler %1 como imagem: %2</translation>
        </message>
        <message>
            <source>%1 is %2 x %3 pixels; a logo may be at most %4 x %4.</source>
            <translation>%1 tem %2 x %3 pixels; um logo pode ter no máximo %4 x %4.</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPEG picture.</source>
            <translation>%1 não é uma imagem PNG ou JPEG.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB, the most a logo may be.</source>
            <translation>%1 é maior que %2 MB, o máximo para um logo.</translation>
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
            <translation>A5 (metade do A4)</translation>
        </message>
        <message>
            <source>Make a handout</source>
            <translation>Fazer um folheto</translation>
        </message>
        <message>
            <source>&amp;Handout:</source>
            <translation>&amp;Folheto:</translation>
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
            <translation>P&amp;ara:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>Pap&amp;el:</translation>
        </message>
        <message>
            <source>Pre&amp;view...</source>
            <translation>Pré-&amp;visualizar...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>I&amp;mprimir...</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>Salvar como P&amp;DF...</translation>
        </message>
        <message>
            <source>None (one language)</source>
            <translation>Nenhum (um só idioma)</translation>
        </message>
        <message>
            <source>This worksheet runs to %1 pages in two languages. For two pages, make it in one language on A4 or Letter.</source>
            <translation>Em dois idiomas, esta ficha ocupa %1 páginas. Para ter duas páginas, faça em um só idioma, em A4 ou Carta.</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Salvar o folheto</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Não foi salvo</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Salvo: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpHours</name>
        <message>
            <source>24 hours a day, every day</source>
            <translation>24 horas por dia, todos os dias</translation>
        </message>
        <message>
            <source>24 hours a day</source>
            <translation>24 horas por dia</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Call %1 now.</source>
            <translation>Ligue agora para %1.</translation>
        </message>
        <message>
            <source>Call your local emergency number now.</source>
            <translation>Ligue agora para o número de emergência local.</translation>
        </message>
        <message>
            <source>We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a place of worship which number to call, and keep it by your phone.</source>
            <translation>Não conseguimos confirmar o número de emergência deste país (%1). Pergunte a um vizinho, a uma escola, a um médico ou a um lugar de culto qual número ligar, e deixe-o perto do seu telefone.</translation>
        </message>
        <message>
            <source>Reported, not confirmed: %1. Check it locally before you rely on it.</source>
            <translation>Informado, mas não confirmado: %1. Confirme na sua região antes de contar com ele.</translation>
        </message>
        <message>
            <source>A child is in danger.</source>
            <translation>Uma criança está em perigo.</translation>
        </message>
        <message>
            <source>Their name is ... They are ... years old.</source>
            <translation>O nome da criança é ... Ela tem ... anos.</translation>
        </message>
        <message>
            <source>They may be at ... (an address, a place, or the app they are using).</source>
            <translation>Ela pode estar em ... (um endereço, um lugar ou o app que está usando).</translation>
        </message>
        <message>
            <source>What is happening: ... (a meeting, a threat, they are missing).</source>
            <translation>O que está acontecendo: ... (um encontro, uma ameaça, a criança desapareceu).</translation>
        </message>
        <message>
            <source>My name is ... My phone number is ...</source>
            <translation>Meu nome é ... Meu telefone é ...</translation>
        </message>
        <message>
            <source>What to say when they answer</source>
            <translation>O que dizer quando atenderem</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>Linhas de ajuda: %1</translation>
        </message>
        <message>
            <source>Get help now</source>
            <translation>Pedir ajuda agora</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>What is happening?</source>
            <translation>O que está acontecendo?</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>O que fazer</translation>
        </message>
        <message>
            <source>Copy &amp;number</source>
            <translation>Copiar &amp;número</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Fazer um &amp;folheto...</translation>
        </message>
        <message>
            <source>1. Someone is in danger now</source>
            <translation>1. Alguém está em perigo agora</translation>
        </message>
        <message>
            <source>2. A child may hurt themselves</source>
            <translation>2. Uma criança pode se machucar</translation>
        </message>
        <message>
            <source>3. Someone is threatening to share images</source>
            <translation>3. Alguém está ameaçando compartilhar imagens</translation>
        </message>
        <message>
            <source>4. Report abuse or exploitation</source>
            <translation>4. Denunciar abuso ou exploração</translation>
        </message>
        <message>
            <source>5. Support for the child and for you</source>
            <translation>5. Apoio para a criança e para você</translation>
        </message>
        <message>
            <source>Copy the number %1</source>
            <translation>Copiar o número %1</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>Copiado: %1</translation>
        </message>
        <message>
            <source>Choose your country at the top to see its emergency numbers.</source>
            <translation>Escolha seu país no alto para ver os números de emergência.</translation>
        </message>
        <message>
            <source>Emergency numbers in %1</source>
            <translation>Números de emergência: %1</translation>
        </message>
        <message>
            <source>Someone is in danger now</source>
            <translation>Alguém está em perigo agora</translation>
        </message>
        <message>
            <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
            <translation>Ligue se uma criança desapareceu, está se encontrando ou vai se encontrar com alguém que conheceu on-line, está sendo levada de um lugar para outro ou anunciada, ou se alguém ameaça machucá-la.</translation>
        </message>
        <message>
            <source>If a child may hurt themselves</source>
            <translation>Se uma criança pode se machucar</translation>
        </message>
        <message>
            <source>If they are hurt or in danger now, call the emergency number above.</source>
            <translation>Se a criança estiver ferida ou em perigo agora, ligue para o número de emergência acima.</translation>
        </message>
        <message>
            <source>Stay with them. Do not leave them alone.</source>
            <translation>Fique com a criança. Não a deixe sozinha.</translation>
        </message>
        <message>
            <source>Listen calmly. Tell them you are glad they told you and you will get help.</source>
            <translation>Ouça com calma. Diga que foi bom ela ter contado e que você vai buscar ajuda.</translation>
        </message>
        <message>
            <source>If you can, move things they could use to hurt themselves out of reach.</source>
            <translation>Se puder, tire do alcance dela as coisas que ela poderia usar para se machucar.</translation>
        </message>
        <message>
            <source>Call a crisis line together, now or as soon as you can.</source>
            <translation>Liguem juntos para uma linha de crise, agora ou assim que puderem.</translation>
        </message>
        <message>
            <source>If someone threatens to share images</source>
            <translation>Se alguém ameaça compartilhar imagens</translation>
        </message>
        <message>
            <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
            <translation>Mantenha a calma. Diga à criança que ela não vai ser castigada e que você vai ajudar.</translation>
        </message>
        <message>
            <source>Do not pay and do not send more. Paying rarely stops it.</source>
            <translation>Não pague e não envie mais nada. Pagar raramente faz a ameaça parar.</translation>
        </message>
        <message>
            <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
            <translation>Pare de responder. Anote nomes de usuário, links de perfil, datas e apps.</translation>
        </message>
        <message>
            <source>Keep the messages. Block only after you have written down the details.</source>
            <translation>Guarde as mensagens. Bloqueie só depois de anotar os detalhes.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
            <translation>Nunca salve, faça captura de tela nem encaminhe uma imagem sexual de uma criança, nem mesmo como prova. Em vez disso, denuncie.</translation>
        </message>
        <message>
            <source>Report it, and ask for the images to be taken down (below).</source>
            <translation>Denuncie e peça que as imagens sejam removidas da internet (abaixo).</translation>
        </message>
        <message>
            <source>Report abuse or exploitation</source>
            <translation>Denunciar abuso ou exploração</translation>
        </message>
        <message>
            <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
            <translation>Você não precisa de provas para denunciar. É melhor denunciar e estar errado do que esperar.</translation>
        </message>
        <message>
            <source>Support for the child and for you</source>
            <translation>Apoio para a criança e para você</translation>
        </message>
        <message>
            <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
            <translation>Agradeça à criança por ter contado. O que aconteceu não é culpa dela, nem sua.</translation>
        </message>
        <message>
            <source>No crisis line is listed for %1. Call the emergency number, or a child help line:</source>
            <translation>Não há linha de crise na lista para este país (%1). Ligue para o número de emergência ou para uma linha de ajuda para crianças:</translation>
        </message>
        <message>
            <source>These services work from anywhere.</source>
            <translation>Estes serviços funcionam de qualquer lugar.</translation>
        </message>
        <message>
            <source>No national service of this kind was confirmed for %1. The services below work from anywhere; a child help line or the police can also advise.</source>
            <translation>Nenhum serviço nacional deste tipo foi confirmado para este país (%1). Os serviços abaixo funcionam de qualquer lugar; uma linha de ajuda para crianças ou a polícia também podem orientar.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Boas-vindas</translation>
        </message>
        <message>
            <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
            <translation>As crianças ficam mais seguras on-line quando sabem que podem contar qualquer coisa para você sem levar bronca. O Family Guide ajuda você a conversar cedo e com frequência, a conhecer os sinais de alerta e a saber o que fazer.</translation>
        </message>
        <message>
            <source>Start with a short, calm talk. You do not need to know everything.</source>
            <translation>Comece com uma conversa curta e tranquila. Você não precisa saber tudo.</translation>
        </message>
        <message>
            <source>Use the guides to prepare a talk for parents or young people.</source>
            <translation>Use os guias para preparar uma palestra para pais ou jovens.</translation>
        </message>
        <message>
            <source>Walk through a checklist with a family, then share the next steps.</source>
            <translation>Percorra uma lista de verificação com uma família e depois compartilhe os próximos passos.</translation>
        </message>
        <message>
            <source>&amp;Start a conversation</source>
            <translation>&amp;Iniciar uma conversa</translation>
        </message>
        <message>
            <source>Check &amp;warning signs</source>
            <translation>Ver &amp;sinais de alerta</translation>
        </message>
        <message>
            <source>Get &amp;help now</source>
            <translation>Pedir &amp;ajuda agora</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation guide(s)</source>
            <translation>
                <numerusform>%n guia de conversa</numerusform>
                <numerusform>%n guias de conversa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning-sign checklist(s)</source>
            <translation>
                <numerusform>%n lista de sinais de alerta</numerusform>
                <numerusform>%n listas de sinais de alerta</numerusform>
            </translation>
        </message>
        <message>
            <source>Conversation plan</source>
            <translation>Plano de conversas</translation>
        </message>
        <message>
            <source>Show &amp;fewer</source>
            <translation>Mostrar &amp;menos</translation>
        </message>
        <message>
            <source>Show all &amp;topics</source>
            <translation>Mostrar &amp;todos os temas</translation>
        </message>
        <message>
            <source>Topics that suit each child's age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
            <translation>Temas que combinam com a idade de cada criança agora. Volte a cada tema todo ano, quando a criança mudar de faixa etária e quando começar a usar um app novo.</translation>
        </message>
        <message>
            <source>Add your children in the journal to see which topics suit their age.</source>
            <translation>Adicione seus filhos e filhas no diário para ver quais temas combinam com a idade de cada um.</translation>
        </message>
        <message>
            <source>Open the &amp;journal</source>
            <translation>Abrir o &amp;diário</translation>
        </message>
        <message>
            <source>Unlock your journal to see each child's conversation plan.</source>
            <translation>Destranque seu diário para ver o plano de conversas de cada criança.</translation>
        </message>
        <message>
            <source>Unlock the &amp;journal</source>
            <translation>Dest&amp;rancar o diário</translation>
        </message>
        <message>
            <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
            <translation>Crie um diário privado para ter um plano de conversas para cada criança: quais temas combinam com a idade, sobre o que vocês já conversaram e o que é hora de retomar.</translation>
        </message>
        <message>
            <source>Set up the &amp;journal</source>
            <translation>&amp;Criar o diário</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
            <translation>O cadeado deixa suas anotações ilegíveis para quem abrir os arquivos ou usar este app enquanto o diário estiver trancado. Ele não protege contra programas de monitoramento neste computador, nem contra quem administra o computador (um administrador). Se você acha que alguém vigia este computador, use um mais seguro.</translation>
        </message>
        <message>
            <source>Use at least %1 characters. A short sentence is easy to remember.</source>
            <translation>Use pelo menos %1 caracteres. Uma frase curta é fácil de lembrar.</translation>
        </message>
        <message>
            <source>That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: a short sentence you can remember works well.</source>
            <translation>Essa frase-senha é uma das mais comuns, e quem tenta adivinhar começa por elas. Escolha outra: uma frase curta que você consiga lembrar funciona bem.</translation>
        </message>
        <message>
            <source>Set up your private journal</source>
            <translation>Crie seu diário privado</translation>
        </message>
        <message>
            <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
            <translation>Seu diário fica neste computador, criptografado. Escolha uma frase-senha que as outras pessoas da sua casa não consigam adivinhar. Você vai precisar dela toda vez que abrir o diário.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase-senha</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repita a frase-senha</translation>
        </message>
        <message>
            <source>Also make a recovery &amp;key, in case I forget the passphrase</source>
            <translation>Criar tamb&amp;ém uma chave de recuperação, caso eu esqueça a frase-senha</translation>
        </message>
        <message>
            <source>&amp;Use no passphrase</source>
            <translation>Não &amp;usar frase-senha</translation>
        </message>
        <message>
            <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
            <translation>Sem frase-senha, qualquer pessoa que use esta conta do computador pode abrir e ler o diário.</translation>
        </message>
        <message>
            <source>I understand, and choose no passphrase</source>
            <translation>Entendo e escolho não usar frase-senha</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase-senha:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repita:</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>Criar diário</translation>
        </message>
        <message>
            <source>Tick “I understand” to use the journal without a passphrase.</source>
            <translation>Marque “Entendo” para usar o diário sem frase-senha.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>As duas frases-senha não são iguais.</translation>
        </message>
        <message>
            <source>The journal could not be created: %1</source>
            <translation>Não foi possível criar o diário: %1</translation>
        </message>
        <message>
            <source>Use my recovery key &amp;instead</source>
            <translation>Usar minha chave de recuperação em ve&amp;z disso</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Destrancar</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
            <translation>O arquivo do diário está danificado e não pode ser aberto (%1). Seus backups estão na pasta do diário; use Restaurar um backup na seção Diário.</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>Chave de recu&amp;peração:</translation>
        </message>
        <message>
            <source>That recovery key does not open this journal. Check each group of letters. If you are sure it is right, the key file may be damaged: restore a backup.</source>
            <translation>Essa chave de recuperação não abre este diário. Confira cada grupo de letras. Se tiver certeza de que está certa, o arquivo da chave pode estar danificado: restaure um backup.</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal. Check Caps Lock and try again. If you are sure it is right, the key file may be damaged: use your recovery key, or restore a backup.</source>
            <translation>Essa frase-senha não abre este diário. Confira o Caps Lock e tente de novo. Se tiver certeza de que está certa, o arquivo da chave pode estar danificado: use sua chave de recuperação ou restaure um backup.</translation>
        </message>
        <message>
            <source>Unlock your journal</source>
            <translation>Destranque seu diário</translation>
        </message>
        <message>
            <source>Set up a private journal?</source>
            <translation>Criar um diário privado?</translation>
        </message>
        <message>
            <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
            <translation>Para salvar isto, você precisa de um diário privado. Ele fica neste computador, trancado com uma frase-senha. Criar um agora?</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Criança</translation>
        </message>
        <message>
            <source>A nickname is enough</source>
            <translation>Um apelido basta</translation>
        </message>
        <message>
            <source>For example: Roblox, TikTok, WhatsApp</source>
            <translation>Por exemplo: Roblox, TikTok, WhatsApp</translation>
        </message>
        <message>
            <source>&amp;Nickname:</source>
            <translation>&amp;Apelido:</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>Ano d&amp;e nascimento:</translation>
        </message>
        <message>
            <source>&amp;Apps and games:</source>
            <translation>Apps e jo&amp;gos:</translation>
        </message>
        <message>
            <source>Please give a nickname.</source>
            <translation>Informe um apelido.</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Crianças</translation>
        </message>
        <message>
            <source>&amp;Add child</source>
            <translation>&amp;Adicionar criança</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>Al&amp;terar</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Re&amp;mover</translation>
        </message>
        <message>
            <source>%1 (born %2)</source>
            <translation>%1 (nascimento: %2)</translation>
        </message>
        <message>
            <source>Keep the entries</source>
            <translation>Manter os registros</translation>
        </message>
        <message>
            <source>Delete the entries too</source>
            <translation>Apagar também os registros</translation>
        </message>
        <message>
            <source>Remove child</source>
            <translation>Remover criança</translation>
        </message>
        <message>
            <source>Remove %1? What should happen to the journal entries about them?</source>
            <translation>Remover %1? O que deve acontecer com os registros do diário sobre essa criança?</translation>
        </message>
        <message>
            <source>No child chosen</source>
            <translation>Nenhuma criança escolhida</translation>
        </message>
        <message>
            <source>Save to journal</source>
            <translation>Salvar no diário</translation>
        </message>
        <message>
            <source>Add a &amp;child...</source>
            <translation>Adicionar uma &amp;criança...</translation>
        </message>
        <message>
            <source>What was said, how it went, what to do next</source>
            <translation>O que foi dito, como foi, o que fazer depois</translation>
        </message>
        <message>
            <source>C&amp;hild:</source>
            <translation>Crian&amp;ça:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quando:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Alterar frase-senha</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Frase-senha atua&amp;l:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>No&amp;va frase-senha:</translation>
        </message>
        <message>
            <source>Also change the &amp;encryption key (makes a new recovery key)</source>
            <translation>Trocar tam&amp;bém a chave de criptografia (cria uma nova chave de recuperação)</translation>
        </message>
        <message>
            <source>Backups made before this change still open with the old passphrase or recovery key. Delete old backups you no longer need.</source>
            <translation>Os backups feitos antes desta mudança ainda abrem com a frase-senha ou a chave de recuperação antigas. Apague os backups antigos de que você não precisa mais.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>A frase-senha atual não está certa.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar um backup</translation>
        </message>
        <message>
            <source>Use a recovery &amp;key instead</source>
            <translation>Usar uma c&amp;have de recuperação em vez disso</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key of the backup:</source>
            <translation>Frase-&amp;senha ou chave de recuperação do backup:</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal's backups folder.</source>
            <translation>O diário deste computador será substituído pelo backup. Ele não é apagado: fica guardado na pasta de backups do diário.</translation>
        </message>
        <message>
            <source>This backup has no passphrase</source>
            <translation>Este backup não tem frase-senha</translation>
        </message>
        <message>
            <source>This backup was made when the journal had no passphrase, so it is not encrypted with one. After restoring it, anyone who can use this computer account can open the journal, until you set a passphrase again (More, Change passphrase). Restore it anyway?</source>
            <translation>Este backup foi feito quando o diário não tinha frase-senha, por isso não está protegido por uma. Depois de restaurá-lo, qualquer pessoa que use esta conta do computador pode abrir o diário, até você definir uma frase-senha de novo (Mais, Alterar frase-senha). Restaurar mesmo assim?</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restaurado</translation>
        </message>
        <message>
            <source>Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, then deleted. It is in:
%1</source>
            <translation>Destranque o diário com a frase-senha do backup. O diário substituído fica guardado por %2 dias e depois é apagado. Ele está em:
%1</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Tít&amp;ulo:</translation>
        </message>
        <message>
            <source>C&amp;oncern:</source>
            <translation>&amp;Preocupação:</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>&amp;Etiquetas:</translation>
        </message>
        <message>
            <source>Note&amp;s:</source>
            <translation>An&amp;otações:</translation>
        </message>
        <message>
            <source>Words to find this again, separated by commas</source>
            <translation>Palavras para achar isto de novo, separadas por vírgulas</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>Apagar &amp;registro</translation>
        </message>
        <message>
            <source>Choose an entry, or start a new one</source>
            <translation>Escolha um registro ou comece um novo</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sem título</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Salvo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anotação</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversa</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de verificação</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <source>No concern</source>
            <translation>Sem preocupação</translation>
        </message>
        <message>
            <source>Some concern</source>
            <translation>Alguma preocupação</translation>
        </message>
        <message>
            <source>Serious concern</source>
            <translation>Preocupação séria</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>App, game or site</source>
            <translation>App, jogo ou site</translation>
        </message>
        <message>
            <source>The other person's username or profile link</source>
            <translation>Nome de usuário ou link do perfil da outra pessoa</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>O que aconteceu</translation>
        </message>
        <message>
            <source>Where the evidence is kept (never a copy of a sexual image)</source>
            <translation>Onde as provas estão guardadas (nunca uma cópia de uma imagem sexual)</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>O que você fez</translation>
        </message>
        <message>
            <source>Reports made, and their reference numbers</source>
            <translation>Denúncias feitas e seus números de protocolo</translation>
        </message>
        <message>
            <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
            <translation>De propósito, não é possível adicionar imagens aqui. Nunca salve, faça captura de tela nem encaminhe uma imagem sexual de uma criança, nem mesmo como prova: guardá-la é crime e machuca a criança de novo. Anote onde ela está e denuncie.</translation>
        </message>
        <message>
            <source>Not saved: the journal is locked. Unlock it, then try again.</source>
            <translation>Não foi salvo: o diário está trancado. Destranque e tente de novo.</translation>
        </message>
        <message>
            <source>Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.</source>
            <translation>Não foi salvo: %1. Nada foi alterado, e seu texto continua aqui. Libere espaço no disco e tente de novo.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Não foi salvo</translation>
        </message>
        <message>
            <source>That does not open this backup. Nothing was changed.</source>
            <translation>Isso não abre este backup. Nada foi alterado.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1. Nothing was changed.</source>
            <translation>Não foi possível restaurar o backup: %1. Nada foi alterado.</translation>
        </message>
        <message>
            <source>Recovery key for your Family Guide journal</source>
            <translation>Chave de recuperação do seu diário do Family Guide</translation>
        </message>
        <message>
            <source>Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal.</source>
            <translation>Guarde este papel em um lugar seguro, longe do computador. Quem tiver este papel pode abrir o diário.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Sua chave de recuperação</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Chave de recuperação</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>C&amp;opiar</translation>
        </message>
        <message>
            <source>&amp;Print this key...</source>
            <translation>&amp;Imprimir esta chave...</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>&amp;Já anotei</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
            <translation>Se você esquecer sua frase-senha, esta chave abre o diário. Anote-a em papel e guarde em um lugar seguro, longe do computador. Ela só aparece esta vez.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copiado.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Nenhuma impressora</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key on paper instead.</source>
            <translation>Não há impressora configurada neste computador. Anote a chave em papel.</translation>
        </message>
        <message>
            <source>The key can only be printed on paper, not saved to a file.</source>
            <translation>A chave só pode ser impressa em papel, não salva em arquivo.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado para a impressora.</translation>
        </message>
        <message>
            <source>Guide: %1 (ages %2)</source>
            <translation>Guia: %1 (idades %2)</translation>
        </message>
        <message>
            <source>Next steps shown: %1</source>
            <translation>Próximos passos mostrados: %1</translation>
        </message>
        <message>
            <source>Signs ticked:</source>
            <translation>Sinais marcados:</translation>
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation>Em comparação com %1:</translation>
        </message>
        <message>
            <source>The same signs as last time.</source>
            <translation>Os mesmos sinais da última vez.</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>Novos: %1</translation>
        </message>
        <message>
            <source>No longer ticked: %1</source>
            <translation>Desmarcados: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n groups of five letters and digits</source>
            <translation>
                <numerusform>%n grupo de cinco letras e números</numerusform>
                <numerusform>%n grupos de cinco letras e números</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Private journal</source>
            <translation>Diário privado</translation>
        </message>
        <message>
            <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, encrypted and locked with your passphrase. It can become a clear report if you go to the police or a counselor.</source>
            <translation>O diário é um lugar privado para anotar o que você percebe: datas, nomes de usuário, o que foi dito e o que você fez. Ele fica neste computador, criptografado e trancado com sua frase-senha. Ele pode virar um relatório claro se você procurar a polícia ou um profissional de apoio.</translation>
        </message>
        <message>
            <source>&amp;Set up a private journal</source>
            <translation>Criar um &amp;diário privado</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>O diário está trancado.</translation>
        </message>
        <message>
            <source>New &amp;note</source>
            <translation>Nova &amp;anotação</translation>
        </message>
        <message>
            <source>New &amp;incident</source>
            <translation>Novo &amp;incidente</translation>
        </message>
        <message>
            <source>&amp;Children...</source>
            <translation>&amp;Crianças...</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Mais</translation>
        </message>
        <message>
            <source>Hide and &amp;lock</source>
            <translation>Esconder e &amp;trancar</translation>
        </message>
        <message>
            <source>Lock the journal at once and go to the home screen (%1)</source>
            <translation>Trancar o diário na hora e ir para a tela inicial (%1)</translation>
        </message>
        <message>
            <source>Search all entries</source>
            <translation>Pesquisar em todos os registros</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Show entries about</source>
            <translation>Mostrar registros sobre</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Preocupação</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>&amp;Timeline and report...</source>
            <translation>&amp;Linha do tempo e relatório...</translation>
        </message>
        <message>
            <source>Make a &amp;backup...</source>
            <translation>Fazer um &amp;backup...</translation>
        </message>
        <message>
            <source>&amp;Restore a backup...</source>
            <translation>&amp;Restaurar um backup...</translation>
        </message>
        <message>
            <source>Change &amp;passphrase...</source>
            <translation>Alterar &amp;frase-senha...</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>Todas as crianças</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>Any concern</source>
            <translation>Qualquer preocupação</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>%1 ou mais</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas as etiquetas</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Qualquer data</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 dias</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 dias</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último ano</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>Novo incidente</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nova anotação</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>Apagar este registro?</translation>
        </message>
        <message>
            <source>The entry is deleted for good. It cannot be brought back.</source>
            <translation>O registro será apagado para sempre. Não será possível recuperá-lo.</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>Salvar um backup</translation>
        </message>
        <message>
            <source>Family Guide backups (*%1)</source>
            <translation>Backups do Family Guide (*%1)</translation>
        </message>
        <message>
            <source>The journal has no passphrase, so this backup is not protected: anyone who has the file can open it. Keep it where only you can reach it, or set a passphrase first and make a new backup.</source>
            <translation>O diário não tem frase-senha, então este backup não está protegido: qualquer pessoa que tiver o arquivo pode abri-lo. Guarde-o onde só você tenha acesso, ou defina uma frase-senha primeiro e faça um novo backup.</translation>
        </message>
        <message>
            <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
            <translation>O backup está criptografado. Para restaurá-lo, você precisa da frase-senha ou da chave de recuperação que abre o diário agora. Guarde o backup em um lugar seguro, longe deste computador.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup feito</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Escolha um backup</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Get help now</source>
            <translation>Pedir ajuda agora</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now (F1)</source>
            <translation>Números de emergência e o que fazer agora (F1)</translation>
        </message>
        <message>
            <source>Family Guide</source>
            <translation>Family Guide</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversas</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Sinais de alerta</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diário</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>Linhas de ajuda</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Oficinas</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Seções</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now</source>
            <translation>Números de emergência e o que fazer agora</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>Confi&amp;gurações</translation>
        </message>
        <message>
            <source>Hide and lock the journal</source>
            <translation>Esconder e trancar o diário</translation>
        </message>
        <message>
            <source>That content is not available.</source>
            <translation>Esse conteúdo não está disponível.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo deu errado</translation>
        </message>
    </context>
    <context>
        <name>Need</name>
        <message>
            <source>Emergency: someone is in danger now</source>
            <translation>Emergência: alguém está em perigo agora</translation>
        </message>
        <message>
            <source>A child may hurt themselves</source>
            <translation>Uma criança pode se machucar</translation>
        </message>
        <message>
            <source>Report online abuse or exploitation</source>
            <translation>Denunciar abuso ou exploração on-line</translation>
        </message>
        <message>
            <source>Get images taken down</source>
            <translation>Remover imagens da internet</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Tráfico de pessoas</translation>
        </message>
        <message>
            <source>Support for the child</source>
            <translation>Apoio para a criança</translation>
        </message>
        <message>
            <source>Support for you</source>
            <translation>Apoio para você</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Detalhes</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Fechar</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Folders not read because there are too many modules in one folder: %1.</source>
            <translation>Pastas não lidas porque há módulos demais em uma pasta: %1.</translation>
        </message>
        <message>
            <source>Skipped content</source>
            <translation>Conteúdo ignorado</translation>
        </message>
        <message>
            <source>These modules have problems. Their authors can fix them with the details below.</source>
            <translation>Estes módulos têm problemas. Os autores podem corrigi-los com os detalhes abaixo.</translation>
        </message>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation>
                <numerusform>%n módulo de conteúdo tem erros, por isso o que não pôde ser lido ficou de fora. Todo o resto funciona.</numerusform>
                <numerusform>%n módulos de conteúdo têm erros, por isso o que não pôde ser lido ficou de fora. Todo o resto funciona.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksPanel</name>
        <message>
            <source>Content packs</source>
            <translation>Pacotes de conteúdo</translation>
        </message>
        <message>
            <source>Imported content packs</source>
            <translation>Pacotes de conteúdo importados</translation>
        </message>
        <message>
            <source>No content packs are imported. Organisations can share guides and workshops as a pack file.</source>
            <translation>Nenhum pacote de conteúdo foi importado. Organizações podem compartilhar guias e oficinas em um arquivo de pacote.</translation>
        </message>
        <message>
            <source>I&amp;mport a pack…</source>
            <translation>&amp;Importar um pacote…</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>&amp;Remover pacote</translation>
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
            <translation>Assinado por %1, um signatário conhecido (chave %2)</translation>
        </message>
        <message>
            <source>Signed by an unknown key (%1) that says it is from “%2”</source>
            <translation>Assinado por uma chave desconhecida (%1) que diz ser de “%2”</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Sem assinatura</translation>
        </message>
        <message>
            <source>Choose a content pack</source>
            <translation>Escolha um pacote de conteúdo</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>Pacotes de conteúdo (*.zip)</translation>
        </message>
        <message>
            <source>This pack was not imported</source>
            <translation>Este pacote não foi importado</translation>
        </message>
        <message>
            <source>Pack imported</source>
            <translation>Pacote importado</translation>
        </message>
        <message>
            <source>“%1” is imported. Its guides are now in the app.</source>
            <translation>“%1” foi importado. Os guias dele já estão no app.</translation>
        </message>
        <message>
            <source>Signed by %1, a signer this computer knows.</source>
            <translation>Assinado por %1, um signatário que este computador conhece.</translation>
        </message>
        <message>
            <source>Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.</source>
            <translation>Assinado por uma chave que este computador não conhece. Ela diz ser de “%1”, mas não é possível confirmar.</translation>
        </message>
        <message>
            <source>This pack is not signed.</source>
            <translation>Este pacote não tem assinatura.</translation>
        </message>
        <message>
            <source>Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe links, but not for whether its advice is right. Import it only if you got it from someone you trust.</source>
            <translation>O Family Guide não consegue saber quem fez este pacote. O conteúdo foi verificado quanto a erros e links inseguros, mas não quanto à correção dos conselhos. Importe-o só se você o recebeu de alguém em quem confia.</translation>
        </message>
        <message>
            <source>Pack: %1, version %2</source>
            <translation>Pacote: %1, versão %2</translation>
        </message>
        <message>
            <source>Made by: %1</source>
            <translation>Feito por: %1</translation>
        </message>
        <message>
            <source>It replaces the imported version %1.</source>
            <translation>Ele substitui a versão importada %1.</translation>
        </message>
        <message>
            <source>Import this pack?</source>
            <translation>Importar este pacote?</translation>
        </message>
        <message>
            <source>Import anyway</source>
            <translation>Importar mesmo assim</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Remove this pack?</source>
            <translation>Remover este pacote?</translation>
        </message>
        <message>
            <source>Remove “%1” and its guides from this computer? You can import the pack file again later.</source>
            <translation>Remover “%1” e os guias dele deste computador? Você pode importar o arquivo do pacote de novo depois.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>The pack was not removed</source>
            <translation>O pacote não foi removido</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Not talked about yet at this age</source>
            <translation>Ainda não conversaram sobre isso nesta idade</translation>
        </message>
        <message>
            <source>Your child is older now: this guide has new words for their age</source>
            <translation>Seu filho ou filha cresceu: este guia tem palavras novas para a idade atual</translation>
        </message>
        <message>
            <source>It has been a year: time to talk again</source>
            <translation>Já faz um ano: hora de conversar de novo</translation>
        </message>
        <message>
            <source>Your child started a new app since you last talked</source>
            <translation>A criança começou a usar um app novo desde a última conversa</translation>
        </message>
        <message>
            <source>%1, %2 this year</source>
            <translation>%1, %2 este ano</translation>
        </message>
        <message>
            <source>The guides are written for ages 5 to 17.</source>
            <translation>Os guias são escritos para idades de 5 a 17 anos.</translation>
        </message>
        <message>
            <source>%1 of %2 topics talked about for ages %3.</source>
            <translation>%1 de %2 temas já conversados para %3 anos.</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Hora de conversar</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>Já conversado</translation>
        </message>
        <message>
            <source>on %1, again by %2</source>
            <translation>em %1, de novo até %2</translation>
        </message>
        <message>
            <source>All topics talked about for now. Well done.</source>
            <translation>Todos os temas foram conversados por enquanto. Muito bem.</translation>
        </message>
        <message>
            <source>Next to talk about</source>
            <translation>Próximos temas</translation>
        </message>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation>
                <numerusform>Falta %n tema para conversar.</numerusform>
                <numerusform>Faltam %n temas para conversar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Adapt a plan</source>
            <translation>Adaptar um plano</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Mover para &amp;cima</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Mover para &amp;baixo</translation>
        </message>
        <message>
            <source>A&amp;dd a slide</source>
            <translation>&amp;Adicionar um slide</translation>
        </message>
        <message>
            <source>&amp;Save as my plan</source>
            <translation>&amp;Salvar como meu plano</translation>
        </message>
        <message>
            <source>&amp;Present without saving...</source>
            <translation>A&amp;presentar sem salvar...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Slides in order (tick to show; Alt+Up or Alt+Down to move)</source>
            <translation>Slides em ordem (marque para mostrar; Alt+Seta para cima ou Alt+Seta para baixo para mover)</translation>
        </message>
        <message>
            <source>Slide title</source>
            <translation>Título do slide</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>O que o público vê</translation>
        </message>
        <message>
            <source>Your notes, one point a line</source>
            <translation>Suas anotações, um ponto por linha</translation>
        </message>
        <message>
            <source>Questions, one a line</source>
            <translation>Perguntas, uma por linha</translation>
        </message>
        <message>
            <source>Agenda section</source>
            <translation>Parte da programação</translation>
        </message>
        <message>
            <source>Name of your plan</source>
            <translation>Nome do seu plano</translation>
        </message>
        <message>
            <source>Language of the words you edit</source>
            <translation>Idioma do texto que você edita</translation>
        </message>
        <message>
            <source>My plan: %1</source>
            <translation>Meu plano: %1</translation>
        </message>
        <message>
            <source>Slides (tick to show, drag to reorder)</source>
            <translation>Slides (marque para mostrar, arraste para mudar a ordem)</translation>
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
            <translation>Suas anotações (um ponto por linha)</translation>
        </message>
        <message>
            <source>Questions (one a line)</source>
            <translation>Perguntas (uma por linha)</translation>
        </message>
        <message>
            <source>Minutes for each part of the agenda</source>
            <translation>Minutos para cada parte da programação</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>The safeguarding page and the help-line slide stay in every plan.</source>
            <translation>A página de proteção e o slide das linhas de ajuda ficam em todos os planos.</translation>
        </message>
        <message>
            <source>In all: %1 minutes</source>
            <translation>No total: %1 minutos</translation>
        </message>
        <message>
            <source>%1 (always shown)</source>
            <translation>%1 (sempre mostrado)</translation>
        </message>
        <message>
            <source>New slide</source>
            <translation>Novo slide</translation>
        </message>
        <message>
            <source>Give your plan a name first.</source>
            <translation>Primeiro, dê um nome ao seu plano.</translation>
        </message>
        <message>
            <source>Your plan was not saved:</source>
            <translation>Seu plano não foi salvo:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Não foi salvo</translation>
        </message>
        <message>
            <source>Saved as “%1”. It is listed under Workshops.</source>
            <translation>Salvo como “%1”. Ele aparece em Oficinas.</translation>
        </message>
    </context>
    <context>
        <name>PresentDialog</name>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation>Tela %1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Apresentar</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhuma</translation>
        </message>
        <message>
            <source>Slides on</source>
            <translation>Slides em</translation>
        </message>
        <message>
            <source>Presenter view on</source>
            <translation>Visão do apresentador em</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Second language, below the first</source>
            <translation>Segundo idioma, abaixo do primeiro</translation>
        </message>
        <message>
            <source>With one screen, press N during the show for your notes. Press ? for the keys.</source>
            <translation>Com uma só tela, aperte N durante a apresentação para ver suas anotações. Aperte ? para ver as teclas.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Começar</translation>
        </message>
        <message>
            <source>Not yet in %1, shown in English: %2</source>
            <translation>Ainda não disponível em %1, mostrado em inglês: %2</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Right, Down, Page Down, Space, Enter</source>
            <translation>Direita, Baixo, Page Down, Espaço, Enter</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Próximo slide</translation>
        </message>
        <message>
            <source>Left, Up, Page Up, Backspace, P</source>
            <translation>Esquerda, Cima, Page Up, Backspace, P</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>Slide anterior</translation>
        </message>
        <message>
            <source>Home, End</source>
            <translation>Home, End</translation>
        </message>
        <message>
            <source>First slide, last slide</source>
            <translation>Primeiro slide, último slide</translation>
        </message>
        <message>
            <source>A number, then Enter</source>
            <translation>Um número e depois Enter</translation>
        </message>
        <message>
            <source>Go to that slide</source>
            <translation>Ir para esse slide</translation>
        </message>
        <message>
            <source>B or .</source>
            <translation>B ou .</translation>
        </message>
        <message>
            <source>Black screen (any move key returns to the same slide)</source>
            <translation>Tela preta (qualquer tecla de navegação volta ao mesmo slide)</translation>
        </message>
        <message>
            <source>W or ,</source>
            <translation>W ou ,</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Tela branca</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show or hide the notes (one screen)</source>
            <translation>Mostrar ou esconder as anotações (uma só tela)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Cancel a blank or a number; then asks before leaving</source>
            <translation>Cancela a tela vazia ou o número; depois pergunta antes de sair</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Show or hide this list</source>
            <translation>Mostrar ou esconder esta lista</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Get help now, on the presenter's screen</source>
            <translation>Pedir ajuda agora, na tela do apresentador</translation>
        </message>
        <message>
            <source>ahead</source>
            <translation>adiantado</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>no horário</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>atrasado</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>Perguntas para o grupo</translation>
        </message>
        <message>
            <source>Card %1: one good answer</source>
            <translation>Cartão %1: uma boa resposta</translation>
        </message>
        <message>
            <source>Family Guide: presentation</source>
            <translation>Family Guide: apresentação</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>Slide</translation>
        </message>
        <message>
            <source>Family Guide: presenter view</source>
            <translation>Family Guide: visão do apresentador</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Slide atual</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message>
            <source>Time and status</source>
            <translation>Tempo e situação</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Próximo</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Slide %1 de %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Tempo decorrido %1</translation>
        </message>
        <message>
            <source>%1: %2 left (%3)</source>
            <translation>%1: faltam %2 (%3)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>não começou</translation>
        </message>
        <message>
            <source>BLANK: black</source>
            <translation>VAZIA: preta</translation>
        </message>
        <message>
            <source>BLANK: white</source>
            <translation>VAZIA: branca</translation>
        </message>
        <message>
            <source>Go to slide: %1</source>
            <translation>Ir para o slide: %1</translation>
        </message>
        <message>
            <source>There is no slide %1 (1 to %2).</source>
            <translation>Não existe o slide %1 (1 a %2).</translation>
        </message>
        <message>
            <source>Time %1</source>
            <translation>Tempo %1</translation>
        </message>
        <message>
            <source>Leave the presentation? Press Enter or Y to leave; any other key stays.</source>
            <translation>Sair da apresentação? Aperte Enter ou Y para sair; qualquer outra tecla continua.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Procurar em:</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Procurar em:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nome do arquivo:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Arquivos do &amp;tipo:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Arquivos do tipo:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Salvar como</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Avançar</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Pasta superior</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Criar nova pasta</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Exibição em lista</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Exibição detalhada</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Barra lateral</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Avançar</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ir para a pasta superior</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Criar uma nova pasta</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Mudar para exibição em lista</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Mudar para exibição detalhada</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Locais recentes</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Meu computador</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renomear</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Excluir</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Mostrar arquivos &amp;ocultos</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>No&amp;va pasta</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nova pasta</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Pasta de arquivos</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconhecido</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 já existe.
Deseja substituí-lo?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Tem certeza de que deseja excluir “%1”?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1” está protegido contra gravação.
Deseja excluí-lo mesmo assim?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Não foi possível excluir a pasta.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Pasta não encontrada.
Verifique se o nome da pasta está correto.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Arquivo não encontrado.
Verifique se o nome do arquivo está correto.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Data de modificação</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computador</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Meu computador</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Nome de arquivo inválido</translation>
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
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Recor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;lar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selecionar tudo</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Mostrar detalhes...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ocultar detalhes...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Salvar tudo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sim</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Sim para &amp;todos</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Não</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Não para to&amp;dos</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Anular</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Tentar de novo</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
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
            <translation>Ajuda</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Redefinir</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restaurar padrões</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Recor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copiar &amp;endereço do link</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;lar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selecionar tudo</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>Parar a leitura em voz alta</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>Velocidade da leitura</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Mais devagar</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>Velocidade normal</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Mais rápido</translation>
        </message>
        <message>
            <source>Only the words to say</source>
            <translation>Só as palavras para dizer</translation>
        </message>
        <message>
            <source>Read only the lines to say to your child, never the notes for you</source>
            <translation>Ler só as frases para dizer à criança, nunca as anotações para você</translation>
        </message>
        <message>
            <source>Read the English text</source>
            <translation>Ler o texto em inglês</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Ler em voz alta</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>This computer has no voice for %1, so that text cannot be read aloud.</source>
            <translation>Este computador não tem voz para %1, então esse texto não pode ser lido em voz alta.</translation>
        </message>
        <message>
            <source>There is nothing to read aloud here.</source>
            <translation>Não há nada para ler em voz alta aqui.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Timeline of concerns</source>
            <translation>Linha do tempo das preocupações</translation>
        </message>
        <message>
            <source>About: %1 (born %2)</source>
            <translation>Sobre: %1 (nascimento: %2)</translation>
        </message>
        <message>
            <source>About: all children</source>
            <translation>Sobre: todas as crianças</translation>
        </message>
        <message>
            <source>Made on %1 from a private journal kept with Family Guide.</source>
            <translation>Feito em %1 a partir de um diário privado mantido com o Family Guide.</translation>
        </message>
        <message>
            <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
            <translation>Escrito por um pai, mãe ou responsável. Os horários são de quando as coisas aconteceram, anotados na hora ou logo depois. Nenhuma imagem foi incluída: o lugar onde as provas estão guardadas está escrito em cada registro.</translation>
        </message>
        <message>
            <source>There are no entries yet.</source>
            <translation>Ainda não há registros.</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>Criança: %1</translation>
        </message>
        <message>
            <source>Concern: %1</source>
            <translation>Preocupação: %1</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Etiquetas: %1</translation>
        </message>
        <message>
            <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
            <translation>O relatório é um arquivo comum, sem tranca e sem criptografia. Qualquer pessoa que abrir o arquivo pode lê-lo, e seu computador pode guardar cópias (arquivos recentes, downloads, sincronização com a nuvem). Salve-o onde só você tenha acesso, como um pen drive que fique com você, ou imprima em vez de salvar. Apague-o quando não precisar mais.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>Salvar como P&amp;DF...</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Linha do tempo</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>Todas as crianças</translation>
        </message>
        <message>
            <source>&amp;Child:</source>
            <translation>&amp;Criança:</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Imprimir...</translation>
        </message>
        <message>
            <source>A copy outside the locked journal</source>
            <translation>Uma cópia fora do diário trancado</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Salvar o relatório</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Não foi salvo</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Parent or carer</source>
            <translation>Mãe, pai ou responsável</translation>
        </message>
        <message>
            <source>Faith or community leader</source>
            <translation>Liderança religiosa ou comunitária</translation>
        </message>
        <message>
            <source>Counselor, teacher or NGO worker</source>
            <translation>Orientador, professor ou profissional de ONG</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <source>Police, ambulance and fire</source>
            <translation>Polícia, ambulância e bombeiros</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Polícia</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>Ambulância</translation>
        </message>
        <message>
            <source>Fire and rescue, ambulance</source>
            <translation>Bombeiros e resgate, ambulância</translation>
        </message>
        <message>
            <source>from a mobile phone</source>
            <translation>de um celular</translation>
        </message>
        <message>
            <source>older number, still works</source>
            <translation>número antigo, ainda funciona</translation>
        </message>
        <message>
            <source>in some areas only</source>
            <translation>só em algumas regiões</translation>
        </message>
        <message>
            <source>new; may not work everywhere yet</source>
            <translation>novo; pode ainda não funcionar em todo lugar</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Geral</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Folhetos</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Conteúdo</translation>
        </message>
        <message>
            <source>Colo&amp;urs:</source>
            <translation>&amp;Cores:</translation>
        </message>
        <message>
            <source>Lock the &amp;journal after:</source>
            <translation>Trancar o &amp;diário depois de:</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n minuto sem uso</numerusform>
                <numerusform>%n minutos sem uso</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra content modules are loaded from this folder:
%1</source>
            <translation>Módulos de conteúdo extras são carregados desta pasta:
%1</translation>
        </message>
        <message>
            <source>Content &amp;packs…</source>
            <translation>&amp;Pacotes de conteúdo…</translation>
        </message>
    </context>
    <context>
        <name>SetupForm</name>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>I &amp;am a:</source>
            <translation>&amp;Eu sou:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Tamanho do texto:</translation>
        </message>
        <message>
            <source>Used to show the right emergency numbers and help lines</source>
            <translation>Usado para mostrar os números de emergência e as linhas de ajuda certos</translation>
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
            <translation>Boas-vindas ao Family Guide</translation>
        </message>
        <message>
            <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
            <translation>Três escolhas rápidas, para que os guias e as linhas de ajuda combinem com você. Você pode mudar isso depois em Configurações.</translation>
        </message>
        <message>
            <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
            <translation>O Family Guide funciona sem internet e nunca envia nada pela internet. Outras pessoas que usam este computador ainda podem ver que ele está instalado, e nenhum app consegue proteger contra programas de monitoramento.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Começar</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Like the system (light or dark)</source>
            <translation>Como o sistema (claro ou escuro)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
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
            <translation>Amigos on-line e desconhecidos</translation>
        </message>
        <message>
            <source>Secrets and private chats</source>
            <translation>Segredos e conversas privadas</translation>
        </message>
        <message>
            <source>Gifts and money</source>
            <translation>Presentes e dinheiro</translation>
        </message>
        <message>
            <source>Photos and videos</source>
            <translation>Fotos e vídeos</translation>
        </message>
        <message>
            <source>Sextortion</source>
            <translation>Sextorsão</translation>
        </message>
        <message>
            <source>Live streaming</source>
            <translation>Transmissões ao vivo</translation>
        </message>
        <message>
            <source>Offers too good to be true</source>
            <translation>Ofertas boas demais para ser verdade</translation>
        </message>
        <message>
            <source>Feelings and support</source>
            <translation>Sentimentos e apoio</translation>
        </message>
        <message>
            <source>Body safety</source>
            <translation>Segurança do corpo</translation>
        </message>
        <message>
            <source>Relationships and respect</source>
            <translation>Relacionamentos e respeito</translation>
        </message>
        <message>
            <source>Meeting in person</source>
            <translation>Encontros pessoalmente</translation>
        </message>
        <message>
            <source>When something has happened</source>
            <translation>Quando algo aconteceu</translation>
        </message>
        <message>
            <source>Apps and privacy</source>
            <translation>Apps e privacidade</translation>
        </message>
        <message>
            <source>Grooming</source>
            <translation>Aliciamento</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Tráfico de pessoas</translation>
        </message>
    </context>
    <context>
        <name>WarningSignsPage</name>
        <message>
            <source>Emergency: %1</source>
            <translation>Emergência: %1</translation>
        </message>
        <message>
            <source>Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps below.</source>
            <translation>Diga que uma criança está em perigo, onde ela pode estar e o que está acontecendo. Depois, siga os passos abaixo.</translation>
        </message>
        <message>
            <source>Act today: report and get advice.</source>
            <translation>Aja hoje: denuncie e peça orientação.</translation>
        </message>
        <message>
            <source>You do not need proof. The steps and the places to report are below.</source>
            <translation>Você não precisa de provas. Os passos e os lugares para denunciar estão abaixo.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Sinais de alerta</translation>
        </message>
        <message>
            <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
            <translation>Marque o que você notou. Muitos sinais também fazem parte do crescimento: use-os como motivo para conversar, não para acusar. O resultado mostra o que fazer em seguida; não é um veredito sobre a criança.</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Listas de verificação</translation>
        </message>
        <message>
            <source>Signs to tick</source>
            <translation>Sinais para marcar</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>O que fazer em seguida</translation>
        </message>
        <message>
            <source>&amp;Save to journal...</source>
            <translation>&amp;Salvar no diário...</translation>
        </message>
        <message>
            <source>Keep what you ticked, with the date and a note, in your private journal</source>
            <translation>Guardar o que você marcou, com a data e uma anotação, no seu diário privado</translation>
        </message>
        <message>
            <source>C&amp;lear ticks</source>
            <translation>&amp;Limpar marcações</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Fazer um &amp;folheto...</translation>
        </message>
        <message>
            <source>Print this checklist as a blank worksheet, or the next steps shown</source>
            <translation>Imprimir esta lista como uma folha em branco para preencher, ou os próximos passos mostrados</translation>
        </message>
        <message>
            <source>Also normal:</source>
            <translation>Também é normal:</translation>
        </message>
        <message>
            <source>(in %1: not yet translated)</source>
            <translation>(em %1: ainda não traduzido)</translation>
        </message>
        <message>
            <source>(the English text changed after this was translated)</source>
            <translation>(o texto em inglês mudou depois desta tradução)</translation>
        </message>
        <message>
            <source>Who can help in %1</source>
            <translation>Quem pode ajudar: %1</translation>
        </message>
        <message>
            <source>No services are listed for your country. See Get help now.</source>
            <translation>Não há serviços na lista para o seu país. Veja Pedir ajuda agora.</translation>
        </message>
        <message>
            <source>Blank worksheet with tick boxes</source>
            <translation>Folha em branco com caixas para marcar</translation>
        </message>
        <message>
            <source>Next steps: %1</source>
            <translation>Próximos passos: %1</translation>
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation>Salvo no seu diário.</translation>
        </message>
        <message>
            <source>Tick the signs you have noticed to see what to do next.</source>
            <translation>Marque os sinais que você notou para ver o que fazer em seguida.</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation>
                <numerusform>%n sinal marcado e os próximos passos serão guardados no seu diário.</numerusform>
                <numerusform>%n sinais marcados e os próximos passos serão guardados no seu diário.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation>
                <numerusform>%n sinal marcado.</numerusform>
                <numerusform>%n sinais marcados.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workshops</name>
        <message>
            <source>Workshops</source>
            <translation>Oficinas</translation>
        </message>
        <message>
            <source>Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding page before you present. Adapt a plan to your group and save it as your own.</source>
            <translation>Planos de encontro para quem conduz: programação, slides, anotações e uma página de proteção. Leia a página de proteção antes de apresentar. Adapte um plano ao seu grupo e salve como seu.</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>Planos de encontro</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>O plano</translation>
        </message>
        <message>
            <source>&amp;Present...</source>
            <translation>&amp;Apresentar...</translation>
        </message>
        <message>
            <source>Show the slides full screen (F5)</source>
            <translation>Mostrar os slides em tela cheia (F5)</translation>
        </message>
        <message>
            <source>&amp;Adapt...</source>
            <translation>A&amp;daptar...</translation>
        </message>
        <message>
            <source>Reorder, hide and edit slides; save as your own plan</source>
            <translation>Reordenar, esconder e editar slides; salvar como seu plano</translation>
        </message>
        <message>
            <source>Export s&amp;lides (PDF)...</source>
            <translation>Exportar &amp;slides (PDF)...</translation>
        </message>
        <message>
            <source>Export n&amp;otes (PDF)...</source>
            <translation>Exportar a&amp;notações (PDF)...</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>Fazer &amp;folheto...</translation>
        </message>
        <message>
            <source>Print the plan's take-home handout for participants, or save it as a PDF</source>
            <translation>Imprima o folheto do plano para os participantes levarem para casa, ou salve como PDF</translation>
        </message>
        <message>
            <source>your plan</source>
            <translation>seu plano</translation>
        </message>
        <message>
            <source>No session plans are installed.</source>
            <translation>Nenhum plano de encontro está instalado.</translation>
        </message>
        <message>
            <source>Take-home handout: %1</source>
            <translation>Folheto para levar para casa: %1</translation>
        </message>
        <message>
            <source>Cannot present</source>
            <translation>Não é possível apresentar</translation>
        </message>
        <message>
            <source>This plan has problems to fix first:</source>
            <translation>Este plano tem problemas para corrigir antes:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the slides</source>
            <translation>Exportar os slides</translation>
        </message>
        <message>
            <source>Export the facilitator notes</source>
            <translation>Exportar as anotações de quem conduz</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Não foi salvo</translation>
        </message>
        <message>
            <source>The PDF could not be saved to %1: %2</source>
            <translation>Não foi possível salvar o PDF em %1: %2</translation>
        </message>
        <message>
            <source>Workshop slides</source>
            <translation>Slides da oficina</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Anotações de quem conduz</translation>
        </message>
        <message>
            <source>%1 to %2 minutes</source>
            <translation>%1 a %2 minutos</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 minutos</translation>
        </message>
        <message>
            <source>Facilitator safeguarding page (read before the session)</source>
            <translation>Página de proteção para quem conduz (leia antes do encontro)</translation>
        </message>
        <message>
            <source>Emergency number in %1: %2</source>
            <translation>Número de emergência (%1): %2</translation>
        </message>
        <message>
            <source>No emergency number is confirmed for %1: find the local number before the session.</source>
            <translation>Nenhum número de emergência foi confirmado para este país (%1): descubra o número local antes do encontro.</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Antes do encontro</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>Durante o encontro</translation>
        </message>
        <message>
            <source>If someone tells you about abuse</source>
            <translation>Se alguém contar a você sobre um abuso</translation>
        </message>
        <message>
            <source>What not to promise</source>
            <translation>O que não prometer</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Para quem ligar</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programação</translation>
        </message>
        <message>
            <source>Slides and notes</source>
            <translation>Slides e anotações</translation>
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation>(oculto) %1</translation>
        </message>
        <message>
            <source>The help lines of the chosen country are shown here.</source>
            <translation>As linhas de ajuda do país escolhido aparecem aqui.</translation>
        </message>
        <message>
            <source>One good answer:</source>
            <translation>Uma boa resposta:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Perguntas</translation>
        </message>
    </context>
</TS>
