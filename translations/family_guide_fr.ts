<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>App</name>
        <message>
            <source>Family Guide is already open. Look for its window, or its button on the taskbar.</source>
            <translation>Family Guide est déjà ouvert. Cherchez sa fenêtre, ou son bouton dans la barre des tâches.</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>Les paramètres n'ont pas pu être lus</translation>
        </message>
        <message>
            <source>The settings file names a country that is not in the list (%1). Help for “Another country” is shown until you choose your country in Settings.</source>
            <translation>Le fichier de paramètres indique un pays absent de la liste (%1). L'aide pour « Autre pays » s'affiche jusqu'à ce que vous choisissiez votre pays dans les Paramètres.</translation>
        </message>
    </context>
    <context>
        <name>ContentHtml</name>
        <message>
            <source>Shown in %1: this part is not yet translated into %2.</source>
            <translation>Affiché en %1 : cette partie n'est pas encore traduite en %2.</translation>
        </message>
        <message>
            <source>This translation has not yet been checked by a fluent speaker.</source>
            <translation>Cette traduction n'a pas encore été vérifiée par une personne qui parle couramment la langue.</translation>
        </message>
        <message>
            <source>The English text changed after this was translated: the parts marked may be out of date.</source>
            <translation>Le texte anglais a changé après cette traduction : les parties signalées peuvent ne plus être à jour.</translation>
        </message>
        <message>
            <source>Translation checked by %1 on %2.</source>
            <translation>Traduction vérifiée par %1 le %2.</translation>
        </message>
        <message>
            <source>Reviewed %1</source>
            <translation>Relu le %1</translation>
        </message>
        <message>
            <source>The English text changed after this was translated.</source>
            <translation>Le texte anglais a changé après cette traduction.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>For you, not to say to your child:</source>
            <translation>Pour vous, pas à dire à votre enfant :</translation>
        </message>
        <message>
            <source>Ages %1</source>
            <translation>%1 ans</translation>
        </message>
        <message>
            <source>For this age</source>
            <translation>Pour cet âge</translation>
        </message>
        <message>
            <source>Why this matters</source>
            <translation>Pourquoi c'est important</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <source>Ways to start</source>
            <translation>Comment commencer</translation>
        </message>
        <message>
            <source>What your child should hear</source>
            <translation>Ce que votre enfant doit entendre</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions à poser</translation>
        </message>
        <message>
            <source>If your child says...</source>
            <translation>Si votre enfant dit...</translation>
        </message>
        <message>
            <source>Show what you might say</source>
            <translation>Montrer ce que vous pourriez dire</translation>
        </message>
        <message>
            <source>What not to say</source>
            <translation>Ce qu'il ne faut pas dire</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Ensuite</translation>
        </message>
        <message>
            <source>Signs to watch for</source>
            <translation>Signes à surveiller</translation>
        </message>
        <message>
            <source>Getting help</source>
            <translation>Trouver de l'aide</translation>
        </message>
        <message>
            <source>What this may mean</source>
            <translation>Ce que cela peut vouloir dire</translation>
        </message>
        <message>
            <source>What this does not mean</source>
            <translation>Ce que cela ne veut pas dire</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Que faire maintenant</translation>
        </message>
        <message>
            <source>Write down usernames, profile links, phone numbers, dates and the apps or games used.</source>
            <translation>Notez les pseudos, les liens de profil, les numéros de téléphone, les dates et les applis ou jeux utilisés.</translation>
        </message>
        <message>
            <source>Keep the messages. Do not delete them, or the account.</source>
            <translation>Conservez les messages. Ne supprimez ni les messages ni le compte.</translation>
        </message>
        <message>
            <source>Block the account only after you have written the details down.</source>
            <translation>Ne bloquez le compte qu'après avoir noté les détails.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or the reporting line where it is.</source>
            <translation>N'enregistrez jamais une image sexuelle d'un enfant, n'en faites jamais de capture d'écran et ne la transférez jamais, même comme preuve. Dites à la police ou au service de signalement où elle se trouve.</translation>
        </message>
        <message>
            <source>Do not pay, and do not send anything more.</source>
            <translation>Ne payez pas, et n'envoyez plus rien.</translation>
        </message>
        <message>
            <source>Keeping evidence</source>
            <translation>Conserver les preuves</translation>
        </message>
        <message>
            <source>Conversation guides that can help</source>
            <translation>Guides de conversation qui peuvent aider</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Téléphone : %1</translation>
        </message>
        <message>
            <source>Copy number</source>
            <translation>Copier le numéro</translation>
        </message>
        <message>
            <source>Text: %1</source>
            <translation>SMS : %1</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation>Horaires : %1</translation>
        </message>
        <message>
            <source>Checked live on %1</source>
            <translation>Vérifié à la source le %1</translation>
        </message>
        <message>
            <source>Caution: we could not confirm this. Check it before you rely on it.</source>
            <translation>Attention : nous n'avons pas pu le confirmer. Vérifiez avant de vous y fier.</translation>
        </message>
        <message>
            <source>Found in one source only: check this number locally.</source>
            <translation>Trouvé dans une seule source : vérifiez ce numéro sur place.</translation>
        </message>
        <message>
            <source>Source: %1, dated %2</source>
            <translation>Source : %1, datée du %2</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
    </context>
    <context>
        <name>ContentView</name>
        <message>
            <source>Copied: %1</source>
            <translation>Copié : %1</translation>
        </message>
        <message>
            <source>This opens your web browser at this address:

%1

Website: %2

Family Guide itself never connects to the internet.</source>
            <translation>Ceci ouvre votre navigateur web à cette adresse :

%1

Site : %2

Family Guide lui-même ne se connecte jamais à internet.</translation>
        </message>
        <message>
            <source>This opens another program (such as your web browser) at this address:

%1

Family Guide itself never connects to the internet.</source>
            <translation>Ceci ouvre un autre programme (comme votre navigateur web) à cette adresse :

%1

Family Guide lui-même ne se connecte jamais à internet.</translation>
        </message>
        <message>
            <source>Open outside Family Guide?</source>
            <translation>Ouvrir en dehors de Family Guide ?</translation>
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <source>Conversation guides</source>
            <translation>Guides de conversation</translation>
        </message>
        <message>
            <source>C&amp;hild's age:</source>
            <translation>Â&amp;ge de l'enfant :</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>&amp;Sujet :</translation>
        </message>
        <message>
            <source>&amp;Written for:</source>
            <translation>É&amp;crit pour :</translation>
        </message>
        <message>
            <source>Search the guides</source>
            <translation>Rechercher dans les guides</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Guides</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>Texte du guide</translation>
        </message>
        <message>
            <source>We &amp;talked about this...</source>
            <translation>Nous en avons &amp;parlé...</translation>
        </message>
        <message>
            <source>Write down in your private journal that you had this talk</source>
            <translation>Noter dans votre carnet privé que vous avez eu cette conversation</translation>
        </message>
        <message>
            <source>Show all &amp;answers</source>
            <translation>Afficher toutes les &amp;réponses</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>Faire une &amp;fiche...</translation>
        </message>
        <message>
            <source>Print this guide as a one- or two-page handout, or save it as a PDF</source>
            <translation>Imprimer ce guide comme fiche d'une ou deux pages, ou l'enregistrer en PDF</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 ans</translation>
        </message>
        <message>
            <source>%1 (%2 this year)</source>
            <translation>%1 (%2 cette année)</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Tous les sujets</translation>
        </message>
        <message>
            <source>No guide matches. Try other words, or choose “All topics”.</source>
            <translation>Aucun guide ne correspond. Essayez d'autres mots, ou choisissez « Tous les sujets ».</translation>
        </message>
        <message>
            <source>No guides are available for this age yet.</source>
            <translation>Aucun guide n'est encore disponible pour cet âge.</translation>
        </message>
        <message>
            <source>This guide, ages %1</source>
            <translation>Ce guide, %1 ans</translation>
        </message>
        <message>
            <source>Record that you talked about “%1” (ages %2).</source>
            <translation>Noter que vous avez parlé de « %1 » (%2 ans).</translation>
        </message>
    </context>
    <context>
        <name>CounselorForm</name>
        <message>
            <source>Your details on handouts</source>
            <translation>Vos coordonnées sur les fiches</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>Contact li&amp;ne:</source>
            <translation>Ligne de &amp;contact :</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo :</translation>
        </message>
        <message>
            <source>Choose lo&amp;go...</source>
            <translation>Choisir un &amp;logo...</translation>
        </message>
        <message>
            <source>Remo&amp;ve logo</source>
            <translation>&amp;Retirer le logo</translation>
        </message>
        <message>
            <source>Choose a logo (PNG or JPEG, up to 2 MB)</source>
            <translation>Choisissez un logo (PNG ou JPEG, 2 Mo au plus)</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>Un logo est défini.</translation>
        </message>
        <message>
            <source>No logo.</source>
            <translation>Pas de logo.</translation>
        </message>
        <message>
            <source>The organisation name will be cut to %1 characters.</source>
            <translation>Le nom de l'organisation sera coupé à %1 caractères.</translation>
        </message>
        <message>
            <source>The contact line will be cut to %1 characters.</source>
            <translation>La ligne de contact sera coupée à %1 caractères.</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Choisir un logo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The logo was saved.</source>
            <translation>Le logo a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Another country</source>
            <translation>Autre pays</translation>
        </message>
    </context>
    <context>
        <name>GetHelpPage</name>
        <message>
            <source>Copied to the clipboard: %1</source>
            <translation>Copié dans le presse-papiers : %1</translation>
        </message>
        <message>
            <source>Help lines and reporting</source>
            <translation>Lignes d'aide et signalement</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>Lignes d'aide</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Faire une &amp;fiche...</translation>
        </message>
        <message>
            <source>Print these help lines, or save them as a PDF</source>
            <translation>Imprimer ces lignes d'aide, ou les enregistrer en PDF</translation>
        </message>
        <message>
            <source>All kinds of help</source>
            <translation>Tous les types d'aide</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>Lignes d'aide : %1</translation>
        </message>
        <message>
            <source>These facts come from public pages we read; no one called the numbers to check them. Numbers change: if one does not work, call the emergency number.</source>
            <translation>Ces informations viennent de pages publiques que nous avons lues ; personne n'a appelé les numéros pour les vérifier. Les numéros changent : si l'un d'eux ne fonctionne pas, appelez le numéro d'urgence.</translation>
        </message>
        <message>
            <source>Nothing of this kind is listed for this country. Choose “All kinds of help”, or ask the child helpline or the police.</source>
            <translation>Rien de ce type n'est indiqué pour ce pays. Choisissez « Tous les types d'aide », ou demandez à la ligne d'aide pour enfants ou à la police.</translation>
        </message>
        <message>
            <source>No help lines are loaded. In an emergency, call your local emergency number.</source>
            <translation>Aucune ligne d'aide n'est chargée. En cas d'urgence, appelez le numéro d'urgence local.</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>For parents and carers</source>
            <translation>Pour les parents et les responsables d'enfants</translation>
        </message>
        <message>
            <source>For young people</source>
            <translation>Pour les jeunes</translation>
        </message>
        <message>
            <source>Our family safety plan</source>
            <translation>Notre plan de sécurité familial</translation>
        </message>
        <message>
            <source>Choose one or two languages.</source>
            <translation>Choisissez une ou deux langues.</translation>
        </message>
        <message>
            <source>Choose two different languages, or only one.</source>
            <translation>Choisissez deux langues différentes, ou une seule.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>The content '%1' is not loaded.</source>
            <translation>Le contenu « %1 » n'est pas chargé.</translation>
        </message>
        <message>
            <source>This session plan has no take-home handout.</source>
            <translation>Ce programme de séance n'a pas de fiche à emporter.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet. Choose another language, or make a handout in one.</source>
            <translation>Ce contenu n'a pas encore de texte en %1. Choisissez une autre langue, ou faites une fiche dans une seule langue.</translation>
        </message>
        <message>
            <source>This content has no text in %1 yet, so it is shown in English.</source>
            <translation>Ce contenu n'a pas encore de texte en %1 : il est donc affiché en anglais.</translation>
        </message>
        <message>
            <source>The organisation name is too long for a handout; it was cut short.</source>
            <translation>Le nom de l'organisation est trop long pour une fiche ; il a été raccourci.</translation>
        </message>
        <message>
            <source>The contact line is too long for a handout; it was cut short.</source>
            <translation>La ligne de contact est trop longue pour une fiche ; elle a été raccourcie.</translation>
        </message>
        <message>
            <source>Shown in English: this part is not yet translated.</source>
            <translation>Affiché en anglais : cette partie n'est pas encore traduite.</translation>
        </message>
        <message>
            <source>This guide has no part for ages %1.</source>
            <translation>Ce guide n'a pas de partie pour les %1 ans.</translation>
        </message>
        <message>
            <source>This guide has nothing written for young people of ages %1.</source>
            <translation>Ce guide n'a rien d'écrit pour les jeunes de %1 ans.</translation>
        </message>
        <message>
            <source>Things to remember</source>
            <translation>À retenir</translation>
        </message>
        <message>
            <source>People I can tell</source>
            <translation>Les personnes à qui je peux parler</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Où trouver de l'aide</translation>
        </message>
        <message>
            <source>Checklists are written for adults. Make this handout for parents and carers.</source>
            <translation>Les listes de vérification sont écrites pour les adultes. Faites cette fiche pour les parents et les responsables d'enfants.</translation>
        </message>
        <message>
            <source>Some items are shown in English: not yet translated.</source>
            <translation>Certains éléments sont affichés en anglais : ils ne sont pas encore traduits.</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>This checklist has no guidance called '%1'.</source>
            <translation>Cette liste de vérification n'a pas de conseil nommé « %1 ».</translation>
        </message>
        <message>
            <source>To talk about at home</source>
            <translation>Pour en parler à la maison</translation>
        </message>
        <message>
            <source>To think about</source>
            <translation>À méditer</translation>
        </message>
        <message>
            <source>To talk about with your team</source>
            <translation>Pour en parler avec votre équipe</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>Pour : %1</translation>
        </message>
        <message>
            <source>What not to do</source>
            <translation>Ce qu'il ne faut pas faire</translation>
        </message>
        <message>
            <source>Where to get help in %1</source>
            <translation>Où trouver de l'aide : %1</translation>
        </message>
        <message>
            <source>If a child is in danger now, call the emergency number first. Then use the services below.</source>
            <translation>Si un enfant est en danger maintenant, appelez d'abord le numéro d'urgence. Ensuite, utilisez les services ci-dessous.</translation>
        </message>
        <message>
            <source>We made this plan together. Keep it where everyone can see it.</source>
            <translation>Nous avons fait ce plan ensemble. Gardez-le là où tout le monde peut le voir.</translation>
        </message>
        <message>
            <source>People I can tell if something feels wrong</source>
            <translation>Les personnes à qui je peux parler si quelque chose ne va pas</translation>
        </message>
        <message>
            <source>Our agreements about apps, games and phones</source>
            <translation>Nos accords sur les applis, les jeux et les téléphones</translation>
        </message>
        <message>
            <source>Our agreements about meeting people from online</source>
            <translation>Nos accords sur les rencontres avec des personnes connues en ligne</translation>
        </message>
        <message>
            <source>If someone threatens you or asks for pictures</source>
            <translation>Si quelqu'un te menace ou te demande des photos</translation>
        </message>
        <message>
            <source>Stop replying. Do not pay, and do not send anything more.</source>
            <translation>Arrête de répondre. Ne paie pas, et n'envoie plus rien.</translation>
        </message>
        <message>
            <source>Do not delete the messages or the account.</source>
            <translation>Ne supprime ni les messages ni le compte.</translation>
        </message>
        <message>
            <source>Tell one of the people above straight away. You will not be in trouble.</source>
            <translation>Parles-en tout de suite à l'une des personnes ci-dessus. Tu n'auras pas d'ennuis.</translation>
        </message>
        <message>
            <source>We report it together. It is never your fault.</source>
            <translation>On le signale ensemble. Ce n'est jamais ta faute.</translation>
        </message>
        <message>
            <source>Help numbers</source>
            <translation>Numéros d'aide</translation>
        </message>
        <message>
            <source>Signed and dated:</source>
            <translation>Signé et daté :</translation>
        </message>
        <message>
            <source>No country was chosen. These services work anywhere.</source>
            <translation>Aucun pays n'a été choisi. Ces services fonctionnent partout.</translation>
        </message>
        <message>
            <source>We have no help lines for %1 yet. These services work anywhere.</source>
            <translation>Nous n'avons pas encore de lignes d'aide pour ce pays (%1). Ces services fonctionnent partout.</translation>
        </message>
        <message>
            <source>%1 could not be read as a picture: %2</source>
            <translation>%1 n'a pas pu être lu comme une image : %2</translation>
        </message>
        <message>
            <source>%1 is %2 x %3 pixels; a logo may be at most %4 x %4.</source>
            <translation>%1 fait %2 x %3 pixels ; un logo peut faire au plus %4 x %4.</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPEG picture.</source>
            <translation>%1 n'est pas une image PNG ou JPEG.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB, the most a logo may be.</source>
            <translation>%1 dépasse %2 Mo, la taille maximale d'un logo.</translation>
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
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>A5 (half of A4)</source>
            <translation>A5 (moitié d'un A4)</translation>
        </message>
        <message>
            <source>Make a handout</source>
            <translation>Faire une fiche</translation>
        </message>
        <message>
            <source>&amp;Handout:</source>
            <translation>&amp;Fiche :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Second language:</source>
            <translation>&amp;Seconde langue :</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Pour :</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>Pa&amp;ys :</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>Papie&amp;r :</translation>
        </message>
        <message>
            <source>Pre&amp;view...</source>
            <translation>&amp;Aperçu...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Imprimer...</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>Enregistrer en P&amp;DF...</translation>
        </message>
        <message>
            <source>None (one language)</source>
            <translation>Aucune (une seule langue)</translation>
        </message>
        <message>
            <source>This worksheet runs to %1 pages in two languages. For two pages, make it in one language on A4 or Letter.</source>
            <translation>En deux langues, cette fiche fait %1 pages. Pour deux pages, faites-la dans une seule langue, en A4 ou Letter.</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Enregistrer la fiche</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>HelpHours</name>
        <message>
            <source>24 hours a day, every day</source>
            <translation>24 h sur 24, 7 jours sur 7</translation>
        </message>
        <message>
            <source>24 hours a day</source>
            <translation>24 h sur 24</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Call %1 now.</source>
            <translation>Appelez le %1 maintenant.</translation>
        </message>
        <message>
            <source>Call your local emergency number now.</source>
            <translation>Appelez maintenant le numéro d'urgence local.</translation>
        </message>
        <message>
            <source>We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a place of worship which number to call, and keep it by your phone.</source>
            <translation>Nous n'avons pas pu confirmer le numéro d'urgence de ce pays (%1). Demandez à un voisin, à une école, à un médecin ou à un lieu de culte quel numéro appeler, et gardez-le près de votre téléphone.</translation>
        </message>
        <message>
            <source>Reported, not confirmed: %1. Check it locally before you rely on it.</source>
            <translation>Signalé, mais non confirmé : %1. Vérifiez-le sur place avant de vous y fier.</translation>
        </message>
        <message>
            <source>A child is in danger.</source>
            <translation>Un enfant est en danger.</translation>
        </message>
        <message>
            <source>Their name is ... They are ... years old.</source>
            <translation>L'enfant s'appelle ... Il ou elle a ... ans.</translation>
        </message>
        <message>
            <source>They may be at ... (an address, a place, or the app they are using).</source>
            <translation>L'enfant est peut-être à ... (une adresse, un lieu, ou l'appli qu'il ou elle utilise).</translation>
        </message>
        <message>
            <source>What is happening: ... (a meeting, a threat, they are missing).</source>
            <translation>Ce qui se passe : ... (un rendez-vous, une menace, l'enfant a disparu).</translation>
        </message>
        <message>
            <source>My name is ... My phone number is ...</source>
            <translation>Je m'appelle ... Mon numéro de téléphone est le ...</translation>
        </message>
        <message>
            <source>What to say when they answer</source>
            <translation>Ce qu'il faut dire quand on vous répond</translation>
        </message>
        <message>
            <source>Help lines for %1</source>
            <translation>Lignes d'aide : %1</translation>
        </message>
        <message>
            <source>Get help now</source>
            <translation>Obtenir de l'aide maintenant</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>What is happening?</source>
            <translation>Que se passe-t-il ?</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>Copy &amp;number</source>
            <translation>Copier le &amp;numéro</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Faire une &amp;fiche...</translation>
        </message>
        <message>
            <source>1. Someone is in danger now</source>
            <translation>1. Quelqu'un est en danger maintenant</translation>
        </message>
        <message>
            <source>2. A child may hurt themselves</source>
            <translation>2. Un enfant risque de se faire du mal</translation>
        </message>
        <message>
            <source>3. Someone is threatening to share images</source>
            <translation>3. Quelqu'un menace de partager des images</translation>
        </message>
        <message>
            <source>4. Report abuse or exploitation</source>
            <translation>4. Signaler des abus ou une exploitation</translation>
        </message>
        <message>
            <source>5. Support for the child and for you</source>
            <translation>5. Du soutien pour l'enfant et pour vous</translation>
        </message>
        <message>
            <source>Copy the number %1</source>
            <translation>Copier le numéro %1</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>Copié : %1</translation>
        </message>
        <message>
            <source>Choose your country at the top to see its emergency numbers.</source>
            <translation>Choisissez votre pays en haut pour voir ses numéros d'urgence.</translation>
        </message>
        <message>
            <source>Emergency numbers in %1</source>
            <translation>Numéros d'urgence : %1</translation>
        </message>
        <message>
            <source>Someone is in danger now</source>
            <translation>Quelqu'un est en danger maintenant</translation>
        </message>
        <message>
            <source>Call if a child is missing, is meeting or about to meet someone they met online, is being moved or advertised, or someone threatens to hurt them.</source>
            <translation>Appelez si un enfant a disparu, rencontre ou va rencontrer quelqu'un connu en ligne, est emmené ailleurs ou proposé dans des annonces, ou si quelqu'un menace de lui faire du mal.</translation>
        </message>
        <message>
            <source>If a child may hurt themselves</source>
            <translation>Si un enfant risque de se faire du mal</translation>
        </message>
        <message>
            <source>If they are hurt or in danger now, call the emergency number above.</source>
            <translation>Si l'enfant est blessé ou en danger maintenant, appelez le numéro d'urgence ci-dessus.</translation>
        </message>
        <message>
            <source>Stay with them. Do not leave them alone.</source>
            <translation>Restez avec l'enfant. Ne le laissez pas seul.</translation>
        </message>
        <message>
            <source>Listen calmly. Tell them you are glad they told you and you will get help.</source>
            <translation>Écoutez calmement. Remerciez l'enfant de vous en avoir parlé, et dites-lui que vous allez chercher de l'aide.</translation>
        </message>
        <message>
            <source>If you can, move things they could use to hurt themselves out of reach.</source>
            <translation>Si vous le pouvez, mettez hors de portée ce qui pourrait servir à se faire du mal.</translation>
        </message>
        <message>
            <source>Call a crisis line together, now or as soon as you can.</source>
            <translation>Appelez ensemble une ligne de crise, maintenant ou dès que possible.</translation>
        </message>
        <message>
            <source>If someone threatens to share images</source>
            <translation>Si quelqu'un menace de partager des images</translation>
        </message>
        <message>
            <source>Stay calm. Tell the child they are not in trouble and you will help.</source>
            <translation>Restez calme. Dites à l'enfant qu'il ou elle n'aura pas d'ennuis et que vous allez l'aider.</translation>
        </message>
        <message>
            <source>Do not pay and do not send more. Paying rarely stops it.</source>
            <translation>Ne payez pas et n'envoyez rien de plus. Payer arrête rarement le chantage.</translation>
        </message>
        <message>
            <source>Stop replying. Write down usernames, profile links, dates and apps.</source>
            <translation>Arrêtez de répondre. Notez les pseudos, les liens de profil, les dates et les applis.</translation>
        </message>
        <message>
            <source>Keep the messages. Block only after you have written down the details.</source>
            <translation>Conservez les messages. Ne bloquez qu'après avoir noté les détails.</translation>
        </message>
        <message>
            <source>Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.</source>
            <translation>N'enregistrez jamais une image sexuelle d'un enfant, n'en faites jamais de capture d'écran et ne la transférez jamais, même comme preuve. Signalez-la plutôt.</translation>
        </message>
        <message>
            <source>Report it, and ask for the images to be taken down (below).</source>
            <translation>Signalez-le, et demandez que les images soient retirées d'internet (voir ci-dessous).</translation>
        </message>
        <message>
            <source>Report abuse or exploitation</source>
            <translation>Signaler des abus ou une exploitation</translation>
        </message>
        <message>
            <source>You do not need proof to report. It is better to report and be wrong than to wait.</source>
            <translation>Vous n'avez pas besoin de preuves pour signaler. Mieux vaut signaler et se tromper qu'attendre.</translation>
        </message>
        <message>
            <source>Support for the child and for you</source>
            <translation>Du soutien pour l'enfant et pour vous</translation>
        </message>
        <message>
            <source>Thank the child for telling you. What happened is not their fault, and it is not yours.</source>
            <translation>Remerciez l'enfant de vous en avoir parlé. Ce qui s'est passé n'est pas de sa faute, ni de la vôtre.</translation>
        </message>
        <message>
            <source>No crisis line is listed for %1. Call the emergency number, or a child help line:</source>
            <translation>Aucune ligne de crise n'est indiquée pour ce pays (%1). Appelez le numéro d'urgence, ou une ligne d'aide pour enfants :</translation>
        </message>
        <message>
            <source>These services work from anywhere.</source>
            <translation>Ces services fonctionnent depuis n'importe où.</translation>
        </message>
        <message>
            <source>No national service of this kind was confirmed for %1. The services below work from anywhere; a child help line or the police can also advise.</source>
            <translation>Aucun service national de ce type n'a été confirmé pour ce pays (%1). Les services ci-dessous fonctionnent depuis n'importe où ; une ligne d'aide pour enfants ou la police peuvent aussi vous conseiller.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <source>Children are safer online when they know they can tell you anything without getting in trouble. Family Guide helps you talk early and often, know the warning signs, and know what to do.</source>
            <translation>Les enfants sont plus en sécurité en ligne quand ils savent qu'ils peuvent tout vous dire sans avoir d'ennuis. Family Guide vous aide à en parler tôt et souvent, à connaître les signes d'alerte et à savoir quoi faire.</translation>
        </message>
        <message>
            <source>Start with a short, calm talk. You do not need to know everything.</source>
            <translation>Commencez par une conversation courte et calme. Vous n'avez pas besoin de tout savoir.</translation>
        </message>
        <message>
            <source>Use the guides to prepare a talk for parents or young people.</source>
            <translation>Utilisez les guides pour préparer une intervention auprès de parents ou de jeunes.</translation>
        </message>
        <message>
            <source>Walk through a checklist with a family, then share the next steps.</source>
            <translation>Parcourez une liste de vérification avec une famille, puis partagez les prochaines étapes.</translation>
        </message>
        <message>
            <source>&amp;Start a conversation</source>
            <translation>&amp;Commencer une conversation</translation>
        </message>
        <message>
            <source>Check &amp;warning signs</source>
            <translation>Voir les &amp;signes d'alerte</translation>
        </message>
        <message>
            <source>Get &amp;help now</source>
            <translation>Obtenir de l'&amp;aide maintenant</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation guide(s)</source>
            <translation>
                <numerusform>%n guide de conversation</numerusform>
                <numerusform>%n guides de conversation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning-sign checklist(s)</source>
            <translation>
                <numerusform>%n liste de signes d'alerte</numerusform>
                <numerusform>%n listes de signes d'alerte</numerusform>
            </translation>
        </message>
        <message>
            <source>Conversation plan</source>
            <translation>Plan de conversations</translation>
        </message>
        <message>
            <source>Show &amp;fewer</source>
            <translation>Afficher &amp;moins</translation>
        </message>
        <message>
            <source>Show all &amp;topics</source>
            <translation>Afficher &amp;tous les sujets</translation>
        </message>
        <message>
            <source>Topics that suit each child's age now. Talk about each again every year, when your child moves up an age group, and when they start a new app.</source>
            <translation>Les sujets adaptés à l'âge de chaque enfant aujourd'hui. Reparlez de chacun tous les ans, quand votre enfant change de tranche d'âge, et quand il ou elle commence une nouvelle appli.</translation>
        </message>
        <message>
            <source>Add your children in the journal to see which topics suit their age.</source>
            <translation>Ajoutez vos enfants dans le carnet pour voir les sujets adaptés à leur âge.</translation>
        </message>
        <message>
            <source>Open the &amp;journal</source>
            <translation>&amp;Ouvrir le carnet</translation>
        </message>
        <message>
            <source>Unlock your journal to see each child's conversation plan.</source>
            <translation>Déverrouillez votre carnet pour voir le plan de conversations de chaque enfant.</translation>
        </message>
        <message>
            <source>Unlock the &amp;journal</source>
            <translation>&amp;Déverrouiller le carnet</translation>
        </message>
        <message>
            <source>Set up a private journal to keep a conversation plan for each child: which topics suit their age, what you talked about, and what is due again.</source>
            <translation>Créez un carnet privé pour tenir un plan de conversations pour chaque enfant : les sujets adaptés à son âge, ce dont vous avez parlé, et ce qu'il est temps de reprendre.</translation>
        </message>
        <message>
            <source>Set up the &amp;journal</source>
            <translation>C&amp;réer le carnet</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>The lock keeps your notes unreadable to someone who opens the files or uses this app while it is locked. It cannot protect against monitoring software on this computer, or against someone who manages it (an administrator). If you think someone watches this computer, use a safer one.</source>
            <translation>Le verrou rend vos notes illisibles pour une personne qui ouvre les fichiers ou utilise cette appli pendant que le carnet est verrouillé. Il ne protège pas contre un logiciel de surveillance installé sur cet ordinateur, ni contre la personne qui le gère (un administrateur). Si vous pensez que quelqu'un surveille cet ordinateur, utilisez-en un plus sûr.</translation>
        </message>
        <message>
            <source>Use at least %1 characters. A short sentence is easy to remember.</source>
            <translation>Utilisez au moins %1 caractères. Une petite phrase est facile à retenir.</translation>
        </message>
        <message>
            <source>That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: a short sentence you can remember works well.</source>
            <translation>Cette phrase secrète fait partie des plus courantes, celles qu'on essaie en premier pour deviner. Choisissez-en une autre : une petite phrase facile à retenir fonctionne bien.</translation>
        </message>
        <message>
            <source>Set up your private journal</source>
            <translation>Créez votre carnet privé</translation>
        </message>
        <message>
            <source>Your journal stays on this computer, encrypted. Choose a passphrase that others in your home cannot guess. You need it each time you open the journal.</source>
            <translation>Votre carnet reste sur cet ordinateur, chiffré. Choisissez une phrase secrète que les autres personnes de votre foyer ne peuvent pas deviner. Vous en aurez besoin à chaque ouverture du carnet.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Répétez la phrase secrète</translation>
        </message>
        <message>
            <source>Also make a recovery &amp;key, in case I forget the passphrase</source>
            <translation>Créer aussi une clé de récupération, au cas où j'ou&amp;blierais la phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Use no passphrase</source>
            <translation>Ne pas utiliser de phrase secr&amp;ète</translation>
        </message>
        <message>
            <source>Without a passphrase, anyone who can use this computer account can open the journal and read it.</source>
            <translation>Sans phrase secrète, toute personne qui peut utiliser ce compte de l'ordinateur peut ouvrir le carnet et le lire.</translation>
        </message>
        <message>
            <source>I understand, and choose no passphrase</source>
            <translation>Je comprends, et je choisis de ne pas mettre de phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Répétez-la :</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>Créer le carnet</translation>
        </message>
        <message>
            <source>Tick “I understand” to use the journal without a passphrase.</source>
            <translation>Cochez « Je comprends » pour utiliser le carnet sans phrase secrète.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
        </message>
        <message>
            <source>The journal could not be created: %1</source>
            <translation>Le carnet n'a pas pu être créé : %1</translation>
        </message>
        <message>
            <source>Use my recovery key &amp;instead</source>
            <translation>&amp;Utiliser plutôt ma clé de récupération</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; use Restore backup in the Journal section.</source>
            <translation>Le fichier du carnet est endommagé et ne peut pas être ouvert (%1). Vos sauvegardes se trouvent dans le dossier du carnet ; utilisez Restaurer une sauvegarde dans la section Carnet.</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>C&amp;lé de récupération :</translation>
        </message>
        <message>
            <source>That recovery key does not open this journal. Check each group of letters. If you are sure it is right, the key file may be damaged: restore a backup.</source>
            <translation>Cette clé de récupération n'ouvre pas ce carnet. Vérifiez chaque groupe de lettres. Si elle est juste, le fichier de clé est peut-être endommagé : restaurez une sauvegarde.</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal. Check Caps Lock and try again. If you are sure it is right, the key file may be damaged: use your recovery key, or restore a backup.</source>
            <translation>Cette phrase secrète n'ouvre pas ce carnet. Vérifiez la touche Verr. Maj et réessayez. Si elle est juste, le fichier de clé est peut-être endommagé : utilisez votre clé de récupération, ou restaurez une sauvegarde.</translation>
        </message>
        <message>
            <source>Unlock your journal</source>
            <translation>Déverrouillez votre carnet</translation>
        </message>
        <message>
            <source>Set up a private journal?</source>
            <translation>Créer un carnet privé ?</translation>
        </message>
        <message>
            <source>To save this you need a private journal. It stays on this computer, locked with a passphrase. Set one up now?</source>
            <translation>Pour enregistrer ceci, il vous faut un carnet privé. Il reste sur cet ordinateur, verrouillé par une phrase secrète. En créer un maintenant ?</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Enfant</translation>
        </message>
        <message>
            <source>A nickname is enough</source>
            <translation>Un surnom suffit</translation>
        </message>
        <message>
            <source>For example: Roblox, TikTok, WhatsApp</source>
            <translation>Par exemple : Roblox, TikTok, WhatsApp</translation>
        </message>
        <message>
            <source>&amp;Nickname:</source>
            <translation>&amp;Surnom :</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>Anné&amp;e de naissance :</translation>
        </message>
        <message>
            <source>&amp;Apps and games:</source>
            <translation>Applis et jeu&amp;x :</translation>
        </message>
        <message>
            <source>Please give a nickname.</source>
            <translation>Indiquez un surnom.</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Enfants</translation>
        </message>
        <message>
            <source>&amp;Add child</source>
            <translation>A&amp;jouter un enfant</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>%1 (born %2)</source>
            <translation>%1 (naissance : %2)</translation>
        </message>
        <message>
            <source>Keep the entries</source>
            <translation>Garder les entrées</translation>
        </message>
        <message>
            <source>Delete the entries too</source>
            <translation>Supprimer aussi les entrées</translation>
        </message>
        <message>
            <source>Remove child</source>
            <translation>Retirer l'enfant</translation>
        </message>
        <message>
            <source>Remove %1? What should happen to the journal entries about them?</source>
            <translation>Retirer %1 ? Que faire des entrées du carnet qui concernent cet enfant ?</translation>
        </message>
        <message>
            <source>No child chosen</source>
            <translation>Aucun enfant choisi</translation>
        </message>
        <message>
            <source>Save to journal</source>
            <translation>Enregistrer dans le carnet</translation>
        </message>
        <message>
            <source>Add a &amp;child...</source>
            <translation>&amp;Ajouter un enfant...</translation>
        </message>
        <message>
            <source>What was said, how it went, what to do next</source>
            <translation>Ce qui a été dit, comment ça s'est passé, la suite</translation>
        </message>
        <message>
            <source>C&amp;hild:</source>
            <translation>En&amp;fant :</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>N&amp;ote :</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>P&amp;hrase secrète actuelle :</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>Also change the &amp;encryption key (makes a new recovery key)</source>
            <translation>Chan&amp;ger aussi la clé de chiffrement (crée une nouvelle clé de récupération)</translation>
        </message>
        <message>
            <source>Backups made before this change still open with the old passphrase or recovery key. Delete old backups you no longer need.</source>
            <translation>Les sauvegardes faites avant ce changement s'ouvrent encore avec l'ancienne phrase secrète ou l'ancienne clé de récupération. Supprimez les anciennes sauvegardes dont vous n'avez plus besoin.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>La phrase secrète actuelle n'est pas la bonne.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Use a recovery &amp;key instead</source>
            <translation>Essa&amp;yer avec une clé de récupération</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key of the backup:</source>
            <translation>Phrase secrète ou clé de récupération de la sau&amp;vegarde :</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>The journal on this computer will be replaced by the backup. It is not deleted: it is kept in the journal's backups folder.</source>
            <translation>Le carnet de cet ordinateur sera remplacé par la sauvegarde. Il n'est pas supprimé : il est gardé dans le dossier des sauvegardes du carnet.</translation>
        </message>
        <message>
            <source>This backup has no passphrase</source>
            <translation>Cette sauvegarde n'a pas de phrase secrète</translation>
        </message>
        <message>
            <source>This backup was made when the journal had no passphrase, so it is not encrypted with one. After restoring it, anyone who can use this computer account can open the journal, until you set a passphrase again (More, Change passphrase). Restore it anyway?</source>
            <translation>Cette sauvegarde a été faite quand le carnet n'avait pas de phrase secrète : elle n'est donc pas chiffrée avec une phrase secrète. Une fois restaurée, toute personne qui peut utiliser ce compte de l'ordinateur peut ouvrir le carnet, jusqu'à ce que vous remettiez une phrase secrète (Plus, Changer la phrase secrète). La restaurer quand même ?</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, then deleted. It is in:
%1</source>
            <translation>Déverrouillez le carnet avec la phrase secrète de la sauvegarde. Le carnet remplacé est gardé %2 jours, puis supprimé. Il se trouve ici :
%1</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>C&amp;oncern:</source>
            <translation>Inq&amp;uiétude :</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>Mots-&amp;clés :</translation>
        </message>
        <message>
            <source>Note&amp;s:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>Words to find this again, separated by commas</source>
            <translation>Des mots pour retrouver ceci, séparés par des virgules</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>&amp;Supprimer l'entrée</translation>
        </message>
        <message>
            <source>Choose an entry, or start a new one</source>
            <translation>Choisissez une entrée, ou commencez-en une nouvelle</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Liste de vérification</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>No concern</source>
            <translation>Pas d'inquiétude</translation>
        </message>
        <message>
            <source>Some concern</source>
            <translation>Un peu d'inquiétude</translation>
        </message>
        <message>
            <source>Serious concern</source>
            <translation>Inquiétude sérieuse</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>App, game or site</source>
            <translation>Appli, jeu ou site</translation>
        </message>
        <message>
            <source>The other person's username or profile link</source>
            <translation>Pseudo ou lien de profil de l'autre personne</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Where the evidence is kept (never a copy of a sexual image)</source>
            <translation>Où se trouvent les preuves (jamais une copie d'une image sexuelle)</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>Ce que vous avez fait</translation>
        </message>
        <message>
            <source>Reports made, and their reference numbers</source>
            <translation>Signalements faits, et leurs numéros de référence</translation>
        </message>
        <message>
            <source>You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.</source>
            <translation>Vous ne pouvez pas ajouter d'images ici, et c'est voulu. N'enregistrez jamais une image sexuelle d'un enfant, n'en faites jamais de capture d'écran et ne la transférez jamais, même comme preuve : la garder est un crime, et cela fait encore du mal à l'enfant. Notez où elle se trouve et signalez-la.</translation>
        </message>
        <message>
            <source>Not saved: the journal is locked. Unlock it, then try again.</source>
            <translation>Non enregistré : le carnet est verrouillé. Déverrouillez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.</source>
            <translation>Non enregistré : %1. Rien n'a été modifié, et votre texte est toujours là. Libérez de l'espace disque, puis réessayez.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>That does not open this backup. Nothing was changed.</source>
            <translation>Cela n'ouvre pas cette sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1. Nothing was changed.</source>
            <translation>La sauvegarde n'a pas pu être restaurée : %1. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Recovery key for your Family Guide journal</source>
            <translation>Clé de récupération de votre carnet Family Guide</translation>
        </message>
        <message>
            <source>Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal.</source>
            <translation>Gardez ce papier en lieu sûr, loin de l'ordinateur. Toute personne qui l'a en main peut ouvrir le carnet.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Votre clé de récupération</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>&amp;Print this key...</source>
            <translation>&amp;Imprimer cette clé...</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>Je l'ai &amp;écrite</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens the journal. Write it on paper and keep it somewhere safe, away from the computer. It is shown only this once.</source>
            <translation>Si vous oubliez votre phrase secrète, cette clé ouvre le carnet. Écrivez-la sur papier et gardez-la en lieu sûr, loin de l'ordinateur. Elle n'est affichée qu'une seule fois.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copié.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Pas d'imprimante</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key on paper instead.</source>
            <translation>Aucune imprimante n'est configurée sur cet ordinateur. Écrivez plutôt la clé sur papier.</translation>
        </message>
        <message>
            <source>The key can only be printed on paper, not saved to a file.</source>
            <translation>La clé peut seulement être imprimée sur papier, pas enregistrée dans un fichier.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Envoyé à l'imprimante.</translation>
        </message>
        <message>
            <source>Guide: %1 (ages %2)</source>
            <translation>Guide : %1 (%2 ans)</translation>
        </message>
        <message>
            <source>Next steps shown: %1</source>
            <translation>Prochaines étapes affichées : %1</translation>
        </message>
        <message>
            <source>Signs ticked:</source>
            <translation>Signes cochés :</translation>
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation>Par rapport à %1 :</translation>
        </message>
        <message>
            <source>The same signs as last time.</source>
            <translation>Les mêmes signes que la dernière fois.</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>Nouveaux : %1</translation>
        </message>
        <message>
            <source>No longer ticked: %1</source>
            <translation>Ne sont plus cochés : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n groups of five letters and digits</source>
            <translation>
                <numerusform>%n groupe de cinq lettres et chiffres</numerusform>
                <numerusform>%n groupes de cinq lettres et chiffres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Private journal</source>
            <translation>Carnet privé</translation>
        </message>
        <message>
            <source>The journal is a private place to write down what you notice: dates, usernames, what was said, and what you did. It stays on this computer, encrypted and locked with your passphrase. It can become a clear report if you go to the police or a counselor.</source>
            <translation>Le carnet est un endroit privé pour noter ce que vous remarquez : dates, pseudos, ce qui a été dit, et ce que vous avez fait. Il reste sur cet ordinateur, chiffré et verrouillé par votre phrase secrète. Il peut devenir un rapport clair si vous allez voir la police ou un conseiller.</translation>
        </message>
        <message>
            <source>&amp;Set up a private journal</source>
            <translation>Créer un c&amp;arnet privé</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>Le carnet est verrouillé.</translation>
        </message>
        <message>
            <source>New &amp;note</source>
            <translation>Nouvelle &amp;note</translation>
        </message>
        <message>
            <source>New &amp;incident</source>
            <translation>Nouvel &amp;incident</translation>
        </message>
        <message>
            <source>&amp;Children...</source>
            <translation>&amp;Enfants...</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Plus</translation>
        </message>
        <message>
            <source>Hide and &amp;lock</source>
            <translation>Masquer et &amp;verrouiller</translation>
        </message>
        <message>
            <source>Lock the journal at once and go to the home screen (%1)</source>
            <translation>Verrouiller le carnet tout de suite et revenir à l'écran d'accueil (%1)</translation>
        </message>
        <message>
            <source>Search all entries</source>
            <translation>Rechercher dans toutes les entrées</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Show entries about</source>
            <translation>Afficher les entrées concernant</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>Type d'entrée</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Inquiétude</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Mot-clé</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>&amp;Timeline and report...</source>
            <translation>&amp;Chronologie et rapport...</translation>
        </message>
        <message>
            <source>Make a &amp;backup...</source>
            <translation>Faire une &amp;sauvegarde...</translation>
        </message>
        <message>
            <source>&amp;Restore a backup...</source>
            <translation>&amp;Restaurer une sauvegarde...</translation>
        </message>
        <message>
            <source>Change &amp;passphrase...</source>
            <translation>Changer la p&amp;hrase secrète...</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>Tous les enfants</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Any concern</source>
            <translation>Toute inquiétude</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>%1 ou plus</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Tous les mots-clés</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Dernière année</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>Nouvel incident</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>Supprimer cette entrée ?</translation>
        </message>
        <message>
            <source>The entry is deleted for good. It cannot be brought back.</source>
            <translation>L'entrée sera supprimée définitivement. Elle ne pourra pas être récupérée.</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>Enregistrer une sauvegarde</translation>
        </message>
        <message>
            <source>Family Guide backups (*%1)</source>
            <translation>Sauvegardes Family Guide (*%1)</translation>
        </message>
        <message>
            <source>The journal has no passphrase, so this backup is not protected: anyone who has the file can open it. Keep it where only you can reach it, or set a passphrase first and make a new backup.</source>
            <translation>Le carnet n'a pas de phrase secrète : cette sauvegarde n'est donc pas protégée, et toute personne qui a le fichier peut l'ouvrir. Gardez-la là où personne d'autre ne peut y accéder, ou mettez d'abord une phrase secrète et faites une nouvelle sauvegarde.</translation>
        </message>
        <message>
            <source>The backup is encrypted. To restore it you need the passphrase or recovery key that opens the journal now. Keep it somewhere safe, away from this computer.</source>
            <translation>La sauvegarde est chiffrée. Pour la restaurer, il vous faut la phrase secrète ou la clé de récupération qui ouvre le carnet aujourd'hui. Gardez-la en lieu sûr, loin de cet ordinateur.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sauvegarde faite</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Choisir une sauvegarde</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Get help now</source>
            <translation>Obtenir de l'aide maintenant</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now (F1)</source>
            <translation>Numéros d'urgence et que faire maintenant (F1)</translation>
        </message>
        <message>
            <source>Family Guide</source>
            <translation>Family Guide</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Signes d'alerte</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Carnet</translation>
        </message>
        <message>
            <source>Help lines</source>
            <translation>Lignes d'aide</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Ateliers</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Emergency numbers and what to do now</source>
            <translation>Numéros d'urgence et que faire maintenant</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>Para&amp;mètres</translation>
        </message>
        <message>
            <source>Hide and lock the journal</source>
            <translation>Masquer et verrouiller le carnet</translation>
        </message>
        <message>
            <source>That content is not available.</source>
            <translation>Ce contenu n'est pas disponible.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
    </context>
    <context>
        <name>Need</name>
        <message>
            <source>Emergency: someone is in danger now</source>
            <translation>Urgence : quelqu'un est en danger maintenant</translation>
        </message>
        <message>
            <source>A child may hurt themselves</source>
            <translation>Un enfant risque de se faire du mal</translation>
        </message>
        <message>
            <source>Report online abuse or exploitation</source>
            <translation>Signaler des abus ou une exploitation en ligne</translation>
        </message>
        <message>
            <source>Get images taken down</source>
            <translation>Faire retirer des images d'internet</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Traite des êtres humains</translation>
        </message>
        <message>
            <source>Support for the child</source>
            <translation>Du soutien pour l'enfant</translation>
        </message>
        <message>
            <source>Support for you</source>
            <translation>Du soutien pour vous</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Folders not read because there are too many modules in one folder: %1.</source>
            <translation>Dossiers non lus, car un dossier contient trop de modules : %1.</translation>
        </message>
        <message>
            <source>Skipped content</source>
            <translation>Contenu ignoré</translation>
        </message>
        <message>
            <source>These modules have problems. Their authors can fix them with the details below.</source>
            <translation>Ces modules ont des problèmes. Leurs auteurs peuvent les corriger grâce aux détails ci-dessous.</translation>
        </message>
        <message numerus="yes">
            <source>%n content module(s) have mistakes, so what could not be read was left out. Everything else works.</source>
            <translation>
                <numerusform>%n module de contenu contient des erreurs : ce qui n'a pas pu être lu a été laissé de côté. Tout le reste fonctionne.</numerusform>
                <numerusform>%n modules de contenu contiennent des erreurs : ce qui n'a pas pu être lu a été laissé de côté. Tout le reste fonctionne.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksPanel</name>
        <message>
            <source>Content packs</source>
            <translation>Packs de contenu</translation>
        </message>
        <message>
            <source>Imported content packs</source>
            <translation>Packs de contenu importés</translation>
        </message>
        <message>
            <source>No content packs are imported. Organisations can share guides and workshops as a pack file.</source>
            <translation>Aucun pack de contenu n'est importé. Les organisations peuvent partager des guides et des ateliers sous forme de fichier pack.</translation>
        </message>
        <message>
            <source>I&amp;mport a pack…</source>
            <translation>&amp;Importer un pack…</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>&amp;Retirer le pack</translation>
        </message>
        <message>
            <source>%1 %2, by %3</source>
            <translation>%1 %2, par %3</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>Modules : %1</translation>
        </message>
        <message>
            <source>Signed by %1, a known signer (key %2)</source>
            <translation>Signé par %1, un signataire connu (clé %2)</translation>
        </message>
        <message>
            <source>Signed by an unknown key (%1) that says it is from “%2”</source>
            <translation>Signé par une clé inconnue (%1) qui se présente comme venant de « %2 »</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Non signé</translation>
        </message>
        <message>
            <source>Choose a content pack</source>
            <translation>Choisir un pack de contenu</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>Packs de contenu (*.zip)</translation>
        </message>
        <message>
            <source>This pack was not imported</source>
            <translation>Ce pack n'a pas été importé</translation>
        </message>
        <message>
            <source>Pack imported</source>
            <translation>Pack importé</translation>
        </message>
        <message>
            <source>“%1” is imported. Its guides are now in the app.</source>
            <translation>« %1 » est importé. Ses guides sont maintenant dans l'appli.</translation>
        </message>
        <message>
            <source>Signed by %1, a signer this computer knows.</source>
            <translation>Signé par %1, un signataire que cet ordinateur connaît.</translation>
        </message>
        <message>
            <source>Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.</source>
            <translation>Signé par une clé que cet ordinateur ne connaît pas. Elle se présente comme venant de « %1 », mais cela ne peut pas être vérifié.</translation>
        </message>
        <message>
            <source>This pack is not signed.</source>
            <translation>Ce pack n'est pas signé.</translation>
        </message>
        <message>
            <source>Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe links, but not for whether its advice is right. Import it only if you got it from someone you trust.</source>
            <translation>Family Guide ne peut pas savoir qui a fait ce pack. Son contenu a été vérifié pour les erreurs et les liens dangereux, mais pas pour la justesse de ses conseils. Importez-le seulement si vous l'avez reçu de quelqu'un de confiance.</translation>
        </message>
        <message>
            <source>Pack: %1, version %2</source>
            <translation>Pack : %1, version %2</translation>
        </message>
        <message>
            <source>Made by: %1</source>
            <translation>Réalisé par : %1</translation>
        </message>
        <message>
            <source>It replaces the imported version %1.</source>
            <translation>Il remplace la version importée %1.</translation>
        </message>
        <message>
            <source>Import this pack?</source>
            <translation>Importer ce pack ?</translation>
        </message>
        <message>
            <source>Import anyway</source>
            <translation>Importer quand même</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Remove this pack?</source>
            <translation>Retirer ce pack ?</translation>
        </message>
        <message>
            <source>Remove “%1” and its guides from this computer? You can import the pack file again later.</source>
            <translation>Retirer « %1 » et ses guides de cet ordinateur ? Vous pourrez importer à nouveau le fichier du pack plus tard.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>The pack was not removed</source>
            <translation>Le pack n'a pas été retiré</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Not talked about yet at this age</source>
            <translation>Pas encore abordé à cet âge</translation>
        </message>
        <message>
            <source>Your child is older now: this guide has new words for their age</source>
            <translation>Votre enfant a grandi : ce guide a de nouveaux mots pour son âge</translation>
        </message>
        <message>
            <source>It has been a year: time to talk again</source>
            <translation>Cela fait un an : il est temps d'en reparler</translation>
        </message>
        <message>
            <source>Your child started a new app since you last talked</source>
            <translation>Votre enfant utilise une nouvelle appli depuis votre dernière conversation</translation>
        </message>
        <message>
            <source>%1, %2 this year</source>
            <translation>%1, %2 cette année</translation>
        </message>
        <message>
            <source>The guides are written for ages 5 to 17.</source>
            <translation>Les guides sont écrits pour les 5 à 17 ans.</translation>
        </message>
        <message>
            <source>%1 of %2 topics talked about for ages %3.</source>
            <translation>%1 sujets sur %2 abordés pour les %3 ans.</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>À faire maintenant</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>Déjà abordé</translation>
        </message>
        <message>
            <source>on %1, again by %2</source>
            <translation>le %1, à reprendre d'ici le %2</translation>
        </message>
        <message>
            <source>All topics talked about for now. Well done.</source>
            <translation>Tous les sujets ont été abordés pour l'instant. Bravo.</translation>
        </message>
        <message>
            <source>Next to talk about</source>
            <translation>Prochains sujets</translation>
        </message>
        <message numerus="yes">
            <source>%n more topic(s) to talk about.</source>
            <translation>
                <numerusform>Encore %n sujet à aborder.</numerusform>
                <numerusform>Encore %n sujets à aborder.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Adapt a plan</source>
            <translation>Adapter un plan</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>A&amp;dd a slide</source>
            <translation>&amp;Ajouter une diapositive</translation>
        </message>
        <message>
            <source>&amp;Save as my plan</source>
            <translation>&amp;Enregistrer comme mon plan</translation>
        </message>
        <message>
            <source>&amp;Present without saving...</source>
            <translation>&amp;Présenter sans enregistrer...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Slides in order (tick to show; Alt+Up or Alt+Down to move)</source>
            <translation>Diapositives dans l'ordre (cochez pour afficher ; Alt+Haut ou Alt+Bas pour déplacer)</translation>
        </message>
        <message>
            <source>Slide title</source>
            <translation>Titre de la diapositive</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>Ce que voit le public</translation>
        </message>
        <message>
            <source>Your notes, one point a line</source>
            <translation>Vos notes, un point par ligne</translation>
        </message>
        <message>
            <source>Questions, one a line</source>
            <translation>Questions, une par ligne</translation>
        </message>
        <message>
            <source>Agenda section</source>
            <translation>Partie du programme</translation>
        </message>
        <message>
            <source>Name of your plan</source>
            <translation>Nom de votre plan</translation>
        </message>
        <message>
            <source>Language of the words you edit</source>
            <translation>Langue du texte que vous modifiez</translation>
        </message>
        <message>
            <source>My plan: %1</source>
            <translation>Mon plan : %1</translation>
        </message>
        <message>
            <source>Slides (tick to show, drag to reorder)</source>
            <translation>Diapositives (cochez pour afficher, faites glisser pour changer l'ordre)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Your notes (one point a line)</source>
            <translation>Vos notes (un point par ligne)</translation>
        </message>
        <message>
            <source>Questions (one a line)</source>
            <translation>Questions (une par ligne)</translation>
        </message>
        <message>
            <source>Minutes for each part of the agenda</source>
            <translation>Minutes pour chaque partie du programme</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>The safeguarding page and the help-line slide stay in every plan.</source>
            <translation>La page de protection et la diapositive des lignes d'aide restent dans chaque plan.</translation>
        </message>
        <message>
            <source>In all: %1 minutes</source>
            <translation>Au total : %1 minutes</translation>
        </message>
        <message>
            <source>%1 (always shown)</source>
            <translation>%1 (toujours affiché)</translation>
        </message>
        <message>
            <source>New slide</source>
            <translation>Nouvelle diapositive</translation>
        </message>
        <message>
            <source>Give your plan a name first.</source>
            <translation>Donnez d'abord un nom à votre plan.</translation>
        </message>
        <message>
            <source>Your plan was not saved:</source>
            <translation>Votre plan n'a pas été enregistré :</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Saved as “%1”. It is listed under Workshops.</source>
            <translation>Enregistré sous « %1 ». Il apparaît dans Ateliers.</translation>
        </message>
    </context>
    <context>
        <name>PresentDialog</name>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation>Écran %1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présenter</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Slides on</source>
            <translation>Diapositives sur</translation>
        </message>
        <message>
            <source>Presenter view on</source>
            <translation>Vue présentateur sur</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Second language, below the first</source>
            <translation>Seconde langue, sous la première</translation>
        </message>
        <message>
            <source>With one screen, press N during the show for your notes. Press ? for the keys.</source>
            <translation>Avec un seul écran, appuyez sur N pendant la présentation pour voir vos notes. Appuyez sur ? pour voir les touches.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Not yet in %1, shown in English: %2</source>
            <translation>Pas encore en %1, affiché en anglais : %2</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Right, Down, Page Down, Space, Enter</source>
            <translation>Droite, Bas, Page suiv., Espace, Entrée</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Diapositive suivante</translation>
        </message>
        <message>
            <source>Left, Up, Page Up, Backspace, P</source>
            <translation>Gauche, Haut, Page préc., Retour arrière, P</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>Diapositive précédente</translation>
        </message>
        <message>
            <source>Home, End</source>
            <translation>Début, Fin</translation>
        </message>
        <message>
            <source>First slide, last slide</source>
            <translation>Première diapositive, dernière diapositive</translation>
        </message>
        <message>
            <source>A number, then Enter</source>
            <translation>Un numéro, puis Entrée</translation>
        </message>
        <message>
            <source>Go to that slide</source>
            <translation>Aller à cette diapositive</translation>
        </message>
        <message>
            <source>B or .</source>
            <translation>B ou .</translation>
        </message>
        <message>
            <source>Black screen (any move key returns to the same slide)</source>
            <translation>Écran noir (toute touche de déplacement revient à la même diapositive)</translation>
        </message>
        <message>
            <source>W or ,</source>
            <translation>W ou ,</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Écran blanc</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show or hide the notes (one screen)</source>
            <translation>Afficher ou masquer les notes (un seul écran)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <source>Cancel a blank or a number; then asks before leaving</source>
            <translation>Annule l'écran vide ou le numéro ; ensuite, demande avant de quitter</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Show or hide this list</source>
            <translation>Afficher ou masquer cette liste</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Get help now, on the presenter's screen</source>
            <translation>Obtenir de l'aide maintenant, sur l'écran du présentateur</translation>
        </message>
        <message>
            <source>ahead</source>
            <translation>en avance</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>à l'heure</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>Questions pour le groupe</translation>
        </message>
        <message>
            <source>Card %1: one good answer</source>
            <translation>Carte %1 : une bonne réponse</translation>
        </message>
        <message>
            <source>Family Guide: presentation</source>
            <translation>Family Guide : présentation</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>Diapositive</translation>
        </message>
        <message>
            <source>Family Guide: presenter view</source>
            <translation>Family Guide : vue présentateur</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Diapositive actuelle</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Time and status</source>
            <translation>Temps et état</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivante</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Diapositive %1 sur %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Temps écoulé %1</translation>
        </message>
        <message>
            <source>%1: %2 left (%3)</source>
            <translation>%1 : reste %2 (%3)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>pas commencé</translation>
        </message>
        <message>
            <source>BLANK: black</source>
            <translation>VIDE : noir</translation>
        </message>
        <message>
            <source>BLANK: white</source>
            <translation>VIDE : blanc</translation>
        </message>
        <message>
            <source>Go to slide: %1</source>
            <translation>Aller à la diapositive : %1</translation>
        </message>
        <message>
            <source>There is no slide %1 (1 to %2).</source>
            <translation>Il n'y a pas de diapositive %1 (1 à %2).</translation>
        </message>
        <message>
            <source>Time %1</source>
            <translation>Temps %1</translation>
        </message>
        <message>
            <source>Leave the presentation? Press Enter or Y to leave; any other key stays.</source>
            <translation>Quitter la présentation ? Appuyez sur Entrée ou Y pour quitter ; toute autre touche permet de rester.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Regarder dans :</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Regarder dans :</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nom de fichier :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Fichiers de type :</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Dossier parent</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Créer un nouveau dossier</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Affichage liste</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Affichage détaillé</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Barre latérale</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Revenir en arrière</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Aller en avant</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Aller au dossier parent</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Créer un nouveau dossier</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Passer en affichage liste</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Passer en affichage détaillé</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Emplacements récents</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Poste de travail</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Reno&amp;mmer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Afficher les fichiers &amp;cachés</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Nou&amp;veau dossier</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Dossier de fichiers</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 existe déjà.
Voulez-vous le remplacer ?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Voulez-vous vraiment supprimer « %1 » ?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>« %1 » est protégé en écriture.
Voulez-vous quand même le supprimer ?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Impossible de supprimer le dossier.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Dossier introuvable.
Vérifiez que le nom du dossier est correct.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Fichier introuvable.
Vérifiez que le nom du fichier est correct.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Date de modification</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Poste de travail</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Nom de fichier non valide</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 Ko</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 Go</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Cop&amp;ier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;ller</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Afficher les détails...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Masquer les détails...</translation>
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
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Tout enregistrer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Oui à &amp;tout</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Non à to&amp;ut</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restaurer les valeurs par défaut</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Cop&amp;ier</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copier l'adresse du &amp;lien</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>Arrêter la lecture à voix haute</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>Vitesse de lecture</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Plus lent</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>Vitesse normale</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Plus rapide</translation>
        </message>
        <message>
            <source>Only the words to say</source>
            <translation>Seulement les phrases à dire</translation>
        </message>
        <message>
            <source>Read only the lines to say to your child, never the notes for you</source>
            <translation>Lire seulement les phrases à dire à votre enfant, jamais les notes pour vous</translation>
        </message>
        <message>
            <source>Read the English text</source>
            <translation>Lire le texte anglais</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Lire à voix haute</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>This computer has no voice for %1, so that text cannot be read aloud.</source>
            <translation>Cet ordinateur n'a pas de voix en %1 : ce texte ne peut donc pas être lu à voix haute.</translation>
        </message>
        <message>
            <source>There is nothing to read aloud here.</source>
            <translation>Il n'y a rien à lire à voix haute ici.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Timeline of concerns</source>
            <translation>Chronologie des inquiétudes</translation>
        </message>
        <message>
            <source>About: %1 (born %2)</source>
            <translation>Concerne : %1 (naissance : %2)</translation>
        </message>
        <message>
            <source>About: all children</source>
            <translation>Concerne : tous les enfants</translation>
        </message>
        <message>
            <source>Made on %1 from a private journal kept with Family Guide.</source>
            <translation>Établi le %1 à partir d'un carnet privé tenu avec Family Guide.</translation>
        </message>
        <message>
            <source>Written by a parent or carer. Times are when things happened, as noted at the time or soon after. No images are included: where evidence is kept is written in each entry.</source>
            <translation>Rédigé par un parent ou un responsable de l'enfant. Les heures sont celles où les faits se sont produits, notées sur le moment ou peu après. Aucune image n'est incluse : l'endroit où les preuves sont conservées est indiqué dans chaque entrée.</translation>
        </message>
        <message>
            <source>There are no entries yet.</source>
            <translation>Il n'y a pas encore d'entrées.</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>Enfant : %1</translation>
        </message>
        <message>
            <source>Concern: %1</source>
            <translation>Inquiétude : %1</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Mots-clés : %1</translation>
        </message>
        <message>
            <source>The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as a USB stick you keep, or print it instead. Delete it when you no longer need it.</source>
            <translation>Le rapport est un fichier ordinaire, ni verrouillé ni chiffré. Toute personne qui peut ouvrir le fichier peut le lire, et votre ordinateur peut en garder des copies (fichiers récents, téléchargements, synchronisation dans le cloud). Enregistrez-le là où personne d'autre ne peut y accéder, par exemple sur une clé USB que vous gardez avec vous, ou imprimez-le plutôt. Supprimez-le quand vous n'en avez plus besoin.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>Enregistrer en P&amp;DF...</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>All children</source>
            <translation>Tous les enfants</translation>
        </message>
        <message>
            <source>&amp;Child:</source>
            <translation>&amp;Enfant :</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Imprimer...</translation>
        </message>
        <message>
            <source>A copy outside the locked journal</source>
            <translation>Une copie hors du carnet verrouillé</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Parent or carer</source>
            <translation>Parent ou responsable de l'enfant</translation>
        </message>
        <message>
            <source>Faith or community leader</source>
            <translation>Responsable religieux ou communautaire</translation>
        </message>
        <message>
            <source>Counselor, teacher or NGO worker</source>
            <translation>Conseiller, enseignant ou membre d'une ONG</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <source>Police, ambulance and fire</source>
            <translation>Police, ambulance et pompiers</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>Ambulance</translation>
        </message>
        <message>
            <source>Fire and rescue, ambulance</source>
            <translation>Pompiers et secours, ambulance</translation>
        </message>
        <message>
            <source>from a mobile phone</source>
            <translation>depuis un portable</translation>
        </message>
        <message>
            <source>older number, still works</source>
            <translation>ancien numéro, fonctionne encore</translation>
        </message>
        <message>
            <source>in some areas only</source>
            <translation>dans certaines zones seulement</translation>
        </message>
        <message>
            <source>new; may not work everywhere yet</source>
            <translation>nouveau ; peut ne pas encore fonctionner partout</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Colo&amp;urs:</source>
            <translation>&amp;Couleurs :</translation>
        </message>
        <message>
            <source>Lock the &amp;journal after:</source>
            <translation>&amp;Verrouiller le carnet après :</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n minute sans utilisation</numerusform>
                <numerusform>%n minutes sans utilisation</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra content modules are loaded from this folder:
%1</source>
            <translation>Les modules de contenu supplémentaires sont chargés depuis ce dossier :
%1</translation>
        </message>
        <message>
            <source>Content &amp;packs…</source>
            <translation>&amp;Packs de contenu…</translation>
        </message>
    </context>
    <context>
        <name>SetupForm</name>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>I &amp;am a:</source>
            <translation>&amp;Je suis :</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Taille du texte :</translation>
        </message>
        <message>
            <source>Used to show the right emergency numbers and help lines</source>
            <translation>Sert à afficher les bons numéros d'urgence et les bonnes lignes d'aide</translation>
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
            <translation>Bienvenue dans Family Guide</translation>
        </message>
        <message>
            <source>Three quick choices, so the guides and help lines fit you. You can change them later in Settings.</source>
            <translation>Trois choix rapides, pour que les guides et les lignes d'aide vous correspondent. Vous pourrez les changer plus tard dans les Paramètres.</translation>
        </message>
        <message>
            <source>Family Guide works offline and never sends anything over the internet. Other people who use this computer may still see that it is installed, and no app can protect against monitoring software.</source>
            <translation>Family Guide fonctionne hors ligne et n'envoie jamais rien par internet. Les autres personnes qui utilisent cet ordinateur peuvent quand même voir qu'il est installé, et aucune appli ne peut protéger contre un logiciel de surveillance.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Commencer</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Like the system (light or dark)</source>
            <translation>Comme le système (clair ou sombre)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
    </context>
    <context>
        <name>Topic</name>
        <message>
            <source>Online friends and strangers</source>
            <translation>Amis en ligne et inconnus</translation>
        </message>
        <message>
            <source>Secrets and private chats</source>
            <translation>Secrets et conversations privées</translation>
        </message>
        <message>
            <source>Gifts and money</source>
            <translation>Cadeaux et argent</translation>
        </message>
        <message>
            <source>Photos and videos</source>
            <translation>Photos et vidéos</translation>
        </message>
        <message>
            <source>Sextortion</source>
            <translation>Sextorsion</translation>
        </message>
        <message>
            <source>Live streaming</source>
            <translation>Diffusion en direct</translation>
        </message>
        <message>
            <source>Offers too good to be true</source>
            <translation>Offres trop belles pour être vraies</translation>
        </message>
        <message>
            <source>Feelings and support</source>
            <translation>Émotions et soutien</translation>
        </message>
        <message>
            <source>Body safety</source>
            <translation>Sécurité du corps</translation>
        </message>
        <message>
            <source>Relationships and respect</source>
            <translation>Relations et respect</translation>
        </message>
        <message>
            <source>Meeting in person</source>
            <translation>Rencontres en personne</translation>
        </message>
        <message>
            <source>When something has happened</source>
            <translation>Quand quelque chose s'est passé</translation>
        </message>
        <message>
            <source>Apps and privacy</source>
            <translation>Applis et vie privée</translation>
        </message>
        <message>
            <source>Grooming</source>
            <translation>Pédopiégeage (grooming)</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Traite des êtres humains</translation>
        </message>
    </context>
    <context>
        <name>WarningSignsPage</name>
        <message>
            <source>Emergency: %1</source>
            <translation>Urgence : %1</translation>
        </message>
        <message>
            <source>Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps below.</source>
            <translation>Dites qu'un enfant est en danger, où il peut se trouver et ce qui se passe. Ensuite, suivez les étapes ci-dessous.</translation>
        </message>
        <message>
            <source>Act today: report and get advice.</source>
            <translation>Agissez aujourd'hui : signalez et demandez conseil.</translation>
        </message>
        <message>
            <source>You do not need proof. The steps and the places to report are below.</source>
            <translation>Vous n'avez pas besoin de preuves. Les étapes et les endroits où signaler sont ci-dessous.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Signes d'alerte</translation>
        </message>
        <message>
            <source>Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, not to accuse. The result is what to do next, not a verdict about your child.</source>
            <translation>Cochez ce que vous avez remarqué. Beaucoup de signes font aussi partie du fait de grandir : voyez-les comme une raison d'en parler, pas d'accuser. Le résultat indique quoi faire ensuite ; ce n'est pas un verdict sur votre enfant.</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Listes de vérification</translation>
        </message>
        <message>
            <source>Signs to tick</source>
            <translation>Signes à cocher</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Que faire ensuite</translation>
        </message>
        <message>
            <source>&amp;Save to journal...</source>
            <translation>&amp;Enregistrer dans le carnet...</translation>
        </message>
        <message>
            <source>Keep what you ticked, with the date and a note, in your private journal</source>
            <translation>Garder ce que vous avez coché, avec la date et une note, dans votre carnet privé</translation>
        </message>
        <message>
            <source>C&amp;lear ticks</source>
            <translation>Tout &amp;décocher</translation>
        </message>
        <message>
            <source>Make a &amp;handout...</source>
            <translation>Faire une &amp;fiche...</translation>
        </message>
        <message>
            <source>Print this checklist as a blank worksheet, or the next steps shown</source>
            <translation>Imprimer cette liste comme fiche vierge à remplir, ou les prochaines étapes affichées</translation>
        </message>
        <message>
            <source>Also normal:</source>
            <translation>Également normal :</translation>
        </message>
        <message>
            <source>(in %1: not yet translated)</source>
            <translation>(en %1 : pas encore traduit)</translation>
        </message>
        <message>
            <source>(the English text changed after this was translated)</source>
            <translation>(le texte anglais a changé après cette traduction)</translation>
        </message>
        <message>
            <source>Who can help in %1</source>
            <translation>Qui peut aider : %1</translation>
        </message>
        <message>
            <source>No services are listed for your country. See Get help now.</source>
            <translation>Aucun service n'est indiqué pour votre pays. Voir Obtenir de l'aide maintenant.</translation>
        </message>
        <message>
            <source>Blank worksheet with tick boxes</source>
            <translation>Fiche vierge avec cases à cocher</translation>
        </message>
        <message>
            <source>Next steps: %1</source>
            <translation>Prochaines étapes : %1</translation>
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation>Enregistré dans votre carnet.</translation>
        </message>
        <message>
            <source>Tick the signs you have noticed to see what to do next.</source>
            <translation>Cochez les signes que vous avez remarqués pour voir quoi faire ensuite.</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked sign(s) and the next steps will be kept in your journal.</source>
            <translation>
                <numerusform>%n signe coché et les prochaines étapes seront gardés dans votre carnet.</numerusform>
                <numerusform>%n signes cochés et les prochaines étapes seront gardés dans votre carnet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign(s) ticked.</source>
            <translation>
                <numerusform>%n signe coché.</numerusform>
                <numerusform>%n signes cochés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workshops</name>
        <message>
            <source>Workshops</source>
            <translation>Ateliers</translation>
        </message>
        <message>
            <source>Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding page before you present. Adapt a plan to your group and save it as your own.</source>
            <translation>Plans de séance pour les animateurs : programme, diapositives, notes et une page de protection. Lisez la page de protection avant de présenter. Adaptez un plan à votre groupe et enregistrez-le comme le vôtre.</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>Plans de séance</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>Le plan</translation>
        </message>
        <message>
            <source>&amp;Present...</source>
            <translation>&amp;Présenter...</translation>
        </message>
        <message>
            <source>Show the slides full screen (F5)</source>
            <translation>Afficher les diapositives en plein écran (F5)</translation>
        </message>
        <message>
            <source>&amp;Adapt...</source>
            <translation>&amp;Adapter...</translation>
        </message>
        <message>
            <source>Reorder, hide and edit slides; save as your own plan</source>
            <translation>Réordonner, masquer et modifier les diapositives ; enregistrer comme votre plan</translation>
        </message>
        <message>
            <source>Export s&amp;lides (PDF)...</source>
            <translation>Exporter les &amp;diapositives (PDF)...</translation>
        </message>
        <message>
            <source>Export n&amp;otes (PDF)...</source>
            <translation>Exporter les &amp;notes (PDF)...</translation>
        </message>
        <message>
            <source>&amp;Make a handout...</source>
            <translation>Faire une &amp;fiche...</translation>
        </message>
        <message>
            <source>Print the plan's take-home handout for participants, or save it as a PDF</source>
            <translation>Imprimez la fiche du programme que les participants emportent, ou enregistrez-la en PDF</translation>
        </message>
        <message>
            <source>your plan</source>
            <translation>votre plan</translation>
        </message>
        <message>
            <source>No session plans are installed.</source>
            <translation>Aucun plan de séance n'est installé.</translation>
        </message>
        <message>
            <source>Take-home handout: %1</source>
            <translation>Fiche à emporter : %1</translation>
        </message>
        <message>
            <source>Cannot present</source>
            <translation>Impossible de présenter</translation>
        </message>
        <message>
            <source>This plan has problems to fix first:</source>
            <translation>Ce plan a des problèmes à corriger d'abord :</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the slides</source>
            <translation>Exporter les diapositives</translation>
        </message>
        <message>
            <source>Export the facilitator notes</source>
            <translation>Exporter les notes de l'animateur</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>The PDF could not be saved to %1: %2</source>
            <translation>Le PDF n'a pas pu être enregistré dans %1 : %2</translation>
        </message>
        <message>
            <source>Workshop slides</source>
            <translation>Diapositives de l'atelier</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Notes de l'animateur</translation>
        </message>
        <message>
            <source>%1 to %2 minutes</source>
            <translation>%1 à %2 minutes</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <source>Facilitator safeguarding page (read before the session)</source>
            <translation>Page de protection pour l'animateur (à lire avant la séance)</translation>
        </message>
        <message>
            <source>Emergency number in %1: %2</source>
            <translation>Numéro d'urgence (%1) : %2</translation>
        </message>
        <message>
            <source>No emergency number is confirmed for %1: find the local number before the session.</source>
            <translation>Aucun numéro d'urgence n'est confirmé pour ce pays (%1) : trouvez le numéro local avant la séance.</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Avant la séance</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>Pendant la séance</translation>
        </message>
        <message>
            <source>If someone tells you about abuse</source>
            <translation>Si quelqu'un vous parle d'abus</translation>
        </message>
        <message>
            <source>What not to promise</source>
            <translation>Ce qu'il ne faut pas promettre</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Qui appeler</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Slides and notes</source>
            <translation>Diapositives et notes</translation>
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation>(masqué) %1</translation>
        </message>
        <message>
            <source>The help lines of the chosen country are shown here.</source>
            <translation>Les lignes d'aide du pays choisi s'affichent ici.</translation>
        </message>
        <message>
            <source>One good answer:</source>
            <translation>Une bonne réponse :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
    </context>
</TS>
